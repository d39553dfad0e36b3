#!/usr/bin/env bash
# Times composelint against dclint 3.1.0 on the same inputs; prints medians and the dclint/composelint ratio.
#
#   bench/compare.sh                      # sizes: incident 2000 8000, 5 runs each
#   SIZES="incident 2000" RUNS=3 bench/compare.sh
#   DCLINT_SKIP="8000" bench/compare.sh   # time only composelint on these sizes (dclint takes minutes there)
#
# Needs: bin/composelint (the CLI launcher; override with COMPOSELINT=<command>, extra arguments before the path
# with COMPOSELINT_ARGS), bench/target/benchmarks.jar (for the workload generator: see bench/README.md), node and
# npm (dclint is installed into a temporary folder, never into the project), GNU time (installed with apt-get
# when /usr/bin/time is missing). Each tool gets one untimed warm-up run per size (page cache, CDS archive).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZES="${SIZES:-incident 2000 8000}"
RUNS="${RUNS:-5}"
DCLINT_SKIP="${DCLINT_SKIP:-}"
DCLINT_VERSION=3.1.0
COMPOSELINT="${COMPOSELINT:-$ROOT/bin/composelint}"
COMPOSELINT_ARGS="${COMPOSELINT_ARGS:-}"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/composelint-compare.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# A fresh start-up cache: the launcher trains it during the first warm-up run.
export XDG_CACHE_HOME="$WORK/cache"

die() { echo "compare.sh: $*" >&2; exit 2; }

if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (apt-get)" >&2
  apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
fi
[[ -f "$BENCH_JAR" ]] || die "$BENCH_JAR is missing: build it first (bench/README.md)"
read -r -a COMPOSELINT_CMD <<< "$COMPOSELINT"
command -v "${COMPOSELINT_CMD[0]}" >/dev/null || die "$COMPOSELINT not found: build the CLI (bin/composelint) or set COMPOSELINT"
command -v npm >/dev/null || die "npm is needed for dclint"

echo "installing dclint $DCLINT_VERSION into $WORK/npm" >&2
npm install --prefix "$WORK/npm" --no-audit --no-fund --loglevel=error "dclint@$DCLINT_VERSION" >/dev/null
DCLINT="$WORK/npm/node_modules/.bin/dclint"
"$DCLINT" --version >/dev/null || die "dclint does not run"

# input_of SIZE: the directory both tools lint.
input_of() {
  if [[ "$1" == incident ]]; then
    echo "$ROOT/src-test-fixtures/projects/incident/secureconnect-backend"
  else
    local dir="$WORK/workload-$1"
    [[ -d "$dir" ]] || java -cp "$BENCH_JAR" dev.composelint.bench.Workload "$1" "$dir" >/dev/null
    echo "$dir"
  fi
}

# measure TOOL DIR: one timed run; prints "wall_seconds peak_rss_kb exit_code cpu_seconds" (user + system: less
# moved than wall time by other work on a shared machine).
measure() {
  local tool="$1" dir="$2" log="$WORK/time.log" code=0
  if [[ "$tool" == composelint ]]; then
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$log" "${COMPOSELINT_CMD[@]}" $COMPOSELINT_ARGS "$dir" >/dev/null 2>&1 || code=$?
  else
    /usr/bin/time -v -o "$log" "$DCLINT" "$dir" --color=false >/dev/null 2>&1 || code=$?
  fi
  awk -v code="$code" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /Maximum resident set size/ { rss = $NF }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $NF }
    END { printf "%.3f %d %d %.2f\n", wall, rss, code, cpu }' "$log"
}

# median: reads numbers, one a line; prints "median min max".
median() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'
}

# stats FILE: from "wall rss code cpu" lines, prints "wall_median wall_min wall_max rss_median_mb exit_codes
# cpu_median".
stats() {
  local wall rss codes cpu
  wall=$(cut -d' ' -f1 "$1" | median)
  rss=$(cut -d' ' -f2 "$1" | median | awk '{ printf "%.0f", $1 / 1024 }')
  codes=$(cut -d' ' -f3 "$1" | sort -u | paste -sd, -)
  cpu=$(cut -d' ' -f4 "$1" | median | cut -d' ' -f1)
  echo "$wall $rss $codes $cpu"
}

