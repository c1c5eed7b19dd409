# Parameter sets (about_Parameter_Sets): narrowing by the parameters given, DefaultParameterSetName,
# and "Parameter set cannot be resolved using the specified named parameters." (AmbiguousParameterSet).

#### default parameter set when nothing is given
function g {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param([Parameter(ParameterSetName='ByName')][string]$Name,
        [Parameter(ParameterSetName='ById')][int]$Id)
  $PSCmdlet.ParameterSetName
}
g
## STDOUT:
ByName
## END

#### the parameter given selects its set
function g {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param([Parameter(ParameterSetName='ByName')][string]$Name,
        [Parameter(ParameterSetName='ById')][int]$Id)
  $PSCmdlet.ParameterSetName
}
g -Id 5
g -Name x
## STDOUT:
ById
ByName
## END

#### parameters of two sets together cannot be resolved
function g {
  [CmdletBinding(DefaultParameterSetName='ByName')]
  param([Parameter(ParameterSetName='ByName')][string]$Name,
        [Parameter(ParameterSetName='ById')][int]$Id)
  $PSCmdlet.ParameterSetName
}
g -Name x -Id 5
'after'
## STDERR-CONTAINS: g : Parameter set cannot be resolved using the specified named parameters.
## STDERR-CONTAINS: + CategoryInfo          : InvalidArgument: (:) [g], ParameterBindingException
## STDERR-CONTAINS: + FullyQualifiedErrorId : AmbiguousParameterSet,g
## STDOUT:
after
## END

#### a parameter in all sets keeps the default set
function g {
  [CmdletBinding(DefaultParameterSetName='A')]
  param([Parameter(ParameterSetName='A')][string]$Alpha,
        [Parameter(ParameterSetName='B')][string]$Beta,
        [string]$Common)
  $PSCmdlet.ParameterSetName
}
g -Common 1
g -Common 1 -Beta 2
## STDOUT:
A
B
## END

#### parameter in two named sets
function g {
  [CmdletBinding(DefaultParameterSetName='A')]
  param([Parameter(ParameterSetName='A')][Parameter(ParameterSetName='B')][string]$Shared,
        [Parameter(ParameterSetName='B')][switch]$OnlyB)
  $PSCmdlet.ParameterSetName
}
g -Shared x
g -Shared x -OnlyB
## STDOUT:
A
B
## END

#### mandatory parameter only in its own set
function g {
  [CmdletBinding(DefaultParameterSetName='List')]
  param([Parameter(ParameterSetName='One', Mandatory=$true)][string]$Identity,
        [Parameter(ParameterSetName='List')][switch]$All)
  $PSCmdlet.ParameterSetName
}
g
g -Identity x
## STDOUT:
List
One
## END

#### positional argument picks the set that has the position
function g {
  [CmdletBinding(DefaultParameterSetName='Path')]
  param([Parameter(ParameterSetName='Path', Position=0)][string]$Path,
        [Parameter(ParameterSetName='Literal')][string]$LiteralPath)
  "$($PSCmdlet.ParameterSetName):$Path$LiteralPath"
}
g C:\x
g -LiteralPath C:\y
## STDOUT:
Path:C:\x
Literal:C:\y
## END

#### mandatory parameter missing in the chosen set
function g {
  [CmdletBinding(DefaultParameterSetName='A')]
  param([Parameter(ParameterSetName='A', Mandatory=$true)][string]$Name,
        [Parameter(ParameterSetName='B', Mandatory=$true)][int]$Id)
  $PSCmdlet.ParameterSetName
}
g
## STDERR-CONTAINS: Cannot process command because of one or more missing mandatory parameters: Name.
## STDERR-CONTAINS: MissingMandatoryParameter,g
## STDOUT:
## END

#### ParameterSetName is __AllParameterSets without sets
function g { [CmdletBinding()] param([string]$Name) $PSCmdlet.ParameterSetName }
g -Name x
## STDOUT:
__AllParameterSets
## END

#### PSBoundParameters in a set
function g {
  [CmdletBinding(DefaultParameterSetName='A')]
  param([Parameter(ParameterSetName='A')][string]$Alpha,
        [Parameter(ParameterSetName='B')][string]$Beta)
  $PSBoundParameters.Keys
}
g -Beta z
## STDOUT:
Beta
## END

#### cmdlet parameter sets conflict
Get-Date -Format 'yyyy' -UFormat '%Y'
'after'
## STDERR-CONTAINS: Get-Date : Parameter set cannot be resolved using the specified named parameters.
## STDOUT:
after
## END
