//! Links the `frontline` binaries as position-dependent executables, and `frontline`, the
//! terminal program, statically.
//!
//! The app carries Bevy, wgpu and naga: as a position-independent executable it has
//! about 280,000 relocations that the loader applies on every start, touching megabytes of
//! pages before `main` runs (8 ms for `frontline --version` on the reference machine,
//! 3 ms without). The code is compiled as usual; only the final link changes, so no
//! dependency is rebuilt.
//!
//! It also keeps `.text.startup` together: Bevy registers its reflected types from about
//! 470 static constructors, one per type, which the linker would otherwise scatter over
//! the 35 MB of code, so that every start faulted in ~100 pages just to run them
//! (311 -> 221 page faults for `frontline --version`).
//!
//! And it gathers what those constructors write and call (`GATHER_INVENTORY`): each one
//! links a 24-byte node into a list, and the 472 nodes sat among the other statics over 32
//! pages, each copied on its first write at every start; the 21 functions that link them
//! sat on 21 pages of code. Gathered, they take 3 pages and one: 214 -> 164 page faults
//! for `frontline --version`, and `frontline score` on the benchmark file 4 % faster
//! (BENCHMARKS.md). The same script puts the code `frontline score` runs (the scorer, the
//! command line and `memchr`, 300 KB) together, not among the app's 35 MB: 1 % faster
//! again (95 of 150 alternated rounds). Both figures were measured when one program did
//! everything; the terminal commands now have a program of their own
//! (`static_terminal_program`, `TERMINAL_PROGRAM`), and the app keeps these for its own
//! start and for `frontline-app score`.

fn main() {
    // Only for Linux targets built with GNU-style linkers, where `-no-pie` exists.
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        println!("cargo:rustc-link-arg-examples=-no-pie");
        println!("cargo:rustc-link-arg-bins=-Wl,-z,keep-text-section-prefix");
        // A script that only adds sections (`INSERT`) and keeps the linker's own layout
        // for everything else. Where it matches nothing (a build without Bevy), it adds
        // nothing.
        let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
        let script = out.join("gather_inventory.ld");
        if std::fs::write(&script, GATHER_INVENTORY).is_ok() {
            println!(
                "cargo:rustc-link-arg-bin=frontline-app=-Wl,-T,{}",
                script.display()
            );
            // The binary's `main` runs the constructors the script set aside.
            println!("cargo:rustc-cfg=deferred_bevy_constructors");
        }
        let script = out.join("terminal_program.ld");
        if std::fs::write(&script, TERMINAL_PROGRAM).is_ok() {
            println!(
                "cargo:rustc-link-arg-bin=frontline=-Wl,-T,{}",
                script.display()
            );
        }
        if target.ends_with("-linux-gnu") {
            static_unwinder(&out);
            static_terminal_program(&out);
        }
    }
    println!("cargo::rustc-check-cfg=cfg(deferred_bevy_constructors)");
    println!("cargo::rustc-check-cfg=cfg(static_terminal_program)");
    println!("cargo:rerun-if-changed=build.rs");
    // The profile optimised builds of the crate are compiled with (.cargo/pgo/): a new one
    // must compile the crate again, which cargo does not know otherwise (the flag is added
    // by the compiler wrapper, out of its sight).
    println!("cargo:rerun-if-changed=.cargo/pgo/frontline.profdata");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
}

/// The code of `frontline score` (our `scoring` and `cli` modules and the `memchr` crate)
/// on pages of its own, in both programs.
macro_rules! score_code {
    () => {
        "SECTIONS { .text.frontline : { *(.text.*frontline*scoring*) *(.text.*frontline*cli*) *(.text.*memchr*) } } INSERT AFTER .text;\n"
    };
}

/// Bevy's start-up constructors set aside: the functions Bevy's crates put in `.init_array`
/// (one per type that registers itself for reflection, 472 of them) go to a section of
/// their own, between `__start_deferred_bevy_constructors` and
/// `__stop_deferred_bevy_constructors`, which the loader does not run. The binary's `main`
/// runs them, in the same order, when it opens the app (src/main.rs): the app gets the
/// same registrations, and `frontline score`, `check` and `play`, which never start
/// Bevy, no longer pay for them at every start (measured, BENCHMARKS.md: 1.06 x on a
/// one-row file, 1.02 x on the benchmark file). The standard library's own constructor
/// and the C runtime's are not in a Bevy object and stay where they are.
///
/// The `inventory` crate's nodes (statics named `__INVENTORY`, one per registered type)
/// before the other writable statics, and its functions that link them (`ErasedNode::
/// submit`, `Registry::submit`) after the code: each group on pages of its own. Then the
/// code of `frontline score`: our `scoring` and `cli` modules and the `memchr` crate.
/// Rust puts every static and function in a section named after its symbol, which is
/// what the patterns match.
const GATHER_INVENTORY: &str = concat!(
    "SECTIONS { deferred_bevy_constructors : { PROVIDE_HIDDEN(__start_deferred_bevy_constructors = .); KEEP(*bevy*(.init_array)) PROVIDE_HIDDEN(__stop_deferred_bevy_constructors = .); } } INSERT BEFORE .init_array;\n",
    "SECTIONS { .data.inventory : { *(.data.*__INVENTORY*) } } INSERT BEFORE .data;\n",
    "SECTIONS { .text.inventory : { *(.text.*ErasedNode*) *(.text.*inventory*Registry*submit*) } } INSERT AFTER .text;\n",
    score_code!(),
);

