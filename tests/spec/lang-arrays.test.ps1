#### array count
$a = 1, 2, 3
$a.Count
## STDOUT:
3
## END

#### array Length
$a = 1, 2, 3
$a.Length
## STDOUT:
3
## END

#### array index
$a = 'x', 'y', 'z'
$a[0]
$a[2]
## STDOUT:
x
z
## END

#### negative index counts from the end
$a = 'x', 'y', 'z'
$a[-1]
$a[-2]
## STDOUT:
z
y
## END

#### slice with range
$a = 10, 20, 30, 40
$a[1..2]
## STDOUT:
20
30
## END

#### slice with list of indexes
$a = 10, 20, 30, 40
$a[0, 3]
## STDOUT:
10
40
## END

#### index out of range gives null silently
$a = 1, 2
$a[5]
'after'
## STDOUT:
after
## END

#### array type is object array
(1, 2).GetType().FullName
## STDOUT:
System.Object[]
## END

#### array subexpression of nothing is empty
$a = @()
$a.Count
## STDOUT:
0
## END

#### array subexpression wraps scalar
$a = @(5)
$a.Count
$a[0]
## STDOUT:
1
5
## END

#### array subexpression does not nest an array
@(@(1, 2)).Count
## STDOUT:
2
## END

#### array subexpression of null has one element
@($null).Count
## STDOUT:
1
## END

#### array subexpression collects pipeline output
$a = @(1..3 | ForEach-Object { $_ * 2 })
$a -join ','
## STDOUT:
2,4,6
## END

#### plus-equals on empty array
$a = @()
$a += 1
$a.Count
$a[0]
## STDOUT:
1
1
## END

#### plus-equals appends to array
$a = 'a', 'b'
$a += 'c'
$a -join ''
## STDOUT:
abc
## END

#### plus-equals with array appends elements
$a = @(1)
$a += 2, 3
$a.Count
## STDOUT:
3
## END

#### unary comma wraps an array
$a = , (1, 2)
$a.Count
$a[0].Count
## STDOUT:
1
2
## END

#### nested arrays
$a = (1, 2), (3, 4)
$a.Count
$a[1][0]
## STDOUT:
2
3
## END

#### assigning an element
$a = 1, 2, 3
$a[1] = 20
$a -join ','
## STDOUT:
1,20,3
## END

#### assigning an element out of range is an error
$a = 1, 2
$a[5] = 9
'after'
## STDERR-CONTAINS: Index was outside the bounds of the array.
## STDOUT:
after
## END

#### arrays are references
$a = 1, 2, 3
$b = $a
$b[0] = 9
$a[0]
## STDOUT:
9
## END

#### plus-equals creates a new array
$a = 1, 2
$b = $a
$b += 3
$a.Count
$b.Count
## STDOUT:
2
3
## END

#### Clone copies an array
$a = 1, 2
$b = $a.Clone()
$b[0] = 9
$a[0]
## STDOUT:
1
## END

#### typed array
[int[]]$a = '1', '2'
$a[0].GetType().Name
$a.GetType().Name
## STDOUT:
Int32
Int32[]
## END

#### typed array converts appended elements
[int[]]$a = 1, 2
$a += '3'
$a[2] + 1
## STDOUT:
4
## END

#### range creates int array
$r = 1..5
$r.Count
$r[-1]
## STDOUT:
5
5
## END

#### range with variables
$lo = 2
$hi = 4
($lo..$hi) -join ','
## STDOUT:
2,3,4
## END

#### array unrolls in pipeline
@(1, 2, 3) | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
3
## END

#### unary comma prevents unrolling
, @(1, 2) | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
1
## END

#### nested array element is one pipeline object
$a = (1, 2), (3, 4)
$a | ForEach-Object { $_.Count }
## STDOUT:
2
2
## END

#### array output prints one element per line
$a = 'p', 'q'
$a
## STDOUT:
p
q
## END

#### count property of a scalar is one
(5).Count
'abc'.Count
## STDOUT:
1
1
## END

#### count of null is zero
$null.Count
## STDOUT:
0
## END

#### foreach over array
foreach ($x in 1, 2, 3) { $x * 10 }
## STDOUT:
10
20
30
## END

#### contains on array
$a = 'red', 'green'
$a -contains 'GREEN'
## STDOUT:
True
## END

