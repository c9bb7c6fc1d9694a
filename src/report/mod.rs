//! The debrief of a finished (or abandoned) run: the ending, scores per dimension, each
//! turn with its verdict and evidence, and for weak turns a better reply taken from the
//! scenario's golden replies. Built from a transcript, so a saved run can be debriefed
//! again later; shown by the terminal and the app, exported as JSON.

use serde::Serialize;

use crate::conversation::{Event, Pending, Transcript};
use crate::scenario::model::{Action, EndingKind, Grade, Scenario};
use crate::scoring::ReplyVerdict;
use crate::scoring::recovery::{Recovery, RecoveryStep};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Debrief {
    pub scenario_id: String,
    pub scenario_title: String,
    pub ending: Option<EndingSummary>,
    /// Averages over the turns, per dimension; `None` where no turn was scored on it.
    pub averages: Averages,
    pub turns: Vec<TurnReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingSummary {
    pub id: String,
    pub kind: EndingKind,
    pub success: bool,
    pub title: String,
    pub debrief: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Averages {
    pub empathy: Option<u8>,
    pub accuracy: Option<u8>,
    pub escalation: Option<u8>,
    pub timeliness: Option<u8>,
    pub tone: Option<u8>,
}

/// One turn of the run as the debrief shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnReport {
    pub message: Pending,
    pub action: Action,
    pub reply: String,
    pub response_secs: u32,
    pub verdict: ReplyVerdict,
    /// The actions the scenario's author considers right here, and why.
    pub expected_actions: Vec<Action>,
    pub why: String,
    /// A better reply when this one was not good: the author's good golden reply.
    pub better: Option<BetterReply>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetterReply {
    pub action: Action,
    pub reply: String,
    pub note: String,
}

impl TurnReport {
    pub fn is_weak(&self) -> bool {
        self.verdict.grade < Grade::Good
    }

    /// The author's reasons for a weak turn, unless an explanation in the evidence already
    /// says them (the scorer adds them to the escalation evidence): the debrief shows them
    /// once.
    pub fn why_to_show(&self) -> Option<&str> {
        let why = self.why.trim();
        let said = self
            .verdict
            .evidence
            .iter()
            .any(|e| e.explanation.contains(why));
        (self.is_weak() && !why.is_empty() && !said).then_some(why)
    }
}

impl Debrief {
    /// Builds the debrief of `transcript`, a run of `scenario`. Texts are filled with the
    /// run's customer name.
    pub fn build(scenario: &Scenario, transcript: &Transcript) -> Debrief {
        let identity = crate::scenario::model::Identity {
            name: transcript.customer_name.clone(),
            handle: transcript.customer_handle.clone(),
        };
        let fill = |text: &str| scenario.fill(text, &identity);
        let mut turns = Vec::new();
        let mut last_message: Option<&Pending> = None;
        for event in &transcript.events {
            match event {
                Event::Message(message) => last_message = Some(message),
                Event::Response {
                    turn,
                    action,
                    reply,
                    response_secs,
                    verdict,
                    ..
                } => {
                    let Some(message) = last_message.filter(|m| &m.turn == turn) else {
                        continue;
                    };
                    let spec = scenario.turn(turn);
                    let better = (verdict.grade < Grade::Good)
                        .then(|| {
                            spec.and_then(|t| {
                                // Prefer a good reply with the same action, so the advice is
                                // about the words; else the first good one.
                                let good = || t.golden.iter().filter(|g| g.grade == Grade::Good);
                                good()
                                    .find(|g| &g.action == action)
                                    .or_else(|| good().next())
                            })
                        })
                        .flatten()
                        .map(|g| BetterReply {
                            action: g.action.clone(),
                            reply: fill(&g.reply),
                            note: g.note.clone(),
                        });
                    turns.push(TurnReport {
                        message: message.clone(),
                        action: action.clone(),
                        reply: reply.clone(),
                        response_secs: *response_secs,
                        verdict: verdict.clone(),
                        expected_actions: spec
                            .map(|t| t.expect.actions.clone())
                            .unwrap_or_default(),
                        why: spec.map(|t| t.expect.why.clone()).unwrap_or_default(),
                        better,
                    });
                }
                _ => {}
            }
        }
        let ending = transcript
            .ending
            .as_deref()
            .and_then(|id| scenario.ending(id))
            .map(|e| EndingSummary {
                id: e.id.clone(),
                kind: e.kind,
                success: e.kind.is_success(),
                title: e.title.clone(),
                debrief: fill(&e.debrief),
            });
        let average = |pick: fn(&ReplyVerdict) -> Option<u8>| {
            let values: Vec<u32> = turns
                .iter()
                .filter_map(|t| pick(&t.verdict))
                .map(u32::from)
                .collect();
            (!values.is_empty())
                .then(|| (values.iter().sum::<u32>() as f64 / values.len() as f64).round() as u8)
        };
        let averages = Averages {
            empathy: average(|v| v.scores.empathy),
            accuracy: average(|v| v.scores.accuracy),
            escalation: average(|v| Some(v.scores.escalation)),
            timeliness: average(|v| v.scores.timeliness),
            tone: average(|v| v.scores.tone),
        };
        Debrief {
            scenario_id: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            ending,
            averages,
            turns,
        }
    }

    /// The export file: the transcript and this debrief, as one JSON document.
    pub fn export_json(&self, transcript: &Transcript) -> String {
        #[derive(Serialize)]
        struct Export<'a> {
            format: &'static str,
            transcript: &'a Transcript,
            debrief: &'a Debrief,
        }
        serde_json::to_string_pretty(&Export {
            format: "frontline-run-v1",
            transcript,
            debrief: self,
        })
        .expect("a debrief always serialises")
    }

    /// The debrief as plain text, for the terminal.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        match &self.ending {
            Some(e) => {
                let mark = if e.success {
                    "well done"
                } else {
                    "not this time"
                };
                out += &format!("== Ending: {} ({mark}) ==\n{}\n", e.title, e.debrief);
            }
            None => out += "== The run stopped before an ending ==\n",
        }
        let a = &self.averages;
        let show = |v: Option<u8>| v.map_or("-".to_string(), |v| format!("{v}/100"));
        out += &format!(
            "\nScores: empathy {}, accuracy {}, escalation {}, timeliness {}, tone {}\n",
            show(a.empathy),
            show(a.accuracy),
            show(a.escalation),
            show(a.timeliness),
            show(a.tone)
        );
        for (n, turn) in self.turns.iter().enumerate() {
            out += &format!(
                "\nTurn {}: {} ({})\n  you: {}{}\n",
                n + 1,
                turn.message.text,
                turn.verdict.grade.label(),
                turn.action,
                if turn.reply.is_empty() {
                    String::new()
                } else {
                    format!(": {}", turn.reply)
                }
            );
            for e in &turn.verdict.evidence {
                let quote = if e.quote.is_empty() {
                    String::new()
                } else {
                    format!(" \"{}\"", e.quote)
                };
                out += &format!("    {:+} {}{quote}: {}\n", e.points, e.rule, e.explanation);
                if let Some(better) = e.better.as_deref().filter(|_| e.points < 0) {
                    out += &format!("       try: {better}\n");
                }
            }
            if let Some(recovery) = &turn.verdict.recovery {
                out += &recovery_line(recovery, &turn.reply);
            }
            if let Some(better) = &turn.better {
                out += &format!("  a better reply ({}): {}\n", better.action, better.reply);
                if !better.note.is_empty() {
                    out += &format!("    why: {}\n", better.note);
                }
            }
        }
        out
    }
}

