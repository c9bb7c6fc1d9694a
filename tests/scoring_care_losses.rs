//! Losses on everyday replies, in two sets of careless replies of brand accounts, each
//! with one fault (blame, minimising, calm_down, sarcasm, dismissive, defensive,
//! policy_hiding, non_apology, boilerplate) and its exact words, beside sincere replies
//! full of words that look like faults out of context ("of course", "évidemment",
//! "uiteraard", "our policy allows", "you did nothing wrong"), over a few dozen sectors.
//!
//! tests/data/care_loss_replies.csv (80 careless and 80 sincere per language) was written
//! for the twenty-sixth pass by someone who had not read the lexicons, and measured blind
//! first: 70 of the careless replies lost points on their fault's words at the pass's
//! start, 84 when the set was written; 22 sincere replies lost points at the start, 4 when
//! it was written. tests/data/care_loss_replies_blind.csv (960 and 960 per language) holds
//! sixteen later blind probes of the same kind, D to S (60 careless and 60 sincere replies per
//! language each, in that order within each language and kind), each written by someone who
//! had read neither the lexicons nor the sets before it: at the twenty-seventh pass's start
//! 177 of the 720 careless replies of D to G lost points on their fault's words (57 of D,
//! 41 of E, 44 of F, 35 of G) and 13 sincere ones lost points; H, at the twenty-eighth
//! pass's start, 52 of 180 and 10; I, at its end, 70 of 180 (49 at its start) and 9; J, in
//! the twenty-ninth pass after the rules drawn from I, 63 of 180 (56 at the pass's start)
//! and 6; K, near that pass's end, 72 of 180 (62 at its start) and 3 (none at its start;
//! mended by wordings of ownership read in them); L, at that pass's end, 70 of 180 (54 at
//! its start) and 3 (2 at its start; 1 once an owned fault took back records and an apology
//! a colleague's fault); M, in the thirtieth pass, 93 of 180 at its start and 94 after L's
//! misses were read, and 4; N, in the same pass, 76 of 180 at its start, 81 after L's
//! misses were read and 84 after M's and the rule for thanks alone, and 8; O, at that
//! pass's end, 77 of 180 (67 at its start) and 5 (5); P, in the thirty-first pass, 74 of
//! 180 at its start and after that pass's first rules, and 5; Q, at that pass's end, 73
//! of 180 (71 at its start) and 4 (5); R, in the thirty-sixth pass, 70 of 180 both at its
//! start and after the rule for a fault denied as the brand's own, and 6 (6); S, after R's
//! misses were read, 63 of 180 (60 at the pass's start) and 6 (6). The lexicons' later
//! rounds
//! of everyday losses, the rule for blame in plain words and the losses made of two halves
//! were written from the misses of D to S (each probe's after its blind figures were
//! taken; O's misses were left as measured), so what the sets measure now is no longer
//! blind (each probe's blind figures are in BENCHMARKS.md).
//! They stay as a guard: sincere words must not start to cost points, and careless ones
//! must keep costing them.

mod common;

use std::ops::Range;

use frontline::scenario::Language;
use frontline::scoring::{Scorer, TextVerdict};

struct Row {
    language: Language,
    careless: bool,
    /// Byte range of the faulty words in the reply (empty for a sincere reply).
    fault: Range<usize>,
    reply: String,
    verdict: TextVerdict,
}

/// A set of replies, its size and what it may miss today.
struct Set {
    file: &'static str,
    /// Careless replies per language, and as many sincere ones.
    per_language: usize,
    /// Careless replies per language whose fault may cost no points.
    missed_at_most: usize,
    /// Sincere replies in all that may lose points.
    sincere_losing_at_most: usize,
}

