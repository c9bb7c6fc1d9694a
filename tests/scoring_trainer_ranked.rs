//! Ninety community-manager replies written for this project and labelled by a trainer
//! (tests/data/trainer_ranked_replies.csv): ten complaints (a cancelled train, a double
//! charge, a crushed gift, a rude remark in a shop, an app outage, lost luggage, a late
//! refund, a wrong item, praise, a bereavement), each answered in English, French and Dutch
//! by an excellent, a mediocre and a bad reply, with the EPITOME levels and the
//! customer-care losses the trainer expects.
//!
//! What must hold: within each complaint and language the trainer's order (excellent
//! above mediocre above bad, or both lesser replies at zero); a bad reply never scores
//! above zero and nearly always shows the loss that makes it bad; and the levels agree
//! with the trainer's about as well as they do today, so that a lexicon edit that loses
//! ground in one language shows here.

mod common;

use std::collections::BTreeMap;

use common::{Labelled, assert_levels_agree, labelled, losses_of};

fn scored() -> Vec<Labelled> {
    labelled("trainer_ranked_replies.csv")
}

#[test]
fn the_trainers_order_holds_in_every_complaint_and_language() {
    let rows = scored();
    assert_eq!(rows.len(), 90);
    let mut groups: BTreeMap<(String, String), BTreeMap<String, u8>> = BTreeMap::new();
    for row in &rows {
        groups
            .entry((row.group.clone(), row.language.code().to_string()))
            .or_default()
            .insert(row.tier.clone(), row.verdict.empathy);
    }
    assert_eq!(groups.len(), 30);
    for (key, tiers) in &groups {
        let (excellent, mediocre, bad) = (tiers["excellent"], tiers["mediocre"], tiers["bad"]);
        assert!(
            excellent > mediocre && (mediocre > bad || mediocre == 0),
            "{key:?}: excellent {excellent}, mediocre {mediocre}, bad {bad}"
        );
    }
}

#[test]
fn a_bad_reply_scores_nothing_and_shows_what_makes_it_bad() {
    let rows = scored();
    let bad: Vec<&Labelled> = rows.iter().filter(|r| r.tier == "bad").collect();
    assert_eq!(bad.len(), 30);
    for row in &bad {
        assert_eq!(
            row.verdict.empathy, 0,
            "{}: {:?}",
            row.reply, row.verdict.evidence
        );
    }
    // Two Dutch replies hide behind policy in ways the lexicon does not see yet ("kunnen
    // wij conform onze voorwaarden niet vergoeden", where the "niet" is taken to negate
    // the phrase; "om veiligheidsredenen uitsluitend"): 28 of 30 today.
    let shown = bad
        .iter()
        .filter(|r| !losses_of(&r.verdict).is_empty())
        .count();
    assert!(shown >= 28, "only {shown} of 30 bad replies show a loss");
    // And the losses found are ones the trainer named, most of the time (53 of 61 today;
    // the others are arguable: "be patient" as "calm down", "nou eenmaal" as dismissal).
    let (mut named, mut found) = (0, 0);
    for row in &bad {
        for loss in losses_of(&row.verdict) {
            found += 1;
            named += usize::from(row.losses.iter().any(|l| l == loss));
        }
    }
    assert!(
        named * 10 >= found * 8,
        "{named} of {found} losses found are ones the trainer named"
    );
}

#[test]
fn the_levels_agree_with_the_trainers_about_as_well_as_today() {
    // Today (BENCHMARKS.md, twenty-second pass): 75, 89 and 84 of 90 (twelfth pass: 63,
    // 68, 80). A few points of slack, so that a lexicon edit may trade one row for another,
    // not lose ground.
    assert_levels_agree(&scored(), [71, 82, 80]);
}
