//! The start both binaries share (src/main.rs, `frontline`, and src/bin/frontline-app.rs,
//! `frontline-app`): the command line, its parsing, and what the process does before and
//! after the command. `check`, `play` and `score` work in the terminal and never start
//! Bevy; with no subcommand the binary's own `open_app` runs.
//!
//! A module of each binary (`mod start;`), not of the library: it sets up the process
//! (signals, the allocator), which takes `unsafe`, and the library forbids it.

use std::ffi::{OsString, c_int};
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
    #[command(flatten)]
    app: AppArgs,
}

/// The app's options, for a command line with no subcommand.
#[derive(clap::Args)]
// `frontline` hands its own arguments to `frontline-app` as they are, so only the app's
// binary reads these fields.
#[allow(dead_code)]
pub struct AppArgs {
    /// Folder of extra scenarios for the app (default: scenarios/ when it exists).
    #[arg(long, global = false)]
    pub scenarios: Option<PathBuf>,
    /// Where the app keeps settings, autosaves and exports.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Interface language: en, fr or nl.
    #[arg(long)]
    pub lang: Option<String>,
    /// Window size, e.g. 1280x800.
    #[arg(long)]
    pub window_size: Option<String>,
    /// Interface scale, e.g. 1.5 for 150 %.
    #[arg(long)]
    pub scale: Option<f32>,
    /// Where the debrief's export button writes the JSON.
    #[arg(long)]
    pub export: Option<PathBuf>,
    /// Seed for names, wordings and timing of every run this session (default: from the
    /// clock): with one seed, every trainee meets the same customer.
    #[arg(long)]
    pub seed: Option<u64>,
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

/// The body of the process's entry point, which each binary declares as a C program's
/// `main` (`#![no_main]`) on Linux with glibc; `open_app` is what the binary does with no
/// subcommand.
///
/// Why not Rust's own `main`: before it runs, the standard library asks the C library
/// where the main thread's stack ends (to report a stack overflow by name), which reads and
/// parses /proc/self/maps, and ignores SIGPIPE; with clap's parser then built for the whole
/// command line, that was about 0.25 ms of the 8.5 ms `frontline score` takes for the
/// benchmark file (measured, alternated with the build before: 1.03 x, faster in 96 of
/// 100 rounds). What the standard library's start did that still matters is done here:
/// SIGPIPE is ignored (a closed pipe is an error the commands handle, not a signal that
/// kills), a panic ends the process with status 101 after its message, and stdout is
/// flushed at the end. A stack overflow still stops the process (the kernel's guard
/// gap), with "Segmentation fault" instead of the thread's name. The arguments are read by
/// `std::env::args_os`, which the standard library fills in on its own before `main` with
/// glibc (elsewhere the binary keeps Rust's `main`, whose start reads them).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[cfg_attr(test, allow(dead_code))]
pub fn c_main(open_app: fn(AppArgs) -> ExitCode) -> c_int {
    ignore_sigpipe();
    let code = std::panic::catch_unwind(|| run(open_app)).unwrap_or(ExitCode::from(101));
    // Rust's start would flush stdout at exit; `print!` output without a newline would
    // otherwise be lost.
    let _ = std::io::Write::flush(&mut std::io::stdout());
    exit_status(code)
}

/// Declares the binary's entry point, which runs `start::c_main` (or `start::run`, where
/// the binary keeps Rust's own `main`) with the binary's `open_app`. Its crate root says
/// `#![no_main]` under the same condition.
macro_rules! entry_point {
    ($open_app:path) => {
        /// Called by the C library as a C program's `main` is.
        #[cfg(all(not(test), target_os = "linux", target_env = "gnu"))]
        #[unsafe(no_mangle)]
        extern "C" fn main(
            _argc: std::ffi::c_int,
            _argv: *const *const std::ffi::c_char,
        ) -> std::ffi::c_int {
            crate::start::c_main($open_app)
        }

        /// Rust's own entry point where the standard library needs its start to read the
        /// arguments.
        #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
        fn main() -> std::process::ExitCode {
            crate::start::run($open_app)
        }
    };
}
pub(crate) use entry_point;

/// Runs the command the arguments name; with none, `open_app`.
#[cfg_attr(test, allow(dead_code))]
pub fn run(open_app: fn(AppArgs) -> ExitCode) -> ExitCode {
    if let Some(args) = plain_score(std::env::args_os().skip(1)) {
        return score(&args);
    }
    let args = Cli::parse();
    match args.command {
        Some(Command::Check(check)) => cli::check::run(&check),
        Some(Command::Play(play)) => cli::play::run(&play),
        Some(Command::Score(args)) => score(&args),
        None => open_app(args.app),
    }
}

/// `frontline score`, with the allocator set for it (see `keep_freed_memory`) and, on
/// Linux with glibc, the main thread's heap faulted in by the second thread (see
/// `HeapAhead`).
fn score(args: &cli::score::ScoreArgs) -> ExitCode {
    keep_freed_memory();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let heap = HeapAhead::reserve();
        cli::score::run_with(args, &|| heap.fault_in())
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    cli::score::run(args)
}

/// Tells glibc's allocator to keep what is freed and to grow its heap a megabyte at a
/// time, for `frontline score`: a run of a few milliseconds that frees and allocates
/// batches of rows all along. By default glibc hands freed memory back to the kernel
/// as soon as 128 KB lie free at the heap's top and maps each block over 128 KB on its
/// own, so the next batch faulted the same pages in again (1.5 µs a page here), and it
/// grew the heap a few pages at a time, a system call each. Measured on the benchmark
/// file against the build before: CPU time 14.54 -> 14.38 ms and page faults 477 -> 452
/// (`perf stat`, 60 runs each); faster in 75 of 120 alternated rounds. The memory is the
/// process's until it exits, a few milliseconds later; a run's peak is bounded by its
/// batches in flight (src/cli/score.rs).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn keep_freed_memory() {
    // SAFETY: `mallopt` only sets parameters of glibc's allocator, which it reads under
    // its own locks; no memory is touched, and this runs before the scoring threads exist.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 << 20);
        libc::mallopt(libc::M_TOP_PAD, 1 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}

/// The next part of the main thread's heap, grown but not yet touched, for the second
/// scoring thread to fault in while this one loads the lexicon.
///
/// Why: a page a process touches for the first time costs it a page fault, about 1.5 µs
/// on this VM (see `keep_freed_memory`). Before the first row is scored, the main
/// thread takes about 135 of them, most of them the lexicon's, while the second thread
/// only reads the CSV ahead and then waits for the lexicon. Faulted in from the second
/// thread in one system call (`MADV_POPULATE_WRITE`), at about 1 µs a page, they are
/// ready when the main thread gets to them, and the lexicon loads in about 245 µs
/// instead of 440. Measured on the benchmark file: page faults 393 – 411 -> 160 – 190 a
/// run; the whole run 1.03 x faster by medians, in 75 of 80 alternated rounds
/// (BENCHMARKS.md, twenty-third pass).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
struct HeapAhead {
    /// Page-aligned start and end (`start == end`: nothing to fault in).
    start: usize,
    end: usize,
}

/// How much of the main heap is faulted in ahead: the lexicon and the first batches.
/// Against 1 MB, in 80 alternated rounds: 768 KB 1.01 x (faster in 55), 512 KB 1.00 x
/// (faster in 33).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const HEAP_AHEAD: usize = 768 << 10;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
impl HeapAhead {
    #[allow(unsafe_code)]
    fn reserve() -> HeapAhead {
        // SAFETY: plain calls to the C allocator: the block is freed once, and only its
        // address is kept (as a number, to find the heap's untouched top).
        let (first, top) = unsafe {
            // No free block is this large yet, so this one comes from the heap's unused
            // top, which the allocator first grows past it (a system call that touches
            // nothing). Freed, it goes back to that top, where the main thread's next
            // blocks (the lexicon's, then its rows') come from.
            let large = libc::malloc(HEAP_AHEAD);
            let top = libc::sbrk(0) as usize;
            libc::free(large);
            (large as usize, top)
        };
        let page = 4096;
        let start = first & !(page - 1);
        let end = top.min(start + HEAP_AHEAD) & !(page - 1);
        HeapAhead {
            start,
            end: end.max(start),
        }
    }

