//! The corpus of broken scenarios: each file in tests/broken/ has one problem, and
//! tests/broken/EXPECTED gives the exact error and position `frontline check` must report.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use frontline::cli::check::check_file;

fn expected() -> Vec<(String, String)> {
    let text =
        std::fs::read_to_string("tests/broken/EXPECTED").expect("tests/broken/EXPECTED exists");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let file = line.split(':').next().unwrap().to_string();
            (file, line.to_string())
        })
        .collect()
}

#[test]
fn every_broken_file_gives_its_expected_error_at_its_position() {
    let expected = expected();
    assert!(
        expected.len() >= 25,
        "the corpus keeps at least 25 broken files"
    );
    for (file, line) in &expected {
        let diagnostics = check_file(Path::new(file), None);
        let headlines: Vec<String> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.headline())
            .collect();
        assert!(
            headlines.contains(line),
            "{file}: expected\n  {line}\ngot\n  {}",
            headlines.join("\n  ")
        );
        assert!(
            diagnostics.iter().all(|d| !d.hint.is_empty()),
            "{file}: every diagnostic says what to do"
        );
    }
}

#[test]
fn the_manifest_covers_every_broken_file() {
    let listed: BTreeSet<String> = expected().into_iter().map(|(file, _)| file).collect();
    let on_disk: BTreeSet<String> = std::fs::read_dir("tests/broken")
        .unwrap()
        .map(|e| format!("tests/broken/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|name| name.ends_with(".ron"))
        .collect();
    assert_eq!(listed, on_disk);
}

#[test]
fn the_check_command_reports_all_problems_at_once_and_fails() {
    let output = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(["check", "--no-golden", "tests/broken"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    for (_, line) in expected() {
        assert!(
            stdout.contains(&line),
            "missing from `frontline check tests/broken`: {line}"
        );
    }
    assert!(stdout.contains("hint: "));
    let last = stdout.lines().last().unwrap();
    assert!(
        last.starts_with(&format!("checked {} files:", expected().len())),
        "{last}"
    );
}

#[test]
fn a_valid_scenario_passes_with_exit_code_0() {
    let output = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(["check", "--no-golden", "tests/data/tiny.ron"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn a_missing_path_is_an_error_not_a_panic() {
    let output = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .args(["check", "tests/no-such-file.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("tests/no-such-file.ron:1:1: error: cannot read the file")
    );
}

#[test]
fn a_branch_waiting_for_a_good_reply_with_an_unexpected_action_is_reported() {
    // The flight scenario's second public turn expects AskDm; a branch for a good ReplyDm
    // could never be taken, since the judge grades an unexpected action fair at best.
    let original = std::fs::read_to_string("scenarios/cancelled_flight.ron").unwrap();
    let fair = "(when: [Action(ReplyDm), GradeAtLeast(Fair)], goto: \"dm_booking\", mood: -1, sentiment: -1)";
    assert!(original.contains(fair));
    let line = original[..original.find(fair).unwrap()].lines().count();
    let edited = original.replace(fair, &fair.replace("(Fair)", "(Good)"));
    let dir = std::env::temp_dir().join(format!("frontline-branch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cancelled_flight.ron");
    std::fs::write(&path, edited).unwrap();
    let diagnostics = check_file(&path, None);
    let _ = std::fs::remove_dir_all(&dir);
    let warning = diagnostics
        .iter()
        .find(|d| d.headline().contains("can never be taken"))
        .unwrap_or_else(|| panic!("no warning in {diagnostics:?}"));
    assert!(!warning.is_error(), "a warning, not an error");
    assert!(
        warning.headline().contains(&format!(":{line}:17: warning")),
        "{}",
        warning.headline()
    );
    assert!(
        warning.hint.contains("GradeAtLeast(Fair)"),
        "{}",
        warning.hint
    );
    // The shipped scenario itself has no such branch.
    let shipped = check_file(Path::new("scenarios/cancelled_flight.ron"), None);
    assert!(
        shipped
            .iter()
            .all(|d| !d.headline().contains("can never be taken"))
    );
}
