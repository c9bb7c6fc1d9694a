//! Compiled lexicons as bytes, so that a process does not parse and compile its lexicon
//! before it can score its first reply. Parsing the RON and compiling its phrases is about
//! 7.6M instructions (2.5 ms here), all of it before `frontline score` can start; reading
//! the compiled lexicon back from a snapshot is a fraction of that.
//!
//! The snapshots of the shipped lexicons are assets/lexicons/compiled/{en,fr,nl}.bin,
//! embedded in the binary. Each records a hash of the RON it was compiled from: once a
//! lexicon is edited, its old snapshot no longer matches and the RON is parsed instead,
//! so a stale snapshot makes the scorer slower to start, never wrong. A hash of the body
//! guards against a damaged file the same way. For the shipped snapshots the compiler
//! does both checks (`is_current` is a `const fn`), so a start does not hash them. A
//! unit test fails when a shipped snapshot is stale and says how to write it again.
//!
//! Layout: magic, format version, the source's hash, the body's hash, then the body.
//! Numbers are little-endian `u32` (points `i32`), strings and byte strings are a length
//! and their bytes, lists a length and their items; the flat lists of first words and
//! of pattern words are preceded by their total sizes, so that reading allocates each
//! once. Maps are written in key order, so one lexicon always gives the same bytes.
//! What follows from the rest (the flat word table, prefix pairs and ranges, folded
//! needs) is not stored but rebuilt on reading, by the same code `Lexicon::compile` uses.
//! For the shipped snapshots the compiler rebuilds the flat word table itself
//! (`shipped_table`, with the `const fn`s a start uses to fill one): a start finds its
//! slots in the binary and only counts the words in as it reads them, for the
//! words rewritten and those the table leaves to the general one.

use std::collections::HashMap;

use super::{Category, FirstWords, Lexicon, PatternWord, Rule, ToneWords, keep};
use crate::scenario::model::Language;
use crate::scoring::text::{StaticPacked, Word, WordInfo, WordRules, WordTable, packed_slots};

const MAGIC: &[u8; 8] = b"FLLEXSNP";
/// Changes whenever the body's layout does.
const FORMAT: u32 = 37;
/// Magic, format, source hash, body hash.
const HEADER: usize = 8 + 4 + 8 + 8;

/// A 64-bit hash of some bytes: enough to tell an edited lexicon (or a damaged body)
/// from the one a snapshot was written from. The same as hashing them with `Fnv` (eight
/// bytes at a time, the last ones padded with zeros, then the length), written so that
/// the compiler can work it out: the shipped snapshots are checked when the binary is
/// built (`is_current`), not at every start.
const fn hash(bytes: &[u8]) -> u64 {
    const MULTIPLIER: u64 = 0xf135_7aea_2e62_a9c5;
    let mut state = 0u64;
    let mut at = 0;
    while at < bytes.len() {
        let mut chunk = [0u8; 8];
        let mut k = 0;
        while k < 8 && at + k < bytes.len() {
            chunk[k] = bytes[at + k];
            k += 1;
        }
        state = (state ^ u64::from_le_bytes(chunk)).wrapping_mul(MULTIPLIER);
        at += 8;
    }
    state = (state ^ bytes.len() as u64).wrapping_mul(MULTIPLIER);
    state.rotate_left(26)
}

/// The eight bytes of `bytes` at `at`, as a little-endian number (0 past the end).
const fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut chunk = [0u8; 8];
    let mut k = 0;
    while k < 8 && at + k < bytes.len() {
        chunk[k] = bytes[at + k];
        k += 1;
    }
    u64::from_le_bytes(chunk)
}

/// Whether `snapshot` was written from `source` by this format and is whole (its body
/// has the hash its header records).
pub(super) const fn is_current(snapshot: &[u8], source: &str) -> bool {
    if snapshot.len() < HEADER {
        return false;
    }
    let mut k = 0;
    while k < MAGIC.len() {
        if snapshot[k] != MAGIC[k] {
            return false;
        }
        k += 1;
    }
    let format = u64_at(snapshot, MAGIC.len()) as u32;
    if format != FORMAT || u64_at(snapshot, MAGIC.len() + 4) != hash(source.as_bytes()) {
        return false;
    }
    let (_, body) = snapshot.split_at(HEADER);
    u64_at(snapshot, MAGIC.len() + 12) == hash(body)
}

