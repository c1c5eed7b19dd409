"""How a cmdlet is written: declared metadata plus begin/process/end.

A cmdlet is a subclass of ``Cmdlet`` in a module under ``cmdlets/``:

    class GetMailbox(Cmdlet):
        name = "Get-Mailbox"
        parameters = (
            Parameter("Identity", "Microsoft.Exchange.Configuration.Tasks.MailboxIdParameter",
                      position=0, pipeline=True, sets=("Identity",)),
            Parameter("Database", "DatabaseIdParameter", sets=("Database",)),
            Parameter("ResultSize", "Unlimited[System.UInt32]"),
        )
        default_parameter_set = "Identity"
        synopsis = "Use the Get-Mailbox cmdlet to view mailbox objects and attributes."
        examples = (("Get-Mailbox -ResultSize Unlimited", "Lists every mailbox."),)

        def process(self):
            for mbx in self.model.mailboxes.find(self.Identity):
                self.write_object(mbx)

The binder sets every declared parameter as an attribute of the instance before
``begin`` (unbound ones get ``None``, switches ``False``), and re-sets pipeline-bound
parameters before each ``process`` call. ``self.bound_parameters`` holds only what was
bound (PowerShell's $PSBoundParameters); ``self.parameter_set_name`` the chosen set.

Everything a cmdlet does to the outside goes through ``self.runtime`` (the
CommandRuntime the engine provides): output, errors, other streams, ShouldProcess.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

ALL_SETS = "__AllParameterSets"
SWITCH = "System.Management.Automation.SwitchParameter"


@dataclass(frozen=True)
class ParameterSetSpec:
    """Per-set settings of a parameter, when they differ between sets."""

    mandatory: bool = False
    position: int | None = None
    pipeline: bool = False
    pipeline_by_name: bool = False


@dataclass(frozen=True)
class Parameter:
    """One parameter of a cmdlet.

    ``type`` is the .NET type name as the real cmdlet declares it (shown by Get-Help
    and used for conversion): "System.String", "System.String[]", "System.Int32",
    SWITCH, "System.Management.Automation.ScriptBlock", "System.Object",
    "System.Management.Automation.PSObject", or an Exchange type such as
    "Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter"; an enum type is
    declared with ``enum_values``.
    ``sets`` lists the parameter sets it belongs to (ALL_SETS for every set).
    ``pipeline`` is ValueFromPipeline, ``pipeline_by_name`` ValueFromPipelineByPropertyName.
    ``per_set`` overrides mandatory/position/pipeline flags for particular sets.
    Validation: ``validate_set`` (case-insensitive values), ``validate_range`` (min, max),
    ``validate_not_null``, ``validate_not_null_or_empty``, ``validate_count`` (min, max),
    ``validate_pattern`` (regex), ``validate_length`` (min, max).
    ``allow_null`` / ``allow_empty_string`` / ``allow_empty_collection`` (AllowNull,
    AllowEmptyString, AllowEmptyCollection) let a mandatory parameter take $null, '' or @().
    ``dont_show`` hides it from help and completion.
    """

    name: str
    type: str = "System.Object"
    position: int | None = None
    mandatory: bool = False
    sets: tuple[str, ...] = (ALL_SETS,)
    pipeline: bool = False
    pipeline_by_name: bool = False
    aliases: tuple[str, ...] = ()
    per_set: dict[str, ParameterSetSpec] = field(default_factory=dict, hash=False, compare=False)
    enum_values: tuple[str, ...] | None = None
    validate_set: tuple[str, ...] | None = None
    validate_range: tuple[Any, Any] | None = None
    validate_not_null: bool = False
    validate_not_null_or_empty: bool = False
    validate_count: tuple[int, int] | None = None
    validate_pattern: str | None = None
    validate_length: tuple[int, int] | None = None
    accept_wildcard: bool = False
    allow_null: bool = False
    allow_empty_string: bool = False
    allow_empty_collection: bool = False
    default: Any = None
    help: str = ""
    dont_show: bool = False

    @property
    def is_switch(self) -> bool:
        return self.type == SWITCH

    def spec_for(self, set_name: str) -> ParameterSetSpec:
        if set_name in self.per_set:
            return self.per_set[set_name]
        return ParameterSetSpec(self.mandatory, self.position, self.pipeline, self.pipeline_by_name)


class Cmdlet:
    """Base class of every cmdlet. Subclasses set the class attributes and override
    begin/process/end."""

    name: ClassVar[str] = ""
    parameters: ClassVar[tuple[Parameter, ...]] = ()
    default_parameter_set: ClassVar[str | None] = None
    supports_should_process: ClassVar[bool] = False
    confirm_impact: ClassVar[str] = "Medium"  # "None" | "Low" | "Medium" | "High"
    output_type: ClassVar[str | None] = None
    module: ClassVar[str] = "Microsoft.PowerShell.Utility"  # shown by Get-Command
    aliases: ClassVar[tuple[str, ...]] = ()  # built-in aliases that point to this cmdlet
    synopsis: ClassVar[str] = ""
    description: ClassVar[str] = ""
    examples: ClassVar[tuple[tuple[str, str], ...]] = ()  # (command line, explanation)
    # The .NET class that implements the cmdlet: the suffix of its errors' FullyQualifiedErrorIds
    # (`PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand`). None: for a cmdlet of a
    # Microsoft.PowerShell.* module, Microsoft.PowerShell.Commands.<Verb><Noun>Command; for others
    # (the Exchange cmdlets, which EMS runs as proxy functions) the command name.
    implementing_type: ClassVar[str | None] = None

    @classmethod
    def error_id_suffix(cls) -> str:
        """What follows the comma in the FullyQualifiedErrorId of this cmdlet's errors."""
        if cls.implementing_type:
            return cls.implementing_type
        if cls.module.startswith("Microsoft.PowerShell."):
            return "Microsoft.PowerShell.Commands." + cls.name.replace("-", "") + "Command"
        return cls.name

    def __init__(self, runtime: Any):
        self.runtime = runtime  # the CommandRuntime: streams, ShouldProcess, context
        self.bound_parameters: dict[str, Any] = {}
        self.parameter_set_name: str = ALL_SETS

    # -- the body ----------------------------------------------------------------
    def begin(self) -> None:
        pass

    def process(self) -> None:
        pass

    def end(self) -> None:
        pass

    # -- services (thin delegates to the runtime) ---------------------------------
    @property
    def context(self) -> Any:
        """The ExecutionContext (session state, host, model)."""
        return self.runtime.context

    @property
    def model(self) -> Any:
        """The simulated organization."""
        return self.runtime.context.model

    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None:
        self.runtime.write_object(obj, enumerate_collection)

    def write_error(self, message: str, category: str = "NotSpecified", error_id: str = "",
                    target: Any = None, exception_type: str | None = None) -> None:
        """A non-terminating error; FullyQualifiedErrorId becomes "error_id,Cmdlet-Name"."""
        self.runtime.write_error(message, category, error_id, target, exception_type)

    def throw_terminating_error(self, message: str, category: str = "NotSpecified",
                                error_id: str = "", target: Any = None,
                                exception_type: str | None = None) -> None:
        self.runtime.throw_terminating_error(message, category, error_id, target, exception_type)

    def write_warning(self, text: str) -> None:
        self.runtime.write_warning(text)

    def write_verbose(self, text: str) -> None:
        self.runtime.write_verbose(text)

    def write_debug(self, text: str) -> None:
        self.runtime.write_debug(text)

    def write_information(self, obj: Any) -> None:
        self.runtime.write_information(obj)

    def write_progress(self, record: Any) -> None:
        self.runtime.write_progress(record)

    def should_process(self, target: str, action: str | None = None) -> bool:
        """-WhatIf prints `What if: Performing operation "<action>" on Target "<target>".`
        and returns False; -Confirm (or ConfirmImpact >= $ConfirmPreference) asks.
        Exchange cmdlets pass their whole confirmation message as ``target`` with
        ``action=None``: then WhatIf prints `What if: <message>` as EMS does."""
        return self.runtime.should_process(target, action)

    def should_continue(self, query: str, caption: str) -> bool:
        return self.runtime.should_continue(query, caption)

    def is_bound(self, name: str) -> bool:
        return name in self.bound_parameters
