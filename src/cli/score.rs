//! `frontline score FILE.csv`: scores a team's past replies (or a benchmark) from a CSV,
//! one JSON line per row on stdout, in the rows' order.
//!
//! The CSV needs a header with `customer` and `reply` columns; `id`, `language` and
//! `action` are optional, other columns are ignored. With `--scenario FILE --turn ID` each
//! reply is also judged inside that turn: accuracy, escalation, grade and claims.
//!
//! A bad row (missing column, invalid UTF-8, empty reply, unknown language or action) does
//! not stop the run: its line on stdout is `{"id": ..., "row": N, "error": "..."}` so that
//! output lines stay aligned with input rows, the same message naming the row goes to
//! stderr, and the exit code is 1 at the end. A file that cannot be read, or a header
//! without `customer` and `reply`, stops at once with exit code 2.

use std::collections::{BTreeMap, VecDeque};
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Condvar, LockResult, Mutex, MutexGuard, OnceLock, TryLockError};
use std::time::{Duration, Instant};

use super::affinity;
use super::csv_rows::{Batch, CsvReader, Row};
use super::json_line;
use std::process::ExitCode;

use serde::Serialize;

use crate::scenario::model::{Action, ActionKind, Language, Scenario};
use crate::scoring::{Evidence, JudgeInput, Scorer};

/// Arguments of `frontline score`.
#[derive(Debug, Clone, clap::Args)]
pub struct ScoreArgs {
    /// CSV file with `customer` and `reply` columns (optional `id`, `language`, `action`).
    pub file: PathBuf,
    /// Language of rows without a `language` column or value: en, fr or nl (default: the
    /// scenario's with `--scenario`, else en).
    #[arg(long)]
    pub lang: Option<String>,
    /// Also judge each reply inside this scenario (RON file); needs `--turn`.
    #[arg(long, requires = "turn")]
    pub scenario: Option<PathBuf>,
    /// The turn of `--scenario` the replies answer.
    #[arg(long, requires = "scenario")]
    pub turn: Option<String>,
}

/// A row's id: its `id` column, or its number when there is none.
#[derive(Debug, Clone, PartialEq)]
enum RowId<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(u64),
}

impl Serialize for RowId<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RowId::Text(text) => serializer.serialize_str(text),
            RowId::Number(n) => serializer.serialize_u64(*n),
        }
    }
}

impl RowId<'_> {
    /// Opens a row's JSON line with its id: `{"id":...` (every line starts so).
    fn open_line(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        match self {
            RowId::Text(text) => json_line::string(out, text),
            RowId::Number(n) => json_line::unsigned(out, *n),
        }
    }
}

/// One output line for a scored row (written by `ScoredRow::write`; the `Serialize`
/// derive is what the tests compare that writer with).
#[derive(Debug, Serialize)]
struct ScoredRow<'a> {
    id: &'a RowId<'a>,
    language: Language,
    /// `null` when the action sends no reply (hide, monitor): empathy is not scored.
    empathy: Option<u8>,
    emotional_reactions: Option<u8>,
    interpretations: Option<u8>,
    explorations: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accuracy: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    escalation: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tone: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    grade: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    leaked_private_data: Option<bool>,
    evidence: Vec<Evidence>,
}

#[derive(Debug, Serialize)]
struct BadRow<'a> {
    id: &'a RowId<'a>,
    row: u64,
    error: String,
}

