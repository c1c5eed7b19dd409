"""The composition root: builds one session — the organization, the command library, the
engine and its host — in one place, and runs scripts in it.

Both the CLI's one-shot paths and the REPL use it; tests and benchmarks too.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TextIO

from ems.host.console import StreamHost


class SessionError(Exception):
    """A session cannot start (e.g. a state file that cannot be read); the message says why."""


def profile_path() -> Path:
    """$PROFILE: the current user's profile script for ems."""
    return Path(os.path.expanduser("~")) / ".ems" / "Microsoft.PowerShell_profile.ps1"


def build_model(state_file: str | None = None) -> Any:
    """The organization: from a state file when given (created from the built-in one when it
    does not exist), else the built-in default organization."""
    from ems.model import persist
    from ems.model.errors import StateFileError
    from ems.model.load import load_default

    # Model extensions register how their saved part of a state file is restored; they must be
    # imported before a state file is read (importing the cmdlets would be too late).
    import ems.model.labs  # noqa: F401
    import ems.model.transport  # noqa: F401

    if state_file is None:
        return load_default()
    try:
        return persist.load_or_create(Path(state_file))
    except StateFileError as e:
        raise SessionError(str(e)) from e


class Session:
    def __init__(self, engine: Any, host: Any, model: Any, state_file: str | None = None):
        self.engine = engine
        self.host = host
        self.model = model
        self.state_file = state_file
        self._saved_changes = getattr(model, "change_count", 0)

    @classmethod
    def create(cls, stdout: TextIO, stderr: TextIO, interactive: bool = False,
               state_file: str | None = None, host: Any = None, width: int = 120,
               location: str | None = None) -> "Session":
        from cmdlets import all_cmdlets
        from cmdlets.lab.native import native_commands
        from ems.runtime.engine import Engine

        model = build_model(state_file)
        host = host or StreamHost(stdout, stderr, width=width, interactive=interactive)
        engine = Engine(host, model=model, cmdlets=all_cmdlets(), native_commands=native_commands())
        if location is None and not interactive:
            # One-shot runs start where the user is, as pwsh does; the REPL starts in
            # C:\Windows\system32 like the EMS shortcut.
            location = os.getcwd()
        if location is not None:
            engine.set_location(location)
        engine.context.set_variable("PROFILE", str(profile_path()))
        session = cls(engine, host, model, state_file)
        engine.after_command = session._after_command
        return session

    def _after_command(self) -> None:
        """Saves the state file after a command that changed the model."""
        # Start-Lab and Import-LabState replace the organization: save the one in use now.
        model = self.engine.context.model
        if self.state_file is None or model is None:
            return
        changes = getattr(model, "change_count", 0)
        if model is not self.model or changes != self._saved_changes:
            from ems.model import persist

            persist.save(model, Path(self.state_file))
            self.model = model
            self._saved_changes = changes

    def run_profile(self) -> None:
        path = profile_path()
        if path.is_file():
            self.engine.run_script(path.read_text(encoding="utf-8-sig"), path=str(path), dot_source=True)

    def run_file(self, path: str, args: list[str]) -> int:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError:
            # pwsh's message for a -File that does not exist.
            self.host.write_error_text(
                f"The argument '{path}' to the -File parameter does not exist. Provide the path "
                f"to an existing '.ps1' file as an argument to the -File parameter.")
            return 64
        code = self.engine.run_script(text, path=os.path.abspath(path), args=args, as_file=True)
        self.host.end_output()
        return code

    def run_command(self, text: str, from_stdin: bool = False) -> int:
        code = self.engine.run_script(text, path=None, as_file=False)
        self.host.end_output()
        return code
