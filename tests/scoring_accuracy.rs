//! Accuracy inside the shipped scenarios, in English, French and Dutch: a reply that does
//! not state a fact is only wrong about it where it talks about it. The reply's own
//! deadline ("I'll DM you by 22:30") is a next step, not a wrong departure time; a time
//! given for the train or the repair is checked against the case file.

use frontline::scenario::{Action, Scenario};
use frontline::scoring::{Judge, JudgeInput, ReplyVerdict, Scorer};

mod common;
use common::scenario;

fn judge(scenario: &Scenario, turn: &str, action: Action, reply: &str) -> ReplyVerdict {
    let turn = scenario.turn(turn).expect("turn");
    Scorer::new().judge(&JudgeInput::to_turn(scenario, turn, &action, reply, 300))
}

/// The quotes of the reply's wrong facts.
fn wrong_quotes(verdict: &ReplyVerdict) -> Vec<&str> {
    verdict
        .evidence
        .iter()
        .filter(|e| e.rule == "accuracy.fact_wrong")
        .map(|e| e.quote.as_str())
        .collect()
}

/// (scenario, turn, action, a reply whose time is its own next step, a reply that gives a
/// wrong time for the fact the turn expects, that time as quoted).
const CASES: &[(&str, &str, Action, &str, &str, &str)] = &[
    (
        "cancelled_flight.ron",
        "outrage",
        Action::AskDm,
        "I'm so sorry, this is awful. I'll DM you by 22:30 tonight with your options.",
        "I'm so sorry, this is awful. You're on the 10:50 Velair flight tomorrow.",
        "10:50",
    ),
    (
        "train_annule.ron",
        "colere",
        Action::AskDm,
        "Je suis vraiment désolé. Je vous écris en privé d'ici 19h30 avec une solution.",
        "Je suis vraiment désolé. Il reste des places dans le train de 21h52.",
        "21h52",
    ),
    (
        "kapotte_fiets.ron",
        "dm_bestelling",
        Action::ReplyDm,
        "Wat vervelend, dat snap ik. Ik bel je vandaag voor 16:00 terug.",
        "Wat vervelend, dat snap ik. De monteur komt donderdag tussen 14:00 en 18:00 langs.",
        "14:00",
    ),
];

#[test]
fn a_next_step_with_a_time_is_not_a_wrong_fact_in_any_language() {
    for (file, turn, action, next_step, _, _) in CASES {
        let v = judge(&scenario(file), turn, action.clone(), next_step);
        assert!(
            wrong_quotes(&v).is_empty(),
            "{file}: {next_step}: {:?}",
            v.evidence
        );
    }
}

#[test]
fn a_wrong_time_for_the_fact_is_wrong_in_any_language() {
    for (file, turn, action, _, wrong, quote) in CASES {
        let v = judge(&scenario(file), turn, action.clone(), wrong);
        assert_eq!(
            wrong_quotes(&v),
            [*quote],
            "{file}: {wrong}: {:?}",
            v.evidence
        );
    }
}

/// A fact the turn does not ask for earns nothing when stated, but stated wrongly it costs
/// the same as a wrong expected fact: the customer acts on it all the same.
#[test]
fn a_fact_the_turn_does_not_ask_for_is_wrong_when_stated_wrongly() {
    for (file, turn, action, reply, quote) in [
        (
            "cancelled_flight.ron",
            "outrage",
            Action::AskDm,
            "I'm so sorry. Under EU rules you get 600 euros each. DM me and I'll rebook you.",
            "600 euros",
        ),
        (
            "train_annule.ron",
            "colere",
            Action::AskDm,
            "Toutes mes condoléances. Je vous envoie en privé un bon taxi de 80 euros.",
            "80 euros",
        ),
        (
            "kapotte_fiets.ron",
            "dm_bestelling",
            Action::ReplyDm,
            "Wat vervelend, dat snap ik. We vergoeden je reiskosten tot 40 euro.",
            "40 euro",
        ),
    ] {
        let v = judge(&scenario(file), turn, action, reply);
        assert_eq!(
            wrong_quotes(&v),
            [quote],
            "{file}: {reply}: {:?}",
            v.evidence
        );
    }
}

