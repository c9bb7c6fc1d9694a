//! `Scorer`: the Frontline judge. It holds the three compiled lexicons (embedded in the
//! binary, parsed once) and scores a reply's empathy alone (`score_text`, for the CSV
//! command) or a whole response inside a scenario (`Judge::judge`).

use serde::{Deserialize, Serialize};

use super::lexicon::Lexicon;
use super::verdict::{DimensionScores, Epitome, Evidence, ReplyVerdict};
use super::{Judge, JudgeInput, empathy, judge, recovery, tone};
use crate::scenario::model::{EmpathyNeed, Language};

/// The empathy verdict on one reply, without a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextVerdict {
    /// 0-100: the sum of the evidence points, clamped.
    pub empathy: u8,
    pub epitome: Epitome,
    pub evidence: Vec<Evidence>,
}

/// The Frontline scorer. Build it once with `Scorer::new()` and share it: each language's
/// lexicon is parsed once, the first time a reply in that language is scored (a CSV in
/// one language never pays for the other two).
#[derive(Debug, Clone)]
pub struct Scorer {
    lexicons: [std::sync::OnceLock<Lexicon>; 3],
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
}

impl Scorer {
    /// The scorer with the lexicons shipped in assets/lexicons (the tests parse every one,
    /// so a broken lexicon never reaches a build that passes them).
    pub fn new() -> Scorer {
        Scorer {
            lexicons: Default::default(),
        }
    }

    /// A scorer with other lexicons (a trainer's edited files), one per language in the
    /// order en, fr, nl. Each is parsed and checked now, so errors come at once.
    pub fn with_lexicons(sources: [&str; 3]) -> Result<Scorer, String> {
        let scorer = Scorer {
            lexicons: Default::default(),
        };
        for (index, expected) in Language::ALL.into_iter().enumerate() {
            let lexicon = Lexicon::parse(sources[index])?;
            if lexicon.language != expected {
                return Err(format!(
                    "lexicon for {expected} declares language {}",
                    lexicon.language
                ));
            }
            let _ = scorer.lexicons[index].set(lexicon);
        }
        Ok(scorer)
    }

    /// The compiled lexicon of a language. The shipped lexicons are read from their
    /// snapshots, compiled at build time, when those are fresh.
    pub fn lexicon(&self, language: Language) -> &Lexicon {
        let index = Scorer::index(language);
        self.lexicons[index].get_or_init(|| {
            // `with_lexicons` sets every lexicon it is given: only the shipped ones are
            // left to load here.
            Lexicon::embedded(language)
                .unwrap_or_else(|e| panic!("embedded lexicon {language} is invalid: {e}"))
        })
    }

    /// Whether a language's lexicon is parsed already (a caller with other work can do it
    /// before asking for the lexicon, instead of waiting for the parse).
    pub fn has_lexicon(&self, language: Language) -> bool {
        self.lexicons[Scorer::index(language)].get().is_some()
    }

    fn index(language: Language) -> usize {
        match language {
            Language::En => 0,
            Language::Fr => 1,
            Language::Nl => 2,
        }
    }

    /// Empathy of `reply` to `customer`, with the EPITOME levels and evidence.
    pub fn score_text(&self, customer: &str, reply: &str, language: Language) -> TextVerdict {
        self.score_text_named(customer, reply, language, None)
    }

    /// Like `score_text`, also crediting the use of the customer's name.
    pub fn score_text_named(
        &self,
        customer: &str,
        reply: &str,
        language: Language,
        customer_name: Option<&str>,
    ) -> TextVerdict {
        let result = empathy::score(self.lexicon(language), customer, reply, customer_name);
        TextVerdict {
            empathy: result.score,
            epitome: result.epitome,
            evidence: result.evidence,
        }
    }
}

