//! The recovery steps of a reply to a customer in crisis, as the debrief shows them: one
//! chip per step of HEARD and LAST (hear, apologise, resolve, thank).

use bevy_egui::egui::{self, RichText};

use crate::app::i18n::I18n;
use crate::app::theme::{self, color};
use crate::scoring::recovery::Recovery;

/// The recovery steps of a reply to a customer in crisis (HEARD, LAST): one chip per step,
/// green where the reply takes it (its words on hover), grey where it does not, and a
/// warning when the fix came before any hearing or apology.
pub fn recovery_steps(ui: &mut egui::Ui, i18n: &I18n, recovery: &Recovery, reply: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(i18n.t("debrief-recovery"))
                .small()
                .color(color::TEXT_MUTED),
        );
        for (step, at) in recovery.steps() {
            let name = i18n.t(step.key());
            match at.and_then(|s| reply.get(s.start..s.end)) {
                Some(quote) => {
                    theme::chip(ui, format!("✔ {name}"), color::GAIN, color::GAIN_BG)
                        .on_hover_text(format!("“{quote}”"));
                }
                None => {
                    theme::chip(ui, format!("– {name}"), color::TEXT_MUTED, color::BG)
                        .on_hover_text(i18n.t("recovery-missing"));
                }
            }
        }
        if recovery.fix_first {
            theme::chip(
                ui,
                i18n.t("debrief-recovery-fix-first"),
                color::WARN,
                color::WARN_BG,
            );
        }
    });
}
