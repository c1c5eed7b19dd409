# -WhatIf, -Confirm, $WhatIfPreference and $ConfirmPreference for advanced functions with SupportsShouldProcess,
# as in Windows PowerShell 5.1 (about_Functions_CmdletBindingAttribute, about_Preference_Variables).
# What if lines go to the host (stdout). Cmdlet.ShouldProcess(target, action) prints
# 'What if: Performing the operation "action" on target "target".'; ShouldProcess(target) uses the command name.

#### -WhatIf prints the operation and skips the action
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name, 'Remove thing')) { "removed $Name" } }
Remove-Thing -Name alpha -WhatIf
'after'
## STDOUT:
What if: Performing the operation "Remove thing" on target "alpha".
after
## END

#### without -WhatIf the action runs
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name, 'Remove thing')) { "removed $Name" } }
Remove-Thing -Name alpha
## STDOUT:
removed alpha
## END

#### ShouldProcess with three arguments prints the description
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess=$true)] param()
  if ($PSCmdlet.ShouldProcess('Deleting the gamma item.', 'Delete gamma?', 'Confirm delete')) { 'removed' }
}
Remove-Thing -WhatIf
## STDOUT:
What if: Deleting the gamma item.
## END

#### -WhatIf once per processed object
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess=$true)]
  param([Parameter(ValueFromPipeline=$true)][string]$Name)
  process { if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } }
}
'a', 'b' | Remove-Thing -WhatIf
## STDOUT:
What if: Performing the operation "Remove" on target "a".
What if: Performing the operation "Remove" on target "b".
## END

#### WhatIfPreference turns on WhatIf
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } }
$WhatIfPreference = $true
Remove-Thing -Name pref
## STDOUT:
What if: Performing the operation "Remove" on target "pref".
## END

#### -WhatIf:$false overrides the preference
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } }
$WhatIfPreference = $true
Remove-Thing -Name real -WhatIf:$false
## STDOUT:
removed real
## END

#### -WhatIf flows to called functions
function Remove-Inner { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name, 'Inner remove')) { "inner removed $Name" } }
function Remove-Outer { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) Remove-Inner -Name $Name }
Remove-Outer -Name x -WhatIf
## STDOUT:
What if: Performing the operation "Inner remove" on target "x".
## END

#### -WhatIf is not a parameter without SupportsShouldProcess
function Plain { [CmdletBinding()] param() 'ran' }
Plain -WhatIf
'after'
## STDERR-CONTAINS: A parameter cannot be found that matches parameter name 'WhatIf'.
## STDERR-CONTAINS: NamedParameterNotFound,Plain
## STDOUT:
after
## END

#### -Confirm is not a parameter without SupportsShouldProcess
function Plain { [CmdletBinding()] param() 'ran' }
Plain -Confirm:$false
## STDERR-CONTAINS: A parameter cannot be found that matches parameter name 'Confirm'.
## STDOUT:
## END

#### medium impact does not ask with the default ConfirmPreference
function Set-Thing { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='Medium')] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "set $Name" } }
$ConfirmPreference
Set-Thing -Name m
## STDOUT:
High
set m
## END

#### high impact with -Confirm:$false runs without asking
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='High')] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
Remove-Thing -Name h -Confirm:$false
## STDOUT:
removed h
## END

#### ConfirmPreference None never asks
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='High')] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
$ConfirmPreference = 'None'
Remove-Thing -Name n
## STDOUT:
removed n
## END

#### high impact asks and fails in non-interactive mode
# source: Windows PowerShell 5.1 hosts started with -NonInteractive fail any prompt with "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='High')] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
Remove-Thing -Name q
## STDERR-CONTAINS: is in NonInteractive mode. Read and Prompt functionality is not available.
## STDOUT:
## END

#### -Confirm asks even for low impact
function Set-Thing { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='Low')] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "set $Name" } }
Set-Thing -Name c -Confirm
## STDERR-CONTAINS: is in NonInteractive mode. Read and Prompt functionality is not available.
## STDOUT:
## END

#### ConfirmPreference Low makes medium impact ask
function Set-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "set $Name" } }
$ConfirmPreference = 'Low'
Set-Thing -Name low
## STDERR-CONTAINS: is in NonInteractive mode. Read and Prompt functionality is not available.
## STDOUT:
## END

#### -WhatIf wins over confirmation
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='High')] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } }
Remove-Thing -Name w -WhatIf
## STDOUT:
What if: Performing the operation "Remove" on target "w".
## END

#### WhatIf switch in PSBoundParameters
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param() [bool]$PSBoundParameters['WhatIf'] }
Remove-Thing -WhatIf
## STDOUT:
True
## END

#### WhatIfPreference is local to the function with -WhatIf
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param() "inside: $WhatIfPreference" }
Remove-Thing -WhatIf
"outside: $WhatIfPreference"
## STDOUT:
inside: True
outside: False
## END

#### ShouldProcess with only a target names the command
# expected per 5.1
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
Remove-Thing -Name beta -WhatIf
## STDOUT:
What if: Performing the operation "Remove-Thing" on target "beta".
## END

#### -Verbose reports the operation that ShouldProcess allows
# expected per 5.1
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" } }
Remove-Thing -Name v -Verbose
## STDERR-CONTAINS: VERBOSE: Performing the operation "Remove" on target "v".
## STDOUT:
removed v
## END

#### confirmation in non-interactive mode names Windows PowerShell
# expected per 5.1
# source: many 5.1 logs quote "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='High')] param([string]$Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
Remove-Thing -Name q
## STDERR-CONTAINS: Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
## STDOUT:
## END
