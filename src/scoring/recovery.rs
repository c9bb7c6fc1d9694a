//! The service-recovery sequence of a reply to a customer in crisis: hear them, apologise,
//! resolve, thank (HEARD and LAST in the domain notes). Which steps the reply takes,
//! where each first shows, and whether the fix comes before the person: a trainee sees the
//! sequence as a checklist with quotes, and a reply that opens with the fix before any
//! word of hearing or apology loses points (`empathy.recovery_order`).
//!
//! The steps are read from what the empathy and accuracy rules found (their matches and
//! evidence), so a step counts exactly where those rules count it: boilerplate is no
//! apology, a negated understanding is no hearing, and a promise the trainee may not make
//! is no fix.

use serde::{Deserialize, Serialize};

use super::empathy::{is_claim, is_suppressed, mark_suppressed};
use super::lexicon::{Category, Lexicon};
use super::text::Analysed;
use super::verdict::{Evidence, Span};

/// One step of the sequence, in the order HEARD and LAST give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RecoveryStep {
    /// Hear and empathise: their situation or feeling in the reply's words.
    Hear,
    /// A sincere apology (not a form letter's).
    Apologise,
    /// A next step the brand takes for them.
    Resolve,
    /// Thanks (for telling us, for their patience).
    Thank,
}

impl RecoveryStep {
    pub const ALL: [RecoveryStep; 4] = [
        RecoveryStep::Hear,
        RecoveryStep::Apologise,
        RecoveryStep::Resolve,
        RecoveryStep::Thank,
    ];

    /// The key of the step's name in the UI's locale files.
    pub fn key(self) -> &'static str {
        match self {
            RecoveryStep::Hear => "recovery-hear",
            RecoveryStep::Apologise => "recovery-apologise",
            RecoveryStep::Resolve => "recovery-resolve",
            RecoveryStep::Thank => "recovery-thank",
        }
    }
}

/// Where each step first shows in the reply (`None`: not taken).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Recovery {
    pub hear: Option<Span>,
    pub apologise: Option<Span>,
    pub resolve: Option<Span>,
    pub thank: Option<Span>,
    /// The first fix is in a sentence before any hearing or apology ("Your new flight
    /// leaves at 09:50. Sorry about the wedding."): the customer reads the fix before they
    /// read that anyone heard them.
    pub fix_first: bool,
}

impl Recovery {
    /// The steps in order, with where each was taken.
    pub fn steps(&self) -> [(RecoveryStep, Option<Span>); 4] {
        [
            (RecoveryStep::Hear, self.hear),
            (RecoveryStep::Apologise, self.apologise),
            (RecoveryStep::Resolve, self.resolve),
            (RecoveryStep::Thank, self.thank),
        ]
    }

    /// How many of the four steps the reply takes.
    pub fn taken(&self) -> usize {
        self.steps().iter().filter(|(_, at)| at.is_some()).count()
    }
}

/// The evidence rules that show the reply heard them: their situation, feeling or
/// experience put into words, or a question about it.
const HEARING_RULES: [&str; 9] = [
    "empathy.reflects_specifics",
    "empathy.step_for_their_situation",
    "empathy.understand_specific",
    "empathy.understand_claim",
    "empathy.apology_specific",
    "empathy.acts_on_situation",
    "empathy.interpretation",
    "empathy.shared_experience",
    "empathy.exploration_specific",
];

/// Reads the recovery steps of `reply`. `evidence` is what the empathy rules found for it,
/// `accuracy` what the accuracy rules found (a forbidden promise there is no fix).
pub fn read(
    lexicon: &Lexicon,
    reply: &str,
    evidence: &[Evidence],
    accuracy: &[Evidence],
) -> Recovery {
    let text = lexicon.analyse(reply);
    let matches = lexicon.find_all(&text);
    let claims: Vec<Span> = accuracy
        .iter()
        .filter(|e| is_claim(e))
        .filter_map(|e| e.span)
        .collect();
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    let span_of = |first: usize, end: usize| text.span_of(first, end);
    // No step is taken inside what is never empathy (a form letter, "sorry for my
    // English", a non-apology), as the empathy rules read it.
    let mut suppressed = vec![false; text.tokens.len()];
    let boilerplate_clauses = mark_suppressed(&text, &matches, &mut suppressed);
    let sincere = |m: &&super::lexicon::Match| {
        !m.negated && !is_suppressed(&text, &suppressed, &boilerplate_clauses, m)
    };
    let first_of = |spans: &mut dyn Iterator<Item = Span>| spans.min_by_key(|s| s.start);
    let apologies: Vec<&super::lexicon::Match> = matches
        .iter()
        .filter(|m| m.category == Category::Apology)
        .filter(sincere)
        .collect();
    let apologise = first_of(&mut apologies.iter().map(|m| span_of(m.first, m.end)));
    // Compassion that is not the apology's own words ("how frustrating", not "so sorry"),
    // an understanding, or what the empathy rules credited as hearing them.
    let hear = first_of(
        &mut matches
            .iter()
            .filter(|m| {
                matches!(
                    m.category,
                    Category::EmotionStrong | Category::UnderstandWeak | Category::UnderstandStrong
                )
            })
            .filter(sincere)
            .filter(|m| !apologies.iter().any(|a| a.first < m.end && m.first < a.end))
            .map(|m| span_of(m.first, m.end))
            .chain(
                evidence
                    .iter()
                    .filter(|e| HEARING_RULES.contains(&e.rule.as_ref()))
                    .filter_map(|e| e.span),
            ),
    );
    // A commitment to a next step (not a reminder of the rules, not a claim the trainee may
    // not make), quoted from its first word to the end of its clause; else what the empathy
    // rules credited as one (a whole sentence).
    let not_claimed = |step: &Span| !claims.iter().any(|&claim| overlaps(*step, claim));
    let resolve = first_of(
        &mut matches
            .iter()
            .filter(|m| m.category == Category::Commitment && !m.negated)
            .filter(|m| {
                !matches.iter().any(|loss| {
                    loss.category.is_care_loss()
                        && !loss.negated
                        && loss.first < m.end
                        && m.first < loss.end
                })
            })
            .map(|m| text.span_to_clause_end(m.first, m.end))
            .filter(not_claimed),
    )
    .or_else(|| {
        first_of(
            &mut evidence
                .iter()
                .filter(|e| {
                    e.rule.starts_with("empathy.next_step") || e.rule == "empathy.acts_on_situation"
                })
                .filter_map(|e| e.span)
                .filter(not_claimed),
        )
    });
    let thank = first_of(
        &mut matches
            .iter()
            .filter(|m| m.category == Category::Thanks && !m.negated)
            .map(|m| span_of(m.first, m.end)),
    );
    let sentence = |span: Span| sentence_at(&text, span.start);
    let person = [hear, apologise].into_iter().flatten().map(sentence).min();
    let fix_first =
        matches!((resolve.map(sentence), person), (Some(fix), Some(person)) if fix < person);
    text.recycle();
    Recovery {
        hear,
        apologise,
        resolve,
        thank,
        fix_first,
    }
}

