"""The `ems` command line: pwsh's flags, script arguments, standard input and exit codes."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from ems.host.cli import Options, UsageError, main, parse_args


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv, expected", [
    (["-Command", "1", "+", "2"], Options(command="1 + 2")),
    (["-c", "x"], Options(command="x")),
    (["-nop", "-noni", "-Command", "-"], Options(command="-", no_profile=True, non_interactive=True)),
    (["-NoLogo", "-File", "s.ps1", "a", "-Named", "v"], Options(file="s.ps1", args=["a", "-Named", "v"], no_logo=True)),
    (["s.ps1", "-x"], Options(file="s.ps1", args=["-x"])),
    (["-State", "org.json"], Options(state="org.json")),
])
def test_flags_like_pwsh(argv, expected):
    assert parse_args(argv) == expected


def test_unknown_flag_is_a_usage_error():
    with pytest.raises(UsageError):
        parse_args(["-Bogus"])
    code, _, err = run(["-Bogus"])
    assert code == 64 and "-Bogus" in err


def test_file_arguments_bind_to_the_script_parameters(tmp_path):
    script = tmp_path / "s.ps1"
    script.write_text('param($First, [int]$Count = 2, [switch]$Loud)\n'
                      '"$First $Count $Loud $($args -join \',\')"\nexit 7\n')
    code, out, err = run(["-NoProfile", "-File", str(script), "a", "-Count", "5", "-Loud", "rest"])
    assert (code, out, err) == (7, "a 5 True rest\n", "")


def test_uncaught_throw_exits_1_and_reports_on_stderr():
    code, out, err = run(["-NoProfile", "-Command", '"x"; throw "boom"'])
    assert code == 1 and out == "x\n"
    assert err.startswith("boom\nAt line:1 char:")


def test_script_on_standard_input():
    code, out, _ = run(["-NoProfile", "-Command", "-"], stdin="1;2\n")
    assert (code, out) == (0, "1\n2\n")


def test_parse_error_runs_nothing():
    code, out, err = run(["-NoProfile", "-Command", '"before"; if ($x) {'])
    assert code == 1 and out == ""
    assert "Missing closing '}'" in err


def test_missing_file():
    code, _, err = run(["-File", "/nonexistent/x.ps1"])
    assert code == 64 and "does not exist" in err


def test_real_process_exit_code_and_no_traceback():
    proc = subprocess.run([sys.executable, "-m", "ems", "-NoProfile", "-Command", "exit 3"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
