# Parameter binding errors: texts, CategoryInfo and FullyQualifiedErrorIds as Windows PowerShell 5.1
# prints them (ParameterBinderStrings.resx). A binding error stops the statement, not the script.
# source: https://github.com/PowerShell/PowerShell (src/System.Management.Automation/resources/ParameterBinderStrings.resx)

#### unknown named parameter
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
f -Foo 1
'after'
## STDERR-CONTAINS: f : A parameter cannot be found that matches parameter name 'Foo'.
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (:) [f], ParameterBindingException
## STDERR-CONTAINS: + FullyQualifiedErrorId : NamedParameterNotFound,f
## STDOUT:
after
## END

#### the body does not run after a binding error
function f { [CmdletBinding()] param([string]$Name) 'body ran' }
f -Nope x
## STDERR-CONTAINS: NamedParameterNotFound,f
## STDOUT:
## END

#### too many positional arguments
function f { [CmdletBinding()] param([string]$A, [string]$B) "$A $B" }
f one two three
'after'
## STDERR-CONTAINS: f : A positional parameter cannot be found that accepts argument 'three'.
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (:) [f], ParameterBindingException
## STDERR-CONTAINS: + FullyQualifiedErrorId : PositionalParameterNotFound,f
## STDOUT:
after
## END

#### positional binding switched off
function f { [CmdletBinding(PositionalBinding=$false)] param([string]$Name) "[$Name]" }
f abc
## STDERR-CONTAINS: A positional parameter cannot be found that accepts argument 'abc'.
## STDERR-CONTAINS: PositionalParameterNotFound,f
## STDOUT:
## END

#### missing argument for a string parameter
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
f -Name
'after'
## STDERR-CONTAINS: f : Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (:) [f], ParameterBindingException
## STDERR-CONTAINS: + FullyQualifiedErrorId : MissingArgument,f
## STDOUT:
after
## END

#### missing argument when the next token is a parameter
function f { [CmdletBinding()] param([int]$Count, [switch]$Force) "$Count" }
f -Count -Force
## STDERR-CONTAINS: Missing an argument for parameter 'Count'. Specify a parameter of type 'System.Int32' and try again.
## STDERR-CONTAINS: MissingArgument,f
## STDOUT:
## END

#### missing argument names the array type
function f { [CmdletBinding()] param([string[]]$Names) 'x' }
f -Names
## STDERR-CONTAINS: Missing an argument for parameter 'Names'. Specify a parameter of type 'System.String[]' and try again.
## STDOUT:
## END

#### ambiguous parameter prefix
function f { [CmdletBinding()] param([string]$Name, [int]$Number) 'x' }
f -N 1
'after'
## STDERR-CONTAINS: f : Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -Number.
## STDERR-CONTAINS: + FullyQualifiedErrorId : AmbiguousParameter,f
## STDOUT:
after
## END

#### an exact name wins over a longer name with the same prefix
function f { [CmdletBinding()] param([string]$Name, [string]$NameSuffix) "[$Name][$NameSuffix]" }
f -Name a
## STDOUT:
[a][]
## END

#### parameter given twice
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
f -Name a -Name b
## STDERR-CONTAINS: Cannot bind parameter because parameter 'Name' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".
## STDERR-CONTAINS: + FullyQualifiedErrorId : ParameterAlreadyBound,f
## STDOUT:
## END

#### int parameter given a word
function f { [CmdletBinding()] param([int]$Count) $Count }
f -Count abc
'after'
## STDERR-CONTAINS: f : Cannot process argument transformation on parameter 'Count'. Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."
## STDERR-CONTAINS: + CategoryInfo          : InvalidData: (:) [f], ParameterBindingArgumentTransformationException
## STDERR-CONTAINS: + FullyQualifiedErrorId : ParameterArgumentTransformationError,f
## STDOUT:
after
## END