/// Percentages are values like times and sums: "+17 %" states the rise, "20 %" beside the
/// rate or the guarantee states it wrongly.
#[test]
fn a_percentage_is_checked_like_a_time_or_a_sum() {
    let troll = scenario("troll.ron");
    let v = judge(
        &troll,
        "misguided_spread",
        Action::ReplyPublic,
        "Prices did not triple: the Flex rate went up 20 % on 1 October. More: voltaro.example/tariffs-october",
    );
    assert_eq!(wrong_quotes(&v), ["20 %"], "{:?}", v.evidence);
    let v = judge(
        &troll,
        "misguided_spread",
        Action::ReplyPublic,
        "Prices did not triple: the Flex rate went up 17% on 1 October. More: voltaro.example/tariffs-october",
    );
    assert!(wrong_quotes(&v).is_empty(), "{:?}", v.evidence);
    assert!(
        v.evidence
            .iter()
            .any(|e| e.rule == "accuracy.fact_stated" && e.quote == "17%"),
        "{:?}",
        v.evidence
    );
    let v = judge(
        &scenario("train_annule.ron"),
        "dm_cause",
        Action::ReplyDm,
        "La Garantie Lumerail rembourse 30 % du prix du billet à partir d'une heure de retard.",
    );
    assert_eq!(wrong_quotes(&v), ["30 %"], "{:?}", v.evidence);
}

/// "part dans 2h" says how long until the train leaves, not that it leaves at 02:00 (which
/// was charged as a wrong departure time); "part à 2h" is still a wrong time.
#[test]
fn hours_after_dans_or_in_are_a_delay_not_a_time_of_day() {
    let scenario = scenario("train_annule.ron");
    let right =
        "Je suis vraiment désolé. L'IC 4735 part dans 2h, à 20:52 : je vous écris en privé.";
    let v = judge(&scenario, "colere", Action::AskDm, right);
    assert!(wrong_quotes(&v).is_empty(), "{right}: {:?}", v.evidence);
    let wrong = "Je suis vraiment désolé. L'IC 4735 part à 2h : je vous écris en privé.";
    let v = judge(&scenario, "colere", Action::AskDm, wrong);
    assert_eq!(wrong_quotes(&v), ["2h"], "{wrong}: {:?}", v.evidence);
}

#[test]
fn a_duration_is_checked_like_a_time_in_any_language() {
    // (scenario, turn, action, a reply with the fact's own duration, the same reply with
    // a wrong one, the wrong one as quoted)
    let cases = [
        (
            "troll.ron",
            "journalist",
            Action::Escalate("comms_lead".into()),
            "Thanks Tom. Our Head of Communications, Eva Lindqvist, will call you back within 30 minutes. Press office: press@voltaro.example",
            "Thanks Tom. Our Head of Communications, Eva Lindqvist, will call you back within 2 hours. Press office: press@voltaro.example",
            "2 hours",
        ),
        (
            "kapotte_fiets.ron",
            "ruud_garantie",
            Action::ReplyPublic,
            "Hoi Ruud, dat klopt niet: op de accu zit twee jaar garantie, op het frame 10 jaar (velovonk.nl/garantie).",
            "Hoi Ruud, dat klopt niet: op de accu zit 1 jaar garantie, op het frame 10 jaar (velovonk.nl/garantie).",
            "1 jaar",
        ),
        (
            "train_annule.ron",
            "dm_cause",
            Action::ReplyDm,
            "La Garantie Lumerail rembourse 25 % du billet à partir d'une heure de retard.",
            "La Garantie Lumerail rembourse 25 % du billet dès 30 minutes de retard.",
            "30 minutes",
        ),
    ];
    for (file, turn, action, right, wrong, quote) in cases {
        let scenario = scenario(file);
        let v = judge(&scenario, turn, action.clone(), right);
        assert!(wrong_quotes(&v).is_empty(), "{right}: {:?}", v.evidence);
        let v = judge(&scenario, turn, action, wrong);
        assert_eq!(wrong_quotes(&v), [quote], "{wrong}: {:?}", v.evidence);
    }
}

/// "Un jour pareil" (a day like this) is not a length of one day: the turn's golden reply
/// was charged -30 for it as a wrong delay of the service clients (72 hours).
#[test]
fn an_article_before_a_unit_of_time_is_not_a_length() {
    let scenario = scenario("train_annule.ron");
    let golden = "Merci d'avoir pris le temps d'écrire un jour pareil, Camille. Nous pensons à vous et à votre famille. Pour la Garantie Lumerail, le service clients vous répondra par e-mail sous 72 h. Pardon encore pour hier soir. ^CL";
    let v = judge(&scenario, "merci_public", Action::ReplyPublic, golden);
    assert!(wrong_quotes(&v).is_empty(), "{:?}", v.evidence);
    assert_eq!(v.scores.accuracy, Some(100));
}

