"""Random sequences of the DAG cmdlets, run through one shell session, never break Active
Manager's invariants (exactly one active copy per database; nothing mounted on a stopped
server) and never leak a Python exception to the user."""
from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ems.host.session import Session

SERVERS = ("E1401", "E1402", "E1403")
DBS = ("DB01", "DB02", "DB03", "DB04", "DB05", "DB06")

server = st.sampled_from(SERVERS)
db = st.sampled_from(DBS)
command = st.one_of(
    st.builds(lambda d, s: f"Suspend-MailboxDatabaseCopy {d}\\{s} -Confirm:$false", db, server),
    st.builds(lambda d, s: f"Suspend-MailboxDatabaseCopy {d}\\{s} -ActivationOnly -Confirm:$false", db, server),
    st.builds(lambda s: f"Get-MailboxDatabaseCopyStatus -Server {s} | Resume-MailboxDatabaseCopy", server),
    st.builds(lambda d, s: f"Move-ActiveMailboxDatabase {d} -ActivateOnServer {s}", db, server),
    st.builds(lambda s: f"Move-ActiveMailboxDatabase -Server {s}", server),
    st.builds(lambda s: f"Stop-LabServer {s}", server),
    st.builds(lambda s: f"Start-LabServer {s}", server),
    st.builds(lambda s: f"Get-Service -ComputerName {s} MSExchangeIS | Stop-Service", server),
    st.builds(lambda s: f"Get-Service -ComputerName {s} MSExchangeIS | Start-Service", server),
    st.builds(lambda s, p: f"Set-MailboxServer {s} -DatabaseCopyAutoActivationPolicy {p}", server,
              st.sampled_from(("Blocked", "Unrestricted"))),
    st.builds(lambda d: f"Dismount-Database {d} -Confirm:$false", db),
    st.builds(lambda d: f"Mount-Database {d}", db),
    st.builds(lambda m: f"Step-LabClock -Minutes {m}", st.integers(0, 30)),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(command, min_size=1, max_size=12))
def test_random_cmdlet_sequences_keep_the_invariants(commands):
    out, err = io.StringIO(), io.StringIO()
    s = Session.create(out, err, location="C:\\Windows\\system32")
    for c in commands:
        s.run_command(c)
        org = s.engine.context.model
        assert org.am.check_invariants() == [], (c, org.am.check_invariants())
    assert "InternalEmulator" not in err.getvalue(), err.getvalue()
