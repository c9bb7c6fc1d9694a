//! Headless tests of the desktop shell: MinimalPlugins + StatesPlugin + the app's plugin,
//! driven by the same commands the egui screens emit, with `app.update()`.
#![cfg(feature = "app")]

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use frontline::app::library::ScenarioLibrary;
use frontline::app::session::{ActiveRun, ResumeOffer};
use frontline::app::{AppOptions, Options, Screen, UiCommand};
use frontline::scenario::{Action, Grade, Language};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("frontline-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn new_app(data: &Path, scenarios: &Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.insert_resource(Options(AppOptions {
        scenarios: Some(scenarios.to_path_buf()),
        data_dir: Some(data.to_path_buf()),
        ..Default::default()
    }));
    app.add_plugins(frontline::app::plugin);
    app.update();
    app
}

fn send(app: &mut App, command: UiCommand) {
    app.world_mut().write_message(command);
    app.update();
    // State transitions apply on the next frame.
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// A response for the pending turn: a golden reply graded Good, else an expected action.
fn good_response(app: &App) -> Option<(Action, String)> {
    let run = app.world().resource::<ActiveRun>();
    let run = run.0.as_ref()?;
    let pending = run.pending()?;
    let turn = run.scenario.turn(&pending.turn)?;
    if let Some(g) = turn.golden.iter().find(|g| g.grade == Grade::Good) {
        return Some((g.action.clone(), g.reply.clone()));
    }
    let action = turn.expect.actions.first()?.clone();
    Some((action, "Thank you for telling us, we are on it. ^JM".into()))
}

fn play_to_end(app: &mut App) -> usize {
    let mut turns = 0;
    while let Some((action, reply)) = good_response(app) {
        send(
            app,
            UiCommand::Send {
                action,
                reply,
                response_secs: Some(120),
            },
        );
        turns += 1;
        assert!(turns < 40, "the conversation does not end");
    }
    turns
}

#[test]
fn library_briefing_play_debrief_export() {
    let data = temp_dir("flow");
    let mut app = new_app(&data, &scenarios_dir());
    assert_eq!(screen(&app), Screen::Library);
    let lib = app.world().resource::<ScenarioLibrary>();
    assert!(
        lib.get("cancelled_flight").is_some(),
        "{:?}",
        lib.entries
            .iter()
            .map(|e| (&e.source, &e.problems))
            .collect::<Vec<_>>()
    );

    send(&mut app, UiCommand::Open("cancelled_flight".into()));
    assert_eq!(screen(&app), Screen::Briefing);
    send(&mut app, UiCommand::Start);
    assert_eq!(screen(&app), Screen::Play);
    assert!(
        app.world()
            .resource::<ActiveRun>()
            .0
            .as_ref()
            .unwrap()
            .pending()
            .is_some()
    );

    // Debrief is refused while the run is going.
    send(&mut app, UiCommand::Debrief);
    assert_eq!(screen(&app), Screen::Play);

    let turns = play_to_end(&mut app);
    assert!(turns >= 1);
    let run = app.world().resource::<ActiveRun>();
    let ending = run.0.as_ref().unwrap().ending().expect("an ending");
    assert!(!ending.title.is_empty());
    // The finished run is no longer offered for resume, and the best result is recorded.
    assert!(!data.join("autosave.json").exists());
    let progress = std::fs::read_to_string(data.join("progress.json")).unwrap();
    assert!(progress.contains("cancelled_flight"));

    send(&mut app, UiCommand::Debrief);
    assert_eq!(screen(&app), Screen::Debrief);
    send(&mut app, UiCommand::Export);
    let exports: Vec<_> = std::fs::read_dir(data.join("exports"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(exports.len(), 1);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(exports[0].path()).unwrap()).unwrap();
    assert_eq!(json["transcript"]["scenario_id"], "cancelled_flight");
    assert!(json["debrief"]["ending"]["id"].is_string());
    assert_eq!(json["debrief"]["turns"].as_array().unwrap().len(), turns);

    send(&mut app, UiCommand::Replay);
    assert_eq!(screen(&app), Screen::Briefing);
    send(&mut app, UiCommand::Back);
    assert_eq!(screen(&app), Screen::Library);
}

#[test]
fn autosave_after_every_turn_and_resume_on_next_start() {
    let data = temp_dir("resume");
    {
        let mut app = new_app(&data, &scenarios_dir());
        send(&mut app, UiCommand::Open("cancelled_flight".into()));
        send(&mut app, UiCommand::Start);
        let (action, reply) = good_response(&app).unwrap();
        send(
            &mut app,
            UiCommand::Send {
                action,
                reply,
                response_secs: Some(60),
            },
        );
        assert!(data.join("autosave.json").exists());
        // The app "crashes" here: dropped without leaving the play screen.
    }
    let mut app = new_app(&data, &scenarios_dir());
    let offer = app
        .world()
        .resource::<ResumeOffer>()
        .0
        .clone()
        .expect("resume offered");
    assert_eq!(offer.scenario, "cancelled_flight");
    assert_eq!(offer.responses.len(), 1);
    send(&mut app, UiCommand::Resume);
    assert_eq!(screen(&app), Screen::Play);
    let run = app.world().resource::<ActiveRun>();
    assert_eq!(run.0.as_ref().unwrap().responses.len(), 1);

    // Discarding forgets it.
    send(&mut app, UiCommand::DiscardResume);
    assert!(!data.join("autosave.json").exists());
}

#[test]
fn language_switch_applies_at_once_and_persists() {
    let data = temp_dir("lang");
    let mut app = new_app(&data, &scenarios_dir());
    let before = app
        .world()
        .resource::<frontline::app::i18n::I18n>()
        .t("nav-library");
    send(&mut app, UiCommand::SetLanguage(Language::Nl));
    let i18n = app.world().resource::<frontline::app::i18n::I18n>();
    assert_eq!(i18n.lang(), Language::Nl);
    assert_ne!(i18n.t("nav-library"), before);
    send(&mut app, UiCommand::SetTrainee("Julie Martin".into()));
    let saved = std::fs::read_to_string(data.join("settings.json")).unwrap();
    assert!(
        saved.contains("\"nl\"") && saved.contains("Julie Martin"),
        "{saved}"
    );
    drop(app);
    let app = new_app(&data, &scenarios_dir());
    assert_eq!(
        app.world().resource::<frontline::app::i18n::I18n>().lang(),
        Language::Nl
    );
}

#[test]
fn settings_and_back_navigation() {
    let data = temp_dir("nav");
    let mut app = new_app(&data, &scenarios_dir());
    send(&mut app, UiCommand::GoTo(Screen::Settings));
    assert_eq!(screen(&app), Screen::Settings);
    send(&mut app, UiCommand::Back);
    assert_eq!(screen(&app), Screen::Library);
    send(&mut app, UiCommand::Back);
    assert_eq!(screen(&app), Screen::Library);
    send(&mut app, UiCommand::Open("no_such_scenario".into()));
    assert_eq!(screen(&app), Screen::Library);
}

#[test]
fn hot_reload_keeps_the_last_good_version() {
    let data = temp_dir("reload-data");
    let dir = temp_dir("reload-scenarios");
    let good = std::fs::read_to_string(scenarios_dir().join("cancelled_flight.ron")).unwrap();
    let file = dir.join("cancelled_flight.ron");
    std::fs::write(&file, &good).unwrap();
    let mut app = new_app(&data, &dir);
    assert!(
        app.world()
            .resource::<ScenarioLibrary>()
            .get("cancelled_flight")
            .is_some()
    );

    // A broken edit: the error is reported with its position, the old version stays.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&file, good.replacen("title:", "titel:", 1)).unwrap();
    let mut lib = app.world_mut().resource_mut::<ScenarioLibrary>();
    assert!(lib.rescan());
    let entry = lib
        .entries
        .iter()
        .find(|e| e.source.ends_with("cancelled_flight.ron"))
        .unwrap();
    assert!(entry.scenario.is_some());
    assert!(!entry.problems.is_empty());
    assert!(
        entry.problems[0].contains("cancelled_flight.ron:"),
        "{:?}",
        entry.problems
    );
    assert_eq!(lib.broken().count(), 1);

    // A good edit replaces it.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(
        &file,
        good.replacen("Cancelled the night before the wedding", "Cancelled!", 1),
    )
    .unwrap();
    assert!(lib.rescan());
    assert_eq!(lib.get("cancelled_flight").unwrap().title, "Cancelled!");
    assert_eq!(lib.broken().count(), 0);
    app.update();
}
