//! Finding checkable values in a reply: clock times ("7:10", "07h10", "7.10 am" are the
//! same time), sums of money, codes (flight or order numbers), e-mail addresses and phone
//! numbers. All positions are byte spans on char boundaries of the text searched.

use super::verdict::Span;

/// A clock time found in a text, as minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundTime {
    pub span: Span,
    pub minutes: u32,
}

/// A sum of money, in cents, with its ISO currency when one was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundAmount {
    pub span: Span,
    pub cents: u64,
    pub currency: Option<&'static str>,
}

/// Parses "HH:MM" (24-hour form, as scenario markers are written) into minutes.
pub fn parse_marker_time(marker: &str) -> Option<u32> {
    let (h, m) = marker.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn digits_at(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// Whether a number starts at `at`: a digit with no digit before it.
fn starts_number(bytes: &[u8], at: usize) -> bool {
    bytes[at].is_ascii_digit() && (at == 0 || !bytes[at - 1].is_ascii_digit())
}

/// Reads an "am"/"pm" suffix ("am", "a.m.", " PM") starting at `at`; returns (is_pm, end).
fn meridiem(text: &str, at: usize) -> Option<(bool, usize)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches(' ');
    let skipped = rest.len() - trimmed.len();
    let lower: String = trimmed
        .chars()
        .take(4)
        .collect::<String>()
        .to_ascii_lowercase();
    let (pm, len) = if lower.starts_with("a.m.") {
        (false, 4)
    } else if lower.starts_with("p.m.") {
        (true, 4)
    } else if lower.starts_with("am") {
        (false, 2)
    } else if lower.starts_with("pm") {
        (true, 2)
    } else {
        return part_of_day(trimmed).map(|(pm, len)| (pm, at + skipped + len));
    };
    let end = at + skipped + len;
    // "am" must not be the start of a word ("7 amazing").
    if text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some((pm, end))
}

/// Every clock time in `text`.
pub fn find_times(text: &str) -> Vec<FoundTime> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit()
            || (i > 0
                && (bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'.'
                    || bytes[i - 1] == b','
                    || bytes[i - 1] == b':'))
        {
            i += 1;
            continue;
        }
        let n = digits_at(bytes, i);
        if n > 2 {
            i += n;
            continue;
        }
        let hour: u32 = text[i..i + n].parse().unwrap_or(99);
        let after = i + n;
        let mut minute = None;
        let mut end = after;
        let mut separator = None;
        if after < bytes.len() && matches!(bytes[after], b':' | b'h' | b'H' | b'.' | b'u') {
            let m = digits_at(bytes, after + 1);
            if m == 2 && !bytes.get(after + 3).is_some_and(|b| b.is_ascii_digit()) {
                minute = text[after + 1..after + 3].parse::<u32>().ok();
                end = after + 3;
                separator = Some(bytes[after]);
            } else if matches!(bytes[after], b'h' | b'H')
                && !bytes
                    .get(after + 1)
                    .is_some_and(|b| b.is_ascii_alphanumeric())
            {
                // "19h": the French way of writing 19:00.
                minute = Some(0);
                end = after + 1;
                separator = Some(b'h');
            }
        }
        // "20 h 52", "0 h 19": French typography puts (no-break) spaces around the "h".
        // Only with minutes: "5 h de retard" is how long.
        if minute.is_none() {
            let before_h = after + spaces_at(text, after);
            // "20 heures 52": the word written out.
            let unit_len = match letters_at(text, before_h).0 {
                "heures" | "heure" | "Heures" | "Heure" => letters_at(text, before_h).1 - before_h,
                _ => 1,
            };
            if before_h > after && matches!(bytes.get(before_h), Some(b'h' | b'H')) {
                let digits_from = before_h + unit_len + spaces_at(text, before_h + unit_len);
                if digits_from > before_h + unit_len
                    && digits_at(bytes, digits_from) == 2
                    && !bytes
                        .get(digits_from + 2)
                        .is_some_and(|b| b.is_ascii_alphanumeric())
                {
                    minute = text[digits_from..digits_from + 2].parse::<u32>().ok();
                    end = digits_from + 2;
                    separator = Some(b'h');
                }
            }
        }
        let mer = meridiem(text, end);
        // "7.10" alone is more likely a price; it is a time with am/pm, with "uur" or
        // "h" after it ("13.00 uur") or a word of time before it ("from 8.00 to 13.00",
        // "van 13.00 tot 17.00", "om 9.30").
        let dotted_time = separator == Some(b'.')
            && (word_after_is(text, end, &["uur", "u", "h", "hrs", "heures"])
                || DOTTED_TIME_WORDS.contains(&word_before(text, i).to_lowercase().as_str()));
        let time = match (minute, mer, separator) {
            (Some(_), None, Some(b'.')) if !dotted_time => None,
            (Some(m), None, _) if hour < 24 && m < 60 => Some((hour * 60 + m, end)),
            (Some(m), Some((pm, e)), _) if (1..=12).contains(&hour) && m < 60 => {
                Some((twelve_hour(hour, pm) * 60 + m, e))
            }
            // "14:30 in the afternoon": the clock says it already.
            (Some(m), Some((_, e)), _) if (13..24).contains(&hour) && m < 60 => {
                Some((hour * 60 + m, e))
            }
            (None, Some((pm, e)), _) if (1..=12).contains(&hour) => {
                Some((twelve_hour(hour, pm) * 60, e))
            }
            _ => None,
        };
        // "dans 2h", "sous 1h30", "in 2h": how long, not when; so is "3 h 27 de trajet".
        let how_long = separator == Some(b'h')
            && mer.is_none()
            && (after_duration_word(text, i) || is_length_of(text, end));
        if let Some((minutes, e)) = time.filter(|_| !how_long) {
            found.push(FoundTime {
                span: Span { start: i, end: e },
                minutes,
            });
            i = e;
        } else {
            i = after;
        }
    }
    found
}

/// Words after a time that say which half of the day it is in ("1.05 in the afternoon",
/// "8 heures du soir", "7 uur 's avonds"): `true` for the afternoon and evening.
const PARTS_OF_DAY: [(&str, bool); 14] = [
    ("in the morning", false),
    ("in the afternoon", true),
    ("in the evening", true),
    ("at night", true),
    ("du matin", false),
    ("de l'après-midi", true),
    ("de l’après-midi", true),
    ("du soir", true),
    ("'s ochtends", false),
    ("'s morgens", false),
    ("'s middags", true),
    ("'s avonds", true),
    ("’s middags", true),
    ("’s avonds", true),
];

