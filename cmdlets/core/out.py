"""The Out-* cmdlets: Out-Null, Out-Default, Out-Host, Out-String, Out-File, Out-GridView."""
from __future__ import annotations

from typing import Any

from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter

from cmdlets.core.object import OBJ, STR, INT

OUT_FILE_ENCODINGS = ("unknown", "string", "unicode", "bigendianunicode", "utf8", "utf7", "utf32",
                      "ascii", "default", "oem")


def host_width(cmdlet: Cmdlet) -> int:
    host = getattr(cmdlet.context, "host", None)
    width = getattr(host, "ui_width", None)
    return int(width) if width else 120


def render_objects(cmdlet: Cmdlet, items: list[Any], width: int | None = None) -> str:
    """The text the console would show for these objects (Out-String's result)."""
    from ems.format.outdefault import out_string
    from cmdlets.core.format import enumeration_limit
    return out_string(items, width=width or host_width(cmdlet),
                      enumeration_limit=enumeration_limit(cmdlet.context), ctx=cmdlet.context)


def render_lines(cmdlet: Cmdlet, items: list[Any], width: int | None = None) -> list[str]:
    text = render_objects(cmdlet, items, width)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def write_text_file(cmdlet: Cmdlet, path_text: str, text: str, append: bool = False,
                    encoding: str | None = "unicode", no_clobber: bool = False,
                    newline_convert: bool = True) -> bool:
    """Write `text` (lines separated by "\\n") to the file the user named, through the
    session's FileSystem provider. Reports errors itself; returns False on failure."""
    from ems.runtime import filesystem as fsmod
    fs = fsmod.filesystem_for(cmdlet.context)
    try:
        path = fs.resolve(path_text)
        if no_clobber and not append and fs.exists(path):
            cmdlet.throw_terminating_error(f"The file '{path.display}' already exists.",
                                           "ResourceExists", "NoClobber", path.display,
                                           "System.IO.IOException")
            return False
        if fs.exists(path) and fs.is_dir(path):
            cmdlet.throw_terminating_error(f"Access to the path '{path.display}' is denied.",
                                           "PermissionDenied", "UnauthorizedAccessException",
                                           path.display, "System.UnauthorizedAccessException")
            return False
        if newline_convert:
            nl = fs.newline(path)
            if nl != "\n":
                text = text.replace("\n", nl)
        fs.write_text(path, text, encoding, append=append)
        return True
    except fsmod.FileSystemError as exc:
        cmdlet.throw_terminating_error(exc.message, exc.category, exc.error_id, exc.target,
                                       exc.exception_type)
        return False


class OutNull(Cmdlet):
    name = "Out-Null"
    module = "Microsoft.PowerShell.Core"
    parameters = (Parameter("InputObject", OBJ, pipeline=True),)
    synopsis = "Hides the output instead of sending it down the pipeline or displaying it."
    description = "Out-Null discards everything it receives."
    examples = (("$list.Add('x') | Out-Null", "Hides the index that ArrayList.Add returns."),)

    def process(self) -> None:
        pass


class _HostOutput(Cmdlet):
    """Out-Default / Out-Host: send objects to the host's formatter."""

    def begin(self) -> None:
        self._items: list[Any] = []

    def process(self) -> None:
        host_out = getattr(self.runtime, "out_default", None)
        if host_out is not None:
            host_out(self.InputObject)
        else:
            self.context.host.write_output(self.InputObject)

    def end(self) -> None:
        finish = getattr(self.runtime, "out_default_end", None)
        if finish is not None:
            finish()
        else:
            self.context.host.end_output()


class OutDefault(_HostOutput):
    name = "Out-Default"
    module = "Microsoft.PowerShell.Core"
    parameters = (
        Parameter("Transcript", SWITCH, dont_show=True),
        Parameter("InputObject", OBJ, pipeline=True),
    )
    synopsis = "Sends the output to the default formatter and to the default output cmdlet."
    description = ("Out-Default formats objects with their default view (table or list) and "
                   "writes them to the console. The shell adds it to the end of every pipeline.")
    examples = (("Get-Mailbox | Out-Default", "The same as Get-Mailbox on its own."),)


class OutHost(_HostOutput):
    name = "Out-Host"
    module = "Microsoft.PowerShell.Core"
    aliases = ("oh",)
    parameters = (
        Parameter("Paging", SWITCH),
        Parameter("InputObject", OBJ, pipeline=True),
    )
    synopsis = "Sends output to the command line."
    description = ("Out-Host formats objects and writes them to the console. -Paging is "
                   "accepted and ignored (the emulator's console does not page).")
    examples = (("Get-Mailbox | Out-Host", "Prints the mailboxes."),)


