"""Common parameters of advanced functions: the variables they fill live in the caller's scope,
and what the commands inside the function write reaches them."""
from tests.runtime.test_eval_support import out, run

ADV = "function f { [CmdletBinding()] param() "


def test_error_variable_of_outer_function_sees_errors_of_inner_function():
    text = ("function g { [CmdletBinding()] param() Write-Error 'deep' }\n"
            + ADV + "g; Write-Error 'top' }\n"
            "f -ErrorVariable ev -ErrorAction SilentlyContinue\n"
            "$ev.Count; $ev[0].Exception.Message; $ev[1].Exception.Message")
    assert out(text) == ["2", "deep", "top"]


def test_error_variable_of_a_cmdlet_inside_a_function_stays_local():
    text = (ADV + "Write-Error 'x' -ErrorVariable inner -ErrorAction SilentlyContinue; \"in $($inner.Count)\" }\n"
            "f; \"out $($inner.Count)\"")
    assert out(text) == ["in 1", "out 0"]


def test_downstream_command_errors_do_not_reach_upstream_error_variable():
    text = ("function up { [CmdletBinding()] param() 1; 2 }\n"
            "function down { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$x) process { Write-Error \"e$x\" } }\n"
            "up -ErrorVariable upErr | down -ErrorVariable downErr -ErrorAction SilentlyContinue\n"
            "\"$($upErr.Count) $($downErr.Count)\"")
    assert out(text) == ["0 2"]


def test_out_variable_in_a_nested_scope_is_set_where_the_call_is():
    text = ("function g { [CmdletBinding()] param() 'v' }\n"
            "function hh { $null = g -OutVariable got; \"h sees $got\" }\n"
            "hh; \"top sees [$got]\"")
    assert out(text) == ["h sees v", "top sees []"]


def test_should_process_verbose_only_for_the_flag():
    text = ("function rr { [CmdletBinding(SupportsShouldProcess=$true)] param() "
            "if ($PSCmdlet.ShouldProcess('t', 'Act')) { 'done' } }\n"
            "$VerbosePreference = 'Continue'; rr")
    stdout, err, _ = run(text)
    assert "done" in stdout and "Performing the operation" not in stdout + err


def test_debug_preference_inquire_non_interactive_fails_after_the_message():
    stdout, err, _ = run("$DebugPreference = 'Inquire'; Write-Debug 'dbg'; 'next'")
    assert "DEBUG: dbg" in stdout + err and "next" in stdout
    assert "Write-Debug : Windows PowerShell is in NonInteractive mode." in err
