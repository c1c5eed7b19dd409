#### Format-Wide puts several items on a line
# expected per 5.1; held out of tests/spec/format-output.test.ps1
# note: recheck on 5.1. PowerShell's formatter (InnerFormatShapeCommand.ProcessOutOfBandObjectOutsideDocumentSequence,
# OutOfBandFormatViewManager.GenerateOutOfBandData, DefaultScalarTypes) writes a System.String out of band, as its
# ToString on a line of its own, unless -Force is given; the emulator follows that, and lays out 2 per line with
# -Force or for objects with properties.
'a', 'bb', 'ccc', 'd' | Format-Wide -Column 2 | Out-String -Stream | ForEach-Object { ($_ -replace '\s+', ' ').Trim() } | Where-Object { $_ }
## STDOUT:
a bb
ccc d
## END
