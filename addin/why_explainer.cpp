// SSF_WHY's argument rebuilding, calling and wording (why_explainer.hpp).
#include "why_explainer.hpp"

#include "guard.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/reflection/InvocationTargetException.hpp>
#include <com/sun/star/reflection/XIdlClass.hpp>
#include <com/sun/star/reflection/XIdlMethod.hpp>
#include <com/sun/star/reflection/theCoreReflection.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace ssf::uno::why_detail {

namespace {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;
using why::Argument;
using Kind = Argument::Kind;

// SSF_ calls nested in arguments that are called in turn.
constexpr int kMaxNesting = 4;
// An `any` argument over a range is copied cell by cell, as Calc does; larger
// ones are not re-checked (Calc's own copy is bounded elsewhere, issue 14).
constexpr std::size_t kMaxCopiedCells = std::size_t{1} << 20;

OUString fromUtf8(const std::string& s) {
    return rtl::OStringToOUString(rtl::OString(s.data(), static_cast<sal_Int32>(s.size())), RTL_TEXTENCODING_UTF8);
}

}  // namespace

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

css::table::CellRangeAddress addressOf(const Reference<css::table::XCellRange>& r) {
    Reference<css::sheet::XCellRangeAddressable> a(r, UNO_QUERY);
    return a.is() ? a->getRangeAddress() : css::table::CellRangeAddress();
}

namespace {

struct Parameter {
    std::string name;  // the wizard's name
    enum class Type { Range, Value, Caller } type = Type::Value;
};

Parameter::Type typeOf(names::Kind kind) {
    if (kind == names::Kind::Range) return Parameter::Type::Range;
    return kind == names::Kind::Caller ? Parameter::Type::Caller : Parameter::Type::Value;
}

// The session's methods: naming cells, rebuilding arguments, calling, wording.
struct Explainer : Session {
    static Outcome fail(std::string sentence) {
        Outcome o;
        o.sentence = std::move(sentence);
        return o;
    }

    // "C4", or "Data.C4" on another sheet.
    std::string cell(const css::table::CellRangeAddress& a, sal_Int32 col, sal_Int32 row, sal_Int32 col2 = -1,
                     sal_Int32 row2 = -1) const {
        std::string name = why::cellName(static_cast<std::size_t>(col), static_cast<std::size_t>(row));
        if (col2 >= 0 && (col2 != col || row2 != row))
            name += ":" + why::cellName(static_cast<std::size_t>(col2), static_cast<std::size_t>(row2));
        Reference<css::container::XNamed> named;
        if (a.Sheet >= 0) {
            Reference<css::sheet::XSpreadsheetDocument> doc(document, UNO_QUERY);
            if (doc.is()) {
                Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY);
                if (sheets.is() && a.Sheet < sheets->getCount()) named.set(sheets->getByIndex(a.Sheet), UNO_QUERY);
            }
        }
        const std::string other = named.is() ? utf8(named->getName()) : sheetName;
        if (other.empty() || other == sheetName) return name;
        bool plain = !std::isdigit(static_cast<unsigned char>(other[0]));
        for (char c : other) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
        if (plain) return other + "." + name;
        std::string quoted = "'";
        for (char c : other) quoted += (c == '\'') ? std::string("''") : std::string(1, c);
        return quoted + "'." + name;
    }
    std::string range(const Reference<css::table::XCellRange>& r) const {
        css::table::CellRangeAddress a = addressOf(r);
        return cell(a, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow);
    }

