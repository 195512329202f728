// Unit tests of ssf-batch's office-free parts (Catch2).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "address.hpp"
#include "claims.hpp"
#include "corpus.hpp"
#include "fsutil.hpp"
#include "options.hpp"
#include "process.hpp"
#include "rollup.hpp"
#include "safefs.hpp"

namespace fs = std::filesystem;
using namespace ssfb;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::string t = (fs::temp_directory_path() / "ssf-batch-unit-XXXXXX").string();
        path = ::mkdtemp(t.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

void touch(const fs::path& p, const std::string& content = "x") {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << content;
}

// Processes of process group `pgid` that are not zombies, after up to 2 s
// (a killed orphan stays a zombie until init reaps it).
int liveMembers(pid_t pgid) {
    int live = 0;
    for (int tries = 0; tries < 40; ++tries) {
        live = 0;
        for (const auto& e : fs::directory_iterator("/proc")) {
            const std::string name = e.path().filename().string();
            if (name.find_first_not_of("0123456789") != std::string::npos) continue;
            std::ifstream in(e.path() / "stat");
            std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            auto close = stat.rfind(')');
            if (close == std::string::npos) continue;
            char state = 0;
            long ppid = 0, pgrp = 0;
            if (std::sscanf(stat.c_str() + close + 1, " %c %ld %ld", &state, &ppid, &pgrp) == 3 && pgrp == pgid &&
                state != 'Z')
                ++live;
        }
        if (live == 0) break;
        ::usleep(50000);
    }
    return live;
}

Command parse(std::vector<std::string> args) {
    args.insert(args.begin(), "ssf-batch");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    return parseCommandLine(static_cast<int>(argv.size()), argv.data());
}

}  // namespace

TEST_CASE("cell addresses for --extract") {
    std::string sheet;
    long c = -1, r = -1;
    REQUIRE(parseCellAddress("Impact.B12", sheet, c, r));
    CHECK(sheet == "Impact");
    CHECK(c == 1);
    CHECK(r == 11);
    REQUIRE(parseCellAddress("$Impact.$AA$3", sheet, c, r));
    CHECK((sheet == "Impact" && c == 26 && r == 2));
    REQUIRE(parseCellAddress("'My.Sheet'.C1", sheet, c, r));
    CHECK((sheet == "My.Sheet" && c == 2 && r == 0));
    CHECK_FALSE(parseCellAddress("NetImpact", sheet, c, r));
    CHECK_FALSE(parseCellAddress("Impact.B", sheet, c, r));
    CHECK_FALSE(parseCellAddress("Impact.B0", sheet, c, r));
    CHECK_FALSE(parseCellAddress(".B2", sheet, c, r));
    CHECK_FALSE(parseCellAddress("Impact.ABCD1", sheet, c, r));
    CHECK(columnName(0) == "A");
    CHECK(columnName(25) == "Z");
    CHECK(columnName(26) == "AA");
    CHECK(columnName(16383) == "XFD");
}

