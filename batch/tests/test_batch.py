"""End-to-end tests of ssf-batch against real headless LibreOffice.

    test_batch.py SSF_BATCH SCENARIO

Every scenario makes its own corpus in a temporary folder, runs the tool,
checks the rollup, the outputs, that the inputs are untouched, and that no
LibreOffice process the run started is left. A missing LibreOffice fails the
test (it does not skip).
"""
import csv
import hashlib
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402

LO_PROGRAM = os.environ.get("SSF_LO_PROGRAM", "/usr/lib/libreoffice/program")
failures = []
WORK_FOLDERS = []


def check(cond, what):
    print(("ok     " if cond else "FAILED ") + what, flush=True)
    if not cond:
        failures.append(what)


def near(a, b):
    return isinstance(a, (int, float)) and math.isclose(a, b, rel_tol=0, abs_tol=1e-9)


def snapshot(root):
    """Every file under root with its SHA-256: the inputs must not change."""
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def our_offices(marker):
    """PIDs of processes whose command line mentions `marker` (our work dir)."""
    pids = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmd and int(pid) != os.getpid():
            pids.append((int(pid), cmd))
    return pids


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def run(tool, args, **kw):
    t0 = time.monotonic()
    p = subprocess.run([tool, *args], capture_output=True, text=True, **kw)
    print(f"$ ssf-batch {' '.join(args)}\n  -> exit {p.returncode} in {time.monotonic() - t0:.1f} s", flush=True)
    if p.stderr:
        print("  " + p.stderr.strip().replace("\n", "\n  "), flush=True)
    return p