impl ScoredRow<'_> {
    /// Appends the row as one JSON line, exactly as `serde_json` would write it.
    fn write(&self, out: &mut Vec<u8>) {
        self.id.open_line(out);
        // The fixed keys as whole literals (see `json_line::evidence_list`); a language
        // code is two letters and needs no escape.
        out.extend_from_slice(b",\"language\":\"");
        out.extend_from_slice(self.language.code().as_bytes());
        out.extend_from_slice(b"\",\"empathy\":");
        json_line::optional(out, self.empathy);
        out.extend_from_slice(b",\"emotional_reactions\":");
        json_line::optional(out, self.emotional_reactions);
        out.extend_from_slice(b",\"interpretations\":");
        json_line::optional(out, self.interpretations);
        out.extend_from_slice(b",\"explorations\":");
        json_line::optional(out, self.explorations);
        for (name, value) in [
            ("accuracy", self.accuracy),
            ("escalation", self.escalation),
            ("tone", self.tone),
        ] {
            if value.is_some() {
                out.push(b',');
                json_line::key(out, name);
                json_line::optional(out, value);
            }
        }
        if let Some(grade) = self.grade {
            out.push(b',');
            json_line::key(out, "grade");
            json_line::string(out, grade);
        }
        if let Some(claims) = &self.claims {
            out.push(b',');
            json_line::key(out, "claims");
            out.push(b'[');
            for (index, claim) in claims.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                json_line::string(out, claim);
            }
            out.push(b']');
        }
        if let Some(leaked) = self.leaked_private_data {
            out.push(b',');
            json_line::key(out, "leaked_private_data");
            out.extend_from_slice(if leaked { b"true" } else { b"false" });
        }
        out.extend_from_slice(b",\"evidence\":");
        json_line::evidence_list(out, &self.evidence);
        out.extend_from_slice(b"}\n");
    }
}

impl BadRow<'_> {
    /// Appends the row's error as one JSON line.
    fn write(&self, out: &mut Vec<u8>) {
        self.id.open_line(out);
        out.push(b',');
        json_line::key(out, "row");
        json_line::unsigned(out, self.row);
        out.push(b',');
        json_line::key(out, "error");
        json_line::string(out, &self.error);
        out.extend_from_slice(b"}\n");
    }
}

/// Column positions found in the header.
struct Columns {
    customer: usize,
    reply: usize,
    id: Option<usize>,
    language: Option<usize>,
    action: Option<usize>,
}

/// Runs `frontline score`.
pub fn run(args: &ScoreArgs) -> ExitCode {
    run_with(args, &|| {})
}

