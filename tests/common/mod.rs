//! What the scoring integration tests share: a shipped scenario read by its file name,
//! and a reply judged at one of its turns as the game judges it.
// Each test file uses some of these, not all.
#![allow(dead_code)]

use frontline::scenario::{Action, Scenario, load_file};
use frontline::scoring::{Judge, JudgeInput, ReplyVerdict, Scorer};

/// A scenario of scenarios/ by its file name ("cancelled_flight.ron").
pub fn scenario(file: &str) -> Scenario {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(file);
    load_file(&path).unwrap_or_else(|d| panic!("{file}: {d:?}"))
}

/// The verdict on `reply` with `action` at `turn`, answered after five minutes.
pub fn judge(scenario: &Scenario, turn: &str, action: &Action, reply: &str) -> ReplyVerdict {
    let turn = scenario.turn(turn).expect("turn");
    Scorer::new().judge(&JudgeInput::to_turn(scenario, turn, action, reply, 300))
}
