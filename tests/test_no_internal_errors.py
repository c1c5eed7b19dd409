"""Robustness: whatever a user types, errors come out in PowerShell's shape — never a Python
traceback and never an "internal error" record (which means a Python exception leaked).

Scripts are taken from the transcript cases and mutated at random; loops and functions are left
out so every mutated script ends quickly.
"""
from __future__ import annotations

import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ems.host.session import Session
from tests.spectest import load_all

_UNBOUNDED = re.compile(r"\b(while|for|foreach|do|until|function|filter|Start-Sleep|Step-LabClock|"
                        r"Read-Host|Get-Credential)\b|%|ForEach|\.\.", re.I)
SCRIPTS = sorted({c.script for c in load_all() if not _UNBOUNDED.search(c.script) and len(c.script) < 400})
PIECES = ["$", "(", ")", "{", "}", "[", "]", "'", '"', "|", ",", ".", "-", "@", "::", " -eq ",
          " -f ", "[int]", "$null", "@()", "@{}", "$_", "`", ";", "\n", " 1", " 'x'", "-Name", "Get-Date"]


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SCRIPTS))
    for _ in range(draw(st.integers(1, 3))):
        if not text:
            break
        i = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if kind == "delete":
            j = draw(st.integers(i, min(len(text), i + 4)))
            text = text[:i] + text[j:]
        elif kind == "insert":
            text = text[:i] + draw(st.sampled_from(PIECES)) + text[i:]
        else:
            j = draw(st.integers(i, min(len(text), i + 8)))
            text = text[:j] + text[i:j] + text[j:]
    return text


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(script=mutated())
def test_mutated_scripts_fail_only_in_powershell_shape(script, tmp_path):
    if _UNBOUNDED.search(script):
        return
    out, err = io.StringIO(), io.StringIO()
    # Mutations can turn text into redirections (`> x`): run where stray files do no harm.
    session = Session.create(stdout=out, stderr=err, interactive=False, location=str(tmp_path))
    session.run_command(script)
    errors = err.getvalue()
    assert "Traceback" not in errors
    assert "InternalEmulatorError" not in errors, f"script:\n{script}\nstderr:\n{errors}"
