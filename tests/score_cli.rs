//! `frontline score FILE.csv` through the binary: one line per row in the rows' order
//! across many batches and workers, the same verdicts as the library, bad rows reported by
//! number while the rest still score, and the scenario mode.

use std::path::PathBuf;
use std::process::{Command, Output};

use frontline::scenario::model::Language;
use frontline::scoring::Scorer;
use serde_json::Value;

/// A CSV file in the temporary directory, removed when dropped.
struct TempCsv(PathBuf);

impl TempCsv {
    fn new(name: &str, bytes: &[u8]) -> TempCsv {
        let path =
            std::env::temp_dir().join(format!("frontline-{}-{name}.csv", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempCsv(path)
    }
}

impl Drop for TempCsv {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn score(file: &TempCsv, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontline"))
        .arg("score")
        .arg(&file.0)
        .args(extra)
        .output()
        .unwrap()
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const REPLIES: [(&str, &str, &str); 4] = [
    (
        "en",
        "My flight got cancelled and my wedding is tomorrow!",
        "I'm so sorry, a cancelled flight the day before your wedding is awful. Are you still at the airport?",
    ),
    (
        "en",
        "Where is my parcel?",
        "We apologize for any inconvenience caused.",
    ),
    (
        "fr",
        "Mon train est annulé, je vais rater le mariage de ma sœur.",
        "Je suis vraiment désolée, rater le mariage de votre sœur serait terrible. Êtes-vous encore en gare ?",
    ),
    (
        "nl",
        "Mijn fiets is kapot, de accu laadt niet op.",
        "Wat vervelend dat de accu niet oplaadt. Kunt u ons het framenummer sturen?",
    ),
];

/// Rows with broken fields, by 1-based row number.
const EMPTY_REPLY: usize = 17;
const BAD_UTF8: usize = 150;
const MISSING_FIELDS: usize = 299;
const ROWS: usize = 300;

fn big_csv() -> Vec<u8> {
    let mut csv = b"id,language,customer,reply\n".to_vec();
    for row in 1..=ROWS {
        let (language, customer, reply) = REPLIES[row % REPLIES.len()];
        let line = match row {
            EMPTY_REPLY => format!("r{row},{language},\"{customer}\",\n"),
            MISSING_FIELDS => format!("r{row},{language}\n"),
            _ => format!("r{row},{language},\"{customer}\",\"{reply}\"\n"),
        };
        let mut bytes = line.into_bytes();
        if row == BAD_UTF8 {
            // An invalid byte inside the reply.
            let at = bytes.len() - 3;
            bytes[at] = 0xFF;
        }
        csv.extend(bytes);
    }
    csv
}

#[test]
fn every_row_gets_one_line_in_order_with_the_library_verdict() {
    let file = TempCsv::new("big", &big_csv());
    let output = score(&file, &[]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "bad rows make the exit code 1"
    );
    let lines = lines(&output);
    assert_eq!(lines.len(), ROWS, "one line per row");
    let scorer = Scorer::new();
    for (index, line) in lines.iter().enumerate() {
        let row = index + 1;
        assert_eq!(line["id"], format!("r{row}"), "line {row} is row {row}");
        if [EMPTY_REPLY, BAD_UTF8, MISSING_FIELDS].contains(&row) {
            let error = line["error"].as_str().unwrap();
            assert!(error.starts_with(&format!("row {row} ")), "{error}");
            assert_eq!(line["row"], row);
            continue;
        }
        let (language, customer, reply) = REPLIES[row % REPLIES.len()];
        let language = Language::from_code(language).unwrap();
        let expected = scorer.score_text(customer, reply, language);
        assert_eq!(line["empathy"], expected.empathy, "row {row}");
        assert_eq!(
            line["interpretations"], expected.epitome.interpretations,
            "row {row}"
        );
        assert_eq!(
            line["evidence"].as_array().unwrap().len(),
            expected.evidence.len(),
            "row {row}"
        );
    }
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("empty reply"), "{stderr}");
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("missing `customer` column"), "{stderr}");
    assert!(
        stderr.contains(&format!("3 of {ROWS} rows could not be scored")),
        "{stderr}"
    );
}

/// `frontline score big.csv | head -1`: the reader goes away, the run stops quietly. The
/// binary has its own entry point (src/main.rs), which must ignore SIGPIPE as Rust's own
/// start does: otherwise the signal kills the process instead of an error it handles.
#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    // Far more output than a pipe holds, so that the run is still writing when the
    // reader leaves.
    let mut csv = b"id,language,customer,reply\n".to_vec();
    for row in 1..=3 * ROWS {
        let (language, customer, reply) = REPLIES[row % REPLIES.len()];
        csv.extend(format!("r{row},{language},\"{customer}\",\"{reply}\"\n").into_bytes());
    }
    let file = TempCsv::new("pipe", &csv);
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .arg("score")
        .arg(&file.0)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"id\":\"r1\""), "{first}");
    // The pipe's reading end is closed here, with the rest unread.
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "a closed stdout is no failure, and no signal ends the run: {:?}",
        output.status
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "",
        "nothing to report"
    );
}

