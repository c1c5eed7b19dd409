# Core object cmdlets: Where-Object, ForEach-Object, Select-Object, Sort-Object, Group-Object,
# Measure-Object, Compare-Object, Tee-Object, Get-Unique, Get-Member, Add-Member, New-Object.
# Expected output is what Windows PowerShell 5.1 prints.

#### Where-Object with a script block
1..10 | Where-Object { $_ % 3 -eq 0 }
## STDOUT:
3
6
9
## END

#### ? alias with -like
'apple','banana','avocado' | ? { $_ -like 'a*' }
## STDOUT:
apple
avocado
## END

#### Where-Object comparison statement
$items = @([pscustomobject]@{Name='a'; N=1}, [pscustomobject]@{Name='b'; N=5}, [pscustomobject]@{Name='c'; N=9})
$items | Where-Object N -gt 2 | ForEach-Object Name
$items | where Name -eq 'B' | % N
$items | where Name -ceq 'B' | % N
$items | Where-Object -Property Name -In -Value 'a','c' | % Name
## STDOUT:
b
c
5
a
c
## END

#### Where-Object property only tests truthiness
@([pscustomobject]@{Name='x'; On=$true}, [pscustomobject]@{Name='y'; On=$false}) | Where-Object On | ForEach-Object Name
## STDOUT:
x
## END

#### Where-Object -NotLike
'EX01','EX02','DC01' | ForEach-Object { [pscustomobject]@{N=$_} } | Where-Object N -NotLike 'EX*' | % N
## STDOUT:
DC01
## END

#### ForEach-Object begin process end
1..4 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { "sum=$sum" }
## STDOUT:
sum=10
## END

#### ForEach-Object member name and method
'ab','cde' | ForEach-Object Length
'ab','cd' | % ToUpper
'a-b' | ForEach-Object -MemberName Split -ArgumentList '-'
## STDOUT:
2
3
AB
CD
a
b
## END

#### ForEach-Object output streams to the next command
1..3 | % { $_ * 10 } | % { $_ + 1 }
## STDOUT:
11
21
31
## END

#### Select-Object -First stops the commands before it
$script:count = 0
1..100 | ForEach-Object { $script:count++; $_ } | Select-Object -First 3
"count=$count"
## STDOUT:
1
2
3
count=3
## END

#### Select-Object -Last -Skip -Index
1..10 | Select-Object -Last 2
1..10 | Select-Object -Skip 8
1..10 | Select-Object -Index 0,4
## STDOUT:
9
10
9
10
1
5
## END

#### Select-Object -Unique is case-sensitive
'a','A','a','b' | Select-Object -Unique
## STDOUT:
a
A
b
## END

#### Select-Object properties and calculated properties
$o = [pscustomobject]@{Name='db1'; Size=10; Extra='x'}
$s = $o | Select-Object Name, @{Name='Double'; Expression={$_.Size * 2}}, @{l='Half'; e={$_.Size / 2}}
$s.Name
$s.Double
$s.Half
($s | ConvertTo-Csv -NoTypeInformation)[0]
## STDOUT:
db1
20
5
"Name","Double","Half"
## END

#### Select-Object wildcard and ExcludeProperty
$o = [pscustomobject]@{Name='db1'; NameShort='d'; Size=10}
($o | Select-Object Name* -ExcludeProperty *Short | ConvertTo-Csv -NoTypeInformation)[0]
## STDOUT:
"Name"
## END

#### Select-Object type name is Selected.<type>
('abc' | Select-Object Length | Get-Member)[0].TypeName
## STDOUT:
Selected.System.String
## END

#### Select-Object -ExpandProperty
$o = [pscustomobject]@{Name='x'; Items=@(1,2,3)}
$o | Select-Object -ExpandProperty Items
## STDOUT:
1
2
3
## END

#### Select-Object -ExpandProperty missing property
[pscustomobject]@{Name='x'} | Select-Object -ExpandProperty Nope
'after'
## STDERR-CONTAINS: Property "Nope" cannot be found.
## STDOUT:
after
## END

#### Select-Object output as a table
[pscustomobject]@{Name='db1'; Size=10} | Select-Object Name, @{n='SizeGB'; e={$_.Size * 2}}
## STDOUT:

Name SizeGB
---- ------
db1      20


## END

#### Sort-Object strings and numbers
'banana','Apple','cherry' | Sort-Object
3,1,2 | Sort-Object -Descending
## STDOUT:
Apple
banana
cherry
3
2
1
## END

#### Sort-Object -Unique
3,1,2,3,1 | Sort-Object -Unique
'b','B','a' | sort -Unique
## STDOUT:
1
2
3
a
b
## END

#### Sort-Object several keys and hashtable keys
$p = @([pscustomobject]@{N='a'; V=2}, [pscustomobject]@{N='b'; V=1}, [pscustomobject]@{N='c'; V=2})
($p | Sort-Object V, N | % N) -join ','
($p | Sort-Object @{Expression='V'; Descending=$true}, @{e={$_.N}; Descending=$true} | % N) -join ','
($p | Sort-Object { $_.V } | % N) -join ','
## STDOUT:
b,a,c
c,a,b
b,a,c
## END

