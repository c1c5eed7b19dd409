"""Utility cmdlets: Get-Date, New-TimeSpan, Start-Sleep, Get-Random, Invoke-Expression,
the *-Variable and *-Alias cmdlets, Set-StrictMode, Set-PSDebug, Get-Host, Clear-Host.

Time always comes from the session's simulated clock (``context.now()``), never from the
wall clock; Start-Sleep advances that clock instead of sleeping.
"""
from __future__ import annotations

import datetime as _dt
import random as _random
from collections.abc import Iterator
from typing import Any

from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter

from cmdlets.core.object import INT, OBJ, STR, STRS, has_wildcard, to_str, wildcard_match

DATETIME = "System.DateTime"
EPOCH = _dt.datetime(1970, 1, 1)
INT32_MAX = 2147483647

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def net_format_datetime(value: _dt.datetime, fmt: str) -> str:
    """A DateTime formatted with a .NET format string (standard or custom), en-US."""
    from ems.runtime import composite_format as cf
    return cf.format_value(value, fmt)


def _hour12(d: _dt.datetime) -> int:
    h = d.hour % 12
    return 12 if h == 0 else h


def _ampm(d: _dt.datetime) -> str:
    return "AM" if d.hour < 12 else "PM"


def uformat(d: _dt.datetime, fmt: str) -> str:
    """Get-Date -UFormat: Unix date(1) specifiers, as Windows PowerShell 5.1 renders them
    (en-US names; the emulated server's time zone is UTC, so %Z is +00)."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        s = fmt[i + 1]
        i += 2
        if s == "a":
            out.append(_DAYS[d.weekday()][:3])
        elif s == "A":
            out.append(_DAYS[d.weekday()])
        elif s in ("b", "h"):
            out.append(_MONTHS[d.month - 1][:3])
        elif s == "B":
            out.append(_MONTHS[d.month - 1])
        elif s == "c":
            out.append(f"{_DAYS[d.weekday()][:3]} {_MONTHS[d.month - 1][:3]} {d.day:02d} "
                       f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {d.year}")
        elif s == "C":
            out.append(f"{d.year // 100:02d}")
        elif s == "d":
            out.append(f"{d.day:02d}")
        elif s == "D":
            out.append(f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}")
        elif s == "e":
            out.append(f"{d.day:>2d}")
        elif s == "F":
            out.append(f"{d.year:04d}-{d.month:02d}-{d.day:02d}")
        elif s in ("g",):
            out.append(f"{d.isocalendar()[0] % 100:02d}")
        elif s == "G":
            out.append(f"{d.isocalendar()[0]}")
        elif s == "H":
            out.append(f"{d.hour:02d}")
        elif s == "I":
            out.append(f"{_hour12(d):02d}")
        elif s == "j":
            out.append(f"{d.timetuple().tm_yday:03d}")
        elif s == "k":
            out.append(f"{d.hour:>2d}")
        elif s == "l":
            out.append(f"{_hour12(d):>2d}")
        elif s == "m":
            out.append(f"{d.month:02d}")
        elif s == "M":
            out.append(f"{d.minute:02d}")
        elif s == "n":
            out.append("\n")
        elif s == "p":
            out.append(_ampm(d))
        elif s == "r":
            out.append(f"{_hour12(d):02d}:{d.minute:02d}:{d.second:02d} {_ampm(d)}")
        elif s == "R":
            out.append(f"{d.hour:02d}:{d.minute:02d}")
        elif s == "s":
            secs = (d.replace(tzinfo=None) - EPOCH).total_seconds()
            out.append(str(int(secs)) if secs == int(secs) else repr(secs))
        elif s == "S":
            out.append(f"{d.second:02d}")
        elif s == "t":
            out.append("\t")
        elif s == "T":
            out.append(f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}")
        elif s == "u":
            out.append(str(d.isoweekday()))
        elif s == "U":
            out.append(f"{int(d.strftime('%U')):02d}")
        elif s == "V":
            out.append(f"{d.isocalendar()[1]:02d}")
        elif s == "w":
            out.append(str(d.isoweekday() % 7))
        elif s == "W":
            out.append(f"{int(d.strftime('%W')):02d}")
        elif s == "x":
            out.append(f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}")
        elif s == "X":
            out.append(f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}")
        elif s == "y":
            out.append(f"{d.year % 100:02d}")
        elif s == "Y":
            out.append(f"{d.year}")
        elif s == "z":
            out.append("+0000")
        elif s == "Z":
            out.append("+00")
        elif s == "%":
            out.append("%")
        else:
            out.append(s)
    return "".join(out)


# ========================================================================== Get-Date
class GetDate(Cmdlet):
    name = "Get-Date"
    parameters = (
        Parameter("Date", DATETIME, position=0, pipeline=True, pipeline_by_name=True,
                  aliases=("LastWriteTime",)),
        Parameter("Year", INT, validate_range=(1, 9999)),
        Parameter("Month", INT, validate_range=(1, 12)),
        Parameter("Day", INT, validate_range=(1, 31)),
        Parameter("Hour", INT, validate_range=(0, 23)),
        Parameter("Minute", INT, validate_range=(0, 59)),
        Parameter("Second", INT, validate_range=(0, 59)),
        Parameter("Millisecond", INT, validate_range=(0, 999)),
        Parameter("DisplayHint", "Microsoft.PowerShell.Commands.DisplayHintType",
                  enum_values=("Date", "Time", "DateTime")),
        Parameter("Format", STR, sets=("net",)),
        Parameter("UFormat", STR, sets=("UFormat",)),
    )
    default_parameter_set = "net"
    synopsis = "Gets the current date and time."
    description = (
        "Get-Date returns the current date and time of the emulated server (its simulated "
        "clock, which the labs can move forward), or the date given with -Date. The component "
        "parameters (-Year, -Month, -Day, -Hour, -Minute, -Second, -Millisecond) replace parts "
        "of it. -Format formats it with a .NET format string and returns a string; -UFormat "
        "uses Unix date(1) specifiers such as %Y-%m-%d.")
    examples = (
        ("Get-Date", "The current date and time, e.g. Monday, November 15, 2010 9:00:00 AM."),
        ("Get-Date -Format 'yyyy-MM-dd HH:mm'", "The date as a sortable string."),
        ("(Get-Date).AddDays(-7)", "The date a week ago."),
        ("Get-Date -UFormat '%Y%m%d'", "The date as 20101115."),
    )

    def process(self) -> None:
        d = self.Date if self.Date is not None else self.context.now()
        if not isinstance(d, _dt.datetime):
            from ems.runtime import conversion
            d = conversion.convert_to(d, DATETIME, self.context)
        try:
            changes = {}
            for param, attr in (("Year", "year"), ("Month", "month"), ("Day", "day"),
                                ("Hour", "hour"), ("Minute", "minute"), ("Second", "second")):
                v = getattr(self, param)
                if v is not None:
                    changes[attr] = int(v)
            if self.Millisecond is not None:
                changes["microsecond"] = int(self.Millisecond) * 1000 + d.microsecond % 1000
            if "day" not in changes and ("month" in changes or "year" in changes):
                # .NET adds the day last: keep the day when the month has it
                pass
            d = d.replace(**changes)
        except ValueError:
            self.throw_terminating_error("Year, Month, and Day parameters describe an un-representable DateTime.",
                                         "InvalidArgument", "GetDateArgumentOutOfRange",
                                         None, "System.ArgumentOutOfRangeException")
            return
        if self.Format is not None:
            self.write_object(net_format_datetime(d, self.Format))
            return
        if self.UFormat is not None:
            self.write_object(uformat(d, self.UFormat))
            return
        hint = str(self.DisplayHint) if self.DisplayHint is not None else "DateTime"
        if hint.lower() in ("date", "time"):
            # The DisplayHint note property, as Get-Date adds it; the console then shows only
            # the date or the time (the views registered below stand for DateTime's
            # DisplayHint-aware DateTime script property).
            from ems.runtime.psobject import PSNoteProperty, PSObject
            wrapped = PSObject(d)
            wrapped.add_member(PSNoteProperty("DisplayHint", hint.capitalize()))
            self.write_object(wrapped)
            return
        self.write_object(d)


# ====================================================================== New-TimeSpan
class NewTimeSpan(Cmdlet):
    name = "New-TimeSpan"
    parameters = (
        Parameter("Start", DATETIME, position=0, pipeline_by_name=True, sets=("Date",),
                  aliases=("LastWriteTime",)),
        Parameter("End", DATETIME, position=1, pipeline_by_name=True, sets=("Date",)),
        Parameter("Days", INT, sets=("Time",)),
        Parameter("Hours", INT, sets=("Time",)),
        Parameter("Minutes", INT, sets=("Time",)),
        Parameter("Seconds", INT, sets=("Time",)),
    )
    default_parameter_set = "Date"
    synopsis = "Creates a TimeSpan object."
    description = (
        "New-TimeSpan returns the time between -Start and -End (each defaulting to the current "
        "simulated time), or a time span built from -Days, -Hours, -Minutes and -Seconds.")
    examples = (
        ("New-TimeSpan -Start (Get-Date) -End (Get-Date).AddHours(2)", "A TimeSpan of two hours."),
        ("New-TimeSpan -Days 7", "Seven days."),
    )

    def process(self) -> None:
        if self.parameter_set_name == "Time":
            self.write_object(_dt.timedelta(days=self.Days or 0, hours=self.Hours or 0,
                                            minutes=self.Minutes or 0, seconds=self.Seconds or 0))
            return
        now = self.context.now()
        start = self.Start if self.Start is not None else now
        end = self.End if self.End is not None else now
        self.write_object(end - start)


# ======================================================================= Start-Sleep
class StartSleep(Cmdlet):
    name = "Start-Sleep"
    aliases = ("sleep",)
    parameters = (
        Parameter("Seconds", INT, position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  sets=("Seconds",), validate_range=(0, 2147483)),
        Parameter("Milliseconds", INT, mandatory=True, pipeline_by_name=True, aliases=("ms",),
                  sets=("Milliseconds",), validate_range=(0, INT32_MAX)),
    )
    default_parameter_set = "Seconds"
    synopsis = "Suspends the activity in a script or session for the specified period of time."
    description = (
        "Start-Sleep waits for the given number of seconds or milliseconds. In the emulator it "
        "does not wait in real time: it moves the simulated clock of the organization forward by "
        "that amount, so everything scheduled in that window (replication, queue retries, "
        "timeouts) happens at once and scripts that poll with Start-Sleep run instantly.")
    examples = (
        ("Start-Sleep -Seconds 30", "Lets 30 simulated seconds pass."),
        ("while ((Get-Queue).MessageCount -gt 0) { sleep 5 }", "Polls a queue every five simulated seconds."),
    )

    def process(self) -> None:
        if self.parameter_set_name == "Milliseconds":
            delta = _dt.timedelta(milliseconds=self.Milliseconds or 0)
        else:
            delta = _dt.timedelta(seconds=self.Seconds or 0)
        clock = getattr(self.model, "clock", None) if self.model is not None else None
        if clock is not None:
            clock.advance(delta)


# ======================================================================== Get-Random
def random_source(cmdlet: Cmdlet) -> _random.Random:
    """The session's deterministic random generator: the model's when there is one."""
    model = cmdlet.model
    rnd = getattr(model, "random", None) if model is not None else None
    if isinstance(rnd, _random.Random):
        return rnd
    ctx = cmdlet.context
    rnd = getattr(ctx, "random", None)
    if not isinstance(rnd, _random.Random):
        rnd = _random.Random(2010)
        try:
            setattr(ctx, "random", rnd)
        except AttributeError:
            pass
    return rnd


class GetRandom(Cmdlet):
    name = "Get-Random"
    parameters = (
        Parameter("SetSeed", INT),
        Parameter("Maximum", "System.Object", position=0, sets=("RandomNumberParameterSet",)),
        Parameter("Minimum", "System.Object", sets=("RandomNumberParameterSet",)),
        Parameter("InputObject", "System.Object[]", position=0, mandatory=True, pipeline=True,
                  sets=("RandomListItemParameterSet",)),
        Parameter("Count", INT, sets=("RandomListItemParameterSet",), validate_range=(1, INT32_MAX)),
    )
    default_parameter_set = "RandomNumberParameterSet"
    synopsis = "Gets a random number, or selects objects randomly from a collection."
    description = (
        "Get-Random returns a random integer from 0 up to (not including) Int32.MaxValue, or "
        "from -Minimum up to (not including) -Maximum; when either bound is a floating-point "
        "number the result is a Double. With -InputObject (or pipeline input) it picks one "
        "object at random, or -Count distinct objects. The emulator's numbers come from the "
        "session's seeded generator, so runs are repeatable; -SetSeed reseeds it.")
    examples = (
        ("Get-Random -Maximum 100", "A number from 0 to 99."),
        ("Get-Random -Minimum 10.5 -Maximum 20", "A Double between 10.5 and 20."),
        ("Get-MailboxDatabase | Get-Random", "One database picked at random."),
        ("1..10 | Get-Random -Count 3", "Three different numbers from 1 to 10."),
    )

    def begin(self) -> None:
        self._rnd = random_source(self)
        if self.SetSeed is not None:
            self._rnd.seed(int(self.SetSeed))
        self._items: list[Any] = []

    def process(self) -> None:
        if self.parameter_set_name == "RandomListItemParameterSet":
            value = self.InputObject
            if isinstance(value, (list, tuple)):
                self._items.extend(value)
            else:
                self._items.append(value)

    def end(self) -> None:
        if self.parameter_set_name == "RandomListItemParameterSet":
            if not self._items:
                return
            count = self.Count or 1
            if count >= len(self._items):
                picked = list(self._items)
                self._rnd.shuffle(picked)
            else:
                picked = self._rnd.sample(self._items, count)
            for item in picked:
                self.write_object(item)
            return
        self.write_object(self._number())

    def _number(self) -> Any:
        from ems.runtime import conversion
        from ems.primitives import Int64
        lo, hi = self.Minimum, self.Maximum
        raw = [v for v in (lo, hi) if v is not None]
        is_double = any(isinstance(v, float) or (isinstance(v, str) and any(ch in v for ch in ".eE"))
                        for v in raw)
        is_long = any(isinstance(v, Int64) for v in raw)
        try:
            if is_double:
                lo_v = float(conversion.convert_to(lo, "System.Double")) if lo is not None else 0.0
                hi_v = float(conversion.convert_to(hi, "System.Double")) if hi is not None else 1.7976931348623157e308
            else:
                target = "System.Int64" if is_long else "System.Int32"
                lo_v = int(conversion.convert_to(lo, target)) if lo is not None else 0
                hi_v = int(conversion.convert_to(hi, target)) if hi is not None else (
                    Int64.max_value if is_long else INT32_MAX)
        except Exception as exc:  # conversion failure: PowerShell's own message
            message = getattr(exc, "message", None) or str(exc)
            self.throw_terminating_error(message, "InvalidArgument", "InvalidCastFromStringToInteger")
            return None
        if lo_v >= hi_v:
            lo_s = to_str(lo if lo is not None else lo_v)
            hi_s = to_str(hi if hi is not None else hi_v)
            self.throw_terminating_error(
                f"The Minimum value ({lo_s}) cannot be greater than or equal to the Maximum value ({hi_s}).",
                "InvalidArgument", "MinGreaterThanOrEqualMax", None, "System.ArgumentException")
            return None
        if is_double:
            return lo_v + self._rnd.random() * (hi_v - lo_v)
        value = self._rnd.randrange(lo_v, hi_v)
        return Int64(value) if is_long else value


# ================================================================= Invoke-Expression
class InvokeExpression(Cmdlet):
    name = "Invoke-Expression"
    aliases = ("iex",)
    parameters = (Parameter("Command", STR, position=0, mandatory=True, pipeline=True),)
    synopsis = "Runs commands or expressions on the local computer."
    description = (
        "Invoke-Expression parses a string as PowerShell code and runs it in the current scope, "
        "so variables it sets stay visible afterwards. Its output goes down the pipeline.")
    examples = (
        ("Invoke-Expression 'Get-Mailbox -ResultSize 10'", "Runs a command held in a string."),
        ('$cmd = "1 + 2"; iex $cmd', "Prints 3."),
    )

    def process(self) -> None:
        text = "" if self.Command is None else to_str(self.Command)
        try:
            sb = self.context.create_scriptblock(text)
        except Exception as exc:
            issue = getattr(exc, "first", None)
            if issue is None:
                raise
            self.throw_terminating_error(issue.message, "ParserError", issue.error_id, text,
                                         "ParseException")
            return
        self.context.invoke_scriptblock(sb, new_scope=False, output=self.write_object)


# ====================================================================== *-Variable
def _report(cmdlet: Cmdlet, exc: Exception, target: Any) -> None:
    """A session-state failure (read-only variable, constant...) as this cmdlet's error."""
    message = getattr(exc, "message", None)
    if message is None:
        raise exc
    category = getattr(getattr(exc, "category", None), "name", None) or "WriteError"
    cmdlet.write_error(message, category, getattr(exc, "error_id", "") or "SessionStateException",
                       target, getattr(exc, "short_type_name", None) or "SessionStateException")


