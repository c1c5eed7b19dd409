# Parameter binding: named parameters, prefixes, aliases, switches, arrays and conversions.
# Expected output is what Windows PowerShell 5.1 prints (about_Parameters, about_Functions_Advanced_Parameters;
# error texts from System.Management.Automation resources ParameterBinderStrings / Metadata).

#### named parameter
function f { [CmdletBinding()] param([string]$Name, [int]$Count) "$Name/$Count" }
f -Name abc -Count 3
## STDOUT:
abc/3
## END

#### named parameters in any order
function f { [CmdletBinding()] param([string]$Name, [int]$Count) "$Name/$Count" }
f -Count 3 -Name abc
## STDOUT:
abc/3
## END

#### parameter names are case-insensitive
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
f -NAME a
f -name b
## STDOUT:
[a]
[b]
## END

#### unique prefix of a parameter name
function f { [CmdletBinding()] param([string]$Name, [int]$Count) "$Name/$Count" }
f -Na x -C 2
## STDOUT:
x/2
## END

#### colon syntax binds the value
function f { [CmdletBinding()] param([string]$Name, [int]$Count) "$Name/$Count" }
f -Name:abc -Count:7
## STDOUT:
abc/7
## END

#### colon syntax with a space before the value
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
f -Name: abc
## STDOUT:
[abc]
## END

#### parameter alias
function f { [CmdletBinding()] param([Alias('CN','Server')][string]$ComputerName) "[$ComputerName]" }
f -CN a
f -Server b
f -ComputerName c
## STDOUT:
[a]
[b]
[c]
## END

#### prefix of an alias
function f { [CmdletBinding()] param([Alias('Server')][string]$ComputerName) "[$ComputerName]" }
f -Serv a
## STDOUT:
[a]
## END

#### switch parameter present
function f { [CmdletBinding()] param([switch]$Force) $Force.IsPresent }
f -Force
## STDOUT:
True
## END

#### switch parameter absent
function f { [CmdletBinding()] param([switch]$Force) $Force.IsPresent; [bool]$Force }
f
## STDOUT:
False
False
## END

#### switch with colon false
function f { [CmdletBinding()] param([switch]$Force) if ($Force) { 'forced' } else { 'not forced' } }
f -Force:$false
f -Force:$true
## STDOUT:
not forced
forced
## END

#### switch does not consume the next argument
function f { [CmdletBinding()] param([switch]$Force, [Parameter(Position=0)][string]$Name) "$Force $Name" }
f -Force abc
## STDOUT:
True abc
## END

#### switch parameter type
function f { [CmdletBinding()] param([switch]$Force) $Force.GetType().FullName }
f -Force
## STDOUT:
System.Management.Automation.SwitchParameter
## END

#### PSBoundParameters holds only the parameters given
function f { [CmdletBinding()] param([string]$Name, [int]$Count) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey('Name'); $PSBoundParameters.ContainsKey('Count') }
f -Name a
## STDOUT:
1
True
False
## END

#### PSBoundParameters value
function f { [CmdletBinding()] param([string]$Name) $PSBoundParameters['Name'] }
f -Name hello
## STDOUT:
hello
## END

#### comma list binds an array
function f { [CmdletBinding()] param([string[]]$Names) $Names.Count; $Names -join '+' }
f -Names a,b,c
## STDOUT:
3
a+b+c
## END

#### array of ints from strings
function f { [CmdletBinding()] param([int[]]$N) ($N | Measure-Object -Sum).Sum }
f -N '1','2','3'
## STDOUT:
6
## END

#### int parameter converts from a string
function f { [CmdletBinding()] param([int]$N) $N + 1; $N.GetType().Name }
f -N '41'
## STDOUT:
42
Int32
## END

#### string parameter converts a number
function f { [CmdletBinding()] param([string]$S) $S + 1; $S.GetType().Name }
f -S 5
## STDOUT:
51
String
## END

#### enum parameter by name, case-insensitive
function f { [CmdletBinding()] param([System.DayOfWeek]$Day) $Day; $Day.GetType().Name }
f -Day friday
## STDOUT:
Friday
DayOfWeek
## END

