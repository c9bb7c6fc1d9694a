//! Settings: interface language (switches at once), trainee name, interface scale and the
//! default mode; shows where the data lives.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::app::core::Mode;
use crate::app::i18n::{self, I18n};
use crate::app::persist::{DataDir, Settings};
use crate::app::session::UiCommand;
use crate::app::theme::{self, color};
use crate::app::ui::{ContentRect, UiSet, screen_ui};
use crate::scenario::Language;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Settings))
            .in_set(UiSet::Screen),
    );
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<ContentRect>,
    i18n: Res<I18n>,
    settings: Res<Settings>,
    dir: Res<DataDir>,
    mut name: Local<Option<String>>,
    mut commands: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = screen_ui(&ctx, &rect, "settings");
    let name = name.get_or_insert_with(|| settings.trainee.clone());
    for c in view(&mut root, &i18n, &settings, &dir, name) {
        commands.write(c);
    }
    Ok(())
}

/// The settings screen; `name` is the trainee name being edited.
pub fn view(
    ui: &mut egui::Ui,
    i18n: &I18n,
    settings: &Settings,
    dir: &DataDir,
    name: &mut String,
) -> Vec<UiCommand> {
    let mut out = Vec::new();
    egui::CentralPanel::default()
        .frame(theme::page())
        .show(ui, |ui| {
            theme::page_title(ui, i18n.t("settings-title"));
            ui.add_space(10.0);
            ui.set_max_width(640.0);
            theme::card().show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(i18n.t("settings-language"))
                        .strong()
                        .color(color::TEXT),
                );
                ui.horizontal(|ui| {
                    for l in Language::ALL {
                        if ui
                            .selectable_label(settings.language == l, i18n::language_name(l))
                            .clicked()
                        {
                            out.push(UiCommand::SetLanguage(l));
                        }
                    }
                });
                ui.add_space(8.0);
                ui.label(
                    RichText::new(i18n.t("settings-trainee"))
                        .strong()
                        .color(color::TEXT),
                );
                let r = ui.add(
                    egui::TextEdit::singleline(name)
                        .hint_text(i18n.t("settings-trainee-hint"))
                        .desired_width(280.0),
                );
                if r.changed() {
                    out.push(UiCommand::SetTrainee(name.trim().to_string()));
                }
                ui.add_space(8.0);
                ui.label(
                    RichText::new(i18n.t("settings-scale"))
                        .strong()
                        .color(color::TEXT),
                );
                ui.horizontal(|ui| {
                    for scale in [1.0f32, 1.25, 1.5] {
                        let label = format!("{} %", (scale * 100.0) as u32);
                        if ui
                            .selectable_label((settings.scale - scale).abs() < 0.01, label)
                            .clicked()
                        {
                            out.push(UiCommand::SetScale(scale));
                        }
                    }
                });
                ui.add_space(8.0);
                ui.label(
                    RichText::new(i18n.t("settings-mode"))
                        .strong()
                        .color(color::TEXT),
                );
                ui.horizontal(|ui| {
                    if ui
                        .selectable_label(settings.mode == Mode::Practice, i18n.t("mode-practice"))
                        .clicked()
                    {
                        out.push(UiCommand::SetMode(Mode::Practice));
                    }
                    if ui
                        .selectable_label(
                            settings.mode == Mode::Assessment,
                            i18n.t("mode-assessment"),
                        )
                        .clicked()
                    {
                        out.push(UiCommand::SetMode(Mode::Assessment));
                    }
                });
                ui.label(
                    RichText::new(i18n.t("settings-mode-help"))
                        .small()
                        .color(color::TEXT_MUTED),
                );
                ui.add_space(8.0);
                ui.label(
                    RichText::new(i18n.t("settings-data"))
                        .strong()
                        .color(color::TEXT),
                );
                ui.label(
                    RichText::new(dir.0.display().to_string())
                        .monospace()
                        .small()
                        .color(color::TEXT_MUTED),
                );
            });
        });
    out
}
