//! Checks, before Bevy starts, that there is a display to open the window on. Without one,
//! the windowing library panics deep inside its start-up; a trainer who starts Frontline
//! over SSH or from a service should instead read what is wrong and what to do. (Linux
//! only: there the display is a socket named by the environment.)

use std::ffi::OsString;
use std::path::PathBuf;

/// Why no window can be opened, in words the user can act on; `None` when a display
/// answers.
pub fn problem() -> Option<String> {
    if std::env::var_os("WAYLAND_SOCKET").is_some_and(|s| !s.is_empty()) {
        // A socket handed over by the compositor: nothing to look up.
        return None;
    }
    linux_problem(
        std::env::var_os("WAYLAND_DISPLAY"),
        std::env::var_os("DISPLAY"),
        std::env::var_os("XDG_RUNTIME_DIR"),
    )
}

const WHAT_TO_DO: &str = "run Frontline in a desktop session, or use `frontline play \
                          SCENARIO` to play in a terminal";

/// The check on Linux, from the environment it reads (a function of its inputs so that it
/// can be tested without changing the process environment). It follows the windowing
/// library's choice: Wayland when WAYLAND_DISPLAY is set, X11 otherwise.
fn linux_problem(
    wayland: Option<OsString>,
    x11: Option<OsString>,
    runtime_dir: Option<OsString>,
) -> Option<String> {
    let wayland = wayland.filter(|w| !w.is_empty());
    let x11 = x11.filter(|d| !d.is_empty());
    if let Some(name) = &wayland {
        let path = match runtime_dir {
            _ if PathBuf::from(name).is_absolute() => PathBuf::from(name),
            Some(dir) => PathBuf::from(dir).join(name),
            None => PathBuf::from(name),
        };
        return match std::os::unix::net::UnixStream::connect(&path) {
            Ok(_) => None,
            Err(e) => Some(format!(
                "no display answers: WAYLAND_DISPLAY={} ({}: {e}); start the compositor, \
                 unset WAYLAND_DISPLAY to use X11, or {WHAT_TO_DO}",
                name.to_string_lossy(),
                path.display()
            )),
        };
    }
    let Some(display) = &x11 else {
        return Some(format!(
            "no display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set; \
             {WHAT_TO_DO}"
        ));
    };
    let display = display.to_string_lossy();
    // Only a local display (":0", ":1.0") has a socket to try; a remote one
    // ("localhost:10.0" over SSH) is left to the windowing library.
    let number = display
        .strip_prefix(':')
        .map(|rest| rest.split('.').next().unwrap_or_default())
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))?;
    let path = format!("/tmp/.X11-unix/X{number}");
    match connect_x11(&path) {
        Ok(()) => None,
        Err(e) => Some(format!(
            "no display answers: DISPLAY={display} ({path}: {e}); start the X server or point \
             DISPLAY at a running one, or {WHAT_TO_DO}"
        )),
    }
}

/// Connects to a local X server: its socket file, or the abstract socket of the same name
/// that Linux X servers also listen on (the only one visible in some containers).
fn connect_x11(path: &str) -> std::io::Result<()> {
    match std::os::unix::net::UnixStream::connect(path) {
        Ok(_) => Ok(()),
        Err(file_error) => {
            use std::os::linux::net::SocketAddrExt;
            let address = std::os::unix::net::SocketAddr::from_abstract_name(path)?;
            match std::os::unix::net::UnixStream::connect_addr(&address) {
                Ok(_) => Ok(()),
                Err(_) => Err(file_error),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_display_variable_says_what_to_do() {
        let problem = linux_problem(None, Some(OsString::new()), None).unwrap();
        assert!(
            problem.contains("neither DISPLAY nor WAYLAND_DISPLAY"),
            "{problem}"
        );
        assert!(problem.contains("frontline play"), "{problem}");
    }

    #[test]
    fn a_local_display_that_does_not_answer_is_named() {
        let problem = linux_problem(None, Some(":64999".into()), None).unwrap();
        assert!(problem.contains("DISPLAY=:64999"), "{problem}");
        assert!(problem.contains("/tmp/.X11-unix/X64999"), "{problem}");
        let problem = linux_problem(
            Some("wayland-64999".into()),
            None,
            Some("/nonexistent-runtime-dir".into()),
        )
        .unwrap();
        assert!(
            problem.contains("/nonexistent-runtime-dir/wayland-64999"),
            "{problem}"
        );
        // The windowing library takes Wayland when WAYLAND_DISPLAY is set, X11 or not.
        let problem = linux_problem(
            Some("wayland-64999".into()),
            Some(":64999".into()),
            Some("/nonexistent-runtime-dir".into()),
        )
        .unwrap();
        assert!(problem.contains("unset WAYLAND_DISPLAY"), "{problem}");
    }

    #[test]
    fn a_remote_display_is_left_to_the_windowing_library() {
        assert_eq!(
            linux_problem(None, Some("localhost:10.0".into()), None),
            None
        );
    }

    #[test]
    fn a_listening_socket_is_a_display() {
        let dir = std::env::temp_dir().join(format!("frontline-display-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let socket = dir.join("wayland-test");
        let _ = std::fs::remove_file(&socket);
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        let found = linux_problem(
            Some("wayland-test".into()),
            None,
            Some(dir.clone().into_os_string()),
        );
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(found, None);
    }
}
