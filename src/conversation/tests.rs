//! Engine tests on a small scenario, judged by `ActionOnlyJudge` so they do not depend on
//! the text scorer.

use super::*;
use crate::scoring::ActionOnlyJudge;

fn tiny() -> Arc<Scenario> {
    let text = include_str!("../../tests/data/tiny.ron");
    Arc::new(crate::scenario::load_str("tiny.ron", text).expect("tiny.ron is valid"))
}

fn reply(action: Action, text: &str) -> Response {
    Response::new(action, text, 300)
}

#[test]
fn the_right_actions_reach_the_resolved_ending() {
    let mut c = Conversation::new(tiny(), 7, Mode::Practice);
    assert_eq!(c.pending().unwrap().turn, "late");
    let step = c
        .respond(reply(Action::AskDm, "Sorry! DM us?"), &ActionOnlyJudge)
        .unwrap();
    assert!(step.verdict.is_some());
    assert!(matches!(step.next, Next::Message(ref m) if m.turn == "details"));
    let step = c
        .respond(
            reply(Action::ReplyDm, "Thursday before noon."),
            &ActionOnlyJudge,
        )
        .unwrap();
    assert!(matches!(step.next, Next::Ended(ref e) if e.id == "resolved"));
    assert_eq!(c.ending().unwrap().id, "resolved");
    assert_eq!(
        c.respond(reply(Action::ReplyDm, "x"), &ActionOnlyJudge),
        Err(RespondError::Ended)
    );
}

#[test]
fn silence_loses_the_customer_and_moves_sentiment() {
    let mut c = Conversation::new(tiny(), 7, Mode::Practice);
    let before = c.sentiment();
    let step = c
        .respond(reply(Action::Monitor, ""), &ActionOnlyJudge)
        .unwrap();
    assert!(matches!(step.next, Next::Ended(ref e) if e.id == "lost"));
    assert!(
        c.sentiment() < before,
        "ignoring a genuine public complaint costs sentiment"
    );
}

#[test]
fn a_poor_reply_takes_the_fallback_with_its_mood_effect() {
    let mut c = Conversation::new(tiny(), 7, Mode::Practice);
    let start = c.mood();
    c.respond(
        reply(Action::ReplyPublic, "Check the tracking."),
        &ActionOnlyJudge,
    )
    .unwrap();
    assert_eq!(c.pending().unwrap().turn, "details");
    // Poor grade (-1) plus the fallback branch's own -1.
    assert_eq!(c.mood(), (start - 2).max(-3));
}

#[test]
fn invalid_responses_are_refused_without_changing_anything() {
    let mut c = Conversation::new(tiny(), 7, Mode::Practice);
    let before = c.transcript().clone();
    assert_eq!(
        c.respond(reply(Action::AskDm, "  "), &ActionOnlyJudge),
        Err(RespondError::EmptyReply)
    );
    assert_eq!(
        c.respond(reply(Action::Monitor, "hello"), &ActionOnlyJudge),
        Err(RespondError::ReplyNotSent)
    );
    let long = "x".repeat(281);
    assert_eq!(
        c.respond(reply(Action::ReplyPublic, &long), &ActionOnlyJudge),
        Err(RespondError::TooLong {
            chars: 281,
            limit: 280
        })
    );
    assert_eq!(
        c.respond(
            reply(Action::Escalate("legal".into()), "x"),
            &ActionOnlyJudge
        ),
        Err(RespondError::UnknownTeam("legal".into()))
    );
    assert_eq!(c.transcript(), &before);
}

#[test]
fn the_same_seed_and_inputs_give_the_same_transcript() {
    let run = |seed| {
        let mut c = Conversation::new(tiny(), seed, Mode::Practice);
        c.respond(reply(Action::AskDm, "Sorry {name}"), &ActionOnlyJudge)
            .unwrap();
        c.respond(reply(Action::ReplyDm, "Thursday"), &ActionOnlyJudge)
            .unwrap();
        c.transcript().to_json()
    };
    assert_eq!(run(42), run(42));
    let differs = (0..20).any(|seed| run(seed) != run(42));
    assert!(differs, "seeds vary names, wordings or timing");
}

#[test]
fn the_seed_picks_identity_and_fills_placeholders() {
    let names: std::collections::HashSet<String> = (0..40)
        .map(|seed| {
            Conversation::new(tiny(), seed, Mode::Practice)
                .identity()
                .name
                .clone()
        })
        .collect();
    assert_eq!(
        names.len(),
        2,
        "both identities appear over 40 seeds: {names:?}"
    );
    let c = Conversation::new(tiny(), 3, Mode::Practice);
    assert_eq!(
        c.fill("Hi {name} from {brand}"),
        format!("Hi {} from Parcelo", c.identity().name)
    );
}

#[test]
fn the_clock_adds_response_time_and_delays() {
    let mut c = Conversation::new(tiny(), 1, Mode::Practice);
    let first = c.pending().unwrap().at;
    assert!(first.minutes() <= 3, "start delay 0 + spread up to 3");
    c.respond(reply(Action::AskDm, "DM us"), &ActionOnlyJudge)
        .unwrap();
    let second = c.pending().unwrap().at;
    assert_eq!(second.0, first.0 + 300 + 4 * 60);
}

#[test]
fn assessment_mode_withholds_verdicts_until_the_end() {
    let mut c = Conversation::new(tiny(), 1, Mode::Assessment);
    let step = c
        .respond(reply(Action::AskDm, "DM us"), &ActionOnlyJudge)
        .unwrap();
    assert!(step.verdict.is_none());
    assert!(c.verdicts().is_empty());
    c.respond(reply(Action::ReplyDm, "Thursday"), &ActionOnlyJudge)
        .unwrap();
    assert_eq!(c.verdicts().len(), 2);
}

#[test]
fn onlooker_comments_follow_their_turn_and_injections_land_on_the_clock() {
    let mut c = Conversation::new(tiny(), 1, Mode::Practice);
    assert!(
        c.transcript()
            .events
            .iter()
            .any(|e| matches!(e, Event::OnlookerComment { handle, .. } if handle == "@bob"))
    );
    c.advance_to(SimTime(10_000));
    c.inject("@press", "Any comment, {brand}?");
    assert!(
        matches!(c.transcript().events.last(), Some(Event::OnlookerComment { at: SimTime(10_000), text, .. }) if text == "Any comment, Parcelo?")
    );
    c.advance_to(SimTime(5));
    assert_eq!(c.now(), SimTime(10_000), "the clock never goes back");
}

#[test]
fn transcripts_round_trip_through_json() {
    let mut c = Conversation::new(tiny(), 9, Mode::Practice);
    c.respond(reply(Action::AskDm, "DM us"), &ActionOnlyJudge)
        .unwrap();
    let json = c.transcript().to_json();
    assert_eq!(&Transcript::from_json(&json).unwrap(), c.transcript());
}
