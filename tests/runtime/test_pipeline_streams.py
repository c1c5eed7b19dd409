"""Pipelines, redirections and the streams."""
import os

from tests.runtime.test_eval_support import make_engine, out, run


def test_expression_first_pipeline_streams_one_at_a_time():
    text = ('function show { process { "got $_" } }\n'
            '1..3 | ForEach-Object { "make $_"; $_ } | show')
    assert out(text) == ["got make 1", "got 1", "got make 2", "got 2", "got make 3", "got 3"]


def test_select_first_stops_upstream_function():
    text = ('$script:made = 0\n'
            'function gen { foreach ($i in 1..100) { $script:made++; $i } }\n'
            'gen | Select-Object -First 2; $made')
    assert out(text) == ["1", "2", "2"]


def test_end_blocks_run_after_stop():
    text = 'function tail { begin { $n = 0 } process { $n++ } end { "seen $n" } }; 1..50 | Select-Object -First 3 | tail'
    assert out(text) == ["seen 3"]


def test_collections_are_unrolled_once():
    assert out('function f { ,(1,2,3) }; (f).Count; @(f).Count; $x = f; $x.Count') == ["3", "1", "3"]


def test_merge_error_into_output():
    assert out('$r = Write-Error "e" 2>&1; $r.GetType().Name; "$r"') == ["ErrorRecord", "e"]


def test_discard_streams():
    stdout, err, _ = run('Write-Error "gone" 2>$null; Write-Warning "w" 3>$null; "x" > $null; Write-Output "y" *>$null; "end"')
    assert stdout == "end\n" and err == ""


def test_all_streams_merged():
    assert out('function f { "o"; Write-Warning "w"; Write-Verbose "v" -Verbose; Write-Error "e" }; $all = f *>&1; $all.Count') == ["4"]


def test_redirect_output_to_file_utf16(tmp_path):
    path = str(tmp_path / "o.txt")
    stdout, err, _ = run(f'"one" > "{path}"; "two" >> "{path}"; Get-Content "{path}"')
    assert stdout == "one\ntwo\n" and err == ""
    data = open(path, "rb").read()
    assert data.startswith(b"\xff\xfe")
    assert "one" in data.decode("utf-16")


def test_redirect_errors_to_file(tmp_path):
    path = str(tmp_path / "e.txt")
    stdout, err, _ = run(f'Write-Error "bad" 2> "{path}"; "after"')
    assert stdout == "after\n" and err == ""
    assert "Write-Error : bad" in open(path, "rb").read().decode("utf-16")


def test_command_not_found_follows_error_redirection():
    stdout, err, _ = run('Get-Nope 2>$null; "ok"')
    assert stdout == "ok\n" and err == ""


def test_write_host_goes_to_host_not_pipeline():
    assert out('$x = Write-Host "to host"; $null -eq $x') == ["to host", "True"]


def test_interactive_lines_keep_state_and_history():
    engine, host = make_engine()
    engine.run_interactive_line("$a = 5")
    engine.run_interactive_line("Get-Nope")
    engine.run_interactive_line("$?")
    engine.run_interactive_line("$a + 1")
    assert host.stdout.splitlines() == ["False", "6"]
    assert "Get-Nope" in host.stderr
    assert [h.CommandLine for h in engine.context.history] == ["$a = 5", "Get-Nope", "$?", "$a + 1"]


def test_interactive_throw_does_not_end_session():
    engine, host = make_engine()
    engine.run_interactive_line('throw "x"')
    engine.run_interactive_line('"still here"')
    assert host.stdout == "still here\n"


def test_parse_error_runs_nothing():
    stdout, err, code = run('"before"\n$x = (1 +\n"after"')
    assert stdout == "" and code == 1 and err


def test_script_file_param_args_and_exit(tmp_path):
    script = tmp_path / "s.ps1"
    script.write_text('param([int]$n = 2)\n"n=$n args=$($args -join \',\')"\n"root=$PSScriptRoot"\nexit 4\n')
    lib = tmp_path / "lib.ps1"
    lib.write_text('$libvar = "lib"\nfunction LibFunc { "libfunc" }\n')
    engine, host = make_engine()
    engine.set_location(str(tmp_path))
    code = engine.run_script('& .\\s.ps1 5 x y; "code=$LASTEXITCODE"; . .\\lib.ps1; $libvar; LibFunc', as_file=False)
    assert host.stdout.splitlines() == ["n=5 args=x,y", f"root={tmp_path}", "code=4", "lib", "libfunc"]
    assert code == 0


def test_run_script_as_file_binds_cli_arguments(tmp_path):
    engine, host = make_engine()
    code = engine.run_script('param($Name, [switch]$Force)\n"$Name $Force"; exit 2', path=str(tmp_path / "x.ps1"),
                             args=["-Name", "v", "-Force"])
    assert host.stdout == "v True\n" and code == 2


def test_myinvocation_in_function():
    assert out('function Get-It { $MyInvocation.MyCommand.Name; $MyInvocation.InvocationName }; Get-It') == ["Get-It", "Get-It"]


def test_command_text_exit_code_follows_last_status():
    assert run('"ok"')[2] == 0
    assert run('Get-Nope')[2] == 1
    assert run('Get-Nope; "fine"')[2] == 0
