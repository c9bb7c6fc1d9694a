//! The empathy scorer: the three EPITOME mechanisms (emotional reactions, interpretations,
//! explorations) and the customer-care rules (boilerplate, blame, minimising, "calm down",
//! policy-hiding, sarcasm, defensiveness, name, next step), each with evidence.
//!
//! Every point of the empathy score is one piece of evidence, so the score is the sum of
//! the evidence points (clamped to 0-100) and a trainee can see where each point came from.

use std::borrow::Cow;

use super::lexicon::{Category, Lexicon, Match};
use super::numbers;
use super::text::{self, Analysed, Word, flags, scratch};
use super::verdict::{Dimension, Epitome, Evidence, Span};

/// Points of each EPITOME level on the empathy score: strong emotional reactions and
/// interpretations carry most of it; a question adds less, since it can be asked coldly.
const EMOTION_POINTS: [i32; 3] = [0, 15, 30];
const INTERPRETATION_POINTS: [i32; 3] = [0, 15, 30];
const EXPLORATION_POINTS: [i32; 3] = [0, 10, 20];
const NAME_POINTS: i32 = 5;
const NEGATED_UNDERSTANDING_POINTS: i32 = -10;
/// A first-person sentence shorter than this ("I agree.") shares no experience.
const MIN_DISCLOSURE_WORDS: usize = 5;
/// The fewest words of a sentence that tells an experience like theirs ("I do that too").
const MIN_ALIKE_WORDS: usize = 3;

/// The empathy part of a verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct EmpathyResult {
    pub epitome: Epitome,
    /// 0-100: the sum of the evidence points, clamped.
    pub score: u8,
    pub evidence: Vec<Evidence>,
}

/// A candidate for one EPITOME mechanism: its level and the evidence that shows it.
struct Candidate {
    level: u8,
    rule: &'static str,
    span: Span,
    explanation: Explanation,
}

/// A candidate's explanation, written out only for the candidate that wins (a reply
/// has many candidates and one winner per mechanism).
enum Explanation {
    /// The `explain` text of a rule category.
    Entry(Category),
    /// A structural message of the lexicon, without words to fill in.
    Message(&'static str),
    Owned(Cow<'static, str>),
}

impl Explanation {
    fn text(self, lexicon: &Lexicon) -> Cow<'static, str> {
        match self {
            Explanation::Entry(category) => Cow::Borrowed(lexicon.entry(category).explain),
            Explanation::Message(key) => lexicon.message(key, ""),
            Explanation::Owned(text) => text,
        }
    }
}

fn better_candidate(best: &mut Option<Candidate>, candidate: Candidate) {
    if best.as_ref().is_none_or(|b| candidate.level > b.level) {
        *best = Some(candidate);
    }
}

fn evidence(
    reply: &str,
    rule: &'static str,
    points: i32,
    span: Option<Span>,
    explanation: impl Into<Cow<'static, str>>,
    better: Option<Cow<'static, str>>,
) -> Evidence {
    Evidence::new(
        reply,
        Dimension::Empathy,
        rule,
        points,
        span,
        explanation,
        better,
    )
}

/// Content words of the customer's message: what "reflecting their specifics" looks for.
/// The words of the lexicon's caring phrases ("help", "hope", "wish") are not among them:
/// a reply uses them whatever the customer wrote.
/// Words of five letters or more are also compared by their first five letters, so that
/// "wedding"/"weddings" and "cancelled"/"cancellation" meet. Customer messages are short,
/// so plain lists beat hashing here.
struct Specifics {
    /// Each word, with its stem worked out once: `contains` runs for every word of the
    /// reply's sentences that may reflect them.
    words: Vec<(Word, Option<[u8; 5]>)>,
}

/// `text::stem` as a value.
fn stem_of(word: &[u8]) -> Option<[u8; 5]> {
    text::stem(word).and_then(|s| s.try_into().ok())
}

impl Specifics {
    fn of(lexicon: &Lexicon, customer: &str) -> Specifics {
        // Room for a word in every eight bytes, most of what a message keeps: growing the
        // list word by word had cost more than keeping the words.
        let mut words = Vec::with_capacity(customer.len() / 8);
        lexicon.for_each_word(customer, |norm, id, word_flags| {
            if word_flags & (flags::STOPWORD | flags::YOU | flags::ME) == 0
                && !lexicon.is_caring_word(id)
                && norm.len() >= 3
                && norm.is_alphabetic()
            {
                let stem = stem_of(norm.as_bytes());
                words.push((norm, stem));
            }
        });
        Specifics { words }
    }

    /// Words given one by one (a scenario's declared stakes), read like a text.
    fn of_words(lexicon: &Lexicon, words: &[String]) -> Specifics {
        Specifics::of(lexicon, &words.join(" "))
    }

