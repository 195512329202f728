"""The C++ text generated from the catalogue by tools/catalogue.py: the
add-in's method declarations (addin/methods.inc), its table of Calc names and
argument names (addin/names.hpp), and the fuzzers' call of every function
(fuzz/spreadsheet_calls.inc). Plain string building, one function per file.
"""

# How each parameter kind and result is declared in C++ (the IDL's types, as
# the SDK's cppumaker spells them; functions.hpp names the aliases).
CPP_PARAM_TYPES = {"range": "const CellRange&", "array": "const Any&", "number": "const Any&",
                   "caller": "const Caller&"}
CPP_RESULT_TYPES = {"value": "Any", "array": "AnyMatrix"}
CPP_KINDS = {"range": "Range", "array": "Array", "number": "Number", "caller": "Caller"}


def _wrapped(head, items, tail, indent, width=118, brackets="()"):
    """`head(item, item...)tail` on one line, or broken after commas."""
    line = f"{indent}{head}{brackets[0]}{', '.join(items)}{brackets[1]}{tail}"
    if len(line) <= width:
        return [line]
    lines, current = [], f"{indent}{head}{brackets[0]}"
    pad = " " * len(current)
    for i, item in enumerate(items):
        piece = item + (", " if i < len(items) - 1 else f"{brackets[1]}{tail}")
        if len(current) + len(piece.rstrip()) > width and current.strip():
            lines.append(current.rstrip())
            current = pad
        current += piece
    lines.append(current)
    return lines


def methods_inc(data, header, group_titles):
    out = [f"// {header}",
           "// The XFunctions methods, declared inside class Functions (functions.hpp);",
           "// each is defined in addin/<group>_functions.cpp."]
    group = None
    for f in data["function"]:
        if f["group"] != group:
            group = f["group"]
            out += ["", f"// {group_titles[group]}"]
        params = [f"{CPP_PARAM_TYPES[p['kind']]} {p['name']}" for p in f["params"]]
        out += _wrapped(f"{CPP_RESULT_TYPES[f['result']]} SAL_CALL {f['method']}", params, " override;", "")
    return "\n".join(out) + "\n"


def names_hpp(data, header):
    svc = data["service"]
    functions = data["function"]
    most = max(len(f["params"]) for f in functions)
    out = [f"// {header}",
           "// Every function's Calc name and its parameters' wizard names, for the add-in's",
           "// messages and SSF_WHY: names::<method>::kName and names::<method>::<parameter>.",
           "#pragma once", "", "#include <cstddef>", "", "namespace ssf::uno::names {", "",
           f'inline constexpr char kService[] = "{svc["name"]}";',
           f'inline constexpr char kImplementation[] = "{svc["implementation"]}";',
           f'inline constexpr char kInterface[] = "{svc["interface"]}";',
           "// How a formula names our functions in ODF: ORG.SSFCALC.FUNCTIONS.<METHOD>.",
           f'inline constexpr char kFormulaPrefix[] = "{svc["name"].upper()}.";', ""]
    for f in functions:
        out.append(f"namespace {f['method']} {{")
        out.append(f'inline constexpr char kName[] = "{f["name"]}";')
        out += [f'inline constexpr char {p["name"]}[] = "{p["display"]}";' for p in f["params"]]
        out += [f"}}  // namespace {f['method']}", ""]
    out += ["// The same as a table, in the order of the type library's parameters.",
            "enum class Kind { " + ", ".join(CPP_KINDS.values()) + " };",
            "struct Parameter {", "    const char* name;", "    Kind kind;", "};",
            f"inline constexpr std::size_t kMostParameters = {most};",
            "struct Function {", "    const char* method;", "    const char* name;", "    std::size_t count;",
            "    Parameter params[kMostParameters];", "};",
            "inline constexpr Function kFunctions[] = {"]
    for f in functions:
        m = f["method"]
        params = [f"{{{m}::{p['name']}, Kind::{CPP_KINDS[p['kind']]}}}" for p in f["params"]]
        out += _wrapped(f'{{"{m}", {m}::kName, {len(f["params"])}, ', params, "},", "    ", brackets="{}")
    out += ["};", "", "}  // namespace ssf::uno::names"]
    return "\n".join(out) + "\n"


def fuzz_calls_inc(data, header):
    out = [f"// {header}",
           "// The fuzzers' call of every spreadsheet function (its `fuzz` field), entries",
           "// of the table in fuzz/core_calls.cpp, which includes this file."]
    for f in data["function"]:
        if "fuzz" in f:
            out += [f'{{"{f["method"]}", +[](const Args& a) -> Result {{', f"     return toResult({f['fuzz']});",
                    " }, true},"]
    return "\n".join(out) + "\n"
