//! Scenarios: the data model, loading from RON with positions, and validation.

pub mod model;

pub use model::*;
