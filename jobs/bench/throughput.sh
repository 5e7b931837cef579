#!/usr/bin/env bash
# End-to-end throughput of `run` on generated comments, embedded Spark (local[*]).
#   jobs/bench/throughput.sh                 # 200,000 and 1,000,000 comments
#   jobs/bench/throughput.sh 5000            # any sizes
# Prints per size: sentences/s end to end, seconds per stage (from the manifest), share of the
# wall time outside annotation, peak RSS (/usr/bin/time -v). Inputs and outputs go to
# out/bench/ (BENCH_DIR); VERBATIM_HEAP sets the heap as for bin/verbatim.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(200000 1000000)
for n in "${sizes[@]}"; do
  input="$BENCH_DIR/generated-$n.csv"
  generated "$input" "$n"
  rm -rf "$BENCH_DIR/run-$n"
  timed "run-$n" "$VERBATIM" run --input "$input" --out "$BENCH_DIR/run-$n"
  figures "run-$n" "$BENCH_DIR/run-$n"
done