def _variables_matching(cmdlet: Cmdlet, names: list[str] | None, scope: str | None,
                        include: list[str] | None = None, exclude: list[str] | None = None,
                        report_missing: bool = True) -> list[Any]:
    ctx = cmdlet.context
    if scope:
        s = ctx._scope_for(scope.lower())
        pool = sorted(s.vars.values(), key=lambda v: v.name.lower())
    else:
        pool = ctx.visible_variables()
    out: list[Any] = []
    seen: set[int] = set()
    for name in (names or ["*"]):
        name = to_str(name)
        hits = [v for v in pool if wildcard_match(name, v.name)] if has_wildcard(name) else \
            [v for v in pool if v.name.lower() == name.lower()]
        if not hits and not has_wildcard(name):
            if not scope:
                var = ctx.find_variable(name)
                if var is not None:
                    hits = [var]
        if not hits and not has_wildcard(name) and report_missing:
            cmdlet.write_error(f"Cannot find a variable with the name '{name}'.", "ObjectNotFound",
                               "VariableNotFound", name, "ItemNotFoundException")
            continue
        for v in hits:
            if include and not any(wildcard_match(p, v.name) for p in include):
                continue
            if exclude and any(wildcard_match(p, v.name) for p in exclude):
                continue
            if id(v) not in seen:
                seen.add(id(v))
                out.append(v)
    return out