/// The part of the day `rest` starts with, if any: whether it is afternoon or evening,
/// and its length in bytes.
fn part_of_day(rest: &str) -> Option<(bool, usize)> {
    PARTS_OF_DAY.iter().find_map(|&(words, pm)| {
        let head = rest.get(..words.len())?;
        let ends_word = !rest[words.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        (head.eq_ignore_ascii_case(words) && ends_word).then_some((pm, words.len()))
    })
}

/// Words before "8.00" that make it a time of day rather than a sum: "from 8.00 to 13.00",
/// "van 13.00 tot 17.00", "om 9.30", "dès 8.30".
const DOTTED_TIME_WORDS: [&str; 16] = [
    "at", "from", "to", "until", "till", "between", "om", "van", "tot", "vanaf", "tussen", "a",
    "à", "de", "des", "dès",
];

/// Whether what follows a length written like a time says what it is the length of:
/// "3 h 27 de trajet", "2h de retard".
fn is_length_of(text: &str, at: usize) -> bool {
    let from = at + spaces_at(text, at);
    let (word, end) = letters_at(text, from);
    word.eq_ignore_ascii_case("de")
        && word_after_is(
            text,
            end,
            &["trajet", "voyage", "retard", "route", "attente", "queue"],
        )
}

/// Whether the word after `at` (past spaces) is one of `words`, case ignored.
fn word_after_is(text: &str, at: usize, words: &[&str]) -> bool {
    let from = at + spaces_at(text, at);
    let (word, _) = letters_at(text, from);
    !word.is_empty() && words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words after which "2h" or "1h30" is how long something takes, not a time of day:
/// "dans 2h", "sous 1h30", "en 2h", "pendant 2h", "in 2h", "within 2h", "binnen 2h",
/// "over 2h". After any other word ("à 14h", "avant 14h", "pour 19h") it is a time.
const DURATION_WORDS: [&str; 8] = [
    "dans", "sous", "en", "pendant", "in", "within", "binnen", "over",
];

/// Whether the word just before byte `at` of `text` is one of `DURATION_WORDS`.
fn after_duration_word(text: &str, at: usize) -> bool {
    let word = word_before(text, at);
    DURATION_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The word just before byte `at` of `text` (letters only; empty when there is none).
fn word_before(text: &str, at: usize) -> &str {
    let head = text[..at].trim_end();
    head.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or("", |(start, _)| &head[start..])
}

/// Words after which "a", "one", "un", "une" or "een" before a unit of time give a length
/// of time ("for a day", "more than an hour", "pendant un an", "voor een week"), on top
/// of `DURATION_WORDS`. Elsewhere the article is not a number: "un jour pareil" (a day
/// like this), "one day I will", "an apple a day".
const ARTICLE_LENGTH_WORDS: [&str; 10] = [
    "for", "after", "than", "least", "pour", "après", "apres", "voor", "na", "dan",
];

/// Whether an article at byte `at` of `text` ("a", "un", "een") gives a length of time:
/// after one of `DURATION_WORDS` or `ARTICLE_LENGTH_WORDS`, or after the elided "d'"
/// ("plus d'une heure", "garantie d'un an").
fn article_gives_length(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end();
    if head.ends_with("d'") || head.ends_with("d\u{2019}") || head.ends_with("D'") {
        return true;
    }
    let word = word_before(text, at);
    DURATION_WORDS
        .iter()
        .chain(ARTICLE_LENGTH_WORDS.iter())
        .any(|w| w.eq_ignore_ascii_case(word))
}

fn twelve_hour(hour: u32, pm: bool) -> u32 {
    match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

const CURRENCIES: [(&str, &str); 12] = [
    ("€", "EUR"),
    ("eur", "EUR"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("$", "USD"),
    ("usd", "USD"),
    ("dollars", "USD"),
    ("£", "GBP"),
    ("gbp", "GBP"),
    ("pounds", "GBP"),
    ("chf", "CHF"),
    ("francs", "CHF"),
];

fn currency_at(text: &str, at: usize, before: bool) -> Option<(&'static str, usize)> {
    if before {
        let head = text[..at].trim_end_matches(' ');
        for (sym, iso) in CURRENCIES {
            if head.len() >= sym.len() && head.is_char_boundary(head.len() - sym.len()) {
                let cand = &head[head.len() - sym.len()..];
                if cand.eq_ignore_ascii_case(sym) {
                    let start = head.len() - sym.len();
                    let ok = !text[..start]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        || !sym.chars().all(char::is_alphabetic);
                    if ok {
                        return Some((iso, start));
                    }
                }
            }
        }
        None
    } else {
        let rest = &text[at..];
        let tail = rest.trim_start_matches(' ');
        let skipped = rest.len() - tail.len();
        for (sym, iso) in CURRENCIES {
            if tail.len() >= sym.len()
                && tail.is_char_boundary(sym.len())
                && tail[..sym.len()].eq_ignore_ascii_case(sym)
            {
                let end = at + skipped + sym.len();
                if sym.chars().all(char::is_alphabetic)
                    && text[end..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                return Some((iso, end));
            }
        }
        None
    }
}

/// Every sum of money written with a currency in `text` ("€250", "250 euros", "250,00 €").
pub fn find_amounts(text: &str) -> Vec<FoundAmount> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !starts_number(bytes, i) {
            i += 1;
            continue;
        }
        // Whole part with optional thousands separators, then optional cents.
        let mut end = i;
        let mut whole = String::new();
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_digit() {
                whole.push(b as char);
                end += 1;
            } else if matches!(b, b' ' | b'.' | b',' | b'\'')
                && digits_at(bytes, end + 1) == 3
                && !bytes.get(end + 4).is_some_and(|c| c.is_ascii_digit())
                && (b != b' '
                    || currency_at(text, end + 4, false).is_some()
                    || bytes
                        .get(end + 4)
                        .is_some_and(|c| matches!(c, b' ' | b'.' | b',')))
            {
                whole.push_str(&text[end + 1..end + 4]);
                end += 4;
            } else {
                break;
            }
        }
        let mut cents = 0u64;
        if end < bytes.len()
            && matches!(bytes[end], b'.' | b',')
            && digits_at(bytes, end + 1) == 2
            && !bytes.get(end + 3).is_some_and(|c| c.is_ascii_digit())
        {
            cents = text[end + 1..end + 3].parse().unwrap_or(0);
            end += 3;
        }
        let value = whole
            .parse::<u64>()
            .ok()
            .map(|w| w.saturating_mul(100).saturating_add(cents));
        let currency = currency_at(text, end, false)
            .map(|(iso, e)| (iso, i, e))
            .or_else(|| currency_at(text, i, true).map(|(iso, s)| (iso, s, end)));
        if let (Some(value), Some((iso, start, stop))) = (value, currency) {
            found.push(FoundAmount {
                span: Span { start, end: stop },
                cents: value,
                currency: Some(iso),
            });
        }
        i = end.max(i + 1);
    }
    found
}

/// A calendar date found in a text: its day and month, and its year when one is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub span: Span,
    pub date: CalendarDate,
}

/// A day of the year, with the year when one is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDate {
    pub month: u8,
    pub day: u8,
    pub year: Option<u16>,
}

impl CalendarDate {
    /// A real day of a month (29 February is allowed: the year may be a leap year).
    fn new(day: u32, month: u32, year: Option<u32>) -> Option<CalendarDate> {
        const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let last = *DAYS.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
        let year = match year {
            Some(y) if (1900..=2199).contains(&y) => Some(y as u16),
            Some(_) => return None,
            None => None,
        };
        (1..=last).contains(&day).then_some(CalendarDate {
            month: month as u8,
            day: day as u8,
            year,
        })
    }

    /// Whether the two name the same day: day and month agree, and the years too when both
    /// are written ("20 March" is "20/03/2026").
    pub fn same_day(&self, other: &CalendarDate) -> bool {
        self.month == other.month
            && self.day == other.day
            && (self.year.is_none() || other.year.is_none() || self.year == other.year)
    }
}

/// Parses a scenario's date marker: "MM-DD" or "YYYY-MM-DD" (ISO order, so that no author
/// wonders whether 03-04 is March or April).
pub fn parse_marker_date(marker: &str) -> Option<CalendarDate> {
    let parts: Vec<&str> = marker.trim().split('-').collect();
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [month, day] => CalendarDate::new(number(day, 2)?, number(month, 2)?, None),
        [year, month, day] => {
            CalendarDate::new(number(day, 2)?, number(month, 2)?, Some(number(year, 4)?))
        }
        _ => None,
    }
}

