//! The command line: `frontline check`, `play` and `score`. Plain Rust: none of these
//! starts Bevy.

pub mod check;
pub mod play;
pub mod replies;
pub mod score;