/// The terminal program's layout: Bevy's start-up constructors left out, and the code of
/// `frontline score` together (as in `GATHER_INVENTORY`).
///
/// `frontline` never calls Bevy, but Bevy is a dependency of the library it is built from
/// (the `app` feature), and rustc makes the linker keep every dependency's statics marked
/// `#[used]`: Bevy's constructors, one per type it registers for reflection. Left out of
/// `.init_array`, none of them runs at the program's start. Their code stays in the file
/// (the linker keeps such sections whatever the script says: 43 MB where the core alone
/// links to 4 MB), but a page of a static program that is never run is never read.
const TERMINAL_PROGRAM: &str = concat!(
    "SECTIONS { /DISCARD/ : { *bevy*(.init_array) } } INSERT BEFORE .init_array;\n",
    score_code!(),
);

/// Links the unwinder (`_Unwind_*`, which Rust's panics and backtraces use) from GCC's
/// static `libgcc_eh.a` instead of loading `libgcc_s.so.1` at every start.
///
/// Rust's standard library asks for `-lgcc_s` by name, and `-static-libgcc` does not
/// change that. Loading libgcc_s costs a library to map and relocate, and its constructor
/// (`__cpu_indicator_init`) queries the processor with a dozen `cpuid` instructions, each
/// a trap to the hypervisor on a virtual machine: measured, 2.1 -> 1.8 ms for `frontline
/// score` on a one-row file, and 3 % on the benchmark file (BENCHMARKS.md, fourteenth
/// pass). So a linker script named `libgcc_s.so`, in a search directory of our own that
/// comes before the system's, stands for the static archive.
///
/// Where the C compiler does not know `libgcc_eh.a` (another toolchain), nothing changes.
/// A library loaded later (a Vulkan driver written in C++) still brings libgcc_s for its
/// own exceptions; each unwinder finds frames through the loader, so both work.
fn static_unwinder(out: &std::path::Path) {
    let Some(archive) = c_library_file("libgcc_eh.a") else {
        return;
    };
    let dir = out.join("static-unwinder");
    let script = format!("INPUT(\"{}\")\n", archive.display());
    if std::fs::create_dir_all(&dir).is_ok()
        && std::fs::write(dir.join("libgcc_s.so"), script).is_ok()
    {
        println!("cargo:rustc-link-search=native={}", dir.display());
    }
}

/// Links `frontline`, the terminal program, statically with glibc: no loader, no shared
/// library to find, map and relocate at each start, and a program that runs on a build
/// server without the desktop's libraries. Measured on the benchmark file, alternated
/// against the dynamic link: BENCHMARKS.md (twenty-first pass). `frontline-app` stays
/// dynamic: the graphics drivers it loads at run time need the system's shared C library.
///
/// rustc links the standard library's C libraries (`-lc`, `-lm`, ...) as shared ones
/// unless the whole build is compiled for a static C runtime (`+crt-static`, which cannot
/// be set for one binary from Cargo.toml). So the program gets `-static`, and a search
/// directory of its own where each of those libraries is a linker script naming the
/// system's static archive, as `static_unwinder` does for the unwinder. Where the C
/// compiler knows no static glibc (`libc.a` is part of Debian's libc6-dev, which any C
/// compiler there needs), nothing changes and the program is linked as usual.
fn static_terminal_program(out: &std::path::Path) {
    let quoted = |path: &std::path::Path| format!("\"{}\"", path.display());
    // libc with the compiler's own runtime, which static glibc calls into (as a group, for
    // linkers that read archives once, in order); the others one archive each (empty ones
    // since glibc 2.34, where they still exist for old programs).
    let (Some(c), Some(gcc), Some(gcc_eh)) = (
        c_library_file("libc.a"),
        c_library_file("libgcc.a"),
        c_library_file("libgcc_eh.a"),
    ) else {
        return;
    };
    let mut scripts = vec![(
        "libc.so".to_string(),
        format!(
            "GROUP ( {} {} {} )\n",
            quoted(&c),
            quoted(&gcc),
            quoted(&gcc_eh)
        ),
    )];
    for name in ["m", "pthread", "rt", "dl", "util"] {
        let Some(found) = c_library_file(&format!("lib{name}.a")) else {
            return;
        };
        scripts.push((
            format!("lib{name}.so"),
            format!("INPUT ( {} )\n", quoted(&found)),
        ));
    }
    let dir = out.join("static-glibc");
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    for (file, script) in &scripts {
        if std::fs::write(dir.join(file), script).is_err() {
            return;
        }
    }
    println!("cargo:rustc-link-arg-bin=frontline=-static");
    println!("cargo:rustc-link-arg-bin=frontline=-L{}", dir.display());
    // For the test that holds it (tests/terminal_program.rs).
    println!("cargo:rustc-cfg=static_terminal_program");
}

/// Where the C compiler that links our programs finds a library file (`libgcc_eh.a`,
/// `libc.a`), if it knows one.
fn c_library_file(name: &str) -> Option<std::path::PathBuf> {
    let compiler = std::env::var("RUSTC_LINKER").unwrap_or_else(|_| "cc".to_string());
    let found = std::process::Command::new(compiler)
        .arg(format!("-print-file-name={name}"))
        .output()
        .ok()?;
    let path = std::path::PathBuf::from(String::from_utf8_lossy(&found.stdout).trim());
    // An unknown file is printed back as its bare name.
    (found.status.success() && path.is_absolute() && path.is_file()).then_some(path)
}
