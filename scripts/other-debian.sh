#!/usr/bin/env bash
# CI's second distribution: runs the README's test command (./run-tests) in a
# fresh root of the other supported Debian release (trixie on a bookworm
# machine, bookworm on a trixie one), made with debootstrap from the archive
# this machine's apt uses, then crosses the two builds: the office tests run
# the .oxt built on each release against the other release's LibreOffice.
# Inside, the clone sits in root's 0700 home and a normal user runs
# ./run-demo from a clone in their own 0700 home. The root is made, used and
# removed here, every mount undone, whatever fails.
#   scripts/other-debian.sh [HOST_BUILD_DIR]     (as root; default build)
# Prints "other-debian: N passed, M failed" and exits non-zero on a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
host_build=$(cd "${1:-build}" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "other-debian: needs root (debootstrap, chroot)" >&2; exit 2; }
[ -f "$host_build/ssfcalc.oxt" ] || { echo "other-debian: no $host_build/ssfcalc.oxt: run ./run-tests first" >&2; exit 2; }

. /etc/os-release
case ${VERSION_CODENAME:-} in
  bookworm) suite=trixie ;;
  trixie) suite=bookworm ;;
  *) echo "other-debian: this machine is '${VERSION_CODENAME:-unknown}', not Debian 12 or 13" >&2; exit 2 ;;
esac

# The archive this machine's apt already uses (deb822 .sources or sources.list).
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || { echo "other-debian: found no Debian archive in this machine's apt sources" >&2; exit 2; }

command -v debootstrap >/dev/null || {
  echo "other-debian: installing debootstrap" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
}

root=$(mktemp -d "${SSF_CHROOT_PARENT:-/var/tmp}/ssf-$suite.XXXXXX")
chmod 755 "$root"  # our own folder: it becomes "/", which every uid must traverse
mounted=()
cleanup() {
  local i
  # Offices or builds still running inside would keep the mounts busy.
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -9 "$pid" 2>/dev/null || true
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  if grep -q " $root/" /proc/mounts; then
    echo "other-debian: mounts left under $root, not removing it:" >&2
    grep " $root/" /proc/mounts >&2
    return 1
  fi
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP  # so that a cancelled run still unmounts and removes
mnt() { mount "$@"; mounted+=("${!#}"); }

start=$(date +%s)
echo "== other-debian: debootstrap $suite into $root (from this machine's archive)"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 ||
  { tail -n 30 "$root.log"; rm -f "$root.log"; exit 1; }
rm -f "$root.log"
mnt -t proc proc "$root/proc"
mnt -t sysfs sysfs "$root/sys"
mnt --bind /dev "$root/dev"
mnt -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mnt -t tmpfs tmpfs "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "== other-debian: root ready after $(( $(date +%s) - start )) s"

# What the release needs to clone, then the clone (committed work only) in
# root's own 0700 home, and this machine's .oxt for the cross test.
inside() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 CI="${CI:-}" DEBIAN_FRONTEND=noninteractive "$@"; }
inside apt-get update -qq
inside apt-get install -y -qq git ca-certificates >/dev/null
git clone -q "$repo" "$root/root/ssfcalc"
cp "$host_build/ssfcalc.oxt" "$root/root/host-ssfcalc.oxt"

passed=0 failed=0
step() {  # step NAME COMMAND...: runs it, counts it
  local name=$1; shift
  echo "== other-debian: $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "== other-debian: FAILED: $name"; fi
}

step "./run-tests on $suite" inside bash -c 'cd /root/ssfcalc && ./run-tests'
other_version=$(inside bash -c '. /root/ssfcalc/build/office.env && echo "$SSF_LO_VERSION"' || echo "?")
host_version=$(. "$host_build/office.env" && echo "$SSF_LO_VERSION")
office_tests=(ctest -L office -LE 'batch|soak' --output-on-failure)  # README: Continuous integration
step "the .oxt built on $VERSION_CODENAME (LibreOffice $host_version SDK) in LibreOffice $other_version" \
  inside bash -c "cd /root/ssfcalc/build && SSF_TEST_OXT=/root/host-ssfcalc.oxt ${office_tests[*]@Q}"
if [ -f "$root/root/ssfcalc/build/ssfcalc.oxt" ]; then
  cp "$root/root/ssfcalc/build/ssfcalc.oxt" "$host_build/ssfcalc-$suite.oxt"
  step "the .oxt built on $suite (LibreOffice $other_version SDK) in LibreOffice $host_version" \
    bash -c "cd '$host_build' && SSF_TEST_OXT='$host_build/ssfcalc-$suite.oxt' ${office_tests[*]@Q}"
else
  failed=$((failed + 1)); echo "== other-debian: FAILED: no .oxt was built on $suite"
fi

# A normal user with a 0700 home runs the main job from their own clone.
inside useradd --create-home --shell /bin/bash analyst
inside chmod 0700 /home/analyst
git clone -q "$repo" "$root/home/analyst/ssfcalc"
inside chown -R analyst:analyst /home/analyst/ssfcalc
step "./run-demo as a normal user on $suite" \
  inside setpriv --reuid=analyst --regid=analyst --init-groups env HOME=/home/analyst \
  bash -c 'cd ~/ssfcalc && ./run-demo'

echo "== other-debian: $suite took $(( $(date +%s) - start )) s"
echo "other-debian: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
