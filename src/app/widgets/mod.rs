//! Interface pieces as plain functions of their state, so each can be tested with
//! egui_kittest outside Bevy.

pub mod action_bar;
pub mod card;
pub mod chart;
pub mod composer;
pub mod highlight;
pub mod post;
pub mod recovery;

pub use action_bar::{ActionBarState, action_bar};
pub use composer::{ComposerAction, ComposerState, composer};
pub use highlight::highlighted_reply;
