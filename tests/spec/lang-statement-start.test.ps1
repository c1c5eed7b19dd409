#### a number followed by / at statement start is division
7/2
## STDOUT:
3.5
## END

#### a number followed by * at statement start is multiplication
2*3
## STDOUT:
6
## END

#### size multipliers divide at statement start
1GB/1MB
## STDOUT:
1024
## END

#### a number glued to letters is a command name
5x
## status: 0
## STDERR-CONTAINS: The term '5x' is not recognized as the name of a cmdlet
