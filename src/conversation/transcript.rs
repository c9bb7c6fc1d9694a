//! The record of a run: every message, response, verdict and the ending, in order. It is
//! what the debrief shows, what the app saves after every turn, and what is exported.

use serde::{Deserialize, Serialize};

use super::{Mode, Pending, SimTime};
use crate::scenario::model::{Action, EndingKind, Visibility};
use crate::scoring::{ReplyVerdict, ThreadMessage};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub scenario_id: String,
    pub scenario_title: String,
    pub seed: u64,
    pub mode: Mode,
    pub customer_name: String,
    pub customer_handle: String,
    pub events: Vec<Event>,
    /// The ending reached, once there is one.
    pub ending: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A message from the customer or a persona, awaiting a response.
    Message(Pending),
    /// An onlooker's comment in the public thread.
    OnlookerComment {
        at: SimTime,
        handle: String,
        text: String,
    },
    /// The trainee's response and its verdict.
    Response {
        at: SimTime,
        turn: String,
        action: Action,
        /// Where the reply was seen; `None` for hide and monitor.
        visibility: Option<Visibility>,
        reply: String,
        response_secs: u32,
        trainee: Option<String>,
        verdict: ReplyVerdict,
        /// Customer mood and public sentiment after the response.
        mood: i32,
        sentiment: i32,
    },
    Ended {
        at: SimTime,
        ending: String,
        kind: EndingKind,
        title: String,
    },
}

impl Transcript {
    /// All verdicts, in order, regardless of mode (the caller decides what to show).
    pub fn verdicts(&self) -> impl Iterator<Item = &ReplyVerdict> {
        self.events.iter().filter_map(|e| match e {
            Event::Response { verdict, .. } => Some(verdict),
            _ => None,
        })
    }

    /// The messages exchanged so far, as context for a judge.
    pub fn thread_messages(&self) -> Vec<ThreadMessage> {
        self.events
            .iter()
            .filter_map(|e| match e {
                Event::Message(m) => Some(ThreadMessage {
                    from_customer: true,
                    text: m.text.clone(),
                }),
                Event::Response { reply, .. } if !reply.is_empty() => Some(ThreadMessage {
                    from_customer: false,
                    text: reply.clone(),
                }),
                _ => None,
            })
            .collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a transcript always serialises")
    }

    pub fn from_json(text: &str) -> Result<Transcript, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The first line of the plain-text rendering.
    pub fn header(&self) -> String {
        format!(
            "# {} ({}), seed {}, customer {} {}\n",
            self.scenario_title,
            self.scenario_id,
            self.seed,
            self.customer_name,
            self.customer_handle
        )
    }

    /// A plain-text rendering, stable byte for byte for the same run. `with_verdicts`
    /// false hides the verdicts (assessment mode before the end).
    pub fn to_text(&self, with_verdicts: bool) -> String {
        let mut out = self.header();
        for event in &self.events {
            out += &event.to_text(with_verdicts);
        }
        out
    }
}

impl Event {
    /// One event as text lines, as the terminal shows it.
    pub fn to_text(&self, with_verdicts: bool) -> String {
        let mut out = String::new();
        match self {
            Event::Message(m) => {
                let place = match m.visibility {
                    Visibility::Public => "public",
                    Visibility::Dm => "DM",
                };
                out += &format!(
                    "[{}] {} {} ({place}): {}\n",
                    m.at, m.from_name, m.from_handle, m.text
                );
            }
            Event::OnlookerComment { at, handle, text } => {
                out += &format!("[{at}] {handle} (public): {text}\n");
            }
            Event::Response {
                at,
                action,
                reply,
                response_secs,
                verdict,
                mood,
                sentiment,
                ..
            } => {
                out += &format!("[{at}] you, {action}, after {response_secs}s");
                if reply.is_empty() {
                    out += "\n";
                } else {
                    out += &format!(": {reply}\n");
                }
                if with_verdicts {
                    let s = &verdict.scores;
                    out += &format!(
                        "    verdict: {} (empathy {}, accuracy {}, escalation {}, timeliness {}, tone {}); mood {mood:+}, sentiment {sentiment:+}\n",
                        verdict.grade.label(),
                        opt(s.empathy),
                        opt(s.accuracy),
                        s.escalation,
                        opt(s.timeliness),
                        opt(s.tone)
                    );
                    for e in &verdict.evidence {
                        let quote = if e.quote.is_empty() {
                            String::new()
                        } else {
                            format!(" \"{}\"", e.quote)
                        };
                        out += &format!(
                            "      {:+} {}{quote}: {}\n",
                            e.points, e.rule, e.explanation
                        );
                    }
                }
            }
            Event::Ended {
                at, ending, title, ..
            } => {
                out += &format!("[{at}] ending: {title} ({ending})\n");
            }
        }
        out
    }
}

fn opt(score: Option<u8>) -> String {
    score.map_or_else(|| "-".to_string(), |s| s.to_string())
}
