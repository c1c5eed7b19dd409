"""Session state: automatic and preference variables, environment, scopes, variable options."""
from tests.runtime.test_eval_support import make_engine, out, run


def test_environment_is_emulated():
    assert out('$env:USERNAME; $env:USERDOMAIN; $env:ExchangeInstallPath; $env:computername -ne $null') == [
        "Administrator", "CONTOSO", "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\", "True"]


def test_environment_can_be_set_and_removed():
    assert out('$env:MYVAR = "x"; $env:myvar; $env:MYVAR = $null; $null -eq $env:MYVAR') == ["x", "True"]


def test_preference_variables_defaults():
    assert out('$ErrorActionPreference; $VerbosePreference; $ConfirmPreference; $WhatIfPreference; '
               '$FormatEnumerationLimit; $OFS -eq " "') == ["Continue", "SilentlyContinue", "High", "False", "4", "True"]


def test_version_table_and_host():
    assert out('$PSVersionTable.PSVersion.Major; $Host.Name; $Host.UI.RawUI.WindowSize.Width') == ["5", "ConsoleHost", "120"]


def test_exchange_variables():
    assert out('$exscripts; $exbin') == ["C:\\Program Files\\Microsoft\\Exchange Server\\V14\\scripts",
                                         "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\bin"]


def test_error_list_newest_first():
    assert out('Get-A 2>$null; Get-B 2>$null; $Error.Count; $Error[0].TargetObject') == ["2", "Get-B"]


def test_local_private_and_numbered_scopes():
    assert out('$x = "g"; function f { $private:p = 1; $local:x = "l"; g }; function g { "x=$x p=$p" }; f') == ["x=l p="]


def test_allscope_variable_visible_and_shared():
    assert out('New-Variable -Name shared -Value 1 -Option AllScope; function f { $shared = 2 }; f; $shared') == ["2"]


def test_psboundparameters_and_remaining_arguments():
    text = ('function f { [CmdletBinding()] param($A, [Parameter(ValueFromRemainingArguments=$true)]$Rest) '
            '$PSBoundParameters.ContainsKey("A"); $PSBoundParameters.Count; $Rest -join "," }\n'
            'f -A 1 x y')
    assert out(text) == ["True", "2", "x,y"]


def test_advanced_function_verbose_and_erroraction_become_local_preferences():
    text = ('function f { [CmdletBinding()] param() Write-Verbose "v"; $VerbosePreference }\n'
            'f -Verbose; f')
    assert out(text) == ["VERBOSE: v", "Continue", "SilentlyContinue"]


def test_parameter_sets_in_advanced_function():
    text = ('function f { [CmdletBinding(DefaultParameterSetName="ByName")] param('
            '[Parameter(ParameterSetName="ByName", Position=0)]$Name, [Parameter(ParameterSetName="ById")][int]$Id) '
            '$PSCmdlet.ParameterSetName }\n'
            'f x; f -Id 3; f')
    assert out(text) == ["ByName", "ById", "ByName"]


def test_function_drive_and_variable_drive():
    assert out('function hi { "hi" }; ${function:hi}.ToString().Trim(); $v = 3; $variable:v') == ['"hi"', "3"]


def test_call_depth_limit_is_configurable():
    engine, host = make_engine()
    engine.context.max_call_depth = 10
    engine.run_script('function d($n) { if ($n -gt 0) { d ($n - 1) } }; d 5; "ok"; d 20', as_file=False)
    assert host.stdout == "ok\n"
    assert "The script failed due to call depth overflow." in host.stderr


def test_now_is_the_fixed_clock_without_model():
    engine, _ = make_engine()
    assert engine.context.now().year == 2010


def test_invoke_command_from_python():
    engine, _ = make_engine()
    ctx = engine.context
    assert ctx.invoke_command("Select-Object", named={"First": 2}, input=[1, 2, 3]) == [1, 2]
    engine.run_script("function triple($a) { $a * 3 }", as_file=False)
    assert ctx.invoke_command("triple", [4]) == [12]
    sb = ctx.create_scriptblock("param($x) $x + 1")
    assert ctx.invoke_scriptblock(sb, [1]) == [2]


def test_session_extras_is_a_field_of_the_context():
    from ems.runtime.context import CORE_SNAPINS, ExecutionContext, SessionExtras
    from ems.runtime.host import BufferHost
    ctx = ExecutionContext(BufferHost())
    assert isinstance(ctx.session_extras, SessionExtras)
    assert ctx.session_extras.modules == {} and ctx.session_extras.transcript is None
    assert ctx.session_extras.snapins == list(CORE_SNAPINS)
