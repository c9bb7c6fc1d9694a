//! The action bar: what to do with the customer's message. Tab moves through the actions
//! (focusing one selects it), Ctrl+1 … Ctrl+6 pick one directly, and escalation asks for
//! the team.

use bevy_egui::egui::{self, Key, Modifiers, RichText};

use crate::app::i18n::I18n;
use crate::app::theme::{self, color};
use crate::scenario::{Action, ActionKind};

/// The action bar's state, kept by the play screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionBarState {
    pub kind: ActionKind,
    /// The team picked for escalation.
    pub team: Option<String>,
}

impl Default for ActionBarState {
    fn default() -> Self {
        Self {
            kind: ActionKind::ReplyPublic,
            team: None,
        }
    }
}

impl ActionBarState {
    /// The complete action, if one is chosen (escalation needs a team).
    pub fn action(&self) -> Option<Action> {
        Some(match self.kind {
            ActionKind::ReplyPublic => Action::ReplyPublic,
            ActionKind::ReplyDm => Action::ReplyDm,
            ActionKind::AskDm => Action::AskDm,
            ActionKind::Escalate => Action::Escalate(self.team.clone()?),
            ActionKind::Hide => Action::Hide,
            ActionKind::Monitor => Action::Monitor,
        })
    }
}

/// The fluent id of an action's label.
pub fn action_key(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::ReplyPublic => "action-public",
        ActionKind::ReplyDm => "action-dm",
        ActionKind::AskDm => "action-ask-dm",
        ActionKind::Escalate => "action-escalate",
        ActionKind::Hide => "action-hide",
        ActionKind::Monitor => "action-monitor",
    }
}

pub fn action_icon(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::ReplyPublic => "🌐",
        ActionKind::ReplyDm => "✉",
        ActionKind::AskDm => "↪",
        ActionKind::Escalate => "⬆",
        ActionKind::Hide => "🚫",
        ActionKind::Monitor => "👁",
    }
}

const DIGITS: [Key; 6] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
];

/// Draws the action bar; returns true when the choice changed. `teams` are
/// (id, display name) pairs from the scenario's policy.
pub fn action_bar(
    ui: &mut egui::Ui,
    state: &mut ActionBarState,
    teams: &[(String, String)],
    i18n: &I18n,
) -> bool {
    let before = state.clone();
    for (i, key) in DIGITS.iter().enumerate() {
        if ui.input_mut(|inp| inp.consume_key(Modifiers::COMMAND, *key)) {
            let kind = ActionKind::ALL[i];
            if kind == ActionKind::Escalate
                && state.kind == ActionKind::Escalate
                && !teams.is_empty()
            {
                // Pressing Ctrl+4 again cycles through the teams.
                let at = state
                    .team
                    .as_ref()
                    .and_then(|t| teams.iter().position(|(id, _)| id == t))
                    .map_or(0, |p| (p + 1) % teams.len());
                state.team = Some(teams[at].0.clone());
            }
            state.kind = kind;
        }
    }
    ui.horizontal_wrapped(|ui| {
        for (i, kind) in ActionKind::ALL.into_iter().enumerate() {
            let selected = state.kind == kind;
            let text = format!("{} {}", action_icon(kind), i18n.t(action_key(kind)));
            let rich = if selected {
                RichText::new(text).color(color::ACCENT).strong()
            } else {
                RichText::new(text).color(color::TEXT)
            };
            let button = egui::Button::selectable(selected, rich);
            let response = ui.add(button).on_hover_text(format!("Ctrl+{}", i + 1));
            if response.clicked() || response.gained_focus() {
                state.kind = kind;
            }
        }
    });
    if state.kind == ActionKind::Escalate {
        if state.team.is_none()
            && let [(only, _)] = teams
        {
            state.team = Some(only.clone());
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(i18n.t("action-escalate-to"))
                    .small()
                    .color(color::TEXT_MUTED),
            );
            for (id, name) in teams {
                let selected = state.team.as_deref() == Some(id.as_str());
                if ui.selectable_label(selected, name).clicked() {
                    state.team = Some(id.clone());
                }
            }
            if teams.is_empty() {
                theme::chip(ui, i18n.t("action-no-teams"), color::WARN, color::WARN_BG);
            }
        });
    }
    *state != before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escalation_needs_a_team() {
        let mut s = ActionBarState {
            kind: ActionKind::Escalate,
            team: None,
        };
        assert_eq!(s.action(), None);
        s.team = Some("care".into());
        assert_eq!(s.action(), Some(Action::Escalate("care".into())));
    }
}
