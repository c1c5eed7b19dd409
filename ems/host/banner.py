"""The start-up banner of the interactive shell and the tips of the day.

``banner(random)`` is the text `ems` prints before the first prompt (unless -NoLogo), in the
layout of the Exchange Management Shell's welcome. The tips live in ``tips.txt`` next to this
module (blocks separated by a line holding only ``%``); ``tips()`` reads them,
``tip_of_the_day(random)`` picks one (``random`` is anything with ``randrange`` or
``randint``, e.g. ``random.Random`` or the organization's seeded source), and
``format_tip(number, text)`` lays it out as Get-Tip prints it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

TIPS_FILE = Path(__file__).with_name("tips.txt")

WELCOME = """\
                    Welcome to the Exchange Management Shell!

Full list of cmdlets: Get-Command
Only Exchange cmdlets: Get-ExCommand
Cmdlets that match a specific string: Get-Help *<string>*
Get general help: Get-Help
Get help for a cmdlet: Get-Help <cmdlet name> or <cmdlet name> -?
Show full output for a command: <command> | Format-List
Show another tip of the day: Get-Tip
"""


@lru_cache(maxsize=1)
def tips() -> tuple[str, ...]:
    """Every tip, in file order (tip number N is ``tips()[N - 1]``)."""
    try:
        text = TIPS_FILE.read_text(encoding="utf-8")
    except OSError:
        return ()
    blocks: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line.strip() == "%":
            if current is not None:
                blocks.append("\n".join(current).strip("\n"))
            current = []
            continue
        if current is None:
            continue  # header comments
        current.append(line.rstrip())
    if current:
        blocks.append("\n".join(current).strip("\n"))
    return tuple(b for b in blocks if b.strip())


def _pick(random: Any, n: int) -> int:
    if hasattr(random, "randrange"):
        return int(random.randrange(n))
    if hasattr(random, "randint"):
        return int(random.randint(0, n - 1))
    return int(random() * n) % n if callable(random) else 0


def tip_of_the_day(random: Any) -> tuple[int, str]:
    """(tip number, 1-based; tip text) chosen with ``random``."""
    all_tips = tips()
    if not all_tips:
        return 0, ""
    i = _pick(random, len(all_tips))
    return i + 1, all_tips[i]


def format_tip(number: int, text: str) -> str:
    return f"Tip of the day #{number}:\n\n{text}\n"


def banner(random: Any) -> str:
    number, text = tip_of_the_day(random)
    out = WELCOME
    if text:
        out += "\n" + format_tip(number, text)
    return out
