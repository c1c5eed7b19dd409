# Recipients: Get-Mailbox, Set-Mailbox, New-Mailbox, Enable-/Disable-/Remove-Mailbox,
# Get-MailboxStatistics, Get-Recipient, Get-User. Table layouts follow real console samples
# (Get-Mailbox: columns at 0/26/47/64, the Exchange docs' `Get-Mailbox TestUser1` sample;
# Get-MailboxStatistics: 0/26/39 with ItemCount left- and StorageLimitStatus right-aligned, a real
# 2010 recovery-database sample); error texts are reference §14a. Texts marked [K] in
# cmdlets/exchange/recipients.py are from memory.

#### Get-Mailbox default view
Get-Mailbox user01
## STDOUT:

Name                      Alias                ServerName       ProhibitSendQuota                                       
----                      -----                ----------       -----------------                                       
user01                    user01               e1401            unlimited                                               


## END

#### Get-MailboxStatistics default view
Get-Mailbox user01 | Get-MailboxStatistics
## STDOUT:

DisplayName               ItemCount    StorageLimitStatus LastLogonTime                                                 
-----------               ---------    ------------------ -------------                                                 
User 01                   2632                 BelowLimit 11/9/2010 11:14:55 AM                                         


## END

#### Get-Mailbox resolves name, alias, SMTP address, UPN, DOMAIN\account, canonical name and GUID
$m = Get-Mailbox user07
(Get-Mailbox user07@contoso.com).Name
(Get-Mailbox CONTOSO\user07).Name
(Get-Mailbox contoso.com/Users/user07).Name
(Get-Mailbox $m.Guid.ToString()).Name
(Get-Mailbox $m.ExchangeGuid.ToString()).Name
(Get-Mailbox "User 07").Name
## STDOUT:
user07
user07
user07
user07
user07
user07
## END

#### Get-Mailbox with a wildcard
(Get-Mailbox user1*).Count
(Get-Mailbox nosuch*).Count
## STDOUT:
10
0
## END

#### Get-Mailbox of an unknown identity: the real not-found text
Get-Mailbox nosuch
## STDERR-CONTAINS: The operation couldn't be performed because object 'nosuch' couldn't be found on 'DC01.contoso.com'.
## STDERR-CONTAINS: ManagementObjectNotFoundException
## STDERR-CONTAINS: Microsoft.Exchange.Management.RecipientTasks.GetMailbox
## STDOUT:
## END

#### Get-Mailbox -Database and -Server
(Get-Mailbox -Database DB01).Count
(Get-Mailbox -Database DB01 | Select-Object -First 2 | ForEach-Object { $_.Name }) -join ","
(Get-Mailbox -Server E1402).Count
Get-Mailbox -Database DB99
## STDERR-CONTAINS: Couldn't find database "DB99". Make sure you have typed it correctly.
## STDOUT:
11
Administrator,user01
20
## END

#### Get-Mailbox -ResultSize: at most that many, and a warning when more exist
(Get-Mailbox -ResultSize 5 -WarningAction SilentlyContinue).Count
Get-Mailbox -ResultSize 2 -WarningVariable w -WarningAction SilentlyContinue | Out-Null
$w[0].Message
(Get-Mailbox -ResultSize Unlimited).Count
## STDOUT:
5
There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.
61
## END

#### Get-Mailbox -Filter in OPATH, and a property that is not filterable
(Get-Mailbox -Filter "Database -eq 'DB02'").Count
(Get-Mailbox -Filter {Alias -like 'user0*' -and Database -eq 'DB01'}).Count
Get-Mailbox -Filter "Nonsense -eq 1"
## STDERR-CONTAINS: "Nonsense" is not a recognized filterable property.
## STDOUT:
10
9
## END

#### Get-Mailbox -OrganizationalUnit and -RecipientTypeDetails
(Get-Mailbox -OrganizationalUnit contoso.com/Users).Count
(Get-Mailbox -OrganizationalUnit "CN=Users,DC=contoso,DC=com" -ResultSize 3).Count
(Get-Mailbox -RecipientTypeDetails UserMailbox).Count
(Get-Mailbox -RecipientTypeDetails SharedMailbox).Count
## STDOUT:
61
3
61
0
## END

#### Quotas are unlimited while UseDatabaseQuotaDefaults is $true
$m = Get-Mailbox user01
$m.UseDatabaseQuotaDefaults
"$($m.ProhibitSendQuota)"
$m.ProhibitSendQuota.IsUnlimited
## STDOUT:
True
unlimited
True
## END

