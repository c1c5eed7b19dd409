"""The parameter binder on Cmdlet subclasses declared for these tests."""
from ems.runtime.cmdlet import ALL_SETS, SWITCH, Cmdlet, Parameter
from ems.runtime.conversion import to_string
from ems.runtime.binder import register_parameter_type
from tests.runtime import test_eval_support as support


class GetThing(Cmdlet):
    name = "Get-Thing"
    parameters = (
        Parameter("Identity", "System.String", position=0, pipeline=True, sets=("Identity",)),
        Parameter("Database", "Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter", sets=("Database",),
                  mandatory=True),
        Parameter("Count", "System.Int32"),
        Parameter("Mode", "Microsoft.Exchange.Data.ThingMode", enum_values=("Fast", "Slow")),
        Parameter("Tags", "System.String[]"),
        Parameter("Force", SWITCH),
        Parameter("Size", "Test.Size"),
        Parameter("Kind", "System.String", validate_set=("a", "b")),
    )
    default_parameter_set = "Identity"

    def process(self):
        parts = [f"set={self.parameter_set_name}"]
        for p in self.parameters:
            v = getattr(self, p.name)
            if v not in (None, False):
                parts.append(f"{p.name}={to_string(v)}")
        self.write_object(" ".join(parts))


class RemoveThing(Cmdlet):
    name = "Remove-Thing"
    parameters = (Parameter("Identity", "System.String", position=0, mandatory=True, pipeline=True,
                            pipeline_by_name=True, aliases=("Name",)),)
    supports_should_process = True
    confirm_impact = "High"

    def process(self):
        if self.should_process(self.Identity, "Remove Thing"):
            self.write_object(f"removed {self.Identity}")


class SetThing(Cmdlet):
    name = "Set-Thing"
    parameters = (Parameter("Identity", "System.String", position=0, mandatory=True),)
    supports_should_process = True
    confirm_impact = "Medium"

    def process(self):
        # Exchange style: the whole message as the target, no action
        if self.should_process(f'Setting thing "{self.Identity}".'):
            self.write_object(f"set {self.Identity}")


class FailThing(Cmdlet):
    name = "Fail-Thing"
    parameters = (Parameter("Message", "System.String", position=0),
                  Parameter("Terminate", SWITCH))

    def process(self):
        if self.Terminate:
            self.throw_terminating_error(self.Message or "fatal", "InvalidOperation", "FatalThing")
        self.write_error(self.Message or "oops", "ObjectNotFound", "ThingNotFound", target="T1")
        self.write_object("after error")


class WarnThing(Cmdlet):
    name = "Warn-Thing"

    def process(self):
        self.write_warning("careful")
        self.write_verbose("chatty")
        self.write_debug("details")
        self.write_object("done")


CMDLETS = {c.name: c for c in (GetThing, RemoveThing, SetThing, FailThing, WarnThing)}


def run(text, inputs=None):
    return support.run(text, inputs=inputs, cmdlets=CMDLETS)


def out(text, **kw):
    return support.out(text, cmdlets=CMDLETS, **kw)


def test_named_positional_prefix_and_colon():
    assert out("Get-Thing x -Cou 3 -Force -Mode:slow") == ["set=Identity Identity=x Count=3 Mode=Slow Force=True"]


def test_switch_false_and_comma_arrays():
    assert out("Get-Thing x -Force:$false -Tags a,b") == ["set=Identity Identity=x Tags=a b"]


def test_scalar_to_array_and_int_from_string():
    assert out("Get-Thing x -Tags one -Count '7'") == ["set=Identity Identity=x Count=7 Tags=one"]


def test_exchange_type_passes_through_and_selects_set():
    assert out("Get-Thing -Database DB01") == ["set=Database Database=DB01"]


def test_registered_parameter_type_converter():
    register_parameter_type("Test.Size", lambda v, ctx: f"<{to_string(v)} bytes>")
    assert out("Get-Thing x -Size 10") == ["set=Identity Identity=x Size=<10 bytes>"]


def test_named_parameter_not_found():
    _, err, _ = run("Get-Thing x -Bogus 1")
    assert "Get-Thing : A parameter cannot be found that matches parameter name 'Bogus'." in err
    assert "+ CategoryInfo          : InvalidArgument: (:) [Get-Thing], ParameterBindingException" in err
    assert "+ FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.GetThingCommand" in err


def test_ambiguous_parameter():
    _, err, _ = run("Get-Thing x -D 1 -Da 2")
    # -D matches -Database and -Debug
    assert "Parameter cannot be processed because the parameter name 'D' is ambiguous. Possible matches include: -Database -Debug." in err
    assert "AmbiguousParameter,Microsoft.PowerShell.Commands.GetThingCommand" in err


def test_positional_not_found():
    _, err, _ = run("Get-Thing x y")
    assert "A positional parameter cannot be found that accepts argument 'y'." in err
    assert "PositionalParameterNotFound,Microsoft.PowerShell.Commands.GetThingCommand" in err


