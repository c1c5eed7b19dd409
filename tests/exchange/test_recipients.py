"""Recipient and move-request cmdlets on generated organizations (more mailboxes than the
built-in lab has): the real -ResultSize default of 1000 and its warning, grouping, -Server,
and the model effects of the cmdlets."""
from __future__ import annotations

import io

import pytest

from cmdlets.exchange.recipients import DEFAULT_SIZE_WARNING, MORE_RESULTS_WARNING

# The real text, as quoted from the console in public issue threads (e.g. Microsoft365DSC #1079,
# Office365GroupsReport #24): note "depending on", not "depending upon".
REAL_DEFAULT_WARNING = (
    'By default, only the first 1000 items are returned. Use the ResultSize parameter to specify the number '
    'of items returned. To return all items, specify "-ResultSize Unlimited". Be aware that, depending on the '
    'actual number of items, returning all items can take a long time and consume a large amount of memory. '
    "Also, we don't recommend storing the results in a variable. Instead, pipe the results to another task or "
    'script to perform batch changes.')


class Runner:
    def __init__(self, org):
        import ems.model.labs  # noqa: F401
        import ems.model.transport  # noqa: F401
        from cmdlets import all_cmdlets
        from ems.host.session import StreamHost
        from ems.runtime.engine import Engine

        self.org = org
        self.out, self.err = io.StringIO(), io.StringIO()
        self.host = StreamHost(self.out, self.err, width=120, interactive=False)
        self.engine = Engine(self.host, model=org, cmdlets=all_cmdlets())

    def run(self, script: str) -> tuple[str, str]:
        for s in (self.out, self.err):
            s.seek(0)
            s.truncate()
        self.engine.run_script(script, path=None, as_file=False)
        self.host.end_output()
        return self.out.getvalue(), self.err.getvalue()


@pytest.fixture(scope="module")
def big():
    from ems.model.generate import generate_org
    return Runner(generate_org(members=4, databases=8, mailboxes=1_100, copies=2))


def test_default_warning_is_the_real_text():
    assert DEFAULT_SIZE_WARNING == REAL_DEFAULT_WARNING


def test_get_mailbox_returns_1000_by_default_and_warns(big):
    out, err = big.run("(Get-Mailbox).Count")
    assert out.strip() == "1000"
    assert f"WARNING: {REAL_DEFAULT_WARNING}" in err
    assert err.count("WARNING:") == 1


def test_unlimited_returns_everything_without_warning(big):
    out, err = big.run("(Get-Mailbox -ResultSize Unlimited).Count")
    assert out.strip() == "1100"
    assert "WARNING" not in err


def test_explicit_result_size_warns_differently(big):
    out, err = big.run("(Get-Mailbox -ResultSize 10).Count")
    assert out.strip() == "10"
    assert MORE_RESULTS_WARNING in err
    assert "By default" not in err


def test_no_warning_when_everything_fits(big):
    out, err = big.run("(Get-Mailbox -ResultSize 1100).Count; (Get-Mailbox -Database DB001).Count")
    assert out.split() == ["1100", "138"]
    assert err == ""


def test_get_recipient_and_get_user_limit_too(big):
    out, err = big.run("(Get-Recipient).Count; (Get-User -ResultSize Unlimited).Count")
    assert out.split() == ["1000", "1100"]
    assert err.count("WARNING:") == 1


def test_group_by_database(big):
    out, err = big.run("Get-Mailbox -ResultSize Unlimited | Group-Object Database | "
                       "ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }")
    assert err == ""
    counts = dict(line.split("=") for line in out.split())
    assert len(counts) == 8
    assert sum(int(v) for v in counts.values()) == 1100


def test_get_mailbox_server_follows_the_active_copies(big):
    out, _ = big.run("(Get-Mailbox -Server MBX01 -ResultSize Unlimited).Count")
    org = big.org
    expected = sum(len(db.mailboxes) for db in org.databases if (db.active_server or "").lower() == "mbx01")
    assert int(out) == expected > 0


def test_statistics_by_server_and_database(big):
    out, err = big.run("(Get-MailboxStatistics -Database DB002).Count; "
                       "(Get-MailboxStatistics -Server MBX02 | Measure-Object).Count")
    db2, srv = out.split()
    assert int(db2) == len(big.org.databases["DB002"].mailboxes)
    assert int(srv) == sum(len(db.mailboxes) for db in big.org.databases
                           if (db.active_server or "").lower() == "mbx02")


def test_dismounted_database_statistics_error():
    from ems.model.load import load_default
    r = Runner(load_default())
    out, err = r.run("Dismount-Database DB02 -Confirm:$false; Get-MailboxStatistics user11")
    assert "The database isn't mounted or can't be connected to." in err


def test_remove_mailbox_drops_its_move_request():
    from ems.model.load import load_default
    r = Runner(load_default())
    r.run("New-MoveRequest user01 -TargetDatabase DB02 | Out-Null; Remove-Mailbox user01 -Confirm:$false")
    assert "user01" not in r.org.mailboxes
    assert "user01" not in r.org.move_requests
    out, err = r.run("(Get-MoveRequest).Count")
    assert out.strip() == "0" and err == ""


def test_move_completes_and_reindexes_the_database():
    from ems.model.load import load_default
    r = Runner(load_default())
    r.run("New-MoveRequest user02 -TargetDatabase DB05 | Out-Null; Step-LabClock -Hours 1 | Out-Null")
    org = r.org
    assert "user02" in org.databases["DB05"].mailboxes
    assert "user02" not in org.databases["DB01"].mailboxes
    out, _ = r.run("(Get-Mailbox -Database DB05 | Where-Object { $_.Name -eq 'user02' }).ServerName")
    assert out.strip() == (org.databases["DB05"].active_server or "").lower()


def test_rename_and_alias_keep_the_indexes():
    from ems.model.load import load_default
    r = Runner(load_default())
    out, err = r.run("Set-Mailbox user03 -Name user03b -Alias u3; (Get-Mailbox u3).Name; (Get-Mailbox user03b).Alias;"
                     "(Get-Mailbox -Database DB01 | Where-Object { $_.Alias -eq 'u3' }).Name")
    assert err == ""
    assert out.split() == ["user03b", "u3", "user03b"]
    out, err = r.run("Set-Mailbox user04 -Alias u3")
    assert 'The alias "u3" is already being used.' in err


def test_secure_string_round_trip():
    from ems.model.load import load_default
    r = Runner(load_default())
    out, err = r.run('$e = ConvertTo-SecureString "s3cret" -AsPlainText -Force | ConvertFrom-SecureString; '
                     '$s = ConvertTo-SecureString $e; (New-Object System.Management.Automation.PSCredential '
                     '"u", $s).GetNetworkCredential().Password')
    if "New-Object" in err:  # PSCredential construction may not be shimmed; check the length instead
        out, err = r.run('$e = ConvertTo-SecureString "s3cret" -AsPlainText -Force | ConvertFrom-SecureString; '
                         '(ConvertTo-SecureString $e).Length')
        assert out.strip() == "6"
    else:
        assert out.strip() == "s3cret"
