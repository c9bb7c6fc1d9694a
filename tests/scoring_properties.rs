//! Properties of the scorer on arbitrary text: it never panics (empty, 1 MB, emoji,
//! right-to-left, control characters), every evidence span lies on char boundaries and
//! quotes exactly the reply, and the same input always gives the same verdict.

use frontline::scenario::{Action, Language, Scenario, load_file};
use frontline::scoring::{Evidence, Judge, JudgeInput, Scorer, TextVerdict};
use proptest::prelude::*;

fn check_spans(reply: &str, verdict: &TextVerdict) {
    check_evidence_spans(reply, &verdict.evidence);
    assert!(verdict.empathy <= 100);
    for level in [
        verdict.epitome.emotional_reactions,
        verdict.epitome.interpretations,
        verdict.epitome.explorations,
    ] {
        assert!(level <= 2);
    }
}

fn check_evidence_spans(reply: &str, evidence: &[Evidence]) {
    for e in evidence {
        match e.span {
            Some(span) => {
                assert!(span.start <= span.end && span.end <= reply.len(), "{e:?}");
                assert!(
                    reply.is_char_boundary(span.start) && reply.is_char_boundary(span.end),
                    "{e:?}"
                );
                assert_eq!(e.quote, reply[span.start..span.end], "{e:?}");
            }
            None => assert!(e.quote.is_empty(), "{e:?}"),
        }
    }
}

/// The shipped scenarios, to judge replies inside (accuracy reads times, sums, codes,
/// percentages and durations, which plain empathy scoring does not).
fn shipped_scenarios() -> Vec<Scenario> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    [
        "cancelled_flight.ron",
        "faulty_delivery.ron",
        "train_annule.ron",
        "kapotte_fiets.ron",
        "troll.ron",
    ]
    .iter()
    .map(|file| load_file(&dir.join(file)).unwrap_or_else(|d| panic!("{file}: {d:?}")))
    .collect()
}

/// Judges `reply` in every turn of every scenario, in public, and checks the evidence.
fn judge_everywhere(scorer: &Scorer, scenarios: &[Scenario], reply: &str) {
    for scenario in scenarios {
        for turn in &scenario.turns {
            let input = JudgeInput::to_turn(scenario, turn, &Action::ReplyPublic, reply, 120);
            let verdict = scorer.judge(&input);
            check_evidence_spans(reply, &verdict.evidence);
            assert!(verdict.scores.accuracy.is_none_or(|s| s <= 100));
            assert!(verdict.scores.escalation <= 100);
        }
    }
}

/// Text made of numbers in every form the accuracy rules read, with the words around them.
fn numbery_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "10:50",
        "7.10 am",
        "07h10",
        "8am",
        "22:30",
        "€20",
        "20 euros",
        "EUR 1.234,50",
        "17 %",
        "17%",
        "2,5\u{a0}%",
        "20 percent",
        "pour cent",
        "30 minutes",
        "72h",
        "72\u{a0}h",
        "an hour",
        "deux ans",
        "twee maanden",
        "5 working days",
        "jours ouvrés",
        "werkdagen",
        "uur",
        "an",
        "VL 319",
        "AE1432",
        "HF-118734",
        "%",
        ".",
        ",",
        " ",
        "\u{202f}",
        "Velair",
        "flight",
        "voucher",
        "taxi",
        "places",
        "tonight",
        "I'll DM you by",
        "1",
        "0",
        "9999999999999999999999",
        "é",
        "🙏",
        "\u{0}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Text mixing the scorer's own vocabulary with emoji, right-to-left script, control
/// characters, apostrophes and punctuation, so that rules actually fire.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "I'm so sorry",
        "don't",
        "n't",
        "calm down",
        "désolée",
        "j’ai",
        "het spijt me",
        "niet",
        "?",
        "??",
        ".",
        "...",
        "!",
        ",",
        " ",
        "\n",
        "\t",
        "\u{0}",
        "\u{7}",
        "\u{202E}",
        "שלום",
        "مرحبا",
        "🙏",
        "❤️",
        "👨‍👩‍👧",
        "<3",
        "7:10",
        "07h10",
        "7.10 am",
        "€250",
        "a@b.co",
        "+32 470 12 34 56",
        "you",
        "your wedding",
        "must be",
        "*",
        "^",
        "'",
        "’",
        "e\u{301}",
        "ﬁ",
        "İ",
        "ß",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_strings(customer in any::<String>(), reply in any::<String>()) {
        let scorer = Scorer::new();
        for language in Language::ALL {
            let verdict = scorer.score_text(&customer, &reply, language);
            check_spans(&reply, &verdict);
        }
    }

    #[test]
    fn never_panics_on_tricky_text(customer in tricky_text(), reply in tricky_text()) {
        let scorer = Scorer::new();
        for language in Language::ALL {
            let verdict = scorer.score_text_named(&customer, &reply, language, Some("Sam"));
            check_spans(&reply, &verdict);
        }
    }

    #[test]
    fn the_same_input_gives_the_same_verdict(customer in tricky_text(), reply in tricky_text()) {
        let scorer = Scorer::new();
        let other = Scorer::new();
        for language in Language::ALL {
            prop_assert_eq!(
                scorer.score_text(&customer, &reply, language),
                other.score_text(&customer, &reply, language)
            );
        }
    }
}

proptest! {
    // Each case judges the reply in every turn of the five shipped scenarios (about 50
    // verdicts).
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn judging_inside_a_scenario_never_panics(reply in numbery_text()) {
        judge_everywhere(&Scorer::new(), &shipped_scenarios(), &reply);
    }

    #[test]
    fn judging_arbitrary_strings_never_panics(reply in any::<String>()) {
        judge_everywhere(&Scorer::new(), &shipped_scenarios(), &reply);
    }
}

#[test]
fn empty_and_huge_replies_are_fine() {
    let scorer = Scorer::new();
    for reply in ["", " ", "\u{0}", "?", "..."] {
        let verdict = scorer.score_text("My flight was cancelled.", reply, Language::En);
        check_spans(reply, &verdict);
        assert_eq!(verdict.empathy, 0);
    }
    let unit = "I'm so sorry 🙏 שלום, are you still at the airport? ";
    let huge = unit.repeat(1_000_000 / unit.len() + 1);
    assert!(huge.len() >= 1_000_000);
    let verdict = scorer.score_text("My flight was cancelled.", &huge, Language::En);
    check_spans(&huge, &verdict);
    assert_eq!(verdict.epitome.emotional_reactions, 2);
}