TEST_CASE("rollup: CSV quoting, JSON written and read back") {
    Rollup r;
    r.extracts = {"Impact.E2", "Note"};
    r.shard = "0/1";
    Row ok;
    ok.path = "units/a, \"b\".ods";
    ok.ok = true;
    ok.seconds = 0.25;
    ok.errorCells = 2;
    ok.errors = {{"Impact.E3", "#DIV/0!"}, {"Impact.F3", "#N/A"}};
    ok.values = {CellValue{CellValue::Kind::Number, -4.65, ""}, CellValue{CellValue::Kind::Text, 0, "line\nbreak"}};
    ok.outputs = {"units/a.ods"};
    Row bad;
    bad.path = "units/empty.ods";
    bad.reason = "empty file (0 bytes)";
    bad.values = {CellValue{CellValue::Kind::Error, 0, "Err:502"}, CellValue{}};
    r.rows = {ok, bad};

    std::string csv = rollupCsv(r);
    CHECK(csv.rfind("path,status,reason,seconds,error_cells,first_errors,Impact.E2,Note,warnings,outputs\n", 0) == 0);
    CHECK(csv.find("\"units/a, \"\"b\"\".ods\",ok,,0.250,2,Impact.E3=#DIV/0!; Impact.F3=#N/A,-4.65,\"line\nbreak\"") !=
          std::string::npos);
    CHECK(csv.find("units/empty.ods,failed,empty file (0 bytes),0.000,0,,Err:502,,,") != std::string::npos);

    TempDir dir;
    writeRollup(dir.path.string(), r);
    Rollup back = readRollupJson((dir.path / "rollup.json").string());
    REQUIRE(back.rows.size() == 2);
    CHECK(back.extracts == r.extracts);
    CHECK(back.rows[0].path == ok.path);
    CHECK(back.rows[0].ok);
    CHECK(back.rows[0].values[0].number == -4.65);
    CHECK(back.rows[0].values[1].text == "line\nbreak");
    CHECK(back.rows[0].errors.size() == 2);
    CHECK_FALSE(back.rows[1].ok);
    CHECK(back.rows[1].values[0].kind == CellValue::Kind::Error);
    CHECK(back.rows[1].values[0].text == "Err:502");
    for (const auto& e : fs::directory_iterator(dir.path))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
    touch(dir.path / "other.json", "{\"format\": \"something else\"}");
    CHECK_THROWS_WITH(readRollupJson((dir.path / "other.json").string()), Catch::Contains("not an ssf-batch rollup"));
    touch(dir.path / "broken.json", "{\"format\": \"ssf-batch-rollup/1\",}");
    CHECK_THROWS_WITH(readRollupJson((dir.path / "broken.json").string()), Catch::Contains("not readable as JSON"));
    touch(dir.path / "wrong.json", "{\"format\": \"ssf-batch-rollup/1\", \"documents\": [{\"path\": 7}]}");
    CHECK_THROWS_WITH(readRollupJson((dir.path / "wrong.json").string()), Catch::Contains("expected a text"));
}

namespace {

// `"key": text` as a member line of rollup.json (followed by ',' or the line end).
bool hasMember(const std::string& json, const std::string& key, const std::string& text) {
    const std::string member = "\"" + key + "\": " + text;
    for (auto at = json.find(member); at != std::string::npos; at = json.find(member, at + 1)) {
        const char next = at + member.size() < json.size() ? json[at + member.size()] : '\0';
        if (next == ',' || next == '\n') return true;
    }
    return false;
}

Row rowWithValues(std::vector<CellValue> values) {
    Row row;
    row.path = "units/a.ods";
    row.ok = true;
    row.values = std::move(values);
    return row;
}

CellValue number(double d) { return CellValue{CellValue::Kind::Number, d, ""}; }
CellValue text(std::string s) { return CellValue{CellValue::Kind::Text, 0, std::move(s)}; }

}  // namespace

// The whole text of a small rollup.json, written by hand from the README's
// description: key order, two-space indent, empty lists, error values and
// nulls, one trailing newline. Scripts read this file; it must not drift.
TEST_CASE("rollup.json: the exact text") {
    Rollup r;
    r.extracts = {"Impact.E2", "Note"};
    r.shard = "0/1";
    Row ok = rowWithValues({number(100), text("caf\xc3\xa9 \"quoted\"\ttab\\")});
    ok.seconds = 0.25;
    ok.errorCells = 1;
    ok.errors = {{"Impact.E3", "#DIV/0!"}};
    ok.outputs = {"units/a.ods"};
    Row bad;
    bad.path = "units/b.ods";
    bad.reason = "empty file (0 bytes)";
    bad.values = {CellValue{CellValue::Kind::Error, 0, "Err:502"}, CellValue{}};
    bad.warnings = {"Note: no such sheet or name"};
    r.rows = {ok, bad};
    const std::string expected = R"json({
  "format": "ssf-batch-rollup/1",
  "generated_by": "ssf-batch )json" SSF_BATCH_VERSION R"json(",
  "shard": "0/1",
  "extracts": [
    "Impact.E2",
    "Note"
  ],
  "summary": {
    "documents": 2,
    "ok": 1,
    "failed": 1,
    "document_seconds": 0.25
  },
  "documents": [
    {
      "path": "units/a.ods",
      "status": "ok",
      "reason": "",
      "seconds": 0.25,
      "error_cells": 1,
      "errors": [
        {
          "cell": "Impact.E3",
          "value": "#DIV/0!"
        }
      ],
      "values": {
        "Impact.E2": 100,
        "Note": "café \"quoted\"\ttab\\"
      },
      "warnings": [],
      "outputs": [
        "units/a.ods"
      ]
    },
    {
      "path": "units/b.ods",
      "status": "failed",
      "reason": "empty file (0 bytes)",
      "seconds": 0,
      "error_cells": 0,
      "errors": [],
      "values": {
        "Impact.E2": {
          "error": "Err:502"
        },
        "Note": null
      },
      "warnings": [
        "Note: no such sheet or name"
      ],
      "outputs": []
    }
  ]
}
)json";
    CHECK(rollupJson(r) == expected);
}

