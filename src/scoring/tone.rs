//! Tone: whether a reply speaks in the brand's voice, as the scenario's `Tone` sets it:
//! emoji, chat speak, the form of address, a form letter's greeting, exclamation marks in
//! bad news, and the sign-off. The words it looks for are the lexicon's (`ToneWords`), so a
//! trainer extends them per language without touching code.
//!
//! A reply starts with 100 points for the voice and loses some for each slip, each slip
//! with its quoted span (or, for a missing signature, the rule it breaks). What the reply
//! quotes ("your agent said « t'as qu'à prendre la voiture »") is not its own voice.

use std::borrow::Cow;

use super::JudgeInput;
use super::judge::{Part, fill};
use super::lexicon::{Lexicon, ToneWords};
use super::text;
use super::verdict::{Dimension, Evidence, Span};
use crate::scenario::model::{EmojiUse, EmpathyNeed, Formality, SignOff};

/// An emoji where the brand never uses them.
const EMOJI_NEVER: i32 = -40;
/// More emoji than "sparing" allows.
const EMOJI_TOO_MANY: i32 = -20;
/// An emoji to someone upset, or in the first reply to a complaint, where emoji are sparing.
const EMOJI_TOO_SOON: i32 = -25;
/// Chat speak in a brand that is not casual.
const SLANG: i32 = -25;
/// "tu" or "je" where the brand addresses customers formally.
const INFORMAL_ADDRESS: i32 = -30;
/// "u" throughout where the brand says "je".
const FORMAL_ADDRESS: i32 = -20;
/// "je" and "u" in one reply.
const MIXED_ADDRESS: i32 = -20;
/// "Dear customer".
const IMPERSONAL_GREETING: i32 = -25;
/// An exclamation mark to someone upset.
const EXCLAMATION_IN_BAD_NEWS: i32 = -15;
/// "!!", "?!".
const EXCLAMATION_RUN: i32 = -10;
/// A passive that hides who caused the problem ("your flight has been cancelled").
const PASSIVE_DISTANCING: i32 = -10;
/// No signature where the brand signs every reply.
const UNSIGNED: i32 = -20;
/// A signature, but not the brand's kind ("- Julie" where replies end "^JM").
const SIGNED_OTHER_WAY: i32 = -10;

/// Below this, a reply does not sound like the brand at all: at most fair (`judge::grade`).
pub const OUT_OF_VOICE: u8 = 50;

