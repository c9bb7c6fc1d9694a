//! The controller: every interface command ([`UiCommand`]) is applied here, in one place,
//! to the run, the screens and the saved files. The egui screens only emit commands, so the
//! whole flow can be driven headless by writing commands and calling `app.update()`.

use std::sync::Arc;

use bevy::prelude::*;

use super::AppSystems;
use super::core::{Mode, Response, Run};
use super::i18n::I18n;
use super::library::ScenarioLibrary;
use super::persist::{self, Autosave, DataDir, Progress, Settings};
use super::screens::Screen;
use super::{Options, report};
use crate::scenario::{Action, Language, Scenario};

/// Simulated seconds per real second while a customer waits for an answer: a minute of
/// the customer's time passes every five seconds of the trainee's.
pub const SIM_SPEED: f64 = 12.0;

/// Real seconds the customer takes to "type" the next message after a response.
pub const TYPING_SECS: f64 = 1.6;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<UiCommand>();
    app.init_resource::<ActiveRun>();
    app.init_resource::<Briefed>();
    app.init_resource::<PlayClock>();
    app.init_resource::<Toast>();
    app.init_resource::<ResumeOffer>();
    app.add_systems(Startup, offer_resume);
    app.add_systems(Update, apply_commands.in_set(AppSystems::RecordInput));
}

/// What the interface asks for.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum UiCommand {
    /// Show the briefing of scenario `id`.
    Open(String),
    /// Start a new run of the briefed scenario.
    Start,
    /// Resume the autosaved run.
    Resume,
    /// Forget the autosaved run.
    DiscardResume,
    /// Respond to the pending message. `response_secs` is measured from the clock when
    /// `None`.
    Send {
        action: Action,
        reply: String,
        response_secs: Option<u32>,
    },
    /// Go to the debrief of the finished run.
    Debrief,
    /// Play the same scenario again.
    Replay,
    /// Export the transcript and verdicts as JSON.
    Export,
    /// Esc: one screen back.
    Back,
    GoTo(Screen),
    SetLanguage(Language),
    SetTrainee(String),
    SetScale(f32),
    SetMode(Mode),
    Quit,
}

/// The run being played or debriefed.
#[derive(Resource, Default)]
pub struct ActiveRun(pub Option<Run>);

/// The scenario shown on the briefing screen.
#[derive(Resource, Default, Debug)]
pub struct Briefed(pub Option<Arc<Scenario>>);

/// Real-time bookkeeping of the play screen.
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct PlayClock {
    /// Real seconds (since app start) when the pending message was shown.
    pub shown_at: f64,
    /// Until then, the customer is "typing" and the newest message stays hidden.
    pub reveal_at: f64,
    /// Simulated seconds of the run when the pending message was shown.
    pub sim_at_shown: u32,
}

impl PlayClock {
    /// The simulated time now, in seconds since the start of the run.
    pub fn sim_now(&self, real_now: f64) -> u32 {
        let since = (real_now - self.shown_at.max(self.reveal_at)).max(0.0);
        self.sim_at_shown + (since * SIM_SPEED) as u32
    }

    pub fn typing(&self, real_now: f64) -> bool {
        real_now < self.reveal_at
    }
}

/// A short message at the bottom of the window ("Exported to ...").
#[derive(Resource, Default, Debug, Clone)]
pub struct Toast(pub Option<(String, f64)>);

/// An autosaved run found at start, offered for resume on the library screen.
#[derive(Resource, Default, Debug, Clone)]
pub struct ResumeOffer(pub Option<Autosave>);

fn offer_resume(dir: Res<DataDir>, mut offer: ResMut<ResumeOffer>) {
    offer.0 = Autosave::load(&dir);
}

fn seed_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7)
}

