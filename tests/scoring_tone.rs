//! The brand's tone of voice inside the scenarios: each scenario's model answer, and the
//! same answer with one slip a community manager makes (an emoji where the brand never
//! uses them, "tu" for "vous", "je" and "u" mixed, "Dear customer", chat speak, no
//! signature or the wrong kind). The slip is named, quoted where it has words, costs tone
//! points and never raises the grade. Replies written for this project.

use frontline::scenario::Action;
use frontline::scenario::model::{EmojiUse, Formality, Grade};
use frontline::scoring::{Dimension, ReplyVerdict};

mod common;
use common::{judge as judge_in, scenario};

fn tone_slips(verdict: &ReplyVerdict) -> Vec<(String, String)> {
    verdict
        .evidence
        .iter()
        .filter(|e| e.dimension == Dimension::Tone && e.points < 0)
        .map(|e| (e.rule.to_string(), e.quote.clone()))
        .collect()
}

struct Slip {
    file: &'static str,
    turn: &'static str,
    action: Action,
    model: &'static str,
    slipped: &'static str,
    rule: &'static str,
    quote: &'static str,
}

fn slips() -> Vec<Slip> {
    vec![
        Slip {
            file: "cancelled_flight.ron",
            turn: "dm_compensation",
            action: Action::Escalate("customer_care".into()),
            model: "Booked: VL 318, 09:50. We cancelled AE 1432 for a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours. ^JM",
            slipped: "Booked: VL 318, 09:50. AE 1432 was cancelled for a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours. ^JM",
            rule: "tone.passive_distancing",
            quote: "was cancelled",
        },
        Slip {
            file: "train_annule.ron",
            turn: "dm_cause",
            action: Action::Escalate("service_clients".into()),
            model: "Nous avons supprimé l'IC 4731 pour une panne de signalisation à Moulins. Demande transmise au service clients, qui vous répondra sous 72 heures. ^CL",
            slipped: "L'IC 4731 a été supprimé pour une panne de signalisation à Moulins. Demande transmise au service clients, qui vous répondra sous 72 heures. ^CL",
            rule: "tone.passive_distancing",
            quote: "a été supprimé",
        },
        Slip {
            file: "cancelled_flight.ron",
            turn: "dm_compensation",
            action: Action::Escalate("customer_care".into()),
            model: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. ^JM",
            slipped: "Booked: VL 318, 09:50 ✈️ It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. ^JM",
            rule: "tone.emoji_never",
            quote: "✈️",
        },
        Slip {
            file: "cancelled_flight.ron",
            turn: "dm_compensation",
            action: Action::Escalate("customer_care".into()),
            model: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. ^JM",
            slipped: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email u within 48 hours; I've sent them ur case. ^JM",
            rule: "tone.slang",
            quote: "u",
        },
        Slip {
            file: "cancelled_flight.ron",
            turn: "dm_compensation",
            action: Action::Escalate("customer_care".into()),
            model: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. ^JM",
            slipped: "Dear customer, booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. ^JM",
            rule: "tone.impersonal_greeting",
            quote: "Dear customer",
        },
        Slip {
            file: "cancelled_flight.ron",
            turn: "dm_compensation",
            action: Action::Escalate("customer_care".into()),
            model: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. ^JM",
            slipped: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case.",
            rule: "tone.unsigned",
            quote: "",
        },
        Slip {
            file: "cancelled_flight.ron",
            turn: "dm_compensation",
            action: Action::Escalate("customer_care".into()),
            model: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. ^JM",
            slipped: "Booked: VL 318, 09:50. It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email you within 48 hours; I've sent them your case. - Julie",
            rule: "tone.signed_other_way",
            quote: "- Julie",
        },
        Slip {
            file: "train_annule.ron",
            turn: "dm_reservation",
            action: Action::ReplyDm,
            model: "Merci {first_name}, j'ai votre dossier QX7M4R. Je vous place dans l'IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, sans frais. Comme vous arrivez après minuit, je vous envoie aussi un bon taxi Lumerail jusqu'à 60 €, valable à la gare. Je valide ? ^CL",
            slipped: "Merci {first_name}, j'ai ton dossier QX7M4R. Je te place dans l'IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, sans frais. Comme tu arrives après minuit, je t'envoie aussi un bon taxi Lumerail jusqu'à 60 €, valable à la gare. Je valide ? ^CL",
            rule: "tone.informal_address",
            quote: "te",
        },
        Slip {
            file: "train_annule.ron",
            turn: "dm_reservation",
            action: Action::ReplyDm,
            model: "Merci {first_name}, j'ai votre dossier QX7M4R. Je vous place dans l'IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, sans frais. Comme vous arrivez après minuit, je vous envoie aussi un bon taxi Lumerail jusqu'à 60 €, valable à la gare. Je valide ? ^CL",
            slipped: "Merci {first_name}, j'ai votre dossier QX7M4R. Je vous place dans l'IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, sans frais. Comme vous arrivez après minuit, je vous envoie aussi un bon taxi Lumerail jusqu'à 60 €, valable à la gare, svp gardez-le. Je valide ? ^CL",
            rule: "tone.slang",
            quote: "svp",
        },
        Slip {
            file: "kapotte_fiets.ron",
            turn: "dm_akkoord",
            action: Action::ReplyDm,
            model: "Top, de monteur staat ingepland: donderdag 20 maart tussen 13:00 en 17:00. De accu komt niet per pakket, de monteur brengt hem zelf mee en plaatst hem. Ik heb je melding aan het magazijn doorgegeven; accu's gaan vanaf nu niet meer in de fietsdoos. Je busreizen tot donderdag vergoed ik tot 25 euro: stuur me gewoon een screenshot. Dank je wel voor je geduld, {first_name}. Groetjes, Joris",
            slipped: "Top, de monteur staat ingepland: donderdag 20 maart tussen 13:00 en 17:00. De accu komt niet per pakket, de monteur brengt hem zelf mee en plaatst hem. Ik heb uw melding aan het magazijn doorgegeven; accu's gaan vanaf nu niet meer in de fietsdoos. Je busreizen tot donderdag vergoed ik tot 25 euro: stuur me gewoon een screenshot. Dank je wel voor je geduld, {first_name}. Groetjes, Joris",
            rule: "tone.mixed_address",
            quote: "uw",
        },
        Slip {
            file: "kapotte_fiets.ron",
            turn: "klacht",
            action: Action::AskDm,
            model: "Hoi {first_name}, wat vervelend. Je hebt je nieuwe fiets deze week nodig om naar je werk te komen, en dan komt hij binnen met een kapotte accu. Dat je daarna twee keer een half uur in de wacht hing, maakt het alleen maar erger. Sorry, zo hoort het niet. Ik heb je net een privébericht gestuurd, dan regelen we het vandaag nog. Groetjes, Joris",
            slipped: "Hoi {first_name}, wat vervelend 😕 Je hebt je nieuwe fiets deze week nodig om naar je werk te komen, en dan komt hij binnen met een kapotte accu. Dat je daarna twee keer een half uur in de wacht hing, maakt het alleen maar erger. Sorry, zo hoort het niet. Ik heb je net een privébericht gestuurd, dan regelen we het vandaag nog. Groetjes, Joris",
            rule: "tone.emoji_too_soon",
            quote: "😕",
        },
        Slip {
            file: "kapotte_fiets.ron",
            turn: "publiek_bedankt",
            action: Action::ReplyPublic,
            model: "Wat fijn om te lezen, {first_name}, en dank je wel dat je het hier laat weten. Veel fietsplezier op weg naar je werk 🚲 Jouw melding heeft ook iets veranderd: accu's gaan niet meer in de fietsdoos, een vervangende accu brengt de monteur voortaan zelf mee. Groetjes, Joris",
            slipped: "Wat fijn om te lezen, {first_name}, en dank je wel dat je het hier laat weten 🙏 Veel fietsplezier op weg naar je werk 🚲 Jouw melding heeft ook iets veranderd: accu's gaan niet meer in de fietsdoos, een vervangende accu brengt de monteur voortaan zelf mee. Groetjes, Joris",
            rule: "tone.emoji_too_many",
            quote: "🚲",
        },
        Slip {
            file: "troll.ron",
            turn: "journalist",
            action: Action::Escalate("comms_lead".into()),
            model: "@tom_vermeer noted, 17:00 today for Dagblad Oost. Eva Lindqvist, our Head of Communications, will phone you within 30 minutes, long before 17:00. Press office: +31 20 555 0140. - Team Voltaro",
            slipped: "@tom_vermeer noted, 17:00 today for Dagblad Oost. Eva Lindqvist, our Head of Communications, will phone you within 30 minutes, long before 17:00. Press office: +31 20 555 0140. ^JM",
            rule: "tone.signed_other_way",
            quote: "^JM",
        },
        Slip {
            file: "troll.ron",
            turn: "journalist",
            action: Action::Escalate("comms_lead".into()),
            model: "@tom_vermeer noted, 17:00 today for Dagblad Oost. Eva Lindqvist, our Head of Communications, will phone you within 30 minutes, long before 17:00. Press office: +31 20 555 0140. - Team Voltaro",
            slipped: "@tom_vermeer noted, 17:00 today for Dagblad Oost!! Eva Lindqvist, our Head of Communications, will phone you within 30 minutes, long before 17:00. Press office: +31 20 555 0140. - Team Voltaro",
            rule: "tone.exclamation_run",
            quote: "@tom_vermeer noted, 17:00 today for Dagblad Oost!!",
        },
        Slip {
            file: "kapotte_fiets.ron",
            turn: "dm_akkoord",
            action: Action::ReplyDm,
            model: "Top, de monteur staat ingepland: donderdag 20 maart tussen 13:00 en 17:00. De accu komt niet per pakket, de monteur brengt hem zelf mee en plaatst hem. Ik heb je melding aan het magazijn doorgegeven; accu's gaan vanaf nu niet meer in de fietsdoos. Je busreizen tot donderdag vergoed ik tot 25 euro: stuur me gewoon een screenshot. Dank je wel voor je geduld, {first_name}. Groetjes, Joris",
            slipped: "Top, de monteur staat ingepland: donderdag 20 maart tussen 13:00 en 17:00. De accu komt niet per pakket, de monteur brengt hem zelf mee en plaatst hem. Ik heb uw melding aan het magazijn doorgegeven; accu's gaan vanaf nu niet meer in de fietsdoos. Uw busreizen tot donderdag vergoed ik tot 25 euro: stuurt u mij gewoon een screenshot. Dank u wel voor uw geduld, {first_name}. Groetjes, Joris",
            rule: "tone.formal_address",
            quote: "uw",
        },
    ]
}

