"""The REPL's host and helpers without a terminal: colours only on terminals, progress,
questions through the reader, continuation decisions, the banner and tips."""
from __future__ import annotations

import io
import random

import pytest

from ems.host import banner
from ems.host.repl import needs_more_input, profile_path
from ems.host.repl_host import ReplHost, color_name, sgr
from ems.runtime.host import HostNonInteractiveError


class _Record:
    def __init__(self, activity_id, activity, status, pct, record_type="Processing"):
        self.ActivityId = activity_id
        self.Activity = activity
        self.StatusDescription = status
        self.PercentComplete = pct
        self.CurrentOperation = None
        self.RecordType = record_type


class _Err:
    def render(self):
        return "Get-Thing : it broke\n    + CategoryInfo          : NotSpecified: (:) [], X"


def test_plain_text_when_not_a_terminal():
    out = io.StringIO()
    host = ReplHost(out=out)  # a StringIO is not a terminal: no colour
    assert host.color is False
    host.write_error_record(_Err())
    host.write_warning("careful")
    host.write_verbose("chatty")
    host.write_host("hi", fg="Yellow", bg="DarkBlue")
    host.write_progress(_Record(1, "Working", "step", 50))
    host.end_output()
    text = out.getvalue()
    assert "\x1b" not in text
    assert "Get-Thing : it broke\n" in text
    assert "WARNING: careful\nVERBOSE: chatty\nhi\n" in text
    assert "Working" not in text


def test_colours_on_a_terminal():
    out = io.StringIO()
    host = ReplHost(out=out, color=True, width=80)
    host.write_error_text("bad\nworse")
    host.write_warning("careful")
    host.write_host("hi", fg="Green")
    host.write_host("plain")
    text = out.getvalue()
    assert "\x1b[91mbad\x1b[0m\n\x1b[91mworse\x1b[0m\n" in text
    assert "\x1b[93mWARNING: careful\x1b[0m\n" in text
    assert "\x1b[92mhi\x1b[0m\n" in text
    assert "plain\n" in text


def test_console_color_names():
    assert color_name("DarkYellow") == "darkyellow"
    assert color_name("System.ConsoleColor.Red") == "red"
    assert color_name(12) == "red"
    assert sgr("Red", "DarkBlue") == "\x1b[91;44m"
    assert sgr(None, None) == ""
    assert sgr("NotAColor") == ""


def test_output_objects_are_formatted_and_tables_closed_before_errors():
    out = io.StringIO()
    host = ReplHost(out=out, color=False, width=80)
    host.write_output("one")
    host.write_output("two")
    host.write_error_text("oops")
    host.end_output()
    assert out.getvalue() == "one\ntwo\noops\n"


def test_progress_is_transient():
    out = io.StringIO()
    host = ReplHost(out=out, color=True, width=80)
    host.write_progress(_Record(0, "Moving mailboxes", "1 of 2", 50))
    assert host._progress is not None
    host.write_output("in between")
    host.write_progress(_Record(0, "Moving mailboxes", "2 of 2", 100))
    host.write_progress(_Record(0, "Moving mailboxes", "", -1, "Completed"))
    assert host._progress is None
    host.write_progress(_Record(0, "Again", "x", 10))
    host.end_output()  # the end of the command removes what is left
    assert host._progress is None
    text = out.getvalue()
    assert "Moving mailboxes" in text and "in between" in text
    assert "\x1b[2K" in text  # erased


def test_questions_go_through_the_reader():
    asked = []

    def reader(prompt, secure):
        asked.append((prompt, secure))
        return "N" if "Help" in prompt else "answer"

    out = io.StringIO()
    host = ReplHost(out=out, color=False, reader=reader)
    assert host.read_line("Name: ") == "answer"
    assert host.read_line_secure("Password: ") == "answer"
    choice = host.prompt_for_choice("Confirm", "Are you sure?",
                                    [("&Yes", ""), ("Yes to &All", ""), ("&No", ""), ("No to A&ll", "")])
    assert choice == 2
    assert asked[0] == ("Name: ", False)
    assert asked[1] == ("Password: ", True)
    assert asked[2][0].startswith("[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help")
    assert "Confirm\nAre you sure?\n" in out.getvalue()


