//! Links the `frontline` binaries as position-dependent executables.
//!
//! The binary carries Bevy, wgpu and naga: as a position-independent executable it has
//! about 280,000 relocations that the loader applies on every start, touching megabytes of
//! pages before `main` runs (8 ms for `frontline --version` on the reference machine,
//! 3 ms without). That start-up cost is paid by every `frontline score` and `frontline
//! check` run, which teams call from scripts. The code is compiled as usual; only the
//! final link changes, so no dependency is rebuilt.
//!
//! It also keeps `.text.startup` together: Bevy registers its reflected types from about
//! 470 static constructors, one per type, which the linker would otherwise scatter over
//! the 35 MB of code, so that every start faulted in ~100 pages just to run them
//! (311 -> 221 page faults for `frontline --version`).

fn main() {
    // Only for Linux targets built with GNU-style linkers, where `-no-pie` exists.
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        println!("cargo:rustc-link-arg-examples=-no-pie");
        println!("cargo:rustc-link-arg-bins=-Wl,-z,keep-text-section-prefix");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