#### invalid enum name lists the enumeration
function f { [CmdletBinding()] param([System.DayOfWeek]$Day) $Day }
f -Day Funday
## STDERR-CONTAINS: Cannot process argument transformation on parameter 'Day'. Cannot convert value "Funday" to type "System.DayOfWeek". Error: "Unable to match the identifier name Funday to a valid enumerator name. Specify one of the following enumerator names and try again:
## STDERR-CONTAINS: Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday"
## STDERR-CONTAINS: ParameterArgumentTransformationError,f
## STDOUT:
## END

#### missing mandatory parameter in non-interactive mode
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][string]$Name) "[$Name]" }
f
'after'
## STDERR-CONTAINS: f : Cannot process command because of one or more missing mandatory parameters: Name.
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (:) [f], ParameterBindingException
## STDERR-CONTAINS: + FullyQualifiedErrorId : MissingMandatoryParameter,f
## STDOUT:
after
## END

#### two missing mandatory parameters
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][string]$Name, [Parameter(Mandatory=$true)][int]$Count) 'x' }
f
## STDERR-CONTAINS: Cannot process command because of one or more missing mandatory parameters: Name Count.
## STDOUT:
## END

#### mandatory parameter given positionally
function f { [CmdletBinding()] param([Parameter(Mandatory=$true, Position=0)][string]$Name) "[$Name]" }
f abc
## STDOUT:
[abc]
## END

#### mandatory string rejects an empty string
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][string]$Name) "[$Name]" }
f -Name ''
## STDERR-CONTAINS: Cannot bind argument to parameter 'Name' because it is an empty string.
## STDERR-CONTAINS: ParameterArgumentValidationErrorEmptyStringNotAllowed,f
## STDOUT:
## END

#### mandatory parameter rejects null
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][object]$Value) 'x' }
f -Value $null
## STDERR-CONTAINS: Cannot bind argument to parameter 'Value' because it is null.
## STDERR-CONTAINS: ParameterArgumentValidationErrorNullNotAllowed,f
## STDOUT:
## END

#### AllowEmptyString lets an empty mandatory string through
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][AllowEmptyString()][string]$Name) "[$Name]" }
f -Name ''
## STDOUT:
[]
## END

#### binding error sets dollar-question false
function f { [CmdletBinding()] param([string]$Name) 'x' }
f -Zzz 1
$?
## STDERR-CONTAINS: NamedParameterNotFound
## STDOUT:
False
## END

#### binding error is recorded in Error
function f { [CmdletBinding()] param([string]$Name) 'x' }
$Error.Clear()
f -Zzz 1
$Error.Count
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.GetType().Name
## STDERR-CONTAINS: NamedParameterNotFound
## STDOUT:
1
NamedParameterNotFound,f
ParameterBindingException
## END

#### binding error is catchable
function f { [CmdletBinding()] param([string]$Name) 'x' }
try { f -Zzz 1 } catch { 'caught: ' + $_.FullyQualifiedErrorId }
## STDOUT:
caught: NamedParameterNotFound,f
## END

#### binding error message in catch
function f { [CmdletBinding()] param([int]$Count) 'x' }
try { f -Count nope } catch { $_.Exception.Message }
## STDOUT:
Cannot process argument transformation on parameter 'Count'. Cannot convert value "nope" to type "System.Int32". Error: "Input string was not in a correct format."
## END

#### simple function takes unknown dash words into args
function f { param($A) "A=$A"; "args=$($args -join ',')" }
f -Zzz 1
## STDOUT:
A=1
args=-Zzz
## END

#### simple function extra arguments go to args
function f { param($A) "A=$A"; "rest=$($args -join ',')" }
f 1 2 3
## STDOUT:
A=1
rest=2,3
## END

#### cmdlet errors end their FullyQualifiedErrorId with the implementing type
Get-Content C:\Temp\nope.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
try { Get-Content -Bogus 1 } catch { $_.FullyQualifiedErrorId }
try { No-SuchCommand } catch { $_.FullyQualifiedErrorId }
function Install-Thing { [CmdletBinding()] param($Name) }
try { Install-Thing -Zzz 1 } catch { $_.FullyQualifiedErrorId }
## STDOUT:
PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand
NamedParameterNotFound,Microsoft.PowerShell.Commands.GetContentCommand
CommandNotFoundException
NamedParameterNotFound,Install-Thing
## END


