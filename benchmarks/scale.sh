#!/usr/bin/env bash
# Whole-process runs from a village to a province (and, with "national", the whole country), for
# 1.1 data as generated and 1.0 data (the same records without the format 1.1 ones): wall time,
# records per second, the largest heap after a GC and the peak resident set, one CSV row per run,
# appended to benchmarks/scale.csv. Then draws docs/images/scale.svg from that file.
#
#   benchmarks/scale.sh                 village, township, county, province (about 15 minutes, 15 GB of disk)
#   benchmarks/scale.sh village county  only these
#   benchmarks/scale.sh national        the national 1.0 export, piped (about 8 minutes, no disk)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/partyorg.jar
[[ -f $jar ]] || ./mvnw -B -q -DskipTests -pl cli -am package
data=benchmarks/target/scale
mkdir -p "$data"
csv=benchmarks/scale.csv
[[ -f $csv ]] || echo "date,scale,format,records,bytes,threads,heap,wall_s,records_per_s,max_live_heap_mb,peak_rss_mb" > "$csv"
scales=("$@")
[[ ${#scales[@]} -gt 0 ]] || scales=(village township county province)

measure() { # scale format file threads heap
  local scale=$1 format=$2 file=$3 threads=$4 heap=$5
  local gclog=$data/gc-$scale-$format.log timelog=$data/time-$scale-$format.txt
  /usr/bin/time -v -o "$timelog" java -Xmx"$heap" -Xlog:gc:file="$gclog" -jar "$jar" validate --format json \
      --threads "$threads" "$file" > "$data/report-$scale-$format.json" || true
  python3 - "$csv" "$scale" "$format" "$file" "$threads" "$heap" "$timelog" "$gclog" "$data/report-$scale-$format.json" <<'PY'
import json, os, re, sys, datetime
csv, scale, fmt, file, threads, heap, timelog, gclog, report = sys.argv[1:]
t = open(timelog).read()
wall = re.search(r'Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)', t)
h, m, s = wall.groups()
seconds = (int(h) if h else 0) * 3600 + int(m) * 60 + float(s)
rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', t).group(1)) / 1024
live = 0
for line in open(gclog):
    g = re.search(r'->(\d+)M\(', line)
    if g:
        live = max(live, int(g.group(1)))
summary = json.load(open(report))['summary']
records = summary['records']
with open(csv, 'a') as out:
    out.write(f"{datetime.date.today()},{scale},{fmt},{records},{os.path.getsize(file)},{threads},{heap},"
              f"{seconds:.2f},{records / seconds:.0f},{live},{rss:.0f}\n")
print(f"{scale} {fmt}: {records:,} records in {seconds:.1f} s, largest live heap {live} MB, resident {rss:.0f} MB,"
      f" {summary['errors']} errors")
PY
}

for scale in "${scales[@]}"; do
  if [[ $scale == national ]]; then
    # generated and validated at once, through a pipe; no file on disk
    /usr/bin/time -v -o "$data/time-national.txt" bash -c \
      "java -jar $jar generate --scale national --out - | java -Xmx4g -Xlog:gc:file=$data/gc-national.log -jar $jar validate --format json --stream - > $data/report-national.json" || true
    echo "national: see $data/time-national.txt and $data/report-national.json"
    continue
  fi
  file11=$data/$scale-1.1.ndjson
  file10=$data/$scale-1.0.ndjson
  [[ -f $file11 ]] || java -jar "$jar" generate --scale "$scale" --seed 1 --out "$file11"
  # the 1.0 records of the same data, under a 1.0 header
  [[ -f $file10 ]] || grep -E '"recordType":"(organization|member|grid|serviceRecord|posting)"' "$file11" \
      | { head -1 "$file11" | sed -e 's/"schemaVersion":"1.1"/"schemaVersion":"1.0"/' -e 's/,"coverageFrom":"[0-9-]*"//'; cat; } > "$file10"
  heap=2g
  measure "$scale" 1.1 "$file11" 1 "$heap"
  measure "$scale" 1.0 "$file10" 1 "$heap"
done
python3 benchmarks/scale-chart.py "$csv" docs/images/scale.svg