/// The brand's voice in a reply. `None` when the action sends no reply.
pub fn tone(lexicon: &Lexicon, input: &JudgeInput<'_>) -> Part {
    if !input.action.takes_reply() {
        return Part::default();
    }
    let reply = input.reply;
    let scenario = input.scenario;
    let voice = &scenario.brand.tone;
    let lists = &lexicon.tone;
    let brand = scenario.brand.name.as_str();
    let message = |key: &str, pairs: &[(&str, &str)]| -> Cow<'static, str> {
        let mut all = vec![("brand", brand)];
        all.extend_from_slice(pairs);
        fill(lexicon.template(key), &all).into()
    };
    let mut ev = vec![Evidence::new(
        reply,
        Dimension::Tone,
        "tone.voice",
        100,
        None,
        message("tone_voice", &[]),
        None,
    )];
    let mut lose =
        |rule: &'static str, points: i32, span: Option<Span>, key: &str, pairs: &[(&str, &str)]| {
            ev.push(Evidence::new(
                reply,
                Dimension::Tone,
                rule,
                points,
                span,
                message(key, pairs),
                Some(message(&format!("{key}_better"), pairs)),
            ));
        };

    let quotes = quoted(reply);
    let own = |span: &Span| {
        !quotes
            .iter()
            .any(|q| q.start <= span.start && span.end <= q.end)
    };
    let emoji: Vec<Span> = emoji(reply).into_iter().filter(own).collect();
    let upset = input.turn.expect.empathy == EmpathyNeed::High;
    match voice.emoji {
        EmojiUse::Never => {
            if let Some(first) = emoji.first() {
                lose(
                    "tone.emoji_never",
                    EMOJI_NEVER,
                    Some(*first),
                    "tone_emoji_never",
                    &[],
                );
            }
        }
        EmojiUse::Sparing => {
            let first_reply = input.turn.id == scenario.start;
            if let (Some(first), true) = (emoji.first(), upset || first_reply) {
                lose(
                    "tone.emoji_too_soon",
                    EMOJI_TOO_SOON,
                    Some(*first),
                    "tone_emoji_too_soon",
                    &[],
                );
            } else if emoji.len() > 1 {
                let count = emoji.len().to_string();
                lose(
                    "tone.emoji_too_many",
                    EMOJI_TOO_MANY,
                    Some(emoji[1]),
                    "tone_emoji_too_many",
                    &[("count", &count)],
                );
            }
        }
        EmojiUse::Welcome => {}
    }

    let folded: Vec<(Span, String)> = words(reply).collect();
    let find = |entries: &[String]| -> Vec<Span> {
        listed(reply, &folded, entries)
            .into_iter()
            .filter(own)
            .collect()
    };
    if voice.formality != Formality::Casual {
        let slang = find(&lists.slang);
        if let Some(first) = slang.first() {
            let quoted = quote_all(reply, &slang);
            lose(
                "tone.slang",
                SLANG,
                Some(*first),
                "tone_slang",
                &[("words", &quoted)],
            );
        }
    }

    let informal = find(&lists.informal_address);
    let formal = find(&lists.formal_address);
    if !informal.is_empty() && !formal.is_empty() {
        // The form used less is the slip.
        let odd = if informal.len() < formal.len() {
            &informal
        } else {
            &formal
        };
        let quoted = quote_all(reply, odd);
        lose(
            "tone.mixed_address",
            MIXED_ADDRESS,
            Some(odd[0]),
            "tone_mixed_address",
            &[("words", &quoted)],
        );
    } else if voice.formality == Formality::Formal && !informal.is_empty() {
        let quoted = quote_all(reply, &informal);
        lose(
            "tone.informal_address",
            INFORMAL_ADDRESS,
            Some(informal[0]),
            "tone_informal_address",
            &[("words", &quoted)],
        );
    } else if voice.formality != Formality::Formal
        && lists.familiar_when_friendly
        && !formal.is_empty()
    {
        let quoted = quote_all(reply, &formal);
        lose(
            "tone.formal_address",
            FORMAL_ADDRESS,
            Some(formal[0]),
            "tone_formal_address",
            &[("words", &quoted)],
        );
    }

    if let Some(span) = greeting(reply, &folded, &lists.impersonal_greetings) {
        let quoted = &reply[span.start..span.end];
        lose(
            "tone.impersonal_greeting",
            IMPERSONAL_GREETING,
            Some(span),
            "tone_impersonal_greeting",
            &[("words", quoted)],
        );
    }

    if voice.formality != Formality::Casual {
        let bang = reply.match_indices('!').map(|(at, _)| at).find(|&at| {
            own(&Span {
                start: at,
                end: at + 1,
            })
        });
        let run = exclamation_runs(reply).find(|run| own(run));
        if let (true, Some(at)) = (upset, bang) {
            lose(
                "tone.exclamation_in_bad_news",
                EXCLAMATION_IN_BAD_NEWS,
                Some(sentence_to(reply, at)),
                "tone_exclamation_in_bad_news",
                &[],
            );
        } else if let Some(run) = run {
            let span = sentence_to(reply, run.start);
            let quoted = &reply[span.start..span.end];
            lose(
                "tone.exclamation_run",
                EXCLAMATION_RUN,
                Some(span),
                "tone_exclamation_run",
                &[("words", quoted)],
            );
        }
    }

    // "Your flight has been cancelled", "mistakes were made": the brand did it (HEARD's
    // apology owns it). "... cancelled by us" says who.
    let distancing = find(&lists.distancing).into_iter().find(|span| {
        let after = folded.partition_point(|(w, _)| w.start < span.end);
        !lists
            .by_us
            .iter()
            .any(|agent| entry_at(reply, &folded, after, agent).is_some())
    });
    if let Some(span) = distancing {
        let quoted = &reply[span.start..span.end];
        lose(
            "tone.passive_distancing",
            PASSIVE_DISTANCING,
            Some(span),
            "tone_passive_distancing",
            &[("words", quoted)],
        );
    }

    let expected_sign = match &voice.sign_off {
        SignOff::None => None,
        SignOff::Initials => Some(lexicon.template("tone_sign_initials").to_string()),
        SignOff::FirstName => Some(lexicon.template("tone_sign_first_name").to_string()),
        SignOff::Team(team) => Some(fill(lexicon.template("tone_sign_team"), &[("team", team)])),
    };
    if let Some(sign) = expected_sign {
        let brand_words: Vec<String> = words(&format!("{brand} {}", scenario.brand.handle))
            .map(|(_, w)| w)
            .collect();
        // The people a reply may thank by name at its end: the customer (whichever
        // identity the run picked) and the onlookers who speak. Words of the brand's own
        // name ("Voltaro Watch") say nothing about who is meant.
        let mut people = vec![input.customer_name, scenario.customer.name.as_str()];
        people.extend(scenario.customer.alternates.iter().map(|a| a.name.as_str()));
        people.extend(scenario.onlookers.personas.iter().map(|p| p.name.as_str()));
        let addressed: Vec<String> = people
            .iter()
            .flat_map(|name| words(name).map(|(_, w)| w))
            .filter(|w| !brand_words.contains(w))
            .collect();
        let signature = find_signature(reply, lists, &addressed, &brand_words);
        let fits = signature.as_ref().is_some_and(|s| match &voice.sign_off {
            SignOff::None => true,
            SignOff::Initials => s.is_initials(),
            SignOff::FirstName => s.is_first_name(&brand_words),
            SignOff::Team(team) => s.is_team(team),
        });
        match (fits, signature) {
            (true, _) => {}
            (false, Some(s)) => {
                let quoted = reply[s.span.start..s.span.end].to_string();
                lose(
                    "tone.signed_other_way",
                    SIGNED_OTHER_WAY,
                    Some(s.span),
                    "tone_signed_other_way",
                    &[("words", &quoted), ("sign", &sign)],
                );
            }
            (false, None) => lose(
                "tone.unsigned",
                UNSIGNED,
                None,
                "tone_unsigned",
                &[("sign", &sign)],
            ),
        }
    }

    let total: i32 = ev.iter().map(|e| e.points).sum();
    Part {
        score: Some(total.clamp(0, 100) as u8),
        evidence: ev,
    }
}

