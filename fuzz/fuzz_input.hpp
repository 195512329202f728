// The byte format shared by the ssfcalc fuzz targets (fuzz_core, fuzz_convert)
// and the seed generator (make_seeds.py, which documents the same format).
// Every byte string decodes to something: a read past the end yields zeros,
// so libFuzzer's mutations never have to respect the format to be useful.
#pragma once

#include "ssf/input.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace fuzz {

// Calc's sheet limits (LibreOffice 7.4): no declared range is larger, so the
// fuzzers keep declared sizes within them and memory stays bounded by what
// Calc itself can hand over.
constexpr std::size_t kSheetRows = 1048576;
constexpr std::size_t kSheetCols = 16384;
// At most this many cells are stored per range (16 bytes each: 2 MiB).
constexpr std::size_t kMaxStoredCells = std::size_t{1} << 17;
// At most this many cells are decoded one by one from the input.
constexpr std::size_t kMaxExplicitCells = 4096;
// A generated block repeats texts; past this many bytes of them, the rest of
// the block stays blank (the harness's own copying must not be the hang).
constexpr std::size_t kMaxGeneratedText = std::size_t{1} << 20;

class Reader {
public:
    Reader(const std::uint8_t* data, std::size_t size) : p_(data), end_(data + size) {}

    bool done() const { return p_ >= end_; }
    std::size_t left() const { return static_cast<std::size_t>(end_ - p_); }

    std::uint8_t u8() { return done() ? 0 : *p_++; }
    std::uint16_t u16() { return static_cast<std::uint16_t>(u8() | (u8() << 8)); }
    std::uint32_t u24() { return u16() | (static_cast<std::uint32_t>(u8()) << 16); }
    std::uint32_t u32() { return u16() | (static_cast<std::uint32_t>(u16()) << 16); }
    double f64() {
        std::uint64_t bits = u32();
        bits |= static_cast<std::uint64_t>(u32()) << 32;
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    std::string bytes(std::size_t n) {
        std::string s;
        while (n-- > 0 && !done()) s.push_back(static_cast<char>(u8()));
        return s;
    }

    // A size: 0-249 as is; 250-254 pick a large special size; 255 is followed
    // by a 24-bit little-endian value taken modulo (limit + 1).
    std::size_t size(std::size_t limit) {
        static constexpr std::size_t special[] = {kSheetRows, kSheetCols, 65536, kSheetRows - 1, 4097};
        std::uint8_t b = u8();
        std::size_t v = b < 250 ? b : b < 255 ? special[b - 250] : u24() % (limit + 1);
        return v > limit ? limit : v;
    }

private:
    const std::uint8_t* p_;
    const std::uint8_t* end_;
};

// Numbers worth trying on every function.
inline double specialNumber(std::uint8_t i) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    static const double table[] = {
        0.0, -0.0, 1.0, -1.0, 0.5, std::numeric_limits<double>::quiet_NaN(), inf, -inf,
        1e308, -1e308, std::numeric_limits<double>::min(), std::numeric_limits<double>::denorm_min(),
        std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(), -1.0000000000000002,
        1.0000000000000002, 0.18, -0.5, 1.5, 2.0, 1e-300, -1e-300, 4294967296.0, 1e16, 6.0, 7.0,
        std::numeric_limits<double>::signaling_NaN(), -std::numeric_limits<double>::denorm_min(),
        9007199254740993.0, 1e-12, 0.1, 1.0 / 3.0};
    return table[i % (sizeof table / sizeof table[0])];
}

// Texts worth trying (answers, modes, labels, look-alikes).
inline std::string specialText(std::uint8_t i) {
    static const char* const table[] = {
        "yes", "No", "Y", "n", "TRUE", "false", " Yes ", "YES\t", "\xC2\xA0yes", "y e s", "yes\xC2",
        "1", "0", "marginal", "flat", "Healthcare", "healthcare ", "IT operations", "Line of business",
        "Direct", "Partner", "-", "#N/A", "Err:502", "\xE2\x80\x8Byes", "ja", "\xFF\xFE", "NaN", "inf",
        "1e308", "\xC3\x9F",
        // issue 14: Unicode case pairs, NFC vs NFD, thin / ideographic spaces, fullwidth
        "\xC3\x96" "ffentliche Hand", "\xC3\xB6" "ffentliche hand", "\xD0\x93\xD0\x9E\xD0\xA1", "\xD0\xB3\xD0\xBE\xD1\x81",
        "Sant\xC3\xA9", "Sante\xCC\x81", "IT\xE2\x80\x89operations", "IT\xE3\x80\x80Operations", "\xEF\xBC\xB9\xEF\xBC\xA5\xEF\xBC\xB3"};
    return table[i % (sizeof table / sizeof table[0])];
}

// One cell: a tag byte (tag % 8) and its payload.
//   0 blank | 1 number: 8 raw bytes | 2 special number (u8) | 3 number i16/100
//   4 special text (u8) | 5 text: u8 length + bytes | 6 error cell
//   7 long text: u16 length, u8 fill byte (a very long label)
struct CellValue {
    ssf::CellKind kind = ssf::CellKind::Blank;
    double number = 0.0;
    std::string text;
};