def test_missing_argument():
    _, err, _ = run("Get-Thing x -Count")
    assert "Missing an argument for parameter 'Count'. Specify a parameter of type 'System.Int32' and try again." in err
    assert "MissingArgument,Microsoft.PowerShell.Commands.GetThingCommand" in err


def test_conversion_error():
    _, err, _ = run("Get-Thing x -Count abc")
    assert ("Cannot bind parameter 'Count'. Cannot convert value \"abc\" to type \"System.Int32\". "
            "Error: \"Input string was not in a correct format.\"") in err
    assert "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetThingCommand" in err


def test_enum_error_lists_values():
    _, err, _ = run("Get-Thing x -Mode Medium")
    assert ('Cannot bind parameter \'Mode\'. Cannot convert value "Medium" to type "Microsoft.Exchange.Data.ThingMode" '
            'due to invalid enumeration values. Specify one of the following enumeration values and try again. '
            'The possible enumeration values are "Fast, Slow".') in err


def test_validate_set_error():
    _, err, _ = run("Get-Thing x -Kind c")
    assert ("Cannot validate argument on parameter 'Kind'. The argument \"c\" does not belong to the set \"a,b\" "
            "specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command "
            "again.") in err
    assert "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetThingCommand" in err


def test_ambiguous_parameter_set():
    _, err, _ = run("Get-Thing -Identity x -Database d")
    assert "Parameter set cannot be resolved using the specified named parameters." in err
    assert "AmbiguousParameterSet,Microsoft.PowerShell.Commands.GetThingCommand" in err


def test_missing_mandatory_noninteractive():
    _, err, _ = run("Remove-Thing -Confirm:$false")
    assert "Cannot process command because of one or more missing mandatory parameters: Identity." in err
    assert "MissingMandatoryParameter,Microsoft.PowerShell.Commands.RemoveThingCommand" in err


def test_missing_mandatory_prompts_when_interactive():
    stdout, err, _ = run("Remove-Thing -Confirm:$false", inputs=["abc"])
    assert "Supply values for the following parameters:" in stdout
    assert "Identity: abc" in stdout
    assert "removed abc" in stdout


def test_pipeline_by_value_and_by_property_name():
    assert out("'a','b' | Get-Thing") == ["set=Identity Identity=a", "set=Identity Identity=b"]
    assert out("[pscustomobject]@{Name='n1'} | Remove-Thing -Confirm:$false") == ["removed n1"]


def test_input_object_not_bound():
    stdout, err, _ = run("1 | Set-Thing x -Confirm:$false")
    assert "The input object cannot be bound to any parameters for the command either because the command does " \
           "not take pipeline input or the input and its properties do not match any of the parameters that take " \
           "pipeline input." in err
    assert "InputObjectNotBound,Microsoft.PowerShell.Commands.SetThingCommand" in err


def test_whatif_text_both_styles():
    assert out("Remove-Thing a -WhatIf; Set-Thing b -WhatIf") == [
        'What if: Performing the operation "Remove Thing" on target "a".',
        'What if: Setting thing "b".']


def test_whatif_preference():
    assert out("$WhatIfPreference = $true; Set-Thing b; Set-Thing c -WhatIf:$false") == [
        'What if: Setting thing "b".', "set c"]


def test_confirm_impact_high_asks_and_yes_to_all_is_remembered():
    stdout, err, _ = run("'a','b','c' | Remove-Thing", inputs=["A"])
    assert err == ""
    assert stdout.count("Are you sure you want to perform this action?") == 1
    assert 'Performing the operation "Remove Thing" on target "a".' in stdout
    assert '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"):' in stdout
    assert stdout.splitlines()[-3:] == ["removed a", "removed b", "removed c"]


def test_confirm_no_and_no_to_all():
    stdout, _, _ = run("'a','b','c' | Remove-Thing", inputs=["N", "L"])
    assert "removed" not in stdout
    assert stdout.count("Confirm") == 2


def test_confirm_switch_on_medium_impact():
    stdout, _, _ = run("Set-Thing x -Confirm", inputs=["Y"])
    assert 'Setting thing "x".' in stdout and stdout.rstrip().endswith("set x")
    assert out("Set-Thing y") == ["set y"]


def test_confirm_noninteractive_is_an_error():
    stdout, err, _ = run("Remove-Thing a")
    assert "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available." in err
    assert "removed" not in stdout


