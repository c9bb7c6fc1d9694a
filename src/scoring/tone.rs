//! Tone: whether a reply speaks in the brand's voice, as the scenario's `Tone` sets it:
//! emoji, chat speak, the form of address, a form letter's greeting, exclamation marks in
//! bad news, and the sign-off. The words it looks for are the lexicon's (`ToneWords`), so a
//! trainer extends them per language without touching code.
//!
//! A reply starts with 100 points for the voice and loses some for each slip, each slip
//! with its quoted span (or, for a missing signature, the rule it breaks).

use std::borrow::Cow;

use super::JudgeInput;
use super::judge::{Part, fill};
use super::lexicon::Lexicon;
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
/// "je" and "u" in one reply.
const MIXED_ADDRESS: i32 = -20;
/// "Dear customer".
const IMPERSONAL_GREETING: i32 = -25;
/// An exclamation mark to someone upset.
const EXCLAMATION_IN_BAD_NEWS: i32 = -15;
/// "!!", "?!".
const EXCLAMATION_RUN: i32 = -10;
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
    let voice = &input.scenario.brand.tone;
    let lists = &lexicon.tone;
    let brand = input.scenario.brand.name.as_str();
    let message = |key: &str, pairs: &[(&str, &str)]| -> Cow<'static, str> {
        let mut all = vec![("brand", brand)];
        all.extend_from_slice(pairs);
        fill(&lexicon.message(key, ""), &all).into()
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

    let emoji = emoji(reply);
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
            let first_reply = input.turn.id == input.scenario.start;
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
    if voice.formality != Formality::Casual {
        let slang = listed(reply, &folded, &lists.slang);
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

    let informal = listed(reply, &folded, &lists.informal_address);
    let formal = listed(reply, &folded, &lists.formal_address);
    if voice.formality == Formality::Formal && !informal.is_empty() {
        let quoted = quote_all(reply, &informal);
        lose(
            "tone.informal_address",
            INFORMAL_ADDRESS,
            Some(informal[0]),
            "tone_informal_address",
            &[("words", &quoted)],
        );
    } else if !informal.is_empty() && !formal.is_empty() {
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
        if let (true, Some(at)) = (upset, reply.find('!')) {
            lose(
                "tone.exclamation_in_bad_news",
                EXCLAMATION_IN_BAD_NEWS,
                Some(sentence_to(reply, at)),
                "tone_exclamation_in_bad_news",
                &[],
            );
        } else if let Some(at) = exclamation_run(reply) {
            let span = sentence_to(reply, at);
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

    let expected_sign = match &voice.sign_off {
        SignOff::None => None,
        SignOff::Initials => Some(lexicon.message("tone_sign_initials", "").into_owned()),
        SignOff::FirstName => Some(lexicon.message("tone_sign_first_name", "").into_owned()),
        SignOff::Team(team) => Some(fill(
            &lexicon.message("tone_sign_team", ""),
            &[("team", team)],
        )),
    };
    if let Some(sign) = expected_sign {
        let signature = find_signature(reply, &lists.closings, input.customer_name);
        let fits = match (&voice.sign_off, &signature) {
            (SignOff::Team(team), _) => signed_by_team(reply, signature.as_ref(), team),
            (_, None) => false,
            (SignOff::Initials, Some(s)) => s.is_initials(),
            (_, Some(s)) => s.is_first_name() && text::fold(&s.name) != text::fold(brand),
        };
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

/// Where the lexicon's `entries` (folded words joined by a space; a closing apostrophe
/// for an elided word) stand in the reply, in order.
fn listed(reply: &str, folded: &[(Span, String)], entries: &[String]) -> Vec<Span> {
    let mut found = Vec::new();
    for (at, _) in folded.iter().enumerate() {
        for entry in entries {
            if let Some(span) = entry_at(reply, folded, at, entry) {
                found.push(span);
                break;
            }
        }
    }
    found
}

/// The span of `entry` when it starts at word `at`.
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
    let span = Span {
        start: folded[at].0.start,
        end: folded[end - 1].0.end,
    };
    if elided && !reply[span.end..].starts_with(['\'', '’']) {
        return None;
    }
    Some(span)
}

/// The quoted words, each once, in the order they first appear: `"pls", "thx"`.
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

/// A form letter's greeting at the start of the reply, perhaps after a "hello".
fn greeting(reply: &str, folded: &[(Span, String)], entries: &[String]) -> Option<Span> {
    (0..2.min(folded.len()))
        .find_map(|at| entries.iter().find_map(|e| entry_at(reply, folded, at, e)))
}

/// Whether a character is an emoji or pictograph, or a flag's half.
fn is_emoji(c: char) -> bool {
    let cp = c as u32;
    (0x1F000..=0x1FAFF).contains(&cp)
        || (0x2600..=0x27BF).contains(&cp)
        || matches!(cp, 0x2B50 | 0x2B55 | 0x2764)
}

/// What joins or modifies an emoji into one picture: the zero-width joiner, the emoji
/// presentation selector, skin tones.
fn is_emoji_part(c: char) -> bool {
    matches!(c as u32, 0x200D | 0xFE0F | 0x1F3FB..=0x1F3FF)
}

/// Text emoticons, written alone between spaces.
const EMOTICONS: [&str; 18] = [
    ":)", ":-)", ";)", ";-)", ":D", ":-D", ":(", ":-(", ":P", ":p", ":-P", ";P", "<3", ":')", "xD",
    "XD", "^^", "^_^",
];

/// The emoji of a reply, one span per picture ("👍🏽", "👨‍👩‍👧" and a flag are one each),
/// text emoticons ("😊" written ":)") included, in order.
pub fn emoji(reply: &str) -> Vec<Span> {
    let mut found = Vec::new();
    let mut chars = reply.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_emoji(c) {
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
                && let Some((at, next)) = chars.next_if(|(_, n)| is_emoji(*n))
            {
                end = at + next.len_utf8();
            }
        }
        found.push(Span { start, end });
    }
    let mut at = 0;
    for chunk in reply.split(|c: char| c.is_whitespace()) {
        let start = at;
        at += chunk.len()
            + reply[at + chunk.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let bare = chunk.trim_end_matches(['.', ',', '!', '?']);
        if EMOTICONS.contains(&bare) {
            found.push(Span {
                start,
                end: start + bare.len(),
            });
        }
    }
    found.sort_by_key(|s| s.start);
    found
}

/// Where a run of exclamation marks (or "?!") starts: "!!", "?!", "!?".
fn exclamation_run(reply: &str) -> Option<usize> {
    let bytes = reply.as_bytes();
    (0..bytes.len().saturating_sub(1)).find(|&i| {
        matches!(
            (bytes[i], bytes[i + 1]),
            (b'!', b'!') | (b'?', b'!') | (b'!', b'?')
        )
    })
}

/// The sentence that ends with the punctuation at `at`, that punctuation included.
fn sentence_to(reply: &str, at: usize) -> Span {
    let start = reply[..at]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    let start = start + (reply[start..at].len() - reply[start..at].trim_start().len());
    let run = reply[at..]
        .find(|c: char| !matches!(c, '!' | '?'))
        .unwrap_or(reply.len() - at);
    Span {
        start,
        end: at + run,
    }
}

/// A signature at the end of a reply: "^JM", "- Julie", "Groetjes, Joris", or a name
/// alone on the last line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Where it stands, with its caret, dash or closing words.
    pub span: Span,
    /// The name as written: "JM", "Julie", "Team Voltaro".
    pub name: String,
}

impl Signature {
    /// One to four capital letters, perhaps with full stops: "JM", "J.M.".
    pub fn is_initials(&self) -> bool {
        let letters: Vec<char> = self
            .name
            .chars()
            .filter(|c| !matches!(c, '.' | ' '))
            .collect();
        (1..=4).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
    }

    /// A first name, perhaps with an initial: "Julie", "Inès", "Julie M.".
    pub fn is_first_name(&self) -> bool {
        let words: Vec<&str> = self.name.split_whitespace().collect();
        let first_is_name = words
            .first()
            .is_some_and(|w| w.chars().filter(|c| c.is_lowercase()).count() >= 1);
        let rest_is_initial = words[1..]
            .iter()
            .all(|w| w.trim_end_matches('.').chars().count() == 1);
        first_is_name && words.len() <= 2 && rest_is_initial
    }
}

/// The end of the text a signature may close: without trailing white space, emoji or a
/// final full stop after a name.
fn signature_end(reply: &str) -> usize {
    let mut end = reply.len();
    loop {
        let trimmed = reply[..end].trim_end();
        end = trimmed.len();
        match trimmed.chars().next_back() {
            Some(c) if is_emoji(c) || is_emoji_part(c) => end -= c.len_utf8(),
            _ => return end,
        }
    }
}

/// Whether `text` is a name: one to three words, each starting with a capital letter,
/// of letters, full stops, hyphens and apostrophes only.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && text.chars().count() <= 32
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// The signature closing `reply`, if it has one. A name that is the customer's is them
/// being addressed ("Thanks, Sarah"), not a signature.
pub fn find_signature(reply: &str, closings: &[String], customer_name: &str) -> Option<Signature> {
    let end = signature_end(reply);
    let body = &reply[..end];
    let customer: Vec<String> = words(customer_name).map(|(_, w)| w).collect();
    let usable = |name: &str| {
        is_name(name)
            && !words(name).any(|(_, w)| customer.contains(&w))
            && !closings.contains(&words(name).map(|(_, w)| w).collect::<Vec<_>>().join(" "))
    };
    let signature = |start: usize, name: &str| Signature {
        span: Span { start, end },
        name: name.to_string(),
    };
    // A caret or a dash before the name: "^JM", "- Julie", "– Team Voltaro", "~Sam".
    for (at, mark) in body.rmatch_indices(['^', '-', '–', '—', '~', '/']) {
        if end - at > 48 {
            break;
        }
        let before = body[..at].chars().next_back();
        let opens = mark == "^" || before.is_none_or(|c| c.is_whitespace() || ".!?)".contains(c));
        let name = body[at + mark.len()..].trim();
        if opens && usable(name) {
            return Some(signature(at, name));
        }
    }
    // Closing words before the name: "Groetjes, Joris", "Kind regards,\nSam".
    let folded: Vec<(Span, String)> = words(body).collect();
    for name_words in 1..=3.min(folded.len()) {
        let first = folded.len() - name_words;
        let name = body[folded[first].0.start..].trim();
        if !usable(name) {
            continue;
        }
        for closing in closings {
            let length = closing.split(' ').count();
            let Some(opens) = first.checked_sub(length) else {
                continue;
            };
            let Some(span) = entry_at(body, &folded, opens, closing) else {
                continue;
            };
            let between = &body[span.end..folded[first].0.start];
            let before = body[..span.start].trim_end().chars().next_back();
            let starts_sentence = before.is_none_or(|c| ".!?:;)".contains(c) || is_emoji(c));
            if between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '-' | '–'))
                && starts_sentence
            {
                return Some(signature(span.start, name));
            }
        }
    }
    // A name alone on the last line.
    let line = body.rfind('\n').map(|i| i + 1)?;
    let name = body[line..].trim();
    usable(name).then(|| {
        signature(
            line + (body[line..].len() - body[line..].trim_start().len()),
            name,
        )
    })
}

