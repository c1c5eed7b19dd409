# Exchange servers: Get-/Set-ExchangeServer, Get-/Set-MailboxServer over the built-in
# organization. The default table view follows the real Exchange 2010 layout (reference §1:
# columns at 0/20/41/53/65, AdminDisplayVersion wrapped as "AdminDisplayVe" / "rsion").

#### Get-ExchangeServer default view
Get-ExchangeServer
## STDOUT:

Name                Site                 ServerRole  Edition     AdminDisplayVe
                                                                 rsion         
----                ----                 ----------  -------     --------------
E1401               contoso.com/Confi... Mailbox     Enterprise  Version 14....
E1402               contoso.com/Confi... Mailbox     Enterprise  Version 14....
E1403               contoso.com/Confi... Mailbox     Enterprise  Version 14....
HUB01               contoso.com/Confi... ClientAc... Standard    Version 14....
HUB02               contoso.com/Confi... ClientAc... Standard    Version 14....
EDGE01              contoso.com/Confi... Edge        Standard    Version 14....


## END

#### Get-ExchangeServer with a wildcard identity
Get-ExchangeServer E14* | ForEach-Object { $_.Name }
## STDOUT:
E1401
E1402
E1403
## END

#### AdminDisplayVersion of Exchange 2010 RTM
"$((Get-ExchangeServer E1401).AdminDisplayVersion)"
(Get-ExchangeServer HUB01).ServerRole
(Get-ExchangeServer E1401).Fqdn
## STDOUT:
Version 14.0 (Build 639.21)
ClientAccess, HubTransport
E1401.contoso.com
## END

#### Get-ExchangeServer by FQDN and through the pipeline
'E1402.contoso.com' | Get-ExchangeServer | ForEach-Object { $_.Name }
## STDOUT:
E1402
## END

#### Get-ExchangeServer for an unknown server
Get-ExchangeServer NOPE
## STDERR-CONTAINS: Exchange server "NOPE" wasn't found. Please make sure you typed the name correctly.
## STDERR-CONTAINS: ManagementObjectNotFoundException
## STDOUT:
## END

#### Get-ExchangeServer without a match for a wildcard is silent
Get-ExchangeServer Z* | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
0
## END

#### Get-MailboxServer lists only Mailbox servers
Get-MailboxServer | ForEach-Object { $_.Name }
## STDOUT:
E1401
E1402
E1403
## END

#### Get-MailboxServer activation settings
Get-MailboxServer E1402 | Format-List Name,DatabaseAvailabilityGroup,DatabaseCopyAutoActivationPolicy,AutoDatabaseMountDial,MaximumActiveDatabases
## STDOUT:


Name                             : E1402
DatabaseAvailabilityGroup        : DAG1
DatabaseCopyAutoActivationPolicy : Unrestricted
AutoDatabaseMountDial            : GoodAvailability
MaximumActiveDatabases           : 



## END

#### Set-MailboxServer -WhatIf prints the Exchange confirmation text
Set-MailboxServer -Identity E1402 -DatabaseCopyAutoActivationPolicy Blocked -WhatIf
(Get-MailboxServer E1402).DatabaseCopyAutoActivationPolicy
## STDOUT:
What if: Setting Mailbox server "E1402".
Unrestricted
## END

#### Set-MailboxServer changes the activation policy, mount dial and maximum
Set-MailboxServer -Identity E1402 -DatabaseCopyAutoActivationPolicy:Blocked
Set-MailboxServer E1403 -AutoDatabaseMountDial Lossless -MaximumActiveDatabases 4
Get-MailboxServer | ForEach-Object { "{0} {1} {2} {3}" -f $_.Name, $_.DatabaseCopyAutoActivationPolicy, $_.AutoDatabaseMountDial, $_.MaximumActiveDatabases }
## STDOUT:
E1401 Unrestricted GoodAvailability 
E1402 Blocked GoodAvailability 
E1403 Unrestricted Lossless 4
## END

#### Set-MailboxServer rejects an unknown policy
Set-MailboxServer E1402 -DatabaseCopyAutoActivationPolicy Sometimes
## status: 0
## STDERR-CONTAINS: The possible enumeration values are "Unrestricted, IntrasiteOnly, Blocked".
## STDOUT:
## END

#### Set-ExchangeServer sets error reporting
Set-ExchangeServer E1401 -ErrorReportingEnabled $true
(Get-ExchangeServer E1401).ErrorReportingEnabled
## STDOUT:
True
## END