/// The words of `text`, runs of letters and digits, each with its span and folded
/// (lower-cased, without accents): "Cher client," gives "cher" and "client".
pub fn words(text: &str) -> impl Iterator<Item = (Span, String)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.next_if(|(_, c)| !c.is_alphanumeric()).is_some() {}
        let &(start, _) = chars.peek()?;
        let mut end = start;
        while let Some((at, c)) = chars.next_if(|(_, c)| c.is_alphanumeric()) {
            end = at + c.len_utf8();
        }
        Some((Span { start, end }, text::fold(&text[start..end])))
    })
}

/// Whether `text` may hold a quotation (`quoted`): a quotation mark, or a single quote
/// that may open one. A fast test before the slower reading.
pub(super) fn may_quote(text: &str) -> bool {
    text.contains(['"', '“', '„', '«', '‘'])
        || text.starts_with('\'')
        || [" '", "('", "['", ":'"]
            .iter()
            .any(|open| text.contains(open))
}

/// What the reply quotes: between « », “ ”, „ ”/“, straight double quotes, and single
/// quotes that open after a space and close before one ('Wij helpen u zo spoedig
/// mogelijk'), not the apostrophes inside words ("t'as", "we're").
pub(super) fn quoted(reply: &str) -> Vec<Span> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = reply.char_indices().collect();
    let mut open: Option<(usize, char)> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(i + 1).map(|&(_, n)| n);
        match open {
            None => {
                let opens_single = matches!(c, '\'' | '‘')
                    && before.is_none_or(|b| b.is_whitespace() || "([:".contains(b))
                    && after.is_some_and(|a| !a.is_whitespace());
                if matches!(c, '«' | '“' | '„' | '"') || opens_single {
                    open = Some((at, c));
                }
            }
            Some((start, opener)) => {
                let closes = match opener {
                    '«' => c == '»',
                    '“' | '„' => matches!(c, '”' | '“'),
                    '"' => c == '"',
                    _ => {
                        matches!(c, '\'' | '’')
                            && after.is_none_or(|a| !a.is_alphanumeric())
                            && before.is_some_and(|b| !b.is_whitespace())
                    }
                };
                if closes {
                    found.push(Span {
                        start,
                        end: at + c.len_utf8(),
                    });
                    open = None;
                }
            }
        }
    }
    found
}

/// Where the lexicon's `entries` (folded words joined by a space; a closing apostrophe
/// for an elided word) stand in the reply, in order. A word joined to another by a hyphen
/// ("U-turn", "ma-vr"), a code ("B4" for a desk) and a unit after a number ("17 u") are
/// not what the list means.
fn listed(reply: &str, folded: &[(Span, String)], entries: &[String]) -> Vec<Span> {
    let mut found = Vec::new();
    for at in 0..folded.len() {
        let raw = &reply[folded[at].0.start..folded[at].0.end];
        let hyphened = reply[..folded[at].0.start].ends_with(['-', '‑'])
            || reply[folded[at].0.end..].starts_with(['-', '‑']);
        let code = raw.chars().any(|c| c.is_ascii_digit()) && raw.chars().any(char::is_uppercase);
        let after_number = at > 0
            && folded[at - 1].1.chars().all(|c| c.is_ascii_digit())
            && reply[folded[at - 1].0.end..folded[at].0.start]
                .trim()
                .is_empty();
        if hyphened || code {
            continue;
        }
        // A letter after a number is a unit ("17 u"), unless an entry of several words
        // goes on from it ("IC 4731 a été supprimé").
        let unit = after_number && raw.chars().count() == 1;
        if let Some(span) = entries
            .iter()
            .filter(|e| !unit || e.contains(' '))
            .find_map(|e| entry_at(reply, folded, at, e))
        {
            found.push(span);
        }
    }
    found
}

/// The span of `entry` when it starts at word `at`; an elided entry ("t'") quotes the word
/// it leans on too ("t'as").
fn entry_at(reply: &str, folded: &[(Span, String)], at: usize, entry: &str) -> Option<Span> {
    let (entry, elided) = match entry.strip_suffix('\'') {
        Some(word) => (word, true),
        None => (entry, false),
    };
    let mut end = at;
    for word in entry.split(' ') {
        if folded.get(end)?.1 != word {
            return None;
        }
        end += 1;
    }
    let mut span = Span {
        start: folded[at].0.start,
        end: folded[end - 1].0.end,
    };
    if elided {
        if !reply[span.end..].starts_with(['\'', '’']) {
            return None;
        }
        if let Some((next, _)) = folded.get(end) {
            span.end = next.end;
        }
    }
    Some(span)
}

/// The quoted words, each once, in the order they first appear: `pls, thx`.
fn quote_all(reply: &str, spans: &[Span]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for span in spans {
        let word = &reply[span.start..span.end];
        if !seen.iter().any(|s| s.to_lowercase() == word.to_lowercase()) {
            seen.push(word);
        }
    }
    seen.join(", ")
}

