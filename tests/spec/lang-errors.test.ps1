#### try catch with throw
try { throw 'boom' } catch { 'caught' }
## STDOUT:
caught
## END

#### exception message in catch
try { throw 'boom' } catch { $_.Exception.Message }
## STDOUT:
boom
## END

#### dollar underscore in catch expands to the message
try { throw 'bad thing' } catch { "caught: $_" }
## STDOUT:
caught: bad thing
## END

#### PSItem in catch
try { throw 'p' } catch { $PSItem.Exception.Message }
## STDOUT:
p
## END

#### try catch finally order
try { 'a'; throw 'x'; 'not here' } catch { 'b' } finally { 'c' }
'd'
## STDOUT:
a
b
c
d
## END

#### finally runs without an error
try { 'body' } finally { 'finally' }
## STDOUT:
body
finally
## END

#### catch does not run without an error
try { 'ok' } catch { 'caught' }
## STDOUT:
ok
## END

#### uncaught throw stops the script with status 1
'before'
throw 'boom'
'after'
## status: 1
## STDERR-CONTAINS: boom
## STDOUT:
before
## END

#### uncaught throw in a function stops the script
function F { 'in F'; throw 'from F'; 'not here' }
F
'after'
## status: 1
## STDERR-CONTAINS: from F
## STDOUT:
in F
## END

#### finally runs before an uncaught throw ends the script
try { throw 'x' } finally { 'cleanup' }
'after'
## status: 1
## STDERR-CONTAINS: x
## STDOUT:
cleanup
## END

#### throw without an argument outside catch
throw
## status: 1
## STDERR-CONTAINS: ScriptHalted

#### rethrow with bare throw in catch
try {
    try { throw 'inner' } catch { 'handling'; throw }
} catch { "outer: $_" }
## STDOUT:
handling
outer: inner
## END

#### throw a new error from catch
try {
    try { throw 'a' } catch { throw 'b' }
} catch { "outer $_" }
## STDOUT:
outer b
## END

#### inner finally runs before the outer catch
try {
    try { throw 'x' } finally { 'inner finally' }
} catch { 'outer catch' }
## STDOUT:
inner finally
outer catch
## END

#### throw exception type
try { throw 'x' } catch { $_.Exception.GetType().FullName }
## STDOUT:
System.Management.Automation.RuntimeException
## END

#### throw string sets FullyQualifiedErrorId to the message
try { throw 'my-error' } catch { $_.FullyQualifiedErrorId }
## STDOUT:
my-error
## END

#### throw category is OperationStopped
try { throw 'x' } catch { $_.CategoryInfo.Category }
## STDOUT:
OperationStopped
## END

#### throw an object keeps it as TargetObject
try { throw @{ code = 5 } } catch { $_.TargetObject.code }
## STDOUT:
5
## END

#### throw a .NET exception and catch by type
try { throw [System.ArgumentException]::new('bad arg') }
catch [System.ArgumentException] { "arg: $($_.Exception.Message)" }
catch { 'general' }
## STDOUT:
arg: bad arg
## END

#### catch by base type
try { throw [System.ArgumentException]::new('bad') }
catch [System.SystemException] { 'system exception' }
## STDOUT:
system exception
## END

#### typed catch that does not match falls through to general catch
try { throw [System.ArgumentException]::new('bad') }
catch [System.IO.IOException] { 'io' }
catch { 'general' }
## STDOUT:
general
## END

#### catch with several types
try { throw [System.InvalidOperationException]::new('inv') }
catch [System.ArgumentException], [System.InvalidOperationException] { 'one of two' }
## STDOUT:
one of two
## END

#### typed catch that does not match lets the error escape
try { throw [System.ArgumentException]::new('escaped') }
catch [System.IO.IOException] { 'io' }
'after'
## status: 1
## STDERR-CONTAINS: escaped

#### catch division by zero by type
$z = 0
try { 1 / $z } catch [System.DivideByZeroException] { 'divide by zero caught' }
## STDOUT:
divide by zero caught
## END

#### division by zero message in catch
$z = 0
try { 1 / $z } catch { $_.Exception.Message }
## STDOUT:
Attempted to divide by zero.
## END

#### command not found is caught
try { Get-NoSuchCommand } catch { 'caught missing command' }
## STDOUT:
caught missing command
## END