def test_error_action_matrix():
    assert out("Fail-Thing -ErrorAction SilentlyContinue; $?; $Error.Count") == ["after error", "False", "1"]
    assert out("Fail-Thing -ErrorAction Ignore; $Error.Count") == ["after error", "0"]
    assert out("try { Fail-Thing -ErrorAction Stop } catch { 'caught ' + $_.FullyQualifiedErrorId }") == [
        "caught ThingNotFound,Microsoft.PowerShell.Commands.FailThingCommand"]
    assert out("$ErrorActionPreference = 'Stop'; try { Fail-Thing } catch { 'caught' }") == ["caught"]
    stdout, err, _ = run("Fail-Thing")
    assert stdout == "after error\n"
    assert err.startswith("Fail-Thing : oops\n")
    assert "+ CategoryInfo          : ObjectNotFound: (T1:String) [Fail-Thing], Exception" in err
    assert "+ FullyQualifiedErrorId : ThingNotFound,Microsoft.PowerShell.Commands.FailThingCommand" in err


def test_error_variable():
    assert out("Fail-Thing -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count; $ev[0].Exception.Message; "
               "Fail-Thing x -ErrorVariable +ev -ErrorAction SilentlyContinue; $ev.Count") == [
        "after error", "1", "oops", "after error", "2"]


def test_stop_ends_script_when_uncaught():
    stdout, err, code = run("Fail-Thing -ErrorAction Stop; 'not reached'")
    assert "not reached" not in stdout and code == 1 and "oops" in err


def test_terminating_error_ends_only_the_statement():
    stdout, err, code = run("Fail-Thing boom -Terminate; 'next'")
    assert stdout == "next\n" and "Fail-Thing : boom" in err and "FatalThing,Microsoft.PowerShell.Commands.FailThingCommand" in err and code == 0


def test_warning_verbose_debug_streams():
    stdout, _, _ = run("Warn-Thing; $DebugPreference = 'Continue'; Warn-Thing -Verbose -WarningAction SilentlyContinue")
    assert stdout.splitlines() == ["WARNING: careful", "done", "VERBOSE: chatty", "DEBUG: details", "done"]
    # -Debug means Inquire in Windows PowerShell: the message, then a question a non-interactive host cannot ask
    stdout, err, _ = run("Warn-Thing -Debug -WarningAction SilentlyContinue")
    assert "DEBUG: details" in stdout and "done" not in stdout
    assert "Warn-Thing : Windows PowerShell is in NonInteractive mode." in err
    assert out("$VerbosePreference = 'Continue'; Warn-Thing 3>$null") == ["VERBOSE: chatty", "done"]


def test_warning_variable_and_merge():
    assert out("Warn-Thing -WarningVariable wv 3>$null; $wv.Count") == ["done", "1"]
    assert out("$r = Warn-Thing 3>&1; $r.Count; $r[0].Message") == ["2", "careful"]


def test_out_variable():
    assert out("Get-Thing x -OutVariable ov > $null; $ov.Count; $ov[0]") == ["1", "set=Identity Identity=x"]


def test_error_action_by_number():
    assert out("Fail-Thing -ea 0; $?") == ["after error", "False"]
    assert out("try { Fail-Thing -ErrorAction 1 } catch { 'stopped' }") == ["stopped"]


def test_stop_preference_ends_script_on_statement_errors():
    stdout, err, code = run("$ErrorActionPreference = 'Stop'; Get-Nope; 'not here'")
    assert stdout == "" and code == 1 and "Get-Nope" in err


def test_single_element_into_array_is_not_a_conversion():
    from ems.runtime.binder import converter_for
    c = converter_for("System.String[]")
    assert c.accepts("x") and c.accepts(["x", "y"])
    assert not c.accepts(5) and not c.accepts([1])


class CopyThing(Cmdlet):
    name = "Copy-Thing"
    parameters = (
        Parameter("Path", "System.String[]", position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  sets=("Path",)),
        Parameter("LiteralPath", "System.String[]", mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("LiteralPath",)),
    )
    default_parameter_set = "Path"

    def process(self):
        self.write_object(f"{self.parameter_set_name}={to_string(self.Path or self.LiteralPath)}")


def test_by_property_name_without_conversion_beats_by_value_with_conversion():
    assert support.out("[pscustomobject]@{PSPath='C:\\a\\b.log'} | Copy-Thing; 'c.log' | Copy-Thing",
                       cmdlets={"Copy-Thing": CopyThing}) == ["LiteralPath=C:\\a\\b.log", "Path=c.log"]



class NullThing(Cmdlet):
    name = "Null-Thing"
    parameters = (Parameter("Value", "System.String", position=0, mandatory=True, allow_null=True,
                            allow_empty_string=True),
                  Parameter("Strict", "System.String", mandatory=True))

    def process(self):
        self.write_object(f"[{to_string(self.Value)}]")


def test_allow_null_and_empty_string_on_cmdlet_parameters():
    stdout, stderr, _ = support.run("Null-Thing $null -Strict a; Null-Thing '' -Strict a; Null-Thing x -Strict ''",
                                    cmdlets={"Null-Thing": NullThing})
    assert stdout.splitlines() == ["[]", "[]"]
    assert "Cannot bind argument to parameter 'Strict' because it is an empty string." in stderr
