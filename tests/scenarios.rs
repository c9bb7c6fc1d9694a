//! The seed scenarios, the format guide's example and the library.

use std::path::Path;

use frontline::scenario::library::{EMBEDDED, Library, Source};
use frontline::scenario::{check_str, load_file};

#[test]
fn the_seed_scenarios_validate_without_warnings() {
    for (file, text) in EMBEDDED {
        let report = check_str(file, text);
        assert!(
            report.diagnostics.is_empty(),
            "{file}:\n{:#?}",
            report.diagnostics
        );
        let scenario = report.scenario.unwrap();
        assert!(
            scenario.turns.len() >= 4,
            "{file}: at least 4 customer turns"
        );
        assert!(scenario.endings.len() >= 3, "{file}: at least 3 endings");
        let branching = scenario
            .turns
            .iter()
            .filter(|t| {
                let targets: std::collections::HashSet<&str> =
                    t.next.iter().map(|b| b.goto.as_str()).collect();
                targets.len() >= 2
            })
            .count();
        assert!(branching >= 2, "{file}: at least 2 real branches");
        for turn in &scenario.turns {
            assert!(
                !turn.golden.is_empty(),
                "{file}: turn {} has golden replies",
                turn.id
            );
        }
    }
}

#[test]
fn the_embedded_scenarios_are_the_files_in_scenarios() {
    for (file, text) in EMBEDDED {
        let on_disk = std::fs::read_to_string(Path::new("scenarios").join(file)).unwrap();
        assert_eq!(on_disk, text, "{file}");
    }
}

#[test]
fn the_format_guide_example_is_a_valid_scenario() {
    let doc = std::fs::read_to_string("docs/scenario-format.md").unwrap();
    let start = doc.find("```ron\n").expect("the guide has a ```ron block") + "```ron\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let report = check_str("docs/scenario-format.md", &doc[start..end]);
    let errors: Vec<String> = report.errors().map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn the_library_lists_broken_files_with_their_error_and_lets_files_override_embedded_ones() {
    let dir = std::env::temp_dir().join(format!("frontline-library-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/broken/unknown_goto.ron", dir.join("broken.ron")).unwrap();
    let troll = std::fs::read_to_string("scenarios/troll.ron").unwrap();
    std::fs::write(
        dir.join("my_troll.ron"),
        troll.replace("title: \"", "title: \"Edited: "),
    )
    .unwrap();

    let library = Library::load(Some(&dir));
    let broken = library
        .entries
        .iter()
        .find(|e| e.source == Source::File(dir.join("broken.ron")))
        .expect("the broken file is listed");
    let errors = broken.scenario.as_ref().unwrap_err();
    assert!(
        errors[0]
            .headline()
            .contains("broken.ron:47:53: error: unknown turn or ending `detials`")
    );
    assert_eq!(
        library.scenarios().count(),
        EMBEDDED.len(),
        "the edited troll replaced the embedded one"
    );
    assert!(library.find("troll").unwrap().title.starts_with("Edited: "));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn load_file_reads_and_validates() {
    assert!(load_file(Path::new("scenarios/cancelled_flight.ron")).is_ok());
    let errors = load_file(Path::new("tests/broken/unknown_team.ron")).unwrap_err();
    assert_eq!(errors.len(), 1);
}
