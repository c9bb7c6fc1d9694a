//! The same reply translated scores about the same: thirty-two complaints written for this
//! project (a cancelled train, a double charge, a late refund, an outage, a rude remark,
//! a troll...), each answered once and translated faithfully into French and Dutch as a
//! native community manager would write it (tests/data/parity_replies.csv, ids
//! `cNN-en`, `cNN-fr`, `cNN-nl`). Warm and specific replies, form letters, defensive and
//! blaming ones, questions, next steps with a time, negations, formal and informal.
//!
//! What must hold: in each case the three languages are within 10 points of each other
//! and read the same EPITOME levels. The first run found 16 of 30 consistent; the lexicon
//! additions it led to (BENCHMARKS.md, eighteenth pass) made 28. Those left are known
//! and named below: a test that fails on any other case shows a lexicon edit that moved
//! one language away from the others, and one that has closed must leave the list. Cases 31
//! and 32 (nineteenth pass) take the customer's side: "that's not acceptable", "you have
//! every right to be angry". At the nineteenth pass 30 of 32 are consistent.

use std::collections::BTreeMap;

use frontline::scenario::Language;
use frontline::scoring::Scorer;

/// Cases whose languages still differ, and why (kept short; see BENCHMARKS.md).
const KNOWN_GAPS: [(&str, &str); 2] = [
    (
        "c04",
        "a question with neither 'you' nor the customer's words: English echoes 'charged' \
         and French 'deux', Dutch 'afgeschreven' echoes nothing (compounds are not split)",
    ),
    (
        "c25",
        "taking their side: English 'is not acceptable' and French 'ce n'est pas acceptable' \
         are read, Dutch 'dat kan niet' is not: it also refuses ('that is not possible')",
    ),
];

#[test]
fn a_reply_translated_scores_about_the_same() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/parity_replies.csv");
    let mut reader = csv::Reader::from_path(path).expect("the translated replies");
    let scorer = Scorer::new();
    let mut cases: BTreeMap<String, Vec<(Language, u8, [u8; 3])>> = BTreeMap::new();
    for record in reader.records() {
        let record = record.expect("a well-formed row");
        let field = |i: usize| record.get(i).unwrap_or_default().to_string();
        let (case, _) = field(0)
            .rsplit_once('-')
            .map(|(c, l)| (c.to_string(), l.to_string()))
            .expect("an id like c01-en");
        let language = Language::from_code(&field(1)).expect("en, fr or nl");
        let verdict = scorer.score_text(&field(2), &field(3), language);
        let e = verdict.epitome;
        cases.entry(case).or_default().push((
            language,
            verdict.empathy,
            [e.emotional_reactions, e.interpretations, e.explorations],
        ));
    }
    assert_eq!(cases.len(), 32, "thirty-two complaints");
    let mut apart = Vec::new();
    for (case, scored) in &cases {
        assert_eq!(scored.len(), 3, "{case}: one reply per language");
        let (low, high) = scored
            .iter()
            .fold((u8::MAX, 0), |(lo, hi), &(_, s, _)| (lo.min(s), hi.max(s)));
        let same_levels = scored.iter().all(|(_, _, levels)| *levels == scored[0].2);
        if high - low >= 10 || !same_levels {
            apart.push(format!("{case}: {scored:?}"));
        }
    }
    let known: Vec<&str> = KNOWN_GAPS.iter().map(|(case, _)| *case).collect();
    let new: Vec<&String> = apart
        .iter()
        .filter(|line| !known.iter().any(|k| line.starts_with(&format!("{k}:"))))
        .collect();
    assert!(
        new.is_empty(),
        "languages apart by 10 points or more, or in their levels: {new:#?}"
    );
    // A known gap that has closed leaves the list, so that the list stays true.
    let closed: Vec<&&str> = known
        .iter()
        .filter(|k| !apart.iter().any(|line| line.starts_with(&format!("{k}:"))))
        .collect();
    assert!(
        closed.is_empty(),
        "consistent now, take them out of KNOWN_GAPS: {closed:?}"
    );
}