/// Month names and their usual short forms in English, French and Dutch, folded (lower
/// case, no accents).
#[rustfmt::skip]
const MONTHS: [(&str, u8); 51] = [
    ("january", 1), ("jan", 1), ("janvier", 1), ("janv", 1), ("januari", 1),
    ("february", 2), ("feb", 2), ("fevrier", 2), ("fevr", 2), ("fev", 2), ("februari", 2),
    ("march", 3), ("mar", 3), ("mars", 3), ("maart", 3), ("mrt", 3),
    ("april", 4), ("apr", 4), ("avril", 4), ("avr", 4),
    ("may", 5), ("mai", 5), ("mei", 5),
    ("june", 6), ("jun", 6), ("juin", 6), ("juni", 6),
    ("july", 7), ("jul", 7), ("juillet", 7), ("juil", 7), ("juli", 7),
    ("august", 8), ("aug", 8), ("aout", 8), ("augustus", 8),
    ("september", 9), ("sep", 9), ("sept", 9), ("septembre", 9),
    ("october", 10), ("oct", 10), ("octobre", 10), ("oktober", 10), ("okt", 10),
    ("november", 11), ("nov", 11), ("novembre", 11),
    ("december", 12), ("dec", 12), ("decembre", 12),
];

/// Whether a normalised word names a month ("march", "mars", "mrt"): part of a date, not
/// a word that ties a sentence to one fact rather than another.
pub fn names_month(word: &str) -> bool {
    MONTHS.iter().any(|(name, _)| *name == word)
}

/// Ordinal endings a day may carry: "14th", "1er", "2e", "3de", "1ste".
const ORDINALS: [&str; 9] = ["st", "nd", "rd", "th", "er", "eme", "e", "de", "ste"];

/// The word starting at byte `at` (letters, accented ones too) and where it ends.
fn word_at(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = text.get(at..)?;
    let len: usize = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| (&rest[..len], at + len))
}

/// The month named by the word at `at` ("March", "mars", "mrt.", "Déc"), with where it
/// ends (after a full stop that closes a short form).
fn month_at(text: &str, at: usize) -> Option<(u8, usize)> {
    let (word, mut end) = word_at(text, at)?;
    let folded = super::text::fold(word);
    let month = MONTHS.iter().find(|(name, _)| *name == folded)?.1;
    if folded.len() <= 4 && text[end..].starts_with('.') {
        end += 1;
    }
    Some((month, end))
}

/// The spaces (no-break ones too) starting at `at`: where they end.
fn skip_spaces(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    at + rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len()
}

/// A number of one or two digits at `at`, not part of a longer one, with an ordinal ending
/// allowed after it: the day and where it ends.
fn day_at(text: &str, at: usize) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    if at >= bytes.len() || !starts_number(bytes, at) {
        return None;
    }
    let digits = digits_at(bytes, at);
    if digits > 2 {
        return None;
    }
    let mut end = at + digits;
    let day = text[at..end].parse().ok()?;
    if let Some((word, word_end)) = word_at(text, end)
        && ORDINALS.contains(&word.to_ascii_lowercase().as_str())
    {
        end = word_end;
    }
    // "2x", "5kg": a number that runs on into letters is no day.
    if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((day, end))
}

/// A year of four digits at `at` (after a space or a comma and a space), not followed by
/// a digit or a time (":" or "h" and digits): the year and where it ends.
fn year_at(text: &str, at: usize) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    let start = skip_spaces(text, text[at..].strip_prefix(',').map_or(at, |_| at + 1));
    if start == at || start >= bytes.len() || digits_at(bytes, start) != 4 {
        return None;
    }
    let year = text[start..start + 4].parse().ok()?;
    Some((year, start + 4))
}

/// Every date in `text` written with its month's name, day first or month first ("20
/// March", "20th of March 2026", "le 1er mars", "donderdag 20 maart", "March 20th, 2026"),
/// or in figures: day, month and year with "/", "-" or "." ("20/03/2026", "20-03-2026",
/// "20.03.2026"; month and day swapped when only that reads as a date, "03/20/2026"), day
/// and month alone only with "/" and a two-digit month ("20/03": "24/7" is a round-the-
/// clock service and "1/2" a half), or ISO ("2026-03-20"). Times ("20.30") and amounts are
/// never dates.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let date = if bytes[i].is_ascii_digit() {
            numeric_date(text, i).or_else(|| day_then_month(text, i))
        } else if i == 0
            || !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            month_then_day(text, i)
        } else {
            None
        };
        match date {
            Some((date, end)) => {
                found.push(FoundDate {
                    span: Span { start: i, end },
                    date,
                });
                i = end;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    found
}

/// "20/03/2026", "20-03-2026", "20.03.2026", "20/03", "2026-03-20" at `at`.
fn numeric_date(text: &str, at: usize) -> Option<(CalendarDate, usize)> {
    let bytes = text.as_bytes();
    if !starts_number(bytes, at) {
        return None;
    }
    let first = digits_at(bytes, at);
    let separator = *bytes.get(at + first)?;
    if !matches!(separator, b'/' | b'-' | b'.') {
        return None;
    }
    let second_at = at + first + 1;
    let second = digits_at(bytes, second_at.min(bytes.len()));
    if !(1..=2).contains(&second) {
        return None;
    }
    let number = |from: usize, len: usize| text[from..from + len].parse::<u32>().ok();
    let (a, b) = (number(at, first)?, number(second_at, second)?);
    let after_second = second_at + second;
    let third = (bytes.get(after_second) == Some(&separator))
        .then(|| digits_at(bytes, after_second + 1))
        .filter(|&len| len > 0);
    // The end must not run on into a longer number or another separator ("1.2.3.4").
    let ends_cleanly = |end: usize| {
        let runs_on = bytes.get(end).is_some_and(u8::is_ascii_digit)
            || bytes.get(end) == Some(&separator)
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        !runs_on
    };
    match (first, third) {
        // ISO: year, month, day.
        (4, Some(2)) if separator == b'-' => {
            let end = after_second + 3;
            let date = CalendarDate::new(number(after_second + 1, 2)?, b, Some(a))?;
            ends_cleanly(end).then_some((date, end))
        }
        (1..=2, Some(len @ (2 | 4))) => {
            let end = after_second + 1 + len;
            let year = number(after_second + 1, len)?;
            let year = if len == 2 { 2000 + year } else { year };
            let date = CalendarDate::new(a, b, Some(year))
                .or_else(|| CalendarDate::new(b, a, Some(year)))?;
            ends_cleanly(end).then_some((date, end))
        }
        (1..=2, None) if separator == b'/' && second == 2 => {
            let date = CalendarDate::new(a, b, None)?;
            ends_cleanly(after_second).then_some((date, after_second))
        }
        _ => None,
    }
}

/// "20 March", "20th of March 2026", "1er mars", "20 maart" at `at`.
fn day_then_month(text: &str, at: usize) -> Option<(CalendarDate, usize)> {
    let (day, day_end) = day_at(text, at)?;
    let mut month_start = skip_spaces(text, day_end);
    if month_start == day_end {
        return None;
    }
    if let Some((word, end)) = word_at(text, month_start)
        && word.eq_ignore_ascii_case("of")
    {
        month_start = skip_spaces(text, end);
    }
    let (month, end) = month_at(text, month_start)?;
    dated(text, day, month, end)
}

/// "March 20", "March 20th, 2026", "mrt. 20" at `at`.
fn month_then_day(text: &str, at: usize) -> Option<(CalendarDate, usize)> {
    let (month, month_end) = month_at(text, at)?;
    let day_start = skip_spaces(text, month_end);
    if day_start == month_end {
        return None;
    }
    let (day, end) = day_at(text, day_start)?;
    // "March 20:15" is no date, nor "March 20.5" or "March 20,50".
    if time_follows(text, end)
        || text[end..].starts_with(['.', ',']) && digits_at(text.as_bytes(), end + 1) > 0
    {
        return None;
    }
    dated(text, day, month, end)
}

/// The date of `day` and `month` whose words end at `end`, with the year written after
/// them if there is one ("20 March 2026", "March 20th, 2026"; four digits that a time goes
/// on from are an hour, "le 20 mars 1830h"), and where it all ends.
fn dated(text: &str, day: u32, month: u8, end: usize) -> Option<(CalendarDate, usize)> {
    let (year, end) = match year_at(text, end) {
        Some((year, year_end)) if !time_follows(text, year_end) => (Some(year), year_end),
        _ => (None, end),
    };
    Some((CalendarDate::new(day, u32::from(month), year)?, end))
}

/// Whether a clock time goes on at `at` (":15", "h30", "h"): then the number before it is
/// an hour, not a day or a year.
fn time_follows(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.starts_with(':') && rest[1..].starts_with(|c: char| c.is_ascii_digit())
        || rest.starts_with(['h', 'H']) && !rest[1..].starts_with(|c: char| c.is_alphabetic())
}

/// A percentage found in a text, in hundredths of a per cent ("17 %" is 1700).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FoundPercent {
    pub span: Span,
    pub hundredths: u64,
}

