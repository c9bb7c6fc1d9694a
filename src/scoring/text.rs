//! Turning a reply into what the rules match against: normalised words that remember
//! where they came from (byte spans on char boundaries), clauses and sentences.
//!
//! Normalisation is the same for lexicon phrases and for replies, so a trainer writes
//! "désolé" or "don't" in a lexicon and it matches "Desole", "DON’T" or "dont" in a reply.

use std::borrow::Cow;
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

/// Emoji and pictographs are words of their own: a heart or a hug says something (and the
/// brand's tone counts them, `tone::emoji`). A flag's half counts too; "✓", a plain tick,
/// is a text symbol.
pub fn is_pictograph(c: char) -> bool {
    let cp = c as u32;
    // Spaces and punctuation, what this is asked about nearly always, in one comparison.
    if cp < 0x203C {
        return false;
    }
    ((0x1F000..=0x1FAFF).contains(&cp) || (0x2600..=0x27BF).contains(&cp) && cp != 0x2713)
        || matches!(
            cp,
            0x203C
                | 0x2049
                | 0x231A..=0x231B
                | 0x2328
                | 0x23CF
                | 0x23E9..=0x23F3
                | 0x23F8..=0x23FA
                | 0x2B1B..=0x2B1C
                | 0x2B50
                | 0x2B55
                | 0x3030
                | 0x303D
        )
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
    /// Everything known about a word, found with one look-up per word of a text (see
    /// `WordRules::index`): its expansion, its vocabulary id and flags, whether it breaks
    /// a clause. Read back from a lexicon's snapshot, only the words `packed` cannot hold
    /// (a few emoji, for the shipped lexicons): building this map for all of them, then
    /// `packed` from it, took about 0.3 ms of the 0.65 – 0.85 ms a start took to load the
    /// English lexicon; filling `packed` as the words are read took about 0.2, and
    /// counting them into the table the compiler filled (`StaticPacked`) 0.08 – 0.17.
    pub(super) table: HashMap<Box<[u8]>, WordInfo, super::lexicon::FastHash>,
    /// The short ASCII words of `table` again, in a flat table probed without hashing
    /// bytes or following pointers: most words of a text are looked up here (see
    /// `WordRules::seal`; empty until then, and after any change). Read back from a
    /// snapshot, the only place of these words; for a shipped lexicon, slots the
    /// compiler filled.
    pub(super) packed: PackedTable,
    /// `index` has run: words carry ids and flags from `table` and `packed`.
    pub(super) indexed: bool,
    /// The first two bytes of every prefix phrase of the lexicon ("frustrat*"), as a bit
    /// set over all byte pairs (see `seal`): a word starting with another pair starts no
    /// prefix phrase.
    pub(super) prefix_pairs: Box<[u64]>,
    /// How many words the lexicon's vocabulary has (ids are below it; see `seal`).
    pub(super) vocabulary_len: usize,
}

/// A word a contraction is rewritten as, with its id, flags and clause break.
pub(super) type Expanded = (Word, u32, u8, bool);

/// The words of rules read back from a snapshot, filled as they are read: in the flat
/// table, but for those it cannot hold, which go to a general one.
pub(super) struct WordTable {
    packed: PackedTable,
    general: HashMap<Box<[u8]>, WordInfo, super::lexicon::FastHash>,
    /// The words the compiler placed in `packed` already, when it did (`over`): the
    /// words read are only counted in, and must come to as many.
    placed: Option<Admitted>,
}

impl WordTable {
    /// Room for `words` words.
    #[cfg(test)]
    pub(super) fn with_room(words: usize) -> WordTable {
        WordTable {
            packed: PackedTable::with_room(words),
            general: HashMap::default(),
            placed: None,
        }
    }

    /// For the words of the snapshot the compiler filled `table` from.
    pub(super) fn over<const N: usize>(table: &'static StaticPacked<N>) -> WordTable {
        WordTable {
            packed: table.table(),
            general: HashMap::default(),
            placed: Some(table.admitted),
        }
    }

    /// Adds a word (once; words past the room go to the general table).
    pub(super) fn add(&mut self, word: &[u8], info: WordInfo) {
        let left = if self.placed.is_some() {
            self.packed.count_in(word, info)
        } else {
            self.packed.insert(word, info)
        };
        if let Some(info) = left {
            self.general.insert(word.into(), info);
        }
    }

    #[cfg(test)]
    pub(super) fn into_packed(self) -> PackedTable {
        self.packed
    }

    /// Whether the words added are all the table's: always, unless the compiler filled
    /// it from other words than those read back.
    pub(super) fn is_whole(&self) -> bool {
        self.placed
            .is_none_or(|placed| placed == self.packed.admitted)
    }
}

/// What a look-up found about a word, in `packed` or in `table`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Known<'a> {
    pub(super) id: u32,
    pub(super) flags: u8,
    pub(super) breaks_clause: bool,
    pub(super) expansion: Option<&'a [Expanded]>,
}

/// What one look-up tells about a word.
#[derive(Debug, Clone)]
pub(super) struct WordInfo {
    /// The vocabulary id (`NO_ID` when no phrase uses the word) and the rule flags.
    pub(super) id: u32,
    pub(super) flags: u8,
    pub(super) breaks_clause: bool,
    /// The words it is rewritten as, each with its own id, flags and clause break.
    pub(super) expansion: Option<Box<[Expanded]>>,
}

impl WordInfo {
    /// What this entry tells.
    fn known(&self) -> Known<'_> {
        Known {
            id: self.id,
            flags: self.flags,
            breaks_clause: self.breaks_clause,
            expansion: self.expansion.as_deref(),
        }
    }
}

impl WordRules {
    /// Builds the one-look-up table from the rules and a vocabulary (word -> id, flags).
    /// Call it again whenever the rules or the vocabulary change; before it is called,
    /// words are still cut and rewritten, but carry no id and no flags.
    pub fn index(&mut self, vocabulary: &dyn Fn(&str) -> Option<(u32, u8)>) {
        let info_of = |word: &str| {
            let (id, flags) = vocabulary(word).unwrap_or((NO_ID, 0));
            (id, flags, self.clause_breakers.iter().any(|b| b == word))
        };
        let mut table: HashMap<Box<[u8]>, WordInfo, super::lexicon::FastHash> = HashMap::default();
        for (word, into) in &self.expansions {
            let expansion: Box<[Expanded]> = into
                .iter()
                .map(|w| {
                    let (id, flags, breaks) = info_of(w);
                    (Word::new(w), id, flags, breaks)
                })
                .collect();
            table.insert(
                word.as_bytes().into(),
                WordInfo {
                    id: NO_ID,
                    flags: 0,
                    breaks_clause: false,
                    expansion: Some(expansion),
                },
            );
        }
        for word in self.clause_breakers.iter() {
            let (id, flags, _) = info_of(word);
            table.entry(word.as_bytes().into()).or_insert(WordInfo {
                id,
                flags,
                breaks_clause: true,
                expansion: None,
            });
        }
        self.table = table;
        self.packed = PackedTable::default();
        self.indexed = true;
    }

    /// Builds the flat table of short words once the rules and vocabulary are complete
    /// (unless it was read back whole from a snapshot, `read_back`). Looking a word up
    /// gives the same answer with or without it; it is only faster. Also takes what an
    /// analysis needs to mark where phrases may start: the prefix phrases' first byte
    /// pairs (`PAIRS` bits) and the vocabulary's size.
    pub fn seal(&mut self, prefix_pairs: Box<[u64]>, vocabulary_len: usize) {
        if self.packed.is_empty() {
            self.packed = PackedTable::build(&self.table);
        }
        self.prefix_pairs = prefix_pairs;
        self.vocabulary_len = vocabulary_len;
    }

    /// Adds one vocabulary word to the table (used by `Lexicon` while indexing).
    pub fn index_word(&mut self, word: &str, id: u32, flags: u8) {
        self.packed = PackedTable::default();
        let breaks_clause = self.clause_breakers.iter().any(|b| b == word);
        self.table
            .entry(word.as_bytes().into())
            .and_modify(|info| {
                if info.expansion.is_none() {
                    info.id = id;
                    info.flags = flags;
                }
            })
            .or_insert(WordInfo {
                id,
                flags,
                breaks_clause,
                expansion: None,
            });
    }

    /// The vocabulary id of a word that is not rewritten, `None` when no phrase of the
    /// lexicon uses it: every vocabulary word is in the table (`Lexicon::compile`).
    pub fn vocabulary_id(&self, word: &str) -> Option<u32> {
        self.find(word.as_bytes())
            .filter(|known| known.expansion.is_none() && known.id != NO_ID)
            .map(|known| known.id)
    }

    /// Id, flags and clause break of a word that is not rewritten.
    fn info(&self, word: &Word) -> (u32, u8, bool) {
        match self.lookup(word) {
            Some(info) => (info.id, info.flags, info.breaks_clause),
            None => (
                NO_ID,
                0,
                !self.indexed
                    && self
                        .clause_breakers
                        .iter()
                        .any(|b| b.as_bytes() == word.as_bytes()),
            ),
        }
    }