#[allow(clippy::too_many_arguments)]
fn apply_commands(
    mut commands: MessageReader<UiCommand>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    library: Res<ScenarioLibrary>,
    mut briefed: ResMut<Briefed>,
    mut active: ResMut<ActiveRun>,
    mut clock: ResMut<PlayClock>,
    mut settings: ResMut<Settings>,
    mut i18n: ResMut<I18n>,
    mut progress: ResMut<Progress>,
    mut toast: ResMut<Toast>,
    mut offer: ResMut<ResumeOffer>,
    dir: Res<DataDir>,
    options: Res<Options>,
    time: Res<Time<bevy::time::Real>>,
    mut exit: MessageWriter<AppExit>,
) {
    let now = time.elapsed_secs_f64();
    for command in commands.read() {
        match command.clone() {
            UiCommand::Open(id) => {
                if let Some(s) = library.get(&id) {
                    briefed.0 = Some(s);
                    next.set(Screen::Briefing);
                }
            }
            UiCommand::Start => {
                if let Some(s) = briefed.0.clone() {
                    let seed = options.0.seed.unwrap_or_else(seed_now);
                    active.0 = Some(Run::new(s, seed, settings.mode));
                    *clock = PlayClock {
                        shown_at: now,
                        reveal_at: now,
                        sim_at_shown: 0,
                    };
                    next.set(Screen::Play);
                }
            }
            UiCommand::Resume => {
                let Some(save) = offer.0.take() else { continue };
                let Some(s) = library.get(&save.scenario) else {
                    toast.0 = Some((i18n.t("resume-missing"), now));
                    continue;
                };
                match Run::replay(s.clone(), save.seed, save.mode, &save.responses) {
                    Ok(run) => {
                        *clock = PlayClock {
                            shown_at: now,
                            reveal_at: now,
                            sim_at_shown: run.pending().map_or(run.now().0, |p| p.at.0),
                        };
                        briefed.0 = Some(s);
                        active.0 = Some(run);
                        next.set(Screen::Play);
                    }
                    Err(e) => {
                        warn!("could not resume: {e}");
                        toast.0 = Some((i18n.t("resume-failed"), now));
                        Autosave::clear(&dir);
                    }
                }
            }
            UiCommand::DiscardResume => {
                offer.0 = None;
                Autosave::clear(&dir);
            }
            UiCommand::Send {
                action,
                reply,
                response_secs,
            } => {
                let Some(run) = active.0.as_mut() else {
                    continue;
                };
                let Some(pending) = run.pending() else {
                    continue;
                };
                let response_secs = response_secs
                    .unwrap_or_else(|| clock.sim_now(now).saturating_sub(pending.at.0));
                let response = Response {
                    action,
                    reply,
                    response_secs,
                    trainee: (!settings.trainee.is_empty()).then(|| settings.trainee.clone()),
                };
                if let Err(e) = run.respond(response) {
                    warn!("response refused: {e}");
                    toast.0 = Some((e.to_string(), now));
                    continue;
                }
                match run.ending() {
                    Some(ending) => {
                        let kind = ending.kind;
                        Autosave::clear(&dir);
                        let score = report::overall(&run.debrief().averages).unwrap_or(0);
                        progress.record(&dir, &run.scenario.id, score, kind);
                    }
                    None => {
                        Autosave {
                            scenario: run.scenario.id.clone(),
                            title: run.scenario.title.clone(),
                            seed: run.seed,
                            mode: run.mode(),
                            responses: run.responses.clone(),
                        }
                        .save(&dir);
                        let at = run.pending().map_or(run.now().0, |p| p.at.0);
                        *clock = PlayClock {
                            shown_at: now + TYPING_SECS,
                            reveal_at: now + TYPING_SECS,
                            sim_at_shown: at,
                        };
                    }
                }
            }
            UiCommand::Debrief => {
                if active.0.as_ref().is_some_and(|r| r.ending().is_some()) {
                    next.set(Screen::Debrief);
                }
            }
            UiCommand::Replay => {
                if let Some(run) = &active.0 {
                    let scenario = library
                        .get(&run.scenario.id)
                        .unwrap_or_else(|| run.scenario.clone());
                    briefed.0 = Some(scenario);
                    next.set(Screen::Briefing);
                }
            }
            UiCommand::Export => {
                let Some(run) = &active.0 else { continue };
                let json = run.export_json();
                match persist::export(&dir, options.0.export.as_deref(), &run.scenario.id, &json) {
                    Ok(path) => {
                        info!("exported {}", path.display());
                        toast.0 = Some((
                            i18n.t_args(
                                "export-done",
                                &[("path", super::i18n::text(path.display().to_string()))],
                            ),
                            now,
                        ));
                    }
                    Err(e) => {
                        toast.0 = Some((
                            i18n.t_args(
                                "export-failed",
                                &[("error", super::i18n::text(e.to_string()))],
                            ),
                            now,
                        ));
                    }
                }
            }
            UiCommand::Back => {
                let to = match screen.get() {
                    Screen::Library => None,
                    Screen::Briefing | Screen::Debrief | Screen::Settings => Some(Screen::Library),
                    Screen::Play => {
                        // The run stays in the autosave and is offered again.
                        if let Some(run) = active.0.as_ref().filter(|r| r.ending().is_none())
                            && !run.responses.is_empty()
                        {
                            offer.0 = Autosave::load(&dir);
                        }
                        Some(Screen::Briefing)
                    }
                };
                if let Some(to) = to {
                    next.set(to);
                }
            }
            UiCommand::GoTo(to) => next.set(to),
            UiCommand::SetLanguage(lang) => {
                i18n.set_lang(lang);
                settings.language = lang;
                settings.save(&dir);
            }
            UiCommand::SetTrainee(name) => {
                settings.trainee = name;
                settings.save(&dir);
            }
            UiCommand::SetScale(scale) => {
                settings.scale = scale.clamp(0.75, 2.0);
                settings.save(&dir);
            }
            UiCommand::SetMode(mode) => {
                settings.mode = mode;
                settings.save(&dir);
            }
            UiCommand::Quit => {
                exit.write(AppExit::Success);
            }
        }
    }
}
