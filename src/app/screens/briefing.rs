//! The briefing: the situation, the brand's tone of voice, the case file, the policy (what
//! the trainee may do alone, whom to escalate to and when) and the goal; Enter starts.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::app::core::Mode;
use crate::app::i18n::{self, I18n};
use crate::app::persist::Settings;
use crate::app::session::{Briefed, UiCommand};
use crate::app::theme::{self, color};
use crate::app::ui::{ContentRect, UiSet, screen_ui};
use crate::app::widgets::card::difficulty_key;
use crate::scenario::{EmojiUse, Formality, Scenario, SignOff};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Briefing))
            .in_set(UiSet::Screen),
    );
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<ContentRect>,
    i18n: Res<I18n>,
    briefed: Res<Briefed>,
    settings: Res<Settings>,
    mut commands: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = screen_ui(&ctx, &rect, "briefing");
    let Some(s) = briefed.0.as_deref() else {
        commands.write(UiCommand::GoTo(Screen::Library));
        return Ok(());
    };
    for c in view(&mut root, &i18n, s, settings.mode) {
        commands.write(c);
    }
    Ok(())
}

fn section(ui: &mut egui::Ui, title: String, body: impl FnOnce(&mut egui::Ui)) {
    theme::card().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(title)
                .size(13.0)
                .strong()
                .color(color::TEXT_MUTED),
        );
        ui.add_space(2.0);
        ui.vertical(body);
    });
    ui.add_space(10.0);
}

fn tone_line(s: &Scenario, i18n: &I18n) -> String {
    let formality = match s.brand.tone.formality {
        Formality::Formal => i18n.t("tone-formal"),
        Formality::Friendly => i18n.t("tone-friendly"),
        Formality::Casual => i18n.t("tone-casual"),
    };
    let emoji = match s.brand.tone.emoji {
        EmojiUse::Never => i18n.t("tone-emoji-never"),
        EmojiUse::Sparing => i18n.t("tone-emoji-sparing"),
        EmojiUse::Welcome => i18n.t("tone-emoji-welcome"),
    };
    let sign = match &s.brand.tone.sign_off {
        SignOff::None => i18n.t("tone-sign-none"),
        SignOff::Initials => i18n.t("tone-sign-initials"),
        SignOff::FirstName => i18n.t("tone-sign-first-name"),
        SignOff::Team(t) => i18n.t_args("tone-sign-team", &[("team", i18n::text(t.clone()))]),
    };
    format!("{formality} · {emoji} · {sign}")
}

/// The briefing as a function of the scenario.
pub fn view(ui: &mut egui::Ui, i18n: &I18n, s: &Scenario, mode: Mode) -> Vec<UiCommand> {
    let mut out = Vec::new();
    egui::CentralPanel::default()
        .frame(theme::page())
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                theme::avatar(ui, &s.brand.name, 44.0);
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(&s.title)
                            .size(24.0)
                            .strong()
                            .color(color::TEXT),
                    );
                    ui.label(
                        RichText::new(format!(
                            "{} {} · {} · {} · {}",
                            s.brand.name,
                            s.brand.handle,
                            s.channel.name,
                            s.language.code().to_uppercase(),
                            i18n.t(difficulty_key(s.difficulty))
                        ))
                        .color(color::TEXT_MUTED),
                    );
                });
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let start = egui::Button::new(
                        RichText::new(i18n.t("briefing-start"))
                            .strong()
                            .color(egui::Color32::WHITE),
                    )
                    .fill(color::ACCENT)
                    .min_size(egui::vec2(150.0, 38.0));
                    if ui.add(start).clicked() {
                        out.push(UiCommand::Start);
                    }
                    if ui
                        .selectable_label(mode == Mode::Assessment, i18n.t("mode-assessment"))
                        .clicked()
                    {
                        out.push(UiCommand::SetMode(Mode::Assessment));
                    }
                    if ui
                        .selectable_label(mode == Mode::Practice, i18n.t("mode-practice"))
                        .clicked()
                    {
                        out.push(UiCommand::SetMode(Mode::Practice));
                    }
                });
            });
            ui.add_space(14.0);
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.columns(2, |cols| {
                        let left = &mut cols[0];
                        section(left, i18n.t("briefing-situation"), |ui| {
                            ui.label(RichText::new(&s.brief).color(color::TEXT));
                        });
                        section(left, i18n.t("briefing-goal"), |ui| {
                            ui.label(RichText::new(&s.goal).color(color::TEXT));
                        });
                        section(left, i18n.t("briefing-tone"), |ui| {
                            ui.label(
                                RichText::new(tone_line(s, i18n))
                                    .strong()
                                    .color(color::TEXT),
                            );
                            if !s.brand.tone.notes.is_empty() {
                                ui.label(RichText::new(&s.brand.tone.notes).color(color::TEXT));
                            }
                            ui.label(
                                RichText::new(i18n.t_args(
                                    "briefing-channel",
                                    &[
                                        ("limit", i18n::num(s.channel.reply_limit)),
                                        ("minutes", i18n::num(s.channel.expected_response_minutes)),
                                    ],
                                ))
                                .small()
                                .color(color::TEXT_MUTED),
                            );
                        });
                        let right = &mut cols[1];
                        section(right, i18n.t("briefing-case-file"), |ui| case_file(ui, s));
                        section(right, i18n.t("briefing-policy"), |ui| policy(ui, s, i18n));
                    });
                });
            if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                out.push(UiCommand::Start);
            }
        });
    out
}

/// The case file, also shown on the play screen.
pub fn case_file(ui: &mut egui::Ui, s: &Scenario) {
    for f in &s.case_file {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&f.label).strong().color(color::TEXT));
            if f.private {
                theme::chip(ui, "🔒", color::WARN, color::WARN_BG);
            }
        });
        ui.label(RichText::new(&f.value).color(color::TEXT));
        ui.add_space(4.0);
    }
}

/// The policy: autonomy, escalation routes, forbidden claims.
pub fn policy(ui: &mut egui::Ui, s: &Scenario, i18n: &I18n) {
    if !s.policy.autonomy.is_empty() {
        ui.label(
            RichText::new(i18n.t("briefing-autonomy"))
                .strong()
                .color(color::TEXT),
        );
        for a in &s.policy.autonomy {
            ui.label(RichText::new(format!("✔  {a}")).color(color::TEXT));
        }
        ui.add_space(4.0);
    }
    if !s.policy.escalation.is_empty() {
        ui.label(
            RichText::new(i18n.t("briefing-escalation"))
                .strong()
                .color(color::TEXT),
        );
        for r in &s.policy.escalation {
            ui.label(
                RichText::new(format!(
                    "⬆  {} — {}",
                    r.name,
                    i18n.t_args(
                        "briefing-answers-within",
                        &[("minutes", i18n::num(r.answers_within_minutes))]
                    )
                ))
                .color(color::TEXT),
            );
            ui.label(RichText::new(&r.when).small().color(color::TEXT_MUTED));
        }
        ui.add_space(4.0);
    }
    if !s.policy.forbidden.is_empty() {
        ui.label(
            RichText::new(i18n.t("briefing-forbidden"))
                .strong()
                .color(color::TEXT),
        );
        for f in &s.policy.forbidden {
            ui.label(RichText::new(format!("✖  {}", f.rule)).color(color::LOSS));
        }
    }
}