#### bool parameter without a value
function f { [CmdletBinding()] param([bool]$Enabled) $Enabled }
f -Enabled
## STDERR-CONTAINS: Missing an argument for parameter 'Enabled'. Specify a parameter of type 'System.Boolean' and try again.
## STDOUT:
## END

#### bool parameter given a number
function f { [CmdletBinding()] param([bool]$Enabled) $Enabled }
f -Enabled 0
f -Enabled 1
## STDOUT:
False
True
## END

#### array parameter does not take several positional words
function f { [CmdletBinding()] param([Parameter(Position=0)][string[]]$Names) $Names.Count }
f a b
## STDERR-CONTAINS: A positional parameter cannot be found that accepts argument 'b'.
## STDOUT:
## END

#### missing argument for a cmdlet parameter
Get-Date -Format
'after'
## STDERR-CONTAINS: Get-Date : Missing an argument for parameter 'Format'. Specify a parameter of type 'System.String' and try again.
## STDOUT:
after
## END

#### unknown parameter on a cmdlet names the parameter
Write-Output -Bogus 'x'
## STDERR-CONTAINS: Write-Output : A parameter cannot be found that matches parameter name 'Bogus'.
## STDOUT:
## END

#### mandatory array parameter rejects an empty array
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][string[]]$Names) 'x' }
f -Names @()
## STDERR-CONTAINS: Cannot bind argument to parameter 'Names' because it is an empty array.
## STDERR-CONTAINS: ParameterArgumentValidationErrorEmptyArrayNotAllowed,f
## STDOUT:
## END

#### AllowEmptyCollection lets an empty array through
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][AllowEmptyCollection()][string[]]$Names) "count $($Names.Count)" }
f -Names @()
## STDOUT:
count 0
## END

#### AllowNull lets null through a mandatory parameter
function f { [CmdletBinding()] param([Parameter(Mandatory=$true)][AllowNull()]$Value) "null: $($Value -eq $null)" }
f -Value $null
## STDOUT:
null: True
## END

#### unknown named parameter on a cmdlet
Get-Date -Bogus 1
'after'
## STDERR-CONTAINS: Get-Date : A parameter cannot be found that matches parameter name 'Bogus'.
## STDERR-CONTAINS: + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.GetDateCommand
## STDOUT:
after
## END

#### cmdlet int parameter given a word
Get-Date -Year abc
'after'
## STDERR-CONTAINS: Get-Date : Cannot bind parameter 'Year'. Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."
## STDERR-CONTAINS: + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetDateCommand
## STDOUT:
after
## END

#### bool parameter given a string
# expected per 5.1
function f { [CmdletBinding()] param([bool]$Enabled) $Enabled }
f -Enabled 'yes'
## STDERR-CONTAINS: Cannot process argument transformation on parameter 'Enabled'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.
## STDERR-CONTAINS: ParameterArgumentTransformationError,f
## STDOUT:
## END

#### ParameterBindingException properties
# expected per 5.1
function f { [CmdletBinding()] param([int]$Count) 'x' }
try { f -Count abc } catch { $_.Exception.GetType().Name; $_.Exception.ParameterName; $_.CategoryInfo.Category }
## STDOUT:
ParameterBindingArgumentTransformationException
Count
InvalidData
## END

#### invalid enum value for a cmdlet parameter
# expected per 5.1
# source: 5.1 transcripts, e.g. Install-ADDSForest -DomainMode Win2016 and Set-Content -Encoding utf8NoBOM
Write-Host 'x' -ForegroundColor Purple
'after'
## STDERR-CONTAINS: Write-Host : Cannot bind parameter 'ForegroundColor'. Cannot convert value "Purple" to type "System.ConsoleColor". Error: "Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:
## STDERR-CONTAINS: Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray, DarkGray, Blue, Green, Cyan, Red, Magenta, Yellow, White"
## STDERR-CONTAINS: + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteHostCommand
## STDOUT:
after
## END