#### command not found by exception type
try { Get-NoSuchCommand } catch [System.Management.Automation.CommandNotFoundException] { 'typed' }
## STDOUT:
typed
## END

#### command not found is not fatal without try
Get-NoSuchCommand
'after'
## STDERR-CONTAINS: The term 'Get-NoSuchCommand' is not recognized as the name of a cmdlet, function, script file, or operable program.
## STDOUT:
after
## END

#### method exception is wrapped
try { 'abc'.Substring(5) } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }
## STDOUT:
MethodInvocationException
ArgumentOutOfRangeException
## END

#### method exception message
'abc'.Substring(5)
'after'
## STDERR-CONTAINS: Exception calling "Substring" with "1" argument(s)
## STDOUT:
after
## END

#### missing method error
$x = 5
$x.Foo()
'after'
## STDERR-CONTAINS: Method invocation failed because [System.Int32] does not contain a method named 'Foo'.
## STDOUT:
after
## END

#### missing method on string
'abc'.NoSuchMethod()
## STDERR-CONTAINS: Method invocation failed because [System.String] does not contain a method named 'NoSuchMethod'.

#### method call on null
$n = $null
$n.ToString()
'after'
## STDERR-CONTAINS: You cannot call a method on a null-valued expression.
## STDOUT:
after
## END

#### indexing null
$n = $null
$n[0]
'after'
## STDERR-CONTAINS: Cannot index into a null array.
## STDOUT:
after
## END

#### setting a property on null
$n = $null
$n.Name = 'x'
'after'
## STDERR-CONTAINS: The property 'Name' cannot be found on this object. Verify that the property exists and can be set.
## STDOUT:
after
## END

#### missing property read gives null without error
$s = 'abc'
$null -eq $s.NoSuchProperty
## STDOUT:
True
## END

#### unknown type literal is a runtime error
'before'
[NoSuchTypeXyz]::Foo
'after'
## STDERR-CONTAINS: Unable to find type [NoSuchTypeXyz]
## STDOUT:
before
after
## END

#### Write-Error is non-terminating
Write-Error 'soft failure'
'after'
## STDERR-CONTAINS: soft failure
## STDOUT:
after
## END

#### Write-Error is not caught by try without Stop
try { Write-Error 'not caught' } catch { 'caught' }
'after'
## STDERR-CONTAINS: not caught
## STDOUT:
after
## END

#### Write-Error with ErrorAction Stop is caught
try { Write-Error 'stopped' -ErrorAction Stop } catch { "caught: $($_.Exception.Message)" }
## STDOUT:
caught: stopped
## END

#### ErrorActionPreference Stop makes Write-Error catchable
$ErrorActionPreference = 'Stop'
try { Write-Error 'pref stop' } catch { 'caught pref' }
## STDOUT:
caught pref
## END

#### ErrorActionPreference Stop makes Write-Error end the script
$ErrorActionPreference = 'Stop'
'before'
Write-Error 'fatal now'
'after'
## status: 1
## STDERR-CONTAINS: fatal now
## STDOUT:
before
## END

#### ErrorAction SilentlyContinue hides the error
Write-Error 'hidden' -ErrorAction SilentlyContinue
'after'
## STDOUT:
after
## END

#### ErrorActionPreference SilentlyContinue hides errors
$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'hidden'
'ok'
## STDOUT:
ok
## END

#### Error variable records errors
Write-Error 'first' -ErrorAction SilentlyContinue
Write-Error 'second' -ErrorAction SilentlyContinue
$Error.Count
$Error[0].Exception.Message
$Error[1].Exception.Message
## STDOUT:
2
second
first
## END

#### ErrorAction Ignore does not record the error
Write-Error 'ignored' -ErrorAction Ignore
$Error.Count
## STDOUT:
0
## END

#### caught errors are recorded in Error
try { throw 'recorded' } catch { }
$Error.Count
$Error[0].Exception.Message
## STDOUT:
1
recorded
## END

#### Error Clear
Write-Error 'x' -ErrorAction SilentlyContinue
$Error.Clear()
$Error.Count
## STDOUT:
0
## END

#### ErrorVariable collects the error
Write-Error 'ev' -ErrorVariable myErr -ErrorAction SilentlyContinue
$myErr.Count
$myErr[0].Exception.Message
## STDOUT:
1
ev
## END

