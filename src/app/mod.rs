//! The Bevy desktop shell: a window with an egui interface that drives the domain core.
//!
//! Layout follows the bevy_new_2d template: one plugin per file, a [`Screen`] state, the
//! [`AppSystems`] sets. [`plugin`] holds everything that works without a window (used by the
//! headless tests with `MinimalPlugins`); [`run`] adds the window, egui and reactive
//! rendering around it.

pub mod core;
#[cfg(target_os = "linux")]
mod display;
pub mod i18n;
pub mod library;
pub mod persist;
mod reactive;
pub mod report;
pub mod screens;
pub mod session;
pub mod theme;
pub mod ui;
pub mod widgets;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;

pub use screens::Screen;
pub use session::UiCommand;

/// Options of the desktop app, from the command line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppOptions {
    /// Folder of extra scenarios (watched for changes); `scenarios/` when it exists.
    pub scenarios: Option<PathBuf>,
    /// Where settings, autosave and exports go (see [`persist::default_data_dir`]).
    pub data_dir: Option<PathBuf>,
    /// Interface language for this session ("en", "fr", "nl"); overrides the setting.
    pub lang: Option<String>,
    /// Window size in logical pixels; default 1280x800.
    pub window_size: Option<(u32, u32)>,
    /// Interface scale (1.0 = 100 %); overrides the setting.
    pub scale: Option<f32>,
    /// Where the debrief's export button writes the JSON (default: DATA_DIR/exports/).
    pub export: Option<PathBuf>,
    /// The seed of every run (names, wordings, timing); default: from the clock, per run.
    pub seed: Option<u64>,
}

/// High-level groups of systems in `Update`, run in this order.
#[derive(SystemSet, Debug, Clone, Copy, Eq, PartialEq, Hash, PartialOrd, Ord)]
pub enum AppSystems {
    /// Tick timers and watch files.
    TickTimers,
    /// Read the interface's commands.
    RecordInput,
    /// Everything else.
    Update,
}

/// Options as a resource, for the systems that need them.
#[derive(Resource, Debug, Clone, Default)]
pub struct Options(pub AppOptions);

/// Everything of the app that runs without a window: state, commands, library,
/// persistence. Needs `StatesPlugin` (part of `DefaultPlugins`) and a time source.
pub fn plugin(app: &mut App) {
    app.configure_sets(
        Update,
        (
            AppSystems::TickTimers,
            AppSystems::RecordInput,
            AppSystems::Update,
        )
            .chain(),
    );
    if !app.world().contains_resource::<Options>() {
        app.init_resource::<Options>();
    }
    let options = app.world().resource::<Options>().0.clone();
    let data_dir = persist::DataDir(
        options
            .data_dir
            .clone()
            .unwrap_or_else(persist::default_data_dir),
    );
    let mut settings = persist::Settings::load(&data_dir);
    if let Some(lang) = options
        .lang
        .as_deref()
        .and_then(crate::scenario::Language::from_code)
    {
        settings.language = lang;
    }
    if let Some(scale) = options.scale {
        settings.scale = scale;
    }
    let scenarios = options.scenarios.clone().or_else(|| {
        let default = PathBuf::from("scenarios");
        default.is_dir().then_some(default)
    });
    app.insert_resource(i18n::I18n::new(settings.language));
    app.insert_resource(persist::Progress::load(&data_dir));
    app.insert_resource(library::ScenarioLibrary::load(scenarios.as_deref()));
    app.insert_resource(settings);
    app.insert_resource(data_dir);

    app.add_plugins((
        i18n::plugin,
        persist::plugin,
        library::plugin,
        session::plugin,
        screens::plugin,
    ));
}

/// Opens the desktop app and runs it until the window closes.
pub fn run(opts: AppOptions) -> ExitCode {
    #[cfg(target_os = "linux")]
    if let Some(problem) = display::problem() {
        eprintln!("error: {problem}");
        return ExitCode::from(2);
    }
    let (w, h) = opts.window_size.unwrap_or((1280, 800));
    let mut app = App::new();
    app.insert_resource(Options(opts));
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Frontline".into(),
                    resolution: bevy::window::WindowResolution::new(w, h),
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                filter: "warn,frontline=info,wgpu=error,naga=error".into(),
                ..default()
            }),
    );
    app.add_plugins(bevy_egui::EguiPlugin::default());
    app.add_plugins((plugin, reactive::plugin, ui::plugin));
    // Bevy registers most of its types for reflection from start-up constructors, which
    // the binary runs only when it opens the app (build.rs, src/main.rs); the window test
    // reads this line to see that they ran.
    let reflected = app
        .world()
        .resource::<AppTypeRegistry>()
        .read()
        .iter()
        .count();
    info!("{reflected} types registered for reflection");
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}