/// The sentence of the first token at or after byte `at` (the last sentence past the end).
fn sentence_at(text: &Analysed, at: usize) -> u32 {
    text.tokens
        .iter()
        .find(|t| t.span.end > at)
        .or(text.tokens.last())
        .map_or(0, |t| t.sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::Language;
    use crate::scoring::Scorer;

    fn recovery(language: Language, customer: &str, reply: &str) -> Recovery {
        let scorer = Scorer::new();
        let lexicon = scorer.lexicon(language);
        let verdict = scorer.score_text(customer, reply, language);
        read(lexicon, reply, &verdict.evidence, &[])
    }

    fn quote(reply: &str, span: Option<Span>) -> &str {
        span.map_or("", |s| &reply[s.start..s.end])
    }

    const FLIGHT: &str = "My flight to Lisbon was cancelled and I'll miss my sister's wedding!";

    #[test]
    fn the_four_steps_are_found_where_they_are_taken() {
        let reply = "Missing your sister's wedding would be awful, I'm so sorry. I've booked \
                     you on VL 318 at 09:50. Thank you for your patience.";
        let r = recovery(Language::En, FLIGHT, reply);
        assert!(r.hear.is_some() && r.apologise.is_some(), "{r:?}");
        assert!(quote(reply, r.apologise).contains("sorry"), "{r:?}");
        assert!(quote(reply, r.resolve).contains("booked"), "{r:?}");
        assert!(quote(reply, r.thank).contains("Thank"), "{r:?}");
        assert_eq!(r.taken(), 4);
        assert!(!r.fix_first);
    }

    #[test]
    fn a_fix_before_any_hearing_or_apology_is_first() {
        let reply = "I've booked you on VL 318 at 09:50. So sorry about your sister's wedding.";
        let r = recovery(Language::En, FLIGHT, reply);
        assert!(r.fix_first, "{r:?}");
        // In one sentence, the order is left alone.
        let one = "I've booked you on VL 318, so sorry about your sister's wedding.";
        assert!(!recovery(Language::En, FLIGHT, one).fix_first);
        // Without hearing or apology there is no order to get wrong: the missing steps
        // show instead.
        let bare = "I've booked you on VL 318 at 09:50.";
        let r = recovery(Language::En, FLIGHT, bare);
        assert!(
            !r.fix_first && r.hear.is_none() && r.apologise.is_none(),
            "{r:?}"
        );
    }

    #[test]
    fn form_letters_and_denials_take_no_step() {
        let reply = "We apologize for any inconvenience caused. I don't understand why you \
                     are upset.";
        let r = recovery(Language::En, FLIGHT, reply);
        assert_eq!(r.apologise, None, "{r:?}");
        assert_eq!(r.hear, None, "{r:?}");
    }

    #[test]
    fn the_steps_are_read_in_french_and_dutch() {
        let fr = "Je suis vraiment désolée pour l'enterrement de votre mère. Je vous \
                  réserve une place sur l'IC 4735. Merci de votre patience.";
        let r = recovery(
            Language::Fr,
            "Mon train est annulé, je vais rater l'enterrement de ma mère",
            fr,
        );
        assert!(
            r.apologise.is_some() && r.resolve.is_some() && r.thank.is_some(),
            "{r:?}"
        );
        assert!(!r.fix_first, "{r:?}");
        let nl = "Ik stuur je vandaag een nieuwe accu. Wat vervelend voor je werk, sorry!";
        let r = recovery(
            Language::Nl,
            "Mijn fiets is kapot en ik heb hem nodig voor mijn werk",
            nl,
        );
        assert!(r.resolve.is_some() && r.apologise.is_some(), "{r:?}");
        assert!(r.fix_first, "{r:?}");
    }
}
