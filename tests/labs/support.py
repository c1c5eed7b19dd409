"""A session with the simulated native programs wired in (as the CLI's session does once
cmdlets.lab.native.native_commands() is passed to the engine), run text, capture output."""
from __future__ import annotations

import io

import cmdlets
from cmdlets.lab.native import native_commands
from ems.host.session import Session
from ems.runtime.cmdlet import Cmdlet


def library_cmdlets() -> dict:
    """The command library only: cmdlets.all_cmdlets() also picks up stub Cmdlet subclasses that
    other test modules define (e.g. tests/host/test_completion.py's Move-ActiveMailboxDatabase),
    which would shadow the real ones when those tests ran first."""
    cmdlets.all_cmdlets()
    out = {}
    for c in cmdlets._subclasses(Cmdlet):
        if c.name and c.__module__.startswith(cmdlets._PACKAGES):
            out[c.name] = c
    return out


class LabShell:
    def __init__(self, width: int = 160):
        self.out = io.StringIO()
        self.err = io.StringIO()
        self.session = Session.create(self.out, self.err, width=width, location="C:\\Users\\Administrator")
        ctx = self.session.engine.context
        from ems.runtime import discovery
        ctx.commands = discovery.CommandTable(ctx, library_cmdlets())
        for k, v in native_commands().items():
            ctx.native_commands.setdefault(k, v)

    @property
    def ctx(self):
        return self.session.engine.context

    @property
    def org(self):
        return self.ctx.model

    def run(self, text: str) -> tuple[int, str, str]:
        o, e = len(self.out.getvalue()), len(self.err.getvalue())
        code = self.session.engine.run_script(text, as_file=False)
        self.session.host.end_output()
        return code, self.out.getvalue()[o:], self.err.getvalue()[e:]

    def ok(self, text: str) -> str:
        code, out, err = self.run(text)
        assert err == "", err
        return out

    def values(self, text: str) -> list:
        return self.session.engine.evaluate(text)
