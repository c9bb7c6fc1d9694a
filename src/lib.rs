//! Frontline: a training simulator for social-media customer care.
//!
//! The domain core (`scenario`, `conversation`, `scoring`, `report`, `cli`) is plain Rust;
//! `app` is the Bevy desktop shell that drives it.

#![forbid(unsafe_code)]

pub mod cli;
pub mod conversation;
pub mod report;
pub mod scenario;
pub mod scoring;

#[cfg(feature = "app")]
pub mod app;
