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

#### invalid enum value for a cmdlet parameter
# expected per 5.1; held out of binding-errors.test.ps1
# source: 5.1 transcripts, e.g. Install-ADDSForest -DomainMode Win2016 and Set-Content -Encoding utf8NoBOM
Write-Host 'x' -ForegroundColor Purple
'after'
## STDERR-CONTAINS: Write-Host : Cannot bind parameter 'ForegroundColor'. Cannot convert value "Purple" to type "System.ConsoleColor". Error: "Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:
## STDERR-CONTAINS: Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray, DarkGray, Blue, Green, Cyan, Red, Magenta, Yellow, White"
## STDERR-CONTAINS: + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteHostCommand
## STDOUT:
after
## END
