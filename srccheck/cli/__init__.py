"""The ``srccheck`` command: a thin click layer over the library.

``srccheck FILE…`` is short for ``srccheck check FILE…``; the other commands
(``sources``, ``rules``, ``config``) are sub-commands of the same group.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

import click

from srccheck.errors import EXIT_INTERNAL, EXIT_PASSED, EXIT_SIGNAL_BASE, EXIT_USAGE, SrccheckError
from srccheck.version import __version__

#: Ctrl-C: the status a shell gives a process that SIGINT stopped.
EXIT_INTERRUPTED = EXIT_SIGNAL_BASE + 2


# Sub-commands are imported only when they run, so that `srccheck --version` loads click and
# nothing of the engine, and `srccheck FILE` loads only what a check needs.
_COMMANDS = {
    "check": "srccheck.cli.check:check",
    "sources": "srccheck.cli.sources:sources",
    "rules": "srccheck.cli.info:rules",
    "config": "srccheck.cli.info:config",
    "batch": "srccheck.cli.batch:batch",
    "stats": "srccheck.cli.stats:stats",
}


def command_names() -> list[str]:
    """The sub-commands' names, in the order they are documented."""
    return list(_COMMANDS)


class DefaultCommandGroup(click.Group):
    """A group that runs ``check`` when the first argument names no sub-command, and
    imports each sub-command's module on first use."""

    default_command = "check"

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every sub-command, in the order they are documented."""
        return list(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import and return the sub-command ``cmd_name`` (None for an unknown name)."""
        target = _COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """Run the sub-command; the library's one-line errors become click's, exit 2."""
        try:
            return super().invoke(ctx)
        except SrccheckError as exc:
            raise UserError(exc) from None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Insert the default command before the first argument that is not a command."""
        if args and args[0] not in _COMMANDS and args[0] not in ("--help", "-h", "--version"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


class UserError(click.ClickException):
    """A library `SrccheckError` on its way out of click: ``srccheck: error: …``, one line."""

    exit_code = EXIT_USAGE

    def __init__(self, error: SrccheckError) -> None:
        super().__init__(error.format_message())

    def show(self, file: Any = None) -> None:
        """Print the one line on stderr (names in it escaped: they are data)."""
        from srccheck.report.text import message

        click.echo(f"srccheck: error: {message(self.format_message())}", err=True)


@click.group(
    cls=DefaultCommandGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(
    __version__, "--version", prog_name="srccheck", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Find who and what a news article relies on, rate each source, flag weak sourcing.

    \b
    Examples:
      srccheck article.txt                 report on one article
      srccheck drafts/ --format json       JSON for every article under drafts/
      srccheck sources lookup "Рыбарь"     how a name resolves in the table
    """


#: Signals that stop a run the way Ctrl-C does, with the exit status 128 + N.
_STOP_SIGNALS = ("SIGTERM", "SIGHUP")


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, so that worker processes are stopped
    and temporary files removed on the way out (a `BaseException`, which no ``except
    Exception`` catches)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum: int, frame: object) -> None:
    import signal

    # A second signal must not cut the clean-up short (stopping workers, removing temporary
    # files): from now on they are ignored; SIGKILL still ends a clean-up that hangs.
    for name in _STOP_SIGNALS:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    raise Terminated(signum)


def _stop_on_signals() -> None:
    """Turn SIGTERM and SIGHUP into `Terminated` (their default would kill the process on
    the spot, leaving workers that hold the caller's pipes open, and temporary files)."""
    import signal

    for name in _STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, _raise_terminated)


def main(argv: list[str] | None = None) -> Any:
    """Run the command line and exit with srccheck's status codes.

    Ctrl-C exits 130 quietly, SIGTERM 143 and SIGHUP 129 (workers stopped, nothing left
    half-written), a closed pipe ends quietly, and an unexpected exception is one line on
    stderr with exit status 3 (``SRCCHECK_DEBUG=1`` shows the traceback).
    """
    _stop_on_signals()
    try:
        status = cli.main(args=argv, prog_name="srccheck", standalone_mode=False)
    except Terminated as stop:
        sys.exit(EXIT_SIGNAL_BASE + stop.signum)
    except click.exceptions.Abort:
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except SrccheckError as exc:
        UserError(exc).show()
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_PASSED)
    except Exception as exc:
        import os

        # Read here, not in srccheck.setup: an internal error may come before a setup exists
        # (while resolving it, or in a command that needs none), and that is when the
        # traceback matters most. It changes what a crash prints, never what a run does.
        if os.environ.get("SRCCHECK_DEBUG"):
            raise
        from srccheck.report.text import message

        click.echo(f"srccheck: internal error: {type(exc).__name__}: {message(str(exc))}", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(status if isinstance(status, int) else 0)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush cannot fail on a closed pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