    fn lookup(&self, word: &Word) -> Option<Known<'_>> {
        self.find(word.as_bytes())
    }

    /// A word in `packed` when it is one it may hold, else (or when it was left out of
    /// it) in `table`.
    fn find(&self, word: &[u8]) -> Option<Known<'_>> {
        if !self.indexed {
            return None;
        }
        let packed = self.packed.view();
        if let Some(key) = PackedWord::new(word)
            && let Some(slot) = packed.get(key)
        {
            return Some(packed.known(slot));
        }
        self.table.get(word).map(WordInfo::known)
    }

    /// Every word the rules know, with what they know of it, in byte order: the words
    /// of `packed` and of `table` (a word in both once). What a snapshot records.
    #[cfg(test)]
    pub(super) fn known_words(&self) -> Vec<(Box<[u8]>, Known<'_>)> {
        let mut words: std::collections::BTreeMap<Box<[u8]>, Known<'_>> = self
            .packed
            .slots
            .iter()
            .filter(|slot| slot.word != PackedWord::default())
            .map(|slot| (slot.word.bytes().into(), self.packed.view().known(slot)))
            .collect();
        for (word, info) in &self.table {
            words.entry(word.clone()).or_insert(info.known());
        }
        words.into_iter().collect()
    }

    /// Rules read back from a snapshot, with their words: `table` holds only those
    /// `packed` cannot (see `WordTable`), and `packed` is ready (`seal` keeps it).
    pub(super) fn read_back(mut self, words: WordTable) -> WordRules {
        self.packed = words.packed;
        self.table = words.general;
        self.indexed = true;
        self
    }
}

/// A short ASCII word in three machine words: its bytes, zero-padded, and its length in
/// the last byte. Comparing two is three comparisons; hashing one is two multiplications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct PackedWord([u64; 3]);

impl PackedWord {
    /// `None` unless `word` is 1 to `INLINE` bytes of ASCII. A `const fn`, as the
    /// compiler builds the shipped lexicons' tables with it (`StaticPacked`).
    const fn new(word: &[u8]) -> Option<PackedWord> {
        if !fits_packed(word) {
            return None;
        }
        let mut bytes = [0u8; 24];
        bytes.split_at_mut(word.len()).0.copy_from_slice(word);
        bytes[23] = word.len() as u8;
        let (chunks, _) = bytes.as_chunks::<8>();
        Some(PackedWord([
            u64::from_le_bytes(chunks[0]),
            u64::from_le_bytes(chunks[1]),
            u64::from_le_bytes(chunks[2]),
        ]))
    }

    /// The word's bytes.
    #[cfg(test)]
    fn bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(24);
        for chunk in self.0 {
            bytes.extend_from_slice(&chunk.to_le_bytes());
        }
        let len = usize::from(bytes[23]).min(INLINE);
        bytes.truncate(len);
        bytes
    }

    /// The same word as a token's `Word`: the layouts are the same, so this is three
    /// eight-byte writes.
    #[inline]
    fn to_word(self) -> Word {
        let mut bytes = [0u8; 24];
        for (k, chunk) in self.0.iter().enumerate() {
            bytes[k * 8..k * 8 + 8].copy_from_slice(&chunk.to_le_bytes());
        }
        Word::Inline(InlineWord(bytes))
    }

    /// Equality in scalar operations: the word being looked up is in registers, and a
    /// wide comparison would first write it to memory and read it back.
    #[inline]
    fn same(self, other: PackedWord) -> bool {
        let ([a, b, c], [x, y, z]) = (self.0, other.0);
        (a ^ x) | (b ^ y) | (c ^ z) == 0
    }

    #[inline]
    const fn hash(self) -> u64 {
        let [a, b, c] = self.0;
        (a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b.rotate_left(23) ^ c.rotate_left(47))
            .wrapping_mul(0xf135_7aea_2e62_a9c5)
    }
}

/// One slot of `PackedTable`: a word and what the look-up tells about it. A slot whose
/// word is all zeros is free (a real word has a length).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct PackedSlot {
    word: PackedWord,
    id: u32,
    flags: u8,
    breaks_clause: bool,
    /// The word is rewritten ("dont", "don't"): the index of the words it becomes in
    /// `PackedTable::expansions`, or `NOT_REWRITTEN`.
    expansion: u16,
}

impl PackedSlot {
    const FREE: PackedSlot = PackedSlot {
        word: PackedWord([0; 3]),
        id: 0,
        flags: 0,
        breaks_clause: false,
        expansion: 0,
    };
}

/// `PackedSlot::expansion` of a word that is not rewritten.
const NOT_REWRITTEN: u16 = u16::MAX;

/// Whether the flat table can hold `word`: 1 to `INLINE` bytes of ASCII.
const fn fits_packed(word: &[u8]) -> bool {
    !word.is_empty() && word.len() <= INLINE && word.is_ascii()
}

/// How many slots a flat table made for `words` words has: twice as many, rounded up to
/// a power of two and to one group at least; none for no words.
pub(super) const fn packed_slots(words: usize) -> usize {
    if words == 0 {
        return 0;
    }
    let slots = words.saturating_mul(2).next_power_of_two();
    if slots < GROUP { GROUP } else { slots }
}

/// log2 of a table's number of slots (0 for none).
const fn slot_bits(slots: usize) -> u32 {
    if slots == 0 {
        0
    } else {
        slots.trailing_zeros()
    }
}

/// The words a flat table has taken, counted as they come: which of the next ones it
/// takes, and the number of the words a rewritten one becomes, follow from them alone.
/// The same count for a table filled at a start (`PackedTable::insert`) and for one the
/// compiler fills (`StaticPacked::add`), so both put the same words in the same slots.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Admitted {
    words: usize,
    rewritten: usize,
}

impl Admitted {
    /// Takes `word` into a table of `slots` slots: the number of the words it becomes
    /// when it is `rewritten` (`NOT_REWRITTEN` else), or `None` for a word the
    /// table leaves to the general one: not 1 to `INLINE` bytes of ASCII, past the room
    /// (at most half full), or rewritten when the table holds as many rewritten words as
    /// an index counts (never the case for a real lexicon).
    const fn admit(&mut self, word: &[u8], rewritten: bool, slots: usize) -> Option<u16> {
        if !fits_packed(word) || (self.words + 1) * 2 > slots {
            return None;
        }
        let expansion = if !rewritten {
            NOT_REWRITTEN
        } else if self.rewritten < NOT_REWRITTEN as usize {
            self.rewritten += 1;
            (self.rewritten - 1) as u16
        } else {
            return None;
        };
        self.words += 1;
        Some(expansion)
    }
}

/// The home group of `word` in a table of `2^bits` slots (the hash's top bits) and its
/// tag (the seven bits below them, with the high bit set so that a tag is never zero).
#[inline]
const fn home(bits: u32, word: PackedWord) -> (usize, u8) {
    let hash = word.hash();
    let group_bits = bits - GROUP_BITS;
    let group = match hash.checked_shr(64 - group_bits) {
        Some(group) => group as usize,
        None => 0,
    };
    let tag = (hash >> (57 - group_bits)) as u8 | 0x80;
    (group, tag)
}

/// Puts `slot` in the first free slot of its home group, or of the groups after it, of
/// a table that has a free slot (at most half full).
const fn place(slots: &mut [PackedSlot], tags: &mut [u8], bits: u32, slot: PackedSlot) {
    let (mut group, tag) = home(bits, slot.word);
    let group_mask = (1 << (bits - GROUP_BITS)) - 1;
    loop {
        let mut k = 0;
        while k < GROUP {
            let at = group * GROUP + k;
            if tags[at] == 0 {
                tags[at] = tag;
                slots[at] = slot;
                return;
            }
            k += 1;
        }
        group = (group + 1) & group_mask;
    }
}

/// Open addressing with linear probing, at most half full. Beside each slot, a one-byte
/// tag: zero for a free slot, else seven more bits of the word's hash. A probe reads the
/// tags (4 KB for the shipped lexicons, which stay in the fastest cache) and opens a slot
/// (32 bytes each, 128 KB in all) only when its tag fits: most words of a text are not in
/// the table and never touch a slot. Measured: the look-up was 30 % of cutting replies
/// into words, most of it waiting for slots.
///
/// The slots and tags of a shipped lexicon's table are the compiler's (`StaticPacked`),
/// in the binary: a start only counts the words as it reads them back.
#[derive(Debug, Clone, Default)]
pub(super) struct PackedTable {
    slots: Cow<'static, [PackedSlot]>,
    tags: Cow<'static, [u8]>,
    /// The words that rewritten words become, by `PackedSlot::expansion`.
    expansions: Vec<Box<[Expanded]>>,
    /// log2 of the number of slots.
    bits: u32,
    /// The words taken so far.
    admitted: Admitted,
}

impl PackedTable {
    fn build(table: &HashMap<Box<[u8]>, WordInfo, super::lexicon::FastHash>) -> PackedTable {
        let mut packed = PackedTable::with_room(table.len());
        for (word, info) in table {
            // A word left out stays in `table`, where `find` looks next.
            let _ = packed.insert(word, info.clone());
        }
        packed
    }

    /// An empty table for `words` words, at most half full (`insert`): none when there
    /// are none (rules never indexed, which the general path handles).
    fn with_room(words: usize) -> PackedTable {
        let slots = packed_slots(words);
        PackedTable {
            slots: Cow::Owned(vec![PackedSlot::FREE; slots]),
            tags: Cow::Owned(vec![0; slots]),
            expansions: Vec::new(),
            bits: slot_bits(slots),
            admitted: Admitted::default(),
        }
    }

