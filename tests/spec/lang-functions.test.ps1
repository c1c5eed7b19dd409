#### simple function
function Hello { 'hello' }
Hello
## STDOUT:
hello
## END

#### function names are case-insensitive
function Get-Item2 { 'got' }
get-item2
## STDOUT:
got
## END

#### function with parameters in parentheses
function Add($a, $b) { $a + $b }
Add 2 3
## STDOUT:
5
## END

#### named arguments in any order
function Sub($a, $b) { $a - $b }
Sub -b 1 -a 10
## STDOUT:
9
## END

#### param block
function Greet {
    param($Name, $Greeting = 'Hello')
    "$Greeting, $Name"
}
Greet -Name 'Ann'
Greet 'Bob' 'Hi'
## STDOUT:
Hello, Ann
Hi, Bob
## END

#### default value using an earlier parameter
function F { param($a = 1, $b = $a + 1) "$a $b" }
F
F 5
## STDOUT:
1 2
5 6
## END

#### typed parameter converts the argument
function Double([int]$n) { $n * 2 }
Double '21'
## STDOUT:
42
## END

#### typed parameter rejects unconvertible argument
function Double([int]$n) { $n * 2 }
Double 'abc'
'after'
## STDERR-CONTAINS: Cannot process argument transformation on parameter 'n'. Cannot convert value "abc" to type "System.Int32".
## STDOUT:
after
## END

#### parameter name prefix
function F { param($Computer) $Computer }
F -Comp 'srv1'
## STDOUT:
srv1
## END

#### parameter with colon syntax
function F { param($Count) $Count + 1 }
F -Count:4
## STDOUT:
5
## END

#### switch parameter
function F { param([switch]$Force) if ($Force) { 'forced' } else { 'normal' } }
F
F -Force
## STDOUT:
normal
forced
## END

#### switch parameter with explicit false
function F { param([switch]$Force) $Force.IsPresent }
F -Force:$false
F -Force:$true
## STDOUT:
False
True
## END

#### unassigned parameter is null
function F { param($x) $null -eq $x }
F
## STDOUT:
True
## END

#### args holds unbound arguments
function F { $args.Count; $args -join '+' }
F 1 2 3
## STDOUT:
3
1+2+3
## END

#### args holds arguments beyond declared parameters
function F($a) { "a=$a rest=$($args -join ',')" }
F 1 2 3
## STDOUT:
a=1 rest=2,3
## END

#### simple function puts unknown named parameter into args
function F { $args[0] }
F -foo
## STDOUT:
-foo
## END

#### comma-separated argument is one array
function F($a, $b) { "a=[$a] b=[$b]" }
F 1,2
## STDOUT:
a=[1 2] b=[]
## END

#### calling with method syntax passes one array
function F($a, $b) { "a=[$a] b=[$b]" }
F(1, 2)
## STDOUT:
a=[1 2] b=[]
## END

#### function returning multiple objects
function F { 1; 2; 3 }
$r = F
$r.Count
$r[1]
## STDOUT:
3
2
## END

#### function output of one object is not an array
function F { 5 }
(F).GetType().Name
## STDOUT:
Int32
## END

#### return with a value
function F { return 7 }
F
## STDOUT:
7
## END

#### return stops the function but keeps earlier output
function F { 'a'; return 'b'; 'c' }
F
## STDOUT:
a
b
## END

#### return inside loop leaves the function
function F { foreach ($i in 1..5) { if ($i -eq 3) { return }; $i }; 'end' }
F
## STDOUT:
1
2
## END

#### output from expressions statements is collected
function F { $x = 1; $x + 1; 'text'; [void](5) }
(F) -join ','
## STDOUT:
2,text
## END

#### return unary comma keeps an array as one object
function F { return , @(1, 2) }
F | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
1
## END

#### array returned without comma is unrolled
function F { return @(1, 2) }
F | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
2
## END

#### empty array returned becomes null when assigned
function F { return @() }
$r = F
$null -eq $r
## STDOUT:
True
## END

#### recursion
function Fact($n) { if ($n -le 1) { 1 } else { $n * (Fact ($n - 1)) } }
Fact 5
## STDOUT:
120
## END

#### function used in an expression needs parentheses
function Two { 2 }
(Two) + 3
## STDOUT:
5
## END

#### function redefinition replaces the old one
function F { 'old' }
function F { 'new' }
F
## STDOUT:
new
## END

