//! The conversation engine: plays one scenario thread, deterministically.
//!
//! Given a scenario, a seed and the trainee's responses, a `Conversation` produces the same
//! transcript every time. It keeps the simulated clock, the customer's mood and the
//! onlookers' public sentiment, asks a `Judge` for each response's verdict, follows the
//! scenario's branches and records everything in a `Transcript`.
//!
//! Built for what comes next: the clock is a plain value the caller can share (a drill runs
//! many conversations on one clock and injects posts with `inject`), every response can
//! carry the trainee who wrote it, and `Mode::Assessment` withholds verdicts until the end.

pub mod drill;
mod transcript;

pub use transcript::{Event, Transcript};

use std::sync::Arc;

use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::scenario::model::*;
use crate::scenario::validate::MOOD_RANGE;
use crate::scoring::{Judge, JudgeInput, ReplyVerdict};

/// Simulated time, in seconds since the start of the run.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct SimTime(pub u32);

impl SimTime {
    pub fn plus_secs(self, secs: u32) -> SimTime {
        SimTime(self.0.saturating_add(secs))
    }

    pub fn minutes(self) -> u32 {
        self.0 / 60
    }
}

impl std::fmt::Display for SimTime {
    /// `+H:MM` since the start of the run.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "+{}:{:02}", self.0 / 3600, (self.0 / 60) % 60)
    }
}

/// Whether verdicts are shown after each response or only at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Mode {
    /// Each verdict is shown right after the response.
    #[default]
    Practice,
    /// Verdicts are recorded but withheld until the run ends.
    Assessment,
}

/// What the trainee does with the pending message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub action: Action,
    /// The reply text; must be empty for `Hide` and `Monitor`.
    pub reply: String,
    /// Simulated seconds the trainee took, from the message to the response.
    pub response_secs: u32,
    /// Who responded, when several trainees share a drill.
    pub trainee: Option<String>,
}

impl Response {
    pub fn new(action: Action, reply: impl Into<String>, response_secs: u32) -> Response {
        Response {
            action,
            reply: reply.into(),
            response_secs,
            trainee: None,
        }
    }
}

/// The message waiting for the trainee's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub turn: String,
    pub from_name: String,
    pub from_handle: String,
    pub visibility: Visibility,
    pub text: String,
    pub at: SimTime,
}

/// Why a response was refused. The conversation is unchanged when one is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RespondError {
    /// The conversation has reached an ending.
    Ended,
    /// This action sends a reply, and the reply is empty.
    EmptyReply,
    /// `Hide` and `Monitor` send nothing; the text would be lost.
    ReplyNotSent,
    /// The reply is longer than the channel allows.
    TooLong { chars: usize, limit: u32 },
    /// The team is not one of the scenario's escalation routes.
    UnknownTeam(String),
}

impl std::fmt::Display for RespondError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RespondError::Ended => f.write_str("the conversation has ended"),
            RespondError::EmptyReply => f.write_str("this action sends a reply: write one"),
            RespondError::ReplyNotSent => f.write_str(
                "hide and monitor send no reply: clear the text or choose a reply action",
            ),
            RespondError::TooLong { chars, limit } => {
                write!(
                    f,
                    "the reply is {chars} characters; the channel allows {limit}"
                )
            }
            RespondError::UnknownTeam(team) => {
                write!(f, "there is no team `{team}` in this scenario")
            }
        }
    }
}

impl std::error::Error for RespondError {}

/// What happened after a response.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The verdict, in practice mode; `None` in assessment mode until the end.
    pub verdict: Option<ReplyVerdict>,
    pub mood: i32,
    pub sentiment: i32,
    /// The next message, or the ending reached.
    pub next: Next,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    Message(Pending),
    Ended(Ending),
}

/// One scenario thread being played.
#[derive(Debug, Clone)]
pub struct Conversation {
    scenario: Arc<Scenario>,
    mode: Mode,
    seed: u64,
    identity: Identity,
    now: SimTime,
    mood: i32,
    sentiment: i32,
    pending: Option<Pending>,
    ending: Option<String>,
    /// How many messages have been posted: varies the random draws turn after turn.
    posted: u64,
    transcript: Transcript,
}