/// A wrong value is acted on (the customer waits for the van at the wrong hour, onlookers
/// repeat the wrong price): however warm and complete the rest, such a reply is at most
/// fair. Written for this project; each was graded good before the cap.
#[test]
fn a_reply_with_a_wrong_fact_is_at_most_fair_in_any_language() {
    for (file, turn, action, reply, quote) in [
        (
            "faulty_delivery.ron",
            "dm_accepts",
            Action::ReplyDm,
            "Lovely, it's booked. Our van will be with you tomorrow between 09:00 and 13:00 with the new set; I've logged your parcel with the warehouse and these sets now go out double-boxed, and there's a €15 voucher on your account for the trouble. Thank you, Claire! - Inès",
            "09:00",
        ),
        (
            "train_annule.ron",
            "dm_doute",
            Action::ReplyDm,
            "Pardon, j'ai été trop vague. IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, avec un bon taxi jusqu'à 60 € pour finir le trajet. Si vous préférez le covoiturage, j'annule et je lance le remboursement intégral des 58 € sous 10 jours. Que choisissez-vous ? ^CL",
            "10 jours",
        ),
        (
            "troll.ron",
            "censorship_claim",
            Action::ReplyPublic,
            "Hiding that post was a mistake on our side. Our house rules only cover threats, hate, insults aimed at people and personal data, and for anyone wondering, the Flex rise on 1 October was 19 % with fixed contracts unchanged: voltaro.example/tariffs-october - Team Voltaro",
            "19 %",
        ),
    ] {
        let v = judge(&scenario(file), turn, action, reply);
        assert_eq!(
            wrong_quotes(&v),
            [quote],
            "{file}: {reply}: {:?}",
            v.evidence
        );
        assert!(
            v.grade <= frontline::scenario::Grade::Fair,
            "{file}: {reply}: {:?}",
            v.grade
        );
    }
}

/// A value the case file itself gives, in a fact's text rather than its markers, is a
/// right value to quote: the time the cancellation notice went out, the morning train the
/// case file mentions to rule it out.
#[test]
fn a_value_written_in_the_case_file_is_never_wrong() {
    for (file, turn, action, reply) in [
        (
            "cancelled_flight.ron",
            "dm_compensation",
            Action::Escalate("customer_care".into()),
            "Booked: VL 318, 09:50, for you and Tom. Our SMS at 21:40 should have said it plainly: a technical fault on the aircraft. EU261: 400 euros each, halved to 200 if the new flight lands within 3 hours. Customer Care decides; case CC-20614 is with them and they'll e-mail within 48 hours. ^JM",
        ),
        (
            "train_annule.ron",
            "dm_reservation",
            Action::ReplyDm,
            "Camille, dossier QX7M4R ouvert. Le premier train de demain (IC 4701, 06h52 - 10h21) arriverait trop tard pour 10h, donc je vous mets ce soir dans l'IC 4735 (20h52 → 00h19), sans frais, plus un bon taxi (plafond : 60 €) pour la gare. Je valide ? ^CL",
        ),
    ] {
        let v = judge(&scenario(file), turn, action, reply);
        assert!(
            wrong_quotes(&v).is_empty(),
            "{file}: {reply}: {:?}",
            v.evidence
        );
    }
}

/// A wrong value in a sentence that states two facts is the mistake of the fact whose
/// value it could be, not of the one stated rightly beside it, and it is charged once:
/// the other fact stays stated.
#[test]
fn a_wrong_value_beside_a_rightly_stated_fact_is_the_other_facts_mistake() {
    for (file, turn, reply, quote) in [
        (
            "cancelled_flight.ron",
            "still_waiting",
            "You waited an hour for a single word from us, Sophie, and I'm sorry. We cancelled AE 1432, the 7:10 departure, but you can still make your sister's wedding: Velair VL318, Brussels 9.50 am, Lisbon 12.15 pm. DM me and I'll book you in tonight. ^LV",
            "12.15 pm",
        ),
        (
            "train_annule.ron",
            "relance",
            "Camille, toutes nos condoléances, et pardon pour ce silence. Nous avons supprimé l'IC 4731 de 18h25, mais l'IC 4735 part de Bercy à 20h52 et arrive à Clermont à 00h19, à temps pour demain. Écrivez-nous en privé, je vous réserve une place. ^CL",
            "18h25",
        ),
    ] {
        let v = judge(&scenario(file), turn, Action::AskDm, reply);
        assert_eq!(
            wrong_quotes(&v),
            [quote],
            "{file}: {reply}: {:?}",
            v.evidence
        );
        assert!(
            v.evidence.iter().any(|e| e.rule == "accuracy.fact_stated"),
            "{file}: the other fact is stated: {:?}",
            v.evidence
        );
    }
    // The time it is now, next to the train's times, is no fact at all.
    let v = judge(
        &scenario("train_annule.ron"),
        "colere",
        Action::AskDm,
        "Camille, toutes nos condoléances, et pardon : prévenir à 18h05 pour un départ à 18h52, ce n'est pas acceptable. Il est 18h20 et l'IC 4735 part de Bercy à 20h52, arrivée à Clermont à 00h19, largement avant 10h. Écrivez-nous en privé, je vous réserve une place. ^CL",
    );
    assert!(wrong_quotes(&v).is_empty(), "{:?}", v.evidence);
}

