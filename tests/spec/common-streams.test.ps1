# Common parameters for the verbose, debug, warning and output streams, and their preference variables,
# as in Windows PowerShell 5.1 (about_CommonParameters, about_Preference_Variables).
# In these cases the error, warning, verbose and debug streams go to stderr; Write-Host goes to stdout.

#### Write-Verbose is silent by default
function f { [CmdletBinding()] param() Write-Verbose 'detail'; 'done' }
f
## STDOUT:
done
## END

#### -Verbose shows verbose messages
function f { [CmdletBinding()] param() Write-Verbose 'detail here'; 'done' }
f -Verbose
## STDERR-CONTAINS: VERBOSE: detail here
## STDOUT:
done
## END

#### -Verbose:$false keeps them silent
function f { [CmdletBinding()] param() Write-Verbose 'hidden'; 'done' }
$VerbosePreference = 'Continue'
f -Verbose:$false
## STDOUT:
done
## END

#### VerbosePreference Continue shows verbose messages
$VerbosePreference = 'Continue'
Write-Verbose 'from preference'
'after'
## STDERR-CONTAINS: VERBOSE: from preference
## STDOUT:
after
## END

#### -Verbose flows to called advanced functions
function inner { [CmdletBinding()] param() Write-Verbose 'inner talking' }
function outer { [CmdletBinding()] param() inner }
outer -Verbose
## STDERR-CONTAINS: VERBOSE: inner talking
## STDOUT:
## END

#### Write-Verbose -Verbose on the cmdlet itself
Write-Verbose 'direct' -Verbose
## STDERR-CONTAINS: VERBOSE: direct
## STDOUT:
## END

#### verbose text does not reach stdout
function f { [CmdletBinding()] param() Write-Verbose 'only stderr' }
$r = f -Verbose
"captured: $($r -eq $null)"
## STDERR-CONTAINS: VERBOSE: only stderr
## STDOUT:
captured: True
## END

#### Write-Debug is silent by default
function f { [CmdletBinding()] param() Write-Debug 'dbg'; 'done' }
f
## STDOUT:
done
## END

#### DebugPreference Continue shows debug messages
$DebugPreference = 'Continue'
Write-Debug 'debugging now'
'after'
## STDERR-CONTAINS: DEBUG: debugging now
## STDOUT:
after
## END

#### Write-Warning is shown by default
function f { [CmdletBinding()] param() Write-Warning 'be careful'; 'done' }
f
## STDERR-CONTAINS: WARNING: be careful
## STDOUT:
done
## END

#### -WarningAction SilentlyContinue hides warnings
function f { [CmdletBinding()] param() Write-Warning 'be careful'; 'done' }
f -WarningAction SilentlyContinue 2>&1 | ForEach-Object { "[$_]" }
## STDOUT:
[done]
## END

#### WarningPreference SilentlyContinue hides warnings
$WarningPreference = 'SilentlyContinue'
Write-Warning 'nobody sees this'
'after'
## STDOUT:
after
## END

#### -WarningAction Stop makes a warning terminating
function f { [CmdletBinding()] param() Write-Warning 'stop here'; 'not reached' }
try { f -WarningAction Stop } catch { 'caught' }
## STDERR-CONTAINS: WARNING: stop here
## STDOUT:
caught
## END

#### -OutVariable on a cmdlet
$null = Write-Output 'x' -OutVariable got
"[$got]"
## STDOUT:
[x]
## END

#### Write-Host goes to the host, not the pipeline
function f { Write-Host 'to host'; 'to pipeline' }
$r = f
"r=$r"
## STDOUT:
to host
r=to pipeline
## END

#### common parameters appear in PSBoundParameters
function f { [CmdletBinding()] param() $PSBoundParameters.ContainsKey('Verbose') }
f -Verbose
## STDOUT:
True
## END

#### common parameters are available on advanced functions only
function f { param($x) "x=$x" }
f -Verbose
## STDOUT:
x=
## END

