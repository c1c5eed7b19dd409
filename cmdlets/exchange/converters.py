"""Exchange parameter values: the value-type converters the binder uses, and the helpers the
server / DAG / database / copy cmdlets share to turn identities into model objects.

Value types (registered with ``register_parameter_type`` at import, so every Exchange cmdlet
binds them the same way):

* ``ByteQuantifiedSize``: ``2GB``, ``2 GB``, ``1.5 MB``, ``1024`` (bytes) -> values.ByteQuantifiedSize.
* ``EnhancedTimeSpan``: ``7.00:00:00``, ``00:15:00``, a TimeSpan -> values.EnhancedTimeSpan.
* ``Unlimited``: the metadata does not say Unlimited *of what* (quotas are
  Unlimited<ByteQuantifiedSize>, ResultSize is Unlimited<UInt32>), so the converter keeps the
  value's own kind: ``unlimited`` -> unlimited; a whole number (or digits) -> Unlimited of an
  integer (ResultSize 100, BadItemLimit 10); a size with a unit (``2GB``) -> Unlimited of a
  ByteQuantifiedSize. A quota cmdlet that receives Unlimited(int) reads it as bytes
  (``as_size_unlimited``), as Exchange reads a bare number for a size.

Identity parameters (``*IdParameter``) are not converted: the cmdlet receives what was given
— a string, or the piped model object (a DatabaseCopyStatusEntry piped into
Suspend-MailboxDatabaseCopy binds -Identity by value) — and resolves it with ems.model.identity.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any, Iterable

from ems.model import identity as idn
from ems.model.errors import ModelError
from ems.model.values import ByteQuantifiedSize, EnhancedTimeSpan, Unlimited
from ems.runtime.binder import register_parameter_type
from ems.runtime.control import enumerate_value, is_enumerable
from ems.runtime.exceptions import PSRuntimeException
from ems.runtime.psobject import base_object

BQS_TYPE = "Microsoft.Exchange.Data.ByteQuantifiedSize"
UNLIMITED_BQS_TYPE = "Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]"
ETS_TYPE = "Microsoft.Exchange.Data.EnhancedTimeSpan"


def _cannot_convert(value: Any, type_name: str, error: ModelError | Exception) -> PSRuntimeException:
    msg = getattr(error, "message", str(error))
    return PSRuntimeException(f'Cannot convert value "{value}" to type "{type_name}". Error: "{msg}"',
                              "CannotConvertArgumentNoMessage", "InvalidArgument")


def _plain(value: Any) -> Any:
    value = base_object(value)
    if hasattr(value, "ps_to_string") and not isinstance(value, (ByteQuantifiedSize, EnhancedTimeSpan, Unlimited)):
        return value.ps_to_string()
    return value


def convert_bqs(value: Any, ctx: Any = None) -> ByteQuantifiedSize:
    value = _plain(value)
    try:
        return ByteQuantifiedSize.parse(value)
    except (ModelError, ValueError) as e:
        raise _cannot_convert(value, BQS_TYPE, e) from None


def convert_ets(value: Any, ctx: Any = None) -> EnhancedTimeSpan:
    value = _plain(value)
    if isinstance(value, timedelta):
        return EnhancedTimeSpan(value)
    td = getattr(value, "td", None) or getattr(value, "_td", None)
    if isinstance(td, timedelta):
        return EnhancedTimeSpan(td)
    try:
        return EnhancedTimeSpan.parse(value)
    except (ModelError, ValueError) as e:
        raise _cannot_convert(value, ETS_TYPE, e) from None


def _is_int_text(v: Any) -> bool:
    return isinstance(v, str) and v.strip().replace(",", "").isdigit()


def convert_unlimited(value: Any, ctx: Any = None) -> Unlimited:
    value = _plain(value)
    if isinstance(value, Unlimited):
        return value
    if isinstance(value, ByteQuantifiedSize):
        return Unlimited(value)
    if isinstance(value, str) and value.strip().lower() == "unlimited":
        return Unlimited()
    if isinstance(value, bool):
        raise _cannot_convert(value, UNLIMITED_BQS_TYPE, ValueError("not a number or size"))
    if isinstance(value, int):
        return Unlimited(int(value))
    if isinstance(value, float) and value == int(value):
        return Unlimited(int(value))
    if _is_int_text(value):
        return Unlimited(int(value.strip().replace(",", "")))
    try:
        return Unlimited(ByteQuantifiedSize.parse(value))
    except (ModelError, ValueError) as e:
        raise _cannot_convert(value, UNLIMITED_BQS_TYPE, e) from None


def as_size_unlimited(value: Any) -> Unlimited:
    """A quota value: Unlimited of a ByteQuantifiedSize (a bare number means bytes)."""
    u = convert_unlimited(value)
    if not u.IsUnlimited and not isinstance(u.Value, ByteQuantifiedSize):
        return Unlimited(ByteQuantifiedSize(int(u.Value)))
    return u


register_parameter_type("ByteQuantifiedSize", convert_bqs, lambda v: isinstance(v, ByteQuantifiedSize))
register_parameter_type(BQS_TYPE, convert_bqs, lambda v: isinstance(v, ByteQuantifiedSize))
register_parameter_type("EnhancedTimeSpan", convert_ets, lambda v: isinstance(v, EnhancedTimeSpan))
register_parameter_type(ETS_TYPE, convert_ets, lambda v: isinstance(v, EnhancedTimeSpan))
register_parameter_type("Unlimited", convert_unlimited, lambda v: isinstance(v, Unlimited))


# ---------------------------------------------------------------- identities

def identities(value: Any) -> list[Any]:
    """The identities in a parameter value: one, or each element of an array (unwrapped)."""
    if value is None:
        return []
    value = base_object(value)
    if isinstance(value, (str, bytes)) or not is_enumerable(value):
        return [value]
    return [base_object(v) for v in enumerate_value(value)]


def text_of(identity: Any) -> str:
    identity = base_object(identity)
    if hasattr(identity, "ps_to_string"):
        return identity.ps_to_string()
    return str(identity)


def is_wildcard(identity: Any) -> bool:
    return isinstance(identity, str) and idn.has_wildcard(identity)


def short_name(name: str) -> str:
    """``E1402.contoso.com`` -> ``E1402``."""
    return str(name).split(".", 1)[0]


def resolve_each(cmdlet: Any, value: Any, find: Any, get: Any, wildcard_ok: bool = True) -> Iterable[Any]:
    """Yields the model objects named by ``value`` (a parameter value): wildcards expand (no
    error when nothing matches, as the Get- tasks do), a plain identity must name exactly
    one object (else the real not-found / ambiguous error is written and it is skipped)."""
    org = cmdlet.model
    for ident in identities(value):
        if wildcard_ok and is_wildcard(ident):
            yield from find(org, ident)
            continue
        try:
            yield get(org, ident)
        except ModelError as e:
            cmdlet.report(e, target=text_of(ident))


def get_one(cmdlet: Any, value: Any, get: Any) -> Any:
    """The one object a parameter names, or None after writing the error."""
    ids = identities(value)
    if not ids:
        return None
    try:
        return get(cmdlet.model, ids[0])
    except ModelError as e:
        cmdlet.report(e, target=text_of(ids[0]))
        return None


def local_computer(cmdlet: Any) -> str:
    """The computer the console is on ($env:COMPUTERNAME; Enter-LabServer changes it)."""
    from cmdlets.lab.servers import current_server_name
    return current_server_name(cmdlet.context)


def local_server(cmdlet: Any, exchange: bool = True) -> Any:
    """The model server the console is on, or None after writing an error when that computer
    is not part of the simulated organization."""
    name = local_computer(cmdlet)
    try:
        return idn.get_server(cmdlet.model, name, computers=not exchange)
    except ModelError as e:
        cmdlet.report(e, target=name)
        return None
