// The rollup: one row per workbook, written as rollup.csv and rollup.json,
// read back (JSON) by `ssf-batch merge`.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace ssfb {

// A cell's value as read after recalculation.
struct CellValue {
    enum class Kind { Missing, Empty, Number, Text, Error };
    Kind kind = Kind::Missing;
    double number = 0;
    std::string text;  // text, or the error as Calc shows it (#N/A, Err:502)
};

struct ErrorCell {
    std::string cell;   // Sheet.A1
    std::string value;  // #DIV/0!, Err:502, ...
};

struct Row {
    std::string path;
    bool ok = false;
    std::string reason;  // why it failed (empty when ok)
    double seconds = 0;
    long errorCells = 0;              // formula cells with an error result
    std::vector<ErrorCell> errors;    // the first few of them
    std::vector<CellValue> values;    // one per Rollup::extracts
    std::vector<std::string> warnings;
    std::vector<std::string> outputs;  // relative to the output folder
};

struct Rollup {
    std::vector<std::string> extracts;  // the --extract specs, in order
    std::vector<Row> rows;
    std::string shard;  // "i/n" for one shard, "merged" after merge
};

// Writes DIR/rollup.csv and DIR/rollup.json, each atomically.
void writeRollup(const std::string& dir, const Rollup& rollup);

std::string rollupCsv(const Rollup& rollup);
std::string rollupJson(const Rollup& rollup);

// Reads a rollup.json written by writeRollup; throws std::runtime_error.
Rollup readRollupJson(const std::string& path);

}  // namespace ssfb
