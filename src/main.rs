//! The `frontline` binary: with no subcommand it opens the desktop app (or, built without
//! the `app` feature, plays the cancelled-flight scenario in the terminal); `check`, `play`
//! and `score` work in the terminal and never start Bevy.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use frontline::cli;

#[derive(Parser)]
#[command(
    name = "frontline",
    version,
    about = "Frontline: train social-media customer care on scripted crises"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Folder of extra scenarios for the app (default: scenarios/ when it exists).
    #[arg(long, global = false)]
    scenarios: Option<PathBuf>,
    /// Where the app keeps settings, autosaves and exports.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Interface language: en, fr or nl.
    #[arg(long)]
    lang: Option<String>,
    /// Window size, e.g. 1280x800.
    #[arg(long)]
    window_size: Option<String>,
    /// Interface scale, e.g. 1.5 for 150 %.
    #[arg(long)]
    scale: Option<f32>,
    /// Where the debrief's export button writes the JSON.
    #[arg(long)]
    export: Option<PathBuf>,
    /// Seed for names, wordings and timing of every run this session (default: from the
    /// clock): with one seed, every trainee meets the same customer.
    #[arg(long)]
    seed: Option<u64>,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files or folders (default: scenarios/).
    Check(cli::check::CheckArgs),
    /// Play a scenario in the terminal.
    Play(cli::play::PlayArgs),
    /// Score replies from a CSV file (one JSON line per row).
    Score(cli::score::ScoreArgs),
}

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(Command::Check(check)) => cli::check::run(&check),
        Some(Command::Play(play)) => cli::play::run(&play),
        Some(Command::Score(score)) => cli::score::run(&score),
        None => open_app(args),
    }
}

#[cfg(feature = "app")]
fn open_app(args: Cli) -> ExitCode {
    #[cfg(deferred_bevy_constructors)]
    run_deferred_bevy_constructors();
    let mut options = frontline::app::AppOptions {
        scenarios: args.scenarios,
        data_dir: args.data_dir,
        lang: args.lang,
        scale: args.scale,
        export: args.export,
        seed: args.seed,
        ..Default::default()
    };
    if let Some(size) = args.window_size {
        match size
            .split_once('x')
            .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
        {
            Some(size) => options.window_size = Some(size),
            None => {
                eprintln!("error: --window-size takes WIDTHxHEIGHT, e.g. 1280x800");
                return ExitCode::FAILURE;
            }
        }
    }
    frontline::app::run(options)
}

#[cfg(not(feature = "app"))]
fn open_app(_args: Cli) -> ExitCode {
    eprintln!("Built without the app: playing cancelled_flight in the terminal.");
    cli::play::run(&cli::play::PlayArgs {
        scenario: "cancelled_flight".into(),
        replies: None,
        seed: None,
        assessment: false,
        export: None,
        action_only: false,
    })
}

/// Runs Bevy's start-up constructors, which build.rs keeps out of `.init_array` so that
/// the terminal commands do not pay for them at every start: each registers one of
/// Bevy's types for reflection. Run once, before Bevy is used, in the order the loader
/// would have run them.
#[cfg(all(feature = "app", deferred_bevy_constructors))]
#[allow(unsafe_code)]
fn run_deferred_bevy_constructors() {
    type Constructor = unsafe extern "C" fn();
    // SAFETY: the linker script in build.rs defines both symbols around the `.init_array`
    // input sections of Bevy's objects, which hold only constructor pointers of this
    // type, contiguous and aligned, as the loader reads them; they are read, never
    // written. Each constructor is written to be called once, with no arguments, before
    // the code that uses what it registers, which holds here: this runs once, before the
    // app is built, on the main thread, with no other thread started yet.
    unsafe {
        unsafe extern "C" {
            static __start_deferred_bevy_constructors: Constructor;
            static __stop_deferred_bevy_constructors: Constructor;
        }
        let mut next = &raw const __start_deferred_bevy_constructors;
        let end = &raw const __stop_deferred_bevy_constructors;
        while next < end {
            (*next)();
            next = next.add(1);
        }
    }
}