    /// Adds a word, unless it is one the table does not hold (see `Admitted::admit`):
    /// that word comes back, for the general table. A word is added once.
    fn insert(&mut self, word: &[u8], info: WordInfo) -> Option<WordInfo> {
        let (Some(key), Some(expansion)) = (
            PackedWord::new(word),
            self.take(word, info.expansion.is_some()),
        ) else {
            return Some(info);
        };
        if let Some(into) = info.expansion {
            self.expansions.push(into);
        }
        let slot = PackedSlot {
            word: key,
            id: info.id,
            flags: info.flags,
            breaks_clause: info.breaks_clause,
            expansion,
        };
        place(self.slots.to_mut(), self.tags.to_mut(), self.bits, slot);
        None
    }

    /// Counts `word` in, as `insert` would, without placing it (a table whose slots
    /// the compiler filled): the words it is rewritten as are kept all the same.
    fn count_in(&mut self, word: &[u8], info: WordInfo) -> Option<WordInfo> {
        if self.take(word, info.expansion.is_some()).is_none() {
            return Some(info);
        }
        if let Some(into) = info.expansion {
            self.expansions.push(into);
        }
        None
    }

    fn take(&mut self, word: &[u8], rewritten: bool) -> Option<u16> {
        self.admitted.admit(word, rewritten, self.slots.len())
    }

    /// The table's slots and tags as plain slices, for a text's words to be looked up.
    #[inline]
    fn view(&self) -> PackedView<'_> {
        PackedView {
            slots: &self.slots,
            tags: &self.tags,
            expansions: &self.expansions,
            bits: self.bits,
        }
    }

    fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

/// A flat table filled by the compiler from a shipped lexicon's snapshot (see
/// `snapshot::shipped_table`), kept in the binary: the same slots a start would fill
/// (`PackedTable::insert`, the same words in the same order), without a start making
/// room for 128 KB and hashing 1,500 words first.
pub(super) struct StaticPacked<const N: usize> {
    slots: [PackedSlot; N],
    tags: [u8; N],
    admitted: Admitted,
}

impl<const N: usize> StaticPacked<N> {
    pub(super) const fn new() -> StaticPacked<N> {
        StaticPacked {
            slots: [PackedSlot::FREE; N],
            tags: [0; N],
            admitted: Admitted {
                words: 0,
                rewritten: 0,
            },
        }
    }

    /// Adds a word as `PackedTable::insert` does.
    pub(super) const fn add(
        &mut self,
        word: &[u8],
        (id, flags, breaks_clause): (u32, u8, bool),
        rewritten: bool,
    ) {
        if let (Some(key), Some(expansion)) = (
            PackedWord::new(word),
            self.admitted.admit(word, rewritten, N),
        ) {
            let slot = PackedSlot {
                word: key,
                id,
                flags,
                breaks_clause,
                expansion,
            };
            place(&mut self.slots, &mut self.tags, slot_bits(N), slot);
        }
    }

    /// How many words it holds.
    #[cfg(test)]
    pub(super) fn words(&self) -> usize {
        self.admitted.words
    }

    /// Whether `table` has these slots and tags and took as many words.
    #[cfg(test)]
    pub(super) fn is(&self, table: &PackedTable) -> bool {
        self.slots[..] == table.slots[..]
            && self.tags[..] == table.tags[..]
            && self.admitted == table.admitted
    }

    /// An empty table with these slots, for the words read back from the same snapshot
    /// to be counted in (`WordTable::over`).
    fn table(&'static self) -> PackedTable {
        PackedTable {
            slots: Cow::Borrowed(&self.slots),
            tags: Cow::Borrowed(&self.tags),
            expansions: Vec::new(),
            bits: slot_bits(N),
            admitted: Admitted::default(),
        }
    }
}

/// A flat table's slices: what looking words up reads, taken once for a whole text.
#[derive(Clone, Copy)]
struct PackedView<'a> {
    slots: &'a [PackedSlot],
    tags: &'a [u8],
    expansions: &'a [Box<[Expanded]>],
    bits: u32,
}

impl<'a> PackedView<'a> {
    /// What `slot`, one of this table's, tells.
    fn known(&self, slot: &PackedSlot) -> Known<'a> {
        Known {
            id: slot.id,
            flags: slot.flags,
            breaks_clause: slot.breaks_clause,
            expansion: self.expansion(slot.expansion),
        }
    }

    fn group_mask(&self) -> usize {
        (1 << (self.bits - GROUP_BITS)) - 1
    }

    /// The words a word is rewritten as, by its `PackedSlot::expansion` (`None` for
    /// `NOT_REWRITTEN`).
    #[inline]
    fn expansion(&self, index: u16) -> Option<&'a [Expanded]> {
        self.expansions
            .get(usize::from(index))
            .map(|into| &into[..])
    }

    /// The tags of a group's eight slots, the first in the lowest byte (zero past the
    /// table, which no group reaches).
    #[inline]
    fn group_tags(&self, group: usize) -> u64 {
        read_eight(self.tags, group * GROUP)
    }
    /// The slot of `word`, or `None` when the word is not in the table. Never inlined:
    /// the hot path (`fields`) calls it only when the home group does not settle.
    #[inline(never)]
    fn get(&self, word: PackedWord) -> Option<&'a PackedSlot> {
        if self.is_empty() {
            return None;
        }
        let (mut group, tag) = home(self.bits, word);
        for _ in 0..=self.group_mask() {
            let tags = self.group_tags(group);
            for (k, found) in tags.to_le_bytes().into_iter().enumerate() {
                if found == tag
                    && let Some(slot) = self.slots.get(group * GROUP + k)
                    && slot.word.same(word)
                {
                    return Some(slot);
                }
            }
            // A group with a free slot ends the search: a word goes to the next group only
            // when its home group is full.
            if zero_bytes(tags) != 0 {
                return None;
            }
            group = (group + 1) & self.group_mask();
        }
        None
    }

    /// What the table says of `word`: its id, flags, clause break and rewriting, or those
    /// of an unknown word. Whether a word of a text is known is a coin toss for the
    /// processor, and a branch on it was the most mispredicted of all (measured): the
    /// usual case, where the home group settles it, takes no branch on the answer. The
    /// first slot whose tag fits is read whether or not there is one, and its fields are
    /// kept or not by masks.
    #[inline(always)]
    fn fields(&self, word: PackedWord) -> (u32, u8, bool, u16) {
        const UNKNOWN: (u32, u8, bool, u16) = (NO_ID, 0, false, NOT_REWRITTEN);
        if self.is_empty() {
            return UNKNOWN;
        }
        let (group, tag) = home(self.bits, word);
        let tags = self.group_tags(group);
        // High bits on the bytes equal to the tag; the lowest one is exact.
        let fitting = zero_bytes(tags ^ (u64::from(tag) * 0x0101_0101_0101_0101));
        // No tag fits (a word not in the table): slot 0 is read instead of the home
        // group's first, so that unknown words all read one slot, which stays in the
        // fastest cache, not a slot anywhere in the table (measured: the whole run about
        // 1 % faster, in 74 of 120 alternated rounds).
        let first = (group * GROUP + (fitting.trailing_zeros() / 8 % 8) as usize)
            & usize::from(fitting != 0).wrapping_neg();
        let Some(slot) = self.slots.get(first) else {
            return UNKNOWN;
        };
        let hit = (fitting != 0) & slot.word.same(word);
        // Settled: found, or no other slot of the group fits and the group has a free
        // slot (so the word is not further on).
        let one_fits_at_most = fitting & fitting.wrapping_sub(1) == 0;
        let settled = hit | (one_fits_at_most & (zero_bytes(tags) != 0));
        if !settled {
            return self
                .get(word)
                .map_or(UNKNOWN, |s| (s.id, s.flags, s.breaks_clause, s.expansion));
        }
        let keep = u32::from(hit).wrapping_neg();
        (
            slot.id & keep | NO_ID & !keep,
            slot.flags & keep as u8,
            slot.breaks_clause & hit,
            slot.expansion & keep as u16 | NOT_REWRITTEN & !(keep as u16),
        )
    }

    fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

/// Slots per group of `PackedTable`, and its log2.
const GROUP: usize = 8;
const GROUP_BITS: u32 = 3;

/// High bits set on the zero bytes of `x` (exact for the lowest one; a byte above a zero
/// byte may be flagged too).
#[inline]
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(0x0101_0101_0101_0101) & !x & 0x8080_8080_8080_8080
}

/// Words this long or shorter are stored inline in a token, without allocating.
const INLINE: usize = 22;

/// A normalised word: most words are short ASCII and fit inline, so cutting a reply into
/// words allocates almost nothing.
#[derive(Clone, PartialEq, Eq)]
pub enum Word {
    Inline(InlineWord),
    Heap(Box<str>),
}

/// The bytes of a short ASCII word, zero-padded, with its length in the last byte: the
/// layout of the word table's keys, so that a word found there becomes a token's word
/// with three aligned eight-byte writes.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C, align(8))]
pub struct InlineWord([u8; 24]);

impl InlineWord {
    /// `word`'s bytes, mapped by `each`; the caller checks that it has at most `INLINE`.
    #[inline]
    fn from_bytes(word: &[u8], each: impl Fn(u8) -> u8) -> InlineWord {
        let mut bytes = [0u8; 24];
        for (b, &r) in bytes.iter_mut().zip(word) {
            *b = each(r);
        }
        bytes[23] = word.len() as u8;
        InlineWord(bytes)
    }

