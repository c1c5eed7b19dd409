"""Property: with Shadow Redundancy on, random mail, random single-server failures and restarts
(hubs may lose their queue database), databases dismounted and mounted, and random clock steps
end with every message delivered exactly once to each of its mailboxes. (The same steps with
Shadow Redundancy off lose mail: test_shadow_off_can_lose_mail.)"""
from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ems.model import load
from ems.model.transport import transport_of

SERVERS = ("HUB01", "HUB02", "EDGE01", "E1401", "E1402", "E1403")
USERS = ("user01", "user02", "user03", "user04", "user05", "user06", "user07", "user08")

mail = st.tuples(st.just("mail"), st.lists(st.sampled_from(USERS), min_size=1, max_size=3, unique=True))
fail = st.tuples(st.just("fail"), st.sampled_from(SERVERS + ("HUB01", "HUB02", "HUB01", "HUB02")), st.sampled_from((True, True, False)))
small_wait = st.tuples(st.just("wait"), st.floats(min_value=0.1, max_value=8))
big_wait = st.tuples(st.just("wait"), st.floats(min_value=8, max_value=1800))
# branches repeated to weight them: mostly mail, short waits and failures, so that failures
# land while messages are between hops
step = st.one_of(mail, mail, small_wait, small_wait, fail, fail, st.tuples(st.just("restore")), big_wait,
                 st.tuples(st.just("dismount"), st.sampled_from(("DB01", "DB02", "DB03", "DB04", "DB05", "DB06"))))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=1, max_size=40))
def test_every_message_delivered_exactly_once(steps):
    org = load.load_default()
    t = transport_of(org)
    assert t.config.shadow_enabled
    users = {u: org.mailboxes[u] for u in USERS}
    start = {u: m.item_count for u, m in users.items()}
    expected = {u: 0 for u in USERS}
    sent = []
    down = None
    for s in steps:
        if s[0] == "mail":
            if down == "EDGE01":
                continue  # the Internet sender cannot connect; it would retry later
            msg = t.new_message("sender@fabrikam.com", [users[u].smtp for u in s[1]], "m", 2048)
            t.submit(org.servers["EDGE01"], msg)
            sent.append((msg, s[1]))
            for u in s[1]:
                expected[u] += 1
        elif s[0] == "fail":
            if down is not None:
                continue
            name, lose = s[1], s[2]
            # an Edge that loses its queue database loses what it holds as primary
            # (no previous hop kept a shadow), so only hubs lose theirs here
            org.stop_server(org.servers[name], crash=True, lose_transport_database=lose and name.startswith("HUB"))
            down = name
        elif s[0] == "dismount":
            db = org.databases[s[1]]
            if db.is_mounted:
                org.am.dismount(db)
            elif db.admin_dismounted and org.servers[db.active_server].store_running:
                org.am.mount(db)
        elif s[0] == "restore":
            if down is not None:
                org.start_server(org.servers[down])
                down = None
        else:
            org.advance(timedelta(seconds=s[1]))
    if down is not None:
        org.start_server(org.servers[down])
    for db in org.databases:
        if not db.is_mounted and org.servers[db.active_server].store_running:
            org.am.mount(db)
    org.advance(timedelta(minutes=30))
    # an administrator releases what poison message detection held (Resume-Message)
    for n in t.nodes.values():
        pq = n.queues.get("poison")
        for item in list(pq.items.values()) if pq is not None else ():
            t.resume_message(item)
    org.advance(timedelta(hours=3))
    for msg, rcpts in sent:
        for u in rcpts:
            assert users[u].received_ids and msg.message_id in users[u].received_ids, (msg.message_id, u)
    for u in USERS:
        assert users[u].item_count - start[u] == expected[u], u
    assert t.in_flight() == 0
    assert t.shadow_count() == 0
