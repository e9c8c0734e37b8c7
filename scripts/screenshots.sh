#!/usr/bin/env bash
# Regenerates the screenshots of docs/guides/web.md and the README from the browser tests: runs
# PageBrowserIT (web module; Chromium as scripts/test.sh installs it) and copies three of the
# screenshots it saves under web/target/screenshots/ into docs/images/.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PageBrowserIT
cp web/target/screenshots/findings.png docs/images/web-findings.png
cp web/target/screenshots/statistics.png docs/images/web-statistics.png
cp web/target/screenshots/report.png docs/images/web-report.png
echo "docs/images/web-findings.png, web-statistics.png, web-report.png updated"
