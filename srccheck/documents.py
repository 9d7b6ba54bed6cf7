"""Office documents and PDFs: files people give srccheck that are not text.

srccheck reads plain text, Markdown and HTML. A Word, OpenDocument, RTF or PDF file is
recognised by its first bytes (not its name, which may be anything), and the user is told
what it is and how to turn it into text, instead of a puzzling "binary file".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocumentKind:
    """A kind of document srccheck cannot read, and the command that converts it."""

    name: str
    """What it is, for a message: "a Word document"."""
    convert: str
    """A command that makes text of it; ``{file}`` and ``{text}`` are filled in."""


_PANDOC = "pandoc {file} -t plain -o {text}"
WORD = DocumentKind("a Word document", _PANDOC)
WORD_97 = DocumentKind(
    "a Word 97-2003 document (or another old Office file)",
    "libreoffice --headless --convert-to txt {file}",
)
OPENDOCUMENT = DocumentKind("an OpenDocument text", _PANDOC)
RTF = DocumentKind("an RTF document", _PANDOC)
EPUB = DocumentKind("an EPUB book", _PANDOC)
PDF = DocumentKind("a PDF document", "pdftotext {file} {text}")
SPREADSHEET = DocumentKind(
    "a spreadsheet or presentation", "libreoffice --headless --convert-to txt {file}"
)

#: File name endings counted as documents when a directory walk passes them by.
DOCUMENT_SUFFIXES = frozenset(
    {".doc", ".docx", ".docm", ".odt", ".rtf", ".pdf", ".epub", ".xlsx", ".pptx"}
)

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Inside a ZIP container, the member names that say which document it is.
_ZIP_MEMBERS = (
    (b"word/", WORD),
    (b"mimetypeapplication/vnd.oasis.opendocument.text", OPENDOCUMENT),
    (b"mimetypeapplication/epub+zip", EPUB),
    (b"xl/", SPREADSHEET),
    (b"ppt/", SPREADSHEET),
    (b"mimetypeapplication/vnd.oasis.opendocument", SPREADSHEET),
)


def document_kind(data: bytes) -> DocumentKind | None:
    """The kind of office document or PDF ``data`` is, from its first bytes; None for text
    (and for any other kind of file)."""
    head = data[:8].lstrip(b"\xef\xbb\xbf")
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(_OLE):
        return WORD_97
    if head.startswith(_ZIP):
        for member, kind in _ZIP_MEMBERS:
            if member in data:
                return kind
    return None


def not_text_message(name: str, kind: DocumentKind) -> str:
    """One line: what the file is, and how to convert it to text srccheck can read."""
    text = name.rsplit(".", 1)[0] + ".txt" if "." in name.rsplit("/", 1)[-1] else name + ".txt"
    command = kind.convert.format(file=_quoted(name), text=_quoted(text))
    return f"{name}: {kind.name}, not text; convert it first, e.g. `{command}`"


def _quoted(path: str) -> str:
    import shlex

    return shlex.quote(path)
