"""Identity resolution, as the real *IdParameter classes do it.

Each kind has ``find_X(org, identity) -> list`` (wildcards allowed: ``*``, ``?``; empty list
when nothing matches) and ``get_X(org, identity) -> one object`` (no wildcards expected;
raises the real not-found / ambiguous errors of reference §14a). ``identity`` may be a
string, a GUID, an ADObjectId or the model object itself (what a piped object carries).

* servers: name, FQDN, GUID, DN, legacy DN — ``Exchange server "X" wasn't found...``
  (``computers=True`` also accepts non-Exchange computers such as FS01).
* databases: name, GUID, DN; ``Server\\Database`` is accepted too —
  ``Couldn't find database "X". Make sure you have typed it correctly.``
* database copies: ``DB01\\E1402``; ``DB01`` alone means every copy of DB01; wildcards on
  either part (``DB0*\\E14*``, ``*``); a DatabaseCopyStatusEntry or DatabaseCopy object.
* mailboxes: name, alias, SMTP/proxy address, UPN, ``DOMAIN\\sam``, canonical name
  (``contoso.com/Users/user01``), DN, GUID/ExchangeGuid; wildcards on name/alias —
  not found: ``The operation couldn't be performed because object 'X' couldn't be found on
  'DC01.contoso.com'.``; ambiguous: ``The operation couldn't be performed because 'X'
  matches multiple entries.`` (``recipient_errors=True`` gives the Recipient "X" texts).
* DAGs: name, GUID, DN.
"""
from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any, Iterable

from ems.model.errors import (ambiguous_object, ambiguous_recipient, ambiguous_server, not_found_database,
                              not_found_object, not_found_recipient, not_found_server)
from ems.model.values import ADObjectId

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.dag import DatabaseAvailabilityGroup
    from ems.model.databases import DatabaseCopy, MailboxDatabase
    from ems.model.mailboxes import Mailbox
    from ems.model.org import Organization
    from ems.model.servers import Server


def has_wildcard(s: str) -> bool:
    return "*" in s or "?" in s


def wildcard(pattern: str) -> re.Pattern[str]:
    out = []
    for ch in pattern:
        out.append(".*" if ch == "*" else "." if ch == "?" else re.escape(ch))
    return re.compile("^" + "".join(out) + "$", re.IGNORECASE | re.DOTALL)