/// Runs `frontline score`, with `warm_up` run first on the second scoring thread, while
/// the main thread loads the lexicon: work for the process that must not hold up that
/// load (the binary faults in the main thread's heap there; see src/start.rs).
pub fn run_with(args: &ScoreArgs, warm_up: &(dyn Fn() + Sync)) -> ExitCode {
    // The scenario first, with `--scenario`: its language is the rows' default.
    let context = match (&args.scenario, &args.turn) {
        (Some(path), Some(turn)) => match load_scenario(path) {
            Ok(scenario) if scenario.turn(turn).is_some() => Some((scenario, turn.clone())),
            Ok(scenario) => {
                eprintln!(
                    "error: {}: no turn `{turn}`; use one of: {}",
                    path.display(),
                    turn_ids(&scenario)
                );
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    let default_language = match (&args.lang, &context) {
        (Some(code), _) => match Language::from_code(code) {
            Some(language) => language,
            None => {
                eprintln!("error: unknown language `{code}` (use en, fr or nl)");
                return ExitCode::from(2);
            }
        },
        (None, Some((scenario, _))) => scenario.language,
        (None, None) => Language::En,
    };
    let context = context.as_ref();
    let scorer = Scorer::new();
    // One scoring thread per CPU the process may use, at most 8. A cgroup's CPU quota can
    // lower that, but reading it takes a tenth of a millisecond: the main thread reads it
    // below, while the second parses the lexicon, before it starts any third thread.
    let allowed = affinity::Cores::allowed();
    let planned = if allowed.is_empty() {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        allowed.len()
    }
    .min(8);
    // Each thread on a core of its own (see `affinity`): left to the scheduler, the
    // threads of a run this short are placed and moved about while they work. Counted
    // from this thread's CPU, so the second thread never takes it.
    let cores = allowed.one_per_thread(planned).starting_here();
    // What the scoring threads share, once the file's header is read (`None` when the
    // run stops before scoring: a bad file, scenario or header).
    let setup: OnceLock<Option<(Pipeline<'_, std::fs::File>, Job<'_>)>> = OnceLock::new();
    // Every thread reads its next batch of rows, scores it and, when the batch is the
    // next one due on stdout, writes it (and any later ones already scored): no thread
    // waits on another except for the few microseconds a lock is held, so both cores
    // score nearly all the time. A second thread is started first of all and opens the
    // file and reads its header, then does the caller's `warm_up`, then reads rows ahead,
    // while this one parses the lexicon (whichever thread comes first opens the file: a
    // new thread can take a while to get its core). The lexicon is parsed here because this thread's memory comes from the
    // process's main heap, grown 128 KB at a time, where a new thread's grows a page at a
    // time, one system call each. (One thread per core: a thread of its own for the
    // lexicon would only wait for a core during the parse.)
    let outcome = std::thread::scope(|scope| {
        let set_up = || {
            setup.get_or_init(|| prepare(args, &scorer, default_language, context, planned).ok())
        };
        let cores = &cores;
        // This thread is pinned first, so the second starts on this CPU (it inherits the
        // mask), runs as soon as this one yields, and moves itself to the other CPU. Placed
        // by the scheduler instead, it sometimes went straight to the idle CPU and waited
        // there to be woken (this 2-vCPU VM's kernel is booted to pack work onto busy vCPUs;
        // pinned without the yield, the new thread waited 1 – 4 ms, about a tick). Measured (the run timed from inside, 40 runs): the
        // second thread ran on the idle CPU 15 times, 8 of them more than 0.5 ms after it
        // was started (up to 3.8 ms); moved by its own pin, within 0.12 – 0.35 ms every time
        // (60 runs). Whole run 1.01 x by medians, faster in 95 of 150 alternated rounds.
        cores.pin(0);
        if planned > 1 {
            scope.spawn(move || {
                cores.pin(1);
                // The file first, so that the main thread finds it open when the lexicon
                // is loaded; then `warm_up` (alternated against it the other way round:
                // 1.01 x, faster in 77 of 120 rounds).
                let ready = set_up();
                warm_up();
                if let Some((pipeline, job)) = ready {
                    pipeline.work(job);
                }
            });
        }
        // Lets the second thread run now and move itself (see above); nothing to yield to
        // when it is placed elsewhere.
        std::thread::yield_now();
        scorer.lexicon(default_language);
        let Some((pipeline, job)) = set_up() else {
            return Err(());
        };
        // (With two CPUs or fewer, both threads run already: no quota is worth reading.)
        let workers = if planned > 2 {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(planned))
        } else {
            planned
        };
        for index in 2..workers {
            scope.spawn(move || {
                cores.pin(index);
                pipeline.work(job);
            });
        }
        pipeline.work(job);
        Ok(())
    });
    if outcome.is_err() {
        return ExitCode::from(2);
    }
    let Some(Some((pipeline, _))) = setup.into_inner() else {
        return ExitCode::from(2);
    };
    let row = pipeline.reading.into_inner().map_or(0, |r| r.rows);
    let Ok(mut writing) = pipeline.writing.into_inner() else {
        return ExitCode::from(2);
    };
    let stdout_closed = writing.closed || writing.out.flush().is_err();
    let bad_rows = writing.bad_rows;
    // The process ends with this command: freeing the compiled lexicon, thousands of
    // small allocations, would only delay the exit (by about a third of a millisecond).
    std::mem::forget(scorer);
    if stdout_closed {
        return ExitCode::SUCCESS;
    }
    if bad_rows > 0 {
        eprintln!("{bad_rows} of {row} rows could not be scored");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Opens the file and reads its header: what the scoring threads need, with the scenario
/// and turn of `--scenario`. An error is reported here; the caller only stops.
fn prepare<'a>(
    args: &'a ScoreArgs,
    scorer: &'a Scorer,
    default_language: Language,
    context: Option<&'a (Scenario, String)>,
    workers: usize,
) -> Result<(Pipeline<'a, std::fs::File>, Job<'a>), ()> {
    let (mut reader, size) = match std::fs::File::open(&args.file) {
        Ok(file) => {
            // The size of a plain file (not of a pipe), for the batches' sizes at its end.
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            (CsvReader::new(file), size)
        }
        Err(e) => {
            eprintln!("error: {}: {e}", args.file.display());
            return Err(());
        }
    };
    let columns = match reader.header() {
        Ok(header) => {
            let header = header.unwrap_or_default();
            let find = |name: &str| {
                header
                    .iter()
                    .position(|h| String::from_utf8_lossy(h).trim().eq_ignore_ascii_case(name))
            };
            match (find("customer"), find("reply")) {
                (Some(customer), Some(reply)) => Columns {
                    customer,
                    reply,
                    id: find("id"),
                    language: find("language"),
                    action: find("action"),
                },
                _ => {
                    eprintln!(
                        "error: {}: the header needs `customer` and `reply` columns",
                        args.file.display()
                    );
                    return Err(());
                }
            }
        }
        Err(e) => {
            eprintln!("error: {}: {e}", args.file.display());
            return Err(());
        }
    };
    let job = Job {
        scorer,
        columns,
        default_language,
        context,
    };
    let pipeline = Pipeline {
        reading: Mutex::new(Reading {
            reader,
            next_index: 0,
            rows: 0,
            ahead: VecDeque::new(),
            finished: false,
            size,
            workers,
        }),
        writing: Mutex::new(Writing {
            out: std::io::stdout(),
            next: 0,
            waiting: BTreeMap::new(),
            sleepers: 0,
            bad_rows: 0,
            closed: false,
        }),
        drained: Condvar::new(),
        file: &args.file,
    };
    Ok((pipeline, job))
}

/// Rows per batch handed to a worker: small enough that the workers start while the file
/// is still being read, large enough that handing over costs nothing next to scoring.
/// Since the last batches shrink (`Reading::next_count`), a large batch no longer leaves
/// one thread scoring alone at the end: on the benchmark file, 128 rows with 4 batches
/// read ahead against 64 with 8 (the same 512 rows ahead), 1.03 x by means and medians,
/// faster in 62 of 80 alternated rounds; 64 with 2 ahead 1.02 x, 128 with 1 ahead 1.01 x,
/// 256 with 2 ahead 1.02 x by means but 0.99 x by medians.
const BATCH: usize = 128;

/// The fewest rows a batch takes near the end of the file (see `Reading::next_count`).
const LAST_BATCH: usize = 4;

/// Batches read ahead while the lexicon is still being parsed (see `BATCH`). Reading the
/// whole file of a typical run meanwhile (then 64 batches of 64 rows) measured slower
/// than a few, run against run (median 22.2 against 20.6 ms over 60 pairs): the reading
/// competes with the parse, and every batch read ahead is fresh memory to fault in.
const READ_AHEAD: usize = 4;

/// Scored batches held back while an earlier one is still being scored. A thread that
/// would hold more waits, so a very slow row never makes the others fill memory.
const MAX_WAITING: usize = 32;

/// The state the scoring threads share: the CSV being read and stdout being written.
struct Pipeline<'a, R> {
    reading: Mutex<Reading<R>>,
    writing: Mutex<Writing>,
    /// Signalled when held-back batches are written (see `MAX_WAITING`).
    drained: Condvar,
    file: &'a std::path::Path,
}

/// The CSV side: the reader, the next batch's number, and batches read ahead.
struct Reading<R> {
    reader: CsvReader<R>,
    next_index: usize,
    /// Rows read so far (for the closing summary).
    rows: u64,
    ahead: VecDeque<(usize, Pending)>,
    finished: bool,
    /// The file's size, when it is a plain file (see `next_count`).
    size: Option<u64>,
    /// How many threads score.
    workers: usize,
}

impl<R: std::io::Read> Reading<R> {
    /// How many rows the next batch takes: `BATCH`, and near the end of a file whose size
    /// is known, a share of the rows left, so that the threads run out of rows at about
    /// the same time. With whole batches to the end, the thread that took the last one
    /// scored alone for a while: measured on the benchmark file (the run timed from
    /// inside, 8 runs), the other thread finished 0.08 – 0.76 ms earlier, 0.44 ms on
    /// average, about a twentieth of the run.
    fn next_count(&self) -> usize {
        let (Some(size), rows) = (self.size, self.rows) else {
            return BATCH;
        };
        let consumed = self.reader.consumed();
        if rows == 0 || consumed == 0 {
            return BATCH;
        }
        // Rows left, estimated from the rows read so far.
        let left = size.saturating_sub(consumed).saturating_mul(rows) / consumed;
        let share = left / (2 * self.workers.max(1) as u64);
        (share as usize).clamp(LAST_BATCH, BATCH)
    }

    /// The next batch of the file with its number, or `None` at the end.
    fn read_one(&mut self) -> Option<(usize, Pending)> {
        if self.finished {
            return None;
        }
        let mut batch = Batch::default();
        let pending = match self.reader.read_batch(&mut batch, self.next_count()) {
            Ok(false) => {
                self.finished = true;
                return None;
            }
            Ok(true) => {
                self.rows += batch.len() as u64;
                Pending::Rows(batch)
            }
            // A read error (a disk or network failure) ends the file here: the rows after
            // it cannot be found.
            Err(e) => {
                self.rows += 1;
                self.finished = true;
                Pending::Unreadable(self.rows, e.to_string())
            }
        };
        let index = self.next_index;
        self.next_index += 1;
        Some((index, pending))
    }
}

/// The stdout side: batches are written in the file's order.
struct Writing {
    /// Not buffered again: each batch's lines already are one buffer, written at once.
    out: std::io::Stdout,
    /// The number of the batch due next on stdout.
    next: usize,
    /// Batches scored before an earlier one, by number.
    waiting: BTreeMap<usize, Scored>,
    /// Threads waiting for `waiting` to shrink.
    sleepers: usize,
    bad_rows: usize,
    /// Stdout was closed (e.g. piped into `head`): the run stops.
    closed: bool,
}

impl<R: std::io::Read> Pipeline<'_, R> {
    /// One scoring thread: takes batches until the file is over or stdout is closed.
    fn work(&self, job: &Job<'_>) {
        loop {
            let next = {
                let Ok(mut reading) = lock_spinning(&self.reading) else {
                    return;
                };
                while !job.scorer.has_lexicon(job.default_language)
                    && reading.ahead.len() < READ_AHEAD
                {
                    let Some(batch) = reading.read_one() else {
                        break;
                    };
                    reading.ahead.push_back(batch);
                }
                reading.ahead.pop_front().or_else(|| reading.read_one())
            };
            let Some((index, pending)) = next else {
                return;
            };
            wait_spinning(|| job.scorer.has_lexicon(job.default_language));
            if !self.deliver(index, job.score(&pending)) {
                return;
            }
        }
    }

    /// Hands a scored batch to stdout: written now if it is the one due, else held back
    /// for the thread that writes the one due. `false` when stdout is closed.
    fn deliver(&self, index: usize, scored: Scored) -> bool {
        let Ok(mut writing) = lock_spinning(&self.writing) else {
            return false;
        };
        if writing.closed {
            return false;
        }
        writing.waiting.insert(index, scored);
        let mut wrote = false;
        while let Some(scored) = {
            let next = writing.next;
            writing.waiting.remove(&next)
        } {
            writing.next += 1;
            wrote = true;
            for message in &scored.errors {
                eprintln!("error: {}: {message}", self.file.display());
            }
            writing.bad_rows += scored.errors.len();
            if writing.out.write_all(&scored.lines).is_err() {
                writing.closed = true;
                break;
            }
        }
        if wrote && writing.sleepers > 0 {
            self.drained.notify_all();
        }
        while writing.waiting.len() >= MAX_WAITING && !writing.closed {
            writing.sleepers += 1;
            let Ok(woken) = self.drained.wait(writing) else {
                return false;
            };
            writing = woken;
            writing.sleepers -= 1;
        }
        !writing.closed
    }
}

/// How long a scoring thread spins, on a core of its own, for what another thread is
/// about to finish (a lock held while a batch is read or written, the lexicon being
/// loaded) before it sleeps. Why: a sleeping thread's core goes idle, and on a virtual
/// machine waking an idle core is a trip through the hypervisor: measured here
/// (`perf sched timehist`), a thread woken from a lock it had slept on ran again 0.04 –
/// 0.3 ms later, several times a run, where the wait itself was tens of microseconds.
const SPIN_FOR: Duration = Duration::from_millis(2);

/// Takes `mutex`, spinning for up to `SPIN_FOR` while another thread holds it before
/// sleeping on it (see `SPIN_FOR`).
fn lock_spinning<T>(mutex: &Mutex<T>) -> LockResult<MutexGuard<'_, T>> {
    let mut since = None;
    loop {
        match mutex.try_lock() {
            Ok(guard) => return Ok(guard),
            Err(TryLockError::Poisoned(poisoned)) => return Err(poisoned),
            Err(TryLockError::WouldBlock) => {}
        }
        if since.get_or_insert_with(Instant::now).elapsed() > SPIN_FOR {
            return mutex.lock();
        }
        for _ in 0..32 {
            std::hint::spin_loop();
        }
    }
}