    #[inline]
    fn as_bytes(&self) -> &[u8] {
        &self.0[..usize::from(self.0[23]).min(INLINE)]
    }
}

impl Word {
    pub fn new(word: &str) -> Word {
        if word.len() <= INLINE && word.is_ascii() {
            Word::Inline(InlineWord::from_bytes(word.as_bytes(), |b| b))
        } else {
            Word::Heap(word.into())
        }
    }

    /// The lower-cased, accent-free form of `raw`.
    pub fn folded(raw: &str) -> Word {
        if raw.len() <= INLINE && raw.is_ascii() && !raw.contains('`') {
            Word::Inline(InlineWord::from_bytes(raw.as_bytes(), |b| {
                b.to_ascii_lowercase()
            }))
        } else {
            Word::new(&fold(raw))
        }
    }

    /// `folded` for a word cut by the scanner, which never holds a backtick: one pass over
    /// the bytes for the usual short ASCII word.
    fn folded_word(raw: &str) -> Word {
        if raw.len() <= INLINE && raw.is_ascii() {
            return Word::Inline(InlineWord::from_bytes(raw.as_bytes(), |b| {
                b.to_ascii_lowercase()
            }));
        }
        Word::folded(raw)
    }

    pub fn as_str(&self) -> &str {
        match self {
            // `Inline` is only built from ASCII bytes, so this never fails; the hot paths
            // compare bytes (`as_bytes`) and never pay for the check.
            Word::Inline(..) => std::str::from_utf8(self.as_bytes()).unwrap_or_default(),
            Word::Heap(word) => word,
        }
    }

    /// Whether every character is a letter ("wedding", "mariée"; not "7h10", not "🙏").
    pub fn is_alphabetic(&self) -> bool {
        match self {
            Word::Inline(..) => self.as_bytes().iter().all(u8::is_ascii_alphabetic),
            Word::Heap(word) => word.chars().all(char::is_alphabetic),
        }
    }

    /// The first two bytes as one number (`first << 8 | second`), a missing byte read as
    /// zero. An inline word is zero-padded, so this reads two bytes without a branch on
    /// the word's length.
    #[inline]
    pub fn leading_pair(&self) -> usize {
        let (first, second) = match self {
            Word::Inline(InlineWord(bytes)) => (bytes[0], bytes[1]),
            Word::Heap(word) => {
                let bytes = word.as_bytes();
                (
                    bytes.first().copied().unwrap_or(0),
                    bytes.get(1).copied().unwrap_or(0),
                )
            }
        };
        usize::from(first) << 8 | usize::from(second)
    }

    /// The word's bytes: what matching compares.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Word::Inline(inline) => inline.as_bytes(),
            Word::Heap(word) => word.as_bytes(),
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
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

/// What a word is for the rules, looked up once per word when a text is analysed.
pub mod flags {
    /// Negates what follows ("not", "ne").
    pub const NEGATES_BEFORE: u8 = 1;
    /// Negates what precedes ("pas", "niet").
    pub const NEGATES_AFTER: u8 = 2;
    /// Stepped over inside a phrase: a negation's helper ("do" in "I do not understand")
    /// or an intensifier ("really" in "that's really awful").
    pub const NEGATION_HELPER: u8 = 4;
    /// Addresses the reader ("you", "vous", "je").
    pub const YOU: u8 = 8;
    /// The writer ("I", "je", "ik").
    pub const ME: u8 = 16;
    /// Carries no content.
    pub const STOPWORD: u8 = 32;
    pub const NEGATOR: u8 = NEGATES_BEFORE | NEGATES_AFTER;
    /// Is the first word of a lexicon phrase: phrase matching starts only at such words
    /// (and at words a prefix pattern may fit).
    pub const STARTS_PHRASE: u8 = 64;
    /// A negation does not reach across it ("and").
    pub const NEGATION_STOP: u8 = 128;
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
    /// Index of the sentence the word belongs to (`u32`, as the clause, so that a token
    /// takes one cache line).
    pub sentence: u32,
    /// Index of the clause (sentences are cut at commas, semicolons and words like "but").
    pub clause: u32,
}

// A token fills one cache line: cutting a text into words writes one per word, and the
// rules read them again and again. A new field that breaks this costs time everywhere.
const _: () = assert!(std::mem::size_of::<Token>() == 64);

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
    /// Marks for phrase matching, made while the words are cut (each word is at hand
    /// then; a second pass over the tokens cost more than the matching it saved).
    pub(super) marks: PhraseMarks,
}

/// Where in a text a lexicon phrase may start, and which vocabulary words it holds.
#[derive(Debug, Clone, Default)]
pub(super) struct PhraseMarks {
    /// One bit per token: set where the word starts an exact phrase
    /// (`flags::STARTS_PHRASE`) or its first two bytes start a prefix phrase.
    pub(super) starts: Vec<u64>,
    /// One bit per vocabulary id, set for each word the text holds.
    pub(super) present: Vec<u64>,
    /// `present` folded into 128 bits (id modulo 128).
    pub(super) folded: [u64; 2],
}

impl PhraseMarks {
    /// Empty marks for a text, with room for a vocabulary of `vocabulary_len` words.
    fn reset(&mut self, vocabulary_len: usize) {
        self.starts.clear();
        self.present.clear();
        self.present.resize(present_words(vocabulary_len), 0);
        self.folded = [0; 2];
    }

    /// Marks a vocabulary id as present (`NO_ID` marks nothing), without a branch on
    /// whether the word is known, which is a coin toss for the processor.
    #[inline(always)]
    fn mark_word(&mut self, id: u32) {
        let known = id != NO_ID;
        let word = if known { id as usize / 64 } else { 0 };
        let bit = u64::from(known) << (id % 64);
        if let Some(present) = self.present.get_mut(word) {
            *present |= bit;
        }
        self.folded[word % 2] |= bit;
    }

    /// The marks of tokens analysed otherwise.
    pub(super) fn of(tokens: &[Token], prefix_pairs: &[u64], vocabulary_len: usize) -> Self {
        let mut marks = PhraseMarks::default();
        marks.reset(vocabulary_len);
        let mut starts = StartBits::default();
        for (index, token) in tokens.iter().enumerate() {
            let may_start = may_start_phrase(prefix_pairs, &token.norm, token.flags);
            starts.mark(&mut marks.starts, index, may_start);
            marks.mark_word(token.id);
        }
        starts.finish(&mut marks.starts, tokens.len());
        marks
    }

    /// Whether these marks were made for `tokens` with a vocabulary of `vocabulary_len`.
    pub(super) fn fit(&self, tokens: usize, vocabulary_len: usize) -> bool {
        self.starts.len() == tokens.div_ceil(64)
            && self.present.len() == present_words(vocabulary_len)
    }
}

/// The length of `PhraseMarks::present` for a vocabulary of `vocabulary_len` words: one
/// word at least, since an unknown word sets no bit but still indexes word 0.
fn present_words(vocabulary_len: usize) -> usize {
    vocabulary_len.div_ceil(64).max(1)
}

/// The phrase-start bits of the 64 tokens under way, kept apart from `PhraseMarks::starts`
/// (in a register, in the word loop) and added to it a whole word of bits at a time.
#[derive(Default)]
struct StartBits(u64);

impl StartBits {
    /// Marks token `index` (the next one), without a branch on `may_start`.
    #[inline(always)]
    fn mark(&mut self, starts: &mut Vec<u64>, index: usize, may_start: bool) {
        self.0 |= u64::from(may_start) << (index % 64);
        if index % 64 == 63 {
            starts.push(std::mem::take(&mut self.0));
        }
    }

    /// Adds the bits of the last, incomplete 64 tokens of a text of `tokens` tokens.
    fn finish(self, starts: &mut Vec<u64>, tokens: usize) {
        if !tokens.is_multiple_of(64) {
            starts.push(self.0);
        }
    }
}

impl Analysed {
    /// The byte span covering tokens `first..end` (which must not be empty).
    pub fn span_of(&self, first: usize, end: usize) -> Span {
        Span {
            start: self.tokens[first].span.start,
            end: self.tokens[end - 1].span.end,
        }
    }

    /// The byte span from token `first` to the end of the clause that token `end - 1`
    /// is in: what a phrase that opens a statement ("I'll", "the courier just") quotes,
    /// so that the trainee sees the whole statement ("I'll hold two seats for you").
    pub fn span_to_clause_end(&self, first: usize, end: usize) -> Span {
        self.span_of(first, self.clause_end(end - 1))
    }

    /// Tokens `first..end` widened to whole clauses: from the start of the clause of
    /// `first` to the end of the clause of `end - 1`.
    pub fn span_of_clauses(&self, first: usize, end: usize) -> Span {
        self.span_of(self.clause_start(first), self.clause_end(end - 1))
    }

    /// The first token of the clause token `at` is in.
    pub fn clause_start(&self, at: usize) -> usize {
        let clause = self.tokens[at].clause;
        self.tokens[..at]
            .iter()
            .rposition(|t| t.clause != clause)
            .map_or(0, |k| k + 1)
    }

