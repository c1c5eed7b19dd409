"""Builds cmdlets/exchange/metadata.json from the reference facts in
../shared/reference/exchange2010-cmdlets.json (not shipped with the package).

    python tools/gen_exchange_metadata.py [path/to/exchange2010-cmdlets.json]

For each Exchange 2010 cmdlet it keeps what the binder and Get-Help need: parameter sets,
each parameter's type, sets, mandatory flag, position (0-based, as in the cmdlet's
metadata; the docs show it 1-based), pipeline input, aliases, enum values and the task
attributes. Where the SP1-era TechNet syntax is known (Move-ActiveMailboxDatabase,
Add-MailboxDatabaseCopy) the sets follow it, since later service packs added parameters.
Confirm and WhatIf are left out: the engine adds them to every SupportsShouldProcess cmdlet.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "exchange2010-cmdlets.json"
TARGET = ROOT / "cmdlets" / "exchange" / "metadata.json"

COMMON = {"Confirm", "WhatIf"}
SP1_KEY_MARK = "SP1-era"
# Parameters documented with pipeline input: Identity binds the piped object itself (the
# reference README: a DatabaseCopyStatusEntry piped into Suspend-MailboxDatabaseCopy);
# others bind by property name, as the Exchange tasks declare them.
BY_VALUE = {"Identity"}


def sp1_sets(entry: dict) -> dict[str, list[str]] | None:
    syntax = entry.get("technet_2010_syntax") or {}
    for key, lines in syntax.items():
        if SP1_KEY_MARK in key:
            sets = {}
            for line in lines:
                names = re.findall(r"-(\w+)", line.split(" ", 1)[1])
                # The set is named after its first (mandatory) parameter.
                sets[names[0]] = names
            return sets
    return None


def convert(name: str, entry: dict) -> dict:
    params_src = entry.get("parameters_2010") or {}
    sets_src = entry.get("parameter_sets_2010") or {}
    override = sp1_sets(entry)
    if override:
        sets_src = override
    set_names = list(sets_src)
    attrs = entry.get("task_attributes_2013") or {}
    params = []
    for pname, p in params_src.items():
        if pname in COMMON:
            continue
        if override is not None and not any(pname in members for members in override.values()):
            continue  # added after SP1
        if override is not None:
            member_sets = [s for s, members in override.items() if pname in members]
            sets = ["(All)"] if len(member_sets) == len(override) else member_sets
        else:
            sets = p.get("parameter_sets") or ["(All)"]
        required = p.get("required", False)
        position = p.get("position", "Named")
        entry_out: dict = {"name": pname, "type": p.get("type") or "Object", "sets": sets}
        if isinstance(required, dict):
            entry_out["mandatory_in"] = sorted(s for s, r in required.items() if r)
        elif required:
            entry_out["mandatory"] = True
        if isinstance(position, dict):
            entry_out["position_in"] = {s: int(v) - 1 for s, v in position.items() if v != "Named"}
        elif position != "Named":
            entry_out["position"] = int(position) - 1
        if p.get("accept_pipeline_input"):
            entry_out["pipeline"] = "value" if pname in BY_VALUE else "name"
        if p.get("aliases"):
            entry_out["aliases"] = p["aliases"]
        if p.get("valid_values_enum_initial_doc"):
            entry_out["enum"] = p["valid_values_enum_initial_doc"]
        if p.get("accept_wildcard"):
            entry_out["wildcard"] = True
        for key in ("range_2010_doc", "default_2010_doc"):
            if p.get(key):
                entry_out[key.split("_")[0]] = p[key]
        params.append(entry_out)
    # Without the 2013 task attributes, a cmdlet whose 2010 docs list -WhatIf/-Confirm supports
    # ShouldProcess; its ConfirmImpact is a guess [K]: High for the destructive verbs (they
    # prompt by default in EMS), Medium otherwise.
    documented_should_process = "WhatIf" in params_src or "Confirm" in params_src
    verb = name.split("-", 1)[0]
    guessed_impact = "High" if verb in ("Remove", "Disable", "Dismount") else "Medium"
    return {
        "sets": set_names,
        "default_set": attrs.get("DefaultParameterSetName") or (set_names[0] if set_names else None),
        "supports_should_process": bool(attrs.get("SupportsShouldProcess")) or documented_should_process,
        "confirm_impact": attrs.get("ConfirmImpact") or (guessed_impact if documented_should_process else "Medium"),
        "output_type": entry.get("output_type"),
        "parameters": params,
    }


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    data = json.loads(source.read_text(encoding="utf-8"))
    out = {}
    for name in sorted(data):
        entry = data[name]
        if not entry.get("exchange_2010") or "parameters_2010" not in entry:
            continue
        out[name] = convert(name, entry)
    TARGET.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} cmdlets to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv)