class OutString(Cmdlet):
    name = "Out-String"
    parameters = (
        Parameter("Stream", SWITCH),
        Parameter("Width", INT, validate_range=(2, 2147483647)),
        Parameter("InputObject", OBJ, pipeline=True),
    )
    synopsis = "Sends objects to the host as a series of strings."
    description = (
        "Out-String turns objects into the text the console would show for them: one string "
        "with all the text, or with -Stream one string per line. -Width sets the line width "
        "used to lay out tables (the console width by default).")
    examples = (
        ("$text = Get-MailboxDatabase | Out-String", "The table of databases as one string."),
        ("Get-Queue | Out-String -Stream | Select-String Retry", "The lines of the queue table that mention Retry."),
    )

    def begin(self) -> None:
        self._items: list[Any] = []

    def process(self) -> None:
        self._items.append(self.InputObject)

    def end(self) -> None:
        if self.Stream:
            for line in render_lines(self, self._items, self.Width):
                self.write_object(line)
        else:
            self.write_object(render_objects(self, self._items, self.Width))


class OutFile(Cmdlet):
    name = "Out-File"
    parameters = (
        Parameter("FilePath", STR, position=0, mandatory=True, sets=("ByPath",), aliases=("Path",)),
        Parameter("LiteralPath", STR, mandatory=True, sets=("ByLiteralPath",), aliases=("PSPath",)),
        Parameter("Encoding", STR, position=1, validate_set=OUT_FILE_ENCODINGS),
        Parameter("Append", SWITCH),
        Parameter("Force", SWITCH),
        Parameter("NoClobber", SWITCH, aliases=("NoOverwrite",)),
        Parameter("Width", INT, validate_range=(2, 2147483647)),
        Parameter("NoNewline", SWITCH),
        Parameter("InputObject", OBJ, pipeline=True),
    )
    default_parameter_set = "ByPath"
    supports_should_process = True
    synopsis = "Sends output to a file."
    description = (
        "Out-File writes the text the console would show for its input to a file. As in "
        "Windows PowerShell 5.1 the default encoding is Unicode (UTF-16LE with a byte order "
        "mark); -Encoding picks another. -Append adds to the end of the file, -NoClobber refuses "
        "to overwrite an existing file, and -Width sets the line width for tables. Only the "
        "file named is written.")
    examples = (
        ("Get-MailboxDatabaseCopyStatus * | Out-File C:\\temp\\copies.txt", "Saves the copy status table to a file."),
        ("'checked' | Out-File log.txt -Append -Encoding ascii", "Adds a line to an ASCII log file."),
    )

    def begin(self) -> None:
        self._items: list[Any] = []

    def process(self) -> None:
        self._items.append(self.InputObject)

    def end(self) -> None:
        path = self.FilePath if self.FilePath is not None else self.LiteralPath
        if not self.should_process(str(path), "Output to File"):
            return
        if self.NoNewline:
            from cmdlets.core.object import to_str
            text = "".join(to_str(i) for i in self._items)
        else:
            text = render_objects(self, self._items, self.Width) if self._items else ""
        encoding = (self.Encoding or "unicode").lower()
        write_text_file(self, path, text, append=bool(self.Append), encoding=encoding,
                        no_clobber=bool(self.NoClobber) and not self.Force)


class OutGridView(Cmdlet):
    name = "Out-GridView"
    aliases = ("ogv",)
    parameters = (
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("Title", STR),
        Parameter("Wait", SWITCH, sets=("Wait",)),
        Parameter("OutputMode", "Microsoft.PowerShell.Commands.OutputModeOption",
                  enum_values=("None", "Single", "Multiple"), sets=("OutputMode",)),
        Parameter("PassThru", SWITCH, sets=("PassThru",)),
    )
    default_parameter_set = "PassThru"
    synopsis = "Sends output to an interactive table in a separate window."
    description = ("Out-GridView opens a graphical window on Windows. The emulator has no "
                   "windows, so it reports an error; use Format-Table or Out-String instead.")
    examples = (("Get-Mailbox | Out-GridView", "Not available in the emulator: use Get-Mailbox | Format-Table."),)

    def begin(self) -> None:
        self.throw_terminating_error(
            "Out-GridView is not available in the emulator: it needs a graphical window. "
            "Use Format-Table, Format-List or Out-String to see the objects.",
            "NotImplemented", "OutGridViewNotAvailable", None, "System.NotSupportedException")
