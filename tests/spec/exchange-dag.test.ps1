# Database availability groups: Get-/New-/Set-/Remove-DatabaseAvailabilityGroup, membership,
# networks, and the datacenter switchover tasks. DAG1 has E1401, E1402, E1403; witness FS01.

#### Get-DatabaseAvailabilityGroup settings
Get-DatabaseAvailabilityGroup | Format-List Name,Servers,WitnessServer,WitnessDirectory,DatacenterActivationMode,NetworkCompression,ReplicationPort
## STDOUT:


Name                     : DAG1
Servers                  : {E1401, E1402, E1403}
WitnessServer            : fs01.contoso.com
WitnessDirectory         : C:\DAG1
DatacenterActivationMode : Off
NetworkCompression       : InterSubnetOnly
ReplicationPort          : 64327



## END

#### The -Status properties are empty without -Status
$dag = Get-DatabaseAvailabilityGroup DAG1
$null -eq $dag.OperationalServers
$null -eq $dag.PrimaryActiveManager
## STDOUT:
True
True
## END

#### Get-DatabaseAvailabilityGroup -Status fills the cluster view
Get-DatabaseAvailabilityGroup DAG1 -Status | Format-List Name,OperationalServers,PrimaryActiveManager,WitnessShareInUse
## STDOUT:


Name                 : DAG1
OperationalServers   : {E1401, E1402, E1403}
PrimaryActiveManager : E1401
WitnessShareInUse    : None



## END

#### A crashed member leaves OperationalServers and gives up the PAM role
Stop-LabServer E1401
$dag = Get-DatabaseAvailabilityGroup -Status
"$($dag.OperationalServers)"
"$($dag.PrimaryActiveManager)"
$dag.Servers.Count
## STDOUT:
E1402 E1403
E1402
3
## END

#### Get-DatabaseAvailabilityGroup for an unknown DAG
Get-DatabaseAvailabilityGroup DAG9
## STDERR-CONTAINS: The operation couldn't be performed because object 'DAG9' couldn't be found on 'DC01.contoso.com'.
## STDOUT:
## END

#### Set-DatabaseAvailabilityGroup -WhatIf
Set-DatabaseAvailabilityGroup DAG1 -DatacenterActivationMode DagOnly -WhatIf
(Get-DatabaseAvailabilityGroup DAG1).DatacenterActivationMode
## STDOUT:
What if: Setting database availability group "DAG1".
Off
## END

#### Set-DatabaseAvailabilityGroup changes the witness and DAC mode
Set-DatabaseAvailabilityGroup DAG1 -DatacenterActivationMode DagOnly -WitnessDirectory C:\DAG1W
Get-DatabaseAvailabilityGroup DAG1 | Format-List DatacenterActivationMode,WitnessDirectory
## STDOUT:


DatacenterActivationMode : DagOnly
WitnessDirectory         : C:\DAG1W



## END

#### New-DatabaseAvailabilityGroup, membership and removal
New-DatabaseAvailabilityGroup -Name DAG2 -WitnessServer FS01 -WitnessDirectory C:\DAG2 | ForEach-Object { $_.Name }
Add-DatabaseAvailabilityGroupServer -Identity DAG2 -MailboxServer E1401
Remove-DatabaseAvailabilityGroup DAG2 -Confirm:$false
Remove-DatabaseAvailabilityGroup DAG1 -Confirm:$false
Get-DatabaseAvailabilityGroup | ForEach-Object { $_.Name }
## STDERR-CONTAINS: Server 'E1401' is already a member of database availability group 'DAG1'.
## STDERR-CONTAINS: The database availability group 'DAG1' can't be removed because it still has member servers.
## STDOUT:
DAG2
DAG1
## END

#### Remove-DatabaseAvailabilityGroupServer -WhatIf text
Remove-DatabaseAvailabilityGroupServer -Identity DAG1 -MailboxServer E1403 -WhatIf
## STDOUT:
What if: Removing Mailbox server "E1403" from database availability group "DAG1".
## END

#### Start-DatabaseAvailabilityGroup needs datacenter activation mode
Start-DatabaseAvailabilityGroup DAG1 -MailboxServer E1403
## STDERR-CONTAINS: You can run this command on a database availability group (DAG) only when the DatacenterActivationMode parameter for the DAG is set to DagOnly
## STDOUT:
## END

#### Stop- and Start-DatabaseAvailabilityGroup in DAC mode
Set-DatabaseAvailabilityGroup DAG1 -DatacenterActivationMode DagOnly
Stop-DatabaseAvailabilityGroup DAG1 -MailboxServer E1403 -ConfigurationOnly -Confirm:$false
"$((Get-DatabaseAvailabilityGroup DAG1).StoppedMailboxServers)"
Start-DatabaseAvailabilityGroup DAG1 -MailboxServer E1403
(Get-DatabaseAvailabilityGroup DAG1).StoppedMailboxServers.Count
## STDOUT:
E1403.contoso.com
0
## END

#### Get-DatabaseAvailabilityGroupNetwork
Get-DatabaseAvailabilityGroupNetwork DAG1
## STDOUT:

Identity                      ReplicationEnabled Subnets                                                                
--------                      ------------------ -------                                                                
DAG1\MapiDagNetwork           True               {{10.0.0.0/24,Up}}                                                     


## END
