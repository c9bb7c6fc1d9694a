//! The desktop app started where there is no display (SSH, a service, CI without Xvfb):
//! a clear message and exit code 2, not a panic from the windowing library.
#![cfg(all(feature = "app", target_os = "linux"))]

use std::process::Command;

#[test]
fn without_a_display_the_app_says_what_to_do_and_exits_2() {
    let data = std::env::temp_dir().join(format!("frontline-nodisplay-{}", std::process::id()));
    let output = Command::new(env!("CARGO_BIN_EXE_frontline"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("--data-dir")
        .arg(&data)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&data);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no display"), "{stderr}");
    assert!(stderr.contains("frontline play"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