/// The words that say "per cent" after a number, lower case: English, French, Dutch.
const PERCENT_WORDS: [&str; 5] = ["percent", "per cent", "pour cent", "pourcent", "procent"];

/// Every percentage in `text`: a number ("17", "2.5", "2,5") followed by "%", with or
/// without a space (French typography puts a no-break space before it), or by a word for
/// "per cent" ("17 percent", "17 pour cent", "17 procent").
pub fn find_percents(text: &str) -> Vec<FoundPercent> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !starts_number(bytes, i) {
            i += 1;
            continue;
        }
        let mut end = i + digits_at(bytes, i);
        let whole: Option<u64> = text[i..end].parse().ok();
        // Up to two decimals after a point or a comma ("2.5", "2,75").
        let mut hundredths = 0;
        if end + 1 < bytes.len() && matches!(bytes[end], b'.' | b',') {
            let decimals = digits_at(bytes, end + 1);
            if (1..=2).contains(&decimals) {
                let digits = &text[end + 1..end + 1 + decimals];
                hundredths =
                    digits.parse::<u64>().unwrap_or(0) * if decimals == 1 { 10 } else { 1 };
                end += 1 + decimals;
            }
        }
        let number_end = end;
        // Spaces, including the no-break ones of French typography.
        let rest = &text[end..];
        let gap = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len();
        let after = &text[end + gap..];
        let sign_end = if after.starts_with('%') {
            Some(end + gap + 1)
        } else {
            PERCENT_WORDS.iter().find_map(|word| {
                let head = after.get(..word.len())?;
                let boundary = !after[word.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                (gap > 0 && head.eq_ignore_ascii_case(word) && boundary)
                    .then_some(end + gap + word.len())
            })
        };
        if let (Some(whole), Some(stop)) = (whole, sign_end) {
            found.push(FoundPercent {
                span: Span {
                    start: i,
                    end: stop,
                },
                hundredths: whole.saturating_mul(100).saturating_add(hundredths),
            });
            i = stop;
        } else {
            i = number_end.max(i + 1);
        }
    }
    found
}

/// A length of time: in minutes, and whether it counts working days only ("5 working
/// days" is not "5 days"). Months and years are twelfths of a 365-day year, so "24
/// months" is "2 years"; "48 hours" is "2 days".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub minutes: u64,
    pub working_days: bool,
}

/// A length of time found in a text ("within 30 minutes", "sous 72 h", "binnen twee
/// maanden").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundPeriod {
    pub span: Span,
    pub period: Period,
}

/// Units of time after a number, lower case and without accents (English, French,
/// Dutch), with their length in minutes and whether they count working days. Two-word
/// units are tried before one-word ones.
const PERIOD_UNITS: [(&str, u64, bool); 45] = [
    ("working days", 1440, true),
    ("working day", 1440, true),
    ("business days", 1440, true),
    ("business day", 1440, true),
    ("jours ouvres", 1440, true),
    ("jour ouvre", 1440, true),
    ("jours ouvrables", 1440, true),
    ("jour ouvrable", 1440, true),
    ("werkdagen", 1440, true),
    ("werkdag", 1440, true),
    ("minutes", 1, false),
    ("minute", 1, false),
    ("mins", 1, false),
    ("min", 1, false),
    ("minuten", 1, false),
    ("minuut", 1, false),
    ("hours", 60, false),
    ("hour", 60, false),
    ("hrs", 60, false),
    ("heures", 60, false),
    ("heure", 60, false),
    ("h", 60, false),
    ("uur", 60, false),
    ("uren", 60, false),
    ("days", 1440, false),
    ("day", 1440, false),
    ("jours", 1440, false),
    ("jour", 1440, false),
    ("dagen", 1440, false),
    ("dag", 1440, false),
    // A day and a night: "binnen een etmaal" is within 24 hours.
    ("etmalen", 1440, false),
    ("etmaal", 1440, false),
    ("weeks", 10080, false),
    ("week", 10080, false),
    ("semaines", 10080, false),
    ("semaine", 10080, false),
    ("weken", 10080, false),
    ("months", 43800, false),
    ("month", 43800, false),
    ("mois", 43800, false),
    ("maanden", 43800, false),
    ("maand", 43800, false),
    ("years", 525600, false),
    ("year", 525600, false),
    ("jaar", 525600, false),
];

/// French years, kept apart: "an" is also an English word, so it is a year only after
/// digits or a French number word ("1 an", "deux ans").
const FRENCH_YEARS: [&str; 4] = ["ans", "an", "annees", "annee"];

/// Numbers written as words, lower case and without accents, as durations use them ("an
/// hour", "deux ans", "twee maanden"), and whether the word is French. Tens combine with
/// units into compounds (`number_word_at`): "forty-eight", "quarante-huit", "soixante-douze",
/// "achtenveertig".
const NUMBER_WORDS: [(&str, u64, bool); 75] = [
    ("a", 1, false),
    ("an", 1, false),
    ("one", 1, false),
    ("two", 2, false),
    ("three", 3, false),
    ("four", 4, false),
    ("five", 5, false),
    ("six", 6, false),
    ("seven", 7, false),
    ("eight", 8, false),
    ("nine", 9, false),
    ("ten", 10, false),
    ("eleven", 11, false),
    ("twelve", 12, false),
    ("thirteen", 13, false),
    ("fourteen", 14, false),
    ("fifteen", 15, false),
    ("sixteen", 16, false),
    ("eighteen", 18, false),
    ("twenty", 20, false),
    ("thirty", 30, false),
    ("forty", 40, false),
    ("fifty", 50, false),
    ("sixty", 60, false),
    ("seventy", 70, false),
    ("eighty", 80, false),
    ("ninety", 90, false),
    ("un", 1, true),
    ("une", 1, true),
    ("deux", 2, true),
    ("trois", 3, true),
    ("quatre", 4, true),
    ("cinq", 5, true),
    ("six", 6, true),
    ("sept", 7, true),
    ("huit", 8, true),
    ("neuf", 9, true),
    ("dix", 10, true),
    ("onze", 11, true),
    ("douze", 12, true),
    ("treize", 13, true),
    ("quatorze", 14, true),
    ("quinze", 15, true),
    ("seize", 16, true),
    ("vingt", 20, true),
    ("vingts", 20, true),
    ("trente", 30, true),
    ("quarante", 40, true),
    ("cinquante", 50, true),
    ("soixante", 60, true),
    ("een", 1, false),
    ("twee", 2, false),
    ("drie", 3, false),
    ("vier", 4, false),
    ("vijf", 5, false),
    ("zes", 6, false),
    ("zeven", 7, false),
    ("acht", 8, false),
    ("negen", 9, false),
    ("tien", 10, false),
    ("elf", 11, false),
    ("twaalf", 12, false),
    ("dertien", 13, false),
    ("veertien", 14, false),
    ("vijftien", 15, false),
    ("zestien", 16, false),
    ("twintig", 20, false),
    ("dertig", 30, false),
    ("veertig", 40, false),
    ("vijftig", 50, false),
    ("zestig", 60, false),
    ("zeventig", 70, false),
    ("tachtig", 80, false),
    ("negentig", 90, false),
    ("honderd", 100, false),
];

