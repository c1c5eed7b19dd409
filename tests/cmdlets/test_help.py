"""Help built from cmdlet metadata: syntax notation, pages, topics, Get-Command."""
from __future__ import annotations

import cmdlets
import ems.help as H
from cmdlets.core import help as HC
from ems.runtime.cmdlet import SWITCH, Parameter, ParameterSetSpec
from tests.cmdlets.test_files_cmdlets import Runtime, run


class FakeSuspend:
    """Shaped like a Cmdlet class, but not one (so it is not registered)."""

    name = "Suspend-MailboxDatabaseCopy"
    parameters = (
        Parameter("Identity", "Microsoft.Exchange.Configuration.Tasks.DatabaseCopyIdParameter",
                  position=0, mandatory=True, pipeline=True),
        Parameter("ActivationOnly", SWITCH),
        Parameter("SuspendComment", "System.String"),
    )
    default_parameter_set = None
    supports_should_process = True
    synopsis = "Suspends replication to a database copy."
    description = "Long text."
    examples = (("Suspend-MailboxDatabaseCopy DB1\\MBX2", "Suspends the copy."),)
    output_type = None
    aliases = ()
    module = "Exchange"


class FakeSets:
    name = "Get-Thing"
    parameters = (
        Parameter("Identity", "System.String", position=0, sets=("Identity",)),
        Parameter("Server", "System.String[]", mandatory=True, sets=("Server",)),
        Parameter("Mode", "System.String", validate_set=("Fast", "Slow")),
        Parameter("Path", "System.String", sets=("Identity", "Server"),
                  per_set={"Identity": ParameterSetSpec(False, 1), "Server": ParameterSetSpec(True, 0)}),
    )
    default_parameter_set = "Identity"
    supports_should_process = False
    synopsis = ""
    description = ""
    examples = ()
    output_type = None
    aliases = ()
    module = "X"


def test_syntax_of_the_brief_example():
    assert H.syntax_lines(FakeSuspend) == [
        "Suspend-MailboxDatabaseCopy [-Identity] <DatabaseCopyIdParameter> [-ActivationOnly] "
        "[-SuspendComment <String>] [-Confirm] [-WhatIf] [<CommonParameters>]"]


def test_syntax_notation_per_set():
    assert H.syntax_lines(FakeSets) == [
        "Get-Thing [[-Identity] <String>] [[-Path] <String>] [-Mode {Fast | Slow}] [<CommonParameters>]",
        "Get-Thing [-Path] <String> -Server <String[]> [-Mode {Fast | Slow}] [<CommonParameters>]",
    ]


def test_short_type_names():
    assert H.short_type("System.String[]") == "String[]"
    assert H.short_type("System.Nullable[System.Int32]") == "Int32"
    assert H.short_type("Microsoft.Exchange.Data.Unlimited[System.UInt32]") == "Unlimited"


def test_help_page_sections():
    text = H.render_cmdlet_help(FakeSuspend)
    lines = text.split("\n")
    assert lines[:5] == ["", "NAME", "    Suspend-MailboxDatabaseCopy", "", "SYNOPSIS"]
    assert "SYNTAX" in lines and "DESCRIPTION" in lines and "RELATED LINKS" in lines
    assert '    To see the examples, type: "get-help Suspend-MailboxDatabaseCopy -examples".' in lines
    full = H.render_cmdlet_help(FakeSuspend, "full").split("\n")
    i = full.index("    -Identity <DatabaseCopyIdParameter>")
    assert full[i + 1:i + 8] == [
        "",
        "        Required?                    true",
        "        Position?                    0",
        "        Default value                None",
        "        Accept pipeline input?       True (ByValue)",
        "        Accept wildcard characters?  false",
        "",
    ]
    assert "    <CommonParameters>" in full and "INPUTS" in full and "OUTPUTS" in full
    ex = H.render_cmdlet_help(FakeSuspend, "examples").split("\n")
    assert "    -------------------------- EXAMPLE 1 --------------------------" in ex
    assert "    PS C:\\>Suspend-MailboxDatabaseCopy DB1\\MBX2" in ex


def test_partial_help_without_metadata():
    text = H.render_cmdlet_help(FakeSets)
    assert "Get-Help cannot find the Help files for this cmdlet on this computer." in text


