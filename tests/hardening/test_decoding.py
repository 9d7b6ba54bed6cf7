"""Telling text from binary: UTF-16 of any script without a BOM is text, and so is a draft
with a few terminal escape sequences pasted in (shown escaped in every report)."""

from __future__ import annotations

import json

import pytest

from srccheck.errors import InputError
from srccheck.reading import decode_article

from .conftest import invoke

CYRILLIC = (
    "Министерство обороны заявило, что мост разрушен.\n"
    "«Линия держится», — сказала Ирина Коваль, пресс-секретарь администрации.\n"
)
GREEK = "Ο υπουργός είπε ότι η γέφυρα καταστράφηκε.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CYRILLIC, GREEK, CYRILLIC * 200])
def test_utf16_of_another_script_without_a_bom_is_text(text, encoding):
    assert decode_article(text.encode(encoding), "a.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 16,
        b"\x00\x01\x00\x02" * 500,
        b"Officials said the bridge was hit.\n" + b"\x00" + b"x" * 13,
        b"\x7fELF\x02\x01\x01\x00" + bytes(4088),
    ],
)
def test_binary_data_is_still_binary(data):
    with pytest.raises(InputError, match="binary"):
        decode_article(data, "a.bin")


def test_a_utf16_cyrillic_file_without_a_bom_is_checked(runner, tmp_path):
    (tmp_path / "a.txt").write_bytes(CYRILLIC.encode("utf-16-le"))
    result = invoke(runner, "a.txt", "--format", "json", "--exit-zero")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"][0]["path"] == "a.txt"


def test_a_short_draft_with_escape_sequences_is_text_and_shown_escaped(runner, tmp_path):
    text = "Officials said \x1b[31mthe bridge\x1b[0m was hit.\x1b]0;title\x07\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert decode_article(text.encode(), "a.txt") == text
    result = invoke(runner, "a.txt", "--format", "line", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    shown = invoke(runner, "a.txt", "--format", "terminal", "--fail-on", "never")
    assert "\x1b[31m" not in shown.stdout and "\\x1b[31m" in shown.stdout


def test_control_characters_of_every_kind_are_still_binary():
    with pytest.raises(InputError, match="binary"):
        decode_article(bytes(range(1, 32)) * 20, "a.bin")