/// For each first letter (a to z) and length (below 16), a bit per entry of `NUMBER_WORDS`
/// of that shape, so that a word is compared with those only (in their order), not with
/// the whole list: "a", "an", "one" and "un" pass any test of shape alone, and are among
/// the commonest words there are.
const NUMBER_WORD_SHAPES: [[u128; 16]; 26] = {
    // A bit per entry: a longer list needs a wider mask (a word not of a to z, or of 16
    // letters, fails to build).
    assert!(NUMBER_WORDS.len() <= 128);
    let mut shapes = [[0u128; 16]; 26];
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        let word = NUMBER_WORDS[k].0.as_bytes();
        shapes[(word[0] - b'a') as usize][word.len()] |= 1 << k;
        k += 1;
    }
    shapes
};

/// The value of one number word (`NUMBER_WORDS`, case ignored) and whether it is French;
/// `prefer_french` picks the French reading of a word both languages write ("six").
fn number_word(word: &str, prefer_french: bool) -> Option<(u64, bool)> {
    // Nearly every word of a reply is none: its first letter and length say so at once.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() || word.len() >= 16 {
        return None;
    }
    let mut shaped = NUMBER_WORD_SHAPES[usize::from(first - b'a')][word.len()];
    let mut found = std::iter::from_fn(|| {
        let k = (shaped != 0).then(|| shaped.trailing_zeros() as usize)?;
        shaped &= shaped - 1;
        Some(&NUMBER_WORDS[k])
    })
    .filter(|(w, ..)| w.eq_ignore_ascii_case(word));
    let first = found.next()?;
    let pick = if prefer_french {
        found.find(|(_, _, french)| *french).unwrap_or(first)
    } else {
        first
    };
    Some((pick.1, pick.2))
}

/// The number written in words at `at` (a word of its own), where it ends, and whether it
/// is French: a single word ("eight", "deux", "twee"), or a compound of tens and units,
/// which a reader takes whole ("forty-eight" is 48, not "eight"): "forty-eight", "forty
/// eight", "vingt et un", "quarante-huit", "soixante-douze", "quatre-vingt-seize",
/// "achtenveertig", "tweeëntwintig".
fn number_word_at(text: &str, at: usize) -> Option<(u64, usize, bool)> {
    let (word, end) = letters_at(text, at);
    if let Some(value) = dutch_compound(word) {
        return Some((value, end, false));
    }
    let (mut value, mut french) = number_word(word, false)?;
    let mut end = end;
    // "quatre-vingt(s)": eighty.
    if value == 4
        && french
        && let Some(rest) = text[end..].strip_prefix('-')
    {
        let (next, next_end) = letters_at(rest, 0);
        if next.eq_ignore_ascii_case("vingt") || next.eq_ignore_ascii_case("vingts") {
            value = 80;
            end += 1 + next_end;
        }
    }
    // Tens, then units after a hyphen, a space or "et": 20 to 90 take 1 to 9; French 60
    // and 80 take 1 to 19 ("soixante-douze").
    if value >= 20 && value % 10 == 0 && value <= 90 {
        let units_max = if french && (value == 60 || value == 80) {
            19
        } else {
            9
        };
        for joint in ["-", " ", " et ", "-et-"] {
            let Some(rest) = text[end..].strip_prefix(joint) else {
                continue;
            };
            let (next, next_end) = letters_at(rest, 0);
            if let Some((units, units_french)) = number_word(next, french)
                && (1..=units_max).contains(&units)
                && (joint == "-" || units_french == french)
                && !(units == 1 && !french && !next.eq_ignore_ascii_case("one"))
            {
                // "soixante-dix-sept": the teen itself may be a compound (10 + 7).
                let (teen, teen_end) = if units == 10 {
                    french_teen(text, end + joint.len() + next_end)
                } else {
                    (units, end + joint.len() + next_end)
                };
                value += teen;
                french |= units_french;
                end = teen_end;
                break;
            }
        }
    }
    if value == 10 && french {
        (value, end) = french_teen(text, end);
    }
    Some((value, end, french))
}

/// "dix" ending at `end`, and the French unit after its hyphen if one follows ("dix-sept"
/// is 17): the value and where it ends.
fn french_teen(text: &str, end: usize) -> (u64, usize) {
    if let Some(rest) = text[end..].strip_prefix('-') {
        let (last, last_end) = letters_at(rest, 0);
        if let Some((more, true)) = number_word(last, true)
            && (1..=9).contains(&more)
        {
            return (10 + more, end + 1 + last_end);
        }
    }
    (10, end)
}