#### non-terminating error in the middle of a pipeline
1..3 | ForEach-Object { if ($_ -eq 2) { Write-Error "bad $_" } else { $_ } }
## STDERR-CONTAINS: bad 2
## STDOUT:
1
3
## END

#### throw in a pipeline stops the script
1..3 | ForEach-Object { if ($_ -eq 2) { throw 'stop here' }; $_ }
'after'
## status: 1
## STDERR-CONTAINS: stop here
## STDOUT:
1
## END

#### throw in a pipeline caught by try
try { 1..3 | ForEach-Object { if ($_ -eq 2) { throw 'stop' }; $_ } } catch { 'caught' }
## STDOUT:
1
caught
## END

#### advanced function ErrorAction SilentlyContinue
function F { [CmdletBinding()] param() Write-Error 'inner'; 'continued' }
F -ErrorAction SilentlyContinue
## STDOUT:
continued
## END

#### advanced function ErrorAction Stop
function F { [CmdletBinding()] param() Write-Error 'inner stop'; 'not here' }
try { F -ErrorAction Stop } catch { 'caught inner stop' }
## STDOUT:
caught inner stop
## END

#### trap with continue resumes after the statement
trap { 'trapped'; continue }
throw 'x'
'after'
## STDOUT:
trapped
after
## END

#### trap dollar underscore is the error
trap { "trapped: $($_.Exception.Message)"; continue }
throw 'oops'
## STDOUT:
trapped: oops
## END

#### trap without continue writes the error and resumes
trap { 'trapped' }
throw 'still reported'
'after'
## STDERR-CONTAINS: still reported
## STDOUT:
trapped
after
## END

#### trap with break stops the script
trap { 'trapped'; break }
throw 'broken'
'after'
## status: 1
## STDERR-CONTAINS: broken
## STDOUT:
trapped
## END

#### trap in a function
function F {
    trap { 'function trap'; continue }
    throw 'e'
    'after throw'
}
F
## STDOUT:
function trap
after throw
## END

#### trap for a type
trap [System.DivideByZeroException] { 'divide trap'; continue }
$z = 0
1 / $z
'next'
## STDOUT:
divide trap
next
## END

#### finally runs when break leaves a loop
foreach ($i in 1..3) {
    try { if ($i -eq 2) { break }; "body $i" } finally { "finally $i" }
}
## STDOUT:
body 1
finally 1
finally 2
## END

#### finally runs when continue skips an iteration
foreach ($i in 1..2) {
    try { if ($i -eq 1) { continue }; "body $i" } finally { "finally $i" }
}
## STDOUT:
finally 1
body 2
finally 2
## END

#### finally runs on return from a function
function F { try { return 'r' } finally { Write-Host 'fin' } }
$v = F
$v
## STDOUT:
fin
r
## END

#### statement after error in same script block runs
$z = 0
$r = 1 / $z
'next statement'
## STDERR-CONTAINS: Attempted to divide by zero.
## STDOUT:
next statement
## END

#### Write-Warning goes to the warning stream
Write-Warning 'careful'
'after'
## STDERR-CONTAINS: WARNING: careful
## STDOUT:
after
## END

#### WarningAction SilentlyContinue hides the warning
Write-Warning 'hidden' -WarningAction SilentlyContinue
'after'
## STDOUT:
after
## END

#### error position names the line
'line one'
$x = 5
$x.Nope()
## STDERR-CONTAINS: :3 char:
## STDOUT:
line one
## END

#### InvocationInfo line number of a throw
try {
    'x'
    throw 'here'
} catch { $_.InvocationInfo.ScriptLineNumber }
## STDOUT:
x
3
## END

#### exit code from exit inside catch
try { throw 'x' } catch { exit 5 }
## status: 5

#### try catch inside a loop continues the loop
foreach ($i in 1..3) {
    try { if ($i -eq 2) { throw "fail $i" }; "ok $i" } catch { "caught $_" }
}
## STDOUT:
ok 1
caught fail 2
ok 3
## END

#### conversion error is catchable
try { [int]'abc' } catch { 'conversion failed' }
## STDOUT:
conversion failed
## END

#### conversion error message
[int]'abc'
'after'
## STDERR-CONTAINS: Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."
## STDOUT:
after
## END

#### throw with a formatted message
$name = 'DB01'
try { throw "Database $name not found" } catch { $_.Exception.Message }
## STDOUT:
Database DB01 not found
## END
