# Organization settings: Get-AcceptedDomain (view: columns at 0/31/62/91 as in a real on-premises
# sample), Get-OrganizationConfig, Get-/Set-ADServerSettings, and Get-ExCommand (the EMS profile
# function listing the Exchange commands, with an optional wildcard name).

#### Get-AcceptedDomain default view
Get-AcceptedDomain
## STDOUT:

Name                           DomainName                     DomainType                   Default                      
----                           ----------                     ----------                   -------                      
contoso.com                    contoso.com                    Authoritative                True                         


## END

#### Get-AcceptedDomain properties and identity
$d = Get-AcceptedDomain contoso.com
$d.DomainName.ToString()
$d.DomainType
$d.Default
(Get-AcceptedDomain contoso*).Name
Get-AcceptedDomain fabrikam.com
## STDERR-CONTAINS: The operation couldn't be performed because object 'fabrikam.com' couldn't be found on 'DC01.contoso.com'.
## STDOUT:
contoso.com
Authoritative
True
contoso.com
## END

#### Get-OrganizationConfig
$o = Get-OrganizationConfig
$o.Name
$o.PSObject.TypeNames[0]
$o.IsMixedMode
## STDOUT:
First Organization
Microsoft.Exchange.Data.Directory.Management.OrganizationConfig
False
## END

#### Get-ADServerSettings and Set-ADServerSettings -ViewEntireForest
(Get-ADServerSettings).ViewEntireForest
(Get-ADServerSettings).DefaultGlobalCatalog
Set-ADServerSettings -ViewEntireForest $true
(Get-ADServerSettings).ViewEntireForest
$null -eq (Get-ADServerSettings).RecipientViewRoot
Set-ADServerSettings -ViewEntireForest $false
(Get-ADServerSettings).ViewEntireForest
## STDOUT:
False
DC01.contoso.com
True
True
False
## END

#### Get-ExCommand lists the Exchange commands, filtered by a wildcard
Get-ExCommand *MailboxDatabaseCopy* | ForEach-Object { $_.Name }
(Get-ExCommand | Where-Object { $_.Name -eq "Get-Mailbox" }).ModuleName
(Get-ExCommand Get-Process | Measure-Object).Count
## STDOUT:
Add-MailboxDatabaseCopy
Get-MailboxDatabaseCopyStatus
Remove-MailboxDatabaseCopy
Resume-MailboxDatabaseCopy
Set-MailboxDatabaseCopy
Suspend-MailboxDatabaseCopy
Update-MailboxDatabaseCopy
Microsoft.Exchange.Management.PowerShell.E2010
0
## END
