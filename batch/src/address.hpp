// Cell addresses as users write them for --extract: Sheet.A1.
#pragma once
#include <string>

namespace ssfb {

// "Sheet.A1" (also $Sheet.$A$1 and 'My Sheet'.A1) -> sheet "Sheet",
// column 0, row 0; false when `spec` is not a cell address (then it is
// taken as a named range).
bool parseCellAddress(const std::string& spec, std::string& sheet, long& column, long& row);

// The largest sheet any LibreOffice has: XFD1048576 (0-based here).
constexpr long kLastColumn = 16383, kLastRow = 1048575;

// 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string columnName(long column);

}  // namespace ssfb
