//! `frontline-app`, the desktop app: with no subcommand it opens the window on the
//! embedded scenarios (what `cargo run --release` runs); it also knows the terminal
//! commands (`check`, `play`, `score`), so `cargo run --release -- play cancelled_flight`
//! works from a checkout. `frontline`, the terminal program, starts this one when it is
//! asked for the window.
//!
//! On Linux with glibc the entry point is our own `main` (`#![no_main]`), not the one Rust
//! writes: see `start::c_main`.

#![cfg_attr(all(not(test), target_os = "linux", target_env = "gnu"), no_main)]

#[path = "../start.rs"]
mod start;

use std::process::ExitCode;

use start::AppArgs;

start::entry_point!(open_app);

/// Opens the window.
#[cfg_attr(test, allow(dead_code))]
fn open_app(args: AppArgs) -> ExitCode {
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

/// Runs Bevy's start-up constructors, which build.rs keeps out of `.init_array` so that
/// the terminal commands do not pay for them at every start: each registers one of
/// Bevy's types for reflection. Run once, before Bevy is used, in the order the loader
/// would have run them.
#[cfg(deferred_bevy_constructors)]
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