    /// The token after the last of the clause token `at` is in.
    pub fn clause_end(&self, at: usize) -> usize {
        let clause = self.tokens[at].clause;
        self.tokens[at..]
            .iter()
            .position(|t| t.clause != clause)
            .map_or(self.tokens.len(), |k| at + k)
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

/// The character starting at byte `i` of `text` and its length; ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some((char::from(b), 1))
    } else {
        text[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

fn scan(text: &str, mut emit: impl FnMut(Piece)) {
    let mut i = 0;
    while i < text.len() {
        i = scan_step(text, i, &mut emit);
    }
}

/// Scans the piece of text that starts at byte `i` (a whole word, or one character),
/// returning where the next one starts.
fn scan_step(text: &str, i: usize, emit: &mut impl FnMut(Piece)) -> usize {
    let Some((c, len)) = char_at(text, i) else {
        return text.len();
    };
    let next = char_at(text, i + len);
    if c.is_alphanumeric() {
        let mut end = i + len;
        while let Some((d, d_len)) = char_at(text, end) {
            if d.is_alphanumeric() {
                end += d_len;
            } else if is_apostrophe(d) {
                // Keep an apostrophe only when a letter follows: "don't", "j'ai".
                if char_at(text, end + d_len).is_some_and(|(n, _)| n.is_alphabetic()) {
                    end += d_len;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        emit(Piece::Word(i, end));
        return end;
    } else if c == '<' && next.is_some_and(|(d, _)| d == '3') && is_heart(text, i + 2) {
        emit(Piece::Word(i, i + 2));
        return i + 2;
    } else if is_pictograph(c) {
        emit(Piece::Word(i, i + len));
        // An emoji between two sentences ends the first: "I'm so sorry 😞 A room full of
        // six-year-olds..." (a space, then a capital). Not one of several in a row, nor
        // one inside a sentence ("thanks 🙏 for waiting").
        if ends_sentence_after(text, i + len) {
            emit(Piece::SentenceEnd(false));
        }
    } else if matches!(c, '?' | '¿' | '？') {
        // A question the reply quotes ("you asked \"why was it cancelled?\"") is not the
        // reply asking: it ends a clause, not a question of its own.
        emit(if closes_quote(text, i + len) {
            Piece::ClauseEnd
        } else {
            Piece::SentenceEnd(true)
        });
    } else if c == '.' && next.is_some_and(|(d, _)| d.is_alphanumeric()) {
        // Inside a web address or a number ("voltaro.example", "7.10"): not an end.
        emit(Piece::ClauseEnd);
    } else if c == '.' && closes_meridiem(text, i) {
        // "8 a.m. to 1.30 p.m.": the full stop of "a.m." ends no sentence.
    } else if c == '…' && continues_lower(text, i + len) {
        // A pause, not an end: "pas de gâteau pour les 7 ans d'Inès… c'est un moment
        // horrible" goes on in lower case.
        emit(Piece::ClauseEnd);
    } else if matches!(c, '.' | '!' | '\n' | '…' | '。' | '！') {
        emit(Piece::SentenceEnd(false));
    } else if matches!(c, ',' | ':') && between_digits(text, i) {
        // Inside a time or an amount ("09:50", "14,50 €"): not a pause.
    } else if matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”') {
        emit(Piece::ClauseEnd);
    }
    i + len
}

/// Whether the text after `at` goes on, after spaces, with a lower-case letter.
fn continues_lower(text: &str, at: usize) -> bool {
    text[at..]
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Whether an emoji that ends at `at` ends its sentence: after it (and a variation
/// selector) come spaces, then a capital letter.
fn ends_sentence_after(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches('\u{fe0f}');
    let after = rest.trim_start();
    after.len() < rest.len() && after.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the byte at `i` has an ASCII digit on each side.
fn between_digits(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// Units of time: "<3" before one is a sum ("lands <3 h after", "<3h"), not a heart.
pub const TIME_UNITS: [&str; 17] = [
    "h", "hr", "hrs", "hour", "hours", "u", "uur", "heure", "heures", "min", "mins", "minutes",
    "d", "days", "j", "jours", "dagen",
];

/// Whether the "<3" that ends at `after` is a heart: not followed by a letter or digit
/// ("<3h", "<30") nor, after spaces, by a unit of time ("<3 h").
pub fn is_heart(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let next_word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    !(rest.starts_with(char::is_whitespace)
        && TIME_UNITS.contains(&next_word.to_lowercase().as_str()))
}

/// Whether a closing quotation mark follows `at`, after more question or exclamation
/// marks and French typography's space: `?"`, `?!”`, `? »`, `?'` before a space.
fn closes_quote(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(['?', '!', ' ', '\u{a0}', '\u{202f}']);
    let mut chars = rest.chars();
    match chars.next() {
        Some('"' | '”' | '»') => true,
        Some('\'' | '’') => !chars.next().is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// Whether the full stop at `i` closes "a.m." or "p.m." (in any case).
fn closes_meridiem(text: &str, i: usize) -> bool {
    text.as_bytes()
        .get(i.wrapping_sub(3)..i)
        .is_some_and(|b| matches!(b[0] | 0x20, b'a' | b'p') && b[1] == b'.' && b[2] | 0x20 == b'm')
}

/// How many of the eight bytes of `x` (in memory order) are ASCII letters or digits
/// before the first that is not. Each byte is tested against the ranges with additions
/// that cannot carry into the next byte (the high bits are cleared first, and a byte
/// with its high bit set is never a letter here).
#[inline(always)]
fn word_run(x: u64) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = |b: u8| u64::from(b) * 0x0101_0101_0101_0101;
    let y = x & LOW7;
    // High bit set where y >= lo and y <= hi, for '0'..='9'.
    let digit = (y + bytes(0x80 - b'0')) & !(y + bytes(0x7f - b'9'));
    // Letters of either case, folded to lower case by setting bit 5.
    let z = y | bytes(0x20);
    let letter = (z + bytes(0x80 - b'a')) & !(z + bytes(0x7f - b'z'));
    let word = (digit | letter) & !x & HIGH;
    ((!word & HIGH).trailing_zeros() / 8) as usize
}

/// ASCII letters and digits, by byte value.
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The plain ASCII word starting at `i`, lower-cased and packed, with the byte it ends
/// at, when the general scanner would cut exactly that word and it fits a `PackedWord`:
/// letters and digits, not followed by an apostrophe or a non-ASCII character (which
/// may continue the word).
#[inline(always)]
fn plain_ascii_word(bytes: &[u8], i: usize) -> Option<(PackedWord, usize)> {
    // The text is read eight bytes at a time, and each read is used twice: its run of
    // letters gives the word's length (from a mask, not from a branch per letter that
    // the processor mispredicts at every word's end), and the same bytes, lower-cased
    // and cut to that run, are the packed word. Most words take one read. The three
    // parts are named, not an array, so that they stay in registers: an array lives in
    // memory, and reading it back wide after narrow writes stalls the processor.
    let x = read_eight(bytes, i);
    let run = word_run(x);
    let a = lowered_run(x, run);
    if run < 8 {
        return packed_word_end(x, run, run, [a, 0, 0]).map(|w| (w, i + run));
    }
    let x = read_eight(bytes, i + 8);
    let run = word_run(x);
    let b = lowered_run(x, run);
    if run < 8 {
        return packed_word_end(x, run, 8 + run, [a, b, 0]).map(|w| (w, i + 8 + run));
    }
    let x = read_eight(bytes, i + 16);
    let run = word_run(x);
    let c = lowered_run(x, run);
    if run < 8 {
        return packed_word_end(x, run, 16 + run, [a, b, c]).map(|w| (w, i + 16 + run));
    }
    // Longer than a packed word holds.
    None
}

/// The first `run` bytes of `x`, lower-cased (letters and digits only: setting bit 5
/// lower-cases letters and keeps digits), the others zero.
#[inline(always)]
fn lowered_run(x: u64, run: usize) -> u64 {
    (x | 0x2020_2020_2020_2020) & u64::MAX.checked_shr(64 - 8 * run as u32).unwrap_or(0)
}

/// The packed word of `len` bytes whose last read `x` ends after `run` bytes, unless the
/// byte that ends it (zero past the text's end) may continue it for the general scanner
/// (an apostrophe or a non-ASCII character) or the word does not fit.
#[inline(always)]
fn packed_word_end(x: u64, run: usize, len: usize, [a, b, c]: [u64; 3]) -> Option<PackedWord> {
    let next = (x >> (8 * run)) as u8;
    if len == 0 || len > INLINE || next >= 0x80 || next == b'\'' {
        return None;
    }
    Some(PackedWord([a, b, c | (len as u64) << 56]))
}

/// The ASCII word with one apostrophe starting at `i` ("don't", "I'm"), lower-cased and
/// packed, with the byte it ends at, when the general scanner would cut exactly that word:
/// letters and digits, an apostrophe, then a letter and letters or digits, not followed
/// by another apostrophe or a non-ASCII character (which may continue the word).
#[inline]
fn ascii_contraction(bytes: &[u8], i: usize) -> Option<(PackedWord, usize)> {
    let run = |from: usize| {
        bytes.get(from..).map_or(0, |rest| {
            rest.iter()
                .take_while(|&&b| ASCII_WORD[usize::from(b)])
                .count()
        })
    };
    let apostrophe = i + run(i);
    if bytes.get(apostrophe) != Some(&b'\'') || !bytes.get(apostrophe + 1)?.is_ascii_alphabetic() {
        return None;
    }
    let end = apostrophe + 1 + run(apostrophe + 1);
    if bytes.get(end).is_some_and(|&b| b >= 0x80 || b == b'\'') {
        return None;
    }
    let raw = bytes.get(i..end)?;
    let mut word = [0u8; INLINE];
    word.get_mut(..raw.len())?.copy_from_slice(raw);
    word.make_ascii_lowercase();
    Some((PackedWord::new(&word[..raw.len()])?, end))
}

/// Eight bytes of `bytes` from `at`, as one number in memory order; bytes past the end
/// read as zero (which no word holds, so a word ends there as it does at the text's end).
#[inline(always)]
fn read_eight(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => {
            let mut eight = [0u8; 8];
            let rest = bytes.get(at..).unwrap_or_default();
            eight[..rest.len().min(8)].copy_from_slice(&rest[..rest.len().min(8)]);
            u64::from_le_bytes(eight)
        }
    }
}

/// One normalised word with what the look-up found: its span, vocabulary id, flags and
/// whether it breaks a clause.
type RawToken = (Word, Span, u32, u8, bool);

/// Normalises one raw word into tokens, applying elisions and expansions, with one
/// look-up per word; each token goes to `out` as it is found.
fn push_word(
    text: &str,
    start: usize,
    end: usize,
    rules: &WordRules,
    out: &mut impl FnMut(RawToken),
) {
    let raw = &text[start..end];
    let norm = Word::folded_word(raw);
    let span = Span { start, end };
    let info = rules.lookup(&norm);
    if let Some(expansion) = info.and_then(|i| i.expansion) {
        for (w, id, flags, breaks) in expansion {
            out((w.clone(), span, *id, *flags, *breaks));
        }
        return;
    }
    if !rules.indexed && rules.expansions.contains_key(norm.as_str()) {
        // Rules not indexed yet (phrases of the lexicon being compiled).
        for w in &rules.expansions[norm.as_str()] {
            let breaks = rules.clause_breakers.iter().any(|b| b == w);
            out((Word::new(w), span, NO_ID, 0, breaks));
        }
        return;
    }
    if let Some(pos) = norm.as_bytes().iter().position(|&b| b == b'\'') {
        let norm = norm.as_str();
        let head = &norm[..pos];
        let tail = &norm[pos + 1..];
        if rules.elisions.iter().any(|e| e == head) && !tail.is_empty() {
            // Find the raw byte position of the apostrophe to split the span honestly.
            let raw_pos = raw
                .char_indices()
                .find(|&(_, c)| is_apostrophe(c))
                .map(|(k, c)| (k, c.len_utf8()))
                .unwrap_or((raw.len(), 0));
            let head = Word::new(head);
            let (id, flags, breaks) = rules.info(&head);
            out((
                head,
                Span {
                    start,
                    end: start + raw_pos.0 + raw_pos.1,
                },
                id,
                flags,
                breaks,
            ));
            let tail_start = start + raw_pos.0 + raw_pos.1;
            push_word(text, tail_start.min(end), end, rules, out);
            return;
        }
        // An unknown contraction: the stem and the rest as two words ("mum's" -> "mum" "s").
        let head = Word::new(head);
        let (id, flags, breaks) = rules.info(&head);
        out((head, span, id, flags, breaks));
        if !tail.is_empty() {
            let tail = Word::new(tail);
            let (id, flags, breaks) = rules.info(&tail);
            out((tail, span, id, flags, breaks));
        }
        return;
    }
    match info {
        Some(info) => out((norm, span, info.id, info.flags, info.breaks_clause)),
        None => {
            let breaks = !rules.indexed
                && rules
                    .clause_breakers
                    .iter()
                    .any(|b| b.as_bytes() == norm.as_bytes());
            out((norm, span, NO_ID, 0, breaks));
        }
    }
}

/// Whether bit `pair` of a set of byte pairs is set (`false` past its end).
#[inline]
pub(super) fn holds_pair(pairs: &[u64], pair: usize) -> bool {
    pairs
        .get(pair / 64)
        .is_some_and(|bits| bits >> (pair % 64) & 1 != 0)
}

/// Whether a lexicon phrase may start at a word: it starts an exact phrase, or its first
/// two bytes are those of a prefix phrase (one shorter than two bytes gives a pair no
/// prefix starts with: prefixes have two letters at least).
#[inline]
fn may_start_phrase(prefix_pairs: &[u64], norm: &Word, flags: u8) -> bool {
    // `|`, not `||`: both are cheap, and a branch on the first would be a coin toss.
    (flags & flags::STARTS_PHRASE != 0) | holds_pair(prefix_pairs, norm.leading_pair())
}

/// An analysis under way: the tokens and sentences so far, and where the text is.
struct Builder<'a> {
    analysed: Analysed,
    start_bits: StartBits,
    /// `WordRules::prefix_pairs`.
    prefix_pairs: &'a [u64],
    /// Counted in `u32`: a text with four billion sentences would be gigabytes long.
    sentence: u32,
    clause: u32,
    /// The first token of the sentence under way.
    sentence_first: usize,
}

impl Builder<'_> {
    /// Closes the sentence under way; `false` when it has no word.
    fn close(&mut self, question: bool) -> bool {
        let (first, end) = (self.sentence_first, self.analysed.tokens.len());
        if end == first {
            return false;
        }
        let span = self.analysed.span_of(first, end);
        self.analysed.sentences.push(Sentence {
            first,
            end,
            span,
            question,
        });
        true
    }
}

impl Sink for Builder<'_> {
    /// Always inlined: once per word of every text, and the call itself measured more
    /// than the work.
    #[inline(always)]
    fn token(&mut self, norm: Word, span: Span, id: u32, flags: u8, breaks_clause: bool) {
        if breaks_clause {
            self.clause += 1;
        }
        let may_start = may_start_phrase(self.prefix_pairs, &norm, flags);
        let index = self.analysed.tokens.len();
        self.start_bits
            .mark(&mut self.analysed.marks.starts, index, may_start);
        self.analysed.marks.mark_word(id);
        self.analysed.tokens.push(Token {
            norm,
            id,
            flags,
            span,
            sentence: self.sentence,
            clause: self.clause,
        });
    }

    #[inline]
    fn boundary(&mut self, piece: Piece) {
        match piece {
            // Words come to `token`.
            Piece::Word(..) => {}
            Piece::ClauseEnd => self.clause += 1,
            Piece::SentenceEnd(question) => {
                if self.close(question) {
                    self.sentence += 1;
                    self.clause += 1;
                    self.sentence_first = self.analysed.tokens.len();
                } else if question {
                    // "??" after a closed sentence: mark the previous one as a question.
                    if let Some(last) = self.analysed.sentences.last_mut() {
                        last.question = true;
                    }
                }
            }
        }
    }
}

/// `len` values of scratch space, all default (the caller's `stack` must be fresh): in
/// `stack` when they fit, else in `heap`, grown to `len`. Per-text flags and bit sets
/// then cost no allocation for the usual reply, and still work for a huge one.
#[inline]
pub(super) fn scratch<'a, T: Clone + Default>(
    stack: &'a mut [T],
    heap: &'a mut Vec<T>,
    len: usize,
) -> &'a mut [T] {
    if len <= stack.len() {
        &mut stack[..len]
    } else {
        heap.resize(len, T::default());
        heap
    }
}

/// Analyses a thread has finished with, kept for their buffers: scoring a batch of
/// replies then allocates (and grows) token lists only for its first reply and its
/// longest ones. Two, for a reply and its customer's message.
const SPARES: usize = 2;

/// A spare analysis holding more tokens than this is dropped, not kept: one huge reply
/// must not pin its memory for the rest of the run.
const SPARE_TOKENS: usize = 4096;

thread_local! {
    static SPARE_ANALYSES: std::cell::RefCell<Vec<Analysed>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl Analysed {
    /// Gives this analysis's buffers to the next `analyse` on this thread (dropping it
    /// instead is always correct, only slower).
    pub fn recycle(mut self) {
        if self.tokens.capacity() > SPARE_TOKENS {
            return;
        }
        self.tokens.clear();
        self.sentences.clear();
        SPARE_ANALYSES.with(|spares| {
            if let Ok(mut spares) = spares.try_borrow_mut()
                && spares.len() < SPARES
            {
                spares.push(self);
            }
        });
    }

    /// An empty analysis with room for `tokens` tokens, from the spares when there is one.
    fn with_room(tokens: usize) -> Analysed {
        let spare =
            SPARE_ANALYSES.with(|spares| spares.try_borrow_mut().ok().and_then(|mut s| s.pop()));
        let mut analysed = spare.unwrap_or_default();
        analysed.tokens.reserve(tokens);
        analysed
    }
}

/// The stem two words are also compared by where an exact match is too strict: the first
/// five letters of an ASCII word of five or more ("wedding"/"weddings",
/// "cancelled"/"cancellation"); shorter and non-ASCII words have none.
pub fn stem(word: &[u8]) -> Option<&[u8]> {
    (word.len() >= 5 && word.is_ascii()).then(|| &word[..5])
}

/// Whether two normalised words are the same word or share a stem (see `stem`).
pub fn same_word(a: &[u8], b: &[u8]) -> bool {
    a == b || stem(a).is_some_and(|s| stem(b) == Some(s))
}

/// Cuts `text` into normalised tokens, clauses and sentences.
pub fn analyse(text: &str, rules: &WordRules) -> Analysed {
    let mut analysed = Analysed::with_room(text.len() / 5 + 1);
    analysed.marks.reset(rules.vocabulary_len);
    let mut builder = Builder {
        analysed,
        start_bits: StartBits::default(),
        prefix_pairs: &rules.prefix_pairs,
        sentence: 0,
        clause: 0,
        sentence_first: 0,
    };
    walk(text, rules, &mut builder);
    builder.close(false);
    let mut analysed = builder.analysed;
    builder
        .start_bits
        .finish(&mut analysed.marks.starts, analysed.tokens.len());
    analysed
}

/// Calls `each` with every word of `text` as `analyse` would make it a token (its
/// normalised form, vocabulary id and flags), in order, and nothing else: for a text
/// only looked into for its words (a customer's message, for the words a reply may
/// reflect), without the tokens, sentences and phrase marks of a whole analysis.
pub fn for_each_word(text: &str, rules: &WordRules, each: impl FnMut(Word, u32, u8)) {
    struct Words<F>(F);
    impl<F: FnMut(Word, u32, u8)> Sink for Words<F> {
        #[inline(always)]
        fn token(&mut self, norm: Word, _: Span, id: u32, flags: u8, _: bool) {
            (self.0)(norm, id, flags);
        }
        fn boundary(&mut self, _: Piece) {}
    }
    walk(text, rules, &mut Words(each));
}

/// What `walk` hands its findings to.
trait Sink {
    /// A normalised word with its span, vocabulary id, flags and whether it breaks a
    /// clause.
    fn token(&mut self, norm: Word, span: Span, id: u32, flags: u8, breaks_clause: bool);
    /// The end of a clause or a sentence (`Piece::ClauseEnd`, `Piece::SentenceEnd`).
    fn boundary(&mut self, piece: Piece);
}

/// Cuts `text` into words, normalised and looked up, and clause and sentence ends, for
/// `sink`.
fn walk(text: &str, rules: &WordRules, sink: &mut impl Sink) {
    let bytes = text.as_bytes();
    let packed = rules.packed.view();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // The usual cases, a space or a plain ASCII word, are taken without decoding
        // characters; the result is the one `scan_step` gives.
        if b == b' ' {
            i += 1;
            continue;
        }
        if ASCII_WORD[usize::from(b)]
            && !packed.is_empty()
            && let Some((word, end)) = plain_ascii_word(bytes, i)
        {
            let (id, flags, breaks, expansion) = packed.fields(word);
            let span = Span { start: i, end };
            match packed.expansion(expansion) {
                None => sink.token(word.to_word(), span, id, flags, breaks),
                // "dont" -> "do" "not", as `push_word` rewrites it.
                Some(into) => {
                    for (w, id, flags, breaks) in into.iter() {
                        sink.token(w.clone(), span, *id, *flags, *breaks);
                    }
                }
            }
            i = end;
            continue;
        }
        // A contraction the lexicon rewrites ("don't" -> "do" "not"), as `push_word` does.
        if ASCII_WORD[usize::from(b)]
            && !packed.is_empty()
            && let Some((word, end)) = ascii_contraction(bytes, i)
            && let Some(into) = packed
                .get(word)
                .and_then(|slot| packed.expansion(slot.expansion))
        {
            let span = Span { start: i, end };
            for (w, id, flags, breaks) in into {
                sink.token(w.clone(), span, *id, *flags, *breaks);
            }
            i = end;
            continue;
        }
        i = scan_step(text, i, &mut |piece| match piece {
            Piece::Word(start, end) => push_word(text, start, end, rules, &mut |raw| {
                let (norm, span, id, flags, breaks) = raw;
                sink.token(norm, span, id, flags, breaks);
            }),
            boundary => sink.boundary(boundary),
        });
    }
}

/// Normalises a lexicon phrase with the same rules as replies, as a list of words. The
/// wildcards stay words of their own: `*` (any word), `...` (a gap) and a trailing `*`
/// on a word (prefix match), e.g. "frustrat*".
pub fn phrase_words(phrase: &str, rules: &WordRules) -> Vec<Word> {
    let mut out = Vec::new();
    for chunk in phrase.split_whitespace() {
        if chunk == "*" || chunk == "..." {
            out.push(Word::new(chunk));
            continue;
        }
        let (body, prefix) = match chunk.strip_suffix('*') {
            Some(body) => (body, true),
            None => (chunk, false),
        };
        let first = out.len();
        scan(body, |piece| {
            if let Piece::Word(start, end) = piece {
                push_word(body, start, end, rules, &mut |(word, ..)| out.push(word));
            }
        });
        if prefix
            && out.len() > first
            && let Some(last) = out.last_mut()
        {
            *last = Word::new(&format!("{}*", last.as_str()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_quoted_question_is_no_question_of_the_reply() {
        assert!(!closes_quote("? she asked", 0));
        assert!(closes_quote("\" - a technical fault", 0));
        assert!(closes_quote("!\" from the thread", 0));
        assert!(closes_quote(" » disait-il", 0));
        assert!(closes_quote("' is fair", 0));
        assert!(!closes_quote("'s the plan", 0));
        assert!(!closes_quote(" We can help", 0));
    }

    #[test]
    fn a_time_or_an_amount_is_one_clause() {
        let rules = english();
        let a = analyse(
            "I booked you at 09:50, and the refund is 14,50 euros",
            &rules,
        );
        let clause_of = |word: &str| {
            a.tokens
                .iter()
                .find(|t| t.norm == word)
                .map(|t| t.clause)
                .expect("word")
        };
        assert_eq!(clause_of("09"), clause_of("50"));
        assert_eq!(clause_of("14"), clause_of("euros"));
        assert_ne!(clause_of("booked"), clause_of("refund"));
    }

    #[test]
    fn a_heart_is_not_a_sum_of_hours() {
        assert!(is_heart("love <3", 7));
        assert!(is_heart("<3!", 2));
        assert!(is_heart("<3 Sophie", 2));
        assert!(!is_heart("<3h after", 2));
        assert!(!is_heart("lands <3 h after", 8));
        assert!(!is_heart("<30 min", 2));
    }

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

    /// Eight bytes read anywhere, near the end of texts of every short length included, are
    /// the bytes there followed by zeros.
    #[test]
    fn reads_of_eight_bytes_stop_at_the_end() {
        let text: Vec<u8> = (1..=20).collect();
        for len in 0..=text.len() {
            let bytes = &text[..len];
            for at in 0..=len + 2 {
                let mut expected = [0u8; 8];
                for (k, slot) in expected.iter_mut().enumerate() {
                    *slot = bytes.get(at + k).copied().unwrap_or(0);
                }
                assert_eq!(
                    read_eight(bytes, at),
                    u64::from_le_bytes(expected),
                    "{len} bytes, at {at}"
                );
            }
        }
    }

    #[test]
    fn eight_byte_word_runs_agree_with_the_byte_table() {
        let samples: Vec<[u8; 8]> = (0u32..=255)
            .flat_map(|b| {
                (0..8).map(move |at| {
                    let mut eight = *b"abcdefgh";
                    eight[at] = b as u8;
                    eight
                })
            })
            .chain([*b"Hello, w", *b"09azAZ@[", *b"`{/:\x7f\x80ab", *b"12345678"])
            .collect();
        for eight in samples {
            let expected = eight
                .iter()
                .take_while(|&&b| ASCII_WORD[usize::from(b)])
                .count();
            assert_eq!(word_run(u64::from_le_bytes(eight)), expected, "{eight:?}");
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
    fn an_emoji_between_two_sentences_ends_the_first() {
        let words = |a: &Analysed, s: usize| -> Vec<String> {
            a.sentence_tokens(s)
                .iter()
                .map(|t| t.norm.to_string())
                .collect()
        };
        let a = analyse("I'm so sorry 😞 A room full of kids", &english());
        assert_eq!(a.sentences.len(), 2);
        assert_eq!(words(&a, 0).last().map(String::as_str), Some("😞"));
        assert_eq!(words(&a, 1)[0], "a");
        // With a variation selector, and after several in a row (once).
        let a = analyse("Thank you ❤️ We will call", &english());
        assert_eq!(a.sentences.len(), 2);
        let a = analyse("🔍😂 Fair, that one got us", &english());
        assert_eq!(a.sentences.len(), 2);
        assert_eq!(words(&a, 0).len(), 2);
        // Inside a sentence, or at its end.
        for text in [
            "thanks 🙏 for waiting",
            "see you soon 👋",
            "ok 👍 we will call",
        ] {
            assert_eq!(analyse(text, &english()).sentences.len(), 1, "{text}");
        }
    }

    #[test]
    fn an_ellipsis_before_lower_case_is_a_pause() {
        let a = analyse(
            "Pas de gâteau pour les 7 ans d'Inès… c'est un moment horrible",
            &english(),
        );
        assert_eq!(a.sentences.len(), 1);
        let clauses: Vec<u32> = a.tokens.iter().map(|t| t.clause).collect();
        assert!(clauses.first() < clauses.last(), "{clauses:?}");
        for text in ["Un instant… Je regarde.", "Hmm…\nok", "Wait…"] {
            let a = analyse(text, &english());
            assert!(a.sentences.len() == 2 || text == "Wait…", "{text}");
        }
    }

    #[test]
    fn the_full_stop_of_am_or_pm_ends_no_sentence() {
        let a = analyse("The van comes 8 a.m. to 1.30 p.m. tomorrow. Ok", &english());
        assert_eq!(a.sentences.len(), 2);
        let a = analyse("Open at 8 A.M. Call us", &english());
        assert_eq!(a.sentences.len(), 1);
    }

    #[test]
    fn clause_breakers_start_a_new_clause() {
        let a = analyse("sorry, but no", &english());
        let clauses: Vec<u32> = a.tokens.iter().map(|t| t.clause).collect();
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

    /// The real lexicons' rules, and the same rules without the flat table (every word
    /// takes the general path). Compiled from their files: read back from a snapshot,
    /// the general table holds only the words the flat one cannot.
    /// Compiled once for all the tests (and proptest cases) that use them.
    fn with_and_without_packed() -> &'static [(WordRules, WordRules)] {
        use crate::scoring::lexicon::{Lexicon, embedded_source};
        static RULES: std::sync::OnceLock<Vec<(WordRules, WordRules)>> = std::sync::OnceLock::new();
        RULES.get_or_init(|| {
            crate::scenario::model::Language::ALL
                .into_iter()
                .map(|language| {
                    let lexicon = Lexicon::parse(embedded_source(language)).expect("lexicon");
                    let rules = lexicon.word_rules.clone();
                    assert!(
                        !rules.packed.is_empty(),
                        "{language}: the lexicon seals its rules"
                    );
                    let mut general = rules.clone();
                    general.packed = PackedTable::default();
                    (rules, general)
                })
                .collect()
        })
    }

    /// Read back from its snapshot, a lexicon's rules keep every word in the flat table
    /// but those it cannot hold (the emoji), and answer every word as the rules compiled
    /// from the file do.
    #[test]
    fn rules_read_back_know_what_compiled_rules_know() {
        use crate::scoring::lexicon::{Lexicon, embedded_source};
        for language in crate::scenario::model::Language::ALL {
            let compiled = Lexicon::parse(embedded_source(language)).expect("lexicon");
            let read_back = Lexicon::embedded(language).expect("snapshot");
            let (compiled, read_back) = (&compiled.word_rules, &read_back.word_rules);
            assert!(
                read_back
                    .table
                    .keys()
                    .all(|word| PackedWord::new(word).is_none()),
                "{language}"
            );
            assert_eq!(
                read_back.packed.admitted.words + read_back.table.len(),
                compiled.table.len(),
                "{language}"
            );
            assert!(read_back.table.len() < 20, "{language}: the emoji");
            for word in compiled.table.keys() {
                assert_eq!(read_back.find(word), compiled.find(word), "{language}");
                assert!(read_back.find(word).is_some(), "{language}");
            }
            for word in ["zzyzx", "", "caf\u{e9}", "abcdefghijklmnopqrstuvwxyz"] {
                assert_eq!(read_back.find(word.as_bytes()), None, "{language} {word}");
            }
        }
    }

    /// Words the flat table cannot hold (not ASCII, longer than `INLINE` bytes) stay in
    /// the general table when rules are read back, and are found there.
    #[test]
    fn words_the_flat_table_cannot_hold_are_found_in_the_general_one() {
        let info = |id: u32| WordInfo {
            id,
            flags: 1,
            breaks_clause: false,
            expansion: None,
        };
        let long = "a".repeat(INLINE + 1);
        let words = [("short", 1), ("na\u{ef}ve", 2), (long.as_str(), 3)];
        let mut table = WordTable::with_room(words.len());
        for (word, id) in words {
            table.add(word.as_bytes(), info(id));
        }
        let rules = WordRules::default().read_back(table);
        assert_eq!(rules.packed.admitted.words, 1);
        assert_eq!(rules.table.len(), 2);
        for (word, id) in words {
            assert_eq!(rules.vocabulary_id(word), Some(id), "{word}");
        }
        assert_eq!(rules.vocabulary_id("shorts"), None);
        // More words than the room made for them: the flat table stays at most half
        // full (eight slots, the least there is), and the rest go to the general one.
        let mut table = WordTable::with_room(1);
        for id in 0..6 {
            table.add(format!("w{id}").as_bytes(), info(id));
        }
        let rules = WordRules::default().read_back(table);
        assert_eq!((rules.packed.admitted.words, rules.table.len()), (4, 2));
        for id in 0..6 {
            assert_eq!(rules.vocabulary_id(&format!("w{id}")), Some(id));
        }
    }

    /// Rules read back over a table the compiler filled find its words, and words read
    /// back that are not the ones it was filled with are caught (`is_whole`).
    #[test]
    fn rules_read_over_a_filled_table_know_its_words() {
        static FILLED: StaticPacked<8> = {
            let mut table = StaticPacked::new();
            table.add(b"sorry", (7, 1, false), false);
            table.add(b"but", (8, 0, true), false);
            table
        };
        let info = |id: u32, breaks_clause: bool| WordInfo {
            id,
            flags: u8::from(id == 7),
            breaks_clause,
            expansion: None,
        };
        let mut table = WordTable::over(&FILLED);
        table.add(b"sorry", info(7, false));
        table.add(b"but", info(8, true));
        table.add("d\u{e9}sol\u{e9}".as_bytes(), info(9, false));
        assert!(table.is_whole());
        let rules = WordRules::default().read_back(table);
        assert_eq!(rules.vocabulary_id("sorry"), Some(7));
        assert_eq!(rules.vocabulary_id("but"), Some(8));
        assert_eq!(rules.vocabulary_id("d\u{e9}sol\u{e9}"), Some(9));
        assert_eq!(rules.vocabulary_id("sorr"), None);
        let mut fewer = WordTable::over(&FILLED);
        fewer.add(b"sorry", info(7, false));
        assert!(!fewer.is_whole());
        let mut more = WordTable::over(&FILLED);
        for word in ["sorry", "but", "and"] {
            more.add(word.as_bytes(), info(1, false));
        }
        assert!(!more.is_whole());
    }

    #[test]
    fn the_flat_table_finds_what_the_general_path_finds() {
        let texts = [
            "I DON'T know, but I'm SO sorry: are you still at Lyon airport?? Ok.",
            "Dont worry dont WORRY cant wont im",
            "Désolé, j'ai compris : c'est l'aéroport. Niet echt, maar sorry!",
            "abcdefghijklmnopqrstuv abcdefghijklmnopqrstuvw x1 7.10 voltaro.example <3 🙏",
            "word’s naïve café'",
        ];
        for (packed, general) in with_and_without_packed() {
            for text in texts {
                let fast = analyse(text, packed);
                let slow = analyse(text, general);
                assert_eq!(fast.tokens, slow.tokens, "{text}");
                assert_eq!(fast.sentences, slow.sentences, "{text}");
            }
        }
    }

    /// The flat table answers like the general one for every word in it and for words not
    /// in it, also where a home group is full (its words spill into the next group) or a
    /// tag fits a slot of another word.
    #[test]
    fn the_flat_table_finds_every_word_and_only_those() {
        let mut table: HashMap<Box<[u8]>, WordInfo, super::super::lexicon::FastHash> =
            HashMap::default();
        for n in 0..6000u32 {
            let word = format!("w{n}");
            table.insert(
                word.as_bytes().into(),
                WordInfo {
                    id: n,
                    flags: (n % 64) as u8,
                    breaks_clause: n % 7 == 0,
                    expansion: None,
                },
            );
        }
        let packed = PackedTable::build(&table);
        let full_groups = packed
            .tags
            .chunks(GROUP)
            .filter(|group| group.iter().all(|&t| t != 0))
            .count();
        assert!(
            full_groups > 0,
            "the test must spill words into another group"
        );
        for n in 0..6000u32 {
            let word = PackedWord::new(format!("w{n}").as_bytes()).unwrap();
            let expected = (n, (n % 64) as u8, n % 7 == 0, NOT_REWRITTEN);
            assert_eq!(packed.view().fields(word), expected, "w{n}");
            assert_eq!(packed.view().get(word).map(|s| s.id), Some(n), "w{n}");
        }
        for n in 6000..60000u32 {
            let word = PackedWord::new(format!("w{n}").as_bytes()).unwrap();
            assert_eq!(
                packed.view().fields(word),
                (NO_ID, 0, false, NOT_REWRITTEN),
                "w{n}"
            );
            assert!(packed.view().get(word).is_none(), "w{n}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_flat_table_agrees_on_any_text(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "I", "dont", "DON'T", "sorry", "Sorry", "you", "but", "mais", "maar",
                    "j'ai", "l'", "niet", "not", "é", "café", "’", "'", "`", " ", "  ", ",",
                    ".", "?", "!", "\n", "<3", "3", "x", "🙏", "abcdefghijklmnopqrstuvwx",
                    // Words around the eight-byte reads and the packed word's limit.
                    "abcdefg", "ABCDEFGH", "abcdefghi", "abcdefghijklmnop",
                    "abcdefghijklmnopq", "abcdefghijklmnopqrstuv", "abcdefghijklmnopqrstuvw",
                    "\0", "Ab1",
                    // Contractions, rewritten or not, and apostrophes that end a word.
                    "don't", "I'm", "it's", "can't", "you're", "rock'9", "o'", "''", "s",
                ]),
                0..30,
            )
        ) {
            let text = pieces.concat();
            for (packed, general) in with_and_without_packed() {
                let fast = analyse(&text, packed);
                let slow = analyse(&text, general);
                proptest::prop_assert_eq!(&fast.tokens, &slow.tokens);
                proptest::prop_assert_eq!(&fast.sentences, &slow.sentences);
            }
        }
    }
}