/// A Dutch number of units, "en" and tens written as one word ("achtenveertig" is 48,
/// "tweeëntwintig" 22; "ë" as the spelling of "en" after a vowel).
fn dutch_compound(word: &str) -> Option<u64> {
    // Every such number ends in the "-tig" of its tens: most words are done here, without
    // the lower-cased copy below (this runs on every word of every reply).
    let bytes = word.as_bytes();
    if bytes.len() < 8 || !bytes[bytes.len() - 3..].eq_ignore_ascii_case(b"tig") {
        return None;
    }
    let lower = word.to_lowercase();
    for (joint, joint_len) in [("en", 2), ("ën", 3)] {
        let mut from = 0;
        while let Some(k) = lower[from..].find(joint) {
            let split = from + k;
            let (units, tens) = (&lower[..split], &lower[split + joint_len..]);
            if let (Some((u, false)), Some((t, false))) =
                (number_word(units, false), number_word(tens, false))
                && (1..=9).contains(&u)
                && (20..=90).contains(&t)
                && t % 10 == 0
            {
                return Some(t + u);
            }
            from = split + 1;
            if from >= lower.len() {
                break;
            }
            while !lower.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    None
}

/// The period `count` `unit` stand for (a scenario's `Duration(2, "years")`), or `None`
/// for a unit this reader does not know.
pub fn period_of(count: u32, unit: &str) -> Option<Period> {
    let unit = super::text::fold(unit.trim());
    PERIOD_UNITS
        .iter()
        .find(|(name, ..)| *name == unit)
        .map(|&(_, minutes, working)| (minutes, working))
        .or_else(|| {
            FRENCH_YEARS
                .contains(&unit.as_str())
                .then_some((525_600, false))
        })
        .map(|(minutes, working_days)| Period {
            minutes: u64::from(count) * minutes,
            working_days,
        })
}

/// The alphabetic run of `text` from `at`, and where it ends.
fn letters_at(text: &str, at: usize) -> (&str, usize) {
    let rest = &text[at..];
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (&rest[..len], at + len)
}

/// How many bytes of spaces follow `at`, including the no-break ones of French
/// typography.
fn spaces_at(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len()
}

/// The unit of time starting at `at` (after a number and its spaces): its minutes,
/// whether it counts working days, and where it ends. `french_number` lets "an" be a year.
fn period_unit_at(text: &str, at: usize, french_number: bool) -> Option<(u64, bool, usize)> {
    let (first, first_end) = letters_at(text, at);
    // "20h52" is a clock time: a unit ends its word.
    if first.is_empty()
        || text[first_end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let first = super::text::fold(first);
    let gap = spaces_at(text, first_end);
    let (second, second_end) = letters_at(text, first_end + gap);
    if gap > 0 && !second.is_empty() {
        let two = format!("{first} {}", super::text::fold(second));
        if let Some(&(_, minutes, working)) = PERIOD_UNITS.iter().find(|(name, ..)| *name == two) {
            return Some((minutes, working, second_end));
        }
    }
    if let Some(&(_, minutes, working)) = PERIOD_UNITS.iter().find(|(name, ..)| *name == first) {
        return Some((minutes, working, first_end));
    }
    (french_number && FRENCH_YEARS.contains(&first.as_str())).then_some((525_600, false, first_end))
}

/// The lengths of time in `text` given as a time frame, after one of `DURATION_WORDS`
/// ("in 2h", "within an hour", "sous 72 heures", "binnen twee dagen"): not "one day I
/// will", nor "it took 3 years".
pub fn find_time_frames(text: &str) -> Vec<FoundPeriod> {
    let mut periods = find_periods(text);
    periods.retain(|p| after_duration_word(text, p.span.start));
    periods
}

/// Every length of time in `text`: a number (digits, or a number word such as "deux",
/// "twee", and "an" or "un" where a length is given, see `article_gives_length`) and a
/// unit of time ("30 minutes", "72 h", "72h", "deux ans", "binnen twee maanden", "5
/// working days"). Digits inside a clock time or a decimal ("20h52", "13.00 uur", "2.5
/// hours") start no period.
pub fn find_periods(text: &str) -> Vec<FoundPeriod> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // The number: digits, or a number word standing as a word of its own.
        let (value, number_end, french_number) = if starts_number(bytes, i) {
            let end = i + digits_at(bytes, i);
            let inside_other = (i > 0 && matches!(bytes[i - 1], b'.' | b',' | b':'))
                || (end + 1 < bytes.len()
                    && matches!(bytes[end], b'.' | b',' | b':')
                    && bytes[end + 1].is_ascii_digit());
            match text[i..end].parse::<u64>() {
                Ok(value) if !inside_other => (value, end, true),
                _ => {
                    i = end;
                    continue;
                }
            }
        } else if text[i..].starts_with(char::is_alphabetic)
            && !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            // Number words are plain ASCII: compared without folding (no allocation for
            // each word of the reply); compounds are read whole ("forty-eight").
            match number_word_at(text, i) {
                Some(found) => found,
                None => {
                    let end = letters_at(text, i).1;
                    // "within the hour", "binnen het uur": one hour.
                    if end - i == 3
                        && matches!(&text[i..end], "the" | "The" | "het" | "Het")
                        && matches!(
                            word_before(text, i),
                            "within" | "Within" | "binnen" | "Binnen"
                        )
                    {
                        (1, end, false)
                    } else {
                        i = end;
                        continue;
                    }
                }
            }
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // Digits may touch their unit ("72h", "30min") or be joined to it ("a 4-hour
        // window"); a number word needs a space.
        let gap = match spaces_at(text, number_end) {
            0 if bytes[i].is_ascii_digit() && bytes.get(number_end) == Some(&b'-') => 1,
            gap => gap,
        };
        let digits = bytes[i].is_ascii_digit();
        let unit = if (gap > 0 || digits) && number_end + gap < bytes.len() {
            period_unit_at(text, number_end + gap, french_number)
        } else {
            None
        };
        // The number words for one are also articles ("a", "un", "een"): a number only
        // where a length of time is given (looked at only before a unit: "a" is common).
        let unit = unit.filter(|_| digits || value != 1 || article_gives_length(text, i));
        match unit {
            Some((minutes, working_days, end)) => {
                found.push(FoundPeriod {
                    span: Span { start: i, end },
                    period: Period {
                        minutes: value.saturating_mul(minutes),
                        working_days,
                    },
                });
                i = end;
            }
            None => i = number_end,
        }
    }
    found
}

/// Uppercase letters and digits only: how codes are compared ("ae 1234" == "AE1234").
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Letter/digit shape of a normalised code, e.g. "AE1234" -> "AADDDD".
pub fn code_shape(code: &str) -> String {
    code.chars()
        .map(|c| if c.is_ascii_digit() { 'D' } else { 'A' })
        .collect()
}

/// Candidate codes in a text: runs of one to three alphanumeric words joined by a space
/// or hyphen, each with its normalised form and span.
pub fn find_code_candidates(text: &str) -> Vec<(String, Span)> {
    let mut words: Vec<Span> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(Span { start: s, end: i });
        }
    }
    if let Some(s) = start {
        words.push(Span {
            start: s,
            end: text.len(),
        });
    }
    let mut out = Vec::new();
    for first in 0..words.len() {
        let mut end = first;
        while end < words.len() && end < first + 3 {
            if end > first {
                let gap = &text[words[end - 1].end..words[end].start];
                if !(gap == " " || gap == "-") {
                    break;
                }
            }
            let span = Span {
                start: words[first].start,
                end: words[end].end,
            };
            out.push((normalise_code(&text[span.start..span.end]), span));
            end += 1;
        }
    }
    out
}

/// E-mail addresses in a text.
pub fn find_emails(text: &str) -> Vec<Span> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('@') {
        let is_part = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_part(c))
            .last()
            .map(|(i, _)| i)
            .unwrap_or(at);
        let end = text[at + 1..]
            .char_indices()
            .take_while(|&(_, c)| is_part(c))
            .last()
            .map(|(i, c)| at + 1 + i + c.len_utf8())
            .unwrap_or(at + 1);
        let domain = text[at + 1..end].trim_end_matches('.');
        if start < at && domain.contains('.') && !domain.starts_with('.') {
            found.push(Span {
                start,
                end: at + 1 + domain.len(),
            });
        }
    }
    found
}

/// Phone numbers: nine or more digits, possibly grouped by spaces, dots, dashes or
/// brackets, possibly starting with "+".
pub fn find_phones(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts = bytes[i].is_ascii_digit()
            || (bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        if !starts || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        let mut digits = usize::from(bytes[i].is_ascii_digit());
        let mut last_digit = end;
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_digit() {
                digits += 1;
                last_digit = end + 1;
            } else if !matches!(b, b' ' | b'.' | b'-' | b'(' | b')') {
                break;
            }
            end += 1;
        }
        if digits >= 9 && !bytes.get(last_digit).is_some_and(u8::is_ascii_alphabetic) {
            found.push(Span {
                start: i,
                end: last_digit,
            });
        }
        i = end;
    }
    found
}

#[cfg(test)]
mod tests {

    /// The day and month (and year) of each date found, in order.
    fn dates(text: &str) -> Vec<(u8, u8, Option<u16>)> {
        find_dates(text)
            .into_iter()
            .map(|f| (f.date.day, f.date.month, f.date.year))
            .collect()
    }