    /// Whether `word` is one of theirs, or shares its stem (`text::same_word`).
    fn contains(&self, word: &[u8]) -> bool {
        let stem = stem_of(word);
        self.words
            .iter()
            .any(|(w, s)| (stem.is_some() && *s == stem) || w.as_bytes() == word)
    }
}

/// Whether `m` (one of `matches` in `text`) is a non-apology: one always ("sorry if you
/// were offended"), or an apology to their feeling ("sorry you feel that way") next to
/// blame, defence, mockery or policy, in its sentence or the one before or after ("Sorry
/// you feel that way. Delivery times are in our terms."). Elsewhere, as in a kind reply,
/// an apology to their feeling is sincere.
pub(super) fn is_non_apology(text: &Analysed, matches: &[Match], m: &Match) -> bool {
    if m.negated {
        return false;
    }
    match m.category {
        Category::NonApology => true,
        Category::FeelingApology => {
            let sentence = text.tokens[m.first].sentence;
            matches.iter().any(|loss| {
                loss.category.is_care_loss()
                    && !loss.negated
                    && text.tokens[loss.first].sentence.abs_diff(sentence) <= 1
            })
        }
        _ => false,
    }
}

/// Marks in `suppressed` (a flag per token) the words of phrases that are never empathy
/// (boilerplate, "sorry for the long post") and of non-apologies, and the sentences that
/// mock, and returns the clauses that hold boilerplate: a form letter is a form letter as
/// a whole, so an apology in the same clause ("we ask you to excuse us for the
/// inconvenience caused", "nous sommes désolés pour la gêne occasionnée") is part of it
/// (`is_suppressed`).
pub(super) fn mark_suppressed(
    text: &Analysed,
    matches: &[Match],
    suppressed: &mut [bool],
) -> Vec<u32> {
    for m in matches {
        if (matches!(m.category, Category::NotEmpathy | Category::Boilerplate) && !m.negated)
            || is_non_apology(text, matches, m)
        {
            suppressed[m.first..m.end]
                .iter_mut()
                .for_each(|s| *s = true);
        }
        // A sentence that mocks in words of its own ("Sorry our pillows didn't meet your
        // royal standards", "Congratulations, you've discovered that...") gives its warm
        // words to the mockery: they earn nothing. Not a lone laugh or emoji, which may be
        // laughing with a customer who joked first (see the losses in `score`).
        if m.category == Category::Sarcasm && !m.negated && m.end - m.first > 1 {
            let sentence = &text.sentences[text.tokens[m.first].sentence as usize];
            suppressed[sentence.first..sentence.end]
                .iter_mut()
                .for_each(|s| *s = true);
        }
    }
    matches
        .iter()
        .filter(|m| m.category == Category::Boilerplate && !m.negated)
        .map(|m| text.tokens[m.first].clause)
        .collect()
}

/// Whether `m` is no empathy of the reply's own: inside words `mark_suppressed` marked, or
/// an apology or compassion in a clause of boilerplate.
pub(super) fn is_suppressed(
    text: &Analysed,
    suppressed: &[bool],
    boilerplate_clauses: &[u32],
    m: &Match,
) -> bool {
    suppressed[m.first..m.end].iter().any(|&s| s)
        || (matches!(m.category, Category::Apology | Category::EmotionStrong)
            && boilerplate_clauses.contains(&text.tokens[m.first].clause))
}

/// The sentence where the reply relates an experience of the writer's own, when it does:
/// a first-person statement that is not advice, an opinion, an offer or an action ("I
/// lost my job last year too").
fn shared_experience(lexicon: &Lexicon, text: &Analysed, matches: &[Match]) -> Option<Span> {
    let (mut covered_on_stack, mut covered_on_heap) = ([false; 512], Vec::new());
    let covered = scratch(
        &mut covered_on_stack,
        &mut covered_on_heap,
        text.tokens.len(),
    );
    for m in matches {
        if matches!(
            m.category,
            Category::NotDisclosure
                | Category::Apology
                | Category::EmotionStrong
                | Category::EmotionWeak
                | Category::UnderstandWeak
                | Category::Commitment
                | Category::NotEmpathy
        ) {
            covered[m.first..m.end].iter_mut().for_each(|c| *c = true);
        }
    }
    // Telling an experience of one's own takes at least two first-person words in
    // statements ("I lost my job"); a single passing "I" is not yet sharing.
    let mut speaking_of_oneself: Vec<(&text::Sentence, usize)> = Vec::new();
    for sentence in &text.sentences {
        if sentence.question || sentence.end - sentence.first < MIN_DISCLOSURE_WORDS {
            continue;
        }
        let (mentions, _) = own_mentions(text, covered, sentence, |_| false);
        if mentions > 0 {
            speaking_of_oneself.push((sentence, mentions));
        }
    }
    // One statement is enough when it makes the experience like theirs ("I was a mistake
    // too", "I'm on the same meds"; three words do: "I do too"). Looked for only when the
    // count falls short: the look-ups, in every first-person clause, were 2 % of a run.
    if speaking_of_oneself.iter().map(|(_, n)| n).sum::<usize>() < 2 {
        let alike = text.sentences.iter().find(|sentence| {
            !sentence.question
                && sentence.end - sentence.first >= MIN_ALIKE_WORDS
                && own_mentions(text, covered, sentence, |clause| {
                    alike_clause(lexicon, clause)
                })
                .1
        });
        speaking_of_oneself = alike.map(|sentence| (sentence, 2)).into_iter().collect();
    }
    // "I asked my colleague in the control room", "I'm on the social team tonight": the
    // writer's work for them, not an experience of their own. Looked for only until the
    // count is settled: a look-up of every word of every sentence was a fifth of a run.
    let mut self_mentions = 0usize;
    let mut first_mention: Option<Span> = None;
    if speaking_of_oneself.iter().map(|(_, n)| n).sum::<usize>() >= 2 {
        for (sentence, mentions) in speaking_of_oneself {
            let at_work = text.tokens[sentence.first..sentence.end]
                .iter()
                .any(|t| lexicon.is_work_word(t.norm.as_bytes()));
            if !at_work {
                self_mentions += mentions;
                first_mention.get_or_insert(sentence.span);
            }
            if self_mentions >= 2 {
                break;
            }
        }
    }
    first_mention.filter(|_| self_mentions >= 2)
}

/// The first-person words of `sentence` that tell of the writer (not `covered` by an
/// apology, advice or an offer), counted in its clauses that do not name the reader ("I
/// have your file", "I've reported your parcel": a first-person clause about the reader's
/// case is an action for them, not an experience of one's own), and whether one of these
/// clauses is `alike`. Counted clause by clause in one pass (a clause's words stand
/// together): looking through the sentence again for each first-person word was 3 % of
/// a run.
fn own_mentions(
    text: &Analysed,
    covered: &[bool],
    sentence: &text::Sentence,
    alike: impl Fn(&[text::Token]) -> bool,
) -> (usize, bool) {
    let (mut mentions, mut any_alike) = (0, false);
    let mut at = sentence.first;
    while at < sentence.end {
        let clause = text.tokens[at].clause;
        let clause_first = at;
        let (mut own, mut names_them) = (0, false);
        while at < sentence.end && text.tokens[at].clause == clause {
            let word_flags = text.tokens[at].flags;
            names_them |= word_flags & flags::YOU != 0;
            own += usize::from(word_flags & flags::ME != 0 && !covered[at]);
            at += 1;
        }
        if !names_them && own > 0 {
            mentions += own;
            any_alike = any_alike || alike(&text.tokens[clause_first..at]);
        }
    }
    (mentions, any_alike)
}

/// Whether a first-person clause makes the writer's experience like theirs: a word of
/// `alike` anywhere, or of `alike_at_end` at its end or right after a first-person word
/// ("I feel lost too", "I too have no friends"; not "I have too much to do").
fn alike_clause(lexicon: &Lexicon, clause: &[text::Token]) -> bool {
    clause.iter().any(|t| lexicon.is_alike(t.norm.as_bytes()))
        || clause
            .last()
            .is_some_and(|t| lexicon.is_alike_at_end(t.norm.as_bytes()))
        || clause.windows(2).any(|pair| {
            pair[0].flags & flags::ME != 0 && lexicon.is_alike_at_end(pair[1].norm.as_bytes())
        })
}

/// Whether `haystack` holds `needle`, ASCII case ignored (an empty needle is held by
/// nothing). Only where the first byte is found, in either case, is the rest compared: a
/// comparison at every byte of a customer's message had cost half a percent of a run.
fn holds_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return false;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut from = 0;
    while let Some(found) = haystack
        .get(from..)
        .and_then(|tail| memchr::memchr2(lower, upper, tail))
    {
        let at = from + found;
        if haystack
            .get(at + 1..at + needle.len())
            .is_some_and(|after| after.eq_ignore_ascii_case(rest))
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Whether sentence `index` of `text` (the analysis of `reply`) ends with "!".
fn exclaims(reply: &str, text: &Analysed, index: usize) -> bool {
    let sentence = &text.sentences[index];
    let Some(last) = sentence.end.checked_sub(1).filter(|&l| l >= sentence.first) else {
        return false;
    };
    let until = text
        .tokens
        .get(sentence.end)
        .map_or(reply.len(), |t| t.span.start);
    reply
        .get(text.tokens[last].span.end..until)
        .is_some_and(|between| between.contains('!'))
}

/// Scores the empathy of `reply` to `customer`. `customer_name` is the name shown in the
/// conversation, when known.
pub fn score(
    lexicon: &Lexicon,
    customer: &str,
    reply: &str,
    customer_name: Option<&str>,
) -> EmpathyResult {
    let text = lexicon.analyse(reply);
    let matches = lexicon.find_all(&text);
    // Analysing the customer's message is only needed when a rule asks for its specifics.
    let customer_words = std::cell::OnceCell::new();
    let customer_words = || customer_words.get_or_init(|| Specifics::of(lexicon, customer));
    // Room for the evidence of nearly every reply at once (growing the list as it came
    // had cost half a percent of a run).
    let mut evidence_list = Vec::with_capacity(8);

    // Tokens covered by phrases that are never empathy (boilerplate, "sorry for the long post").
    // Per-token flags on the stack for a reply of up to 512 words (nearly all).
    let (mut suppressed_on_stack, mut suppressed_on_heap) = ([false; 512], Vec::new());
    let suppressed = scratch(
        &mut suppressed_on_stack,
        &mut suppressed_on_heap,
        text.tokens.len(),
    );
    let non_apology = |m: &Match| is_non_apology(&text, &matches, m);
    let boilerplate_clauses = mark_suppressed(&text, &matches, suppressed);
    let suppressed = &*suppressed;
    let is_suppressed = |m: &Match| is_suppressed(&text, suppressed, &boilerplate_clauses, m);
    let in_sentence = |category: Category, sentence: usize| {
        matches.iter().any(|m| {
            m.category == category
                && !m.negated
                && text.tokens[m.first].sentence as usize == sentence
        })
    };
    // An apology or compassion that counts: not inside boilerplate or a non-apology
    // ("désolés si la procédure vous semble compliquée" reflects nothing).
    let sentence_has_specific = |sentence: usize| -> Vec<String> {
        text.sentence_tokens(sentence)
            .iter()
            .filter(|t| customer_words().contains(t.norm.as_bytes()))
            .map(|t| reply[t.span.start..t.span.end].to_string())
            .collect()
    };
    let sentence_has_any_specific = |sentence: usize| {
        text.sentence_tokens(sentence)
            .iter()
            .any(|t| customer_words().contains(t.norm.as_bytes()))
    };
    // The quote of a specific apology or understanding: the phrase and what made it
    // specific (the feeling it names, else the customer's own words), in whole clauses:
    // "that's a big jump and I understand the worry", not "Hi Lisa, that's a big jump and
    // I understand the worry"; "sorry to hear that depression has killed your motivation",
    // not "sorry to hear that depression". Customer words are looked at only when no
    // feeling is named, as in the test for specificity, so the customer's message is not
    // analysed for it.
    let specific_span = |m: &Match, sentence: usize| -> Span {
        let (mut first, mut end) = (m.first, m.end);
        let mut widen = |from: usize, to: usize| {
            first = first.min(from);
            end = end.max(to);
        };
        let feelings: Vec<&Match> = matches
            .iter()
            .filter(|f| {
                f.category == Category::Feeling
                    && !f.negated
                    && text.tokens[f.first].sentence as usize == sentence
            })
            .collect();
        if feelings.is_empty() {
            let whole = &text.sentences[sentence];
            for i in whole.first..whole.end {
                if customer_words().contains(text.tokens[i].norm.as_bytes()) {
                    widen(i, i + 1);
                }
            }
        } else {
            for f in feelings {
                widen(f.first, f.end);
            }
        }
        text.span_of_clauses(first, end)
    };
    let sentence_has_you = |sentence: usize| {
        text.sentence_tokens(sentence)
            .iter()
            .any(|t| t.flags & flags::YOU != 0)
    };

    // The clause right before `m`, in its sentence, names their situation in their words,
    // without the writer in it: "recevoir ça à quelques jours de son anniversaire, c'est
    // rageant", "two hours on the tarmac with a toddler, that's exhausting". The reaction
    // that follows then puts their experience into words, where after "Oh no" or "I'm so
    // sorry" it is only a reaction. Gives the token that clause starts at.
    let follows_their_situation = |m: &Match| -> Option<usize> {
        let at = &text.tokens[m.first];
        let sentence = &text.sentences[at.sentence as usize];
        let names_it = |clause: u32| -> Option<usize> {
            let words: Vec<usize> = (sentence.first..m.first)
                .filter(|&i| text.tokens[i].clause == clause)
                .collect();
            (words.len() >= 3
                && words.iter().all(|&i| text.tokens[i].flags & flags::ME == 0)
                && words
                    .iter()
                    .any(|&i| customer_words().contains(text.tokens[i].norm.as_bytes())))
            .then(|| words[0])
        };
        // Or their situation as the reaction's own subject: "being talked down to in
        // front of other customers when you'd asked a normal question is humiliating".
        at.clause
            .checked_sub(1)
            .and_then(&names_it)
            .or_else(|| names_it(at.clause))
    };
    // The quote of their situation (from `first`, as `follows_their_situation` found it) and
    // the reaction `m` that sums it up: back over the clauses before that also tell it
    // (their words, not the writer's), to the end of the reaction's clause: "A room full
    // of six-year-olds, candles ready, and no cake for Ollie's birthday: that's a
    // genuinely awful moment", not "and no cake for Ollie's birthday: that's a genuinely
    // awful".
    let situation_quote = |first: usize, m: &Match| -> Span {
        let sentence_first = text.sentences[text.tokens[m.first].sentence as usize].first;
        let mut from = first;
        while from > sentence_first {
            let before = text.clause_start(from - 1);
            let clause = &text.tokens[before..from];
            let tells_it = clause.iter().all(|t| t.flags & flags::ME == 0)
                && clause
                    .iter()
                    .any(|t| customer_words().contains(t.norm.as_bytes()));
            if !tells_it {
                break;
            }
            from = before;
        }
        text.span_of(from, text.clause_end(m.end - 1))
    };
    // The brand's "we" as the one who speaks `m`: the nearest word of `Lexicon::we` among
    // the three words before it or in it, in its clause ("we totally understand", "nous
    // sommes désolés", "het spijt ons"). Gives where it is.
    let brand_subject = |m: &Match| -> Option<usize> {
        let clause = text.tokens[m.first].clause;
        let sentence = &text.sentences[text.tokens[m.first].sentence as usize];
        let from = m.first.saturating_sub(3).max(sentence.first);
        (from..m.end).rev().find(|&i| {
            text.tokens[i].clause == clause && lexicon.is_we(text.tokens[i].norm.as_bytes())
        })
    };
    // Compassion said in the brand's name, with nothing to make it the writer's own: "we're
    // sorry to hear about your experience", "nous sommes désolés pour ce désagrément", "nos
    // sincères condoléances". A trainer reads it as a formula, a warm word at most; "we're
    // so sorry", or said in the first person singular, is compassion. Gives where the "we"
    // is: a word of the brand's voice in the phrase or just before it (three words at
    // most: "we are", "nous sommes", "nous vous présentons nos"; "we used to bond over
    // how awful it was" is someone's own "we"), in its clause, with no word that makes it
    // said (`Lexicon::sincere_markers`: "so", "truly", "condolences") in it. The "we" may
    // also end the phrase ("het spijt ons"): quotes start at whichever comes first.
    let in_brand_voice = |m: &Match| -> Option<usize> {
        let we = brand_subject(m)?;
        let clause = text.tokens[m.first].clause;
        let sentence = &text.sentences[text.tokens[m.first].sentence as usize];
        let marker = |i: usize| lexicon.is_sincere_marker(text.tokens[i].norm.as_bytes());
        // Or the clause after its own, of a word or two: "we apologise for the flight, truly".
        let next = (m.end..sentence.end).find(|&i| text.tokens[i].clause != clause);
        let after: Vec<usize> = next.map_or(Vec::new(), |start| {
            (start..sentence.end)
                .take_while(|&i| text.tokens[i].clause == text.tokens[start].clause)
                .collect()
        });
        // In the phrase or the word right after it ("het spijt ons echt").
        let said = (we.min(m.first)..(m.end + 1).min(sentence.end)).any(marker)
            || (after.len() <= 2 && after.iter().any(|&i| marker(i)));
        (!said).then_some(we)
    };
    // Understanding claimed in the brand's name, with a stock feeling and nothing of
    // theirs: "we totally understand how frustrating that must be", "we understand how
    // stressful this can be", "we begrijpen dat dit vervelend is". The line a trainer hears
    // in every reply; a word of their situation makes it understanding again ("we
    // understand how stressful it is to be overdrawn before rent"). `m` is the claim, or
    // a phrase after it in its clause ("must be"). Gives the formula, quoted from the "we".
    // Unlike compassion (`in_brand_voice`), an intensifier does not make it the writer's
    // own: "we totally understand" is the formula itself.
    let recited_understanding = |m: &Match| -> Option<Candidate> {
        let clause = text.tokens[m.first].clause;
        // The "we" first: the customer's words are read only for a reply that has one.
        matches
            .iter()
            .filter(|claim| {
                claim.category == Category::UnderstandWeak
                    && !claim.negated
                    && claim.first <= m.first
                    && text.tokens[claim.first].clause == clause
            })
            .find_map(brand_subject)
            .filter(|_| !sentence_has_any_specific(text.tokens[m.first].sentence as usize))
            .map(|we| Candidate {
                level: 1,
                rule: "empathy.understand_formula",
                span: text.span_of_clauses(we, m.end),
                explanation: Explanation::Message("understand_formula"),
            })
    };
    // The first line of a template: compassion or an apology with nothing before it but a
    // greeting, opening a reply that then speaks as the brand ("Hi, sorry to hear this!
    // We totally understand...", "hi, apologies for the delay with your refund! Please DM
    // us", "Hallo, vervelend dat je koffer nog niet is aangekomen. We doen ons best").
    // Their name ("Hi Sophie, sorry..."), an intensifier ("Hi, so sorry") or the first
    // person ("Hi, I'm sorry") before it make it said. Gives where the reply starts.
    let opens_template = |m: &Match| -> Option<usize> {
        // The greeting may be a sentence of its own: "Hoi! Vervelend dat je bestelling niet
        // goed is aangekomen 😕 ... Dan zoeken we het voor je uit."
        let sentence = text.sentences.first()?;
        let before = &text.tokens[sentence.first..m.first];
        let greeting_only = !before.is_empty()
            && before
                .iter()
                .all(|t| lexicon.is_greeting(t.norm.as_bytes()));
        // Without a subject of its own: "Hi, we're sorry" is `in_brand_voice`, "Hi, I'm
        // sorry" is said.
        let subject_or_marker = |t: &text::Token| {
            t.flags & flags::ME != 0
                || lexicon.is_we(t.norm.as_bytes())
                || lexicon.is_sincere_marker(t.norm.as_bytes())
        };
        (greeting_only
            && !text.tokens[m.first..m.end].iter().any(subject_or_marker)
            && text.tokens[m.end..]
                .iter()
                .any(|t| lexicon.is_we(t.norm.as_bytes())))
        .then_some(sentence.first)
    };
    // Compassion or an apology of category `category` in `sentence` (not boilerplate or a
    // non-apology): `Some(true)` when said, `Some(false)` when only recited, in the brand's
    // name or as the template's first line (see `in_brand_voice`, `opens_template`).
    let sincere_in_sentence = |category: Category, sentence: usize| -> Option<bool> {
        matches
            .iter()
            .filter(|m| {
                m.category == category
                    && !m.negated
                    && !is_suppressed(m)
                    && text.tokens[m.first].sentence as usize == sentence
            })
            .map(|m| in_brand_voice(m).is_none() && opens_template(m).is_none())
            .reduce(|a, b| a || b)
    };
    // Whether `m` ends a reaction ("that is exhausting", "c'est rageant"): then it is
    // understanding only after their situation (`follows_their_situation`).
    let ends_reaction = |m: &Match| {
        matches.iter().any(|e| {
            e.category == Category::EmotionStrong
                && !e.negated
                && e.first <= m.first
                && e.end == m.end
        })
    };
    let mut emotion: Option<Candidate> = None;
    let mut interpretation: Option<Candidate> = None;
    let mut exploration: Option<Candidate> = None;

    // Where the last negated understanding ended (a token index): "I don't know what
    // you're going through" holds two negated phrases, and loses its points once.
    let mut negated_until = 0;
    for m in &matches {
        if m.negated {
            if matches!(
                m.category,
                Category::UnderstandWeak | Category::UnderstandStrong
            ) && !matches.iter().any(|d| {
                // Dismissing is its own loss; and a phrase the lexicon counts as
                // understanding with its negation in it ("I can't imagine how hard") is not
                // also a negated "I can imagine".
                let understanding = matches!(
                    d.category,
                    Category::UnderstandWeak | Category::UnderstandStrong
                ) && !d.negated;
                // Nor is not understanding how something went wrong ("I don't
                // understand how this happened"), which the lexicon lists as no empathy.
                let of_the_failure = d.category == Category::NotEmpathy && !d.negated;
                (d.category == Category::Dismissive || understanding || of_the_failure)
                    && d.first < m.end
                    && m.first < d.end
            }) && text.tokens[m.first].norm != "must"
            {
                // The quote shows the negation too: "don't know what you're going through".
                let (first, end) = lexicon.negated_span(&text, m.first, m.end);
                if first < negated_until {
                    continue;
                }
                negated_until = end;
                evidence_list.push(evidence(
                    reply,
                    "empathy.negated_understanding",
                    NEGATED_UNDERSTANDING_POINTS,
                    Some(text.span_of(first, end)),
                    lexicon.message("negated_understanding", ""),
                    Some(lexicon.message("negated_understanding_better", "")),
                ));
            }
            continue;
        }
        // Worked out only for the categories that quote it (most matches are words that
        // qualify others: feelings, questions, losses counted below).
        let span = || phrase_span(&text, m);
        let sentence = text.tokens[m.first].sentence as usize;
        match m.category {
            // "Hi, sorry to hear this!" opening a reply in the brand's voice: a warm word.
            Category::EmotionStrong | Category::Apology
                if !is_suppressed(m)
                    && let Some(start) = opens_template(m) =>
            {
                better_candidate(
                    &mut emotion,
                    Candidate {
                        level: 1,
                        rule: "empathy.opener_formula",
                        span: text.span_of(start, m.end),
                        explanation: Explanation::Message("opener_formula"),
                    },
                )
            }
            Category::EmotionStrong if !is_suppressed(m) => match in_brand_voice(m) {
                // "We're sorry to hear about your experience": a warm word, not compassion.
                Some(we) => better_candidate(
                    &mut emotion,
                    Candidate {
                        level: 1,
                        rule: "empathy.brand_formula",
                        span: text.span_of(we.min(m.first), m.end),
                        explanation: Explanation::Message("brand_formula"),
                    },
                ),
                None => {
                    better_candidate(
                        &mut emotion,
                        Candidate {
                            level: 2,
                            rule: "empathy.emotion_strong",
                            span: span(),
                            explanation: Explanation::Entry(m.category),
                        },
                    );
                    // A reaction that names a feeling right after their situation, told in
                    // their words, sums that situation up: "A room full of six-year-olds,
                    // candles ready, and no cake for Ollie's birthday: that's awful" puts
                    // their experience into words, as "..., that's exhausting" does (after
                    // "Oh no" it is only a reaction).
                    let names_feeling = matches.iter().any(|f| {
                        f.category == Category::Feeling
                            && !f.negated
                            && m.first <= f.first
                            && f.end <= m.end
                    });
                    if names_feeling && let Some(first) = follows_their_situation(m) {
                        better_candidate(
                            &mut interpretation,
                            Candidate {
                                level: 2,
                                rule: "empathy.interpretation",
                                span: situation_quote(first, m),
                                explanation: Explanation::Entry(Category::UnderstandStrong),
                            },
                        );
                    }
                }
            },
            Category::EmotionWeak if !is_suppressed(m) => better_candidate(
                &mut emotion,
                Candidate {
                    level: 1,
                    rule: "empathy.emotion_weak",
                    span: span(),
                    explanation: Explanation::Entry(m.category),
                },
            ),
            Category::Apology if !is_suppressed(m) => {
                let candidate = match in_brand_voice(m) {
                    // "We're sorry your bag hasn't arrived yet": a formula, however specific.
                    Some(we) => Candidate {
                        level: 1,
                        rule: "empathy.brand_formula",
                        span: text.span_of_clauses(we.min(m.first), m.end),
                        explanation: Explanation::Message("brand_formula"),
                    },
                    // Specific when it names a feeling or what happened to them, in their
                    // own words ("sorry about the broken battery, just when you need the bike").
                    None if in_sentence(Category::Feeling, sentence)
                        || sentence_has_any_specific(sentence) =>
                    {
                        Candidate {
                            level: 2,
                            rule: "empathy.apology_specific",
                            span: specific_span(m, sentence),
                            explanation: Explanation::Message("apology_specific"),
                        }
                    }
                    None => Candidate {
                        level: 1,
                        rule: "empathy.apology",
                        span: span(),
                        explanation: Explanation::Entry(m.category),
                    },
                };
                better_candidate(&mut emotion, candidate);
            }
            // "<their situation> is exhausting" names their experience; in "that is
            // exhausting" the same words end a reaction, which counts once, as a reaction,
            // unless it sums up their situation named just before, and is quoted with it:
            // "recevoir ça à quelques jours de son anniversaire, c'est rageant".
            // Not inside words that are never empathy ("arrivals after 22:00 must be
            // notified in advance").
            Category::UnderstandStrong if !is_suppressed(m) => {
                let span = if ends_reaction(m) {
                    match follows_their_situation(m) {
                        Some(first) => situation_quote(first, m),
                        None => continue,
                    }
                } else {
                    // Their situation is looked for (which analyses their message) only
                    // where a clause of the sentence comes before the phrase's own.
                    let at = &text.tokens[m.first];
                    let first = &text.tokens[text.sentences[at.sentence as usize].first];
                    let situation = if first.clause < at.clause {
                        follows_their_situation(m)
                    } else {
                        None
                    };
                    statement_span(&text, m, situation)
                };
                // "We totally understand how frustrating that must be": the same formula
                // (see `UnderstandWeak` below), its "must be" included.
                if let Some(formula) = recited_understanding(m) {
                    better_candidate(&mut interpretation, formula);
                    continue;
                }
                better_candidate(
                    &mut interpretation,
                    Candidate {
                        level: 2,
                        rule: "empathy.interpretation",
                        span,
                        explanation: Explanation::Entry(m.category),
                    },
                )
            }
            Category::UnderstandWeak => {
                if let Some(formula) = recited_understanding(m) {
                    better_candidate(&mut interpretation, formula);
                    continue;
                }
                let specific =
                    in_sentence(Category::Feeling, sentence) || sentence_has_any_specific(sentence);
                better_candidate(
                    &mut interpretation,
                    Candidate {
                        level: if specific { 2 } else { 1 },
                        rule: if specific {
                            "empathy.understand_specific"
                        } else {
                            "empathy.understand_claim"
                        },
                        span: if specific {
                            specific_span(m, sentence)
                        } else {
                            span()
                        },
                        explanation: if specific {
                            Explanation::Message("understand_specific")
                        } else {
                            Explanation::Entry(m.category)
                        },
                    },
                );
            }
            Category::InviteToShare => better_candidate(
                &mut exploration,
                Candidate {
                    level: 1,
                    rule: "empathy.invite_to_share",
                    span: span(),
                    explanation: Explanation::Entry(m.category),
                },
            ),
            _ => {}
        }
    }

    // Relating an experience of one's own: a first-person statement that is not advice,
    // an opinion, an offer or an action ("I lost my job last year too"). Looked for only
    // when it could raise the level: an interpretation already at 2 keeps its evidence.
    if interpretation.as_ref().is_none_or(|c| c.level < 2)
        && let Some(span) = shared_experience(lexicon, &text, &matches)
    {
        better_candidate(
            &mut interpretation,
            Candidate {
                level: 2,
                rule: "empathy.shared_experience",
                span,
                explanation: Explanation::Message("shared_experience"),
            },
        );
    }

    // Acting on their situation in their own words ("since you land after midnight, I'm
    // sending a taxi voucher"): understanding shown by what is done for them, so the
    // writer or the brand acts in the sentence. An explanation to them ("it's because you
    // pay too much attention to it") does nothing for them: on the benchmark file, the
    // rule without an actor took 14 rows to understanding that annotators marked none,
    // and 2 that they marked.
    for m in matches
        .iter()
        .filter(|m| m.category == Category::Situation && !m.negated)
    {
        let sentence = text.tokens[m.first].sentence as usize;
        if text.sentences[sentence].question {
            continue;
        }
        let someone_acts = text
            .sentence_tokens(sentence)
            .iter()
            .any(|t| lexicon.is_writer(t));
        if someone_acts && sentence_has_any_specific(sentence) {
            better_candidate(
                &mut interpretation,
                Candidate {
                    level: 2,
                    rule: "empathy.acts_on_situation",
                    span: text.sentences[sentence].span,
                    explanation: Explanation::Entry(Category::Situation),
                },
            );
        }
    }

    // Their experience told back to them, in their own words, with what it does to them:
    // "You'd paid for that room months ago, and instead you were back in the car near
    // midnight with two exhausted, upset kids"; "Dix enfants qui attendent, les bougies
    // prêtes et pas de gâteau pour les 7 ans d'Inès… c'est un moment horrible". A trainer
    // hears understanding in it as in "that must be exhausting". Only the clauses of a
    // statement without the writer or the brand in them count ("..., en het is onze
    // fout"), told to them ("you"), with a feeling word not negated, three of their own
    // words at least besides it, and no loss in the sentence ("it's only 25 minutes in a
    // queue, hardly a nightmare"). With two words, general remarks to a generic "you"
    // on the benchmark file ("the thoughts you associate with depression...") read as
    // understanding: five rows further from the annotators, none closer; with three, no
    // row of it moves. Only in a reply that shows warmth somewhere, as every labelled
    // example does: that spares analysing their message for the others (the rule cost 2 %
    // of the benchmark run's instructions without the condition, 0.6 % with it, and
    // agreed with the same labels).
    let feelings: Vec<&Match> = matches
        .iter()
        .filter(|m| m.category == Category::Feeling && !m.negated)
        .collect();
    if !feelings.is_empty()
        && emotion.is_some()
        && interpretation.as_ref().is_none_or(|c| c.level < 2)
    {
        for (index, sentence) in text.sentences.iter().enumerate() {
            let in_sentence_here = |m: &Match| text.tokens[m.first].sentence as usize == index;
            if sentence.question || !feelings.iter().any(|m| in_sentence_here(m)) {
                continue;
            }
            let words = text.sentence_tokens(index);
            // The clauses the writer or the brand speaks in.
            let mut theirs_not: Vec<u32> = Vec::new();
            for t in words {
                if lexicon.is_writer(t) && !theirs_not.contains(&t.clause) {
                    theirs_not.push(t.clause);
                }
            }
            let about_them = |clause: u32| !theirs_not.contains(&clause);
            // Told to them ("you", "je", "vous"), not a truth about people in general
            // ("depression doesn't start from nothing").
            let told_to_them = words
                .iter()
                .any(|t| t.flags & flags::YOU != 0 && about_them(t.clause));
            if !told_to_them
                || !feelings
                    .iter()
                    .any(|m| in_sentence_here(m) && about_them(text.tokens[m.first].clause))
                || matches
                    .iter()
                    .any(|m| in_sentence_here(m) && m.category.is_care_loss() && !m.negated)
            {
                continue;
            }
            // Their words other than the feeling's own ("depressed" in a reply to "I'm so
            // depressed" names nothing); their message is analysed only for a sentence
            // with enough words that may be theirs.
            let in_a_feeling = |at: usize| feelings.iter().any(|m| m.first <= at && at < m.end);
            let may_be_theirs: Vec<&[u8]> = (sentence.first..)
                .zip(words)
                .filter(|&(at, t)| {
                    t.flags & flags::STOPWORD == 0 && about_them(t.clause) && !in_a_feeling(at)
                })
                .map(|(_, t)| t.norm.as_bytes())
                .collect();
            if may_be_theirs.len() < 3 {
                continue;
            }
            let mut theirs: Vec<&[u8]> = Vec::new();
            for word in may_be_theirs {
                if !theirs.iter().any(|w| text::same_word(w, word))
                    && customer_words().contains(word)
                {
                    theirs.push(word);
                }
            }
            if theirs.len() >= 3 {
                better_candidate(
                    &mut interpretation,
                    Candidate {
                        level: 2,
                        rule: "empathy.their_experience",
                        span: sentence.span,
                        explanation: Explanation::Message("their_experience"),
                    },
                );
                break;
            }
        }
    }

    // Reflecting their specifics: a sentence addressed to them that uses their own words
    // next to an apology or compassion ("so sorry about your wedding flight").
    // Alone it is a weak interpretation; with an understanding it becomes strong (above).
    // In a formula, their words only fill in the template ("we're sorry for the delay with
    // your refund", "Hallo, vervelend dat je koffer nog niet is aangekomen"): a trainer
    // hears no understanding in it, unless the words are of their life ("toutes nos
    // excuses, la veille des obsèques de votre grand-mère").
    for (index, sentence) in text.sentences.iter().enumerate() {
        if sentence.question || interpretation.is_some() || !sentence_has_you(index) {
            continue;
        }
        let said = match (
            sincere_in_sentence(Category::Apology, index),
            sincere_in_sentence(Category::EmotionStrong, index),
        ) {
            (None, None) => continue,
            (apology, compassion) => apology.unwrap_or(false) || compassion.unwrap_or(false),
        };
        let words = sentence_has_specific(index);
        if words.is_empty() {
            continue;
        }
        if !said
            && !text.sentence_tokens(index).iter().any(|t| {
                lexicon.is_life_word(t.norm.as_bytes())
                    && customer_words().contains(t.norm.as_bytes())
            })
        {
            continue;
        }
        better_candidate(
            &mut interpretation,
            Candidate {
                level: 1,
                rule: "empathy.reflects_specifics",
                span: sentence.span,
                explanation: Explanation::Owned(
                    lexicon.message("reflects_specifics", &words.join(", ")),
                ),
            },
        );
    }

    // A next step put in their own words about their life ("we'll get you to your
    // sister's wedding on time", "I'm sending the medicine for your baby today"): no
    // feeling is named, but what is done for them answers what is at stake for them, so
    // they see their message was read. Their words count only when they name a person,
    // an event or a need of their life (`Lexicon::life_words`: a sister, a wedding, a
    // fever), not the order, the flight or the suitcase any reply names; in a sentence
    // addressed to them, or where the writer is only the one who acts (see
    // `speaks_of_oneself`: "I will take my kids to the park" is no step for them), that
    // neither blames, mocks nor hides behind policy. A weak
    // interpretation, as reflecting specifics next to an apology is. Read from the
    // commitments, which few replies hold, not from every sentence.
    // A sentence without "you" is still theirs when the writer speaks only as the one who
    // acts ("we'll make sure the money lands before the school trip", "I'll get the cake to
    // the party"): a first-person word outside the commitment ("I will take my kids to the
    // park") makes it the writer's own life.
    let speaks_of_oneself = |sentence: usize, commitment: &Match| {
        text.sentence_tokens(sentence)
            .iter()
            .enumerate()
            .any(|(k, t)| {
                let i = text.sentences[sentence].first + k;
                t.flags & flags::ME != 0 && !(commitment.first..commitment.end).contains(&i)
            })
    };
    let mut tried = usize::MAX;
    for m in matches
        .iter()
        .filter(|m| m.category == Category::Commitment && !m.negated && !is_suppressed(m))
    {
        let index = text.tokens[m.first].sentence as usize;
        if interpretation.is_some()
            || index == tried
            || text.sentences[index].question
            || is_warmth(&text, &matches, m)
            || (!sentence_has_you(index) && speaks_of_oneself(index, m))
        {
            continue;
        }
        tried = index;
        let fights = matches.iter().any(|loss| {
            loss.category.is_care_loss()
                && !loss.negated
                && text.tokens[loss.first].sentence as usize == index
        });
        if fights {
            continue;
        }
        let mut words: Vec<&str> = Vec::new();
        for token in text.sentence_tokens(index) {
            let norm = token.norm.as_bytes();
            if lexicon.is_life_word(norm) && customer_words().contains(norm) {
                let said = &reply[token.span.start..token.span.end];
                if !words.contains(&said) {
                    words.push(said);
                }
            }
        }
        if words.is_empty() {
            continue;
        }
        better_candidate(
            &mut interpretation,
            Candidate {
                level: 1,
                rule: "empathy.step_for_their_situation",
                span: text.sentences[index].span,
                explanation: Explanation::Owned(
                    lexicon.message("step_for_their_situation", &words.join(", ")),
                ),
            },
        );
    }

    // Someone of theirs a question asks after: a person or a need of their life that their
    // message names, said as theirs ("your daughter", "met je dochter"; not "what's up,
    // friend?"), a name from their message written with its capital ("Hoe gaat het nu met
    // Noor?"), or "she", "haar", "elle" as what the question is about when their message
    // names someone of their life: after a wellbeing opener ("Hoe gaat het vanmorgen met
    // haar?"), or before any word of content ("How is she doing this morning?", not "is
    // it hard to be cool like him?"). `after_opener`: `at` follows an opener in its clause.
    let names_someone = std::cell::OnceCell::new();
    let asks_after_theirs = |at: usize, after_opener: bool| -> bool {
        let token = &text.tokens[at];
        let norm = token.norm.as_bytes();
        let first = text.sentences[token.sentence as usize].first;
        if lexicon.is_third_person(norm) {
            return (after_opener
                || (first..at).all(|i| text.tokens[i].flags & flags::STOPWORD != 0))
                && *names_someone.get_or_init(|| {
                    customer_words()
                        .words
                        .iter()
                        .any(|(word, _)| lexicon.is_life_word(word.as_bytes()))
                });
        }
        let named = at > first
            && reply[token.span.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        let theirs =
            at > first && text.tokens[at - 1].flags & flags::YOU != 0 && lexicon.is_life_word(norm);
        (named || theirs) && customer_words().contains(norm)
    };
    // Explorations: real questions about them, not rhetorical ones nor requests for data.
    // A question may have lost its "?" ("How long have you been waiting."), not its "!".
    for (index, sentence) in text.sentences.iter().enumerate() {
        let asks = sentence.question
            || (lexicon.opens_like_question(text.sentence_tokens(index))
                && !exclaims(reply, &text, index));
        if !asks {
            continue;
        }
        // A request's or a rhetorical tag's words inside a known opener are the opener's
        // ("hoe kunnen we helpen?" holds "kunnen we", which asks for data in "kunnen we uw
        // ordernummer krijgen?"; "do you know why you feel that?" holds "you know", a tag
        // in "…, you know?").
        let outside_an_opener = |category: Category| {
            matches.iter().any(|m| {
                m.category == category
                    && !m.negated
                    && text.tokens[m.first].sentence as usize == index
                    && !matches.iter().any(|g| {
                        g.category == Category::QuestionGeneric
                            && !g.negated
                            && g.first <= m.first
                            && m.end <= g.end
                    })
            })
        };
        let request = outside_an_opener(Category::QuestionRequest);
        let rhetorical = outside_an_opener(Category::QuestionRhetorical);
        // A question among brush-offs ("Sorry you feel that way, but it's been hours, not
        // days 🙄 Maybe try the website like everyone else?") asks nothing about them. Two
        // at least: one loss beside a question is often a clumsy word in a real one ("do
        // you have any parents?" after "we gotta settle down for a while"; measured on the
        // benchmark file, one loss took three true explorations and one false).
        let fights = matches
            .iter()
            .filter(|loss| {
                (loss.category.is_care_loss() && !loss.negated || non_apology(loss))
                    && text.tokens[loss.first].sentence as usize == index
            })
            .count()
            >= 2;
        if rhetorical || request || fights {
            continue;
        }
        let content = text
            .sentence_tokens(index)
            .iter()
            .filter(|t| t.flags & flags::STOPWORD == 0)
            .count();
        // A known opener makes a question generic, unless another of its clauses asks
        // about their case in their words, without the opener and without the writer:
        // "Is the rent the main worry right now, or is anything else at risk?" offers
        // the open door after the specific question, which stays specific. (Within one
        // clause the opener still rules: "anything else I can help with regarding your
        // order?" is the service's closing line.)
        let opener = in_sentence(Category::QuestionGeneric, index);
        // A wellbeing opener asked after someone of theirs, in its own clause, asks about
        // them: "Hoe gaat het nu met je dochter?", "Hoe gaat het vanmorgen met haar?",
        // "How are you and your daughter doing?" (but "hoe gaat het met je?" is "how are
        // you?").
        let opener_asks_after_theirs = opener
            && matches.iter().any(|m| {
                m.category == Category::QuestionGeneric
                    && !m.negated
                    && text.tokens[m.first].sentence as usize == index
                    && (m.end..text.clause_end(m.end - 1)).any(|at| asks_after_theirs(at, true))
            });
        let generic = opener
            && !opener_asks_after_theirs
            && !text.sentence_tokens(index).iter().any(|t| {
                // Their message is analysed last, only for a word that may count.
                let clause = t.clause;
                t.flags & flags::STOPWORD == 0
                    && !matches.iter().any(|m| {
                        m.category == Category::QuestionGeneric
                            && !m.negated
                            && text.tokens[m.first].sentence as usize == index
                            && text.tokens[m.first].clause == clause
                    })
                    && text
                        .sentence_tokens(index)
                        .iter()
                        .filter(|w| w.clause == clause)
                        .all(|w| w.flags & flags::ME == 0)
                    && customer_words().contains(t.norm.as_bytes())
            });
        let about_theirs = || {
            opener_asks_after_theirs
                || (sentence.first..sentence.end).any(|at| asks_after_theirs(at, false))
        };
        // Addressed to them: "you", or their own words in a question not about the
        // writer ("What kind of dog is Biscuit?", not "Why am I like this?"). A known
        // opener counts whoever it is addressed to, so their words are not looked for
        // then (that needs their message analysed).
        let addressed = sentence_has_you(index)
            || (!generic
                && !text
                    .sentence_tokens(index)
                    .iter()
                    .any(|t| t.flags & flags::ME != 0)
                && (sentence_has_any_specific(index) || about_theirs()));
        // A question neither addressed to them nor a known opener ("what happened?") is
        // the writer musing ("why do I wake up like this?"), not exploring.
        if !generic && !addressed {
            continue;
        }
        let specific = !generic && addressed && (content >= 1 || about_theirs());
        better_candidate(
            &mut exploration,
            Candidate {
                level: if specific { 2 } else { 1 },
                rule: if specific {
                    "empathy.exploration_specific"
                } else {
                    "empathy.exploration_generic"
                },
                span: sentence.span,
                explanation: Explanation::Message(if specific {
                    "exploration_specific"
                } else {
                    "exploration_generic"
                }),
            },
        );
    }

    let mut epitome = Epitome::default();
    for (candidate, points, level) in [
        (emotion, &EMOTION_POINTS, &mut epitome.emotional_reactions),
        (
            interpretation,
            &INTERPRETATION_POINTS,
            &mut epitome.interpretations,
        ),
        (exploration, &EXPLORATION_POINTS, &mut epitome.explorations),
    ] {
        if let Some(c) = candidate {
            *level = c.level;
            evidence_list.push(evidence(
                reply,
                c.rule,
                points[c.level as usize],
                Some(c.span),
                c.explanation.text(lexicon),
                match c.rule {
                    "empathy.brand_formula" | "empathy.opener_formula" => {
                        Some(lexicon.message("brand_formula_better", ""))
                    }
                    "empathy.understand_formula" => {
                        Some(lexicon.message("understand_formula_better", ""))
                    }
                    _ => None,
                },
            ));
        }
    }

    // Customer-care losses: each phrase costs its points, even next to an apology.
    let mut charged: Vec<(Category, u32)> = Vec::new();
    for m in &matches {
        let category = if non_apology(m) {
            Category::NonApology
        } else {
            m.category
        };
        let rule = match category {
            Category::Boilerplate => "empathy.boilerplate",
            Category::Blame => "empathy.blame",
            Category::Minimising => "empathy.minimising",
            Category::CalmDown => "empathy.calm_down",
            Category::PolicyHiding => "empathy.policy_hiding",
            // Trainers call it sarcasm; its own words say why a wish is one here.
            Category::Sarcasm | Category::WishBrushOff => "empathy.sarcasm",
            Category::Defensive => "empathy.defensive",
            Category::Dismissive => "empathy.dismissive",
            Category::NonApology => "empathy.non_apology",
            Category::CourtesyOnly => "empathy.courtesy_only",
            _ => continue,
        };
        let key = (category, text.tokens[m.first].sentence);
        if m.negated || charged.contains(&key) {
            continue;
        }
        // Thanks and a kind word answer praise well ("Loved my stay, thank you!"): only a
        // message without praise or thanks is left unanswered by them.
        if category == Category::CourtesyOnly {
            let mut praised = false;
            lexicon.for_each_word(customer, |norm, _, _| {
                praised |= lexicon.is_praise(norm.as_bytes());
            });
            if praised {
                continue;
            }
        }
        // Laughing with a customer who joked first ("0/10, would queue again tomorrow 😂"
        // answered "🔍😂 Fair, that one made the whole team laugh"), with the same laugh and
        // nothing else that fights them, is rapport, not mockery. Beside another loss it
        // stays mockery ("lol well at least they'd fit someone 😂" to "...kids' trainers
        // 😂😭").
        if category == Category::Sarcasm
            && m.end - m.first == 1
            && !matches
                .iter()
                .any(|o| o.category.is_care_loss() && o.category != Category::Sarcasm && !o.negated)
        {
            // Their message is cut into words only when it holds the laugh's letters at
            // all (a plain search; "lol" in "lollipop" is then ruled out word by word).
            let laugh = &text.tokens[m.first];
            let said = reply
                .as_bytes()
                .get(laugh.span.start..laugh.span.end)
                .unwrap_or_default();
            let may_hold = holds_ignoring_case(customer.as_bytes(), said);
            let mut theirs_too = false;
            if may_hold {
                lexicon.for_each_word(customer, |norm, _, _| theirs_too |= norm == laugh.norm);
            }
            // A laughing emoji answered with another ("😂😭" with "Haha oh no 😅"), or a
            // wry joke's upside-down face ("Our form is bad enough without the card
            // machines dying too 🙃" with "we can't fix the defence, but we can fix the
            // kiosks 😅"): the same rapport in the emoji the writer reaches for.
            let laughs_back = || {
                LAUGHING_EMOJI.contains(&said)
                    && LAUGHING_EMOJI
                        .iter()
                        .chain([&WRY_EMOJI])
                        .any(|l| holds_ignoring_case(customer.as_bytes(), l))
            };
            if theirs_too || laughs_back() {
                continue;
            }
        }
        // What the reply quotes is not its own voice: "you deserved better than 'we
        // apologise for any inconvenience'" rejects the form letter. Quotes are looked for
        // in the loss's sentence only (a quote rarely runs across sentences), and only here,
        // where a loss is about to be charged: over the whole reply, for every reply with a
        // loss, they had cost 6 % of the benchmark file's instructions.
        let span = text.span_of(m.first, m.end);
        let sentence = text.sentences[text.tokens[m.first].sentence as usize].span;
        let said = &reply[sentence.start..sentence.end];
        let in_quotes = super::tone::may_quote(said)
            && super::tone::quoted(said).iter().any(|q| {
                sentence.start + q.start <= span.start && span.end <= sentence.start + q.end
            });
        if in_quotes {
            continue;
        }
        charged.push(key);
        // A longer boilerplate phrase already charged in this sentence covers shorter ones.
        let entry = lexicon.entry(category);
        evidence_list.push(evidence(
            reply,
            rule,
            entry.points,
            Some(phrase_span(&text, m)),
            entry.explain,
            entry.better.map(Cow::Borrowed),
        ));
    }

    // Their name, a next step (with a time), thanks.
    if let Some(span) = customer_name.and_then(|name| find_name(&text, lexicon, name)) {
        evidence_list.push(evidence(
            reply,
            "empathy.uses_name",
            NAME_POINTS,
            Some(span),
            lexicon.message("uses_name", ""),
            None,
        ));
    }
    if let Some(step) = next_step(lexicon, reply, &text, &matches) {
        evidence_list.push(step);
    }
    if let Some(m) = matches
        .iter()
        .find(|m| m.category == Category::Thanks && !m.negated && !is_suppressed(m))
    {
        let entry = lexicon.entry(Category::Thanks);
        evidence_list.push(evidence(
            reply,
            "empathy.thanks",
            entry.points,
            Some(phrase_span(&text, m)),
            entry.explain,
            None,
        ));
    }

    if epitome == Epitome::default() && !text.tokens.is_empty() {
        evidence_list.push(evidence(
            reply,
            "empathy.none",
            0,
            None,
            lexicon.message("no_empathy", ""),
            Some(lexicon.message("no_empathy_better", "")),
        ));
    }

    text.recycle();
    EmpathyResult::new(epitome, evidence_list)
}

impl EmpathyResult {
    fn new(epitome: Epitome, evidence: Vec<Evidence>) -> EmpathyResult {
        let total: i32 = evidence.iter().map(|e| e.points).sum();
        EmpathyResult {
            epitome,
            score: total.clamp(0, 100) as u8,
            evidence,
        }
    }

    /// For a customer in crisis: an apology or a reaction that says nothing of what is at
    /// stake for them ("We are sorry. VL 318 leaves at 09:50.") loses points, and the judge
    /// grades it fair at best. What is at stake is in their own words that are not the case's
    /// facts: `context` is the scenario's brief, whose words anyone may state ("Lisbon",
    /// "plates"); "your sister's wedding", "your mum's 70th", "je werk" are theirs.
    /// `stakes.declared` are the stakes the scenario names (`Customer::stakes`): then only
    /// those count, and understanding shown otherwise (owning the silence, restating the
    /// complaint, a remedy) does not make up for them, as a trainer would say.
    pub fn with_their_stakes(
        self,
        lexicon: &Lexicon,
        stakes: &Stakes<'_>,
        reply: &str,
    ) -> EmpathyResult {
        let e = self.epitome;
        let understood = e.interpretations > 0 || e.explorations > 0;
        if e.emotional_reactions == 0 || (understood && stakes.declared.is_empty()) {
            return self;
        }
        // The named stakes, or else their words less the brief's: one look-up each.
        let (theirs, known) = if stakes.declared.is_empty() {
            (
                Specifics::of(lexicon, stakes.theirs),
                Some(Specifics::of(lexicon, stakes.context)),
            )
        } else {
            (Specifics::of_words(lexicon, stakes.declared), None)
        };
        // Their own numbers for what is at stake count too: "before 15:00" where they wrote
        // "married tomorrow at 15:00", "the 12 of you", "those 16 km to work" name it as
        // surely as "the wedding" does. Their other numbers (the cancelled train, the
        // price) are the case's facts.
        let their_numbers = if stakes.declared.is_empty() {
            Vec::new()
        } else {
            numbers_near_stakes(lexicon, stakes.theirs, &theirs)
        };
        let text = lexicon.analyse(reply);
        let reply_numbers = numbers_in(&text, reply);
        let personal = text.tokens.iter().any(|t| {
            let word = t.norm.as_bytes();
            !text.sentences[t.sentence as usize].question
                && (lexicon.stake_words.iter().any(|w| w.as_bytes() == word)
                    || theirs.contains(word) && !known.as_ref().is_some_and(|k| k.contains(word)))
        }) || reply_numbers.iter().any(|n| their_numbers.contains(n));
        text.recycle();
        if personal {
            return self;
        }
        let mut evidence = self.evidence;
        evidence.push(Evidence::new(
            reply,
            Dimension::Empathy,
            "empathy.nothing_personal",
            NOTHING_PERSONAL,
            None,
            lexicon.message("nothing_personal", ""),
            Some(lexicon.message("nothing_personal_better", "")),
        ));
        EmpathyResult::new(self.epitome, evidence)
    }

    /// Without the next step that the judge found to be a claim the trainee may not make
    /// ("we'll pay you anyway"): it is a broken promise in the making, not a step, and
    /// earns no point next to the accuracy loss. `claims` is the accuracy evidence.
    pub fn without_claimed_steps(self, claims: &[Evidence]) -> EmpathyResult {
        let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
        let claimed = |e: &Evidence| {
            e.rule.starts_with("empathy.next_step")
                && claims.iter().filter(|c| is_claim(c)).any(|c| {
                    matches!((e.span, c.span), (Some(step), Some(claim)) if overlaps(step, claim))
                })
        };
        if !self.evidence.iter().any(claimed) {
            return self;
        }
        let kept = self.evidence.into_iter().filter(|e| !claimed(e)).collect();
        EmpathyResult::new(self.epitome, kept)
    }
}

/// The numbers of a text as its words: each token that starts with a digit ("15", "12",
/// "10h"), except the minutes of a time ("00" of "15:00"), outside questions.
fn numbers_in(text: &Analysed, raw: &str) -> Vec<Word> {
    text.tokens
        .iter()
        .filter(|t| t.norm.as_bytes().first().is_some_and(u8::is_ascii_digit))
        .filter(|t| !text.sentences[t.sentence as usize].question)
        .filter(|t| !raw[..t.span.start].ends_with([':', '.', 'h', 'u']))
        .map(|t| t.norm.clone())
        .collect()
}

/// How far from a stake word (in words, in its sentence) a number of the customer's is
/// about that stake: "married in Lisbon tomorrow at 15:00", "les obsèques de ma mère à
/// 10h", not the train number at the other end of the sentence.
const NUMBER_NEAR_STAKE: usize = 6;

/// The longest quote, in words, of a statement that puts their experience into words
/// (`statement_span`): a sentence of a rambling reply that runs on without a comma is
/// quoted from its phrase to the clause's end instead, or as the phrase alone.
const STATEMENT_QUOTE_WORDS: usize = 24;

/// What an interpretation quotes: the whole statement the phrase is part of, so that
/// the trainee sees what they said, not "must be" or "spot to be in". That is the
/// phrase's clauses ("That must be so hard with two kids to feed", "That's a horrible
/// spot to be in"), from the start of their situation named before it when there is one
/// (`situation`: "Opening a crushed box when it's meant to be your mum's birthday
/// present is the worst feeling"), at most `STATEMENT_QUOTE_WORDS` words.
fn statement_span(text: &Analysed, m: &Match, situation: Option<usize>) -> Span {
    let (start, end) = (
        situation.unwrap_or_else(|| text.clause_start(m.first)),
        text.clause_end(m.end - 1),
    );
    if end - start <= STATEMENT_QUOTE_WORDS {
        text.span_of(start, end)
    } else if end - m.first <= STATEMENT_QUOTE_WORDS {
        text.span_of(m.first, end)
    } else {
        text.span_of(m.first, m.end)
    }
}

/// What a phrase quotes: itself, or to the end of its clause when it ends on a function
/// word and so only opens what the reply says ("Thanks for", "It's only a", "nos CGU
/// prévoient que", "vervelend dat u"): the trainee sees what they wrote ("Thanks for
/// letting us know", "It's only a lamp though"). At most `STATEMENT_QUOTE_WORDS` words;
/// a one-word phrase ("sorry", a stopword in Dutch) stays as it is.
fn phrase_span(text: &Analysed, m: &Match) -> Span {
    let opens = m.end - m.first >= 2 && text.tokens[m.end - 1].flags & flags::STOPWORD != 0;
    if opens {
        let end = text.clause_end(m.end - 1);
        if end - m.first <= STATEMENT_QUOTE_WORDS {
            return text.span_of(m.first, end);
        }
    }
    text.span_of(m.first, m.end)
}

/// The numbers (`numbers_in`) of the customer's words that stand near one of the stakes.
fn numbers_near_stakes(lexicon: &Lexicon, raw: &str, stakes: &Specifics) -> Vec<Word> {
    let text = lexicon.analyse(raw);
    let numbers = numbers_in(&text, raw);
    let tokens = &text.tokens;
    let found = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| numbers.contains(&t.norm))
        .filter(|&(i, t)| {
            let window =
                i.saturating_sub(NUMBER_NEAR_STAKE)..(i + NUMBER_NEAR_STAKE + 1).min(tokens.len());
            tokens[window]
                .iter()
                .any(|w| w.sentence == t.sentence && stakes.contains(w.norm.as_bytes()))
        })
        .map(|(_, t)| t.norm.clone())
        .collect();
    text.recycle();
    found
}

/// What a reply to a customer in crisis loses when it gives the fix before any word of
/// hearing or apology.
const RECOVERY_ORDER: i32 = -10;

impl EmpathyResult {
    /// For a customer in crisis: the fix given before any word that hears them or
    /// apologises (`Recovery::fix_first`) loses points, quoting the fix. HEARD and LAST
    /// both put hearing and apologising before resolving.
    pub fn with_recovery_order(
        self,
        lexicon: &Lexicon,
        reply: &str,
        recovery: &super::recovery::Recovery,
    ) -> EmpathyResult {
        if !recovery.fix_first {
            return self;
        }
        let mut evidence = self.evidence;
        evidence.push(Evidence::new(
            reply,
            Dimension::Empathy,
            "empathy.recovery_order",
            RECOVERY_ORDER,
            recovery.resolve,
            lexicon.message("recovery_order", ""),
            Some(lexicon.message("recovery_order_better", "")),
        ));
        EmpathyResult::new(self.epitome, evidence)
    }
}

impl EmpathyResult {
    /// A reply that addresses the customer by another's name ("Thanks, Priya!" to Daan), as
    /// a reply pasted from another conversation does, loses points, quoting the name.
    /// `others` are names the customer does not have (the scenario's other identities for
    /// them); a name counts only where it addresses someone: capitalised and followed by a
    /// comma, a full stop, "!", "?" or the reply's end ("Bill, ..." is a name, "Bill
    /// increases are..." a word).
    pub fn with_wrong_name(self, lexicon: &Lexicon, reply: &str, others: &[&str]) -> EmpathyResult {
        let wrong: Vec<Word> = others
            .iter()
            .flat_map(|name| lexicon.analyse(name).tokens.into_iter().take(1))
            .map(|t| t.norm)
            .filter(|w| w.chars().count() >= 2)
            .collect();
        if wrong.is_empty() {
            return self;
        }
        let text = lexicon.analyse(reply);
        let addressed = text.tokens.iter().find(|t| {
            let said = &reply[t.span.start..t.span.end];
            wrong.contains(&t.norm)
                && said.starts_with(|c: char| c.is_uppercase())
                && reply[t.span.end..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | '!' | '?'))
        });
        let Some(span) = addressed.map(|t| t.span) else {
            text.recycle();
            return self;
        };
        text.recycle();
        let mut evidence = self.evidence;
        evidence.push(Evidence::new(
            reply,
            Dimension::Empathy,
            "empathy.wrong_name",
            WRONG_NAME,
            Some(span),
            lexicon.message("wrong_name", &reply[span.start..span.end]),
            Some(lexicon.message("wrong_name_better", "")),
        ));
        EmpathyResult::new(self.epitome, evidence)
    }
}

/// What addressing the customer by another's name costs.
const WRONG_NAME: i32 = -20;

/// Whether `e` is a claim the trainee may not make: a promise beyond their autonomy or one
/// of the scenario's forbidden claims.
pub(super) fn is_claim(e: &Evidence) -> bool {
    e.rule == "accuracy.promise" || e.rule.starts_with("accuracy.forbidden.")
}

/// What is at stake for a customer in crisis, for `EmpathyResult::with_their_stakes`.
pub struct Stakes<'a> {
    /// The stakes the scenario names (`Customer::stakes`); may be empty.
    pub declared: &'a [String],
    /// Everything the customer has written so far.
    pub theirs: &'a str,
    /// Words anyone may state (the brief): not their stakes.
    pub context: &'a str,
}

