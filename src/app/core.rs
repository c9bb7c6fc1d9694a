//! The one place where the shell touches the domain core: loading scenarios, running a
//! conversation, judging replies, building the debrief. The shell holds no rules of its
//! own: branching, scoring and the debrief all come from here.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::conversation::{Conversation, Step};
pub use crate::conversation::{Event, Mode, Pending, RespondError, Response, SimTime, Transcript};
use crate::report::Debrief;
use crate::scenario::{Ending, Scenario};
use crate::scoring::{Judge, Scorer};

/// One problem found in a scenario file, formatted "file:line:col: error: message".
pub type Problem = String;

/// Parses and validates one scenario file's text.
pub fn load_str(path: &str, text: &str) -> Result<Scenario, Vec<Problem>> {
    crate::scenario::load_str(path, text)
        .map_err(|diags| diags.iter().map(ToString::to_string).collect())
}

/// Reads, parses and validates one scenario file.
pub fn load_file(path: &Path) -> Result<Scenario, Vec<Problem>> {
    crate::scenario::load_file(path)
        .map_err(|diags| diags.iter().map(ToString::to_string).collect())
}

/// The seed scenarios compiled into the binary: (file name, text).
pub fn embedded() -> Vec<(&'static str, &'static str)> {
    crate::scenario::library::EMBEDDED.to_vec()
}

/// The judge used for play: the core's text scorer, built once.
pub fn judge() -> &'static (dyn Judge + Send + Sync) {
    static JUDGE: OnceLock<Box<dyn Judge + Send + Sync>> = OnceLock::new();
    JUDGE.get_or_init(|| Box::new(Scorer::new())).as_ref()
}

/// A running (or finished) conversation, with the responses that led there (replaying them
/// rebuilds the run: the engine and the judge are deterministic).
pub struct Run {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    pub responses: Vec<Response>,
    conversation: Conversation,
}

impl Run {
    pub fn new(scenario: Arc<Scenario>, seed: u64, mode: Mode) -> Self {
        Self {
            conversation: Conversation::new(scenario.clone(), seed, mode),
            scenario,
            seed,
            responses: Vec::new(),
        }
    }

    /// Rebuilds a run by replaying saved responses.
    pub fn replay(
        scenario: Arc<Scenario>,
        seed: u64,
        mode: Mode,
        responses: &[Response],
    ) -> Result<Self, RespondError> {
        let mut run = Self::new(scenario, seed, mode);
        for r in responses {
            run.respond(r.clone())?;
        }
        Ok(run)
    }

    pub fn respond(&mut self, response: Response) -> Result<Step, RespondError> {
        let step = self.conversation.respond(response.clone(), judge())?;
        self.responses.push(response);
        Ok(step)
    }

    pub fn mode(&self) -> Mode {
        self.conversation.mode()
    }

    pub fn pending(&self) -> Option<&Pending> {
        self.conversation.pending()
    }

    pub fn events(&self) -> &[Event] {
        &self.conversation.transcript().events
    }

    pub fn transcript(&self) -> &Transcript {
        self.conversation.transcript()
    }

    pub fn ending(&self) -> Option<&Ending> {
        self.conversation.ending()
    }

    pub fn mood(&self) -> i32 {
        self.conversation.mood()
    }

    pub fn sentiment(&self) -> i32 {
        self.conversation.sentiment()
    }

    pub fn now(&self) -> SimTime {
        self.conversation.now()
    }

    pub fn customer_name(&self) -> &str {
        &self.conversation.identity().name
    }

    pub fn customer_handle(&self) -> &str {
        &self.conversation.identity().handle
    }

    /// The debrief of the run so far.
    pub fn debrief(&self) -> Debrief {
        Debrief::build(&self.scenario, self.transcript())
    }

    /// The transcript and the debrief as one JSON document.
    pub fn export_json(&self) -> String {
        self.debrief().export_json(self.transcript())
    }
}
