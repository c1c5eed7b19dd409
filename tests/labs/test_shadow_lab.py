"""Lab 2 (Shadow Redundancy): objectives read the transport's tracking logs, queues and the history."""
from __future__ import annotations

import pytest

from tests.labs.support import LabShell

SEND = ("Send-MailMessage -SmtpServer EDGE01 -From partner@fabrikam.com -To user01@contoso.com "
        "-Subject '{subject}' -Body test")


def met(sh: LabShell) -> dict[str, bool]:
    return {o.Name: o.Met for o in sh.values("Get-LabObjective")}


def holder(sh: LabShell) -> str:
    """The hub that holds the message in flight (a non-shadow queue with messages)."""
    for hub in ("HUB01", "HUB02"):
        counts = sh.values(f"Get-Queue -Server {hub} | Where-Object {{ $_.DeliveryType -ne 'ShadowRedundancy' }} | "
                           f"Measure-Object -Property MessageCount -Sum | ForEach-Object {{ $_.Sum }}")
        if counts and counts[0]:
            return hub
    raise AssertionError("no hub holds the message")


def items(sh: LabShell) -> int:
    return sh.values("(Get-MailboxStatistics user01).ItemCount")[0]


@pytest.fixture
def sh() -> LabShell:
    s = LabShell()
    s.ok("Start-Lab ShadowRedundancy")
    return s


def test_nothing_met_at_start(sh):
    assert not any(met(sh).values())
    assert "EDGE01" in sh.values("Get-LabHint")[0]


def test_correct_solution_meets_every_objective(sh):
    before = items(sh)
    sh.ok(SEND.format(subject="one") + "; Step-LabClock -Seconds 3")
    assert met(sh)["ShadowCopyKept"]
    hub = holder(sh)
    sh.ok(f"Stop-LabServer {hub} -LoseTransportDatabase; Step-LabClock -Minutes 20")
    assert met(sh)["ResubmittedAfterHubLoss"]
    assert items(sh) == before + 1
    sh.ok(f"Start-LabServer {hub}; Set-TransportConfig -ShadowRedundancyEnabled $false")
    sh.ok(SEND.format(subject="two") + "; Step-LabClock -Seconds 3")
    hub = holder(sh)
    sh.ok(f"Stop-LabServer {hub} -LoseTransportDatabase; Step-LabClock -Minutes 20")
    m = met(sh)
    assert m["MessageLostWithoutShadow"] and not m["ShadowRedundancyRestored"]
    assert items(sh) == before + 1
    sh.ok("Set-TransportConfig -ShadowRedundancyEnabled $true")
    assert all(met(sh).values()), met(sh)


def test_crash_without_losing_the_queue_database_is_no_loss(sh):
    sh.ok("Set-TransportConfig -ShadowRedundancyEnabled $false")
    sh.ok(SEND.format(subject="kept") + "; Step-LabClock -Seconds 3")
    hub = holder(sh)
    sh.ok(f"Stop-LabServer {hub}; Step-LabClock -Minutes 5; Start-LabServer {hub}; Step-LabClock -Minutes 5")
    m = met(sh)
    assert not m["MessageLostWithoutShadow"] and not m["ResubmittedAfterHubLoss"]


def test_hint_when_every_hub_is_down(sh):
    """With both hubs crashed the Edge cannot resubmit (DEFER): the hint says to start a hub again."""
    sh.ok(SEND.format(subject="both down"))
    sh.ok("Step-LabClock -Seconds 3")
    sh.ok("Stop-LabServer HUB01 -LoseTransportDatabase")
    sh.ok("Stop-LabServer HUB02 -LoseTransportDatabase")
    sh.ok("Step-LabClock -Minutes 20")
    hint = sh.values("Get-LabHint")[0]
    assert "Every hub is down" in hint and "Start-LabServer HUB01" in hint
    sh.ok("Start-LabServer HUB01")
    sh.ok("Step-LabClock -Minutes 20")
    assert met(sh)["ResubmittedAfterHubLoss"]
    assert items(sh) >= 1
