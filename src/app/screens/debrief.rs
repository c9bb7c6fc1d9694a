//! The debrief: the ending reached, the scores per dimension as a chart, the whole transcript
//! with the evidence highlighted inside each reply, a better reply for each weak turn,
//! replay, back to the library, and export as JSON (Ctrl+E).

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::app::core::Run;
use crate::app::i18n::{self, I18n};
use crate::app::report;
use crate::app::session::{ActiveRun, UiCommand};
use crate::app::theme::{self, color};
use crate::app::ui::{ContentRect, UiSet, screen_ui};
use crate::app::widgets::{chart, highlight, post, recovery};
use crate::report::Debrief;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Debrief), spawn_state);
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Debrief)).in_set(UiSet::Screen),
    );
}

/// The debrief screen's own state.
#[derive(Component, Debug, Default, Clone)]
pub struct DebriefUi {
    /// Show only the turns that lost points.
    pub weak_only: bool,
}

fn spawn_state(mut commands: Commands) {
    commands.spawn((
        Name::new("Debrief screen"),
        DebriefUi::default(),
        DespawnOnExit(Screen::Debrief),
    ));
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<ContentRect>,
    i18n: Res<I18n>,
    run: Res<ActiveRun>,
    mut state: Single<&mut DebriefUi>,
    mut commands: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = screen_ui(&ctx, &rect, "debrief");
    let Some(run) = run.0.as_ref() else {
        commands.write(UiCommand::GoTo(Screen::Library));
        return Ok(());
    };
    for c in view(&mut root, &i18n, run, &mut state) {
        commands.write(c);
    }
    Ok(())
}

/// The debrief as a function of the finished run.
pub fn view(ui: &mut egui::Ui, i18n: &I18n, run: &Run, state: &mut DebriefUi) -> Vec<UiCommand> {
    let mut out = Vec::new();
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::E)) {
        out.push(UiCommand::Export);
    }
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::R)) {
        out.push(UiCommand::Replay);
    }
    let debrief = run.debrief();
    egui::CentralPanel::default()
        .frame(theme::page())
        .show(ui, |ui| {
            // Header: ending and actions.
            ui.horizontal(|ui| {
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(i18n.t("debrief-title"))
                            .small()
                            .color(color::TEXT_MUTED),
                    );
                    ui.label(
                        RichText::new(&run.scenario.title)
                            .size(22.0)
                            .strong()
                            .color(color::TEXT),
                    );
                });
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button(format!("⬇ {}", i18n.t("debrief-export")))
                        .on_hover_text("Ctrl+E")
                        .clicked()
                    {
                        out.push(UiCommand::Export);
                    }
                    if ui
                        .button(format!("↻ {}", i18n.t("debrief-replay")))
                        .on_hover_text("Ctrl+R")
                        .clicked()
                    {
                        out.push(UiCommand::Replay);
                    }
                    if ui.button(i18n.t("debrief-library")).clicked() {
                        out.push(UiCommand::GoTo(Screen::Library));
                    }
                });
            });
            ui.add_space(10.0);
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.columns(2, |cols| {
                        if let Some(e) = run.ending() {
                            let (fg, bg) = if e.kind.is_success() {
                                (color::GAIN, color::GAIN_BG)
                            } else {
                                (color::LOSS, color::LOSS_BG)
                            };
                            theme::card().show(&mut cols[0], |ui| {
                                ui.set_width(ui.available_width());
                                theme::chip(
                                    ui,
                                    i18n.t(crate::app::widgets::card::ending_key(e.kind)),
                                    fg,
                                    bg,
                                );
                                ui.label(
                                    RichText::new(&e.title)
                                        .size(18.0)
                                        .strong()
                                        .color(color::TEXT),
                                );
                                ui.vertical(|ui| {
                                    ui.label(RichText::new(&e.debrief).color(color::TEXT));
                                });
                            });
                        }
                        theme::card().show(&mut cols[1], |ui| {
                            ui.set_width(ui.available_width());
                            ui.horizontal(|ui| {
                                chart::score_ring(ui, report::overall(&debrief.averages), 84.0);
                                ui.vertical(|ui| {
                                    ui.label(
                                        RichText::new(i18n.t("debrief-scores"))
                                            .strong()
                                            .color(color::TEXT),
                                    );
                                    ui.label(
                                        RichText::new(i18n.t_args(
                                            "debrief-turns",
                                            &[("n", i18n::num(debrief.turns.len() as f64))],
                                        ))
                                        .small()
                                        .color(color::TEXT_MUTED),
                                    );
                                });
                            });
                            chart::dimension_chart(ui, &debrief.averages, i18n);
                        });
                    });
                    ui.add_space(12.0);
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(i18n.t("debrief-transcript"))
                                .size(18.0)
                                .strong()
                                .color(color::TEXT),
                        );
                        ui.checkbox(&mut state.weak_only, i18n.t("debrief-weak-only"));
                        ui.label(
                            RichText::new(i18n.t("debrief-legend"))
                                .small()
                                .color(color::TEXT_MUTED),
                        );
                        theme::chip(ui, i18n.t("debrief-gain"), color::GAIN, color::GAIN_BG);
                        theme::chip(ui, i18n.t("debrief-loss"), color::LOSS, color::LOSS_BG);
                    });
                    ui.add_space(6.0);
                    transcript(ui, i18n, run, &debrief, state.weak_only);
                });
        });
    out
}

