//! The library's scenario card, and the card of a file that does not load.

use bevy_egui::egui::{self, RichText, Sense};

use crate::app::i18n::{I18n, num};
use crate::app::persist::BestResult;
use crate::app::theme::{self, color};
use crate::scenario::{Difficulty, Scenario};

pub fn difficulty_key(d: Difficulty) -> &'static str {
    match d {
        Difficulty::Beginner => "difficulty-beginner",
        Difficulty::Intermediate => "difficulty-intermediate",
        Difficulty::Advanced => "difficulty-advanced",
    }
}

pub fn ending_key(k: crate::scenario::EndingKind) -> &'static str {
    use crate::scenario::EndingKind::*;
    match k {
        Resolved => "ending-resolved",
        Escalated => "ending-escalated",
        Contained => "ending-contained",
        CustomerLost => "ending-customer-lost",
        WentViral => "ending-went-viral",
    }
}

/// A scenario card; returns true when clicked. `problems` are shown when the file on disk
/// is currently broken (the last good version stays playable).
pub fn scenario_card(
    ui: &mut egui::Ui,
    s: &Scenario,
    best: Option<&BestResult>,
    problems: &[String],
    width: f32,
    i18n: &I18n,
) -> bool {
    let inner = theme::card().show(ui, |ui| {
        ui.set_width(width - 34.0);
        ui.horizontal(|ui| {
            theme::avatar(ui, &s.brand.name, 34.0);
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(&s.title)
                        .size(17.0)
                        .strong()
                        .color(color::TEXT),
                );
                ui.label(
                    RichText::new(format!(
                        "{} · {} {}",
                        s.brand.name, s.channel.name, s.brand.handle
                    ))
                    .small()
                    .color(color::TEXT_MUTED),
                );
            });
        });
        ui.horizontal_wrapped(|ui| {
            theme::chip(
                ui,
                s.language.code().to_uppercase(),
                color::ACCENT,
                color::ACCENT_SOFT,
            );
            theme::chip(
                ui,
                i18n.t(difficulty_key(s.difficulty)),
                color::TEXT,
                color::SURFACE_ALT,
            );
            theme::chip(
                ui,
                i18n.t_args("library-minutes", &[("n", num(s.minutes))]),
                color::TEXT,
                color::SURFACE_ALT,
            );
            for tag in s.tags.iter().take(4) {
                theme::chip(ui, format!("#{tag}"), color::TEXT_MUTED, color::SURFACE_ALT);
            }
        });
        ui.horizontal(|ui| match best {
            Some(b) => {
                let (fg, bg) = if b.ending.is_success() {
                    (color::GAIN, color::GAIN_BG)
                } else {
                    (color::LOSS, color::LOSS_BG)
                };
                theme::chip(
                    ui,
                    i18n.t_args("library-best", &[("score", num(b.score))]),
                    fg,
                    bg,
                );
                ui.label(
                    RichText::new(i18n.t(ending_key(b.ending)))
                        .small()
                        .color(color::TEXT_MUTED),
                );
            }
            None => {
                ui.label(
                    RichText::new(i18n.t("library-not-played"))
                        .small()
                        .color(color::TEXT_MUTED),
                );
            }
        });
        for p in problems {
            theme::notice(color::WARN_BG, color::WARN).show(ui, |ui| {
                ui.label(RichText::new(p).small().monospace().color(color::TEXT));
            });
        }
    });
    let response = inner.response.interact(Sense::click());
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    if response.hovered() {
        ui.painter().rect_stroke(
            response.rect,
            egui::CornerRadius::same(10),
            egui::Stroke::new(1.5, color::ACCENT),
            egui::StrokeKind::Inside,
        );
    }
    response.clicked()
}

/// A file that does not load at all: listed with its errors, not hidden.
pub fn broken_card(ui: &mut egui::Ui, source: &str, problems: &[String], width: f32, i18n: &I18n) {
    theme::card()
        .stroke(egui::Stroke::new(1.0, color::LOSS))
        .show(ui, |ui| {
            ui.set_width(width - 34.0);
            ui.label(
                RichText::new(i18n.t("library-broken"))
                    .strong()
                    .color(color::LOSS),
            );
            ui.label(RichText::new(source).small().color(color::TEXT_MUTED));
            for p in problems.iter().take(6) {
                ui.label(RichText::new(p).small().monospace().color(color::TEXT));
            }
        });
}
