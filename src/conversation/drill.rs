//! A crisis drill: several conversation threads on one simulated clock, with posts injected
//! on a timeline, answered by one or more trainees.
//!
//! The drill owns the clock; each thread is an ordinary `Conversation` that the drill keeps
//! in step. This is the shape the drill mode builds on; the engine needed no change for it.

use std::sync::Arc;

use super::{Conversation, Mode, Response, SimTime, Step};
use crate::scenario::model::Scenario;
use crate::scoring::Judge;

/// A post that appears in a thread at a given time, whatever the trainees do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Injection {
    pub at: SimTime,
    /// Index of the thread it lands in.
    pub thread: usize,
    pub handle: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Drill {
    now: SimTime,
    threads: Vec<Conversation>,
    /// Injections not yet posted, sorted by time.
    timeline: Vec<Injection>,
}

impl Drill {
    /// One thread per scenario, each with its own seed derived from `seed`.
    pub fn new(
        scenarios: &[Arc<Scenario>],
        seed: u64,
        mode: Mode,
        mut timeline: Vec<Injection>,
    ) -> Drill {
        let threads = scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| Conversation::new(s.clone(), seed.wrapping_add(i as u64), mode))
            .collect();
        timeline.sort_by_key(|i| i.at);
        Drill {
            now: SimTime(0),
            threads,
            timeline,
        }
    }

    pub fn now(&self) -> SimTime {
        self.now
    }

    pub fn threads(&self) -> &[Conversation] {
        &self.threads
    }

    /// Moves the shared clock to `time`, posting every injection due by then.
    pub fn advance_to(&mut self, time: SimTime) {
        self.now = self.now.max(time);
        let due = self.timeline.partition_point(|i| i.at <= self.now);
        for injection in self.timeline.drain(..due) {
            if let Some(thread) = self.threads.get_mut(injection.thread) {
                thread.advance_to(injection.at);
                thread.inject(&injection.handle, &injection.text);
            }
        }
        for thread in &mut self.threads {
            thread.advance_to(self.now);
        }
    }

    /// A trainee responds in one thread; the shared clock follows the thread's clock.
    pub fn respond(
        &mut self,
        thread: usize,
        response: Response,
        judge: &dyn Judge,
    ) -> Option<Result<Step, super::RespondError>> {
        let conversation = self.threads.get_mut(thread)?;
        let result = conversation.respond(response, judge);
        let time = conversation.now();
        self.advance_to(time);
        Some(result)
    }

    /// Whether every thread has reached an ending.
    pub fn finished(&self) -> bool {
        self.threads.iter().all(|t| t.ending().is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::Event;
    use crate::scenario::model::Action;
    use crate::scoring::ActionOnlyJudge;

    fn tiny() -> Arc<Scenario> {
        let text = include_str!("../../tests/data/tiny.ron");
        Arc::new(crate::scenario::load_str("tiny.ron", text).unwrap())
    }

    #[test]
    fn threads_share_one_clock_and_injections_land_on_time() {
        let timeline = vec![
            Injection {
                at: SimTime(600),
                thread: 1,
                handle: "@press".into(),
                text: "Statement, {brand}?".into(),
            },
            Injection {
                at: SimTime(60),
                thread: 0,
                handle: "@bob".into(),
                text: "Me too".into(),
            },
        ];
        let mut drill = Drill::new(&[tiny(), tiny()], 5, Mode::Practice, timeline);
        let mut alice = Response::new(Action::AskDm, "Sorry, DM us?", 900);
        alice.trainee = Some("alice".into());
        drill.respond(0, alice, &ActionOnlyJudge).unwrap().unwrap();
        assert!(drill.now() >= SimTime(900));
        assert!(
            drill.threads().iter().all(|t| t.now() == drill.now()),
            "every thread follows the shared clock"
        );
        let injected = |t: usize, handle: &str| {
            drill.threads()[t]
                .transcript()
                .events
                .iter()
                .any(|e| matches!(e, Event::OnlookerComment { handle: h, .. } if h == handle))
        };
        assert!(injected(0, "@bob") && injected(1, "@press"));
        let by_alice = drill.threads()[0]
            .transcript()
            .events
            .iter()
            .any(|e| matches!(e, Event::Response { trainee: Some(t), .. } if t == "alice"));
        assert!(by_alice, "responses carry the trainee who wrote them");
        assert!(!drill.finished());
    }
}
