//! The reply composer: a multi-line text field with a live character count against the
//! channel's limit and a send button; Ctrl+Enter sends.

use bevy_egui::egui::{self, Key, KeyboardShortcut, Modifiers, RichText};

use crate::app::i18n::{I18n, num};
use crate::app::theme::color;

/// The composer's own state, kept by the play screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComposerState {
    pub text: String,
    /// Give the text field the keyboard focus on the next frame.
    pub focus: bool,
}

/// What the trainee asked of the composer this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComposerAction {
    Send,
}

/// Why the send button is disabled, if it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    Empty,
    TooLong,
    Waiting,
}

/// Characters as the channel counts them (Unicode scalar values).
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// Whether the current state may be sent.
pub fn blocked(
    state: &ComposerState,
    limit: u32,
    needs_text: bool,
    waiting: bool,
) -> Option<Blocked> {
    if waiting {
        Some(Blocked::Waiting)
    } else if needs_text && state.text.trim().is_empty() {
        Some(Blocked::Empty)
    } else if needs_text && char_count(&state.text) > limit as usize {
        Some(Blocked::TooLong)
    } else {
        None
    }
}

pub const SEND_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);

/// Draws the composer. `needs_text` is false for actions that send nothing (hide,
/// monitor); then the field is disabled and send confirms the action. `waiting` disables
/// sending while the customer is typing.
pub fn composer(
    ui: &mut egui::Ui,
    state: &mut ComposerState,
    limit: u32,
    needs_text: bool,
    waiting: bool,
    i18n: &I18n,
) -> Option<ComposerAction> {
    let id = ui.make_persistent_id("composer-text");
    let block = blocked(state, limit, needs_text, waiting);
    // Ctrl+Enter anywhere on the play screen sends; consume it before the text field
    // would turn it into a new line.
    let shortcut = ui.input_mut(|i| i.consume_shortcut(&SEND_SHORTCUT));
    let mut action = None;

    let hint = if needs_text {
        i18n.t("composer-hint")
    } else {
        i18n.t("composer-no-text")
    };
    let edit = egui::TextEdit::multiline(&mut state.text)
        .id(id)
        .hint_text(hint)
        .desired_rows(3)
        .desired_width(f32::INFINITY)
        .interactive(needs_text)
        .lock_focus(false);
    let response = ui.add(edit);
    if state.focus && needs_text {
        response.request_focus();
        state.focus = false;
    }

    ui.horizontal(|ui| {
        let count = char_count(&state.text);
        let over = count > limit as usize;
        let count_text = i18n.t_args(
            "composer-count",
            &[("count", num(count as f64)), ("limit", num(limit))],
        );
        let colour = if over {
            color::LOSS
        } else if count as f32 > limit as f32 * 0.9 {
            color::WARN
        } else {
            color::TEXT_MUTED
        };
        if needs_text {
            ui.label(RichText::new(count_text).small().color(colour));
            if over {
                ui.label(
                    RichText::new(i18n.t("composer-too-long"))
                        .small()
                        .color(color::LOSS),
                );
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let label = RichText::new(i18n.t("composer-send")).strong();
            let button =
                egui::Button::new(label.color(egui::Color32::WHITE)).fill(if block.is_none() {
                    color::ACCENT
                } else {
                    color::TEXT_MUTED
                });
            let clicked = ui
                .add_enabled(block.is_none(), button)
                .on_hover_text(i18n.t("composer-send-tip"))
                .clicked();
            if (clicked || shortcut) && block.is_none() {
                action = Some(ComposerAction::Send);
            }
            ui.label(
                RichText::new(i18n.t("composer-shortcut"))
                    .small()
                    .color(color::TEXT_MUTED),
            );
        });
    });
    action
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(char_count("déjà vu"), 7);
    }

    #[test]
    fn blocking_rules() {
        let mut s = ComposerState::default();
        assert_eq!(blocked(&s, 10, true, false), Some(Blocked::Empty));
        assert_eq!(blocked(&s, 10, false, false), None);
        s.text = "hello there friend".into();
        assert_eq!(blocked(&s, 10, true, false), Some(Blocked::TooLong));
        assert_eq!(blocked(&s, 100, true, true), Some(Blocked::Waiting));
        assert_eq!(blocked(&s, 100, true, false), None);
    }
}
