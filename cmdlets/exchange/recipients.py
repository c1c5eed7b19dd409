"""Recipients: Get-/Set-/New-/Enable-/Disable-/Remove-Mailbox, Get-MailboxStatistics,
Get-Recipient, Get-User.

Objects are the model's (ems.model.mailboxes): Get-Mailbox writes the Mailbox objects
themselves (no copy: 100,000 of them stream through a pipeline cheaply), Get-Recipient and
Get-User their ReducedRecipient / User views, Get-MailboxStatistics a snapshot.

Result size: the Get- tasks return at most ``-ResultSize`` objects (default 1000, as in
Exchange) and warn when more exist. The default-size warning is the real text (seen in
public issue threads quoting the console); the one for an explicit -ResultSize is from
memory [K].

Confirmation texts: Set-Mailbox/Remove-Mailbox/Disable-Mailbox/New-Mailbox show the identity
as typed (Exchange formats the *IdParameter, i.e. what the user gave) or, for a piped object,
its canonical name. The texts themselves are not in the reference and are from memory [K].
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Iterator

from cmdlets.exchange.base import ExchangeCmdlet, exchange_parameters
from cmdlets.exchange.converters import (as_size_unlimited, convert_ets, get_one, identities, is_wildcard,
                                         text_of)
from ems.model import identity as idn
from ems.model.errors import FilterError, InvalidOperationError, ModelError, not_found_object
from ems.model.mailboxes import RECIPIENT_TYPE_DETAILS, Mailbox, MailboxStatistics, Recipient, User
from ems.model.opath import compile_filter
from ems.runtime.cmdlet import ALL_SETS, Parameter
from ems.runtime.psobject import base_object

import cmdlets.exchange.recipient_views  # noqa: F401  (the default views register on import)

DEFAULT_RESULT_SIZE = 1000
DEFAULT_SIZE_WARNING = (
    'By default, only the first 1000 items are returned. Use the ResultSize parameter to specify the number '
    'of items returned. To return all items, specify "-ResultSize Unlimited". Be aware that, depending on the '
    'actual number of items, returning all items can take a long time and consume a large amount of memory. '
    "Also, we don't recommend storing the results in a variable. Instead, pipe the results to another task or "
    'script to perform batch changes.')
# [K] the 2010 text when an explicit -ResultSize cut the results short.
MORE_RESULTS_WARNING = ("There are more results available than are currently displayed. To view them, "
                        "increase the value for the ResultSize parameter.")

# Properties -Filter accepts on mailboxes (the Mailbox properties plus the user attributes).
_FILTERABLE = tuple(Mailbox.PS_PROPERTIES) + ("FirstName", "LastName", "Office", "Company", "Department",
                                              "City", "Title", "Phone")


# ---------------------------------------------------------------- shared helpers

def result_limit(cmdlet: Any) -> tuple[int | None, bool]:
    """(maximum count or None for unlimited, whether the default was used)."""
    rs = base_object(getattr(cmdlet, "ResultSize", None))
    if rs is None or not cmdlet.is_bound("ResultSize"):
        return DEFAULT_RESULT_SIZE, True
    if getattr(rs, "IsUnlimited", False):
        return None, False
    value = getattr(rs, "Value", rs)
    try:
        return int(getattr(value, "ToBytes", lambda: value)()), False
    except (TypeError, ValueError):
        return DEFAULT_RESULT_SIZE, True


def write_limited(cmdlet: Any, objects: Iterable[Any], wrap: Callable[[Any], Any] | None = None) -> None:
    """Writes up to -ResultSize objects and the real warning when more exist."""
    limit, default = result_limit(cmdlet)
    write = cmdlet.write_object
    if limit is None:
        if wrap is None:
            for o in objects:
                write(o)
        else:
            for o in objects:
                write(wrap(o))
        return
    n = 0
    for o in objects:
        if n >= limit:
            cmdlet.write_warning(DEFAULT_SIZE_WARNING if default else MORE_RESULTS_WARNING)
            return
        write(wrap(o) if wrap is not None else o)
        n += 1


def shown_identity(ident: Any, mbx: Mailbox | None = None) -> str:
    """The identity as a confirmation message shows it: what was typed, or the canonical name."""
    ident = base_object(ident)
    if isinstance(ident, str):
        return ident
    if mbx is not None:
        return mbx.canonical_name
    return text_of(ident)


def compile_opath(cmdlet: Any, text: Any, properties: Iterable[str] | None = _FILTERABLE) -> Any:
    """The -Filter predicate, or False after reporting the error (None when no filter)."""
    if text is None:
        return None
    src = text_of(text) if not isinstance(base_object(text), str) else base_object(text)
    ctx = cmdlet.context
    # The script block form (`{Database -eq $db}`) reads the caller's variables, as EMS does
    # when it expands the filter.
    names = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_:]*)", str(src)))
    variables = {n: ctx.get_variable(n) for n in names}
    try:
        return compile_filter(str(src), properties=properties, variables=variables)
    except FilterError as e:
        cmdlet.report(e, target=src, terminating=True)
        return False


def ou_matcher(cmdlet: Any, value: Any) -> Callable[[Any], bool] | None | bool:
    """-OrganizationalUnit: ``contoso.com/Users``, ``Users`` or ``CN=Users,DC=contoso,DC=com``."""
    if value is None:
        return None
    org = cmdlet.model
    text = text_of(value).strip()
    low = text.lower()
    if low.startswith(("cn=", "ou=")):
        m = re.match(r"^(?:cn|ou)=([^,]+),(.*)$", text, re.IGNORECASE)
        ou, rest = (m.group(1), m.group(2)) if m else ("", "")
        if rest.lower().replace(" ", "") != org.domain_dn.lower().replace(" ", ""):
            ou = None
    elif "/" in low:
        dom, _, ou = text.partition("/")
        if dom.lower() != org.domain.lower():
            ou = None
    else:
        ou = text
    known = {m.ou.lower() for m in org.mailboxes} | {"users"}
    if ou is None or ou.lower() not in known:
        cmdlet.report(not_found_object(text, org.dc_fqdn), target=text, terminating=True)
        return False
    key = ou.lower()
    return lambda m: m.ou.lower() == key


def type_matcher(values: Any) -> Callable[[Any], bool] | None:
    if values is None:
        return None
    wanted = set()
    for v in identities(values):
        for part in str(text_of(v)).split(","):
            if part.strip():
                wanted.add(part.strip().lower())
    return lambda m: m.recipient_type_details.lower() in wanted


def anr_matcher(text: Any) -> Callable[[Mailbox], bool]:
    """Ambiguous name resolution: a prefix of the name, alias, display name, first or last name
    or primary SMTP address."""
    low = text_of(text).strip().lower()

    def match(m: Mailbox) -> bool:
        return (m.name.lower().startswith(low) or m.alias.lower().startswith(low)
                or m.display_name.lower().startswith(low) or m.first_name.lower().startswith(low)
                or m.last_name.lower().startswith(low) or m.smtp.lower().startswith(low))
    return match


def resolve_mailboxes(cmdlet: Any, value: Any, wildcard_ok: bool = True) -> Iterator[tuple[Any, Mailbox]]:
    """(identity as given, mailbox) for each mailbox a -Identity value names; errors are
    written for identities that name none (or several, without wildcards)."""
    org = cmdlet.model
    for ident in identities(value):
        if wildcard_ok and is_wildcard(ident):
            for m in idn.find_mailboxes(org, ident):
                yield ident, m
            continue
        try:
            yield ident, idn.get_mailbox(org, ident)
        except ModelError as e:
            cmdlet.report(e, target=text_of(ident))


def _apply(objects: Iterable[Mailbox], preds: list[Callable[[Any], bool]], arbitration: bool) -> Iterable[Mailbox]:
    """The objects the predicates accept; arbitration mailboxes only show with -Arbitration (and
    then only they do). The common unfiltered case is one cheap attribute test per mailbox."""
    preds = [p for p in preds if p]
    if arbitration:
        objects = (m for m in objects if m.recipient_type_details == "ArbitrationMailbox")
    else:
        objects = (m for m in objects if m.recipient_type_details != "ArbitrationMailbox")
    if not preds:
        return objects
    if len(preds) == 1:
        return filter(preds[0], objects)
    return (m for m in objects if all(p(m) for p in preds))


def mailbox_query(cmdlet: Any) -> Iterable[Mailbox] | None:
    """The mailboxes a Get- task selects from -Identity / -Database / -Server / -Anr and the
    filters (-Filter, -OrganizationalUnit, -RecipientTypeDetails); None after an error."""
    org = cmdlet.model
    preds: list[Any] = []
    flt = compile_opath(cmdlet, getattr(cmdlet, "Filter", None))
    if flt is False:
        return None
    preds.append(flt)
    ou = ou_matcher(cmdlet, getattr(cmdlet, "OrganizationalUnit", None))
    if ou is False:
        return None
    preds.append(ou)
    preds.append(type_matcher(getattr(cmdlet, "RecipientTypeDetails", None)))
    if getattr(cmdlet, "Anr", None) is not None:
        preds.append(anr_matcher(cmdlet.Anr))
    database = getattr(cmdlet, "Database", None)
    server = getattr(cmdlet, "Server", None)
    ident = getattr(cmdlet, "Identity", None)
    # `Get-MailboxDatabase DB01 | Get-Mailbox` and `Get-MailboxServer E1402 | Get-Mailbox`: in
    # Exchange a piped database or server binds -Database / -Server (their *IdParameter types take
    # those objects); the binder here offered it to -Identity, so it is redirected.
    piped = base_object(ident)
    if piped is not None and not isinstance(piped, (str, list, tuple)):
        from ems.model.databases import MailboxDatabase
        from ems.model.servers import MailboxServer, Server
        if isinstance(piped, MailboxDatabase):
            database, ident = piped, None
        elif isinstance(piped, (Server, MailboxServer)):
            server, ident = piped, None
    if database is not None:
        db = get_one(cmdlet, database, idn.get_database)
        if db is None:
            return None
        source: Iterable[Mailbox] = list(db.mailboxes.values())
    elif server is not None:
        srv = get_one(cmdlet, server, idn.get_server)
        if srv is None:
            return None
        source = list(idn.mailboxes_on_server(org, srv))
    elif ident is not None:
        source = [m for _, m in resolve_mailboxes(cmdlet, ident)]
    else:
        source = org.mailboxes  # a snapshot list (NamedCollection iterates over a copy)
    found = _apply(source, preds, bool(getattr(cmdlet, "Arbitration", False)))
    sort_by = getattr(cmdlet, "SortBy", None) or getattr(cmdlet, "Sortby", None)
    if sort_by:
        prop = str(sort_by).strip()
        if prop.lower() not in {p.lower() for p in Mailbox.PS_PROPERTIES}:
            # [K] the 2010 text for a property the directory cannot sort on
            cmdlet.report(InvalidOperationError(f"Can't sort by property {prop}.", target=prop), target=prop,
                          terminating=True)
            return None
        found = sorted(found, key=lambda m: str(getattr(m, prop, "") or "").lower())
    return found


def _ignored(cmdlet: Any, handled: Iterable[str]) -> None:
    """A warning for the real parameters the emulator accepts but does not simulate."""
    skip = {h.lower() for h in handled} | _COMMON
    for p in cmdlet.bound_parameters:
        if p.lower() not in skip:
            cmdlet.write_warning(f"The emulator does not simulate the {p} parameter of {cmdlet.name}; "
                                 f"it was accepted and ignored.")


_COMMON = {"verbose", "debug", "erroraction", "warningaction", "informationaction", "errorvariable",
           "warningvariable", "informationvariable", "outvariable", "outbuffer", "pipelinevariable",
           "confirm", "whatif", "domaincontroller", "identity", "ignoredefaultscope", "readfromdomaincontroller",
           "credential", "organization"}


def patched_parameters(name: str, not_mandatory: Iterable[str] = (), drop: Iterable[str] = ()) -> tuple[Parameter, ...]:
    """The metadata parameters with doc bugs fixed: hosting-only parameters the 2018 docs mark
    mandatory in the on-premises sets (New-Mailbox WindowsLiveID...) are made optional, or dropped."""
    from dataclasses import replace
    from ems.runtime.cmdlet import ParameterSetSpec
    nm = {n.lower() for n in not_mandatory}
    dr = {n.lower() for n in drop}
    out = []
    for p in exchange_parameters(name):
        if p.name.lower() in dr:
            continue
        if p.name.lower() in nm:
            p = replace(p, mandatory=False, per_set={s: ParameterSetSpec(False, spec.position, spec.pipeline,
                                                                         spec.pipeline_by_name)
                                                     for s, spec in p.per_set.items()})
        out.append(p)
    return tuple(out)


# ---------------------------------------------------------------- Get-Mailbox

class GetMailbox(ExchangeCmdlet):
    name = "Get-Mailbox"
    output_type = "Microsoft.Exchange.Data.Directory.Management.Mailbox"
    synopsis = "Use the Get-Mailbox cmdlet to view mailbox objects and attributes."
    description = (
        "Returns mailboxes: one or more by -Identity (name, alias, SMTP address, user principal name, "
        "DOMAIN\\account, canonical or distinguished name, GUID; wildcards on name and alias), those of a "
        "database (-Database) or of the server that hosts their database's active copy (-Server), or those "
        "matching an ambiguous name (-Anr). -Filter takes an OPATH filter such as "
        "\"Database -eq 'DB01'\"; -OrganizationalUnit and -RecipientTypeDetails narrow the result. At most "
        "1000 mailboxes are returned unless -ResultSize says otherwise (a number, or Unlimited); a warning "
        "says when more exist.")
    examples = (
        ("Get-Mailbox", "Lists the mailboxes (at most 1000)."),
        ("Get-Mailbox -ResultSize Unlimited | Group-Object Database",
         "Counts the mailboxes of each database."),
        ("Get-Mailbox -Database DB01", "Lists the mailboxes of DB01."),
        ("Get-Mailbox user0* | Format-Table Name,PrimarySmtpAddress,Database",
         "Mailboxes whose name starts with user0."),
        ("Get-Mailbox -Filter {UseDatabaseQuotaDefaults -eq $false}",
         "Mailboxes with their own quotas."),
    )

    def process(self) -> None:
        found = mailbox_query(self)
        if found is None:
            return
        write_limited(self, found)


# ---------------------------------------------------------------- Get-Recipient

class GetRecipient(ExchangeCmdlet):
    name = "Get-Recipient"
    output_type = "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"
    synopsis = "Use the Get-Recipient cmdlet to view existing recipient objects in your organization."
    description = (
        "Returns the mail-enabled recipients of the organization (in the emulator: the mailboxes) as "
        "ReducedRecipient objects. Select them by -Identity (wildcards allowed), -Anr, -Filter (OPATH), "
        "-RecipientType, -RecipientTypeDetails and -OrganizationalUnit; at most 1000 unless -ResultSize "
        "says otherwise.")
    examples = (
        ("Get-Recipient", "Lists the recipients (at most 1000)."),
        ("Get-Recipient -RecipientType UserMailbox -ResultSize Unlimited | Measure-Object",
         "Counts every mailbox user."),
        ("Get-Recipient user01 | Format-List Name,PrimarySmtpAddress,RecipientTypeDetails",
         "Shows one recipient."),
    )

    def process(self) -> None:
        rt = type_matcher(self.RecipientType)
        found = mailbox_query(self)
        if found is None:
            return
        if rt is not None:
            found = (m for m in found if rt(_RecipientTypeOf(m)))
        write_limited(self, found, Recipient)


class _RecipientTypeOf:
    __slots__ = ("recipient_type_details",)

    def __init__(self, m: Mailbox):
        self.recipient_type_details = m.RecipientType


# ---------------------------------------------------------------- Get-User

class GetUser(ExchangeCmdlet):
    name = "Get-User"
    output_type = "Microsoft.Exchange.Data.Directory.Management.User"
    synopsis = "Use the Get-User cmdlet to retrieve all users in the forest that match the specified conditions."
    description = (
        "Returns the user accounts of the organization: every mailbox user, and the users whose mailbox was "
        "disabled (RecipientTypeDetails User). Select them by -Identity (wildcards allowed), -Anr, -Filter "
        "(OPATH), -RecipientTypeDetails and -OrganizationalUnit.")
    examples = (
        ("Get-User", "Lists the users."),
        ("Get-User -RecipientTypeDetails User", "Lists the users without a mailbox."),
        ("Get-User user01 | Format-List Name,UserPrincipalName,RecipientTypeDetails", "Shows one user."),
    )

    def process(self) -> None:
        org = self.model
        preds: list[Any] = []
        flt = compile_opath(self, self.Filter, None)
        if flt is False:
            return
        ou = ou_matcher(self, self.OrganizationalUnit)
        if ou is False:
            return
        wanted = type_matcher(self.RecipientTypeDetails)
        users: list[User] = []
        if self.Identity is not None:
            for ident in identities(self.Identity):
                found = self._find(ident)
                if not found and not is_wildcard(ident):
                    self.report(not_found_object(text_of(ident), org.dc_fqdn), target=text_of(ident))
                elif len(found) > 1 and not is_wildcard(ident):
                    from ems.model.errors import ambiguous_object
                    self.report(ambiguous_object(text_of(ident)), target=text_of(ident))
                else:
                    users.extend(found)
        else:
            users = [User(m) for m in org.mailboxes if m.recipient_type_details != "ArbitrationMailbox"
                     or self.Arbitration]
            users.extend(User(m) for m in org.disabled_users.values())
            if self.Anr is not None:
                anr = anr_matcher(self.Anr)
                users = [u for u in users if anr(u.mailbox)]
        out = (u for u in users
               if (flt is None or flt(u)) and (ou is None or ou(u.mailbox))
               and (wanted is None or u.RecipientTypeDetails.lower() in _wanted_set(self.RecipientTypeDetails)))
        write_limited(self, out)

    def _find(self, ident: Any) -> list[User]:
        org = self.model
        found = [User(m) for m in idn.find_mailboxes(org, ident)]
        text = text_of(ident).strip()
        rx = idn.wildcard(text) if is_wildcard(text) else None
        for old in org.disabled_users.values():
            if (rx is not None and (rx.match(old.name) or rx.match(old.alias))) or \
                    (rx is None and text.lower() in (old.name.lower(), old.alias.lower(), old.upn.lower())):
                found.append(User(old))
        return found


def _wanted_set(values: Any) -> set[str]:
    return {p.strip().lower() for v in identities(values) for p in str(text_of(v)).split(",") if p.strip()}


# ---------------------------------------------------------------- Get-MailboxStatistics

class GetMailboxStatistics(ExchangeCmdlet):
    name = "Get-MailboxStatistics"
    output_type = "Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics"
    synopsis = ("Use the Get-MailboxStatistics cmdlet to obtain information about a mailbox, such as the size of "
                "the mailbox, the number of messages it contains, and the last time it was accessed.")
    description = (
        "Returns the statistics of one mailbox (-Identity, or mailboxes piped from Get-Mailbox), of every "
        "mailbox of a database (-Database, disconnected mailboxes included) or of the databases active on "
        "a server (-Server): DisplayName, ItemCount, TotalItemSize (an Unlimited ByteQuantifiedSize: "
        ".TotalItemSize.Value.ToMB()), StorageLimitStatus against the quotas that apply, LastLogonTime...")
    examples = (
        ("Get-MailboxStatistics user01", "Shows the statistics of user01."),
        ("Get-MailboxStatistics -Database DB01 | Sort-Object TotalItemSize -Descending | Select-Object -First 5",
         "The five largest mailboxes of DB01."),
        ("Get-Mailbox -Database DB02 | Get-MailboxStatistics | Format-Table DisplayName,ItemCount,TotalItemSize",
         "Sizes of the mailboxes of DB02."),
    )

    def process(self) -> None:
        org = self.model
        piped = base_object(self.Identity)
        if piped is not None and not isinstance(piped, (str, list, tuple)):
            # `Get-MailboxDatabase | Get-MailboxStatistics`, `Get-MailboxServer | Get-MailboxStatistics`
            from ems.model.databases import MailboxDatabase
            from ems.model.servers import MailboxServer, Server
            if isinstance(piped, MailboxDatabase):
                self._database(piped)
                return
            if isinstance(piped, (Server, MailboxServer)):
                srv = piped.server if isinstance(piped, MailboxServer) else piped
                for m in idn.mailboxes_on_server(org, srv):
                    self.write_object(MailboxStatistics(m))
                return
        if self.parameter_set_name == "Database":
            db = get_one(self, self.Database, idn.get_database)
            if db is None:
                return
            self._database(db)
        elif self.parameter_set_name == "Server":
            srv = get_one(self, self.Server, idn.get_server)
            if srv is None:
                return
            for m in idn.mailboxes_on_server(org, srv):
                self.write_object(MailboxStatistics(m))
        else:
            for ident in identities(self.Identity):
                try:
                    m = idn.get_mailbox(org, ident)
                except ModelError as e:
                    self.report(e, target=text_of(ident))
                    continue
                if self._reachable(m.database):
                    self.write_object(MailboxStatistics(m))

    def _database(self, db: Any) -> None:
        org = self.model
        if not self._reachable(db):
            return
        for m in list(db.mailboxes.values()):
            self.write_object(MailboxStatistics(m))
        for old in list(org.disabled_users.values()):
            if old.db_name.lower() == db.name.lower() and old.db_name in org.databases:
                self.write_object(MailboxStatistics(old))

    def _reachable(self, db: Any) -> bool:
        if db.is_mounted:
            return True
        # [K] the store answers nothing for a dismounted database.
        self.report(InvalidOperationError(
            "The database isn't mounted or can't be connected to. Please mount the database and try again.",
            target=db.name), target=db.name)
        return False


# ---------------------------------------------------------------- Set-Mailbox

_QUOTAS = ("IssueWarningQuota", "ProhibitSendQuota", "ProhibitSendReceiveQuota")
_SIMPLE = {"DisplayName": "display_name", "HiddenFromAddressListsEnabled": "hidden",
           "LitigationHoldEnabled": "litigation_hold"}


class SetMailbox(ExchangeCmdlet):
    name = "Set-Mailbox"
    synopsis = "Use the Set-Mailbox cmdlet to modify the settings of an existing mailbox."
    description = (
        "Changes a mailbox: its quotas (IssueWarningQuota, ProhibitSendQuota, ProhibitSendReceiveQuota, "
        "RecoverableItemsQuota, RecoverableItemsWarningQuota: a size such as 2GB, or unlimited) and "
        "UseDatabaseQuotaDefaults (while $true, the database's quotas apply and the mailbox's own are kept "
        "but ignored), DisplayName, Name, Alias, PrimarySmtpAddress, EmailAddresses, "
        "HiddenFromAddressListsEnabled, LitigationHoldEnabled, RetainDeletedItemsFor. Other real parameters "
        "are accepted with a warning that the emulator ignores them.")
    examples = (
        ("Set-Mailbox user01 -UseDatabaseQuotaDefaults $false -IssueWarningQuota 900MB -ProhibitSendQuota 1GB "
         "-ProhibitSendReceiveQuota 1.2GB", "Gives user01 its own quotas."),
        ("Get-Mailbox -Database DB03 | Set-Mailbox -UseDatabaseQuotaDefaults $true",
         "Lets the database's quotas apply to every mailbox of DB03."),
        ("Set-Mailbox user02 -HiddenFromAddressListsEnabled $true", "Hides user02 from the address lists."),
    )
    _HANDLED = _QUOTAS + tuple(_SIMPLE) + ("UseDatabaseQuotaDefaults", "RecoverableItemsQuota",
                                          "RecoverableItemsWarningQuota", "RetainDeletedItemsFor", "Name",
                                          "Alias", "PrimarySmtpAddress", "EmailAddresses", "Force")

    def begin(self) -> None:
        _ignored(self, self._HANDLED)

    def process(self) -> None:
        org = self.model
        try:
            quotas = {q: as_size_unlimited(getattr(self, q)) for q in _QUOTAS if self.is_bound(q)}
            rquotas = {q: as_size_unlimited(getattr(self, q)) for q in
                       ("RecoverableItemsQuota", "RecoverableItemsWarningQuota") if self.is_bound(q)}
            retain = convert_ets(self.RetainDeletedItemsFor) if self.is_bound("RetainDeletedItemsFor") else None
        except Exception as e:  # a conversion error: the binder's shape
            self.throw_terminating_error(str(getattr(e, "message", e)), "InvalidArgument",
                                         "ParameterArgumentTransformationError")
            return
        for ident, mbx in resolve_mailboxes(self, self.Identity, wildcard_ok=False):
            if not self.should_process(f'Setting mailbox "{shown_identity(ident, mbx)}".'):
                continue
            try:
                self._set(org, mbx, quotas, rquotas, retain)
            except ModelError as e:
                self.report(e, target=mbx.name)

    def _set(self, org: Any, mbx: Mailbox, quotas: dict[str, Any], rquotas: dict[str, Any], retain: Any) -> None:
        coll = org.mailboxes
        if self.is_bound("Name") and str(self.Name) != mbx.name:
            new = str(self.Name)
            other = coll.get(new)
            if other is not None and other is not mbx:
                raise InvalidOperationError(f"The name \"{new}\" is already being used. Please try another name.",
                                            target=new)
            coll.remove(mbx)
            mbx.name = new
            coll.add(mbx)
        if self.is_bound("Alias") and str(self.Alias) != mbx.alias:
            new = str(self.Alias)
            other = coll.by_alias(new)
            if other is not None and other is not mbx:
                raise InvalidOperationError(f"The alias \"{new}\" is already being used. Please try another alias.",
                                            target=new)
            coll.remove(mbx)
            mbx.alias = new
            coll.add(mbx)
        if self.is_bound("PrimarySmtpAddress") or self.is_bound("EmailAddresses"):
            self._addresses(org, mbx)
        if quotas or self.is_bound("UseDatabaseQuotaDefaults"):
            org.set_mailbox_quotas(
                mbx, quotas.get("IssueWarningQuota"), quotas.get("ProhibitSendQuota"),
                quotas.get("ProhibitSendReceiveQuota"),
                bool(self.UseDatabaseQuotaDefaults) if self.is_bound("UseDatabaseQuotaDefaults") else None)
        if "RecoverableItemsQuota" in rquotas:
            mbx.recoverable_quota = rquotas["RecoverableItemsQuota"]
        if "RecoverableItemsWarningQuota" in rquotas:
            mbx.recoverable_warning = rquotas["RecoverableItemsWarningQuota"]
        if retain is not None:
            mbx.retain_deleted_for = retain
        for prop, attr in _SIMPLE.items():
            if self.is_bound(prop):
                v = getattr(self, prop)
                setattr(mbx, attr, str(v) if attr == "display_name" else bool(v))
        mbx.when_changed = org.clock.now()
        org.touch()

    def _addresses(self, org: Any, mbx: Mailbox) -> None:
        old = [mbx.smtp, mbx.upn, *mbx.extra_addresses]
        smtp, extra = mbx.smtp, list(mbx.extra_addresses)
        if self.is_bound("EmailAddresses"):
            primary = None
            extra = []
            for a in identities(self.EmailAddresses):
                s = text_of(a).strip()
                if s.lower().startswith("smtp:"):
                    if s.startswith("SMTP:"):
                        primary = s[5:]
                    else:
                        extra.append(s[5:])
                elif "@" in s and ":" not in s:
                    extra.append(s)
            if primary is not None:
                smtp = primary
        if self.is_bound("PrimarySmtpAddress"):
            new = text_of(self.PrimarySmtpAddress).strip()
            if new.lower() != smtp.lower():
                extra = [a for a in extra if a.lower() != new.lower()]
                extra.insert(0, smtp)
                smtp = new
        for a in [smtp, *extra]:
            other = org.mailboxes.by_address(a)
            if other is not None and other is not mbx:
                raise InvalidOperationError(
                    f"The proxy address \"SMTP:{a}\" is already being used by another recipient. "
                    f"Please choose another proxy address.", target=a)
        mbx.smtp = smtp
        mbx.extra_addresses = [a for a in extra if a.lower() != smtp.lower()]
        org.mailboxes.reindex_addresses(mbx, old)


# ---------------------------------------------------------------- New-Mailbox

class NewMailbox(ExchangeCmdlet):
    name = "New-Mailbox"
    # The 2018 docs list the hosting-only WindowsLiveID / ImportLiveId / UseExistingLiveId as mandatory in
    # the User set: a doc bug (on premises `New-Mailbox -Name -UserPrincipalName -Password` is the norm).
    parameters = patched_parameters("New-Mailbox", not_mandatory=("WindowsLiveID", "ImportLiveId",
                                                                  "UseExistingLiveId"))
    default_parameter_set = "User"
    supports_should_process = True
    confirm_impact = "Medium"
    output_type = "Microsoft.Exchange.Data.Directory.Management.Mailbox"
    synopsis = "Use the New-Mailbox cmdlet to create a user in Active Directory and mailbox-enable this new user."
    description = (
        "Creates a user account and its mailbox. -Name, -UserPrincipalName and -Password (a SecureString: "
        "Read-Host -AsSecureString, or ConvertTo-SecureString) are required; -Alias (default: the name "
        "without spaces), -DisplayName, -FirstName, -LastName, -PrimarySmtpAddress and -OrganizationalUnit "
        "are optional. Without -Database the mailbox goes to the mounted database with the fewest "
        "mailboxes, as Exchange 2010 SP1's automatic mailbox distribution does. -Shared, -Room and "
        "-Equipment create the other kinds of mailbox.")
    examples = (
        ('New-Mailbox -Name "Chris Ashton" -Alias chris -UserPrincipalName chris@contoso.com -Database DB01 '
         '-Password (ConvertTo-SecureString "P@ssw0rd1" -AsPlainText -Force)',
         "Creates the mailbox of Chris Ashton in DB01."),
        ('$pw = Read-Host "Password" -AsSecureString; New-Mailbox -Name user61 -UserPrincipalName '
         'user61@contoso.com -Password $pw', "Asks for the password, then creates user61."),
    )

    def process(self) -> None:
        org = self.model
        name = str(self.Name)
        kind = {"Shared": "SharedMailbox", "Room": "RoomMailbox", "Equipment": "EquipmentMailbox",
                "Discovery": "DiscoveryMailbox", "Arbitration": "ArbitrationMailbox",
                "Linked": "LinkedMailbox"}.get(self.parameter_set_name, "UserMailbox")
        if self.Database is not None:
            db = get_one(self, self.Database, idn.get_database)
            if db is None:
                return
        else:
            db = _provisioning_database(org)
            if db is None:
                self.report(InvalidOperationError(
                    "Couldn't find a mailbox database to create the mailbox in. Specify one with the Database "
                    "parameter.", target=name), target=name)  # [K]
                return
        upn = str(self.UserPrincipalName) if self.UserPrincipalName is not None else None
        ou_text = text_of(self.OrganizationalUnit) if self.OrganizationalUnit is not None else f"{org.domain}/Users"
        ou = ou_text.rsplit("/", 1)[-1] if "/" in ou_text else re.sub(r"^(?i:cn|ou)=([^,]+),.*$", r"\1", ou_text)
        shown_upn = upn or name
        if not self.should_process(f'Creating mailbox "{name}" with user principal name "{shown_upn}" in '
                                   f'organizational unit "{org.domain}/{ou}".'):
            return
        smtp = text_of(self.PrimarySmtpAddress) if self.PrimarySmtpAddress is not None else None
        try:
            mbx = org.new_mailbox(name, db, alias=str(self.Alias) if self.Alias is not None else _alias_from(upn),
                                  display_name=str(self.DisplayName) if self.DisplayName is not None else None,
                                  smtp=smtp, recipient_type_details=kind,
                                  first_name=str(self.FirstName or ""), last_name=str(self.LastName or ""),
                                  upn=upn)
        except ModelError as e:
            self.report(e, target=name)
            return
        if ou.lower() != "users":
            org.mailboxes.remove(mbx)
            mbx.ou = ou
            org.mailboxes.add(mbx)
        if self.ResetPasswordOnNextLogon:
            mbx.org.touch()
        self.write_object(mbx)


def _alias_from(upn: str | None) -> str | None:
    """Without -Alias, a user's alias is the left side of its user principal name (as documented for
    New-Mailbox), with the characters an alias cannot hold removed; None lets the model use the name."""
    if not upn or "@" not in upn:
        return None
    left = re.sub(r"[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]", "", upn.split("@", 1)[0]).strip(".")
    return left or None


def _provisioning_database(org: Any) -> Any:
    """Automatic mailbox distribution: the mounted database with the fewest mailboxes, not excluded
    from provisioning."""
    best = None
    for db in org.databases:
        if not db.is_mounted or getattr(db, "recovery", False):
            continue
        if getattr(db, "IsExcludedFromProvisioning", False) or getattr(db, "IsSuspendedFromProvisioning", False):
            continue
        if best is None or len(db.mailboxes) < len(best.mailboxes):
            best = db
    return best


# ---------------------------------------------------------------- Enable-/Disable-/Remove-Mailbox

class EnableMailbox(ExchangeCmdlet):
    name = "Enable-Mailbox"
    # The reference's default set (Arbitration) needs -Arbitration: `Enable-Mailbox user -Database DB01`
    # binds the User set in Exchange 2010, so that is the default here.
    default_parameter_set = "User"
    supports_should_process = True
    confirm_impact = "Medium"
    output_type = "Microsoft.Exchange.Data.Directory.Management.Mailbox"
    synopsis = "Use the Enable-Mailbox cmdlet to create mailboxes for existing users who don't already have mailboxes."
    description = (
        "Mailbox-enables an existing user without a mailbox (for instance one whose mailbox was disabled "
        "with Disable-Mailbox; Get-User -RecipientTypeDetails User lists them). Without -Database the "
        "mailbox goes to the mounted database with the fewest mailboxes. -Shared, -Room and -Equipment "
        "create those kinds of mailbox; -Archive is accepted but archives are not simulated.")
    examples = (
        ("Enable-Mailbox user05 -Database DB02", "Gives user05 a mailbox in DB02 again."),
        ("Get-User -RecipientTypeDetails User | Enable-Mailbox -Database DB03",
         "Mailbox-enables every user without a mailbox."),
    )

    def process(self) -> None:
        org = self.model
        for ident in identities(self.Identity):
            if isinstance(ident, User):
                ident = ident.mailbox.name
            text = text_of(ident)
            old = org.disabled_users.get(text.lower())
            if old is None:
                for u in org.disabled_users.values():
                    if text.lower() in (u.alias.lower(), u.upn.lower(), u.smtp.lower()):
                        old = u
                        break
            if old is None:
                existing = idn.find_mailboxes(org, ident)
                if existing:
                    # [K] the 2010 text for a user who already has a mailbox
                    self.report(InvalidOperationError(
                        f"The user \"{existing[0].name}\" is already mailbox-enabled.", target=text), target=text)
                else:
                    self.report(not_found_object(text, org.dc_fqdn), target=text)
                continue
            if self.Archive:
                self.write_warning("The emulator does not simulate archive mailboxes; -Archive was ignored.")
                continue
            if self.Database is not None:
                db = get_one(self, self.Database, idn.get_database)
                if db is None:
                    continue
            else:
                db = _provisioning_database(org)
                if db is None:
                    continue
            if not self.should_process(f'Enabling mailbox "{text}" in database "{db.name}".'):  # [K]
                continue
            try:
                mbx = org.enable_mailbox(old.name, db, alias=str(self.Alias) if self.Alias is not None else None)
            except ModelError as e:
                self.report(e, target=text)
                continue
            kind = {"Shared": "SharedMailbox", "Room": "RoomMailbox", "Equipment": "EquipmentMailbox"}.get(
                self.parameter_set_name)
            if kind:
                mbx.recipient_type_details = kind
            if self.DisplayName is not None:
                mbx.display_name = str(self.DisplayName)
            self.write_object(mbx)


class DisableMailbox(ExchangeCmdlet):
    name = "Disable-Mailbox"
    # Exchange 2010's Disable-Mailbox asks for confirmation (ConfirmImpact High); the metadata
    # (no 2013 attribute data for it) says neither, so the real behaviour is set here.
    supports_should_process = True
    confirm_impact = "High"
    synopsis = ("Use the Disable-Mailbox cmdlet to disable the mailbox of an existing user and remove the Exchange "
                "attributes from Active Directory.")
    description = (
        "Disconnects a mailbox from its user: the user account stays (Get-User shows it with "
        "RecipientTypeDetails User) and the mailbox is kept in its database as disconnected "
        "(Get-MailboxStatistics -Database shows its DisconnectDate). Enable-Mailbox gives the user a "
        "mailbox again. Prompts for confirmation.")
    examples = (
        ("Disable-Mailbox user05", "Disables user05's mailbox, after confirmation."),
        ("Disable-Mailbox user05 -Confirm:$false", "The same without the prompt."),
    )

    def process(self) -> None:
        org = self.model
        for ident, mbx in resolve_mailboxes(self, self.Identity, wildcard_ok=False):
            if self.Archive or self.RemoteArchive:
                self.write_warning("The emulator does not simulate archive mailboxes; nothing was disabled.")
                continue
            if not self.should_process(  # [K]
                    f'Disabling Mailbox "{shown_identity(ident, mbx)}" will remove the Exchange properties from '
                    f'the Windows user object and mark the mailbox in the database for removal.'):
                continue
            try:
                org.disable_mailbox(mbx)
            except ModelError as e:
                self.report(e, target=mbx.name)


class RemoveMailbox(ExchangeCmdlet):
    name = "Remove-Mailbox"
    synopsis = ("Use the Remove-Mailbox cmdlet to delete a mailbox and the associated Active Directory user "
                "object.")
    description = (
        "Removes a mailbox and its user account. Prompts for confirmation (ConfirmImpact High); "
        "-Confirm:$false skips the prompt. Move requests of the mailbox are removed with it.")
    examples = (
        ("Remove-Mailbox user60", "Removes user60 and its mailbox, after confirmation."),
        ("Get-Mailbox -Database DB07 | Remove-Mailbox -Confirm:$false",
         "Removes every mailbox of DB07 without asking."),
    )

    def process(self) -> None:
        org = self.model
        if self.parameter_set_name == "StoreMailboxIdentity":
            self.write_warning("The emulator does not keep disconnected mailboxes in the store; nothing was removed.")
            return
        for ident, mbx in resolve_mailboxes(self, self.Identity, wildcard_ok=False):
            if not self.should_process(  # [K]
                    f'Removing the Mailbox "{shown_identity(ident, mbx)}" will remove the Windows user object and '
                    f'mark the mailbox in the database for removal.'):
                continue
            try:
                if mbx.move_request is not None:
                    org.remove_move_request(mbx.move_request)
                org.remove_mailbox(mbx)
            except ModelError as e:
                self.report(e, target=mbx.name)


__all__ = ["GetMailbox", "GetRecipient", "GetUser", "GetMailboxStatistics", "SetMailbox", "NewMailbox",
           "EnableMailbox", "DisableMailbox", "RemoveMailbox", "write_limited", "resolve_mailboxes",
           "DEFAULT_SIZE_WARNING", "MORE_RESULTS_WARNING", "ALL_SETS", "RECIPIENT_TYPE_DETAILS"]


# The reference has no 2013 attribute data for these; Exchange 2010's behaviour is set after the
# class is built (ExchangeCmdlet fills these from the metadata when the class is created).
EnableMailbox.default_parameter_set = "User"
EnableMailbox.supports_should_process = True
EnableMailbox.confirm_impact = "Medium"
DisableMailbox.supports_should_process = True
DisableMailbox.confirm_impact = "High"
