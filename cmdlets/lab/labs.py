"""Guided labs (emulator-only cmdlets, noun prefix Lab): Get-Lab, Start-Lab, Get-LabObjective,
Get-LabHint, Stop-Lab. The labs themselves (start states, objectives, hints) are in
ems/model/labs.

Start-Lab replaces the session's organization (``context.model``, the one place the session
holds it, as Import-LabState does) with a fresh one in the lab's start state; the console
stays on the computer it is on. Objectives are computed from the organization's state and
history, never from the commands typed.
"""
from __future__ import annotations

from typing import Any

from cmdlets.lab.servers import LAB_MODULE
from ems.model import labs as lab_model
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter
from ems.runtime.wildcard import has_wildcards, wildcard_match

STR = "System.String"
NO_LAB = "No lab is running. Start one with Start-Lab -Name <name>; Get-Lab lists the labs."


def _matches(pattern: str, text: str) -> bool:
    return wildcard_match(pattern, text)


class _LabCmdlet(Cmdlet):
    module = LAB_MODULE

    def _no_lab(self) -> None:
        self.write_error(NO_LAB, "ObjectNotFound", "NoLabRunning")


class GetLab(_LabCmdlet):
    name = "Get-Lab"
    parameters = (Parameter("Name", STR, position=0),)
    output_type = "Ems.Lab.Lab"
    synopsis = "Lists the guided labs of the emulator (emulator only)."
    description = ("Get-Lab lists the labs that rehearse the field notes ems is built on: the Exchange 2010 SP1 "
                   "rolling upgrade of a DAG, Shadow Redundancy, and the OCS 2007 R2 activation blocked by KB974571. "
                   "Each has a Name (for Start-Lab), a Title and a Description. -Name takes wildcards.")
    examples = (("Get-Lab", "Lists every lab."),
                ("Get-Lab SP1* | Format-List", "Shows the SP1 lab in full."))

    def process(self) -> None:
        pattern = self.Name
        found = False
        for lab in lab_model.all_labs():
            if pattern is None or _matches(str(pattern), lab.name) or str(pattern).lower() in (
                    a.lower() for a in lab.aliases):
                found = True
                self.write_object(lab_model.LabInfo(lab))
        if pattern is not None and not found and not has_wildcards(str(pattern)):
            self.write_error(f"Cannot find a lab with the name '{pattern}'. Get-Lab lists the labs.",
                             "ObjectNotFound", "LabNotFound", pattern)


class StartLab(_LabCmdlet):
    name = "Start-Lab"
    parameters = (Parameter("Name", STR, position=0, mandatory=True, pipeline_by_name=True),)
    supports_should_process = True
    output_type = "Ems.Lab.Lab"
    synopsis = "Starts a guided lab: resets the organization to the lab's start state (emulator only)."
    description = ("Start-Lab replaces the simulated organization with a fresh copy in the lab's start state (the "
                   "built-in organization plus the lab's changes) and starts tracking the lab's objectives from "
                   "now. Everything done before is discarded: save it first with Export-LabState if you want to "
                   "keep it. Get-LabObjective shows how you are doing, Get-LabHint the next useful step.")
    examples = (("Start-Lab SP1RollingUpgrade", "Starts the Exchange 2010 SP1 rolling upgrade lab."),
                ("Get-Lab | Select-Object -First 1 | Start-Lab", "Starts the first lab."))

    def process(self) -> None:
        lab = lab_model.find_lab(str(self.Name))
        if lab is None:
            self.write_error(f"Cannot find a lab with the name '{self.Name}'. Get-Lab lists the labs.",
                             "ObjectNotFound", "LabNotFound", self.Name)
            return
        if not self.should_process(lab.name, "Start-Lab (the organization is reset to the lab's start state)"):
            return
        org = lab_model.start_lab(lab.name)
        ctx = self.context
        ctx.model = org
        stack = getattr(ctx, "lab_server_stack", None)
        if stack:
            stack.clear()
        self.runtime.write_host(f"Lab '{lab.name}' started: {lab.title}.")
        self.runtime.write_host(lab.description)
        self.runtime.write_host("Get-LabObjective shows the objectives; Get-LabHint gives the next step.")


class GetLabObjective(_LabCmdlet):
    name = "Get-LabObjective"
    parameters = (Parameter("Name", STR, position=0),)
    output_type = "Ems.Lab.Objective"
    synopsis = "Shows the objectives of the running lab and whether each is met (emulator only)."
    description = ("Get-LabObjective returns one object per objective of the running lab: Name, Description and "
                   "Met. Met is computed from the organization's state and history (outages, failovers, versions, "
                   "hotfixes, message tracking...), not from the commands you typed, so any correct way counts.")
    examples = (("Get-LabObjective", "Shows the objectives of the running lab."),
                ("Get-LabObjective | Where-Object { -not $_.Met }", "What is left to do."))

    def process(self) -> None:
        if lab_model.current_lab(self.model) is None:
            self._no_lab()
            return
        for o in lab_model.objectives(self.model):
            if self.Name is None or _matches(str(self.Name), o.Name):
                self.write_object(o)


class GetLabHint(_LabCmdlet):
    name = "Get-LabHint"
    parameters = ()
    output_type = "System.String"
    synopsis = "Gives the next useful step of the running lab (emulator only)."
    description = ("Get-LabHint looks at the organization as it is now and suggests the next step of the running "
                   "lab, with the commands that do it.")
    examples = (("Get-LabHint", "Shows what to do next."),)

    def process(self) -> None:
        text = lab_model.next_hint(self.model)
        if text is None:
            self._no_lab()
            return
        self.write_object(text)


class StopLab(_LabCmdlet):
    name = "Stop-Lab"
    parameters = (Parameter("PassThru", SWITCH),)
    output_type = "Ems.Lab.Objective"
    synopsis = "Ends the running lab (emulator only)."
    description = ("Stop-Lab stops tracking the running lab. The organization stays as it is; Start-Lab starts a "
                   "lab again from its start state. -PassThru returns the objectives as they were at the end.")
    examples = (("Stop-Lab -PassThru", "Ends the lab and shows the final objectives."),)

    def process(self) -> None:
        final = lab_model.objectives(self.model)
        lab = lab_model.stop_lab(self.model)
        if lab is None:
            self._no_lab()
            return
        if self.PassThru:
            for o in final:
                self.write_object(o)