#### enum parameter by number
function f { [CmdletBinding()] param([System.DayOfWeek]$Day) "$Day" }
f -Day 1
## STDOUT:
Monday
## END

#### bool parameter takes an explicit value
function f { [CmdletBinding()] param([bool]$Enabled) $Enabled }
f -Enabled $false
f -Enabled $true
## STDOUT:
False
True
## END

#### double parameter from a string
function f { [CmdletBinding()] param([double]$D) $D * 2 }
f -D '1.25'
## STDOUT:
2.5
## END

#### default value when the parameter is not given
function f { [CmdletBinding()] param([string]$Name = 'default', [int]$Count = 5) "$Name/$Count" }
f
f -Count 1
## STDOUT:
default/5
default/1
## END

#### a value that starts with a dash in quotes is an argument
function f { [CmdletBinding()] param([Parameter(Position=0)][string]$Name) "[$Name]" }
f '-Name'
## STDOUT:
[-Name]
## END

#### splatting a hashtable binds named parameters
function f { [CmdletBinding()] param([string]$Name, [int]$Count) "$Name/$Count" }
$p = @{ Name = 'x'; Count = 9 }
f @p
## STDOUT:
x/9
## END

#### splatting an array binds positionally
function f { [CmdletBinding()] param([string]$A, [string]$B) "$A-$B" }
$p = 'one', 'two'
f @p
## STDOUT:
one-two
## END

#### switch given through a splatted hashtable
function f { [CmdletBinding()] param([switch]$Force) [bool]$Force }
$p = @{ Force = $true }
f @p
## STDOUT:
True
## END

#### cmdlet parameter prefix
Get-Date -Ye 2010 -Mo 2 -Day 1 -F 'yyyy-MM-dd'
## STDOUT:
2010-02-01
## END

#### cmdlet switch by prefix
'b','a' | Sort-Object -Desc
## STDOUT:
b
a
## END

#### a value after a switch is positional, not the switch value
function f { [CmdletBinding()] param([switch]$Force, [Parameter(Position=0)]$Name) "F=$Force N=$Name" }
f -Force $false
## STDOUT:
F=True N=False
## END

#### int parameter rounds a double to even
function f { [CmdletBinding()] param([int]$N) $N }
f -N 2.5
f -N 3.5
## STDOUT:
2
4
## END

#### datetime parameter from a string
function f { [CmdletBinding()] param([datetime]$When) $When.Year; $When.Month }
f -When '2010-06-15'
## STDOUT:
2010
6
## END

#### hashtable parameter
function f { [CmdletBinding()] param([hashtable]$Map) $Map['k'] }
f -Map @{ k = 'v' }
## STDOUT:
v
## END

#### scriptblock parameter
function f { [CmdletBinding()] param([scriptblock]$Action) & $Action }
f -Action { 'ran the block' }
## STDOUT:
ran the block
## END

#### range as an array argument
function f { [CmdletBinding()] param([int[]]$N) $N.Count }
f -N (1..5)
## STDOUT:
5
## END

#### ValueFromRemainingArguments collects the rest
function f { [CmdletBinding()] param([Parameter(Position=0)]$First, [Parameter(ValueFromRemainingArguments=$true)]$Rest) "first=$First"; "rest=$Rest"; $Rest.Count }
f a b c
## STDOUT:
first=a
rest=b c
2
## END

#### untyped parameter keeps the argument type
function f { [CmdletBinding()] param($V) $V.GetType().Name }
f -V 1.5
f -V (Get-Date -Year 2010)
f -V @(1,2)
## STDOUT:
Double
DateTime
Object[]
## END

#### variable argument keeps its value
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
$n = 'from variable'
f -Name $n
## STDOUT:
[from variable]
## END

#### expandable string argument
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
$x = 'mid'
f -Name "a-$x-b"
## STDOUT:
[a-mid-b]
## END

#### bare word with a dash inside is one argument
function f { [CmdletBinding()] param([string]$Name) "[$Name]" }
f -Name DB-01
## STDOUT:
[DB-01]
## END

#### a scalar becomes a one-element array
# expected per 5.1
function f { [CmdletBinding()] param([string[]]$Names) $Names.GetType().Name; $Names.Count }
f -Names one
## STDOUT:
String[]
1
## END
