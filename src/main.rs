//! `frontline`, the terminal program: `check`, `play` and `score`, for trainers at the
//! keyboard and for teams' scripts. It never starts Bevy: with no subcommand it hands its
//! arguments to the desktop app, `frontline-app`, installed beside it (or, built without
//! the `app` feature, plays the cancelled-flight scenario in the terminal).
//!
//! Why two programs: `frontline score` and `frontline check` run from scripts, over and
//! over, and the app must link the system's C library dynamically, because the graphics
//! drivers it loads at run time need it. This one, on Linux with glibc, is linked
//! statically (build.rs): nothing for the loader to find, map or relocate at each start,
//! and it runs on a build server with no graphics libraries at all. Measured on the
//! benchmark file, alternated against the single program it replaces: BENCHMARKS.md.
//!
//! On Linux with glibc the entry point is our own `main` (`#![no_main]`), not the one Rust
//! writes: see `start::c_main`.

// Under `cargo test` the test harness brings its own `main`. With glibc the standard
// library reads the arguments by itself before any `main`; elsewhere it needs its own
// start, which then runs as usual.
#![cfg_attr(all(not(test), target_os = "linux", target_env = "gnu"), no_main)]

mod start;

use std::process::ExitCode;

use start::AppArgs;

start::entry_point!(open_app);

/// Opens the desktop app: `frontline-app`, from the folder this program is in, with the
/// same arguments.
#[cfg(feature = "app")]
#[cfg_attr(test, allow(dead_code))]
fn open_app(_: AppArgs) -> ExitCode {
    let here = std::env::current_exe().ok();
    let Some(app) = here.as_deref().and_then(app_beside) else {
        let folder = here
            .as_deref()
            .and_then(std::path::Path::parent)
            .map_or_else(
                || "this program's folder".to_string(),
                |f| f.display().to_string(),
            );
        eprintln!(
            "error: the desktop app is the program `{APP}`, and there is none in {folder}.\n\
             Build it with `cargo build --release` (or open it with `cargo run --release`) \
             and run `frontline` again;\n`frontline play cancelled_flight` plays in the \
             terminal meanwhile."
        );
        return ExitCode::from(2);
    };
    let error = launch(&app);
    eprintln!("error: could not start {}: {error}", app.display());
    ExitCode::FAILURE
}

#[cfg(not(feature = "app"))]
#[cfg_attr(test, allow(dead_code))]
fn open_app(_: AppArgs) -> ExitCode {
    eprintln!("Built without the app: playing cancelled_flight in the terminal.");
    frontline::cli::play::run(&frontline::cli::play::PlayArgs {
        scenario: "cancelled_flight".into(),
        replies: None,
        seed: None,
        assessment: false,
        export: None,
        action_only: false,
    })
}

/// The app's file name.
#[cfg(feature = "app")]
const APP: &str = if cfg!(windows) {
    "frontline-app.exe"
} else {
    "frontline-app"
};

/// The app's program in the same folder as `this` program, if there is one.
#[cfg(feature = "app")]
fn app_beside(this: &std::path::Path) -> Option<std::path::PathBuf> {
    let app = this.parent()?.join(APP);
    app.is_file().then_some(app)
}

/// Becomes `app` with this process's arguments (same process, same id, same standard
/// streams); returns only if that failed.
#[cfg(all(feature = "app", unix))]
fn launch(app: &std::path::Path) -> std::io::Error {
    use std::os::unix::process::CommandExt;
    std::process::Command::new(app)
        .args(std::env::args_os().skip(1))
        .exec()
}

/// Runs `app` with this process's arguments and ends with its exit status.
#[cfg(all(feature = "app", not(unix)))]
fn launch(app: &std::path::Path) -> std::io::Error {
    match std::process::Command::new(app)
        .args(std::env::args_os().skip(1))
        .status()
    {
        Ok(status) => std::process::exit(status.code().unwrap_or(1)),
        Err(error) => error,
    }
}

#[cfg(all(test, feature = "app"))]
mod tests {
    use super::*;

    #[test]
    fn the_app_is_looked_for_beside_this_program_only() {
        let dir = std::env::temp_dir().join(format!("frontline-beside-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let this = dir.join("frontline");
        assert_eq!(app_beside(&this), None, "no app in the folder yet");
        std::fs::write(dir.join(APP), b"").unwrap();
        assert_eq!(app_beside(&this), Some(dir.join(APP)));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