/// Whether the reply is signed by the team: its name in the signature, or in the last line.
fn signed_by_team(reply: &str, signature: Option<&Signature>, team: &str) -> bool {
    let team = text::fold(team);
    let end = signature_end(reply);
    let line = reply[..end].rfind('\n').map_or(0, |i| i + 1);
    let tail_start = line.max(end.saturating_sub(team.len() + 8));
    let tail_start = (tail_start..=end)
        .find(|&i| reply.is_char_boundary(i))
        .unwrap_or(end);
    signature.is_some_and(|s| text::fold(&s.name).contains(&team))
        || text::fold(&reply[tail_start..end]).contains(&team)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| &text[s.start..s.end]).collect()
    }

    fn closings() -> Vec<String> {
        ["kind regards", "groetjes", "gr", "thanks", "bien a vous"]
            .map(String::from)
            .to_vec()
    }

    fn signature(reply: &str) -> Option<(String, String)> {
        find_signature(reply, &closings(), "Sarah Jones")
            .map(|s| (reply[s.span.start..s.span.end].to_string(), s.name))
    }

    #[test]
    fn one_emoji_is_one_picture_whatever_its_parts() {
        let text = "Thanks 👍🏽 and 👨‍👩‍👧 and 🇧🇪, ✈️ too";
        assert_eq!(quotes(text, &emoji(text)), ["👍🏽", "👨‍👩‍👧", "🇧🇪", "✈️"]);
        assert_eq!(emoji("😊😊").len(), 2);
    }

    #[test]
    fn text_emoticons_count_only_standing_alone() {
        let text = "Sorted :) see you <3. Back in <3h, at 10:30 (really)";
        assert_eq!(quotes(text, &emoji(text)), [":)", "<3"]);
        assert!(emoji("No emoji here: times 7:10, 8:D-day, ratio 3:2.").is_empty());
    }

    #[test]
    fn signatures_after_a_caret_a_dash_a_closing_or_alone_on_the_last_line() {
        assert_eq!(
            signature("We're on it. ^JM"),
            Some(("^JM".into(), "JM".into()))
        );
        assert_eq!(
            signature("We're on it ^JM 🙏"),
            Some(("^JM".into(), "JM".into()))
        );
        assert_eq!(
            signature("Check your messages. - Inès"),
            Some(("- Inès".into(), "Inès".into()))
        );
        assert_eq!(
            signature("Tot donderdag! Groetjes, Joris"),
            Some(("Groetjes, Joris".into(), "Joris".into()))
        );
        assert_eq!(
            signature("Tot donderdag. Gr Joris"),
            Some(("Gr Joris".into(), "Joris".into()))
        );
        assert_eq!(
            signature("We'll call you tomorrow.\n\nKind regards,\nSam"),
            Some(("Kind regards,\nSam".into(), "Sam".into()))
        );
        assert_eq!(
            signature("Facts first.\n– Team Voltaro"),
            Some(("– Team Voltaro".into(), "Team Voltaro".into()))
        );
        assert_eq!(
            signature("See you soon.\nJean-Marc"),
            Some(("Jean-Marc".into(), "Jean-Marc".into()))
        );
    }

    #[test]
    fn no_signature_in_a_sentence_a_number_or_the_customers_name() {
        assert_eq!(
            signature("Your flight lands at 11:35 - in time for the wedding."),
            None
        );
        assert_eq!(signature("Call us on 0800-123"), None);
        assert_eq!(signature("We've booked AE 1432 - VL 318"), None);
        // Thanking the customer by name is not signing.
        assert_eq!(signature("All sorted. Thanks, Sarah"), None);
        assert_eq!(signature("All sorted.\nSarah"), None);
        // A closing word alone is not a name.
        assert_eq!(signature("All sorted.\nThanks"), None);
        // "thanks" inside a sentence opens no signature.
        assert_eq!(signature("We send our thanks Bob"), None);
    }

    #[test]
    fn initials_and_first_names() {
        let sig = |name: &str| Signature {
            span: Span { start: 0, end: 0 },
            name: name.into(),
        };
        assert!(sig("JM").is_initials() && sig("J.M.").is_initials());
        assert!(!sig("Julie").is_initials() && !sig("Team Voltaro").is_initials());
        assert!(sig("Julie").is_first_name() && sig("Julie M.").is_first_name());
        assert!(!sig("JM").is_first_name() && !sig("Team Voltaro").is_first_name());
    }

    #[test]
    fn an_elided_entry_counts_only_elided() {
        let entries = ["tu".to_string(), "t'".to_string()];
        let reply = "Je vais t'aider. Y a-t-il un souci ? Tu peux";
        let folded: Vec<_> = words(reply).collect();
        assert_eq!(
            quotes(reply, &listed(reply, &folded, &entries)),
            ["t", "Tu"]
        );
    }

    #[test]
    fn a_form_letter_greeting_at_the_start_only() {
        let entries = ["dear customer".to_string(), "madame monsieur".to_string()];
        let reply = "Hello dear Customer, thanks";
        let folded: Vec<_> = words(reply).collect();
        assert_eq!(
            greeting(reply, &folded, &entries).map(|s| &reply[s.start..s.end]),
            Some("dear Customer")
        );
        let reply = "Bonjour Madame, Monsieur, nous";
        let folded: Vec<_> = words(reply).collect();
        assert!(greeting(reply, &folded, &entries).is_some());
        let reply = "Thanks Sarah. Every dear customer matters";
        let folded: Vec<_> = words(reply).collect();
        assert_eq!(greeting(reply, &folded, &entries), None);
    }

    #[test]
    fn exclamation_runs_and_the_sentence_they_end() {
        let reply = "We're sorry. That's great news!! See you";
        let at = exclamation_run(reply).unwrap();
        let span = sentence_to(reply, at);
        assert_eq!(&reply[span.start..span.end], "That's great news!!");
        assert_eq!(exclamation_run("Really?! No."), Some(6));
        assert_eq!(exclamation_run("One! Two? Three."), None);
    }
}