/// A snapshot's word table, read by the compiler: the cursor at its first word and how
/// many words it has (none when the snapshot is not `current`, or is cut short before).
const fn word_table(snapshot: &[u8], current: bool) -> (ConstReader<'_>, usize) {
    let mut r = ConstReader {
        bytes: snapshot,
        at: HEADER,
        broken: !current || snapshot.len() < HEADER,
    };
    // The language, the expansions (each a word and the words it becomes), the elisions
    // and the clause breakers: the layout `read_body` reads.
    r.u8();
    let expansions = r.len();
    let mut k = 0;
    while k < expansions && !r.broken {
        r.bytes();
        r.skip_strings();
        k += 1;
    }
    r.skip_strings();
    r.skip_strings();
    let count = r.len();
    if r.broken { (r, 0) } else { (r, count) }
}

/// How many slots the flat word table of a shipped snapshot takes (see `shipped_table`).
pub(super) const fn shipped_table_slots(snapshot: &[u8], current: bool) -> usize {
    packed_slots(word_table(snapshot, current).1)
}

/// The flat word table of a shipped snapshot, filled by the compiler with the words
/// `read_body` reads, as a start would fill it (`WordTable::over` then counts them in).
/// Empty for a snapshot that is not `current`, which is never read back.
pub(super) const fn shipped_table<const N: usize>(
    snapshot: &[u8],
    current: bool,
) -> StaticPacked<N> {
    let mut table = StaticPacked::new();
    let (mut r, count) = word_table(snapshot, current);
    if packed_slots(count) != N {
        return table;
    }
    let mut k = 0;
    while k < count && !r.broken {
        let word = r.bytes();
        let (id, flags, breaks_clause) = (r.u32(), r.u8(), r.u8() == 1);
        let rewritten = r.u8() == 1;
        if rewritten {
            let into = r.len();
            let mut w = 0;
            while w < into && !r.broken {
                r.bytes();
                r.u32();
                r.u8();
                r.u8();
                w += 1;
            }
        }
        table.add(word, (id, flags, breaks_clause), rewritten);
        k += 1;
    }
    table
}

/// `Reader` for the compiler: a read past the end marks the cursor broken and gives
/// zero or nothing.
struct ConstReader<'a> {
    bytes: &'a [u8],
    at: usize,
    broken: bool,
}

impl<'a> ConstReader<'a> {
    const fn u8(&mut self) -> u8 {
        if self.at >= self.bytes.len() {
            self.broken = true;
            return 0;
        }
        self.at += 1;
        self.bytes[self.at - 1]
    }

    const fn u32(&mut self) -> u32 {
        let mut value = 0;
        let mut k = 0;
        while k < 4 {
            value |= (self.u8() as u32) << (8 * k);
            k += 1;
        }
        value
    }

    /// A length, never more than the bytes left (as `Reader::len`).
    const fn len(&mut self) -> usize {
        let count = self.u32() as usize;
        if self.broken || count > self.bytes.len() - self.at {
            self.broken = true;
            return 0;
        }
        count
    }

    const fn bytes(&mut self) -> &'a [u8] {
        let count = self.len();
        let (_, rest) = self.bytes.split_at(self.at);
        let (bytes, _) = rest.split_at(count);
        self.at += count;
        bytes
    }

    const fn skip_strings(&mut self) {
        let count = self.len();
        let mut k = 0;
        while k < count && !self.broken {
            self.bytes();
            k += 1;
        }
    }
}