/// Replies in the brand's voice that only look like slips to a word list: quoted words,
/// units, hyphenated words, a postscript after the signature, closing words and the name
/// on lines of their own.
#[test]
fn what_only_looks_like_a_slip_costs_nothing() {
    for (file, turn, action, reply) in [
        (
            "train_annule.ron",
            "dm_reservation",
            Action::ReplyDm,
            "Merci {first_name}, j'ai votre dossier QX7M4R. L'agent de Bercy vous a répondu « t'as qu'à attendre » : ce n'est pas acceptable, pardon. Je vous place dans l'IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, sans frais, avec un bon taxi jusqu'à 60 €. Je valide ?\nBien à vous,\nCL",
        ),
        (
            "kapotte_fiets.ron",
            "dm_akkoord",
            Action::ReplyDm,
            "Top, de monteur staat ingepland: donderdag 20 maart tussen 13 u en 17 u. De accu komt niet per pakket, de monteur brengt hem zelf mee. Je busreizen tot donderdag vergoed ik tot 25 euro: stuur me een screenshot. Vergeet je U-slot niet, {first_name}.\nGroetjes,\nJoris",
        ),
        (
            "troll.ron",
            "journalist",
            Action::Escalate("comms_lead".into()),
            "@tom_vermeer noted, 17:00 today for Dagblad Oost. Eva Lindqvist, our Head of Communications, will phone you within 30 minutes, long before 17:00. Press office: +31 20 555 0140.\n– The Voltaro team\nPS: the rates are at voltaro.example/tariffs-october",
        ),
    ] {
        let scenario = scenario(file);
        let reply = scenario.fill(reply, &scenario.default_identity());
        let verdict = judge_in(&scenario, turn, &action, &reply);
        assert_eq!(tone_slips(&verdict), [], "{file} {turn}: {reply}");
        assert_eq!(verdict.scores.tone, Some(100));
    }
}

