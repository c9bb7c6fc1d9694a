//! The app's screens, one plugin per file, switched by the [`Screen`] state.

mod briefing;
mod debrief;
mod library;
mod play;
mod settings;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((
        library::plugin,
        briefing::plugin,
        play::plugin,
        debrief::plugin,
        settings::plugin,
    ));
}

/// The screen the app is showing.
#[derive(States, Debug, Hash, PartialEq, Eq, Clone, Copy, Default)]
pub enum Screen {
    /// Scenario cards, filters, resume offer.
    #[default]
    Library,
    /// The situation, tone of voice, case file, policy and goal.
    Briefing,
    /// The inbox: thread, DM pane, composer, action bar.
    Play,
    /// Ending, scores, highlighted transcript, better replies.
    Debrief,
    /// Interface language, trainee name, scale, mode.
    Settings,
}

pub use debrief::DebriefUi;
pub use library::LibraryUi;
pub use play::PlayUi;
