//! The play screen, laid out like a social inbox: the public thread (customer post,
//! onlookers, public sentiment) in the middle, the DM pane on the right, the case file one
//! click away, and at the bottom the action bar and the composer. A top bar shows the
//! simulated clock against the channel's response-time expectation and the customer's mood.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::app::core::{Event, Mode, Run};
use crate::app::i18n::{self, I18n};
use crate::app::session::{ActiveRun, PlayClock, UiCommand};
use crate::app::theme::{self, color};
use crate::app::ui::{ContentRect, UiSet, screen_ui};
use crate::app::widgets::{
    ActionBarState, ComposerAction, ComposerState, action_bar, composer, post,
};
use crate::scenario::{ActionKind, Visibility};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Play), spawn_state);
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Play)).in_set(UiSet::Screen),
    );
}

/// The play screen's own state, despawned when leaving it.
#[derive(Component, Debug, Default, Clone)]
pub struct PlayUi {
    pub composer: ComposerState,
    pub actions: ActionBarState,
    pub case_file_open: bool,
    /// The turn the composer was prepared for; a new turn resets it.
    pub turn: Option<String>,
}

fn spawn_state(mut commands: Commands) {
    commands.spawn((
        Name::new("Play screen"),
        PlayUi {
            case_file_open: true,
            ..default()
        },
        DespawnOnExit(Screen::Play),
    ));
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<ContentRect>,
    i18n: Res<I18n>,
    run: Res<ActiveRun>,
    clock: Res<PlayClock>,
    time: Res<Time<bevy::time::Real>>,
    mut state: Single<&mut PlayUi>,
    mut commands: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = screen_ui(&ctx, &rect, "play");
    let Some(run) = run.0.as_ref() else {
        commands.write(UiCommand::GoTo(Screen::Library));
        return Ok(());
    };
    let now = time.elapsed_secs_f64();
    for c in view(&mut root, &i18n, run, &clock, now, &mut state) {
        commands.write(c);
    }
    Ok(())
}

fn mood_label(i18n: &I18n, mood: i32) -> (String, egui::Color32) {
    let (key, col) = match mood {
        i32::MIN..=-2 => ("mood-hostile", color::LOSS),
        -1 => ("mood-upset", color::WARN),
        0 => ("mood-neutral", color::TEXT_MUTED),
        1 => ("mood-calmer", color::GAIN),
        _ => ("mood-supportive", color::GAIN),
    };
    (i18n.t(key), col)
}