def _as_guid(s: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(s.strip("{}"))
    except (ValueError, AttributeError):
        return None


def _text(identity: Any) -> str:
    if isinstance(identity, ADObjectId):
        return identity.Name
    if hasattr(identity, "ps_to_string"):
        return identity.ps_to_string()
    return str(identity)


def _cn(dn: str) -> str | None:
    m = re.match(r"^\s*CN=([^,]+),", dn, re.IGNORECASE)
    return m.group(1) if m else None


# ---------------------------------------------------------------- servers

def find_servers(org: "Organization", identity: Any = None, computers: bool = False) -> list["Server"]:
    from ems.model.servers import MailboxServer, Server
    pool = [s for s in org.servers if computers or s.exchange]
    if identity is None:
        return pool
    if isinstance(identity, MailboxServer):
        identity = identity.server
    if isinstance(identity, Server):
        return [identity] if identity in pool else []
    if isinstance(identity, uuid.UUID):
        return [s for s in pool if s.guid == identity]
    if isinstance(identity, ADObjectId):
        return [s for s in pool if s.dn.lower() == identity.DistinguishedName.lower()] or \
            [s for s in pool if s.name.lower() == identity.Name.lower()]
    text = _text(identity).strip()
    if has_wildcard(text):
        rx = wildcard(text)
        return [s for s in pool if rx.match(s.name) or rx.match(s.fqdn)]
    g = _as_guid(text)
    if g is not None:
        return [s for s in pool if s.guid == g]
    low = text.lower()
    if low.startswith("cn="):
        return [s for s in pool if s.dn.lower() == low] or ([s for s in pool if s.name.lower() == (_cn(text) or "").lower()])
    if low.startswith("/o="):
        return [s for s in pool if s.ExchangeLegacyDN.lower() == low]
    short = low.split(".", 1)[0] if "." in low else low
    return [s for s in pool if s.name.lower() == short and (low == short or s.fqdn.lower() == low)]


def get_server(org: "Organization", identity: Any, computers: bool = False) -> "Server":
    found = find_servers(org, identity, computers)
    text = _text(identity)
    if not found:
        raise not_found_server(text)
    if len(found) > 1:
        raise ambiguous_server(text)
    return found[0]


def find_mailbox_servers(org: "Organization", identity: Any = None) -> list["Server"]:
    return [s for s in find_servers(org, identity) if s.has_role("Mailbox")]


# ---------------------------------------------------------------- databases

def find_databases(org: "Organization", identity: Any = None) -> list["MailboxDatabase"]:
    from ems.model.databases import DatabaseCopyStatusEntry, MailboxDatabase
    if identity is None:
        return list(org.databases)
    if isinstance(identity, MailboxDatabase):
        db = org.databases.get(identity.name)
        return [db] if db is not None else []
    if isinstance(identity, DatabaseCopyStatusEntry):
        return [identity.copy.db]
    if isinstance(identity, uuid.UUID):
        db = org.databases.by_guid(identity)
        return [db] if db else []
    if isinstance(identity, ADObjectId):
        db = org.databases.by_guid(identity.ObjectGuid) or org.databases.get(identity.Name)
        return [db] if db else []
    text = _text(identity).strip()
    if "\\" in text and not text.lower().startswith("cn="):
        server_part, _, text = text.rpartition("\\")
        found = find_databases(org, text)
        srv = server_part.lower()
        return [d for d in found if d.copy_on(srv) is not None or (d.active_server or "").lower() == srv] or found
    if has_wildcard(text):
        rx = wildcard(text)
        return [d for d in org.databases if rx.match(d.name)]
    g = _as_guid(text)
    if g is not None:
        db = org.databases.by_guid(g)
        return [db] if db else []
    if text.lower().startswith("cn="):
        return [d for d in org.databases if d.dn.lower() == text.lower()]
    db = org.databases.get(text)
    return [db] if db is not None else []


def get_database(org: "Organization", identity: Any) -> "MailboxDatabase":
    found = find_databases(org, identity)
    if not found:
        raise not_found_database(_text(identity))
    if len(found) > 1:
        raise ambiguous_object(_text(identity))
    return found[0]


# ---------------------------------------------------------------- database copies

def find_copies(org: "Organization", identity: Any = None) -> list["DatabaseCopy"]:
    from ems.model.databases import DatabaseCopy, DatabaseCopyStatusEntry, MailboxDatabase
    if identity is None:
        return [c for db in org.databases for c in db.copy_list]
    if isinstance(identity, DatabaseCopyStatusEntry):
        identity = identity.copy
    if isinstance(identity, DatabaseCopy):
        db = org.databases.get(identity.db.name)
        c = db.copy_on(identity.server_name) if db is not None else None
        return [c] if c is not None else []
    if isinstance(identity, MailboxDatabase):
        return list(identity.copy_list)
    text = _text(identity).strip()
    db_part, sep, srv_part = text.partition("\\")
    dbs = find_databases(org, db_part) if (has_wildcard(db_part) or not sep) else \
        ([org.databases[db_part]] if db_part in org.databases else find_databases(org, db_part))
    out: list[DatabaseCopy] = []
    if not sep:
        for db in dbs:
            out.extend(db.copy_list)
        return out
    if has_wildcard(srv_part):
        rx = wildcard(srv_part)
        for db in dbs:
            out.extend(c for c in db.copy_list if rx.match(c.server_name))
        return out
    short = srv_part.split(".", 1)[0].lower()
    for db in dbs:
        c = db.copy_on(short)
        if c is not None:
            out.append(c)
    return out


def get_copy(org: "Organization", identity: Any) -> "DatabaseCopy":
    found = find_copies(org, identity)
    text = _text(identity)
    if not found:
        db_part = text.partition("\\")[0]
        if db_part and not has_wildcard(db_part) and not find_databases(org, db_part):
            raise not_found_database(db_part)
        raise not_found_object(text, org.dc_fqdn)
    if len(found) > 1:
        raise ambiguous_object(text)
    return found[0]


# ---------------------------------------------------------------- DAGs

def find_dags(org: "Organization", identity: Any = None) -> list["DatabaseAvailabilityGroup"]:
    from ems.model.dag import DatabaseAvailabilityGroup
    if identity is None:
        return list(org.dags)
    if isinstance(identity, DatabaseAvailabilityGroup):
        d = org.dags.get(identity.name)
        return [d] if d else []
    if isinstance(identity, (uuid.UUID, ADObjectId)):
        g = identity if isinstance(identity, uuid.UUID) else identity.ObjectGuid
        d = org.dags.by_guid(g) or (org.dags.get(identity.Name) if isinstance(identity, ADObjectId) else None)
        return [d] if d else []
    text = _text(identity).strip()
    if has_wildcard(text):
        rx = wildcard(text)
        return [d for d in org.dags if rx.match(d.name)]
    g = _as_guid(text)
    if g is not None:
        d = org.dags.by_guid(g)
        return [d] if d else []
    if text.lower().startswith("cn="):
        return [d for d in org.dags if d.dn.lower() == text.lower()]
    d = org.dags.get(text)
    return [d] if d else []


def get_dag(org: "Organization", identity: Any) -> "DatabaseAvailabilityGroup":
    found = find_dags(org, identity)
    if not found:
        raise not_found_object(_text(identity), org.dc_fqdn)
    if len(found) > 1:
        raise ambiguous_object(_text(identity))
    return found[0]


# ---------------------------------------------------------------- mailboxes

def find_mailboxes(org: "Organization", identity: Any = None) -> list["Mailbox"]:
    from ems.model.mailboxes import Mailbox, MailboxStatistics, MoveRequest, Recipient, User
    mbs = org.mailboxes
    if identity is None:
        return list(mbs)
    if isinstance(identity, (Recipient, User)):
        identity = identity.mailbox
    if isinstance(identity, MailboxStatistics):
        identity = identity.mailbox
    if isinstance(identity, MoveRequest):
        identity = identity.mailbox
    if isinstance(identity, Mailbox):
        m = mbs.get(identity.name)
        return [m] if m is identity else []
    if isinstance(identity, uuid.UUID):
        m = mbs.by_guid(identity) or mbs.by_exchange_guid(identity)
        return [m] if m else []
    if isinstance(identity, ADObjectId):
        m = mbs.by_guid(identity.ObjectGuid) or mbs.get(identity.Name)
        return [m] if m else []
    text = _text(identity).strip()
    low = text.lower()
    if has_wildcard(text):
        if "/" in text:
            rx = wildcard(text)
            return [m for m in mbs if rx.match(m.canonical_name)]
        rx = wildcard(text)
        return [m for m in mbs if rx.match(m.name) or rx.match(m.alias) or rx.match(m.display_name)]
    g = _as_guid(text)
    if g is not None:
        m = mbs.by_guid(g) or mbs.by_exchange_guid(g)
        return [m] if m else []
    if low.startswith("cn="):
        cn = _cn(text)
        m = mbs.get(cn) if cn else None
        return [m] if m is not None and m.dn.lower() == low else []
    if low.startswith("/o="):
        return [m for m in mbs if m.LegacyExchangeDN.lower() == low]
    if "/" in text:
        name = text.rsplit("/", 1)[1]
        m = mbs.get(name)
        return [m] if m is not None and m.canonical_name.lower() == low else []
    if "\\" in text:
        dom, _, sam = text.partition("\\")
        if dom.lower() in (org.netbios.lower(), org.domain.lower()):
            m = mbs.by_alias(sam)
            return [m] if m else [x for x in mbs if x.SamAccountName.lower() == sam.lower()]
        return []
    if "@" in text:
        m = mbs.by_address(text)
        return [m] if m else []
    found: dict[int, Mailbox] = {}
    for m in (mbs.get(text), mbs.by_alias(text)):
        if m is not None:
            found[id(m)] = m
    if not found:
        # display names are not indexed: a scan, as the directory would do
        for m in mbs:
            if m.display_name.lower() == low:
                found[id(m)] = m
    return list(found.values())


def get_mailbox(org: "Organization", identity: Any, recipient_errors: bool = False) -> "Mailbox":
    found = find_mailboxes(org, identity)
    text = _text(identity)
    if not found:
        raise not_found_recipient(text) if recipient_errors else not_found_object(text, org.dc_fqdn)
    if len(found) > 1:
        raise ambiguous_recipient(text) if recipient_errors else ambiguous_object(text)
    return found[0]


def mailboxes_on_server(org: "Organization", server: "Server") -> Iterable["Mailbox"]:
    """Mailboxes whose database is active on ``server`` (Get-Mailbox -Server)."""
    for c in sorted(server.copies.values(), key=lambda c: c.db.name.lower()):
        if c.is_active:
            yield from c.db.mailboxes.values()
