#### integer literal
42
## STDOUT:
42
## END

#### negative integer literal
-17
## STDOUT:
-17
## END

#### integer literal is Int32
(42).GetType().Name
## STDOUT:
Int32
## END

#### integer literal too big for Int32 becomes Int64
(2147483648).GetType().Name
## STDOUT:
Int64
## END

#### Int32 max literal stays Int32
(2147483647).GetType().Name
## STDOUT:
Int32
## END

#### long suffix
(5L).GetType().Name
## STDOUT:
Int64
## END

#### hex literal
0x1F
## STDOUT:
31
## END

#### hex literal upper case digits
0xFF + 1
## STDOUT:
256
## END

#### real literal is Double
(1.5).GetType().Name
## STDOUT:
Double
## END

#### real literal with zero fraction prints as integer
1.0
## STDOUT:
1
## END

#### real literal without leading digit
.5
## STDOUT:
0.5
## END

#### exponent literal
1e3
## STDOUT:
1000
## END

#### negative exponent literal
1e-2
## STDOUT:
0.01
## END

#### exponent literal is Double
(1e3).GetType().Name
## STDOUT:
Double
## END

#### decimal suffix
1.5d
(1.5d).GetType().Name
## STDOUT:
1.5
Decimal
## END

#### kb multiplier
1kb
## STDOUT:
1024
## END

#### mb multiplier
1mb
## STDOUT:
1048576
## END

#### gb multiplier
2gb
## STDOUT:
2147483648
## END

#### multiplier with fraction
1.5kb
## STDOUT:
1536
## END

#### multiplier is case-insensitive
1KB + 1Kb
## STDOUT:
2048
## END

#### boolean literals
$true
$false
## STDOUT:
True
False
## END

#### null prints nothing
$null
'after'
## STDOUT:
after
## END

#### single-quoted string
'hello world'
## STDOUT:
hello world
## END

#### single-quoted string does not expand variables
$x = 5
'value $x'
## STDOUT:
value $x
## END

#### doubled single quote inside single-quoted string
'it''s'
## STDOUT:
it's
## END

#### double-quoted string expands variables
$x = 5
"value $x"
## STDOUT:
value 5
## END

#### doubled double quote inside double-quoted string
"say ""hi"""
## STDOUT:
say "hi"
## END

#### backtick-escaped double quote
"say `"hi`""
## STDOUT:
say "hi"
## END

#### backtick-escaped dollar
$x = 5
"cost `$x"
## STDOUT:
cost $x
## END

#### backtick tab escape
"a`tb" -eq ("a" + [char]9 + "b")
## STDOUT:
True
## END

#### backtick newline escape splits lines
"line1`nline2"
## STDOUT:
line1
line2
## END

#### backtick escapes are not processed in single quotes
'a`tb'
## STDOUT:
a`tb
## END

#### backtick backtick is a backtick
"a``b"
## STDOUT:
a`b
## END

#### backtick zero is the null character
"a`0b".Length
## STDOUT:
3
## END

#### single-quoted here-string
$s = @'
line $one
  line two
'@
$s
## STDOUT:
line $one
  line two
## END

#### double-quoted here-string expands
$n = 'World'
$s = @"
Hello $n
Sum $(1 + 2)
"@
$s
## STDOUT:
Hello World
Sum 3
## END

#### here-string keeps embedded quotes
$s = @"
He said "yes" and 'no'
"@
$s
## STDOUT:
He said "yes" and 'no'
## END

#### here-string has no trailing newline
$s = @'
abc
'@
$s.Length
## STDOUT:
3
## END

#### here-string with two lines has one newline
$s = @'
ab
cd
'@
($s -split "`n").Count
## STDOUT:
2
## END

#### line comment
1 # this is a comment
# a whole comment line
2
## STDOUT:
1
2
## END

#### block comment
1 <# a block
comment over lines #> + 2
## STDOUT:
3
## END

#### hash inside string is not a comment
"a # b"
## STDOUT:
a # b
## END

#### backtick line continuation
Write-Output `
  'continued'
## STDOUT:
continued
## END

#### semicolon separates statements
1; 2; 3
## STDOUT:
1
2
3
## END

#### array literal with commas
$a = 1, 2, 3
$a.Count
## STDOUT:
3
## END

#### range literal
1..4
## STDOUT:
1
2
3
4
## END

#### descending range
3..1
## STDOUT:
3
2
1
## END

#### range with negative numbers
-1..1
## STDOUT:
-1
0
1
## END

#### empty array literal
@().Count
## STDOUT:
0
## END

#### hashtable literal
$h = @{ a = 1; b = 2 }
$h.Count
## STDOUT:
2
## END

#### hashtable literal on several lines without semicolons
$h = @{
  a = 1
  b = 2
}
$h.b
## STDOUT:
2
## END

#### scriptblock literal type
({ 1 }).GetType().Name
## STDOUT:
ScriptBlock
## END

#### type literal
[int].Name
## STDOUT:
Int32
## END

#### type literal FullName
[string].FullName
## STDOUT:
System.String
## END

#### braced variable name with spaces
${my var} = 'spaced'
${my var}
## STDOUT:
spaced
## END

#### variable names are case-insensitive
$Abc = 1
$aBC
## STDOUT:
1
## END

#### string literal Length property
'hello'.Length
## STDOUT:
5
## END

#### empty string has length zero
''.Length
## STDOUT:
0
## END

#### unary minus on variable
$x = 5
-$x
## STDOUT:
-5
## END

#### numeric literal with leading plus
+7
## STDOUT:
7
## END
