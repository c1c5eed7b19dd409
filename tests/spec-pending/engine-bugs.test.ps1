#### a scalar becomes a one-element array
# expected per 5.1; held out of tests/spec/binding-named.test.ps1
function f { [CmdletBinding()] param([string[]]$Names) $Names.GetType().Name; $Names.Count }
f -Names one
## STDOUT:
String[]
1
## END

#### input that binds to no parameter
# expected per 5.1; held out of tests/spec/binding-pipeline.test.ps1
function f { [CmdletBinding()] param([string]$Name) process { 'body' } }
1 | f
'after'
## STDERR-CONTAINS: f : The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (1:Int32) [f], ParameterBindingException
## STDERR-CONTAINS: + FullyQualifiedErrorId : InputObjectNotBound,f
## STDOUT:
after
## END

#### ValidateCount too many
# expected per 5.1; held out of tests/spec/binding-validation.test.ps1
function f { [CmdletBinding()] param([ValidateCount(2,3)][string[]]$Items) $Items.Count }
f -Items a, b, c, d
## STDERR-CONTAINS: Cannot validate argument on parameter 'Items'. The number of provided arguments, (4), exceeds the maximum number of allowed arguments (3). Provide fewer than 3 arguments, and then try the command again.
## STDERR-CONTAINS: ParameterArgumentValidationError,f
## STDOUT:
## END

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

#### bool parameter given a string
# expected per 5.1; held out of tests/spec/binding-errors.test.ps1
function f { [CmdletBinding()] param([bool]$Enabled) $Enabled }
f -Enabled 'yes'
## STDERR-CONTAINS: Cannot process argument transformation on parameter 'Enabled'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.
## STDERR-CONTAINS: ParameterArgumentTransformationError,f
## STDOUT:
## END

#### ParameterBindingException properties
# expected per 5.1; held out of tests/spec/binding-errors.test.ps1
function f { [CmdletBinding()] param([int]$Count) 'x' }
try { f -Count abc } catch { $_.Exception.GetType().Name; $_.Exception.ParameterName; $_.CategoryInfo.Category }
## STDOUT:
ParameterBindingArgumentTransformationException
Count
InvalidData
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