impl Scorer {
    /// Judges a response inside a scenario, reading the reply in `language` (normally the
    /// scenario's; `Judge::judge` uses that).
    pub fn judge_in(&self, input: &JudgeInput<'_>, language: Language) -> ReplyVerdict {
        let lexicon = self.lexicon(language);
        let takes_reply = input.action.takes_reply();
        // Words of the customer's name that are also the brand's ("Voltaro Watch") say
        // nothing personal when the reply uses them.
        let brand = format!(
            "{} {}",
            input.scenario.brand.name, input.scenario.brand.handle
        )
        .to_lowercase();
        let personal_name: String = input
            .customer_name
            .split_whitespace()
            .filter(|w| !brand.contains(&w.to_lowercase()))
            .collect::<Vec<_>>()
            .join(" ");
        let empathy_part = takes_reply.then(|| {
            empathy::score(
                lexicon,
                input.customer_text,
                input.reply,
                Some(personal_name.as_str()).filter(|n| !n.trim().is_empty()),
            )
        });
        let accuracy = takes_reply.then(|| judge::accuracy(lexicon, input));
        let empathy_part = match (empathy_part, &accuracy) {
            (Some(part), Some(accuracy)) => {
                Some(part.without_claimed_steps(&accuracy.part.evidence))
            }
            (part, _) => part,
        };
        let empathy_part = empathy_part.map(|part| {
            if input.turn.expect.empathy != EmpathyNeed::High {
                return part;
            }
            // The brief is the situation as the brand knows it (the flight, the city, the
            // broken plates): its words are facts, not the customer's stakes. (The case file
            // may name their stakes too: "too late for a funeral at 10:00".)
            let declared: &[String] = if input.turn.from == crate::scenario::model::CUSTOMER {
                &input.scenario.customer.stakes
            } else {
                &[]
            };
            let theirs = their_words(input);
            let stakes = empathy::Stakes {
                declared,
                theirs: &theirs,
                context: &input.scenario.brief,
            };
            part.with_their_stakes(lexicon, &stakes, input.reply)
        });
        // The recovery sequence of a reply to a customer in crisis (HEARD, LAST).
        let recovery = match (&empathy_part, &accuracy) {
            (Some(part), Some(accuracy)) if input.turn.expect.empathy == EmpathyNeed::High => {
                Some(recovery::read(
                    lexicon,
                    input.reply,
                    &part.evidence,
                    &accuracy.part.evidence,
                ))
            }
            _ => None,
        };
        let empathy_part = match (empathy_part, &recovery) {
            (Some(part), Some(recovery)) => {
                Some(part.with_recovery_order(lexicon, input.reply, recovery))
            }
            (part, _) => part,
        };
        // The names this customer could have had in another run of the scenario: from a
        // reply pasted from another conversation.
        let customer = &input.scenario.customer;
        let theirs = input
            .customer_name
            .split_whitespace()
            .next()
            .unwrap_or_default();
        let default_identity = input.scenario.default_identity();
        let others: Vec<&str> = std::iter::once(&default_identity)
            .chain(&customer.alternates)
            .map(|identity| identity.first_name())
            .filter(|name| !name.eq_ignore_ascii_case(theirs))
            .collect();
        let empathy_part =
            empathy_part.map(|part| part.with_wrong_name(lexicon, input.reply, &others));
        let escalation = judge::escalation(lexicon, input);
        let timeliness = judge::timeliness(lexicon, input);
        let tone = tone::tone(lexicon, input);
        let empathy_score = empathy_part.as_ref().map(|e| e.score);
        let accuracy_score = accuracy.as_ref().and_then(|a| a.part.score);
        let escalation_score = escalation.score.unwrap_or(0);
        let claims = accuracy
            .as_ref()
            .map(|a| a.claims.clone())
            .unwrap_or_default();
        let leaked = accuracy.as_ref().is_some_and(|a| a.leaked_private_data);
        let scores = DimensionScores {
            empathy: empathy_score,
            accuracy: accuracy_score,
            escalation: escalation_score,
            timeliness: timeliness.score,
            tone: tone.score,
        };
        let care_loss = if takes_reply {
            judge::care_loss_points(lexicon, input.reply)
        } else {
            0
        };
        let mut evidence = Vec::new();
        let epitome = empathy_part.map(|e| {
            evidence.extend(e.evidence);
            e.epitome
        });
        if let Some(a) = accuracy {
            evidence.extend(a.part.evidence);
        }
        evidence.extend(escalation.evidence);
        evidence.extend(timeliness.evidence);
        evidence.extend(tone.evidence);
        let grade = judge::grade(
            input, &scores, &claims, leaked, care_loss, &evidence, epitome,
        );
        ReplyVerdict {
            judge: "frontline".into(),
            grade,
            scores,
            epitome,
            evidence,
            claims,
            leaked_private_data: leaked,
            recovery: recovery.map(Box::new),
        }
    }
}

/// What the customer has written so far, in any of the scenario's wordings: the stakes
/// told in one message ("my sister's wedding") are still theirs two messages on, and a
/// reply may echo another wording than the one the run showed. Later messages are not
/// theirs yet. Placeholders ("{brand}") are left out.
fn their_words(input: &JudgeInput<'_>) -> String {
    let mut theirs = input.customer_text.to_string();
    let so_far = input
        .scenario
        .turns
        .iter()
        .take_while(|t| t.id != input.turn.id)
        .chain(std::iter::once(input.turn))
        .filter(|t| t.from == input.turn.from);
    for turn in so_far {
        for text in std::iter::once(&turn.text).chain(&turn.variants) {
            theirs.push('\n');
            let mut rest = text.as_str();
            while let Some(open) = rest.find('{') {
                theirs.push_str(&rest[..open]);
                rest = rest[open..]
                    .find('}')
                    .map_or("", |close| &rest[open + close + 1..]);
            }
            theirs.push_str(rest);
        }
    }
    theirs
}

impl Judge for Scorer {
    fn judge(&self, input: &JudgeInput<'_>) -> ReplyVerdict {
        self.judge_in(input, input.scenario.language)
    }
}
