// Parsing Sheet.A1 addresses for --extract, and column names (A, AA, XFD).
#include "address.hpp"

#include <cctype>

namespace ssfb {

std::string columnName(long column) {
    std::string s;
    for (long c = column + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

bool parseCellAddress(const std::string& spec, std::string& sheet, long& column, long& row) {
    auto dot = spec.rfind('.');
    if (dot == std::string::npos || dot == 0) return false;
    std::string s = spec.substr(0, dot), cell = spec.substr(dot + 1);
    if (s.size() >= 1 && s[0] == '$') s.erase(0, 1);
    if (s.size() >= 2 && s.front() == '\'' && s.back() == '\'') s = s.substr(1, s.size() - 2);
    std::size_t i = 0;
    if (i < cell.size() && cell[i] == '$') ++i;
    long col = 0;
    std::size_t letters = 0;
    for (; i < cell.size() && std::isalpha(static_cast<unsigned char>(cell[i])); ++i, ++letters)
        col = col * 26 + (std::toupper(static_cast<unsigned char>(cell[i])) - 'A' + 1);
    if (letters == 0 || letters > 3) return false;
    if (i < cell.size() && cell[i] == '$') ++i;
    long r = 0;
    std::size_t digits = 0;
    for (; i < cell.size() && std::isdigit(static_cast<unsigned char>(cell[i])); ++i, ++digits) r = r * 10 + (cell[i] - '0');
    if (digits == 0 || digits > 7 || i != cell.size() || r < 1 || s.empty()) return false;
    sheet = s;
    column = col - 1;
    row = r - 1;
    return true;
}

}  // namespace ssfb