/// A form letter's greeting at the start of the reply, after any @handles it opens with,
/// perhaps after a "hello".
fn greeting(reply: &str, folded: &[(Span, String)], entries: &[String]) -> Option<Span> {
    let mut start = 0;
    for token in reply.split_whitespace() {
        if !token.starts_with('@') {
            break;
        }
        start = reply[start..]
            .find(token)
            .map_or(start, |i| start + i + token.len());
    }
    let first = folded.iter().position(|(span, _)| span.start >= start)?;
    (first..(first + 2).min(folded.len()))
        .find_map(|at| entries.iter().find_map(|e| entry_at(reply, folded, at, e)))
}

/// What joins or modifies an emoji into one picture: the zero-width joiner, the emoji
/// presentation selector, skin tones.
fn is_emoji_part(c: char) -> bool {
    matches!(c as u32, 0x200D | 0xFE0F | 0x1F3FB..=0x1F3FF)
}

/// Text emoticons, written alone between spaces.
const EMOTICONS: [&str; 22] = [
    ":)", ":-)", ":))", ":-))", ";)", ";-)", ";))", ":D", ":-D", ":(", ":-(", ":P", ":p", ":-P",
    ";P", "<3", ":')", "xD", "XD", "^^", "^_^", ":-*",
];

/// The emoji of a reply, one span per picture ("👍🏽", "👨‍👩‍👧" and a flag are one each),
/// text emoticons ("😊" written ":)") included, in order.
pub fn emoji(reply: &str) -> Vec<Span> {
    let mut found = Vec::new();
    let mut chars = reply.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !text::is_pictograph(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        let flag_half = (0x1F1E6..=0x1F1FF).contains(&(c as u32));
        if flag_half
            && let Some((at, next)) =
                chars.next_if(|(_, n)| (0x1F1E6..=0x1F1FF).contains(&(*n as u32)))
        {
            end = at + next.len_utf8();
        }
        while let Some((at, part)) = chars.next_if(|(_, n)| is_emoji_part(*n)) {
            end = at + part.len_utf8();
            if part == '\u{200D}'
                && let Some((at, next)) = chars.next_if(|(_, n)| text::is_pictograph(*n))
            {
                end = at + next.len_utf8();
            }
        }
        found.push(Span { start, end });
    }
    let chunks: Vec<(usize, &str)> = reply
        .split_whitespace()
        .map(|chunk| (chunk.as_ptr() as usize - reply.as_ptr() as usize, chunk))
        .collect();
    for &(start, chunk) in &chunks {
        let bare = chunk.trim_end_matches(['.', ',', '!', '?']);
        // "lands <3 h after" is a sum (`text::is_heart`).
        let sum = bare == "<3" && !text::is_heart(reply, start + 2);
        if EMOTICONS.contains(&bare) && !sum {
            found.push(Span {
                start,
                end: start + bare.len(),
            });
        }
    }
    found.sort_by_key(|s| s.start);
    found
}

/// Runs of exclamation marks, or of one with a question mark: "!!", "?!", "!?", and
/// French typography's "? !" with a space.
fn exclamation_runs(reply: &str) -> impl Iterator<Item = Span> + '_ {
    let marks: Vec<(usize, char)> = reply
        .char_indices()
        .filter(|(_, c)| matches!(c, '!' | '?'))
        .collect();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i + 1 < marks.len() {
            let first = i;
            let mut last = i;
            while last + 1 < marks.len() {
                let (at, c) = marks[last];
                let gap = &reply[at + c.len_utf8()..marks[last + 1].0];
                if gap.chars().count() > 1 || !gap.chars().all(char::is_whitespace) {
                    break;
                }
                last += 1;
            }
            i = last + 1;
            let has_bang = marks[first..=last].iter().any(|(_, c)| *c == '!');
            if last > first && has_bang {
                return Some(Span {
                    start: marks[first].0,
                    end: marks[last].0 + 1,
                });
            }
        }
        None
    })
}

/// The sentence that ends with the punctuation at `at`, that punctuation (and any marks
/// right after it) included.
fn sentence_to(reply: &str, at: usize) -> Span {
    let start = reply[..at]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    let start = start + (reply[start..at].len() - reply[start..at].trim_start().len());
    let mut end = at;
    for (i, c) in reply[at..].char_indices() {
        if matches!(c, '!' | '?') {
            end = at + i + 1;
        } else if !(c.is_whitespace() && i < 2) {
            break;
        }
    }
    Span { start, end }
}

/// A signature at the end of a reply: "^JM", "- Julie", "Groetjes, Joris", "JM (Aerolis)"
/// on the last line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Where it stands, with its caret, dash or closing words.
    pub span: Span,
    /// The name as written: "JM", "Julie", "Team Voltaro" (what follows it, "(Aerolis)",
    /// "@ Harlow & Finch", ", Aerolis", is in `full`).
    pub name: String,
    /// Everything after the caret, dash or closing words.
    pub full: String,
    /// Written after a caret, the usual mark of initials ("^jm" is initials too).
    pub after_caret: bool,
}

impl Signature {
    /// One to four capital letters, perhaps with full stops ("JM", "J.M."), or any letters
    /// after a caret.
    pub fn is_initials(&self) -> bool {
        let letters: Vec<char> = self
            .name
            .chars()
            .filter(|c| !matches!(c, '.' | ' '))
            .collect();
        (1..=4).contains(&letters.len())
            && letters.iter().all(|c| c.is_alphabetic())
            && (self.after_caret || letters.iter().all(|c| c.is_uppercase()))
    }

