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

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::scenario::model::{Action, ActionKind, Language, Scenario};
use crate::scoring::{Evidence, JudgeInput, Scorer};

/// Arguments of `frontline score`.
#[derive(Debug, Clone, clap::Args)]
pub struct ScoreArgs {
    /// CSV file with `customer` and `reply` columns (optional `id`, `language`, `action`).
    pub file: PathBuf,
    /// Language of rows without a `language` column or value: en, fr or nl.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Also judge each reply inside this scenario (RON file); needs `--turn`.
    #[arg(long, requires = "turn")]
    pub scenario: Option<PathBuf>,
    /// The turn of `--scenario` the replies answer.
    #[arg(long, requires = "scenario")]
    pub turn: Option<String>,
}

/// One output line for a scored row.
#[derive(Debug, Serialize)]
struct ScoredRow<'a> {
    id: &'a serde_json::Value,
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
    grade: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    leaked_private_data: Option<bool>,
    evidence: Vec<Evidence>,
}

#[derive(Debug, Serialize)]
struct BadRow<'a> {
    id: &'a serde_json::Value,
    row: u64,
    error: String,
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
    let Some(default_language) = Language::from_code(&args.lang) else {
        eprintln!("error: unknown language `{}` (use en, fr or nl)", args.lang);
        return ExitCode::from(2);
    };
    let context = match (&args.scenario, &args.turn) {
        (Some(path), Some(turn)) => match load_scenario(path) {
            Ok(scenario) => {
                if scenario.turn(turn).is_none() {
                    eprintln!("error: {}: no turn `{turn}`", path.display());
                    return ExitCode::from(2);
                }
                Some((scenario, turn.clone()))
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    let mut reader = match csv::ReaderBuilder::new()
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_path(&args.file)
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}: {e}", args.file.display());
            return ExitCode::from(2);
        }
    };
    let columns = match reader.byte_headers() {
        Ok(header) => {
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
                    return ExitCode::from(2);
                }
            }
        }
        Err(e) => {
            eprintln!("error: {}: {e}", args.file.display());
            return ExitCode::from(2);
        }
    };

    let scorer = Scorer::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let job = Job {
        scorer: &scorer,
        columns: &columns,
        default_language,
        context: context.as_ref(),
    };
    // A pipeline: a reader thread hands batches of rows to the workers as it goes, so
    // scoring starts with the first batch, not after the whole file, and this thread
    // writes the scored batches back in the rows' order. The queues are bounded, so a
    // large export never sits in memory at once.
    let (batches, batch_queue) =
        std::sync::mpsc::sync_channel::<(usize, Vec<Pending>)>(workers * 4);
    // Shared by the workers; when the last one stops, the queue closes and so does the
    // reader.
    let batch_queue = std::sync::Arc::new(std::sync::Mutex::new(batch_queue));
    let (results, scored_queue) = std::sync::mpsc::sync_channel::<(usize, Scored)>(workers * 4);
    let mut row = 0u64;
    let (bad_rows, stdout_closed) = std::thread::scope(|scope| {
        // Parse the default language's lexicon while the first rows are read; the workers
        // wait for it if they need it sooner.
        scope.spawn(|| scorer.lexicon(default_language));
        for _ in 0..workers {
            let results = results.clone();
            let (job, batch_queue) = (&job, batch_queue.clone());
            scope.spawn(move || {
                loop {
                    // The lock is held only to take the next batch.
                    let next = batch_queue.lock().map(|queue| queue.recv());
                    let Ok(Ok((index, rows))) = next else { break };
                    if results.send((index, job.score_rows(&rows))).is_err() {
                        break;
                    }
                }
            });
        }
        drop((results, batch_queue));
        let row = &mut row;
        scope.spawn(move || {
            // Sized like the last row read, so that reading a row rarely grows its buffers.
            let (mut row_bytes, mut row_fields) = (256, 16);
            let mut done = false;
            let mut index = 0usize;
            while !done {
                let mut batch = Vec::with_capacity(BATCH);
                while batch.len() < BATCH {
                    let mut record = csv::ByteRecord::with_capacity(row_bytes, row_fields);
                    match reader.read_byte_record(&mut record) {
                        Ok(false) => {
                            done = true;
                            break;
                        }
                        Ok(true) => {
                            *row += 1;
                            row_bytes = record.as_slice().len();
                            row_fields = record.len();
                            batch.push(Pending::Record(record, *row));
                        }
                        Err(e) => {
                            *row += 1;
                            batch.push(Pending::Unreadable(*row, e.to_string()));
                        }
                    }
                }
                // The workers only stop early when the writer has (stdout closed).
                if batch.is_empty() || batches.send((index, batch)).is_err() {
                    break;
                }
                index += 1;
            }
            drop(batches);
        });
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0usize;
        let mut bad_rows = 0usize;
        for (index, scored) in scored_queue {
            waiting.insert(index, scored);
            while let Some(scored) = waiting.remove(&next) {
                next += 1;
                for message in &scored.errors {
                    eprintln!("error: {}: {message}", args.file.display());
                }
                bad_rows += scored.errors.len();
                if out.write_all(&scored.lines).is_err() {
                    // Stdout closed (e.g. piped into `head`): nothing more to do.
                    return (bad_rows, true);
                }
            }
        }
        (bad_rows, out.flush().is_err())
    });
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