def _long_date(d: _dt.datetime) -> str:
    return f"{_DAYS[d.weekday()]}, {_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _long_time(d: _dt.datetime) -> str:
    return f"{_hour12(d)}:{d.minute:02d}:{d.second:02d} {_ampm(d)}"


def _hint_aware(render: Any) -> Any:
    """Wrap the DateTime view's renderer so it honours a DisplayHint note property, as
    DateTime's DateTime script property does."""

    def render_with_hint(obj: Any) -> str:
        from ems.runtime.psobject import PSObject, base_object
        hint = obj.note("DisplayHint") if isinstance(obj, PSObject) else None
        d = base_object(obj)
        if hint is not None and isinstance(d, _dt.datetime):
            if str(hint).lower() == "date":
                return _long_date(d)
            if str(hint).lower() == "time":
                return _long_time(d)
        return render(d)

    render_with_hint.hint_aware = True  # type: ignore[attr-defined]
    return render_with_hint


def _register_views() -> None:
    try:
        from ems.format import views
    except Exception:  # the formatter is not there: objects still print from their properties
        return
    reg = views.DEFAULT_REGISTRY
    dt_view = reg.find_view(["System.DateTime"], "custom")
    if dt_view is not None and getattr(dt_view, "render", None) is not None \
            and not getattr(dt_view.render, "hint_aware", False):
        dt_view.render = _hint_aware(dt_view.render)
    tn = "System.Management.Automation.PSVariable"
    if reg.find_view([tn], "table") is None:
        reg.register_table_view(tn, [("Name", "Name", 30, None), ("Value", "Value", None, None)])


