//! The library: scenario cards with the best result so far, filters by language, tag and
//! text, files that do not load listed with their errors, and the resume offer.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::app::i18n::{self, I18n};
use crate::app::library::ScenarioLibrary;
use crate::app::persist::Progress;
use crate::app::session::{ResumeOffer, UiCommand};
use crate::app::theme::{self, color};
use crate::app::ui::{ContentRect, UiSet, screen_ui};
use crate::app::widgets::card;
use crate::scenario::{Language, Scenario};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Library), spawn_state);
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::Library)).in_set(UiSet::Screen),
    );
}

/// The library screen's own state, despawned when leaving it.
#[derive(Component, Debug, Default, Clone)]
pub struct LibraryUi {
    pub language: Option<Language>,
    pub tag: Option<String>,
    pub search: String,
    pub focus_search: bool,
}

fn spawn_state(mut commands: Commands) {
    commands.spawn((
        Name::new("Library screen"),
        LibraryUi {
            focus_search: true,
            ..default()
        },
        DespawnOnExit(Screen::Library),
    ));
}

/// Whether a scenario passes the filters.
pub fn matches(s: &Scenario, f: &LibraryUi) -> bool {
    let q = f.search.trim().to_lowercase();
    f.language.is_none_or(|l| s.language == l)
        && f.tag.as_ref().is_none_or(|t| s.tags.contains(t))
        && (q.is_empty()
            || s.title.to_lowercase().contains(&q)
            || s.id.to_lowercase().contains(&q)
            || s.brand.name.to_lowercase().contains(&q)
            || s.tags.iter().any(|t| t.to_lowercase().contains(&q)))
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<ContentRect>,
    i18n: Res<I18n>,
    library: Res<ScenarioLibrary>,
    progress: Res<Progress>,
    offer: Res<ResumeOffer>,
    mut state: Single<&mut LibraryUi>,
    mut commands: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = screen_ui(&ctx, &rect, "library");
    let out = view(
        &mut root,
        &i18n,
        &library,
        &progress,
        offer.0.as_ref(),
        &mut state,
    );
    for c in out {
        commands.write(c);
    }
    Ok(())
}

/// The library screen as a function of its state.
pub fn view(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &ScenarioLibrary,
    progress: &Progress,
    offer: Option<&crate::app::persist::Autosave>,
    state: &mut LibraryUi,
) -> Vec<UiCommand> {
    let mut out = Vec::new();
    egui::CentralPanel::default()
        .frame(theme::page())
        .show(ui, |ui| {
            theme::page_title(ui, i18n.t("library-title"));
            ui.label(RichText::new(i18n.t("library-subtitle")).color(color::TEXT_MUTED));
            ui.add_space(10.0);

            if let Some(save) = offer {
                theme::notice(color::ACCENT_SOFT, color::ACCENT).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(i18n.t_args(
                                "library-resume",
                                &[
                                    ("title", i18n::text(save.title.clone())),
                                    ("turns", i18n::num(save.responses.len() as f64)),
                                ],
                            ))
                            .color(color::TEXT),
                        );
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui.button(i18n.t("library-discard")).clicked() {
                                out.push(UiCommand::DiscardResume);
                            }
                            let resume = egui::Button::new(
                                RichText::new(i18n.t("library-resume-button"))
                                    .color(egui::Color32::WHITE),
                            )
                            .fill(color::ACCENT);
                            if ui.add(resume).clicked() {
                                out.push(UiCommand::Resume);
                            }
                        });
                    });
                });
                ui.add_space(8.0);
            }

            // Filters.
            let mut first_visible = None;
            ui.horizontal_wrapped(|ui| {
                let search = ui.add(
                    egui::TextEdit::singleline(&mut state.search)
                        .hint_text(i18n.t("library-search"))
                        .desired_width(220.0),
                );
                if state.focus_search {
                    search.request_focus();
                    state.focus_search = false;
                }
                ui.add_space(12.0);
                ui.label(RichText::new(i18n.t("library-language")).color(color::TEXT_MUTED));
                if ui
                    .selectable_label(state.language.is_none(), i18n.t("library-all"))
                    .clicked()
                {
                    state.language = None;
                }
                for l in Language::ALL {
                    if ui
                        .selectable_label(state.language == Some(l), l.code().to_uppercase())
                        .clicked()
                    {
                        state.language = Some(l);
                    }
                }
            });
            let mut tags: Vec<&String> = library
                .entries
                .iter()
                .filter_map(|e| e.scenario.as_deref())
                .filter(|s| state.language.is_none_or(|l| s.language == l))
                .flat_map(|s| &s.tags)
                .collect();
            tags.sort();
            tags.dedup();
            if !tags.is_empty() {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(i18n.t("library-tags")).color(color::TEXT_MUTED));
                    let shown = state
                        .tag
                        .as_ref()
                        .map_or_else(|| i18n.t("library-all"), |t| format!("#{t}"));
                    egui::ComboBox::from_id_salt("tag-filter")
                        .selected_text(shown)
                        .height(320.0)
                        .show_ui(ui, |ui| {
                            if ui
                                .selectable_label(state.tag.is_none(), i18n.t("library-all"))
                                .clicked()
                            {
                                state.tag = None;
                            }
                            for t in tags {
                                if ui
                                    .selectable_label(
                                        state.tag.as_ref() == Some(t),
                                        format!("#{t}"),
                                    )
                                    .clicked()
                                {
                                    state.tag = Some(t.clone());
                                }
                            }
                        });
                });
            }
            ui.add_space(8.0);

            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| {
                    let avail = ui.available_width();
                    let cols = if avail > 900.0 { 2 } else { 1 };
                    let width = (avail - 16.0 * (cols as f32 - 1.0)) / cols as f32;
                    let visible: Vec<_> = library
                        .entries
                        .iter()
                        .filter(|e| e.scenario.as_deref().is_none_or(|s| matches(s, state)))
                        .collect();
                    if visible.is_empty() {
                        ui.label(RichText::new(i18n.t("library-empty")).color(color::TEXT_MUTED));
                    }
                    for row in visible.chunks(cols) {
                        ui.horizontal_top(|ui| {
                            ui.spacing_mut().item_spacing.x = 16.0;
                            for e in row {
                                ui.vertical(|ui| {
                                    ui.set_width(width);
                                    match &e.scenario {
                                        Some(s) => {
                                            if first_visible.is_none() {
                                                first_visible = Some(s.id.clone());
                                            }
                                            if card::scenario_card(
                                                ui,
                                                s,
                                                progress.best.get(&s.id),
                                                &e.problems,
                                                width,
                                                i18n,
                                            ) {
                                                out.push(UiCommand::Open(s.id.clone()));
                                            }
                                        }
                                        None => card::broken_card(
                                            ui,
                                            &e.source,
                                            &e.problems,
                                            width,
                                            i18n,
                                        ),
                                    }
                                });
                            }
                        });
                        ui.add_space(12.0);
                    }
                });
            // Enter opens the first scenario that passes the filters.
            if let Some(id) = first_visible
                && ui.input(|i| i.key_pressed(egui::Key::Enter))
            {
                out.push(UiCommand::Open(id));
            }
        });
    out
}
