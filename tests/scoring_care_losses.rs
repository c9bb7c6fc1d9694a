//! Losses on everyday replies (tests/data/care_loss_replies.csv): 240 careless replies of
//! brand accounts, each with one fault (blame, minimising, calm_down, sarcasm, dismissive,
//! defensive, policy_hiding, non_apology, boilerplate) and its exact words, and 240
//! sincere replies full of words that look like faults out of context ("of course",
//! "évidemment", "uiteraard", "our policy allows", "it happens to me too"), 80 of each per
//! language, over a dozen sectors.
//!
//! They were written for the twenty-sixth pass by someone who had not read the lexicons,
//! and measured blind first: 70 of the careless replies lost points on their fault's
//! words at the pass's start, 84 when the set was written; 22 sincere replies lost points
//! at the start, 4 when it was written. The lexicons' second round of everyday losses was
//! then written from this set's misses, so what it measures now is no longer blind (a
//! second blind set's figures are in BENCHMARKS.md). It stays as a guard: sincere words
//! must not start to cost points, and careless ones must keep costing them.

mod common;

use std::ops::Range;

use frontline::scenario::Language;
use frontline::scoring::{Scorer, TextVerdict};

struct Row {
    language: Language,
    careless: bool,
    /// Byte range of the faulty words in the reply (empty for a sincere reply).
    fault: Range<usize>,
    reply: String,
    verdict: TextVerdict,
}

fn rows() -> Vec<Row> {
    let scorer = Scorer::new();
    common::data_rows("care_loss_replies.csv")
        .into_iter()
        .map(|record| {
            let field = |i: usize| record.get(i).unwrap_or_default().to_string();
            let language = Language::from_code(&field(0)).expect("en, fr or nl");
            let (phrase, customer, reply) = (field(3), field(4), field(5));
            let careless = field(1) == "careless";
            let fault = if careless {
                let at = reply
                    .find(&phrase)
                    .expect("the faulty words are in the reply");
                at..at + phrase.len()
            } else {
                0..0
            };
            Row {
                language,
                careless,
                fault,
                verdict: scorer.score_text(&customer, &reply, language),
                reply,
            }
        })
        .collect()
}

/// Whether a loss quotes words of the fault.
fn caught(row: &Row) -> bool {
    row.verdict.evidence.iter().any(|e| {
        e.points < 0
            && e.span
                .is_some_and(|s| s.start < row.fault.end && row.fault.start < s.end)
    })
}

#[test]
fn careless_replies_lose_points_on_their_faulty_words_in_each_language() {
    let rows = rows();
    assert_eq!(rows.len(), 480);
    for language in Language::ALL {
        let careless: Vec<&Row> = rows
            .iter()
            .filter(|r| r.careless && r.language == language)
            .collect();
        assert_eq!(careless.len(), 80);
        let missed: Vec<&str> = careless
            .iter()
            .filter(|r| !caught(r))
            .map(|r| r.reply.as_str())
            .collect();
        // Today 10 (en), 8 (fr) and 8 (nl) of 80 are missed: faults put in words no
        // phrase list can hold ("they were washed at the wrong temperature").
        assert!(missed.len() <= 12, "{language}: {missed:#?}");
    }
}

#[test]
fn sincere_replies_lose_no_points() {
    let rows = rows();
    let losing: Vec<String> = rows
        .iter()
        .filter(|r| !r.careless)
        .filter(|r| r.verdict.evidence.iter().any(|e| e.points < 0))
        .map(|r| {
            let losses: Vec<&str> = r
                .verdict
                .evidence
                .iter()
                .filter(|e| e.points < 0)
                .map(|e| e.quote.as_str())
                .collect();
            format!("{}: {:?}", r.reply, losses)
        })
        .collect();
    assert_eq!(rows.iter().filter(|r| !r.careless).count(), 240);
    // Today one: "Rest assured you won't be charged", whose "rest assured" trainers do
    // count as a form letter's words.
    assert!(losing.len() <= 1, "{losing:#?}");
}