_register_views()

_SCOPE_HELP = "Global, Local, Script, or a number relative to the current scope (0 is the current scope, 1 its parent)."
_OPTIONS = "System.Management.Automation.ScopedItemOptions"
_OPTION_VALUES = ("None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified")


class GetVariable(Cmdlet):
    name = "Get-Variable"
    aliases = ("gv",)
    parameters = (
        Parameter("Name", STRS, position=0, pipeline_by_name=True),
        Parameter("ValueOnly", SWITCH),
        Parameter("Include", STRS),
        Parameter("Exclude", STRS),
        Parameter("Scope", STR, help=_SCOPE_HELP),
    )
    synopsis = "Gets the variables in the current console."
    description = (
        "Get-Variable lists the variables visible in the current scope with their values, or "
        "those whose names match -Name (wildcards allowed). -ValueOnly returns just the values.")
    examples = (
        ("Get-Variable", "Every variable and its value."),
        ("Get-Variable -Name Error* ", "The variables whose names begin with Error."),
        ("Get-Variable mbx -ValueOnly", "The value of $mbx."),
    )

    def process(self) -> None:
        names = self.Name if self.Name is None or isinstance(self.Name, list) else [self.Name]
        for v in _variables_matching(self, names, self.Scope, self.Include, self.Exclude):
            if self.ValueOnly:
                self.write_object(v.Value)
            else:
                self.write_object(v)


