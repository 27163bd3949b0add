# SPDX-License-Identifier: EUPL-1.2
# Writes the package's machine-readable copyright file: HEADER, then LICENSE's text indented by one
# space with empty lines as " ." (Debian's copyright format 1.0).
#   cmake -DHEADER=copyright.in -DLICENSE=LICENSE -DOUTPUT=copyright -P copyright.cmake
file(READ ${HEADER} header)
file(READ ${LICENSE} text)
string(REGEX REPLACE "\n+$" "" text "${text}")
string(REPLACE "\n" "\n " text " ${text}")
# An empty line (now one space) is " ."; twice, as neighbouring empty lines share their newline.
foreach(pass 1 2)
    string(REGEX REPLACE "\n[ \t]*\n" "\n .\n" text "${text}")
endforeach()
file(WRITE ${OUTPUT} "${header}${text}\n")
