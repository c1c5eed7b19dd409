"""Errors and their handling: try/catch/finally, trap, throw, statement vs script termination."""
from tests.runtime.test_eval_support import out, run


def test_try_catch_finally_order():
    assert out('try { "t"; throw "x"; "no" } catch { "c $_" } finally { "f" }; "after"') == ["t", "c x", "f", "after"]


def test_finally_runs_on_break_and_return():
    assert out('foreach ($i in 1..3) { try { if ($i -eq 2) { break }; "i$i" } finally { "f$i" } }') == ["i1", "f1", "f2"]
    assert out('function f { try { return "r" } finally { "fin" } }; f') == ["r", "fin"]


def test_typed_catch_and_bases():
    text = ('try { throw "x" } catch [System.IO.IOException] { "io" } catch [System.Management.Automation.RuntimeException] { "rt" }\n'
            'try { throw "y" } catch [Exception] { "ex" }\n'
            'try { Get-Nope } catch [System.Management.Automation.CommandNotFoundException] { "cnf" }')
    assert out(text) == ["rt", "ex", "cnf"]


def test_catch_record_members():
    text = ('try { throw "boom" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; '
            '$_.Exception.GetType().FullName; $_.InvocationInfo.ScriptLineNumber; $_.TargetObject }')
    assert out(text) == ["boom", "boom", "OperationStopped", "System.Management.Automation.RuntimeException", "1", "boom"]


def test_rethrow_and_nested():
    assert out('try { try { throw "in" } catch { "inner"; throw } } catch { "outer: $_" }') == ["inner", "outer: in"]


def test_error_in_called_function_goes_to_enclosing_catch():
    assert out('function f { Get-Nope; "not reached" }; try { f } catch { "caught" }') == ["caught"]


def test_uncaught_statement_terminating_error_continues():
    stdout, err, code = run('Get-Nope; "after"; $?')
    assert stdout == "after\nTrue\n" and code == 0
    assert "The term 'Get-Nope' is not recognized as the name of a cmdlet" in err
    assert "+ CategoryInfo          : ObjectNotFound: (Get-Nope:String) [], CommandNotFoundException" in err
    assert "At line:1 char:9" in err


def test_status_variable():
    assert out('Get-Nope 2>$null; $?; "x" | Out-Null; $?') == ["False", "True"]


def test_throw_ends_the_script():
    stdout, err, code = run('"before"; throw "stop here"; "after"')
    assert stdout == "before\n" and code == 1
    assert err.splitlines()[0] == "stop here"
    assert "+ CategoryInfo          : OperationStopped: (stop here:String) [], RuntimeException" in err
    assert "+ FullyQualifiedErrorId : stop here" in err


def test_throw_without_argument():
    _, err, code = run("throw")
    assert err.startswith("ScriptHalted") and code == 1


def test_trap_continue():
    assert out('trap { "trapped: $_"; continue }\nthrow "t1"\n"after"') == ["trapped: t1", "after"]


def test_trap_fallthrough_reports_and_continues():
    stdout, err, code = run('trap { "T" }\nthrow "t2"\n"after"')
    assert stdout == "T\nafter\n" and "t2" in err


def test_trap_break_stops():
    stdout, err, code = run('trap { "T"; break }\nthrow "t3"\n"after"')
    assert stdout == "T\n" and "t3" in err and code == 1


def test_trap_in_function_scope():
    text = 'function f { trap [System.Management.Automation.CommandNotFoundException] { "trap cnf"; continue }; Get-Nope; "in f" }; f'
    assert out(text) == ["trap cnf", "in f"]


def test_call_depth_overflow_is_an_error_not_a_crash():
    stdout, err, code = run('function rec { rec }; rec; "not reached"')
    assert "The script failed due to call depth overflow." in err
    assert "CallDepthOverflow" in err and code == 1 and "not reached" not in stdout
    assert out('function rec { rec }; try { rec } catch { $_.FullyQualifiedErrorId }') == ["CallDepthOverflow"]


def test_native_commands_are_refused():
    for cmd in ("bash -c 'echo hi'", "/bin/echo hi", "cmd /c dir", "ping localhost", ".\\setup.com /mode:upgrade"):
        stdout, err, code = run(cmd + '; "next"')
        assert "is not available in the Exchange Management Shell emulator" in err, cmd
        assert "NativeCommandNotAvailable" in err and stdout == "next\n"


def test_native_command_hook():
    def fake_setup(ctx, argv, input):
        return ["setup " + " ".join(argv)]
    stdout, err, code = run("setup.com /mode:upgrade; $LASTEXITCODE", native_commands={"setup.com": fake_setup})
    assert err == "" and stdout.splitlines() == ["setup /mode:upgrade", "0"]


def test_unknown_command_gets_get_prefix():
    assert out("$x = variable; $x.Count -gt 0") == ["True"]


def test_strict_mode_undefined_variable():
    assert out('Set-StrictMode -Version 1; try { $nope } catch { "strict: $_" }') == [
        "strict: The variable '$nope' cannot be retrieved because it has not been set."]
    assert out('"[$nope]"') == ["[]"]


def test_readonly_and_constant_variables():
    stdout, err, _ = run('$true = 5; Set-Variable -Name c -Value 1 -Option ReadOnly; $c = 2; $c')
    assert "Cannot overwrite variable true because it is read-only or constant." in err
    assert "Cannot overwrite variable c because it is read-only or constant." in err
    assert stdout == "1\n"