declare -A MEDIAN RSS
printf '\n%-9s %9s %11s  %-12s %5s  %-25s %9s %5s %7s\n' size services bytes tool runs "wall s: median (min-max)" \
  "RSS MB" exit "CPU s"
for size in $SIZES; do
  dir="$(input_of "$size")"
  bytes=$(cat "$dir"/*compose*.y*ml | wc -c)
  services="$size"
  [[ "$size" == incident ]] && services=$(awk '/^services:/ { on = 1; next } /^[^ #]/ { on = 0 }
    on && /^  [A-Za-z0-9_.-]+:/ { n++ } END { print n }' "$dir"/*compose*.y*ml)
  for tool in composelint dclint; do
    if [[ "$tool" == dclint && " $DCLINT_SKIP " == *" $size "* ]]; then
      printf '%-9s %9s %11s  %-12s %5s  %-25s\n' "$size" "$services" "$bytes" "$tool" - "skipped (DCLINT_SKIP)"
      continue
    fi
    measure "$tool" "$dir" >/dev/null
    for ((i = 0; i < RUNS; i++)); do measure "$tool" "$dir"; done > "$WORK/runs"
    read -r median min max rss codes cpu < <(stats "$WORK/runs")
    MEDIAN[$size,$tool]=$median
    RSS[$size,$tool]=$rss
    printf '%-9s %9s %11s  %-12s %5s  %-25s %9s %5s %7s\n' "$size" "$services" "$bytes" "$tool" "$RUNS" \
      "$median ($min-$max)" "$rss" "$codes" "$cpu"
  done
done

echo
echo "ratio dclint/composelint (median wall time):"
for size in $SIZES; do
  c="${MEDIAN[$size,composelint]:-}" d="${MEDIAN[$size,dclint]:-}"
  if [[ -n "$c" && -n "$d" ]]; then
    awk -v s="$size" -v c="$c" -v d="$d" 'BEGIN { printf "  %-9s %6.1fx  (dclint %.2f s, composelint %.2f s)\n", s, d / c, d, c }'
  else
    echo "  $size: n/a"
  fi
done

echo
echo "targets:"
check() { awk -v ok="$2" -v label="$1" 'BEGIN { printf "  %-55s %s\n", label, (ok ? "met" : "NOT met") }'; }
if [[ -n "${MEDIAN[2000,composelint]:-}" ]]; then
  c=${MEDIAN[2000,composelint]}
  check "2,000 services: composelint < 1 s wall ($c s)" "$(awk -v c="$c" 'BEGIN { print (c < 1) }')"
  check "2,000 services: peak RSS <= 256 MB (${RSS[2000,composelint]} MB)" "$(( ${RSS[2000,composelint]} <= 256 ))"
  [[ -n "${MEDIAN[2000,dclint]:-}" ]] && check "2,000 services: >= 15x faster than dclint" \
    "$(awk -v c="$c" -v d="${MEDIAN[2000,dclint]}" 'BEGIN { print (d / c >= 15) }')"
fi
if [[ -n "${MEDIAN[8000,composelint]:-}" ]]; then
  check "8,000 services: composelint < 2.5 s wall (${MEDIAN[8000,composelint]} s)" \
    "$(awk -v c="${MEDIAN[8000,composelint]}" 'BEGIN { print (c < 2.5) }')"
fi
if [[ -n "${MEDIAN[incident,composelint]:-}" ]]; then
  check "incident: composelint < 0.30 s wall (${MEDIAN[incident,composelint]} s)" \
    "$(awk -v c="${MEDIAN[incident,composelint]}" 'BEGIN { print (c < 0.30) }')"
  [[ -n "${MEDIAN[incident,dclint]:-}" ]] && check "incident: >= 2.5x faster than dclint" \
    "$(awk -v c="${MEDIAN[incident,composelint]}" -v d="${MEDIAN[incident,dclint]}" 'BEGIN { print (d / c >= 2.5) }')"
fi