class NewVariable(Cmdlet):
    name = "New-Variable"
    aliases = ("nv",)
    supports_should_process = True
    confirm_impact = "Low"
    parameters = (
        Parameter("Name", STR, position=0, mandatory=True, pipeline_by_name=True),
        Parameter("Value", "System.Object", position=1, pipeline=True, pipeline_by_name=True),
        Parameter("Description", STR),
        Parameter("Option", _OPTIONS, enum_values=_OPTION_VALUES),
        Parameter("Visibility", "System.Management.Automation.SessionStateEntryVisibility",
                  enum_values=("Public", "Private")),
        Parameter("Force", SWITCH),
        Parameter("PassThru", SWITCH),
        Parameter("Scope", STR, help=_SCOPE_HELP),
    )
    synopsis = "Creates a new variable."
    description = (
        "New-Variable creates a variable, optionally with a description, options (ReadOnly, "
        "Constant, Private, AllScope) and a scope. It fails when the variable already exists, "
        "unless -Force is given.")
    examples = (
        ("New-Variable -Name days -Value 7", "Creates $days."),
        ("New-Variable limit 100 -Option ReadOnly", "A read-only variable."),
    )

    def process(self) -> None:
        name = to_str(self.Name)
        if not self.should_process(f"Name: {name} Value: {to_str(self.Value)}", "New variable"):
            return
        try:
            var = self.context.new_variable(name, self.Value, self.Option, self.Scope,
                                            self.Description or "", bool(self.Force))
        except Exception as exc:
            if getattr(exc, "error_id", None) == "VariableAlreadyExists":
                self.write_error(f"A variable with name '{name}' already exists.", "ResourceExists",
                                 "VariableAlreadyExists", name, "SessionStateException")
                return
            _report(self, exc, name)
            return
        if self.PassThru:
            self.write_object(var)


