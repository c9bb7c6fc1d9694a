//! The service-recovery sequence (HEARD, LAST) of a reply to a customer in crisis: the
//! verdict shows which steps the reply takes (hear, apologise, resolve, thank) and where,
//! and a reply that gives the fix before any word of hearing or apology loses points
//! (`empathy.recovery_order`), quoting the fix. The same reply with the person first is not
//! charged. Replies written for this project, in each scenario's language.

use frontline::scenario::Action;
use frontline::scenario::model::EmpathyNeed;
use frontline::scoring::ReplyVerdict;

mod common;
use common::{judge, scenario};

fn out_of_order(verdict: &ReplyVerdict) -> Option<&str> {
    verdict
        .evidence
        .iter()
        .find(|e| e.rule == "empathy.recovery_order")
        .map(|e| e.quote.as_str())
}

#[test]
fn the_fix_before_the_person_loses_points_in_every_language() {
    for (file, turn, fix_first, person_first, fix) in [
        (
            "cancelled_flight.ron",
            "outrage",
            "I've booked you on VL 318 at 09:50, landing 11:35. So sorry, missing your sister's wedding would be awful. DM us and I'll send the details. ^JM",
            "So sorry, missing your sister's wedding would be awful. I've booked you on VL 318 at 09:50, landing 11:35. DM us and I'll send the details. ^JM",
            "I've booked you on VL 318 at 09:50",
        ),
        (
            "train_annule.ron",
            "colere",
            "Je vous réserve une place sur l'IC 4735, départ 20h52, arrivée 00h19. Toutes nos excuses, la veille des obsèques de votre grand-mère. Écrivez-nous en privé. ^CL",
            "Toutes nos excuses, la veille des obsèques de votre grand-mère. Je vous réserve une place sur l'IC 4735, départ 20h52, arrivée 00h19. Écrivez-nous en privé. ^CL",
            "Je vous réserve une place sur l'IC 4735",
        ),
        (
            "kapotte_fiets.ron",
            "klacht",
            "Hoi Lotte, ik stuur je vandaag een nieuwe accu. Sorry, net nu je de fiets nodig hebt voor je werk. Stuur me even een privébericht. Groetjes, Joris",
            "Hoi Lotte, sorry, net nu je de fiets nodig hebt voor je werk. Ik stuur je vandaag een nieuwe accu. Stuur me even een privébericht. Groetjes, Joris",
            "ik stuur je vandaag een nieuwe accu",
        ),
    ] {
        let scenario = scenario(file);
        assert_eq!(
            scenario.turn(turn).unwrap().expect.empathy,
            EmpathyNeed::High
        );
        let action = Action::AskDm;
        let wrong = judge(&scenario, turn, &action, fix_first);
        let right = judge(&scenario, turn, &action, person_first);
        let quote = out_of_order(&wrong).unwrap_or_else(|| panic!("{file}: {:?}", wrong.evidence));
        assert!(quote.starts_with(fix), "{file}: {quote:?}");
        let steps = wrong.recovery.expect("a crisis turn reads the recovery");
        assert!(steps.fix_first, "{file}: {steps:?}");
        assert_eq!(out_of_order(&right), None, "{file}: {:?}", right.evidence);
        let steps = right.recovery.expect("a crisis turn reads the recovery");
        assert!(!steps.fix_first, "{file}: {steps:?}");
        assert!(
            steps.hear.is_some() && steps.apologise.is_some() && steps.resolve.is_some(),
            "{file}: {steps:?}"
        );
        assert!(
            right.scores.empathy > wrong.scores.empathy,
            "{file}: {:?} against {:?}",
            right.scores,
            wrong.scores
        );
    }
}

#[test]
fn only_a_customer_in_crisis_is_held_to_the_sequence() {
    let scenario = scenario("cancelled_flight.ron");
    let turn = scenario
        .turns
        .iter()
        .find(|t| t.expect.empathy == EmpathyNeed::Low || t.expect.empathy == EmpathyNeed::Medium)
        .expect("a turn that is no crisis");
    let action = turn.expect.actions[0].clone();
    let verdict = judge(
        &scenario,
        &turn.id,
        &action,
        "I've booked you on VL 318 at 09:50. So sorry about the wait. ^JM",
    );
    assert_eq!(verdict.recovery, None);
    assert_eq!(out_of_order(&verdict), None, "{:?}", verdict.evidence);
}

#[test]
fn the_terminal_debrief_lists_the_steps_with_their_quotes() {
    let scenario = scenario("cancelled_flight.ron");
    let reply = "I've booked you on VL 318 at 09:50. So sorry, missing your sister's wedding would be awful. ^JM";
    let verdict = judge(&scenario, "outrage", &Action::AskDm, reply);
    let steps = verdict.recovery.expect("recovery");
    let line = frontline::report::recovery_line(&steps, reply);
    assert!(line.contains("(the fix came first)"), "{line}");
    assert!(
        line.contains("resolved ✓ \"I've booked you on VL 318 at 09:50\""),
        "{line}"
    );
    assert!(line.contains("thanked –"), "{line}");
}
