#!/usr/bin/env bash
# Runs test_workbook.py as an ordinary user. As root, copies what the test
# needs to a folder uid 65534 can read (the checkout may be under /root) and
# drops to that uid for everything: the client, unopkg and soffice.
set -euo pipefail
oxt=$1 workbook=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
  echo "running as $(id -un) (uid $(id -u))"
  exec /usr/bin/python3 "$here/test_workbook.py" --oxt "$oxt" --workbook "$workbook"
fi
tmp=$(mktemp -d /tmp/ssf-as-user.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/tests" "$tmp/home"
cp -r "$root/tools" "$root/catalogue" "$tmp/src/"
cp -r "$root/tests/office" "$tmp/src/tests/"
cp "${SSF_TEST_OXT:-$oxt}" "$tmp/ssfcalc.oxt"  # the copy it may read (see tools/office.py)
chown -R 65534:65534 "$tmp"
chmod 755 "$tmp"
echo "running as uid 65534 (root dropped its privileges)"
cd "$tmp/home"  # a folder uid 65534 may enter: it inherits the current one
exec setpriv --reuid=65534 --regid=65534 --clear-groups env -u SSF_TEST_OXT HOME="$tmp/home" PYTHONDONTWRITEBYTECODE=1 \
  /usr/bin/python3 "$tmp/src/tests/office/test_workbook.py" --oxt "$tmp/ssfcalc.oxt" --workbook "$workbook"
