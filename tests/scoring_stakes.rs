//! A customer in crisis (a turn whose empathy need is High) needs more than "we are
//! sorry": what is at stake for them, in their words (the wedding, the funeral, the bike
//! they need for work). A bare apology loses points (`empathy.nothing_personal`) and is
//! fair at best; the same reply naming their stakes is not charged. Replies written for
//! this project, in each scenario's language.

use frontline::scenario::Action;
use frontline::scenario::model::{EmpathyNeed, Grade};
use frontline::scoring::ReplyVerdict;

mod common;
use common::{judge, scenario};

fn bare(verdict: &ReplyVerdict) -> bool {
    verdict
        .evidence
        .iter()
        .any(|e| e.rule == "empathy.nothing_personal")
}

#[test]
fn a_bare_apology_to_someone_in_crisis_is_fair_at_best_in_every_language() {
    for (file, turn, bare_reply, personal_reply) in [
        (
            "cancelled_flight.ron",
            "outrage",
            "We are sorry. VL 318 leaves Brussels 09:50 and lands in Lisbon 11:35. DM us and I'll hold two seats now. ^JM",
            "We are sorry, the night before your sister's wedding. VL 318 leaves Brussels 09:50 and lands in Lisbon 11:35. DM us and I'll hold two seats now. ^JM",
        ),
        (
            "train_annule.ron",
            "colere",
            "Toutes nos excuses. L'IC 4735 part de Bercy à 20h52 et arrive à Clermont à 00h19. Écrivez-nous en privé, je vous réserve une place tout de suite. ^CL",
            "Toutes nos excuses, la veille des obsèques de votre grand-mère. L'IC 4735 part de Bercy à 20h52 et arrive à Clermont à 00h19. Écrivez-nous en privé, je vous réserve une place tout de suite. ^CL",
        ),
        (
            "kapotte_fiets.ron",
            "klacht",
            "Hoi Lotte, sorry hiervoor. Ik heb je net een privébericht gestuurd, dan regelen we het vandaag nog. Groetjes, Joris",
            "Hoi Lotte, sorry hiervoor, net nu je de fiets nodig hebt voor je werk. Ik heb je net een privébericht gestuurd, dan regelen we het vandaag nog. Groetjes, Joris",
        ),
    ] {
        let scenario = scenario(file);
        assert_eq!(
            scenario.turn(turn).unwrap().expect.empathy,
            EmpathyNeed::High
        );
        let action = Action::AskDm;
        let without = judge(&scenario, turn, &action, bare_reply);
        let with = judge(&scenario, turn, &action, personal_reply);
        assert!(bare(&without), "{file}: {:?}", without.evidence);
        assert!(without.grade <= Grade::Fair, "{file}: {:?}", without.grade);
        assert!(!bare(&with), "{file}: {:?}", with.evidence);
        assert!(with.grade > without.grade, "{file}: {:?}", with.evidence);
    }
}

#[test]
fn only_a_customer_in_crisis_needs_their_stakes_named() {
    // The thank-you at the end of the flight scenario needs less: thanks and the next step.
    let scenario = scenario("cancelled_flight.ron");
    let turn = scenario
        .turns
        .iter()
        .find(|t| t.expect.empathy != EmpathyNeed::High && !t.golden.is_empty())
        .expect("a turn that is no crisis");
    let verdict = judge(
        &scenario,
        &turn.id,
        &turn.golden[0].action,
        "We are sorry. Customer Care will email you about compensation within 48 hours. ^JM",
    );
    assert!(!bare(&verdict), "{:?}", verdict.evidence);
}

/// With the stakes the scenario names (`customer.stakes`), what else shows understanding
/// does not stand in for them: a remedy in the DM, or the complaint restated.
#[test]
fn named_stakes_are_not_replaced_by_a_remedy_or_the_complaint_restated() {
    let scenario = scenario("faulty_delivery.ron");
    assert!(!scenario.customer.stakes.is_empty());
    for (turn, action, bare_reply, personal_reply) in [
        (
            "dm_order",
            Action::ReplyDm,
            "Thank you Claire, I have order HF-118734 open, and I'm so sorry about this. A complete new Alba set, free, by our own van tomorrow between 08:00 and 13:00. Shall I book it? - Inès",
            "Thank you Claire, I have order HF-118734 open, and I'm so sorry: five broken plates days before your mum's birthday. A complete new Alba set, free, by our own van tomorrow between 08:00 and 13:00. Shall I book it? - Inès",
        ),
        (
            "complaint_again",
            Action::AskDm,
            "Claire, you're right, I'm sorry: a crushed box, five broken plates and two automatic replies. I've sent you a private message so we can put this right. - Inès",
            "Claire, you're right, I'm sorry: a crushed box and five broken plates, days before your mum's 70th. I've sent you a private message so we can put this right. - Inès",
        ),
    ] {
        let without = judge(&scenario, turn, &action, bare_reply);
        let with = judge(&scenario, turn, &action, personal_reply);
        assert!(bare(&without), "{turn}: {:?}", without.evidence);
        assert!(without.grade <= Grade::Fair, "{turn}: {:?}", without.grade);
        assert!(!bare(&with), "{turn}: {:?}", with.evidence);
    }
}

#[test]
fn their_own_number_for_the_stakes_names_them_and_a_number_of_the_case_does_not() {
    let scenario = scenario("cancelled_flight.ron");
    let action = Action::AskDm;
    // She wrote "My sister gets married in Lisbon tomorrow at 15:00".
    let by_number = judge(
        &scenario,
        "outrage",
        &action,
        "We are so sorry. You'll be in Lisbon well before 15:00: VL 318 leaves Brussels 09:50 and lands 11:35. DM us and I'll hold two seats now. ^JM",
    );
    assert!(!bare(&by_number), "{:?}", by_number.evidence);
    // "You cancelled AE1432 at 21:40 by text message": the case, not what is at stake.
    let by_case = judge(
        &scenario,
        "outrage",
        &action,
        "We are so sorry we cancelled AE 1432 by text at 21:40. VL 318 leaves Brussels 09:50 and lands 11:35. DM us and I'll hold two seats now. ^JM",
    );
    assert!(bare(&by_case), "{:?}", by_case.evidence);
}
