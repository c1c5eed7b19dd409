"""What every Exchange cmdlet shares: parameters from the reference metadata, and errors in
the Exchange 2010 shape.

Parameters are not written by hand: `exchange_parameters("Get-Mailbox")` reads
metadata.json (generated from the reference facts by tools/gen_exchange_metadata.py), so each
cmdlet binds exactly the parameters, sets, positions and aliases the real one has. A cmdlet
declares which of them it implements (`implemented`); the others are still accepted — as the
real shell would accept them — and a warning says the emulator ignores them.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any, ClassVar

from ems.errors import ErrorCategory, ErrorRecord
from ems.runtime.cmdlet import ALL_SETS, SWITCH, Cmdlet, Parameter, ParameterSetSpec

METADATA_FILE = Path(__file__).with_name("metadata.json")
EXCHANGE_MODULE = "Microsoft.Exchange.Management.PowerShell.E2010"

_DOTNET_TYPES = {
    "SwitchParameter": SWITCH,
    "String": "System.String",
    "String[]": "System.String[]",
    "Boolean": "System.Boolean",
    "Int32": "System.Int32",
    "UInt32": "System.UInt32",
    "UInt16": "System.UInt16",
    "Int64": "System.Int64",
    "DateTime": "System.DateTime",
    "Guid": "System.Guid",
    "Object": "System.Object",
    "PSCredential": "System.Management.Automation.PSCredential",
    "SecureString": "System.Security.SecureString",
    "Uri": "System.Uri",
}

# The .NET namespace of each task class, by noun, for FullyQualifiedErrorIds such as
# "8D2705A1,Microsoft.Exchange.Management.RecipientTasks.GetMailbox".
_TASK_NAMESPACES = {
    "Mailbox": "RecipientTasks",
    "MailboxStatistics": "MapiTasks",
    "Recipient": "RecipientTasks",
    "User": "RecipientTasks",
    "MoveRequest": "RecipientTasks",
    "MoveRequestStatistics": "RecipientTasks",
    "DistributionGroup": "RecipientTasks",
    "DistributionGroupMember": "RecipientTasks",
    "MailboxPermission": "RecipientTasks",
    "Queue": "TransportTasks",
    "Message": "TransportTasks",
    "MessageTrackingLog": "TransportTasks",
    "TransportConfig": "SystemConfigurationTasks",
}


@functools.lru_cache(maxsize=1)
def _metadata() -> dict[str, Any]:
    return json.loads(METADATA_FILE.read_text(encoding="utf-8"))


def cmdlet_metadata(name: str) -> dict[str, Any]:
    return _metadata()[name]


def _parameter(p: dict[str, Any], all_sets: list[str]) -> Parameter:
    sets = tuple(ALL_SETS if s == "(All)" else s for s in p["sets"])
    mandatory_in = set(p.get("mandatory_in", ()))
    position_in = p.get("position_in", {})
    pipeline = p.get("pipeline")
    per_set: dict[str, ParameterSetSpec] = {}
    if mandatory_in or position_in:
        for s in (all_sets if ALL_SETS in sets else sets):
            per_set[s] = ParameterSetSpec(
                mandatory=s in mandatory_in,
                position=position_in.get(s, p.get("position")),
                pipeline=pipeline == "value",
                pipeline_by_name=pipeline == "name",
            )
    enum = p.get("enum")
    return Parameter(
        name=p["name"],
        type=_DOTNET_TYPES.get(p["type"], p["type"]),
        position=p.get("position"),
        mandatory=bool(p.get("mandatory")),
        sets=sets,
        pipeline=pipeline == "value",
        pipeline_by_name=pipeline == "name",
        aliases=tuple(p.get("aliases", ())),
        per_set=per_set,
        enum_values=tuple(enum) if enum else None,
        accept_wildcard=bool(p.get("wildcard")),
    )


def exchange_parameters(name: str, *extra: Parameter) -> tuple[Parameter, ...]:
    """The real parameters of an Exchange 2010 cmdlet, plus any extra ones."""
    meta = cmdlet_metadata(name)
    params = [_parameter(p, meta["sets"]) for p in meta["parameters"]]
    return tuple(params) + extra


def error_id(message_template: str, cmdlet_name: str) -> str:
    """A FullyQualifiedErrorId in the Exchange 2010 remote-shell shape: an 8-hex-digit id
    (here a stable hash of the message template — the real ids are opaque) and the task class."""
    verb, _, noun = cmdlet_name.partition("-")
    namespace = _TASK_NAMESPACES.get(noun, "SystemConfigurationTasks")
    digest = hashlib.sha1(message_template.encode("utf-8")).hexdigest()[:8].upper()
    return f"{digest},Microsoft.Exchange.Management.{namespace}.{verb}{noun}"


class ExchangeCmdlet(Cmdlet):
    """Base of the Exchange cmdlets: metadata from the reference, model errors reported as
    Exchange reports them."""

    module: ClassVar[str] = EXCHANGE_MODULE
    # Parameters whose effect the emulator simulates; binding accepts all real ones.
    implemented: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.name and cls.name in _metadata() and not cls.__dict__.get("parameters"):
            meta = cmdlet_metadata(cls.name)
            cls.parameters = exchange_parameters(cls.name)
            cls.default_parameter_set = meta["default_set"]
            cls.supports_should_process = meta["supports_should_process"]
            cls.confirm_impact = meta["confirm_impact"]

    def report(self, error: Any, target: Any = None, terminating: bool = False) -> None:
        """Turns a model error (ems.model.errors.ModelError) into an error record shaped like
        Exchange's: CategoryInfo `NotSpecified: (...) [Get-Mailbox], ManagementObjectNotFoundException`."""
        message = getattr(error, "message", str(error))
        dotnet = getattr(error, "dotnet_type", "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException")
        category = getattr(error, "category", "NotSpecified")
        template = getattr(error, "template", message)
        if not isinstance(category, ErrorCategory):
            category = ErrorCategory[str(category)]
        record = ErrorRecord(
            message=message,
            category=category,
            fully_qualified_error_id=error_id(template, self.name),
            exception_type=dotnet.rsplit(".", 1)[-1],
            target_object=target,
            command_name=self.name,
            category_target="",
            category_target_type="",
            exception=error,
            remote=True,
        )
        if terminating:
            self.throw_terminating_error(record)
        else:
            self.write_error(record)
