"""A stand-in for the execution context in unit tests of conversions, operators and members."""
import datetime as dt


class Ctx:
    """The few context methods those calls use, over a plain dict of variables."""

    def __init__(self, strict=0, **variables):
        self.strict_mode = strict
        self.vars = {k.lower(): v for k, v in variables.items()}

    def get_variable(self, name):
        return self.vars.get(name.lower())

    def set_variable(self, name, value):
        self.vars[name.lower()] = value

    def now(self):
        return dt.datetime(2026, 11, 27, 18, 51, 36)

    def invoke_scriptblock(self, sb, args=(), this=None, dollar_under=None):
        # test script blocks are Python callables
        return [sb(this if this is not None else dollar_under, *args)]
