//! Scripted runs of `frontline play --replies`, through the binary, with the real scorer:
//! every ending of the cancelled-flight scenario is reachable, and runs are reproducible.

use std::path::Path;
use std::process::{Command, Output};

use frontline::scenario::load_file;

const SCENARIO: &str = "scenarios/cancelled_flight.ron";

fn play(replies: &str, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(["play", SCENARIO, "--seed", "1", "--replies", replies])
        .args(extra)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn every_ending_of_cancelled_flight_is_reached_by_its_scripted_run() {
    let scenario = load_file(Path::new(SCENARIO)).unwrap();
    for ending in &scenario.endings {
        let replies = format!("tests/replies/cancelled_flight/{}.txt", ending.id);
        assert!(
            Path::new(&replies).exists(),
            "a scripted run for ending `{}`",
            ending.id
        );
        let output = play(&replies, &[]);
        let text = stdout(&output);
        assert!(
            output.status.success(),
            "{replies}: {}\n{text}",
            String::from_utf8_lossy(&output.stderr)
        );
        let reached = format!("ending: {} ({})", ending.title, ending.id);
        assert!(
            text.contains(&reached),
            "{replies} should reach `{}`:\n{text}",
            ending.id
        );
    }
}

#[test]
fn the_same_inputs_give_byte_identical_transcripts() {
    let dir = std::env::temp_dir().join(format!("frontline-play-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let replies = "tests/replies/cancelled_flight/rebooked_and_handed_over.txt";
    let (a, b) = (dir.join("a.json"), dir.join("b.json"));
    let first = play(replies, &["--export", a.to_str().unwrap()]);
    let second = play(replies, &["--export", b.to_str().unwrap()]);
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout);
    let (ja, jb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(ja, jb);
    let export: serde_json::Value = serde_json::from_slice(&ja).unwrap();
    assert_eq!(export["format"], "frontline-run-v1");
    assert_eq!(export["transcript"]["ending"], "rebooked_and_handed_over");
    assert_eq!(export["debrief"]["turns"].as_array().unwrap().len(), 4);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn assessment_mode_shows_verdicts_only_in_the_debrief() {
    let output = play(
        "tests/replies/cancelled_flight/rebooked_and_handed_over.txt",
        &["--assessment"],
    );
    let text = stdout(&output);
    assert!(output.status.success());
    assert!(!text.contains("verdict:"), "no verdict during the run");
    assert!(
        text.contains("Scores: empathy"),
        "the debrief shows the scores"
    );
}

fn script(name: &str, body: &str) -> String {
    let path = std::env::temp_dir().join(format!("frontline-{}-{name}.txt", std::process::id()));
    std::fs::write(&path, body).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_refused_response_names_the_replies_line() {
    let replies = script(
        "bad-team",
        "# one\n> escalate legal\nOur lawyers will call you.\n",
    );
    let output = play(&replies, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("{replies}:2: error: there is no team `legal`")),
        "{stderr}"
    );
}

#[test]
fn replies_that_run_out_before_an_ending_are_an_error() {
    let replies = script(
        "short",
        "> ask-dm after 5m\nSo sorry Priya, please DM us so we can rebook you. ^JM\n",
    );
    let output = play(&replies, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("before an ending"), "{stderr}");
}

#[test]
fn an_embedded_scenario_plays_by_id_from_any_folder() {
    let replies = std::fs::canonicalize("tests/replies/cancelled_flight/went_viral.txt").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args([
            "play",
            "cancelled_flight",
            "--seed",
            "1",
            "--replies",
            replies.to_str().unwrap(),
        ])
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(stdout(&output).contains("(went_viral)"));
}
