"""The completer on parsed contexts: no terminal, a real engine, a stand-in organization."""
from __future__ import annotations

import pytest

from ems.host.completion import Completer, common_prefix, quote_if_needed
from ems.runtime.cmdlet import Cmdlet, Parameter, SWITCH
from ems.runtime.engine import Engine
from ems.runtime.host import BufferHost


class _Named:
    def __init__(self, name, **kw):
        self.name = name
        self.__dict__.update(kw)


class _Copy:
    def __init__(self, server):
        self.server_name = server


class FakeOrg:
    """The little of the organization's API the completer reads (see ems/model/org.py)."""

    def __init__(self):
        self.servers = [_Named("EX01", exchange=True), _Named("EX02", exchange=True),
                        _Named("DC01", exchange=False)]
        self.databases = [_Named("DB01", copy_list=[_Copy("EX01"), _Copy("EX02")]),
                          _Named("DB02", copy_list=[_Copy("EX02")])]
        self.dags = [_Named("DAG1")]
        self.mailboxes = [_Named("Alice Smith"), _Named("Bob")]


class GetMailboxDatabaseCopyStatusStub(Cmdlet):
    name = "Get-MailboxDatabaseCopyStatus"
    parameters = (
        Parameter("Identity", "Microsoft.Exchange.Configuration.Tasks.DatabaseCopyIdParameter",
                  position=0, sets=("Identity",)),
        Parameter("Server", "Microsoft.Exchange.Configuration.Tasks.MailboxServerIdParameter",
                  sets=("Server",)),
        Parameter("Active", SWITCH),
    )
    default_parameter_set = "Identity"


class MountDatabaseStub(Cmdlet):
    name = "Mount-Database"
    parameters = (
        Parameter("Identity", "Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter", position=0),
        Parameter("AcceptDataLoss", SWITCH),
        Parameter("Force", SWITCH),
    )
    supports_should_process = True


class MoveActiveStub(Cmdlet):
    name = "Move-ActiveMailboxDatabase"
    parameters = (
        Parameter("Identity", "Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter", position=0),
        Parameter("ActivateOnServer", "Microsoft.Exchange.Configuration.Tasks.MailboxServerIdParameter",
                  position=1),
        Parameter("MountDialOverride", "Microsoft.Exchange.Data.Directory.SystemConfiguration.DatabaseMountDialOverride",
                  enum_values=("None", "Lossless", "GoodAvailability", "BestAvailability", "BestEffort")),
        Parameter("SkipClientExperienceChecks", SWITCH),
        Parameter("DatabaseAvailabilityGroup", "DatabaseAvailabilityGroupIdParameter"),
        Parameter("Mailbox", "MailboxIdParameter"),
        Parameter("Enabled", "System.Boolean"),
    )


@pytest.fixture(scope="module")
def completer():
    from cmdlets import all_cmdlets

    cmdlets = dict(all_cmdlets())
    for cls in (GetMailboxDatabaseCopyStatusStub, MountDatabaseStub, MoveActiveStub):
        cmdlets[cls.name] = cls
    host = BufferHost()
    engine = Engine(host, model=None, cmdlets=cmdlets)
    engine.run_interactive_line(
        "$ErrorCount = 3; $db = Get-Date; $list = @((Get-Date), (Get-Date)); "
        "function Test-Thing { [CmdletBinding(SupportsShouldProcess)] param([string]$Name, [bool]$Flag, "
        "[ValidateSet('One','Two')][string]$Choice) }")
    assert host.stderr == ""
    return Completer(engine, FakeOrg())


def texts(completer, text, cursor=None):
    return completer.complete(text, cursor).texts


def test_command_names(completer):
    assert texts(completer, "Get-MailboxDatabaseCopyS") == ["Get-MailboxDatabaseCopyStatus"]
    res = completer.complete("Get-MailboxDatabaseCopyS")
    assert (res.start, res.end) == (0, len("Get-MailboxDatabaseCopyS"))


