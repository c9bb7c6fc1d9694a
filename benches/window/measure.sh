#!/usr/bin/env bash
# Measures the desktop app against a bare Bevy + egui window (examples/bare_window.rs),
# side by side in one run, under Xvfb with lavapipe:
#   - launch to first drawn content (polls one pixel of the screen until it shows the
#     program's own content colour: the bare window's egui panel, Frontline's sidebar);
#   - CPU while idle (on the play screen for Frontline), over IDLE_SECS (default 90 s);
#   - peak RSS (VmHWM) after playing two turns (Frontline) or after 10 s (bare window).
# Usage: benches/window/measure.sh DIR   where DIR holds the release `frontline-app` and
# `examples/bare_window` binaries, e.g. target/release. Needs xvfb, xdotool, imagemagick.
set -euo pipefail
DIR=${1:-target/release}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FRONTLINE="$DIR/frontline-app"
BARE="$DIR/examples/bare_window"
RUNS=${RUNS:-3}
export DISPLAY=:98
Xvfb :98 -br -noreset -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
TCK=$(getconf CLK_TCK)

pixel() { import -window root -depth 8 -crop "1x1+$1+$2" -format '%[hex:p{0,0}]' info: 2>/dev/null || echo none; }
# Where each program's first frame shows a colour of its own.
BARE_PIXEL=(640 400 1B1B1B)
FRONTLINE_PIXEL=(100 400 172236)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# No window manager under Xvfb: give the window the keyboard focus before every input.
focus() { xdotool windowfocus "$WID" 2>/dev/null || true; }
chord() { focus; xdotool keydown "$1"; sleep 0.2; xdotool key "$2"; sleep 0.2; xdotool keyup "$1"; sleep 0.4; }
type_text() { focus; xdotool type --delay 8 "$1"; sleep 0.3; }
hwm_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# launch X Y COLOUR PROGRAM ARGS...: starts the program; sets PID, and SECS to the seconds
# until pixel (X, Y) has the program's content colour.
launch() {
    local x=$1 y=$2 colour=$3 start now
    shift 3
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 &
    PID=$!
    SECS=timeout
    for _ in $(seq 1 600); do
        if [ "$(pixel "$x" "$y")" = "$colour" ]; then
            now=$(date +%s.%N)
            SECS=$(echo "$now - $start" | bc)
            return
        fi
        sleep 0.02
    done
}

stop() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; sleep 1; }

# CPU % of one core over IDLE_SECS (default 90: several of the play screen's clock wakes).
IDLE_SECS=${IDLE_SECS:-90}
idle_cpu() {
    local a b
    a=$(cpu_ticks "$1"); sleep "$IDLE_SECS"; b=$(cpu_ticks "$1")
    echo "scale=2; 100 * ($b - $a) / ($TCK * $IDLE_SECS)" | bc
}

echo "== launch to first content (s), $RUNS runs each, alternating"
for i in $(seq 1 "$RUNS"); do
    launch "${BARE_PIXEL[@]}" "$BARE"; echo "bare_window run $i: $SECS"; stop
    data=$(mktemp -d)
    launch "${FRONTLINE_PIXEL[@]}" "$FRONTLINE" --data-dir "$data" --lang en --window-size 1280x800; echo "frontline run $i: $SECS"; stop
    rm -rf "$data"
done

echo "== bare window: idle CPU and peak RSS"
launch "${BARE_PIXEL[@]}" "$BARE"
sleep 10
echo "bare_window idle CPU %: $(idle_cpu "$PID")"
echo "bare_window peak RSS MB: $(hwm_mb "$PID")"
stop

echo "== frontline: play two turns of cancelled_flight, then idle on the play screen"
data=$(mktemp -d)
launch "${FRONTLINE_PIXEL[@]}" "$FRONTLINE" --data-dir "$data" --lang en --window-size 1280x800
WID=""
for _ in $(seq 1 50); do
    WID=$(xdotool search --name '^Frontline$' 2>/dev/null | head -n 1 || true)
    [ -n "$WID" ] && break
    sleep 0.2
done
xdotool windowmove "$WID" 0 0 windowfocus "$WID" 2>/dev/null || true
sleep 3
focus; xdotool type --delay 8 "cancelled"; sleep 0.5
xdotool mousemove 480 300 click 1; sleep 1
focus; xdotool key Return; sleep 2
chord ctrl 3
type_text "I'm so sorry, a cancellation the night before the wedding is awful. VL 318 leaves 09:50 and lands 11:35. DM us and I'll hold two seats. ^JM"
chord ctrl Return; sleep 4
chord ctrl 2
type_text "Thanks. Velair VL 318, 09:50 from Brussels, lands Lisbon 11:35. The other is AE 1436 at 13:05: too late. Shall I book VL 318? ^JM"
chord ctrl Return; sleep 4
xdotool mousemove 1270 790
import -window root "${SHOT:-/tmp/measure-play.png}"
echo "frontline peak RSS MB (after two turns): $(hwm_mb "$PID")"
sleep 5
echo "frontline idle CPU % on the play screen: $(idle_cpu "$PID")"
echo "frontline peak RSS MB (end): $(hwm_mb "$PID")"
stop
rm -rf "$data"
