"""Get-Help and Get-Command, built from the cmdlet metadata of every command in the session.

Get-Command lists in the PowerShell 2.0 layout the Exchange 2010 Management Shell had:
CommandType, Name, Definition (a cmdlet's Definition is its syntax; an alias's, the command
it stands for). Output is ordered like 5.1: aliases, then functions, then cmdlets, each by
name. Get-Help pages follow Windows PowerShell 5.1 (see ems/help/__init__.py).
"""
from __future__ import annotations

from typing import Any

import ems.help as H
from cmdlets.core.files import STR, STRS, SWITCH, as_list, to_str
from ems.runtime import filesystem as fsm
from ems.runtime.cmdlet import Cmdlet, Parameter
from ems.runtime.psobject import PSObject, base_object

CORE_MODULE = "Microsoft.PowerShell.Core"


# =============================================================== the session's commands


class CommandEntry:
    """A command as Get-Command shows it (CmdletInfo / FunctionInfo / AliasInfo)."""

    PS_PROPERTIES = ("CommandType", "Name", "Definition", "ModuleName", "Verb", "Noun", "OutputType")

    def __init__(self, kind: str, name: str, definition: str = "", module: str = "",
                 cmdlet: Any = None, target: str | None = None):
        self.CommandType = kind
        self.Name = name
        self.Definition = definition
        self.ModuleName = module
        self.cmdlet = cmdlet
        self.target = target
        self.info: Any = None  # the engine's CommandInfo, for functions
        verb, _, noun = name.partition("-") if kind != "Alias" else ("", "", "")
        self.Verb = verb if noun else ""
        self.Noun = noun
        self.OutputType = getattr(cmdlet, "output_type", None) or None

    @property
    def ResolvedCommandName(self) -> str | None:
        return self.target

    @property
    def ReferencedCommand(self) -> str | None:
        return self.target

    @property
    def ParameterSets(self) -> list[str]:
        return H.syntax_lines(self.cmdlet) if self.cmdlet is not None else []

    def ps_to_string(self) -> str:
        return self.Name

    def __repr__(self) -> str:
        return f"CommandEntry({self.CommandType}, {self.Name})"


class AliasEntry(CommandEntry):
    PS_TYPE_NAMES = ("System.Management.Automation.AliasInfo", "System.Management.Automation.CommandInfo",
                     "System.Object")


class FunctionEntry(CommandEntry):
    PS_TYPE_NAMES = ("System.Management.Automation.FunctionInfo", "System.Management.Automation.CommandInfo",
                     "System.Object")


class CmdletEntry(CommandEntry):
    PS_TYPE_NAMES = ("System.Management.Automation.CmdletInfo", "System.Management.Automation.CommandInfo",
                     "System.Object")


class OtherEntry(CommandEntry):
    PS_TYPE_NAMES = ("System.Management.Automation.CommandInfo", "System.Object")


def make_entry(kind: str, name: str, definition: str = "", module: str = "", cmdlet: Any = None,
               target: str | None = None) -> CommandEntry:
    cls = {"Alias": AliasEntry, "Function": FunctionEntry, "Filter": FunctionEntry,
           "Cmdlet": CmdletEntry}.get(kind, OtherEntry)
    return cls(kind, name, definition, module, cmdlet, target)


_KIND_ORDER = {"Alias": 0, "Function": 1, "Filter": 2, "Cmdlet": 3, "ExternalScript": 4, "Application": 5}


def _attr(obj: Any, *names: str) -> Any:
    for n in names:
        v = getattr(obj, n, None)
        if v is not None:
            return v
    return None


def _all_cmdlet_classes() -> dict[str, type]:
    import cmdlets
    return cmdlets.all_cmdlets()


def _cmdlet_classes(ctx: Any) -> dict[str, type]:
    table = getattr(ctx, "commands", None)
    for attr in ("cmdlets", "cmdlet_classes"):
        found = getattr(table, attr, None)
        if isinstance(found, dict) and found:
            out = {}
            for k, c in found.items():
                c = getattr(c, "cls", c)  # CmdletInfo of the engine, or the class itself
                if isinstance(c, type) and getattr(c, "name", ""):
                    out[c.name] = c
            if out:
                return out
    return _all_cmdlet_classes()


