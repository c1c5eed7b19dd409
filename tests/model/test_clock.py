from datetime import datetime, timedelta

from ems.model.clock import DEFAULT_START, SeededRandom, SimClock


def test_events_run_in_time_order_at_their_time():
    c = SimClock()
    seen = []
    c.schedule_in(30, lambda: seen.append(("b", c.now())))
    c.schedule_in(10, lambda: seen.append(("a", c.now())))
    c.schedule_in(10, lambda: seen.append(("a2", c.now())))
    h = c.schedule_in(20, lambda: seen.append(("x", c.now())))
    h.cancel()
    assert c.advance(timedelta(seconds=25)) == 2
    assert [s[0] for s in seen] == ["a", "a2"]
    assert seen[0][1] == DEFAULT_START + timedelta(seconds=10)
    assert c.now() == DEFAULT_START + timedelta(seconds=25)
    c.advance(5)
    assert seen[-1] == ("b", DEFAULT_START + timedelta(seconds=30))


def test_events_scheduled_by_callbacks_run_in_window():
    c = SimClock(datetime(2010, 1, 1))
    seen = []

    def first():
        seen.append(c.now())
        c.schedule_in(5, lambda: seen.append(c.now()))

    c.schedule_in(5, first)
    c.advance(60)
    assert seen == [datetime(2010, 1, 1, 0, 0, 5), datetime(2010, 1, 1, 0, 0, 10)]


def test_random_is_deterministic_and_restorable():
    a, b = SeededRandom(), SeededRandom()
    assert [a.random() for _ in range(3)] == [b.random() for _ in range(3)]
    st = a.state_json()
    x = a.random()
    a.set_state_json(st)
    assert a.random() == x
