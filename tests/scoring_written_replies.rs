//! Replies written as a community manager would, six per reply turn of the shipped
//! scenarios (tests/data/written_replies.ron): each gets exactly the wrong facts and the
//! forbidden claims its grader expects, and no better grade than the ceiling given. The
//! file was written to find wrong verdicts; the ones it found were fixed, and these checks
//! keep them fixed.
//!
//! Left out, because the scorer still gets them wrong (see the issue notes): "you're not
//! the one who should have checked the box" (a negation of who, not of what), "we won't
//! call anyone a liar or say 'fake news'" (the negation is further back than its reach),
//! and speculation about who runs an account without any listed phrase.

use std::collections::HashMap;

use frontline::scenario::{Action, Grade, Scenario, load_file};
use frontline::scoring::{Judge, JudgeInput, Scorer};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenReply {
    scenario: String,
    turn: String,
    action: Action,
    reply: String,
    wrong: Vec<String>,
    claims: Vec<String>,
    grade_at_most: Option<Grade>,
    why: String,
}

fn written_replies() -> Vec<WrittenReply> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join("written_replies.ron");
    let text = std::fs::read_to_string(&path).expect("tests/data/written_replies.ron");
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn written_replies_get_the_wrong_facts_and_claims_their_grader_expects() {
    let replies = written_replies();
    assert!(replies.len() >= 70, "only {} replies", replies.len());
    let scorer = Scorer::new();
    let mut scenarios: HashMap<String, Scenario> = HashMap::new();
    let mut failures = Vec::new();
    for written in &replies {
        let scenario = scenarios
            .entry(written.scenario.clone())
            .or_insert_with(|| {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("scenarios")
                    .join(format!("{}.ron", written.scenario));
                load_file(&path).unwrap_or_else(|d| panic!("{}: {d:?}", path.display()))
            });
        let turn = scenario
            .turn(&written.turn)
            .unwrap_or_else(|| panic!("{}: no turn {}", written.scenario, written.turn));
        let verdict = scorer.judge(&JudgeInput::to_turn(
            scenario,
            turn,
            &written.action,
            &written.reply,
            300,
        ));
        let wrong: Vec<&str> = verdict
            .evidence
            .iter()
            .filter(|e| e.rule == "accuracy.fact_wrong")
            .map(|e| e.quote.as_str())
            .collect();
        let mut problems = Vec::new();
        if wrong != written.wrong {
            problems.push(format!(
                "wrong facts {wrong:?}, expected {:?}",
                written.wrong
            ));
        }
        if verdict.claims != written.claims {
            problems.push(format!(
                "claims {:?}, expected {:?}",
                verdict.claims, written.claims
            ));
        }
        if let Some(ceiling) = written.grade_at_most
            && verdict.grade > ceiling
        {
            problems.push(format!("graded {:?}, at most {ceiling:?}", verdict.grade));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{} / {}: {}\n  {}\n  grader: {}",
                written.scenario,
                written.turn,
                problems.join("; "),
                written.reply,
                written.why
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} written replies:\n{}",
        failures.len(),
        replies.len(),
        failures.join("\n")
    );
}
