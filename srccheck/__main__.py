"""``python -m srccheck``."""

from srccheck.cli import main

main()
