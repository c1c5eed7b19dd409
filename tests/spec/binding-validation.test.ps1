# Validation attributes on parameters, with Windows PowerShell 5.1's messages.
# source: System.Management.Automation resources Metadata.resx (ValidateSetFailure, ValidateRange*Failure,
# ValidatePatternFailure, ValidateLength*Failure, ValidateNotNull*Failure, ValidateScriptFailure); 5.1 ValidateCount
# texts as quoted in real 5.1 error output ("The number of provided arguments, (1002), exceeds the maximum number of allowed arguments (1000). ...").

#### ValidateSet accepts a member
function f { [CmdletBinding()] param([ValidateSet('Red','Green','Blue')][string]$Color) "[$Color]" }
f -Color Green
## STDOUT:
[Green]
## END

#### ValidateSet is case-insensitive and keeps the given text
function f { [CmdletBinding()] param([ValidateSet('Red','Green','Blue')][string]$Color) "[$Color]" }
f -Color blue
## STDOUT:
[blue]
## END

#### ValidateSet rejects a non-member
function f { [CmdletBinding()] param([ValidateSet('Red','Green','Blue')][string]$Color) "[$Color]" }
f -Color Purple
'after'
## STDERR-CONTAINS: f : Cannot validate argument on parameter 'Color'. The argument "Purple" does not belong to the set "Red,Green,Blue" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.
## STDERR-CONTAINS: + CategoryInfo          : InvalidData: (:) [f], ParameterBindingValidationException
## STDERR-CONTAINS: + FullyQualifiedErrorId : ParameterArgumentValidationError,f
## STDOUT:
after
## END

#### ValidateSet checks each array element
function f { [CmdletBinding()] param([ValidateSet('a','b')][string[]]$Items) $Items -join ',' }
f -Items a, b
f -Items a, z
## STDERR-CONTAINS: The argument "z" does not belong to the set "a,b" specified by the ValidateSet attribute.
## STDOUT:
a,b
## END

#### ValidateRange inside the range
function f { [CmdletBinding()] param([ValidateRange(1,10)][int]$N) $N }
f -N 10
f -N 1
## STDOUT:
10
1
## END

#### ValidateRange above the maximum
function f { [CmdletBinding()] param([ValidateRange(1,10)][int]$N) $N }
f -N 11
## STDERR-CONTAINS: Cannot validate argument on parameter 'N'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.
## STDERR-CONTAINS: ParameterArgumentValidationError,f
## STDOUT:
## END

#### ValidateRange below the minimum
function f { [CmdletBinding()] param([ValidateRange(1,10)][int]$N) $N }
f -N 0
## STDERR-CONTAINS: Cannot validate argument on parameter 'N'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.
## STDOUT:
## END

#### ValidateRange checks the converted value
function f { [CmdletBinding()] param([ValidateRange(1,10)][int]$N) $N * 2 }
f -N '5'
## STDOUT:
10
## END

#### ValidateNotNullOrEmpty rejects an empty string
function f { [CmdletBinding()] param([ValidateNotNullOrEmpty()][string]$Name) "[$Name]" }
f -Name ''
## STDERR-CONTAINS: Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.
## STDERR-CONTAINS: ParameterArgumentValidationError,f
## STDOUT:
## END

#### ValidateNotNullOrEmpty rejects null
function f { [CmdletBinding()] param([ValidateNotNullOrEmpty()]$Value) 'x' }
f -Value $null
## STDERR-CONTAINS: The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.
## STDOUT:
## END

#### ValidateNotNullOrEmpty is not checked when the parameter is omitted
function f { [CmdletBinding()] param([ValidateNotNullOrEmpty()][string]$Name) 'ran' }
f
## STDOUT:
ran
## END

#### ValidateNotNull rejects null
function f { [CmdletBinding()] param([ValidateNotNull()]$Value) 'x' }
f -Value $null
## STDERR-CONTAINS: Cannot validate argument on parameter 'Value'. The argument is null. Provide a valid value for the argument, and then try running the command again.
## STDOUT:
## END

