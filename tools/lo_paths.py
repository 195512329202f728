"""Where LibreOffice is and as whom its office side runs, for Python glue
that runs outside ctest too: the program folder CMake found (SSF_LO_PROGRAM,
set for every test and build step, and in build/office.env), else the folder
of the soffice on PATH; as root, soffice and unopkg run as uid 65534.
Standard library only, so scripts without the uno module can use it
(tools/office.py, bench/batch_bench.py)."""
import os
import shutil
from pathlib import Path

NOBODY = 65534


def program_dir():
    if os.environ.get("SSF_LO_PROGRAM"):
        return Path(os.environ["SSF_LO_PROGRAM"])
    soffice = shutil.which("soffice")
    if not soffice:
        raise SystemExit("LibreOffice's soffice is not on PATH and SSF_LO_PROGRAM is not set")
    return Path(os.path.realpath(soffice)).parent


def office_cmd(args, home):
    """`args` as the office side runs them: as uid 65534 when we are root
    (unopkg refuses to install into a root profile), with HOME in `home`."""
    # TMPDIR inside `home` too: soffice leaves its lu*.tmp folders behind
    # when it is killed, and they can grow to gigabytes.
    env = ["env", f"HOME={home}", f"TMPDIR={home}", "SAL_USE_VCLPLUGIN=svp"]
    if os.geteuid() == 0:
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *env, *args]
    return [*env, *args]


def give_away(path):
    """As root, hand `path` (a file or a folder and everything below it) to
    uid 65534, the office side. A file the office cannot write it opens
    read-only, and then refuses clearContents and setDataArray."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)  # os.walk yields nothing for a file
        for root, dirs, files in os.walk(path):
            os.chown(root, NOBODY, NOBODY)
            for f in files:
                os.chown(os.path.join(root, f), NOBODY, NOBODY)