#### Set-Mailbox quotas as Unlimited ByteQuantifiedSize values
Set-Mailbox user01 -UseDatabaseQuotaDefaults $false -IssueWarningQuota 900MB -ProhibitSendQuota 1GB -ProhibitSendReceiveQuota 1.5GB
$m = Get-Mailbox user01
$m.UseDatabaseQuotaDefaults
"$($m.ProhibitSendQuota)"
$m.ProhibitSendQuota.Value.ToMB()
"$($m.ProhibitSendReceiveQuota)"
$m.IssueWarningQuota.IsUnlimited
Set-Mailbox user01 -ProhibitSendQuota unlimited
"$((Get-Mailbox user01).ProhibitSendQuota)"
## STDOUT:
False
1 GB (1,073,741,824 bytes)
1024
1.5 GB (1,610,612,736 bytes)
False
unlimited
## END

#### A mailbox over its own quota: StorageLimitStatus
Set-Mailbox user01 -UseDatabaseQuotaDefaults $false -IssueWarningQuota 10MB -ProhibitSendQuota 20MB -ProhibitSendReceiveQuota 30MB
(Get-MailboxStatistics user01).StorageLimitStatus
Set-Mailbox user01 -UseDatabaseQuotaDefaults $true
(Get-MailboxStatistics user01).StorageLimitStatus -ne "MailboxDisabled"
## STDOUT:
MailboxDisabled
True
## END

#### Set-Mailbox simple properties
Set-Mailbox user02 -DisplayName "Second User" -HiddenFromAddressListsEnabled $true
$m = Get-Mailbox user02
$m.DisplayName
$m.HiddenFromAddressListsEnabled
Set-Mailbox user02 -PrimarySmtpAddress second@contoso.com
(Get-Mailbox second@contoso.com).Name
(Get-Mailbox user02).EmailAddresses -join ","
## STDOUT:
Second User
True
user02
SMTP:second@contoso.com,smtp:user02@contoso.com
## END

#### Set-Mailbox -WhatIf changes nothing [K text]
Set-Mailbox user03 -DisplayName Changed -WhatIf
(Get-Mailbox user03).DisplayName
## STDOUT:
What if: Setting mailbox "user03".
User 03
## END

#### Set-Mailbox on a mailbox that does not exist
Set-Mailbox nosuch -DisplayName X
## STDERR-CONTAINS: The operation couldn't be performed because object 'nosuch' couldn't be found on 'DC01.contoso.com'.

#### Piped mailboxes: Set-Mailbox for a whole database
Get-Mailbox -Database DB03 | Set-Mailbox -UseDatabaseQuotaDefaults $false
(Get-Mailbox -Filter {UseDatabaseQuotaDefaults -eq $false}).Count
## STDOUT:
10
## END

#### New-Mailbox with a password from ConvertTo-SecureString
$pw = ConvertTo-SecureString "P@ssw0rd1" -AsPlainText -Force
$pw
New-Mailbox -Name "Chris Ashton" -UserPrincipalName chris@contoso.com -Password $pw -Database DB03 | Format-List Name,Alias,Database,PrimarySmtpAddress,UserPrincipalName,RecipientTypeDetails
(Get-Mailbox chris).DisplayName
## STDOUT:
System.Security.SecureString


Name                 : Chris Ashton
Alias                : chris
Database             : DB03
PrimarySmtpAddress   : chris@contoso.com
UserPrincipalName    : chris@contoso.com
RecipientTypeDetails : UserMailbox



Chris Ashton
## END

#### New-Mailbox needs a password (non-interactive: the binder's error)
New-Mailbox -Name x1 -UserPrincipalName x1@contoso.com
## STDERR-CONTAINS: Cannot process command because of one or more missing mandatory parameters: Password.

#### New-Mailbox -Password takes a SecureString, not a plain string (the binder's message)
New-Mailbox -Name x1 -UserPrincipalName x1@contoso.com -Password "abc"
Get-Mailbox x1 -ErrorAction SilentlyContinue
## STDERR-CONTAINS: Cannot bind parameter 'Password'. Cannot convert the "abc" value of type "System.String" to type "System.Security.SecureString".
## STDOUT:
## END

#### New-Mailbox with a name already in use
$pw = ConvertTo-SecureString "P@ssw0rd1" -AsPlainText -Force
New-Mailbox -Name user05 -UserPrincipalName other@contoso.com -Password $pw
## STDERR-CONTAINS: user05