def session_commands(ctx: Any) -> list[CommandEntry]:
    """Every alias, function and cmdlet of the session."""
    classes = _cmdlet_classes(ctx)
    by_lower = {n.lower(): c for n, c in classes.items()}
    entries: dict[tuple[str, str], CommandEntry] = {}
    for name, cls in classes.items():
        entries[("Cmdlet", name.lower())] = make_entry(
            "Cmdlet", name, "\n".join(H.syntax_lines(cls)), cls.module, cls)
    infos: list[Any] = []
    try:
        infos = list(ctx.all_commands())
    except Exception:
        infos = []
    for info in infos:
        kind = to_str(_attr(info, "CommandType", "command_type", "kind") or "")
        name = _attr(info, "Name", "name")
        if not name or not kind:
            continue
        kind = kind.split(".")[-1]
        if kind == "Cmdlet":
            continue
        if kind == "Alias":
            target = to_str(_attr(info, "Definition", "ResolvedCommandName", "target", "definition") or "")
            entries[(kind, name.lower())] = make_entry("Alias", name, target, "", by_lower.get(target.lower()),
                                                         target)
        else:
            definition = _attr(info, "Definition", "definition")
            if definition is None:
                sb = _attr(info, "ScriptBlock", "scriptblock", "body")
                definition = to_str(sb) if sb is not None else ""
            entry = make_entry(kind, name, to_str(definition), to_str(_attr(info, "ModuleName", "module") or ""))
            entry.info = info
            entries[(kind, name.lower())] = entry
    if not any(k[0] == "Alias" for k in entries):
        for name, cls in classes.items():
            for a in cls.aliases:
                entries[("Alias", a.lower())] = make_entry("Alias", a, name, "", cls, name)
    return sorted(entries.values(), key=lambda e: (_KIND_ORDER.get(e.CommandType, 9), e.Name.lower()))


class _FunctionShape:
    """A function's parameter metadata in the shape the syntax renderer reads."""

    def __init__(self, name: str, meta: Any):
        self.name = name
        self.default_parameter_set = getattr(meta, "default_set", None)
        self.supports_should_process = bool(getattr(meta, "supports_should_process", False))
        params = tuple(getattr(meta, "own", ()))
        if not getattr(meta, "is_advanced", True):
            # a simple function: every parameter is positional, in declaration order
            from dataclasses import replace
            params = tuple(replace(p, position=i) if p.position is None else p for i, p in enumerate(params))
        self.parameters = params
        self.advanced = bool(getattr(meta, "is_advanced", True))


def function_syntax(entry: CommandEntry, ctx: Any) -> list[str]:
    """Syntax lines of a function, from the binder's metadata of its param block."""
    info = entry.info
    sb = getattr(info, "script_block", None) or getattr(info, "ScriptBlock", None)
    compiled = getattr(sb, "compiled", None)
    if compiled is None or not hasattr(compiled, "metadata"):
        return []
    try:
        meta = compiled.metadata(ctx)
    except Exception:
        return []
    shape = _FunctionShape(entry.Name, meta)
    lines = H.syntax_lines(shape)
    if not shape.advanced:
        lines = [l.replace(" [<CommonParameters>]", "") for l in lines]
    return lines


def _match(pattern: str, text: str) -> bool:
    return fsm.wildcard_match(pattern, text)


def _resolve_alias(ctx: Any, name: str, commands: list[CommandEntry]) -> CommandEntry | None:
    for e in commands:
        if e.Name.lower() == name.lower():
            return e
    return None


# =============================================================== Get-Command


