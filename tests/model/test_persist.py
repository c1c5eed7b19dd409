"""Saving and loading the organization state: round trip, atomic write, corrupt files."""
import json
from datetime import timedelta

import pytest

from ems.model import faults, persist
from ems.model.errors import StateFileError
from ems.model.generate import generate_org
from ems.model.load import build_org, load_default


def busy_org():
    org = load_default()
    org.am.suspend(org.databases["DB01"].copy_on("E1402"), activation_only=True, comment="SP1")
    org.am.move_active(org.databases["DB03"], "E1403")
    org.advance(timedelta(minutes=30))
    org.stop_server(org.servers["E1401"])
    db = org.new_mailbox_database("DB07", org.servers["E1402"])
    org.am.mount(db)
    org.am.add_copy(db, org.servers["E1403"])           # seeding in progress
    org.new_move_request(org.mailboxes["user12"], org.databases["DB05"])
    org.install_hotfix(org.servers["E1403"], "KB981002")
    org.restart_computer(org.servers["HUB02"])          # boot pending
    org.set_mailbox_quotas(org.mailboxes["user02"], prohibit_send="2GB", use_database_quota_defaults=False)
    faults.lag_copy(org, org.databases["DB05"].copy_on("E1402"), 30)
    org.advance(5)
    return org


def test_round_trip_is_exact(tmp_path):
    org = busy_org()
    path = tmp_path / "state.json"
    persist.save(org, path)
    back = persist.load(path)
    assert persist.dump_org(back) == persist.dump_org(org)
    # and both evolve the same way afterwards (pending transitions were re-created)
    for o in (org, back):
        o.advance(timedelta(minutes=10))
    assert persist.dump_org(back) == persist.dump_org(org)
    assert back.servers["HUB02"].up and back.mailboxes["user12"].db_name == "DB05"
    assert back.databases["DB07"].copy_on("E1403").status == "Healthy"
    assert back.am.check_invariants() == []


def test_generated_round_trip(tmp_path):
    org = generate_org(members=4, databases=8, mailboxes=200)
    persist.save(org, tmp_path / "g.json")
    assert persist.dump_org(persist.load(tmp_path / "g.json")) == persist.dump_org(org)


def test_atomic_save_leaves_no_temp(tmp_path):
    org = load_default()
    p = tmp_path / "s.json"
    persist.save(org, p)
    persist.save(org, p)
    assert [f.name for f in tmp_path.iterdir()] == ["s.json"]
    assert json.loads(p.read_text())["format"] == "ems-organization"


@pytest.mark.parametrize("content,needle", [
    ("{not json", "is corrupt"),
    ('{"format": "something-else", "version": 1}', "is not an ems organization file"),
    ('{"format": "ems-organization", "version": 99}', "format version 99"),
    ('{"format": "ems-organization", "version": 1, "databases": [{"name": "X"}]}', "is not a valid ems organization"),
])
def test_bad_files_raise_and_are_kept(tmp_path, content, needle):
    p = tmp_path / "bad.json"
    p.write_text(content)
    with pytest.raises(StateFileError) as ex:
        persist.load_or_create(p)
    assert needle in ex.value.message
    assert p.read_text() == content


def test_load_or_create_creates(tmp_path):
    p = tmp_path / "new.json"
    org = persist.load_or_create(p)
    assert p.exists() and len(org.mailboxes) == 61
    assert len(persist.load(p).mailboxes) == 61


def test_build_org_rejects_non_dict():
    with pytest.raises(StateFileError):
        build_org([1, 2, 3])


def test_disabled_users_survive(tmp_path):
    org = load_default()
    org.disable_mailbox(org.mailboxes["user07"])
    assert "user07" not in org.mailboxes and "user07" in org.disabled_users
    persist.save(org, tmp_path / "d.json")
    back = persist.load(tmp_path / "d.json")
    assert "user07" in back.disabled_users and "user07" not in back.mailboxes
    m = back.enable_mailbox("user07", back.databases["DB02"])
    assert m.db_name == "DB02" and str(m.PrimarySmtpAddress) == "user07@contoso.com"
