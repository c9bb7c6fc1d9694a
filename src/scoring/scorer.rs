//! `Scorer`: the Frontline judge. It holds the three compiled lexicons (embedded in the
//! binary, parsed once) and scores a reply's empathy alone (`score_text`, for the CSV
//! command) or a whole response inside a scenario (`Judge::judge`).

use serde::{Deserialize, Serialize};

use super::empathy;
use super::lexicon::{self, Lexicon};
use super::verdict::{Epitome, Evidence};
use crate::scenario::model::Language;

/// The empathy verdict on one reply, without a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextVerdict {
    /// 0-100: the sum of the evidence points, clamped.
    pub empathy: u8,
    pub epitome: Epitome,
    pub evidence: Vec<Evidence>,
}

/// The Frontline scorer. Cheap to share: build it once with `Scorer::new()`.
#[derive(Debug, Clone)]
pub struct Scorer {
    lexicons: [Lexicon; 3],
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
}

impl Scorer {
    /// The scorer with the lexicons shipped in assets/lexicons (checked by the tests, so a
    /// broken lexicon never reaches a build that passes them).
    pub fn new() -> Scorer {
        let load = |language| {
            Lexicon::parse(lexicon::embedded_source(language))
                .unwrap_or_else(|e| panic!("embedded lexicon {language} is invalid: {e}"))
        };
        Scorer {
            lexicons: [load(Language::En), load(Language::Fr), load(Language::Nl)],
        }
    }

    /// A scorer with other lexicons (a trainer's edited files), one per language.
    pub fn with_lexicons(sources: [&str; 3]) -> Result<Scorer, String> {
        let [en, fr, nl] = sources;
        let scorer = Scorer {
            lexicons: [
                Lexicon::parse(en)?,
                Lexicon::parse(fr)?,
                Lexicon::parse(nl)?,
            ],
        };
        for (lexicon, expected) in scorer.lexicons.iter().zip(Language::ALL) {
            if lexicon.language != expected {
                return Err(format!(
                    "lexicon for {expected} declares language {}",
                    lexicon.language
                ));
            }
        }
        Ok(scorer)
    }

    pub fn lexicon(&self, language: Language) -> &Lexicon {
        match language {
            Language::En => &self.lexicons[0],
            Language::Fr => &self.lexicons[1],
            Language::Nl => &self.lexicons[2],
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
    /// Judges a response inside a scenario, reading the reply in `language`.
    pub fn judge_in(
        &self,
        input: &super::JudgeInput<'_>,
        language: Language,
    ) -> super::ReplyVerdict {
        let _ = language;
        let mut verdict = super::Judge::judge(&super::ActionOnlyJudge, input);
        let text = self.score_text_named(
            input.customer_text,
            input.reply,
            language,
            Some(input.customer_name),
        );
        verdict.judge = "frontline".into();
        verdict.scores.empathy = Some(text.empathy);
        verdict.epitome = Some(text.epitome);
        verdict.evidence.extend(text.evidence);
        verdict
    }
}
