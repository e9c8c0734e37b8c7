#!/usr/bin/env bash
# Fuzzes one Jazzer target for a while (mvn verify only replays the committed inputs).
#
#   scripts/fuzz.sh TARGET [SECONDS]      e.g. scripts/fuzz.sh document 600
#
# TARGET is one of: document, stream (serialization: reader + validator), residentIdNumber,
# creditCode, divisionCode, gridCode, phoneNumber (core: value types). SECONDS defaults to 600.
# The generated corpus goes to <module>/.cifuzz-corpus (not committed); a crashing input is written
# to <module>/src/test/resources/<package>/<Class>Inputs/<target>/crash-<sha1>, where the next
# mvn verify replays it: commit it with the fix. The run's log is <module>/target/fuzz-<target>.log,
# its last lines show the executions ("Done N runs in S second(s)").
# Two targets can run at once on two cores; each uses one. Offline by default: set MVN_OFFLINE= to
# let Maven download.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-600}
case "$target" in
  document|stream) module=serialization; class=ReaderFuzzTest ;;
  residentIdNumber|creditCode|divisionCode|gridCode|phoneNumber) module=core; class=CodeFuzzTest ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

mkdir -p "$module/target"
log="$module/target/fuzz-$target.log"
# keep going after a finding, so that one run reports up to 10 distinct crashes
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" JAZZER_KEEP_GOING="${JAZZER_KEEP_GOING:-10}" \
  ./mvnw -B ${MVN_OFFLINE--o} -pl "$module" -am test \
    -Dtest="$class#$target" -Dsurefire.failIfNoSpecifiedTests=false \
    2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "== $target: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
exit "$status"