// Numbers are written in the shortest text that reads back to the same
// double, choosing the shorter of plain and exponent form and plain on a tie
// (std::to_chars without a format, C++17 [charconv.to.chars]): integral
// values without ".0", 100000 as 1e+05 (5 characters against 6).
TEST_CASE("rollup.json: numbers in shortest form, as before") {
    Rollup r;
    r.extracts = {"hundred", "lakh", "tenth_mille", "zero", "minus_zero", "big", "sum", "tiny", "price"};
    r.rows = {rowWithValues({number(100), number(100000), number(0.0001), number(0), number(-0.0),
                             number(123456789012), number(0.1 + 0.2), number(5e-324), number(-4.65)})};
    r.rows[0].seconds = 1.23449;  // written rounded to milliseconds
    const std::string json = rollupJson(r);
    CHECK(hasMember(json, "hundred", "100"));
    CHECK(hasMember(json, "lakh", "1e+05"));
    CHECK(hasMember(json, "tenth_mille", "1e-04"));
    CHECK(hasMember(json, "zero", "0"));
    CHECK(hasMember(json, "minus_zero", "-0"));
    CHECK(hasMember(json, "big", "123456789012"));
    CHECK(hasMember(json, "sum", "0.30000000000000004"));
    CHECK(hasMember(json, "tiny", "5e-324"));
    CHECK(hasMember(json, "price", "-4.65"));
    CHECK(hasMember(json, "seconds", "1.234"));
    CHECK(hasMember(json, "document_seconds", "1.234"));
    CHECK(hasMember(json, "documents", "1"));
    CHECK(hasMember(json, "error_cells", "0"));
}

// NaN and infinities have no JSON form: null in rollup.json (read back as an
// empty value), spelled out in rollup.csv.
TEST_CASE("rollup: non-finite numbers") {
    Rollup r;
    r.extracts = {"nan", "plus", "minus"};
    r.rows = {rowWithValues({number(std::nan("")), number(HUGE_VAL), number(-HUGE_VAL)})};
    const std::string json = rollupJson(r);
    CHECK(hasMember(json, "nan", "null"));
    CHECK(hasMember(json, "plus", "null"));
    CHECK(hasMember(json, "minus", "null"));
    CHECK(rollupCsv(r).find("units/a.ods,ok,,0.000,0,,NaN,Infinity,-Infinity,,\n") != std::string::npos);
    TempDir dir;
    writeRollup(dir.path.string(), r);
    Rollup back = readRollupJson((dir.path / "rollup.json").string());
    REQUIRE(back.rows.size() == 1);
    for (const auto& v : back.rows[0].values) CHECK(v.kind == CellValue::Kind::Empty);
}

