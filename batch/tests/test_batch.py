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

LO_PROGRAM = os.environ["SSF_LO_PROGRAM"]  # what CMake found; ctest sets it
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
            if os.path.islink(p):
                out[os.path.relpath(p, root)] = "-> " + os.readlink(p)
                continue
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
    p = subprocess.run([tool, *args], capture_output=True, text=True, errors="replace", **kw)
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
    p = run(tool, ["--office", "/nonexistent", "--out", os.path.join(tmp, "o"), os.path.join(tmp, "in")])
    check(p.returncode == 2, "no spreadsheets in the inputs: exit 2")
    for args, word in ((["--timeout", "1e12"], "--timeout"), (["--timeout", "inf"], "--timeout"),
                       (["--jobs", "-1"], "--jobs"), (["--extract", "Impact.XFE1"], "outside every sheet")):
        p = run(tool, args + ["--out", os.path.join(tmp, "o"), tmp])
        check(p.returncode == 2 and word in p.stderr, f"{' '.join(args)} is a usage error")

    # The output folder is checked before any work: writable, and not in
    # use by another run (which holds its lock).
    src = os.path.join(tmp, "in")
    corpus.write(os.path.join(src, "a.fods"), corpus.fods(*corpus.impact_tables()))
    os.chmod(tmp, 0o755)  # for the unprivileged run below
    readonly = os.path.join(tmp, "readonly")
    os.mkdir(readonly, 0o555)
    as_user, user_tool = {}, tool
    if os.geteuid() == 0:  # root writes anywhere: the read-only folder is another user's run
        as_user = {"preexec_fn": drop_to_nobody, "cwd": "/"}  # it may not enter ours
        # The build may sit in a 0700 folder (root's home, a mktemp -d clone):
        # that user runs its own copy of the tool.
        user_tool = os.path.join(tmp, "ssf-batch")
        shutil.copy2(tool, user_tool)
    t0 = time.monotonic()
    p = run(user_tool, ["--out", readonly, src], **as_user)
    check(p.returncode == 2 and "not writable" in p.stderr and time.monotonic() - t0 < 5,
          "a read-only --out is found at the start (exit 2), not after the whole corpus")
    os.chmod(tmp, 0o700)
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    import fcntl
    with open(os.path.join(out, ".ssf-batch.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        p = run(tool, ["--out", out, src])
    check(p.returncode == 2 and "another ssf-batch run" in p.stderr and not os.path.exists(os.path.join(out, "rollup.json")),
          "a second run on an --out in use is refused (exit 2) and writes nothing")


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

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NOBODY = 65534


def drop_to_nobody():
    """preexec_fn of a child that runs as the office's uid."""
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def encrypted_workbook(path, password="s3cret"):
    """A real password-protected .ods, encrypted by LibreOffice itself."""
    sys.path.insert(0, os.path.join(REPO, "tools"))
    import uno  # noqa: E402 (python3-uno)
    from office import Office, prop  # noqa: E402
    src = path + ".src.fods"
    corpus.write(src, corpus.fods(*corpus.impact_tables()))
    with Office() as office:
        doc = office.load(src)
        target = office.work_path("locked.ods")
        doc.storeToURL(uno.systemPathToFileUrl(str(target)), (prop("FilterName", "calc8"), prop("Password", password)))
        doc.close(True)
        shutil.copy(target, path)
    os.remove(src)
    with zipfile.ZipFile(path) as z:
        check("manifest:encryption-data" in z.read("META-INF/manifest.xml").decode(),
              "the test workbook is really encrypted")


ATTACKER = r"""
import glob, os, sys, time
work, victim, secret, stop = sys.argv[1:5]
planted = 0
while not os.path.exists(stop):
    for root in glob.glob(os.path.join(work, "ssf-batch-*")):
        # Folders where root creates things: plant links it might follow.
        for d in [root] + glob.glob(os.path.join(root, "worker-*")) + glob.glob(os.path.join(root, "worker-*", "stage")):
            for name in ["doc-%d" % n for n in range(12)] + ["stage", "profile", "worker-9", "ssfcalc.oxt"]:
                try:
                    os.symlink(victim, os.path.join(d, name))
                    planted += 1
                except OSError:
                    pass
        # The office's own output folders: swap what it wrote for a link.
        for f in glob.glob(os.path.join(root, "worker-*", "stage", "doc-*", "*out-*", "*")):
            try:
                tmp = f + ".lnk"
                os.symlink(secret, tmp)
                os.rename(tmp, f)
                planted += 1
            except OSError:
                pass
    time.sleep(0.002)
print(planted)
"""


def scenario_hostile(tool, tmp):
    """What a red team tried: a real password-protected workbook, links in
    the input folder to a file only root may read, link loops, a process of
    the office's uid planting links where root works, output names that
    collide, names that are not UTF-8 or very long, a second run on the same
    --out."""
    src, out, work = os.path.join(tmp, "in"), os.path.join(tmp, "out"), work_folder()
    os.chmod(work, 0o755)  # the attacker (uid 65534) may list it and find the run's folder
    tables, named = corpus.impact_tables()
    corpus.write(os.path.join(src, "good.fods"), corpus.fods(tables, named))
    encrypted_workbook(os.path.join(src, "locked.ods"))
    # A workbook only root may read, with a number that must not leak.
    private = os.path.join(tmp, "private")
    secret_tables = [corpus.table("Plain", [corpus.row(corpus.cell(777777.0))] * 5)]
    corpus.write(os.path.join(private, "salary.ods"), corpus.ods_bytes(secret_tables))
    os.chmod(private, 0o700)
    os.symlink(os.path.join(private, "salary.ods"), os.path.join(src, "harmless.ods"))
    os.symlink("loop-b.ods", os.path.join(src, "loop-a.ods"))
    os.symlink("loop-a.ods", os.path.join(src, "loop-b.ods"))
    os.symlink(os.path.join(src, "good.fods"), os.path.join(src, "alias.ods"))
    # Colliding names: x.ods (sheet y-z) and x-y.ods (sheet z) both wrote
    # x-y-z.csv; the values copy of a.ods and the .ods copy of a.values.ods
    # both wrote a.values.ods.
    plain = [corpus.row(corpus.cell(1.0))]
    corpus.write(os.path.join(src, "x.fods"), corpus.fods([corpus.table("y-z", plain)]))
    corpus.write(os.path.join(src, "x-y.fods"), corpus.fods([corpus.table("z", plain)]))
    corpus.write(os.path.join(src, "a.fods"), corpus.fods([corpus.table("S", plain)]))
    corpus.write(os.path.join(src, "a.values.fods"), corpus.fods([corpus.table("S", plain)]))
    # A name that is not UTF-8 and one of 250 bytes.
    weird = os.path.join(os.fsencode(src), b"caf\xe9.fods")
    corpus.write(weird, corpus.fods(tables, named))
    long_name = "l" * 245 + ".fods"
    corpus.write(os.path.join(src, long_name), corpus.fods(tables, named))
    victim = os.path.join(tmp, "victim")
    os.mkdir(victim, 0o700)
    before = snapshot(src)

    # A process of the office's uid plants links wherever root creates,
    # reads or removes something, during a run of plain workbooks.
    stop = os.path.join(work, "stop")
    attacker = None
    if os.geteuid() == 0:
        attacker = subprocess.Popen([sys.executable, "-c", ATTACKER, work, victim, os.path.join(private, "salary.ods"),
                                     stop], preexec_fn=drop_to_nobody, cwd="/", stdout=subprocess.PIPE, text=True)
    try:
        p = run(tool, ["--jobs", "2", "--work-dir", work, "--out", os.path.join(tmp, "attacked"), "--formats",
                       "ods,csv", "--values-only", os.path.join(src, "good.fods"), os.path.join(src, "a.fods")])
    finally:
        with open(stop, "w"):
            pass
    if attacker:
        planted = attacker.communicate(timeout=30)[0].strip()
        print(f"  the attacker planted {planted} links")
        st = os.stat(victim)
        check(st.st_uid == 0 and not os.listdir(victim),
              f"a process of uid 65534 could not make root chown or write a folder of its choice "
              f"(owner {st.st_uid}, {os.listdir(victim)})")
        leaked = [f for d, _, fs in os.walk(os.path.join(tmp, "attacked")) for f in fs
                  if b"777777" in open(os.path.join(d, f), "rb").read()]
        check(not leaked, f"... nor publish a file only root may read ({leaked})")
    no_survivors(work)

    p = run(tool, ["--jobs", "2", "--work-dir", work, "--out", out, "--formats", "ods,csv", "--values-only",
                   "--extract", "NetImpact", "--extract", "Plain.A1", src])
    check(p.returncode == 1, f"exit status 1: some workbooks failed, the run went on ({p.returncode})")
    with open(os.path.join(out, "rollup.json"), "rb") as f:
        raw = f.read()
    try:
        data = json.loads(raw.decode("utf-8"))
        check(True, "rollup.json is valid UTF-8 JSON although a file name is not UTF-8")
    except (UnicodeDecodeError, ValueError) as e:
        check(False, f"rollup.json is valid UTF-8 JSON although a file name is not UTF-8 ({e})")
        return
    docs = {d["path"]: d for d in data["documents"]}
    leaked = [f for d, _, fs in os.walk(out) for f in fs if b"777777" in open(os.path.join(d, f), "rb").read()]
    check(b"777777" not in raw and not leaked, f"the file only root may read is not published ({leaked})")
    d = docs.get(f"{src}/locked.ods", {})
    check(d.get("status") == "failed" and "password" in d.get("reason", ""),
          f"a really encrypted workbook fails as password-protected ({d.get('reason')})")
    d = docs.get(f"{src}/harmless.ods", {})
    check(d.get("status") == "failed" and "outside the inputs" in d.get("reason", ""),
          f"a link to a file outside the inputs is skipped and reported ({d.get('reason')})")
    for name in ("loop-a.ods", "loop-b.ods"):
        d = docs.get(f"{src}/{name}", {})
        check(d.get("status") == "failed" and "leads nowhere" in d.get("reason", ""),
              f"a link loop is skipped and reported ({name}: {d.get('reason')})")
    check(f"{src}/alias.ods" not in docs, "a link to an input is that input, processed once")
    good = docs.get(f"{src}/good.fods", {})
    check(good.get("status") == "ok" and near(good.get("values", {}).get("NetImpact"), -1.65),
          f"the good workbook is recalculated ({good.get('reason')})")
    for name in ("caf\ufffd.fods", long_name):
        d = docs.get(f"{src}/{name}", {})
        check(d.get("status") == "ok" and near(d.get("values", {}).get("NetImpact"), -1.65),
              f"{name[:20]}...: a name that is not UTF-8 or 250 bytes long is processed ({d.get('reason')})")
    check(os.path.isfile(os.path.join(os.fsencode(out), b"in", b"caf\xe9.ods")), "its copy keeps the file's own name")
    long_csv = [f for f in os.listdir(os.path.join(out, "in")) if f.startswith("l" * 200) and f.endswith("-Impact.csv")]
    check(len(long_csv) == 1 and len(long_csv[0]) == 255, f"a name too long for the file system is cut to 255 bytes ({long_csv})")
    # Each output name is written for one workbook; the other is told why.
    for a, b, name in (("x.fods", "x-y.fods", "x-y-z.csv"), ("a.fods", "a.values.fods", "a.values.ods")):
        da, db = docs.get(f"{src}/{a}", {}), docs.get(f"{src}/{b}", {})
        writers = [x for x in (da, db) if f"in/{name}" in x.get("outputs", [])]
        refused = [x for x in (da, db) if "another workbook of this run" in x.get("reason", "")]
        check(len(writers) == 1 and len(refused) == 1, f"{name}: written for one workbook, refused for the other "
              f"({da.get('reason')!r}, {db.get('reason')!r})")
    check(snapshot(src) == before, "the inputs are unchanged")
    no_survivors(work)

    # --follow-links takes the link (the user asked for it).
    linked = os.path.join(tmp, "linked")
    os.mkdir(linked)
    os.symlink(os.path.join(private, "salary.ods"), os.path.join(linked, "salary.ods"))
    p = run(tool, ["--work-dir", work, "--out", os.path.join(tmp, "out2"), "--follow-links", "--extract", "Plain.A1",
                   linked])
    _, docs, _ = rollup(os.path.join(tmp, "out2"))
    check(p.returncode == 0 and near(docs.get(f"{linked}/salary.ods", {}).get("values", {}).get("Plain.A1"), 777777),
          "with --follow-links a link in an input folder is read")
    no_survivors(work)


def scenario_hang(tool, tmp):
    """An office that stops answering between documents (frozen with
    SIGSTOP by a test hook just before it is asked to quit, after each
    document with --max-docs-per-worker 1): Desktop.terminate() used to
    block the run forever; every call into an office has a deadline."""
    src, out, work = os.path.join(tmp, "corpus"), os.path.join(tmp, "out"), work_folder()
    for name in ("a.fods", "b.fods"):
        corpus.write(os.path.join(src, name), corpus.fods(*corpus.impact_tables()))
    env = dict(os.environ, SSF_BATCH_TEST_FREEZE_BEFORE_STOP="1")
    t0 = time.monotonic()
    try:
        p = run(tool, ["--jobs", "1", "--max-docs-per-worker", "1", "--verbose", "--work-dir", work, "--out", out,
                       "--extract", "NetImpact", src], env=env, timeout=120)
    except subprocess.TimeoutExpired:
        check(False, "the run ends although its office stopped answering (it hung for 120 s)")
        return
    elapsed = time.monotonic() - t0
    _, docs, _ = rollup(out)
    check(p.returncode == 0 and all(near(d["values"]["NetImpact"], -1.65) for d in docs.values()) and len(docs) == 2,
          "both workbooks are recalculated")
    check(p.stderr.count("LibreOffice stopped in 5.") == 2, "each frozen office is killed after the 5 s it may take to quit")
    check(elapsed < 60, f"the run ends although its office stopped answering ({elapsed:.1f} s)")
    no_survivors(work)


def scenario_memory(tool, tmp):
    """A 1 KB file whose array formula spans a million rows by a thousand
    columns: LibreOffice grows by gigabytes until the kernel kills it. Over
    --memory-limit the worker is stopped and the workbook fails as "memory
    limit"; the next workbook gets a fresh worker."""
    src, out, work = os.path.join(tmp, "corpus"), os.path.join(tmp, "out"), work_folder()
    span = ('<table:table table:name="Big"><table:table-row><table:table-cell table:formula="of:=1" '
            'table:number-matrix-columns-spanned="1000" table:number-matrix-rows-spanned="1000000"/>'
            '</table:table-row></table:table>')
    corpus.write(os.path.join(src, "a_span.fods"), corpus.fods([span]))
    corpus.write(os.path.join(src, "b_good.fods"), corpus.fods(*corpus.impact_tables()))
    check(os.path.getsize(os.path.join(src, "a_span.fods")) < 1024, "the file is under 1 KB")
    p = run(tool, ["--jobs", "1", "--memory-limit", "400", "--timeout", "100", "--work-dir", work, "--out", out,
                   "--extract", "NetImpact", src])
    _, docs, _ = rollup(out)
    d = docs.get(f"{src}/a_span.fods", {})
    check(p.returncode == 1 and d.get("status") == "failed" and d.get("reason", "").startswith("memory limit")
          and "400 MB" in d.get("reason", ""), f"the workbook fails as memory limit ({d.get('reason')})")
    check(d.get("seconds", 100) < 60, f"... as soon as the worker passes the limit ({d.get('seconds')} s)")
    g = docs.get(f"{src}/b_good.fods", {})
    check(g.get("status") == "ok" and near(g["values"].get("NetImpact"), -1.65), "the next workbook on a fresh worker")
    no_survivors(work)


def scenario_links(tool, tmp):
    """Linked resources are not fetched at load: a listener on 127.0.0.1
    must see no request for the linked image, OLE object or bitmap fill."""
    import socketserver
    import threading
    seen = []

    class Listener(socketserver.StreamRequestHandler):
        def handle(self):  # any connection counts, whatever it sends
            seen.append(self.rfile.readline(4096).decode(errors="replace").strip())

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    src, out, work = os.path.join(tmp, "corpus"), os.path.join(tmp, "out"), work_folder()
    corpus.write(os.path.join(src, "links.fods"), corpus.links_fods(url))
    corpus.write(os.path.join(src, "plain.fods"), corpus.fods(*corpus.impact_tables()))
    p = run(tool, ["--jobs", "1", "--work-dir", work, "--out", out, "--formats", "ods,pdf", "--extract", "Plain.A1",
                   src])
    time.sleep(0.5)
    server.shutdown()
    check(not seen, f"the listener on {url} saw no request ({seen})")
    check(p.returncode in (0, 1), f"the run ends normally ({p.returncode})")
    _, docs, _ = rollup(out)
    d = docs.get(f"{src}/links.fods", {})
    check(d.get("status") == "ok" and near(d["values"].get("Plain.A1"), 42) or
          (d.get("status") == "failed" and "linked object" in d.get("reason", "")),
          f"the workbook is recalculated, or fails saying why ({d.get('status')}: {d.get('reason')})")
    check(docs.get(f"{src}/plain.fods", {}).get("status") == "ok", "the plain workbook next to it is ok")
    no_survivors(work)


def scenario_officepy(tool, tmp):
    """tools/office.py (used by this test, the office tests and the demo)
    killed with SIGKILL leaves no soffice.bin and no temporary folder."""
    script = ("import sys, time; sys.path.insert(0, sys.argv[1]); from office import Office\n"
              "o = Office().__enter__(); print(o.tmp, flush=True); time.sleep(600)\n")
    p = subprocess.Popen([sys.executable, "-c", script, os.path.join(REPO, "tools")], stdout=subprocess.PIPE, text=True)
    folder = p.stdout.readline().strip()
    check(bool(folder) and os.path.isdir(folder), f"the office started ({folder})")
    check(any("soffice.bin" in c for _, c in our_offices(folder)), "its soffice.bin runs")
    p.kill()
    p.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (our_offices(folder) or os.path.exists(folder)):
        time.sleep(0.2)
    check(not our_offices(folder), f"no office survives its killed Python process ({our_offices(folder)})")
    check(not os.path.exists(folder), "its temporary folder is removed")


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
    "hostile": scenario_hostile,
    "hang": scenario_hang,
    "memory": scenario_memory,
    "links": scenario_links,
    "officepy": scenario_officepy,
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
