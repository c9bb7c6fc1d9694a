//! Reading the rows of a CSV file in batches for `frontline score`.
//!
//! A batch keeps the fields of many rows in one byte buffer, so reading a row allocates
//! nothing, and finding the end of a field is one vectorised search (`memchr`) instead of
//! a step per byte. That matters: on a team's export of replies, reading the CSV was a
//! tenth of the whole run.
//!
//! The format is RFC 4180 as spreadsheets write it: fields separated by commas; a field
//! in double quotes may hold commas, line breaks and doubled quotes (`""` for `"`); rows
//! end with `\n`, `\r\n` or `\r`; empty lines are skipped; rows may have different
//! numbers of fields (a short row is reported by the column it lacks); a UTF-8 byte order
//! mark before the header is ignored. Fields are bytes: whether they are UTF-8 is for the
//! caller to say, row by row.

use std::io::Read;

/// Where a row's fields are in its batch, and where the row was in the file.
#[derive(Debug, Clone, Copy)]
struct RowInfo {
    /// Fields `first_field..end_field` of `Batch::ends`.
    first_field: usize,
    end_field: usize,
    /// 1 for the first row after the header.
    number: u64,
    /// The line of the file the row starts on (1 for the header).
    line: u64,
}

/// Rows read from a CSV, their fields' bytes side by side.
#[derive(Debug, Default)]
pub struct Batch {
    bytes: Vec<u8>,
    /// Where each field ends in `bytes` (it starts where the one before it ends).
    ends: Vec<usize>,
    rows: Vec<RowInfo>,
}

impl Batch {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Row `index` of the batch.
    pub fn row(&self, index: usize) -> Row<'_> {
        let info = self.rows[index];
        Row { batch: self, info }
    }

    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        (0..self.len()).map(|index| self.row(index))
    }
}

/// One row of a batch.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    batch: &'a Batch,
    info: RowInfo,
}

impl<'a> Row<'a> {
    /// The bytes of field `column`, or `None` when the row is shorter.
    pub fn get(&self, column: usize) -> Option<&'a [u8]> {
        let index = self.info.first_field + column;
        if index >= self.info.end_field {
            return None;
        }
        let start = if index == 0 {
            0
        } else {
            self.batch.ends[index - 1]
        };
        Some(&self.batch.bytes[start..self.batch.ends[index]])
    }

    /// How many fields the row has.
    pub fn len(&self) -> usize {
        self.info.end_field - self.info.first_field
    }

    /// 1 for the first row after the header.
    pub fn number(&self) -> u64 {
        self.info.number
    }

    /// The line of the file the row starts on (1 for the header).
    pub fn line(&self) -> u64 {
        self.info.line
    }
}

/// Reads rows from a CSV stream, a batch at a time.
pub struct CsvReader<R> {
    input: R,
    /// Bytes read and not parsed yet are `buffer[start..filled]`.
    buffer: Vec<u8>,
    start: usize,
    filled: usize,
    at_end: bool,
    /// The line the next row starts on.
    line: u64,
    /// Rows read so far, the header not counted.
    rows: u64,
    /// Bytes read from `input` so far.
    read_total: u64,
    header_read: bool,
    /// The most bytes and fields a batch has held so far.
    batch_bytes: usize,
    batch_fields: usize,
}

/// How much is read from the file at a time.
const CHUNK: usize = 1 << 16;

/// What parsing one row from the buffered bytes found.
enum Parsed {
    /// A row, ending at this offset of the buffer, spanning this many line breaks.
    Row { end: usize, line_breaks: u64 },
    /// Only empty lines were left before the end of the file.
    NoRow,
    /// The row goes on past the bytes read so far.
    NeedMore,
}

impl<R: Read> CsvReader<R> {
    pub fn new(input: R) -> CsvReader<R> {
        CsvReader {
            input,
            buffer: vec![0; CHUNK],
            start: 0,
            filled: 0,
            at_end: false,
            line: 1,
            rows: 0,
            read_total: 0,
            header_read: false,
            batch_bytes: 0,
            batch_fields: 0,
        }
    }

    /// The header's fields (the first row of the file), BOM removed. `None` for an empty
    /// file. Call it before `read_batch`.
    pub fn header(&mut self) -> std::io::Result<Option<Vec<Vec<u8>>>> {
        self.header_read = true;
        let mut batch = Batch::default();
        if !self.read_row(&mut batch)? {
            return Ok(None);
        }
        let row = batch.row(0);
        let mut fields: Vec<Vec<u8>> = (0..row.len())
            .map(|i| row.get(i).unwrap_or_default().to_vec())
            .collect();
        if let Some(first) = fields.first_mut()
            && first.starts_with(b"\xEF\xBB\xBF")
        {
            first.drain(..3);
        }
        Ok(Some(fields))
    }