// A file name need not be UTF-8 and a cell text may carry a lone surrogate;
// JSON text must be UTF-8. Each byte that does not belong to a well-formed
// UTF-8 sequence becomes one U+FFFD (a cut-short sequence gives one per
// byte), valid UTF-8 and control characters pass through.
TEST_CASE("rollup.json: text that is not UTF-8") {
    const std::string rep = "\xef\xbf\xbd";
    Rollup r;
    r.extracts = {"Note"};
    r.rows = {rowWithValues({text("caf\xe9 \xc3\xa9 \xed\xa0\x80 \xf0\x9f\x98\x80 \xf0\x9f\x98 x \xc0\xaf\b\f\x01 end\xe2\x82")})};
    r.rows[0].path = "units/caf\xe9.ods";
    TempDir dir;
    writeRollup(dir.path.string(), r);
    const std::string raw = readFile((dir.path / "rollup.json").string());
    for (const char* bad : {"\xe9", "\xed\xa0", "\xf0\x9f\x98 ", "\xc0", "\xe2\x82\""})
        CHECK(raw.find(bad) == std::string::npos);
    Rollup back = readRollupJson((dir.path / "rollup.json").string());
    REQUIRE(back.rows.size() == 1);
    CHECK(back.rows[0].path == "units/caf" + rep + ".ods");
    CHECK(back.rows[0].values[0].text == "caf" + rep + " \xc3\xa9 " + rep + rep + rep + " \xf0\x9f\x98\x80 " + rep + rep +
                                             rep + " x " + rep + rep + "\b\f\x01 end" + rep + rep);
    // The CSV keeps the bytes as they are.
    CHECK(readFile((dir.path / "rollup.csv").string()).find("units/caf\xe9.ods") != std::string::npos);
}

// A rollup.json found in --out is read before anything is written there; a
// hostile one must give an error, not exhaust the stack.
TEST_CASE("rollup.json: deep nesting is refused, not a crash") {
    TempDir dir;
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    touch(dir.path / "deep.json", deep);
    CHECK_THROWS(readRollupJson((dir.path / "deep.json").string()));
    touch(dir.path / "inside.json", "{\"format\": \"ssf-batch-rollup/1\", \"documents\": " + deep + "}");
    CHECK_THROWS(readRollupJson((dir.path / "inside.json").string()));
}

TEST_CASE("corpus: recursion, names, collisions, shards") {
    TempDir dir;
    const fs::path in = dir.path / "units";
    touch(in / "b.ods");
    touch(in / "a.xlsx");
    touch(in / "a.ods");
    touch(in / "north" / "c.FODS");
    touch(in / "north" / "notes.txt");
    touch(in / ".~lock.b.ods#");
    touch(dir.path / "extra.csv");
    const std::string out = (dir.path / "out").string();

    Corpus all = collectCorpus({in.string(), (dir.path / "extra.csv").string(), (dir.path / "missing.ods").string()},
                               out, Shard{});
    std::vector<std::string> paths, stems;
    for (const auto& d : all.documents) {
        paths.push_back(fs::path(d.path).lexically_relative(dir.path).string());
        stems.push_back(d.stem);
    }
    CHECK(paths == std::vector<std::string>{"extra.csv", "missing.ods", "units/a.ods", "units/a.xlsx", "units/b.ods",
                                            "units/north/c.FODS"});
    CHECK(stems == std::vector<std::string>{"extra", "missing", "units/a_ods", "units/a_xlsx", "units/b", "units/north/c"});
    CHECK(all.documents[1].problem.find("not found") != std::string::npos);
    CHECK(all.documents[5].rel == "north/c.FODS");  // opened below the folder, links not followed
    CHECK(all.total == 6);
    CHECK(isInput(all, (in / "b.ods").string()));
    CHECK_FALSE(isInput(all, (dir.path / "extra2.csv").string()));

    // Shard k of n: the k-th, k+n-th... of the sorted paths, same names.
    Corpus s0 = collectCorpus({in.string()}, out, parseShard("0/2"));
    Corpus s1 = collectCorpus({in.string()}, out, parseShard("1/2"));
    REQUIRE(s0.documents.size() == 2);
    REQUIRE(s1.documents.size() == 2);
    CHECK(s0.documents[0].stem == "units/a_ods");
    CHECK(s1.documents[0].stem == "units/a_xlsx");
    CHECK(s0.documents[1].stem == "units/b");
    CHECK(s1.documents[1].stem == "units/north/c");
    CHECK(s0.total == 4);
}

