"""Real headless LibreOffice with the ssfcalc extension in a private profile.

Used by the office tests, the demo and the benchmarks (run with Debian's
/usr/bin/python3, which has the `uno` module):

    with Office(oxt="build/ssfcalc.oxt") as office:
        doc = office.load("book.fods")
        doc.calculateAll()

The profile lives in a fresh temporary folder and is removed afterwards. As
root, unopkg refuses to install into a user profile, so the office side (unopkg
and soffice) runs as the unprivileged uid 65534 while this client connects
over a loopback socket; as a normal user everything runs as that user.
"""
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

from lo_paths import give_away, office_cmd, program_dir

PROGRAM = program_dir()


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OfficeError(RuntimeError):
    pass


class Office:
    def __init__(self, oxt=None, timeout=90, ui_language=None, locale=None):
        # SSF_TEST_OXT runs the office tests against an .oxt built elsewhere:
        # CI installs the one built on the other Debian release (LibreOffice
        # 7.4 <-> 25.2). An office without the extension stays without.
        if oxt and os.environ.get("SSF_TEST_OXT"):
            oxt = os.environ["SSF_TEST_OXT"]
        self.oxt = Path(oxt).resolve() if oxt else None
        self.timeout = timeout
        self.ui_language = ui_language  # e.g. "de": needs Debian's libreoffice-l10n-de
        self.locale = locale  # e.g. "de-DE": the system locale (separators, dates), no language pack needed
        self.proc = None
        self.watcher = None
        self.tmp = None

    # -- the office side ---------------------------------------------------
    def _office_cmd(self, args):
        return office_cmd(args, self.home)

    @staticmethod
    def _give_away(path):
        give_away(path)

    @property
    def profile_url(self):
        return uno.systemPathToFileUrl(str(self.profile))

    def work_path(self, name):
        """A path the office can read and write (for copies and saved files)."""
        return self.work / name

    def __enter__(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="ssf-office-"))
        self.home, self.profile, self.work = self.tmp / "home", self.tmp / "profile", self.tmp / "work"
        for d in (self.home, self.profile, self.work):
            d.mkdir()
        os.chmod(self.tmp, 0o755)
        settings = []
        if self.ui_language:
            settings += [("/org.openoffice.Setup/L10N", "ooLocale", self.ui_language),
                         ("/org.openoffice.Office.Linguistic/General", "UILocale", self.ui_language)]
        if self.locale:
            settings.append(("/org.openoffice.Setup/L10N", "ooSetupSystemLocale", self.locale))
        if settings:
            self._write_settings(settings)
        self._give_away(self.tmp)
        try:
            if self.oxt:
                self.install(self.oxt)
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _write_settings(self, settings):
        """The profile's settings [(path, name, value)], written before first
        start: UI language (ooLocale, UILocale), system locale (ooSetupSystemLocale)."""
        user = self.profile / "user"
        user.mkdir()
        items = "".join(
            f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>\n'
            for path, name, value in settings)
        (user / "registrymodifications.xcu").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry"'
            ' xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            f"{items}</oor:items>\n", encoding="utf-8")

    def install(self, oxt):
        copy = self.work / oxt.name
        shutil.copy(oxt, copy)
        self._give_away(copy)
        cmd = self._office_cmd([str(PROGRAM / "unopkg"), "add", "-f", "-s",
                                f"-env:UserInstallation={self.profile_url}", str(copy)])
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=self.timeout, cwd=self.home)
        if r.returncode != 0:
            raise OfficeError(f"unopkg add failed ({r.returncode}): {r.stdout}{r.stderr}")

    def _start(self):
        port = _free_port()
        cmd = self._office_cmd([
            str(PROGRAM / "soffice"), "--headless", "--invisible", "--nologo", "--norestore",
            "--nodefault", "--nolockcheck", "--nofirststartwizard",
            f"-env:UserInstallation={self.profile_url}",
            f"--accept=socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext",
        ])
        # cwd: the office side inherits it, and unopkg (a shell script) cds
        # back into it; the caller's folder may be one uid 65534 cannot enter
        # (root's 0700 home, a mktemp -d folder).
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     start_new_session=True, cwd=self.home)
        # If this Python process is killed (SIGKILL runs no __exit__), a
        # watcher in a session of its own kills the office's group and
        # removes its temporary folder.
        self.watcher = subprocess.Popen(
            ["/bin/sh", "-c", 'while kill -0 "$1" 2>/dev/null; do sleep 0.5; done; kill -KILL -"$2" 2>/dev/null; '
             'rm -rf "$3"', "office-watcher", str(os.getpid()), str(self.proc.pid), str(self.tmp)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + self.timeout
        while True:
            if self.proc.poll() is not None:
                raise OfficeError(f"soffice exited with {self.proc.returncode}: {self.proc.stderr.read()}")
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise OfficeError("soffice did not accept a connection in time")
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def __exit__(self, *exc):
        if self.watcher is not None:
            self.watcher.kill()  # we clean up ourselves
            self.watcher.wait()
        if self.proc is not None:
            if self.proc.poll() is None:
                try:
                    self.desktop.terminate()
                except Exception:
                    pass  # the office may be gone already
                try:
                    self.proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    pass
            # Whatever is left of its process group goes too: no orphans.
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    # -- documents ---------------------------------------------------------
    def load(self, path, hidden=True):
        """Load a copy of `path` (the office may not be able to read the original)."""
        src = Path(path).resolve()
        copy = self.work / src.name
        if src != copy:
            shutil.copy(src, copy)
            self._give_away(copy)
        args = (prop("Hidden", hidden), prop("MacroExecutionMode", 0))
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(copy)), "_blank", 0, args)
        if doc is None:
            raise OfficeError(f"could not load {path}")
        return doc

    def new_calc(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))

    def save_as(self, doc, name, filter_name="calc8"):
        target = self.work / name
        doc.storeToURL(uno.systemPathToFileUrl(str(target)), (prop("FilterName", filter_name),))
        return target


def recalc_times(doc, repeat):
    """Seconds each of `repeat` full recalculations (calculateAll) of a loaded
    document takes: the benchmarks' measurement."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - started)
    return times