    /// A person's first name, perhaps with an initial ("Julie", "inès", "Julie M."), not
    /// the brand's name or a team.
    pub fn is_first_name(&self, brand_words: &[String]) -> bool {
        let name_words: Vec<&str> = self.name.split_whitespace().collect();
        let Some(first) = name_words.first() else {
            return false;
        };
        let folded = text::fold(first.trim_end_matches('.'));
        first.chars().any(char::is_lowercase)
            && first
                .chars()
                .all(|c| c.is_alphabetic() || "-'’.".contains(c))
            && !words(&self.name).any(|(_, w)| brand_words.contains(&w))
            && !brand_words.contains(&folded)
            && !["team", "the", "equipe", "l"].contains(&folded.as_str())
            && name_words.len() <= 2
            && name_words[1..]
                .iter()
                .all(|w| w.trim_end_matches('.').chars().count() == 1)
    }

    /// Signed by `team` alone: all of its words in the name, in any order ("Team Voltaro",
    /// "The Voltaro team", "Voltaro Team"); "Jeroen @ Team Voltaro" puts a person's name
    /// where the brand keeps its people out of sight.
    pub fn is_team(&self, team: &str) -> bool {
        let signed: Vec<String> = words(&self.name).map(|(_, w)| w).collect();
        let mut team_words = words(team).map(|(_, w)| w).peekable();
        team_words.peek().is_some() && team_words.all(|w| signed.contains(&w))
    }
}

/// The end of the text a signature may close: without trailing white space or emoji, and
/// without a postscript on the last lines ("PS: the rates page is ...").
fn signature_end(reply: &str) -> usize {
    let mut end = reply.len();
    loop {
        let trimmed = reply[..end].trim_end();
        end = trimmed.len();
        if let Some(c) = trimmed.chars().next_back()
            && (text::is_pictograph(c) || is_emoji_part(c))
        {
            end -= c.len_utf8();
            continue;
        }
        let line = trimmed.rfind('\n').map(|i| i + 1);
        if let Some(line) = line {
            let folded = text::fold(trimmed[line..].trim_start());
            if folded.starts_with("ps") || folded.starts_with("p.s") {
                end = line;
                continue;
            }
        }
        return end;
    }
}

/// Whether `text` is a name as a signature writes it alone: one to three words, each
/// starting with a capital letter, of letters, full stops, hyphens and apostrophes.
fn is_name(text: &str) -> bool {
    let name_words: Vec<&str> = text.split_whitespace().collect();
    (1..=5).contains(&name_words.len())
        && text.chars().count() <= 40
        && name_words.iter().all(|w| {
            *w == "&"
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// What a signature says after its mark, cut into the name and what follows it: "Inès from
/// Harlow & Finch" gives "Inès"; "JM (Aerolis)", "JM @ Aerolis", "JM, Aerolis", "Team
/// Voltaro | social media desk" give "JM", "JM", "JM", "Team Voltaro". `None` when it is
/// no signature: too long, a question, or a sentence.
fn signed_name<'t>(text: &'t str, brand_words: &[String]) -> Option<&'t str> {
    let text = text.trim();
    let cut = text
        .find(['(', '@', '|', ',', '/', '–', '—', '\n'])
        .unwrap_or(text.len());
    let mut name = text[..cut].trim_end();
    for joiner in [" from ", " de ", " van ", " for ", " pour ", " bij "] {
        if let Some(at) = name.to_lowercase().find(joiner) {
            name = name[..at].trim_end();
        }
    }
    // A full stop after a word of more than one letter ends a sentence ("- in time for the
    // wedding.", "Madame."); after initials ("J.M.", "Claire L.") it does not.
    let sentence = text.ends_with('.')
        && text
            .split_whitespace()
            .last()
            .is_some_and(|w| w.split('.').any(|part| part.chars().count() > 1));
    let first_capital = name.chars().next().is_some_and(char::is_uppercase);
    let names_brand = words(text).any(|(_, w)| brand_words.contains(&w));
    let plausible = !name.is_empty()
        && !sentence
        && text.chars().count() <= 48
        && text.split_whitespace().count() <= 6
        && !text.contains('?')
        && !text.contains(". ")
        && name.split_whitespace().count() <= 5
        // "inès" alone, capitalised words ("The Voltaro team") or the brand's name ("le
        // service client Lumerail"), not "in time".
        && (first_capital || name.split_whitespace().count() == 1 || names_brand)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || "&.-'’".contains(c));
    plausible.then_some(name)
}