TEST_CASE("corpus: output and input folders may not overlap") {
    TempDir dir;
    touch(dir.path / "data" / "units" / "a.ods");
    const std::string units = (dir.path / "data" / "units").string();
    // --out data with input data/units wrote into the user's own folder.
    CHECK_THROWS_AS(collectCorpus({units}, (dir.path / "data").string(), Shard{}), OverlapError);
    CHECK_THROWS_AS(collectCorpus({units}, units + "/results", Shard{}), OverlapError);
    CHECK_THROWS_AS(collectCorpus({units + "/a.ods"}, units, Shard{}), OverlapError);
    CHECK_THROWS_AS(collectCorpus({units}, units, Shard{}), OverlapError);
    CHECK(collectCorpus({units}, (dir.path / "out").string(), Shard{}).documents.size() == 1);
    CHECK(collectCorpus({units + "/a.ods"}, (dir.path / "data" / "out").string(), Shard{}).documents.size() == 1);
}

TEST_CASE("corpus: symbolic links inside input folders") {
    TempDir dir;
    const fs::path in = dir.path / "in";
    touch(in / "real.ods");
    touch(dir.path / "private" / "salary.ods", "secret");
    fs::create_symlink(dir.path / "private" / "salary.ods", in / "harmless.ods");  // leads outside
    fs::create_symlink(in / "real.ods", in / "alias.ods");                         // leads to an input
    fs::create_symlink("loop2.ods", in / "loop1.ods");                             // a loop
    fs::create_symlink("loop1.ods", in / "loop2.ods");
    fs::create_symlink(dir.path / "private", in / "more");  // a folder
    const std::string out = (dir.path / "out").string();

    Corpus c = collectCorpus({in.string()}, out, Shard{});  // a loop used to abort the whole run
    std::map<std::string, std::string> problems;
    for (const auto& d : c.documents) problems[fs::path(d.path).filename().string()] = d.problem;
    CHECK(problems.size() == 5);  // alias.ods is real.ods, processed once
    CHECK(problems["real.ods"].empty());
    CHECK(problems["harmless.ods"].find("outside the inputs") != std::string::npos);
    CHECK(problems["loop1.ods"].find("leads nowhere") != std::string::npos);
    CHECK(problems["loop2.ods"].find("leads nowhere") != std::string::npos);
    CHECK(problems["more"].find("to a folder") != std::string::npos);

    Corpus followed = collectCorpus({in.string()}, out, Shard{}, true);
    for (const auto& d : followed.documents)
        if (fs::path(d.path).filename() == "harmless.ods") CHECK(d.problem.empty());

    // A file replaced by a link after the listing is not followed.
    const Document real = c.documents[4];
    REQUIRE(fs::path(real.path).filename() == "real.ods");
    CHECK(openInputFile(real.root, real.rel));
    fs::remove(in / "real.ods");
    fs::create_symlink(dir.path / "private" / "salary.ods", in / "real.ods");
    CHECK_THROWS_WITH(openInputFile(real.root, real.rel), Catch::Contains("symbolic link"));
}

TEST_CASE("files next to the office's uid: no link is followed") {
    TempDir dir;
    Identity me = officeIdentity();
    me.drop = false;
    touch(dir.path / "victim" / "keep.txt", "keep");
    // rm -rf of a tree holding a link to a folder removes the link only.
    touch(dir.path / "work" / "stage" / "f.txt");
    fs::create_symlink(dir.path / "victim", dir.path / "work" / "stage" / "doc-1");
    CHECK(removeTree((dir.path / "work").string()));
    CHECK_FALSE(fs::exists(dir.path / "work"));
    CHECK(readFile((dir.path / "victim" / "keep.txt").string()) == "keep");
    // mkdir never takes over an existing name, link or not.
    fs::create_directories(dir.path / "stage");
    fs::create_symlink(dir.path / "victim", dir.path / "stage" / "doc-2");
    CHECK_THROWS(makeDir((dir.path / "stage" / "doc-2").string(), 0700, DirOwner::Office, me));
    makeDir((dir.path / "stage" / "doc-3").string(), 0711, DirOwner::Us, me);
    CHECK((fs::status(dir.path / "stage" / "doc-3").permissions() & fs::perms::all) == fs::perms(0711));
    // What "the office wrote" is read only when it is one regular file.
    const fs::path out = dir.path / "stage" / "doc-3";
    CHECK_THROWS_WITH(openOfficeOutput(out.string(), me), Catch::Contains("0 files"));
    fs::create_symlink(dir.path / "victim" / "keep.txt", out / "out.ods");
    CHECK_THROWS(openOfficeOutput(out.string(), me));
    fs::remove(out / "out.ods");
    touch(out / "out.ods", "copy");
    UniqueFd fd = openOfficeOutput(out.string(), me);
    // An output never replaces a file no run of ours wrote.
    touch(dir.path / "results" / "out.ods", "the user's");
    CHECK_THROWS_AS(installFromFd(fd.get(), (dir.path / "results" / "out.ods").string(), false), FileExists);
    CHECK(readFile((dir.path / "results" / "out.ods").string()) == "the user's");
    installFromFd(fd.get(), (dir.path / "results" / "new.ods").string(), false);
    CHECK(readFile((dir.path / "results" / "new.ods").string()) == "copy");
    int tmpFiles = 0;
    for (const auto& e : fs::directory_iterator(dir.path / "results"))
        tmpFiles += e.path().filename().string().rfind(".ssf-tmp", 0) == 0;
    CHECK(tmpFiles == 0);
}

