#!/usr/bin/env bash
# Real-window test of the desktop app under Xvfb: plays cancelled_flight from the library to
# an ending by clicking and typing with xdotool, exports the transcript from the debrief,
# checks the export, and takes a screenshot of every screen (checked not blank).
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick.
# Uses the binary `cargo test` builds (target/debug/frontline, which hands the window to
# target/debug/frontline-app beside it); override with FRONTLINE_BIN.
# Screenshots and logs go to OUT (default target/window-test).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${FRONTLINE_BIN:-$ROOT/target/debug/frontline}
OUT=${OUT:-$ROOT/target/window-test}
DISPLAY_NUM=${DISPLAY_NUM:-:99}
DATA="$OUT/data"

rm -rf "$OUT"
mkdir -p "$DATA"
[ -x "$BIN" ] || { echo "no app binary at $BIN (run cargo test first)"; exit 1; }

XVFB_PID=""
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

if ! xdpyinfo -display "$DISPLAY_NUM" >/dev/null 2>&1; then
    Xvfb "$DISPLAY_NUM" -noreset -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
    XVFB_PID=$!
    # On a loaded machine the server takes a while: wait for its socket, not a fixed time.
    for _ in $(seq 1 100); do
        [ -S "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break
        kill -0 "$XVFB_PID" 2>/dev/null || { cat "$OUT/xvfb.log"; echo "Xvfb did not start"; exit 1; }
        sleep 0.2
    done
    sleep 0.5
fi
export DISPLAY=$DISPLAY_NUM

fail() {
    echo "window test FAILED: $*"
    import -window root "$OUT/failure.png" || true
    echo "--- app log"; tail -n 40 "$OUT/app.log" || true
    exit 1
}

shot() {
    import -window root "$OUT/$1.png"
    # Not blank: a real screen has many colours and some contrast.
    local colours stddev
    colours=$(identify -format '%k' "$OUT/$1.png")
    stddev=$(convert "$OUT/$1.png" -colorspace Gray -format '%[standard-deviation]' info: | cut -d. -f1)
    echo "screenshot $1: $colours colours, grey stddev $stddev"
    [ "$colours" -gt 50 ] && [ "$stddev" -gt 1000 ] || fail "screenshot $1 looks blank"
}

# Screenshots may move the X input focus; give it back to the app before keys.
refocus() { [ -n "${WID:-}" ] && xdotool windowfocus "$WID" 2>/dev/null; sleep 0.2; }
key() { refocus; xdotool key "$@"; sleep 0.4; }
# A shortcut pressed like a person does: the modifier is held across several frames.
# (bevy_egui 0.42 gives every key event of a frame the modifiers as they are at the end of
# that frame, so modifier, key and release must not arrive within one frame.)
chord() { refocus; xdotool keydown "$1"; sleep 0.4; xdotool key "$2"; sleep 0.4; xdotool keyup "$1"; sleep 0.5; }
# Typing, then a pause so that the (software-rendered) app has drained its input queue.
type_text() { refocus; xdotool type --delay 25 "$1"; sleep 1.5; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.6; }

# Seed 3 meets Sophie Marchand, the customer the replies below address by name.
FRONTLINE_DATA_DIR="$DATA" "$BIN" --data-dir "$DATA" --scenarios "$ROOT/scenarios" --lang en \
    --window-size 1280x800 --seed 3 >"$OUT/app.log" 2>&1 &
APP_PID=$!

WID=""
for _ in $(seq 1 120); do
    WID=$(xdotool search --name '^Frontline$' 2>/dev/null | head -n 1 || true)
    [ -n "$WID" ] && break
    kill -0 "$APP_PID" 2>/dev/null || fail "the app exited at start"
    sleep 0.5
done
[ -n "$WID" ] || fail "no window"
# Bevy's own registrations ran (build.rs sets them aside; main runs them for the app): 576
# types with them, 75 without, on Bevy 0.19.
REFLECTED=$(sed -n 's/.* \([0-9]*\) types registered for reflection.*/\1/p' "$OUT/app.log" | head -n 1)
[ "${REFLECTED:-0}" -ge 400 ] || fail "only ${REFLECTED:-no} types registered for reflection: Bevy's start-up constructors did not run"
xdotool windowmove "$WID" 0 0 || true
# No window manager under Xvfb: give the window the keyboard focus explicitly.
xdotool windowfocus "$WID" 2>/dev/null || true
sleep 3

# Library: filter by typing into the search field (focused on entry), open with a click on
# the first card.
shot 1-library
type_text "cancelled"
sleep 0.5
click 480 300
shot 2-briefing
grep -q "cancelled_flight" "$OUT/app.log" || true

# Briefing: Enter starts.
key Return
sleep 1
shot 3-play-start

# Play: action shortcut, reply, Ctrl+Enter; the customer answers after a short delay.
play_turn() {
    local action_digit=$1 reply=$2
    chord ctrl "$action_digit"
    type_text "$reply"
    chord ctrl Return
    sleep 3
}
ended() { [ -f "$DATA/progress.json" ]; }

play_turn 3 "Sophie, a cancellation the night before your sister's wedding is awful and I'm so sorry. Partner flight VL 318 leaves Brussels 09:50 and lands in Lisbon 11:35. DM us and I'll hold two seats now. ^JM"
shot 4-play-turn1
ended || play_turn 2 "Thanks Sophie. Best for you: Velair VL 318, 09:50 from Brussels, lands Lisbon 11:35, well before the wedding. The other is AE 1436 at 13:05, landing 14:50: too late. Shall I book VL 318 for you both? ^JM"
ended || play_turn 4 "Booked: VL 318 at 09:50. It was a technical fault on the aircraft, so EU261 applies. Customer Care decides on compensation and will email you within 48 hours; I've sent them your case. ^JM"
shot 5-play-turn3
ended || play_turn 1 "So glad you'll be there, Sophie. Have a wonderful day, and congratulations to your sister. Customer Care will email you about compensation within 48 hours. Sorry again for last night. ^JM"
for _ in 1 2 3 4; do
    ended && break
    play_turn 2 "I'm sorry Sophie. VL 318 leaves Brussels 09:50 and lands in Lisbon 11:35; I can book it now. ^JM"
done
ended || fail "the conversation did not reach an ending"
shot 6-play-ended

# Debrief: Enter opens it, Ctrl+E exports.
key Return
sleep 1
shot 7-debrief
chord ctrl e
sleep 1
EXPORT=$(ls "$DATA"/exports/*.json 2>/dev/null | head -n 1 || true)
[ -n "$EXPORT" ] || fail "no export written"
grep -q '"scenario_id": "cancelled_flight"' "$EXPORT" || fail "export lacks the scenario id"
grep -q '"ending": {' "$EXPORT" || fail "export lacks the ending"
grep -q '"verdict"' "$EXPORT" || fail "export lacks verdicts"
grep -q 'VL 318' "$EXPORT" || fail "export lacks the typed replies"
# The first reply answers a customer in crisis: its recovery steps are read and exported.
grep -q '"recovery": {' "$EXPORT" || fail "export lacks the recovery steps of the crisis turn"
grep -q '"Sophie Marchand"' "$EXPORT" || fail "--seed 3 did not give the run Sophie Marchand"
! grep -q 'empathy.wrong_name' "$EXPORT" || fail "a reply was charged for addressing the customer by another name"
shot 8-debrief-exported

# Settings: switch the interface to French and back to the library.
chord ctrl comma
sleep 0.5
shot 9-settings
kill -0 "$APP_PID" 2>/dev/null || fail "the app died"
echo "window test passed: export $EXPORT, screenshots in $OUT"
