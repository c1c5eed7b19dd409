# -ErrorAction, -ErrorVariable, $ErrorActionPreference, $? and $Error as in Windows PowerShell 5.1
# (about_CommonParameters, about_Preference_Variables, about_Automatic_Variables, about_Try_Catch_Finally).

#### a non-terminating error lets the script continue
function f { [CmdletBinding()] param() Write-Error 'first'; 'still running' }
f
'after'
## STDERR-CONTAINS: f : first
## STDOUT:
still running
after
## END

#### -ErrorAction SilentlyContinue hides the error
function f { [CmdletBinding()] param() Write-Error 'hidden'; 'still running' }
f -ErrorAction SilentlyContinue
## STDOUT:
still running
## END

#### SilentlyContinue still records the error in Error
$Error.Clear()
Write-Error 'quiet one' -ErrorAction SilentlyContinue
$Error.Count
$Error[0].Exception.Message
## STDOUT:
1
quiet one
## END

#### -ErrorAction Ignore does not record the error
$Error.Clear()
Write-Error 'ignored' -ErrorAction Ignore
$Error.Count
## STDOUT:
0
## END

#### -ErrorAction Stop makes the error catchable
function f { [CmdletBinding()] param() Write-Error 'fatal'; 'not reached' }
try { f -ErrorAction Stop } catch { "caught: $($_.Exception.Message)" }
## STDOUT:
caught: fatal
## END

#### a non-terminating error is not caught without Stop
function f { [CmdletBinding()] param() Write-Error 'soft'; 'continued' }
try { f } catch { 'caught' }
## STDERR-CONTAINS: soft
## STDOUT:
continued
## END

#### -ErrorAction Stop uncaught ends the script
Write-Error 'the end' -ErrorAction Stop
'not reached'
## status: 1
## STDERR-CONTAINS: the end
## STDOUT:
## END

#### -ErrorAction Continue shows the error
Write-Error 'shown' -ErrorAction Continue
'after'
## STDERR-CONTAINS: shown
## STDOUT:
after
## END

#### ErrorActionPreference Stop
$ErrorActionPreference = 'Stop'
try { Write-Error 'pref stop'; 'no' } catch { "caught: $_" }
## STDOUT:
caught: pref stop
## END

#### ErrorActionPreference SilentlyContinue
$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'nobody'
'after'
## STDOUT:
after
## END

#### -ErrorAction overrides the preference
$ErrorActionPreference = 'Stop'
Write-Error 'only recorded' -ErrorAction SilentlyContinue
'reached'
## STDOUT:
reached
## END

#### ErrorActionPreference is inherited by a function
function f { Write-Error 'inside'; 'after inside' }
$ErrorActionPreference = 'Stop'
try { f } catch { 'caught inside error' }
## STDOUT:
caught inside error
## END

#### -ErrorAction alias ea
function f { [CmdletBinding()] param() Write-Error 'x'; 'ran' }
f -ea SilentlyContinue
## STDOUT:
ran
## END

#### -ErrorAction given a number
Write-Error 'silent by number' -ErrorAction 0
'after'
## STDOUT:
after
## END

#### -ErrorAction with an invalid value
Write-Error 'x' -ErrorAction Sometimes
'after'
## STDERR-CONTAINS: Cannot bind parameter 'ErrorAction'. Cannot convert value "Sometimes" to type "System.Management.Automation.ActionPreference"
## STDOUT:
after
## END

#### -ErrorVariable is cleared on the next call
function f { [CmdletBinding()] param($n) if ($n) { Write-Error "err $n" } }
f 1 -ErrorVariable ev -ErrorAction SilentlyContinue
f -ErrorVariable ev
"count $($ev.Count)"
## STDOUT:
count 0
## END

#### -ErrorVariable on a cmdlet
Write-Error 'cmdlet err' -ErrorVariable ce -ErrorAction SilentlyContinue
$ce[0].Exception.Message
## STDOUT:
cmdlet err
## END

#### dollar-question after success and after an error
'ok' | Out-Null
$?
Write-Error 'bad' -ErrorAction SilentlyContinue
$?
## STDOUT:
True
False
## END

#### Write-Error sets dollar-question but not for the calling function
# source: about_Automatic_Variables (powershell-5.1 view), example Test-WriteError
function Test-WriteError { Write-Error "Bad"; "The `$? variable is: $?" }
Test-WriteError
"Now the `$? variable is: $?"
## STDERR-CONTAINS: Test-WriteError : Bad
## STDERR-CONTAINS: + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,Test-WriteError
## STDOUT:
The $? variable is: False
Now the $? variable is: True
## END

#### PSCmdlet.WriteError sets dollar-question for the caller
# source: about_Automatic_Variables (powershell-5.1 view): "$PSCmdlet.WriteError() should be used instead"
function f {
  [CmdletBinding()] param()
  $rec = New-Object System.Management.Automation.ErrorRecord (New-Object System.Exception 'via cmdlet'), 'ViaCmdlet', 'InvalidOperation', $null
  $PSCmdlet.WriteError($rec)
}
f -ErrorAction SilentlyContinue
$?
## STDOUT:
False
## END

#### Error holds the newest error first
$Error.Clear()
Write-Error 'older' -ErrorAction SilentlyContinue
Write-Error 'newer' -ErrorAction SilentlyContinue
$Error[0].Exception.Message
$Error[1].Exception.Message
## STDOUT:
newer
older
## END

#### Error records a thrown and caught error
$Error.Clear()
try { throw 'thrown' } catch { }
$Error.Count
"$($Error[0])"
## STDOUT:
1
thrown
## END

