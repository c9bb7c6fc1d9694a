//! Addressing the customer by another customer's name, as a reply pasted from another
//! conversation does, costs points and is quoted (`empathy.wrong_name`), in each language;
//! their own name, or the other name used as a word, is not charged. The other names are
//! the scenario's other identities for the customer. Replies written for this project.

use frontline::scenario::Action;
use frontline::scoring::ReplyVerdict;

mod common;
use common::{judge, scenario};

fn wrong_name(verdict: &ReplyVerdict) -> Option<&str> {
    verdict
        .evidence
        .iter()
        .find(|e| e.rule == "empathy.wrong_name")
        .map(|e| e.quote.as_str())
}

#[test]
fn another_customers_name_is_charged_in_every_language() {
    for (file, turn, action, pasted, quote, own) in [
        (
            "cancelled_flight.ron",
            "outrage",
            Action::AskDm,
            "Priya, a cancellation the night before your sister's wedding is awful and I'm so sorry. DM us and I'll hold two seats on VL 318 now. ^JM",
            "Priya",
            "Sophie, a cancellation the night before your sister's wedding is awful and I'm so sorry. DM us and I'll hold two seats on VL 318 now. ^JM",
        ),
        (
            "train_annule.ron",
            "colere",
            Action::AskDm,
            "Karim, toutes nos excuses, la veille des obsèques de votre grand-mère. L'IC 4735 part de Bercy à 20h52. Écrivez-nous en privé, je vous réserve une place. ^CL",
            "Karim",
            "Camille, toutes nos excuses, la veille des obsèques de votre grand-mère. L'IC 4735 part de Bercy à 20h52. Écrivez-nous en privé, je vous réserve une place. ^CL",
        ),
        (
            "kapotte_fiets.ron",
            "klacht",
            Action::AskDm,
            "Hoi Inge, sorry hiervoor, net nu je de fiets nodig hebt voor je werk. Ik heb je een privébericht gestuurd. Groetjes, Joris",
            "Inge",
            "Hoi Lotte, sorry hiervoor, net nu je de fiets nodig hebt voor je werk. Ik heb je een privébericht gestuurd. Groetjes, Joris",
        ),
    ] {
        let scenario = scenario(file);
        let pasted_verdict = judge(&scenario, turn, &action, pasted);
        assert_eq!(
            wrong_name(&pasted_verdict),
            Some(quote),
            "{pasted}: {:?}",
            pasted_verdict.evidence
        );
        let own_verdict = judge(&scenario, turn, &action, own);
        assert_eq!(wrong_name(&own_verdict), None, "{own}");
        assert!(
            pasted_verdict.scores.empathy < own_verdict.scores.empathy,
            "{pasted}: {:?} against {:?}",
            pasted_verdict.scores,
            own_verdict.scores
        );
    }
}

#[test]
fn a_name_used_as_a_word_is_not_an_address() {
    // "Bill Shock" is one of the troll's other identities; "bill" is also a word.
    let scenario = scenario("troll.ron");
    let turn = &scenario.turns[0].id;
    let verdict = judge(
        &scenario,
        turn,
        &Action::ReplyPublic,
        "Bill increases this month come from the annual settlement, not a new price: see voltaro.example/tariffs-october. ^EV",
    );
    assert_eq!(wrong_name(&verdict), None, "{:?}", verdict.evidence);
}