#### member enumeration of property over array
$a = 'a', 'bb', 'ccc'
$a.Length
## STDOUT:
3
## END

#### member enumeration over array elements without that property on array
$items = @([pscustomobject]@{ N = 1 }, [pscustomobject]@{ N = 2 })
$items.N -join ','
## STDOUT:
1,2
## END

#### IndexOf static method
$a = 'a', 'b', 'c'
[array]::IndexOf($a, 'c')
## STDOUT:
2
## END

#### array Reverse static method
$a = 1, 2, 3
[array]::Reverse($a)
$a -join ','
## STDOUT:
3,2,1
## END

#### Sort-Object ascending
3, 1, 2 | Sort-Object
## STDOUT:
1
2
3
## END

#### Sort-Object descending
3, 1, 2 | Sort-Object -Descending
## STDOUT:
3
2
1
## END

#### Sort-Object on strings is case-insensitive
('b', 'A', 'c') | Sort-Object
## STDOUT:
A
b
c
## END

#### Sort-Object Unique
(3, 1, 3, 2, 1 | Sort-Object -Unique) -join ','
## STDOUT:
1,2,3
## END

#### Sort-Object by property
$p = @([pscustomobject]@{ N = 'b'; V = 2 }, [pscustomobject]@{ N = 'a'; V = 3 }, [pscustomobject]@{ N = 'c'; V = 1 })
($p | Sort-Object V | ForEach-Object { $_.N }) -join ','
## STDOUT:
c,b,a
## END

#### Select-Object First
1..10 | Select-Object -First 3
## STDOUT:
1
2
3
## END

#### Select-Object Last
1..10 | Select-Object -Last 2
## STDOUT:
9
10
## END

#### Select-Object ExpandProperty
$p = @([pscustomobject]@{ Name = 'x' }, [pscustomobject]@{ Name = 'y' })
$p | Select-Object -ExpandProperty Name
## STDOUT:
x
y
## END

#### Measure-Object Sum
(1..4 | Measure-Object -Sum).Sum
## STDOUT:
10
## END

#### Measure-Object Count of empty pipeline
(@() | Measure-Object).Count
## STDOUT:
0
## END

#### Where-Object filter
(1..6 | Where-Object { $_ % 2 -eq 0 }) -join ','
## STDOUT:
2,4,6
## END

#### Where-Object result of single item is a scalar
$r = 1..5 | Where-Object { $_ -eq 3 }
$r.GetType().Name
## STDOUT:
Int32
## END

#### pipeline output of several items is an array
$r = 1..5 | Where-Object { $_ -gt 3 }
$r.GetType().FullName
## STDOUT:
System.Object[]
## END

#### empty pipeline assigned gives null
$r = 1..5 | Where-Object { $_ -gt 10 }
$null -eq $r
## STDOUT:
True
## END

#### multiple assignment from array
$a, $b = 1, 2
$a
$b
## STDOUT:
1
2
## END

#### multiple assignment last variable takes the rest
$a, $b = 1, 2, 3
$a
$b -join ','
## STDOUT:
1
2,3
## END

#### multiple assignment with too few values leaves null
$a, $b = 1
$a
$null -eq $b
## STDOUT:
1
True
## END

#### swap with multiple assignment
$a = 1
$b = 2
$a, $b = $b, $a
"$a $b"
## STDOUT:
2 1
## END

#### array of arrays join
$a = @(1, 2) + @(, (3, 4))
$a.Count
## STDOUT:
3
## END

#### array equality is not element-wise
$a = 1, 2
$b = 1, 2
($a -eq $b).Count
## STDOUT:
0
## END

#### for loop over array indices
$a = 'a', 'b', 'c'
for ($i = 0; $i -lt $a.Count; $i++) { "$i=$($a[$i])" }
## STDOUT:
0=a
1=b
2=c
## END

#### ArrayList from array cast
$l = [System.Collections.ArrayList]@(1, 2, 3)
$l.Count
## STDOUT:
3
## END

#### strings are not unrolled by foreach
foreach ($c in 'abc') { "[$c]" }
## STDOUT:
[abc]
## END

#### slice with reversed range
$a = 1, 2, 3
($a[2..0]) -join ','
## STDOUT:
3,2,1
## END