/// The signature closing `reply`, if it has one: after a caret or a dash, after closing
/// words ("Kind regards,\nSam", "Cheers! Inès", "Gr. Joris"), alone on the last line, or a
/// name as the last sentence ("Would that work? Inès"). A name among `addressed` (the
/// customer's, an onlooker's) is them being thanked ("Thanks, Soph"), not a signature.
pub fn find_signature(
    reply: &str,
    lists: &ToneWords,
    addressed: &[String],
    brand_words: &[String],
) -> Option<Signature> {
    let end = signature_end(reply);
    let body = &reply[..end];
    let line = body.rfind('\n').map_or(0, |i| i + 1);
    let person = |name: &str| {
        let folded: Vec<String> = words(name).map(|(_, w)| w).collect();
        let Some(first) = folded.first() else {
            return false;
        };
        let is_addressed = addressed
            .iter()
            .any(|a| a == first || (first.chars().count() >= 3 && a.starts_with(first.as_str())));
        !is_addressed
            && !lists.titles.contains(first)
            && !lists.closings.contains(&folded.join(" "))
            && !lists.slang.contains(&folded.join(" "))
    };
    let signature = |start: usize, name: &str, full: &str, after_caret: bool| Signature {
        span: Span { start, end },
        name: name.to_string(),
        full: full.trim().to_string(),
        after_caret,
    };

    // A caret: "^JM", "^jm", "^JM, Aerolis".
    if let Some(at) = body.rfind('^')
        && end - at <= 60
    {
        let after = &body[at + 1..];
        let letters: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '.')
            .collect();
        if !letters.is_empty() && !after.contains('\n') {
            return Some(signature(at, &letters, after, true));
        }
    }
    // A dash or a tilde before it: "- Julie", "– Team Voltaro", "— Inès from Harlow &
    // Finch", "-inès", "~Sam".
    for (at, mark) in body.rmatch_indices(['-', '–', '—', '~']) {
        if end - at > 60 {
            break;
        }
        let before = body[..at].chars().next_back();
        let opens = before.is_none_or(|c| c.is_whitespace() || ".!?)".contains(c));
        let after = &body[at + mark.len()..];
        if opens
            && !after.contains('\n')
            && let Some(name) = signed_name(after, brand_words)
            && person(name)
        {
            return Some(signature(at, name, after, false));
        }
    }
    // Closing words that start a sentence or a line, then the name: "Groetjes, Joris",
    // "Kind regards,\nSam", "Cheers! Inès", "Gr. Joris", "groetjes joris".
    let folded: Vec<(Span, String)> = words(body).collect();
    let from = folded.len().saturating_sub(10);
    for at in from..folded.len() {
        let before = &body[..folded[at].0.start];
        let starts_sentence =
            before.trim_end().len() < before.len()
                && before[before.trim_end().len()..].contains('\n')
                || before.trim_end().chars().next_back().is_none_or(|c| {
                    ".!?:;)".contains(c) || text::is_pictograph(c) || is_emoji_part(c)
                });
        if !starts_sentence {
            continue;
        }
        for closing in &lists.closings {
            let Some(span) = entry_at(body, &folded, at, closing) else {
                continue;
            };
            let rest = &body[span.end..];
            let name_start = rest
                .find(|c: char| !(c.is_whitespace() || ",.!:-–".contains(c)))
                .map_or(end, |i| span.end + i);
            if name_start == end {
                continue;
            }
            let after = &body[name_start..];
            if let Some(name) = signed_name(after, brand_words)
                && person(name)
            {
                return Some(signature(span.start, name, after, false));
            }
        }
    }
    // Alone on the last line: "Joris", "JM (Aerolis)", "Inès @ Harlow & Finch", or on the
    // line above a line with only the brand's name ("Inès\nHarlow & Finch").
    if line > 0 {
        let last: Vec<String> = words(&body[line..]).map(|(_, w)| w).collect();
        let brand_line = !last.is_empty() && last.iter().all(|w| brand_words.contains(w));
        let line = match body[..line - 1].rfind('\n') {
            Some(above) if brand_line => above + 1,
            _ => line,
        };
        let after = &body[line..];
        if let Some(name) = signed_name(after, brand_words)
            && is_name(name)
            && person(name)
        {
            let start = line + (after.len() - after.trim_start().len());
            return Some(signature(start, name, after, false));
        }
    }
    // A name as the last sentence: "Would that work? Inès", "Pardon encore. CL".
    let sentence = body
        .trim_end_matches('.')
        .rfind(['.', '!', '?'])
        .map(|i| i + 1)?;
    let after = &body[sentence..];
    let name = signed_name(after, brand_words)?;
    (after.starts_with(char::is_whitespace) && is_name(name) && person(name)).then(|| {
        let start = sentence + (after.len() - after.trim_start().len());
        signature(start, name, after, false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| &text[s.start..s.end]).collect()
    }

    fn lists() -> ToneWords {
        let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        ToneWords {
            slang: list(&["thx", "u"]),
            closings: list(&[
                "kind regards",
                "groetjes",
                "gr",
                "thanks",
                "thx",
                "cheers",
                "bien a vous",
                "take care",
                "bonne soiree",
                "cordialement",
            ]),
            titles: list(&["madame", "sir"]),
            ..ToneWords::default()
        }
    }

    /// The signature's quoted text and name; Sarah Jones is the customer, Marieke an
    /// onlooker.
    fn signature(reply: &str) -> Option<(String, String)> {
        let addressed = ["sarah", "jones", "marieke"].map(String::from);
        let brand = ["harlow", "finch", "aerolis", "lumerail"].map(String::from);
        find_signature(reply, &lists(), &addressed, &brand)
            .map(|s| (reply[s.span.start..s.span.end].to_string(), s.name))
    }

    fn sig(quote: &str, name: &str) -> Option<(String, String)> {
        Some((quote.into(), name.into()))
    }

    #[test]
    fn one_emoji_is_one_picture_whatever_its_parts() {
        let text = "Thanks 👍🏽 and 👨‍👩‍👧 and 🇧🇪, ✈️ too ⏳‼️";
        assert_eq!(
            quotes(text, &emoji(text)),
            ["👍🏽", "👨‍👩‍👧", "🇧🇪", "✈️", "⏳", "‼️"]
        );
        assert_eq!(emoji("😊😊").len(), 2);
        // A plain tick is a text symbol.
        assert!(emoji("✓ booked").is_empty());
    }

    #[test]
    fn text_emoticons_count_only_standing_alone() {
        let text = "Sorted :) see you <3. Back in <3h, at 10:30 (really) :))";
        assert_eq!(quotes(text, &emoji(text)), [":)", "<3", ":))"]);
        assert!(emoji("No emoji here: times 7:10, 8:D-day, ratio 3:2.").is_empty());
        // "<3 h" is a sum of hours.
        assert!(emoji("it lands <3 h after the original").is_empty());
    }

    #[test]
    fn signatures_after_a_caret_or_a_dash() {
        assert_eq!(signature("We're on it. ^JM"), sig("^JM", "JM"));
        assert_eq!(signature("We're on it ^JM 🙏"), sig("^JM", "JM"));
        assert_eq!(signature("On it.\n^cl"), sig("^cl", "cl"));
        assert_eq!(
            signature("Your case is sent. ^JM, Aerolis"),
            sig("^JM, Aerolis", "JM")
        );
        assert_eq!(
            signature("Check your messages. - Inès"),
            sig("- Inès", "Inès")
        );
        assert_eq!(
            signature("Check your messages.\n- inès"),
            sig("- inès", "inès")
        );
        assert_eq!(
            signature("Sorted. — Inès from Harlow & Finch"),
            sig("— Inès from Harlow & Finch", "Inès")
        );
        assert_eq!(
            signature("Sorted. - Inès (she/her)"),
            sig("- Inès (she/her)", "Inès")
        );
        assert_eq!(
            signature("Facts first.\n– The Voltaro team"),
            sig("– The Voltaro team", "The Voltaro team")
        );
        assert_eq!(
            signature("Facts first.\n- Team Voltaro\nPS: the rates page has it all."),
            sig("- Team Voltaro", "Team Voltaro")
        );
    }

    #[test]
    fn signatures_after_closing_words() {
        assert_eq!(
            signature("Tot donderdag! Groetjes, Joris"),
            sig("Groetjes, Joris", "Joris")
        );
        assert_eq!(
            signature("Tot donderdag. Gr. Joris"),
            sig("Gr. Joris", "Joris")
        );
        assert_eq!(
            signature("Tot donderdag\ngroetjes joris"),
            sig("groetjes joris", "joris")
        );
        assert_eq!(
            signature("We'll call you tomorrow.\n\nKind regards,\nSam"),
            sig("Kind regards,\nSam", "Sam")
        );
        assert_eq!(
            signature("For your mum. Cheers! Inès"),
            sig("Cheers! Inès", "Inès")
        );
        assert_eq!(signature("Which one?\nThx, Inès"), sig("Thx, Inès", "Inès"));
        assert_eq!(
            signature("Pour hier soir. Bien à vous. Claire L."),
            sig("Bien à vous. Claire L.", "Claire L.")
        );
    }

    #[test]
    fn signatures_alone_on_the_last_line_or_as_the_last_sentence() {
        assert_eq!(
            signature("See you soon.\nJean-Marc"),
            sig("Jean-Marc", "Jean-Marc")
        );
        assert_eq!(
            signature("Booked.\nJM (Aerolis)"),
            sig("JM (Aerolis)", "JM")
        );
        assert_eq!(
            signature("Booked.\nInès @ Harlow & Finch"),
            sig("Inès @ Harlow & Finch", "Inès")
        );
        assert_eq!(
            signature("Facts.\nTeam Voltaro | social media desk"),
            sig("Team Voltaro | social media desk", "Team Voltaro")
        );
        assert_eq!(signature("Would that work? Inès"), sig("Inès", "Inès"));
        assert_eq!(
            signature("Pardon encore pour hier soir. CL"),
            sig("CL", "CL")
        );
    }

    #[test]
    fn signatures_that_name_the_brand() {
        assert_eq!(
            signature("Want me to go ahead?\n\nInès\nHarlow & Finch"),
            sig("Inès\nHarlow & Finch", "Inès")
        );
        assert_eq!(
            signature("Check your messages.\nHarlow & Finch Customer Care"),
            sig(
                "Harlow & Finch Customer Care",
                "Harlow & Finch Customer Care"
            )
        );
        assert_eq!(
            signature("Merci. Cordialement, le service client Lumerail"),
            sig(
                "Cordialement, le service client Lumerail",
                "le service client Lumerail"
            )
        );
    }

    #[test]
    fn closing_words_after_an_emoji_with_a_variation_selector() {
        assert_eq!(
            signature("Veel plezier Lotte 🚴\u{200d}♀\u{fe0f} Groetjes, Joris"),
            sig("Groetjes, Joris", "Joris")
        );
    }

    #[test]
    fn no_signature_in_a_sentence_a_number_or_a_name_addressed() {
        assert_eq!(
            signature("Your flight lands at 11:35 - in time for the wedding."),
            None
        );
        assert_eq!(
            signature("Your flight lands at 11:35 - In time for the wedding."),
            None
        );
        assert_eq!(signature("Call us on 0800-123"), None);
        assert_eq!(signature("We've booked AE 1432 - VL 318"), None);
        assert_eq!(signature("Which one do you want?\nSee you soon"), None);
        // Thanking the customer or an onlooker by name, even shortened, is not signing.
        assert_eq!(signature("All sorted. Thanks, Sarah"), None);
        assert_eq!(signature("Have fun at the wedding! Thanks, Sar"), None);
        assert_eq!(signature("No post needed. Take care, Marieke"), None);
        assert_eq!(signature("All sorted.\nSarah"), None);
        // A closing word or chat speak alone is not a name, nor is a title.
        assert_eq!(signature("All sorted.\nThanks"), None);
        assert_eq!(signature("Which one do you want?\nThx"), None);
        assert_eq!(signature("Bon voyage. Bonne soirée, Madame."), None);
        // "thanks" inside a sentence opens no signature.
        assert_eq!(signature("We send our thanks bob"), None);
    }

    #[test]
    fn kinds_of_signature() {
        let sig = |name: &str, full: &str, after_caret: bool| Signature {
            span: Span { start: 0, end: 0 },
            name: name.into(),
            full: full.into(),
            after_caret,
        };
        let brand = ["harlow".to_string(), "finch".to_string()];
        assert!(sig("JM", "JM", false).is_initials() && sig("J.M.", "J.M.", false).is_initials());
        assert!(sig("jm", "jm", true).is_initials() && !sig("jm", "jm", false).is_initials());
        assert!(!sig("Julie", "Julie", false).is_initials());
        assert!(sig("Julie", "Julie", false).is_first_name(&brand));
        assert!(sig("inès", "inès", false).is_first_name(&brand));
        assert!(sig("Julie M.", "Julie M.", false).is_first_name(&brand));
        assert!(!sig("JM", "JM", false).is_first_name(&brand));
        assert!(!sig("Harlow & Finch", "Harlow & Finch", false).is_first_name(&brand));
        assert!(!sig("The Harlow & Finch team", "", false).is_first_name(&brand));
        assert!(sig("Voltaro Team", "Voltaro Team", false).is_team("Team Voltaro"));
        assert!(sig("The Voltaro team", "The Voltaro team | desk", false).is_team("Team Voltaro"));
        assert!(!sig("Jeroen", "Jeroen @ Team Voltaro", false).is_team("Team Voltaro"));
        assert!(!sig("Voltaro", "Voltaro", false).is_team("Team Voltaro"));
    }

    #[test]
    fn listed_words_not_in_codes_compounds_or_units() {
        let entries = ["u".to_string(), "b4".to_string(), "vr".to_string()];
        let reply = "See u at desk B4, b4 noon; a U-turn; ma-vr; open till 17 u";
        let folded: Vec<_> = words(reply).collect();
        assert_eq!(
            quotes(reply, &listed(reply, &folded, &entries)),
            ["u", "b4"]
        );
    }

    #[test]
    fn an_elided_entry_counts_only_elided_and_quotes_its_word() {
        let entries = ["tu".to_string(), "t'".to_string()];
        let reply = "Je vais t'aider. Y a-t-il un souci ? Tu peux";
        let folded: Vec<_> = words(reply).collect();
        assert_eq!(
            quotes(reply, &listed(reply, &folded, &entries)),
            ["t'aider", "Tu"]
        );
    }

    #[test]
    fn what_a_reply_quotes_is_not_its_own_voice() {
        let reply =
            "L'agent a dit « t'as qu'à » et 'Wij helpen u zo' ou \"is this legal?!\", we're sure.";
        let spans = quoted(reply);
        assert_eq!(
            quotes(reply, &spans),
            ["« t'as qu'à »", "'Wij helpen u zo'", "\"is this legal?!\""]
        );
    }

    #[test]
    fn a_form_letter_greeting_at_the_start_only() {
        let entries = ["dear customer".to_string(), "madame monsieur".to_string()];
        let check = |reply: &str| {
            let folded: Vec<_> = words(reply).collect();
            greeting(reply, &folded, &entries).map(|s| reply[s.start..s.end].to_string())
        };
        assert_eq!(
            check("Hello dear Customer, thanks"),
            Some("dear Customer".into())
        );
        assert_eq!(
            check("@marieke_b Dear customer, thanks"),
            Some("Dear customer".into())
        );
        assert!(check("Bonjour Madame, Monsieur, nous").is_some());
        assert_eq!(check("Thanks Sarah. Every dear customer matters"), None);
    }

    #[test]
    fn exclamation_runs_and_the_sentence_they_end() {
        let reply = "We're sorry. That's great news!! See you";
        let run = exclamation_runs(reply).next().unwrap();
        let span = sentence_to(reply, run.start);
        assert_eq!(&reply[span.start..span.end], "That's great news!!");
        assert_eq!(
            exclamation_runs("Really?! No.").next(),
            Some(Span { start: 6, end: 8 })
        );
        assert!(exclamation_runs("Vraiment ? ! Non.").next().is_some());
        assert!(exclamation_runs("One! Two? Three. Four??").next().is_none());
    }
}