class SetVariable(Cmdlet):
    name = "Set-Variable"
    aliases = ("set", "sv")
    supports_should_process = True
    confirm_impact = "Low"
    parameters = (
        Parameter("Name", STRS, position=0, mandatory=True, pipeline_by_name=True),
        Parameter("Value", "System.Object", position=1, pipeline=True, pipeline_by_name=True),
        Parameter("Include", STRS),
        Parameter("Exclude", STRS),
        Parameter("Description", STR),
        Parameter("Option", _OPTIONS, enum_values=_OPTION_VALUES),
        Parameter("Force", SWITCH),
        Parameter("Visibility", "System.Management.Automation.SessionStateEntryVisibility",
                  enum_values=("Public", "Private")),
        Parameter("PassThru", SWITCH),
        Parameter("Scope", STR, help=_SCOPE_HELP),
    )
    synopsis = "Sets the value of a variable. Creates the variable if one with the requested name does not exist."
    description = (
        "Set-Variable assigns a value to a variable, creating it when needed. It can also change "
        "a variable's description and options, and set it in another scope.")
    examples = (
        ("Set-Variable -Name server -Value EX01", "The same as $server = 'EX01'."),
        ("Set-Variable total 0 -Scope Global", "Sets $global:total."),
    )

    def process(self) -> None:
        names = self.Name if isinstance(self.Name, list) else [self.Name]
        for raw in names:
            name = to_str(raw)
            if not self.should_process(f"Name: {name} Value: {to_str(self.Value)}", "Set variable"):
                continue
            try:
                self._set_one(name)
            except Exception as exc:
                _report(self, exc, name)

    def _set_one(self, name: str) -> None:
        ctx = self.context
        target = f"{self.Scope}:{name}" if self.Scope else name
        if has_wildcard(name):
            vars_ = _variables_matching(self, [name], self.Scope, self.Include, self.Exclude,
                                        report_missing=False)
        else:
            existing = ctx.find_variable(target)
            if existing is None or (self.Scope is None and not self._in_current_scope(name)):
                if self.Option is not None or self.Description is not None:
                    var = ctx.new_variable(name, self.Value if self.is_bound("Value") else None,
                                           self.Option, self.Scope, self.Description or "", True)
                    if self.PassThru:
                        self.write_object(var)
                    return
                ctx.set_variable(target, self.Value if self.is_bound("Value") else None)
                if self.PassThru:
                    self.write_object(ctx.find_variable(target))
                return
            vars_ = [existing]
        for var in vars_:
            if self.is_bound("Value"):
                var.set(self.Value, bool(self.Force))
            if self.Description is not None:
                var.Description = self.Description
            if self.Option is not None:
                from ems.runtime.variables import parse_options
                var.Options = parse_options(self.Option)
            if self.PassThru:
                self.write_object(var)

    def _in_current_scope(self, name: str) -> bool:
        return name.lower() in self.context.scope.vars


def _variables_to_change(cmdlet: Cmdlet, action: str) -> Iterator[Any]:
    """The variables that -Name/-Include/-Exclude/-Scope select and ShouldProcess lets through."""
    names = cmdlet.Name if isinstance(cmdlet.Name, list) else [cmdlet.Name]
    for var in _variables_matching(cmdlet, names, cmdlet.Scope, cmdlet.Include, cmdlet.Exclude):
        if cmdlet.should_process(f"Name: {var.name}", action):
            yield var


class RemoveVariable(Cmdlet):
    name = "Remove-Variable"
    aliases = ("rv",)
    supports_should_process = True
    confirm_impact = "Medium"
    parameters = (
        Parameter("Name", STRS, position=0, mandatory=True, pipeline_by_name=True),
        Parameter("Include", STRS),
        Parameter("Exclude", STRS),
        Parameter("Force", SWITCH),
        Parameter("Scope", STR, help=_SCOPE_HELP),
    )
    synopsis = "Deletes a variable and its value."
    description = ("Remove-Variable deletes variables (wildcards allowed). Read-only variables "
                   "need -Force; constants cannot be removed.")
    examples = (("Remove-Variable mbx", "Deletes $mbx."),)

    def process(self) -> None:
        for var in _variables_to_change(self, "Remove Variable"):
            try:
                self.context.remove_variable(var.name, self.Scope, bool(self.Force))
            except Exception as exc:
                _report(self, exc, var.name)