/// What an apology to someone in crisis loses when it says nothing of their stakes.
const NOTHING_PERSONAL: i32 = -10;

/// Particles of family names ("Lotte de Graaf", "Jean du Pont", "Anna von Berg"): words
/// that say nothing personal on their own, so a reply using them does not use the name.
const NAME_PARTICLES: [&str; 24] = [
    "de", "van", "der", "den", "het", "ter", "ten", "te", "op", "le", "la", "les", "du", "des",
    "d", "von", "zu", "di", "da", "del", "della", "dos", "das", "y",
];

/// The customer's name in the reply, as a span: their given name or another word of their
/// name, never a particle of it.
fn find_name(text: &Analysed, lexicon: &Lexicon, name: &str) -> Option<Span> {
    let name_words: Vec<Word> = lexicon
        .analyse(name)
        .tokens
        .into_iter()
        .map(|t| t.norm)
        .filter(|w| w.chars().count() >= 2 && !NAME_PARTICLES.contains(&w.as_str()))
        .collect();
    text.tokens
        .iter()
        .find(|t| name_words.contains(&t.norm))
        .map(|t| t.span)
}

/// Whether a commitment's words are those of warmth: "I'm sending you love" sends no
/// parcel, "ik stuur je een knuffel" no new part, and "I'm sending you and your
/// grandmother lots of love" none either (compassion later in the step's clause; a mild
/// warm word there, as in "I'll take care of it", leaves the step a step).
fn is_warmth(text: &Analysed, matches: &[Match], m: &Match) -> bool {
    let clause = text.tokens[m.first].clause;
    matches.iter().any(|w| {
        !w.negated
            && w.end > m.first
            && match w.category {
                Category::EmotionWeak => w.first < m.end,
                Category::EmotionStrong => w.first < m.end || text.tokens[w.first].clause == clause,
                _ => false,
            }
    })
}

/// The first commitment to a next step; with a time in the same sentence it counts more.
fn next_step(
    lexicon: &Lexicon,
    reply: &str,
    text: &Analysed,
    matches: &[Match],
) -> Option<Evidence> {
    let mut plain: Option<&Match> = None;
    // "Je vous rappelle que nos conditions ...": a reminder of the rules is not a call back,
    // whatever words the two share.
    let in_care_loss = |m: &Match| {
        matches.iter().any(|loss| {
            loss.category.is_care_loss()
                && !loss.negated
                && loss.first < m.end
                && m.first < loss.end
        })
    };
    for m in matches.iter().filter(|m| {
        m.category == Category::Commitment
            && !m.negated
            && !in_care_loss(m)
            && !is_warmth(text, matches, m)
    }) {
        let sentence = &text.sentences[text.tokens[m.first].sentence as usize];
        let has_time_word = matches.iter().any(|t| {
            t.category == Category::TimeWords
                && !t.negated
                && text.tokens[t.first].sentence == text.tokens[m.first].sentence
        });
        // A time of day ("by 16:00") or a time frame ("in 2h", "sous 72 heures").
        let said = &reply[sentence.span.start..sentence.span.end];
        let has_clock = !numbers::find_times(said).is_empty();
        if has_time_word || has_clock || !numbers::find_time_frames(said).is_empty() {
            let entry = lexicon.entry(Category::TimeWords);
            return Some(evidence(
                reply,
                "empathy.next_step_with_time",
                entry.points,
                Some(sentence.span),
                entry.explain,
                None,
            ));
        }
        plain.get_or_insert(m);
    }
    plain.map(|m| {
        let entry = lexicon.entry(Category::Commitment);
        // A commitment phrase opens the step ("I'll", "let me"): the quote shows the step.
        evidence(
            reply,
            "empathy.next_step",
            entry.points,
            Some(text.span_to_clause_end(m.first, m.end)),
            entry.explain,
            None,
        )
    })
}

/// Emoji that laugh: one of them in a reply to a customer who laughed first with any of
/// them is laughing with the customer (see the losses in `score`). Not the wink, smirk or
/// rolled eyes, which laugh at them.
const LAUGHING_EMOJI: [&[u8]; 6] = [
    "😂".as_bytes(),
    "🤣".as_bytes(),
    "😅".as_bytes(),
    "😆".as_bytes(),
    "😄".as_bytes(),
    "😁".as_bytes(),
];

