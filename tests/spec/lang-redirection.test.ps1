#### error stream redirected to null
Write-Error 'hidden error' 2>$null
'after'
## STDOUT:
after
## END

#### output redirected to null
Write-Output 'x' > $null
'after'
## STDOUT:
after
## END

#### error merged into output is captured
$r = Write-Error 'captured' 2>&1
$r.GetType().Name
$r.Exception.Message
## STDOUT:
ErrorRecord
captured
## END

#### merged output and error in order
$r = & { 'out'; Write-Error 'err' } 2>&1
$r.Count
$r[0]
$r[1] -is [System.Management.Automation.ErrorRecord]
## STDOUT:
2
out
True
## END

#### warning stream redirected to null
Write-Warning 'quiet' 3>$null
'after'
## STDOUT:
after
## END

#### warning merged into output
$r = Write-Warning 'ww' 3>&1
$r.Message
## STDOUT:
ww
## END

#### all streams redirected to null
& { Write-Warning 'a'; Write-Error 'b'; 'c' } *>$null
'after'
## STDOUT:
after
## END

#### error redirection on a function call
function F { 'value'; Write-Error 'inside' }
F 2>$null
## STDOUT:
value
## END

#### redirection does not stop a terminating error from being caught
try { & { throw 'thrown' } 2>$null } catch { "caught $_" }
## STDOUT:
caught thrown
## END

#### Write-Host to the information stream redirected to null
Write-Host 'hidden host' 6>$null
'after'
## STDOUT:
after
## END
