//! A second set of community-manager replies with a trainer's labels
//! (tests/data/second_labelled_replies.csv): eight situations the first set does not hold
//! (a family room given away at midnight, a gym buy-out after a redundancy, a birthday
//! cake that never came, a burst-pipe claim ignored, an engineer who did not turn up
//! twice, a child's inhaler delayed, a cancelled concert, a half-joking public rant),
//! each written natively in English, French and Dutch and answered by an excellent, a
//! mediocre and a bad reply. It was written and labelled, for the twenty-second pass, by
//! someone who never saw the scorer or its lexicons, and measured before any rule was
//! changed for it: levels agreed 58 / 56 / 67 of 72, the tiers in order in 17 of 24
//! groups. The rules it then led to are in BENCHMARKS.md; today's figures are below.
//!
//! What must hold: the tiers in order in nearly every group, bad replies at zero with
//! the loss that makes them bad, and the levels about as close to the trainer's as today.

mod common;

use std::collections::BTreeMap;

use common::{Labelled, assert_levels_agree, labelled, losses_of};

fn scored() -> Vec<Labelled> {
    labelled("second_labelled_replies.csv")
}

#[test]
fn the_tiers_are_in_order_in_nearly_every_group() {
    let rows = scored();
    assert_eq!(rows.len(), 72);
    let mut groups: BTreeMap<&str, BTreeMap<&str, u8>> = BTreeMap::new();
    for row in &rows {
        groups
            .entry(&row.group)
            .or_default()
            .insert(&row.tier, row.verdict.empathy);
    }
    assert_eq!(groups.len(), 24);
    let out_of_order: Vec<String> = groups
        .iter()
        .filter(|(_, t)| {
            !(t["excellent"] > t["mediocre"] && (t["mediocre"] > t["bad"] || t["mediocre"] == 0))
        })
        .map(|(group, t)| format!("{group}: {t:?}"))
        .collect();
    // Today one: the Dutch half-joking reply to a joke ("Oké, die is goed, het hele team
    // lag dubbel") earns no reaction where its mediocre sibling's "sorry" does.
    assert!(
        out_of_order.len() <= 2,
        "tiers out of order: {out_of_order:#?}"
    );
}

#[test]
fn bad_replies_score_nothing_and_show_the_losses_their_trainer_named() {
    let rows = scored();
    let bad: Vec<&Labelled> = rows.iter().filter(|r| r.tier == "bad").collect();
    assert_eq!(bad.len(), 24);
    // Today 23 of 24 (the Dutch pharmacy's "niet aan de apotheek" is not read as
    // defensive).
    let at_zero = bad.iter().filter(|r| r.verdict.empathy == 0).count();
    let shown = bad
        .iter()
        .filter(|r| !losses_of(&r.verdict).is_empty())
        .count();
    assert!(at_zero >= 22, "only {at_zero} of 24 bad replies score zero");
    assert!(shown >= 22, "only {shown} of 24 bad replies show a loss");
    for row in &bad {
        for loss in losses_of(&row.verdict) {
            assert!(
                row.losses.iter().any(|l| l == loss),
                "{}: {loss} found, the trainer named {:?}",
                row.reply,
                row.losses
            );
        }
    }
}

#[test]
fn the_levels_agree_with_the_trainer_about_as_well_as_today() {
    // Today (BENCHMARKS.md, twenty-third pass): 63, 64 and 72 of 72; first measured at
    // 58, 56 and 67. A few points of slack, as for the first set.
    assert_levels_agree(&scored(), [60, 60, 69]);
}
