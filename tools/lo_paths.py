"""Where LibreOffice is, for Python glue that runs outside ctest too: the
program folder CMake found (SSF_LO_PROGRAM, set for every test and build
step, and in build/office.env), else the folder of the soffice on PATH.
Standard library only, so scripts without the uno module can use it."""
import os
import shutil
from pathlib import Path


def program_dir():
    if os.environ.get("SSF_LO_PROGRAM"):
        return Path(os.environ["SSF_LO_PROGRAM"])
    soffice = shutil.which("soffice")
    if not soffice:
        raise SystemExit("LibreOffice's soffice is not on PATH and SSF_LO_PROGRAM is not set")
    return Path(os.path.realpath(soffice)).parent
