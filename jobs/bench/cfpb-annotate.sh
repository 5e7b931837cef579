#!/usr/bin/env bash
# Annotate-stage rate on real long text: the CFPB payday-loan complaint narratives in
# ../shared/data (2,827 narratives, about 28,000 sentences), embedded Spark.
#   jobs/bench/cfpb-annotate.sh [LIMIT]      # LIMIT: only the first LIMIT narratives (a smoke)
# The export's MM/DD/YY dates are rewritten as ISO dates into a temporary copy outside the
# checkout (removed afterwards); nothing else changes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

data="${VERBATIM_DATA:-$ROOT/../shared/data}/complaints/cfpb/payday-personal-loans-2023.csv"
[ -f "$data" ] || { echo "bench: $data not found (set VERBATIM_DATA)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
input="$tmp/cfpb.csv"
python3 - "$data" "$input" "${1:-0}" <<'PY'
import csv, sys
from datetime import datetime
src, dst, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src, newline="", encoding="utf-8") as f, open(dst, "w", newline="", encoding="utf-8") as o:
    r, w = csv.reader(f), csv.writer(o)
    header = next(r)
    w.writerow(header)
    date = header.index("Date received")
    for i, row in enumerate(r):
        if limit and i >= limit:
            break
        row[date] = datetime.strptime(row[date], "%m/%d/%y").date().isoformat()
        w.writerow(row)
PY

label="cfpb${1:+-$1}"
rm -rf "$BENCH_DIR/$label"
timed "$label" "$VERBATIM" run --input "$input" --out "$BENCH_DIR/$label" \
  --text-column "Consumer complaint narrative" --id-column "Complaint ID" \
  --time-column "Date received"
figures "$label" "$BENCH_DIR/$label"
