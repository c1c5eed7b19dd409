# Pipeline input binding (about_Pipelines, about_Functions_Advanced_Parameters: ValueFromPipeline,
# ValueFromPipelineByPropertyName) as Windows PowerShell 5.1 does it.

#### value from pipeline
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)][int]$N) process { $N * 2 } }
1, 2, 3 | p
## STDOUT:
2
4
6
## END

#### value from pipeline converts strings
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)][int]$N) process { $N + 1 } }
'10', '20' | p
## STDOUT:
11
21
## END

#### begin process end order
function p {
  [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X)
  begin { 'begin' } process { "process $X" } end { 'end' }
}
'a', 'b' | p
## STDOUT:
begin
process a
process b
end
## END

#### parameter is not bound in begin
function p {
  [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X)
  begin { "begin [$X]" } process { "process [$X]" }
}
5 | p
## STDOUT:
begin []
process [5]
## END

#### dollar underscore in process of an advanced function
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X) process { "[$_]" } }
'x', 'y' | p
## STDOUT:
[x]
[y]
## END

#### array parameter from the pipeline gets one item at a time
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)][string[]]$Names) process { "count $($Names.Count): $Names" } }
'a', 'b' | p
## STDOUT:
count 1: a
count 1: b
## END

#### array parameter given directly is processed once
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)][string[]]$Names) process { foreach ($n in $Names) { "item $n" } } }
p -Names a, b
## STDOUT:
item a
item b
## END

#### by property name
function q { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName=$true)][string]$Name) process { "name=$Name" } }
[pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' } | q
## STDOUT:
name=a
name=b
## END

#### by property name binds several parameters
function q {
  [CmdletBinding()]
  param([Parameter(ValueFromPipelineByPropertyName=$true)][string]$Name,
        [Parameter(ValueFromPipelineByPropertyName=$true)][int]$Size)
  process { "$Name is $Size" }
}
[pscustomobject]@{ Name = 'db1'; Size = 10; Other = 'x' } | q
## STDOUT:
db1 is 10
## END

#### by property name through a parameter alias
function q { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName=$true)][Alias('ServerName')][string]$Server) process { "server=$Server" } }
[pscustomobject]@{ ServerName = 'EX01' } | q
## STDOUT:
server=EX01
## END

#### by property name is case-insensitive
function q { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName=$true)][string]$Name) process { "name=$Name" } }
[pscustomobject]@{ NAME = 'upper' } | q
## STDOUT:
name=upper
## END

#### by property name converts the value
function q { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName=$true)][int]$Count) process { $Count + 1 } }
[pscustomobject]@{ Count = '41' } | q
## STDOUT:
42
## END

#### a named argument wins and the pipeline binds the rest
function q {
  [CmdletBinding()]
  param([Parameter(ValueFromPipelineByPropertyName=$true)][string]$Name,
        [string]$Suffix)
  process { "$Name$Suffix" }
}
[pscustomobject]@{ Name = 'a' } | q -Suffix '!'
## STDOUT:
a!
## END

#### value and property name on the same parameter
function q { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true, ValueFromPipelineByPropertyName=$true)][string]$Name) process { "[$Name]" } }
'plain' | q
## STDOUT:
[plain]
## END

#### mandatory pipeline parameter
function q { [CmdletBinding()] param([Parameter(Mandatory=$true, ValueFromPipeline=$true)][string]$Item) process { "got $Item" } }
'x', 'y' | q
## STDOUT:
got x
got y
## END

#### object without the property does not bind
function q { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName=$true)][string]$Name) process { "name=$Name" } }
[pscustomobject]@{ Other = 'a' } | q
## STDERR-CONTAINS: InputObjectNotBound,q
## STDOUT:
## END

#### simple function receives pipeline input in input
function s { $input | ForEach-Object { $_ * 10 } }
1, 2 | s
## STDOUT:
10
20
## END

#### filter runs once per object
filter Double { $_ * 2 }
1, 2, 3 | Double
## STDOUT:
2
4
6
## END

#### process block of a simple function
function s { process { "<$_>" } }
'a', 'b' | s
## STDOUT:
<a>
<b>
## END

