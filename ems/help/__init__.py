"""The help system's data and text: syntax lines and help pages built from cmdlet metadata,
and the about_* topics (plain text files in this folder, written in our own words).

Everything here derives from a Cmdlet class's declared metadata (`name`, `parameters`,
`default_parameter_set`, `supports_should_process`, `synopsis`, `description`, `examples`,
`output_type`, `aliases`) plus the common parameters, so help works for every cmdlet,
whoever wrote it. The page layouts follow Windows PowerShell 5.1's Get-Help (NAME,
SYNOPSIS, SYNTAX, DESCRIPTION, PARAMETERS, INPUTS, OUTPUTS, EXAMPLES, RELATED LINKS,
REMARKS); lines carry no trailing blanks.

Syntax notation (one line per parameter set, the default set first):
mandatory positional ``[-Name] <Type>``, optional positional ``[[-Name] <Type>]``, mandatory
named ``-Name <Type>``, optional named ``[-Name <Type>]``, switch ``[-Name]``, enumerations and
ValidateSet ``{A | B}``; positional parameters first (by position), then mandatory named ones,
then the others in declaration order, then ``[-Confirm] [-WhatIf]`` for cmdlets that support
ShouldProcess, then ``[<CommonParameters>]``. Type names are shown short (``String[]``,
``DatabaseCopyIdParameter``).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

from ems.runtime.cmdlet import ALL_SETS, Parameter

TOPIC_DIR = Path(__file__).parent

COMMON_PARAMETERS = ("Verbose", "Debug", "ErrorAction", "WarningAction", "ErrorVariable",
                     "WarningVariable", "OutVariable", "OutBuffer")
SHOULD_PROCESS_PARAMETERS = ("WhatIf", "Confirm")

_COMMON_TEXT = (
    "This cmdlet supports the common parameters: Verbose, Debug,",
    "ErrorAction, ErrorVariable, WarningAction, WarningVariable,",
    "OutBuffer, PipelineVariable, and OutVariable. For more information, see",
    "about_CommonParameters (https:/go.microsoft.com/fwlink/?LinkID=113216).",
)


# ------------------------------------------------------------------ types and sets


def short_type(type_name: str) -> str:
    """`System.String[]` -> `String[]`; `Microsoft.Exchange...DatabaseIdParameter` ->
    `DatabaseIdParameter`; generics show their outer name (`Nullable[Int32]` -> `Int32`)."""
    t = type_name.strip()
    array = ""
    while t.endswith("[]"):
        array += "[]"
        t = t[:-2]
    m = re.match(r"^([^\[]+)\[(.*)\]$", t)
    if m:
        outer, inner = m.group(1), m.group(2)
        if outer.split(".")[-1].split("`")[0] == "Nullable":
            return short_type(inner) + array
        t = outer
    t = t.split("`")[0]
    return t.split(".")[-1].split("+")[-1] + array


def _type_text(p: Parameter) -> str:
    values = p.enum_values or p.validate_set
    if values:
        return "{" + " | ".join(values) + "}"
    return "<" + short_type(p.type) + ">"


def parameter_sets(cls: Any) -> list[str]:
    """The parameter set names of a cmdlet, the default set first ([ALL_SETS] when none)."""
    names: list[str] = []
    for p in cls.parameters:
        for s in p.sets:
            if s != ALL_SETS and s not in names:
                names.append(s)
        for s in getattr(p, "per_set", {}) or {}:
            if s != ALL_SETS and s not in names:
                names.append(s)
    if not names:
        return [ALL_SETS]
    default = cls.default_parameter_set
    if default in names:
        names.remove(default)
        names.insert(0, default)
    return names


def parameters_in_set(cls: Any, set_name: str) -> list[Parameter]:
    out = []
    for p in cls.parameters:
        if p.dont_show:
            continue
        if ALL_SETS in p.sets or set_name in p.sets or set_name == ALL_SETS:
            out.append(p)
    return out


def _visible_parameters(cls: Any) -> list[Parameter]:
    return [p for p in cls.parameters if not p.dont_show]


def _declared(cls: Any, name: str) -> bool:
    return any(p.name.lower() == name.lower() for p in cls.parameters)


def syntax_line(cls: Any, set_name: str) -> str:
    params = parameters_in_set(cls, set_name)
    specs = [(p, p.spec_for(set_name)) for p in params]
    positional = sorted([x for x in specs if x[1].position is not None], key=lambda x: x[1].position)
    named = [x for x in specs if x[1].position is None]
    mandatory_named = [x for x in named if x[1].mandatory]
    optional_named = [x for x in named if not x[1].mandatory]
    parts = [cls.name]
    for p, s in positional:
        if p.is_switch:
            parts.append(f"[-{p.name}]")
        elif s.mandatory:
            parts.append(f"[-{p.name}] {_type_text(p)}")
        else:
            parts.append(f"[[-{p.name}] {_type_text(p)}]")
    for p, s in mandatory_named + optional_named:
        body = f"-{p.name}" if p.is_switch else f"-{p.name} {_type_text(p)}"
        parts.append(body if s.mandatory else f"[{body}]")
    if cls.supports_should_process:
        for n in ("Confirm", "WhatIf"):
            if not _declared(cls, n):
                parts.append(f"[-{n}]")
    parts.append("[<CommonParameters>]")
    return " ".join(parts)


def syntax_lines(cls: Any) -> list[str]:
    return [syntax_line(cls, s) for s in parameter_sets(cls)]


# ------------------------------------------------------------------ parameter blocks


def _pipeline_text(p: Parameter) -> str:
    by_value = any(p.spec_for(s).pipeline for s in (p.sets or (ALL_SETS,))) or p.pipeline
    by_name = any(p.spec_for(s).pipeline_by_name for s in (p.sets or (ALL_SETS,))) or p.pipeline_by_name
    if by_value and by_name:
        return "True (ByValue, ByPropertyName)"
    if by_value:
        return "True (ByValue)"
    if by_name:
        return "True (ByPropertyName)"
    return "False"


def _required(p: Parameter) -> str:
    sets = p.sets or (ALL_SETS,)
    flags = {p.spec_for(s).mandatory for s in sets} | ({p.mandatory} if not p.per_set else set())
    if flags == {True}:
        return "true"
    if True in flags:
        return "true (" + ", ".join(s for s in sets if p.spec_for(s).mandatory) + ")"
    return "false"


def _position(p: Parameter) -> str:
    positions = {p.spec_for(s).position for s in (p.sets or (ALL_SETS,))}
    positions.discard(None)
    if p.position is not None and not p.per_set:
        positions.add(p.position)
    if not positions:
        return "Named"
    return str(min(positions))


def _default(p: Parameter) -> str:
    if p.default is None:
        return "False" if p.is_switch else "None"
    if isinstance(p.default, bool):
        return "True" if p.default else "False"
    return str(p.default)


def parameter_block(p: Parameter, indent: str = "    ", full: bool = True) -> list[str]:
    if p.is_switch:
        head = f"-{p.name} [<SwitchParameter>]"
    else:
        head = f"-{p.name} <{short_type(p.type)}>"
    lines = [indent + head]
    inner = indent + "    "
    if p.help:
        lines.append(inner + p.help)
    values = p.enum_values or p.validate_set
    if values:
        lines.append(inner + "The acceptable values for this parameter are: " + ", ".join(values) + ".")
    if p.aliases and full:
        lines.append(inner + "Aliases: " + ", ".join(p.aliases))
    lines.append("")
    if full:
        lines.append(f"{inner}Required?                    {_required(p)}")
        lines.append(f"{inner}Position?                    {_position(p)}")
        lines.append(f"{inner}Default value                {_default(p)}")
        lines.append(f"{inner}Accept pipeline input?       {_pipeline_text(p)}")
        lines.append(f"{inner}Accept wildcard characters?  {'true' if p.accept_wildcard else 'false'}")
        lines.append("")
    return lines


def _should_process_params() -> list[Parameter]:
    return [
        Parameter("Confirm", "System.Management.Automation.SwitchParameter", aliases=("cf",),
                  help="Prompts you for confirmation before running the cmdlet."),
        Parameter("WhatIf", "System.Management.Automation.SwitchParameter", aliases=("wi",),
                  help="Shows what would happen if the cmdlet runs. The cmdlet is not run."),
    ]


def help_parameters(cls: Any) -> list[Parameter]:
    params = list(_visible_parameters(cls))
    if cls.supports_should_process:
        params += [p for p in _should_process_params() if not _declared(cls, p.name)]
    return params


def common_parameters_block(indent: str = "    ") -> list[str]:
    return [indent + "<CommonParameters>"] + [indent + "    " + t for t in _COMMON_TEXT] + [""]


# ------------------------------------------------------------------ pages


def has_help(cls: Any) -> bool:
    return bool(cls.synopsis) or bool(cls.examples)


def _examples(cls: Any, indent: str = "    ") -> list[str]:
    out = []
    for i, (code, text) in enumerate(cls.examples, 1):
        out.append(f"{indent}-------------------------- EXAMPLE {i} --------------------------")
        out.append("")
        out.append(f"{indent}PS C:\\>{code}")
        out.append("")
        if text:
            out.append(indent + text)
            out.append("")
        out.append("")
    return out


def _paragraphs(text: str, indent: str = "    ") -> list[str]:
    out = []
    for para in (text or "").split("\n\n"):
        para = " ".join(para.split())
        if para:
            out.append(indent + para)
            out.append("")
    return out or [""]


def related(cls: Any, all_classes: Iterable[Any]) -> list[str]:
    noun = cls.name.split("-", 1)[-1].lower()
    return sorted({c.name for c in all_classes
                   if c is not cls and c.name.split("-", 1)[-1].lower() == noun})


def _remarks(name: str) -> list[str]:
    return [
        "REMARKS",
        f'    To see the examples, type: "get-help {name} -examples".',
        f'    For more information, type: "get-help {name} -detailed".',
        f'    For technical information, type: "get-help {name} -full".',
        "",
        "",
    ]


def render_cmdlet_help(cls: Any, mode: str = "default", all_classes: Iterable[Any] = ()) -> str:
    """The text of `Get-Help <cmdlet>` (mode: default | detailed | full | examples)."""
    name = cls.name
    if mode == "examples":
        lines = ["", "NAME", "    " + name, "", "SYNOPSIS", "    " + (cls.synopsis or name), ""]
        lines += _examples(cls)
        return "\n".join(lines)
    lines = ["", "NAME", "    " + name, ""]
    if not has_help(cls):
        lines += ["SYNTAX"]
        for s in syntax_lines(cls):
            lines += ["    " + s, ""]
        lines += ["", "ALIASES", "    " + (", ".join(cls.aliases) if cls.aliases else "None"), "", "REMARKS",
                  "    Get-Help cannot find the Help files for this cmdlet on this computer. "
                  "It is displaying only partial help.", "", ""]
        return "\n".join(lines)
    lines += ["SYNOPSIS", "    " + cls.synopsis, "", "", "SYNTAX"]
    for s in syntax_lines(cls):
        lines += ["    " + s, ""]
    lines += ["", "DESCRIPTION"]
    lines += _paragraphs(cls.description or cls.synopsis)
    if mode in ("detailed", "full"):
        lines += ["", "PARAMETERS"]
        for p in help_parameters(cls):
            lines += parameter_block(p, full=(mode == "full"))
        lines += common_parameters_block()
        if mode == "full":
            inputs: list[str] = []
            for p in cls.parameters:
                if (p.pipeline or any(p.spec_for(x).pipeline for x in p.sets)) and p.type not in inputs:
                    inputs.append(p.type)
            lines += ["INPUTS"]
            for t in inputs or ["None"]:
                lines += ["    " + t, ""]
            lines += ["", "OUTPUTS", "    " + (cls.output_type or "System.Object"), "", ""]
        lines += _examples(cls)
    lines += ["", "RELATED LINKS"]
    rel = related(cls, all_classes)
    lines += ["    " + r for r in rel] if rel else []
    lines += [""]
    lines += _remarks(name)
    return "\n".join(lines)


def render_parameter_help(cls: Any, pattern_matches: list[Parameter]) -> str:
    lines = [""]
    for p in pattern_matches:
        lines += parameter_block(p, indent="")
    lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------ about topics


def topic_names() -> list[str]:
    return sorted(p.stem for p in TOPIC_DIR.glob("about_*.txt"))


def read_topic(name: str) -> str | None:
    for n in topic_names():
        if n.lower() == name.lower():
            return (TOPIC_DIR / f"{n}.txt").read_text(encoding="utf-8")
    return None


def topic_synopsis(name: str) -> str:
    """The first line of the SHORT DESCRIPTION section."""
    text = read_topic(name) or ""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip().upper() == "SHORT DESCRIPTION":
            words: list[str] = []
            for nxt in lines[i + 1:]:
                if not nxt.strip():
                    if words:
                        break
                    continue
                words.append(nxt.strip())
            return " ".join(words)
    return ""