/// The snapshot of `lexicon`, compiled from `source` (written by the freshness test).
#[cfg(test)]
pub(super) fn encode(lexicon: &Lexicon, source: &str) -> Vec<u8> {
    let mut w = Writer::default();
    let language = Language::ALL
        .iter()
        .position(|&l| l == lexicon.language)
        .unwrap_or_default();
    w.u8(language as u8);

    let rules = &lexicon.word_rules;
    let mut expansions: Vec<_> = rules.expansions.iter().collect();
    expansions.sort();
    w.len(expansions.len());
    for (word, into) in expansions {
        w.str(word);
        w.strings(into);
    }
    w.strings(&rules.elisions);
    w.strings(&rules.clause_breakers);
    let table = rules.known_words();
    w.len(table.len());
    for (word, info) in table {
        w.bytes(&word);
        w.u32(info.id);
        w.u8(info.flags);
        w.bool(info.breaks_clause);
        match info.expansion {
            None => w.u8(0),
            Some(expansion) => {
                w.u8(1);
                w.len(expansion.len());
                for (word, id, flags, breaks) in expansion {
                    w.bytes(word.as_bytes());
                    w.u32(*id);
                    w.u8(*flags);
                    w.bool(*breaks);
                }
            }
        }
    }

    w.strings(&lexicon.negators_before);
    w.len(lexicon.negation_window_before);
    w.strings(&lexicon.negators_after);
    w.len(lexicon.negation_window_after);
    w.strings(&lexicon.negation_helpers);
    w.strings(&lexicon.negation_stops);
    w.strings(&lexicon.negation_bridges);
    w.strings(&lexicon.negation_prepositions);
    w.strings(&lexicon.in_vain_markers);
    w.strings(&lexicon.copulas);
    w.strings(&lexicon.customer_acts);
    w.len(lexicon.customer_act_reach);
    w.strings(&lexicon.passive_auxiliaries);
    w.strings(&lexicon.past_auxiliaries);
    w.strings(&lexicon.yet_words);
    w.strings(&lexicon.intensifiers);
    w.strings(&lexicon.subordinators);
    w.strings(&lexicon.reporting_verbs);
    w.strings(&lexicon.report_negators);
    w.strings(&lexicon.asking_verbs);
    w.strings(&lexicon.conditionals);
    w.strings(&lexicon.consequents);
    w.strings(&lexicon.tone.slang);
    w.strings(&lexicon.tone.informal_address);
    w.strings(&lexicon.tone.formal_address);
    w.strings(&lexicon.tone.impersonal_greetings);
    w.strings(&lexicon.tone.closings);
    w.strings(&lexicon.tone.titles);
    w.strings(&lexicon.tone.distancing);
    w.strings(&lexicon.tone.by_us);
    w.bool(lexicon.tone.familiar_when_friendly);
    w.strings(&lexicon.stake_words);
    w.strings(&lexicon.life_words);
    w.strings(&lexicon.work_words);
    w.strings(&lexicon.we);
    w.strings(&lexicon.sincere_markers);
    w.strings(&lexicon.greetings);
    w.strings(&lexicon.third_person);
    w.strings(&lexicon.alike);
    w.strings(&lexicon.alike_at_end);
    w.strings(&lexicon.question_openers);
    w.strings(&lexicon.question_verbs);
    w.strings(&lexicon.question_subjects);
    w.strings(&lexicon.question_determiners);
    w.strings(&lexicon.praise_words);
    w.strings(&lexicon.you);
    w.strings(&lexicon.me);
    let mut stopwords: Vec<_> = lexicon.stopwords.iter().cloned().collect();
    stopwords.sort();
    w.strings(&stopwords);

    let mut entries: Vec<_> = lexicon.entries.iter().collect();
    entries.sort_by_key(|(category, _)| **category);
    w.len(entries.len());
    for (category, entry) in entries {
        w.category(*category);
        w.u32(entry.points as u32);
        w.str(entry.explain);
        match entry.better {
            None => w.u8(0),
            Some(better) => {
                w.u8(1);
                w.str(better);
            }
        }
        // The phrases, which a compiled lexicon keeps as patterns only.
        w.strings(&[]);
    }
    let mut messages: Vec<_> = lexicon.messages.iter().collect();
    messages.sort();
    w.len(messages.len());
    for (key, text) in messages {
        w.str(key);
        w.str(text);
    }

    let first_words = &lexicon.first_words;
    // The sizes of the flat lists first, so that reading allocates each once. Each list
    // of patterns is a range of their numbers, the next after the one before: its length
    // says it.
    w.len(first_words.second_ids.len());
    w.len(first_words.len());
    for &span in &first_words.spans {
        w.len(first_words.any_second(span).len());
        let seconds = first_words.second_ids(span);
        w.len(seconds.len());
        for (k, &second) in seconds.iter().enumerate() {
            w.u32(second);
            w.len(first_words.after_second(span, k).len());
        }
    }
    w.len(lexicon.prefix_first.len());
    for &(ref stem, numbers) in &lexicon.prefix_first {
        w.bytes(stem);
        w.len(super::numbers(numbers).len());
    }
    // The patterns' words and their needs, counted apart (the needs are written within
    // the words, and read back from them).
    let needs: usize = lexicon
        .patterns
        .iter()
        .map(|p| usize::from(p.need_count))
        .sum();
    w.len(lexicon.pattern_words.len() - needs);
    w.len(needs);
    w.len(lexicon.patterns.len());
    for pattern in &lexicon.patterns {
        w.category(pattern.category);
        w.bool(pattern.anchored);
        w.bool(pattern.never_negated);
        w.bool(pattern.opens_clause);
        let words = super::range(&lexicon.pattern_words, pattern.words());
        w.len(words.len());
        for &word in words {
            let text = |index: u32| &*lexicon.pattern_texts[index as usize];
            match word {
                PatternWord::Exact(id) => {
                    w.u8(0);
                    w.u32(id);
                }
                PatternWord::Text(index) => {
                    w.u8(1);
                    w.str(text(index));
                }
                PatternWord::Prefix(index) => {
                    w.u8(2);
                    w.str(text(index));
                }
                PatternWord::Any => w.u8(3),
                PatternWord::Gap => w.u8(4),
                PatternWord::SentenceEnd => w.u8(5),
            }
        }
    }

    let body = w.0;
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&hash(source.as_bytes()).to_le_bytes());
    out.extend_from_slice(&hash(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// The lexicon in `snapshot`, or `None` when the snapshot was not written from `source`
/// by this format, or is damaged (what `Lexicon::embedded` does with the checks made at
/// compile time).
#[cfg(test)]
fn decode(snapshot: &[u8], source: &str) -> Option<Lexicon> {
    if !is_current(snapshot, source) {
        return None;
    }
    decode_current(snapshot, WordTable::with_room)
}

/// The lexicon in a snapshot `is_current` has accepted (`None` only if it lied), its
/// words read into `word_table(count)`: a table with room for them, or the one the
/// compiler filled from the same snapshot (`shipped_table`).
pub(super) fn decode_current(
    snapshot: &[u8],
    word_table: impl FnOnce(usize) -> WordTable,
) -> Option<Lexicon> {
    let mut body = Reader {
        bytes: snapshot.get(HEADER..)?,
    };
    let lexicon = read_body(&mut body, word_table)?;
    body.bytes.is_empty().then_some(lexicon)
}

fn read_body(r: &mut Reader<'_>, word_table: impl FnOnce(usize) -> WordTable) -> Option<Lexicon> {
    let language = *Language::ALL.get(usize::from(r.u8()?))?;

    let count = r.len()?;
    let mut expansions = HashMap::with_capacity_and_hasher(count, Default::default());
    for _ in 0..count {
        expansions.insert(r.string()?, r.strings()?);
    }
    let elisions = r.strings()?;
    let clause_breakers = r.strings()?;
    let count = r.len()?;
    // The flat table straight away, filled (or, when the compiler filled it, counted)
    // as the words are read (each word's bytes stay where they are in the snapshot until
    // it takes them): the general one holds only what the flat one cannot.
    let mut table = word_table(count);
    for _ in 0..count {
        let word = r.bytes()?;
        let (id, flags, breaks_clause) = (r.u32()?, r.u8()?, r.bool()?);
        let expansion = match r.u8()? {
            0 => None,
            1 => {
                let count = r.len()?;
                let mut words = Vec::with_capacity(count);
                for _ in 0..count {
                    words.push((Word::new(r.str()?), r.u32()?, r.u8()?, r.bool()?));
                }
                Some(words.into_boxed_slice())
            }
            _ => return None,
        };
        table.add(
            word,
            WordInfo {
                id,
                flags,
                breaks_clause,
                expansion,
            },
        );
    }
    if !table.is_whole() {
        return None;
    }
    let word_rules = WordRules {
        expansions,
        elisions,
        clause_breakers,
        ..WordRules::default()
    }
    .read_back(table);

    let negators_before = r.strings()?;
    let negation_window_before = r.u32()? as usize;
    let negators_after = r.strings()?;
    let negation_window_after = r.u32()? as usize;
    let negation_helpers = r.strings()?;
    let negation_stops = r.strings()?;
    let negation_bridges = r.strings()?;
    let negation_prepositions = r.strings()?;
    let in_vain_markers = r.strings()?;
    let copulas = r.strings()?;
    let customer_acts = r.strings()?;
    let customer_act_reach = r.u32()? as usize;
    let passive_auxiliaries = r.strings()?;
    let past_auxiliaries = r.strings()?;
    let yet_words = r.strings()?;
    let intensifiers = r.strings()?;
    let subordinators = r.strings()?;
    let reporting_verbs = r.strings()?;
    let report_negators = r.strings()?;
    let asking_verbs = r.strings()?;
    let conditionals = r.strings()?;
    let consequents = r.strings()?;
    let tone = ToneWords {
        slang: r.strings()?,
        informal_address: r.strings()?,
        formal_address: r.strings()?,
        impersonal_greetings: r.strings()?,
        closings: r.strings()?,
        titles: r.strings()?,
        distancing: r.strings()?,
        by_us: r.strings()?,
        familiar_when_friendly: r.bool()?,
    };
    let stake_words = r.strings()?;
    let life_words = r.strings()?;
    let work_words = r.strings()?;
    let we = r.strings()?;
    let sincere_markers = r.strings()?;
    let greetings = r.strings()?;
    let third_person = r.strings()?;
    let alike = r.strings()?;
    let alike_at_end = r.strings()?;
    let question_openers = r.strings()?;
    let question_verbs = r.strings()?;
    let question_subjects = r.strings()?;
    let question_determiners = r.strings()?;
    let praise_words = r.strings()?;
    let you = r.strings()?;
    let me = r.strings()?;
    let stopwords = r.strings()?.into_iter().collect();

    let count = r.len()?;
    let mut entries = HashMap::with_capacity_and_hasher(count, Default::default());
    for _ in 0..count {
        let category = r.category()?;
        let points = r.u32()? as i32;
        let explain = r.string()?;
        let better = match r.u8()? {
            0 => None,
            1 => Some(r.string()?),
            _ => return None,
        };
        // The phrases, which live on as patterns (below).
        r.strings()?;
        let rule = Rule {
            points,
            explain: keep(explain),
            better: better.map(keep),
        };
        entries.insert(category, rule);
    }
    let count = r.len()?;
    let mut messages = HashMap::with_capacity_and_hasher(count, Default::default());
    for _ in 0..count {
        messages.insert(keep(r.string()?), keep(r.string()?));
    }

    let (seconds, count) = (r.len()?, r.len()?);
    let mut first_words = FirstWords {
        spans: Vec::with_capacity(count),
        listed: 0,
        second_ids: Vec::with_capacity(seconds),
        second_patterns: Vec::with_capacity(seconds),
    };
    for _ in 0..count {
        first_words.push_word();
        for _ in 0..r.len()? {
            first_words.push_any_second();
        }
        for _ in 0..r.len()? {
            first_words.push_second(r.u32()?);
            for _ in 0..r.len()? {
                first_words.push_after_second();
            }
        }
    }
    let count = r.len()?;
    let mut prefix_first = Vec::with_capacity(count);
    let mut listed = first_words.listed;
    for _ in 0..count {
        let stem: Box<[u8]> = r.bytes()?.into();
        let to = listed.checked_add(u32::try_from(r.len()?).ok()?)?;
        prefix_first.push((stem, (listed, to)));
        listed = to;
    }
    let mut lexicon = Lexicon {
        language,
        word_rules,
        negators_before,
        negation_window_before,
        negators_after,
        negation_window_after,
        negation_helpers,
        negation_stops,
        negation_bridges,
        negation_prepositions,
        in_vain_markers,
        copulas,
        customer_acts,
        customer_act_reach,
        passive_auxiliaries,
        past_auxiliaries,
        yet_words,
        intensifiers,
        subordinators,
        reporting_verbs,
        report_negators,
        asking_verbs,
        conditionals,
        consequents,
        tone,
        stake_words,
        life_words,
        work_words,
        we,
        sincere_markers,
        greetings,
        third_person,
        alike,
        alike_at_end,
        question_openers,
        question_verbs,
        question_subjects,
        question_determiners,
        praise_words,
        you,
        me,
        stopwords,
        entries,
        messages,
        first_words,
        prefix_first,
        prefix_ranges: HashMap::default(),
        patterns: Vec::new(),
        pattern_words: Vec::new(),
        pattern_texts: Vec::new(),
        needs_folded: Vec::new(),
        second_word_filter: Box::default(),
        caring_words: Box::default(),
        negation_bridge_ids: Vec::new(),
        negation_preposition_ids: Vec::new(),
        in_vain_marker_ids: Vec::new(),
        copula_ids: Vec::new(),
        customer_act_bits: Box::default(),
        customer_act_groups: Vec::new(),
        act_patterns: Vec::new(),
        act_prefix_patterns: Vec::new(),
        question_starts: Box::default(),
        subordinator_ids: Vec::new(),
        word_sets: Default::default(),
    };
    let (words, needs, count) = (r.len()?, r.len()?, r.len()?);
    lexicon
        .pattern_words
        .reserve_exact(words.checked_add(needs)?);
    lexicon.patterns.reserve_exact(count);
    for _ in 0..count {
        let category = r.category()?;
        let (anchored, never_negated, opens_clause) = (r.bool()?, r.bool()?, r.bool()?);
        let length = r.len()?;
        if length > super::MAX_PHRASE_WORDS {
            return None;
        }
        let from = lexicon.pattern_words.len();
        for _ in 0..length {
            let texts = &mut lexicon.pattern_texts;
            lexicon.pattern_words.push(match r.u8()? {
                0 => PatternWord::Exact(r.u32()?),
                1 => PatternWord::Text(super::text_index(texts, r.str()?)),
                2 => PatternWord::Prefix(super::text_index(texts, r.str()?)),
                3 => PatternWord::Any,
                4 => PatternWord::Gap,
                5 => PatternWord::SentenceEnd,
                _ => return None,
            });
        }
        lexicon.finish_pattern(category, anchored, from, never_negated, opens_clause);
    }
    // The lists' ranges end within the patterns.
    if listed as usize > lexicon.patterns.len() {
        return None;
    }
    lexicon.derive_indexes();
    Some(lexicon)
}

#[cfg(test)]
#[derive(Default)]
struct Writer(Vec<u8>);

#[cfg(test)]
impl Writer {
    fn u8(&mut self, value: u8) {
        self.0.push(value);
    }

    fn bool(&mut self, value: bool) {
        self.u8(u8::from(value));
    }

    fn u32(&mut self, value: u32) {
        self.0.extend_from_slice(&value.to_le_bytes());
    }

    /// A length or a small count; the lexicon's lists are far below 4 billion items.
    fn len(&mut self, value: usize) {
        self.u32(value as u32);
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.len(bytes.len());
        self.0.extend_from_slice(bytes);
    }

    fn str(&mut self, text: &str) {
        self.bytes(text.as_bytes());
    }

    fn strings(&mut self, texts: &[String]) {
        self.len(texts.len());
        for text in texts {
            self.str(text);
        }
    }

    fn category(&mut self, category: Category) {
        let index = Category::ALL
            .iter()
            .position(|&c| c == category)
            .unwrap_or_default();
        self.u8(index as u8);
    }
}

/// Reads a snapshot front to back; every read is checked, so damaged bytes give `None`.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        if count > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(count);
        self.bytes = rest;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// A length: never more than the bytes left, as every item takes one byte at least,
    /// so a damaged length cannot make a reader reserve gigabytes.
    fn len(&mut self) -> Option<usize> {
        let count = self.u32()? as usize;
        (count <= self.bytes.len()).then_some(count)
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let count = self.len()?;
        self.take(count)
    }

    fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    // The lists are allocated once at their size (collecting into an `Option<Vec>` grows
    // them step by step).
    fn strings(&mut self) -> Option<Vec<String>> {
        let count = self.len()?;
        let mut strings = Vec::with_capacity(count);
        for _ in 0..count {
            strings.push(self.string()?);
        }
        Some(strings)
    }

    fn category(&mut self) -> Option<Category> {
        Category::ALL.get(usize::from(self.u8()?)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::lexicon::{embedded_snapshot, embedded_source};

    fn compiled(language: Language) -> (Lexicon, Vec<u8>) {
        let source = embedded_source(language);
        let lexicon = Lexicon::parse(source).unwrap_or_else(|e| panic!("{e}"));
        let bytes = encode(&lexicon, source);
        (lexicon, bytes)
    }

    /// Fails when a shipped snapshot no longer matches its lexicon (or the compiler).
    /// `FRONTLINE_BLESS=1` writes the fresh snapshots instead, to be committed.
    #[test]
    fn shipped_snapshots_are_fresh() {
        let (mut stale, mut written) = (Vec::new(), false);
        for language in Language::ALL {
            let (_, fresh) = compiled(language);
            if embedded_snapshot(language) == fresh.as_slice() {
                continue;
            }
            let path = format!(
                "{}/assets/lexicons/compiled/{}.bin",
                env!("CARGO_MANIFEST_DIR"),
                language.code()
            );
            if std::env::var_os("FRONTLINE_BLESS").is_some() {
                std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("{path}: {e}"));
                written = true;
            } else {
                stale.push(path);
            }
        }
        assert!(
            stale.is_empty(),
            "stale lexicon snapshots (the scorer still works, parsing the RON, only slower \
             to start): {stale:?}. Write them again with `FRONTLINE_BLESS=1 cargo test \
             --lib snapshot` and commit them."
        );
        if written {
            // This binary holds the snapshots it replaced: the next build checks these.
            return;
        }
        // What the compiler worked out for the shipped snapshots agrees.
        assert_eq!(super::super::EMBEDDED_CURRENT, [true; 3]);
        for language in Language::ALL {
            let lexicon = Lexicon::embedded(language).expect("the shipped lexicon");
            assert_eq!(
                encode(&lexicon, embedded_source(language)),
                embedded_snapshot(language),
                "{language}"
            );
        }
    }

    /// The flat word tables the compiler filled from the shipped snapshots are, slot for
    /// slot, those a start fills reading the same words (`WordTable::with_room`), and the
    /// shipped lexicons read back over them know every word the same.
    #[test]
    fn the_compilers_word_tables_are_those_a_start_fills() {
        let tables = &super::super::SHIPPED_TABLES;
        for language in Language::ALL {
            let snapshot = embedded_snapshot(language);
            let filled = decode(snapshot, embedded_source(language)).expect("fresh");
            let packed = &filled.word_rules.packed;
            let same = match language {
                Language::En => tables.0.is(packed),
                Language::Fr => tables.1.is(packed),
                Language::Nl => tables.2.is(packed),
            };
            assert!(same, "{language}");
            let shipped = Lexicon::embedded(language).expect("shipped");
            assert_eq!(
                shipped.word_rules.known_words(),
                filled.word_rules.known_words(),
                "{language}"
            );
        }
    }

    /// The compiler's reading of a snapshot never fails the build: a snapshot not current
    /// (never read back), one it cannot read or a table of another size gives no words,
    /// a snapshot cut short the words before the cut.
    #[test]
    fn the_compiler_reads_any_snapshot_without_failing() {
        let snapshot = embedded_snapshot(Language::En);
        let slots = shipped_table_slots(snapshot, true);
        assert!(slots >= 2 * 1000, "{slots}");
        assert_eq!(shipped_table_slots(snapshot, false), 0);
        assert_eq!(shipped_table_slots(b"FLLEXSNP nonsense", true), 0);
        assert_eq!(shipped_table_slots(&snapshot[..HEADER + 40], true), 0);
        // Another size than the snapshot's words take: no word placed.
        let free = WordTable::with_room(8).into_packed();
        assert!(shipped_table::<16>(snapshot, true).is(&free));
        // Cut short within its words: those before the cut (read at run time here, so
        // that a panic would show as one).
        const SLOTS: usize = shipped_table_slots(embedded_snapshot(Language::En), true);
        let whole = shipped_table::<SLOTS>(snapshot, true).words();
        let cut_at = word_table(snapshot, true).0.at + 2000;
        let cut: StaticPacked<SLOTS> = shipped_table(&snapshot[..cut_at], true);
        assert!(cut.words() > 0);
        assert!(cut.words() < whole, "{} of {whole}", cut.words());
    }

    /// `hash` is `Fnv` written out for the compiler: the same numbers, at every length
    /// around a chunk's eight bytes.
    #[test]
    fn the_snapshot_hash_is_fnv() {
        use std::hash::Hasher;
        let text = b"Het spijt me echt, ik begrijp je frustratie.";
        for length in 0..text.len() {
            let mut fnv = super::super::Fnv::default();
            fnv.write(&text[..length]);
            fnv.write_usize(length);
            assert_eq!(hash(&text[..length]), fnv.finish(), "{length} bytes");
        }
    }

    #[test]
    fn a_snapshot_reads_back_to_the_lexicon_it_was_written_from() {
        for language in Language::ALL {
            let source = embedded_source(language);
            let (lexicon, bytes) = compiled(language);
            let read = decode(&bytes, source).expect("a fresh snapshot is read");
            assert_eq!(encode(&read, source), bytes, "{language}");
            // The rebuilt look-up aids give the same words and matches.
            let replies = [
                "I'm so sorry, Sam. That must be frustrating; I don't know why it happened. \
                 Are you still at the airport?",
                "Je suis vraiment désolée, c'est frustrant. Êtes-vous encore à l'aéroport ?",
                "Het spijt me echt, ik begrijp je frustratie niet. Ben je nog op het vliegveld?",
                "we apologize for any inconvenience caused. calm down!! 🙏 <3 DM us",
            ];
            for reply in replies {
                let (a, b) = (lexicon.analyse(reply), read.analyse(reply));
                assert_eq!(a.tokens, b.tokens, "{language}: {reply}");
                assert_eq!(
                    lexicon.find_all(&a),
                    read.find_all(&b),
                    "{language}: {reply}"
                );
            }
        }
    }

    #[test]
    fn a_stale_or_damaged_snapshot_is_refused_without_panicking() {
        let source = embedded_source(Language::En);
        let (_, bytes) = compiled(Language::En);
        let edited = source.replacen("frustrat", "frustrated", 1);
        assert!(decode(&bytes, &edited).is_none(), "an edited lexicon");
        assert!(decode(&bytes, embedded_source(Language::Fr)).is_none());
        for cut in (0..bytes.len()).step_by(97) {
            assert!(decode(&bytes[..cut], source).is_none(), "cut at {cut}");
        }
        for at in (0..bytes.len()).step_by(89) {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x5a;
            assert!(decode(&damaged, source).is_none(), "byte {at} changed");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer, source).is_none(), "a byte too many");
    }

    /// What the body hash cannot see, the reader still refuses: a body rewritten with a
    /// matching hash but nonsense inside gives `None`, not a panic.
    #[test]
    fn a_body_of_nonsense_is_refused() {
        let source = embedded_source(Language::Nl);
        for body in [vec![], vec![7u8; 64], vec![0u8; 3], vec![255u8; 300]] {
            let mut bytes = MAGIC.to_vec();
            bytes.extend_from_slice(&FORMAT.to_le_bytes());
            bytes.extend_from_slice(&hash(source.as_bytes()).to_le_bytes());
            bytes.extend_from_slice(&hash(&body).to_le_bytes());
            bytes.extend_from_slice(&body);
            assert!(decode(&bytes, source).is_none(), "{body:?}");
        }
    }
}
