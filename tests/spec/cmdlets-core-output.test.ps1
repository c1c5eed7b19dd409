# Output cmdlets: Write-*, Out-*, Format-*. Expected output is what Windows PowerShell 5.1
# prints (powershell.exe -NonInteractive -File, output redirected).

#### Write-Output enumerates unless -NoEnumerate
Write-Output 1,2,3 | Measure-Object | ForEach-Object Count
(Write-Output 1,2,3 -NoEnumerate | Measure-Object).Count
## STDOUT:
3
1
## END

#### echo several arguments
echo a b
write c
## STDOUT:
a
b
c
## END

#### Write-Host joins objects and flattens arrays
Write-Host 'a' 'b'
Write-Host (1,2,3) -Separator ', '
Write-Host 'one', 'two'
Write-Host -NoNewline 'x'
Write-Host 'y'
Write-Host 'red' -ForegroundColor Red -BackgroundColor Black
## STDOUT:
a b
1, 2, 3
one two
xy
red
## END

#### Write-Host output is not pipeline output
$r = Write-Host 'shown'
$null -eq $r
## STDOUT:
shown
True
## END

#### Write-Warning
Write-Warning 'careful'
Write-Warning 'hidden' -WarningAction SilentlyContinue
## STDERR-CONTAINS: WARNING: careful

#### Write-Warning -WarningVariable
Write-Warning 'careful' -WarningVariable w -WarningAction SilentlyContinue
$w.Count
"$($w[0])"
## STDOUT:
1
careful
## END

#### Write-Verbose and Write-Debug follow their preferences
$v1 = Write-Verbose 'not shown' 4>&1
$v2 = Write-Verbose 'shown' -Verbose 4>&1
$DebugPreference = 'Continue'
$d = Write-Debug 'dbg' 5>&1
"[$v1] [$v2] [$d]"
## STDOUT:
[] [shown] [dbg]
## END

#### Write-Information
Write-Information 'not shown'
Write-Information 'info' -InformationAction Continue
## STDOUT:
info
## END

#### Write-Error fields
Write-Error -Message 'boom' -Category ObjectNotFound -ErrorId MyId -TargetObject 'T1' -ErrorAction SilentlyContinue
$Error[0].Exception.Message
$Error[0].CategoryInfo.Category
$Error[0].TargetObject
## STDOUT:
boom
ObjectNotFound
T1
## END

#### Write-Progress prints nothing when output is redirected
Write-Progress -Activity 'Moving' -Status 'half' -PercentComplete 50
Write-Progress -Activity 'Moving' -Completed
'done'
## STDOUT:
done
## END

#### Out-Null
1,2,3 | Out-Null
'after'
## STDOUT:
after
## END

#### Out-String -Stream lines
[pscustomobject]@{Name='x'; Value=1} | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[Name Value]
[---- -----]
[x        1]
[]
[]
## END

#### Out-String returns one string
$s = 1,2 | Out-String
$s.GetType().Name
$s.Trim()
## STDOUT:
String
1
2
## END

#### Out-File writes and appends
'hello' | Out-File C:\Temp\out.txt
'more' | Out-File -FilePath C:\Temp\out.txt -Append
(Get-Content C:\Temp\out.txt) -join ','
## STDOUT:
hello,more
## END

#### Out-File -NoClobber
'x' | Out-File C:\Temp\nc.txt
'y' | Out-File C:\Temp\nc.txt -NoClobber
Get-Content C:\Temp\nc.txt
## STDERR-CONTAINS: The file 'C:\Temp\nc.txt' already exists.
## STDOUT:
x
## END

#### Out-GridView is not available
Get-Date | Out-GridView
'after'
## STDERR-CONTAINS: Out-GridView
## STDOUT:
after
## END

#### Format-Table default
[pscustomobject]@{Name='x'; Value=1} | Format-Table
## STDOUT:

Name Value
---- -----
x        1


## END

#### Format-Table -Property with calculated column
[pscustomobject]@{Name='db1'; Size=10} | Format-Table Name, @{Label='Twice'; Expression={$_.Size * 2}}
## STDOUT:

Name Twice
---- -----
db1     20


## END

#### Format-List
[pscustomobject]@{Name='x'; Value=1} | Format-List
## STDOUT:


Name  : x
Value : 1



## END

#### Format-List property subset
[pscustomobject]@{Name='x'; Value=1; Other=2} | Format-List Name, Other
## STDOUT:


Name  : x
Other : 2



## END

#### Format output piped to Out-String
$t = [pscustomobject]@{Name='x'; Value=1} | Format-Table | Out-String
$t.Contains('Name Value')
## STDOUT:
True
## END

#### Write-Host from the pipeline
1, 2 | Write-Host
## STDOUT:
1
2
## END

#### Write-Host rejects an unknown colour
Write-Host 'x' -ForegroundColor Purple
Write-Host 'y' -ForegroundColor darkred
## STDERR-CONTAINS: Cannot bind parameter 'ForegroundColor'.
## STDOUT:
y
## END