impl Conversation {
    /// Starts a run. The seed picks the customer's identity, wordings and delays. The
    /// scenario must have passed validation.
    pub fn new(scenario: Arc<Scenario>, seed: u64, mode: Mode) -> Conversation {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
        let customer = &scenario.customer;
        let pick = rng.random_range(0..=customer.alternates.len());
        let identity = match pick {
            0 => Identity {
                name: customer.name.clone(),
                handle: customer.handle.clone(),
            },
            i => customer.alternates[i - 1].clone(),
        };
        let transcript = Transcript {
            scenario_id: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            seed,
            mode,
            customer_name: identity.name.clone(),
            customer_handle: identity.handle.clone(),
            events: Vec::new(),
            ending: None,
        };
        let mut conversation = Conversation {
            mood: customer.mood,
            sentiment: scenario.onlookers.sentiment,
            scenario: scenario.clone(),
            mode,
            seed,
            identity,
            now: SimTime(0),
            pending: None,
            ending: None,
            posted: 0,
            transcript,
        };
        conversation.go_to(&scenario.start);
        conversation
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn now(&self) -> SimTime {
        self.now
    }

    pub fn mood(&self) -> i32 {
        self.mood
    }

    pub fn sentiment(&self) -> i32 {
        self.sentiment
    }

    /// The customer's identity in this run.
    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// The message awaiting a response, if the conversation has not ended.
    pub fn pending(&self) -> Option<&Pending> {
        self.pending.as_ref()
    }

    /// The ending reached, if any.
    pub fn ending(&self) -> Option<&Ending> {
        self.ending
            .as_deref()
            .and_then(|id| self.scenario.ending(id))
    }

    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    /// The verdicts so far, in order. In assessment mode they are withheld until the end.
    pub fn verdicts(&self) -> Vec<&ReplyVerdict> {
        if self.mode == Mode::Assessment && self.ending.is_none() {
            return Vec::new();
        }
        self.transcript.verdicts().collect()
    }

    /// Fills the placeholders of a scenario text for this run.
    pub fn fill(&self, text: &str) -> String {
        self.scenario.fill(text, &self.identity)
    }

    /// Moves the clock forward, e.g. to a drill's shared time. Never moves it back.
    pub fn advance_to(&mut self, time: SimTime) {
        self.now = self.now.max(time);
    }

    /// Adds an outside post to the transcript at the current time (a drill's injected post).
    pub fn inject(&mut self, handle: &str, text: &str) {
        self.transcript.events.push(Event::OnlookerComment {
            at: self.now,
            handle: handle.to_string(),
            text: self.fill(text),
        });
    }

    /// Responds to the pending message. On success the verdict is recorded, mood and
    /// sentiment move, and the conversation goes to its next turn or ending.
    pub fn respond(&mut self, response: Response, judge: &dyn Judge) -> Result<Step, RespondError> {
        let pending = self.pending.clone().ok_or(RespondError::Ended)?;
        let scenario = self.scenario.clone();
        let Some(turn) = scenario.turn(&pending.turn) else {
            return Err(RespondError::Ended);
        };
        self.check(&response)?;

        let thread = self.transcript.thread_messages();
        let verdict = judge.judge(&JudgeInput {
            scenario: &scenario,
            turn,
            customer_text: &pending.text,
            customer_name: &pending.from_name,
            thread: &thread,
            action: &response.action,
            reply: &response.reply,
            response_secs: response.response_secs,
        });

        self.now = self.now.plus_secs(response.response_secs);
        let from_customer = turn.from == CUSTOMER;
        let (mood_delta, sentiment_delta) =
            reaction(&scenario, turn, &response.action, &verdict, from_customer);
        if from_customer {
            self.mood = clamp_mood(self.mood + mood_delta);
        }
        self.sentiment = clamp_mood(self.sentiment + sentiment_delta);

        let branch = turn
            .next
            .iter()
            .find(|b| self.holds(&b.when, &response.action, &verdict))
            .or(turn.next.last())
            .expect("validated scenarios have a fallback branch");
        if from_customer {
            self.mood = clamp_mood(self.mood + branch.mood);
        }
        self.sentiment = clamp_mood(self.sentiment + branch.sentiment);

        self.transcript.events.push(Event::Response {
            at: self.now,
            turn: turn.id.clone(),
            visibility: response.action.reply_visibility(turn.visibility),
            action: response.action.clone(),
            reply: response.reply.clone(),
            response_secs: response.response_secs,
            trainee: response.trainee.clone(),
            verdict: verdict.clone(),
            mood: self.mood,
            sentiment: self.sentiment,
        });
        self.pending = None;
        self.go_to(&branch.goto);

        let next = match (&self.pending, self.ending()) {
            (Some(message), _) => Next::Message(message.clone()),
            (None, Some(ending)) => Next::Ended(ending.clone()),
            (None, None) => unreachable!("go_to always posts a message or ends"),
        };
        Ok(Step {
            verdict: (self.mode == Mode::Practice).then_some(verdict),
            mood: self.mood,
            sentiment: self.sentiment,
            next,
        })
    }

    fn check(&self, response: &Response) -> Result<(), RespondError> {
        let takes_reply = response.action.takes_reply();
        if takes_reply && response.reply.trim().is_empty() {
            return Err(RespondError::EmptyReply);
        }
        if !takes_reply && !response.reply.trim().is_empty() {
            return Err(RespondError::ReplyNotSent);
        }
        let chars = response.reply.chars().count();
        let limit = self.scenario.channel.reply_limit;
        if chars > limit as usize {
            return Err(RespondError::TooLong { chars, limit });
        }
        if let Action::Escalate(team) = &response.action
            && self.scenario.route(team).is_none()
        {
            return Err(RespondError::UnknownTeam(team.clone()));
        }
        Ok(())
    }

    fn holds(&self, conditions: &[Condition], action: &Action, verdict: &ReplyVerdict) -> bool {
        conditions.iter().all(|condition| match condition {
            Condition::Action(kind) => action.kind() == *kind,
            Condition::EscalatedTo(team) => action.team() == Some(team.as_str()),
            Condition::GradeAtLeast(grade) => verdict.grade >= *grade,
            Condition::GradeAtMost(grade) => verdict.grade <= *grade,
            Condition::Claimed(claim) => verdict.claims.iter().any(|c| c == claim),
            Condition::LeakedPrivateData => verdict.leaked_private_data,
            Condition::MoodAtMost(m) => self.mood <= *m,
            Condition::MoodAtLeast(m) => self.mood >= *m,
            Condition::SentimentAtMost(s) => self.sentiment <= *s,
        })
    }

    /// Posts the turn's message after its delay, or records the ending.
    fn go_to(&mut self, id: &str) {
        let scenario = self.scenario.clone();
        if let Some(turn) = scenario.turn(id) {
            let mut rng = Xoshiro256PlusPlus::seed_from_u64(
                self.seed ^ (self.posted + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15),
            );
            self.posted += 1;
            let spread = rng.random_range(0..=turn.delay_spread);
            self.now = self.now.plus_secs((turn.delay + spread) * 60);
            let wording = rng.random_range(0..=turn.variants.len());
            let text = match wording {
                0 => &turn.text,
                i => &turn.variants[i - 1],
            };
            let (from_name, from_handle) = match scenario.persona(&turn.from) {
                Some(persona) => (persona.name.clone(), persona.handle.clone()),
                None => (self.identity.name.clone(), self.identity.handle.clone()),
            };
            let pending = Pending {
                turn: turn.id.clone(),
                from_name,
                from_handle,
                visibility: turn.visibility,
                text: self.fill(text),
                at: self.now,
            };
            self.transcript.events.push(Event::Message(pending.clone()));
            for comment in scenario
                .onlookers
                .comments
                .iter()
                .filter(|c| c.after == turn.id)
            {
                self.transcript.events.push(Event::OnlookerComment {
                    at: self.now,
                    handle: comment.handle.clone(),
                    text: self.fill(&comment.text),
                });
            }
            self.pending = Some(pending);
        } else if let Some(ending) = scenario.ending(id) {
            self.ending = Some(ending.id.clone());
            self.transcript.ending = Some(ending.id.clone());
            self.transcript.events.push(Event::Ended {
                at: self.now,
                ending: ending.id.clone(),
                kind: ending.kind,
                title: ending.title.clone(),
            });
        }
    }
}

fn clamp_mood(value: i32) -> i32 {
    value.clamp(*MOOD_RANGE.start(), *MOOD_RANGE.end())
}

/// How the customer and the onlookers react to a response, before the branch's own effect.
///
/// The customer feels the quality of the reply; onlookers only see what happens in public:
/// a good public answer reassures them, a poor one or a hidden genuine complaint does not.
fn reaction(
    scenario: &Scenario,
    turn: &Turn,
    action: &Action,
    verdict: &ReplyVerdict,
    from_customer: bool,
) -> (i32, i32) {
    let grade_effect = match verdict.grade {
        Grade::Good => 1,
        Grade::Fair => 0,
        Grade::Poor => -1,
    };
    let poster = scenario.poster_kind(turn);
    let genuine = !matches!(poster, PosterKind::Troll | PosterKind::Rager);
    let mut mood = grade_effect;
    let mut sentiment = 0;
    match action.reply_visibility(turn.visibility) {
        Some(Visibility::Public) => sentiment += grade_effect,
        Some(Visibility::Dm) => {}
        None => {
            if genuine && turn.visibility == Visibility::Public {
                // Silence or censorship in front of everyone, towards someone with a point.
                sentiment -= 1;
                if *action == Action::Hide {
                    mood -= 1;
                }
            }
        }
    }
    if verdict.leaked_private_data {
        mood -= 1;
        sentiment -= 1;
    }
    if !from_customer {
        mood = 0;
    }
    (mood, sentiment)
}

#[cfg(test)]
mod tests;