#### calling a function before it is defined fails
Later
function Later { 'later' }
'after'
## STDERR-CONTAINS: The term 'Later' is not recognized as the name of a cmdlet, function, script file, or operable program.
## STDOUT:
after
## END

#### pipeline input with process block
function Dbl { process { $_ * 2 } }
1, 2, 3 | Dbl
## STDOUT:
2
4
6
## END

#### begin process end order
function F {
    begin { 'begin' }
    process { "process $_" }
    end { 'end' }
}
1, 2 | F
## STDOUT:
begin
process 1
process 2
end
## END

#### begin and end run without pipeline input
function F { begin { 'b' } process { 'p' } end { 'e' } }
F
## STDOUT:
b
p
e
## END

#### process block does not run for an empty pipeline
function F { begin { 'b' } process { 'p' } end { 'e' } }
@() | F
## STDOUT:
b
e
## END

#### pipelines of functions interleave begin process end
function A {
    begin { Write-Host 'A begin' }
    process { Write-Host "A $_"; $_ }
    end { Write-Host 'A end' }
}
function B {
    begin { Write-Host 'B begin' }
    process { Write-Host "B $_" }
    end { Write-Host 'B end' }
}
1, 2 | A | B
## STDOUT:
A begin
B begin
A 1
B 1
A 2
B 2
A end
B end
## END

#### return in process block skips to the next item
function F { process { if ($_ -eq 2) { return }; $_ } }
1, 2, 3 | F
## STDOUT:
1
3
## END

#### input enumerator in end block
function F { $input | ForEach-Object { $_ * 10 } }
1, 2, 3 | F
## STDOUT:
10
20
30
## END

#### input counted with array subexpression
function F { @($input).Count }
1, 2, 3 | F
## STDOUT:
3
## END

#### filter keyword
filter Upper { $_.ToUpper() }
'a', 'b' | Upper
## STDOUT:
A
B
## END

#### ValueFromPipeline parameter
function F {
    param([Parameter(ValueFromPipeline = $true)]$Item)
    process { "item $Item" }
}
'x', 'y' | F
## STDOUT:
item x
item y
## END

#### ValueFromPipelineByPropertyName parameter
function F {
    param([Parameter(ValueFromPipelineByPropertyName = $true)]$Name)
    process { "name $Name" }
}
[pscustomobject]@{ Name = 'srv1' }, [pscustomobject]@{ Name = 'srv2' } | F
## STDOUT:
name srv1
name srv2
## END

#### typed ValueFromPipeline parameter converts
function F {
    param([Parameter(ValueFromPipeline = $true)][int]$N)
    process { $N + 1 }
}
'1', '2' | F
## STDOUT:
2
3
## END

#### CmdletBinding function rejects unknown parameter
function F { [CmdletBinding()] param($Name) $Name }
F -Bogus 1
'after'
## STDERR-CONTAINS: A parameter cannot be found that matches parameter name 'Bogus'.
## STDOUT:
after
## END

#### CmdletBinding function rejects extra positional argument
function F { [CmdletBinding()] param($Name) $Name }
F a b
'after'
## STDERR-CONTAINS: A positional parameter cannot be found that accepts argument 'b'.
## STDOUT:
after
## END

#### Parameter attribute makes the function advanced
function F { param([Parameter()]$Name) $Name }
F -Other 1
'after'
## STDERR-CONTAINS: A parameter cannot be found that matches parameter name 'Other'.
## STDOUT:
after
## END

#### ambiguous parameter prefix
function F { [CmdletBinding()] param($Name, $Number) 'ran' }
F -N 1
'after'
## STDERR-CONTAINS: Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -Number.
## STDOUT:
after
## END

#### Position in Parameter attribute
function F {
    [CmdletBinding()]
    param(
        [Parameter(Position = 1)]$Second,
        [Parameter(Position = 0)]$First
    )
    "$First then $Second"
}
F a b
## STDOUT:
a then b
## END

#### mandatory parameter missing in non-interactive mode
function F { param([Parameter(Mandatory = $true)]$Name) "hi $Name" }
F
'after'
## STDERR-CONTAINS: Cannot process command because of one or more missing mandatory parameters: Name.
## STDOUT:
after
## END

#### mandatory parameter supplied
function F { param([Parameter(Mandatory = $true)]$Name) "hi $Name" }
F -Name 'Zoe'
## STDOUT:
hi Zoe
## END

#### mandatory parameter given empty string is an error
function F { param([Parameter(Mandatory = $true)][string]$Name) "hi $Name" }
F -Name ''
'after'
## STDERR-CONTAINS: Cannot bind argument to parameter 'Name' because it is an empty string.
## STDOUT:
after
## END

