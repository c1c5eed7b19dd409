"""Transcript cases: parsing of tests/spec/*.test.ps1 (format in ../shared/DESIGN.md).

    #### title
    <script>
    ## status: N                 (optional, default 0)
    ## STDERR-CONTAINS: text     (optional, repeatable)
    ## STDOUT:                   (optional block: absent means stdout is not checked)
    <expected lines>
    ## END
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SPEC_DIR = Path(__file__).parent / "spec"


@dataclass
class SpecCase:
    file: str
    line: int
    title: str
    script: str
    status: int = 0
    stderr_contains: list[str] = field(default_factory=list)
    stdout: str | None = None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}:{self.title}"


class SpecFormatError(Exception):
    pass


_DIRECTIVE = re.compile(r"^## (status|STDERR-CONTAINS|STDOUT|END)(:\s?(.*))?$")


def parse_spec(text: str, file: str = "<spec>") -> list[SpecCase]:
    cases: list[SpecCase] = []
    current: SpecCase | None = None
    script: list[str] = []
    stdout: list[str] | None = None
    in_stdout = False

    def finish() -> None:
        nonlocal current, script, stdout
        if current is None:
            return
        if in_stdout:
            raise SpecFormatError(f"{file}:{current.line}: '## STDOUT:' without '## END'")
        current.script = "\n".join(script).strip("\n") + "\n"
        current.stdout = None if stdout is None else "".join(l + "\n" for l in stdout)
        cases.append(current)
        current, script, stdout = None, [], None

    for lineno, line in enumerate(text.splitlines(), 1):
        if in_stdout:
            if line == "## END":
                in_stdout = False
            else:
                stdout.append(line)  # type: ignore[union-attr]
            continue
        if line.startswith("#### "):
            finish()
            current = SpecCase(file, lineno, line[5:].strip(), "")
            continue
        if current is None:
            if line.strip() and not line.startswith("#"):
                raise SpecFormatError(f"{file}:{lineno}: text before the first case")
            continue
        m = _DIRECTIVE.match(line)
        if m:
            kind, value = m.group(1), (m.group(3) or "")
            if kind == "status":
                current.status = int(value)
            elif kind == "STDERR-CONTAINS":
                current.stderr_contains.append(value)
            elif kind == "STDOUT":
                stdout = []
                in_stdout = True
            else:
                raise SpecFormatError(f"{file}:{lineno}: '## END' without '## STDOUT:'")
            continue
        if stdout is not None:
            if line.strip():
                raise SpecFormatError(f"{file}:{lineno}: text after '## END' in case {current.title!r}")
            continue
        script.append(line)
    finish()
    return cases


def load_all(directory: Path = SPEC_DIR) -> list[SpecCase]:
    cases: list[SpecCase] = []
    for path in sorted(directory.glob("*.test.ps1")):
        cases.extend(parse_spec(path.read_text(encoding="utf-8"), path.name))
    return cases