/// Spins until `ready` holds, for up to `SPIN_FOR` (then returns anyway: the caller's
/// next step waits for it by sleeping, as it would have without this).
fn wait_spinning(ready: impl Fn() -> bool) {
    let mut since = None;
    while !ready() && since.get_or_insert_with(Instant::now).elapsed() <= SPIN_FOR {
        for _ in 0..32 {
            std::hint::spin_loop();
        }
    }
}

/// Rows read from the CSV, waiting to be scored; or the number of the row that could
/// not be read, and why.
enum Pending {
    Rows(Batch),
    Unreadable(u64, String),
}

/// The output of a run of rows: their JSON lines, and the messages of the bad ones.
struct Scored {
    lines: Vec<u8>,
    errors: Vec<String>,
}

/// What every worker shares to score rows.
struct Job<'a> {
    scorer: &'a Scorer,
    columns: Columns,
    default_language: Language,
    context: Option<&'a (Scenario, String)>,
}

impl Job<'_> {
    fn score(&self, pending: &Pending) -> Scored {
        let mut scored = Scored {
            lines: Vec::new(),
            errors: Vec::new(),
        };
        match pending {
            Pending::Unreadable(row, e) => {
                let message = format!("row {row}: unreadable CSV: {e}");
                BadRow {
                    id: &RowId::Number(*row),
                    row: *row,
                    error: message.clone(),
                }
                .write(&mut scored.lines);
                scored.errors.push(message);
            }
            Pending::Rows(batch) => {
                // About what a row's line takes, so that the buffer rarely grows.
                scored.lines.reserve(batch.len() * 768);
                for record in batch.rows() {
                    self.score_one(record, &mut scored);
                }
            }
        }
        scored
    }

    fn score_one(&self, record: Row<'_>, scored: &mut Scored) {
        let row = record.number();
        let id = match self.columns.id.and_then(|c| record.get(c)) {
            Some(raw) => RowId::Text(String::from_utf8_lossy(raw)),
            None => RowId::Number(row),
        };
        match score_row(
            self.scorer,
            record,
            &self.columns,
            self.default_language,
            self.context,
            &id,
        ) {
            Ok(row_verdict) => row_verdict.write(&mut scored.lines),
            Err(problem) => {
                let message = format!("row {row} (line {}): {problem}", record.line());
                BadRow {
                    id: &id,
                    row,
                    error: message.clone(),
                }
                .write(&mut scored.lines);
                scored.errors.push(message);
            }
        }
    }
}