#### ValidateSet accepts a member
function F { param([ValidateSet('red', 'green')]$Color) "color $Color" }
F green
## STDOUT:
color green
## END

#### ValidateSet is case-insensitive
function F { param([ValidateSet('red', 'green')]$Color) "color $Color" }
F RED
## STDOUT:
color RED
## END

#### ValidateSet rejects a non-member
function F { param([ValidateSet('red', 'green')]$Color) "color $Color" }
F purple
'after'
## STDERR-CONTAINS: Cannot validate argument on parameter 'Color'.
## STDERR-CONTAINS: The argument "purple" does not belong to the set "red,green" specified by the ValidateSet attribute.
## STDOUT:
after
## END

#### ValidateRange accepts a value inside the range
function F { param([ValidateRange(1, 10)][int]$N) "n=$N" }
F 10
## STDOUT:
n=10
## END

#### ValidateRange rejects a value above the range
function F { param([ValidateRange(1, 10)][int]$N) "n=$N" }
F 11
'after'
## STDERR-CONTAINS: Cannot validate argument on parameter 'N'. The 11 argument is greater than the maximum allowed range of 10.
## STDOUT:
after
## END

#### ValidateRange rejects a value below the range
function F { param([ValidateRange(1, 10)][int]$N) "n=$N" }
F 0
'after'
## STDERR-CONTAINS: The 0 argument is less than the minimum allowed range of 1.
## STDOUT:
after
## END

#### ValidateNotNullOrEmpty rejects empty string
function F { param([ValidateNotNullOrEmpty()]$Name) "name $Name" }
F ''
'after'
## STDERR-CONTAINS: Cannot validate argument on parameter 'Name'. The argument is null or empty.
## STDOUT:
after
## END

#### ValidateNotNullOrEmpty accepts a value
function F { param([ValidateNotNullOrEmpty()]$Name) "name $Name" }
F 'x'
## STDOUT:
name x
## END

#### Alias attribute on a parameter
function F { param([Alias('CN')]$ComputerName) "cn=$ComputerName" }
F -CN 'srv9'
## STDOUT:
cn=srv9
## END

#### PSBoundParameters
function F { [CmdletBinding()] param($A, $B) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey('B') }
F -A 1
## STDOUT:
1
False
## END

#### PSBoundParameters value
function F { param($A) $PSBoundParameters['A'] }
F -A 'bound'
## STDOUT:
bound
## END

#### CmdletBinding function accepts common parameters
function F { [CmdletBinding()] param() 'ok' }
F -ErrorAction Stop
## STDOUT:
ok
## END

#### Write-Verbose is silent without Verbose
function F { [CmdletBinding()] param() Write-Verbose 'detail'; 'done' }
F
## STDOUT:
done
## END

#### splatting PSBoundParameters to another function
function Inner { param($A, $B) "$A-$B" }
function Outer { param($A, $B) Inner @PSBoundParameters }
Outer -A 1 -B 2
## STDOUT:
1-2
## END

#### splatting args to another command
function Inner { param($A, $B) "$A-$B" }
function Outer { Inner @args }
Outer -A x -B y
## STDOUT:
x-y
## END

#### function with mandatory pipeline parameter and begin block
function Sum {
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)][int]$N)
    begin { $total = 0 }
    process { $total += $N }
    end { $total }
}
1..4 | Sum
## STDOUT:
10
## END

#### function keyword with dash name and Verb-Noun call
function Get-Double { param($x) $x * 2 }
Get-Double -x 4
## STDOUT:
8
## END

#### parameter default is evaluated at call time
$base = 1
function F { param($v = $base) $v }
$base = 5
F
## STDOUT:
5
## END

#### switch parameter passed positionally is not bound
function F { param([switch]$S, $X) "S=$($S.IsPresent) X=$X" }
F 'val'
## STDOUT:
S=False X=val
## END

#### function can modify a hashtable passed in
function AddKey($h) { $h.added = 1 }
$t = @{}
AddKey $t
$t.added
## STDOUT:
1
## END

#### dollar-args in nested script block is its own
function F { & { $args.Count } 'x' }
F 1 2 3
## STDOUT:
1
## END

#### unbounded recursion fails with call depth overflow
function Recurse { Recurse }
try { Recurse } catch { $_.Exception.Message }
## STDOUT:
The script failed due to call depth overflow.
## END
