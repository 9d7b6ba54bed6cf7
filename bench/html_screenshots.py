#!/usr/bin/env python3
"""Check that the HTML report reads on a desk and on a phone, with a headless Chromium.

Renders ARTICLE (default: examples/ministry-and-channels.txt) as the `html` report, then for
each width (1,200 px desktop, 390 px phone) takes a screenshot and measures the page's
scroll width: a page wider than its window means something overflows sideways. Exits 1 when
a page overflows, 2 when Chromium is missing.

    sudo apt-get install chromium          # Debian's package
    python bench/html_screenshots.py [ARTICLE] [--out DIR]

Screenshots are written to DIR (default: bench/out/) as html-1200.png and html-390.png.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from srccheck.engine import check_text  # noqa: E402
from srccheck.model import Report  # noqa: E402
from srccheck.report import RenderOptions  # noqa: E402
from srccheck.report.html import html_page  # noqa: E402

WIDTHS = {"desktop": 1200, "phone": 390}
HEIGHT = 2200
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--hide-scrollbars",
)
# Put the page's scroll width and the window's width in its title, which --dump-dom prints
# (headless Chromium may lay out a window wider than asked; the screenshot is still cut).
_MEASURE = (
    "<script>addEventListener('load',()=>{document.title='scrollwidth='+"
    "document.documentElement.scrollWidth+'/'+innerWidth})</script></body>"
)


def chromium() -> str | None:
    """The Chromium binary on PATH, if any."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run(browser: str, page: Path, width: int, *extra: str) -> str:
    """Run Chromium on ``page`` at ``width`` px and return what it printed."""
    command = [browser, *_FLAGS, f"--window-size={width},{HEIGHT}", *extra, page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    return done.stdout


def main() -> int:
    """Render, screenshot and measure; print one line per width."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=ROOT / "examples/ministry-and-channels.txt")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/out")
    args = parser.parse_args()
    browser = chromium()
    if browser is None:
        print("html_screenshots: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    article = Path(args.article)
    report = Report("bench", [check_text(article.read_text("utf-8"), path=article.name)])
    page_text = html_page(report, RenderOptions(explain=True))
    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder, "report.html")
        page.write_text(page_text, encoding="utf-8")
        measured = Path(folder, "measured.html")
        measured.write_text(page_text.replace("</body>", _MEASURE, 1), encoding="utf-8")
        for name, width in WIDTHS.items():
            shot = (args.out / f"html-{width}.png").resolve()
            run(browser, page, width, f"--screenshot={shot}")
            dom = run(browser, measured, width, "--dump-dom")
            found = re.search(r"scrollwidth=(\d+)/(\d+)", dom)
            scroll, window = (int(found.group(1)), int(found.group(2))) if found else (-1, 0)
            fits = 0 < scroll <= max(window, width)
            failed |= not fits
            print(
                f"{name:8} {width:5} px: page {scroll} px wide in a {window} px window "
                f"({'fits' if fits else 'OVERFLOWS'}), screenshot {shot}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