/// The upside-down face of a wry joke: a laugh in the reply answers it as it answers a
/// laughing emoji (see the losses in `score`). Not the weary or crying faces, which are no
/// joke.
const WRY_EMOJI: &[u8] = "🙃".as_bytes();

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::Language;
    use crate::scoring::Scorer;

    fn verdict(language: Language, customer: &str, reply: &str) -> EmpathyResult {
        let scorer = Scorer::new();
        score(scorer.lexicon(language), customer, reply, Some("Sam"))
    }

    fn fires(result: &EmpathyResult, rule: &str) -> bool {
        result.evidence.iter().any(|e| e.rule == rule)
    }

    /// The losses of a reply to the cancelled flight in `language`: each one's rule and
    /// quote.
    fn losses(language: Language, reply: &str) -> Vec<(String, String)> {
        verdict(language, flight(language), reply)
            .evidence
            .iter()
            .filter(|e| e.points < 0)
            .map(|e| (e.rule.to_string(), e.quote.to_string()))
            .collect()
    }

    /// Whether `rule` fired as a formula does: a warm word's 15 points, with a better way.
    fn a_warm_word_with_a_better_way(result: &EmpathyResult, rule: &str) -> bool {
        result
            .evidence
            .iter()
            .find(|e| e.rule == rule)
            .is_some_and(|e| e.points == 15 && e.better.is_some())
    }

    #[test]
    fn a_form_letter_the_reply_quotes_to_reject_it_is_not_its_own() {
        let quoted = verdict(
            Language::En,
            "",
            "You deserved better than 'we apologise for any inconvenience' and an hour of silence.",
        );
        assert!(
            !fires(&quoted, "empathy.boilerplate"),
            "{:?}",
            quoted.evidence
        );
        let own = verdict(
            Language::En,
            "",
            "We apologise for any inconvenience and thank you for your patience.",
        );
        assert!(fires(&own, "empathy.boilerplate"), "{:?}", own.evidence);
    }

    #[test]
    fn words_of_mourning_and_dutch_rot_dat_are_compassion_and_sending_a_part_is_not() {
        for (language, reply) in [
            (
                Language::Fr,
                "Toutes nos pensées vous accompagnent, vous et votre famille.",
            ),
            (Language::Fr, "Nous pensons bien à vous."),
            (Language::Nl, "Rot dat je nu zonder fiets zit."),
        ] {
            let result = verdict(language, "", reply);
            assert!(
                fires(&result, "empathy.emotion_strong"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        let sending = verdict(Language::Nl, "", "Ik stuur je vandaag een nieuwe accu.");
        assert!(
            !fires(&sending, "empathy.emotion_strong"),
            "{:?}",
            sending.evidence
        );
        assert!(
            fires(&sending, "empathy.next_step_with_time"),
            "{:?}",
            sending.evidence
        );
    }

    /// Asserts that `rule` fires for each reply to the flight complaint in its language.
    fn fires_in_each(rule: &str, cases: &[(Language, &str)]) {
        holds_for_each(cases, |result| fires(result, rule));
    }

    /// Asserts `holds` of the verdict on each reply to the cancelled-flight message in its
    /// language.
    fn holds_for_each(cases: &[(Language, &str)], holds: impl Fn(&EmpathyResult) -> bool) {
        for &(language, reply) in cases {
            let result = verdict(language, flight(language), reply);
            assert!(holds(&result), "{reply}: {:?}", result.evidence);
        }
    }

    /// The cancelled-flight message in `language`.
    fn flight(language: Language) -> &'static str {
        match language {
            Language::En => FLIGHT_EN,
            Language::Fr => FLIGHT_FR,
            Language::Nl => FLIGHT_NL,
        }
    }

    const FLIGHT_EN: &str =
        "My flight to my sister's wedding was cancelled and nobody tells me anything!";
    const FLIGHT_FR: &str =
        "Mon vol pour le mariage de ma sœur est annulé et personne ne me dit rien !";
    const FLIGHT_NL: &str =
        "Mijn vlucht naar de bruiloft van mijn zus is geannuleerd en niemand zegt me iets!";

    /// "Hi, sorry to hear this!" opening a reply in the brand's voice is the template's first
    /// line, a warm word with a way to say it better; with their name, an intensifier, the
    /// first person, or in a reply that never speaks as the brand, it is said.
    #[test]
    fn a_greeting_and_a_bare_sorry_open_a_template() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "Hi, sorry to hear this! Please DM us your booking number.",
                ),
                (
                    Language::En,
                    "hi, apologies for the delay! We'll chase this up with our team.",
                ),
                (
                    Language::Fr,
                    "Bonjour, désolé pour ce vol annulé. Nous regardons votre dossier.",
                ),
                (
                    Language::Nl,
                    "Hallo, vervelend dat je vlucht is geannuleerd. We doen ons best.",
                ),
                // The greeting as a sentence of its own.
                (
                    Language::Nl,
                    "Hoi! Vervelend dat je bestelling niet goed is aangekomen. Dan zoeken we het uit.",
                ),
                (
                    Language::En,
                    "Hi! Sorry to hear this. Please DM us your booking number.",
                ),
            ],
            |result| {
                a_warm_word_with_a_better_way(result, "empathy.opener_formula")
                    && result.epitome.emotional_reactions == 1
            },
        );
        holds_for_each(
            &[
                // Their name.
                (
                    Language::En,
                    "Hi Sam, sorry to hear this! Please DM us your booking number.",
                ),
                // An intensifier.
                (Language::En, "Hi, so sorry to hear this! Please DM us."),
                (
                    Language::Nl,
                    "Dag, wat vervelend dat je vlucht is geannuleerd. We doen ons best.",
                ),
                // The first person.
                (Language::En, "Hi, I'm sorry to hear this! Please DM us."),
                // Nothing of the brand's voice after it.
                (
                    Language::En,
                    "Hey, sorry to hear this. That wedding must have meant a lot.",
                ),
            ],
            |result| {
                !fires(result, "empathy.opener_formula") && result.epitome.emotional_reactions == 2
            },
        );
    }

    /// Their words echoed in a formula only fill in the template; words of their life in it,
    /// or the same words said as oneself, reflect them.
    #[test]
    fn their_words_in_a_formula_reflect_nothing_unless_they_are_of_their_life() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "We're sorry your flight was cancelled. Please DM us.",
                ),
                (
                    Language::En,
                    "Hi, sorry your flight was cancelled! We'll look into it.",
                ),
                (
                    Language::Nl,
                    "Het spijt ons dat je vlucht geannuleerd is. Stuur ons een DM.",
                ),
            ],
            |result| {
                !fires(result, "empathy.reflects_specifics") && result.epitome.interpretations == 0
            },
        );
        holds_for_each(
            &[
                (
                    Language::En,
                    "We're sorry your flight to your sister's wedding was cancelled.",
                ),
                (Language::En, "I'm sorry your flight was cancelled."),
                (
                    Language::Fr,
                    "Nous sommes désolés que votre vol pour le mariage de votre sœur soit annulé.",
                ),
            ],
            |result| {
                fires(result, "empathy.reflects_specifics") && result.epitome.interpretations == 1
            },
        );
    }

    /// Understanding claimed in the brand's name with a stock feeling is a formula, with a
    /// way to say it better; with their situation in it, or said as oneself, it is
    /// understanding.
    #[test]
    fn understanding_recited_in_the_brands_name_is_a_formula() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "We totally understand how frustrating that must be. Please DM us.",
                ),
                (Language::En, "Hi, we understand how stressful this can be."),
                (
                    Language::Fr,
                    "Nous comprenons à quel point c'est frustrant. Écrivez-nous en MP.",
                ),
                (Language::Nl, "Hallo, we begrijpen dat dit vervelend is."),
                // The verb says "we" on its own, after the brand's apology.
                (
                    Language::Fr,
                    "Nous sommes désolés pour la gêne occasionnée et comprenons votre \
                     mécontentement.",
                ),
            ],
            |result| {
                a_warm_word_with_a_better_way(result, "empathy.understand_formula")
                    && result.epitome.interpretations == 1
            },
        );
        holds_for_each(
            &[
                // Their situation, in their words.
                (
                    Language::En,
                    "We understand how stressful a cancelled flight to your sister's wedding is.",
                ),
                (
                    Language::Nl,
                    "We begrijpen hoe erg het is dat de vlucht naar de bruiloft van je zus geannuleerd is.",
                ),
                // Said as oneself.
                (Language::En, "I understand how frustrating that must be."),
                (Language::Fr, "Je comprends à quel point c'est frustrant."),
                (
                    Language::Fr,
                    "Je suis désolée pour ce vol annulé et je comprends votre mécontentement.",
                ),
            ],
            |result| {
                !fires(result, "empathy.understand_formula") && result.epitome.interpretations == 2
            },
        );
    }

    /// Compassion recited in the brand's name is a warm word, with a way to say it better;
    /// intensified, in one's own name, or for a death, it is compassion.
    #[test]
    fn compassion_recited_in_the_brands_name_is_a_formula() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "Hi, we're sorry to hear about your experience. Please DM us.",
                ),
                (
                    Language::Fr,
                    "Bonjour, nous sommes désolés pour ce retard. Écrivez-nous en MP.",
                ),
                (
                    Language::Nl,
                    "Hallo, het spijt ons dat je koffer nog niet is aangekomen.",
                ),
            ],
            |result| {
                a_warm_word_with_a_better_way(result, "empathy.brand_formula")
                    && result.epitome.emotional_reactions == 1
            },
        );
        holds_for_each(
            &[
                (Language::En, "We're so sorry, Sam. That wedding mattered."),
                (Language::En, "I'm sorry to hear about your flight."),
                (
                    Language::En,
                    "We apologise for the cancelled flight, truly.",
                ),
                (Language::Fr, "Toutes nos condoléances, Camille."),
                (Language::Nl, "Het spijt ons echt dat je de bruiloft mist."),
            ],
            |result| {
                !fires(result, "empathy.brand_formula") && result.epitome.emotional_reactions == 2
            },
        );
    }

    /// A question among brush-offs asks nothing about them; beside one clumsy word a real
    /// question still explores.
    #[test]
    fn a_question_among_brush_offs_is_no_exploration() {
        let outage = "Your app has been down all morning and I can't pay my childminder.";
        let lexicon = Lexicon::embedded(Language::En).unwrap();
        let brush_off = score(
            &lexicon,
            outage,
            "Sorry you feel that way, but the app's been down for a few hours, not days 🙄 Maybe try the website like everyone else?",
            None,
        );
        assert_eq!(
            brush_off.epitome.explorations, 0,
            "{:?}",
            brush_off.evidence
        );
        let real = score(
            &lexicon,
            outage,
            "Relax, does the childminder need paying today?",
            None,
        );
        assert_eq!(real.epitome.explorations, 2, "{:?}", real.evidence);
        assert!(fires(&real, "empathy.calm_down"), "{:?}", real.evidence);
    }

    /// A reaction that sums up their situation, named just before it in their words ("two
    /// hours on the tarmac with a toddler, that's exhausting") or as its subject ("two
    /// hours on the tarmac with a toddler is gutting"), puts their experience into words;
    /// after "Oh no", about the writer, or about something not theirs, it is only a
    /// reaction.
    #[test]
    fn a_reaction_after_their_situation_is_understanding() {
        let tarmac = "Two hours on the tarmac with my toddler and no water.";
        let lamp = "J'ai reçu la lampe cassée, c'était le cadeau d'anniversaire de ma mère.";
        let lexicon = |language| Lexicon::embedded(language).unwrap();
        for (language, customer, reply, quote) in [
            (
                Language::En,
                tarmac,
                "Two hours on the tarmac with a toddler, that's exhausting.",
                "Two hours on the tarmac with a toddler, that's exhausting",
            ),
            (
                Language::Fr,
                lamp,
                "Je suis vraiment désolée, recevoir ça à quelques jours de son anniversaire, c'est rageant.",
                "recevoir ça à quelques jours de son anniversaire, c'est rageant",
            ),
            // Their situation as the reaction's own subject.
            (
                Language::En,
                tarmac,
                "Two hours stuck on the tarmac with a toddler is gutting, I'm so sorry.",
                "Two hours stuck on the tarmac with a toddler is gutting",
            ),
        ] {
            let result = score(&lexicon(language), customer, reply, None);
            let understanding = result
                .evidence
                .iter()
                .find(|e| e.rule == "empathy.interpretation");
            assert_eq!(
                understanding.map(|e| e.quote.as_str()),
                Some(quote),
                "{reply}: {:?}",
                result.evidence
            );
        }
        for (language, customer, reply) in [
            (Language::En, tarmac, "Oh no, that's exhausting."),
            (
                Language::En,
                tarmac,
                "I spent two hours at my desk, that's exhausting.",
            ),
            (Language::Fr, lamp, "Oh non, c'est rageant."),
            // A subject that is not theirs.
            (
                Language::En,
                tarmac,
                "Being ignored like this is gutting, I'm so sorry.",
            ),
        ] {
            let result = score(&lexicon(language), customer, reply, None);
            assert!(
                !fires(&result, "empathy.interpretation")
                    && fires(&result, "empathy.emotion_strong"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Taking the customer's side about what happened to them is a reaction to it, in
    /// each language; the same words about the customer, or negated, are not.
    #[test]
    fn saying_what_happened_is_not_acceptable_is_a_reaction() {
        fires_in_each(
            "empathy.emotion_weak",
            &[
                (
                    Language::En,
                    "That's not acceptable. I've rebooked you on the 7:10.",
                ),
                (Language::En, "That should never have happened."),
                (
                    Language::En,
                    "Five weeks without your glasses is not acceptable.",
                ),
                (
                    Language::Fr,
                    "Ce n'est pas acceptable. Je vous ai replacée sur le vol de 7h10.",
                ),
                (Language::Fr, "Cela n'aurait jamais dû arriver."),
                (
                    Language::Nl,
                    "Dat is niet acceptabel. Ik heb u omgeboekt op de vlucht van 7.10.",
                ),
                (Language::Nl, "Dat had nooit mogen gebeuren."),
                (Language::Nl, "Drie weken wachten is niet acceptabel."),
            ],
        );
        holds_for_each(
            &[
                (Language::En, "Your complaint is not acceptable."),
                (Language::En, "This language is not acceptable here."),
                (Language::En, "I don't think that is unacceptable."),
                (Language::Fr, "Votre ton n'est pas acceptable."),
                (Language::Nl, "Uw toon is niet acceptabel."),
                (Language::Nl, "Dit taalgebruik is niet acceptabel."),
            ],
            |result| {
                !fires(result, "empathy.emotion_weak") && result.epitome.emotional_reactions == 0
            },
        );
    }

    #[test]
    fn an_emoji_is_never_negated() {
        // "not days" is negated; the eye-roll after it is still an eye-roll.
        fires_in_each(
            "empathy.sarcasm",
            &[
                (Language::En, "It has been a few hours, not days 🙄"),
                (Language::Fr, "Ça fait quelques heures, pas des jours 🙄"),
                (Language::Nl, "Het is een paar uur, geen dagen 🙄"),
            ],
        );
    }

    #[test]
    fn an_apology_inside_a_non_apology_or_a_form_letter_reflects_nothing() {
        let cases = [
            (
                Language::En,
                "Sorry if the flight to the wedding did not suit you.",
            ),
            (
                Language::Fr,
                "Désolés si le vol pour le mariage ne vous convient pas.",
            ),
            (
                Language::Fr,
                "Nous sommes désolés pour la gêne occasionnée par l'annulation.",
            ),
            (
                Language::Nl,
                "Sorry als je je gekwetst voelde door de annulering.",
            ),
        ];
        for (language, reply) in cases {
            let result = verdict(language, flight(language), reply);
            assert_eq!(
                result.epitome.emotional_reactions, 0,
                "{reply}: {:?}",
                result.evidence
            );
            assert_eq!(
                result.epitome.interpretations, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    #[test]
    fn a_question_about_their_own_words_explores_without_saying_you() {
        let customer = [
            (
                Language::En,
                "Thank you Mo for the coffee and the cuddles with Biscuit, rough week.",
            ),
            (
                Language::Fr,
                "Merci Mo pour le café et les câlins avec Biscuit, semaine difficile.",
            ),
            (
                Language::Nl,
                "Bedankt Mo voor de koffie en de knuffels met Biscuit, rotweek.",
            ),
        ];
        let questions = [
            (
                "What kind of dog is Biscuit?",
                "Why am I so tired of coffee?",
            ),
            (
                "Biscuit est un chien de quelle race ?",
                "Pourquoi je n'aime plus le café ?",
            ),
            (
                "Wat voor hond is Biscuit eigenlijk?",
                "Waarom ben ik de koffie zo beu?",
            ),
        ];
        for ((language, customer), (theirs, mine)) in customer.into_iter().zip(questions) {
            let result = verdict(language, customer, theirs);
            assert_eq!(
                result.epitome.explorations, 2,
                "{theirs}: {:?}",
                result.evidence
            );
            // About the writer, even with their word in it: musing, not exploring.
            let result = verdict(language, customer, mine);
            assert_eq!(
                result.epitome.explorations, 0,
                "{mine}: {:?}",
                result.evidence
            );
        }
    }

    #[test]
    fn dutch_understanding_with_the_verb_first_is_understanding() {
        for reply in [
            "Dat je zo lang moest wachten, dat begrijp ik heel goed.",
            "Dan snap ik heel goed dat je boos bent.",
            "Je hebt helemaal gelijk.",
        ] {
            let result = verdict(Language::Nl, FLIGHT_NL, reply);
            assert!(
                result.epitome.interpretations >= 1,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    #[test]
    fn a_negation_in_the_clause_a_phrase_opens_does_not_negate_it() {
        // "dat" / "que" open a clause of their own: its "niet" / "pas" is about the parcel.
        for (language, reply) in [
            (
                Language::Nl,
                "Vervelend dat je koffer nog niet is aangekomen.",
            ),
            (Language::Nl, "Sorry dat je pakket nog niet binnen is."),
            (Language::Fr, "Désolée que votre colis ne soit pas arrivé."),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(
                result.epitome.emotional_reactions, 2,
                "{reply}: {:?}",
                result.evidence
            );
        }
        // A phrase without one still takes the negation after it.
        let result = verdict(Language::Nl, FLIGHT_NL, "Ik begrijp het niet.");
        assert!(
            fires(&result, "empathy.negated_understanding"),
            "{:?}",
            result.evidence
        );
    }

    #[test]
    fn naming_the_feeling_is_a_strong_emotional_reaction() {
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "I'm so sorry to hear that, what a blow.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Je suis vraiment désolée d'apprendre cela.",
            ),
            (Language::Nl, FLIGHT_NL, "Het spijt me echt dat te horen."),
        ] {
            assert_eq!(
                verdict(language, customer, reply)
                    .epitome
                    .emotional_reactions,
                2,
                "{reply}"
            );
        }
        for (language, customer, reply) in [
            (Language::En, FLIGHT_EN, "Your flight leaves at 9:50."),
            (Language::Fr, FLIGHT_FR, "Votre vol part à 9h50."),
            (Language::Nl, FLIGHT_NL, "Uw vlucht vertrekt om 9:50."),
        ] {
            assert_eq!(
                verdict(language, customer, reply)
                    .epitome
                    .emotional_reactions,
                0,
                "{reply}"
            );
        }
    }

    #[test]
    fn boilerplate_is_not_empathy() {
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "We apologize for any inconvenience caused.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Veuillez nous excuser pour la gêne occasionnée.",
            ),
            (Language::Nl, FLIGHT_NL, "Excuses voor het ongemak."),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(result.epitome.emotional_reactions, 0, "{reply}");
            assert!(fires(&result, "empathy.boilerplate"), "{reply}");
            assert_eq!(result.score, 0, "{reply}");
        }
    }

    /// The per-token flags live on the stack for short replies and on the heap for long
    /// ones: boilerplate is caught past the 512th word as before it.
    #[test]
    fn boilerplate_is_caught_in_a_reply_of_any_length() {
        for filler in [10, 511, 512, 513, 2000] {
            let reply = format!(
                "{}We apologize for any inconvenience caused.",
                "The crew. ".repeat(filler / 2)
            );
            let result = verdict(Language::En, FLIGHT_EN, &reply);
            assert!(
                fires(&result, "empathy.boilerplate"),
                "{filler} words first"
            );
            assert_eq!(
                result.epitome.emotional_reactions, 0,
                "{filler} words first"
            );
        }
    }

    #[test]
    fn negated_understanding_is_not_understanding() {
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "I don't understand why you're upset.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Je ne comprends pas pourquoi vous êtes contrarié.",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Ik begrijp niet waarom je boos bent.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(result.epitome.interpretations, 0, "{reply}");
            assert!(result.evidence.iter().any(|e| e.points < 0), "{reply}");
        }
        for (language, customer, reply) in [
            (Language::En, FLIGHT_EN, "I understand."),
            (Language::Fr, FLIGHT_FR, "Je comprends."),
            (Language::Nl, FLIGHT_NL, "Ik begrijp het."),
        ] {
            assert_eq!(
                verdict(language, customer, reply).epitome.interpretations,
                1,
                "{reply}"
            );
        }
    }

    /// The same customer-service moves read the same in the three languages (found by
    /// scoring translated replies side by side).
    #[test]
    fn customer_service_moves_read_alike_in_english_french_and_dutch() {
        // "Sorry, but": no apology, in any language.
        for (language, reply) in [
            (Language::En, "I'm sorry, but refunds take up to 30 days."),
            (
                Language::Fr,
                "Je suis désolé, mais les remboursements prennent 30 jours.",
            ),
            (
                Language::Nl,
                "Het spijt me, maar terugbetalingen duren tot 30 dagen.",
            ),
            // With a name between: "Sorry Sophie, but".
            (
                Language::En,
                "Sorry Sophie, but refunds take up to 30 days.",
            ),
            (
                Language::Fr,
                "Désolé Sophie, mais les remboursements prennent 30 jours.",
            ),
            (
                Language::Nl,
                "Sorry Sophie, maar terugbetalingen duren tot 30 dagen.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(
                result.epitome.emotional_reactions, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
        // "Sorry it seems that way" regrets their view, not what happened.
        for (language, reply) in [
            (Language::En, "Sorry it seems that way."),
            (Language::Fr, "Désolé que cela vous semble injuste."),
            (Language::Nl, "Jammer dat je het zo ziet."),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.non_apology") && result.epitome.emotional_reactions == 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
        // A question the reply quotes is not the reply asking.
        let quoting = verdict(
            Language::En,
            flight(Language::En),
            "You asked \"why was it cancelled?\" It was a technical fault on the aircraft.",
        );
        assert_eq!(quoting.epitome.explorations, 0, "{:?}", quoting.evidence);
        // "Je vous rappelle que ..." reminds them of the rules; "je vous rappelle dans dix
        // minutes" calls them back.
        let reminder = verdict(
            Language::Fr,
            flight(Language::Fr),
            "Je vous rappelle que la Garantie figure dans nos conditions.",
        );
        assert!(
            fires(&reminder, "empathy.policy_hiding") && !fires(&reminder, "empathy.next_step"),
            "{:?}",
            reminder.evidence
        );
        let call_back = verdict(
            Language::Fr,
            flight(Language::Fr),
            "Je vous rappelle dans dix minutes avec une solution.",
        );
        assert!(
            fires(&call_back, "empathy.next_step_with_time"),
            "{:?}",
            call_back.evidence
        );
        // An action handed to a team is a next step, not the writer's own story.
        for (language, reply) in [
            (Language::En, "I've asked our finance team to release it."),
            (
                Language::Fr,
                "J'ai demandé à notre service financier de le débloquer.",
            ),
            (
                Language::Nl,
                "Ik heb ons financieel team gevraagd het vrij te geven.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.next_step"),
                "{reply}: {:?}",
                result.evidence
            );
            assert_eq!(
                result.epitome.interpretations, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
        // An action already taken for them is a next step, and with its time a concrete one.
        fires_in_each(
            "empathy.next_step_with_time",
            &[
                (
                    Language::En,
                    "I've ordered a new set for you; it arrives tomorrow between 08:00 and 13:00.",
                ),
                (
                    Language::Fr,
                    "J'ai commandé un nouveau service pour vous ; il arrive demain entre 8h et 13h.",
                ),
                (
                    Language::Nl,
                    "Ik heb een nieuwe set voor je besteld; die komt morgen tussen 08:00 en 13:00.",
                ),
            ],
        );
        // Booking it for them, now, is a next step with a time in any language.
        fires_in_each(
            "empathy.next_step_with_time",
            &[
                (Language::En, "I'll book a seat for you right away."),
                (Language::Fr, "Je vous réserve une place tout de suite."),
                (Language::Nl, "Ik reserveer meteen een plaats voor je."),
            ],
        );
        // Thanks, however many words come between.
        for (language, reply) in [
            (
                Language::En,
                "Thank you so much for taking the time to tell us!",
            ),
            (
                Language::Fr,
                "Merci beaucoup d'avoir pris le temps de nous le dire !",
            ),
            (
                Language::Nl,
                "Heel erg bedankt dat je de tijd nam om dit te laten weten!",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.thanks"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        // Stock reassurance is a form phrase; "as mentioned" defends; "nothing we can do"
        // hides behind the rules.
        for (language, reply) in [
            (
                Language::En,
                "Rest assured, we're on it. As mentioned, there is nothing we can do tonight.",
            ),
            (
                Language::Fr,
                "Soyez assuré, on s'en occupe. Comme indiqué, nous ne pouvons rien faire ce soir.",
            ),
            (
                Language::Nl,
                "Wees gerust, we zijn ermee bezig. Zoals vermeld kunnen we vanavond niets doen.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            for rule in [
                "empathy.boilerplate",
                "empathy.defensive",
                "empathy.policy_hiding",
                "empathy.next_step",
            ] {
                assert!(
                    fires(&result, rule),
                    "{reply}: {rule}: {:?}",
                    result.evidence
                );
            }
        }
        // "That's so annoying" reacts to their situation, as "wat vervelend" does.
        for (language, reply) in [
            (Language::En, "That's so annoying."),
            (Language::Fr, "C'est tellement agaçant."),
            (Language::Nl, "Wat vervelend."),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(
                result.epitome.emotional_reactions, 2,
                "{reply}: {:?}",
                result.evidence
            );
        }
        // Taking a task on oneself is a next step.
        for (language, reply) in [
            (
                Language::En,
                "I'll take care of closing the account myself.",
            ),
            (
                Language::Fr,
                "Je m'occupe moi-même de la clôture du compte.",
            ),
            (Language::Nl, "Ik regel de opzegging van het account zelf."),
            (
                Language::Nl,
                "Ik heb je zaak doorgegeven aan ons reparatieteam.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.next_step"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        // Understanding a named worry is understanding something specific.
        for (language, reply) in [
            (Language::En, "I understand the worry."),
            (Language::Fr, "Je comprends l'inquiétude."),
            (Language::Nl, "Ik begrijp de ongerustheid."),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(
                result.epitome.interpretations, 2,
                "{reply}: {:?}",
                result.evidence
            );
        }
        // "Tell me more about what happened" is an open, generic invitation.
        for (language, reply) in [
            (Language::En, "Can you tell me more about what happened?"),
            (
                Language::Fr,
                "Pouvez-vous m'en dire plus sur ce qui s'est passé ?",
            ),
            (
                Language::Nl,
                "Kun je me meer vertellen over wat er gebeurd is?",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(
                result.epitome.explorations, 1,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// An offer to talk is warmth; an instruction to send details in private is not:
    /// "DM me your order number" is a step of the procedure.
    #[test]
    fn dm_me_is_warm_as_an_offer_not_as_an_instruction() {
        for reply in [
            "DM me your order number.",
            "Please DM me the booking reference.",
        ] {
            let result = verdict(Language::En, FLIGHT_EN, reply);
            assert_eq!(
                result.epitome.emotional_reactions, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
        for reply in [
            "You can DM me anytime.",
            "If things get too much, just DM me.",
        ] {
            let result = verdict(Language::En, FLIGHT_EN, reply);
            assert_eq!(
                result.epitome.emotional_reactions, 1,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// A negation does not reach across "and" / "et" / "en" (the lexicon's negation
    /// stops): "you're not wrong and I understand" understands.
    #[test]
    fn a_negation_does_not_reach_across_and() {
        for (language, reply) in [
            (Language::En, "You're not wrong and I understand."),
            (Language::Fr, "Ce n'est pas grave et je comprends."),
            (Language::Nl, "Geen probleem en ik begrijp het."),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(result.epitome.interpretations, 1, "{reply}");
            assert!(
                !fires(&result, "empathy.negated_understanding"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        // Without the "and", a negation still reaches the understanding.
        for (language, reply) in [
            (Language::En, "It's not that I understand."),
            (Language::Fr, "Ce n'est pas que je comprends."),
            (Language::Nl, "Geen probleem, maar ik begrijp het niet."),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(
                result.epitome.interpretations, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// "I can't imagine how hard this is" is understanding (the lexicon says so, negation
    /// and all), not also a negated "I can imagine".
    #[test]
    fn cannot_imagine_how_hard_is_understanding_not_its_negation() {
        for (language, reply) in [
            (Language::En, "I can't imagine how hard this is for you."),
            (
                Language::Fr,
                "Je n'imagine même pas à quel point c'est dur pour vous.",
            ),
            (
                Language::Nl,
                "Ik kan me niet voorstellen hoe zwaar dit voor je is.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(result.epitome.interpretations, 2, "{reply}");
            assert!(
                !fires(&result, "empathy.negated_understanding"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// The quote of a negated understanding shows the negation, wherever it stands: a
    /// trainee who reads only "what you're going through" cannot see what was wrong.
    #[test]
    fn a_negated_understanding_is_quoted_with_its_negation() {
        for (language, customer, reply, quote) in [
            (
                Language::En,
                FLIGHT_EN,
                "Honestly I don't know what you're going through.",
                "I don't know what you're going through",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "Honestly, no one knows what you are going through.",
                "no one knows what you are going through",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Franchement, je ne sais pas ce que vous vivez.",
                "je ne sais pas ce que vous vivez",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Eerlijk gezegd, ik weet niet wat je doormaakt.",
                "ik weet niet wat je doormaakt",
            ),
        ] {
            let result = verdict(language, customer, reply);
            let quotes: Vec<&str> = result
                .evidence
                .iter()
                .filter(|e| e.rule == "empathy.negated_understanding")
                .map(|e| e.quote.as_str())
                .collect();
            assert_eq!(quotes, [quote], "{reply}");
        }
    }

    #[test]
    fn a_question_about_them_is_exploration_a_musing_is_not() {
        for (language, customer, reply) in [
            (Language::En, FLIGHT_EN, "Are you still at the airport?"),
            (Language::Fr, FLIGHT_FR, "Êtes-vous toujours à l'aéroport ?"),
            (Language::Nl, FLIGHT_NL, "Ben je nog op de luchthaven?"),
        ] {
            assert_eq!(
                verdict(language, customer, reply).epitome.explorations,
                2,
                "{reply}"
            );
        }
        for (language, customer, reply) in [
            (Language::En, FLIGHT_EN, "Who cares about airlines anyway?"),
            (Language::Fr, FLIGHT_FR, "À quoi bon, n'est-ce pas ?"),
            (Language::Nl, FLIGHT_NL, "Wat heeft het voor zin?"),
            (
                Language::En,
                FLIGHT_EN,
                "Could you send us your booking reference?",
            ),
        ] {
            assert_eq!(
                verdict(language, customer, reply).epitome.explorations,
                0,
                "{reply}"
            );
        }
    }

    /// A known opener ("anything else", "autre chose", "nog iets") in one clause of a
    /// question leaves a clause that asks about their case in their words specific; within
    /// the opener's own clause, or with the writer in the other clause, it stays generic.
    #[test]
    fn a_specific_question_stays_specific_beside_an_open_door() {
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "Is the wedding the main worry right now, or is anything else at risk?",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Le mariage est-il votre plus grand souci, ou autre chose vous inquiète ?",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Is de bruiloft nu je grootste zorg, of zit er nog iets anders dwars?",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(
                result.epitome.explorations, 2,
                "{reply}: {:?}",
                result.evidence
            );
            assert!(fires(&result, "empathy.exploration_specific"), "{reply}");
        }
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "Is there anything else I can help with for the wedding?",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Y a-t-il autre chose pour le mariage ?",
            ),
            (Language::Nl, FLIGHT_NL, "Is er nog iets voor de bruiloft?"),
            (
                Language::En,
                FLIGHT_EN,
                "Should I have gone to the wedding myself, or is anything else wrong?",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(
                result.epitome.explorations, 1,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// An interpretation quotes the statement it is part of, not the phrase that found it
    /// ("must be", "ça doit être"): the trainee sees what they said that counted.
    #[test]
    fn an_interpretation_quotes_the_whole_statement() {
        for (language, customer, reply, quote) in [
            (
                Language::En,
                FLIGHT_EN,
                "Oh no. That must be so hard with the wedding tomorrow.",
                "That must be so hard with the wedding tomorrow",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "That's a horrible spot to be in, I'm so sorry.",
                "That's a horrible spot to be in",
            ),
            (
                Language::En,
                "Ordered a lamp as a birthday present for my mum. Box arrived crushed.",
                "Opening a crushed box when it's meant to be your mum's birthday present is \
                 the worst feeling, I'm really sorry.",
                "Opening a crushed box when it's meant to be your mum's birthday present is \
                 the worst feeling",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Oh non. Ça doit être vraiment dur avec le mariage demain.",
                "Ça doit être vraiment dur avec le mariage demain",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "O nee. Dat moet echt zwaar zijn met de bruiloft morgen.",
                "Dat moet echt zwaar zijn met de bruiloft morgen",
            ),
        ] {
            let result = verdict(language, customer, reply);
            let quotes: Vec<&str> = result
                .evidence
                .iter()
                .filter(|e| e.rule == "empathy.interpretation")
                .map(|e| e.quote.as_str())
                .collect();
            assert_eq!(quotes, [quote], "{reply}");
        }
        // A run-on sentence is quoted from the phrase, not from its first word.
        let long = "and then the whole family and the neighbours and the dog and everyone \
                    else I know kept on asking me about it for days and weeks and I must say \
                    i went through the same thing";
        let result = verdict(Language::En, FLIGHT_EN, long);
        let quote = result
            .evidence
            .iter()
            .find(|e| e.rule == "empathy.interpretation")
            .map(|e| e.quote.as_str());
        assert_eq!(
            quote,
            Some("i went through the same thing"),
            "{:?}",
            result.evidence
        );
    }

    /// A phrase that ends on a function word quotes its clause ("Thanks for letting us
    /// know", not "Thanks for"); one that is whole ("calm down") or a single word ("sorry")
    /// quotes itself.
    #[test]
    fn a_phrase_that_opens_a_statement_quotes_the_statement() {
        for (language, reply, quotes) in [
            (
                Language::En,
                "It's only a lamp, calm down. Thanks for letting us know.",
                [
                    ("empathy.minimising", "It's only a lamp"),
                    ("empathy.calm_down", "calm down"),
                    ("empathy.thanks", "Thanks for letting us know"),
                ],
            ),
            (
                Language::Fr,
                "Ce n'est qu'une lampe, pas de panique. Merci pour votre message.",
                [
                    ("empathy.minimising", "n'est qu'une lampe"),
                    ("empathy.calm_down", "pas de panique"),
                    ("empathy.thanks", "Merci pour votre message"),
                ],
            ),
            (
                Language::Nl,
                "Het is maar een lamp, rustig maar. Bedankt voor het melden. Sorry.",
                [
                    ("empathy.minimising", "Het is maar een lamp"),
                    ("empathy.calm_down", "rustig maar"),
                    ("empathy.thanks", "Bedankt voor het melden"),
                ],
            ),
        ] {
            let result = verdict(language, "My lamp arrived broken.", reply);
            for (rule, quote) in quotes {
                let quoted = result
                    .evidence
                    .iter()
                    .find(|e| e.rule == rule)
                    .map(|e| e.quote.as_str());
                assert_eq!(quoted, Some(quote), "{reply}: {rule}");
            }
        }
        let sorry = verdict(
            Language::Nl,
            "Mijn lamp is kapot.",
            "Sorry, we sturen een nieuwe.",
        );
        let quoted = sorry
            .evidence
            .iter()
            .find(|e| e.rule == "empathy.apology")
            .map(|e| e.quote.as_str());
        assert_eq!(quoted, Some("Sorry"), "{:?}", sorry.evidence);
    }

    /// "I can well imagine", "j'imagine bien", "ik kan me goed voorstellen": "well" and
    /// "goed" do not undo the understanding; with their situation it is specific, alone a
    /// claim.
    #[test]
    fn understanding_well_imagined_is_understanding() {
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "I can well imagine how you felt, with your sister's wedding tomorrow.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "J'imagine bien à quel point c'est dur, avec le mariage de votre sœur demain.",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Ik kan me goed voorstellen hoe je je voelt, met de bruiloft van je zus morgen.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(
                result.epitome.interpretations, 2,
                "{reply}: {:?}",
                result.evidence
            );
        }
        for (language, reply) in [
            (Language::En, "I can well imagine."),
            (Language::Nl, "Ik kan me goed voorstellen."),
        ] {
            let result = verdict(language, "", reply);
            assert!(
                fires(&result, "empathy.understand_claim"),
                "{reply}: {:?}",
                result.evidence
            );
            assert_eq!(result.epitome.interpretations, 1, "{reply}");
        }
    }

    /// The condition put first, the customer its subject, blames as "if you had" does,
    /// in a statement that goes on to its consequence; asked, or without a consequence, or
    /// about the brand itself, it blames no one.
    #[test]
    fn a_condition_put_first_blames_as_if_you_had_does() {
        for (language, reply, quote) in [
            (
                Language::En,
                "Had you chosen insured delivery, this would have been covered.",
                "Had you chosen insured delivery",
            ),
            (
                Language::Nl,
                "Had u bij het bestellen voor verzekerde verzending gekozen, dan was dit gedekt.",
                "Had u bij het bestellen voor verzekerde verzending gekozen",
            ),
            (
                Language::Fr,
                "Si vous aviez choisi la livraison assurée, ce serait couvert.",
                "Si vous aviez choisi la livraison assurée",
            ),
            (
                Language::Fr,
                "Eussiez-vous choisi la livraison assurée, elle aurait été couverte.",
                "Eussiez-vous choisi la livraison assurée",
            ),
        ] {
            let result = verdict(language, "My lamp arrived broken.", reply);
            let blame = result
                .evidence
                .iter()
                .find(|e| e.rule == "empathy.blame")
                .map(|e| e.quote.as_str());
            assert_eq!(blame, Some(quote), "{reply}: {:?}", result.evidence);
        }
        for (language, reply) in [
            (Language::En, "Had you already tried the returns portal?"),
            (Language::Nl, "Had u al contact opgenomen met de bezorger?"),
            (Language::Nl, "Had je al gebeld."),
            (Language::En, "Had we known, we would have sent a new one."),
        ] {
            let result = verdict(language, "My lamp arrived broken.", reply);
            assert!(
                !fires(&result, "empathy.blame"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Their experience told as one's own in a single sentence ("I've been through almost
    /// the same thing", "je suis passée par là", "ik heb iets soortgelijks meegemaakt") is
    /// a strong interpretation, as "I have been there" is; the same words about the
    /// brand's own case are not.
    #[test]
    fn an_experience_like_theirs_told_as_ones_own_is_understanding() {
        for (language, reply) in [
            (
                Language::En,
                "I've been through almost the same thing, it gets better.",
            ),
            (Language::En, "I have that same fear at times too."),
            (
                Language::Fr,
                "Je suis passée par là, ça finit par s'arranger.",
            ),
            (
                Language::Nl,
                "Ik heb iets soortgelijks meegemaakt, het komt goed.",
            ),
        ] {
            let result = verdict(language, "", reply);
            assert_eq!(
                result.epitome.interpretations, 2,
                "{reply}: {:?}",
                result.evidence
            );
        }
        for (language, reply) in [
            (
                Language::En,
                "We have experienced the same delays with this courier.",
            ),
            (
                Language::Nl,
                "We hebben iets soortgelijks gezien bij andere bestellingen.",
            ),
        ] {
            let result = verdict(language, "", reply);
            assert_eq!(
                result.epitome.interpretations, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Community managers' everyday words, found by replies written for a second labelled
    /// set (twenty-second pass): "dat spijt me echt" is "I'm really sorry"; "wat een klap",
    /// "what a blow", "quel coup dur" are reactions; a brand's "sincerely" stays a formula;
    /// "Maar 25 minuten..." opening a clause is "but", not "only"; a policy number asked for
    /// in a question is a request.
    #[test]
    fn everyday_words_of_the_second_labelled_set() {
        for (language, reply) in [
            (Language::Nl, "Dat spijt me echt."),
            (Language::En, "I'm really sorry."),
            (Language::Nl, "Wat een klap."),
            (Language::En, "What a blow."),
            (Language::Fr, "Quel coup dur."),
        ] {
            let result = verdict(language, "", reply);
            assert_eq!(
                result.epitome.emotional_reactions, 2,
                "{reply}: {:?}",
                result.evidence
            );
        }
        for (language, reply) in [
            (
                Language::En,
                "We sincerely apologise that our engineer was unable to attend.",
            ),
            (
                Language::Fr,
                "Nous sommes sincèrement désolés que le technicien ne soit pas venu.",
            ),
        ] {
            let result = verdict(language, "", reply);
            assert!(
                fires(&result, "empathy.brand_formula"),
                "{reply}: {:?}",
                result.evidence
            );
            assert_eq!(result.epitome.emotional_reactions, 1, "{reply}");
        }
        let but = verdict(
            Language::Nl,
            "",
            "Maar 25 minuten in de rij voor een kleine koffie, dat snappen we.",
        );
        assert!(!fires(&but, "empathy.minimising"), "{:?}", but.evidence);
        let only = verdict(Language::Nl, "", "Het waren maar 25 minuten, hoor.");
        assert!(fires(&only, "empathy.minimising"), "{:?}", only.evidence);
        // The closing line is a generic question, as the trainers grade it.
        for (language, reply) in [
            (Language::Nl, "Kunnen we je nog ergens anders mee helpen?"),
            (Language::En, "Anything else we can help with today?"),
        ] {
            let result = verdict(language, "", reply);
            assert_eq!(
                result.epitome.explorations, 1,
                "{reply}: {:?}",
                result.evidence
            );
        }
        for (language, reply) in [
            (Language::Nl, "Wilt u uw polisnummer via DM doorgeven?"),
            (Language::En, "Could you tell us your policy number?"),
            (
                Language::Fr,
                "Pouvez-vous nous indiquer votre numéro de contrat ?",
            ),
        ] {
            let result = verdict(language, "", reply);
            assert_eq!(
                result.epitome.explorations, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Their experience told back to them in their own words, with a feeling, is a strong
    /// interpretation; not when the brand or the writer speaks in that clause, nor as a
    /// question, nor with the feeling negated, nor with too few of their words.
    #[test]
    fn their_experience_told_back_to_them_is_understanding() {
        const HOTEL_EN: &str = "Drove six hours with two kids, arrived at midnight and the \
                                room we paid for months ago was given away. Unbelievable.";
        const HOTEL_FR: &str = "Six heures de route avec deux enfants, arrivés à minuit, et la \
                                chambre payée depuis des mois a été donnée à quelqu'un d'autre.";
        const HOTEL_NL: &str = "Zes uur gereden met twee kinderen, om middernacht aangekomen en \
                                de kamer die we maanden geleden betaalden was weggegeven.";
        for (language, customer, reply) in [
            (
                Language::En,
                HOTEL_EN,
                "I'm so sorry. You'd paid for that room months ago, and instead you were \
                 back in the car at midnight with two exhausted kids.",
            ),
            (
                Language::Fr,
                HOTEL_FR,
                "Je suis vraiment désolée. Vous aviez payé la chambre depuis des mois, et \
                 vous voilà de nouveau sur la route à minuit avec deux enfants épuisés.",
            ),
            (
                Language::Nl,
                HOTEL_NL,
                "Het spijt me echt. Je had de kamer maanden geleden betaald, en dan sta je \
                 om middernacht met twee kinderen weer buiten: dat is doodvermoeiend.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert!(
                fires(&result, "empathy.their_experience"),
                "{reply}: {:?}",
                result.evidence
            );
            assert_eq!(result.epitome.interpretations, 2, "{reply}");
        }
        for (language, customer, reply) in [
            // No warmth anywhere in the reply: a report of their case.
            (
                Language::En,
                HOTEL_EN,
                "You'd paid for that room months ago, and instead you were back in the car \
                 at midnight with two exhausted kids.",
            ),
            // The brand speaks in the clause with the feeling.
            (
                Language::En,
                HOTEL_EN,
                "I'm so sorry. We gave your room away at midnight and we are exhausted by the \
                 kids' complaints about the months you paid for.",
            ),
            // A question.
            (
                Language::En,
                HOTEL_EN,
                "I'm so sorry. Were you back at midnight with two exhausted kids, in a room paid \
                 months ago?",
            ),
            // The feeling negated.
            (
                Language::Nl,
                HOTEL_NL,
                "Het spijt me echt. Je had de kamer maanden geleden betaald, dat is niet vermoeiend.",
            ),
            // Not told to them.
            (
                Language::En,
                HOTEL_EN,
                "I'm so sorry. Rooms paid months ago are rarely given away at midnight, which is \
                 awful.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert!(
                !fires(&result, "empathy.their_experience"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// "Must be" stating a rule is no understanding ("arrivals after 22:00 must be
    /// notified"); a booking's conditions quoted at the customer hide behind policy.
    #[test]
    fn a_rule_quoted_is_policy_not_understanding() {
        let rule = verdict(
            Language::En,
            "",
            "Arrivals after 22:00 must be notified to the hotel in advance.",
        );
        assert_eq!(rule.epitome.interpretations, 0, "{:?}", rule.evidence);
        let felt = verdict(Language::En, "", "That must be so hard after a long drive.");
        assert_eq!(felt.epitome.interpretations, 2, "{:?}", felt.evidence);
        let guess = verdict(
            Language::En,
            "",
            "Sounds like someone on the route fancied a slice of your cake.",
        );
        assert_eq!(guess.epitome.interpretations, 0, "{:?}", guess.evidence);
        for (language, reply) in [
            (
                Language::En,
                "The £5 voucher is our standard compensation for missing items.",
            ),
            (
                Language::Fr,
                "Le bon de 5 € est notre geste commercial standard, on ne peut pas faire plus.",
            ),
            (
                Language::Nl,
                "€5 is onze standaardvergoeding, meer kunnen we niet doen.",
            ),
            (
                Language::En,
                "However, our booking conditions state that late arrivals must be notified.",
            ),
            (
                Language::Fr,
                "Nos conditions de réservation prévoient que les arrivées tardives soient signalées.",
            ),
            (
                Language::Nl,
                "Volgens onze boekingsvoorwaarden moet een late aankomst vooraf gemeld worden.",
            ),
        ] {
            let result = verdict(language, "", reply);
            assert!(
                fires(&result, "empathy.policy_hiding"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Laughing with a customer who joked first, with nothing else that fights them, is
    /// rapport; laughing at one who did not, or beside another loss, is mockery.
    #[test]
    fn laughing_with_a_customer_who_joked_is_no_mockery() {
        for (language, customer, reply) in [
            (
                Language::En,
                "A 'large' flat white I needed a magnifying glass to find 😂",
                "😂 Fair, that one made the team laugh. Next one's on us.",
            ),
            (
                Language::Fr,
                "Un « grand » flat white qu'il faut chercher à la loupe 😂",
                "😂 Touché, celle-là a fait rire l'équipe. Le prochain est pour nous.",
            ),
            (
                Language::Nl,
                "Een 'grote' flat white die je met een vergrootglas moet zoeken 😂",
                "😂 Oké, die is goed. Je volgende koffie is van ons.",
            ),
            // A wry joke, answered with a laugh and the fix.
            (
                Language::En,
                "Our form is bad enough without the card machines dying at half-time too 🙃",
                "Ha, fair point: we can't fix the defence, but we can fix the kiosks 😅 The \
                 card readers were replaced after Saturday's fault.",
            ),
            (
                Language::Nl,
                "Met onze verdediging had ik op z'n minst een werkende pinautomaat verwacht 🙃",
                "Haha, aan de verdediging kunnen wij weinig doen, maar aan de kiosken wel 😅 \
                 De pinautomaten zijn na zaterdag vervangen.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert!(
                !fires(&result, "empathy.sarcasm"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        for (customer, reply) in [
            // They did not laugh.
            (
                "My order arrived broken.",
                "😂 Fair, that one made the team laugh. Next one's on us.",
            ),
            // Weary, not joking.
            (
                "The card machines died at half-time again 😩",
                "We can't fix everything 😅",
            ),
            // Beside another loss.
            (
                "Sent me kids' trainers instead of my running shoes 😂😭",
                "😂 well at least they'd fit someone.",
            ),
        ] {
            let result = verdict(Language::En, customer, reply);
            assert!(
                fires(&result, "empathy.sarcasm"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Brush-offs the second labelled set found, each in the category its trainer named.
    #[test]
    fn brush_offs_of_the_second_labelled_set_are_losses() {
        for (language, reply, rule) in [
            (
                Language::En,
                "We're sorry you feel that way, but the decision was the promoter's.",
                "empathy.non_apology",
            ),
            (
                Language::En,
                "Delays like this are caused by your GP, this isn't a pharmacy issue.",
                "empathy.defensive",
            ),
            (
                Language::En,
                "Maybe get your eyes tested before blaming the cup.",
                "empathy.blame",
            ),
            (
                Language::En,
                "Plenty of other coffee shops if ours isn't for you!",
                "empathy.dismissive",
            ),
            (
                Language::En,
                "Our sizes are on the board 🤓",
                "empathy.sarcasm",
            ),
            (
                Language::Fr,
                "Ce retard vient du fournisseur, la pharmacie n'y est pour rien.",
                "empathy.defensive",
            ),
            (
                Language::Fr,
                "Il y a d'autres cafés si le nôtre ne vous plaît pas !",
                "empathy.dismissive",
            ),
            (
                Language::Nl,
                "Volgens onze gegevens is de technieker om 10u52 langs geweest.",
                "empathy.defensive",
            ),
            (
                Language::Nl,
                "Zorg er volgende keer voor dat er iemand thuis is.",
                "empathy.blame",
            ),
            (
                Language::Nl,
                "Het gaat maar om een nieuwe afspraak.",
                "empathy.minimising",
            ),
        ] {
            let result = verdict(language, "", reply);
            assert!(fires(&result, rule), "{reply}: {:?}", result.evidence);
        }
        // In one's own name, regret for how they feel is compassion on a support forum.
        let own = verdict(
            Language::En,
            "",
            "I'm sorry you feel that way, it sounds lonely.",
        );
        assert!(!fires(&own, "empathy.non_apology"), "{:?}", own.evidence);
    }

    #[test]
    fn a_specific_interpretation_is_strong() {
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "That must be so stressful, with the wedding tomorrow.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Ça doit être tellement stressant, avec le mariage demain.",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Dat moet zo stressvol zijn, met de bruiloft morgen.",
            ),
        ] {
            assert_eq!(
                verdict(language, customer, reply).epitome.interpretations,
                2,
                "{reply}"
            );
        }
    }

    #[test]
    fn knowing_the_feeling_is_a_claim_to_understand() {
        // Weak interpretation: it says "I understand" without naming what.
        for (language, customer, reply) in [
            (Language::En, FLIGHT_EN, "I know this feeling really well."),
            (Language::Fr, FLIGHT_FR, "Je connais bien ce sentiment."),
            (Language::Nl, FLIGHT_NL, "Ik ken dat gevoel heel goed."),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(result.epitome.interpretations, 1, "{reply}");
            assert!(
                result
                    .evidence
                    .iter()
                    .any(|e| e.rule == "empathy.understand_claim"),
                "{reply}"
            );
        }
    }

    #[test]
    fn knowing_it_is_hard_for_them_is_understanding() {
        // "I know it's not funny", "je me doute que ça ne vous amuse pas": their experience
        // acknowledged as what it is. With a feeling or their wedding in the sentence, it
        // is theirs.
        for (language, reply, level) in [
            (Language::En, "I know it's hard.", 2),
            (Language::En, "I know it's not funny.", 1),
            (
                Language::En,
                "I know it's really not funny with your sister's wedding tomorrow.",
                2,
            ),
            (Language::Fr, "Je me doute que c'est pénible.", 2),
            (Language::Fr, "Je m'en doute.", 1),
            (Language::Nl, "Ik weet dat het zwaar is.", 2),
            (
                Language::Nl,
                "Ik weet dat het echt niet grappig is, met de bruiloft van je zus morgen.",
                2,
            ),
            (
                Language::Fr,
                "Je me doute que ça ne vous amuse pas, avec le mariage de votre sœur demain.",
                2,
            ),
        ] {
            let customer = match language {
                Language::Fr => FLIGHT_FR,
                Language::Nl => FLIGHT_NL,
                Language::En => FLIGHT_EN,
            };
            let result = verdict(language, customer, reply);
            assert_eq!(
                result.epitome.interpretations, level,
                "{reply}: {:?}",
                result.evidence
            );
        }
        // Knowing something else is not understanding them.
        for (language, customer, reply) in [
            (Language::En, FLIGHT_EN, "I know it is Friday."),
            (
                Language::En,
                FLIGHT_EN,
                "I don't know if it's hard to rebook.",
            ),
            (Language::Fr, FLIGHT_FR, "On ne s'en doute pas."),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(
                result.epitome.interpretations, 0,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    #[test]
    fn a_negation_after_a_clause_of_its_own_is_that_clauses() {
        // "Ik snap dat het niet leuk is": "I get that it's no fun"; "ik snap dat niet": "I
        // don't get that".
        for (reply, level) in [
            ("Ik snap dat het niet leuk is.", 1),
            ("Ik snap dat niet.", 0),
            ("Ik begrijp dat je niet blij bent.", 1),
            ("Ik begrijp het niet.", 0),
        ] {
            let result = verdict(Language::Nl, FLIGHT_NL, reply);
            assert_eq!(
                result.epitome.interpretations, level,
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    #[test]
    fn an_apology_with_their_specifics_is_specific() {
        for (language, customer, reply) in [
            (
                Language::En,
                FLIGHT_EN,
                "Sorry about your wedding flight, Sam.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Pardon pour votre vol du mariage, Sam.",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Sorry voor je vlucht naar de bruiloft, Sam.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(result.epitome.emotional_reactions, 2, "{reply}");
            assert!(fires(&result, "empathy.uses_name"), "{reply}");
        }
    }

    #[test]
    fn care_losses_cost_points_even_next_to_an_apology() {
        for (language, customer, reply, rule) in [
            (
                Language::En,
                FLIGHT_EN,
                "Sorry, but please calm down.",
                "empathy.calm_down",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "Sorry, it's just a small delay.",
                "empathy.minimising",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "Sorry, you should have read the terms.",
                "empathy.blame",
            ),
            // Dutch puts the verb at the clause's end.
            (
                Language::Nl,
                FLIGHT_NL,
                "Sorry, maar als u een flexibel ticket had gekozen, was omboeken gratis.",
                "empathy.blame",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "Sorry, but we are not a scam.",
                "empathy.defensive",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "Sorry, company policy.",
                "empathy.policy_hiding",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "Sorry, good luck with that.",
                "empathy.sarcasm",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Désolé, mais calmez-vous.",
                "empathy.calm_down",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Désolé, ce n'est qu'un petit retard.",
                "empathy.minimising",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Désolé, nous ne sommes pas une arnaque.",
                "empathy.defensive",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Sorry, maar rustig aan.",
                "empathy.calm_down",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Sorry, het is maar een kleine vertraging.",
                "empathy.minimising",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Sorry, maar dat is niet ons probleem.",
                "empathy.defensive",
            ),
        ] {
            let result = verdict(language, customer, reply);
            let loss = result.evidence.iter().find(|e| e.rule == rule);
            assert!(
                loss.is_some_and(|e| e.points < 0 && e.better.is_some()),
                "{reply}: {:?}",
                result.evidence
            );
        }
        assert!(!fires(
            &verdict(
                Language::En,
                FLIGHT_EN,
                "Don't panic about the form, it's easy."
            ),
            "empathy.blame"
        ));
    }

    #[test]
    fn a_next_step_with_a_time_counts_more_than_without() {
        let with_time = verdict(
            Language::En,
            FLIGHT_EN,
            "I'll call you back within 20 minutes.",
        );
        let without = verdict(Language::En, FLIGHT_EN, "I'll call you back.");
        assert!(fires(&with_time, "empathy.next_step_with_time"));
        assert!(fires(&without, "empathy.next_step"));
        assert!(with_time.score > without.score);
        assert!(fires(
            &verdict(Language::Fr, FLIGHT_FR, "Je vous rappelle avant 18h."),
            "empathy.next_step_with_time"
        ));
        assert!(fires(
            &verdict(
                Language::Nl,
                FLIGHT_NL,
                "Ik bel je binnen 20 minuten terug."
            ),
            "empathy.next_step_with_time"
        ));
        // A time frame written in hours: "dans 2h" is in two hours, not at 02:00, and
        // still a time for the step.
        for (language, customer, reply) in [
            (Language::En, FLIGHT_EN, "I'll call you back in 2h."),
            (Language::Fr, FLIGHT_FR, "Je vous rappelle dans 2h."),
            (Language::Nl, FLIGHT_NL, "Ik bel je binnen 2h terug."),
        ] {
            assert!(
                fires(
                    &verdict(language, customer, reply),
                    "empathy.next_step_with_time"
                ),
                "{reply}"
            );
        }
    }

    /// A next step that answers their situation in their own words about their life (a
    /// sister, a wedding) shows the message was read, with no feeling named: a weak
    /// interpretation, in each language. Not the service's things (the flight, the
    /// suitcase), nor a step the writer takes for themselves, nor warmth that "sends"
    /// something, nor a step beside blame.
    #[test]
    fn a_next_step_in_their_own_words_is_a_weak_interpretation() {
        for (language, reply) in [
            (
                Language::En,
                "We'll get you to your sister's wedding: your new flight leaves at 09:50.",
            ),
            (
                Language::Fr,
                "Nous allons vous emmener au mariage de votre sœur : votre nouveau vol part à 9h50.",
            ),
            (
                Language::Nl,
                "We zorgen dat je op de bruiloft van je zus bent: je nieuwe vlucht vertrekt om 09:50.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.step_for_their_situation"),
                "{reply}: {:?}",
                result.evidence
            );
            assert_eq!(result.epitome.interpretations, 1, "{reply}");
            let plain = verdict(
                language,
                flight(language),
                "Your new flight leaves at 09:50.",
            );
            assert!(result.score > plain.score, "{reply}");
        }
        for (language, reply) in [
            // The service's own words, which any reply names ("your cancelled flight").
            (Language::En, "We will look into your cancelled flight."),
            (Language::Fr, "Nous allons examiner votre vol annulé."),
            (Language::Nl, "We gaan je geannuleerde vlucht bekijken."),
            // One word of theirs: the flight every reply names.
            (Language::En, "We'll rebook your flight for you today."),
            (Language::Fr, "Nous allons modifier votre vol aujourd'hui."),
            (Language::Nl, "We boeken je vlucht vandaag om."),
            // A step for the writer, not for them.
            (
                Language::En,
                "I will fly to my sister's wedding myself next year.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                !fires(&result, "empathy.step_for_their_situation"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        // The service's own things in other words, warmth, and blame: none is their life
        // answered.
        for (language, customer, reply) in [
            (
                Language::En,
                "My consignment has been stuck in your warehouse for a week, and my suitcase never reached Malaga.",
                "We will chase the consignment with the warehouse and get your suitcase to Malaga today.",
            ),
            (
                Language::Fr,
                "Mon colis est bloqué dans votre entrepôt depuis une semaine et ma valise n'est jamais arrivée à Nice.",
                "Nous allons relancer l'entrepôt et vous faire livrer votre valise à Nice aujourd'hui.",
            ),
            (
                Language::Nl,
                "Mijn zending ligt al een week in jullie sorteercentrum en mijn koffer is nooit in Málaga aangekomen.",
                "We gaan het sorteercentrum bellen en je koffer vandaag naar Málaga sturen.",
            ),
            (
                Language::Fr,
                "C'est l'anniversaire de ma grand-mère dimanche et le gâteau n'est jamais arrivé.",
                "On vous envoie plein de bonnes ondes pour l'anniversaire de votre grand-mère.",
            ),
            (
                Language::En,
                "My son's birthday present was left outside and now it's gone.",
                "As stated in our terms, we will check with your son's school only once you have read the tracking page properly.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert!(
                !fires(&result, "empathy.step_for_their_situation"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        // "Sending you love" is warmth, not a parcel on its way.
        let warmth = verdict(
            Language::En,
            FLIGHT_EN,
            "I'm sending you love for your sister's wedding.",
        );
        assert!(
            !fires(&warmth, "empathy.next_step"),
            "{:?}",
            warmth.evidence
        );
        assert!(!fires(&warmth, "empathy.step_for_their_situation"));
        // An action under way is a next step ("I'm sending", "je vous envoie").
        fires_in_each(
            "empathy.next_step_with_time",
            &[
                (Language::En, "I'm sending a replacement today."),
                (Language::Fr, "Je vous envoie un remplacement aujourd'hui."),
                (Language::Nl, "Ik stuur je vandaag een vervanging."),
            ],
        );
    }

    /// Their situation named with its feeling is understanding ("two hours at the gate
    /// with two kids is exhausting"); "that is exhausting" is a reaction, counted once.
    #[test]
    fn a_situation_named_with_its_feeling_is_understood_and_a_reaction_counts_once() {
        let customer = "Stuck at the gate for 5 hours with my two kids.";
        let situation = verdict(
            Language::En,
            customer,
            "Five hours at the gate with two kids is exhausting.",
        );
        assert_eq!(
            situation.epitome.interpretations, 2,
            "{:?}",
            situation.evidence
        );
        for reply in ["That is exhausting.", "That is so frustrating."] {
            let reaction = verdict(Language::En, customer, reply);
            assert_eq!(reaction.epitome.emotional_reactions, 2, "{reply}");
            assert_eq!(
                reaction.epitome.interpretations, 0,
                "{reply}: {:?}",
                reaction.evidence
            );
        }
        let dutch = verdict(
            Language::Nl,
            "Ik sta al 5 uur aan de gate met mijn twee kinderen.",
            "Vijf uur aan de gate met twee kinderen is uitputtend.",
        );
        assert_eq!(dutch.epitome.interpretations, 2, "{:?}", dutch.evidence);
    }

    /// A request's words inside a known opener belong to the opener: "Hoe kunnen we je
    /// helpen?" asks about them (as "How can we help you?" does), "Kunnen we je
    /// ordernummer krijgen?" asks for data.
    #[test]
    fn an_opener_holding_a_requests_words_still_explores() {
        fires_in_each(
            "empathy.exploration_generic",
            &[
                (Language::En, "How can we help you today?"),
                (
                    Language::Fr,
                    "Comment pouvons-nous vous aider aujourd'hui ?",
                ),
                (Language::Nl, "Hoe kunnen we je vandaag helpen?"),
            ],
        );
        let request = verdict(
            Language::Nl,
            FLIGHT_NL,
            "Kunnen we je boekingsnummer krijgen?",
        );
        assert_eq!(request.epitome.explorations, 0, "{:?}", request.evidence);
    }

    /// Asking for the data a case needs is a request, whatever verb asks it; asking about
    /// what they went through, with the same verb, explores.
    #[test]
    fn a_question_for_case_data_explores_nothing() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "Could you tell me which email address you wrote to?",
                ),
                (Language::En, "What's your booking reference?"),
                (
                    Language::Fr,
                    "Pouvez-vous me dire à quelle adresse e-mail vous nous avez écrit ?",
                ),
                (Language::Nl, "Naar welk e-mailadres heb je gemaild?"),
            ],
            |result| result.epitome.explorations == 0,
        );
        holds_for_each(
            &[
                (Language::En, "Could you tell me how you got home?"),
                (
                    Language::Fr,
                    "Pouvez-vous me dire comment vous êtes rentrée ?",
                ),
                (Language::Nl, "Hoe ben je uiteindelijk thuisgekomen?"),
            ],
            |result| result.epitome.explorations >= 1,
        );
    }

    /// Their specifics are their own words about their situation ("parcel"), not the
    /// words every caring reply uses ("help"), even when the customer used them first.
    #[test]
    fn caring_words_are_not_the_customers_specifics() {
        for (language, customer, caring, specific, word) in [
            (
                Language::En,
                "Can you help me? My parcel never came.",
                "So sorry, we are happy to help you.",
                "So sorry your parcel never came.",
                "parcel",
            ),
            (
                Language::Fr,
                "Pouvez-vous m'aider ? Mon colis n'est jamais arrivé.",
                "Vraiment désolés, nous sommes heureux de vous aider.",
                "Vraiment désolés que votre colis ne soit jamais arrivé.",
                "colis",
            ),
            (
                Language::Nl,
                "Kunnen jullie helpen? Mijn pakket is nooit aangekomen.",
                "Het spijt ons echt, we helpen je graag.",
                "Het spijt ons echt dat je pakket nooit is aangekomen.",
                "pakket",
            ),
        ] {
            let result = verdict(language, customer, caring);
            assert!(
                !fires(&result, "empathy.reflects_specifics"),
                "{caring}: {:?}",
                result.evidence
            );
            let result = verdict(language, customer, specific);
            let reflected = result
                .evidence
                .iter()
                .find(|e| e.rule == "empathy.reflects_specifics")
                .unwrap_or_else(|| panic!("{specific}: {:?}", result.evidence));
            assert!(reflected.explanation.contains(word), "{reflected:?}");
        }
    }

    /// "Let me know" asks the customer for something: only the CM's own step counts.
    #[test]
    fn let_me_know_is_not_a_next_step_let_me_check_is() {
        for (language, customer, asks, commits) in [
            (
                Language::En,
                FLIGHT_EN,
                "Let me know which flight you prefer.",
                "Let me check which flights are left.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Laissez-moi savoir quel vol vous préférez.",
                "Laissez-moi vérifier les vols restants.",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Laat me weten welke vlucht je liever hebt.",
                "Laat me even kijken welke vluchten er nog zijn.",
            ),
        ] {
            assert!(
                !fires(&verdict(language, customer, asks), "empathy.next_step"),
                "{asks}"
            );
            assert!(
                fires(&verdict(language, customer, commits), "empathy.next_step"),
                "{commits}"
            );
        }
    }

    /// A commitment phrase only opens the step: the evidence quotes the step itself, to
    /// the end of its clause, so that the trainee sees what they promised.
    #[test]
    fn a_next_step_is_quoted_as_the_whole_step() {
        for (language, customer, reply, quote) in [
            (
                Language::En,
                FLIGHT_EN,
                "DM us and I'll hold two seats for you. Thanks!",
                "I'll hold two seats for you",
            ),
            (
                Language::En,
                FLIGHT_EN,
                "Let me look into your booking, Sam.",
                "Let me look into your booking",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Je vais bloquer deux places pour vous, merci.",
                "Je vais bloquer deux places pour vous",
            ),
            (
                Language::Nl,
                FLIGHT_NL,
                "Ik ga twee plaatsen voor je vasthouden, dank je.",
                "Ik ga twee plaatsen voor je vasthouden",
            ),
        ] {
            let result = verdict(language, customer, reply);
            let step = result
                .evidence
                .iter()
                .find(|e| e.rule == "empathy.next_step")
                .unwrap_or_else(|| panic!("no next step in {reply:?}"));
            assert_eq!(step.quote, quote, "{reply}");
        }
    }

    /// A specific apology or understanding is quoted in the clauses that hold the phrase
    /// and what makes it specific, not with the greeting before it or the advice after.
    #[test]
    fn a_specific_apology_or_understanding_is_quoted_in_its_own_clauses() {
        for (language, reply, rule, quote) in [
            (
                Language::En,
                "Hi Sam, I understand the worry. Here is what we can do.",
                "empathy.understand_specific",
                "I understand the worry",
            ),
            (
                Language::En,
                "Oh Sam, we apologise for the cancelled flight, truly. Here is what we can do.",
                "empathy.apology_specific",
                "we apologise for the cancelled flight",
            ),
            (
                Language::Fr,
                "Bonjour Sam, je comprends votre inquiétude. Voici ce que nous pouvons faire.",
                "empathy.understand_specific",
                "je comprends votre inquiétude",
            ),
            (
                Language::Nl,
                "Hoi Sam, ik begrijp je ongerustheid. Dit kunnen we doen.",
                "empathy.understand_specific",
                "ik begrijp je ongerustheid",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            let found = result
                .evidence
                .iter()
                .find(|e| e.rule == rule)
                .unwrap_or_else(|| panic!("no {rule} in {reply:?}: {:?}", result.evidence));
            assert_eq!(found.quote, quote, "{reply}");
        }
    }

    #[test]
    fn a_name_particle_is_not_the_name() {
        let scorer = Scorer::new();
        let lexicon = scorer.lexicon(Language::Nl);
        let name = Some("Lotte de Graaf");
        let particle = score(
            lexicon,
            FLIGHT_NL,
            "Geregeld, donderdag komt de monteur.",
            name,
        );
        assert!(
            !fires(&particle, "empathy.uses_name"),
            "{:?}",
            particle.evidence
        );
        let given = score(lexicon, FLIGHT_NL, "Dank je, Lotte.", name);
        assert!(fires(&given, "empathy.uses_name"));
    }

    #[test]
    fn an_action_on_their_case_is_not_a_shared_experience() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "Thanks Sam, I have order HF-118734 in front of me. I've reported your parcel to the warehouse.",
                ),
                (
                    Language::Fr,
                    "Merci Sam, j'ai votre dossier QX7M4R. Je vous place dans le train de ce soir.",
                ),
                (
                    Language::Nl,
                    "Dank je, Sam, ik heb bestelling VV-583920 voor me. Ik heb je melding aan het magazijn doorgegeven.",
                ),
                // The writer's work for them, told in the first person, is no experience of
                // their own either.
                (
                    Language::En,
                    "I asked my colleague in the control room and she says it's on time.",
                ),
                (
                    Language::En,
                    "I'm on the social team tonight and I've just looked: it's running.",
                ),
                (
                    Language::Fr,
                    "J'ai demandé à ma collègue du poste de commande et elle me dit qu'il est à l'heure.",
                ),
                (
                    Language::Nl,
                    "Ik heb het nagevraagd bij mijn collega's en ik kan bevestigen dat de trein op tijd rijdt.",
                ),
            ],
            |result| !fires(result, "empathy.shared_experience"),
        );
        let shared = verdict(
            Language::En,
            FLIGHT_EN,
            "I missed my own brother's wedding after a cancelled flight, and I still think about it.",
        );
        assert!(
            fires(&shared, "empathy.shared_experience"),
            "{:?}",
            shared.evidence
        );
    }

    #[test]
    fn a_search_ignoring_case_finds_what_a_plain_one_would() {
        for (haystack, needle, held) in [
            ("Haha, 0/10 would queue again", "haha", true),
            ("so LOL", "lol", true),
            ("lo", "lol", false),
            ("lollipop", "lol", true),
            ("le gâteau 😂", "😂", true),
            ("le gâteau 😭", "😂", false),
            ("anything", "", false),
            ("", "lol", false),
        ] {
            assert_eq!(
                holds_ignoring_case(haystack.as_bytes(), needle.as_bytes()),
                held,
                "{needle} in {haystack}"
            );
        }
    }

    /// A question that lost its "?" still asks, in each language, when it opens like one
    /// (an asking word, a verb and its subject); a clause that only starts with "what", an
    /// order and an exclamation do not.
    #[test]
    fn a_question_without_its_mark_still_asks() {
        holds_for_each(
            &[
                (Language::En, "How long have you been waiting at the gate."),
                (Language::En, "Have you found somewhere to sleep tonight"),
                (Language::Fr, "Avez-vous trouvé un hôtel pour la nuit."),
                (Language::Fr, "Comment allez-vous ce matin."),
                (Language::Nl, "Heb je al een hotel voor vannacht."),
                (Language::Nl, "Hoe gaat het nu met je."),
            ],
            |result| result.epitome.explorations >= 1,
        );
        holds_for_each(
            &[
                (
                    Language::En,
                    "What they found is that the flight needs a new part.",
                ),
                (Language::En, "Do your best at the wedding."),
                (Language::En, "How awful."),
                (Language::En, "Have you ever seen such a storm!"),
                (
                    Language::En,
                    "Should you need a hotel tonight, the desk has vouchers.",
                ),
                (
                    Language::Nl,
                    "Had u gekozen voor een flexibel ticket, dan was omboeken gratis geweest.",
                ),
                (
                    Language::Fr,
                    "Qu'on vous ait laissé sans nouvelles est inacceptable.",
                ),
                (Language::Nl, "Wat jammer dat je de bruiloft mist."),
            ],
            |result| result.epitome.explorations == 0,
        );
    }

    /// A suggestion or a guess put as a question ("Maybe you could ask at the desk?") asks
    /// nothing about them, in each language; the same question without "maybe" does, and
    /// so does an offer to tell.
    #[test]
    fn a_suggestion_put_as_a_question_is_no_exploration() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "Maybe you could ask the desk for a hotel voucher?",
                ),
                (Language::En, "Perhaps it's the storm over Lisbon?"),
                (
                    Language::Fr,
                    "Peut-être pourriez-vous demander un bon d'hôtel au comptoir ?",
                ),
                (
                    Language::Nl,
                    "Misschien kun je bij de balie om een hotelbon vragen?",
                ),
            ],
            |result| result.epitome.explorations == 0,
        );
        holds_for_each(
            &[
                (
                    Language::En,
                    "Could you ask the desk for a hotel voucher for your sister's wedding?",
                ),
                (
                    Language::En,
                    "Maybe you'd like to tell me how the wedding plans stand now?",
                ),
                (
                    Language::Fr,
                    "Avez-vous pu demander un bon d'hôtel pour le mariage de votre sœur ?",
                ),
                (
                    Language::Nl,
                    "Heb je al om een hotelbon gevraagd voor de bruiloft van je zus?",
                ),
            ],
            |result| result.epitome.explorations >= 1,
        );
    }

    /// An offer to listen put as a question ("Do you want to talk about it?") is no
    /// exploration in each language; put as a condition before a real question ("If you
    /// want to talk, what happened at the gate?") it leaves that question one, and "what's
    /// the matter?" asks.
    #[test]
    fn an_offer_to_talk_is_no_exploration() {
        holds_for_each(
            &[
                (Language::En, "Do you want to talk about it?"),
                (Language::En, "That's rough. Want to talk about it?"),
                (Language::En, "Hey, do you need someone to talk to?"),
                (Language::Fr, "Voulez-vous en parler ?"),
                (Language::Fr, "C'est dur. Vous voulez en parler ?"),
                (Language::Nl, "Wil je erover praten?"),
                (Language::Nl, "Dat is zwaar. Heb je behoefte om te praten?"),
            ],
            |result| result.epitome.explorations == 0,
        );
        holds_for_each(
            &[
                (
                    Language::En,
                    "If you want to talk, what happened at the gate?",
                ),
                (Language::En, "So what's the matter?"),
                (
                    Language::Fr,
                    "Si vous voulez en parler, que s'est-il passé à la porte ?",
                ),
                (
                    Language::Nl,
                    "Als je erover wilt praten, wat is er bij de gate gebeurd?",
                ),
            ],
            |result| result.epitome.explorations >= 1,
        );
    }

    /// "Do you know why…?" asks what they know, in each language; "…, you know?" and "You
    /// know what?" remain fillers.
    #[test]
    fn asking_what_they_know_explores_and_a_filler_does_not() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "Do you know why the app showed you the old gate?",
                ),
                (
                    Language::En,
                    "What would help you most tonight, do you know?",
                ),
                (
                    Language::Fr,
                    "Savez-vous pourquoi l'appli vous a montré l'ancienne porte ?",
                ),
                (
                    Language::Nl,
                    "Weet je waarom de app je de oude gate liet zien?",
                ),
            ],
            |result| result.epitome.explorations >= 1,
        );
        holds_for_each(
            &[
                (Language::En, "These things drag on, you know?"),
                (Language::En, "You know what? We'll sort it."),
                (Language::Nl, "Zo gaat dat soms, weet je?"),
            ],
            |result| result.epitome.explorations == 0,
        );
    }

    /// A question about them with no word of their case ("What makes you feel like this?",
    /// "What's on your mind?") is a generic exploration in each language; one with a word of
    /// theirs is specific.
    #[test]
    fn a_question_without_their_case_in_it_is_generic() {
        holds_for_each(
            &[
                (Language::En, "What makes you feel like this?"),
                (Language::En, "What's on your mind?"),
                (Language::En, "What kind of stuff do you like?"),
                (Language::Fr, "Quel genre de trucs vous plaît ?"),
                (Language::Nl, "Wat voor soort dingen vind je leuk?"),
                (
                    Language::Fr,
                    "Qu'est-ce qui vous fait vous sentir comme ça ?",
                ),
                (Language::Nl, "Waardoor voel je je zo?"),
            ],
            |result| {
                fires(result, "empathy.exploration_generic") && result.epitome.explorations == 1
            },
        );
        holds_for_each(
            &[
                (
                    Language::En,
                    "What makes the wedding flight so hard to replace?",
                ),
                (
                    Language::Fr,
                    "Qu'est-ce qui rend le vol pour le mariage si dur à remplacer ?",
                ),
                (
                    Language::Nl,
                    "Waardoor is de vlucht naar de bruiloft zo moeilijk te vervangen?",
                ),
            ],
            |result| result.epitome.explorations == 2,
        );
    }

    /// Acting on their situation in their words is understanding in each language; an
    /// explanation of it to them, with nobody doing anything, is not.
    #[test]
    fn acting_on_their_situation_needs_someone_who_acts() {
        holds_for_each(
            &[
                (
                    Language::En,
                    "Since you're flying to your sister's wedding, I've booked you on the 07:10.",
                ),
                (
                    Language::Fr,
                    "Puisque vous allez au mariage de votre sœur, je vous ai réservé le vol de 7h10.",
                ),
                (
                    Language::Nl,
                    "Omdat je naar de bruiloft van je zus gaat, heb ik je op de vlucht van 7:10 gezet.",
                ),
            ],
            |result| fires(result, "empathy.acts_on_situation"),
        );
        holds_for_each(
            &[
                (
                    Language::En,
                    "Maybe that's because you booked the wedding flight late.",
                ),
                (
                    Language::Fr,
                    "C'est peut-être parce que vous avez réservé le vol du mariage tard.",
                ),
                (
                    Language::Nl,
                    "Misschien komt het omdat je de vlucht voor de bruiloft laat hebt geboekt.",
                ),
            ],
            |result| !fires(result, "empathy.acts_on_situation"),
        );
    }

    /// One statement of the writer's own that makes it like theirs ("too" at its end, "the
    /// same") is a shared experience in each language; "too" as "too much", and "also" or
    /// "ook" inside an action for them, are not.
    #[test]
    fn a_statement_like_theirs_is_a_shared_experience() {
        holds_for_each(
            &[
                (Language::En, "I was stuck at that airport too."),
                (Language::En, "I got the same message last month."),
                (Language::Fr, "J'ai été coincée à cet aéroport aussi."),
                (
                    Language::Fr,
                    "J'étais dans une situation pareille l'an dernier.",
                ),
                (
                    Language::Nl,
                    "Ik kreeg evenmin bericht van de maatschappij.",
                ),
                (Language::Nl, "Hetzelfde bericht kreeg ik vorige maand."),
            ],
            |result| fires(result, "empathy.shared_experience"),
        );
        holds_for_each(
            &[
                (Language::En, "I have too much to check first."),
                (Language::En, "I also rebooked the 07:10 flight."),
                (Language::En, "I'll do the same for your return flight."),
                (Language::Fr, "J'ai aussi ajouté une note au dossier."),
                (Language::Nl, "Ik heb ook een notitie in het dossier gezet."),
            ],
            |result| !fires(result, "empathy.shared_experience"),
        );
    }

    /// "That's awful" right after their situation, told in their words, sums it up: an
    /// interpretation, quoted with the situation, in each language; after "Oh no" it is
    /// only a reaction.
    #[test]
    fn a_reaction_that_sums_up_their_situation_interprets_it() {
        for (language, reply, quote) in [
            (
                Language::En,
                "A cancelled flight, two days before your sister's wedding: that's a genuinely awful moment.",
                "A cancelled flight, two days before your sister's wedding: that's a genuinely awful moment",
            ),
            (
                Language::Fr,
                "Un vol annulé, deux jours avant le mariage de votre sœur : c'est horrible.",
                "Un vol annulé, deux jours avant le mariage de votre sœur : c'est horrible",
            ),
            (
                Language::Nl,
                "Een geannuleerde vlucht, twee dagen voor de bruiloft van je zus: dat is vreselijk.",
                "Een geannuleerde vlucht, twee dagen voor de bruiloft van je zus: dat is vreselijk",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(result.epitome.emotional_reactions, 2, "{reply}");
            assert_eq!(
                result.epitome.interpretations, 2,
                "{reply}: {:?}",
                result.evidence
            );
            let interpretation = result
                .evidence
                .iter()
                .find(|e| e.rule == "empathy.interpretation")
                .expect("the interpretation's evidence");
            assert_eq!(interpretation.quote, quote);
        }
        for (language, reply) in [
            (Language::En, "Oh no, that's awful."),
            (Language::Fr, "Oh non, c'est horrible."),
            (Language::Nl, "Oh nee, dat is vreselijk."),
            // The writer's own day, not theirs.
            (
                Language::En,
                "I spent two days at the airport with my own kids last year, that's awful.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                !fires(&result, "empathy.interpretation"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// The moment nobody wants to live through, said of theirs, puts their experience into
    /// words in each language.
    #[test]
    fn the_moment_nobody_wants_interprets_their_experience() {
        for (language, reply) in [
            (
                Language::En,
                "Two days before your sister's wedding: the moment you never want to live through.",
            ),
            (
                Language::Fr,
                "Deux jours avant le mariage de votre sœur : le moment qu'on ne souhaite à personne.",
            ),
            (
                Language::Nl,
                "Twee dagen voor de bruiloft van je zus: dat is precies het moment dat je niet wilt meemaken.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.interpretation"),
                "{reply}: {:?}",
                result.evidence
            );
            assert!(!fires(&result, "empathy.negated_understanding"), "{reply}");
        }
    }

    /// Encouragement that stands by them ("don't give up", "you'll get through this", "I
    /// believe in you"), feeling with them ("I hear you") and concern for their safety
    /// ("Please don't hurt yourself"), reassurance ("It's not your fault") and an offer to
    /// listen ("Do you want to talk about it?") and their feeling allowed ("It's okay to feel
    /// let down") are warm words in each language; glad about
    /// one's own life ("I'm so glad I got help") is not about them.
    #[test]
    fn encouragement_is_warm_and_gladness_about_oneself_is_not() {
        for (language, reply) in [
            (
                Language::En,
                "Please don't give up, you will get through this.",
            ),
            (
                Language::En,
                "You should be proud of yourself for asking. I believe in you.",
            ),
            (
                Language::En,
                "It's going to be okay, we'll rebook you this morning.",
            ),
            (Language::Fr, "N'abandonnez pas, vous allez vous en sortir."),
            (
                Language::Fr,
                "Je crois en vous, et je suis contente que vous ayez écrit.",
            ),
            (Language::En, "I hear you, that's a lot to take in at once."),
            (Language::Fr, "Je vous entends, ça fait beaucoup d'un coup."),
            (Language::Nl, "Ik hoor je, dat is veel tegelijk."),
            (Language::En, "Please don't hurt yourself."),
            (Language::Fr, "Ne vous faites pas de mal."),
            (Language::Nl, "Doe jezelf alsjeblieft geen pijn."),
            (
                Language::En,
                "It's not your fault, you did the right thing to write to us.",
            ),
            (
                Language::Fr,
                "Ce n'est pas votre faute, vous avez bien fait de nous écrire.",
            ),
            (
                Language::Nl,
                "Het is niet jouw schuld, je hebt het goed gedaan door te schrijven.",
            ),
            (Language::En, "Do you want to talk about it in DM?"),
            (Language::Fr, "Vous voulez en parler en message privé ?"),
            (Language::Nl, "Wil je erover praten in een DM?"),
            (Language::En, "Take care of yourself tonight."),
            (Language::En, "Thanks Sophie, enjoy the wedding!"),
            (
                Language::En,
                "You didn't deserve that at the gate, I was worried about you.",
            ),
            (
                Language::Fr,
                "Vous ne méritiez pas ça à la porte, je m'inquiétais pour vous.",
            ),
            (
                Language::Nl,
                "Dat verdiende je niet bij de gate, ik maakte me zorgen om je.",
            ),
            (Language::En, "Hoping things look up for you soon."),
            (Language::Fr, "Profite bien du concert !"),
            (Language::Nl, "Geniet van de show!"),
            (
                Language::En,
                "It's okay to feel let down after a night like that.",
            ),
            (
                Language::Fr,
                "C'est normal de se sentir abandonné après une nuit pareille.",
            ),
            (
                Language::Nl,
                "Je mag boos zijn na zo'n nacht, dat begrijp ik.",
            ),
            (Language::Fr, "Prenez soin de vous ce soir."),
            (Language::Nl, "Geef niet op, je komt hier doorheen."),
            (
                Language::Nl,
                "Ik geloof in je, en ik ben blij dat je schrijft.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.emotion_weak"),
                "{reply}: {:?}",
                result.evidence
            );
            assert!(result.epitome.emotional_reactions >= 1, "{reply}");
        }
        for (language, reply) in [
            (Language::En, "I'm so glad I left that job."),
            (
                Language::Fr,
                "Je suis contente que j'aie quitté ce travail.",
            ),
            (Language::Nl, "Ik ben zo blij dat ik die baan heb opgezegd."),
            // Not said to them: getting through it is the writer's.
            (Language::En, "I just tried to get through this week."),
            // What the writer enjoys or hopes for themselves is not a wish for them.
            (Language::En, "I enjoy walking my dog after a long shift."),
            (Language::En, "I'm hoping to get back to work next week."),
            (Language::Nl, "Ik geniet van wandelen na een lange dienst."),
            // Handling it, or an instruction, is no wish for their wellbeing.
            (Language::En, "We'll take care of your refund today."),
            (Language::En, "Please take care to keep the receipt."),
            (
                Language::Fr,
                "Prenez soin de vous munir de votre carte d'embarquement.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                !fires(&result, "empathy.emotion_weak"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// A kind wish is a warm word in a kind reply and a brush-off (sarcasm, as trainers
    /// call it) after a refusal behind policy, in each language; a lone "whatever" does not
    /// make it one.
    #[test]
    fn a_kind_wish_after_a_refusal_is_a_brush_off() {
        const CAKE_EN: &str = "Our cake never arrived and the app offers me a £5 voucher.";
        const CAKE_FR: &str =
            "Notre gâteau n'est jamais arrivé et l'appli me propose un bon de 5 €.";
        const CAKE_NL: &str =
            "Onze taart is nooit aangekomen en de app biedt me een bon van € 5 aan.";
        for (language, customer, reply, wish) in [
            (
                Language::En,
                CAKE_EN,
                "The £5 voucher is our standard compensation and can't be increased. Good luck with the party!",
                "Good luck",
            ),
            (
                Language::Fr,
                CAKE_FR,
                "Le bon de 5 € est notre compensation standard et ne peut pas être augmenté. Bonne chance pour la fête !",
                "Bonne chance",
            ),
            (
                Language::Nl,
                CAKE_NL,
                "De bon van € 5 is onze standaardcompensatie en kan niet verhoogd worden. Succes met het feestje!",
                "Succes",
            ),
            (
                Language::En,
                CAKE_EN,
                "Had you chosen insured delivery, this would have been covered. Have a nice day.",
                "Have a nice",
            ),
        ] {
            let result = verdict(language, customer, reply);
            // Named as trainers name it, explained in words of its own.
            let mockery = Scorer::new()
                .lexicon(language)
                .entry(Category::Sarcasm)
                .explain;
            let brush_off = result.evidence.iter().any(|e| {
                e.rule == "empathy.sarcasm" && e.quote == wish && e.explanation != mockery
            });
            assert!(brush_off, "{reply}: {:?}", result.evidence);
            assert!(!fires(&result, "empathy.emotion_weak"), "{reply}");
            assert_eq!(result.epitome.emotional_reactions, 0, "{reply}");
        }
        for (language, reply) in [
            (
                Language::En,
                "I've rebooked you on the 07:10 tomorrow, so you'll be there in time. Good luck at the wedding!",
            ),
            (
                Language::Fr,
                "Je vous ai réservé le vol de 7h10 demain, vous serez là à temps. Bonne chance pour le mariage !",
            ),
            (
                Language::Nl,
                "Ik heb je omgeboekt op de vlucht van 7.10 uur morgen, zodat je op tijd bent. Succes op de bruiloft!",
            ),
            (
                Language::En,
                "Do whatever makes the trip easier for you. Good luck at the wedding!",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.emotion_weak"),
                "{reply}: {:?}",
                result.evidence
            );
            assert!(
                !result
                    .evidence
                    .iter()
                    .any(|e| e.rule == "empathy.sarcasm" && e.quote.starts_with(['G', 'B', 'S'])),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Words that brush a customer off when said on their own ("Whatever.", "Relax.",
    /// "Deal with it.", "It happens.") cost points; the same words inside a sincere
    /// sentence cost nothing, in each language ("I'm sorry you're having to deal with
    /// it", "c'est tout à fait normal", "ça arrive demain", "uiteraard krijgt u uw geld
    /// terug").
    #[test]
    fn a_brush_off_said_alone_costs_points_the_same_words_in_a_sincere_sentence_do_not() {
        let losses = |result: &EmpathyResult| -> Vec<String> {
            result
                .evidence
                .iter()
                .filter(|e| e.points < 0)
                .map(|e| format!("{} {}", e.rule, e.quote))
                .collect()
        };
        for (language, reply, loss) in [
            (
                Language::En,
                "Whatever. The flight is cancelled.",
                "empathy.sarcasm Whatever",
            ),
            (
                Language::En,
                "Ok whatever, we can't change it.",
                "empathy.sarcasm Ok whatever",
            ),
            (
                Language::En,
                "Relax, it's only a flight.",
                "empathy.calm_down Relax",
            ),
            (
                Language::En,
                "Deal with it. Flights get cancelled.",
                "empathy.dismissive Deal with it",
            ),
            (
                Language::En,
                "You'll have to deal with it like everyone else.",
                "empathy.dismissive You'll have to deal with it",
            ),
            (
                Language::En,
                "It happens. We'll rebook you.",
                "empathy.minimising It happens",
            ),
            (
                Language::En,
                "This is nonsense, the flight left on time.",
                "empathy.dismissive is nonsense",
            ),
            (
                Language::Fr,
                "Évidemment. Le vol est annulé.",
                "empathy.sarcasm Évidemment",
            ),
            (
                Language::Fr,
                "Mais bien sûr ! Et quoi encore ?",
                "empathy.sarcasm Mais bien sûr",
            ),
            (
                Language::Fr,
                "Ça arrive. Nous allons vous replacer.",
                "empathy.minimising Ça arrive",
            ),
            (
                Language::Fr,
                "C'est tout ? Le vol est annulé, voilà.",
                "empathy.dismissive C'est tout",
            ),
            (
                Language::Nl,
                "Tuurlijk. De vlucht is geannuleerd.",
                "empathy.sarcasm Tuurlijk",
            ),
            (
                Language::Nl,
                "Whatever. We boeken je om.",
                "empathy.sarcasm Whatever",
            ),
            (
                Language::Nl,
                "Overdreven. Een vlucht wordt weleens geannuleerd.",
                "empathy.dismissive Overdreven",
            ),
            (
                Language::En,
                "That's our policy, I'm afraid.",
                "empathy.policy_hiding That's our policy",
            ),
            (
                Language::Fr,
                "C'est notre politique, désolée.",
                "empathy.policy_hiding C'est notre politique",
            ),
            (
                Language::Nl,
                "Volgens ons beleid kunnen we dat niet terugbetalen.",
                "empathy.policy_hiding Volgens ons beleid kunnen we dat niet",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            // A quote may run on to the end of its clause.
            assert!(
                losses(&result).iter().any(|l| l.starts_with(loss)),
                "{reply}: {:?}",
                losses(&result)
            );
        }
        for (language, reply) in [
            (
                Language::En,
                "I'm so sorry you're having to deal with it the night before the wedding.",
            ),
            (
                Language::En,
                "Whatever you decide, we'll refund the ticket in full.",
            ),
            (
                Language::En,
                "Obviously we'll refund you in full, and I'm sorry.",
            ),
            (
                Language::En,
                "I know it feels as if nobody listened; I'm listening now.",
            ),
            (
                Language::En,
                "There's a quiet lounge at gate 12 where you can relax until the 07:10.",
            ),
            (
                Language::En,
                "We only have a few seats left on the 07:10, so I've held one for you.",
            ),
            (
                Language::En,
                "It happens to me too when a trip falls apart, and it's awful.",
            ),
            (
                Language::Fr,
                "C'est tout à fait normal que vous soyez en colère, je suis désolée.",
            ),
            (
                Language::Fr,
                "Évidemment, nous vous remboursons intégralement.",
            ),
            (
                Language::Fr,
                "Mais bien sûr, je m'occupe de votre remboursement tout de suite.",
            ),
            (
                Language::Fr,
                "Votre valise ? Ça arrive demain avant midi, je vous le promets.",
            ),
            (
                Language::Fr,
                "Félicitations pour le mariage, et désolée pour ce vol.",
            ),
            (
                Language::Nl,
                "Uiteraard krijgt u uw geld terug. Wat vervelend voor u!",
            ),
            (Language::Nl, "Tuurlijk helpen we je, wat balen zeg."),
            (
                Language::Nl,
                "Gefeliciteerd met de bruiloft, en sorry voor die vlucht.",
            ),
            (
                Language::Nl,
                "Er zijn nog maar een paar plaatsen op de vlucht van 7.10 uur; ik heb er een voor je vastgehouden.",
            ),
            (
                Language::Nl,
                "Als excuus sturen we je een kleinigheid voor de bruiloft.",
            ),
            (
                Language::Nl,
                "Die wachttijd was overdreven lang, daar heb je gelijk in.",
            ),
            // A policy that grants, an email that is not the brand's, not understanding how
            // something went wrong, and a credit for the trouble are no losses either.
            (
                Language::En,
                "You can bring your insulin on board: our policy allows all medication in hand luggage.",
            ),
            (
                Language::En,
                "I don't understand how this happened, I'm sorry. I'll find out today.",
            ),
            (
                Language::Fr,
                "Ce mail ne vient pas de nous : ne cliquez sur aucun lien.",
            ),
            (
                Language::Fr,
                "Merci de nous l'avoir signalé, et je suis désolée.",
            ),
            (
                Language::Fr,
                "Notre politique autorise tous les médicaments en cabine.",
            ),
            (
                Language::Fr,
                "Je ne comprends pas comment c'est arrivé, je me renseigne aujourd'hui.",
            ),
            (
                Language::Nl,
                "Sorry, tien weken zonder datum is veel te lang.",
            ),
            (
                Language::En,
                "I'm sorry, sitting there without information is maddening and we should have kept you updated.",
            ),
            (
                Language::En,
                "That's simply not good enough and it's our fault; I've rebooked you on the 07:10.",
            ),
            (
                Language::Nl,
                "Sorry, zonder informatie stilstaan is frustrerend en we hadden je op de hoogte moeten houden.",
            ),
            (
                Language::Nl,
                "Ons beleid staat alle medicijnen in de handbagage toe.",
            ),
            (
                Language::Nl,
                "Ik snap niet hoe dit kon gebeuren, ik zoek het vandaag uit.",
            ),
            (
                Language::Nl,
                "Ik heb je een klein tegoed gegeven voor het ongemak.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert_eq!(losses(&result), Vec::<String>::new(), "{reply}");
        }
    }

    /// A negation inside what a feeling is said of ("no information", "nobody turning
    /// up", "damage you didn't cause") is not the feeling's: the reply puts their
    /// experience and its feeling into words, and loses nothing for it (it had lost 20
    /// points as a negated feeling). A negation right after the verb still negates it.
    #[test]
    fn a_negation_in_the_subject_of_a_feeling_leaves_the_feeling_named() {
        for reply in [
            "Three delays and no information is really stressful.",
            "Being charged for damage you didn't cause is infuriating.",
            "Taking a day off and then nobody turning up is so frustrating.",
            "Turning up to find no booking is so frustrating.",
        ] {
            let result = verdict(Language::En, FLIGHT_EN, reply);
            let losses: Vec<&str> = result
                .evidence
                .iter()
                .filter(|e| e.points < 0)
                .map(|e| e.rule.as_ref())
                .collect();
            assert!(losses.is_empty(), "{reply}: {losses:?}");
            // Their experience and its feeling in one sentence: an interpretation.
            assert_eq!(result.epitome.interpretations, 2, "{reply}");
        }
        for reply in [
            "This isn't stressful, it's only a form.",
            "It is not frustrating at all.",
        ] {
            let result = verdict(Language::En, FLIGHT_EN, reply);
            assert_eq!(result.epitome.emotional_reactions, 0, "{reply}");
            assert_eq!(result.epitome.interpretations, 0, "{reply}");
        }
    }

    /// "For nothing" is in vain, not a denial: the feeling after it is named, in each
    /// language ("driving 20 miles for nothing is really frustrating"; it had lost 10
    /// points as a denied understanding).
    #[test]
    fn for_nothing_is_in_vain_and_leaves_the_feeling_named() {
        for (language, reply) in [
            (
                Language::En,
                "Driving 20 miles for nothing is really frustrating, Abi, sorry.",
            ),
            (
                Language::Fr,
                "Faire 30 km pour rien, c'est vraiment frustrant, désolé.",
            ),
            (
                Language::Nl,
                "30 km rijden voor niets is echt frustrerend, Abby, sorry.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            let losses: Vec<&str> = result
                .evidence
                .iter()
                .filter(|e| e.points < 0)
                .map(|e| e.rule.as_ref())
                .collect();
            assert!(losses.is_empty(), "{reply}: {losses:?}");
            assert!(result.epitome.emotional_reactions > 0, "{reply}");
        }
        // Without the preposition, "nothing" denies the feeling as before.
        let result = verdict(
            Language::En,
            FLIGHT_EN,
            "There is nothing frustrating about it.",
        );
        assert_eq!(result.epitome.emotional_reactions, 0);
    }

    /// Blame in plain words: the customer's own act gone wrong ("you entered the wrong
    /// postcode") or left undone ("vous n'avez pas mis à jour votre carte"), in no list of
    /// stock phrases. Not what happened to them, not what is still to come, not a question
    /// or a condition, not someone else's act.
    #[test]
    fn the_customers_own_act_gone_wrong_is_blame() {
        let blame = |language: Language, reply: &str| -> Vec<String> {
            verdict(language, flight(language), reply)
                .evidence
                .iter()
                .filter(|e| e.rule == "empathy.blame")
                .map(|e| e.quote.to_string())
                .collect()
        };
        for (language, reply, quote) in [
            (
                Language::En,
                "You entered the wrong postcode, so the parcel went back.",
                "You entered the wrong",
            ),
            (
                Language::En,
                "You probably selected the old address at checkout.",
                "You probably selected the old",
            ),
            (
                Language::En,
                "You booked the 7:10 yourself, so the change fee applies.",
                "You booked the 7:10 yourself",
            ),
            (
                Language::Fr,
                "Vous avez saisi un mauvais IBAN lors du virement.",
                "Vous avez saisi un mauvais",
            ),
            (
                Language::Fr,
                "Vous n'avez pas mis à jour votre carte bancaire, d'où le blocage.",
                "Vous n'avez pas mis",
            ),
            (
                Language::Nl,
                "U heeft het verkeerde adres ingevuld bij het bestellen.",
                "U heeft het verkeerde adres ingevuld",
            ),
            (
                Language::Nl,
                "Je hebt het retourformulier niet ingevuld, daarom duurde het langer.",
                "Je hebt het retourformulier niet ingevuld",
            ),
        ] {
            assert_eq!(blame(language, reply), [quote], "{reply}");
        }
        for (language, reply) in [
            (
                Language::En,
                "You entered the right code, and our system still rejected it.",
            ),
            (
                Language::En,
                "You were booked on the wrong flight by our agent, I'm so sorry.",
            ),
            (
                Language::En,
                "Did you select the wrong date? I can change it for you.",
            ),
            (
                Language::En,
                "If you entered the wrong PIN three times, the card locks for a day.",
            ),
            (
                Language::En,
                "You said we entered the wrong address, and you're right.",
            ),
            (Language::En, "You can put yourself first here."),
            (
                Language::En,
                "You haven't booked a seat yet, so I've reserved 14A for you.",
            ),
            (
                Language::Fr,
                "Vous avez été orienté vers le mauvais guichet, toutes nos excuses.",
            ),
            (
                Language::Fr,
                "Vous n'avez pas encore validé votre commande : voici le lien.",
            ),
            (
                Language::Fr,
                "Vous n'avez pas besoin de remplir un nouveau formulaire.",
            ),
            (
                Language::Nl,
                "U heeft het juiste formulier ingevuld. De fout lag bij ons.",
            ),
            (
                Language::Nl,
                "U heeft nog geen stoel gekozen, dus ik heb 14A voor u gereserveerd.",
            ),
            (
                Language::Nl,
                "Je werd naar het verkeerde loket gestuurd, sorry daarvoor.",
            ),
        ] {
            assert_eq!(blame(language, reply), Vec::<String>::new(), "{reply}");
        }
    }

    /// Two halves that make a loss together, in words no list of stock phrases holds: an
    /// apology with a condition right after it or with how they took it a few words on is
    /// a non-apology; the brand's own praised is defensiveness told as facts. Not an
    /// apology for what was done to them, not a condition in a clause of its own, not a
    /// praise denied, not a question.
    #[test]
    fn an_apology_made_conditional_and_praise_of_our_own_are_losses() {
        let losses = |language: Language, reply: &str| -> Vec<(String, String)> {
            verdict(language, flight(language), reply)
                .evidence
                .iter()
                .filter(|e| e.rule == "empathy.non_apology" || e.rule == "empathy.defensive")
                .map(|e| (e.rule.to_string(), e.quote.to_string()))
                .collect()
        };
        for (language, reply, rule, quote) in [
            (
                Language::En,
                "We apologise if you were kept waiting at the gate.",
                "empathy.non_apology",
                "apologise if you were kept waiting at the gate",
            ),
            (
                Language::En,
                "We're sorry you felt that our crew ignored you.",
                "empathy.non_apology",
                "sorry you felt that our crew ignored you",
            ),
            (
                Language::En,
                "Our gate agents are highly trained and very patient.",
                "empathy.defensive",
                "Our gate agents are highly trained",
            ),
            (
                Language::Fr,
                "Nous sommes désolés si cette attente vous a gêné.",
                "empathy.non_apology",
                "désolés si cette attente vous a gêné",
            ),
            (
                Language::Fr,
                "Nous regrettons que vous ayez perçu notre agent ainsi.",
                "empathy.non_apology",
                "regrettons que vous ayez perçu",
            ),
            (
                Language::Fr,
                "Nos horaires sont fiables et vérifiés chaque jour.",
                "empathy.defensive",
                "Nos horaires sont fiables",
            ),
            (
                Language::Nl,
                "Onze excuses als de wachttijd lang was.",
                "empathy.non_apology",
                "Onze excuses als de wachttijd lang was",
            ),
            (
                Language::Nl,
                "Het spijt ons dat u de vlucht zo heeft ervaren.",
                "empathy.non_apology",
                "spijt ons dat u de vlucht zo heeft ervaren",
            ),
            (
                Language::Nl,
                "Onze piloten zijn goed opgeleid en vliegen veilig.",
                "empathy.defensive",
                "Onze piloten zijn goed opgeleid",
            ),
        ] {
            assert_eq!(
                losses(language, reply),
                [(rule.to_string(), quote.to_string())],
                "{reply}"
            );
        }
        for (language, reply) in [
            // A condition in a clause of its own asks them to act.
            (
                Language::En,
                "I'm so sorry, if you send me your booking code I'll rebook you.",
            ),
            // What was done to them, regretted.
            (
                Language::En,
                "I'm sorry you were made to feel that way at the desk.",
            ),
            // The praise denied: an admission.
            (
                Language::En,
                "Our announcements were not accurate, and I'm sorry.",
            ),
            // Asked.
            (
                Language::En,
                "Are our staff trained to the highest standards?",
            ),
            (
                Language::Fr,
                "Je suis désolée que vous ayez été reçu de cette façon au comptoir.",
            ),
            (
                Language::Fr,
                "Désolée, si vous m'envoyez votre numéro de réservation je vous replace.",
            ),
            (
                Language::Nl,
                "Het spijt me, als je je boekingscode stuurt boek ik je om.",
            ),
            (
                Language::Nl,
                "Onze informatie was niet betrouwbaar, dat spijt ons.",
            ),
        ] {
            assert_eq!(losses(language, reply), Vec::new(), "{reply}");
        }
    }

    /// Words that speak for the customer take a loss back in their sentence: a policy
    /// named where it grants them something is no policy put up against them, records
    /// that say what they did right are no defence, and a fault the brand owns is neither
    /// a defence nor blame passed on, in its sentence or the one before (owned right after
    /// it is told). The same policy refusing, the same records put up against them, or the
    /// same blame not owned (or owned before it is told), still cost points.
    #[test]
    fn a_loss_is_taken_back_where_its_sentence_speaks_for_the_customer() {
        let charged = |language: Language, reply: &str, rule: &str| {
            verdict(language, flight(language), reply)
                .evidence
                .iter()
                .any(|e| e.rule == rule)
        };
        for (rule, language, for_them, against_them) in [
            (
                "empathy.policy_hiding",
                Language::En,
                "Per our policy, you are entitled to a hotel night, and I've booked it.",
                "Per our policy, you are not entitled to a hotel.",
            ),
            (
                "empathy.policy_hiding",
                Language::Fr,
                "Selon nos conditions, vous avez droit à une nuit d'hôtel.",
                "Selon nos conditions, vous n'avez droit à rien.",
            ),
            (
                "empathy.policy_hiding",
                Language::Nl,
                "Volgens onze voorwaarden heb je recht op een hotelnacht.",
                "Volgens onze voorwaarden heb je geen recht op een hotel.",
            ),
            (
                "empathy.defensive",
                Language::En,
                "Our records show you paid on time, so I've removed the fee.",
                "Our records show the flight left on time.",
            ),
            (
                "empathy.defensive",
                Language::Fr,
                "Selon nos données, vous avez bien payé à temps : j'ai annulé les frais.",
                "Selon nos données, le vol est parti à l'heure.",
            ),
            (
                "empathy.defensive",
                Language::Nl,
                "Volgens onze gegevens heeft u op tijd betaald, dus de kosten vervallen.",
                "Volgens onze gegevens is de vlucht op tijd vertrokken.",
            ),
            // A fault owned in the sentence takes back both the records and blame.
            (
                "empathy.defensive",
                Language::En,
                "Our records show the flight left on time, but we wrongly charged you twice.",
                "Our records show the flight left on time, and you were charged once.",
            ),
            (
                "empathy.blame",
                Language::Fr,
                "Le retard vient du prestataire au sol, mais c'est notre faute.",
                "Le retard vient du prestataire au sol.",
            ),
            // Or owned in the next sentence, right after it is told; not before it.
            (
                "empathy.defensive",
                Language::Nl,
                "Volgens onze gegevens is de betaling op 3 mei uitgevoerd. De aanmaning is dus \
                 een fout van onze kant.",
                "Dat is een fout van onze kant. Volgens onze gegevens is de betaling op 3 mei \
                 uitgevoerd.",
            ),
            (
                "empathy.blame",
                Language::Fr,
                "Le retard vient du prestataire au sol. C'est notre faute, pas la vôtre.",
                "C'est notre faute, pas la vôtre. Le retard vient du prestataire au sol.",
            ),
            // A colleague's fault, with the apology in the next sentence.
            (
                "empathy.blame",
                Language::Fr,
                "Le conseiller en boutique n'aurait pas dû vous promettre cette remise. Désolés \
                 pour ce malentendu.",
                "Le conseiller en boutique n'aurait pas dû vous promettre cette remise.",
            ),
        ] {
            assert!(!charged(language, for_them, rule), "{for_them}");
            assert!(charged(language, against_them, rule), "{against_them}");
        }
    }

    /// The fault named as the brand's own and denied is defensiveness, quoted with its
    /// negation, in each language; owned, or denied only by what follows it ("notre
    /// erreur et pas la vôtre"), asked, or put as a condition, it costs nothing, and owned
    /// it still takes blame back.
    #[test]
    fn a_fault_denied_as_the_brands_own_is_defensive() {
        let defensive = |language: Language, reply: &str| {
            verdict(language, flight(language), reply)
                .evidence
                .into_iter()
                .find(|e| e.rule == "empathy.defensive")
                .map(|e| e.quote)
        };
        for (language, reply, quote) in [
            (
                Language::En,
                "It wasn't our mistake.",
                "It wasn't our mistake",
            ),
            (
                Language::En,
                "The increase is correct, we haven't made a mistake here.",
                "we haven't made a mistake",
            ),
            (Language::En, "That is not on us.", "is not on us"),
            (
                Language::Fr,
                "Ce n'est pas notre erreur.",
                "Ce n'est pas notre erreur",
            ),
            (
                Language::Fr,
                "Le virement est parti à temps, il n'y a pas eu d'erreur de notre part.",
                "y a pas eu d'erreur de notre part",
            ),
            (
                Language::Fr,
                "Nous n'avons pas fait d'erreur.",
                "Nous n'avons pas fait d'erreur",
            ),
            (
                Language::Nl,
                "Het was niet onze fout.",
                "Het was niet onze fout",
            ),
            (
                Language::Nl,
                "We hebben geen fout gemaakt.",
                "We hebben geen fout gemaakt",
            ),
            (Language::Nl, "Dat ligt niet bij ons.", "ligt niet bij ons"),
        ] {
            assert_eq!(
                defensive(language, reply).as_deref(),
                Some(quote),
                "{reply}"
            );
        }
        for (language, reply) in [
            (
                Language::En,
                "This was our mistake, sorry. I've rebooked you.",
            ),
            (
                Language::En,
                "If it wasn't our mistake, we'll still refund you.",
            ),
            (Language::En, "Was it not our error?"),
            (Language::Fr, "C'est notre erreur et pas la vôtre, désolés."),
            (Language::Fr, "Nous avons fait une erreur, désolés."),
            (Language::Nl, "Dit is onze fout en niet die van jou, sorry."),
            (
                Language::Nl,
                "Een grap over je rolstoel hoort niet bij ons.",
            ),
        ] {
            assert_eq!(defensive(language, reply), None, "{reply}");
        }
        // Owned, it takes back the blame of its sentence; denied, it does not.
        let blamed = |language: Language, reply: &str| {
            verdict(language, flight(language), reply)
                .evidence
                .iter()
                .any(|e| e.rule == "empathy.blame")
        };
        for (language, owned, denied) in [
            (
                Language::En,
                "The delay was down to our scheduling team, and that was our mistake.",
                "The delay was down to our scheduling team, and that was not our mistake.",
            ),
            (
                Language::Nl,
                "De vertraging ligt bij onze leverancier, maar het is onze fout.",
                "De vertraging ligt bij onze leverancier, het is niet onze fout.",
            ),
        ] {
            assert!(!blamed(language, owned), "{owned}");
            assert!(blamed(language, denied), "{denied}");
        }
    }

    /// Thanks, with at most a kind wish, and nothing else said is a loss quoted on the
    /// thanks, in each language: the problem they raised gets no answer. Not with a step,
    /// an apology, a question or warmth about them beside it, nor to a customer who
    /// praised or thanked.
    #[test]
    fn thanks_and_a_kind_wish_alone_leave_a_problem_unanswered() {
        let language_of = |index: usize| Language::ALL[index % 3];
        // Thanks or a note that it was received (and at most a wish) and nothing else, to a
        // cancelled flight: a loss, quoted from the thanks on.
        for (index, reply) in [
            "Hi Sam, thanks for the feedback 👍",
            "Bonjour Sam, merci pour votre message ! Bonne soirée.",
            "Hoi Sam, dank voor het delen. Fijne dag nog!",
            "Thanks for letting us know about your flight. Have a lovely evening!",
            "Nous vous remercions pour votre retour.",
            "Bedankt voor je bericht 🙂",
            // A bare note that it was received, or bare thanks, does no more.
            "Thanks Sam, feedback received and logged. Have a good day.",
            "Bonjour Sam, merci, remarque bien prise en compte. Bonne journée !",
            "Hoi Sam, bedankt, genoteerd. Fijne dag nog!",
        ]
        .into_iter()
        .enumerate()
        {
            let language = language_of(index);
            let result = verdict(language, flight(language), reply);
            let loss = result
                .evidence
                .iter()
                .find(|e| e.rule == "empathy.courtesy_only")
                .unwrap_or_else(|| panic!("{reply}: {:?}", result.evidence));
            assert_eq!(loss.points, -20, "{reply}");
            let span = loss.span.expect("quoted");
            let quoted = &reply[span.start..span.end].to_lowercase();
            assert!(
                ["thanks", "merci", "remercions", "dank", "bedankt"]
                    .iter()
                    .any(|w| quoted.contains(w)),
                "{reply}: {quoted}"
            );
        }
        // Not with anything else said: a step, an apology, a question, warmth about them.
        for (index, reply) in [
            "Thanks for letting us know, Sam. We've rebooked you on the 18:40.",
            "Merci pour votre message, et désolés pour ce vol annulé.",
            "Dank voor je bericht! Wanneer wilde je vertrekken?",
            "Thanks for telling us, Sam, I'm so sorry about the wedding.",
            "Noted, Sam: I've rebooked you on the 18:40.",
            "Bien noté, Sam : nous vous avons replacé sur le vol de 18h40.",
            "Genoteerd, Sam. Welke dag wil je vliegen?",
        ]
        .into_iter()
        .enumerate()
        {
            let language = language_of(index);
            let result = verdict(language, flight(language), reply);
            assert!(
                !fires(&result, "empathy.courtesy_only"),
                "{reply}: {:?}",
                result.evidence
            );
        }
        // Nor to praise or thanks, which thanks and a kind wish answer well.
        for (language, customer, reply) in [
            (
                Language::En,
                "Loved my stay, the staff were great!",
                "Thanks so much for the lovely words, Sam! Have a great trip home.",
            ),
            (
                Language::Fr,
                "Merci pour l'accueil, tout était parfait !",
                "Merci pour votre message, Sam ! Bonne journée.",
            ),
            (
                Language::Nl,
                "Wat een geweldige avond, bedankt!",
                "Dank voor het delen, Sam! Fijne avond nog.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert!(
                !fires(&result, "empathy.courtesy_only"),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Blame passed on (a cause put on someone else, a colleague's or partner's fault named
    /// without "our"), a fault told as hindsight ("you should have mentioned") or as advice
    /// for next time, and an apology put after a condition cost points, in each language.
    /// The same words cost nothing where the brand owns the fault, acts itself, or says
    /// what the customer was owed.
    #[test]
    fn blame_passed_on_or_told_as_hindsight_and_an_apology_after_a_condition_are_losses() {
        for (language, reply, rule, quote) in [
            (
                Language::En,
                "The delay was down to the ground handling company.",
                "empathy.blame",
                "down to the ground handling",
            ),
            (
                Language::En,
                "The gate agent shouldn't have told you that.",
                "empathy.blame",
                "agent shouldn't have told you that",
            ),
            (
                Language::En,
                "You should have mentioned the wheelchair when you booked.",
                "empathy.blame",
                "You should have mentioned",
            ),
            (
                Language::En,
                "Please double-check your connection times next time.",
                "empathy.blame",
                "double-check your connection times next time",
            ),
            (
                Language::En,
                "Next time, please check your connection times.",
                "empathy.blame",
                "Next time, please check",
            ),
            (
                Language::En,
                "If the crew came across as rude, then we're sorry.",
                "empathy.non_apology",
                "If the crew came across as rude, then we're sorry",
            ),
            (
                Language::Fr,
                "Le retard vient du prestataire au sol.",
                "empathy.blame",
                "vient du prestataire",
            ),
            (
                Language::Fr,
                "L'agent d'escale n'aurait pas dû vous dire cela.",
                "empathy.blame",
                "agent d'escale n'aurait pas dû vous dire cela",
            ),
            (
                Language::Fr,
                "Vous auriez dû nous prévenir lors de la réservation.",
                "empathy.blame",
                "Vous auriez dû nous prévenir",
            ),
            (
                Language::Fr,
                "Pensez à vérifier vos horaires la prochaine fois.",
                "empathy.blame",
                "Pensez à vérifier vos horaires la prochaine fois",
            ),
            (
                Language::Fr,
                "Si l'équipage vous a paru brusque, nous le regrettons.",
                "empathy.non_apology",
                "Si l'équipage vous a paru brusque, nous le regrettons",
            ),
            (
                Language::Nl,
                "De vertraging ligt bij de afhandelaar op de luchthaven.",
                "empathy.blame",
                "vertraging ligt bij de afhandelaar",
            ),
            (
                Language::Nl,
                "De baliemedewerker had dat niet mogen zeggen.",
                "empathy.blame",
                "baliemedewerker had dat niet mogen",
            ),
            (
                Language::Nl,
                "Je had de rolstoel bij het boeken moeten melden.",
                "empathy.blame",
                "Je had de rolstoel bij het boeken moeten melden",
            ),
            (
                Language::Nl,
                "Controleer je overstaptijden een volgende keer even.",
                "empathy.blame",
                "Controleer je overstaptijden een volgende keer even",
            ),
            (
                Language::Nl,
                "Mocht de bemanning onvriendelijk zijn overgekomen, dan spijt ons dat.",
                "empathy.non_apology",
                "Mocht de bemanning onvriendelijk zijn overgekomen, dan spijt ons dat",
            ),
        ] {
            assert_eq!(
                losses(language, reply),
                [(rule.to_string(), quote.to_string())],
                "{reply}"
            );
        }
        for (language, reply) in [
            // The brand owns the partner's fault, or names its own colleague.
            (
                Language::En,
                "The delay was down to the ground handling company, and that's on us.",
            ),
            (
                Language::En,
                "Our gate agent shouldn't have told you that, and I've rebooked you.",
            ),
            // The colleague's fault named beside an apology.
            (
                Language::En,
                "I'm so sorry, the gate agent shouldn't have told you that.",
            ),
            // What they were owed, or what was to be done to them.
            (
                Language::En,
                "You should have received a text with your new gate.",
            ),
            (
                Language::En,
                "You should have been told at check-in, and I've added a voucher.",
            ),
            // We act next time; an apology in a clause of its own after a request.
            (
                Language::En,
                "Next time we'll double-check the seat map before you board.",
            ),
            (
                Language::En,
                "Next time, we'll double-check the seat map before you board.",
            ),
            (
                Language::En,
                "If you send me your booking code, I'll rebook you, and sorry again.",
            ),
            (
                Language::Fr,
                "Le retard vient du prestataire au sol, et c'est notre faute.",
            ),
            (
                Language::Fr,
                "Ma collègue s'est trompée, et je vous présente nos excuses.",
            ),
            (
                Language::Fr,
                "Vous auriez dû recevoir un SMS avec la nouvelle porte.",
            ),
            (
                Language::Nl,
                "De vertraging kwam door onze planning, niet door jou.",
            ),
            (
                Language::Nl,
                "De afdeling had u moeten bellen, en dat spijt ons.",
            ),
            (
                Language::Nl,
                "Je had daar nooit voor moeten betalen, ik heb het teruggestort.",
            ),
            (
                Language::Nl,
                "De volgende keer controleren wij de stoelen vooraf.",
            ),
        ] {
            assert_eq!(losses(language, reply), Vec::new(), "{reply}");
        }
    }

    /// Trouble drawn from what a partner did ("the courier had a backlog, which is what
    /// caused the delay") is blame passed on, in each language; not where the brand says
    /// what it did about it in the consequence, nor beside an apology in that sentence.
    #[test]
    fn trouble_drawn_from_what_a_partner_did_is_blame() {
        for (language, reply, quote) in [
            (
                Language::En,
                "Our courier partner had a backlog on Friday, which is what caused the delay.",
                "courier partner had a backlog on Friday, which is what caused",
            ),
            (
                Language::En,
                "The airline hasn't sent the report, which is why your claim is on hold.",
                "airline hasn't sent the report, which is why your claim is on hold",
            ),
            (
                Language::Fr,
                "Le traiteur a livré en retard, d'où l'attente.",
                "traiteur a livré en retard, d'où l'attente",
            ),
            (
                Language::Fr,
                "L'équipe de préparation était en sous-effectif ce jour-là, d'où ces erreurs.",
                "équipe de préparation était en sous-effectif ce jour-là, d'où ces erreurs",
            ),
            (
                Language::Nl,
                "De leverancier leverde te laat, waardoor de levering vertraagd is.",
                "leverancier leverde te laat, waardoor de levering vertraagd",
            ),
        ] {
            assert_eq!(
                losses(language, reply),
                [("empathy.blame".to_string(), quote.to_string())],
                "{reply}"
            );
        }
        for (language, reply) in [
            // What the brand did about it.
            (
                Language::En,
                "The courier left it at the wrong door, which is why I've sent a replacement today.",
            ),
            (
                Language::Fr,
                "Le transporteur a eu une panne, c'est pourquoi nous vous renvoyons un colis aujourd'hui.",
            ),
            (
                Language::Nl,
                "Onze monteur vond een tweede storing, daarom hebben we het hele apparaat vervangen.",
            ),
            // A partner's fix and what it brings.
            (
                Language::En,
                "Our engineer replaced the pipe this morning, which is why you have water again.",
            ),
            (
                Language::Fr,
                "Le technicien a remplacé la pièce ce matin, c'est pourquoi tout refonctionne.",
            ),
            (
                Language::Nl,
                "De monteur heeft de leiding vervangen, waardoor je weer water hebt.",
            ),
            // An apology in the same sentence, or the brand owning it.
            (
                Language::En,
                "I'm so sorry, our warehouse was short-staffed, which is why your order was late.",
            ),
            (
                Language::Nl,
                "De bezorger had een achterstand, waardoor je pakket te laat was, en dat ligt bij ons.",
            ),
        ] {
            assert_eq!(losses(language, reply), Vec::new(), "{reply}");
        }
    }

    /// A cause guessed and put on a partner ("the courier probably left it with a
    /// neighbour") is blame, in each language and with the guess before or after the
    /// partner; a guess about what the partner will do is not, nor one about what the
    /// brand will ask of them.
    #[test]
    fn a_cause_guessed_and_put_on_a_partner_is_blame() {
        let rules = |language: Language, reply: &str| -> Vec<String> {
            losses(language, reply)
                .into_iter()
                .map(|(rule, _)| rule)
                .collect()
        };
        for (language, reply) in [
            (
                Language::En,
                "It looks like the courier probably left it with a neighbour.",
            ),
            (Language::En, "Most likely the courier left it outside."),
            (
                Language::Fr,
                "Le livreur a sans doute déposé le colis chez un voisin.",
            ),
            (
                Language::Nl,
                "Vermoedelijk heeft de bezorger het bij de buren afgegeven.",
            ),
            (
                Language::Nl,
                "De bezorger heeft het waarschijnlijk bij de buren afgegeven.",
            ),
        ] {
            assert_eq!(rules(language, reply), ["empathy.blame"], "{reply}");
        }
        // Quoted to the end of what the guess says, not where it starts.
        let reply = "It looks like the courier probably left it with a neighbour.";
        let result = verdict(Language::En, FLIGHT_EN, reply);
        let quotes: Vec<&str> = result
            .evidence
            .iter()
            .filter(|e| e.rule == "empathy.blame")
            .map(|e| e.quote.as_str())
            .collect();
        assert_eq!(quotes, ["courier probably left it with a neighbour"]);
        for (language, reply) in [
            (Language::En, "The engineer will probably call you at 9."),
            (Language::En, "We'll probably ask the courier to call you."),
            (
                Language::Fr,
                "Le technicien passera sans doute demain matin.",
            ),
            (Language::Nl, "De monteur komt waarschijnlijk morgen langs."),
        ] {
            assert_eq!(rules(language, reply), Vec::<String>::new(), "{reply}");
        }
    }

    /// Mockery put as praise or an apology costs points, and its warm words earn nothing
    /// ("Sorry our pillows didn't meet your royal standards"); the same warm words in a
    /// sentence of their own still count.
    #[test]
    fn the_warm_words_of_a_mocking_sentence_earn_nothing() {
        for (language, reply) in [
            (
                Language::En,
                "Congratulations, you've discovered that airports get busy in summer.",
            ),
            (
                Language::En,
                "Sorry our seats didn't meet your royal standards.",
            ),
            (
                Language::Fr,
                "Félicitations, vous avez découvert que les aéroports sont pleins en été.",
            ),
            (
                Language::Nl,
                "Gefeliciteerd, u heeft ontdekt dat vliegvelden in de zomer druk zijn.",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                fires(&result, "empathy.sarcasm"),
                "{reply}: {:?}",
                result.evidence
            );
            assert!(
                result.evidence.iter().all(|e| e.points <= 0),
                "{reply}: {:?}",
                result.evidence
            );
            assert_eq!(result.epitome.emotional_reactions, 0, "{reply}");
        }
        fires_in_each(
            "empathy.emotion_strong",
            &[
                (
                    Language::En,
                    "Congratulations on the wedding, and I'm so sorry about the flight.",
                ),
                (
                    Language::Fr,
                    "Félicitations pour le mariage, et je suis vraiment désolée pour ce vol.",
                ),
            ],
        );
    }

    /// Each kind of loss, in everyday words as careless brand accounts write them, costs
    /// points in each language (a probe of such replies found most of these unpenalised).
    #[test]
    fn everyday_wordings_of_each_loss_cost_points() {
        for (language, reply, rule) in [
            (
                Language::En,
                "It was up to you to keep an eye on the screens.",
                "empathy.blame",
            ),
            (
                Language::En,
                "A cold shower never hurt anyone!",
                "empathy.minimising",
            ),
            (
                Language::En,
                "Please keep your tone civil so that we can help.",
                "empathy.calm_down",
            ),
            (
                Language::En,
                "Sure, because we cancel flights for the fun of it.",
                "empathy.sarcasm",
            ),
            (
                Language::En,
                "You're exaggerating, the crew followed procedure.",
                "empathy.dismissive",
            ),
            (
                Language::En,
                "Our staff would never speak to a customer like that.",
                "empathy.defensive",
            ),
            (
                Language::En,
                "The fare is non-refundable, so my hands are tied.",
                "empathy.policy_hiding",
            ),
            (
                Language::En,
                "Sorry you feel the delay was too long.",
                "empathy.non_apology",
            ),
            (
                Language::En,
                "Customer satisfaction is at the heart of everything we do.",
                "empathy.boilerplate",
            ),
            (
                Language::En,
                "Could've been worse, at least there was a later flight.",
                "empathy.minimising",
            ),
            (
                Language::Fr,
                "C'était à vous de surveiller les écrans.",
                "empathy.blame",
            ),
            (
                Language::Fr,
                "Un peu de retard, ce n'est pas dramatique.",
                "empathy.minimising",
            ),
            (
                Language::Fr,
                "Détendez-vous, on va vous trouver une place.",
                "empathy.calm_down",
            ),
            (
                Language::Fr,
                "Un vol annulé en hiver, quelle surprise !",
                "empathy.sarcasm",
            ),
            (
                Language::Fr,
                "Il n'y a pas de quoi en faire une histoire.",
                "empathy.dismissive",
            ),
            (
                Language::Fr,
                "Nous n'avons rien à nous reprocher.",
                "empathy.defensive",
            ),
            (
                Language::Fr,
                "Le billet n'est pas remboursable, j'ai les mains liées.",
                "empathy.policy_hiding",
            ),
            (
                Language::Fr,
                "Désolé que vous trouviez le délai trop long.",
                "empathy.non_apology",
            ),
            (
                Language::Fr,
                "Nous vous remercions de votre fidélité.",
                "empathy.boilerplate",
            ),
            (
                Language::Nl,
                "Het was aan u om de schermen in de gaten te houden.",
                "empathy.blame",
            ),
            (
                Language::Nl,
                "Een beetje vertraging is toch geen ramp.",
                "empathy.minimising",
            ),
            (
                Language::Nl,
                "Maakt u zich niet zo druk, we zoeken een plek voor u.",
                "empathy.calm_down",
            ),
            (
                Language::Nl,
                "Een geannuleerde vlucht in de winter, wie had dat gedacht.",
                "empathy.sarcasm",
            ),
            (
                Language::Nl,
                "Daar valt niet over te praten.",
                "empathy.dismissive",
            ),
            (
                Language::Nl,
                "Ons valt niets te verwijten.",
                "empathy.defensive",
            ),
            (
                Language::Nl,
                "Het ticket is niet terugbetaalbaar, mijn handen zijn gebonden.",
                "empathy.policy_hiding",
            ),
            (
                Language::Nl,
                "Sorry dat u vindt dat het te lang duurde.",
                "empathy.non_apology",
            ),
            (
                Language::Nl,
                "Uw tevredenheid staat bij ons voorop.",
                "empathy.boilerplate",
            ),
        ] {
            let result = verdict(language, flight(language), reply);
            assert!(
                result
                    .evidence
                    .iter()
                    .any(|e| e.rule == rule && e.points < 0),
                "{reply}: {:?}",
                result.evidence
            );
        }
    }

    /// Asking after someone their message names (their daughter, by name or as "she") is a
    /// specific question about their situation, in each language, opener or not; "how
    /// are you?" stays generic, and "she" or "him" asks after no one of theirs when their
    /// message names no one, or when it is not what the question is about.
    #[test]
    fn asking_after_someone_of_theirs_is_a_specific_exploration() {
        const ILL_EN: &str = "My daughter Noor had an allergic reaction to the cake you delivered, we spent the night in A&E.";
        const ILL_FR: &str = "Ma fille Noor a fait une réaction allergique au gâteau livré, on a passé la nuit aux urgences.";
        const ILL_NL: &str = "Mijn dochter Noor kreeg een allergische reactie op de taart, we hebben de nacht op de spoedeisende hulp doorgebracht.";
        let level = |language, customer, reply| {
            let result = verdict(language, customer, reply);
            (result.epitome.explorations, result.evidence)
        };
        for (language, customer, reply) in [
            (
                Language::En,
                ILL_EN,
                "I'm so sorry. How is she doing this morning?",
            ),
            (
                Language::En,
                ILL_EN,
                "I'm so sorry. How are you and your daughter doing?",
            ),
            (Language::En, ILL_EN, "I'm so sorry. How is Noor now?"),
            (
                Language::Fr,
                ILL_FR,
                "Je suis vraiment désolée. Comment va-t-elle ce matin ?",
            ),
            (
                Language::Fr,
                ILL_FR,
                "Je suis vraiment désolée. Comment va Noor ?",
            ),
            (
                Language::Nl,
                ILL_NL,
                "Wat erg. Hoe gaat het vanmorgen met haar?",
            ),
            (Language::Nl, ILL_NL, "Wat erg. Hoe gaat het nu met Noor?"),
            (
                Language::Nl,
                ILL_NL,
                "Wat erg. Hoe gaat het nu met je dochter?",
            ),
        ] {
            let (explorations, evidence) = level(language, customer, reply);
            assert_eq!(explorations, 2, "{reply}: {evidence:?}");
        }
        for (language, customer, reply) in [
            // "How are you?" in any words.
            (Language::Nl, ILL_NL, "Wat erg. Hoe gaat het met je?"),
            (Language::En, ILL_EN, "I'm so sorry. How are you?"),
            // Their message names no one of their life: whose "she"?
            (
                Language::En,
                "My parcel never arrived and nobody answers the phone.",
                "How is she doing?",
            ),
            (
                Language::Nl,
                "Mijn pakket is nooit aangekomen.",
                "Hoe gaat het met haar?",
            ),
            // Not what the question is about; a "friend" who is the reader.
            (Language::En, ILL_EN, "Is it hard to be cool like him?"),
            (
                Language::En,
                "My friend says you never refund anyone.",
                "What's up friend?",
            ),
        ] {
            let (explorations, evidence) = level(language, customer, reply);
            assert!(explorations < 2, "{reply}: {evidence:?}");
        }
    }

    #[test]
    fn advice_and_opinions_in_the_first_person_are_not_a_shared_experience() {
        // "My advice", "in my opinion", "unless I'm wrong": the writer's view of their case,
        // not something the writer lived through. (Each of these scored as a shared
        // experience before the phrases were listed.)
        holds_for_each(
            &[
                (
                    Language::En,
                    "My advice: stop waiting at the gate before it's too late. In my opinion that is the only way to get a seat tonight.",
                ),
                (
                    Language::En,
                    "Unless I'm wrong, the crew ran out of hours. My guess is the next flight leaves at nine.",
                ),
                (
                    Language::Fr,
                    "Mon conseil : n'attendez plus à la porte avant qu'il ne soit trop tard. À mon avis c'est la seule façon d'avoir une place ce soir.",
                ),
                (
                    Language::Nl,
                    "Mijn advies: wacht niet langer bij de gate voordat het te laat is. Naar mijn mening is dat de enige manier om vanavond een plek te krijgen.",
                ),
            ],
            |result| !fires(result, "empathy.shared_experience"),
        );
        // An experience told beside an opinion still is one.
        let shared = verdict(
            Language::En,
            FLIGHT_EN,
            "In my opinion they handled it badly. I missed my own brother's wedding after a cancelled flight, and I still think about it.",
        );
        assert!(
            fires(&shared, "empathy.shared_experience"),
            "{:?}",
            shared.evidence
        );
    }

    #[test]
    fn polite_forms_are_not_empathy() {
        for (language, customer, reply) in [
            (
                Language::Fr,
                FLIGHT_FR,
                "Merci de remplir le formulaire en ligne.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Je vous envoie le lien du formulaire.",
            ),
            (
                Language::Fr,
                FLIGHT_FR,
                "Nous vous prions de nous excuser pour la gêne occasionnée.",
            ),
        ] {
            let result = verdict(language, customer, reply);
            assert_eq!(result.epitome.emotional_reactions, 0, "{reply}");
            assert!(!fires(&result, "empathy.thanks"), "{reply}");
        }
    }

    #[test]
    fn acting_on_their_situation_shows_understanding() {
        let result = verdict(
            Language::En,
            "I land after midnight and there is no bus from the airport.",
            "Since you land after midnight, I'm sending you a taxi voucher for the airport.",
        );
        assert_eq!(result.epitome.interpretations, 2, "{:?}", result.evidence);
    }

    #[test]
    fn score_is_the_clamped_sum_of_evidence_points() {
        let result = verdict(
            Language::En,
            FLIGHT_EN,
            "Sam, I'm so sorry. That must be awful. Are you still at the gate? I'll call you within 10 minutes.",
        );
        let sum: i32 = result.evidence.iter().map(|e| e.points).sum();
        assert_eq!(i32::from(result.score), sum.clamp(0, 100));
    }
}
