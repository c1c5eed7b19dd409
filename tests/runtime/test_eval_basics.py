from tests.runtime.test_eval_support import out, run


def test_variables_and_expressions():
    assert out('$x = 1 + 2; $x; "a$x"') == ["3", "a3"]


def test_foreach_and_if():
    assert out('foreach ($i in 1..3) { $i * 2 }; if ($i -gt 2) { "big" } else { "small" }') == ["2", "4", "6", "big"]


def test_foreach_over_null_does_nothing():
    assert out('foreach ($i in $null) { "x" }; "done"') == ["done"]


def test_function_positional_named_defaults():
    assert out('function f($a, $b=5) { $a + $b }; f 1; f 1 2; f -b 10 -a 1') == ["6", "3", "11"]


def test_function_args_leftovers():
    assert out('function f($a) { $args.Count; $args[0] }; f 1 2 3') == ["2", "2"]


def test_return_outputs_all():
    assert out('function f { return 1,2 }; $r = f; $r.Count') == ["2"]


def test_assignment_collects_pipeline():
    assert out('$a = 1..3 | % { $_ }; $a.Count; $b = 1 | % { $_ }; $b.GetType().Name; $c = @() | % { $_ }; $null -eq $c') \
        == ["3", "Int32", "True"]


def test_multiple_assignment():
    assert out('$a, $b = 1, 2, 3; $a; $b.Count') == ["1", "2"]


def test_typed_variable_sticks():
    assert out('[int]$x = "5"; $x = "7"; $x.GetType().Name; $x + 1') == ["Int32", "8"]


def test_compound_assignment_and_increment():
    assert out('$i = 1; $i += 4; $i++; ++$i; $i; $h = @{a=1}; $h.a += 2; $h.a; $l = 1,2; $l[0] *= 5; $l[0]') == ["7", "3", "5"]


def test_scopes_child_does_not_change_parent():
    assert out('$x = 1; function f { $x = 2; $x }; f; $x') == ["2", "1"]


def test_global_and_script_scope():
    assert out('function f { $global:g = 5; $script:s = 6 }; f; $g; $s') == ["5", "6"]


def test_switch_basic_and_default():
    text = 'switch (3) { 1 {"one"} 3 {"three"} default {"other"} }; switch ("zz") { "a" {"A"} default {"D"} }'
    assert out(text) == ["three", "D"]


def test_switch_array_break_continue():
    text = 'switch (1,2,3,4) { 2 { continue } 3 { break } default { "v$_" } }'
    assert out(text) == ["v1"]


def test_switch_regex_wildcard_multiple_matches():
    text = 'switch -regex ("abc") { "^a" {"starts"} "c$" {"ends"} }; switch -wildcard ("hello") { "h*" {"h"} "*z" {"z"} }'
    assert out(text) == ["starts", "ends", "h"]


def test_labels_break_outer():
    text = ':outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { break outer }; "$i$j" } }'
    assert out(text) == ["11"]


def test_while_do_for():
    assert out('$i=0; while ($i -lt 3) { $i++ }; $i; do { $i-- } while ($i -gt 0); $i; do { $i++ } until ($i -ge 2); $i; for ($k=0; $k -lt 2; $k++) { "k$k" }') \
        == ["3", "0", "2", "k0", "k1"]


def test_script_block_invoke_and_call_operator():
    assert out('$sb = { param($a) $a * 2 }; & $sb 4; $sb.Invoke(5); . { $z = 9 }; $z') == ["8", "10", "9"]


def test_pipeline_begin_process_end_order():
    text = ('function a { begin {"a-begin"} process {"a-process"} end {"a-end"} }\n'
            'function b { begin {"b-begin"} process {"b-process $_"} end {"b-end"} }\n'
            'a | b')
    # every begin runs before any process; what a's begin writes reaches b after b's begin
    assert out(text) == ["b-begin", "b-process a-begin", "b-process a-process", "b-process a-end", "b-end"]


def test_filter_and_input():
    assert out('filter dbl { $_ * 2 }; 1..3 | dbl; function s { $input | % { $_ } }; 4,5 | s') == ["2", "4", "6", "4", "5"]


def test_early_stop_with_select_first():
    assert out('$n = 0; 1..1000 | % { $n++; $_ } | select -First 3; $n') == ["1", "2", "3", "3"]


def test_hashtable_ordered_and_pscustomobject():
    assert out('$h = [ordered]@{b=1; a=2}; $h.Keys -join ","; $o = [PSCustomObject]@{Name="x"; N=1}; $o.Name') == ["b,a", "x"]


def test_subexpression_and_array_expression():
    assert out('"$(1+2)"; @(1).Count; @().Count; @(@(1,2)).Count; $(1;2).Count') == ["3", "1", "0", "2", "2"]


def test_closure_of_scriptblock_sees_caller_variables():
    assert out('$v = 3; $sb = { $v + 1 }; & $sb; function f { $v = 10; & $sb }; f') == ["4", "11"]


def test_get_new_closure():
    assert out('$v = 1; $sb = { $v }.GetNewClosure(); $v = 2; & $sb') == ["1"]


def test_exit_code():
    stdout, stderr, code = run('"a"; exit 3; "b"')
    assert stdout == "a\n" and code == 3


def test_validation_attributes_stick_to_variables():
    from tests.runtime.test_eval_support import run
    stdout, err, _ = run('[ValidateRange(1,5)][int]$x = 3; $x = 10; $x; $x = "4"; $x.GetType().Name')
    assert stdout.splitlines() == ["3", "Int32"]
    assert "The variable cannot be validated because the value 10 is not a valid value for the x variable." in err


def test_ref_parameters():
    assert out('$n = 0; [int]::TryParse("12", [ref]$n); $n; $r = [ref]5; $r.Value = 6; $r.Value') == ["True", "12", "6"]


def test_function_drive_assignment():
    assert out('$function:greet = { "hello $args" }; greet bob') == ["hello bob"]


def test_splatting_hashtable_and_args():
    text = ('function Inner { param($A, [switch]$B) "$A $($B.IsPresent)" }\n'
            '$p = @{ A = "x"; B = $true }; Inner @p\n'
            'function Outer { Inner @args }; Outer -A y -B')
    assert out(text) == ["x True", "y True"]
