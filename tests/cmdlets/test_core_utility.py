"""Utility cmdlets driven directly with a stand-in runtime; expected values as Windows
PowerShell 5.1 gives them (en-US)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

import cmdlets.core.utility as U
from cmdlets.core.write import host_text
from tests.cmdlets.harness import RecordingRuntime, bind, default_set, feed

NOW = dt.datetime(2010, 11, 15, 9, 5, 7)


class Clock:
    def __init__(self):
        self.t = NOW

    def now(self):
        return self.t

    def advance(self, delta):
        self.t += delta


class Model:
    def __init__(self):
        self.clock = Clock()
        self.random = random.Random(7)


class Ctx:
    def __init__(self):
        self.model = Model()

    def now(self):
        return self.model.clock.now()


class Runtime(RecordingRuntime):
    def __init__(self):
        super().__init__(Ctx())


def run(cls, rt=None, pipeline=None, _set=None, **params):
    rt = rt or Runtime()
    c = bind(cls, rt, params, default_set(cls, _set))
    c.begin()
    feed(c, pipeline)
    c.end()
    return rt


def test_uformat():
    d = dt.datetime(2010, 6, 5, 14, 3, 9)
    assert U.uformat(d, "%Y-%m-%d %H:%M:%S") == "2010-06-05 14:03:09"
    assert U.uformat(d, "%a %A %b %B") == "Sat Saturday Jun June"
    assert U.uformat(d, "%D %T %r") == "06/05/10 14:03:09 02:03:09 PM"
    assert U.uformat(d, "%j %e %u %w") == "156  5 6 6"
    assert U.uformat(dt.datetime(1970, 1, 2), "%s") == "86400"
    assert U.uformat(d, "%%|%y|%I|%p") == "%|10|02|PM"


def test_get_date_simulated_clock_and_components():
    rt = run(U.GetDate)
    assert rt.out == [NOW]
    rt = run(U.GetDate, Year=2011, Month=2, Day=3, Hour=4, Minute=5, Second=6)
    assert rt.out == [dt.datetime(2011, 2, 3, 4, 5, 6)]
    rt = run(U.GetDate, UFormat="%Y%m%d", _set="UFormat")
    assert rt.out == ["20101115"]
    with pytest.raises(RuntimeError, match="un-representable"):
        run(U.GetDate, Month=2, Day=30)


def test_new_timespan():
    rt = run(U.NewTimeSpan, Start=NOW - dt.timedelta(hours=2))
    assert rt.out == [dt.timedelta(hours=2)]
    rt = run(U.NewTimeSpan, _set="Time", Days=1, Minutes=30)
    assert rt.out == [dt.timedelta(days=1, minutes=30)]


def test_start_sleep_advances_clock():
    rt = Runtime()
    run(U.StartSleep, rt, Seconds=90)
    assert rt.context.now() == NOW + dt.timedelta(seconds=90)
    run(U.StartSleep, rt, _set="Milliseconds", Milliseconds=500)
    assert rt.context.now() == NOW + dt.timedelta(seconds=90, milliseconds=500)


def test_get_random_deterministic_and_ranges():
    a = run(U.GetRandom, SetSeed=5, Maximum=100).out
    b = run(U.GetRandom, SetSeed=5, Maximum=100).out
    assert a == b and 0 <= a[0] < 100 and isinstance(a[0], int)
    r = run(U.GetRandom, Minimum=1.5, Maximum=2).out[0]
    assert isinstance(r, float) and 1.5 <= r < 2
    with pytest.raises(RuntimeError, match=r"The Minimum value \(5\) cannot be greater than or equal to the Maximum value \(5\)."):
        run(U.GetRandom, Minimum=5, Maximum=5)
    picked = run(U.GetRandom, pipeline=[1, 2, 3, 4, 5], _set="RandomListItemParameterSet", Count=3).out
    assert len(picked) == 3 and len(set(picked)) == 3
    everything = run(U.GetRandom, pipeline=[1, 2, 3], _set="RandomListItemParameterSet", Count=10).out
    assert sorted(everything) == [1, 2, 3]


def test_host_text():
    assert host_text(["a", [1, 2], "b"]) == "a 1 2 b"
    assert host_text([[1, 2, 3]], ", ") == "1, 2, 3"
    assert host_text(None) == ""
