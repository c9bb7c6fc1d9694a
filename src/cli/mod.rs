//! The command line: `frontline check`, `play` and `score`. Plain Rust: none of these
//! starts Bevy.

mod affinity;
pub mod check;
mod csv_rows;
mod json_line;
pub mod play;
pub mod replies;
pub mod score;
