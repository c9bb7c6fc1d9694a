//! The egui shell around every screen: theme, the left sidebar, the banners (broken
//! scenario files, toasts) and the global keys (Esc). Screens draw afterwards, inside
//! [`ContentRect`].

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::i18n::{self, I18n};
use super::library::ScenarioLibrary;
use super::persist::Settings;
use super::screens::Screen;
use super::session::{ActiveRun, Toast, UiCommand};
use super::theme::{self, color};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ContentRect>();
    app.insert_resource(ClearColor(Color::srgb_u8(0xF3, 0xF5, 0xF9)));
    app.add_systems(Startup, spawn_camera);
    app.configure_sets(
        EguiPrimaryContextPass,
        (UiSet::Shell, UiSet::Screen).chain(),
    );
    app.add_systems(EguiPrimaryContextPass, shell.in_set(UiSet::Shell));
}

/// egui draws on the first camera.
fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("UI camera"), Camera2d));
}

/// Order of the egui systems: the shell first, then the current screen.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiSet {
    Shell,
    Screen,
}

/// The area left for the screen after the sidebar and banners.
#[derive(Resource, Debug, Clone, Copy)]
pub struct ContentRect(pub egui::Rect);

impl Default for ContentRect {
    fn default() -> Self {
        Self(egui::Rect::NOTHING)
    }
}

/// A `Ui` covering the content area, for a screen system.
pub fn screen_ui(ctx: &egui::Context, rect: &ContentRect, id: &str) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        egui::Id::new(id),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(rect.0),
    )
}

/// Toasts disappear after this many seconds.
const TOAST_SECS: f64 = 6.0;

#[allow(clippy::too_many_arguments)]
fn shell(
    mut contexts: EguiContexts,
    i18n: Res<I18n>,
    settings: Res<Settings>,
    library: Res<ScenarioLibrary>,
    screen: Res<State<Screen>>,
    run: Res<ActiveRun>,
    toast: Res<Toast>,
    time: Res<Time<bevy::time::Real>>,
    mut content: ResMut<ContentRect>,
    mut commands: MessageWriter<UiCommand>,
    mut styled: Local<Option<(f32, bool)>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    if std::env::var_os("FRONTLINE_DEBUG_REPAINT").is_some() {
        info!("repaint causes: {:?}", ctx.repaint_causes());
    }
    if *styled != Some((settings.scale, true)) {
        theme::apply(&ctx, settings.scale);
        *styled = Some((settings.scale, true));
    }
    // Esc: first leave a focused text field (egui does that), then go back.
    let typing = ctx.memory(|m| m.focused().is_some()) && ctx.egui_wants_keyboard_input();
    if !typing && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        commands.write(UiCommand::Back);
    }
    if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Comma)) {
        commands.write(UiCommand::GoTo(Screen::Settings));
    }

    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("shell"),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.content_rect()),
    );

    egui::Panel::left("sidebar")
        .exact_size(212.0)
        .resizable(false)
        .frame(
            egui::Frame::new()
                .fill(color::SIDEBAR)
                .inner_margin(egui::Margin::symmetric(14, 18)),
        )
        .show(&mut root, |ui| {
            sidebar(
                ui,
                &i18n,
                &settings,
                *screen.get(),
                run.0.as_ref(),
                &mut commands,
            );
        });

    // Banners above the screen: scenario files that currently fail to load.
    let broken: Vec<_> = library.broken().filter(|e| e.scenario.is_some()).collect();
    let now = time.elapsed_secs_f64();
    let toast = toast.0.as_ref().filter(|(_, at)| now - at < TOAST_SECS);
    if !broken.is_empty() || toast.is_some() {
        egui::Panel::top("banners")
            .frame(
                egui::Frame::new()
                    .fill(color::BG)
                    .inner_margin(egui::Margin::symmetric(20, 10)),
            )
            .show(&mut root, |ui| {
                for e in broken {
                    theme::notice(color::WARN_BG, color::WARN).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(
                            RichText::new(
                                i18n.t_args(
                                    "banner-broken",
                                    &[(
                                        "title",
                                        i18n::text(
                                            e.scenario
                                                .as_ref()
                                                .map(|s| s.title.clone())
                                                .unwrap_or_default(),
                                        ),
                                    )],
                                ),
                            )
                            .strong()
                            .color(color::TEXT),
                        );
                        for p in e.problems.iter().take(4) {
                            ui.label(RichText::new(p).monospace().small().color(color::TEXT));
                        }
                    });
                }
                if let Some((text, _)) = toast {
                    theme::notice(color::ACCENT_SOFT, color::ACCENT).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(text).color(color::TEXT));
                    });
                }
            });
    }
    content.0 = root.available_rect_before_wrap();
    Ok(())
}