#### end block sees all input
function s { end { @($input).Count } }
1, 2, 3, 4 | s
## STDOUT:
4
## END

#### pipeline of an array unrolls it
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X) process { "one:$X" } }
@(1, 2) | p
## STDOUT:
one:1
one:2
## END

#### comma operator passes an array as one object
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X) process { "count:$($X.Count)" } }
,(1, 2, 3) | p
## STDOUT:
count:3
## END

#### null in the pipeline is passed
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X) process { "[$X]" } }
$null | p
## STDOUT:
[]
## END

#### empty array sends nothing
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X) process { "[$X]" } end { 'end' } }
@() | p
## STDOUT:
end
## END

#### each command begins before objects flow
function a { begin { Write-Host 'a-begin' } process { 1; 2 } }
function b { begin { 'b-begin' } process { "b-$_" } end { 'b-end' } }
a | b
## STDOUT:
a-begin
b-begin
b-1
b-2
b-end
## END

#### Select-Object -First stops the pipeline early
$script:n = 0
1..100 | ForEach-Object { $script:n++; $_ } | Select-Object -First 2
"seen $script:n"
## STDOUT:
1
2
seen 2
## END

#### input that binds to no parameter: message and id
# source: real 5.1 transcripts quoting 'FullyQualifiedErrorId : InputObjectNotBound,...' (e.g. Select-String, Wait-Job errors)
function f { [CmdletBinding()] param([string]$Name) process { 'body' } }
1 | f
'after'
## STDERR-CONTAINS: f : The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.
## STDERR-CONTAINS: + FullyQualifiedErrorId : InputObjectNotBound,f
## STDOUT:
after
## END

#### cmdlet binds pipeline input by property name
[pscustomobject]@{ Path = 'C:\data\file.txt' } | Split-Path
## STDOUT:
C:\data
## END

#### Where-Object comparison syntax binds the property and value
1..5 | ForEach-Object { [pscustomobject]@{N=$_} } | Where-Object N -gt 3 | ForEach-Object { $_.N }
## STDOUT:
4
5
## END

#### ForEach-Object with a member name
'a', 'abc' | ForEach-Object Length
## STDOUT:
1
3
## END

#### Sort-Object property given positionally
[pscustomobject]@{K=2}, [pscustomobject]@{K=1} | Sort-Object K | ForEach-Object { $_.K }
## STDOUT:
1
2
## END

#### Measure-Object takes the pipeline by value
1, 2, 3, 4 | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
4
## END

#### -OutBuffer is accepted
function f { [CmdletBinding()] param() 'buffered' }
f -OutBuffer 10
Write-Output 'also' -OutBuffer 2
## STDOUT:
buffered
also
## END

#### Write-Output -NoEnumerate keeps an array whole
function p { [CmdletBinding()] param([Parameter(ValueFromPipeline=$true)]$X) process { "count:$(@($X).Count)" } }
Write-Output -NoEnumerate (1, 2, 3) | p
## STDOUT:
count:3
## END

#### pipeline input to a parameter set that takes it
function g {
  [CmdletBinding(DefaultParameterSetName='Name')]
  param([Parameter(ParameterSetName='Name', ValueFromPipeline=$true)][string]$Name,
        [Parameter(ParameterSetName='Id')][int]$Id)
  process { "$($PSCmdlet.ParameterSetName):$Name" }
}
'n1' | g
## STDOUT:
Name:n1
## END

#### cmdlet binds pipeline input by value with a named parameter
# expected per 5.1
# source: Join-Path help (5.1): -Path accepts pipeline input ByValue and ByPropertyName
'C:\a' | Join-Path -ChildPath 'b'
## STDOUT:
C:\a\b
## END

#### input that binds to no parameter
# expected per 5.1
function f { [CmdletBinding()] param([string]$Name) process { 'body' } }
1 | f
'after'
## STDERR-CONTAINS: f : The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (1:Int32) [f], ParameterBindingException
## STDERR-CONTAINS: + FullyQualifiedErrorId : InputObjectNotBound,f
## STDOUT:
after
## END