#### Write-Warning at script level
Write-Warning 'top level warning'
'after'
## STDERR-CONTAINS: WARNING: top level warning
## STDOUT:
after
## END

#### warnings do not go to stdout
$r = Write-Warning 'not captured'
"r is null: $($r -eq $null)"
## STDERR-CONTAINS: WARNING: not captured
## STDOUT:
r is null: True
## END

#### -WarningAction Ignore hides warnings
Write-Warning 'ignored warning' -WarningAction Ignore
'after'
## STDOUT:
after
## END

#### VerbosePreference set inside a function
function f { $VerbosePreference = 'Continue'; Write-Verbose 'inside only' }
f
Write-Verbose 'outside hidden'
## STDERR-CONTAINS: VERBOSE: inside only
## STDOUT:
## END

#### verbose redirected to output with 4>&1
function f { [CmdletBinding()] param() Write-Verbose 'to output' }
$r = f -Verbose 4>&1
$r.GetType().Name
"$r"
## STDOUT:
VerboseRecord
to output
## END

#### warning redirected to output with 3>&1
$r = Write-Warning 'w out' 3>&1
$r.GetType().Name
$r.Message
## STDOUT:
WarningRecord
w out
## END

#### error redirected to output with 2>&1
$r = Write-Error 'e out' 2>&1
$r.GetType().Name
"$r"
## STDOUT:
ErrorRecord
e out
## END

#### Write-Verbose message with -Verbose on a nested cmdlet call
function f { [CmdletBinding()] param() Write-Verbose "value is $(1 + 1)" }
f -Verbose
## STDERR-CONTAINS: VERBOSE: value is 2
## STDOUT:
## END

#### -WarningVariable collects warnings
# expected per 5.1
function f { [CmdletBinding()] param() Write-Warning 'w1'; Write-Warning 'w2'; 'done' }
f -WarningVariable wv
$wv.Count
$wv[0].Message
$wv[1].Message
## STDERR-CONTAINS: WARNING: w1
## STDOUT:
done
2
w1
w2
## END

#### warning records have the WarningRecord type
# expected per 5.1
function f { [CmdletBinding()] param() Write-Warning 'typed' }
f -WarningVariable wv
$wv[0].GetType().FullName
## STDERR-CONTAINS: WARNING: typed
## STDOUT:
System.Management.Automation.WarningRecord
## END

#### -OutVariable keeps the output and stores it
# expected per 5.1
function f { [CmdletBinding()] param() 'a'; 'b' }
f -OutVariable ov
"count $($ov.Count)"
## STDOUT:
a
b
count 2
## END

#### -OutVariable holds an ArrayList
# expected per 5.1
function f { [CmdletBinding()] param() 1; 2 }
$null = f -OutVariable ov
$ov.GetType().FullName
## STDOUT:
System.Collections.ArrayList
## END

#### -OutVariable with a plus appends
# expected per 5.1
function f { [CmdletBinding()] param($v) $v }
$null = f 1 -OutVariable acc
$null = f 2 -OutVariable +acc
$acc -join ','
## STDOUT:
1,2
## END

#### -OutVariable alias ov
# expected per 5.1
function f { [CmdletBinding()] param() 'z' }
$null = f -ov short
$short
## STDOUT:
z
## END

#### -ErrorVariable alias ev and -WarningVariable alias wv
# expected per 5.1
function f { [CmdletBinding()] param() Write-Warning 'w'; Write-Error 'e' }
f -ev myErr -wv myWarn -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
"$($myErr.Count) $($myWarn.Count)"
## STDOUT:
1 1
## END

#### -Debug in non-interactive mode cannot ask to continue
# expected per 5.1
# source: Azure DevOps 5.1 build log quoted in a blog ("DEBUG: Debug Forced" then "Write-Debug : Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.")
function f { [CmdletBinding()] param() Write-Debug 'Debug Forced' }
f -Debug
## STDERR-CONTAINS: DEBUG: Debug Forced
## STDERR-CONTAINS: is in NonInteractive mode. Read and Prompt functionality is not available.
