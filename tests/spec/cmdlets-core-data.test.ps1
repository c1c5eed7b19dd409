# CSV, JSON, HTML and CliXml conversions, as Windows PowerShell 5.1 writes them.

#### ConvertTo-Csv writes a #TYPE line and quotes every field
[pscustomobject]@{Name = "DB01"; Copies = 2} | ConvertTo-Csv
## STDOUT:
#TYPE System.Management.Automation.PSCustomObject
"Name","Copies"
"DB01","2"
## END

#### ConvertTo-Csv -NoTypeInformation, embedded quotes and nulls
[pscustomobject]@{A = 'say "hi"'; B = $null; C = $true} | ConvertTo-Csv -NoTypeInformation
## STDOUT:
"A","B","C"
"say ""hi""",,"True"
## END

#### ConvertTo-Csv -Delimiter
[pscustomobject]@{A = 1; B = 2} | ConvertTo-Csv -NoTypeInformation -Delimiter ';'
## STDOUT:
"A";"B"
"1";"2"
## END

#### ConvertFrom-Csv makes string properties
$rows = "Name,Role", "MBX1,Mailbox", '"HUB, 1",Hub' | ConvertFrom-Csv
$rows.Count
$rows[1].Name
$rows[0].Role
$rows[0].Role.GetType().Name
## STDOUT:
2
HUB, 1
Mailbox
String
## END

#### ConvertFrom-Csv -Header
$r = "MBX1,1" | ConvertFrom-Csv -Header Server, Preference
$r.Server
$r.Preference
## STDOUT:
MBX1
1
## END

#### Export-Csv writes the file, Import-Csv reads it back
$data = [pscustomobject]@{Name = "DB01"; Server = "MBX1"}, [pscustomobject]@{Name = "DB02"; Server = "MBX2"}
$data | Export-Csv C:\Temp\dbs.csv -NoTypeInformation
Get-Content C:\Temp\dbs.csv
Import-Csv C:\Temp\dbs.csv | ForEach-Object { "$($_.Name) on $($_.Server)" }
## STDOUT:
"Name","Server"
"DB01","MBX1"
"DB02","MBX2"
DB01 on MBX1
DB02 on MBX2
## END

#### Export-Csv without -NoTypeInformation, then -Append
[pscustomobject]@{N = 1} | Export-Csv C:\Temp\n.csv
[pscustomobject]@{N = 2} | Export-Csv C:\Temp\n.csv -Append
Get-Content C:\Temp\n.csv
(Import-Csv C:\Temp\n.csv).Count
## STDOUT:
#TYPE System.Management.Automation.PSCustomObject
"N"
"1"
"2"
2
## END

#### ConvertTo-Json in the 5.1 layout
[pscustomobject]@{Name = "DB01"; Copies = 2; Mounted = $true; Server = $null} | ConvertTo-Json
## STDOUT:
{
    "Name":  "DB01",
    "Copies":  2,
    "Mounted":  true,
    "Server":  null
}
## END

#### ConvertTo-Json nests containers from the column their value starts at
[ordered]@{Name = "DAG1"; Members = @("MBX1", "MBX2"); Witness = [ordered]@{Server = "HUB1"}} | ConvertTo-Json
## STDOUT:
{
    "Name":  "DAG1",
    "Members":  [
                    "MBX1",
                    "MBX2"
                ],
    "Witness":  {
                    "Server":  "HUB1"
                }
}
## END

#### ConvertTo-Json -Compress and string escapes
[ordered]@{a = 1; b = "it's <ok>"} | ConvertTo-Json -Compress
## STDOUT:
{"a":1,"b":"it\u0027s \u003cok\u003e"}
## END

#### ConvertTo-Json -Depth truncates deeper objects to strings
@{a = @{b = @{c = @{d = 1}}}} | ConvertTo-Json -Compress
@{a = @{b = @{c = @{d = 1}}}} | ConvertTo-Json -Compress -Depth 5
## STDOUT:
{"a":{"b":{"c":"System.Collections.Hashtable"}}}
{"a":{"b":{"c":{"d":1}}}}
## END

#### Several piped objects make one JSON array
1, 2 | ConvertTo-Json
## STDOUT:
[
    1,
    2
]
## END

#### ConvertFrom-Json gives custom objects
$o = '{"Name": "MBX1", "Dbs": ["DB01", "DB02"], "Up": true}' | ConvertFrom-Json
$o.Name
$o.Dbs[1]
$o.Up
## STDOUT:
MBX1
DB02
True
## END

#### ConvertTo-Html -Fragment
[pscustomobject]@{Name = "DB01"; Status = "Mounted"} | ConvertTo-Html -Fragment
## STDOUT:
<table>
<colgroup><col/><col/></colgroup>
<tr><th>Name</th><th>Status</th></tr>
<tr><td>DB01</td><td>Mounted</td></tr>
</table>
## END

#### Export-Clixml writes PowerShell's CLIXML format
[pscustomobject]@{Name = "DB01"; Copies = 2} | Export-Clixml C:\Temp\o.xml
Get-Content C:\Temp\o.xml
## STDOUT:
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCustomObject</T>
      <T>System.Object</T>
    </TN>
    <MS>
      <S N="Name">DB01</S>
      <I32 N="Copies">2</I32>
    </MS>
  </Obj>
</Objs>
## END

#### Import-Clixml gives deserialized objects
[pscustomobject]@{Name = "DB01"; Copies = 2; When = [datetime]"2010-06-15 14:35"} | Export-Clixml C:\Temp\o.xml
$back = Import-Clixml C:\Temp\o.xml
$back.Name
$back.Copies + 1
$back.When.Year
($back | Get-Member | Select-Object -First 1).TypeName
## STDOUT:
DB01
3
2010
Deserialized.System.Management.Automation.PSCustomObject
## END

#### Import-Clixml of hashtables and arrays
@{Server = "MBX1"; Dbs = @("DB01", "DB02")} | Export-Clixml C:\Temp\h.xml
$h = Import-Clixml C:\Temp\h.xml
$h.Server
$h.Dbs[1]
$h.GetType().Name
## STDOUT:
MBX1
DB02
Hashtable
## END

#### ConvertTo-Json default depth turns objects inside nested arrays into strings
'{"a": {"b": [{"c1": "str", "c2": []}]}}' | ConvertFrom-Json | ConvertTo-Json
## STDOUT:
{
    "a":  {
              "b":  [
                        "@{c1=str; c2=System.Object[]}"
                    ]
          }
}
## END

#### ConvertTo-Json of $null (InputObject allows null)
$null | ConvertTo-Json
## STDOUT:
null
## END