class GetCommand(Cmdlet):
    name = "Get-Command"
    module = CORE_MODULE
    aliases = ("gcm",)
    parameters = (
        Parameter("Name", STRS, position=0, pipeline=True, pipeline_by_name=True, sets=("AllCommandSet",),
                  accept_wildcard=True, help="Specifies names of commands (wildcards are permitted)."),
        Parameter("Verb", STRS, pipeline_by_name=True, sets=("CmdletSet",), accept_wildcard=True,
                  help="Gets the cmdlets and functions whose verb matches."),
        Parameter("Noun", STRS, pipeline_by_name=True, sets=("CmdletSet",), accept_wildcard=True,
                  help="Gets the cmdlets and functions whose noun matches."),
        Parameter("Module", STRS, pipeline_by_name=True, aliases=("PSSnapin",),
                  help="Gets the commands of the modules or snap-ins named."),
        Parameter("CommandType", "System.Management.Automation.CommandTypes", pipeline_by_name=True,
                  sets=("AllCommandSet",), aliases=("Type",),
                  enum_values=("Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application",
                               "Script", "All"),
                  help="Gets only the commands of these types."),
        Parameter("TotalCount", "System.Int32", pipeline_by_name=True, help="Gets at most this many commands."),
        Parameter("Syntax", SWITCH, pipeline_by_name=True, help="Gets only the syntax of the commands."),
        Parameter("ArgumentList", "System.Object[]", position=1, aliases=("Args",)),
    )
    default_parameter_set = "CmdletSet"
    output_type = "System.Management.Automation.CommandInfo"
    synopsis = "Gets all commands."
    description = ("The Get-Command cmdlet gets the cmdlets, functions and aliases of the session: "
                   "the PowerShell core cmdlets, the Exchange cmdlets and the emulator's lab cmdlets. "
                   "-Name, -Verb and -Noun take wildcards.")
    examples = (
        ("Get-Command *MailboxDatabaseCopy*", "Lists the commands that work on database copies."),
        ("Get-Command -Verb Get -Noun *Queue*", "Lists the Get cmdlets of transport queues."),
        ("Get-Command Suspend-MailboxDatabaseCopy -Syntax", "Shows the syntax of a cmdlet."),
    )

    def begin(self) -> None:
        self._count = 0

    def _limit_reached(self) -> bool:
        return self.TotalCount is not None and int(self.TotalCount) >= 0 and self._count >= int(self.TotalCount)

    def process(self) -> None:
        commands = session_commands(self.context)
        names = [to_str(n) for n in as_list(self.Name)]
        verbs = [to_str(v) for v in as_list(self.Verb)]
        nouns = [to_str(n) for n in as_list(self.Noun)]
        modules = [to_str(m) for m in as_list(self.Module)]
        types = [to_str(t).lower() for t in as_list(self.CommandType)]
        if "all" in types or "script" in types:
            types = [t for t in types if t not in ("all", "script")] + (
                ["alias", "function", "filter", "cmdlet", "externalscript", "application"] if "all" in types else [])
        results: list[CommandEntry] = []
        if names:
            for n in names:
                found = [c for c in commands if _match(n, c.Name)]
                if not found and (n.lower().endswith(".ps1") or "\\" in n or "/" in n):
                    script = self._script(n)
                    if script is not None:
                        found = [script]
                if types:
                    found = [c for c in found if c.CommandType.lower() in types]
                if not found and not fsm.has_wildcard(n):
                    self.write_error(
                        f"The term '{n}' is not recognized as the name of a cmdlet, function, script file, "
                        "or operable program. Check the spelling of the name, or if a path was included, "
                        "verify that the path is correct and try again.",
                        "ObjectNotFound", "CommandNotFoundException", n,
                        "System.Management.Automation.CommandNotFoundException")
                    continue
                results.extend(c for c in found if c not in results)
        else:
            for c in commands:
                if types and c.CommandType.lower() not in types:
                    continue
                if not types and (verbs or nouns) and c.CommandType == "Alias":
                    continue
                if verbs and not any(_match(v, c.Verb) for v in verbs):
                    continue
                if nouns and not any(_match(n, c.Noun) for n in nouns):
                    continue
                results.append(c)
        if modules:
            results = [c for c in results if any(_match(m, c.ModuleName or "") for m in modules)]
        for c in results:
            if self._limit_reached():
                return
            self._count += 1
            if self.Syntax:
                self.write_object(self._syntax(c))
            else:
                self.write_object(c)

    def _script(self, text: str) -> CommandEntry | None:
        """A script file named by path (`Get-Command .\\Start.ps1`)."""
        try:
            fs = fsm.filesystem_for(self.context)
            p = fs.resolve(text)
            if not fs.is_file(p):
                return None
        except fsm.FileSystemError:
            return None
        return make_entry("ExternalScript", p.name, p.display)

    def _syntax(self, c: CommandEntry) -> str:
        if c.CommandType == "Alias":
            return f"{c.Name} (alias) -> {c.target}"
        if c.cmdlet is not None:
            return "\n" + "\n\n".join(H.syntax_lines(c.cmdlet)) + "\n"
        if c.CommandType in ("Function", "Filter"):
            lines = function_syntax(c, self.context)
            if lines:
                return "\n" + "\n\n".join(lines) + "\n"
        return c.Definition