#[test]
fn the_press_office_number_is_public_however_it_is_written() {
    let troll = scenario("troll.ron");
    for number in ["+31 20 555 0140", "+31 (0)20 555 0140", "020 555 0140"] {
        let reply = format!(
            "@tom_vermeer thank you, Tom. Eva Lindqvist will call you back within 30 minutes. Press office: {number}. - Team Voltaro"
        );
        let v = judge(
            &troll,
            "journalist",
            Action::Escalate("comms_lead".into()),
            &reply,
        );
        assert!(!v.leaked_private_data, "{number}: {:?}", v.evidence);
    }
    // Someone's own mobile number is still personal data in public.
    let v = judge(
        &troll,
        "journalist",
        Action::Escalate("comms_lead".into()),
        "@tom_vermeer Eva Lindqvist will call you back within 30 minutes, or ring her on +31 6 1234 5678. - Team Voltaro",
    );
    assert!(v.leaked_private_data, "{:?}", v.evidence);
}

#[test]
fn a_general_promise_makes_the_scenarios_claim_only_about_its_subject() {
    let flight = scenario("cancelled_flight.ron");
    let about_arrival = judge(
        &flight,
        "outrage",
        Action::AskDm,
        "Sophie, so sorry, the night before your sister's wedding. I promise you'll be there: VL 318 leaves Brussels 09:50, lands 11:35. DM us and I'll hold two seats. ^JM",
    );
    assert!(
        !about_arrival
            .claims
            .contains(&"promise_compensation".to_string()),
        "{:?}",
        about_arrival.evidence
    );
    let about_money = judge(
        &flight,
        "dm_compensation",
        Action::Escalate("customer_care".into()),
        "I promise you'll be compensated, 400 euros each. Customer Care will email you within 48 hours. ^JM",
    );
    assert!(
        about_money
            .claims
            .contains(&"promise_compensation".to_string()),
        "{:?}",
        about_money.evidence
    );
    let delivery = scenario("faulty_delivery.ron");
    let replacement = judge(
        &delivery,
        "dm_order",
        Action::ReplyDm,
        "Claire, I'm so sorry about the plates before your mum's 70th. A brand-new Alba set comes on our own van, it'll be with you tomorrow. - Inès",
    );
    assert!(replacement.claims.is_empty(), "{:?}", replacement.evidence);
}

/// A date is a value like a time: "donderdag 20 maart" states the new battery's visit, "21
/// maart" or "21/03" misstates it, and the delivery date the case file also holds ("zaterdag
/// 15 maart") is a right value of another fact.
#[test]
fn a_date_is_checked_like_a_time() {
    let scenario = scenario("kapotte_fiets.ron");
    let reply = |date: &str| {
        format!(
            "Dank je, ik heb bestelling VV-583920 voor me. Echt balen dat je zonder fiets zit. \
             Een nieuwe accu, gratis: onze monteur plaatst hem {date} tussen 13:00 en 17:00 bij je thuis."
        )
    };
    for date in ["donderdag 20 maart", "op 20/03", "20 maart"] {
        let v = judge(&scenario, "dm_bestelling", Action::ReplyDm, &reply(date));
        assert!(wrong_quotes(&v).is_empty(), "{date}: {:?}", v.evidence);
    }
    for (date, quote) in [("vrijdag 21 maart", "21 maart"), ("op 21/03", "21/03")] {
        let v = judge(&scenario, "dm_bestelling", Action::ReplyDm, &reply(date));
        assert_eq!(wrong_quotes(&v), [quote], "{date}: {:?}", v.evidence);
    }
}