fn field<'r>(record: Row<'r>, column: usize, name: &str) -> Result<&'r str, String> {
    let raw = record
        .get(column)
        .ok_or_else(|| format!("missing `{name}` column ({} fields)", record.len()))?;
    std::str::from_utf8(raw).map_err(|e| format!("`{name}` is not valid UTF-8 ({e})"))
}

fn score_row<'a>(
    scorer: &Scorer,
    record: Row<'_>,
    columns: &Columns,
    default_language: Language,
    context: Option<&(Scenario, String)>,
    id: &'a RowId<'a>,
) -> Result<ScoredRow<'a>, String> {
    let customer = field(record, columns.customer, "customer")?;
    let reply = field(record, columns.reply, "reply")?;
    let language = match columns.language {
        Some(c) => {
            let code = field(record, c, "language")?;
            if code.trim().is_empty() {
                default_language
            } else {
                Language::from_code(code)
                    .ok_or_else(|| format!("unknown language `{code}` (use en, fr or nl)"))?
            }
        }
        None => default_language,
    };
    let action_text = match columns.action {
        Some(c) => Some(field(record, c, "action")?),
        None => None,
    };
    let Some((scenario, turn_id)) = context else {
        if reply.trim().is_empty() {
            return Err("empty reply".into());
        }
        let verdict = scorer.score_text(customer, reply, language);
        return Ok(ScoredRow {
            id,
            language,
            empathy: Some(verdict.empathy),
            emotional_reactions: Some(verdict.epitome.emotional_reactions),
            interpretations: Some(verdict.epitome.interpretations),
            explorations: Some(verdict.epitome.explorations),
            accuracy: None,
            escalation: None,
            tone: None,
            grade: None,
            claims: None,
            leaked_private_data: None,
            evidence: verdict.evidence,
        });
    };
    let turn = scenario
        .turn(turn_id)
        .ok_or_else(|| format!("no turn `{turn_id}`"))?;
    let action = match action_text.map(str::trim).filter(|a| !a.is_empty()) {
        Some(text) => parse_action(text)?,
        None => Action::ReplyPublic,
    };
    if action.takes_reply() && reply.trim().is_empty() {
        return Err("empty reply".into());
    }
    let customer_text = if customer.trim().is_empty() {
        turn.text.as_str()
    } else {
        customer
    };
    let input = JudgeInput {
        scenario,
        turn,
        customer_text,
        // Whoever speaks at this turn: an onlooker's turn is answered to the onlooker.
        customer_name: scenario
            .persona(&turn.from)
            .map_or(scenario.customer.name.as_str(), |p| p.name.as_str()),
        thread: &[],
        action: &action,
        reply,
        response_secs: 0,
    };
    let verdict = scorer.judge_in(&input, language);
    let epitome = verdict.epitome;
    Ok(ScoredRow {
        id,
        language,
        empathy: verdict.scores.empathy,
        emotional_reactions: epitome.map(|e| e.emotional_reactions),
        interpretations: epitome.map(|e| e.interpretations),
        explorations: epitome.map(|e| e.explorations),
        accuracy: verdict.scores.accuracy,
        escalation: Some(verdict.scores.escalation),
        tone: verdict.scores.tone,
        grade: Some(verdict.grade.label()),
        claims: Some(verdict.claims),
        leaked_private_data: Some(verdict.leaked_private_data),
        evidence: verdict.evidence,
    })
}

