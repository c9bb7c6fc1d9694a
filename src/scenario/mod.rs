//! Scenarios: the data model, loading from RON with positions, validation, and the
//! library of embedded and on-disk scenarios.

pub mod library;
pub mod load;
pub mod locate;
pub mod model;
pub mod validate;

pub use load::{CheckReport, Diagnostic, Severity, check_str, load_file, load_str};
pub use model::*;
