//! Each scenario's golden replies get the grade their author wrote, and the rules the
//! author expects to fire do fire. Scenarios are read from the project's scenarios/ folder.
//!
//! Grades are a judgement call at the Fair/Poor and Good/Fair borders, so the test asks
//! for agreement on at least `MIN_AGREEMENT` of the replies (and prints every
//! disagreement), while the expected rules must always fire.

/// Share of golden replies whose grade must match the author's.
const MIN_AGREEMENT: f64 = 0.85;

use frontline::scenario::{Action, Scenario, load_file};
use frontline::scoring::{Judge, JudgeInput, Scorer};

fn scenarios() -> Vec<Scenario> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("scenarios folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| load_file(p).unwrap_or_else(|d| panic!("{}: {d:?}", p.display())))
        .collect()
}

fn fill(text: &str, scenario: &Scenario) -> String {
    let first_name = scenario
        .customer
        .name
        .split_whitespace()
        .next()
        .unwrap_or("");
    text.replace("{name}", &scenario.customer.name)
        .replace("{first_name}", first_name)
        .replace("{handle}", &scenario.customer.handle)
        .replace("{brand}", &scenario.brand.name)
}

#[test]
fn golden_replies_get_their_authors_grade() {
    let scorer = Scorer::new();
    let mut failures = Vec::new();
    let mut missing_rules = Vec::new();
    let mut checked = 0;
    for scenario in scenarios() {
        for turn in &scenario.turns {
            let customer_text = fill(&turn.text, &scenario);
            for golden in &turn.golden {
                let reply = fill(&golden.reply, &scenario);
                let action: &Action = &golden.action;
                let input = JudgeInput {
                    scenario: &scenario,
                    turn,
                    customer_text: &customer_text,
                    customer_name: &scenario.customer.name,
                    thread: &[],
                    action,
                    reply: &reply,
                    response_secs: 10 * 60,
                };
                let verdict = scorer.judge(&input);
                checked += 1;
                let missing: Vec<&String> = golden
                    .fires
                    .iter()
                    .filter(|rule| !verdict.evidence.iter().any(|e| &e.rule == *rule))
                    .collect();
                if !missing.is_empty() {
                    missing_rules.push(format!(
                        "{}/{}: rules not fired: {missing:?}",
                        scenario.id, turn.id
                    ));
                }
                if verdict.grade != golden.grade {
                    failures.push(format!(
                        "{}/{} [{action}] expected {:?}, got {:?} ({:?})\n  reply: {reply}\n  evidence: {:?}",
                        scenario.id,
                        turn.id,
                        golden.grade,
                        verdict.grade,
                        verdict.scores,
                        verdict
                            .evidence
                            .iter()
                            .map(|e| format!("{} {:+}", e.rule, e.points))
                            .collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(checked > 0, "no golden replies found");
    assert!(missing_rules.is_empty(), "{}", missing_rules.join("\n"));
    let agreement = 1.0 - failures.len() as f64 / checked as f64;
    eprintln!(
        "golden replies: {} of {checked} graded as their author did\n{}",
        checked - failures.len(),
        failures.join("\n")
    );
    assert!(
        agreement >= MIN_AGREEMENT,
        "only {:.0} % of golden replies agree:\n{}",
        agreement * 100.0,
        failures.join("\n")
    );
}