#### New-Mailbox without -Database picks a mounted database
$pw = ConvertTo-SecureString "P@ssw0rd1" -AsPlainText -Force
$m = New-Mailbox -Name user61 -UserPrincipalName user61@contoso.com -Password $pw
(Get-MailboxDatabase $m.Database.Name -Status).Mounted
(Get-Mailbox -ResultSize Unlimited).Count
## STDOUT:
True
62
## END

#### ConvertTo-SecureString refuses plain text without -Force
ConvertTo-SecureString "x" -AsPlainText
## STDERR-CONTAINS: The system cannot protect plain text input.

#### Disable-Mailbox keeps the user; Enable-Mailbox gives it a mailbox again
Disable-Mailbox user05 -Confirm:$false
Get-Mailbox user05 -ErrorAction SilentlyContinue
(Get-User user05).RecipientTypeDetails
(Get-User -RecipientTypeDetails User).Name
Enable-Mailbox user05 -Database DB04 | ForEach-Object { $_.Name + " " + $_.Database.Name }
(Get-User user05).RecipientTypeDetails
## STDOUT:
User
user05
user05 DB04
UserMailbox
## END

#### Disable-Mailbox -WhatIf [K text]
Disable-Mailbox user06 -WhatIf
(Get-Mailbox user06).Name
## STDOUT:
What if: Disabling Mailbox "user06" will remove the Exchange properties from the Windows user object and mark the mailbox in the database for removal.
user06
## END

#### Remove-Mailbox asks for confirmation (ConfirmImpact High); -Confirm:$false removes
Remove-Mailbox user07 -WhatIf
Remove-Mailbox user07 -Confirm:$false
Get-Mailbox user07 -ErrorAction SilentlyContinue
(Get-Mailbox -ResultSize Unlimited).Count
(Get-Command Remove-Mailbox).Name
## STDOUT:
What if: Removing the Mailbox "user07" will remove the Windows user object and mark the mailbox in the database for removal.
60
Remove-Mailbox
## END

#### Get-MailboxStatistics: sizes as Unlimited ByteQuantifiedSize, by database and server
$s = Get-MailboxStatistics user01
$s.TotalItemSize.Value.ToBytes() -gt 0
$s.TotalItemSize.Value.ToMB() -eq [math]::Floor($s.TotalItemSize.Value.ToBytes() / 1MB)
(Get-MailboxStatistics -Database DB02).Count
(Get-MailboxStatistics -Server E1403).Count
## STDOUT:
True
True
10
20
## END

#### Get-MailboxStatistics of an unknown mailbox
Get-MailboxStatistics nosuch
## STDERR-CONTAINS: The operation couldn't be performed because object 'nosuch' couldn't be found on 'DC01.contoso.com'.
## STDERR-CONTAINS: [Get-MailboxStatistics]

#### Get-Recipient and Get-User
$r = Get-Recipient user01
$r.RecipientType
$r.PrimarySmtpAddress.ToString()
$r.PSObject.TypeNames[0]
(Get-Recipient -RecipientTypeDetails UserMailbox).Count
$u = Get-User user01
$u.UserPrincipalName
$u.PSObject.TypeNames[0]
## STDOUT:
UserMailbox
user01@contoso.com
Microsoft.Exchange.Data.Directory.Management.ReducedRecipient
61
user01@contoso.com
Microsoft.Exchange.Data.Directory.Management.User
## END

#### A piped database or Mailbox server selects the mailboxes, as -Database / -Server do
(Get-MailboxDatabase DB01 | Get-Mailbox).Count
(Get-MailboxServer E1402 | Get-Mailbox).Count
(Get-MailboxDatabase DB02 | Get-MailboxStatistics).Count
(Get-MailboxServer E1403 | Get-MailboxStatistics).Count
## STDOUT:
11
20
10
20
## END

#### Get-MailboxStatistics -Database lists disconnected mailboxes with their DisconnectDate
Disable-Mailbox user11 -Confirm:$false
(Get-MailboxStatistics -Database DB02 | Where-Object { $_.DisconnectDate }).DisplayName
(Get-Mailbox -Database DB02).Count
## STDOUT:
User 11
9
## END

#### Get-Mailbox -SortBy
(Get-Mailbox -Database DB01 -SortBy Name | ForEach-Object { $_.Name })[-1]
## STDOUT:
user10
## END

#### -Filter as a script block reads the caller's variables
$db = "DB02"
(Get-Mailbox -Filter {Database -eq $db}).Count
(Get-Mailbox -Filter {UseDatabaseQuotaDefaults -eq $true}).Count
## STDOUT:
10
61
## END
