# Shared by the benchmark scripts beside it: where things go and how a run's figures are read.
# Figures are only meaningful on a quiet machine: nothing else running, CPU governor steady.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERBATIM="$ROOT/bin/verbatim"
BENCH_DIR="${BENCH_DIR:-$ROOT/out/bench}"
mkdir -p "$BENCH_DIR"

# generated FILE N: writes N generated comments to FILE once (same seed, so reruns compare).
generated() {
  local file="$1" n="$2"
  if [ ! -s "$file" ]; then
    "$VERBATIM" generate --comments "$n" --out "$file" >/dev/null
  fi
}

# timed LABEL CMD...: runs CMD under /usr/bin/time -v; its output goes to $BENCH_DIR/LABEL.log,
# the time report to $BENCH_DIR/LABEL.time. Fails with the log's tail if CMD fails.
timed() {
  local label="$1"; shift
  if ! /usr/bin/time -v -o "$BENCH_DIR/$label.time" "$@" >"$BENCH_DIR/$label.log" 2>&1; then
    echo "bench: $label failed; the end of $BENCH_DIR/$label.log:" >&2
    tail -20 "$BENCH_DIR/$label.log" >&2
    exit 1
  fi
}

# figures LABEL OUT_DIR: one line of figures from a run's manifest and its time report.
figures() {
  python3 - "$BENCH_DIR/$1.time" "$2/manifest.json" "$1" <<'PY'
import json, re, sys
time_report, manifest, label = sys.argv[1:4]
t = open(time_report).read()
wall = t.split("Elapsed (wall clock) time (h:mm:ss or m:ss):")[1].split()[0].split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
rss_gb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024 ** 2
m = json.load(open(manifest))
c, s = m["counts"], m["stage_seconds"]
annotate = s.get("annotate", 0.0)
outside = 1 - annotate / wall if wall else 0
print(f"{label}: {c['accepted']:,} comments, {c['sentences']:,} sentences on {m.get('spark_master')}")
print(f"  wall {wall:.1f} s, {c['sentences'] / wall:,.0f} sentences/s end to end;"
      f" peak RSS {rss_gb:.2f} GB (the launching JVM: the driver, or embedded Spark)")
print(f"  annotate {annotate:.1f} s = {c['sentences'] / annotate:,.0f} sentences/s;"
      f" {100 * outside:.0f}% of wall time outside annotation")
print("  stages   " + "  ".join(f"{k} {v:.1f}s" for k, v in s.items()))
PY
}

# wall_seconds LABEL: the wall time of a timed command.
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$BENCH_DIR/$1.time"
}