def test_command_names_include_functions_and_aliases(completer):
    assert "Test-Thing" in texts(completer, "Test-Th")
    assert "gci" in texts(completer, "gc")
    assert texts(completer, "*DatabaseCopyS*") == ["Get-MailboxDatabaseCopyStatus"]


def test_command_in_nested_positions(completer):
    assert texts(completer, "$a = Get-MailboxDatabaseCopyS") == ["Get-MailboxDatabaseCopyStatus"]
    assert texts(completer, "1 | Mount-Data") == ["Mount-Database"]
    assert texts(completer, "if ($x) { Mount-Data") == ["Mount-Database"]


def test_parameter_names(completer):
    assert texts(completer, "Get-MailboxDatabaseCopyStatus -Ser") == ["-Server"]
    res = completer.complete("Get-MailboxDatabaseCopyStatus -Ser")
    assert res.start == len("Get-MailboxDatabaseCopyStatus ")


def test_common_parameters(completer):
    assert texts(completer, "Mount-Database -Err") == ["-ErrorAction", "-ErrorVariable"]
    assert "-WhatIf" in texts(completer, "Mount-Database -")
    assert "-Confirm" in texts(completer, "Mount-Database -Co")
    # no ShouldProcess: no -WhatIf
    assert "-WhatIf" not in texts(completer, "Get-MailboxDatabaseCopyStatus -")


def test_parameters_after_other_arguments_and_through_alias(completer):
    assert texts(completer, "Mount-Database DB01 -Acc") == ["-AcceptDataLoss"]
    assert texts(completer, "Get-ChildItem -Recu") == ["-Recurse"]
    assert texts(completer, "gci -Recu") == ["-Recurse"]


def test_parameters_of_a_function(completer):
    assert texts(completer, "Test-Thing -Fl") == ["-Flag"]
    assert "-WhatIf" in texts(completer, "Test-Thing -W")


def test_parameter_of_inner_command(completer):
    assert texts(completer, "Get-ChildItem (Mount-Database -Fo") == ["-Force"]
    assert texts(completer, "Mount-Database (Get-Date) -Fo") == ["-Force"]


def test_server_values(completer):
    assert texts(completer, "Get-MailboxDatabaseCopyStatus -Server ") == ["EX01", "EX02"]
    assert texts(completer, "Get-MailboxDatabaseCopyStatus -Server ex0") == ["EX01", "EX02"]
    assert texts(completer, "Get-MailboxDatabaseCopyStatus -Server EX02") == ["EX02"]


def test_database_copy_values(completer):
    assert texts(completer, "Get-MailboxDatabaseCopyStatus -Identity DB01") == ["DB01\\EX01", "DB01\\EX02"]
    # positional: the first bare argument binds Identity
    assert texts(completer, "Get-MailboxDatabaseCopyStatus DB0") == ["DB01\\EX01", "DB01\\EX02", "DB02\\EX02"]


def test_database_values_positional_and_named(completer):
    assert texts(completer, "Mount-Database ") == ["DB01", "DB02"]
    assert texts(completer, "Move-ActiveMailboxDatabase DB01 E") == ["EX01", "EX02"]
    assert texts(completer, "Move-ActiveMailboxDatabase -Identity DB01 E") == ["EX01", "EX02"]


def test_dag_and_mailbox_values_are_quoted_when_needed(completer):
    assert texts(completer, "Move-ActiveMailboxDatabase -DatabaseAvailabilityGroup ") == ["DAG1"]
    assert texts(completer, "Move-ActiveMailboxDatabase -Mailbox Al") == ["'Alice Smith'"]
    assert texts(completer, "Move-ActiveMailboxDatabase -Mailbox 'Al") == ["'Alice Smith'"]


