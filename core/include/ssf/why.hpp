// The pure half of SSF_WHY (addin/why_functions.cpp): reading the SSF_ calls out of a
// cell's formula text, naming cells, and the meaning of Calc's error codes.
// No UNO here, so it is tested and fuzzed without an office.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ssf::why {

// One argument of a call, as written in the formula (Calc's API grammar, which
// XCell::getFormula gives in every locale: English names, ';' between
// arguments, inline arrays {1;2|3;4} with '|' between rows, sheets as
// $Sheet1.A1 or 'My data'.A1, add-ins by programmatic name).
struct Argument {
    enum class Kind : std::uint8_t {
        Missing,      // nothing written: an omitted optional argument
        Number,       // 0.5, -3, 1E-9
        Text,         // "flat"
        Boolean,      // TRUE() / FALSE(): Calc passes 1 / 0
        Reference,    // B2:B6, $Sheet2.C4, 'My data'.A:A
        Name,         // a named range (or an unknown name)
        InlineArray,  // {0.1;0.2}
        Call,         // another function call, e.g. ORG.SSFCALC.FUNCTIONS.FITSCORE(C2:C7)
        Expression,   // anything else: D2:D6*2, 1/0, SUM(...)+1
    };
    Kind kind = Kind::Missing;
    std::string text;    // as written, trimmed
    double number = 0;   // Number, Boolean
    std::string value;   // Text: the unquoted text; Call: the function name
    std::string sheet;   // Reference: the sheet name, unquoted ("" = the formula's own sheet)
    std::string range;   // Reference: the address without the sheet, e.g. "B2:B6"
    // InlineArray: rows of elements, each a Number, Text or Boolean argument.
    std::vector<std::vector<Argument>> rows;
    std::vector<Argument> args;  // Call: its arguments
};

// A call to a function: its name as written and its arguments.
struct Call {
    std::string function;
    std::vector<Argument> args;
};

// The calls whose function name starts with `prefix` (ignoring case), in the
// order they are written, outermost only (an SSF_ call inside another's
// arguments is that argument, of kind Call). A leading "{=" (array formula)
// or "=" is skipped. Unbalanced or odd text gives what could be read, never
// more than kMaxCalls calls, and nesting deeper than kMaxDepth is Expression.
constexpr std::size_t kMaxCalls = 64;
constexpr std::size_t kMaxDepth = 8;
std::vector<Call> findCalls(std::string_view formula, std::string_view prefix);

// How an argument looks in a sentence: its text, shortened to `limit` characters.
std::string shown(std::string_view text, std::size_t limit = 60);

// "A", "Z", "AA", ... for a 0-based column.
std::string columnName(std::size_t column);
// "C4" for 0-based (column 2, row 3).
std::string cellName(std::size_t column, std::size_t row);

// What a Calc error code (XCell::getError, ERRORTYPE()) means, in a sentence;
// the shown value first, e.g. "Err:504: ...". Unknown codes get a general one.
std::string calcError(int code);
// How Calc shows that error in a cell ("#N/A", "Err:502", "#DIV/0!").
std::string calcErrorShown(int code);

}  // namespace ssf::why