#[test]
fn a_header_without_the_needed_columns_stops_at_once() {
    let file = TempCsv::new("header", b"id,text\n1,hello\n");
    let output = score(&file, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("`customer` and `reply`"), "{stderr}");
}

#[test]
fn an_unknown_turn_stops_at_once_and_names_the_turns_there_are() {
    let scenario =
        frontline::scenario::load_file(std::path::Path::new("scenarios/cancelled_flight.ron"))
            .unwrap();
    let file = TempCsv::new("turn", b"customer,reply\nhi,hello\n");
    let output = score(
        &file,
        &[
            "--scenario",
            "scenarios/cancelled_flight.ron",
            "--turn",
            "nope",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("no turn `nope`"), "{stderr}");
    for turn in &scenario.turns {
        assert!(
            stderr.contains(&turn.id),
            "{turn:?} missing from: {stderr}",
            turn = turn.id
        );
    }
}

#[test]
fn inside_a_scenario_turn_rows_also_get_accuracy_escalation_and_a_grade() {
    let scenario =
        frontline::scenario::load_file(std::path::Path::new("scenarios/cancelled_flight.ron"))
            .unwrap();
    let file = TempCsv::new(
        "scenario",
        b"id,customer,reply,action\n\
          a,,\"So sorry about the cancellation. Send us a DM with your booking code and we'll rebook you today.\",public\n\
          b,,,monitor\n",
    );
    let output = score(
        &file,
        &[
            "--scenario",
            "scenarios/cancelled_flight.ron",
            "--turn",
            &scenario.start,
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = lines(&output);
    assert_eq!(lines.len(), 2);
    for line in &lines {
        assert!(line["grade"].is_string(), "{line}");
        assert!(line["escalation"].is_u64(), "{line}");
    }
    assert!(lines[0]["empathy"].is_u64());
    assert!(
        lines[1]["empathy"].is_null(),
        "monitoring sends no reply: no empathy"
    );
}

/// Rows with no language of their own are read in the scenario's language (French here),
/// unless `--lang` says otherwise.
#[test]
fn inside_a_scenario_rows_default_to_its_language() {
    let file = TempCsv::new(
        "scenario-language",
        "id,customer,reply,action\n\
          a,,\"Je suis vraiment désolé. L'IC 4735 part à 20:52 : je vous écris en privé.\",ask_dm\n"
            .as_bytes(),
    );
    let scenario = [
        "--scenario",
        "scenarios/train_annule.ron",
        "--turn",
        "colere",
    ];
    let output = score(&file, &scenario);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let french = lines(&output);
    assert_eq!(french[0]["language"], "fr", "{}", french[0]);
    assert!(french[0]["empathy"].as_u64() > Some(0), "{}", french[0]);
    let output = score(&file, &[&scenario[..], &["--lang", "en"]].concat());
    assert_eq!(lines(&output)[0]["language"], "en");
}
