#!/usr/bin/env bash
# Runs partyorg's JMH benchmarks side by side and prints throughput and the ratios of DESIGN.md
# ("How we know it is fast"). Inputs are generated once into benchmarks/target/data (about 1.5 GB).
#
#   benchmarks/run.sh            all benchmarks (about 15 minutes on 2 cores)
#   benchmarks/run.sh stream     only (a)-(e), the stream ratios
#   benchmarks/run.sh -- ARGS    pass ARGS to JMH (e.g. -- -prof gc)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests -pl benchmarks -am package

filter='.*'
if [[ ${1:-} == stream ]]; then
  filter='StreamBenchmarks'
  shift
fi
[[ ${1:-} == -- ]] && shift

result=benchmarks/target/jmh-result.json
java -jar benchmarks/target/benchmarks.jar "$filter" -rf json -rff "$result" "$@"

python3 - "$result" benchmarks/target/data/guizhou-1m.properties <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))
counts = dict(line.strip().split('=') for line in open(sys.argv[2]) if '=' in line)
records, members = int(counts['records']), int(counts['members'])
score = {}
for r in results:
    name = r['benchmark'].split('.')[-1]
    err = r['primaryMetric']['scoreError']
    err = float(err) if isinstance(err, (int, float)) else float('nan')   # NaN when too few iterations
    score[name] = (r['primaryMetric']['score'], err, r['primaryMetric']['scoreUnit'])
print()
print(f"input: {records:,} records ({members:,} members), one pass per operation")
for name, (s, err, unit) in sorted(score.items()):
    if unit == 's/op':
        print(f"  {name:34s} {s:8.2f} s ± {err:5.2f}   {records / s / 1e6:6.2f} M records/s")
    else:
        print(f"  {name:34s} {s / 1e6:8.2f} M ops/s ± {err / 1e6:.2f}")
def t(n):
    return score[n][0] if n in score else None
for variant, name in [('one reading thread', 'e_partyorgStream'), ('all threads', 'e_partyorgStreamAllThreads')]:
    e = t(name)
    if not e:
        continue
    print(f"  partyorg, {variant}:")
    for label, other in [('(e)/(a) partyorg / tokenization (goal >= 0.8)', 'a_tokenize'),
                         ('(e)/(d) partyorg / JSON Schema validator (goal >= 8)', 'd_jsonSchema'),
                         ('(e)/(c) partyorg / databind + Hibernate Validator', 'c_databindAndHibernateValidator'),
                         ('(e)/(b) partyorg / databind alone', 'b_databind')]:
        if t(other):
            print(f"    {label:55s} {t(other) / e:5.2f}")
PY
