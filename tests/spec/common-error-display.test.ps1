# How errors are displayed: message line, position ("At <script>:<line> char:<col>"), then
# "+ CategoryInfo          : ..." and "+ FullyQualifiedErrorId : ..." as Windows PowerShell 5.1 prints them
# (the marker line differs: this emulator prints PowerShell 2.0's "+ text <<<< rest", as EMS 2010 did; not asserted).

#### unknown command
Get-Nope
'after'
## STDERR-CONTAINS: The term 'Get-Nope' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.
## STDERR-CONTAINS: + CategoryInfo          : ObjectNotFound: (Get-Nope:String) [], CommandNotFoundException
## STDERR-CONTAINS: + FullyQualifiedErrorId : CommandNotFoundException
## STDOUT:
after
## END

#### position of an error in a script file
'line one'
Get-Nope
## STDERR-CONTAINS: case.ps1:2 char:
## STDOUT:
line one
## END

#### uncaught throw of a string
throw 'boom'
## status: 1
## STDERR-CONTAINS: boom
## STDERR-CONTAINS: + CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException
## STDERR-CONTAINS: + FullyQualifiedErrorId : boom
## STDOUT:
## END

#### .NET method exception
[int]::Parse('x')
'after'
## STDERR-CONTAINS: Exception calling "Parse" with "1" argument(s): "Input string was not in a correct format."
## STDERR-CONTAINS: + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException
## STDERR-CONTAINS: + FullyQualifiedErrorId : FormatException
## STDOUT:
after
## END

#### method call on null
$nothing = $null
$nothing.Trim()
'after'
## STDERR-CONTAINS: You cannot call a method on a null-valued expression.
## STDERR-CONTAINS: + CategoryInfo          : InvalidOperation: (:) [], RuntimeException
## STDERR-CONTAINS: + FullyQualifiedErrorId : InvokeMethodOnNull
## STDOUT:
after
## END

#### indexing into null
$nothing = $null
$nothing[0]
'after'
## STDERR-CONTAINS: Cannot index into a null array.
## STDERR-CONTAINS: + CategoryInfo          : InvalidOperation: (:) [], RuntimeException
## STDERR-CONTAINS: + FullyQualifiedErrorId : NullArray
## STDOUT:
after
## END

#### undefined variable in strict mode
Set-StrictMode -Version 2
$undefinedThing
'after'
## STDERR-CONTAINS: The variable '$undefinedThing' cannot be retrieved because it has not been set.
## STDERR-CONTAINS: + CategoryInfo          : InvalidOperation: (undefinedThing:String) [], RuntimeException
## STDERR-CONTAINS: + FullyQualifiedErrorId : VariableIsUndefined
## STDOUT:
after
## END

#### Write-Error in a function names the function
function f { [CmdletBinding()] param() Write-Error 'went wrong' }
f
## STDERR-CONTAINS: f : went wrong
## STDERR-CONTAINS: + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
## STDERR-CONTAINS: + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,f
## STDOUT:
## END

#### Write-Error with category, id and target
function f { [CmdletBinding()] param() Write-Error -Message 'bad data' -Category InvalidData -ErrorId 'MyId' -TargetObject 'T1' }
f
## STDERR-CONTAINS: f : bad data
## STDERR-CONTAINS: + CategoryInfo          : InvalidData: (T1:String) [Write-Error], WriteErrorException
## STDERR-CONTAINS: + FullyQualifiedErrorId : MyId,f
## STDOUT:
## END

#### the error message of a caught error record
try { Get-Nope } catch { $_.CategoryInfo.Category; $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }
## STDOUT:
ObjectNotFound
CommandNotFoundException
CommandNotFoundException
## END

#### InvocationInfo of a caught error
try {
  'x'
  1 / 0
} catch { $_.InvocationInfo.ScriptLineNumber }
## STDOUT:
x
3
## END

#### CategoryInfo string form
try { [int]::Parse('q') } catch { $_.CategoryInfo.ToString() }
## STDOUT:
NotSpecified: (:) [], MethodInvocationException
## END

#### ErrorRecord of throw keeps the thrown object
try { throw 'payload' } catch { $_.TargetObject; $_.Exception.GetType().FullName }
## STDOUT:
payload
System.Management.Automation.RuntimeException
## END

#### throw an exception object
try { throw [System.ArgumentException]'bad arg' } catch { $_.Exception.GetType().Name; $_.Exception.Message }
## STDOUT:
ArgumentException
bad arg
## END

#### error inside a function reports the function line
function f {
  'in f'
  Get-Nope
}
f
## STDERR-CONTAINS: case.ps1:3 char:
## STDOUT:
in f
## END

#### division by zero message and id
1 / 0
'after'
## STDERR-CONTAINS: Attempted to divide by zero.
## STDERR-CONTAINS: + FullyQualifiedErrorId : RuntimeException
## STDOUT:
after
## END

#### failed cast of a string to int message and id
[int]'abc'
'after'
## STDERR-CONTAINS: Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."
## STDERR-CONTAINS: + FullyQualifiedErrorId : InvalidCastFromStringToInteger
## STDOUT:
after
## END

#### Write-Error with a category activity and reason
# expected per 5.1
function f { [CmdletBinding()] param() Write-Error -Message 'nope' -Category ObjectNotFound -CategoryActivity 'Get-Thing' -CategoryReason 'ThingMissing' -CategoryTargetName 'thing1' -CategoryTargetType 'Thing' }
f
## STDERR-CONTAINS: + CategoryInfo          : ObjectNotFound: (thing1:Thing) [Get-Thing], ThingMissing
## STDOUT:
## END

#### division by zero
# expected per 5.1
# source: PowerTip of the Day 'Understanding $ErrorView' (2020) shows 5.1's 1/0 error with CategoryInfo NotSpecified: (:) [], RuntimeException
1 / 0
'after'
## STDERR-CONTAINS: Attempted to divide by zero.
## STDERR-CONTAINS: + CategoryInfo          : NotSpecified: (:) [], RuntimeException
## STDERR-CONTAINS: + FullyQualifiedErrorId : RuntimeException
## STDOUT:
after
## END

#### failed cast of a string to int
# expected per 5.1
# source: Set-StrictMode docs (5.1) show InvalidArgument: (:) [], RuntimeException / InvalidCastFromStringToInteger
[int]'abc'
'after'
## STDERR-CONTAINS: Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (:) [], RuntimeException
## STDERR-CONTAINS: + FullyQualifiedErrorId : InvalidCastFromStringToInteger
## STDOUT:
after
## END
