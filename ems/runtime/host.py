"""The host interface: everything the engine shows or asks that is not pipeline output.

The execution context talks to a ``Host`` for error records, warnings, verbose and debug
text, Write-Host, progress, and for the interactive questions (confirmation prompts,
missing mandatory parameters, Read-Host). Pipeline output reaches the host through
``write_output`` (the engine's default output sink); the host formats it.

``Host`` implements the prompts (``prompt_for_choice``, ``prompt_for_values``) on top of
``write_host`` and ``read_line``, so a concrete host only needs the primitive calls.
A non-interactive host (``interactive`` False) raises ``HostNonInteractiveError`` from
every read, which the engine reports as PowerShell does:
"Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
"""
from __future__ import annotations

from typing import Any, Sequence

NONINTERACTIVE_MESSAGE = "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."


class HostNonInteractiveError(Exception):
    """Raised by a host that cannot read input; the runtime turns it into an error record."""


class Host:
    """Abstract host. Subclasses override the primitives; all have safe defaults."""

    name = "ConsoleHost"
    interactive: bool = False
    ui_width: int = 120

    # -- output ---------------------------------------------------------------------------
    def write_output(self, obj: Any) -> None:
        """Pipeline output that reached the end of a top-level pipeline (Out-Default)."""
        raise NotImplementedError

    def end_output(self) -> None:
        """Called when a top-level pipeline has finished (lets a formatter close a table)."""

    def write_error_record(self, record: Any) -> None:
        self.write_error_text(record.render() if hasattr(record, "render") else str(record))

    def write_error_text(self, text: str) -> None:
        raise NotImplementedError

    def write_warning(self, text: str) -> None:
        self.write_host(f"WARNING: {text}")

    def write_verbose(self, text: str) -> None:
        self.write_host(f"VERBOSE: {text}")

    def write_debug(self, text: str) -> None:
        self.write_host(f"DEBUG: {text}")

    def write_information(self, obj: Any) -> None:
        self.write_host(str(obj))

    def write_host(self, text: str, fg: str | None = None, bg: str | None = None,
                   newline: bool = True) -> None:
        raise NotImplementedError

    def write_progress(self, record: Any) -> None:
        """Progress is transient on a console; the default host ignores it."""

    # -- input ----------------------------------------------------------------------------
    def read_line(self, prompt: str = "") -> str:
        raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)

    def read_line_secure(self, prompt: str = "") -> str:
        return self.read_line(prompt)

    def prompt_for_choice(self, caption: str, message: str,
                          choices: Sequence[tuple[str, str]], default: int = 0) -> int:
        """Show a choice prompt as the console does and return the chosen index.

        ``choices`` are (label, help) pairs; the label marks its hot key with ``&``
        ("&Yes", "Yes to &All"). The console shows:

            Confirm
            Are you sure you want to perform this action?
            <message>
            [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"):
        """
        if not self.interactive:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        keys = []
        labels = []
        for label, _help in choices:
            i = label.find("&")
            key = label[i + 1].upper() if i >= 0 and i + 1 < len(label) else label[:1].upper()
            keys.append(key)
            labels.append(label.replace("&", ""))
        line = "  ".join(f"[{k}] {lab}" for k, lab in zip(keys, labels))
        line += f'  [?] Help (default is "{keys[default]}"): '
        if caption:
            self.write_host(caption)
        if message:
            self.write_host(message)
        while True:
            answer = self.read_line(line).strip()
            if answer == "":
                return default
            if answer == "?":
                for k, (label, help_text) in zip(keys, choices):
                    self.write_host(f"{k} - {help_text or label.replace('&', '')}")
                continue
            for idx, k in enumerate(keys):
                if answer.upper() == k or answer.lower() == labels[idx].lower():
                    return idx

    def prompt_for_values(self, command_name: str, params: Sequence[Any],
                          position: int = 1) -> dict[str, Any]:
        """Ask for missing mandatory parameters, as the console does:

            cmdlet Get-Foo at command pipeline position 1
            Supply values for the following parameters:
            Name: _

        ``params`` are ``ems.runtime.cmdlet.Parameter`` objects. Array parameters
        (type ending in ``[]``) read one value per line until an empty line, showing
        ``Name[0]: ``. Returns name -> string (or list of strings).
        """
        if not self.interactive:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        self.write_host(f"cmdlet {command_name} at command pipeline position {position}")
        self.write_host("Supply values for the following parameters:")
        values: dict[str, Any] = {}
        for p in params:
            if str(getattr(p, "type", "")).endswith("[]"):
                items = []
                while True:
                    v = self.read_line(f"{p.name}[{len(items)}]: ")
                    if v == "":
                        break
                    items.append(v)
                values[p.name] = items
            else:
                values[p.name] = self.read_line(f"{p.name}: ")
        return values


class BufferHost(Host):
    """A host that collects everything as text: for tests and one-shot runs.

    ``stdout`` receives output objects (converted by ``formatter``, by default
    ``str``), Write-Host text, warnings, verbose and debug lines and prompts; ``stderr``
    receives error records. ``inputs`` is a list of lines that ``read_line`` returns
    in turn (the host is interactive when it was given inputs).
    """

    def __init__(self, inputs: Sequence[str] | None = None, interactive: bool | None = None,
                 width: int = 120, formatter: Any = None):
        self.out_parts: list[str] = []
        self.err_parts: list[str] = []
        self.inputs = list(inputs or [])
        self.interactive = bool(inputs) if interactive is None else interactive
        self.ui_width = width
        self.formatter = formatter
        self.objects: list[Any] = []

    @property
    def stdout(self) -> str:
        return "".join(self.out_parts)

    @property
    def stderr(self) -> str:
        return "".join(self.err_parts)

    def write_output(self, obj: Any) -> None:
        self.objects.append(obj)
        text = self.formatter(obj) if self.formatter else ("" if obj is None else str(obj))
        self.out_parts.append(text + "\n")

    def write_error_text(self, text: str) -> None:
        self.err_parts.append(text + "\n")

    def write_host(self, text: str, fg: str | None = None, bg: str | None = None,
                   newline: bool = True) -> None:
        self.out_parts.append(text + ("\n" if newline else ""))

    def read_line(self, prompt: str = "") -> str:
        if not self.interactive:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        self.out_parts.append(prompt)
        if not self.inputs:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        line = self.inputs.pop(0)
        self.out_parts.append(line + "\n")
        return line
