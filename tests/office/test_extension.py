#!/usr/bin/python3
"""The .oxt as the Extension Manager sees it: identity (name, version,
publisher, icons, licence, update address), the licence asked on install and
not again on update, an update found through a local feed, and the help pages
compiled by LibreOffice's help backend in English and German.

The update path: the built .oxt (version N) is installed with its
update-information pointed at a file:// feed in the test's folder; the feed is
the one the build generates for publishing, offering N+1, then N."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools")]
import uno  # noqa: E402
import catalogue  # noqa: E402
from office import PROGRAM, Office  # noqa: E402
from tally import Tally  # noqa: E402

EXTENSION_ID = catalogue.EXTENSION_ID


def repack(oxt, target, feed_url=None, version=None):
    """A copy of the .oxt with another update feed and/or version."""
    with zipfile.ZipFile(oxt) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "description.xml":
                text = data.decode("utf-8")
                if feed_url:
                    text = re.sub(r'(<update-information>\s*<src xlink:href=")[^"]*"', rf'\g<1>{feed_url}"', text)
                if version:
                    text = re.sub(r'(<version value=")[^"]*"', rf'\g<1>{version}"', text, count=1)
                data = text.encode("utf-8")
            dst.writestr(item, data)


def bump(version):
    major, minor, patch = (int(x) for x in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True, type=Path)
    ap.add_argument("--feed", required=True, type=Path, help="the build's update feed (build/update/)")
    ap.add_argument("--version", required=True, help="the project's version (CMake PROJECT_VERSION)")
    args = ap.parse_args()
    # CI's cross run (SSF_TEST_OXT, tools/office.py) tests the other release's
    # .oxt: this test repacks that one, and the offices below must install the
    # repacked copies, not have them replaced by the original.
    args.oxt = Path(os.environ.pop("SSF_TEST_OXT", None) or args.oxt)
    check = Tally()

    version, newer = args.version, bump(args.version)
    with zipfile.ZipFile(args.oxt) as z:
        names = set(z.namelist())
        description = z.read("description.xml").decode("utf-8")
        manifest = z.read("META-INF/manifest.xml").decode("utf-8")
    check(f'<version value="{version}"/>' in description, f"description.xml has version {version}")
    check(re.search(r'<simple-license accept-by="user" suppress-on-update="true">', description),
          "licence: accepted by the user, not asked again on update")
    check('manifest:full-path="help" manifest:media-type="application/vnd.sun.star.help"' in manifest,
          "the manifest registers the help folder")
    for lang in catalogue.HELP_LANGUAGES:
        check(f"help/{lang}/help.tree" in names, f"help/{lang}/help.tree is packed")

    # The feed and the repacked .oxt files live outside the offices' folders
    # (each office removes its own), readable by the office's uid.
    here = Path(tempfile.mkdtemp(prefix="ssf-feed-"))
    os.chmod(here, 0o755)
    feed = here / "ssfcalc.update.xml"
    published = args.feed.read_text(encoding="utf-8")
    check(f'<version value="{version}"/>' in published, "the build's feed offers this version")

    def offer(v):
        feed.write_text(published.replace(f'<version value="{version}"/>', f'<version value="{v}"/>'),
                        encoding="utf-8")
        os.chmod(feed, 0o644)

    feed_url = uno.systemPathToFileUrl(str(feed))
    pointed, update_oxt = here / "ssfcalc-local-feed.oxt", here / "ssfcalc-next.oxt"
    repack(args.oxt, pointed, feed_url=feed_url)
    repack(args.oxt, update_oxt, feed_url=feed_url, version=newer)
    for f in (pointed, update_oxt):
        os.chmod(f, 0o644)
    try:
        licence_and_update(check, pointed, update_oxt, newer)
        installed(check, pointed, feed_url, offer, version, newer)
    finally:
        shutil.rmtree(here, ignore_errors=True)
    return check.finish()


def licence_and_update(check, pointed, update_oxt, newer):
    """unopkg without -s, as a user installing by hand: asked for the licence
    on install, not again on the update to a newer version."""
    with Office() as office:
        # -- licence: a separate profile, unopkg without -s (the user is asked)
        profile = office.work_path("licence-profile")
        profile.mkdir()
        office._give_away(profile)
        env = f"-env:UserInstallation={uno.systemPathToFileUrl(str(profile))}"

        def unopkg(answer, *cmd):
            r = subprocess.run(office._office_cmd([str(PROGRAM / "unopkg"), *cmd, env]), input=answer,
                               capture_output=True, text=True, timeout=120, cwd=office.home)
            return r.returncode, r.stdout + r.stderr

        rc, out = unopkg("no\n", "add", str(pointed))
        check("Mozilla Public License" in out, f"install shows the licence (rc {rc})")
        rc, out = unopkg("", "list")
        check(EXTENSION_ID not in out, "'no' refuses it: nothing installed")
        rc, out = unopkg("yes\n", "add", str(pointed))
        check(rc == 0, f"'yes' installs it (rc {rc})")
        # -f: replace the installed older version (the Extension Manager's update does so too).
        rc, out = unopkg("", "add", "-f", str(update_oxt))
        check(rc == 0 and "Mozilla Public License" not in out,
              f"the update to {newer} installs without asking for the licence again (rc {rc})")
        rc, out = unopkg("", "list")
        check(f"Version: {newer}" in out, f"{newer} is installed after the update")



def installed(check, pointed, feed_url, offer, version, newer):
    """The running office with version N installed: identity, help, updates."""
    with Office(oxt=pointed) as office:
        manager = office.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        ours = [p for p in manager.getDeployedExtensions("user", None, None)
                if p.getIdentifier().Value == EXTENSION_ID]
        check(len(ours) == 1, "the extension is deployed in the user profile")
        package = ours[0]
        check(package.getVersion() == version, f"Extension Manager version {package.getVersion()}")
        check(package.getDisplayName() == "ssfcalc: Shared Sales Force functions for Calc",
              f"display name {package.getDisplayName()!r}")
        name, url = package.getPublisherInfo().First, package.getPublisherInfo().Second
        check(name == "The ssfcalc project" and url.startswith("http"), f"publisher {name!r} <{url}>")
        check("shared sales force" in package.getDescription(), "description shown")
        check("Mozilla Public License" in package.getLicenseText(), "licence text")
        # getIcon gives the decoded image (an XGraphic that is an XBitmap).
        icons = [package.getIcon(high_contrast) for high_contrast in (False, True)]
        for icon, kind in zip(icons, ("icon", "high-contrast icon")):
            size = icon.getSize() if icon is not None else None
            check(size is not None and (size.Width, size.Height) == (42, 42),
                  f"{kind}: {size and (size.Width, size.Height)} pixels")
        check(all(icons) and icons[0].getDIB() != icons[1].getDIB(), "the two icons differ")
        check(list(package.getUpdateInformationURLs()) == [feed_url], "update address is the local feed")

        info = office.ctx.getValueByName("/singletons/com.sun.star.deployment.PackageInformationProvider")
        for offered, expect in ((newer, [(EXTENSION_ID, newer)]), (version, [])):
            offer(offered)
            found = [tuple(x) for x in info.isUpdateAvailable(EXTENSION_ID)]
            check(found == expect, f"feed offering {offered}: updates {found}")

        # The help backend compiled the pages (help.jar per language) on install.
        cache = office.profile / "user" / "uno_packages" / "cache" / "registry" / \
            "com.sun.star.comp.deployment.help.PackageRegistryBackend"
        for lang in catalogue.HELP_LANGUAGES:
            jars = list(cache.glob(f"*/{lang}/help.jar"))
            check(len(jars) == 1, f"help compiled for {lang}: {[str(j.relative_to(cache)) for j in jars]}")
            if jars:
                with zipfile.ZipFile(jars[0]) as z:
                    pages = sorted(n for n in z.namelist() if n.endswith(".xhp"))
                check(len(pages) == len({f["group"] for f in catalogue.load()["function"]}),
                      f"{lang}: one page per function group {pages}")


if __name__ == "__main__":
    sys.exit(main())