    /// How many bytes of the input the rows (and header) read so far took.
    pub fn consumed(&self) -> u64 {
        self.read_total - (self.filled - self.start) as u64
    }

    /// Reads up to `count` rows into `batch` (emptied first). Returns `false` when the
    /// file is over and no row was read.
    pub fn read_batch(&mut self, batch: &mut Batch, count: usize) -> std::io::Result<bool> {
        if !self.header_read {
            self.header()?;
        }
        batch.bytes.clear();
        batch.ends.clear();
        batch.rows.clear();
        // Room for as many bytes and fields as the last batch held, so that a batch is
        // not grown copy after copy while it fills.
        batch.bytes.reserve(self.batch_bytes);
        batch.ends.reserve(self.batch_fields);
        batch.rows.reserve(count);
        while batch.rows.len() < count {
            if !self.read_row(batch)? {
                break;
            }
        }
        self.batch_bytes = self.batch_bytes.max(batch.bytes.len());
        self.batch_fields = self.batch_fields.max(batch.ends.len());
        Ok(!batch.rows.is_empty())
    }

    /// Appends the next row to `batch`; `false` at the end of the file.
    fn read_row(&mut self, batch: &mut Batch) -> std::io::Result<bool> {
        loop {
            let (bytes_len, ends_len) = (batch.bytes.len(), batch.ends.len());
            let skipped = self.skip_empty_lines();
            match parse_row(
                &self.buffer[self.start..self.filled],
                self.at_end,
                &mut batch.bytes,
                &mut batch.ends,
            ) {
                Parsed::Row { end, line_breaks } => {
                    self.line += skipped;
                    self.start += end;
                    self.rows += 1;
                    batch.rows.push(RowInfo {
                        first_field: ends_len,
                        end_field: batch.ends.len(),
                        // The header is row 0.
                        number: self.rows - 1,
                        line: self.line,
                    });
                    self.line += line_breaks;
                    return Ok(true);
                }
                Parsed::NoRow => {
                    self.line += skipped;
                    self.start = self.filled;
                    return Ok(false);
                }
                Parsed::NeedMore => {
                    // Undo the partial row, keep the skipped lines counted once.
                    batch.bytes.truncate(bytes_len);
                    batch.ends.truncate(ends_len);
                    self.line += skipped;
                    self.fill()?;
                }
            }
        }
    }

    /// Moves past empty lines before a row, returning how many lines that was. A lone
    /// `\r` at the very end of the buffered bytes is left alone until more is read, so a
    /// `\r\n` split across two reads counts as one line.
    fn skip_empty_lines(&mut self) -> u64 {
        let mut lines = 0;
        while self.start < self.filled {
            match self.buffer[self.start] {
                b'\n' => lines += 1,
                b'\r' if self.start + 1 < self.filled => {
                    // In "\r\n" the "\n" counts the line.
                    if self.buffer[self.start + 1] != b'\n' {
                        lines += 1;
                    }
                }
                // A "\r" last in the buffer: wait to see whether "\n" follows.
                b'\r' if !self.at_end => break,
                b'\r' => lines += 1,
                _ => break,
            }
            self.start += 1;
        }
        lines
    }

