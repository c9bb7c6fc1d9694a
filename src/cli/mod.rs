//! The command line: `frontline check`, `play` and `score`. Plain Rust: none of these
//! starts Bevy.

pub mod check;
pub mod play;
pub mod replies;
pub mod score;

use crate::scoring::{Judge, JudgeInput, ReplyVerdict, Scorer};

/// The judge the command line uses: the full scorer, reading replies in the scenario's
/// language.
pub struct ScenarioJudge(pub Scorer);

impl ScenarioJudge {
    pub fn new() -> ScenarioJudge {
        ScenarioJudge(Scorer::new())
    }
}

impl Default for ScenarioJudge {
    fn default() -> Self {
        Self::new()
    }
}

impl Judge for ScenarioJudge {
    fn judge(&self, input: &JudgeInput<'_>) -> ReplyVerdict {
        self.0.judge_in(input, input.scenario.language)
    }
}
