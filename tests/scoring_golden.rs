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
