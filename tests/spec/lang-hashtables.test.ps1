#### hashtable dot access
$h = @{ a = 1; b = 2 }
$h.a
## STDOUT:
1
## END

#### hashtable index access
$h = @{ a = 1; b = 2 }
$h['b']
## STDOUT:
2
## END

#### hashtable keys are case-insensitive
$h = @{ Name = 'x' }
$h.name
$h['NAME']
## STDOUT:
x
x
## END

#### missing key gives null
$h = @{ a = 1 }
$null -eq $h.zzz
## STDOUT:
True
## END

#### add key with dot assignment
$h = @{}
$h.k = 'v'
$h.Count
$h.k
## STDOUT:
1
v
## END

#### add key with index assignment
$h = @{}
$h['k'] = 'v'
$h['k'] = 'w'
$h.Count
$h.k
## STDOUT:
1
w
## END

#### Add method
$h = @{}
$h.Add('a', 1)
$h.a
## STDOUT:
1
## END

#### Add method with duplicate key is an error
$h = @{ a = 1 }
$h.Add('a', 2)
'after'
## STDERR-CONTAINS: Exception calling "Add" with "2" argument(s)
## STDERR-CONTAINS: Item has already been added. Key in dictionary: 'a'
## STDOUT:
after
## END

#### ContainsKey
$h = @{ a = 1 }
$h.ContainsKey('a')
$h.ContainsKey('A')
$h.ContainsKey('b')
## STDOUT:
True
True
False
## END

#### ContainsValue
$h = @{ a = 1 }
$h.ContainsValue(1)
## STDOUT:
True
## END

#### Remove
$h = @{ a = 1; b = 2 }
$h.Remove('a')
$h.Count
$h.ContainsKey('a')
## STDOUT:
1
False
## END

#### Keys sorted
$h = @{ c = 3; a = 1; b = 2 }
($h.Keys | Sort-Object) -join ','
## STDOUT:
a,b,c
## END

#### Values sum
$h = @{ a = 1; b = 2; c = 3 }
($h.Values | Measure-Object -Sum).Sum
## STDOUT:
6
## END

#### Keys count
$h = @{ a = 1; b = 2 }
$h.Keys.Count
## STDOUT:
2
## END

#### ordered hashtable keeps insertion order
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
## STDOUT:
z,a,m
## END

#### ordered hashtable index by key
$o = [ordered]@{ z = 1; a = 2 }
$o['a']
$o.z
## STDOUT:
2
1
## END

#### GetEnumerator with sorted pairs
$h = @{ b = 2; a = 1 }
$h.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Key)=$($_.Value)" }
## STDOUT:
a=1
b=2
## END

#### hashtable is one object in the pipeline
@{ a = 1; b = 2 } | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
1
## END

#### nested hashtable
$h = @{ inner = @{ x = 5 } }
$h.inner.x
## STDOUT:
5
## END

#### nested hashtable assignment
$h = @{ inner = @{} }
$h.inner.y = 7
$h.inner.y
## STDOUT:
7
## END

#### key with spaces
$h = @{ 'my key' = 1 }
$h.'my key'
$h['my key']
## STDOUT:
1
1
## END

#### numeric keys differ from string keys
$h = @{}
$h[1] = 'one'
$h[1]
$null -eq $h['1']
## STDOUT:
one
True
## END

#### hashtable with array value
$h = @{ list = 1, 2, 3 }
$h.list.Count
## STDOUT:
3
## END

#### hashtable value from expression
$h = @{ sum = 1 + 2; text = "n=$(2 * 2)" }
$h.sum
$h.text
## STDOUT:
3
n=4
## END

#### hashtable type name
@{}.GetType().FullName
## STDOUT:
System.Collections.Hashtable
## END

#### ordered type name
([ordered]@{}).GetType().FullName
## STDOUT:
System.Collections.Specialized.OrderedDictionary
## END

#### hashtable Clone is a shallow copy
$h = @{ a = 1 }
$c = $h.Clone()
$c.a = 2
$h.a
## STDOUT:
1
## END

#### hashtables are references
$h = @{ a = 1 }
$g = $h
$g.a = 2
$h.a
## STDOUT:
2
## END

#### increment a hashtable value
$h = @{ n = 1 }
$h.n++
$h.n += 5
$h.n
## STDOUT:
7
## END

#### counting with a hashtable
$counts = @{}
foreach ($w in 'a', 'b', 'a') { $counts[$w] += 1 }
$counts['a']
$counts['b']
## STDOUT:
2
1
## END

#### iterate keys with foreach
$h = [ordered]@{ x = 1; y = 2 }
foreach ($k in $h.Keys) { "$k -> $($h[$k])" }
## STDOUT:
x -> 1
y -> 2
## END

#### pscustomobject from hashtable
$o = [pscustomobject]@{ Name = 'srv1'; Role = 'Mailbox' }
$o.Name
$o.Role
## STDOUT:
srv1
Mailbox
## END

#### pscustomobject keeps property order
$o = [pscustomobject]@{ Z = 1; A = 2; M = 3 }
($o.PSObject.Properties | ForEach-Object { $_.Name }) -join ','
## STDOUT:
Z,A,M
## END

#### pscustomobject property assignment
$o = [pscustomobject]@{ N = 1 }
$o.N = 5
$o.N
## STDOUT:
5
## END

#### setting a missing property on pscustomobject is an error
$o = [pscustomobject]@{ N = 1 }
$o.Missing = 5
'after'
## STDERR-CONTAINS: The property 'Missing' cannot be found on this object. Verify that the property exists and can be set.
## STDOUT:
after
## END

#### pscustomobject is PSCustomObject
$o = [pscustomobject]@{ N = 1 }
$o -is [System.Management.Automation.PSCustomObject]
## STDOUT:
True
## END

#### hashtable truthiness
if (@{}) { 'empty hashtable is true' }
## STDOUT:
empty hashtable is true
## END

#### splatting a hashtable to a function
function Show($First, $Second) { "$First/$Second" }
$p = @{ Second = 'b'; First = 'a' }
Show @p
## STDOUT:
a/b
## END

#### splatting an array positionally
function Show($First, $Second) { "$First/$Second" }
$p = 'x', 'y'
Show @p
## STDOUT:
x/y
## END

#### splatting combined with a named argument
function Show($First, $Second) { "$First/$Second" }
$p = @{ First = 'a' }
Show @p -Second 'z'
## STDOUT:
a/z
## END

#### splatting a switch parameter
function Sw([switch]$Force) { $Force.IsPresent }
$p = @{ Force = $true }
Sw @p
## STDOUT:
True
## END

#### splatting to a cmdlet
$p = @{ InputObject = 'splat' }
Write-Output @p
## STDOUT:
splat
## END

#### splatting to Select-Object
$p = @{ First = 2 }
1..5 | Select-Object @p
## STDOUT:
1
2
## END

#### hashtable Keys of empty hashtable
@{}.Keys.Count
## STDOUT:
0
## END

#### hashtable Remove of missing key is silent
$h = @{ a = 1 }
$h.Remove('zz')
$h.Count
## STDOUT:
1
## END

#### hashtable key from variable
$k = 'dyn'
$h = @{ $k = 10 }
$h.dyn
## STDOUT:
10
## END

#### property access with variable name
$h = @{ color = 'red' }
$p = 'color'
$h.$p
## STDOUT:
red
## END
