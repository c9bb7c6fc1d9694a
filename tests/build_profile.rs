//! The compiler wrapper of .cargo/pgo/ (see its README.md): optimised builds of the
//! `frontline` crate get the committed profile, with the compiler it was made for, and
//! every other compiler call goes through as cargo made it. Run here with a stand-in
//! compiler that prints the arguments it gets.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

fn pgo_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".cargo/pgo")
}

/// A stand-in compiler in a folder of its own (removed with it): `-vV` prints `version`,
/// anything else prints its arguments on one line.
struct StandIn(PathBuf);

impl Drop for StandIn {
    fn drop(&mut self) {
        if let Some(folder) = self.0.parent() {
            let _ = std::fs::remove_dir_all(folder);
        }
    }
}

fn stand_in_compiler(name: &str, version: &str) -> StandIn {
    stand_in(name, version, r#"echo "$@""#)
}

/// A stand-in compiler that runs `call` (a line of bash) for anything but `-vV`.
fn stand_in(name: &str, version: &str, call: &str) -> StandIn {
    let folder = std::env::temp_dir().join(format!(
        "frontline-build-profile-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("version"), version).unwrap();
    let compiler = folder.join("rustc");
    std::fs::write(
        &compiler,
        format!(
            "#!/usr/bin/env bash\nif [ \"$1\" = -vV ]; then cat '{}'; else {call}; fi\n",
            folder.join("version").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&compiler, std::fs::Permissions::from_mode(0o755)).unwrap();
    StandIn(compiler)
}

/// What the wrapper runs for `args` with `compiler` (and `FRONTLINE_PGO` when given).
fn wrapped(compiler: &StandIn, args: &[&str], pgo: Option<&str>) -> String {
    let mut command = Command::new(pgo_folder().join("rustc-wrapper"));
    command.arg(&compiler.0).args(args);
    match pgo {
        Some(value) => command.env("FRONTLINE_PGO", value),
        None => command.env_remove("FRONTLINE_PGO"),
    };
    let output = command.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .trim_end()
        .to_string()
}

const RELEASE: &[&str] = &[
    "--crate-name",
    "frontline",
    "src/lib.rs",
    "-C",
    "opt-level=3",
];

#[test]
fn optimised_builds_of_the_crate_use_the_committed_profile() {
    let made_with = std::fs::read_to_string(pgo_folder().join("compiler"))
        .expect(".cargo/pgo/compiler names the compiler the profile was made with");
    assert!(made_with.contains("LLVM version:"), "{made_with}");
    let profile = pgo_folder().join("frontline.profdata");
    assert!(profile.is_file(), "no profile at {}", profile.display());
    let compiler = stand_in_compiler("same", &made_with);
    assert_eq!(
        wrapped(&compiler, RELEASE, None),
        format!(
            "{} -Cprofile-use={} -Cllvm-args=-enable-ext-tsp-block-placement",
            RELEASE.join(" "),
            profile.display()
        )
    );
}

#[test]
fn every_other_compiler_call_is_passed_on_unchanged() {
    let made_with = std::fs::read_to_string(pgo_folder().join("compiler")).unwrap();
    let compiler = stand_in_compiler("others", &made_with);
    for args in [
        // A dependency, a debug build, a build script, cargo's own query.
        &["--crate-name", "serde", "src/lib.rs", "-C", "opt-level=3"][..],
        &[
            "--crate-name",
            "frontline",
            "src/lib.rs",
            "-C",
            "opt-level=1",
        ],
        &[
            "--crate-name",
            "build_script_build",
            "build.rs",
            "-C",
            "opt-level=3",
        ],
        &["-", "--crate-name", "___", "--print=file-names"],
    ] {
        assert_eq!(wrapped(&compiler, args, None), args.join(" "));
    }
    // Turned off.
    assert_eq!(wrapped(&compiler, RELEASE, Some("off")), RELEASE.join(" "));
}

#[test]
fn another_compiler_builds_without_the_profile() {
    // Its functions would be named otherwise, and it may not read the profile's format.
    let compiler = stand_in_compiler(
        "other-version",
        "rustc 1.99.0 (0000000 2027-01-01)\nLLVM version: 23.0.0\n",
    );
    assert_eq!(wrapped(&compiler, RELEASE, None), RELEASE.join(" "));
}

#[test]
fn refresh_builds_the_crate_instrumented() {
    let compiler = stand_in_compiler("generate", "any");
    assert_eq!(
        wrapped(&compiler, RELEASE, Some("generate:/tmp/raw")),
        format!("{} -Cprofile-generate=/tmp/raw", RELEASE.join(" "))
    );
}

#[test]
fn the_environment_reaches_the_compiler_whole() {
    // Cargo gives the tests the paths of the programs in variables whose names have a
    // hyphen (`CARGO_BIN_EXE_frontline-app`), which some shells drop.
    let compiler = stand_in(
        "environment",
        "any",
        r#"printenv "CARGO_BIN_EXE_frontline-app""#,
    );
    let output = Command::new(pgo_folder().join("rustc-wrapper"))
        .arg(&compiler.0)
        .args(RELEASE)
        .env("CARGO_BIN_EXE_frontline-app", "/path/to/frontline-app")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim_end(),
        "/path/to/frontline-app"
    );
}
