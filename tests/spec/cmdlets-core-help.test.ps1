# Get-Help and Get-Command, built from the metadata of every cmdlet of the session.

#### Get-Help returns the synopsis of a cmdlet
(Get-Help Get-Content).Synopsis
(Get-Help Get-Content).Name
## STDOUT:
Gets the content of the item at the specified location.
Get-Content
## END

#### Get-Help follows aliases
(Get-Help dir).Name
## STDOUT:
Get-ChildItem
## END

#### Get-Help about topics
(Get-Help about_If).Name
(Get-Help about_Shadow_Redundancy).Category
## STDOUT:
about_If
HelpFile
## END

#### Get-Help with a wildcard lists the matching commands
Get-Help *-Location | ForEach-Object { $_.Name }
## STDOUT:
Get-Location
Pop-Location
Push-Location
Set-Location
## END

#### Get-Help for an unknown name
Get-Help Get-Nothing
"after"
## STDERR-CONTAINS: Get-Help could not find help for Get-Nothing
## STDOUT:
after
## END

#### Get-Command finds cmdlets and aliases
(Get-Command Get-Content).CommandType
(Get-Command gci).CommandType
(Get-Command gci).Definition
## STDOUT:
Cmdlet
Alias
Get-ChildItem
## END

#### Get-Command -Verb and -Noun
Get-Command -Noun Location | ForEach-Object { $_.Name }
Get-Command -Verb Split -Noun Path | ForEach-Object { $_.Name }
## STDOUT:
Get-Location
Pop-Location
Push-Location
Set-Location
Split-Path
## END

#### Get-Command of an unknown command
Get-Command Get-Nothing
"after"
## STDERR-CONTAINS: The term 'Get-Nothing' is not recognized as the name of a cmdlet, function, script file, or operable program.
## STDOUT:
after
## END

#### Get-Command lists functions of the session
function Get-Answer { 42 }
(Get-Command Get-Answer).CommandType
## STDOUT:
Function
## END

#### -? on a command shows its help
(Get-Content -?).Name
(gci -?).Synopsis
function Install-Thing { param($Name) }
(Install-Thing -?).Name
## STDOUT:
Get-Content
Gets the items and child items in one or more specified locations.
Install-Thing
## END