    #[test]
    fn dates_in_words_in_each_language() {
        for (text, day, month, year) in [
            ("on Thursday 20 March between 13:00 and 17:00", 20, 3, None),
            ("by the 20th of March 2026.", 20, 3, Some(2026)),
            ("March 20th, 2026 at 9", 20, 3, Some(2026)),
            ("le jeudi 1er mars", 1, 3, None),
            ("avant le 14 novembre 2026", 14, 11, Some(2026)),
            ("vendredi 14 nov. à 18h", 14, 11, None),
            ("le 3 août", 3, 8, None),
            ("donderdag 20 maart tussen 13:00 en 17:00", 20, 3, None),
            ("op 20 mrt. 2026", 20, 3, Some(2026)),
            ("uiterlijk 2de juni", 2, 6, None),
            ("le 12 déc.", 12, 12, None),
            ("le 20 mars 1830h", 20, 3, None),
        ] {
            assert_eq!(dates(text), [(day, month, year)], "{text}");
        }
    }

    #[test]
    fn dates_in_figures() {
        for (text, day, month, year) in [
            ("refund by 20/03/2026.", 20, 3, Some(2026)),
            ("le 20-03-2026", 20, 3, Some(2026)),
            ("op 20.03.2026 bezorgd", 20, 3, Some(2026)),
            ("on 03/20/2026", 20, 3, Some(2026)),
            ("ISO 2026-03-20 here", 20, 3, Some(2026)),
            ("le 20/03 au matin", 20, 3, None),
            ("delivered 5/03/26", 5, 3, Some(2026)),
        ] {
            assert_eq!(dates(text), [(day, month, year)], "{text}");
        }
    }

    #[test]
    fn times_amounts_and_fractions_are_not_dates() {
        for text in [
            "the 20.30 train",
            "at 7.10 am",
            "between 13:00 and 17:00",
            "we are here 24/7",
            "half of it, 1/2",
            "1.2.3.4 is an address",
            "14,50 euros",
            "you may 2x the dose",
            "March 20:15",
            "ticket 2026-03",
            "32/03/2026",
            "Mars is a planet",
            "the 30th of February",
            "since may",
        ] {
            assert_eq!(dates(text), [], "{text}");
        }
    }

