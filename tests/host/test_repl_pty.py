"""The interactive shell in a real pseudo-terminal: banner, prompt, completion, continuation,
Ctrl+C, questions, history, exit."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pexpect
import pytest

from tests.host.pty_shell import ROOT, Shell, shell_argv, shell_env, strip_ansi

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def _probe() -> str:
    """What the one-shot shell says about a few commands (empty when the session cannot start)."""
    argv = shell_argv()
    env = shell_env(os.environ.get("HOME", "/tmp"))
    out = subprocess.run(argv + ["-NoProfile", "-Command",
                                 "'ok'; foreach ($n in 'Read-Host','Get-History','Get-MailboxDatabase','Get-Credential',"
                                 "'Enter-LabServer') "
                                 "{ if (Get-Command $n -ErrorAction SilentlyContinue) { \"has:$n\" } }"],
                         env=env, cwd=str(ROOT), capture_output=True, text=True, timeout=120)
    return out.stdout


PROBE = _probe()
if not PROBE.startswith("ok"):
    pytest.skip("the session cannot start yet: " + PROBE[:200], allow_module_level=True)


def has(command: str) -> bool:
    return f"has:{command}" in PROBE


def test_banner_and_prompt():
    with Shell("-NoProfile") as sh:
        sh.expect_exact("Welcome to the Exchange Management Shell!")
        sh.expect_exact("Get-ExCommand")
        sh.expect(r"Tip of the day #\d+:")
        sh.expect_prompt()
        assert "[PS] C:\\Windows\\system32>" in strip_ansi(sh.child.after)
        sh.send_line("exit")
        sh.expect(pexpect.EOF)


def test_nologo_and_prompt_follows_location():
    with Shell("-NoProfile", "-NoLogo") as sh:
        before = sh.expect_prompt()
        assert "Welcome" not in before
        sh.run("Set-Location C:\\Users")
        assert "[PS] C:\\Users>" in strip_ansi(sh.child.after)
        sh.run("Set-Location C:\\Windows\\system32")
        assert "[PS] C:\\Windows\\system32>" in strip_ansi(sh.child.after)


def tab(sh, times: int = 1) -> None:
    """Press Tab and give the completer time to answer (completions are computed
    asynchronously; keys typed before they arrive would cancel them)."""
    for _ in range(times):
        sh.send("\t")
        time.sleep(0.6)


def test_complete_cmdlet_parameter_and_value():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.run("$null")  # the session has finished loading
        # a cmdlet name: the line runs only if Tab completed it
        sh.send("Write-Outp")
        tab(sh)
        sh.send(" 'first'")
        out = sh.run("")
        assert "first" in out
        assert "not recognized" not in out
        # a parameter, then an enum value; the host shows Write-Host colours
        sh.send("Write-Host -Fore")
        tab(sh)
        sh.send(" Yel")
        tab(sh)
        sh.send(" 'in yellow'\r")
        sh.accepted()
        sh.expect_exact("\x1b[93min yellow")
        sh.expect_prompt()


def test_complete_variable_menu_and_cycle():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.run("$zzAlpha = 'alpha-value'; $zzBeta = 'beta-value'")
        sh.send("$zz")
        tab(sh)  # two matches: a menu shows both
        sh.expect_exact("$zzAlpha")
        sh.expect_exact("$zzBeta")
        tab(sh, 2)  # cycling: the first, then the second
        out = sh.run("")
        assert "beta-value" in out


@pytest.mark.skipif(not has("Get-MailboxDatabase"), reason="Exchange cmdlets not available yet")
def test_complete_server_value_from_the_organization():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        names = sh.run("(Get-ExchangeServer | Where-Object { $_.IsMailboxServer } | Sort-Object Name "
                       "| Select-Object -First 1).Name")
        first = names.strip().splitlines()[-1].strip()
        sh.send("Get-MailboxDatabase -Server " + first[:-1])
        tab(sh, 2)  # a menu of the servers, then the first one
        out = sh.run(" | ForEach-Object { 'srv=' + $_.Server }")
        assert f"srv={first}" in out


def test_input_is_highlighted():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send("$painted = 'text'")
        sh.expect_exact("\x1b[0;32m$painted")  # variables green
        sh.expect_exact("\x1b[0;36m'text'")  # strings cyan
        sh.run("")
        sh.send("Get-Date")
        sh.expect_exact("\x1b[0;33mGet-Date")  # commands yellow
        sh.send("\x03")
        sh.accepted()
        sh.expect_prompt()


def test_continuation_prompt():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("if ($true) {")
        sh.expect_exact(">>")
        sh.send_line("'inside'")
        sh.expect_exact(">>")
        sh.send_line("}")
        # complete now, but as in the PowerShell 2.0 console only a blank line runs it
        sh.expect_exact(">>")
        out = sh.run("")
        assert "inside" in out
        # a trailing pipe continues too
        sh.send_line("'piped' |")
        sh.expect_exact(">>")
        sh.send_line("ForEach-Object { $_.ToUpper() }")
        sh.expect_exact(">>")
        out = sh.run("")
        assert "PIPED" in out


def test_blank_line_ends_continuation_with_parse_error():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("if ($true) {")
        sh.expect_exact(">>")
        out = sh.run("")
        assert "Missing closing '}'" in out
        assert "ok" in sh.run("'ok'")


def test_ctrl_c_stops_an_endless_loop_and_keeps_state():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.run("$kept = 42")
        sh.send_line("while ($true) {}")
        sh.accepted()
        time.sleep(1.0)
        sh.child.sendintr()
        sh.expect_prompt()
        out = sh.run("$kept")
        assert "42" in out
        if has("Get-History"):
            out = sh.run("Get-History | Select-Object -Last 2 | ForEach-Object { $_.ExecutionStatus }")
            assert "Stopped" in out


@pytest.mark.skipif(not has("Read-Host"), reason="Read-Host not available yet")
def test_ctrl_c_at_a_question_stops_the_command():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("$v = 5; $n = Read-Host 'Name'; 'not reached'")
        sh.accepted()
        sh.expect_exact("Name:")
        time.sleep(0.3)
        sh.send("\x03")
        out = sh.expect_prompt()
        assert "not reached" not in out
        assert "5" in sh.run("$v")


def test_a_prompt_function_replaces_the_prompt():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("function prompt { \"MY $(1 + 1)> \" }")
        sh.accepted()
        sh.expect_exact("MY 2>")
        sh.send_line("Remove-Item function:prompt")
        sh.accepted()
        sh.expect_prompt()


def test_ctrl_c_at_the_prompt_clears_the_line():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send("'abandoned'")
        sh.send("\x03")
        sh.accepted()
        sh.expect_prompt()
        out = sh.run("'fresh'")
        assert "fresh" in out
        assert "abandoned" not in out.split("fresh")[-1]


def test_confirmation_prompt_no_then_yes():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.run("function f { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() "
               "if ($PSCmdlet.ShouldProcess('x')) { 'done' } }")
        sh.send_line("f")
        sh.accepted()
        sh.expect_exact("Confirm")
        sh.expect_exact("[Y] Yes  [A] Yes to All  [N] No  [L] No to All")
        sh.send_line("N")
        out = sh.expect_prompt()
        assert "done" not in out.split("[L] No to All")[-1]
        sh.send_line("f")
        sh.accepted()
        sh.expect_exact("[Y] Yes")
        sh.send_line("Y")
        sh.expect_exact("done")
        sh.expect_prompt()


def test_mandatory_parameter_prompt():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.run("function g { param([Parameter(Mandatory=$true)][string]$Name) \"Hi $Name\" }")
        sh.send_line("g")
        sh.accepted()
        sh.expect_exact("Supply values for the following parameters:")
        sh.expect_exact("Name:")
        sh.send_line("Zed")
        sh.expect_exact("Hi Zed")
        sh.expect_prompt()


@pytest.mark.skipif(not has("Read-Host"), reason="Read-Host not available yet")
def test_read_host_and_secure_input():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("$n = Read-Host 'Your name'")
        sh.accepted()
        sh.expect_exact("Your name:")
        sh.send_line("Bob")
        sh.expect_prompt()
        assert "Hello Bob" in sh.run('"Hello $n"')
        sh.send_line("$s = Read-Host 'Password' -AsSecureString")
        sh.accepted()
        sh.expect_exact("Password:")
        sh.send_line("hunter2")
        out = sh.expect_prompt()
        assert "hunter2" not in out
        assert "*" in out


@pytest.mark.skipif(not has("Get-Credential"), reason="Get-Credential not available yet")
def test_get_credential_masks_the_password():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("$c = Get-Credential")
        sh.accepted()
        sh.expect_exact("User:")
        sh.send_line("CONTOSO\\admin")
        sh.expect_exact("Password for user CONTOSO\\admin:")
        sh.send_line("pw123")
        out = sh.expect_prompt()
        assert "pw123" not in out
        assert "*****" in out
        assert "CONTOSO\\admin" in sh.run("$c.UserName")


def test_progress_bar_is_drawn_then_erased():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("1..3 | ForEach-Object { Write-Progress -Activity Working -Status \"step $_\" "
                     "-PercentComplete ($_ * 30) }; 'after'")
        sh.accepted()
        sh.expect_exact("Working")
        sh.expect_exact("90%")
        sh.expect_exact("\x1b[2K")  # the transient bar is erased
        sh.expect_exact("after")
        sh.expect_prompt()


@pytest.mark.skipif(not has("Enter-LabServer"), reason="Enter-LabServer not available yet")
def test_prompt_shows_the_lab_server():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        server = sh.run("(Get-ExchangeServer | Where-Object { $_.IsMailboxServer } | Sort-Object Name "
                        "| Select-Object -Last 1).Name").strip().splitlines()[-1].strip()
        sh.send_line(f"Enter-LabServer {server}")
        sh.accepted()
        sh.expect_exact(f"[{server}]: [PS] C:\\Windows\\system32>")
        sh.run("Exit-LabServer")
        assert f"[{server}]" not in sh.before


@pytest.mark.skipif(not has("Read-Host"), reason="Read-Host not available yet")
def test_noninteractive_shell_refuses_questions():
    with Shell("-NoProfile", "-NoLogo", "-NonInteractive") as sh:
        sh.expect_prompt()
        out = sh.run("Read-Host 'Name'")
        assert "NonInteractive mode" in out


def test_errors_are_red_and_warnings_yellow():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("Write-Error 'boom'; Write-Warning 'careful'")
        sh.accepted()
        sh.expect_exact("\x1b[91m")
        sh.expect_exact("boom")
        sh.expect_exact("\x1b[93mWARNING: careful")
        sh.expect_prompt()


def test_exit_with_code_and_ctrl_d():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send_line("exit 3")
        sh.expect(pexpect.EOF)
        sh.child.close()
        assert sh.child.exitstatus == 3
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.send("\x04")
        sh.expect(pexpect.EOF)
        sh.child.close()
        assert sh.child.exitstatus == 0


def test_history_persists_across_sessions(tmp_path):
    home = str(tmp_path)
    with Shell("-NoProfile", "-NoLogo", home=home) as sh:
        sh.expect_prompt()
        sh.run("'remember-me'")
        sh.send("\x04")  # Ctrl+D: leaves without adding to the history
        sh.expect(pexpect.EOF)
    assert "remember-me" in (tmp_path / ".ems" / "history").read_text()
    with Shell("-NoProfile", "-NoLogo", home=home) as sh:
        sh.expect_prompt()
        sh.send("\x1b[A")  # Up
        sh.expect_exact("remember-me")
        sh.send("\r")
        sh.accepted()
        sh.expect_exact("remember-me")
        sh.expect_prompt()


def test_ctrl_r_searches_the_history():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.run("'alpha-one'")
        sh.run("'beta-two'")
        sh.send("\x12")  # Ctrl+R
        time.sleep(0.3)
        sh.send("alpha")
        time.sleep(0.3)
        sh.send("\r")  # accept the search
        time.sleep(0.3)
        out = sh.run("")  # run what was found
        assert "alpha-one" in out
        assert "beta-two" not in out


@pytest.mark.skipif(not has("Get-History"), reason="Get-History not available yet")
def test_get_history_and_invoke_history():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        sh.run("'first-line'")
        out = sh.run('Get-History | ForEach-Object { "$($_.Id):$($_.CommandLine):$($_.ExecutionStatus)" }')
        assert "1:'first-line':Completed" in out
        out = sh.run("Invoke-History 1")
        assert "first-line" in out


def test_clear_host_and_no_newline_output():
    with Shell("-NoProfile", "-NoLogo") as sh:
        sh.expect_prompt()
        out = sh.run("Write-Host -NoNewline 'no-newline'")
        assert out.endswith("no-newline\r\n")  # the prompt still starts on its own line
        sh.send_line("cls")
        sh.accepted()
        sh.expect_exact("\x1b[2J")
        sh.expect_prompt()


def test_profile_runs_unless_noprofile(tmp_path):
    profile = tmp_path / ".ems" / "Microsoft.PowerShell_profile.ps1"
    profile.parent.mkdir(parents=True)
    profile.write_text("$fromProfile = 'profile-ran'\n")
    with Shell("-NoLogo", home=str(tmp_path)) as sh:
        sh.expect_prompt()
        assert "profile-ran" in sh.run("$fromProfile")
    with Shell("-NoLogo", "-NoProfile", home=str(tmp_path)) as sh:
        sh.expect_prompt()
        assert "profile-ran" not in sh.run("$fromProfile")


def test_state_file_errors_before_the_prompt_and_state_kept(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("garbage{")
    with Shell("-NoProfile", "-NoLogo", "-State", str(bad)) as sh:
        sh.expect(pexpect.EOF)
        assert "corrupt" in sh.before
        sh.child.close()
        assert sh.child.exitstatus == 1
    state = tmp_path / "org.json"
    with Shell("-NoProfile", "-NoLogo", "-State", str(state)) as sh:
        sh.expect_prompt()
        sh.run("$global:marker = 1")
    assert state.exists()


def test_one_shot_path_never_imports_prompt_toolkit():
    code = ("import io, sys\n"
            "from ems.host.cli import main\n"
            "main(['-NoProfile', '-Command', '1'], stdin=io.StringIO(''), stdout=io.StringIO(), "
            "stderr=io.StringIO())\n"
            "print(sorted(m for m in ('prompt_toolkit', 'pygments', 'rich') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], env=shell_env(os.environ.get("HOME", "/tmp")),
                         cwd=str(ROOT), capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().endswith("[]"), out.stdout + out.stderr