TEST_CASE("a full disk is said so") {
    // It read "Input/output error"; /dev/full fails every write with ENOSPC.
    UniqueFd full(::open("/dev/full", O_WRONLY | O_CLOEXEC));
    REQUIRE(full);
    errno = 0;
    CHECK(::write(full.get(), "x", 1) < 0);
    CHECK(sysError("cannot write", "out/a.ods").find("the disk (or the quota) is full") != std::string::npos);
}

TEST_CASE("output names: one workbook per file") {
    OutputClaims claims;
    // x.ods (sheet y-z) and x-y.ods (sheet z) both wanted x-y-z.csv.
    CHECK(claims.claim("x-y-z.csv", "in/x.ods").empty());
    CHECK(claims.claim("x-y-z.csv", "in/x.ods").empty());
    CHECK(claims.claim("x-y-z.csv", "in/x-y.ods").find("in/x.ods") != std::string::npos);
    CHECK_FALSE(claims.claim("rollup.csv", "in/rollup.ods").empty());
    // Names past the file system's 255 bytes are cut, kept apart by a hash.
    CHECK(fitName("in/x", "-S.csv") == "in/x-S.csv");
    const std::string longStem = "in/" + std::string(250, 'l');
    const std::string a = fitName(longStem, "-Impact.csv"), b = fitName(longStem, "-Plain.csv");
    CHECK(a.size() - 3 == 255);
    CHECK(a.substr(a.size() - 11) == "-Impact.csv");
    CHECK(a.substr(0, 3) == "in/");
    CHECK(a != b);
    CHECK(fitName(longStem, "-Impact.csv") == a);
    std::string accented;
    for (int k = 0; k < 130; ++k) accented += "\xc3\xa9";  // é, two bytes each
    const std::string cut = fitName(accented, ".values.ods");
    REQUIRE(cut.size() == 254);  // 234 bytes of whole characters, ~hash (9), .values.ods (11)
    CHECK(cut[cut.find('~') - 1] == '\xa9');  // not inside a character
    CHECK_FALSE(claims.mayReplace("a.ods"));
    claims.allowReplacing({"a.ods"});
    CHECK(claims.mayReplace("a.ods"));
}

