//! The right words with the wrong action are not a model answer: an action the turn does
//! not expect is graded fair at best, however good the reply, and answering a public
//! complaint only in private (where the turn asks to invite the customer to DM) is a near
//! miss, not a failure. The scenarios' branches rely on both (`frontline check` warns about
//! a branch that waits for a good reply with an unexpected action).

use frontline::scenario::model::Grade;
use frontline::scenario::{Action, ActionKind, Scenario};
use frontline::scoring::ReplyVerdict;

mod common;
use common::{judge, scenario};

/// The author's good golden reply of a turn with the action it was written for.
fn good_golden(scenario: &Scenario, turn: &str) -> (Action, String) {
    let golden = scenario
        .turn(turn)
        .expect("turn")
        .golden
        .iter()
        .find(|g| g.grade == Grade::Good && g.action.takes_reply())
        .expect("a good golden reply");
    (golden.action.clone(), golden.reply.clone())
}

fn fired(verdict: &ReplyVerdict, rule: &str) -> bool {
    verdict.evidence.iter().any(|e| e.rule == rule)
}

#[test]
fn the_public_update_sent_by_dm_is_fair_at_best() {
    for (file, turn) in [
        ("cancelled_flight.ron", "public_update"),
        ("train_annule.ron", "merci_public"),
        ("kapotte_fiets.ron", "publiek_bedankt"),
    ] {
        let scenario = scenario(file);
        let (action, reply) = good_golden(&scenario, turn);
        assert_eq!(action.kind(), ActionKind::ReplyPublic, "{file}");
        let right = judge(&scenario, turn, &action, &reply);
        assert_eq!(right.grade, Grade::Good, "{file}: {:?}", right.evidence);
        let private = judge(&scenario, turn, &Action::ReplyDm, &reply);
        assert!(fired(&private, "escalation.needless_dm"), "{file}");
        assert_eq!(private.grade, Grade::Fair, "{file}: {:?}", private.evidence);
    }
}

#[test]
fn answering_a_public_complaint_only_in_private_is_a_near_miss() {
    for (file, turn) in [
        ("cancelled_flight.ron", "outrage"),
        ("train_annule.ron", "colere"),
        ("kapotte_fiets.ron", "klacht"),
    ] {
        let scenario = scenario(file);
        let (action, reply) = good_golden(&scenario, turn);
        assert_eq!(action.kind(), ActionKind::AskDm, "{file}");
        let private = judge(&scenario, turn, &Action::ReplyDm, &reply);
        assert!(fired(&private, "escalation.dm_unannounced"), "{file}");
        assert!(!fired(&private, "escalation.other_action"), "{file}");
        assert_eq!(private.grade, Grade::Fair, "{file}: {:?}", private.evidence);
        // Still worse than the right action, and said so in the trainee's words.
        let loss = private
            .evidence
            .iter()
            .find(|e| e.rule == "escalation.dm_unannounced")
            .unwrap();
        assert!(loss.points < 0 && !loss.explanation.is_empty());
    }
}

#[test]
fn another_wrong_action_names_what_the_moment_needs() {
    let scenario = scenario("cancelled_flight.ron");
    let (_, reply) = good_golden(&scenario, "outrage");
    let v = judge(
        &scenario,
        "outrage",
        &Action::Escalate("customer_care".into()),
        &reply,
    );
    let loss = v
        .evidence
        .iter()
        .find(|e| e.rule.starts_with("escalation.") && e.points < 0)
        .expect("a loss for the action");
    assert!(
        loss.explanation.contains("invite to DM") || loss.explanation.contains("DM"),
        "{}",
        loss.explanation
    );
    assert!(v.grade <= Grade::Fair);
}

#[test]
fn a_reply_that_leaves_someones_phone_number_up_is_poor_however_calm() {
    let troll = scenario("troll.ron");
    let calm = "Posting a colleague's private number is harassment, and we will not engage with it. - Team Voltaro";
    let v = judge(&troll, "abuse_post", &Action::ReplyPublic, calm);
    assert!(fired(&v, "escalation.data_left_up"), "{:?}", v.evidence);
    assert_eq!(v.grade, Grade::Poor);
    // Hiding it is the job.
    let hidden = judge(&troll, "abuse_post", &Action::Hide, "");
    assert!(fired(&hidden, "escalation.right_action"));
    // A troll's post without anyone's data: a calm reply is the milder loss it was.
    let v = judge(
        &troll,
        "troll_feeds",
        &Action::ReplyPublic,
        "Our rates are public: voltaro.example/tariffs-october. - Team Voltaro",
    );
    assert!(!fired(&v, "escalation.data_left_up"), "{:?}", v.evidence);
}
