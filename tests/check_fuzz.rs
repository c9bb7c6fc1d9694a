//! Fuzz-style robustness: random bytes and mutated scenarios never make the checker panic.
//! Deterministic (seeded), so a failure reproduces.

use frontline::scenario::check_str;
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};

const SEEDS: [&str; 4] = [
    include_str!("../scenarios/cancelled_flight.ron"),
    include_str!("../scenarios/faulty_delivery.ron"),
    include_str!("../scenarios/troll.ron"),
    include_str!("data/tiny.ron"),
];

/// Pieces that make mutations land on meaningful syntax.
const TOKENS: [&str; 16] = [
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "//",
    "/*",
    "r#\"",
    "-1",
    "99999999999999999999",
    "é",
    "{name}",
    "\u{202e}",
    "\0",
];

fn mutate(text: &str, rng: &mut Xoshiro256PlusPlus) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..rng.random_range(1..4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.random_range(0..chars.len());
        match rng.random_range(0..4) {
            0 => {
                let end = (at + rng.random_range(1..40)).min(chars.len());
                chars.drain(at..end);
            }
            1 => {
                let token = TOKENS[rng.random_range(0..TOKENS.len())];
                for (i, c) in token.chars().enumerate() {
                    chars.insert(at + i, c);
                }
            }
            2 => {
                let end = (at + rng.random_range(1..200)).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                let to = rng.random_range(0..chars.len());
                for (i, c) in copy.into_iter().enumerate() {
                    chars.insert(to + i, c);
                }
            }
            _ => chars[at] = char::from_u32(rng.random_range(0..0x3000)).unwrap_or('?'),
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_scenarios_never_panic_and_always_locate_their_errors() {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(2026);
    for round in 0..1500 {
        let seed = SEEDS[round % SEEDS.len()];
        let text = mutate(seed, &mut rng);
        let report = check_str("mutant.ron", &text);
        let lines = text.lines().count().max(1);
        for d in &report.diagnostics {
            assert!(
                d.line >= 1 && d.line <= lines + 1,
                "round {round}: line {} of {lines}",
                d.line
            );
            assert!(d.col >= 1, "round {round}");
            assert!(
                !d.message.is_empty() && !d.hint.is_empty(),
                "round {round}: {d}"
            );
        }
        assert_eq!(report.scenario.is_some(), !report.has_errors());
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
    for _ in 0..1500 {
        let len = rng.random_range(0..300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.random_range(0..=255u8)).collect();
        let text = String::from_utf8_lossy(&bytes);
        let report = check_str("random.ron", &text);
        assert!(report.has_errors());
    }
}

#[test]
fn pathological_nesting_is_an_error_not_a_stack_overflow() {
    for text in [
        "[".repeat(50_000),
        "Scenario(".repeat(20_000),
        "(".repeat(50_000) + &")".repeat(50_000),
    ] {
        let report = check_str("deep.ron", &text);
        assert!(report.has_errors());
    }
}