/// Parses an action as written in a CSV: `public`, `dm`, `ask-dm`, `hide`, `monitor`, or
/// `escalate TEAM` (also `escalate:TEAM`).
pub fn parse_action(text: &str) -> Result<Action, String> {
    let text = text.trim();
    let (keyword, argument) = match text.split_once([' ', ':']) {
        Some((k, a)) => (k, a.trim()),
        None => (text, ""),
    };
    let kind = ActionKind::from_keyword(keyword).ok_or_else(|| {
        format!("unknown action `{text}` (use public, dm, ask-dm, escalate TEAM, hide, monitor)")
    })?;
    Ok(match kind {
        ActionKind::ReplyPublic => Action::ReplyPublic,
        ActionKind::ReplyDm => Action::ReplyDm,
        ActionKind::AskDm => Action::AskDm,
        ActionKind::Hide => Action::Hide,
        ActionKind::Monitor => Action::Monitor,
        ActionKind::Escalate if argument.is_empty() => {
            return Err(format!(
                "`{text}`: escalate needs a team, e.g. `escalate care`"
            ));
        }
        ActionKind::Escalate => Action::Escalate(argument.to_string()),
    })
}

/// The scenario's turn ids, for an error that says which `--turn` values exist.
fn turn_ids(scenario: &Scenario) -> String {
    let ids: Vec<&str> = scenario.turns.iter().map(|t| t.id.as_str()).collect();
    ids.join(", ")
}