TEST_CASE("command line") {
    Command c = parse({"--out", "o", "-f", "ods, PDF", "--formats", "csv,ods", "-x", "A.B1", "-x", "A.B1", "-x", "N",
                       "--shard", "1/3", "in"});
    REQUIRE(c.kind == Command::Kind::Run);
    CHECK(c.run.formats == std::vector<std::string>{"ods", "pdf", "csv"});
    CHECK(c.run.extracts == std::vector<std::string>{"A.B1", "N"});
    CHECK((c.run.shard.index == 1 && c.run.shard.count == 3));
    CHECK(c.run.timeout == 120);
    CHECK(c.run.jobs >= 1);
    CHECK_THROWS_AS(parse({"--out", "o", "--formats", "docx", "in"}), UsageError);
    CHECK_THROWS_AS(parse({"in"}), UsageError);
    CHECK_THROWS_AS(parse({"--out", "o"}), UsageError);
    CHECK_THROWS_AS(parse({"--out", "o", "--jobs", "0", "in"}), UsageError);
    // -1 used to become 4294967295 jobs, 1e12 and inf a deadline in the past.
    for (const char* bad : {"-1", "1e3", "x", "", "4294967296", "257"})
        CHECK_THROWS_AS(parse({"--out", "o", "--jobs", bad, "in"}), UsageError);
    for (const char* bad : {"1e12", "inf", "nan", "-3", "0", "5s", "604801"})
        CHECK_THROWS_AS(parse({"--out", "o", "--timeout", bad, "in"}), UsageError);
    CHECK(parse({"--out", "o", "--timeout", "0.5", "--jobs", "3", "in"}).run.timeout == 0.5);
    CHECK(parse({"--out", "o", "--memory-limit", "0", "in"}).run.memoryLimitMb == 0);
    CHECK(parse({"--out", "o", "in"}).run.memoryLimitMb == 2048);
    CHECK_THROWS_AS(parse({"--out", "o", "--memory-limit", "100", "in"}), UsageError);
    CHECK_THROWS_AS(parse({"--out", "o", "--max-docs-per-worker", "-2", "in"}), UsageError);
    // An address outside every sheet failed every workbook and restarted the worker.
    CHECK_THROWS_AS(parse({"--out", "o", "-x", "Impact.XFE1", "in"}), UsageError);
    CHECK_THROWS_AS(parse({"--out", "o", "-x", "Impact.A1048577", "in"}), UsageError);
    CHECK(parse({"--out", "o", "-x", "Impact.XFD1048576", "in"}).run.extracts.size() == 1);
    CHECK_THROWS_AS(parse({"--out", "o", "--bogus", "in"}), UsageError);
    for (const char* bad : {"3/3", "1", "-1/2", "a/b", "1/0", "1/2x"}) CHECK_THROWS_AS(parseShard(bad), UsageError);
    Command m = parse({"merge", "--out", "all", "a.json", "b"});
    REQUIRE(m.kind == Command::Kind::Merge);
    CHECK(m.merge.rollups == std::vector<std::string>{"a.json", "b"});
    CHECK_THROWS_AS(parse({"merge", "a.json"}), UsageError);
}

TEST_CASE("processes: own group, killed with it, status described") {
    SpawnSpec spec;
    spec.argv = {"/bin/sh", "-c", "sleep 30 & sleep 30"};
    spec.env = {"PATH=/usr/bin:/bin"};
    spec.identity.drop = false;
    pid_t pid = spawn(spec);
    CHECK(::getpgid(pid) == pid);
    CHECK_FALSE(reapIfExited(pid).has_value());
    int status = killGroupAndReap(pid);
    CHECK(describeStatus(status) == "killed by signal 9 (SIGKILL)");
    CHECK(liveMembers(pid) == 0);  // the background sleep went with the group
    CHECK(ChildRegistry::instance().snapshot().empty());

    bool timedOut = false;
    spec.argv = {"/bin/sh", "-c", "exit 3"};
    CHECK(describeStatus(runToCompletion(spec, 10, timedOut)) == "exit code 3");
    CHECK_FALSE(timedOut);
    spec.argv = {"/bin/sleep", "10"};
    runToCompletion(spec, 0.2, timedOut);
    CHECK(timedOut);
    spec.argv = {"/nonexistent/tool"};
    CHECK_THROWS_WITH(spawn(spec), Catch::Contains("exec"));
}

TEST_CASE("atomic writes leave no partial files") {
    TempDir dir;
    const std::string target = (dir.path / "sub" / "r.csv").string();
    writeAtomically(target, "one");
    writeAtomically(target, "two");
    CHECK(readFile(target) == "two");
    touch(dir.path / "src.bin", "payload");
    installAtomically((dir.path / "src.bin").string(), target);
    CHECK(readFile(target) == "payload");
    CHECK_THROWS(installAtomically((dir.path / "missing").string(), target));
    CHECK(readFile(target) == "payload");
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir.path / "sub")) files += e.is_regular_file();
    CHECK(files == 1);
}
