// Unit tests of ssf-batch's office-free parts (Catch2).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "address.hpp"
#include "corpus.hpp"
#include "fsutil.hpp"
#include "json.hpp"
#include "options.hpp"
#include "process.hpp"
#include "rollup.hpp"

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

TEST_CASE("JSON: round trip, escapes, shortest numbers") {
    Json o = Json::object();
    o.set("text", "quote \" backslash \\ newline \n tab \t bell \x07 é");
    o.set("n", -4.65);
    o.set("tiny", 1e-300);
    o.set("null", Json());
    Json a = Json::array();
    a.push(true);
    a.push(3);
    o.set("list", a);
    Json back = Json::parse(o.dump());
    CHECK(back.find("text")->asString() == o.find("text")->asString());
    CHECK(back.find("n")->asNumber() == -4.65);
    CHECK(back.find("tiny")->asNumber() == 1e-300);
    CHECK(back.find("null")->isNull());
    CHECK(back.find("list")->items().size() == 2);
    CHECK(formatShortest(-4.65) == "-4.65");
    CHECK(formatShortest(0.1 + 0.2) == "0.30000000000000004");
    CHECK(Json::parse("\"\\u00e9\\ud83d\\ude00\"").asString() == "\xc3\xa9\xf0\x9f\x98\x80");
    CHECK_THROWS(Json::parse("{\"a\": 1,}"));
    CHECK_THROWS(Json::parse("[1] x"));
    CHECK_THROWS(Json::parse("\"unterminated"));
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
    touch(in / "out" / "old.ods");  // a previous run's output folder
    touch(dir.path / "extra.csv");
    const std::string out = (in / "out").string();

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
    CHECK(all.total == 6);
    CHECK(isInput(all, (in / "b.ods").string()));
    CHECK_FALSE(isInput(all, (in / "out" / "old.ods").string()));

    // An output folder that contains the inputs skips nothing.
    Corpus outside = collectCorpus({in.string()}, dir.path.string(), Shard{});
    CHECK(outside.documents.size() == 5);  // a, a, b, north/c, out/old

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
