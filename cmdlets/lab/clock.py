"""Lab controls for the simulated clock (emulator-only cmdlets): Get-LabClock, Step-LabClock.

The organization's clock (ems.model.clock.SimClock) is the only time the model knows: copy
state changes, seeding, reboots, move requests and transport retries are events scheduled on
it. Step-LabClock moves it forward and runs every event that falls due, each at its own time.
"""
from __future__ import annotations

from datetime import timedelta

from cmdlets.lab.servers import LAB_MODULE
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter

DOUBLE = "System.Double"


class GetLabClock(Cmdlet):
    name = "Get-LabClock"
    module = LAB_MODULE
    parameters = ()
    output_type = "System.DateTime"
    synopsis = "Gets the simulated time of the organization (emulator only)."
    description = ("Get-LabClock returns the current simulated date and time as a DateTime. The model "
                   "never reads the wall clock; Step-LabClock moves this time forward.")
    examples = (("Get-LabClock", "Shows the simulated time."),
                ("(Get-LabClock).AddHours(1)", "The simulated time an hour from now."))

    def process(self) -> None:
        self.write_object(self.model.clock.now())


class StepLabClock(Cmdlet):
    name = "Step-LabClock"
    module = LAB_MODULE
    parameters = (Parameter("Seconds", DOUBLE), Parameter("Minutes", DOUBLE), Parameter("Hours", DOUBLE),
                  Parameter("Days", DOUBLE), Parameter("PassThru", SWITCH))
    synopsis = "Moves the simulated time forward and runs everything that falls due (emulator only)."
    description = ("Step-LabClock advances the organization's clock by the sum of -Seconds, -Minutes, "
                   "-Hours and -Days (one minute when none is given), running every scheduled event at its "
                   "own time: database copies finish initializing and resynchronizing, seeding completes, "
                   "restarted servers come back, move requests complete, transport retries and times out. "
                   "-PassThru returns the new time.")
    examples = (("Step-LabClock -Minutes 5", "Five simulated minutes pass."),
                ("Step-LabClock -Hours 3 -PassThru", "Three hours pass; shows the new time."))

    def process(self) -> None:
        secs = (self.Seconds or 0) + (self.Minutes or 0) * 60 + (self.Hours or 0) * 3600 + (self.Days or 0) * 86400
        if not any(self.is_bound(n) for n in ("Seconds", "Minutes", "Hours", "Days")):
            secs = 60
        if secs < 0:
            self.write_error("The simulated clock cannot go backwards.", "InvalidArgument", "NegativeStep", secs)
            return
        n = self.model.advance(timedelta(seconds=float(secs)))
        self.write_verbose(f"The simulated clock moved {timedelta(seconds=float(secs))} forward; {n} events ran.")
        if self.PassThru:
            self.write_object(self.model.clock.now())
