# SPDX-License-Identifier: EUPL-1.2
# Writes a C++ source defining `std::string_view trygg::report::resources::NAME()` with the bytes of
# INPUT, so the program carries its report fonts and colour profile itself (issue 14).
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=identifier -P EmbedResource.cmake
file(READ "${INPUT}" hex HEX)

string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUTPUT}.tmp"
     "// Generated from ${INPUT} by core/report/EmbedResource.cmake: do not edit.\n"
     "#include <string_view>\n\nnamespace trygg::report::resources {\n\nnamespace {\n"
     "const unsigned char Bytes[] = {\n${bytes}\n};\n} // namespace\n\n"
     "std::string_view ${NAME}()\n{\n    return {reinterpret_cast<const char *>(Bytes), sizeof Bytes};\n}\n\n"
     "} // namespace trygg::report::resources\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