#### Group-Object counts
'a','b','a','c','a' | Group-Object | ForEach-Object { "$($_.Name)=$($_.Count)" }
## STDOUT:
a=3
b=1
c=1
## END

#### Group-Object by script block and property
$g = 'apple','avocado','banana' | Group-Object { $_.Substring(0,1) }
$g[0].Name
$g[0].Group -join ','
$g[0].GetType().FullName
## STDOUT:
a
apple,avocado
Microsoft.PowerShell.Commands.GroupInfo
## END

#### Group-Object -NoElement
$g = 'a','b','a' | Group-Object -NoElement
$g | ForEach-Object { "$($_.Count) $($_.Name) [$($_.Group)]" }
## STDOUT:
2 a []
1 b []
## END

#### Group-Object -AsHashTable -AsString
$h = 1,2,3,4 | Group-Object { $_ % 2 } -AsHashTable -AsString
$h['0'] -join ','
$h['1'] -join ','
$h.GetType().Name
## STDOUT:
2,4
1,3
Hashtable
## END

#### Measure-Object statistics
$m = 1..10 | Measure-Object -Sum -Average -Maximum -Minimum
$m.Count
$m.Sum
$m.Average
$m.Maximum
$m.Minimum
## STDOUT:
10
55
5.5
10
1
## END

#### Measure-Object property
$m = @([pscustomobject]@{Size=2}, [pscustomobject]@{Size=5}) | Measure-Object -Property Size -Sum
"$($m.Property) $($m.Sum) $($m.Count)"
## STDOUT:
Size 7 2
## END

#### Measure-Object counts
('a','b','c' | Measure-Object).Count
## STDOUT:
3
## END

#### Measure-Object text
$t = 'one two', 'three' | Measure-Object -Line -Word -Character
"$($t.Lines) $($t.Words) $($t.Characters)"
## STDOUT:
2 3 12
## END

#### Measure-Object non-numeric input
'abc' | Measure-Object -Sum
## STDERR-CONTAINS: Input object "abc" is not numeric.

#### Compare-Object side indicators
Compare-Object 1,2,3 2,3,4 | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
## STDOUT:
4 =>
1 <=
## END

#### Compare-Object -IncludeEqual -ExcludeDifferent
Compare-Object 1,2,3 2,3,4 -IncludeEqual -ExcludeDifferent | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
## STDOUT:
2 ==
3 ==
## END

#### Compare-Object table
Compare-Object 'a','b' 'b','c'
## STDOUT:

InputObject SideIndicator
----------- -------------
c           =>           
a           <=           


## END

#### Compare-Object -Property -PassThru
$a = @([pscustomobject]@{Name='x'; V=1}, [pscustomobject]@{Name='y'; V=2})
$b = @([pscustomobject]@{Name='y'; V=3})
$r = Compare-Object $a $b -Property Name -PassThru
"$($r.Name) $($r.V) $($r.SideIndicator)"
## STDOUT:
x 1 <=
## END

#### Tee-Object -Variable
1,2,3 | Tee-Object -Variable saved | Measure-Object | ForEach-Object Count
$saved -join ','
## STDOUT:
3
1,2,3
## END

#### Get-Unique
1,1,2,2,2,3 | Get-Unique
'a','a','A' | Get-Unique
## STDOUT:
1
2
3
a
A
## END

#### Get-Member of a custom object
[pscustomobject]@{a=1} | Get-Member
## STDOUT:


   TypeName: System.Management.Automation.PSCustomObject

Name        MemberType   Definition                    
----        ----------   ----------                    
Equals      Method       bool Equals(System.Object obj)
GetHashCode Method       int GetHashCode()             
GetType     Method       type GetType()                
ToString    Method       string ToString()             
a           NoteProperty int a=1                       


## END

#### Get-Member -MemberType and -Name
[pscustomobject]@{a=1; b='x'; c=2} | Get-Member -MemberType NoteProperty | ForEach-Object Name
'abc' | Get-Member -Name Len* | ForEach-Object { "$($_.Name) $($_.MemberType)" }
## STDOUT:
a
b
c
Length Property
## END

#### Get-Member lists each type once
$m = 1, 2, 'x' | Get-Member -MemberType Property
($m | ForEach-Object TypeName | Select-Object -Unique) -join ','
## STDOUT:
System.String
## END

#### Get-Member without input
Get-Member
## STDERR-CONTAINS: You must specify an object for the Get-Member cmdlet.

#### Add-Member member kinds
$o = New-Object PSObject
$o | Add-Member NoteProperty Server EX01
$o | Add-Member -NotePropertyName Role -NotePropertyValue Mailbox
$o | Add-Member ScriptProperty Lower { $this.Server.ToLower() }
$o | Add-Member ScriptMethod Describe { "$($this.Server) is $($this.Role)" }
$o | Add-Member AliasProperty Host Server
$o.Server
$o.Role
$o.Lower
$o.Describe()
$o.Host
## STDOUT:
EX01
Mailbox
ex01
EX01 is Mailbox
EX01
## END