def test_topics_exist():
    required = ["about_Exchange_Emulator", "about_Operators", "about_Variables", "about_Pipelines", "about_If",
                "about_Foreach", "about_Functions", "about_Try_Catch_Finally", "about_Shadow_Redundancy",
                "about_Database_Availability_Groups", "about_Exchange_Labs"]
    names = H.topic_names()
    for r in required:
        assert r in names
        text = H.read_topic(r)
        assert text.startswith("TOPIC\n    " + r) and H.topic_synopsis(r)


def test_get_help_cmdlet_and_alias():
    r = run(HC.GetHelp, Name="dir")
    assert r.out[0].Name == "Get-ChildItem" and "NAME\n    Get-ChildItem" in r.out[0].text
    r = run(HC.GetHelp, Name="Get-Content", Parameter="Tail")
    assert r.out[0].text.split("\n")[1] == "-Tail <Int32>"
    r = run(HC.GetHelp, Name="Get-Content", Parameter="Nope")
    assert r.errors == [("No parameter matches criteria Nope.", "InvalidArgument", "NoParmsFound")]
    r = run(HC.GetHelp, Name="about_if")
    assert r.out[0].Name == "about_If" and "TOPIC" in r.out[0].text


def test_get_help_wildcard_lists():
    r = run(HC.GetHelp, Name="*-Location")
    assert [(i.Name, i.Category) for i in r.out] == [("Get-Location", "Cmdlet"), ("Pop-Location", "Cmdlet"),
                                                    ("Push-Location", "Cmdlet"), ("Set-Location", "Cmdlet")]
    r = run(HC.GetHelp, Name="about_*")
    assert all(i.Category == "HelpFile" for i in r.out) and len(r.out) >= 11


def test_get_command():
    r = run(HC.GetCommand, Name=["Get-Content"])
    assert r.out[0].CommandType == "Cmdlet" and r.out[0].Definition.startswith("Get-Content [-Path]")
    r = run(HC.GetCommand, Noun=["*Location"], Verb=["Get"])
    assert [c.Name for c in r.out] == ["Get-Location"]
    r = run(HC.GetCommand, Name=["Nope-Thing"])
    assert r.errors[0][2] == "CommandNotFoundException"
    r = run(HC.GetCommand, Name=["gci"])
    assert r.out[0].CommandType == "Alias" and r.out[0].Definition == "Get-ChildItem"
    r = run(HC.GetCommand, Name=["Join-Path"], Syntax=True)
    assert r.out == ["\nJoin-Path [-Path] <String[]> [-ChildPath] <String> [-Resolve] [<CommonParameters>]\n"]


def test_every_registered_cmdlet_has_help():
    """Every cmdlet needs a synopsis, at least one example and a syntax line per parameter set."""
    offenders = []
    for name, cls in sorted(cmdlets.all_cmdlets().items()):
        if not cls.__module__.startswith("cmdlets."):
            continue  # classes that tests define for themselves
        problems = []
        if not cls.synopsis:
            problems.append("no synopsis")
        if not cls.examples:
            problems.append("no example")
        sets = H.parameter_sets(cls)
        lines = H.syntax_lines(cls)
        if len(lines) != len(sets) or not all(l.startswith(name) for l in lines):
            problems.append("syntax lines do not match the parameter sets")
        if problems:
            offenders.append(f"{name} ({cls.__module__}): {', '.join(problems)}")
    assert not offenders, "cmdlets without complete help:\n  " + "\n  ".join(offenders)


def test_function_help_and_syntax():
    from ems.runtime.engine import Engine
    from ems.runtime.host import BufferHost
    host = BufferHost()
    eng = Engine(host, None, cmdlets.all_cmdlets())
    eng.run_script("function Get-Sum($a, [int]$b) { $a + $b }\n"
                   "Get-Help Get-Sum\n"
                   "Get-Command Get-Sum -Syntax", None, as_file=False)
    assert "    Get-Sum [[-a] <Object>] [[-b] <Int32>]" in host.objects[0].text.split("\n")
    assert host.objects[1] == "\nGet-Sum [[-a] <Object>] [[-b] <Int32>]\n"