def test_end_of_input_at_a_question_stops_the_command():
    def reader(prompt, secure):
        raise EOFError

    host = ReplHost(out=io.StringIO(), color=False, reader=reader)
    with pytest.raises(KeyboardInterrupt):
        host.read_line("x: ")


def test_non_interactive_host_refuses_to_ask():
    host = ReplHost(out=io.StringIO(), color=False, interactive=False)
    with pytest.raises(HostNonInteractiveError):
        host.read_line("x: ")


@pytest.mark.parametrize("text,more", [
    ("", False),
    ("1 + 1", False),
    ("if ($true) {", True),
    ("Get-Process |", True),
    ("'open string", True),
    ("Get-Thing `", True),
    ("if ($true) {\n'x'", True),
    ("if ($true) {\n", False),  # a blank line ends a continuation
    ("if ($true) {\n   ", False),
    ("if ($true) {\n}", True),  # complete, but in continuation only a blank line runs it
    ("if ($true) {\n}\n", False),
    ("1 +* 2", False),  # a real error: run it, it reports itself
])
def test_continuation_is_decided_by_the_parser(text, more):
    assert needs_more_input(text) is more


def test_profile_path_matches_the_session():
    from ems.host.session import profile_path as session_profile_path

    assert profile_path() == session_profile_path()


def test_banner_and_tips():
    tips = banner.tips()
    assert len(tips) >= 10
    assert all(t.strip() and "%" != t.strip() for t in tips)
    number, text = banner.tip_of_the_day(random.Random(1))
    assert 1 <= number <= len(tips) and text == tips[number - 1]
    shown = banner.banner(random.Random(1))
    assert "Welcome to the Exchange Management Shell!" in shown
    assert "Get-ExCommand" in shown and "Get-Help" in shown
    assert f"Tip of the day #{number}:" in shown
    assert banner.format_tip(3, "Do this.") == "Tip of the day #3:\n\nDo this.\n"


def _repl_with_session():
    from ems.host.repl import Repl
    from ems.host.session import Session

    out = io.StringIO()
    host = ReplHost(out=out, color=False, width=100)
    session = Session.create(stdout=out, stderr=out, interactive=True, host=host, width=100)
    return Repl(session, host, None, out), out


def test_prompt_follows_location_and_lab_server():
    repl, _out = _repl_with_session()
    assert repl.prompt_text() == "[PS] C:\\Windows\\system32> "
    repl.run_line("Set-Location C:\\Users")
    assert repl.prompt_text() == "[PS] C:\\Users> "
    repl.run_line("$env:COMPUTERNAME = 'E1402'")  # what Enter-LabServer changes
    assert repl.prompt_text() == "[E1402]: [PS] C:\\Users> "
    repl.run_line("function prompt { 'custom> ' }")
    assert repl.prompt_text() == "custom> "
    repl.run_line("function prompt { throw 'bad' }")
    assert repl.prompt_text() == "PS>"


def test_run_line_reports_exit_codes_and_internal_errors():
    from ems.host.repl import Repl

    repl, out = _repl_with_session()
    assert repl.run_line("$x = 1") is None
    assert repl.run_line("exit 4") == 4

    class Broken:
        class context:
            history: list = []

        def run_interactive_line(self, text):
            raise ValueError("boom")

    class FakeSession:
        engine = Broken()
        model = None

    out = io.StringIO()
    r = Repl(FakeSession(), ReplHost(out=out, color=False), None, out)
    assert r.run_line("anything") is None
    assert "An internal error occurred in the emulator: ValueError: boom" in out.getvalue()
