#### string ToUpper and ToLower
'Hello'.ToUpper()
'Hello'.ToLower()
## STDOUT:
HELLO
hello
## END

#### string Substring
'Hello World'.Substring(6)
'Hello World'.Substring(0, 5)
## STDOUT:
World
Hello
## END

#### string IndexOf and LastIndexOf
'hello world'.IndexOf('o')
'hello world'.LastIndexOf('o')
'hello'.IndexOf('z')
## STDOUT:
4
7
-1
## END

#### string Replace method is case-sensitive
'hello'.Replace('l', 'L')
'Hello'.Replace('h', 'J')
## STDOUT:
heLLo
Hello
## END

#### string Contains method is case-sensitive
'Hello'.Contains('ell')
'Hello'.Contains('ELL')
## STDOUT:
True
False
## END

#### string StartsWith and EndsWith
'Hello'.StartsWith('He')
'Hello'.EndsWith('lo')
'Hello'.StartsWith('he')
## STDOUT:
True
True
False
## END

#### string Trim
"[$('  pad  '.Trim())]"
## STDOUT:
[pad]
## END

#### string Trim with characters
'xxabcxx'.Trim('x')
'xxabcxx'.TrimStart('x')
'xxabcxx'.TrimEnd('x')
## STDOUT:
abc
abcxx
xxabc
## END

#### string PadLeft and PadRight
'5'.PadLeft(3, '0')
'ab'.PadRight(4, '.') + '|'
## STDOUT:
005
ab..|
## END

#### string Split method
'a,b,c'.Split(',')
## STDOUT:
a
b
c
## END

#### string Split method with several separator characters
('a,b;c'.Split(',;')) -join '|'
## STDOUT:
a|b|c
## END

#### string Split and index
'a-b-c'.Split('-')[1]
## STDOUT:
b
## END

#### string ToCharArray
'abc'.ToCharArray().Count
## STDOUT:
3
## END

#### string Insert and Remove
'abc'.Insert(1, 'X')
'abcdef'.Remove(2, 2)
## STDOUT:
aXbc
abef
## END

#### string Equals is case-sensitive
'Hello'.Equals('hello')
'Hello'.Equals('Hello')
## STDOUT:
False
True
## END

#### string CompareTo
'abc'.CompareTo('abd')
## STDOUT:
-1
## END

#### static string Join
[string]::Join(',', @('a', 'b', 'c'))
## STDOUT:
a,b,c
## END