#### Add-Member existing member needs -Force
$o = [pscustomobject]@{a=1}
$o | Add-Member NoteProperty a 2
$o.a
$o | Add-Member NoteProperty a 3 -Force
$o.a
## STDERR-CONTAINS: Cannot add a member with the name "a" because a member with that name already exists.
## STDOUT:
1
3
## END

#### Add-Member -NotePropertyMembers -PassThru -TypeName
$o = New-Object PSObject | Add-Member -NotePropertyMembers @{x=1; y=2} -PassThru
$o.x + $o.y
$t = [pscustomobject]@{a=1} | Add-Member -TypeName My.Type -PassThru
($t | Get-Member)[0].TypeName
## STDOUT:
3
My.Type
## END

#### New-Object types
$o = New-Object PSObject -Property @{Name='EX01'}
$o.Name
$list = New-Object System.Collections.ArrayList
[void]$list.Add('a')
$list.Count
$sb = New-Object System.Text.StringBuilder
[void]$sb.Append('x')
[void]$sb.Append('y')
$sb.ToString()
(New-Object DateTime 2010,11,15).ToString('yyyy-MM-dd')
$g = New-Object 'System.Collections.Generic.List[string]'
$g.Add('q')
$g.Count
## STDOUT:
EX01
1
xy
2010-11-15
1
## END

#### New-Object unknown type
New-Object Foo.Bar
'after'
## STDERR-CONTAINS: Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.
## STDOUT:
after
## END

#### Select-Object -ExpandProperty with -Property
$o = [pscustomobject]@{Name='db1'; Copies=@('a','b')}
$o | Select-Object -ExpandProperty Copies -Property Name | ForEach-Object { "$_ $($_.Name)" }
## STDOUT:
a db1
b db1
## END

#### Sort-Object -CaseSensitive puts lower case first
'b','B','a','A' | Sort-Object -CaseSensitive
## STDOUT:
a
A
b
B
## END

#### Where-Object -Contains and -Is
$d = [pscustomobject]@{Tags=@('x','y')}
$d | Where-Object Tags -Contains 'y' | ForEach-Object { 'has y' }
$d | Where-Object Tags -NotContains 'z' | ForEach-Object { 'no z' }
'abc' | Where-Object -Property Length -Is -Value int | ForEach-Object { 'is int' }
## STDOUT:
has y
no z
is int
## END

#### Measure-Object several properties
$m = @([pscustomobject]@{A=1; B=5}, [pscustomobject]@{A=3; B=2}) | Measure-Object -Property A, B -Maximum -Minimum
$m | ForEach-Object { "$($_.Property) $($_.Maximum) $($_.Minimum)" }
## STDOUT:
A 3 1
B 5 2
## END

#### Measure-Object output as a list
1..3 | Measure-Object -Sum | Format-List Count, Sum
## STDOUT:


Count : 3
Sum   : 6



## END

#### Group-Object table
'a','b','a' | Group-Object
## STDOUT:

Count Name                      Group                                                                                   
----- ----                      -----                                                                                   
    2 a                         {a, a}                                                                                  
    1 b                         {b}                                                                                     


## END

#### New-Object with -ArgumentList
New-Object System.String -ArgumentList 'x', 3
(New-Object System.Collections.ArrayList -ArgumentList @(,@(1,2))).Count
## STDOUT:
xxx
2
## END

#### Get-Member -View Extended
$o = 'text' | Add-Member -NotePropertyName Tag -NotePropertyValue 1 -PassThru
$o | Get-Member -View Extended | ForEach-Object { "$($_.Name) $($_.MemberType)" }
## STDOUT:
Tag NoteProperty
## END

#### ForEach-Object member name with method arguments (-ArgumentList from the remaining arguments)
'a-b' | ForEach-Object Split '-'
'abcd' | % Substring 1 2
## STDOUT:
a
b
bc
## END

#### Add-Member without -PassThru sticks to an object that is not a PSObject
$sb = New-Object System.Text.StringBuilder
$sb | Add-Member NoteProperty Owner 'admin'
$sb | Add-Member ScriptMethod Describe { 'owned by ' + $this.Owner }
$sb.Owner
$sb.Describe()
$sb.Owner = 'ops'
$sb.Owner
($sb | Get-Member Owner).MemberType
$h = @{ a = 1 }
Add-Member -InputObject $h -MemberType NoteProperty -Name Tag -Value 't1'
$h.Tag
$other = New-Object System.Text.StringBuilder
$null -eq $other.Owner
## STDOUT:
admin
owned by admin
ops
NoteProperty
t1
True
## END

#### nested ForEach-Object keeps each level's $_
1..2 | ForEach-Object { 'a', 'b' | ForEach-Object { "$_" }; "outer $_" }
1..6 | Where-Object { $_ % 2 -eq 0 } | ForEach-Object { $_ * 10 } | Measure-Object -Sum -Maximum | ForEach-Object { $_.Sum; $_.Maximum }
## STDOUT:
a
b
outer 1
a
b
outer 2
120
60
## END