fn nav_item(ui: &mut egui::Ui, label: String, icon: &str, active: bool, enabled: bool) -> bool {
    let text = RichText::new(format!("{icon}   {label}"))
        .size(15.0)
        .color(if active {
            egui::Color32::WHITE
        } else if enabled {
            color::SIDEBAR_TEXT
        } else {
            color::SIDEBAR_TEXT.gamma_multiply(0.45)
        });
    let button = egui::Button::new(text)
        .fill(if active {
            color::SIDEBAR_ACTIVE
        } else {
            egui::Color32::TRANSPARENT
        })
        .stroke(egui::Stroke::NONE)
        .min_size(egui::vec2(ui.available_width(), 34.0));
    let r = ui.add_enabled(enabled, button);
    r.clicked()
}

fn sidebar(
    ui: &mut egui::Ui,
    i18n: &I18n,
    settings: &Settings,
    screen: Screen,
    run: Option<&super::core::Run>,
    commands: &mut MessageWriter<UiCommand>,
) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(30.0, 30.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(rect, egui::CornerRadius::same(8), color::ACCENT);
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "F",
            egui::FontId::proportional(18.0),
            egui::Color32::WHITE,
        );
        ui.vertical(|ui| {
            ui.label(
                RichText::new("Frontline")
                    .size(18.0)
                    .strong()
                    .color(egui::Color32::WHITE),
            );
            ui.label(
                RichText::new(i18n.t("app-tagline"))
                    .size(11.0)
                    .color(color::SIDEBAR_TEXT),
            );
        });
    });
    ui.add_space(22.0);
    ui.spacing_mut().item_spacing.y = 4.0;
    if nav_item(
        ui,
        i18n.t("nav-library"),
        "📚",
        screen == Screen::Library,
        true,
    ) {
        commands.write(UiCommand::GoTo(Screen::Library));
    }
    let has_run = run.is_some();
    let live = run.is_some_and(|r| r.ending().is_none());
    if nav_item(
        ui,
        i18n.t("nav-briefing"),
        "📋",
        screen == Screen::Briefing,
        has_run || screen == Screen::Briefing,
    ) {
        commands.write(UiCommand::GoTo(Screen::Briefing));
    }
    if nav_item(ui, i18n.t("nav-play"), "💬", screen == Screen::Play, live) {
        commands.write(UiCommand::GoTo(Screen::Play));
    }
    let finished = run.is_some_and(|r| r.ending().is_some());
    if nav_item(
        ui,
        i18n.t("nav-debrief"),
        "📊",
        screen == Screen::Debrief,
        finished,
    ) {
        commands.write(UiCommand::Debrief);
    }
    ui.add_space(10.0);
    if nav_item(
        ui,
        i18n.t("nav-settings"),
        "⚙",
        screen == Screen::Settings,
        true,
    ) {
        commands.write(UiCommand::GoTo(Screen::Settings));
    }
    ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
        ui.label(
            RichText::new(i18n::language_name(settings.language))
                .size(12.0)
                .color(color::SIDEBAR_TEXT),
        );
        let name = if settings.trainee.is_empty() {
            i18n.t("settings-trainee-anonymous")
        } else {
            settings.trainee.clone()
        };
        ui.label(RichText::new(name).size(14.0).color(egui::Color32::WHITE));
        ui.label(
            RichText::new(i18n.t("sidebar-trainee"))
                .size(11.0)
                .color(color::SIDEBAR_TEXT),
        );
    });
}