class ClearVariable(Cmdlet):
    name = "Clear-Variable"
    aliases = ("clv",)
    supports_should_process = True
    confirm_impact = "Medium"
    parameters = (
        Parameter("Name", STRS, position=0, mandatory=True, pipeline_by_name=True),
        Parameter("Include", STRS),
        Parameter("Exclude", STRS),
        Parameter("Force", SWITCH),
        Parameter("PassThru", SWITCH),
        Parameter("Scope", STR, help=_SCOPE_HELP),
    )
    synopsis = "Deletes the value of a variable."
    description = "Clear-Variable sets variables to $null; the variables themselves remain."
    examples = (("Clear-Variable total", "$total is now $null."),)

    def process(self) -> None:
        for var in _variables_to_change(self, "Clear variable"):
            try:
                var.set(None, bool(self.Force))
            except Exception as exc:
                _report(self, exc, var.name)
                continue
            if self.PassThru:
                self.write_object(var)


# ========================================================================= *-Alias
class GetAlias(Cmdlet):
    name = "Get-Alias"
    aliases = ("gal",)
    parameters = (
        Parameter("Name", STRS, position=0, pipeline=True, pipeline_by_name=True, sets=("Default",)),
        Parameter("Exclude", STRS),
        Parameter("Scope", STR, help=_SCOPE_HELP),
        Parameter("Definition", STRS, sets=("Definition",)),
    )
    default_parameter_set = "Default"
    synopsis = "Gets the aliases for the current session."
    description = (
        "Get-Alias lists aliases with the commands they stand for, all of them or those whose "
        "names match -Name; -Definition finds the aliases of a command.")
    examples = (
        ("Get-Alias", "Every alias."),
        ("Get-Alias -Definition Get-ChildItem", "dir, gci and ls."),
        ("gal ?", "What ? stands for."),
    )

    def process(self) -> None:
        commands = self.context.commands
        all_aliases = sorted(commands.all_aliases(), key=lambda a: a.Name.lower())
        if self.parameter_set_name == "Definition":
            for pattern in self.Definition or []:
                for a in all_aliases:
                    if wildcard_match(pattern, a.Definition) and not self._excluded(a):
                        self.write_object(a)
            return
        for name in (self.Name or ["*"]):
            name = to_str(name)
            if has_wildcard(name):
                for a in all_aliases:
                    if wildcard_match(name, a.Name) and not self._excluded(a):
                        self.write_object(a)
                continue
            alias = self.context.get_alias(name)
            if alias is None:
                self.write_error(f"This command cannot find a matching alias because an alias with "
                                 f"the name '{name}' does not exist.", "ObjectNotFound",
                                 "ItemNotFoundException", name, "ItemNotFoundException")
                continue
            if not self._excluded(alias):
                self.write_object(alias)

    def _excluded(self, alias: Any) -> bool:
        return any(wildcard_match(p, alias.Name) for p in (self.Exclude or []))


class _AliasWriter(Cmdlet):
    supports_should_process = True
    confirm_impact = "Low"
    parameters = (
        Parameter("Name", STR, position=0, mandatory=True, pipeline_by_name=True),
        Parameter("Value", STR, position=1, mandatory=True, pipeline_by_name=True),
        Parameter("Description", STR),
        Parameter("Option", _OPTIONS, enum_values=_OPTION_VALUES),
        Parameter("PassThru", SWITCH),
        Parameter("Scope", STR, help=_SCOPE_HELP),
        Parameter("Force", SWITCH),
    )
    _new = False

    def process(self) -> None:
        name, value = to_str(self.Name), to_str(self.Value)
        action = "New Alias" if self._new else "Set Alias"
        if not self.should_process(f"Name: {name} Value: {value}", action):
            return
        if self._new and not self.Force and self.context.get_alias(name) is not None:
            self.write_error(f"Alias not allowed because an alias with the name '{name}' already exists.",
                             "ResourceExists", "AliasAlreadyExists", name, "SessionStateException")
            return
        try:
            alias = self.context.set_alias(name, value, self.Option, self.Description or "",
                                           self.Scope, bool(self.Force))
        except Exception as exc:
            message = getattr(exc, "message", None)
            if message is None:
                raise
            self.write_error(message, getattr(getattr(exc, "category", None), "name", "WriteError"),
                             getattr(exc, "error_id", "AliasNotWritable"), name)
            return
        if self.PassThru:
            self.write_object(alias if alias is not None else self.context.get_alias(name))