def test_enum_values(completer):
    assert texts(completer, "Move-ActiveMailboxDatabase -MountDialOverride ") == [
        "None", "Lossless", "GoodAvailability", "BestAvailability", "BestEffort"]
    assert texts(completer, "Move-ActiveMailboxDatabase -MountDialOverride:Go") == ["GoodAvailability"]
    assert texts(completer, "Write-Host -ForegroundColor Yel") == ["Yellow"]
    assert texts(completer, "Test-Thing -Choice ") == ["One", "Two"]


def test_boolean_values(completer):
    assert texts(completer, "Move-ActiveMailboxDatabase -Enabled ") == ["$true", "$false"]
    assert "$false" in texts(completer, "Move-ActiveMailboxDatabase -Enabled $f")
    assert texts(completer, "Mount-Database -Confirm:") == ["$true", "$false"]
    assert texts(completer, "Test-Thing -Flag ") == ["$true", "$false"]


def test_switch_takes_no_value(completer):
    # after a switch, the next word is positional (Identity), not the switch's value
    assert texts(completer, "Mount-Database -Force DB") == ["DB01", "DB02"]


def test_variables(completer):
    assert texts(completer, "$Err") == ["$Error", "$ErrorActionPreference", "$ErrorCount", "$ErrorView"]
    assert texts(completer, "Write-Output $ErrorC") == ["$ErrorCount"]
    assert texts(completer, "$env:COMPUTERN") == ["$env:COMPUTERNAME"]
    assert "$global:" not in texts(completer, "$Err")


def test_members(completer):
    assert texts(completer, "$db.DayOfW") == ["DayOfWeek"]
    assert texts(completer, "$db.AddDa") == ["AddDays("]
    res = completer.complete("$db.DayOfW")
    assert res.start == 4
    assert "Date" in texts(completer, "$db.")
    # a chain of properties, and member enumeration on a collection
    assert texts(completer, "$db.Date.DayOfW") == ["DayOfWeek"]
    assert texts(completer, "$list.DayOfW") == ["DayOfWeek"]
    assert texts(completer, "$nosuchvariable.Foo") == []


def test_paths(completer):
    assert texts(completer, "Get-ChildItem C:\\Win") == ["C:\\Windows"]
    assert texts(completer, "Get-ChildItem C:\\Windows\\sys") == ["C:\\Windows\\system32"]
    assert "'C:\\Program Files'" in texts(completer, "cd C:\\Prog")


def test_host_paths_and_paths_under_a_variable(completer, tmp_path):
    (tmp_path / "alpha1.txt").write_text("x")
    (tmp_path / "alpha2.txt").write_text("x")
    (tmp_path / "beta.txt").write_text("x")
    assert texts(completer, f"Get-Content {tmp_path}/al") == [f"{tmp_path}/alpha1.txt", f"{tmp_path}/alpha2.txt"]
    completer.engine.run_interactive_line(f"$hostdir = '{tmp_path}'")
    res = completer.complete("Get-Content $hostdir/be")
    assert res.texts == ["/beta.txt"]
    assert res.start == len("Get-Content $hostdir")  # the variable stays as typed


def test_operators(completer):
    assert "-eq" in texts(completer, "$a -e")
    assert "-like" in texts(completer, "$a -li")


def test_cursor_in_the_middle(completer):
    text = "Mount-Data | Out-Null"
    res = completer.complete(text, cursor=len("Mount-Data"))
    assert res.texts == ["Mount-Database"]
    assert (res.start, res.end) == (0, len("Mount-Data"))


def test_nothing_raises(completer):
    for text in ["", " ", "$", "'unterminated", "Get-Foo -", "(((", "}{", "@{a=", "\"$(", "-"]:
        completer.complete(text)


def test_helpers():
    assert quote_if_needed("DB01") == "DB01"
    assert quote_if_needed("Alice Smith") == "'Alice Smith'"
    assert quote_if_needed("O'Neil x") == "'O''Neil x'"
    assert common_prefix(["DarkBlue", "darkGreen"]) == "Dark"