# =============================================================== Get-Help


class HelpPage:
    """What Get-Help returns: help data whose console view is the page text."""

    PS_PROPERTIES = ("Name", "Category", "Synopsis", "Component", "Role", "Functionality", "ModuleName")

    def __init__(self, name: str, category: str, synopsis: str, text: str, module: str = "",
                 cls: Any = None, type_name: str = "MamlCommandHelpInfo"):
        self.Name = name
        self.Category = category
        self.Synopsis = synopsis
        self.Component = None
        self.Role = None
        self.Functionality = None
        self.ModuleName = module
        self.text = text
        self.cls = cls

    @property
    def description(self) -> list:
        text = getattr(self.cls, "description", "") if self.cls is not None else ""
        return [PSObject.custom([("Text", text)])] if text else []

    @property
    def examples(self) -> Any:
        if self.cls is None:
            return None
        ex = [PSObject.custom([("title", f"-------------------------- EXAMPLE {i} --------------------------"),
                               ("code", code), ("remarks", [PSObject.custom([("Text", text)])])])
              for i, (code, text) in enumerate(self.cls.examples, 1)]
        return PSObject.custom([("example", ex)])

    @property
    def syntax(self) -> Any:
        if self.cls is None:
            return None
        return PSObject.custom([("syntaxItem", H.syntax_lines(self.cls))])

    @property
    def parameters(self) -> Any:
        if self.cls is None:
            return None
        items = []
        for p in H.help_parameters(self.cls):
            items.append(PSObject.custom([
                ("name", p.name), ("type", PSObject.custom([("name", H.short_type(p.type))])),
                ("required", H._required(p)), ("position", H._position(p)),
                ("pipelineInput", H._pipeline_text(p)), ("globbing", "true" if p.accept_wildcard else "false"),
                ("description", [PSObject.custom([("Text", p.help)])] if p.help else []),
            ]))
        return PSObject.custom([("parameter", items)])

    def ps_to_string(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"HelpPage({self.Name})"


class CommandHelp(HelpPage):
    PS_TYPE_NAMES = ("MamlCommandHelpInfo", "HelpInfo", "System.Object")


class ParameterHelp(HelpPage):
    PS_TYPE_NAMES = ("MamlCommandHelpInfo#parameter", "HelpInfo", "System.Object")


class TopicHelp(HelpPage):
    PS_TYPE_NAMES = ("HelpInfo", "System.Object")


def help_page(name: str, category: str, synopsis: str, text: str, module: str = "", cls: Any = None,
              type_name: str = "MamlCommandHelpInfo") -> HelpPage:
    kind = {"MamlCommandHelpInfo": CommandHelp, "MamlCommandHelpInfo#parameter": ParameterHelp}.get(type_name, TopicHelp)
    return kind(name, category, synopsis, text, module, cls, type_name)


class HelpListItem:
    """One line of `Get-Help *pattern*` (HelpInfoShort)."""

    PS_TYPE_NAMES = ("HelpInfoShort", "System.Object")
    PS_PROPERTIES = ("Name", "Category", "Synopsis")

    def __init__(self, name: str, category: str, synopsis: str):
        self.Name = name
        self.Category = category
        self.Synopsis = synopsis

    def ps_to_string(self) -> str:
        return self.Name


DEFAULT_HELP = """
TOPIC
    Exchange Management Shell (emulated) Help System

SHORT DESCRIPTION
    Displays help about the PowerShell and Exchange cmdlets and concepts of ems.

LONG DESCRIPTION
    SYNTAX
        get-help {<CmdletName> | <TopicName>}
        help {<CmdletName> | <TopicName>}
        <CmdletName> -?

    "Get-help" and "-?" display help on one page.
    "Help" displays help on multiple pages (in ems, on one page as well).

    Examples:
        get-help get-mailbox          : Displays help about the Get-Mailbox cmdlet.
        get-help about_Shadow_Redundancy : Displays help about a concept.
        get-help *DatabaseCopy*       : Lists the help topics that match.
        get-help about_*              : Lists all conceptual topics.

    Get-Command lists every command of the session; Get-Help about_Exchange_Emulator
    explains what ems simulates.
"""


class GetHelp(Cmdlet):
    name = "Get-Help"
    module = CORE_MODULE
    aliases = ("help", "man")
    parameters = (
        Parameter("Name", STR, position=0, pipeline_by_name=True,
                  help="Gets help about the command or concept named (wildcards list the matching topics)."),
        Parameter("Path", STR),
        Parameter("Category", STRS, validate_set=("Alias", "Cmdlet", "Provider", "General", "FAQ", "Glossary",
                                                  "HelpFile", "ScriptCommand", "Function", "Filter",
                                                  "ExternalScript", "All", "DefaultHelp")),
        Parameter("Component", STRS),
        Parameter("Functionality", STRS),
        Parameter("Role", STRS),
        Parameter("Full", SWITCH, sets=("AllUsersView",), help="Displays the whole help page."),
        Parameter("Detailed", SWITCH, mandatory=True, sets=("DetailedView",),
                  help="Adds parameter descriptions and examples to the basic display."),
        Parameter("Examples", SWITCH, mandatory=True, sets=("Examples",), help="Displays only the name, synopsis and examples."),
        Parameter("Parameter", STR, mandatory=True, sets=("Parameters",),
                  help="Displays only the description of the parameters named (wildcards are permitted)."),
        Parameter("Online", SWITCH, mandatory=True, sets=("Online",),
                  help="Not available in the emulator: nothing is opened."),
        Parameter("ShowWindow", SWITCH, mandatory=True, sets=("ShowWindow",),
                  help="Not available in the emulator: nothing is opened."),
    )
    default_parameter_set = "AllUsersView"
    output_type = "MamlCommandHelpInfo"
    synopsis = "Displays information about Windows PowerShell commands and concepts."
    description = ("The Get-Help cmdlet displays information about cmdlets and concepts, built from "
                   "each cmdlet's own description: NAME, SYNOPSIS, SYNTAX, DESCRIPTION, RELATED "
                   "LINKS and REMARKS; -Detailed and -Full add the parameters, -Examples shows the "
                   "examples. 'Get-Help about_*' lists the conceptual topics.")
    examples = (
        ("Get-Help Suspend-MailboxDatabaseCopy -Examples", "Shows the examples of a cmdlet."),
        ("Get-Help about_Database_Availability_Groups", "Shows a conceptual topic."),
        ("Get-Help *Queue*", "Lists the help topics whose names contain Queue."),
    )

    def process(self) -> None:
        name = to_str(self.Name) if self.Name is not None else ""
        if self.Online or self.ShowWindow:
            self.write_error("The online and window views of help are not available in the emulator; "
                             "nothing was opened.", "NotImplemented", "OnlineHelpNotAvailable", name,
                             "System.NotSupportedException")
            return
        if not name:
            self.write_object(help_page("default", "HelpFile", "Displays help about ems.", DEFAULT_HELP,
                                       type_name="HelpInfo"))
            return
        commands = session_commands(self.context)
        classes = _cmdlet_classes(self.context)
        if fsm.has_wildcard(name):
            self._list(name, commands)
            return
        if name.lower().startswith("about_"):
            text = H.read_topic(name)
            if text is not None:
                real = next(n for n in H.topic_names() if n.lower() == name.lower())
                self.write_object(help_page(real, "HelpFile", H.topic_synopsis(real), "\n" + text.rstrip("\n") + "\n",
                                           type_name="HelpInfo"))
                return
        entry = _resolve_alias(self.context, name, commands)
        if entry is not None and entry.CommandType == "Alias" and entry.cmdlet is not None:
            entry = next((c for c in commands if c.CommandType == "Cmdlet" and c.cmdlet is entry.cmdlet), entry)
        if entry is None:
            self.write_error(f"Get-Help could not find help for {name} in a help file in this session. "
                             "To get help about the commands of the session, type: \"Get-Command\".",
                             "ResourceUnavailable", "HelpNotFound", name,
                             "System.Management.Automation.HelpNotFoundException")
            return
        if entry.cmdlet is None:
            self.write_object(self._function_page(entry))
            return
        cls = entry.cmdlet
        if self.Parameter is not None:
            pattern = to_str(self.Parameter)
            params = [p for p in H.help_parameters(cls) if _match(pattern, p.name)]
            if not params:
                self.write_error(f"No parameter matches criteria {pattern}.", "InvalidArgument",
                                 "NoParmsFound", pattern, "System.ArgumentException")
                return
            self.write_object(help_page(cls.name, "Cmdlet", cls.synopsis, H.render_parameter_help(cls, params),
                                       cls.module, cls, "MamlCommandHelpInfo#parameter"))
            return
        mode = "full" if self.Full else "detailed" if self.Detailed else "examples" if self.Examples else "default"
        text = H.render_cmdlet_help(cls, mode, classes.values())
        self.write_object(help_page(cls.name, "Cmdlet", cls.synopsis, text, cls.module, cls))

    def _function_page(self, entry: CommandEntry) -> HelpPage:
        syntax = function_syntax(entry, self.context) or [entry.Name]
        lines = ["", "NAME", "    " + entry.Name, "", "SYNTAX"]
        for line in syntax:
            lines += ["    " + line, ""]
        lines += ["", "ALIASES", "    None", "", "", "REMARKS", "    None", "", ""]
        return help_page(entry.Name, entry.CommandType, entry.Name, "\n".join(lines), type_name="HelpInfo")

    def _list(self, pattern: str, commands: list[CommandEntry]) -> None:
        items: list[HelpListItem] = []
        for c in commands:
            if _match(pattern, c.Name):
                if c.CommandType == "Alias":
                    syn = c.cmdlet.synopsis if c.cmdlet is not None else c.target or ""
                    items.append(HelpListItem(c.Name, "Alias", f"{c.target}" if c.target else syn))
                elif c.CommandType == "Cmdlet":
                    items.append(HelpListItem(c.Name, "Cmdlet", c.cmdlet.synopsis if c.cmdlet else ""))
                else:
                    items.append(HelpListItem(c.Name, c.CommandType, ""))
        for t in H.topic_names():
            if _match(pattern, t):
                items.append(HelpListItem(t, "HelpFile", H.topic_synopsis(t)))
        if len(items) == 1 and items[0].Category != "HelpFile" and items[0].Category == "Cmdlet":
            self.Name = items[0].Name
            self.process()
            return
        if len(items) == 1 and items[0].Category == "HelpFile":
            self.Name = items[0].Name
            self.process()
            return
        if not items:
            self.write_error(f"Get-Help could not find help for {pattern} in a help file in this session. "
                             "To get help about the commands of the session, type: \"Get-Command\".",
                             "ResourceUnavailable", "HelpNotFound", pattern,
                             "System.Management.Automation.HelpNotFoundException")
            return
        for it in items:
            self.write_object(it)


def _register_views() -> None:
    try:
        from ems.format import views as V
    except ImportError:  # the formatting layer is optional for the cmdlet library
        return
    for tn in ("MamlCommandHelpInfo", "MamlCommandHelpInfo#parameter", "HelpInfo"):
        V.register_custom_view(tn, lambda o: o.text)
    cols = [(None, "CommandType", 15, None), (None, "Name", 50, None), (None, "Definition", None, None)]
    V.register_table_view("System.Management.Automation.CommandInfo", cols)
    V.register_table_view("HelpInfoShort", [(None, "Name", 33, None), (None, "Category", 9, None),
                                            (None, "Synopsis", None, None)])


_register_views()