#[test]
fn each_slip_from_the_brands_voice_is_named_quoted_and_costs_tone() {
    for slip in slips() {
        let scenario = scenario(slip.file);
        let identity = scenario.default_identity();
        let model_reply = scenario.fill(slip.model, &identity);
        let slipped_reply = scenario.fill(slip.slipped, &identity);
        let model = judge_in(&scenario, slip.turn, &slip.action, &model_reply);
        let slipped = judge_in(&scenario, slip.turn, &slip.action, &slipped_reply);
        assert_eq!(
            tone_slips(&model),
            [],
            "{} {}: the model answer keeps the voice",
            slip.file,
            slip.turn
        );
        assert_eq!(model.scores.tone, Some(100), "{}", slip.rule);
        assert!(
            tone_slips(&slipped).contains(&(slip.rule.to_string(), slip.quote.to_string())),
            "{} {}: expected {} quoting {:?}, got {:?}",
            slip.file,
            slip.turn,
            slip.rule,
            slip.quote,
            tone_slips(&slipped)
        );
        assert!(slipped.scores.tone < model.scores.tone, "{}", slip.rule);
        assert!(slipped.grade <= model.grade, "{}", slip.rule);
    }
}

#[test]
fn out_of_voice_altogether_is_not_a_model_answer() {
    // Right facts, right action, warm: but "tu", an emoji and no signature, for a brand that
    // says "vous", never uses emoji and signs every reply.
    let scenario = scenario("train_annule.ron");
    let identity = scenario.default_identity();
    let model = scenario.fill("Merci {first_name}, j'ai votre dossier QX7M4R. Je vous place dans l'IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, sans frais. Comme vous arrivez après minuit, je vous envoie aussi un bon taxi Lumerail jusqu'à 60 €, valable à la gare. Je valide ? ^CL", &identity);
    let slipped = scenario.fill("Merci {first_name}, j'ai ton dossier QX7M4R. Je te place dans l'IC 4735 : départ de Bercy à 20h52, arrivée à Clermont à 00h19, sans frais. Comme tu arrives après minuit, je t'envoie aussi un bon taxi Lumerail jusqu'à 60 €, valable à la gare 👍 Je valide ?", &identity);
    let model = judge_in(&scenario, "dm_reservation", &Action::ReplyDm, &model);
    let slipped = judge_in(&scenario, "dm_reservation", &Action::ReplyDm, &slipped);
    assert_eq!(model.grade, Grade::Good);
    assert!(
        slipped.scores.tone.is_some_and(|t| t < 50),
        "{:?}",
        slipped.scores.tone
    );
    assert_eq!(slipped.grade, Grade::Fair);
}