inline CellValue readCell(Reader& in) {
    CellValue v;
    switch (in.u8() % 8) {
        case 0: break;
        case 1: v.kind = ssf::CellKind::Number; v.number = in.f64(); break;
        case 2: v.kind = ssf::CellKind::Number; v.number = specialNumber(in.u8()); break;
        case 3: v.kind = ssf::CellKind::Number; v.number = static_cast<std::int16_t>(in.u16()) / 100.0; break;
        case 4: v.kind = ssf::CellKind::Text; v.text = specialText(in.u8()); break;
        case 5: v.kind = ssf::CellKind::Text; v.text = in.bytes(in.u8()); break;
        case 6: v.kind = ssf::CellKind::Error; break;
        case 7: {
            v.kind = ssf::CellKind::Text;
            std::size_t n = in.u16();
            v.text.assign(n, static_cast<char>(in.u8()));
            break;
        }
    }
    return v;
}

// Stores a decoded cell the way the add-in's converter does ("" is blank).
inline void putCell(ssf::Range& range, std::size_t r, std::size_t c, const CellValue& v) {
    switch (v.kind) {
        case ssf::CellKind::Blank: range.setBlank(r, c); break;
        case ssf::CellKind::Number: range.setNumber(r, c, v.number); break;
        case ssf::CellKind::Text: range.setText(r, c, v.text); break;
        case ssf::CellKind::Error: range.setError(r, c); break;
    }
}

// One range: a shape byte, sizes, then its stored cells.
//   shape % 4: 0 column (N x 1), 1 row (1 x N), 2 block (R x C): stored as
//     declared, up to the stored-cell limits; 3 sparse: declared R x C, then
//     stored rows and columns (u8 each), the rest of the range blank.
//   shape bit 2 (4): the stored block is generated, not listed cell by cell:
//     mode u8 % 3: 0 template (u8 count + cells, repeated); 1 numbers
//     start + i * step (two i16/100); 2 labels "p<i mod m>" (u16 m).
//   otherwise the stored cells follow row by row; when the input runs out
//     the remaining cells stay blank.
inline ssf::Range readRange(Reader& in) {
    std::uint8_t shape = in.u8();
    std::size_t rows = 0, cols = 0, storedRows = 0, storedCols = 0;
    switch (shape % 4) {
        case 0: rows = in.size(kSheetRows); cols = 1; break;
        case 1: rows = 1; cols = in.size(kSheetCols); break;
        case 2: rows = in.size(kSheetRows); cols = in.size(kSheetCols); break;
        case 3:
            rows = in.size(kSheetRows);
            cols = in.size(kSheetCols);
            storedRows = in.u8();
            storedCols = in.u8();
            break;
    }
    const bool generated = (shape & 4) != 0;
    const std::size_t cap = generated ? kMaxStoredCells : kMaxExplicitCells;
    if (shape % 4 != 3) {
        storedRows = rows;
        storedCols = cols;
    }
    storedCols = std::min(storedCols, cols);
    storedRows = std::min(storedRows, rows);
    if (storedCols > cap) storedCols = cap;
    if (storedCols != 0 && storedRows > cap / storedCols) storedRows = cap / storedCols;

    ssf::Range range(rows, cols, storedRows, storedCols);
    const std::size_t n = storedRows * storedCols;
    if (n == 0) return range;
    if (!generated) {
        for (std::size_t i = 0; i < n && !in.done(); ++i) putCell(range, i / storedCols, i % storedCols, readCell(in));
        return range;
    }
    switch (in.u8() % 3) {
        case 0: {
            std::size_t k = in.u8();
            std::vector<CellValue> pattern;
            for (std::size_t i = 0; i < k; ++i) pattern.push_back(readCell(in));
            if (pattern.empty()) return range;
            std::size_t textBytes = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const CellValue& v = pattern[i % k];
                if ((textBytes += v.text.size()) > kMaxGeneratedText) break;
                putCell(range, i / storedCols, i % storedCols, v);
            }
            break;
        }
        case 1: {
            double start = static_cast<std::int16_t>(in.u16()) / 100.0;
            double step = static_cast<std::int16_t>(in.u16()) / 100.0;
            for (std::size_t i = 0; i < n; ++i)
                range.setNumber(i / storedCols, i % storedCols, start + static_cast<double>(i) * step);
            break;
        }
        case 2: {
            std::size_t m = std::max<std::size_t>(1, in.u16());
            for (std::size_t i = 0; i < n; ++i)
                range.setText(i / storedCols, i % storedCols, "p" + std::to_string(i % m));
            break;
        }
    }
    return range;
}

// A scalar argument: a kind byte (% 3): 0 omitted, 1 a cell value, 2 a number
// with its 8 raw bytes (the common case, short to encode).
inline ssf::Scalar readScalar(Reader& in) {
    ssf::Scalar s;
    switch (in.u8() % 3) {
        case 0: return s;
        case 1: {
            CellValue v = readCell(in);
            switch (v.kind) {
                case ssf::CellKind::Blank: s.kind = ssf::Scalar::Kind::Blank; return s;
                case ssf::CellKind::Number: return ssf::Scalar::of(v.number);
                case ssf::CellKind::Text: return ssf::Scalar::ofText(v.text);
                case ssf::CellKind::Error: s.kind = ssf::Scalar::Kind::Error; return s;
            }
            return s;
        }
        default: return ssf::Scalar::of(in.f64());
    }
}

}  // namespace fuzz