/// The play screen as a function of the run and its own state.
pub fn view(
    ui: &mut egui::Ui,
    i18n: &I18n,
    run: &Run,
    clock: &PlayClock,
    real_now: f64,
    state: &mut PlayUi,
) -> Vec<UiCommand> {
    let mut out = Vec::new();
    let s = &run.scenario;
    let pending = run.pending();
    let typing = clock.typing(real_now);
    let practice = run.mode() == Mode::Practice;

    // A new customer message: reset the composer and preselect the natural action.
    let turn_id = pending.map(|p| p.turn.clone());
    if state.turn.is_none() && state.composer.text.is_empty() && !state.composer.focus {
        // First frame: on a narrow layout the case file starts closed, the DM pane shows.
        state.case_file_open = ui.available_width() >= 900.0;
    }
    if state.turn != turn_id {
        state.turn = turn_id;
        state.composer = ComposerState {
            text: String::new(),
            focus: true,
        };
        state.actions.kind = match pending.map(|p| p.visibility) {
            Some(Visibility::Dm) => ActionKind::ReplyDm,
            _ => ActionKind::ReplyPublic,
        };
        state.actions.team = None;
    }
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F2)) {
        state.case_file_open = !state.case_file_open;
    }

    // Top bar: title and channel; the clock against the expectation, mood, sentiment;
    // the case file toggle.
    egui::Panel::top("play-top")
        .frame(
            egui::Frame::new()
                .fill(color::SURFACE)
                .inner_margin(egui::Margin::symmetric(20, 10))
                .stroke(egui::Stroke::new(1.0, color::BORDER)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(&s.title)
                        .size(17.0)
                        .strong()
                        .color(color::TEXT),
                );
                theme::chip(
                    ui,
                    format!("{} · {}", s.channel.name, s.brand.handle),
                    color::ACCENT,
                    color::ACCENT_SOFT,
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .selectable_label(
                            state.case_file_open,
                            format!("📁 {}", i18n.t("play-case-file")),
                        )
                        .on_hover_text("F2")
                        .clicked()
                    {
                        state.case_file_open = !state.case_file_open;
                    }
                });
            });
            ui.horizontal_wrapped(|ui| {
                if let Some(p) = pending {
                    let waited = clock.sim_now(real_now).saturating_sub(p.at.0);
                    let expected = (s.channel.expected_response_minutes * 60).max(1);
                    let frac = (waited as f32 / expected as f32).min(1.0);
                    let col = if waited > expected {
                        color::LOSS
                    } else if waited * 4 > expected * 3 {
                        color::WARN
                    } else {
                        color::GAIN
                    };
                    ui.label(RichText::new("🕑").color(col));
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(90.0, 8.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(rect, egui::CornerRadius::same(4), color::SURFACE_ALT);
                    let mut bar = rect;
                    bar.set_width((rect.width() * frac).max(4.0));
                    ui.painter()
                        .rect_filled(bar, egui::CornerRadius::same(4), col);
                    ui.label(
                        RichText::new(i18n.t_args(
                            "play-clock",
                            &[
                                ("waited", i18n::num(waited / 60)),
                                ("expected", i18n::num(s.channel.expected_response_minutes)),
                            ],
                        ))
                        .small()
                        .color(color::TEXT),
                    )
                    .on_hover_text(i18n.t("play-clock-tip"));
                    ui.add_space(12.0);
                }
                let (mood, mcol) = mood_label(i18n, run.mood());
                let (mbg, sbg) = (color::SURFACE_ALT, color::SURFACE_ALT);
                theme::chip(
                    ui,
                    i18n.t_args("play-mood", &[("value", i18n::text(mood))]),
                    mcol,
                    mbg,
                );
                let (sent, scol) = mood_label(i18n, run.sentiment());
                theme::chip(
                    ui,
                    i18n.t_args("play-sentiment", &[("value", i18n::text(sent))]),
                    scol,
                    sbg,
                );
            });
        });

    // Bottom: the composer, or the ending.
    egui::Panel::bottom("play-composer")
        .frame(
            egui::Frame::new()
                .fill(color::SURFACE)
                .inner_margin(egui::Margin::symmetric(20, 12))
                .stroke(egui::Stroke::new(1.0, color::BORDER)),
        )
        .show(ui, |ui| {
            if let Some(ending) = run.ending() {
                let (fg, bg) = if ending.kind.is_success() {
                    (color::GAIN, color::GAIN_BG)
                } else {
                    (color::LOSS, color::LOSS_BG)
                };
                theme::notice(bg, fg).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.vertical(|ui| {
                            ui.label(RichText::new(i18n.t("play-ended")).small().color(fg));
                            ui.label(
                                RichText::new(&ending.title)
                                    .strong()
                                    .size(17.0)
                                    .color(color::TEXT),
                            );
                        });
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let b = egui::Button::new(
                                RichText::new(i18n.t("play-see-debrief"))
                                    .strong()
                                    .color(egui::Color32::WHITE),
                            )
                            .fill(color::ACCENT);
                            if ui.add(b).clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter))
                            {
                                out.push(UiCommand::Debrief);
                            }
                        });
                    });
                });
                return;
            }
            let Some(p) = pending else { return };
            let replying_to = match p.visibility {
                Visibility::Public => i18n.t("play-replying-public"),
                Visibility::Dm => i18n.t("play-replying-dm"),
            };
            ui.label(RichText::new(replying_to).small().color(color::TEXT_MUTED));
            let teams: Vec<(String, String)> = s
                .policy
                .escalation
                .iter()
                .map(|r| (r.team.clone(), r.name.clone()))
                .collect();
            action_bar(ui, &mut state.actions, &teams, i18n);
            let needs_text = state.actions.kind.takes_reply();
            let sent = composer(
                ui,
                &mut state.composer,
                s.channel.reply_limit,
                needs_text,
                typing,
                i18n,
            );
            if sent == Some(ComposerAction::Send)
                && let Some(action) = state.actions.action()
            {
                out.push(UiCommand::Send {
                    action,
                    reply: if needs_text {
                        state.composer.text.clone()
                    } else {
                        String::new()
                    },
                    response_secs: None,
                });
                state.composer.text.clear();
            }
        });

    // Narrow window or large scale: the case file takes the DM pane's place when open.
    let avail = ui.available_width();
    let narrow = avail < 900.0;
    let show_case_file = state.case_file_open;
    let show_dm = !(narrow && state.case_file_open);
    if show_case_file {
        egui::Panel::right("play-case-file")
            .exact_size((avail * 0.3).clamp(240.0, 320.0))
            .resizable(false)
            .frame(
                egui::Frame::new()
                    .fill(color::SURFACE_ALT)
                    .inner_margin(egui::Margin::same(14))
                    .stroke(egui::Stroke::new(1.0, color::BORDER)),
            )
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("case-scroll")
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(i18n.t("play-case-file"))
                                .strong()
                                .color(color::TEXT),
                        );
                        super::briefing::case_file(ui, s);
                        ui.separator();
                        super::briefing::policy(ui, s, i18n);
                    });
            });
    }

    // The DM pane.
    let dm_posts: Vec<(usize, &Event)> = run
        .events()
        .iter()
        .enumerate()
        .filter(|(_, p)| is_dm(p))
        .collect();
    if show_dm {
        egui::Panel::right("play-dm")
            .exact_size((avail * 0.36).clamp(240.0, 340.0))
            .resizable(false)
            .frame(
                egui::Frame::new()
                    .fill(color::SURFACE)
                    .inner_margin(egui::Margin::same(14))
                    .stroke(egui::Stroke::new(1.0, color::BORDER)),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    theme::avatar(ui, run.customer_name(), 26.0);
                    ui.add(
                        egui::Label::new(
                            RichText::new(i18n.t_args(
                                "play-dm-title",
                                &[("name", i18n::text(run.customer_name()))],
                            ))
                            .strong()
                            .color(color::TEXT),
                        )
                        .truncate(),
                    );
                });
                ui.separator();
                egui::ScrollArea::vertical()
                    .id_salt("dm-scroll")
                    .auto_shrink(false)
                    .stick_to_bottom(true)
                    .show(ui, |ui| {
                        if dm_posts.is_empty() {
                            ui.label(
                                RichText::new(i18n.t("play-dm-empty"))
                                    .small()
                                    .color(color::TEXT_MUTED),
                            );
                        }
                        for (i, p) in &dm_posts {
                            show_post(ui, i18n, run, *i, p, practice, typing);
                        }
                        if typing
                            && pending
                                .as_ref()
                                .is_some_and(|p| p.visibility == Visibility::Dm)
                        {
                            typing_label(ui, i18n, run);
                        }
                    });
            });
    }

    // The public thread.
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(color::BG)
                .inner_margin(egui::Margin::symmetric(20, 14)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(i18n.t("play-thread"))
                        .strong()
                        .color(color::TEXT),
                );
                ui.label(
                    RichText::new(i18n.t_args(
                        "play-audience",
                        &[("n", i18n::text(i18n.count(u64::from(s.onlookers.audience))))],
                    ))
                    .small()
                    .color(color::TEXT_MUTED),
                );
            });
            egui::ScrollArea::vertical()
                .id_salt("thread-scroll")
                .auto_shrink(false)
                .stick_to_bottom(true)
                .show(ui, |ui| {
                    for (i, p) in run.events().iter().enumerate().filter(|(_, p)| !is_dm(p)) {
                        show_post(ui, i18n, run, i, p, practice, typing);
                        ui.add_space(6.0);
                    }
                    if typing
                        && pending
                            .as_ref()
                            .is_some_and(|p| p.visibility == Visibility::Public)
                    {
                        typing_label(ui, i18n, run);
                    }
                });
        });
    out
}