    // A reference or named range of the formula as a cell range.
    Reference<css::table::XCellRange> resolve(const Argument& a, std::string& problem) const {
        try {
            if (a.kind == Kind::Name) {
                Reference<css::sheet::XNamedRanges> names(
                    document.is() ? document->getPropertyValue("NamedRanges") : css::uno::Any(), UNO_QUERY);
                const OUString name = fromUtf8(a.value);
                if (names.is() && names->hasByName(name)) {
                    Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(name), UNO_QUERY);
                    if (referrer.is()) return referrer->getReferredCells();
                }
                problem = "the name " + a.value + " is not a named range " + kWhy + " can find";
                return nullptr;
            }
            Reference<css::table::XCellRange> onSheet(sheet, UNO_QUERY);
            if (!a.sheet.empty()) {
                Reference<css::sheet::XSpreadsheetDocument> doc(document, UNO_QUERY);
                Reference<css::container::XNameAccess> sheets(doc.is() ? doc->getSheets() : nullptr, UNO_QUERY);
                const OUString name = fromUtf8(a.sheet);
                onSheet.clear();
                if (sheets.is() && sheets->hasByName(name)) onSheet.set(sheets->getByName(name), UNO_QUERY);
                if (!onSheet.is()) {
                    problem = "there is no sheet named " + a.sheet;
                    return nullptr;
                }
            }
            if (onSheet.is()) return onSheet->getCellRangeByName(fromUtf8(a.range));
        } catch (const css::uno::Exception&) {
        }
        problem = kWhy + " cannot find these cells";
        return nullptr;
    }

    // How a cell reads in a sentence: "shows 60%x" or "is blank".
    static std::string content(const Reference<css::table::XCell>& c) {
        if (!c.is()) return "";
        if (c->getType() == css::table::CellContentType_EMPTY) return "is blank";
        if (const int code = static_cast<int>(c->getError())) return "shows " + why::calcErrorShown(code);
        Reference<css::text::XTextRange> text(c, UNO_QUERY);
        std::string shown = text.is() ? utf8(text->getString()) : std::string();
        return "shows " + why::shown(shown, 40);
    }

    // The cell of item `item` along an argument's range ("cell C4"), or its
    // row of a table ("cells E3:F3"); `seen` gets what the cell shows.
    std::string itemCell(const Reference<css::table::XCellRange>& r, std::size_t item, std::string* seen = nullptr) const {
        css::table::CellRangeAddress a = addressOf(r);
        const sal_Int32 rows = a.EndRow - a.StartRow + 1, cols = a.EndColumn - a.StartColumn + 1;
        const auto k = static_cast<sal_Int32>(item);
        sal_Int32 col = a.StartColumn, row = a.StartRow;
        if (rows == 1 && cols > 1) {
            if (k >= cols) return range(r);
            col += k;
        } else {
            if (k >= rows) return range(r);
            row += k;
            if (cols > 1) return "cells " + cell(a, col, row, a.EndColumn, row);
        }
        if (seen) {
            try {
                *seen = content(r->getCellByPosition(col - a.StartColumn, row - a.StartRow));
            } catch (const css::uno::Exception&) {
            }
        }
        return "cell " + cell(a, col, row);
    }

    // An `any` argument from cells, as Calc builds it: one cell is its value
    // (a blank one 0), several are an array; an error value stops the call.
    bool valueOf(const Reference<css::table::XCellRange>& r, css::uno::Any& out, std::string& problem) const {
        css::table::CellRangeAddress a = addressOf(r);
        const std::size_t rows = static_cast<std::size_t>(a.EndRow - a.StartRow) + 1;
        const std::size_t cols = static_cast<std::size_t>(a.EndColumn - a.StartColumn) + 1;
        if (rows * cols > kMaxCopiedCells) {
            problem = range(r) + " has " + std::to_string(rows * cols) + " cells, too many for " + kWhy + " to re-check";
            return false;
        }
        Reference<css::sheet::XCellRangeData> data(r, UNO_QUERY);
        if (!data.is()) return false;
        AnyMatrix values = data->getDataArray();
        for (sal_Int32 i = 0; i < values.getLength(); ++i)
            for (sal_Int32 j = 0; j < values[i].getLength(); ++j)
                if (!values[i][j].hasValue()) {
                    Reference<css::table::XCell> c = r->getCellByPosition(j, i);
                    const int code = c.is() ? static_cast<int>(c->getError()) : 0;
                    problem = "cell " + cell(a, a.StartColumn + j, a.StartRow + i) + " shows " +
                              why::calcErrorShown(code) +
                              (rows * cols > 1 ? ": Calc refuses a range with an error value here (Err:504)"
                                               : ", so Calc shows that error without calling the function");
                    return false;
                }
        if (rows * cols == 1) {
            Reference<css::table::XCell> c = r->getCellByPosition(0, 0);
            if (c.is() && c->getType() == css::table::CellContentType_EMPTY) out <<= 0.0;
            else out = values[0][0];
            return true;
        }
        out <<= values;
        return true;
    }

    static std::string kindName(Kind k) {
        switch (k) {
            case Kind::Number: return "a number";
            case Kind::Text: return "a text";
            case Kind::Boolean: return "TRUE or FALSE";
            case Kind::InlineArray: return "an inline array";
            case Kind::Call: return "a function";
            default: return "an expression";
        }
    }

    Outcome evaluate(const std::string& written, const std::vector<Argument>& args, int depth) const {
        const std::string fname = calcName(written);
        const names::Function* f = functionOf(written);
        Reference<css::reflection::XIdlMethod> m;
        for (const auto& candidate : functions->getMethods())
            if (f && candidate.is() && utf8(candidate->getName()) == f->method) m = candidate;
        if (!m.is()) return fail(fname + " is not a function of this version of ssfcalc.");
        if (fname == kWhy)
            return fail("The formula asks " + kWhy + " itself: " + kWhy + " explains the cell with the SSF_ function.");

        std::vector<Parameter> params;
        for (std::size_t i = 0; i < f->count; ++i) params.push_back({f->params[i].name, typeOf(f->params[i].kind)});
        std::size_t visible = 0;
        for (const auto& p : params) visible += p.type == Parameter::Type::Caller ? 0 : 1;
        if (args.size() > visible)
            return fail(fname + " takes at most " + std::to_string(visible) + " arguments; the formula gives " +
                        std::to_string(args.size()) + ".");

        Sequence<css::uno::Any> call(static_cast<sal_Int32>(params.size()));
        std::vector<Reference<css::table::XCellRange>> refs(params.size());
        std::vector<const Argument*> writtenArgs(params.size(), nullptr);
        std::size_t v = 0;
        for (std::size_t i = 0; i < params.size(); ++i) {
            const Parameter& p = params[i];
            if (p.type == Parameter::Type::Caller) {
                call.getArray()[i] <<= document;
                continue;
            }
            const Argument* a = v < args.size() ? &args[v] : nullptr;
            ++v;
            writtenArgs[i] = a;
            const Kind k = a ? a->kind : Kind::Missing;
            const std::string label = fname + ": argument '" + p.name + "'";
            std::string problem;
            if (k == Kind::Reference || k == Kind::Name) {
                refs[i] = resolve(*a, problem);
                if (!refs[i].is()) return fail(label + " (" + why::shown(a->text) + "): " + problem + ".");
                if (p.type == Parameter::Type::Range) {
                    call.getArray()[i] <<= refs[i];
                } else if (!valueOf(refs[i], call.getArray()[i], problem)) {
                    return fail(label + ", " + problem + ".");
                }
                continue;
            }
            if (p.type == Parameter::Type::Range) {
                if (k == Kind::Missing) return fail(label + " is missing: it needs a cell reference such as B2:B6.");
                return fail(label + " is " + kindName(k) + " (" + why::shown(a->text) +
                            ") where a cell reference such as B2:B6 belongs: Calc refuses it before calling " + fname +
                            " (Err:504, or #VALUE! for an expression). Put the values in cells and refer to them.");
            }
            css::uno::Any& out = call.getArray()[i];
            switch (k) {
                case Kind::Missing: break;  // void: left out
                case Kind::Number:
                case Kind::Boolean: out <<= a->number; break;
                case Kind::Text: out <<= fromUtf8(a->value); break;
                case Kind::InlineArray: {
                    AnyMatrix m2(static_cast<sal_Int32>(a->rows.size()));
                    for (std::size_t r = 0; r < a->rows.size(); ++r) {
                        Sequence<css::uno::Any> row(static_cast<sal_Int32>(a->rows[r].size()));
                        for (std::size_t c = 0; c < a->rows[r].size(); ++c) {
                            const Argument& e = a->rows[r][c];
                            if (e.kind == Kind::Text) row.getArray()[c] <<= fromUtf8(e.value);
                            else row.getArray()[c] <<= e.number;
                        }
                        m2.getArray()[r] = row;
                    }
                    out <<= m2;
                    break;
                }
                case Kind::Call: {
                    if (upper(a->value).rfind(kPrefix, 0) != 0)
                        return fail(fname + ": " + kWhy + " cannot re-check argument '" + p.name + "', the function " +
                                    why::shown(a->text) + ": to see what it gives, put it in a cell of its own and "
                                    "refer to that cell.");
                    if (depth >= kMaxNesting) return fail(fname + ": its SSF_ functions are nested too deeply to re-check.");
                    Outcome inner = evaluate(a->value, a->args, depth + 1);
                    if (!inner.ok)
                        return fail(inner.sentence + " " + fname + " gets that through its argument '" + p.name + "'.");
                    out = inner.value;
                    break;
                }
                default:
                    return fail(fname + ": " + kWhy + " cannot re-check argument '" + p.name + "', the expression " +
                                why::shown(a->text) + ": to see what it gives, put it in a cell of its own and refer "
                                "to that cell.");
            }
        }

        lastProblem() = Problem();
        try {
            css::uno::Any result = m->invoke(self, call);
            AnyMatrix block;
            // #N/A: a void value, or the 1 x 1 #N/A block an array function gives (guard.hpp).
            double only = 0;
            const bool naBlock = (result >>= block) && block.getLength() == 1 && block[0].getLength() == 1 &&
                                 (block[0][0] >>= only) && std::isnan(only) &&
                                 lastProblem().kind == Problem::Kind::NotAvailable;
            if (!result.hasValue() || naBlock)
                return fail(fname + " shows #N/A, not known yet: " + placed(params, refs, writtenArgs, true) + ".");
            Outcome ok;
            ok.ok = true;
            ok.value = result;
            return ok;
        } catch (const css::reflection::InvocationTargetException& e) {
            if (lastProblem().kind == Problem::Kind::Input)
                return fail(fname + ": " + placed(params, refs, writtenArgs, false) + ".");
            css::uno::Exception inner;
            const std::string reason = (e.TargetException >>= inner) ? utf8(inner.Message) : std::string("internal error");
            return fail(fname + " shows #VALUE!: " + reason + ".");
        } catch (const css::uno::Exception& e) {
            return fail(fname + " could not be called again: " + utf8(e.Message) + ".");
        }
    }

    // The core's last problem in words: where (argument and cell) and why.
    std::string placed(const std::vector<Parameter>& params,
                       const std::vector<Reference<css::table::XCellRange>>& refs,
                       const std::vector<const Argument*>& writtenArgs, bool notAvailable) const {
        const Problem& p = lastProblem();
        if (p.kind == Problem::Kind::None) return notAvailable ? "the table has no rows yet" : "the input is invalid";
        auto find = [&](const std::string& name) -> std::size_t {
            auto fold = [](std::string s) {
                std::string out;
                for (char c : s)
                    if (c != '_' && c != ' ') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
                return out;
            };
            for (std::size_t i = 0; i < params.size(); ++i)
                if (params[i].type != Parameter::Type::Caller && fold(params[i].name) == fold(name)) return i;
            return params.size();
        };
        const ssf::Place& place = p.place;
        if (place.located() && !place.argument().empty()) {
            std::size_t i = find(place.argument());
            std::string where = "argument '" + place.argument() + "'", seen;
            if (i < params.size() && refs[i].is()) where += ", " + itemCell(refs[i], place.item(), &seen);
            else if (i < params.size() && writtenArgs[i])
                where += ", item " + std::to_string(place.item() + 1) + " of " + why::shown(writtenArgs[i]->text);
            else where += ", item " + std::to_string(place.item() + 1);
            return where + ": " + place.reason() + (seen.empty() ? "" : " (the cell " + seen + ")");
        }
        if (place.located()) {  // a row of every range
            std::string cells;
            for (std::size_t i = 0; i < params.size(); ++i) {
                if (!refs[i].is()) continue;
                std::string seen;
                std::string at = itemCell(refs[i], place.item(), &seen);
                cells += (cells.empty() ? "" : "; ") + params[i].name + " " + at.substr(at.find(' ') + 1) +
                         (seen.empty() ? "" : " " + seen);
            }
            return "row " + std::to_string(place.item() + 1) + " of the table: " + place.reason() +
                   (cells.empty() ? "" : " (" + cells + ")");
        }
        // Not placed: the message names its argument first ("quota must be greater than 0").
        const std::string& message = p.message;
        std::size_t i = find(message.substr(0, message.find_first_of(" :,")));
        if (i < params.size()) {
            std::string shownAs;
            std::string seen;
            css::table::CellRangeAddress a = addressOf(refs[i]);
            if (refs[i].is() && (a.EndRow > a.StartRow || a.EndColumn > a.StartColumn)) {
                shownAs = ", cells " + range(refs[i]);
            } else if (refs[i].is()) {
                shownAs = ", " + itemCell(refs[i], 0, &seen);  // sets `seen`
                if (!seen.empty()) shownAs += " " + seen;
            }
            else if (writtenArgs[i] && writtenArgs[i]->kind != Kind::Missing) shownAs = " (" + why::shown(writtenArgs[i]->text) + ")";
            else shownAs = " (left out)";
            return "argument '" + params[i].name + "'" + shownAs + ": " + message;
        }
        // About the ranges together (lengths, shapes): say what each one is.
        std::string sizes;
        if (message.find("range") == std::string::npos) return message;
        for (std::size_t j = 0; j < params.size(); ++j) {
            if (!refs[j].is()) continue;
            css::table::CellRangeAddress a = addressOf(refs[j]);
            const sal_Int32 rows = a.EndRow - a.StartRow + 1, cols = a.EndColumn - a.StartColumn + 1;
            sizes += (sizes.empty() ? "" : "; ") + params[j].name + " " + range(refs[j]) + ": " + std::to_string(rows) +
                     (rows == 1 ? " row x " : " rows x ") + std::to_string(cols) + (cols == 1 ? " column" : " columns");
        }
        return message + (sizes.empty() ? "" : " (" + sizes + ")");
    }
};

}  // namespace

const names::Function* functionOf(const std::string& written) {
    const std::size_t prefix = std::strlen(kPrefix);
    if (written.size() <= prefix || upper(written.substr(0, prefix)) != kPrefix) return nullptr;
    const std::string method = upper(written.substr(prefix));
    for (const auto& f : names::kFunctions)
        if (upper(f.method) == method) return &f;
    return nullptr;
}

std::string calcName(const std::string& written) {
    if (const names::Function* f = functionOf(written)) return f->name;
    const std::size_t prefix = std::strlen(kPrefix);
    return "SSF_" + upper(written.size() > prefix ? written.substr(prefix) : written);
}

Outcome evaluate(const Session& session, const std::string& function, const std::vector<why::Argument>& args) {
    return Explainer{session}.evaluate(function, args, 0);
}

std::string cellName(const Session& session, const css::table::CellRangeAddress& sheetOf, sal_Int32 col, sal_Int32 row,
                     sal_Int32 col2, sal_Int32 row2) {
    return Explainer{session}.cell(sheetOf, col, row, col2, row2);
}

std::string rangeName(const Session& session, const css::uno::Reference<css::table::XCellRange>& r) {
    return Explainer{session}.range(r);
}

}  // namespace ssf::uno::why_detail
