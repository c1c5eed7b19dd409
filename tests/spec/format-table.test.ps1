# Table layout as Windows PowerShell 5.1 prints it (FormatAndOutput: OutCommandInner, TableWriter).
# source: PowerShell source before v6 (src/.../FormatAndOutput/common/BaseOutputtingCommand.cs: one empty line at
#   format start, none at group start for tables, one at group end and one at format end -> 1 blank line before a
#   table and 2 after; header dashes as long as the label; widths from the labels and the data).
# source: PowerShell PR #5568 "Don't add trailing spaces to last column when using Format-Table" (merged for 6.0):
#   5.1 pads every cell, the last one included, to the column width, so lines can end with spaces.
# Columns holding numbers or booleans are right-aligned, header included (ComputeDefaultAlignment).
# Lines are shown in [brackets] where trailing spaces matter.

#### table of one object with a number
[pscustomobject]@{Name='x'; Value=1} | Format-Table
## STDOUT:

Name Value
---- -----
x        1


## END

#### last text column is padded to its width
[pscustomobject]@{Name='x'; Value='abc'} | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[Name Value]
[---- -----]
[x    abc  ]
[]
[]
## END

#### data wider than the labels
[pscustomobject]@{A='long'; B='wider text'} | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[A    B         ]
[-    -         ]
[long wider text]
[]
[]
## END

#### number column header is right-aligned
[pscustomobject]@{Id=12345; Name='n'} | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[   Id Name]
[   -- ----]
[12345 n   ]
[]
[]
## END

#### several rows of numbers
1..3 | ForEach-Object { [pscustomobject]@{N=$_; Square=$_ * $_} } | Format-Table
## STDOUT:

N Square
- ------
1      1
2      4
3      9


## END

#### booleans are right-aligned
[pscustomobject]@{Name='svc'; Enabled=$true} | Format-Table
## STDOUT:

Name Enabled
---- -------
svc     True


## END

#### double values
[pscustomobject]@{Label='half'; Ratio=1.5} | Format-Table
## STDOUT:

Label Ratio
----- -----
half    1.5


## END

#### negative numbers
[pscustomobject]@{Delta=-42} | Format-Table
## STDOUT:

Delta
-----
  -42


## END

#### null value is an empty cell
[pscustomobject]@{A=$null; B='b'} | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[A B]
[- -]
[  b]
[]
[]
## END

#### collection value in a cell
[pscustomobject]@{Name='x'; Items=@(1,2,3)} | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[Name Items    ]
[---- -----    ]
[x    {1, 2, 3}]
[]
[]
## END

#### Format-Table -Property picks and orders columns
[pscustomobject]@{A=1; B=2; C=3} | Format-Table C, A
## STDOUT:

C A
- -
3 1


## END

#### Format-Table -AutoSize
[pscustomobject]@{Name='alpha'; Size=100} | Format-Table -AutoSize
## STDOUT:

Name  Size
----  ----
alpha  100


## END

#### Format-Table -HideTableHeaders
[pscustomobject]@{A='x'; B=7} | Format-Table -HideTableHeaders
## STDOUT:

x 7


## END

#### calculated column with a label
[pscustomobject]@{Size=10} | Format-Table @{Label='Double'; Expression={$_.Size * 2}}
## STDOUT:

Double
------
    20


## END

#### calculated column with n and e keys
[pscustomobject]@{Size=10} | Format-Table @{n='Half'; e={$_.Size / 2}}
## STDOUT:

Half
----
   5


## END

#### right alignment asked for a text column
[pscustomobject]@{V='abc'} | Format-Table @{Label='N'; Expression={$_.V}; Align='Right'}
## STDOUT:

  N
  -
abc


## END

#### the first object decides the columns
[pscustomobject]@{a=1}, [pscustomobject]@{b=2} | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[a]
[-]
[1]
[ ]
[]
[]
## END

#### table from Select-Object
[pscustomobject]@{A=1; B=2; C=3} | Select-Object A, C
## STDOUT:

A C
- -
1 3


## END

#### Select-Object calculated property in a table
[pscustomobject]@{Name='db1'; Size=10} | Select-Object Name, @{Name='Twice'; Expression={$_.Size * 2}}
## STDOUT:

Name Twice
---- -----
db1     20


## END

#### table of four properties is the default view
[pscustomobject]@{A=1; B=2; C=3; D=4}
## STDOUT:

A B C D
- - - -
1 2 3 4


## END

#### ft alias
[pscustomobject]@{K=5} | ft
## STDOUT:

K
-
5


## END

#### output after a table in the same script
[pscustomobject]@{K=5} | Format-Table
'next'
## STDOUT:

K
-
5


next
## END

#### Format-Table output objects are format data
$f = [pscustomobject]@{K=5} | Format-Table
$f[0].GetType().FullName
## STDOUT:
Microsoft.PowerShell.Commands.Internal.Format.FormatStartData
## END

#### -GroupBy shows a group label for each group
$rows = [pscustomobject]@{Dept='D1'; Name='a'}, [pscustomobject]@{Dept='D1'; Name='b'}, [pscustomobject]@{Dept='D2'; Name='c'}
$text = $rows | Format-Table Name -GroupBy Dept | Out-String
$text -match 'Dept: D1'
$text -match 'Dept: D2'
([regex]::Matches($text, 'Name\r?\n----')).Count
## STDOUT:
True
True
2
## END

#### Out-String -Width cuts long cells with three dots
$o = [pscustomobject]@{Name=('x' * 60); Other='y'}
$lines = $o | Format-Table | Out-String -Width 40 -Stream
@($lines | Where-Object { $_.Length -gt 40 }).Count
@($lines | Where-Object { $_ -match '\.\.\.' }).Count -ge 1
## STDOUT:
0
True
## END

#### wildcard property names
[pscustomobject]@{Alpha=1; Beta=2; Apex=3} | Format-Table A*
## STDOUT:

Alpha Apex
----- ----
    1    3


## END

#### column width from the widest value
'a', 'bbbbbb' | ForEach-Object { [pscustomobject]@{Name=$_; Len=$_.Length} } | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[Name   Len]
[----   ---]
[a        1]
[bbbbbb   6]
[]
[]
## END

#### a property the object lacks gives an empty column
[pscustomobject]@{A=1} | Format-Table A, Missing | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[A Missing]
[- -------]
[1        ]
[]
[]
## END

#### collection cut at the enumeration limit in a cell
[pscustomobject]@{Id=1; Items=1..6} | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[Id Items          ]
[-- -----          ]
[ 1 {1, 2, 3, 4...}]
[]
[]
## END

#### text with spaces in a cell
[pscustomobject]@{Name='two words'; N=2} | Format-Table
## STDOUT:

Name      N
----      -
two words 2


## END

#### sorted rows
3, 1, 2 | ForEach-Object { [pscustomobject]@{V=$_} } | Sort-Object V | Format-Table
## STDOUT:

V
-
1
2
3


## END
