//! Turning a reply into what the rules match against: normalised words that remember
//! where they came from (byte spans on char boundaries), clauses and sentences.
//!
//! Normalisation is the same for lexicon phrases and for replies, so a trainer writes
//! "désolé" or "don't" in a lexicon and it matches "Desole", "DON’T" or "dont" in a reply.

use std::collections::HashMap;

use super::verdict::Span;

/// Lower-cases and removes accents from one character, pushing the result on `out`.
/// Only Latin letters are folded; any other character is lower-cased and kept.
pub fn fold_char(c: char, out: &mut String) {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        'ĳ' | 'Ĳ' => "ij",
        '’' | '‘' | 'ʼ' | '`' | '´' => "'",
        _ => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push_str(folded);
}

/// Lower-cased, accent-free copy of `text`.
pub fn fold(text: &str) -> String {
    if text.is_ascii() && !text.contains('`') {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

/// Emoji and pictographs are words of their own: a heart or a hug says something.
fn is_pictograph(c: char) -> bool {
    let cp = c as u32;
    (0x2600..=0x27BF).contains(&cp) || (0x1F300..=0x1FAFF).contains(&cp)
}

/// How a language splits and rewrites words before matching, from its lexicon.
#[derive(Debug, Clone, Default)]
pub struct WordRules {
    /// Whole words rewritten as one or more words ("don't" -> "do not", "dont" -> "do not").
    pub expansions: HashMap<String, Vec<String>, super::lexicon::FastHash>,
    /// Elided articles and pronouns split from the word they lean on ("j'ai" -> "j" "ai").
    pub elisions: Vec<String>,
    /// Words that end a clause for negation ("but", "mais", "maar").
    pub clause_breakers: Vec<String>,
}

/// Words this long or shorter are stored inline in a token, without allocating.
const INLINE: usize = 22;

/// A normalised word: most words are short ASCII and fit inline, so cutting a reply into
/// words allocates almost nothing.
#[derive(Clone, PartialEq, Eq)]
pub enum Word {
    Inline(u8, [u8; INLINE]),
    Heap(Box<str>),
}

impl Word {
    pub fn new(word: &str) -> Word {
        if word.len() <= INLINE && word.is_ascii() {
            let mut bytes = [0u8; INLINE];
            bytes[..word.len()].copy_from_slice(word.as_bytes());
            Word::Inline(word.len() as u8, bytes)
        } else {
            Word::Heap(word.into())
        }
    }

    /// The lower-cased, accent-free form of `raw`.
    pub fn folded(raw: &str) -> Word {
        if raw.len() <= INLINE && raw.is_ascii() && !raw.contains('`') {
            let mut bytes = [0u8; INLINE];
            for (b, r) in bytes.iter_mut().zip(raw.bytes()) {
                *b = r.to_ascii_lowercase();
            }
            Word::Inline(raw.len() as u8, bytes)
        } else {
            Word::new(&fold(raw))
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Word::Inline(len, bytes) => {
                let ascii = &bytes[..usize::from(*len)];
                // SAFETY: `Inline` is only built from ASCII bytes (`new` and `folded` check
                // `is_ascii` first), and ASCII is valid UTF-8. Validating again on every
                // comparison cost a sixth of the scorer's time.
                unsafe { std::str::from_utf8_unchecked(ascii) }
            }
            Word::Heap(word) => word,
        }
    }
}

impl std::ops::Deref for Word {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Word {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Word {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// What a word is for the rules, looked up once per word when a text is analysed.
pub mod flags {
    /// Negates what follows ("not", "ne").
    pub const NEGATES_BEFORE: u8 = 1;
    /// Negates what precedes ("pas", "niet").
    pub const NEGATES_AFTER: u8 = 2;
    /// Carries a negation inside a phrase ("do" in "I do not understand").
    pub const NEGATION_HELPER: u8 = 4;
    /// Addresses the reader ("you", "vous", "je").
    pub const YOU: u8 = 8;
    /// The writer ("I", "je", "ik").
    pub const ME: u8 = 16;
    /// Carries no content.
    pub const STOPWORD: u8 = 32;
    pub const NEGATOR: u8 = NEGATES_BEFORE | NEGATES_AFTER;
}

/// The vocabulary id of a word no lexicon phrase uses.
pub const NO_ID: u32 = u32::MAX;

/// One normalised word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lower-case, accent-free form used for matching.
    pub norm: Word,
    /// The word's number in the lexicon's vocabulary (`NO_ID` when no phrase uses it), so
    /// that matching compares numbers, not strings.
    pub id: u32,
    /// What the word is for the rules (see `flags`), set by the lexicon.
    pub flags: u8,
    /// Where the word stands in the original text (several tokens may share a span when a
    /// contraction was expanded).
    pub span: Span,
    /// Index of the sentence the word belongs to.
    pub sentence: usize,
    /// Index of the clause (sentences are cut at commas, semicolons and words like "but").
    pub clause: usize,
}

/// One sentence of a text, with its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Tokens `first..end` of the analysed text.
    pub first: usize,
    pub end: usize,
    /// From the first word to the closing punctuation.
    pub span: Span,
    /// Ends with (or contains) a question mark.
    pub question: bool,
}

/// A text cut into normalised tokens and sentences.
#[derive(Debug, Clone, Default)]
pub struct Analysed {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Analysed {
    /// The byte span covering tokens `first..end` (which must not be empty).
    pub fn span_of(&self, first: usize, end: usize) -> Span {
        Span {
            start: self.tokens[first].span.start,
            end: self.tokens[end - 1].span.end,
        }
    }

    pub fn sentence_tokens(&self, sentence: usize) -> &[Token] {
        let s = &self.sentences[sentence];
        &self.tokens[s.first..s.end]
    }
}

/// Raw piece of text found by the scanner, before normalisation.
enum Piece {
    Word(usize, usize),
    /// Sentence end; `true` when it is a question.
    SentenceEnd(bool),
    ClauseEnd,
}

fn scan(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d) {
                    // Keep an apostrophe only when a letter follows: "don't", "j'ai".
                    let mut ahead = text[j + d.len_utf8()..].chars();
                    if ahead.next().is_some_and(|n| n.is_alphabetic()) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            pieces.push(Piece::Word(i, end));
        } else if c == '<' && chars.peek().is_some_and(|&(_, d)| d == '3') {
            let (j, _) = chars.next().unwrap_or((i, c));
            pieces.push(Piece::Word(i, j + 1));
        } else if is_pictograph(c) {
            pieces.push(Piece::Word(i, i + c.len_utf8()));
        } else if matches!(c, '?' | '¿' | '？') {
            pieces.push(Piece::SentenceEnd(true));
        } else if c == '.' && chars.peek().is_some_and(|&(_, d)| d.is_alphanumeric()) {
            // Inside a web address or a number ("voltaro.example", "7.10"): not an end.
            pieces.push(Piece::ClauseEnd);
        } else if matches!(c, '.' | '!' | '\n' | '…' | '。' | '！') {
            pieces.push(Piece::SentenceEnd(false));
        } else if matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”') {
            pieces.push(Piece::ClauseEnd);
        }
    }
    pieces
}

/// Normalises one raw word into tokens, applying elisions and expansions.
fn push_word(text: &str, start: usize, end: usize, rules: &WordRules, out: &mut Vec<(Word, Span)>) {
    let raw = &text[start..end];
    let norm = Word::folded(raw);
    let span = Span { start, end };
    if let Some(words) = rules.expansions.get(norm.as_str()) {
        for w in words {
            out.push((Word::new(w), span));
        }
        return;
    }
    if let Some(pos) = norm.find('\'') {
        let head = &norm[..pos];
        let tail = &norm[pos + 1..];
        if rules.elisions.iter().any(|e| e == head) && !tail.is_empty() {
            // Find the raw byte position of the apostrophe to split the span honestly.
            let raw_pos = raw
                .char_indices()
                .find(|&(_, c)| is_apostrophe(c))
                .map(|(k, c)| (k, c.len_utf8()))
                .unwrap_or((raw.len(), 0));
            out.push((
                Word::new(head),
                Span {
                    start,
                    end: start + raw_pos.0 + raw_pos.1,
                },
            ));
            let tail_start = start + raw_pos.0 + raw_pos.1;
            push_word(text, tail_start.min(end), end, rules, out);
            return;
        }
        // An unknown contraction: the stem and the rest as two words ("mum's" -> "mum" "s").
        out.push((Word::new(head), span));
        if !tail.is_empty() {
            out.push((Word::new(tail), span));
        }
        return;
    }
    out.push((norm, span));
}

/// Cuts `text` into normalised tokens, clauses and sentences.
pub fn analyse(text: &str, rules: &WordRules) -> Analysed {
    let mut analysed = Analysed {
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        sentences: Vec::new(),
    };
    let mut sentence = 0usize;
    let mut clause = 0usize;
    let mut sentence_first = 0usize;
    let mut words = Vec::new();
    let close = |analysed: &mut Analysed, first: usize, question: bool| {
        let end = analysed.tokens.len();
        if end > first {
            let span = analysed.span_of(first, end);
            analysed.sentences.push(Sentence {
                first,
                end,
                span,
                question,
            });
            true
        } else {
            false
        }
    };
    for piece in scan(text) {
        match piece {
            Piece::Word(start, end) => {
                words.clear();
                push_word(text, start, end, rules, &mut words);
                for (norm, span) in words.drain(..) {
                    if rules.clause_breakers.iter().any(|b| b == norm.as_str()) {
                        clause += 1;
                    }
                    analysed.tokens.push(Token {
                        norm,
                        id: NO_ID,
                        flags: 0,
                        span,
                        sentence,
                        clause,
                    });
                }
            }
            Piece::ClauseEnd => clause += 1,
            Piece::SentenceEnd(question) => {
                if close(&mut analysed, sentence_first, question) {
                    sentence += 1;
                    clause += 1;
                    sentence_first = analysed.tokens.len();
                } else if question {
                    // "??" after a closed sentence: mark the previous one as a question.
                    if let Some(last) = analysed.sentences.last_mut() {
                        last.question = true;
                    }
                }
            }
        }
    }
    close(&mut analysed, sentence_first, false);
    analysed
}

/// Normalises a lexicon phrase with the same rules as replies, as a list of words. The
/// wildcards stay words of their own: `*` (any word), `...` (a gap) and a trailing `*`
/// on a word (prefix match), e.g. "frustrat*".
pub fn phrase_words(phrase: &str, rules: &WordRules) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in phrase.split_whitespace() {
        if chunk == "*" || chunk == "..." {
            out.push(chunk.to_string());
            continue;
        }
        let (body, prefix) = match chunk.strip_suffix('*') {
            Some(body) => (body, true),
            None => (chunk, false),
        };
        let mut words = Vec::new();
        for piece in scan(body) {
            if let Piece::Word(start, end) = piece {
                push_word(body, start, end, rules, &mut words);
            }
        }
        let count = words.len();
        for (index, (word, _)) in words.into_iter().enumerate() {
            let mut word = word.as_str().to_string();
            if prefix && index + 1 == count {
                word.push('*');
            }
            out.push(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> WordRules {
        let mut rules = WordRules::default();
        rules
            .expansions
            .insert("don't".into(), vec!["do".into(), "not".into()]);
        rules
            .expansions
            .insert("dont".into(), vec!["do".into(), "not".into()]);
        rules.clause_breakers.push("but".into());
        rules
    }

    fn french() -> WordRules {
        WordRules {
            elisions: vec!["j".into(), "l".into(), "n".into()],
            ..WordRules::default()
        }
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Désolé ÇA Œuvre"), "desole ca oeuvre");
        assert_eq!(fold("Geïrriteerd"), "geirriteerd");
    }

    #[test]
    fn expands_contractions_with_and_without_apostrophe() {
        for text in ["I don't know", "I DON’T know", "i dont know"] {
            let a = analyse(text, &english());
            let words: Vec<&str> = a.tokens.iter().map(|t| t.norm.as_str()).collect();
            assert_eq!(words, ["i", "do", "not", "know"], "{text}");
        }
    }

    #[test]
    fn splits_french_elisions_with_honest_spans() {
        let text = "J’ai compris";
        let a = analyse(text, &french());
        let words: Vec<&str> = a.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(words, ["j", "ai", "compris"]);
        assert_eq!(&text[a.tokens[1].span.start..a.tokens[1].span.end], "ai");
    }

    #[test]
    fn cuts_sentences_and_marks_questions() {
        let a = analyse("Sorry. Are you still at the airport?? Ok", &english());
        assert_eq!(a.sentences.len(), 3);
        assert!(!a.sentences[0].question);
        assert!(a.sentences[1].question);
        assert!(!a.sentences[2].question);
    }

    #[test]
    fn clause_breakers_start_a_new_clause() {
        let a = analyse("sorry, but no", &english());
        let clauses: Vec<usize> = a.tokens.iter().map(|t| t.clause).collect();
        assert!(clauses[0] < clauses[1], "{clauses:?}");
        assert_eq!(clauses[1], clauses[2], "{clauses:?}");
    }

    #[test]
    fn spans_are_on_char_boundaries_for_emoji_and_rtl() {
        let text = "🙏 مرحبا שלום <3 héé";
        let a = analyse(text, &english());
        assert!(!a.tokens.is_empty());
        for t in &a.tokens {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }

    #[test]
    fn phrase_words_keep_wildcards() {
        let words = phrase_words("sorry ... hear *", &english());
        assert_eq!(words, ["sorry", "...", "hear", "*"]);
        assert_eq!(phrase_words("frustrat*", &english()), ["frustrat*"]);
    }
}
