#### switch on a number
switch (2) { 1 { 'one' } 2 { 'two' } 3 { 'three' } }
## STDOUT:
two
## END

#### switch default
switch (9) { 1 { 'one' } default { 'other' } }
## STDOUT:
other
## END

#### switch with no match and no default outputs nothing
switch (9) { 1 { 'one' } }
'done'
## STDOUT:
done
## END

#### switch runs every matching clause
switch (1) { 1 { 'a' } 1 { 'b' } }
## STDOUT:
a
b
## END

#### break stops at the first match
switch (1) { 1 { 'a'; break } 1 { 'b' } }
## STDOUT:
a
## END

#### default does not run when a clause matched
switch (1) { 1 { 'a' } default { 'd' } }
## STDOUT:
a
## END

#### switch string is case-insensitive
switch ('ABC') { 'abc' { 'matched' } default { 'no' } }
## STDOUT:
matched
## END

#### switch casesensitive
switch -casesensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
## STDOUT:
upper
## END

#### switch with several matching string clauses
switch ('b') { 'a' { 1 } 'b' { 2 } 'B' { 3 } }
## STDOUT:
2
3
## END

#### switch over an array
switch (1, 2, 3) { 2 { 'two' } default { "d$_" } }
## STDOUT:
d1
two
d3
## END

#### break in switch over array stops everything
switch (1, 2, 3) { 2 { 'two'; break } default { $_ } }
## STDOUT:
1
two
## END

#### continue in switch moves to the next element
switch (1, 2, 3) {
    { $_ -ge 1 } { "a$_"; if ($_ -eq 2) { continue } }
    { $_ -ge 2 } { "b$_" }
}
## STDOUT:
a1
a2
a3
b3
## END

#### dollar underscore in clause body
switch (5) { 5 { "value is $_" } }
## STDOUT:
value is 5
## END

#### scriptblock conditions
switch (7) {
    { $_ -lt 5 } { 'small' }
    { $_ -ge 5 } { 'large' }
}
## STDOUT:
large
## END

#### wildcard switch
switch -wildcard ('server01') {
    'srv*' { 'srv' }
    'server*' { 'server' }
    '*01' { 'ends 01' }
}
## STDOUT:
server
ends 01
## END

#### wildcard switch is case-insensitive
switch -wildcard ('ABC') { 'a*' { 'yes' } }
## STDOUT:
yes
## END

#### regex switch
switch -regex ('abc123') {
    '^\d+$' { 'digits only' }
    '\d+' { "has digits $($matches[0])" }
}
## STDOUT:
has digits 123
## END

#### regex switch with capture group
switch -regex ('key=value') { '^(\w+)=(\w+)$' { "$($matches[1]) -> $($matches[2])" } }
## STDOUT:
key -> value
## END

#### exact switch does not use wildcards
switch -exact ('a*') { 'a*' { 'literal' } 'ab' { 'ab' } }
## STDOUT:
literal
## END

#### switch without wildcard option treats star literally
switch ('abc') { 'a*' { 'wild' } default { 'literal compare' } }
## STDOUT:
literal compare
## END

#### switch string value against number clause
switch ('10') { 10 { 'ten' } }
## STDOUT:
ten
## END

#### switch number value against string clause
switch (10) { '10' { 'ten' } }
## STDOUT:
ten
## END

#### switch result can be assigned
$r = switch (3) { 1 { 'one' } 3 { 'three' } }
$r
## STDOUT:
three
## END

#### switch on expression result
$x = 4
switch ($x * 2) { 8 { 'eight' } }
## STDOUT:
eight
## END

#### break in switch inside loop only leaves the switch
foreach ($i in 1..3) {
    switch ($i) { 2 { 'two'; break } }
    "loop $i"
}
## STDOUT:
loop 1
two
loop 2
loop 3
## END

#### continue in switch inside loop acts on the switch
foreach ($i in 1..3) {
    switch ($i) { 2 { continue } }
    "loop $i"
}
## STDOUT:
loop 1
loop 2
loop 3
## END

#### labeled break from switch exits the loop
:outer foreach ($i in 1..3) {
    switch ($i) { 2 { break outer } }
    "loop $i"
}
'done'
## STDOUT:
loop 1
done
## END

#### switch over array with default using dollar underscore
switch ('a', 'b') { default { $_.ToUpper() } }
## STDOUT:
A
B
## END

#### switch with multiple statements in clause
switch (1) { 1 { $x = 10; $x + 1 } }
## STDOUT:
11
## END

#### switch assigns variables visible after it
switch ('go') { 'go' { $state = 'running' } }
$state
## STDOUT:
running
## END

#### switch clause on separate lines
switch ('x')
{
    'x'
    {
        'matched x'
    }
}
## STDOUT:
matched x
## END

#### switch regex sets matches per element
switch -regex ('a1', 'b22') { '\d+' { $matches[0] } }
## STDOUT:
1
22
## END

#### switch over pipeline output in parentheses
switch (1..4 | Where-Object { $_ -gt 2 }) { default { "v$_" } }
## STDOUT:
v3
v4
## END

#### switch wildcard with question mark
switch -wildcard ('DB01') { 'DB??' { 'four chars' } }
## STDOUT:
four chars
## END

#### switch with regex and default
switch -regex ('hello') { '^\d' { 'digit' } default { 'no digit' } }
## STDOUT:
no digit
## END
