#### invoke a script block with the call operator
$sb = { 'hi' }
& $sb
## STDOUT:
hi
## END

#### invoke a script block literal directly
& { 'direct' }
## STDOUT:
direct
## END

#### script block with param block
& { param($x) $x * 2 } 5
## STDOUT:
10
## END

#### script block with named arguments
& { param($a, $b) "$a-$b" } -b 2 -a 1
## STDOUT:
1-2
## END

#### script block args
$sb = { $args[0] + $args[1] }
& $sb 1 2
## STDOUT:
3
## END

#### script block default parameter
$sb = { param([int]$x = 7) $x }
& $sb
& $sb 3
## STDOUT:
7
3
## END

#### script block Invoke method
$sb = { param($x) $x + 1 }
$sb.Invoke(4)
## STDOUT:
5
## END

#### script block Invoke returns a collection
$sb = { 1; 2 }
$sb.Invoke().Count
## STDOUT:
2
## END

#### script block sees variables at call time
$x = 1
$sb = { $x }
$x = 2
& $sb
## STDOUT:
2
## END

#### GetNewClosure captures variables
$x = 1
$sb = { $x }.GetNewClosure()
$x = 2
& $sb
## STDOUT:
1
## END

#### closure factory
function Make-Adder($n) { { param($v) $v + $n }.GetNewClosure() }
$add5 = Make-Adder 5
& $add5 10
## STDOUT:
15
## END

#### call operator gives a child scope
$v = 'outer'
& { $v = 'inner' }
$v
## STDOUT:
outer
## END

#### dot operator runs in the current scope
$v = 'outer'
. { $v = 'inner' }
$v
## STDOUT:
inner
## END

#### dot-sourced script block defines functions in the caller
. { function Defined { 'defined' } }
Defined
## STDOUT:
defined
## END

#### function defined inside a call-operator block is not visible after
& { function Hidden { 'h' } }
Hidden
'after'
## STDERR-CONTAINS: The term 'Hidden' is not recognized
## STDOUT:
after
## END

#### script block passed to a function
function Apply($f, $v) { & $f $v }
Apply { $args[0] * 3 } 4
## STDOUT:
12
## END

#### script block as ForEach-Object process
$sb = { $_ + 100 }
1, 2 | ForEach-Object $sb
## STDOUT:
101
102
## END

#### script block as Where-Object filter
$even = { $_ % 2 -eq 0 }
(1..6 | Where-Object $even) -join ','
## STDOUT:
2,4,6
## END

#### script block with process block in a pipeline
1, 2, 3 | & { process { $_ * 2 } }
## STDOUT:
2
4
6
## END

#### script block with begin and end in a pipeline
1, 2 | & { begin { 'start' } process { "item $_" } end { 'finish' } }
## STDOUT:
start
item 1
item 2
finish
## END

#### input in a script block
1, 2, 3 | & { @($input).Count }
## STDOUT:
3
## END

#### script block type
$sb = { }
$sb.GetType().FullName
## STDOUT:
System.Management.Automation.ScriptBlock
## END

#### create a script block from a string
$sb = [scriptblock]::Create('1 + 1')
& $sb
## STDOUT:
2
## END

#### script block returning multiple values
$r = & { 'a'; 'b' }
$r.Count
## STDOUT:
2
## END

#### return from a script block
& { 'one'; return 'two'; 'three' }
## STDOUT:
one
two
## END

#### call operator with a command name string
& 'Write-Output' 'by name'
## STDOUT:
by name
## END

#### call operator with a command name in a variable
$cmd = 'Write-Output'
& $cmd 'from variable'
## STDOUT:
from variable
## END

#### call operator with a function name
function Greet { 'greetings' }
$name = 'Greet'
& $name
## STDOUT:
greetings
## END

#### call operator on unknown command
& 'No-SuchCommand'
'after'
## STDERR-CONTAINS: The term 'No-SuchCommand' is not recognized as the name of a cmdlet, function, script file, or operable program.
## STDOUT:
after
## END

#### nested script blocks with dollar underscore
1..2 | ForEach-Object { $o = $_; 'a', 'b' | ForEach-Object { "$o$_" } }
## STDOUT:
1a
1b
2a
2b
## END

#### script block stored in a hashtable
$ops = @{ add = { param($a, $b) $a + $b }; mul = { param($a, $b) $a * $b } }
& $ops.add 2 3
& $ops['mul'] 2 3
## STDOUT:
5
6
## END

#### script block in a variable invoked in a loop
$sq = { param($n) $n * $n }
foreach ($i in 1..3) { & $sq $i }
## STDOUT:
1
4
9
## END

#### script block modifies script scope with modifier
$total = 0
$add = { param($n) $script:total += $n }
& $add 5
& $add 7
$total
## STDOUT:
12
## END

#### script block with splatted hashtable
$sb = { param($Name, $Count) "$Name x$Count" }
$p = @{ Name = 'item'; Count = 3 }
& $sb @p
## STDOUT:
item x3
## END

#### script block converted to string gives its text
$sb = { 1 + 2 }
$sb.ToString().Trim()
## STDOUT:
1 + 2
## END

#### script block with CmdletBinding rejects unknown parameter
$sb = { [CmdletBinding()] param($A) $A }
& $sb -B 1
'after'
## STDERR-CONTAINS: A parameter cannot be found that matches parameter name 'B'.
## STDOUT:
after
## END

#### Sort-Object with a script block key
('ccc', 'a', 'bb' | Sort-Object { $_.Length }) -join ','
## STDOUT:
a,bb,ccc
## END

#### ForEach-Object with a script block in a variable and begin
$count = 0
1..5 | ForEach-Object { $count++ }
$count
## STDOUT:
5
## END

#### script block parameter receives pipeline with ValueFromPipeline
$sb = { param([Parameter(ValueFromPipeline = $true)]$x) process { "got $x" } }
'p', 'q' | & $sb
## STDOUT:
got p
got q
## END

#### dot-sourcing a script block with parameters
$n = 0
. { param($v) $n = $v } 9
$n
## STDOUT:
9
## END

#### script block exit code of throw inside
& { throw 'inside block' }
'after'
## status: 1
## STDERR-CONTAINS: inside block
