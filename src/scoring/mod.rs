//! Scoring a trainee's reply: the verdict types, the `Judge` interface the conversation
//! engine calls, and the scorers behind it.
//!
//! The engine only knows `Judge`; which scorer stands behind it is the caller's choice.

pub mod addresses;
pub mod empathy;
pub mod judge;
pub mod lexicon;
pub mod numbers;
pub mod recovery;
pub mod scorer;
pub mod text;
pub mod tone;
pub mod verdict;

pub use scorer::{Scorer, TextVerdict};
pub use verdict::{Dimension, DimensionScores, Epitome, Evidence, ReplyVerdict, Span};

use crate::scenario::model::{Action, Scenario, Turn};

/// Everything a judge may look at to score one response inside a scenario.
#[derive(Debug, Clone, Copy)]
pub struct JudgeInput<'a> {
    pub scenario: &'a Scenario,
    pub turn: &'a Turn,
    /// The customer's message as the trainee saw it (variant picked, placeholders filled).
    pub customer_text: &'a str,
    /// The customer's name as shown in this run.
    pub customer_name: &'a str,
    /// Earlier messages of the thread, oldest first (customer and brand).
    pub thread: &'a [ThreadMessage],
    pub action: &'a Action,
    /// The reply text; empty for `Hide` and `Monitor`.
    pub reply: &'a str,
    /// Simulated seconds between the customer's message and the response.
    pub response_secs: u32,
}

impl<'a> JudgeInput<'a> {
    /// A reply to `turn` as the scenario writes it: its text as the customer's message, the
    /// scenario's customer by name, no thread before it (a test, or a turn judged alone).
    pub fn to_turn(
        scenario: &'a Scenario,
        turn: &'a Turn,
        action: &'a Action,
        reply: &'a str,
        response_secs: u32,
    ) -> JudgeInput<'a> {
        JudgeInput {
            scenario,
            turn,
            customer_text: &turn.text,
            customer_name: &scenario.customer.name,
            thread: &[],
            action,
            reply,
            response_secs,
        }
    }
}

/// One earlier message of the thread, as context for a judge.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ThreadMessage {
    pub from_customer: bool,
    pub text: String,
}

/// Gives a verdict on one response. Implementations must be deterministic: the same input
/// gives the same verdict.
pub trait Judge {
    fn judge(&self, input: &JudgeInput<'_>) -> ReplyVerdict;
}

/// A minimal, honest judge that checks only the action against the turn's expected actions.
/// It reads nothing of the reply text; it exists for tests of the conversation engine that
/// must not depend on the text scorer.
#[derive(Debug, Clone, Copy, Default)]
pub struct ActionOnlyJudge;

impl Judge for ActionOnlyJudge {
    fn judge(&self, input: &JudgeInput<'_>) -> ReplyVerdict {
        let right = input.turn.expect.actions.contains(input.action);
        let grade = if right {
            crate::scenario::model::Grade::Good
        } else {
            crate::scenario::model::Grade::Poor
        };
        let evidence = vec![Evidence {
            rule: if right {
                "action.expected".into()
            } else {
                "action.unexpected".into()
            },
            dimension: Dimension::Escalation,
            points: if right { 100 } else { -100 },
            span: None,
            quote: String::new(),
            explanation: if right {
                format!("`{}` is one of the right actions here.", input.action).into()
            } else {
                format!("`{}` is not one of the right actions here.", input.action).into()
            },
            better: None,
        }];
        ReplyVerdict {
            judge: "action-only".into(),
            grade,
            scores: DimensionScores {
                empathy: None,
                accuracy: None,
                escalation: if right { 100 } else { 0 },
                timeliness: None,
                tone: None,
            },
            epitome: None,
            evidence,
            claims: Vec::new(),
            leaked_private_data: false,
            recovery: None,
        }
    }
}
