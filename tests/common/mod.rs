//! What the scoring integration tests share: a shipped scenario read by its file name,
//! a reply judged at one of its turns as the game judges it, and a trainer-labelled set
//! of replies scored.
// Each test file uses some of these, not all.
#![allow(dead_code)]

use frontline::scenario::{Action, Language, Scenario, load_file};
use frontline::scoring::{Judge, JudgeInput, ReplyVerdict, Scorer, TextVerdict};

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

/// One reply of a trainer-labelled set (tests/data/*_replies.csv: group, language, tier,
/// customer, reply, the three EPITOME levels, the losses named), with its verdict.
pub struct Labelled {
    pub group: String,
    pub language: Language,
    pub tier: String,
    pub reply: String,
    pub levels: [u8; 3],
    pub losses: Vec<String>,
    pub verdict: TextVerdict,
}

/// The rows of the CSV file tests/data/`file`, after its header.
pub fn data_rows(file: &str) -> Vec<csv::StringRecord> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    reader
        .records()
        .map(|record| record.expect("a well-formed row"))
        .collect()
}

/// Every reply of the labelled set tests/data/`file`, scored.
pub fn labelled(file: &str) -> Vec<Labelled> {
    let scorer = Scorer::new();
    data_rows(file)
        .into_iter()
        .map(|record| {
            let field = |i: usize| record.get(i).unwrap_or_default().to_string();
            let language = Language::from_code(&field(1)).expect("en, fr or nl");
            let level = |i: usize| field(i).parse::<u8>().expect("a level 0-2");
            Labelled {
                group: field(0),
                language,
                tier: field(2),
                reply: field(4),
                levels: [level(5), level(6), level(7)],
                losses: field(8)
                    .split(';')
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect(),
                verdict: scorer.score_text(&field(3), &field(4), language),
            }
        })
        .collect()
}

/// The rules of the losses in a verdict, without their "empathy." prefix.
pub fn losses_of(verdict: &TextVerdict) -> Vec<&str> {
    verdict
        .evidence
        .iter()
        .filter(|e| e.points < 0)
        .map(|e| e.rule.trim_start_matches("empathy."))
        .collect()
}

/// Asserts that the verdicts' EPITOME levels agree with the labels on at least `floor`
/// rows for each mechanism (emotional reactions, interpretations, explorations).
pub fn assert_levels_agree(rows: &[Labelled], floor: [usize; 3]) {
    let mut agree = [0usize; 3];
    for row in rows {
        let e = &row.verdict.epitome;
        let got = [e.emotional_reactions, e.interpretations, e.explorations];
        for (count, (g, want)) in agree.iter_mut().zip(got.iter().zip(row.levels)) {
            *count += usize::from(*g == want);
        }
    }
    for (name, (count, floor)) in ["emotional reactions", "interpretations", "explorations"]
        .iter()
        .zip(agree.iter().zip(floor))
    {
        assert!(
            *count >= floor,
            "{name}: {count} of {} agree (floor {floor})",
            rows.len()
        );
    }
}
