// Unit tests of ssf-batch's office-free parts (Catch2).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

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
#include "json.hpp"
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
    // A file name that is not UTF-8 made rollup.json invalid: its bytes
    // become U+FFFD, valid UTF-8 passes through.
    Json name("caf\xe9 \xc3\xa9 \xed\xa0\x80 \xf0\x9f\x98\x80 \xc0\xaf.ods");
    std::string dumped = name.dump();
    while (!dumped.empty() && dumped.back() == '\n') dumped.pop_back();
    CHECK(dumped == "\"caf\\ufffd \xc3\xa9 \\ufffd\\ufffd\\ufffd \xf0\x9f\x98\x80 \\ufffd\\ufffd.ods\"");
    CHECK(Json::parse(name.dump()).asString() == "caf\xef\xbf\xbd \xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xf0\x9f\x98\x80 \xef\xbf\xbd\xef\xbf\xbd.ods");
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