#### Error[0] of Write-Error with id and category
function f { [CmdletBinding()] param() Write-Error -Message 'bad data' -Category InvalidData -ErrorId 'MyId' -TargetObject 'T1' }
f -ErrorAction SilentlyContinue
$e = $Error[0]
$e.FullyQualifiedErrorId
$e.CategoryInfo.Category
$e.TargetObject
$e.CategoryInfo.Reason
## STDOUT:
MyId,f
InvalidData
T1
WriteErrorException
## END

#### Error record to string is the message
Write-Error 'just the message' -ErrorAction SilentlyContinue
"$($Error[0])"
## STDOUT:
just the message
## END

#### exception type in catch
try { [int]::Parse('x') } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }
## STDOUT:
MethodInvocationException
FormatException
## END

#### typed catch of a runtime error
try { 1 / 0 } catch [System.DivideByZeroException] { 'divide' } catch { 'other' }
## STDOUT:
divide
## END

#### trap continues after the failing statement
trap { 'trapped'; continue }
Write-Error 'trap me' -ErrorAction Stop
'after trap'
## STDOUT:
trapped
after trap
## END

#### Write-Error in catch from a terminating error
function f { [CmdletBinding()] param() throw 'inner throw' }
try { f } catch { "caught: $($_.Exception.Message)" }
## STDOUT:
caught: inner throw
## END

#### ErrorActionPreference Stop catches an unknown command
$ErrorActionPreference = 'Stop'
try { Get-Nope } catch { 'caught: ' + $_.FullyQualifiedErrorId }
## STDOUT:
caught: CommandNotFoundException
## END

#### an unknown command is catchable without Stop
try { Get-Nope } catch { 'caught' }
## STDOUT:
caught
## END

#### -ErrorAction Stop on a cmdlet error
try { Get-Item 'C:\no\such\path.txt' -ErrorAction Stop } catch { $_.Exception.Message; $_.CategoryInfo.Category }
## STDOUT:
Cannot find path 'C:\no\such\path.txt' because it does not exist.
ObjectNotFound
## END

#### cmdlet error without Stop continues
Get-Item 'C:\no\such\path.txt'
'after'
## STDERR-CONTAINS: Cannot find path 'C:\no\such\path.txt' because it does not exist.
## STDERR-CONTAINS: + CategoryInfo          : ObjectNotFound: (C:\no\such\path.txt:String) [Get-Item], ItemNotFoundException
## STDOUT:
after
## END

#### ErrorActionPreference Continue is the default
$ErrorActionPreference
## STDOUT:
Continue
## END

#### preference variable defaults
$WarningPreference
$VerbosePreference
$DebugPreference
$ConfirmPreference
$WhatIfPreference
## STDOUT:
Continue
SilentlyContinue
SilentlyContinue
High
False
## END

#### ErrorActionPreference set inside a function stays there
function f { $ErrorActionPreference = 'SilentlyContinue'; Write-Error 'hidden in f' }
f
Write-Error 'shown outside'
## STDERR-CONTAINS: shown outside
## STDOUT:
## END

#### throw is terminating even with SilentlyContinue preference
$ErrorActionPreference = 'SilentlyContinue'
try { throw 'still thrown' } catch { "caught: $_" }
## STDOUT:
caught: still thrown
## END

#### finally runs when -ErrorAction Stop fires
try { Write-Error 'x' -ErrorAction Stop } catch { 'catch' } finally { 'finally' }
## STDOUT:
catch
finally
## END

#### Error is an ArrayList of ErrorRecords
Write-Error 'e' -ErrorAction SilentlyContinue
$Error.GetType().Name
$Error[0].GetType().Name
## STDOUT:
ArrayList
ErrorRecord
## END

#### Error.Clear empties the list
Write-Error 'e' -ErrorAction SilentlyContinue
$Error.Clear()
$Error.Count
## STDOUT:
0
## END

#### -ErrorVariable collects the errors
# expected per 5.1
function f { [CmdletBinding()] param() Write-Error 'e1'; Write-Error 'e2' }
f -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.Count
$ev[0].Exception.Message
$ev[1].Exception.Message
## STDOUT:
2
e1
e2
## END

#### -ErrorVariable while the error is shown
# expected per 5.1
function f { [CmdletBinding()] param() Write-Error 'visible' }
f -ErrorVariable ev
"got $($ev.Count)"
## STDERR-CONTAINS: visible
## STDOUT:
got 1
## END

#### -ErrorVariable with a plus appends
# expected per 5.1
function f { [CmdletBinding()] param($n) Write-Error "err $n" }
f 1 -ErrorVariable acc -ErrorAction SilentlyContinue
f 2 -ErrorVariable +acc -ErrorAction SilentlyContinue
$acc.Count
($acc | ForEach-Object { $_.Exception.Message }) -join ','
## STDOUT:
2
err 1,err 2
## END

#### -ErrorVariable is filled even with Stop
# expected per 5.1
function f { [CmdletBinding()] param() Write-Error 'stopping' }
try { f -ErrorVariable ev -ErrorAction Stop } catch { }
"count $($ev.Count)"
## STDOUT:
count 1
## END

#### Write-Error at script level names the script
# expected per 5.1
# source: 5.1 Azure DevOps log quoted in a blog: "C:\Builds\_work\_temp\c0558237-....ps1 : Error"
Write-Error 'script level'
## STDERR-CONTAINS: case.ps1 : script level
## STDOUT:
## END
