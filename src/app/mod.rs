//! The Bevy desktop shell.
