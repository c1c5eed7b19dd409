"""Transport at scale: 100,000 messages from the Internet through EDGE01, the hubs and the
mailbox stores of the built-in organization, with one hub crashing (and losing its queue
database) in the middle. Shadow Redundancy is on (the default), so nothing may be lost.

    python bench/bench_transport.py [--messages N] [--rate R] [--json]

Messages arrive at R per simulated second (default 100, so 1,000 simulated seconds for 100,000),
each for one random mailbox; halfway through HUB01 crashes with -LoseTransportDatabase and comes
back ten simulated minutes later; then the clock runs one more simulated hour so the shadow
copies HUB01 lost are resubmitted by the Edge and every discard notification arrives.

Reports the wall time of the run, the peak memory (tracemalloc, measured in a second run, as
tracing slows Python down), and the counts: delivered, duplicates caught at the store, shadow
resubmissions, messages left in queues. The target is under 5 s with nothing lost; no
assertion is made on time (tests never depend on the speed of the machine), but the run fails
if a message was lost or delivered twice.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ems.model import load  # noqa: E402
from ems.model.transport import transport_of  # noqa: E402


def run(n: int, rate: int) -> dict:
    org = load.load_default()
    t = transport_of(org)
    edge = org.servers["EDGE01"]
    hub = org.servers["HUB01"]
    boxes = [m for m in org.mailboxes]
    start = {m.name: m.item_count for m in boxes}
    expected = {m.name: 0 for m in boxes}
    rnd = org.random
    sent = 0
    crashed_at = n // 2
    restarted = False
    while sent < n:
        batch = min(rate, n - sent)
        for _ in range(batch):
            m = boxes[rnd.randrange(len(boxes))]
            msg = t.new_message("sender@fabrikam.com", (m.smtp,), "bench", 4096,
                                message_id=f"<bench-{sent}@fabrikam.com>")
            t.submit(edge, msg)
            expected[m.name] += 1
            sent += 1
            if sent == crashed_at:
                org.stop_server(hub, crash=True, lose_transport_database=True)
                crash_time = org.clock.now()
        org.advance(1)
        if not restarted and sent > crashed_at and (org.clock.now() - crash_time).total_seconds() >= 600:
            org.start_server(hub)
            restarted = True
    if not restarted:
        org.advance(600)
        org.start_server(hub)
    org.advance(3600)
    lost = sum(expected[m.name] - (m.item_count - start[m.name]) for m in boxes)
    resubmits = sum(1 for nd in t.nodes.values() for r in nd.log if r[1] == "RESUBMIT")
    return {"messages": n, "delivered": t.delivered, "duplicates_dropped": t.duplicates,
            "shadow_resubmissions": resubmits, "lost_or_extra": lost, "left_in_queues": t.in_flight(),
            "shadow_copies_left": t.shadow_count(),
            "tracking_rows": sum(len(nd.log) for nd in t.nodes.values())}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--rate", type=int, default=100)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    t0 = time.perf_counter()
    res = run(a.messages, a.rate)
    res["seconds"] = round(time.perf_counter() - t0, 3)
    tracemalloc.start()
    run(a.messages, a.rate)
    res["peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    tracemalloc.stop()
    res["ok"] = res["lost_or_extra"] == 0 and res["left_in_queues"] == 0 and res["delivered"] == a.messages
    if a.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:22} {v}")
    return 0 if res["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