const SETS: [Set; 2] = [
    // Today 8 (en), 8 (fr) and 6 (nl) of 80 are missed: faults put in words no phrase
    // list can hold ("they were washed at the wrong temperature"). One sincere reply
    // loses points: "Rest assured you won't be charged", whose "rest assured" trainers do
    // count as a form letter's words.
    Set {
        file: "care_loss_replies.csv",
        per_language: 80,
        missed_at_most: 12,
        sincere_losing_at_most: 1,
    },
    // Today 220 (en), 224 (fr) and 236 (nl) of 960 are missed ("the driver says he rang
    // twice, so it comes down to whether you heard the bell", "you left the flat number off
    // your address", "it sounds like it wasn't left in the right spot", "it's just the one
    // service"; most of O's misses, P's sarcasm, calm-down and policy misses, most of Q's
    // and 35 of R's and 88 of S's, read and not mended), and 30 sincere replies lose points: words
    // trainers do count as formulas or orders ("Rest assured", "Désolés pour le
    // désagrément", "Pas de panique", "Geen paniek", "Don't panic", "Nothing to worry
    // about", "try to relax", "Rustig aan", "dat kan gebeuren", "Dat overkomt iedereen
    // weleens", "dat duurt maar een paar minuten"), a reason in their favour read as blame
    // ("As you haven't used it since the renewal, I've cancelled the plan"), a real
    // condition read as one put first ("Si vous aviez réservé un train, envoyez-nous le
    // justificatif"), a double negation read as minimising ("ce n'est pas qu'un objet"), an
    // action read as praise ("notre fournisseur est contrôlé aujourd'hui"), a negation read
    // into what follows it ("ce n'est évidemment pas ce que vous aviez réservé") and
    // agreement read as a denied understanding ("Dat is niet terecht als er niet gerookt
    // is"); three of them P's, two Q's ("Dit kan echt iedereen overkomen", "Daar gaan we
    // niet over in discussie: bij het inmeten had dit gezien moeten worden"), two R's,
    // reassurance about a slip of the customer's own ("no need to panic, this one's not a
    // big deal to fix", "pas de souci, ce n'est pas grave : j'ai déjà corrigé l'adresse"),
    // and two S's (a laugh answering a weary customer's joke, "On ne peut rien pour la
    // défense, mais pour les buvettes, oui 😅" to "...fallait au moins que les buvettes
    // marchent 😩", and a fare they would have had to pay, "dus je had een losse rit
    // moeten betalen").
    // (A policy named before what it grants free of charge, "volgens onze voorwaarden
    // kosteloos opzeggen", and "for nothing" read as a denial, "twice for nothing is really
    // frustrating", no longer cost anything: seven of the 28 of the thirtieth pass.)
    Set {
        file: "care_loss_replies_blind.csv",
        per_language: 960,
        missed_at_most: 240,
        sincere_losing_at_most: 30,
    },
];

fn rows(file: &str) -> Vec<Row> {
    let scorer = Scorer::new();
    common::data_rows(file)
        .into_iter()
        .map(|record| {
            let field = |i: usize| record.get(i).unwrap_or_default().to_string();
            let language = Language::from_code(&field(0)).expect("en, fr or nl");
            let (phrase, customer, reply) = (field(3), field(4), field(5));
            let careless = field(1) == "careless";
            let fault = if careless {
                let at = reply
                    .find(&phrase)
                    .expect("the faulty words are in the reply");
                at..at + phrase.len()
            } else {
                0..0
            };
            Row {
                language,
                careless,
                fault,
                verdict: scorer.score_text(&customer, &reply, language),
                reply,
            }
        })
        .collect()
}

/// Whether a loss quotes words of the fault.
fn caught(row: &Row) -> bool {
    row.verdict.evidence.iter().any(|e| {
        e.points < 0
            && e.span
                .is_some_and(|s| s.start < row.fault.end && row.fault.start < s.end)
    })
}

#[test]
fn careless_replies_lose_points_on_their_faulty_words_in_each_language() {
    for set in &SETS {
        let rows = rows(set.file);
        assert_eq!(rows.len(), 6 * set.per_language, "{}", set.file);
        for language in Language::ALL {
            let careless: Vec<&Row> = rows
                .iter()
                .filter(|r| r.careless && r.language == language)
                .collect();
            assert_eq!(careless.len(), set.per_language, "{}", set.file);
            let missed: Vec<&str> = careless
                .iter()
                .filter(|r| !caught(r))
                .map(|r| r.reply.as_str())
                .collect();
            assert!(
                missed.len() <= set.missed_at_most,
                "{} {language}: {missed:#?}",
                set.file
            );
        }
    }
}

#[test]
fn sincere_replies_lose_no_points() {
    for set in &SETS {
        sincere_replies_of_a_set_lose_no_points(set);
    }
}

fn sincere_replies_of_a_set_lose_no_points(set: &Set) {
    let rows = rows(set.file);
    let losing: Vec<String> = rows
        .iter()
        .filter(|r| !r.careless)
        .filter(|r| r.verdict.evidence.iter().any(|e| e.points < 0))
        .map(|r| {
            let losses: Vec<&str> = r
                .verdict
                .evidence
                .iter()
                .filter(|e| e.points < 0)
                .map(|e| e.quote.as_str())
                .collect();
            format!("{}: {:?}", r.reply, losses)
        })
        .collect();
    assert_eq!(
        rows.iter().filter(|r| !r.careless).count(),
        3 * set.per_language,
        "{}",
        set.file
    );
    assert!(
        losing.len() <= set.sincere_losing_at_most,
        "{}: {losing:#?}",
        set.file
    );
}
