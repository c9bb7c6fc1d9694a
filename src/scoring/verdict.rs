//! The verdict on one reply: scores per dimension and the evidence behind every point.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::scenario::model::Grade;

/// The judge's verdict on one response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplyVerdict {
    /// Which judge produced this verdict ("action-only", "frontline").
    pub judge: String,
    /// The overall grade that drives the conversation's branches.
    pub grade: Grade,
    pub scores: DimensionScores,
    /// The three EPITOME empathy mechanisms, when the judge reads the text.
    pub epitome: Option<Epitome>,
    /// Every point gained or lost, with the rule that fired and the quoted span.
    pub evidence: Vec<Evidence>,
    /// Ids of the scenario's forbidden claims the reply made.
    pub claims: Vec<String>,
    /// Whether the reply posted personal data in public.
    pub leaked_private_data: bool,
    /// The service-recovery steps of a reply to a customer in crisis (`None` on other
    /// turns, and in sessions saved before they were read).
    /// Boxed: most verdicts have none, and a verdict travels inside every transcript event.
    #[serde(default)]
    pub recovery: Option<Box<super::recovery::Recovery>>,
}

/// Scores 0-100 per dimension; `None` where the judge does not score that dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionScores {
    pub empathy: Option<u8>,
    pub accuracy: Option<u8>,
    pub escalation: u8,
    pub timeliness: Option<u8>,
    /// The brand's voice (emoji, register, greeting, sign-off); `None` without a reply.
    /// Sessions saved before it was scored read as `None`.
    #[serde(default)]
    pub tone: Option<u8>,
}

/// EPITOME levels, each 0 (absent), 1 (weak) or 2 (strong).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Epitome {
    pub emotional_reactions: u8,
    pub interpretations: u8,
    pub explorations: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dimension {
    Empathy,
    Accuracy,
    Escalation,
    Timeliness,
    /// The brand's tone of voice.
    Tone,
}

/// One point gained or lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The rule that fired, e.g. "empathy.names_feeling".
    pub rule: Cow<'static, str>,
    pub dimension: Dimension,
    /// Positive for a gain, negative for a loss.
    pub points: i32,
    /// Byte range in the reply, on char boundaries, where the rule fired.
    pub span: Option<Span>,
    /// The quoted text of `span` (empty when there is no span).
    pub quote: String,
    /// What happened, in words a trainee understands. Borrowed where it is the lexicon's
    /// own text (nearly always), so scoring a reply does not copy it.
    pub explanation: Cow<'static, str>,
    /// For losses: a better way to say or do it.
    pub better: Option<Cow<'static, str>>,
}

impl Evidence {
    /// Evidence for `rule` on `dimension`, quoting `span` of `reply` when there is one.
    pub fn new(
        reply: &str,
        dimension: Dimension,
        rule: impl Into<Cow<'static, str>>,
        points: i32,
        span: Option<Span>,
        explanation: impl Into<Cow<'static, str>>,
        better: Option<Cow<'static, str>>,
    ) -> Evidence {
        let quote = span
            .map(|s| reply[s.start..s.end].to_string())
            .unwrap_or_default();
        let explanation = explanation.into();
        Evidence {
            rule: rule.into(),
            dimension,
            points,
            span,
            quote,
            explanation,
            better,
        }
    }
}

/// A byte range `start..end` of a reply, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}