#[test]
fn a_passive_that_names_the_brand_owns_the_problem() {
    let scenario = scenario("cancelled_flight.ron");
    let action = Action::Escalate("customer_care".into());
    for reply in [
        "AE 1432 was cancelled by us, for a technical fault on the aircraft. Customer Care decides and will email you within 48 hours. ^JM",
        "We cancelled AE 1432 for a technical fault. Customer Care decides and will email you within 48 hours. ^JM",
        "Has your booking been cancelled too? Customer Care decides and will email you within 48 hours. ^JM",
    ] {
        let v = judge_in(&scenario, "dm_compensation", &action, reply);
        assert!(
            !tone_slips(&v)
                .iter()
                .any(|(rule, _)| rule == "tone.passive_distancing"),
            "{reply}: {:?}",
            tone_slips(&v)
        );
    }
}

#[test]
fn a_casual_brand_welcomes_emoji_and_chat_speak() {
    let mut scenario = scenario("cancelled_flight.ron");
    scenario.brand.tone.formality = Formality::Casual;
    scenario.brand.tone.emoji = EmojiUse::Welcome;
    let reply = "Booked: VL 318, 09:50 ✈️✈️ It was a technical fault on the aircraft, so EU261 applies: 400 euros each, halved to 200 when the new flight lands within 3h of the original. Customer Care decides and will email u within 48 hours!! ^JM";
    let verdict = judge_in(
        &scenario,
        "dm_compensation",
        &Action::Escalate("customer_care".into()),
        reply,
    );
    assert_eq!(tone_slips(&verdict), []);
    assert_eq!(verdict.scores.tone, Some(100));
}

#[test]
fn no_reply_has_no_tone() {
    let scenario = scenario("troll.ron");
    for action in [Action::Hide, Action::Monitor] {
        let verdict = judge_in(&scenario, "abuse_post", &action, "");
        assert_eq!(verdict.scores.tone, None);
        assert!(
            verdict
                .evidence
                .iter()
                .all(|e| e.dimension != Dimension::Tone)
        );
    }
}

#[test]
fn tone_evidence_adds_up_and_quotes_the_reply() {
    for slip in slips() {
        let scenario = scenario(slip.file);
        let reply = scenario.fill(slip.slipped, &scenario.default_identity());
        let verdict = judge_in(&scenario, slip.turn, &slip.action, &reply);
        let tone: Vec<_> = verdict
            .evidence
            .iter()
            .filter(|e| e.dimension == Dimension::Tone)
            .collect();
        let sum: i32 = tone.iter().map(|e| e.points).sum();
        assert_eq!(verdict.scores.tone, Some(sum.clamp(0, 100) as u8));
        for e in tone {
            assert!(!e.explanation.is_empty(), "{}", e.rule);
            match e.span {
                Some(span) => assert_eq!(&reply[span.start..span.end], e.quote),
                // Only the starting points and a missing signature have no words to quote.
                None => assert!(
                    ["tone.voice", "tone.unsigned"].contains(&&*e.rule),
                    "{}",
                    e.rule
                ),
            }
            if e.points < 0 {
                assert!(
                    e.better.as_deref().is_some_and(|b| !b.is_empty()),
                    "{}",
                    e.rule
                );
            }
            // The words that broke the voice are named in the explanation too.
            if e.points < 0 && !e.quote.is_empty() && !e.rule.starts_with("tone.emoji") {
                assert!(
                    e.explanation.contains(&e.quote),
                    "{}: {:?} not in {:?}",
                    e.rule,
                    e.quote,
                    e.explanation
                );
            }
        }
    }
}
