#### if true
if ($true) { 'yes' }
## STDOUT:
yes
## END

#### if else
if ($false) { 'yes' } else { 'no' }
## STDOUT:
no
## END

#### elseif chain
$n = 5
if ($n -lt 3) { 'small' } elseif ($n -lt 10) { 'medium' } else { 'large' }
## STDOUT:
medium
## END

#### if on separate lines
$n = 1
if ($n -eq 1)
{
    'one'
}
else
{
    'other'
}
## STDOUT:
one
## END

#### zero is false
if (0) { 'true' } else { 'false' }
## STDOUT:
false
## END

#### nonzero number is true
if (-1) { 'true' } else { 'false' }
## STDOUT:
true
## END

#### empty string is false
if ('') { 'true' } else { 'false' }
## STDOUT:
false
## END

#### string zero is true
if ('0') { 'true' } else { 'false' }
## STDOUT:
true
## END

#### string False is true
if ('False') { 'true' } else { 'false' }
## STDOUT:
true
## END

#### null is false
if ($null) { 'true' } else { 'false' }
## STDOUT:
false
## END

#### empty array is false
if (@()) { 'true' } else { 'false' }
## STDOUT:
false
## END

#### array with single zero is false
if (@(0)) { 'true' } else { 'false' }
## STDOUT:
false
## END

#### array with single one is true
if (@(1)) { 'true' } else { 'false' }
## STDOUT:
true
## END

#### array with two zeros is true
if (@(0, 0)) { 'true' } else { 'false' }
## STDOUT:
true
## END

#### array with single empty string is false
if (@('')) { 'true' } else { 'false' }
## STDOUT:
false
## END

#### double zero is false
if (0.0) { 'true' } else { 'false' }
## STDOUT:
false
## END

#### if with assignment inside condition
if ($v = 5) { "v is $v" }
## STDOUT:
v is 5
## END

#### if with pipeline condition
if (1..3 | Where-Object { $_ -gt 2 }) { 'found' }
## STDOUT:
found
## END

#### if as an expression value
$r = if ($true) { 'a' } else { 'b' }
$r
## STDOUT:
a
## END

#### if without a matching branch gives null
$r = if ($false) { 'a' }
$null -eq $r
## STDOUT:
True
## END

#### while loop
$i = 0
while ($i -lt 3) { $i; $i++ }
## STDOUT:
0
1
2
## END

#### while loop that never runs
while ($false) { 'never' }
'done'
## STDOUT:
done
## END

#### do while runs at least once
$i = 10
do { "i=$i"; $i++ } while ($i -lt 3)
## STDOUT:
i=10
## END

#### do while loops while true
$i = 0
do { $i; $i++ } while ($i -lt 3)
## STDOUT:
0
1
2
## END

#### do until loops until true
$i = 0
do { $i; $i++ } until ($i -ge 3)
## STDOUT:
0
1
2
## END

#### do until runs once when condition is already true
do { 'once' } until ($true)
## STDOUT:
once
## END

#### for loop
for ($i = 0; $i -lt 3; $i++) { $i }
## STDOUT:
0
1
2
## END

#### for loop counting down
for ($i = 3; $i -gt 0; $i--) { $i }
## STDOUT:
3
2
1
## END

#### for loop with empty parts and break
$i = 0
for (;;) { $i++; if ($i -ge 3) { break } }
$i
## STDOUT:
3
## END

#### for loop with step of two
for ($i = 0; $i -le 6; $i += 2) { $i }
## STDOUT:
0
2
4
6
## END

#### foreach over a range
foreach ($n in 1..3) { "n$n" }
## STDOUT:
n1
n2
n3
## END

#### foreach over null does not iterate
foreach ($n in $null) { 'ran' }
'done'
## STDOUT:
done
## END

#### foreach over a scalar iterates once
foreach ($n in 5) { "got $n" }
## STDOUT:
got 5
## END

#### foreach over an empty array
foreach ($n in @()) { 'ran' }
'done'
## STDOUT:
done
## END

#### foreach over pipeline result in parentheses
foreach ($n in (1..4 | Where-Object { $_ % 2 })) { $n }
## STDOUT:
1
3
## END

#### foreach output can be assigned
$r = foreach ($n in 1..3) { $n * 2 }
$r -join ','
## STDOUT:
2,4,6
## END

#### for output can be assigned
$r = for ($i = 0; $i -lt 3; $i++) { "x$i" }
$r -join ','
## STDOUT:
x0,x1,x2
## END

