//! Each scenario's golden replies get the grade their author wrote, and the rules the
//! author expects to fire do fire: every one of them, as `frontline check` demands in CI.
//! The test runs the same code as `frontline check` (`golden_mismatches`) over the
//! project's scenarios/ folder.

use frontline::cli::check::golden_mismatches;
use frontline::scenario::{Scenario, load_file};
use frontline::scoring::Scorer;

fn scenarios() -> Vec<(String, Scenario)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("scenarios folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let scenario = load_file(p).unwrap_or_else(|d| panic!("{}: {d:?}", p.display()));
            (p.display().to_string(), scenario)
        })
        .collect()
}

#[test]
fn golden_replies_get_their_authors_grade() {
    let scorer = Scorer::new();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (file, scenario) in scenarios() {
        checked += scenario.turns.iter().map(|t| t.golden.len()).sum::<usize>();
        for mismatch in golden_mismatches(&scenario, &scorer) {
            failures.push(format!("{file}: {}\n  {}", mismatch.message, mismatch.hint));
        }
    }
    assert!(checked > 0, "no golden replies found");
    assert!(
        failures.is_empty(),
        "{} disagreement(s) on {checked} golden replies:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_good_golden_reply_out_of_the_brands_voice_is_reported() {
    let scorer = Scorer::new();
    let (file, mut scenario) = scenarios()
        .into_iter()
        .find(|(file, _)| file.ends_with("cancelled_flight.ron"))
        .expect("cancelled_flight.ron");
    let (turn, golden) = scenario
        .turns
        .iter_mut()
        .enumerate()
        .find_map(|(t, turn)| {
            let g = turn
                .golden
                .iter()
                .position(|g| g.grade == frontline::scenario::model::Grade::Good)?;
            Some((t, &mut turn.golden[g]))
        })
        .expect("a good golden reply");
    // The brand never uses emoji and signs with initials.
    golden.reply = golden.reply.replace(" ^JM", " 😊");
    let mismatches = golden_mismatches(&scenario, &scorer);
    let tone: Vec<_> = mismatches
        .iter()
        .filter(|m| m.turn == turn && m.message.contains("out of the brand's voice"))
        .collect();
    assert_eq!(tone.len(), 1, "{file}: {mismatches:?}");
    assert!(
        tone[0].message.contains("tone.emoji_never \"😊\"")
            && tone[0].message.contains("tone.unsigned"),
        "{}",
        tone[0].message
    );
}