    /// Reads more of the file after the unparsed bytes, growing the buffer when one row
    /// does not fit in it.
    fn fill(&mut self) -> std::io::Result<()> {
        if self.at_end {
            return Ok(());
        }
        if self.start > 0 {
            self.buffer.copy_within(self.start..self.filled, 0);
            self.filled -= self.start;
            self.start = 0;
        }
        if self.filled == self.buffer.len() {
            self.buffer.resize(self.buffer.len() * 2, 0);
        }
        loop {
            match self.input.read(&mut self.buffer[self.filled..]) {
                Ok(0) => {
                    self.at_end = true;
                    return Ok(());
                }
                Ok(n) => {
                    self.filled += n;
                    self.read_total += n as u64;
                    return Ok(());
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }
}

/// Parses one row at the start of `data` (which does not start with a line break),
/// appending its fields to `bytes` and their ends to `ends`.
fn parse_row(data: &[u8], at_end: bool, bytes: &mut Vec<u8>, ends: &mut Vec<usize>) -> Parsed {
    if data.is_empty() {
        return if at_end {
            Parsed::NoRow
        } else {
            Parsed::NeedMore
        };
    }
    let mut at = 0;
    let mut line_breaks = 0u64;
    loop {
        // One field from `at`.
        if data.get(at) == Some(&b'"') {
            at += 1;
            // One pass finds the closing quote and counts the line breaks on the way.
            loop {
                let Some(hit) = memchr::memchr3(b'"', b'\n', b'\r', &data[at..]) else {
                    if !at_end {
                        return Parsed::NeedMore;
                    }
                    // An unclosed quote runs to the end of the file.
                    line_breaks += count_line_breaks(&data[at..]);
                    bytes.extend_from_slice(&data[at..]);
                    at = data.len();
                    break;
                };
                let hit = at + hit;
                match (data[hit], data.get(hit + 1)) {
                    (b'"', Some(b'"')) => {
                        bytes.extend_from_slice(&data[at..hit]);
                        bytes.push(b'"');
                        at = hit + 2;
                    }
                    (b'"', None) if !at_end => return Parsed::NeedMore,
                    (b'"', _) => {
                        bytes.extend_from_slice(&data[at..hit]);
                        at = hit + 1;
                        break;
                    }
                    // "\r\n" is one line break, kept whole in the field.
                    (b'\r', Some(b'\n')) => {
                        line_breaks += 1;
                        bytes.extend_from_slice(&data[at..hit + 2]);
                        at = hit + 2;
                    }
                    (b'\r', None) if !at_end => return Parsed::NeedMore,
                    _ => {
                        line_breaks += 1;
                        bytes.extend_from_slice(&data[at..=hit]);
                        at = hit + 1;
                    }
                }
            }
        }
        // The rest of the field up to a comma or the end of the line (after a closing
        // quote, stray characters are kept, as spreadsheets do).
        let stop = memchr::memchr3(b',', b'\n', b'\r', &data[at..]).map(|i| at + i);
        let Some(stop) = stop else {
            if !at_end {
                return Parsed::NeedMore;
            }
            bytes.extend_from_slice(&data[at..]);
            ends.push(bytes.len());
            return Parsed::Row {
                end: data.len(),
                line_breaks,
            };
        };
        bytes.extend_from_slice(&data[at..stop]);
        ends.push(bytes.len());
        match data[stop] {
            b',' => at = stop + 1,
            b'\r' => match data.get(stop + 1) {
                Some(b'\n') => {
                    return Parsed::Row {
                        end: stop + 2,
                        line_breaks: line_breaks + 1,
                    };
                }
                None if !at_end => return Parsed::NeedMore,
                _ => {
                    return Parsed::Row {
                        end: stop + 1,
                        line_breaks: line_breaks + 1,
                    };
                }
            },
            _ => {
                return Parsed::Row {
                    end: stop + 1,
                    line_breaks: line_breaks + 1,
                };
            }
        }
    }
}

/// Line breaks inside a quoted field (`\r\n` counts once).
fn count_line_breaks(data: &[u8]) -> u64 {
    let newlines = memchr::memchr_iter(b'\n', data).count() as u64;
    let lone_returns = memchr::memchr_iter(b'\r', data)
        .filter(|&i| data.get(i + 1) != Some(&b'\n'))
        .count() as u64;
    newlines + lone_returns
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out `step` bytes at a time, to cut rows across reads.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(self.data.len()).min(buf.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    /// Every row after the header as (number, line, fields).
    fn read_all(data: &[u8], step: usize) -> (Vec<String>, Vec<(u64, u64, Vec<String>)>) {
        let mut reader = CsvReader::new(Trickle { data, step });
        let header = reader
            .header()
            .unwrap()
            .unwrap_or_default()
            .into_iter()
            .map(|f| String::from_utf8(f).unwrap())
            .collect();
        let mut out = Vec::new();
        let mut batch = Batch::default();
        while reader.read_batch(&mut batch, 2).unwrap() {
            for row in batch.rows() {
                let fields = (0..row.len())
                    .map(|i| String::from_utf8(row.get(i).unwrap().to_vec()).unwrap())
                    .collect();
                out.push((row.number(), row.line(), fields));
            }
        }
        (header, out)
    }

    /// What the rows read so far took of the input, whatever was read ahead of them and
    /// however the reads cut it.
    #[test]
    fn consumed_counts_the_bytes_of_the_rows_read_so_far() {
        let data = b"customer,reply\r\n\nhelp,\"yes,\r\nsure\"\nsad,sorry\n";
        for step in [1, 3, 7, 64] {
            let mut reader = CsvReader::new(Trickle { data, step });
            assert_eq!(reader.consumed(), 0);
            reader.header().unwrap();
            assert_eq!(
                reader.consumed(),
                16,
                "step {step}: the header and its line break"
            );
            let mut batch = Batch::default();
            assert!(reader.read_batch(&mut batch, 1).unwrap());
            let second = data.len() - b"sad,sorry\n".len();
            assert_eq!(reader.consumed(), second as u64, "step {step}");
            assert!(reader.read_batch(&mut batch, 1).unwrap());
            assert!(!reader.read_batch(&mut batch, 1).unwrap());
            assert_eq!(reader.consumed(), data.len() as u64, "step {step}");
        }
    }

    fn strings(fields: &[&str]) -> Vec<String> {
        fields.iter().map(|s| s.to_string()).collect()
    }

    const SAMPLE: &[u8] = b"\xEF\xBB\xBFid,customer,reply\r\n\
        1,plain,\"quoted, with comma\"\r\n\
        \r\n\
        2,\"two\nlines\",\"say \"\"hi\"\"\"\n\
        3,short\n\
        4,,\"\"\r\
        5,last,no newline";

    #[test]
    fn reads_quotes_line_breaks_and_short_rows_whatever_the_read_size() {
        for step in [1, 2, 3, 7, 64, 1 << 20] {
            let (header, rows) = read_all(SAMPLE, step);
            assert_eq!(header, strings(&["id", "customer", "reply"]), "step {step}");
            assert_eq!(
                rows,
                vec![
                    (1, 2, strings(&["1", "plain", "quoted, with comma"])),
                    (2, 4, strings(&["2", "two\nlines", "say \"hi\""])),
                    (3, 6, strings(&["3", "short"])),
                    (4, 7, strings(&["4", "", ""])),
                    (5, 8, strings(&["5", "last", "no newline"])),
                ],
                "step {step}"
            );
        }
    }

    #[test]
    fn a_row_longer_than_the_buffer_is_read_whole() {
        let long = "x".repeat(3 * CHUNK);
        let data = format!("a,b\n\"{long}\",2\n");
        let (_, rows) = read_all(data.as_bytes(), CHUNK / 3);
        assert_eq!(rows, vec![(1, 2, vec![long, "2".to_string()])]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end_of_the_file() {
        let (_, rows) = read_all(b"a,b\n1,\"never closed\n2,x", 5);
        assert_eq!(rows, vec![(1, 2, strings(&["1", "never closed\n2,x"]))]);
    }

    #[test]
    fn empty_input_has_no_header_and_no_rows() {
        let (header, rows) = read_all(b"", 4);
        assert!(header.is_empty());
        assert!(rows.is_empty());
        let (header, rows) = read_all(b"\n\r\n", 1);
        assert!(header.is_empty());
        assert!(rows.is_empty());
    }

    #[test]
    fn a_missing_field_is_none() {
        let (_, rows) = read_all(b"a,b,c\n1\n", 4);
        assert_eq!(rows, vec![(1, 2, strings(&["1"]))]);
        let mut reader = CsvReader::new(&b"a,b\n1\n"[..]);
        let mut batch = Batch::default();
        assert!(reader.read_batch(&mut batch, 8).unwrap());
        assert_eq!(batch.row(0).get(1), None);
        assert_eq!(batch.row(0).get(0), Some(&b"1"[..]));
    }

    proptest::proptest! {
        /// On any mix of commas, quotes, line breaks and text, the rows and fields are
        /// the ones the `csv` crate (flexible, with a header) reads, whatever the read size.
        #[test]
        fn reads_what_the_csv_crate_reads(
            text in proptest::collection::vec(
                proptest::sample::select(vec!["a", "bc", ",", "\"", "\n", "\r", "\r\n", " ", "é"]),
                0..40,
            ),
            step in 1usize..9,
        ) {
            let data = text.concat();
            let mut expected = Vec::new();
            let mut reader = csv::ReaderBuilder::new()
                .flexible(true)
                .from_reader(data.as_bytes());
            let header: Vec<String> = reader
                .byte_headers()
                .unwrap()
                .iter()
                .map(|f| String::from_utf8(f.to_vec()).unwrap())
                .collect();
            for record in reader.byte_records() {
                let record = record.unwrap();
                expected.push(
                    record
                        .iter()
                        .map(|f| String::from_utf8(f.to_vec()).unwrap())
                        .collect::<Vec<_>>(),
                );
            }
            let (our_header, rows) = read_all(data.as_bytes(), step);
            let ours: Vec<Vec<String>> = rows.into_iter().map(|(_, _, fields)| fields).collect();
            proptest::prop_assert_eq!(our_header, header);
            proptest::prop_assert_eq!(ours, expected);
        }
    }
}
