//! Posts of the thread and the DM pane, and the compact verdict shown under a reply.

use bevy_egui::egui::{self, RichText};

use crate::app::i18n::{I18n, num};
use crate::app::report::{DIMENSIONS, dimension_key};
use crate::app::theme::{self, color};
use crate::scenario::{Action, Grade};
use crate::scoring::ReplyVerdict;

/// "+12 min" style label for a simulated time.
pub fn sim_time(secs: u32) -> String {
    let m = secs / 60;
    if m >= 60 {
        format!("{}h{:02}", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}

fn header(ui: &mut egui::Ui, name: &str, handle: &str, right: &str) {
    ui.horizontal(|ui| {
        ui.add(egui::Label::new(RichText::new(name).strong().color(color::TEXT)).truncate());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(right).small().color(color::TEXT_MUTED));
            if handle != name {
                ui.add(
                    egui::Label::new(RichText::new(handle).small().color(color::TEXT_MUTED))
                        .truncate(),
                );
            }
        });
    });
}

/// A message from the customer or an onlooker.
pub fn person_post(
    ui: &mut egui::Ui,
    name: &str,
    handle: &str,
    text: &str,
    when: &str,
    highlight: bool,
) {
    ui.horizontal_top(|ui| {
        theme::avatar(ui, name, 36.0);
        ui.vertical(|ui| {
            let frame = if highlight {
                theme::bubble(color::SURFACE).stroke(egui::Stroke::new(1.5, color::ACCENT))
            } else {
                theme::bubble(color::SURFACE).stroke(egui::Stroke::new(1.0, color::BORDER))
            };
            frame.show(ui, |ui| {
                ui.set_max_width(ui.available_width());
                header(ui, name, handle, when);
                ui.label(RichText::new(text).color(color::TEXT));
            });
        });
    });
}

/// The brand's response: the reply text, or a note for actions without text.
#[allow(clippy::too_many_arguments)]
pub fn brand_post(
    ui: &mut egui::Ui,
    brand: &str,
    handle: &str,
    action: &Action,
    reply: &str,
    when: &str,
    dm: bool,
    team_name: Option<&str>,
    verdict: Option<&ReplyVerdict>,
    i18n: &I18n,
    salt: &str,
) {
    ui.horizontal_top(|ui| {
        ui.add_space(44.0);
        ui.vertical(|ui| {
            theme::bubble(if dm {
                color::DM_BUBBLE
            } else {
                color::BRAND_BUBBLE
            })
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width());
                let tag = i18n.t(super::action_bar::action_key(action.kind()));
                header(ui, brand, handle, &format!("{tag} · {when}"));
                if reply.is_empty() {
                    ui.label(
                        RichText::new(i18n.t("post-no-reply"))
                            .italics()
                            .color(color::TEXT_MUTED),
                    );
                } else {
                    ui.label(RichText::new(reply).color(color::TEXT));
                }
                if let Some(team) = team_name {
                    ui.label(
                        RichText::new(format!(
                            "⬆ {}",
                            i18n.t_args(
                                "post-escalated",
                                &[("team", crate::app::i18n::text(team))]
                            )
                        ))
                        .small()
                        .color(color::ACCENT),
                    );
                }
            });
            if let Some(v) = verdict {
                verdict_summary(ui, v, i18n, salt);
            }
        });
    });
}

/// The fluent id of a grade.
pub fn grade_key(g: Grade) -> &'static str {
    match g {
        Grade::Good => "grade-good",
        Grade::Fair => "grade-fair",
        Grade::Poor => "grade-poor",
    }
}

pub fn grade_colors(g: Grade) -> (egui::Color32, egui::Color32) {
    match g {
        Grade::Good => (color::GAIN, color::GAIN_BG),
        Grade::Fair => (color::WARN, color::WARN_BG),
        Grade::Poor => (color::LOSS, color::LOSS_BG),
    }
}

/// Grade and scores per dimension as chips, with the evidence in a collapsible list.
pub fn verdict_summary(ui: &mut egui::Ui, v: &ReplyVerdict, i18n: &I18n, salt: &str) {
    ui.horizontal_wrapped(|ui| {
        let (fg, bg) = grade_colors(v.grade);
        theme::chip(ui, i18n.t(grade_key(v.grade)), fg, bg);
        for d in DIMENSIONS {
            if let Some(s) = crate::app::report::score(v, d) {
                theme::chip(
                    ui,
                    i18n.t_args(
                        "verdict-dim",
                        &[
                            ("dim", crate::app::i18n::text(i18n.t(dimension_key(d)))),
                            ("score", num(s)),
                        ],
                    ),
                    color::TEXT,
                    color::SURFACE_ALT,
                );
            }
        }
    });
    egui::CollapsingHeader::new(RichText::new(i18n.t("verdict-why")).small())
        .id_salt(("verdict", salt))
        .default_open(v.grade != Grade::Good)
        .show(ui, |ui| {
            super::highlight::evidence_list(ui, &v.evidence, i18n);
        });
}