/// Each turn: the customer's message, the response with highlighted evidence, the verdict,
/// and for weak turns a better reply.
pub fn transcript(ui: &mut egui::Ui, i18n: &I18n, run: &Run, debrief: &Debrief, weak_only: bool) {
    let _ = run;
    for (n, turn) in debrief.turns.iter().enumerate() {
        if weak_only && !turn.is_weak() {
            continue;
        }
        let verdict = &turn.verdict;
        theme::card().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(i18n.t_args("debrief-turn", &[("n", i18n::num(n as f64 + 1.0))]))
                        .strong()
                        .color(color::TEXT),
                );
                let (fg, bg) = post::grade_colors(verdict.grade);
                theme::chip(ui, i18n.t(post::grade_key(verdict.grade)), fg, bg);
                theme::chip(
                    ui,
                    i18n.t(crate::app::widgets::action_bar::action_key(
                        turn.action.kind(),
                    )),
                    color::ACCENT,
                    color::ACCENT_SOFT,
                );
                if let Some(team) = turn.action.team() {
                    theme::chip(ui, team, color::ACCENT, color::ACCENT_SOFT);
                }
            });
            ui.label(
                RichText::new(format!("{}: {}", turn.message.from_name, turn.message.text))
                    .italics()
                    .color(color::TEXT_MUTED),
            );
            ui.add_space(4.0);
            theme::bubble(color::BRAND_BUBBLE).show(ui, |ui| {
                ui.set_width(ui.available_width());
                highlight::highlighted_reply(ui, &turn.reply, &verdict.evidence, i18n);
            });
            if let Some(recovery) = &verdict.recovery {
                recovery::recovery_steps(ui, i18n, recovery, &turn.reply);
            }
            if let Some(why) = turn.why_to_show() {
                ui.label(RichText::new(why).small().color(color::TEXT_MUTED));
            }
            if let Some(better) = &turn.better {
                theme::notice(color::GAIN_BG, color::GAIN).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(i18n.t("debrief-better"))
                            .strong()
                            .color(color::GAIN),
                    );
                    let action = i18n.t(crate::app::widgets::action_bar::action_key(
                        better.action.kind(),
                    ));
                    ui.label(
                        RichText::new(
                            i18n.t_args("debrief-better-action", &[("action", i18n::text(action))]),
                        )
                        .small()
                        .color(color::TEXT_MUTED),
                    );
                    if !better.reply.is_empty() {
                        ui.label(RichText::new(&better.reply).color(color::TEXT));
                    }
                    if !better.note.is_empty() {
                        ui.label(RichText::new(&better.note).small().color(color::TEXT_MUTED));
                    }
                });
            }
        });
        ui.add_space(8.0);
    }
}