fn is_dm(e: &Event) -> bool {
    match e {
        Event::Message(m) => m.visibility == Visibility::Dm,
        Event::Response { visibility, .. } => *visibility == Some(Visibility::Dm),
        _ => false,
    }
}

/// "Name is typing…" under the pane where the customer's next message will appear.
fn typing_label(ui: &mut egui::Ui, i18n: &I18n, run: &Run) {
    ui.label(
        RichText::new(i18n.t_args("play-typing", &[("name", i18n::text(run.customer_name()))]))
            .italics()
            .color(color::TEXT_MUTED),
    );
}

fn show_post(
    ui: &mut egui::Ui,
    i18n: &I18n,
    run: &Run,
    index: usize,
    e: &Event,
    practice: bool,
    typing: bool,
) {
    let s = &run.scenario;
    let events = run.events();
    // The newest message: pending if the run goes on.
    let newest = !events[index + 1..]
        .iter()
        .any(|later| matches!(later, Event::Message(_) | Event::Response { .. }));
    match e {
        Event::Message(m) => {
            // While the customer is "typing", their newest message is not shown yet.
            if typing && newest {
                return;
            }
            let pending = run.pending().is_some() && newest;
            post::person_post(
                ui,
                &m.from_name,
                &m.from_handle,
                &m.text,
                &post::sim_time(m.at.0),
                pending,
            );
        }
        Event::OnlookerComment { handle, text, at } => {
            if typing && newest {
                return;
            }
            post::person_post(ui, handle, handle, text, &post::sim_time(at.0), false);
        }
        Event::Response {
            turn,
            action,
            reply,
            visibility,
            at,
            verdict,
            ..
        } => {
            post::brand_post(
                ui,
                &s.brand.name,
                &s.brand.handle,
                action,
                reply,
                &post::sim_time(at.0),
                *visibility == Some(Visibility::Dm),
                action
                    .team()
                    .map(|t| s.route(t).map_or(t, |r| r.name.as_str())),
                practice.then_some(verdict),
                i18n,
                &format!("{turn}-{index}"),
            );
        }
        Event::Ended { .. } => {}
    }
}
