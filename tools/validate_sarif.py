#!/usr/bin/env python3
"""Run Microsoft's SARIF Multitool (the reference validator) on srccheck's SARIF.

Builds four reports in a temporary folder — an article named by a relative path, by an
absolute path outside the working directory, a name with spaces and accents, and a name with
``%``, ``,`` and ``:`` — and validates each twice: with the SARIF rules, and with
``--rule-kind "Sarif;Gh"`` (GitHub's ingestion rules too). Prints every error and warning the
validator reports (``--notes`` adds its notes, which are advice) and exits 1 if there is any.

The multitool comes from the npm registry (``npm install @microsoft/sarif-multitool``, here or
with ``-g``); its platform package holds a self-contained executable, so no .NET is needed.
When it is not installed the script says so and exits 0. ``SARIF_MULTITOOL=/path/to/it``
names the executable directly.

usage: python tools/validate_sarif.py [--notes] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Officials said the bridge had been hit. Sources in the ministry said more was coming.\n"
    '"We will rebuild it," a spokesperson told reporters.\n'
)
RULE_KINDS = ("Sarif", "Sarif;Gh")
_EXECUTABLES = ("Sarif.Multitool", "Sarif.Multitool.exe")
# "file(line,col): level CODE: message", as the multitool prints a finding.
_FINDING = re.compile(
    r"^(?P<where>.*?): (?P<level>error|warning|note) (?P<code>\w+): (?P<text>.*)$"
)


def main() -> int:
    """Build the reports, validate each, print the findings; 1 if any error or warning."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", action="store_true", help="print the validator's notes too")
    parser.add_argument("--keep", type=Path, help="build the reports in DIR and keep them")
    args = parser.parse_args()
    tool = find_multitool()
    if tool is None:
        print(
            "validate_sarif: skipped, the SARIF Multitool is not installed "
            "(npm install -g @microsoft/sarif-multitool, or set SARIF_MULTITOOL)"
        )
        return 0
    print(f"validator: {version(tool)}")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return validate_all(tool, args.keep, args.notes)
    with tempfile.TemporaryDirectory(prefix="srccheck-sarif-") as folder:
        return validate_all(tool, Path(folder), args.notes)


def validate_all(tool: list[str], folder: Path, notes: bool) -> int:
    """Validate the four reports built under ``folder``; the number of problems decides."""
    problems = 0
    for name, report in build_reports(folder).items():
        for kind in RULE_KINDS:
            findings = validate(tool, report, kind)
            shown = [f for f in findings if notes or f[0] != "note"]
            counted = sum(1 for level, _, _ in findings if level != "note")
            problems += counted
            status = "ok" if not counted else f"{counted} error(s) or warning(s)"
            noted = len(findings) - counted
            print(
                f"{name:42} --rule-kind {kind:9} {status}" + (f", {noted} note(s)" if noted else "")
            )
            for level, code, text in shown:
                print(f"    {level} {code}: {text}")
    print("all reports valid" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


def build_reports(folder: Path) -> dict[str, Path]:
    """The four SARIF reports, by what they exercise."""
    work = folder / "work"
    outside = folder / "outside"
    for directory in (work, outside):
        directory.mkdir(exist_ok=True)
    cases = {
        "relative path": ("a.txt", work / "a.txt"),
        "absolute path outside the working directory": (
            str(outside / "b.txt"),
            outside / "b.txt",
        ),
        "spaces and accents": ("my draft ü.txt", work / "my draft ü.txt"),
        "'%', ',' and ':'": ("a,b:c%.txt", work / "a,b:c%.txt"),
    }
    reports = {}
    for number, (label, (argument, article)) in enumerate(cases.items(), 1):
        article.write_text(ARTICLE, encoding="utf-8")
        report = folder / f"report-{number}.sarif"
        run_srccheck(argument, report, work)
        reports[label] = report
    return reports


def run_srccheck(argument: str, report: Path, cwd: Path) -> None:
    """srccheck from this checkout, writing the SARIF for one article to ``report``."""
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "srccheck", argument, "--format", "sarif"]
    command += ["--output", str(report), "--exit-zero", "--isolated"]
    subprocess.run(command, cwd=cwd, env=environment, check=True)


def validate(tool: list[str], report: Path, rule_kind: str) -> list[tuple[str, str, str]]:
    """(level, code, message) of every finding of the validator on ``report``."""
    command = [*tool, "validate", str(report), "--rule-kind", rule_kind]
    command += ["--level", "Error;Warning;Note"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    findings = []
    for line in done.stdout.splitlines():
        match = _FINDING.match(line.strip())
        if match:
            findings.append((match["level"], match["code"], match["text"]))
    if done.returncode != 0 and not findings:
        raise SystemExit(f"the validator failed:\n{done.stdout}{done.stderr}")
    return findings


def find_multitool() -> list[str] | None:
    """The command that runs the multitool's own executable, or None.

    The npm package's ``sarif-multitool`` script hands its arguments to a shell, which would
    split ``Sarif;Gh`` at the semicolon, so the platform package's executable is run directly.
    """
    named = os.environ.get("SARIF_MULTITOOL")
    if named:
        return [named]
    roots = [Path.cwd() / "node_modules", REPO / "node_modules"]
    npm = shutil.which("npm")
    if npm:
        found = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, check=False)
        if found.returncode == 0 and found.stdout.strip():
            roots.append(Path(found.stdout.strip()))
    for root in roots:
        for executable in sorted(root.glob("@microsoft/sarif-multitool-*/Sarif.Multitool*")):
            if executable.name in _EXECUTABLES and os.access(executable, os.X_OK):
                return [str(executable)]
    return None


def version(tool: list[str]) -> str:
    """The multitool's own version line."""
    done = subprocess.run([*tool, "--version"], capture_output=True, text=True, check=False)
    lines = (done.stdout + done.stderr).strip().splitlines()
    return lines[0] if lines else "unknown version"


if __name__ == "__main__":
    sys.exit(main())