/// The recovery steps of a reply to a customer in crisis, as one line of the terminal's
/// debrief: each step taken with its quote, each missing one with a dash.
pub fn recovery_line(recovery: &Recovery, reply: &str) -> String {
    let steps: Vec<String> = recovery
        .steps()
        .into_iter()
        .map(|(step, at)| {
            let name = match step {
                RecoveryStep::Hear => "heard them",
                RecoveryStep::Apologise => "apologised",
                RecoveryStep::Resolve => "resolved",
                RecoveryStep::Thank => "thanked",
            };
            match at.and_then(|s| reply.get(s.start..s.end)) {
                Some(quote) => format!("{name} ✓ \"{quote}\""),
                None => format!("{name} –"),
            }
        })
        .collect();
    let order = if recovery.fix_first {
        " (the fix came first)"
    } else {
        ""
    };
    format!("  recovery{order}: {}\n", steps.join(" · "))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::conversation::{Conversation, Mode, Response};
    use crate::scoring::ActionOnlyJudge;

    #[test]
    fn weak_turns_get_the_authors_better_reply() {
        let text = include_str!("../../tests/data/tiny.ron");
        let scenario = Arc::new(crate::scenario::load_str("tiny.ron", text).unwrap());
        let mut run = Conversation::new(scenario.clone(), 3, Mode::Practice);
        run.respond(
            Response::new(Action::ReplyPublic, "Check tracking", 60),
            &ActionOnlyJudge,
        )
        .unwrap();
        run.respond(
            Response::new(Action::ReplyDm, "Thursday", 60),
            &ActionOnlyJudge,
        )
        .unwrap();
        let debrief = Debrief::build(&scenario, run.transcript());
        assert_eq!(debrief.turns.len(), 2);
        let first = &debrief.turns[0];
        assert!(first.is_weak());
        let better = first.better.as_ref().expect("a good golden reply exists");
        assert_eq!(better.action, Action::AskDm);
        assert!(
            better.reply.contains(&run.identity().name),
            "placeholders are filled"
        );
        assert!(
            debrief.turns[1].better.is_none(),
            "a good turn needs no better reply"
        );
        assert_eq!(debrief.averages.escalation, Some(50));
        let mut weak = first.clone();
        weak.why = "Tracking numbers go by DM.".into();
        assert_eq!(weak.why_to_show(), Some("Tracking numbers go by DM."));
        weak.verdict.evidence[0].explanation += " Tracking numbers go by DM.";
        assert_eq!(weak.why_to_show(), None, "already said in the evidence");
        assert_eq!(debrief.ending.as_ref().unwrap().id, "resolved");
        let json = debrief.export_json(run.transcript());
        assert!(json.contains("frontline-run-v1"));
        assert!(debrief.to_text().contains("a better reply (ask-dm)"));
    }
}