def rollup(out):
    with open(os.path.join(out, "rollup.json")) as f:
        data = json.load(f)
    with open(os.path.join(out, "rollup.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    return data, {d["path"]: d for d in data["documents"]}, {r["path"]: r for r in rows}


def no_survivors(work):
    time.sleep(0.3)
    left = our_offices(work)
    check(not left, f"no process of the run survives ({left})")
    leftovers = [e for e in os.listdir(work) if e.startswith("ssf-batch-")]
    check(not leftovers, f"the temporary work folder is removed ({leftovers})")


def work_folder():
    """ssf-batch's --work-dir: started as root, it runs LibreOffice as uid
    65534, which must pass through every parent of the work folder (the
    inputs and outputs may be anywhere, e.g. in the test's 0700 folder)."""
    work = tempfile.mkdtemp(prefix="ssf-batch-test-work-")
    os.chmod(work, 0o711)
    WORK_FOLDERS.append(work)
    return work


def require_office():
    for tool in ("soffice.bin", "unopkg"):
        path = os.path.join(LO_PROGRAM, tool)
        if not os.access(path, os.X_OK):
            print(f"FAILED LibreOffice is required for this test: {path} is missing "
                  "(apt-get install libreoffice-calc-nogui)")
            sys.exit(1)


# -- scenarios ---------------------------------------------------------------

def scenario_help(tool, tmp):
    p = run(tool, ["--help"])
    check(p.returncode == 0, "--help exits 0")
    for opt in ("--out", "--jobs", "--timeout", "--formats", "--extract", "--values-only", "--quiet", "--shard",
                "--max-docs-per-worker", "--extension", "Example", "merge"):
        check(opt in p.stdout, f"--help explains {opt}")
    p = run(tool, ["--out", tmp, "--formats", "docx", tmp])
    check(p.returncode == 2 and "unknown format" in p.stderr, "an unknown format is a usage error (exit 2)")
    p = run(tool, ["--shard", "3/3", "--out", tmp, tmp])
    check(p.returncode == 2 and "--shard" in p.stderr, "a bad --shard is a usage error")
    p = run(tool, ["--office", "/nonexistent", "--out", os.path.join(tmp, "o"), tmp])
    check(p.returncode == 2, "no spreadsheets in the inputs: exit 2")


def scenario_corpus(tool, tmp):
    """Good and bad files together: values, errors, outputs, values-only."""
    src, out, work = os.path.join(tmp, "corpus"), os.path.join(tmp, "out"), work_folder()
    corpus.make_good(src)
    bad = corpus.make_bad(src)
    before = snapshot(src)
    extracts = ["Impact.E2", "NetImpact", "Impact.F2", "Impact.G2", "Plain.B5", "Stale.A3"]
    args = ["--jobs", "2", "--work-dir", work, "--out", out, "--formats", "ods,xlsx,pdf,csv", "--values-only"]
    for x in extracts:
        args += ["--extract", x]
    p = run(tool, args + [src])
    check(p.returncode == 1, "exit status 1 when some files failed")
    data, docs, rows = rollup(out)
    good = [f"{src}/units/impact.fods", f"{src}/units/north/impact.ods"]
    check(len(docs) == 9, f"one row per workbook (9): {len(docs)}")
    for path in good:
        d = docs.get(path, {})
        check(d.get("status") == "ok", f"{path}: ok ({d.get('reason')})")
        v = d.get("values", {})
        for name in ("Impact.E2", "NetImpact", "Impact.F2", "Impact.G2", "Plain.B5"):
            check(near(v.get(name), corpus.EXPECTED[name]), f"{path}: {name} = {corpus.EXPECTED[name]} (got {v.get(name)})")
        check(d.get("error_cells") == 3, f"{path}: 3 error cells reported (got {d.get('error_cells')})")
        errs = {e["cell"]: e["value"] for e in d.get("errors", [])}
        check(errs == {"Impact.E3": "#DIV/0!", "Impact.F3": "#N/A", "Impact.G3": "Err:502"},
              f"{path}: error cells with addresses and values ({errs})")
        check(v.get("Stale.A3") is None and any("Stale.A3" in w for w in d.get("warnings", [])),
              f"{path}: a missing extract is null with a warning")
    for path in (f"{src}/units/stale.fods", f"{src}/units/stale.xlsx"):
        d = docs.get(path, {})
        check(d.get("status") == "ok" and near(d["values"].get("Stale.A3"), 5.0),
              f"{path}: stale stored result 999 recalculated to 5 (got {d.get('values', {}).get('Stale.A3')})")
    check(near(docs.get(f"{src}/units/stale.xlsx", {}).get("values", {}).get("NetImpact"), 5.0),
          "a named range of an .xlsx is extracted")
    for name, word in bad.items():
        d = docs.get(f"{src}/bad/{name}", {})
        check(d.get("status") == "failed" and word in d.get("reason", ""),
              f"bad/{name}: failed, reason mentions '{word}' ({d.get('reason')})")
    r = rows.get(f"{src}/units/impact.fods", {})
    check(r.get("status") == "ok" and r.get("Impact.E2") == "-4.65" and r.get("Plain.B5") == "42",
          f"rollup.csv has the same values ({r.get('Impact.E2')}, {r.get('Plain.B5')})")
    check("Impact.E3=#DIV/0!" in r.get("first_errors", ""), "rollup.csv lists the first error cells")

    # Outputs: names mirror the input folder; the two stale files are told apart.
    units = os.path.join(out, "corpus", "units")
    expected_files = ["impact.ods", "impact.xlsx", "impact.pdf", "impact-Impact.csv", "impact-Plain.csv",
                      "impact.values.ods", "north/impact.ods", "north/impact.values.ods",
                      "stale_fods.ods", "stale_xlsx.ods", "stale_xlsx-Stale.csv"]
    for f in expected_files:
        check(os.path.isfile(os.path.join(units, f)), f"output {f} written")
    with open(os.path.join(units, "impact.pdf"), "rb") as f:
        check(f.read(5) == b"%PDF-", "the PDF is a PDF")
    with open(os.path.join(units, "impact-Plain.csv")) as f:
        check("sum,42" in f.read(), "the CSV of sheet Plain holds the recalculated values")
    with zipfile.ZipFile(os.path.join(units, "impact.xlsx")) as z:
        check("xl/workbook.xml" in z.namelist(), "the XLSX is an XLSX")
    for f in ("impact.values.ods", "north/impact.values.ods", "stale_xlsx.values.ods"):
        with zipfile.ZipFile(os.path.join(units, f)) as z:
            content = z.read("content.xml").decode()
        check("table:formula" not in content and "number-matrix" not in content,
              f"{f}: no formula left in content.xml")
        if f.startswith("impact"):
            check('office:value="-4.65"' in content and "#DIV/0!" in content and 'office:value="70"' in content,
                  f"{f}: values (add-in, error text, array result) kept")
    with zipfile.ZipFile(os.path.join(units, "impact.ods")) as z:
        check("ORG.SSFCALC.FUNCTIONS.GPDELTA" in z.read("content.xml").decode(),
              "the recalculated .ods keeps its formulas")
    stray = [f for d, _, fs in os.walk(out) for f in fs if ".tmp-" in f]
    check(not stray, f"no temporary files left in the output ({stray})")
    check(snapshot(src) == before, "the inputs are unchanged and nothing was written next to them")
    no_survivors(work)

    # A second run into the same folder replaces what the first wrote (the
    # rollup lists it), and nothing else.
    units = os.path.join(out, "corpus", "units")
    p = run(tool, ["--work-dir", work, "--out", out, "--formats", "ods", "--quiet", src])
    _, docs2, _ = rollup(out)
    check(p.returncode == 1 and docs2.get(f"{src}/units/impact.fods", {}).get("status") == "ok",
          "a second run replaces the .ods the first one wrote")
    check(p.stderr == "", "--quiet prints nothing")
    with open(os.path.join(units, "impact.pdf"), "w") as f:
        f.write("the user's own report")
    p = run(tool, ["--work-dir", work, "--out", out, "--formats", "pdf", "--quiet", src])
    _, docs2, _ = rollup(out)
    d = docs2.get(f"{src}/units/impact.fods", {})
    with open(os.path.join(units, "impact.pdf")) as f:
        check(f.read() == "the user's own report", "a file no run wrote is never overwritten")
    check(d.get("status") == "failed" and "never overwrites" in d.get("reason", ""),
          f"... and the workbook says so ({d.get('reason')})")
    # Output folders overlapping the inputs are refused (--out data with
    # input data/units overwrote the user's data/units/report.pdf).
    for bad_out in (os.path.join(src, "units", "results"), src, tmp):
        p = run(tool, ["--work-dir", work, "--out", bad_out, os.path.join(src, "units")])
        check(p.returncode == 2 and "overlap" in p.stderr, f"--out {bad_out} overlapping the input is refused")
    check(not os.path.exists(os.path.join(src, "units", "results")), "... before anything is written")
    check(snapshot(src) == before, "the inputs are still unchanged")
    no_survivors(work)


def scenario_timeout(tool, tmp):
    src, out, work = os.path.join(tmp, "corpus"), os.path.join(tmp, "out"), work_folder()
    corpus.write(os.path.join(src, "a_good.fods"), corpus.fods(*corpus.impact_tables()))
    # 40 cells of a million-row array each: about 10 s of calculation on an
    # idle machine of the project's kind, far beyond the 3 s limit.
    corpus.write(os.path.join(src, "slow.fods"), corpus.slow_fods(40))
    corpus.write(os.path.join(src, "z_good.fods"), corpus.fods(*corpus.impact_tables()))
    t0 = time.monotonic()
    p = run(tool, ["--jobs", "1", "--timeout", "3", "--work-dir", work, "--out", out, "--extract", "NetImpact", src])
    elapsed = time.monotonic() - t0
    check(p.returncode == 1, "exit status 1")
    _, docs, _ = rollup(out)
    d = docs.get(f"{src}/slow.fods", {})
    check(d.get("status") == "failed" and "timed out after 3 s" in d.get("reason", ""),
          f"the slow workbook fails with a timeout ({d.get('reason')})")
    check(2.9 < d.get("seconds", 0) < 10, f"it was stopped near the limit ({d.get('seconds')} s)")
    for name in ("a_good.fods", "z_good.fods"):
        g = docs.get(f"{src}/{name}", {})
        check(g.get("status") == "ok" and near(g["values"].get("NetImpact"), -1.65),
              f"{name} before and after it is processed (worker restarted)")
    check("restarted" in p.stderr, "the restart is reported")
    check(elapsed < 40, f"the batch does not wait for the slow file ({elapsed:.1f} s)")
    no_survivors(work)


def scenario_crash(tool, tmp):
    """Simulated crash: the test kills the worker's soffice.bin with SIGSEGV
    once it has spent 2.5 s of CPU (only the slow workbook gets there), which
    is what a crashing LibreOffice looks like from outside."""
    src, out, work = os.path.join(tmp, "corpus"), os.path.join(tmp, "out"), work_folder()
    corpus.write(os.path.join(src, "a_good.fods"), corpus.fods(*corpus.impact_tables()))
    corpus.write(os.path.join(src, "slow.fods"), corpus.slow_fods(40))
    corpus.write(os.path.join(src, "z_good.fods"), corpus.fods(*corpus.impact_tables()))
    proc = subprocess.Popen([tool, "--jobs", "1", "--timeout", "100", "--work-dir", work, "--out", out,
                             "--extract", "NetImpact", src], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = set()
    deadline = time.monotonic() + 100
    while proc.poll() is None and time.monotonic() < deadline:
        for pid, cmd in our_offices(work):
            if "soffice.bin" in cmd and pid not in killed and len(killed) < 2 and cpu_seconds(pid) > 2.5:
                os.kill(pid, signal.SIGSEGV)
                killed.add(pid)
        time.sleep(0.1)
    if proc.poll() is None:
        proc.kill()
    _, err = proc.communicate()
    print("  " + err.strip().replace("\n", "\n  "))
    check(len(killed) == 2, f"the test killed two offices ({len(killed)})")
    check(proc.returncode == 1, f"exit status 1 ({proc.returncode})")
    _, docs, _ = rollup(out)
    d = docs.get(f"{src}/slow.fods", {})
    # LibreOffice's own SIGSEGV handler ends the process with abort(): the
    # rollup shows what the process really died of (SIGABRT here).
    check(d.get("status") == "failed" and "crashed (killed by signal" in d.get("reason", "")
          and "twice" in d.get("reason", ""), f"the workbook fails as a crash, after one retry ({d.get('reason')})")
    check("trying it once more" in err, "the retry is reported")
    for name in ("a_good.fods", "z_good.fods"):
        g = docs.get(f"{src}/{name}", {})
        check(g.get("status") == "ok" and near(g["values"].get("NetImpact"), -1.65), f"{name} ok around the crash")
    no_survivors(work)


def scenario_shard(tool, tmp):
    """--shard i/n on two "machines", then merge: the same rows as one run."""
    src, work = os.path.join(tmp, "corpus"), work_folder()
    tables, named = corpus.impact_tables()
    for i in range(5):
        corpus.write(os.path.join(src, f"unit{i}.fods"), corpus.fods(tables, named))
    corpus.write(os.path.join(src, "stale.fods"), corpus.fods(corpus.stale_tables()))
    corpus.write(os.path.join(src, "empty.ods"), b"")
    outs = []
    for i in range(2):
        out = os.path.join(tmp, f"shard-{i}")
        p = run(tool, ["--shard", f"{i}/2", "--jobs", "1", "--quiet", "--work-dir", work, "--out", out,
                       "--extract", "NetImpact", "--extract", "Stale.A3", src])
        outs.append(out)
        check(p.returncode in (0, 1), f"shard {i}/2 ran")
    paths = [sorted(rollup(o)[1]) for o in outs]
    every = sorted(f"{src}/{n}" for n in os.listdir(src))
    check(paths[0] == every[0::2] and paths[1] == every[1::2],
          "shard k of n takes the k-th, k+n-th... of the sorted paths")
    merged = os.path.join(tmp, "all")
    p = run(tool, ["merge", "--out", merged, outs[1], os.path.join(outs[0], "rollup.json")])
    check(p.returncode == 1, "merge exits 1: a row failed")
    data, docs, rows = rollup(merged)
    check(sorted(docs) == every, "the merged rollup has every workbook once, sorted")
    check(data["extracts"] == ["NetImpact", "Stale.A3"], "extract columns kept")
    check(all(near(docs[f"{src}/unit{i}.fods"]["values"]["NetImpact"], -1.65) for i in range(5)),
          "merged values")
    check(near(docs[f"{src}/stale.fods"]["values"]["Stale.A3"], 5.0), "merged values of the other shard")
    check(docs[f"{src}/empty.ods"]["status"] == "failed", "failures survive the merge")
    check(list(rows) == every and rows[f"{src}/unit0.fods"]["NetImpact"] == "-1.65", "merged rollup.csv")
    no_survivors(work)


def scenario_signal(tool, tmp):
    """SIGTERM in the middle: offices killed, partial rollup, exit 143."""
    src, out, work = os.path.join(tmp, "corpus"), os.path.join(tmp, "out"), work_folder()
    corpus.write(os.path.join(src, "a_good.fods"), corpus.fods(*corpus.impact_tables()))
    corpus.write(os.path.join(src, "slow1.fods"), corpus.slow_fods(40))
    corpus.write(os.path.join(src, "slow2.fods"), corpus.slow_fods(40))
    proc = subprocess.Popen([tool, "--jobs", "2", "--work-dir", work, "--out", out, src],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sum(cpu_seconds(p) > 1.5 for p, c in our_offices(work) if "soffice.bin" in c) < 1:
        time.sleep(0.1)
    offices = [p for p, c in our_offices(work) if "soffice.bin" in c]
    check(len(offices) >= 1, f"offices were running ({offices})")
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    check(proc.returncode == 128 + signal.SIGTERM, f"exit status 143 ({proc.returncode})")
    _, docs, _ = rollup(out)
    check(len(docs) == 3, "a partial rollup with every workbook")
    reasons = [d["reason"] for d in docs.values() if d["status"] == "failed"]
    check(reasons and all("SIGTERM" in r for r in reasons), f"unfinished workbooks say why ({reasons})")
    no_survivors(work)

    # SIGKILL cannot be caught: the offices die with us (PR_SET_PDEATHSIG).
    proc = subprocess.Popen([tool, "--jobs", "2", "--work-dir", work, "--out", out, src],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len([p for p, c in our_offices(work) if "soffice.bin" in c]) < 2:
        time.sleep(0.1)
    check(len([p for p, c in our_offices(work) if "soffice.bin" in c]) == 2, "two offices were running")
    proc.kill()
    proc.wait()
    time.sleep(1)
    left = our_offices(work)
    check(not left, f"after SIGKILL of ssf-batch no office survives ({left})")


SCENARIOS = {
    "help": scenario_help,
    "corpus": scenario_corpus,
    "timeout": scenario_timeout,
    "crash": scenario_crash,
    "shard": scenario_shard,
    "signal": scenario_signal,
}


def main():
    tool, name = os.path.abspath(sys.argv[1]), sys.argv[2]
    require_office()
    # The inputs and outputs live in a 0700 folder (as under /root or from
    # mktemp -d): a root run must read and write there without opening it.
    with tempfile.TemporaryDirectory(prefix=f"ssf-batch-test-{name}-") as tmp:
        os.chmod(tmp, 0o700)
        try:
            SCENARIOS[name](tool, tmp)
        finally:
            for w in WORK_FOLDERS:
                shutil.rmtree(w, ignore_errors=True)
    if failures:
        print(f"\n{len(failures)} check(s) failed:\n  " + "\n  ".join(failures))
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
