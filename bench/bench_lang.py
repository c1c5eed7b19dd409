"""Interpreter speed, as a ratio to the same work in plain Python measured in the same run.

    python -m bench.bench_lang

1. a 200,000-iteration `foreach` loop that sums;
2. a 100,000-object `Where-Object | ForEach-Object | Measure-Object` pipeline.
"""
from __future__ import annotations

from bench.common import EmsRunner, best_of, report

LOOP = "$s = 0; foreach ($i in 1..200000) { $s += $i }; $s"
PIPE = ("(1..100000 | Where-Object { $_ % 3 -eq 0 } | ForEach-Object { $_ * 2 } "
        "| Measure-Object -Sum).Sum")


def py_loop() -> int:
    s = 0
    for i in range(1, 200001):
        s += i
    return s


def py_pipe() -> int:
    def where(xs):
        for x in xs:
            if x % 3 == 0:
                yield x

    def each(xs):
        for x in xs:
            yield x * 2

    return sum(each(where(range(1, 100001))))


def main() -> None:
    ems = EmsRunner()  # session start-up is not part of the measurement (see bench_startup)
    assert ems.run(LOOP).strip() == str(py_loop())
    assert ems.run(PIPE).strip() == str(py_pipe())
    rows = [
        ("foreach loop, 200,000 iterations", best_of(lambda: ems.run(LOOP)), best_of(py_loop)),
        ("Where | ForEach | Measure, 100,000 objects", best_of(lambda: ems.run(PIPE)), best_of(py_pipe)),
    ]
    print(report(rows))


if __name__ == "__main__":
    main()
