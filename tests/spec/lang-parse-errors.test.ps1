#### parse error: missing closing brace of if block
"before"
if ($true) {
## status: 1
## STDERR-CONTAINS: Missing closing '}' in statement block
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: missing closing brace of function body
"before"
function F { 'x'
## status: 1
## STDERR-CONTAINS: Missing closing '}' in statement block
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: missing closing paren in if condition
"before"
if ($x { 'y' }
## status: 1
## STDERR-CONTAINS: Missing closing ')' after expression in 'if' statement.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: if without statement block
"before"
if ($true)
## status: 1
## STDERR-CONTAINS: Missing statement block after if ( condition ).
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: if with empty condition
"before"
if () { 'x' }
## status: 1
## STDERR-CONTAINS: Missing condition in if statement after 'if ('.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: else without statement block
"before"
if ($true) { 'a' } else
## status: 1
## STDERR-CONTAINS: Missing statement block after 'else' keyword.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: unterminated double-quoted string
"before"
$s = "abc
## status: 1
## STDERR-CONTAINS: The string is missing the terminator: ".
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: unterminated single-quoted string
"before"
$s = 'abc
## status: 1
## STDERR-CONTAINS: The string is missing the terminator: '.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: missing closing paren in expression
"before"
$x = (1 + 2
## status: 1
## STDERR-CONTAINS: Missing closing ')' in expression.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: missing closing paren in subexpression
"before"
$x = $(1 + 2
## status: 1
## STDERR-CONTAINS: Missing closing ')' in subexpression.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: binary operator without right operand
"before"
$x = 1 +
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '+' operator.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: assignment without value
"before"
$x =
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '=' operator.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: format operator without right operand
"before"
$x = 'a' -f
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '-f' operator.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: replace operator without right operand
"before"
$x = 'a' -replace
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '-replace' operator.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: and operator without right operand
"before"
$x = $true -and
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '-and' operator.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: range operator without right operand
"before"
$x = 1..
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '..' operator.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: unary not without operand
"before"
$x = !
## status: 1
## STDERR-CONTAINS: Missing expression after unary operator '!'.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: unary -not without operand
"before"
$x = -not
## status: 1
## STDERR-CONTAINS: Missing expression after unary operator '-not'.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: comma without following element
"before"
$x = 1,
## status: 1
## STDERR-CONTAINS: Missing expression after ','.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: foreach without in
"before"
foreach ($i 1..3) { $i }
## status: 1
## STDERR-CONTAINS: Missing 'in' after variable in foreach loop.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: foreach without body
"before"
foreach ($i in 1..3)
## status: 1
## STDERR-CONTAINS: Missing statement body in foreach loop.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: foreach without variable
"before"
foreach (1 in 1..3) { }
## status: 1
## STDERR-CONTAINS: Missing variable name after foreach.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: while without body
"before"
while ($true)
## status: 1
## STDERR-CONTAINS: Missing statement body in while loop.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: for without body
"before"
for ($i = 0; $i -lt 3; $i++)
## status: 1
## STDERR-CONTAINS: Missing statement body in for loop.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: while without opening paren
"before"
while { 'x' }
## status: 1
## STDERR-CONTAINS: Missing opening '(' after keyword 'while'.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: while with unclosed condition
"before"
while ($true { }
## status: 1
## STDERR-CONTAINS: Missing closing ')' after expression in 'while' statement.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: do without while or until
"before"
do { 'x' }
## status: 1
## STDERR-CONTAINS: Missing while or until keyword in do loop.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: function keyword without name
"before"
function
## status: 1
## STDERR-CONTAINS: Missing name after function keyword.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: function without body
"before"
function F
## status: 1
## STDERR-CONTAINS: Missing function body in function declaration.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: function parameter list not closed
"before"
function F($a { $a }
## status: 1
## STDERR-CONTAINS: Missing ')' in function parameter list.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: duplicate parameter names
"before"
function F { param($a, $a) $a }
## status: 1
## STDERR-CONTAINS: Duplicate parameter $a in parameter list.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: param block together with parameter list
"before"
function F($a) { param($b) $b }
## status: 1
## STDERR-CONTAINS: The param statement cannot be used if arguments were specified in the function declaration.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: switch clause without block
"before"
switch (1) { 1 }
## status: 1
## STDERR-CONTAINS: Missing statement block in switch statement clause.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: switch with two default clauses
"before"
switch (1) { default { 'a' } default { 'b' } }
## status: 1
## STDERR-CONTAINS: A switch statement can have only one default clause.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: switch without body
"before"
switch (1)
## status: 1
## STDERR-CONTAINS: Missing '{' in switch statement.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: try without catch or finally
"before"
try { 'x' }
## status: 1
## STDERR-CONTAINS: The Try statement is missing its Catch or Finally block.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: general catch not last
"before"
try { } catch { } catch [System.Exception] { }
## status: 1
## STDERR-CONTAINS: Catch block must be the last catch block.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: duplicate keys in hash literal
"before"
$h = @{ a = 1; a = 2 }
## status: 1
## STDERR-CONTAINS: Duplicate keys 'a' are not allowed in hash literals.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: hash literal key without equals
"before"
$h = @{ a }
## status: 1
## STDERR-CONTAINS: Missing '=' operator after key in hash literal.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: hash literal key without value
"before"
$h = @{ a = }
## status: 1
## STDERR-CONTAINS: Missing statement after '=' in hash literal.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: missing closing bracket in index
"before"
$a = 1, 2
$a[0
## status: 1
## STDERR-CONTAINS: Missing ']' after array index expression.
## STDERR-CONTAINS: :3 char:
## STDOUT:
## END

#### parse error: member access without a name
"before"
$a = 'x'
$a.
## status: 1
## STDERR-CONTAINS: Missing property name after reference operator.
## STDERR-CONTAINS: :3 char:
## STDOUT:
## END

#### parse error: unterminated block comment
"before"
<# never closed
## status: 1
## STDERR-CONTAINS: The terminator '#>' is missing from the multiline comment.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: unterminated here-string
"before"
$s = @"
text
## status: 1
## STDERR-CONTAINS: The string is missing the terminator: "@.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: text after here-string header
"before"
$s = @"text
"@
## status: 1
## STDERR-CONTAINS: No characters are allowed after a here-string header but before the end of the line.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: double ampersand is not a separator
"before"
'a' && 'b'
## status: 1
## STDERR-CONTAINS: The token '&&' is not a valid statement separator in this version.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: double pipe is not a separator
"before"
'a' || 'b'
## status: 1
## STDERR-CONTAINS: The token '||' is not a valid statement separator in this version.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: less-than operator is reserved
"before"
1 < 2
## status: 1
## STDERR-CONTAINS: The '<' operator is reserved for future use.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: two values without operator
"before"
$x = 1 2
## status: 1
## STDERR-CONTAINS: Unexpected token '2' in expression or statement.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: stray closing brace
"before"
}
## status: 1
## STDERR-CONTAINS: Unexpected token '}' in expression or statement.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: stray closing paren
"before"
)
## status: 1
## STDERR-CONTAINS: Unexpected token ')' in expression or statement.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: unknown dash operator
"before"
$x = 1 -foo 2
## status: 1
## STDERR-CONTAINS: Unexpected token '-foo' in expression or statement.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error: unclosed paren in command argument
"before"
Write-Output (1
## status: 1
## STDERR-CONTAINS: Missing closing ')' in expression.
## STDERR-CONTAINS: :2 char:
## STDOUT:
## END

#### parse error on line 3 after valid lines runs nothing
"before"
$x = 5
if ($x -gt 1) {
## status: 1
## STDERR-CONTAINS: Missing closing '}' in statement block
## STDERR-CONTAINS: :3 char:
## STDOUT:
## END

#### parse error at the end of a long script runs nothing
"before"
function F { 'f' }
F
foreach ($i in 1..3) { $i }
$h = @{ k = 1 }
$y = (2 + 3
## status: 1
## STDERR-CONTAINS: Missing closing ')' in expression.
## STDERR-CONTAINS: :6 char:
## STDOUT:
## END

#### parse error inside a function body that is never called runs nothing
"before"
function Never {
    $x = 1 +
}
"after"
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '+' operator.
## STDOUT:
## END

#### parse error inside a script block runs nothing
"before"
$sb = { 'a' -f }
"after"
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '-f' operator.
## STDOUT:
## END

#### parse error in a string subexpression runs nothing
"before"
"value: $(1 + )"
## status: 1
## STDERR-CONTAINS: You must provide a value expression following the '+' operator.
## STDOUT:
## END