#### while output can be assigned
$i = 0
$r = while ($i -lt 2) { $i; $i++ }
$r -join ','
## STDOUT:
0,1
## END

#### break in foreach
foreach ($n in 1..5) { if ($n -eq 3) { break }; $n }
'after'
## STDOUT:
1
2
after
## END

#### continue in foreach
foreach ($n in 1..5) { if ($n % 2 -eq 0) { continue }; $n }
## STDOUT:
1
3
5
## END

#### continue in for runs the iterator
for ($i = 0; $i -lt 4; $i++) { if ($i -eq 1) { continue }; $i }
## STDOUT:
0
2
3
## END

#### break in while
$i = 0
while ($true) { $i++; if ($i -eq 4) { break } }
$i
## STDOUT:
4
## END

#### continue in do while
$i = 0
do { $i++; if ($i -eq 2) { continue }; $i } while ($i -lt 4)
## STDOUT:
1
3
4
## END

#### break only exits the inner loop
foreach ($a in 1..2) { foreach ($b in 1..3) { if ($b -eq 2) { break }; "$a$b" } }
## STDOUT:
11
21
## END

#### labeled break exits the outer loop
:outer foreach ($a in 1..3) {
    foreach ($b in 1..3) {
        if ($b -eq 2) { break outer }
        "$a$b"
    }
}
'done'
## STDOUT:
11
done
## END

#### labeled continue continues the outer loop
:outer foreach ($a in 1..3) {
    foreach ($b in 1..3) {
        if ($b -eq 2) { continue outer }
        "$a$b"
    }
}
## STDOUT:
11
21
31
## END

#### labeled while loop break
$i = 0
:lp while ($true) {
    $i++
    for ($j = 0; $j -lt 5; $j++) { if ($i -eq 2) { break lp } }
}
$i
## STDOUT:
2
## END

#### return at script level stops the script
'a'
return
'b'
## STDOUT:
a
## END

#### exit with code
'before'
exit 3
'after'
## status: 3
## STDOUT:
before
## END

#### exit without code gives zero
'before'
exit
'after'
## STDOUT:
before
## END

#### exit inside a function ends the script
function Quit { 'in function'; exit 4 }
Quit
'after'
## status: 4
## STDOUT:
in function
## END

#### exit inside a loop
foreach ($n in 1..5) { if ($n -eq 2) { exit 7 }; $n }
## status: 7
## STDOUT:
1
## END

#### return inside ForEach-Object script block skips the item
1..4 | ForEach-Object { if ($_ -eq 2) { return }; $_ }
## STDOUT:
1
3
4
## END

#### nested if inside loop
foreach ($n in 1..4) {
    if ($n % 2 -eq 0) {
        if ($n -gt 2) { "big even $n" } else { "even $n" }
    }
}
## STDOUT:
even 2
big even 4
## END

#### loop over hashtable keys sorted
$h = @{ b = 2; a = 1 }
foreach ($k in ($h.Keys | Sort-Object)) { "$k=$($h[$k])" }
## STDOUT:
a=1
b=2
## END

#### while with complex condition
$i = 0
$j = 10
while ($i -lt 5 -and $j -gt 7) { $i++; $j-- }
"$i $j"
## STDOUT:
3 7
## END

#### statement separator after closing brace
if ($true) { 'a' }; 'b'
## STDOUT:
a
b
## END

#### loop body modifies an outer variable
$sum = 0
foreach ($n in 1..10) { $sum += $n }
$sum
## STDOUT:
55
## END

#### ForEach-Object with Begin Process End
1..3 | ForEach-Object -Begin { 'start' } -Process { $_ * 2 } -End { 'stop' }
## STDOUT:
start
2
4
6
stop
## END

#### ForEach-Object with member name
'ab', 'abc' | ForEach-Object Length
## STDOUT:
2
3
## END

#### Where-Object with simplified syntax
('a', 'abc', 'ab') | Where-Object Length -gt 2
## STDOUT:
abc
## END

#### Where-Object with simplified syntax eq
$items = @([pscustomobject]@{ N = 'x'; S = 'on' }, [pscustomobject]@{ N = 'y'; S = 'off' })
($items | Where-Object S -eq 'on').N
## STDOUT:
x
## END

#### ForEach-Object calling a method by name
'a', 'b' | ForEach-Object ToUpper
## STDOUT:
A
B
## END
