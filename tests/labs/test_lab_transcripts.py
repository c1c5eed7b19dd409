"""Runs the lab transcripts through the CLI entry point (`ems -NoProfile -NonInteractive -File`),
as tests/test_spec.py does for tests/spec, with the simulated native programs wired into the
session (cmdlets.lab.native.native_commands()). tests/spec/lab-*.test.ps1 need no native program;
tests/labs/spec/*.test.ps1 do (setup.com, wusa.exe, LcsCmd.exe, OCSASNFix.exe, cluster.exe)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from cmdlets.lab.native import native_commands
from ems.host.cli import main
from tests.spectest import SpecCase, load_all

CASES = load_all(Path(__file__).parent / "spec")


@pytest.fixture
def wired(monkeypatch):
    import ems.runtime.engine as engine_mod

    real = engine_mod.Engine

    class WiredEngine(real):  # type: ignore[misc, valid-type]
        def __init__(self, host, model=None, cmdlets=None, native_commands_=None, **kw):
            table = dict(native_commands())
            table.update(kw.pop("native_commands", None) or native_commands_ or {})
            from tests.labs.support import library_cmdlets
            super().__init__(host, model=model, cmdlets=library_cmdlets(), native_commands=table, **kw)

    monkeypatch.setattr(engine_mod, "Engine", WiredEngine)


def run_case(case: SpecCase, tmp_path) -> tuple[int, str, str]:
    script = tmp_path / "case.ps1"
    script.write_text(case.script, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["-NoProfile", "-NonInteractive", "-File", str(script)], stdin=io.StringIO(""), stdout=out,
                stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_lab_transcript(case: SpecCase, tmp_path, wired) -> None:
    code, out, err = run_case(case, tmp_path)
    if case.stdout is not None:
        assert out == case.stdout, f"stderr was:\n{err}"
    for text in case.stderr_contains:
        assert text in err, f"stderr lacks {text!r}:\n{err}"
    assert code == case.status, f"stderr was:\n{err}"
