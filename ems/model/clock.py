"""The simulated clock and scheduler. The model never reads the wall clock.

``SimClock(start)`` keeps the simulated local time (naive ``datetime``, the servers' local
time). The default start is ``DEFAULT_START`` = Monday 2010-11-15 09:00:00, a working
morning three months after Exchange 2010 SP1 shipped.

* ``clock.now()`` -> datetime
* ``clock.schedule(at, callback, *args, key=None)`` / ``clock.schedule_in(delta, callback, *args)``
  -> an ``Event`` handle (``handle.cancel()``). ``callback(*args)`` runs when the clock
  reaches ``at``; events run in time order, ties in scheduling order. Scheduling in the
  past (or now) runs at the next ``advance``/``run_due`` call.
* ``clock.advance(delta)`` moves time forward, running every event that falls due at its
  own time (``now()`` inside a callback is the event's time); events scheduled by
  callbacks inside the window run too. Returns the number of events run.
* ``clock.run_due()`` runs what is due now without moving time.

Deterministic randomness lives beside it: ``SeededRandom`` (``model.random``) is a
``random.Random`` with a fixed seed whose state can be saved and restored.
"""
from __future__ import annotations

import heapq
import itertools
import random
from datetime import datetime, timedelta
from typing import Any, Callable

DEFAULT_START = datetime(2010, 11, 15, 9, 0, 0)


class Event:
    __slots__ = ("at", "seq", "callback", "args", "cancelled", "key")

    def __init__(self, at: datetime, seq: int, callback: Callable[..., Any], args: tuple,
                 key: Any = None):
        self.at = at
        self.seq = seq
        self.callback = callback
        self.args = args
        self.cancelled = False
        self.key = key

    def cancel(self) -> None:
        self.cancelled = True

    def __lt__(self, other: "Event") -> bool:
        return (self.at, self.seq) < (other.at, other.seq)

    def __repr__(self) -> str:
        name = getattr(self.callback, "__qualname__", repr(self.callback))
        return f"Event({self.at:%Y-%m-%d %H:%M:%S}, {name})"


class SimClock:
    def __init__(self, start: datetime = DEFAULT_START):
        self._now = start
        self._queue: list[Event] = []
        self._seq = itertools.count()
        self._running = False
        # called after the clock moved or ran events (the organization counts it as a change)
        self.on_advance: Callable[[], None] | None = None

    def now(self) -> datetime:
        return self._now

    def set_time(self, when: datetime) -> None:
        """Set the time without running events (used when loading a saved state)."""
        self._now = when

    def schedule(self, at: datetime, callback: Callable[..., Any], *args: Any, key: Any = None) -> Event:
        ev = Event(at, next(self._seq), callback, args, key)
        heapq.heappush(self._queue, ev)
        return ev

    def schedule_in(self, delta: timedelta | float, callback: Callable[..., Any], *args: Any,
                    key: Any = None) -> Event:
        if not isinstance(delta, timedelta):
            delta = timedelta(seconds=delta)
        return self.schedule(self._now + delta, callback, *args, key=key)

    def pending(self) -> list[Event]:
        """Scheduled, not cancelled events in time order."""
        return sorted(e for e in self._queue if not e.cancelled)

    def next_event_time(self) -> datetime | None:
        while self._queue and self._queue[0].cancelled:
            heapq.heappop(self._queue)
        return self._queue[0].at if self._queue else None

    def cancel_where(self, predicate: Callable[[Event], bool]) -> int:
        n = 0
        for e in self._queue:
            if not e.cancelled and predicate(e):
                e.cancelled = True
                n += 1
        return n

    def clear(self) -> None:
        self._queue.clear()

    def advance(self, delta: timedelta | float) -> int:
        if not isinstance(delta, timedelta):
            delta = timedelta(seconds=delta)
        if delta < timedelta(0):
            raise ValueError("the simulated clock cannot go backwards")
        return self.advance_to(self._now + delta)

    def advance_to(self, target: datetime) -> int:
        if target < self._now:
            raise ValueError("the simulated clock cannot go backwards")
        n = 0
        while True:
            t = self.next_event_time()
            if t is None or t > target:
                break
            ev = heapq.heappop(self._queue)
            if ev.at > self._now:
                self._now = ev.at
            ev.callback(*ev.args)
            n += 1
        moved = target != self._now
        self._now = target
        if (moved or n) and self.on_advance is not None:
            self.on_advance()
        return n

    def run_due(self) -> int:
        return self.advance_to(self._now)


class SeededRandom(random.Random):
    """A deterministic random source (``model.random``). Seed 2010 unless given."""

    def __init__(self, seed: int = 2010):
        super().__init__(seed)
        self.seed_value = seed

    def state_json(self) -> list:
        version, internal, gauss = self.getstate()
        return [version, list(internal), gauss]

    def set_state_json(self, state: list) -> None:
        self.setstate((state[0], tuple(state[1]), state[2]))