    /// Faults the pages in, writable, in one system call. Only a hint: where the kernel
    /// cannot (before Linux 5.14), nothing happens, and each page faults when it is first
    /// touched, as it would have anyway.
    #[allow(unsafe_code)]
    fn fault_in(&self) {
        if self.end > self.start {
            // SAFETY: `MADV_POPULATE_WRITE` changes no memory's contents: it only has the
            // kernel map now the pages that a first write would have mapped later. The
            // range is the heap's, which the process keeps until it exits
            // (`keep_freed_memory` stops the allocator from handing it back).
            unsafe {
                libc::madvise(
                    self.start as *mut libc::c_void,
                    self.end - self.start,
                    libc::MADV_POPULATE_WRITE,
                );
            }
        }
    }
}

/// `frontline score FILE`, the way the benchmark and a team's scripts run it, read without
/// clap: building clap's parser for the whole command line took about 0.15 ms, a fiftieth
/// of scoring the 3,084-row benchmark file. Only these two words qualify (a FILE that
/// starts with `-` could be an option); anything else, options and help included, goes
/// through clap as before.
fn plain_score(mut words: impl Iterator<Item = OsString>) -> Option<cli::score::ScoreArgs> {
    let (Some(command), Some(file), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    (command == "score" && !file.as_encoded_bytes().starts_with(b"-")).then(|| {
        cli::score::ScoreArgs {
            file: file.into(),
            lang: None,
            scenario: None,
            turn: None,
        }
    })
}

/// The exit status `code` stands for (`ExitCode` keeps its number to itself; every one
/// is some `ExitCode::from(n)`).
#[cfg_attr(not(all(target_os = "linux", target_env = "gnu")), allow(dead_code))]
fn exit_status(code: ExitCode) -> c_int {
    (0..=u8::MAX)
        .find(|&n| code == ExitCode::from(n))
        .map_or(1, c_int::from)
}

/// Writing to a closed pipe (`frontline score big.csv | head`) then fails with an error
/// the commands handle, as in any Rust program, instead of killing the process.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[cfg_attr(test, allow(dead_code))]
#[allow(unsafe_code)]
fn ignore_sigpipe() {
    use nix::sys::signal::{SigHandler, Signal, signal};
    // SAFETY: `SigIgn` installs no handler code, so nothing can run in a signal context;
    // this runs first of all, before any other thread exists.
    let _ = unsafe { signal(Signal::SIGPIPE, SigHandler::SigIgn) };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> impl Iterator<Item = OsString> {
        line.split_whitespace()
            .map(OsString::from)
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn only_score_and_a_file_skip_clap() {
        let plain = plain_score(words("score replies.csv")).expect("score FILE");
        assert_eq!(plain.file, PathBuf::from("replies.csv"));
        assert_eq!((plain.lang, plain.scenario, plain.turn), (None, None, None));
        for line in [
            "score",
            "score -h",
            "score --lang fr replies.csv",
            "score replies.csv --lang fr",
            "check replies.csv",
            "",
        ] {
            assert!(plain_score(words(line)).is_none(), "{line:?} goes to clap");
        }
    }

    #[test]
    fn every_exit_code_keeps_its_number() {
        assert_eq!(exit_status(ExitCode::SUCCESS), 0);
        assert_eq!(exit_status(ExitCode::FAILURE), 1);
        for n in [1u8, 2, 101, 255] {
            assert_eq!(exit_status(ExitCode::from(n)), c_int::from(n));
        }
    }
}
