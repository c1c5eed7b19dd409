# List layout as Windows PowerShell 5.1 prints it.
# source: PowerShell source before v6 (src/.../FormatAndOutput/common/BaseOutputtingCommand.cs): an empty line at
#   format start, another at list group start, an empty line after each entry, one at group end and one at format
#   end -> 2 blank lines before a list, 1 between entries, 3 after. Names are padded to the longest name, then " : ".
# Collections print as {a, b, c} cut after $FormatEnumerationLimit (4) items with "...".

#### Format-List of one object
[pscustomobject]@{Name='x'; Value=1} | Format-List
## STDOUT:


Name  : x
Value : 1



## END

#### names are padded to the longest name
[pscustomobject]@{A=1; LongerName='y'; Mid=2} | Format-List
## STDOUT:


A          : 1
LongerName : y
Mid        : 2



## END

#### one blank line between entries
1, 2 | ForEach-Object { [pscustomobject]@{N=$_} } | Format-List
## STDOUT:


N : 1

N : 2



## END

#### five properties make the default view a list
[pscustomobject]@{A=1; B=2; C=3; D=4; E=5}
## STDOUT:


A : 1
B : 2
C : 3
D : 4
E : 5



## END

#### Select-Object with five properties is a list
[pscustomobject]@{A=1; B=2; C=3; D=4; E=5; F=6} | Select-Object A, B, C, D, E
## STDOUT:


A : 1
B : 2
C : 3
D : 4
E : 5



## END

#### Format-List -Property subset
[pscustomobject]@{Name='x'; Value=1; Other=2} | Format-List Other, Name
## STDOUT:


Other : 2
Name  : x



## END

#### Format-List star
[pscustomobject]@{P=1; Q='q'} | Format-List *
## STDOUT:


P : 1
Q : q



## END

#### fl alias with a calculated property
[pscustomobject]@{Size=3} | fl @{Label='Triple'; Expression={$_.Size * 3}}
## STDOUT:


Triple : 9



## END

#### empty value leaves the line ending after the colon
[pscustomobject]@{Name=''; N=1} | Format-List | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[]
[Name : ]
[N    : 1]
[]
[]
[]
## END

#### null value
[pscustomobject]@{Name=$null; N=1} | Format-List | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[]
[Name : ]
[N    : 1]
[]
[]
[]
## END

#### collection value
[pscustomobject]@{Items=@('a','b','c')} | Format-List
## STDOUT:


Items : {a, b, c}



## END

#### collection cut at the enumeration limit
[pscustomobject]@{Items=1..10} | Format-List
## STDOUT:


Items : {1, 2, 3, 4...}



## END

#### FormatEnumerationLimit changes the cut
$global:FormatEnumerationLimit = 2
[pscustomobject]@{Items=1..10} | Format-List
## STDOUT:


Items : {1, 2...}



## END

#### FormatEnumerationLimit minus one shows everything
$global:FormatEnumerationLimit = -1
[pscustomobject]@{Items=1..6} | Format-List
## STDOUT:


Items : {1, 2, 3, 4, 5, 6}



## END

#### FormatEnumerationLimit default value
$FormatEnumerationLimit
## STDOUT:
4
## END

#### nested custom object prints as a hashtable-like string
[pscustomobject]@{Outer=[pscustomobject]@{a=1; b='two'}} | Format-List
## STDOUT:


Outer : @{a=1; b=two}



## END

#### empty collection value
[pscustomobject]@{Items=@()} | Format-List
## STDOUT:


Items : {}



## END

#### boolean and date values
[pscustomobject]@{Flag=$false; When=[datetime]'2010-06-15 14:35:00'} | Format-List
## STDOUT:


Flag : False
When : 6/15/2010 2:35:00 PM



## END

#### multi-line value continues under the value column
[pscustomobject]@{Text="line1`nline2"; N=1} | Format-List
## STDOUT:


Text : line1
       line2
N    : 1



## END

#### list followed by a string
[pscustomobject]@{N=1} | Format-List
'next'
## STDOUT:


N : 1



next
## END

#### wildcard property names in a list
[pscustomobject]@{Bx=1; A=2; By=3} | Format-List B*
## STDOUT:


Bx : 1
By : 3



## END

#### Measure-Object result is a list with empty values
1, 2, 3 | Measure-Object -Sum | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[]
[Count    : 3]
[Average  : ]
[Sum      : 6]
[Maximum  : ]
[Minimum  : ]
[Property : ]
[]
[]
[]
## END

#### Select-Object -ExpandProperty gives plain values
[pscustomobject]@{Name='n1'}, [pscustomobject]@{Name='n2'} | Select-Object -ExpandProperty Name
## STDOUT:
n1
n2
## END
