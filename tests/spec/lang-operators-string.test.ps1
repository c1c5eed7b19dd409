#### like with star
'abc' -like 'a*'
## STDOUT:
True
## END

#### like with question mark is case-insensitive
'abc' -like 'A?C'
## STDOUT:
True
## END

#### clike is case-sensitive
'abc' -clike 'A*'
## STDOUT:
False
## END

#### like must match the whole string
'abc' -like 'ab'
## STDOUT:
False
## END

#### notlike
'abc' -notlike '*z*'
## STDOUT:
True
## END

#### like with character range
'abc' -like '[a-c]bc'
## STDOUT:
True
## END

#### like with character set not matching
'xbc' -like '[ab]bc'
## STDOUT:
False
## END

#### like with extension pattern
'report.TXT' -like '*.txt'
## STDOUT:
True
## END

#### like with escaped wildcard bracket
'a[b' -like 'a`[b'
## STDOUT:
True
## END

#### like filters a collection
('apple', 'banana', 'avocado' -like 'a*') -join ','
## STDOUT:
apple,avocado
## END

#### match returns boolean
'abc123' -match '\d+'
## STDOUT:
True
## END

#### match sets matches
$null = 'abc123' -match '\d+'
$matches[0]
## STDOUT:
123
## END

#### match numbered groups
$null = 'John Smith' -match '(\w+) (\w+)'
$matches[1]
$matches[2]
## STDOUT:
John
Smith
## END

#### match named groups
$null = 'Date: 2010-06-15' -match '(?<year>\d{4})-(?<month>\d\d)'
$matches.year
$matches['month']
## STDOUT:
2010
06
## END

#### match count of groups
$null = '42' -match '(\d)(\d)'
$matches.Count
## STDOUT:
3
## END

#### match is case-insensitive
'ABC' -match 'abc'
## STDOUT:
True
## END

#### cmatch is case-sensitive
'ABC' -cmatch 'abc'
## STDOUT:
False
## END

#### notmatch
'abc' -notmatch '\d'
## STDOUT:
True
## END

#### failed match keeps previous matches
$null = 'abc' -match 'b'
$null = 'xyz' -match 'q'
$matches[0]
## STDOUT:
b
## END

#### match filters a collection
('a1', 'b', 'c2' -match '\d') -join ','
## STDOUT:
a1,c2
## END

#### match with anchors
'server01' -match '^server\d+$'
## STDOUT:
True
## END

#### replace literal characters
'hello' -replace 'l', 'L'
## STDOUT:
heLLo
## END

#### replace is case-insensitive
'Hello' -replace 'h', 'J'
## STDOUT:
Jello
## END

#### creplace is case-sensitive
'Hello' -creplace 'h', 'J'
## STDOUT:
Hello
## END

#### replace with numbered groups
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
## STDOUT:
Smith, John
## END

#### replace with named groups
'2010-06-15' -replace '(?<y>\d+)-(?<m>\d+)-(?<d>\d+)', '${d}/${m}/${y}'
## STDOUT:
15/06/2010
## END

#### replace without replacement removes
'abc' -replace 'b'
## STDOUT:
ac
## END

#### replace uses regex
'a.b' -replace '.', 'x'
## STDOUT:
xxx
## END

#### replace with escaped dot
'a.b.c' -replace '\.', '-'
## STDOUT:
a-b-c
## END

#### replace with double-quoted dollar group expands a variable first
'ab' -replace '(a)', "[$1]"
## STDOUT:
[]b
## END

#### replace with doubled dollar gives a literal dollar
'a' -replace 'a', '$$'
## STDOUT:
$
## END

#### chained replace
'abc' -replace 'a', '1' -replace 'b', '2'
## STDOUT:
12c
## END

#### replace on a collection
('aa', 'ba' -replace 'a', 'x') -join ','
## STDOUT:
xx,bx
## END

#### replace with whole match token
'abc' -replace 'b', '[$0]'
## STDOUT:
a[b]c
## END

#### replace with too many arguments is an error
'abc' -replace 'a', 'b', 'c'
'after'
## STDERR-CONTAINS: The -replace operator allows only two elements to follow it, not 3.
## STDOUT:
after
## END

#### split on comma
'a,b,c' -split ','
## STDOUT:
a
b
c
## END

#### split with max substrings
'a,b,c' -split ',', 2
## STDOUT:
a
b,c
## END

#### split with limit keeps remainder
$r = 'a b c d' -split ' ', 3
$r.Count
$r[2]
## STDOUT:
3
c d
## END