    #[test]
    fn a_date_spans_what_says_it() {
        let text = "Your new battery comes on Thursday 20 March 2026, between 13:00 and 17:00.";
        let found = find_dates(text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].span.start..found[0].span.end],
            "20 March 2026"
        );
        let text = "On March 20th, we'll call.";
        let found = find_dates(text);
        assert_eq!(&text[found[0].span.start..found[0].span.end], "March 20th");
    }

    /// Every string of these pieces (digits, separators, month names, accented letters,
    /// an emoji) is searched without a panic, and every date found spans whole characters.
    #[test]
    fn any_text_is_searched_for_dates_safely() {
        let pieces = [
            "1", "20", "2026", "/", ".", "-", ",", " ", ":", "h", "th", "er", "of", "mars", "Mai",
            "déc", "é", "😀", "\u{a0}", "x",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
        }
        assert_eq!(texts.len(), pieces.len().pow(4));
        for text in &texts {
            for found in find_dates(text) {
                assert!(
                    text.get(found.span.start..found.span.end).is_some(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn date_markers_are_iso_month_and_day() {
        let march_20 = parse_marker_date("03-20").unwrap();
        assert_eq!((march_20.month, march_20.day, march_20.year), (3, 20, None));
        let with_year = parse_marker_date("2026-03-20").unwrap();
        assert_eq!(with_year.year, Some(2026));
        assert!(march_20.same_day(&with_year));
        assert!(!with_year.same_day(&parse_marker_date("2027-03-20").unwrap()));
        for bad in [
            "20-03",
            "3-20",
            "2026-3-20",
            "03/20",
            "02-30",
            "",
            "March 20",
        ] {
            assert!(parse_marker_date(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn percentages_in_english_french_and_dutch() {
        fn found(text: &str) -> Vec<(u64, &str)> {
            find_percents(text)
                .into_iter()
                .map(|p| (p.hundredths, &text[p.span.start..p.span.end]))
                .collect()
        }
        assert_eq!(found("up 17% from 29"), [(1700, "17%")]);
        assert_eq!(found("a rise of +17 % in October"), [(1700, "17 %")]);
        assert_eq!(found("soit 2,5\u{a0}% de plus"), [(250, "2,5\u{a0}%")]);
        assert_eq!(
            found("17 percent, or 20 per cent"),
            [(1700, "17 percent"), (2000, "20 per cent")]
        );
        assert_eq!(found("25 pour cent du prix"), [(2500, "25 pour cent")]);
        assert_eq!(found("een stijging van 17 procent"), [(1700, "17 procent")]);
        // A number that is not a percentage, or a word that only starts like one.
        assert!(found("34 cents per kWh, 17 percentages, 100").is_empty());
        assert!(found("%17").is_empty());
    }
    use super::*;

    fn minutes(text: &str) -> Vec<u32> {
        find_times(text).into_iter().map(|t| t.minutes).collect()
    }

    #[test]
    fn french_times_with_spaces_around_the_h_are_times() {
        assert_eq!(
            minutes("départ 20 h 52, arrivée 0\u{a0}h\u{a0}19"),
            [1252, 19]
        );
        // Without minutes, or after "dans", it is how long: "5 h de retard", "dans 2 h 30".
        assert_eq!(minutes("5 h de retard"), Vec::<u32>::new());
        assert_eq!(minutes("dans 2 h 30"), Vec::<u32>::new());
    }

    #[test]
    fn the_same_time_written_four_ways() {
        for text in [
            "at 7:10",
            "à 07h10",
            "at 7.10 am",
            "om 07:10 uur",
            "7.10a.m.",
        ] {
            assert_eq!(minutes(text), [430], "{text}");
        }
        assert_eq!(minutes("19h"), [1140]);
        assert_eq!(minutes("7 pm"), [1140]);
        assert_eq!(minutes("12 am"), [0]);
    }

    /// "2h" after "dans", "sous", "in", "binnen" is how long something takes: a period,
    /// not 02:00. After "à", "avant" or "pour" it stays a time of day.
    #[test]
    fn parts_of_the_day_and_written_out_hours_are_read() {
        let times =
            |text: &str| -> Vec<u32> { find_times(text).iter().map(|t| t.minutes).collect() };
        assert_eq!(
            times("AE 1436 leaves at 1.05 in the afternoon"),
            [13 * 60 + 5]
        );
        assert_eq!(
            times("at 8 in the evening, or 7.30 in the morning"),
            [20 * 60, 7 * 60 + 30]
        );
        assert_eq!(times("14:30 in the afternoon"), [14 * 60 + 30]);
        assert_eq!(
            times("départ à 20 heures 52, 8h du soir"),
            [20 * 60 + 52, 20 * 60]
        );
        assert_eq!(times("om 7u30 's avonds"), [19 * 60 + 30]);
        // How long, not when.
        assert_eq!(times("3 h 27 de trajet, 2h de retard"), Vec::<u32>::new());
        assert_eq!(times("3 in the afternoonish"), Vec::<u32>::new());
    }

    #[test]
    fn hours_after_a_duration_word_are_periods_not_times() {
        for text in [
            "L'IC 4735 part dans 2h.",
            "réponse sous 1h30",
            "c'est réglé en 2h",
            "we'll call back in 2h",
            "within 3h",
            "je bel je binnen 2h terug",
            "Over 2h vertrekt de trein",
        ] {
            assert!(minutes(text).is_empty(), "{text}: {:?}", minutes(text));
        }
        assert_eq!(
            find_periods("part dans 2h")
                .iter()
                .map(|p| p.period.minutes)
                .collect::<Vec<_>>(),
            [120]
        );
        let frames = |text: &str| {
            find_time_frames(text)
                .iter()
                .map(|p| p.period.minutes)
                .collect::<Vec<_>>()
        };
        assert_eq!(frames("I'll call you back within an hour"), [60]);
        assert_eq!(frames("réponse sous 72 heures"), [72 * 60]);
        assert_eq!(frames("we bellen je binnen 2 uur"), [120]);
        assert!(frames("one day I will have a job I love").is_empty());
        assert!(frames("it took 3 years").is_empty());
        assert_eq!(minutes("part à 14h"), [840]);
        assert_eq!(minutes("avant 14h30"), [870]);
        assert_eq!(minutes("une table pour 19h"), [1140]);
        // A clock time with minutes or am/pm after "in" is still a time.
        assert_eq!(minutes("in 7:10"), [430]);
        assert_eq!(minutes("in 2 pm"), [840]);
        // "Ardennes 2h": only a word of its own counts ("en" ends "Ardennes").
        assert_eq!(minutes("Ardennes 2h"), [120]);
    }

    #[test]
    fn prices_dates_and_counts_are_not_times() {
        assert!(minutes("€7.10").is_empty());
        assert!(minutes("it costs 7.10, or 6.40 with the card").is_empty());
        // A dotted time with a word of time around it is a time.
        assert_eq!(minutes("from 8.00 to 13.00"), [480, 780]);
        assert_eq!(minutes("van 13.00 tot 17.00 uur"), [780, 1020]);
        assert_eq!(minutes("om 9.30"), [570]);
        assert!(minutes("2024, 150 people, 7 amazing days").is_empty());
        assert!(minutes("25:99").is_empty());
    }

    #[test]
    fn marker_times_parse() {
        assert_eq!(parse_marker_time("07:10"), Some(430));
        assert_eq!(parse_marker_time("24:00"), None);
    }

    #[test]
    fn amounts_with_currency() {
        let cents: Vec<u64> = find_amounts("€250, 250 euros, 1,250.00 EUR, 250€ and $9.99")
            .into_iter()
            .map(|a| a.cents)
            .collect();
        assert_eq!(cents, [25000, 25000, 125000, 25000, 999]);
        assert!(find_amounts("flight 250 leaves").is_empty());
    }

    #[test]
    fn codes_ignore_case_and_spaces() {
        let found: Vec<String> = find_code_candidates("flight ae 1234 today")
            .into_iter()
            .map(|c| c.0)
            .collect();
        assert!(found.contains(&"AE1234".to_string()), "{found:?}");
        assert_eq!(code_shape("AE1234"), "AADDDD");
    }

    #[test]
    fn emails_and_phones() {
        let text = "mail jan.peeters@example.be or call +32 470 12 34 56, not @Aerolis";
        let emails = find_emails(text);
        assert_eq!(emails.len(), 1);
        assert_eq!(
            &text[emails[0].start..emails[0].end],
            "jan.peeters@example.be"
        );
        let phones = find_phones(text);
        assert_eq!(phones.len(), 1);
        assert_eq!(&text[phones[0].start..phones[0].end], "+32 470 12 34 56");
        assert!(find_phones("flight at 7:10, 250 euros").is_empty());
    }

    #[test]
    fn periods_are_read_in_each_language_and_compared_by_length() {
        let minutes = |text: &str| -> Vec<(u64, bool)> {
            find_periods(text)
                .into_iter()
                .map(|p| {
                    assert!(
                        text.is_char_boundary(p.span.start) && text.is_char_boundary(p.span.end)
                    );
                    (p.period.minutes, p.period.working_days)
                })
                .collect()
        };
        assert_eq!(minutes("Eva calls back within 30 minutes."), [(30, false)]);
        assert_eq!(minutes("within their usual 4-hour window"), [(240, false)]);
        assert_eq!(
            minutes("binnen een etmaal, twee etmalen"),
            [(1440, false), (2880, false)]
        );
        assert_eq!(
            minutes("she'll call you back within the hour"),
            [(60, false)]
        );
        assert_eq!(minutes("binnen het uur bellen we"), [(60, false)]);
        assert_eq!(minutes("the hour of the day, in the hour"), []);
        assert_eq!(
            minutes("within an hour, or 2 hrs at most"),
            [(60, false), (120, false)]
        );
        assert_eq!(
            minutes("sous 72\u{a0}h, ou 72h"),
            [(4320, false), (4320, false)]
        );
        assert_eq!(
            minutes("deux ans de garantie, 1 an sur la batterie"),
            [(1_051_200, false), (525_600, false)]
        );
        assert_eq!(minutes("sous 2 jours ouvrés"), [(2880, true)]);
        assert_eq!(
            minutes("binnen twee maanden, 2 jaar garantie"),
            [(87_600, false), (1_051_200, false)]
        );
        assert_eq!(minutes("binnen 5 werkdagen"), [(7200, true)]);
        assert_eq!(minutes("in 2 working days"), [(2880, true)]);
        // Clock times and decimals are not periods; "an" is a year only in French.
        assert_eq!(minutes("à 20h52, om 13.00 uur, 2.5 hours"), []);
        assert_eq!(minutes("plan an answer, pendant un an"), [(525_600, false)]);
        // An article is a number only where a length of time is given.
        assert_eq!(minutes("an apple a day"), []);
        assert_eq!(minutes("écrire un jour pareil"), []);
        assert_eq!(minutes("one day I will, een dag als vandaag"), []);
        assert_eq!(
            minutes("for a day, plus d'une heure, garantie d\u{2019}un an"),
            [(1440, false), (60, false), (525_600, false)]
        );
        assert_eq!(
            minutes("more than an hour, voor een week, within a day"),
            [(60, false), (10_080, false), (1440, false)]
        );
        // Compounds are read whole: "forty-eight hours" is 48 hours, not "eight hours".
        for text in [
            "within forty-eight hours",
            "within forty eight hours",
            "sous quarante-huit heures",
            "binnen achtenveertig uur",
        ] {
            assert_eq!(minutes(text), [(2880, false)], "{text}");
        }
        assert_eq!(minutes("sous soixante-douze heures"), [(4320, false)]);
        assert_eq!(minutes("vingt et un jours"), [(30_240, false)]);
        assert_eq!(minutes("binnen tweeëntwintig dagen"), [(31_680, false)]);
        assert_eq!(minutes("quatre-vingt-dix minutes"), [(90, false)]);
        let eighteen_months = period_of(18, "mois").unwrap().minutes;
        assert_eq!(
            minutes("dix-huit mois, twenty minutes"),
            [(eighteen_months, false), (20, false)]
        );
        // A word that only contains a number is none: "often", "twenty-something".
        assert_eq!(
            minutes("often two days, a twenty-something hours"),
            [(2880, false)]
        );
        // Equal lengths in other units are the same period.
        assert_eq!(period_of(48, "hours"), period_of(2, "days"));
        assert_eq!(period_of(24, "months"), period_of(2, "jaar"));
        assert_ne!(period_of(5, "working days"), period_of(5, "days"));
        assert_eq!(period_of(1, "fortnight"), None);
        assert_eq!(period_of(2, "ans"), period_of(2, "years"));
    }
}
