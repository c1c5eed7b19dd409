"""The `ems` command line, parsed by hand the way pwsh parses its own.

    ems [-NoProfile] [-NoLogo] [-NonInteractive] [-State FILE]
        [-Command <text...> | -Command - | -File <script.ps1> [args...] | <script.ps1> [args...]]

Flags are case-insensitive and may be shortened to any unique prefix (`-c`, `-f`, `-nop`,
`-noni`), as pwsh allows. With no -Command/-File and a terminal on standard input, the
interactive shell starts; with standard input not a terminal, the script is read from it.

The one-shot paths never import prompt_toolkit (start-up time matters, see bench/).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

FLAGS = ("Command", "File", "NoProfile", "NoLogo", "NonInteractive", "State", "Help",
         "ExecutionPolicy", "InputFormat", "OutputFormat", "WindowStyle", "Version", "Sta", "Mta",
         "NoExit")
# Flags that take a value (the value is skipped or used).
VALUED = {"Command", "File", "State", "ExecutionPolicy", "InputFormat", "OutputFormat", "WindowStyle", "Version"}

USAGE = """\
ems - Exchange 2010 SP1 Management Shell emulator

ems [-NoProfile] [-NoLogo] [-NonInteractive] [-State <file>]
    [-Command { - | <text> } | -File <script.ps1> [<args>] | <script.ps1> [<args>]]

-Command      Runs the text that follows (all remaining arguments) as a command line;
              '-' reads the commands from standard input.
-File         Runs a script file in a script scope; the remaining arguments are its arguments.
-NoProfile    Does not run the profile script.
-NoLogo       Hides the start-up banner.
-NonInteractive  Never prompts: a prompt becomes an error.
-State        Loads the organization from a state file (created from the built-in one when
              missing) and saves it after every command that changed it.
"""


class UsageError(Exception):
    pass


@dataclass
class Options:
    command: str | None = None  # text, or "-" for standard input
    file: str | None = None
    args: list[str] = field(default_factory=list)
    no_profile: bool = False
    no_logo: bool = False
    non_interactive: bool = False
    state: str | None = None
    help: bool = False


def _match_flag(word: str) -> str:
    name = word[1:].lower()
    if not name:
        raise UsageError(f"Missing parameter name after '-'.")
    exact = [f for f in FLAGS if f.lower() == name]
    if exact:
        return exact[0]
    matches = [f for f in FLAGS if f.lower().startswith(name)]
    # pwsh resolves these short forms even though they are prefixes of several flags.
    preferred = {"c": "Command", "f": "File", "no": None, "non": "NonInteractive"}
    if name in preferred and preferred[name]:
        return preferred[name]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UsageError(f"The argument '{word}' is not recognized as the name of a script file "
                         f"or a parameter of ems. Run 'ems -Help' for usage.")
    raise UsageError(f"The parameter '{word}' is ambiguous: it could be "
                     + ", ".join("-" + m for m in matches) + ".")


def parse_args(argv: list[str]) -> Options:
    opts = Options()
    i = 0
    while i < len(argv):
        word = argv[i]
        if word.startswith("-") and len(word) > 1 and not word.startswith("--"):
            flag = _match_flag(word)
            if flag == "Command":
                rest = argv[i + 1:]
                if not rest:
                    raise UsageError("Missing the argument for the -Command parameter.")
                opts.command = "-" if rest == ["-"] else " ".join(rest)
                return opts
            if flag == "File":
                if i + 1 >= len(argv):
                    raise UsageError("Missing the argument for the -File parameter.")
                opts.file = argv[i + 1]
                opts.args = argv[i + 2:]
                return opts
            if flag in VALUED:
                if i + 1 >= len(argv):
                    raise UsageError(f"Missing the argument for the -{flag} parameter.")
                if flag == "State":
                    opts.state = argv[i + 1]
                i += 2
                continue
            if flag == "NoProfile":
                opts.no_profile = True
            elif flag == "NoLogo":
                opts.no_logo = True
            elif flag == "NonInteractive":
                opts.non_interactive = True
            elif flag == "Help":
                opts.help = True
            i += 1
            continue
        if word in ("-?", "/?"):
            opts.help = True
            i += 1
            continue
        # The first bare argument is a script file, the rest its arguments (like pwsh).
        opts.file = word
        opts.args = argv[i + 1:]
        return opts
    return opts


def main(argv: list[str] | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Entry point of `ems` and `python -m ems`; streams can be given for in-process tests."""
    argv = sys.argv[1:] if argv is None else argv
    # Python's own warnings are not the user's business: only PowerShell-shaped output reaches them.
    if not sys.warnoptions:
        import warnings

        warnings.simplefilter("ignore")
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        opts = parse_args(argv)
    except UsageError as e:
        stderr.write(f"{e}\n")
        return 64
    if opts.help:
        stdout.write(USAGE)
        return 0
    try:
        return _run(opts, stdin, stdout, stderr)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # last line of defence: never a traceback to the user
        from ems.host.crash import report_internal_error
        report_internal_error(e, stderr)
        return 1


def _stdin_is_terminal(stdin: TextIO) -> bool:
    try:
        return stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _run(opts: Options, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from ems.host.session import Session, SessionError

    interactive_terminal = (opts.command is None and opts.file is None and _stdin_is_terminal(stdin))
    if interactive_terminal:
        from ems.host.repl import run_repl  # imports prompt_toolkit: only here
        return run_repl(opts)

    try:
        session = Session.create(stdout=stdout, stderr=stderr, interactive=False,
                                 state_file=opts.state)
    except SessionError as e:
        stderr.write(f"{e}\n")
        return 1
    if not opts.no_profile:
        session.run_profile()
    if opts.file is not None:
        return session.run_file(opts.file, opts.args)
    if opts.command is not None and opts.command != "-":
        return session.run_command(opts.command)
    # `-Command -` or a script piped on standard input.
    return session.run_command(stdin.read(), from_stdin=True)