#### split with regex keeps trailing empty element
('a1b2c3' -split '\d') -join '|'
## STDOUT:
a|b|c|
## END

#### split on dot is a regex
('a.b.c' -split '.').Count
## STDOUT:
6
## END

#### split with SimpleMatch
'a.b.c' -split '.', 0, 'SimpleMatch'
## STDOUT:
a
b
c
## END

#### split on single space keeps empty entries
('a b  c' -split ' ').Count
## STDOUT:
4
## END

#### unary split on whitespace
-split 'a b  c'
## STDOUT:
a
b
c
## END

#### split is case-insensitive
('aXbxc' -split 'x') -join ','
## STDOUT:
a,b,c
## END

#### csplit is case-sensitive
('aXbxc' -csplit 'x') -join ','
## STDOUT:
aXb,c
## END

#### split with character class
('a,b;c' -split '[,;]') -join '+'
## STDOUT:
a+b+c
## END

#### split keeps captured delimiters
('a-b' -split '(-)') -join '|'
## STDOUT:
a|-|b
## END

#### split on an array of strings
('a b', 'c d' -split ' ').Count
## STDOUT:
4
## END

#### split with scriptblock delimiter
('a1b2c' -split { $_ -match '\d' }) -join ','
## STDOUT:
a,b,c
## END

#### split result is a string array
('a,b' -split ',').GetType().FullName
## STDOUT:
System.String[]
## END

#### join with separator
1, 2, 3 -join '-'
## STDOUT:
1-2-3
## END

#### join with multi-character separator
'a', 'b' -join ' | '
## STDOUT:
a | b
## END

#### unary join concatenates
-join ('a', 'b', 'c')
## STDOUT:
abc
## END

#### unary join binds tighter than comma
-join 1, 2, 3
## STDOUT:
1
2
3
## END

#### join of a single value
'a' -join ','
## STDOUT:
a
## END

#### join of empty array is empty string
(@() -join ',').Length
## STDOUT:
0
## END

#### format operator positional
'{0} {1}' -f 'a', 'b'
## STDOUT:
a b
## END

#### format operator reorders
'{1}{0}' -f 'a', 'b'
## STDOUT:
ba
## END

#### format operator repeats an index
'{0} and {0}' -f 'x'
## STDOUT:
x and x
## END

#### format N2 with thousands separator
'{0:N2}' -f 1234.567
## STDOUT:
1,234.57
## END

#### format N0
'{0:N0}' -f 1234567
## STDOUT:
1,234,567
## END

#### format with width and N2
'[{0,5:N2}]' -f 3.14159
## STDOUT:
[ 3.14]
## END

#### format right-aligned width
'[{0,5}]' -f 12
## STDOUT:
[   12]
## END

#### format left-aligned width
'[{0,-5}]' -f 12
## STDOUT:
[12   ]
## END

#### format D3 pads with zeros
'{0:D3}' -f 7
## STDOUT:
007
## END

#### format two D2 values
'{0:D2}:{1:D2}' -f 5, 7
## STDOUT:
05:07
## END

#### format X upper hex
'{0:X}' -f 255
## STDOUT:
FF
## END

#### format x lower hex with width
'{0:x4}' -f 255
## STDOUT:
00ff
## END

#### format F2
'{0:F2}' -f 2
## STDOUT:
2.00
## END

#### format custom 0.00
'{0:0.00}' -f 3.14159
## STDOUT:
3.14
## END

#### format custom thousands
'{0:#,##0}' -f 1234567
## STDOUT:
1,234,567
## END

#### format custom leading zeros
'{0:00}' -f 5
## STDOUT:
05
## END

#### format custom percent
'{0:0%}' -f 0.25
## STDOUT:
25%
## END

#### format exponent
'{0:E2}' -f 12345
## STDOUT:
1.23E+004
## END

#### format datetime custom
'{0:yyyy-MM-dd HH:mm}' -f [datetime]'2010-06-15 14:35:00'
## STDOUT:
2010-06-15 14:35
## END

#### format escaped braces
'{{x}} {0}' -f 5
## STDOUT:
{x} 5
## END

#### format with array argument
'{0}-{1}' -f @(1, 2)
## STDOUT:
1-2
## END

#### format index out of range is an error
'{1}' -f 'a'
'after'
## STDERR-CONTAINS: Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list.
## STDOUT:
after
## END

#### format of null is empty
'[{0}]' -f $null
## STDOUT:
[]
## END

#### format a string with width
'[{0,6}]' -f 'abc'
## STDOUT:
[   abc]
## END

#### format binds tighter than comparison
'{0}' -f 5 -eq '5'
## STDOUT:
True
## END