class SetAlias(_AliasWriter):
    name = "Set-Alias"
    aliases = ("sal",)
    synopsis = "Creates or changes an alias for a cmdlet or other command element in the current Windows PowerShell session."
    description = "Set-Alias creates an alias, or points an existing one at another command."
    examples = (("Set-Alias gmbx Get-Mailbox", "gmbx now runs Get-Mailbox."),)


class NewAlias(_AliasWriter):
    name = "New-Alias"
    aliases = ("nal",)
    _new = True
    synopsis = "Creates a new alias."
    description = "New-Alias creates an alias; it fails when the alias already exists (unless -Force)."
    examples = (("New-Alias list Format-List", "list now runs Format-List."),)


# ============================================================ strict mode, debugging
def _strict_version(value: Any) -> int:
    text = to_str(value).strip().lower()
    if text == "latest":
        return 3
    try:
        major = int(float(text.split(".")[0])) if text else 0
    except ValueError:
        major = -1
    return major


class SetStrictMode(Cmdlet):
    name = "Set-StrictMode"
    module = "Microsoft.PowerShell.Core"
    parameters = (
        # PowerShell's -Version is a System.Version with a transformation that also accepts
        # "Latest"; declared as a string here so the binder passes "Latest" through.
        Parameter("Version", STR, mandatory=True, sets=("Version",), aliases=("v",)),
        Parameter("Off", SWITCH, mandatory=True, sets=("Off",)),
    )
    synopsis = "Establishes and enforces coding rules in expressions, scripts, and script blocks."
    description = (
        "Set-StrictMode -Version 1 makes reading an unset variable an error; -Version 2 also "
        "forbids references to missing properties and calling functions like methods; "
        "-Version Latest (3) adds out-of-bounds array indexes. -Off turns it off. The setting "
        "applies to the current scope and its children.")
    examples = (
        ("Set-StrictMode -Version Latest", "The strictest checking."),
        ("Set-StrictMode -Off", "No checking."),
    )

    def process(self) -> None:
        if self.Off:
            self.context.strict_mode = 0
            return
        version = _strict_version(self.Version)
        if version not in (1, 2, 3):
            self.throw_terminating_error(
                f'Cannot validate argument on parameter \'Version\'. The "{to_str(self.Version)}" '
                "argument does not contain a valid Windows PowerShell version. Supply a valid "
                "version number and then try the command again.", "InvalidData",
                "ParameterArgumentValidationError", self.Version, "ParameterBindingValidationException")
            return
        self.context.strict_mode = version


class SetPSDebug(Cmdlet):
    name = "Set-PSDebug"
    module = "Microsoft.PowerShell.Core"
    parameters = (
        Parameter("Trace", INT, sets=("on",), validate_range=(0, 2)),
        Parameter("Step", SWITCH, sets=("on",)),
        Parameter("Strict", SWITCH, sets=("on",)),
        Parameter("Off", SWITCH, sets=("off",)),
    )
    default_parameter_set = "on"
    synopsis = "Turns script debugging features on and off, sets the trace level, and toggles strict mode."
    description = (
        "Set-PSDebug -Strict makes reading a variable that was never set an error (as "
        "Set-StrictMode -Version 1 does, but for every scope); -Off turns it off. -Trace and "
        "-Step are accepted; the emulator does not trace.")
    examples = (("Set-PSDebug -Strict", "Unset variables become errors."),)

    def process(self) -> None:
        # The engine checks one session-wide strict level (ctx.strict_mode); -Strict raises it
        # to at least 1 (unset variables are errors) and -Off lowers it back when -Strict set it.
        ctx = self.context
        if self.Off:
            if getattr(ctx, "psdebug_strict", False) and getattr(ctx, "strict_mode", 0) == 1:
                ctx.strict_mode = 0
            ctx.psdebug_strict = False
            return
        if self.Strict:
            ctx.psdebug_strict = True
            if getattr(ctx, "strict_mode", 0) < 1:
                ctx.strict_mode = 1


class GetHost(Cmdlet):
    name = "Get-Host"
    parameters = ()
    synopsis = "Gets an object that represents the current host program."
    description = ("Get-Host returns the host object ($Host): its name (ConsoleHost), version, "
                   "culture and user interface (including $Host.UI.RawUI).")
    examples = (("(Get-Host).Version", "The host version."),)

    def process(self) -> None:
        self.write_object(self.context.get_variable("Host"))


class ClearHost(Cmdlet):
    name = "Clear-Host"
    aliases = ("cls", "clear")
    parameters = ()
    synopsis = "Clears the display in the host program."
    description = ("Clear-Host clears the console screen in the interactive shell; in a "
                   "script whose output is redirected it does nothing.")
    examples = (("cls", "Clears the screen."),)

    def process(self) -> None:
        clear = getattr(self.context.host, "clear_screen", None)
        if clear is not None:
            clear()