#### static string IsNullOrEmpty
[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty($null)
[string]::IsNullOrEmpty('x')
## STDOUT:
True
True
False
## END

#### static string IsNullOrWhiteSpace
[string]::IsNullOrWhiteSpace('   ')
## STDOUT:
True
## END

#### static string Format
[string]::Format('{0}-{1}', 'a', 'b')
## STDOUT:
a-b
## END

#### static string Empty
[string]::Empty.Length
## STDOUT:
0
## END

#### static string Concat
[string]::Concat('a', 'b')
## STDOUT:
ab
## END

#### string constructor with char and count
[string]::new([char]'x', 3)
## STDOUT:
xxx
## END

#### method with wrong argument count
'abc'.Substring()
'after'
## STDERR-CONTAINS: Cannot find an overload for "Substring" and the argument count: "0".
## STDOUT:
after
## END

#### math Round uses banker's rounding
[math]::Round(2.5)
[math]::Round(3.5)
[math]::Round(-2.5)
## STDOUT:
2
4
-2
## END

#### math Round with digits
[math]::Round(2.567, 2)
## STDOUT:
2.57
## END

#### math Round away from zero
[math]::Round(2.5, [MidpointRounding]::AwayFromZero)
## STDOUT:
3
## END

#### math Floor Ceiling Truncate
[math]::Floor(-2.5)
[math]::Ceiling(2.1)
[math]::Truncate(-2.7)
## STDOUT:
-3
3
-2
## END

#### math Abs Max Min
[math]::Abs(-5)
[math]::Max(3, 7)
[math]::Min(3, 7)
## STDOUT:
5
7
3
## END

#### math Pow and Sqrt
[math]::Pow(2, 10)
[math]::Sqrt(16)
## STDOUT:
1024
4
## END

#### math Pow returns Double
[math]::Pow(2, 3).GetType().Name
## STDOUT:
Double
## END

#### math PI prints 15 significant digits
[math]::PI
## STDOUT:
3.14159265358979
## END

#### math Sqrt of two prints 15 significant digits
[math]::Sqrt(2)
## STDOUT:
1.4142135623731
## END

#### static method missing on a type
[math]::NoSuchMethod(1)
'after'
## STDERR-CONTAINS: Method invocation failed because [System.Math] does not contain a method named 'NoSuchMethod'.
## STDOUT:
after
## END

#### int MaxValue and MinValue
[int]::MaxValue
[int]::MinValue
## STDOUT:
2147483647
-2147483648
## END

#### long MaxValue
[long]::MaxValue
## STDOUT:
9223372036854775807
## END

#### int Parse
[int]::Parse('42') + 1
## STDOUT:
43
## END

#### int TryParse with ref
$n = 0
[int]::TryParse('12', [ref]$n)
$n
## STDOUT:
True
12
## END

#### int TryParse failure
$n = 5
[int]::TryParse('x', [ref]$n)
$n
## STDOUT:
False
0
## END

#### double Parse
[double]::Parse('1.5') * 2
## STDOUT:
3
## END

#### number ToString with format
(255).ToString('X2')
(1234.5).ToString('N1')
(7).ToString('000')
## STDOUT:
FF
1,234.5
007
## END

#### datetime parts
$d = [datetime]'2010-06-15 14:35:00'
$d.Year
$d.Month
$d.Day
$d.Hour
$d.Minute
## STDOUT:
2010
6
15
14
35
## END

#### datetime DayOfWeek and DayOfYear
$d = [datetime]'2010-06-15 14:35:00'
$d.DayOfWeek
$d.DayOfYear
## STDOUT:
Tuesday
166
## END

#### datetime AddDays
$d = [datetime]'2010-06-15 14:35:00'
$d.AddDays(20).ToString('yyyy-MM-dd')
$d.AddDays(-200).ToString('yyyy-MM-dd')
## STDOUT:
2010-07-05
2009-11-27
## END

#### datetime AddHours crossing midnight
$d = [datetime]'2010-06-15 14:35:00'
$d.AddHours(10).ToString('yyyy-MM-dd HH:mm')
## STDOUT:
2010-06-16 00:35
## END

#### datetime AddMinutes
$d = [datetime]'2010-06-15 14:35:00'
$d.AddMinutes(90).ToString('HH:mm')
## STDOUT:
16:05
## END

#### datetime AddMonths clamps the day
([datetime]'2010-01-31').AddMonths(1).ToString('yyyy-MM-dd')
## STDOUT:
2010-02-28
## END

#### datetime Date property
$d = [datetime]'2010-06-15 14:35:00'
$d.Date.ToString('yyyy-MM-dd HH:mm')
## STDOUT:
2010-06-15 00:00
## END

#### datetime ToString custom formats
$d = [datetime]'2010-06-15 14:35:00'
$d.ToString('yyyyMMdd')
$d.ToString('dddd')
$d.ToString('MMM')
$d.ToString('MMMM')
## STDOUT:
20100615
Tuesday
Jun
June
## END

#### datetime subtraction gives a TimeSpan
$span = [datetime]'2010-06-20' - [datetime]'2010-06-15'
$span.GetType().Name
$span.TotalDays
## STDOUT:
TimeSpan
5
## END

#### datetime difference in minutes
([datetime]'2010-06-15 12:00' - [datetime]'2010-06-15 10:30').TotalMinutes
## STDOUT:
90
## END

#### datetime plus timespan
$d = [datetime]'2010-06-15 14:35:00'
($d + [timespan]'01:00:00').ToString('HH:mm')
## STDOUT:
15:35
## END

#### datetime cast uses invariant month-day order
$d = [datetime]'06/15/2010'
$d.Month
$d.Day
## STDOUT:
6
15
## END

#### datetime in a string uses the invariant format
$d = [datetime]'2010-06-15 14:35:00'
"$d"
## STDOUT:
06/15/2010 14:35:00
## END

#### datetime ParseExact
[datetime]::ParseExact('15.06.2010', 'dd.MM.yyyy', $null).ToString('yyyy-MM-dd')
## STDOUT:
2010-06-15
## END

#### datetime DaysInMonth and IsLeapYear
[datetime]::DaysInMonth(2012, 2)
[datetime]::IsLeapYear(1900)
[datetime]::IsLeapYear(2000)
## STDOUT:
29
False
True
## END

#### datetime comparison
([datetime]'2010-06-15') -gt ([datetime]'2010-01-01')
## STDOUT:
True
## END

#### timespan parts
$ts = [timespan]'01:30:00'
$ts.TotalMinutes
$ts.Hours
$ts.Minutes
## STDOUT:
90
1
30
## END

#### timespan with days
$ts = [timespan]'1.02:03:04'
$ts.Days
$ts.Hours
$ts.Seconds
## STDOUT:
1
2
4
## END

#### timespan in a string
$ts = [timespan]'01:30:00'
"$ts"
## STDOUT:
01:30:00
## END

#### timespan FromMinutes and FromHours
[timespan]::FromMinutes(90).ToString()
[timespan]::FromHours(36).ToString()
## STDOUT:
01:30:00
1.12:00:00
## END

#### timespan TotalHours and TotalSeconds
([timespan]'1.00:00:00').TotalHours
([timespan]'00:00:30').TotalSeconds
## STDOUT:
24
30
## END

#### timespan addition and comparison
$a = [timespan]'01:30:00'
($a + $a).ToString()
$a -gt [timespan]'01:00:00'
## STDOUT:
03:00:00
True
## END

#### timespan Zero
[timespan]::Zero.ToString()
## STDOUT:
00:00:00
## END

#### convert from hex string
[convert]::ToInt32('ff', 16)
## STDOUT:
255
## END

#### convert to binary and hex strings
[convert]::ToString(255, 2)
[convert]::ToString(255, 16)
## STDOUT:
11111111
ff
## END

#### convert ToInt32 rounds to even
[convert]::ToInt32(2.5)
[convert]::ToInt32(3.5)
## STDOUT:
2
4
## END

#### convert Base64
[convert]::ToBase64String([byte[]](1, 2, 3))
[convert]::FromBase64String('AQID').Count
## STDOUT:
AQID
3
## END

#### convert ToBoolean
[convert]::ToBoolean('true')
## STDOUT:
True
## END

#### regex Matches count
[regex]::Matches('a1b22c333', '\d+').Count
## STDOUT:
3
## END

#### regex Match value
[regex]::Match('abc123', '\d+').Value
## STDOUT:
123
## END

#### regex Match groups
$m = [regex]::Match('key=value', '(\w+)=(\w+)')
$m.Success
$m.Groups[1].Value
$m.Groups[2].Value
## STDOUT:
True
key
value
## END

#### regex Match failure
[regex]::Match('abc', 'z').Success
## STDOUT:
False
## END

#### regex Match Index
[regex]::Match('hello', 'l').Index
## STDOUT:
2
## END

#### regex Replace
[regex]::Replace('aaa', 'a', 'b')
## STDOUT:
bbb
## END

#### regex Escape
[regex]::Escape('a.b*c')
## STDOUT:
a\.b\*c
## END

#### regex IsMatch is case-sensitive by default
[regex]::IsMatch('abc', '^a')
[regex]::IsMatch('ABC', 'abc')
## STDOUT:
True
False
## END

#### regex Split
[regex]::Split('a1b2c', '\d') -join ','
## STDOUT:
a,b,c
## END

#### regex Matches in a pipeline
[regex]::Matches('a1b2', '\d') | ForEach-Object { $_.Value }
## STDOUT:
1
2
## END

#### regex object from cast
$r = [regex]'\d+'
$r.Match('x42y').Value
## STDOUT:
42
## END

#### ArrayList Add returns the index
$l = [System.Collections.ArrayList]::new()
$l.Add('x')
$l.Add('y')
## STDOUT:
0
1
## END

#### ArrayList Add with void
$l = [System.Collections.ArrayList]::new()
[void]$l.Add('x')
$l.Add('y') | Out-Null
$l.Count
## STDOUT:
2
## END

#### ArrayList Remove Insert RemoveAt
$l = [System.Collections.ArrayList]@('a', 'b', 'c')
$l.Remove('b')
$l.Insert(0, 'z')
$l -join ','
$l.RemoveAt(0)
$l -join ','
## STDOUT:
z,a,c
a,c
## END

#### ArrayList Contains and IndexOf
$l = [System.Collections.ArrayList]@('a', 'b')
$l.Contains('b')
$l.IndexOf('b')
## STDOUT:
True
1
## END

#### ArrayList AddRange and Sort
$l = [System.Collections.ArrayList]@(3, 1)
$l.AddRange(@(2, 5))
$l.Sort()
$l -join ','
## STDOUT:
1,2,3,5
## END

#### ArrayList index
$l = [System.Collections.ArrayList]@('a', 'b')
$l[1]
## STDOUT:
b
## END

#### generic List of int
$l = [System.Collections.Generic.List[int]]::new()
$l.Add(5)
$l.Add('7')
$l.Count
$l[1] + 1
## STDOUT:
2
8
## END

#### generic List rejects unconvertible item
$l = [System.Collections.Generic.List[int]]::new()
$l.Add('x')
'after'
## STDERR-CONTAINS: Cannot convert argument "item", with value: "x", for "Add" to type "System.Int32"
## STDOUT:
after
## END

#### generic List of string
$l = [System.Collections.Generic.List[string]]::new()
$l.Add('b')
$l.Add('a')
$l.Sort()
$l -join ','
$l.Contains('a')
## STDOUT:
a,b
True
## END

#### generic List Remove returns a boolean
$l = [System.Collections.Generic.List[int]]::new()
$l.Add(5)
$l.Remove(5)
$l.Remove(9)
## STDOUT:
True
False
## END

#### generic List ToArray
$l = [System.Collections.Generic.List[string]]::new()
$l.Add('x')
$l.ToArray().GetType().Name
## STDOUT:
String[]
## END

#### generic List unrolls in pipeline
$l = [System.Collections.Generic.List[int]]::new()
$l.Add(1)
$l.Add(2)
$l | ForEach-Object { $_ * 3 }
## STDOUT:
3
6
## END

#### StringBuilder
$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append('a')
[void]$sb.Append('b').Append('c')
$sb.ToString()
$sb.Length
## STDOUT:
abc
3
## END

#### StringBuilder AppendFormat and expansion
$sb = [System.Text.StringBuilder]::new()
[void]$sb.AppendFormat('{0}-{1}', 1, 2)
"$sb"
## STDOUT:
1-2
## END

#### char from number and back
[char]65
[int][char]'A'
[char]0x61
## STDOUT:
A
65
a
## END

#### char static methods
[char]::IsDigit('5')
[char]::IsLetter('a')
[char]::IsUpper('a')
[char]::ToUpper('a')
[char]::IsWhiteSpace(' ')
## STDOUT:
True
True
False
A
True
## END

#### char array from string
[char[]]'abc' -join '-'
## STDOUT:
a-b-c
## END

#### string index gives a Char
'abc'[0].GetType().Name
## STDOUT:
Char
## END

#### guid round trip
([guid]'d9a2f3b0-7c5e-4a8e-9f1e-123456789abc').ToString()
## STDOUT:
d9a2f3b0-7c5e-4a8e-9f1e-123456789abc
## END

#### guid NewGuid length and Empty
[guid]::NewGuid().ToString().Length
[guid]::Empty.ToString()
## STDOUT:
36
00000000-0000-0000-0000-000000000000
## END

#### IO Path extension and name without extension
[IO.Path]::GetExtension('report.final.txt')
[IO.Path]::GetFileNameWithoutExtension('report.final.txt')
## STDOUT:
.txt
report.final
## END

#### IO Path with Windows paths
[IO.Path]::GetFileName('C:\dir\file.txt')
[IO.Path]::GetDirectoryName('C:\dir\file.txt')
[IO.Path]::Combine('C:\dir', 'file.txt')
## STDOUT:
file.txt
C:\dir
C:\dir\file.txt
## END

#### hashtable type accelerator
$h = [hashtable]::new()
$h['a'] = 1
$h.Count
## STDOUT:
1
## END

#### static property of a full type name
[System.Int32]::MaxValue
## STDOUT:
2147483647
## END

#### GetType on values
(1).GetType().FullName
(1.5).GetType().FullName
'x'.GetType().FullName
$true.GetType().FullName
## STDOUT:
System.Int32
System.Double
System.String
System.Boolean
## END

#### common exception types resolve and construct
[System.InvalidOperationException]::new('m').Message
(New-Object System.ArgumentException 'bad value').Message
[System.ArgumentNullException]::new('name').ParamName
try { throw [System.InvalidOperationException]::new('nope') } catch [System.InvalidOperationException] { 'caught ' + $_.Exception.Message }
[System.ArgumentException].FullName
## STDOUT:
m
bad value
name
caught nope
System.ArgumentException
## END

#### [char[]] of a string, Count of $null and of a scalar
([char[]]'abc').Count
[char[]]'abc' -join '-'
$null.Count
(5).Count
## STDOUT:
3
a-b-c
0
1
## END

#### a bound switch parameter is a [switch]
function f { param([switch]$Force) $Force -is [switch]; $Force.IsPresent }
f -Force
f
## STDOUT:
True
True
True
False
## END

#### a failed cast is a RuntimeException with the cast exception inside
try { [int]'abc' } catch { $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().Name; $_.FullyQualifiedErrorId }
[int]'abc'
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (:) [], RuntimeException
## STDERR-CONTAINS: + FullyQualifiedErrorId : InvalidCastFromStringToInteger
## STDOUT:
System.Management.Automation.RuntimeException
PSInvalidCastException
InvalidCastFromStringToInteger
## END