/// Rows per batch handed to a worker: small enough that the workers start while the file
/// is still being read, large enough that handing over costs nothing next to scoring.
const BATCH: usize = 64;

/// A row read from the CSV, waiting to be scored, with its number.
enum Pending {
    Record(csv::ByteRecord, u64),
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
    columns: &'a Columns,
    default_language: Language,
    context: Option<&'a (Scenario, String)>,
}

impl Job<'_> {
    fn score_rows(&self, rows: &[Pending]) -> Scored {
        let mut scored = Scored {
            lines: Vec::with_capacity(rows.len() * 512),
            errors: Vec::new(),
        };
        for pending in rows {
            // Writing to a Vec cannot fail.
            let _ = match pending {
                Pending::Unreadable(row, e) => {
                    let message = format!("row {row}: unreadable CSV: {e}");
                    let line = write_line(
                        &mut scored.lines,
                        &BadRow {
                            id: &serde_json::Value::Null,
                            row: *row,
                            error: message.clone(),
                        },
                    );
                    scored.errors.push(message);
                    line
                }
                Pending::Record(record, row) => {
                    let line = record.position().map_or(0, |p| p.line());
                    let id = match self.columns.id.and_then(|c| record.get(c)) {
                        Some(raw) => {
                            serde_json::Value::String(String::from_utf8_lossy(raw).into_owned())
                        }
                        None => serde_json::Value::from(*row),
                    };
                    match score_row(
                        self.scorer,
                        record,
                        self.columns,
                        self.default_language,
                        self.context,
                        &id,
                    ) {
                        Ok(row_verdict) => write_line(&mut scored.lines, &row_verdict),
                        Err(problem) => {
                            let message = format!("row {row} (line {line}): {problem}");
                            let written = write_line(
                                &mut scored.lines,
                                &BadRow {
                                    id: &id,
                                    row: *row,
                                    error: message.clone(),
                                },
                            );
                            scored.errors.push(message);
                            written
                        }
                    }
                }
            };
        }
        scored
    }
}

fn write_line(out: &mut impl Write, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

fn field<'r>(record: &'r csv::ByteRecord, column: usize, name: &str) -> Result<&'r str, String> {
    let raw = record
        .get(column)
        .ok_or_else(|| format!("missing `{name}` column ({} fields)", record.len()))?;
    std::str::from_utf8(raw).map_err(|e| format!("`{name}` is not valid UTF-8 ({e})"))
}

fn score_row<'a>(
    scorer: &Scorer,
    record: &csv::ByteRecord,
    columns: &Columns,
    default_language: Language,
    context: Option<&(Scenario, String)>,
    id: &'a serde_json::Value,
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
        customer_name: &scenario.customer.name,
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
        assert!(parse_action("escalate").is_err());
        assert!(parse_action("shout").is_err());
    }
}
