//! Writing the JSON lines of `frontline score` straight into a byte buffer.
//!
//! The output is exactly what `serde_json` writes for the same values (a test checks
//! it field by field, strings with quotes, control characters and emoji included), only
//! faster: strings are scanned eight bytes at a time for the few bytes JSON escapes, and
//! numbers are written without the formatting machinery. On a large export, writing the
//! output had cost as much as reading the CSV.

use crate::scoring::{Dimension, Evidence};

/// Appends `text` as a JSON string (quoted and escaped).
pub fn string(out: &mut Vec<u8>, text: &str) {
    out.reserve(text.len() + 2);
    out.push(b'"');
    let bytes = text.as_bytes();
    // Most strings need no escape at all: checked eight bytes at a time, the last few
    // padded with spaces, then copied whole. Measured: short strings ("Empathy", rule
    // names) had cost more in the byte-by-byte tail than in the copy.
    if !any_may_need_escape(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if !may_need_escape(word) {
                at += 8;
                continue;
            }
        }
        let end = (at + 8).min(bytes.len());
        for (index, &byte) in bytes.iter().enumerate().take(end).skip(at) {
            if let Some(escaped) = escape(byte) {
                out.extend_from_slice(&bytes[copied..index]);
                escaped.write(out);
                copied = index + 1;
            }
        }
        at = end;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

/// Whether any byte of `bytes` may need an escape (never says no wrongly).
#[inline]
fn any_may_need_escape(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let mut flagged = false;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        flagged |= may_need_escape(u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    let mut last = [b' '; 8];
    last[..rest.len()].copy_from_slice(rest);
    flagged | may_need_escape(u64::from_le_bytes(last))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes may be a control character, `"` or `\` (never says no
/// wrongly; a rare yes for another byte only costs a closer look).
#[inline]
fn may_need_escape(word: u64) -> bool {
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    let is_quote = quote.wrapping_sub(ONES) & !quote;
    let is_backslash = backslash.wrapping_sub(ONES) & !backslash;
    (below_space | is_quote | is_backslash) & HIGHS != 0
}

/// How JSON writes a byte that cannot stand as itself in a string.
enum Escaped {
    Short(u8),
    Unicode(u8),
}

impl Escaped {
    fn write(self, out: &mut Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        match self {
            Escaped::Short(c) => out.extend_from_slice(&[b'\\', c]),
            Escaped::Unicode(b) => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 15)],
            ]),
        }
    }
}

#[inline]
fn escape(byte: u8) -> Option<Escaped> {
    Some(match byte {
        b'"' => Escaped::Short(b'"'),
        b'\\' => Escaped::Short(b'\\'),
        b'\n' => Escaped::Short(b'n'),
        b'\r' => Escaped::Short(b'r'),
        b'\t' => Escaped::Short(b't'),
        0x08 => Escaped::Short(b'b'),
        0x0c => Escaped::Short(b'f'),
        0..0x20 => Escaped::Unicode(byte),
        _ => return None,
    })
}

/// Appends an unsigned number.
pub fn unsigned(out: &mut Vec<u8>, mut n: u64) {
    // Levels, scores, points and most offsets are below 100.
    if n < 10 {
        out.push(b'0' + n as u8);
        return;
    }
    if n < 100 {
        out.extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
        return;
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Appends a signed number.
pub fn signed(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    unsigned(out, n.unsigned_abs());
}

/// Appends a number or `null`.
pub fn optional(out: &mut Vec<u8>, n: Option<u8>) {
    match n {
        Some(n) => unsigned(out, u64::from(n)),
        None => out.extend_from_slice(b"null"),
    }
}

/// Appends `"key":`; `key` needs no escaping (the callers' keys are plain words).
pub fn key(out: &mut Vec<u8>, key: &str) {
    out.push(b'"');
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\":");
}

/// Appends a list of evidence as a JSON array.
pub fn evidence_list(out: &mut Vec<u8>, list: &[Evidence]) {
    // Keys and the punctuation around them are written as whole literals: a copy of a
    // known small size is a few stores, where a key assembled piece by piece was a
    // library call per piece.
    out.push(b'[');
    for (index, e) in list.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"rule\":");
        string(out, &e.rule);
        out.extend_from_slice(match e.dimension {
            Dimension::Empathy => b",\"dimension\":\"Empathy\",\"points\":",
            Dimension::Accuracy => b",\"dimension\":\"Accuracy\",\"points\":",
            Dimension::Escalation => b",\"dimension\":\"Escalation\",\"points\":",
            Dimension::Timeliness => b",\"dimension\":\"Timeliness\",\"points\":",
            Dimension::Tone => b",\"dimension\":\"Tone\",\"points\":",
        });
        signed(out, i64::from(e.points));
        match e.span {
            Some(span) => {
                out.extend_from_slice(b",\"span\":{\"start\":");
                unsigned(out, span.start as u64);
                out.extend_from_slice(b",\"end\":");
                unsigned(out, span.end as u64);
                out.extend_from_slice(b"},\"quote\":");
            }
            None => out.extend_from_slice(b",\"span\":null,\"quote\":"),
        }
        string(out, &e.quote);
        out.extend_from_slice(b",\"explanation\":");
        string(out, &e.explanation);
        match &e.better {
            Some(better) => {
                out.extend_from_slice(b",\"better\":");
                string(out, better);
                out.push(b'}');
            }
            None => out.extend_from_slice(b",\"better\":null}"),
        }
    }
    out.push(b']');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::Span;

    const TRICKY: [&str; 9] = [
        "",
        "plain words that need nothing",
        "say \"hi\" to C:\\path",
        "tab\there, new\nline, return\r, bell\u{7}, nul\0, esc\u{1b}, del\u{7f}",
        "form\u{c} feed and back\u{8}space",
        "émoji 🙏 and עברית and 日本語",
        "\"",
        "exactly8",
        "1234567\"",
    ];

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        for text in TRICKY {
            let mut ours = Vec::new();
            string(&mut ours, text);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(text).unwrap(),
                "{text:?}"
            );
        }
        // Every byte value below 0x80 in every position of a chunk and of the shorter
        // tail after it, in strings of every length from 1 to 24 bytes.
        for byte in 0u8..0x80 {
            for (length, position) in (0..24).flat_map(|l| (0..=l).map(move |p| (l, p))) {
                let mut text = "abcdefghijklmnopqrstuvwx"[..length].to_string();
                text.insert(position, char::from(byte));
                let mut ours = Vec::new();
                string(&mut ours, &text);
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    serde_json::to_string(&text).unwrap(),
                    "byte {byte} at {position} of {length}"
                );
            }
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for n in [0u64, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 12345, u64::MAX] {
            let mut ours = Vec::new();
            unsigned(&mut ours, n);
            assert_eq!(ours, serde_json::to_vec(&n).unwrap());
        }
        for n in [0i64, -1, -15, 30, i64::MIN, i64::MAX] {
            let mut ours = Vec::new();
            signed(&mut ours, n);
            assert_eq!(ours, serde_json::to_vec(&n).unwrap());
        }
    }

    #[test]
    fn evidence_is_written_as_serde_json_writes_it() {
        let reply = "Sam, so \"sorry\"\nabout the 🙏 flight.";
        let list = vec![
            Evidence::new(
                reply,
                Dimension::Empathy,
                "empathy.apology",
                15,
                Some(Span { start: 5, end: 15 }),
                "An apology\tfor \"them\".",
                None,
            ),
            Evidence::new(
                reply,
                Dimension::Accuracy,
                "accuracy.fact_wrong",
                -20,
                None,
                String::new(),
                Some("Say \\it/ plainly.".into()),
            ),
            Evidence::new(
                reply,
                Dimension::Escalation,
                "escalation.right",
                0,
                Some(Span { start: 0, end: 3 }),
                "é",
                None,
            ),
            Evidence::new(
                reply,
                Dimension::Timeliness,
                "timeliness.late",
                -5,
                None,
                "late",
                None,
            ),
        ];
        let mut ours = Vec::new();
        evidence_list(&mut ours, &list);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&list).unwrap()
        );
        let mut empty = Vec::new();
        evidence_list(&mut empty, &[]);
        assert_eq!(empty, b"[]");
    }
}
