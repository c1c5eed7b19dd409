"""Helpers for the engine's unit tests: run PowerShell text, get output and errors."""
from __future__ import annotations

from ems.runtime.conversion import to_string
from ems.runtime.engine import Engine
from ems.runtime.host import BufferHost


def core_cmdlets():
    """The core cmdlets only (the engine's tests do not depend on the Exchange library)."""
    import importlib
    import pkgutil

    import cmdlets.core as core
    from ems.runtime.cmdlet import Cmdlet
    for info in pkgutil.iter_modules(core.__path__):
        importlib.import_module(f"cmdlets.core.{info.name}")

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)
    return {c.name: c for c in subclasses(Cmdlet) if c.name and c.__module__.startswith("cmdlets.core")}


def make_engine(inputs=None, interactive=None, cmdlets=True, native_commands=None):
    """cmdlets: True for the core cmdlets, False for none, or a table of the test's own."""
    host = BufferHost(inputs=inputs, interactive=interactive, formatter=lambda o: to_string(o))
    table = core_cmdlets() if cmdlets is True else (cmdlets or None)
    return Engine(host, cmdlets=table, native_commands=native_commands), host


def run(text, inputs=None, interactive=None, as_file=False, native_commands=None, cmdlets=True):
    """(stdout, stderr, exit code) of a script."""
    engine, host = make_engine(inputs, interactive, cmdlets, native_commands=native_commands)
    code = engine.run_script(text, as_file=as_file)
    return host.stdout, host.stderr, code


def out(text, **kw):
    """The script's standard output as a list of lines (errors must be empty)."""
    stdout, stderr, code = run(text, **kw)
    assert stderr == "", stderr
    return stdout.splitlines()