/// Loads and validates a scenario file with the project's loader (file:line:col errors).
fn load_scenario(path: &std::path::Path) -> Result<Scenario, String> {
    crate::scenario::load_file(path).map_err(|diagnostics| {
        diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Batches are whole until the rows left would no longer give every thread two, then
    /// a share of what is left, never under `LAST_BATCH`; whole when the size is unknown.
    #[test]
    fn batches_shrink_near_the_end_of_a_file_of_known_size() {
        let mut data = b"customer,reply\n".to_vec();
        let total = 20 * BATCH;
        for n in 0..total {
            data.extend_from_slice(format!("c{n:05},r{n:05}\n").as_bytes());
        }
        let size = data.len() as u64;
        let reading = |size: Option<u64>| Reading {
            reader: CsvReader::new(std::io::Cursor::new(data.clone())),
            next_index: 0,
            rows: 0,
            ahead: VecDeque::new(),
            finished: false,
            size,
            workers: 2,
        };
        let mut known = reading(Some(size));
        let mut unknown = reading(None);
        let mut counts = Vec::new();
        while let Some((_, Pending::Rows(batch))) = known.read_one() {
            counts.push(batch.len());
        }
        assert_eq!(counts.iter().sum::<usize>(), total);
        assert!(counts[..15].iter().all(|&c| c == BATCH), "{counts:?}");
        assert!(counts.windows(2).all(|w| w[1] <= w[0]), "{counts:?}");
        assert_eq!(counts[counts.len() - 2], LAST_BATCH, "{counts:?}");
        assert!(counts.len() < 20 + 16, "{counts:?}");
        let mut whole = Vec::new();
        while let Some((_, Pending::Rows(batch))) = unknown.read_one() {
            whole.push(batch.len());
        }
        assert_eq!(whole, vec![BATCH; 20]);
    }

    #[test]
    fn parses_actions_as_written_in_csv() {
        assert_eq!(parse_action("public"), Ok(Action::ReplyPublic));
        assert_eq!(parse_action("ASK-DM"), Ok(Action::AskDm));
        assert_eq!(
            parse_action("escalate care"),
            Ok(Action::Escalate("care".into()))
        );
        assert_eq!(
            parse_action("escalate:care"),
            Ok(Action::Escalate("care".into()))
        );
        // As scenario files and spreadsheets write them.
        assert_eq!(parse_action("AskDm"), Ok(Action::AskDm));
        assert_eq!(parse_action("ask_dm"), Ok(Action::AskDm));
        assert_eq!(parse_action("reply_public"), Ok(Action::ReplyPublic));
        assert_eq!(parse_action("ReplyDm"), Ok(Action::ReplyDm));
        assert_eq!(
            parse_action("Escalate care"),
            Ok(Action::Escalate("care".into()))
        );
        assert!(parse_action("escalate").is_err());
        assert!(parse_action("shout").is_err());
        assert!(parse_action("reply").is_err());
    }

    #[test]
    fn output_lines_are_what_serde_json_writes() {
        let scorer = Scorer::new();
        let reply =
            "Sam, I'm so sorry about the \"wedding\" flight \u{1F64F}\nAre you still at the gate?";
        let verdict = scorer.score_text(
            "My flight to the wedding was cancelled",
            reply,
            Language::En,
        );
        let ids = [RowId::Text("a \"quoted\" id\t".into()), RowId::Number(42)];
        for id in &ids {
            for scenario_fields in [false, true] {
                let row = ScoredRow {
                    id,
                    language: Language::Fr,
                    empathy: Some(verdict.empathy),
                    emotional_reactions: Some(verdict.epitome.emotional_reactions),
                    interpretations: None,
                    explorations: Some(2),
                    accuracy: scenario_fields.then_some(80),
                    escalation: scenario_fields.then_some(0),
                    tone: scenario_fields.then_some(75),
                    grade: scenario_fields.then_some("good"),
                    claims: scenario_fields.then(|| vec!["refund_promise".into(), "é\"".into()]),
                    leaked_private_data: scenario_fields.then_some(false),
                    evidence: verdict.evidence.clone(),
                };
                let mut ours = Vec::new();
                row.write(&mut ours);
                let mut theirs = serde_json::to_vec(&row).unwrap();
                theirs.push(b'\n');
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    String::from_utf8(theirs).unwrap()
                );
            }
            let bad = BadRow {
                id,
                row: 7,
                error: "row 7 (line 9): `reply` is not valid UTF-8".into(),
            };
            let mut ours = Vec::new();
            bad.write(&mut ours);
            let mut theirs = serde_json::to_vec(&bad).unwrap();
            theirs.push(b'\n');
            assert_eq!(ours, theirs);
        }
        assert!(!verdict.evidence.is_empty());
    }
}
