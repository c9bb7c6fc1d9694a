//! Small helpers to show the core's debrief (`crate::report`): dimension names, scores by
//! dimension, and the overall score. Nothing here judges anything.

use crate::report::Averages;
use crate::scoring::{Dimension, ReplyVerdict};

pub const DIMENSIONS: [Dimension; 5] = [
    Dimension::Empathy,
    Dimension::Accuracy,
    Dimension::Escalation,
    Dimension::Timeliness,
    Dimension::Tone,
];

/// The fluent id of a dimension's name.
pub fn dimension_key(d: Dimension) -> &'static str {
    match d {
        Dimension::Empathy => "dim-empathy",
        Dimension::Accuracy => "dim-accuracy",
        Dimension::Escalation => "dim-escalation",
        Dimension::Timeliness => "dim-timeliness",
        Dimension::Tone => "dim-tone",
    }
}

/// The average of one dimension.
pub fn average(a: &Averages, d: Dimension) -> Option<u8> {
    match d {
        Dimension::Empathy => a.empathy,
        Dimension::Accuracy => a.accuracy,
        Dimension::Escalation => a.escalation,
        Dimension::Timeliness => a.timeliness,
        Dimension::Tone => a.tone,
    }
}

/// One verdict's score on one dimension.
pub fn score(v: &ReplyVerdict, d: Dimension) -> Option<u8> {
    match d {
        Dimension::Empathy => v.scores.empathy,
        Dimension::Accuracy => v.scores.accuracy,
        Dimension::Escalation => Some(v.scores.escalation),
        Dimension::Timeliness => v.scores.timeliness,
        Dimension::Tone => v.scores.tone,
    }
}

/// The mean of the scored dimensions, for the score ring and the library's best result.
pub fn overall(a: &Averages) -> Option<u8> {
    let scored: Vec<u32> = DIMENSIONS
        .iter()
        .filter_map(|d| average(a, *d))
        .map(u32::from)
        .collect();
    (!scored.is_empty())
        .then(|| (scored.iter().sum::<u32>() as f64 / scored.len() as f64).round() as u8)
}
