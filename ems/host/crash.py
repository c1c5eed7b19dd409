"""The last line of defence: an internal error reaches the user as a PowerShell-shaped error,
never as a Python traceback. Set EMS_DEBUG=1 to see the traceback while developing."""
from __future__ import annotations

import os
import traceback
from typing import TextIO


def internal_error_text(exc: BaseException) -> str:
    name = type(exc).__name__
    return (f"An internal error occurred in the emulator: {name}: {exc}\n"
            f"    + CategoryInfo          : NotSpecified: (:) [], InternalEmulatorException\n"
            f"    + FullyQualifiedErrorId : InternalEmulatorError,{name}")


def report_internal_error(exc: BaseException, stderr: TextIO) -> None:
    stderr.write(internal_error_text(exc) + "\n")
    if os.environ.get("EMS_DEBUG"):
        stderr.write("".join(traceback.format_exception(exc)))
