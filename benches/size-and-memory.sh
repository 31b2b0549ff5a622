#!/usr/bin/env bash
# Coachbook against a bare Tauri 2 window built with the same release profile
# (benches/bare-window): release binary size and idle memory, as ratios.
# Idle memory is the proportional set size (PSS, so pages shared between the
# processes count once) of the app and its WebKit helper processes, 10 s after
# start, in a 1200x800 window under Xvfb. Usage: bash benches/size-and-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

(cd ui && npm run build >/dev/null)
cargo build -q --release -p coachbook-desktop --features custom-protocol
# Same target folder, and a lock file copied from Coachbook's, so the shared crates are built once.
CARGO_TARGET_DIR="$PWD/target" cargo build -q --release --manifest-path benches/bare-window/Cargo.toml

app=target/release/coachbook
bare=target/release/bare-window

descendants() { # the pid and all its children, grandchildren…
  echo "$1"
  for child in $(ps -o pid= --ppid "$1"); do descendants "$child"; done
}

idle_pss_kb() { # starts "$@" on the private display, waits, sums PSS over its process tree
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 10
  local total=0
  for p in $(descendants "$pid"); do
    local pss
    pss=$(awk '/^Pss:/{print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${pss:-0}))
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "$total"
}

Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=:97
sleep 1
workspace=$(mktemp -d)/workspace.sqlite3

app_size=$(stat -c %s "$app"); bare_size=$(stat -c %s "$bare")
app_mem=$(idle_pss_kb "$app" --db "$workspace"); bare_mem=$(idle_pss_kb "$bare")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '| measure | Coachbook | bare Tauri window | ratio |\n|---|---:|---:|---:|\n'
printf '| release binary | %.1f MB | %.1f MB | %s× |\n' "$(ratio "$app_size" 1000000)" "$(ratio "$bare_size" 1000000)" "$(ratio "$app_size" "$bare_size")"
printf '| idle memory (PSS, app + WebKit processes) | %.0f MB | %.0f MB | %s× |\n' "$(ratio "$app_mem" 1000)" "$(ratio "$bare_mem" 1000)" "$(ratio "$app_mem" "$bare_mem")"
