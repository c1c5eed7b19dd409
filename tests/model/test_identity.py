"""Identity resolution and the real not-found / ambiguous texts (reference §14a)."""
import pytest

from ems.model import identity as I
from ems.model.errors import AmbiguousIdentityError, ObjectNotFoundError
from ems.model.load import load_default


@pytest.fixture(scope="module")
def org():
    return load_default()


def test_servers(org):
    e = org.servers["E1402"]
    assert I.get_server(org, "e1402") is e
    assert I.get_server(org, "E1402.contoso.com") is e
    assert I.get_server(org, str(e.guid)) is e
    assert I.get_server(org, e.dn) is e
    assert I.get_server(org, e.id) is e
    assert [s.name for s in I.find_servers(org, "E14*")] == ["E1401", "E1402", "E1403"]
    assert [s.name for s in I.find_servers(org, "HUB0?")] == ["HUB01", "HUB02"]
    with pytest.raises(ObjectNotFoundError) as ex:
        I.get_server(org, "E1409")
    assert ex.value.message == 'Exchange server "E1409" wasn\'t found. Please make sure you typed the name correctly.'
    with pytest.raises(ObjectNotFoundError):
        I.get_server(org, "FS01")  # not an Exchange server
    assert I.get_server(org, "FS01", computers=True).name == "FS01"


def test_databases(org):
    db = org.databases["DB01"]
    assert I.get_database(org, "db01") is db
    assert I.get_database(org, str(db.guid)) is db
    assert I.get_database(org, db.id) is db
    assert I.get_database(org, "E1401\\DB01") is db
    assert len(I.find_databases(org, "DB0*")) == 6
    with pytest.raises(ObjectNotFoundError) as ex:
        I.get_database(org, "DB99")
    assert ex.value.message == 'Couldn\'t find database "DB99". Make sure you have typed it correctly.'
    assert ex.value.dotnet_type.endswith("ManagementObjectNotFoundException")
    assert ex.value.category == "ObjectNotFound"


def test_copies(org):
    c = I.get_copy(org, "DB01\\E1402")
    assert c.name == "DB01\\E1402" and c.status_entry().Identity == "DB01\\E1402"
    assert I.get_copy(org, c.status_entry()) is c
    assert [x.name for x in I.find_copies(org, "DB01")] == ["DB01\\E1401", "DB01\\E1402", "DB01\\E1403"]
    assert len(I.find_copies(org, "*")) == 18
    assert [x.name for x in I.find_copies(org, "DB0*\\E1403")][:2] == ["DB01\\E1403", "DB02\\E1403"]
    assert len(I.find_copies(org, "*\\E14*")) == 18
    with pytest.raises(ObjectNotFoundError) as ex:
        I.get_copy(org, "DB01\\HUB01")
    assert ex.value.message == ("The operation couldn't be performed because object 'DB01\\HUB01' couldn't be "
                                "found on 'DC01.contoso.com'.")
    with pytest.raises(ObjectNotFoundError) as ex:
        I.get_copy(org, "DB77\\E1401")
    assert "Couldn't find database \"DB77\"" in ex.value.message
    with pytest.raises(AmbiguousIdentityError):
        I.get_copy(org, "DB01")


def test_mailboxes(org):
    m = org.mailboxes["user01"]
    for ident in ("user01", "USER01", "user01@contoso.com", "SMTP:user01@contoso.com", "contoso.com/Users/user01",
                  "CONTOSO\\user01", "User 01", m.dn, str(m.guid), m.guid, m.id):
        assert I.get_mailbox(org, ident) is m, ident
    assert len(I.find_mailboxes(org, "user0*")) == 9
    assert len(I.find_mailboxes(org, "*")) == 61
    with pytest.raises(ObjectNotFoundError) as ex:
        I.get_mailbox(org, "nobody")
    assert ex.value.message == ("The operation couldn't be performed because object 'nobody' couldn't be found on "
                                "'DC01.contoso.com'.")
    with pytest.raises(ObjectNotFoundError) as ex:
        I.get_mailbox(org, "nobody", recipient_errors=True)
    assert ex.value.message.startswith('Recipient "nobody" couldn\'t be found.')
    with pytest.raises(AmbiguousIdentityError) as ex:
        I.get_mailbox(org, "user0*")
    assert ex.value.message == "The operation couldn't be performed because 'user0*' matches multiple entries."


def test_mailboxes_on_server_and_dag(org):
    names = {m.name for m in I.mailboxes_on_server(org, org.servers["E1401"])}
    assert "user01" in names and "user11" in names and "user21" not in names
    assert I.get_dag(org, "dag1").name == "DAG1"
    with pytest.raises(ObjectNotFoundError):
        I.get_dag(org, "DAG2")
