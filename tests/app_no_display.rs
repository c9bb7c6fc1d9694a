//! The desktop app started where there is no display (SSH, a service, CI without Xvfb):
//! a clear message and exit code 2, not a panic from the windowing library. Started as
//! `frontline-app`, and as `frontline` with no subcommand, which hands over to the app
//! beside it.
#![cfg(all(feature = "app", target_os = "linux"))]

use std::process::Command;

fn without_a_display(program: &str) {
    let data = std::env::temp_dir().join(format!(
        "frontline-nodisplay-{}-{}",
        std::process::id(),
        program.len()
    ));
    let output = Command::new(program)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("--data-dir")
        .arg(&data)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&data);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{program}: {stderr}");
    assert!(stderr.contains("no display"), "{program}: {stderr}");
    assert!(stderr.contains("frontline play"), "{program}: {stderr}");
    assert!(!stderr.contains("panicked"), "{program}: {stderr}");
}

#[test]
fn without_a_display_the_app_says_what_to_do_and_exits_2() {
    without_a_display(env!("CARGO_BIN_EXE_frontline-app"));
}

#[test]
fn the_terminal_program_hands_the_window_to_the_app() {
    without_a_display(env!("CARGO_BIN_EXE_frontline"));
}

/// `frontline` copied to a folder without the app says where it looked and how to build
/// it, instead of failing to start something.
#[test]
fn without_the_app_beside_it_the_terminal_program_says_how_to_get_it() {
    let dir = std::env::temp_dir().join(format!("frontline-alone-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let alone = dir.join("frontline");
    std::fs::copy(env!("CARGO_BIN_EXE_frontline"), &alone).unwrap();
    let output = Command::new(&alone).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("frontline-app"), "{stderr}");
    assert!(stderr.contains("cargo build --release"), "{stderr}");
    assert!(
        stderr.contains("frontline play cancelled_flight"),
        "{stderr}"
    );
}
