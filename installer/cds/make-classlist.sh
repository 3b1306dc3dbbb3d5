#!/usr/bin/env bash
# Regenerates installer/cds/outlay.classlist: the classes Outlay loads from launch until the first page of
# expenses is on screen, recorded by the JVM (-XX:DumpLoadedClassList) in one real start under a display.
# installer/cds/dump.sh turns the list into a class-data sharing archive for the packaged app, which then maps
# those classes ready-parsed instead of reading and verifying them at every start (see docs/benchmark.md).
# Run it after a change of dependencies; a stale list still works (missing classes are skipped), it only
# covers less. Needs a display (DISPLAY, or Xvfb installed) and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B package -DskipTests

work=$(mktemp -d)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ -z "${DISPLAY:-}" ]]; then
  command -v Xvfb >/dev/null || { echo "make-classlist: no DISPLAY and no Xvfb (apt-get install -y xvfb)" >&2; exit 1; }
  Xvfb :77 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:77
  sleep 1
fi

# A small ledger, so the first page really has rows (cells, categories, amounts) to show.
export OUTLAY_HOME="$work/home"
printf 'date,description,amount,category,notes\n' > "$work/ledger.csv"
for i in $(seq 1 300); do printf '2026-%02d-%02d,Training row %d,%d.%02d,Groceries,\n' $((i % 12 + 1)) $((i % 28 + 1)) "$i" $((i % 90 + 1)) $((i % 100)); done >> "$work/ledger.csv"
java -jar target/outlay.jar import "$work/ledger.csv" >/dev/null

list="$work/outlay.classlist"
java -XX:DumpLoadedClassList="$list" -XX:+UseSerialGC -Doutlay.startup.report=true -jar target/outlay.jar > "$work/out" 2>&1 &
app=$!
for _ in $(seq 1 120); do grep -q first-page-shown "$work/out" && break; sleep 0.5; done
grep -q first-page-shown "$work/out" || { echo "make-classlist: the app did not show its first page" >&2; cat "$work/out" >&2; exit 1; }
sleep 2   # the pulses and tasks that follow the first page (totals, budgets) load classes too
kill "$app"; wait "$app" 2>/dev/null || true
# Only the class path's classes and the JDK's: the archive is dumped against the app's own class path.
grep -v '^#' "$list" > installer/cds/outlay.classlist
echo "installer/cds/outlay.classlist: $(wc -l < installer/cds/outlay.classlist) classes"