#### ValidateNotNull accepts an empty string
function f { [CmdletBinding()] param([ValidateNotNull()]$Value) "[$Value]" }
f -Value ''
## STDOUT:
[]
## END

#### ValidateCount within bounds
function f { [CmdletBinding()] param([ValidateCount(2,3)][string[]]$Items) $Items.Count }
f -Items a, b
f -Items a, b, c
## STDOUT:
2
3
## END

#### ValidatePattern matches
function f { [CmdletBinding()] param([ValidatePattern('^\d+$')][string]$Code) "[$Code]" }
f -Code 123
## STDOUT:
[123]
## END

#### ValidatePattern does not match
function f { [CmdletBinding()] param([ValidatePattern('^\d+$')][string]$Code) "[$Code]" }
f -Code abc
## STDERR-CONTAINS: Cannot validate argument on parameter 'Code'. The argument "abc" does not match the "^\d+$" pattern. Supply an argument that matches "^\d+$" and try the command again.
## STDERR-CONTAINS: ParameterArgumentValidationError,f
## STDOUT:
## END

#### ValidatePattern is case-insensitive
function f { [CmdletBinding()] param([ValidatePattern('^[a-c]+$')][string]$Code) "[$Code]" }
f -Code ABC
## STDOUT:
[ABC]
## END

#### ValidateLength within bounds
function f { [CmdletBinding()] param([ValidateLength(2,4)][string]$Name) "[$Name]" }
f -Name ab
f -Name abcd
## STDOUT:
[ab]
[abcd]
## END

#### ValidateLength too long
function f { [CmdletBinding()] param([ValidateLength(2,4)][string]$Name) "[$Name]" }
f -Name abcdef
## STDERR-CONTAINS: Cannot validate argument on parameter 'Name'. The character length of the 6 argument is too long. Shorten the character length of the argument so it is fewer than or equal to "4" characters, and then try the command again.
## STDOUT:
## END

#### ValidateLength too short
function f { [CmdletBinding()] param([ValidateLength(2,4)][string]$Name) "[$Name]" }
f -Name a
## STDERR-CONTAINS: Cannot validate argument on parameter 'Name'. The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.
## STDOUT:
## END

#### ValidateScript passes
function f { [CmdletBinding()] param([ValidateScript({ $_ -gt 0 })][int]$N) $N }
f -N 3
## STDOUT:
3
## END

#### ValidateScript fails
function f { [CmdletBinding()] param([ValidateScript({ $_ -gt 0 })][int]$N) $N }
f -N -1
## STDERR-CONTAINS: Cannot validate argument on parameter 'N'. The " $_ -gt 0 " validation script for the argument with value "-1" did not return a result of True. Determine why the validation script failed, and then try the command again.
## STDERR-CONTAINS: ParameterArgumentValidationError,f
## STDOUT:
## END

#### validation error is catchable with its id
function f { [CmdletBinding()] param([ValidateSet('a','b')][string]$X) $X }
try { f -X c } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
## STDOUT:
ParameterArgumentValidationError,f
InvalidData
## END

#### validation applies to pipeline input
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)][ValidateRange(1,5)][int]$N) process { "ok $N" } }
3, 9, 4 | f
## STDERR-CONTAINS: The 9 argument is greater than the maximum allowed range of 5.
## STDOUT:
ok 3
ok 4
## END

#### AllowNull and AllowEmptyString on mandatory parameters
function f {
    [CmdletBinding()]
    param([Parameter(Mandatory=$true)][AllowNull()]$x,
          [Parameter(Mandatory=$true)][AllowEmptyString()][string]$s)
    "x=[$x] s=[$s]"
}
f -x $null -s ''
## STDOUT:
x=[] s=[]
## END

#### ValidateCount too many
# expected per 5.1
function f { [CmdletBinding()] param([ValidateCount(2,3)][string[]]$Items) $Items.Count }
f -Items a, b, c, d
## STDERR-CONTAINS: Cannot validate argument on parameter 'Items'. The number of provided arguments, (4), exceeds the maximum number of allowed arguments (3). Provide fewer than 3 arguments, and then try the command again.
## STDERR-CONTAINS: ParameterArgumentValidationError,f
## STDOUT:
## END
