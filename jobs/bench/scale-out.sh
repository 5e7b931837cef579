#!/usr/bin/env bash
# Scale-out on Spark's standalone cluster on this machine: the same input run by one worker with
# one core, then by two workers with one core each; prints both runs and the speed-up.
#   jobs/bench/scale-out.sh [COMMENTS]       # default 50,000 generated comments
# Each worker is pinned to its own CPU (cluster start --pin-cores; its executors inherit the
# affinity), so "one core" is one CPU: unpinned, a one-core executor's JIT compiler and garbage
# collector run on the other CPU and the one-worker run already uses the whole machine. The
# driver is not pinned. Set PIN_CORES=0 to compare unpinned workers. EXECUTOR_JAVA_OPTIONS goes
# to the executors' JVMs (e.g. -XX:TieredStopAtLevel=1: no C2 compiler, whose fixed cost of about
# 40 CPU seconds per executor JVM dominates small inputs; see the README).
# Each cluster is stopped when its run ends, also on failure or Ctrl-C. EXECUTOR_MEMORY (default
# 2500m) must fit in WORKER_MEMORY (default 3g).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n="${1:-50000}"
worker_memory="${WORKER_MEMORY:-3g}"
executor_memory="${EXECUTOR_MEMORY:-2500m}"
input="$BENCH_DIR/generated-$n.csv"
generated "$input" "$n"

cluster_dir=""
cleanup() {
  if [ -n "$cluster_dir" ]; then "$VERBATIM" cluster stop --dir "$cluster_dir" >/dev/null; fi
}
trap cleanup EXIT

for workers in 1 2; do
  label="scale-$n-$workers"
  cluster_dir="$BENCH_DIR/cluster-$workers"
  pin=()
  [ "${PIN_CORES:-1}" = "1" ] && pin=(--pin-cores)
  "$VERBATIM" cluster start --dir "$cluster_dir" --workers "$workers" --cores-per-worker 1 \
    --memory "$worker_memory" "${pin[@]}" >/dev/null
  rm -rf "$BENCH_DIR/$label"
  # The run waits (up to 30 s) until every executor has registered, so no stage starts short.
  timed "$label" "$VERBATIM" cluster submit --dir "$cluster_dir" \
    --executor-memory "$executor_memory" \
    --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
    ${EXECUTOR_JAVA_OPTIONS:+--conf "spark.executor.extraJavaOptions=$EXECUTOR_JAVA_OPTIONS"} \
    -- run --input "$input" --out "$BENCH_DIR/$label"
  "$VERBATIM" cluster stop --dir "$cluster_dir" >/dev/null
  cluster_dir=""
  figures "$label" "$BENCH_DIR/$label"
done

python3 - "$BENCH_DIR/scale-$n-1/manifest.json" "$BENCH_DIR/scale-$n-2/manifest.json" \
  "$(wall_seconds "scale-$n-1")" "$(wall_seconds "scale-$n-2")" <<'PY'
import json, sys
one, two = (json.load(open(p))["stage_seconds"]["annotate"] for p in sys.argv[1:3])
w1, w2 = float(sys.argv[3]), float(sys.argv[4])
print(f"speed-up, two one-core workers over one: annotate {one / two:.2f}x, end to end {w1 / w2:.2f}x")
PY
