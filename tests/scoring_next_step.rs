//! A next step in the customer's own words about their life (`empathy.step_for_their_situation`)
//! against a trainer's call: 45 replies written for this project, 15 per language
//! (tests/data/next_step_replies.csv), each with a next step, and for each whether a
//! trainer says the step answers the person's situation in their own words, written down
//! before the scorer was run, with the reason. Personal stakes (a wedding, a sick child,
//! an exam, a custody hearing) against the service's things in any words (a consignment,
//! a suitcase, a login), sarcasm, blame and warmth.
//!
//! What must hold: the rule agrees with the trainer on every reply but the one named
//! below (44 of 45; the nineteenth pass closed two, a step with no "you" where the writer
//! is only the one who acts), so that a lexicon edit that makes it fire on the service's
//! things again, or miss a life, shows here.

use frontline::scenario::Language;
use frontline::scoring::Scorer;

/// Replies where the rule and the trainer still differ, and why.
const KNOWN_GAPS: [(&str, &str); 1] = [(
    "en14",
    "'lots of love' after 'I'm sending you and your grandmother' is not warmth in the \
         English lexicon: adding it moved the benchmark file's emotional reactions the wrong way",
)];

#[test]
fn a_next_step_answers_their_life_as_a_trainer_reads_it() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/next_step_replies.csv"
    );
    let mut reader = csv::Reader::from_path(path).expect("the replies");
    let scorer = Scorer::new();
    let (mut rows, mut differ, mut closed) = (0, Vec::new(), Vec::new());
    for record in reader.records() {
        let record = record.expect("a well-formed row");
        let field = |i: usize| record.get(i).unwrap_or_default().to_string();
        let language = Language::from_code(&field(1)).expect("en, fr or nl");
        let verdict = scorer.score_text(&field(2), &field(3), language);
        let fired = verdict
            .evidence
            .iter()
            .any(|e| e.rule == "empathy.step_for_their_situation");
        let expected = match field(4).as_str() {
            "yes" => true,
            "no" => false,
            other => panic!("{}: trainer_expects is yes or no, not {other}", field(0)),
        };
        rows += 1;
        let known = KNOWN_GAPS.iter().any(|(id, _)| *id == field(0));
        if known && fired == expected {
            // A known gap that has closed leaves the list, so that the list stays true.
            closed.push(field(0));
        }
        if fired != expected && !known {
            differ.push(format!(
                "{} (trainer: {}; {}): {}",
                field(0),
                field(4),
                field(5),
                field(3)
            ));
        }
    }
    assert_eq!(rows, 45, "fifteen replies per language");
    assert!(
        differ.is_empty(),
        "the rule and the trainer differ: {differ:#?}"
    );
    assert!(
        closed.is_empty(),
        "the rule agrees now, take them out of KNOWN_GAPS: {closed:?}"
    );
}
