"""Hypothesis: Active Manager invariants under random switchovers, suspends, failures and clock steps.

Decided invariants (activemanager.py docstring):
* exactly one active copy per database, always (when every copy is down it stays on the failed
  server and the database is not mounted);
* no database is mounted on a stopped server or a server whose store is stopped;
* a database that is down without an administrator's dismount has no copy that automatic
  activation could use.
"""
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ems.model import faults, persist
from ems.model.errors import ModelError
from ems.model.load import load_default

SERVERS = ["E1401", "E1402", "E1403"]
DBS = [f"DB0{i}" for i in range(1, 7)]

op = st.one_of(
    st.tuples(st.just("move"), st.sampled_from(DBS), st.sampled_from(SERVERS + [None]), st.booleans(), st.booleans()),
    st.tuples(st.just("move_all"), st.sampled_from(SERVERS)),
    st.tuples(st.just("suspend"), st.sampled_from(DBS), st.sampled_from(SERVERS), st.booleans()),
    st.tuples(st.just("resume"), st.sampled_from(DBS), st.sampled_from(SERVERS)),
    st.tuples(st.just("crash"), st.sampled_from(SERVERS)),
    st.tuples(st.just("start"), st.sampled_from(SERVERS)),
    st.tuples(st.just("svc"), st.sampled_from(SERVERS), st.sampled_from(["MSExchangeIS", "MSExchangeRepl", "ClusSvc"]),
              st.booleans()),
    st.tuples(st.just("policy"), st.sampled_from(SERVERS), st.sampled_from(["Unrestricted", "Blocked"])),
    st.tuples(st.just("dial"), st.sampled_from(SERVERS), st.sampled_from(["Lossless", "GoodAvailability",
                                                                          "BestAvailability"])),
    st.tuples(st.just("fail"), st.sampled_from(DBS), st.sampled_from(SERVERS)),
    st.tuples(st.just("heal"), st.sampled_from(DBS), st.sampled_from(SERVERS)),
    st.tuples(st.just("reseed"), st.sampled_from(DBS), st.sampled_from(SERVERS)),
    st.tuples(st.just("dismount"), st.sampled_from(DBS)),
    st.tuples(st.just("mount"), st.sampled_from(DBS)),
    st.tuples(st.just("restart"), st.sampled_from(SERVERS)),
    st.tuples(st.just("clock"), st.integers(min_value=1, max_value=4 * 3600)),
    st.tuples(st.just("remove_copy"), st.sampled_from(DBS), st.sampled_from(SERVERS)),
    st.tuples(st.just("add_copy"), st.sampled_from(DBS), st.sampled_from(SERVERS), st.integers(1, 3)),
    st.tuples(st.just("pref"), st.sampled_from(DBS), st.sampled_from(SERVERS), st.integers(1, 3)),
    st.tuples(st.just("reseed_from"), st.sampled_from(DBS), st.sampled_from(SERVERS), st.sampled_from(SERVERS)),
)


def apply(org, o):
    kind = o[0]
    am = org.am
    try:
        if kind == "move":
            am.move_active(org.databases[o[1]], o[2], skip_health_checks=o[3], skip_lag_checks=o[4])
        elif kind == "move_all":
            am.move_all_from(org.servers[o[1]])
        elif kind == "suspend":
            c = org.databases[o[1]].copy_on(o[2])
            if c is not None:
                am.suspend(c, activation_only=o[3])
        elif kind == "resume":
            c = org.databases[o[1]].copy_on(o[2])
            if c is not None:
                am.resume(c)
        elif kind == "crash":
            org.stop_server(org.servers[o[1]])
        elif kind == "start":
            org.start_server(org.servers[o[1]])
        elif kind == "svc":
            if o[3]:
                org.start_service(org.servers[o[1]], o[2])
            else:
                org.stop_service(org.servers[o[1]], o[2], force=True)
        elif kind == "policy":
            org.set_mailbox_server(org.servers[o[1]], activation_policy=o[2])
        elif kind == "dial":
            org.set_mailbox_server(org.servers[o[1]], mount_dial=o[2])
        elif kind in ("fail", "heal", "reseed"):
            c = org.databases[o[1]].copy_on(o[2])
            if c is not None:
                {"fail": lambda: faults.fail_copy(org, c, suspend=o[2] != "E1402"), "heal": lambda: faults.heal_copy(org, c),
                 "reseed": lambda: am.update_copy(c)}[kind]()
        elif kind == "dismount":
            am.dismount(org.databases[o[1]])
        elif kind == "mount":
            am.mount(org.databases[o[1]])
        elif kind == "restart":
            org.restart_computer(org.servers[o[1]])
        elif kind == "clock":
            org.advance(timedelta(seconds=o[1]))
        elif kind == "remove_copy":
            c = org.databases[o[1]].copy_on(o[2])
            if c is not None:
                am.remove_copy(c)
        elif kind == "add_copy":
            am.add_copy(org.databases[o[1]], org.servers[o[2]], activation_preference=o[3])
        elif kind == "reseed_from":
            c = org.databases[o[1]].copy_on(o[2])
            if c is not None:
                if c.state not in ("Suspended", "FailedAndSuspended") and not c.is_active:
                    am.suspend(c)
                am.update_copy(c, source_server=org.servers[o[3]])
        elif kind == "pref":
            c = org.databases[o[1]].copy_on(o[2])
            if c is not None:
                am.set_copy(c, activation_preference=o[3])
    except ModelError:
        pass


def check(org):
    assert org.am.check_invariants() == []
    for db in org.databases:
        prefs = sorted(c.activation_preference for c in db.copy_list)
        assert prefs == list(range(1, len(db.copy_list) + 1))
        for c in db.copy_list:
            assert c.server.copies[db.name.lower()] is c
        assert sum(1 for c in db.copy_list if c.is_active) == 1
        srv = org.servers[db.active_server]
        if db.is_mounted:
            assert srv.up and srv.store_running
        for c in db.copy_list:
            e = c.status_entry()
            assert e.CopyQueueLength >= 0 and e.ReplayQueueLength >= 0
            if not c.server.up:
                assert e.Status == "ServiceDown"
            if c.is_active:
                assert e.Status in ("Mounted", "Dismounted", "ServiceDown")
            else:
                assert e.Status not in ("Mounted", "Dismounted", "Mounting", "Dismounting")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=40))
def test_invariants_hold(ops):
    org = load_default()
    for o in ops:
        apply(org, o)
        check(org)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=25), st.integers(min_value=1, max_value=7200))
def test_state_survives_save_and_load(tmp_path_factory, ops, step):
    org = load_default()
    for o in ops:
        apply(org, o)
    p = tmp_path_factory.mktemp("st") / "s.json"
    persist.save(org, p)
    back = persist.load(p)
    assert persist.dump_org(back) == persist.dump_org(org)
    org.advance(step)
    back.advance(step)
    assert persist.dump_org(back) == persist.dump_org(org)
    check(back)
