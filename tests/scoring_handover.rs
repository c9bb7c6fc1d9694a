//! A hand-over is clear when the reply tells the customer who takes over and when, in the
//! words community managers use: "will phone you", "they'll e-mail you", "expect a call
//! from", "binnen een dag hoor je van hen", "qui répondra sous 72 heures", and a note in
//! Messenger (Facebook's private messages) is an invitation to a private channel. Replies
//! written for this project; each was marked `escalation.handover_unclear` before.

use frontline::scenario::Action;
use frontline::scoring::{Judge, JudgeInput, ReplyVerdict, Scorer};

mod common;
use common::scenario;

fn judge(file: &str, turn: &str, action: Action, reply: &str) -> ReplyVerdict {
    let scenario = scenario(file);
    let turn = scenario.turn(turn).expect("turn");
    Scorer::new().judge(&JudgeInput::to_turn(&scenario, turn, &action, reply, 300))
}

fn fired(verdict: &ReplyVerdict, rule: &str) -> bool {
    verdict.evidence.iter().any(|e| e.rule == rule)
}

#[test]
fn a_hand_over_in_everyday_words_is_clear_in_every_language() {
    for (file, turn, team, reply) in [
        (
            "troll.ron",
            "journalist",
            "comms_lead",
            "@tom_vermeer thank you, Tom. Expect a call from Eva Lindqvist, who heads our Communications, within half an hour, well ahead of your deadline. The press office is also at press@voltaro.example / +31 20 555 0140. - Team Voltaro",
        ),
        (
            "troll.ron",
            "journalist",
            "comms_lead",
            "@tom_vermeer noted, 17:00 today for Dagblad Oost. Eva Lindqvist, our Head of Communications, will phone you within 30 minutes, long before 17:00. Press office: +31 20 555 0140. - Team Voltaro",
        ),
        (
            "cancelled_flight.ron",
            "dm_compensation",
            "customer_care",
            "Done, you and Tom are on VL 318 at 09:50. 'Operational reasons' was vague, sorry: a technical problem was found on our aircraft at its evening check. Under European rules that's EUR 400 per person, halved to EUR 200 if the new flight lands under 3 hours late, as VL 318 does. Customer Care decides; they'll e-mail you within two days. ^JM",
        ),
        (
            "faulty_delivery.ron",
            "dm_refund_demand",
            "customer_service",
            "That's completely fair, Claire, and I'm sorry we let you down. Refunding the whole Alba set (€189) isn't something I can sign off myself: our Customer Service team decides, and they usually approve it. I've sent them your order, photos and our chat, so you won't repeat anything. They'll answer here within four hours (until 8pm, Saturday included); if it goes ahead they pick up the rest of the set for free. - Inès",
        ),
        (
            "kapotte_fiets.ron",
            "dm_terugbetaling",
            "klantenservice",
            "Helemaal begrijpelijk, Lotte, en jammer dat we je vertrouwen kwijt zijn. Een terugbetaling van de hele Stadsfiets E7 (€ 1849) is niet aan mij: daarover beslist onze klantenservice. Ik heb je bestelling VV-583920, de foto's en dit gesprek aan ze doorgegeven, zodat je niks opnieuw hoeft te vertellen. Binnen een dag hoor je van hen, hier in Messenger. Gaat het door, dan laten zij de fiets kosteloos ophalen. Groetjes, Joris",
        ),
        (
            "train_annule.ron",
            "dm_cause",
            "service_clients",
            "Réservé. Ce n'était ni la météo ni une grève : une panne de signalisation à Moulins. Demande transmise au service clients, qui répondra sous 72 heures. ^CL",
        ),
    ] {
        let v = judge(file, turn, Action::Escalate(team.into()), reply);
        assert!(
            !fired(&v, "escalation.handover_unclear"),
            "{file}: {reply}: {:?}",
            v.evidence
        );
    }
    // Who and when still have to be said.
    let v = judge(
        "troll.ron",
        "journalist",
        Action::Escalate("comms_lead".into()),
        "@tom_vermeer passed on. - Team Voltaro",
    );
    assert!(fired(&v, "escalation.handover_unclear"), "{:?}", v.evidence);
}

#[test]
fn a_message_in_messenger_is_an_invitation_to_a_private_channel() {
    for (file, turn, reply) in [
        (
            "faulty_delivery.ron",
            "complaint",
            "Claire, I'm so sorry, five broken plates before your mum's 70th is awful. I've sent you a message in Messenger so we can sort it out before Saturday. - Inès",
        ),
        (
            "kapotte_fiets.ron",
            "klacht",
            "Lotte, wat een domper, en dat in je eerste werkweek. Sorry! Ik heb je zojuist een bericht in Messenger gestuurd, dan regelen we het daar. Groetjes, Joris",
        ),
    ] {
        let v = judge(file, turn, Action::AskDm, reply);
        assert!(
            !fired(&v, "escalation.dm_not_invited"),
            "{file}: {reply}: {:?}",
            v.evidence
        );
    }
}

#[test]
fn naming_the_team_and_its_delay_is_a_clear_hand_over() {
    // Written as the probe writers of the sixteenth pass wrote them: no "will", the team
    // named, and its delay as a time frame.
    for (file, turn, team, reply) in [
        (
            "cancelled_flight.ron",
            "dm_compensation",
            "customer_care",
            "I can't put a figure on it myself: Customer Care decides and e-mails you within 48 hours. ^JM",
        ),
        (
            "faulty_delivery.ron",
            "dm_refund_demand",
            "customer_service",
            "Claire, I've handed your refund request to Customer Service. They reply here within 4 hours. - Inès",
        ),
        (
            "train_annule.ron",
            "dm_cause",
            "service_clients",
            "Une panne de signalisation à Moulins. Demande transmise au service clients (réponse sous 72 h). ^CL",
        ),
    ] {
        let v = judge(file, turn, Action::Escalate(team.into()), reply);
        assert!(
            !fired(&v, "escalation.handover_unclear"),
            "{file}: {reply}: {:?}",
            v.evidence
        );
    }
    // A time of day is not the team's delay: the booked train's departure says nothing
    // about when the customer hears back.
    let v = judge(
        "train_annule.ron",
        "dm_cause",
        Action::Escalate("service_clients".into()),
        "Réservé sur l'IC 4735 de 20h52. Demande transmise au service clients. ^CL",
    );
    assert!(fired(&v, "escalation.handover_unclear"), "{:?}", v.evidence);
    // Its advice gives the delay as a trainee would write it.
    let better = v
        .evidence
        .iter()
        .find(|e| e.rule == "escalation.handover_unclear")
        .and_then(|e| e.better.as_deref())
        .unwrap_or_default();
    assert!(better.contains("sous 72 heures"), "{better}");
}
