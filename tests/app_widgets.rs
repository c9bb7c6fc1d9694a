//! egui_kittest tests of the interface pieces, outside Bevy: composer, action bar and the
//! debrief's evidence highlighting.
#![cfg(feature = "app")]

use bevy_egui::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use frontline::app::i18n::I18n;
use frontline::app::theme::color;
use frontline::app::widgets::highlight::{self, Mark};
use frontline::app::widgets::{
    ActionBarState, ComposerAction, ComposerState, action_bar, composer,
};
use frontline::scenario::{Action, ActionKind, Language};
use frontline::scoring::{Dimension, Evidence, Span};

struct ComposerHarness {
    state: ComposerState,
    limit: u32,
    sent: Vec<ComposerAction>,
    i18n: I18n,
}

fn composer_harness(limit: u32) -> Harness<'static, ComposerHarness> {
    Harness::new_ui_state(
        |ui, s: &mut ComposerHarness| {
            if let Some(a) = composer(ui, &mut s.state, s.limit, true, false, &s.i18n) {
                s.sent.push(a);
            }
        },
        ComposerHarness {
            state: ComposerState::default(),
            limit,
            sent: Vec::new(),
            i18n: I18n::new(Language::En),
        },
    )
}

#[test]
fn composer_counts_live_and_ctrl_enter_sends() {
    let mut h = composer_harness(280);
    h.run();
    h.get_by_label_contains("0 / 280");
    h.state_mut().state.focus = true;
    h.run();
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("Hello Marie");
    h.run();
    assert_eq!(h.state().state.text, "Hello Marie");
    h.get_by_label_contains("11 / 280");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    assert_eq!(h.state().sent, vec![ComposerAction::Send]);
    // Ctrl+Enter did not add a new line.
    assert_eq!(h.state().state.text, "Hello Marie");
}

#[test]
fn composer_takes_accents_and_emoji_and_counts_characters() {
    let mut h = composer_harness(280);
    h.state_mut().state.focus = true;
    h.run();
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("Désolée, één moment 🙏");
    h.run();
    assert_eq!(h.state().state.text, "Désolée, één moment 🙏");
    // Characters, as the channel counts them, not bytes.
    h.get_by_label_contains("21 / 280");
}

#[test]
fn composer_blocks_empty_and_too_long_replies() {
    let mut h = composer_harness(10);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    assert!(h.state().sent.is_empty(), "empty reply sent");
    h.state_mut().state.text = "far too long for ten".into();
    h.run();
    h.get_by_label("Too long for this channel");
    h.get_by_label_contains("Send").click();
    h.run();
    assert!(h.state().sent.is_empty(), "too long reply sent");
    h.state_mut().state.text = "short".into();
    h.run();
    h.get_by_label_contains("Send").click();
    h.run();
    assert_eq!(h.state().sent, vec![ComposerAction::Send]);
}

struct BarHarness {
    state: ActionBarState,
    teams: Vec<(String, String)>,
    i18n: I18n,
}

fn bar_harness() -> Harness<'static, BarHarness> {
    Harness::new_ui_state(
        |ui, s: &mut BarHarness| {
            action_bar(ui, &mut s.state, &s.teams, &s.i18n);
        },
        BarHarness {
            state: ActionBarState::default(),
            teams: vec![
                ("care".into(), "Customer Care".into()),
                ("ops".into(), "Operations".into()),
            ],
            i18n: I18n::new(Language::En),
        },
    )
}

#[test]
fn action_bar_clicks_shortcuts_and_escalation_team() {
    let mut h = bar_harness();
    h.run();
    assert_eq!(h.state().state.action(), Some(Action::ReplyPublic));
    h.get_by_label_contains("Reply by DM").click();
    h.run();
    assert_eq!(h.state().state.kind, ActionKind::ReplyDm);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    h.run();
    assert_eq!(h.state().state.action(), Some(Action::Monitor));
    h.get_by_label_contains("Escalate").click();
    h.run();
    // Escalation needs a team.
    assert_eq!(h.state().state.action(), None);
    h.get_by_label("Operations").click();
    h.run();
    assert_eq!(
        h.state().state.action(),
        Some(Action::Escalate("ops".into()))
    );
    // Ctrl+4 again cycles the teams.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    assert_eq!(
        h.state().state.action(),
        Some(Action::Escalate("care".into()))
    );
}

#[test]
fn action_bar_speaks_the_interface_language() {
    let mut h = bar_harness();
    h.state_mut().i18n.set_lang(Language::Fr);
    h.run();
    h.get_by_label_contains("Répondre en privé");
    h.state_mut().i18n.set_lang(Language::Nl);
    h.run();
    h.get_by_label_contains("Antwoorden via DM");
}

fn ev(points: i32, start: usize, end: usize, explanation: &str) -> Evidence {
    Evidence {
        rule: "test.rule".into(),
        dimension: Dimension::Empathy,
        points,
        span: Some(Span { start, end }),
        quote: String::new(),
        explanation: explanation.to_string().into(),
        better: (points < 0).then(|| "Say what Customer Care will do and when.".into()),
    }
}

#[test]
fn debrief_highlights_gains_and_losses_in_the_reply() {
    let reply = "So sorry Marie, we will pay you 400 euros. ^JM";
    let evidence = vec![
        ev(20, 0, 14, "Names the feeling"),
        ev(-40, 16, 42, "Promises compensation"),
    ];
    let job = highlight::layout(reply, &evidence, egui::FontId::proportional(15.0), 400.0);
    let by_text: Vec<(&str, egui::Color32)> = job
        .sections
        .iter()
        .map(|s| {
            (
                &job.text[s.byte_range.start.0..s.byte_range.end.0],
                s.format.background,
            )
        })
        .collect();
    assert_eq!(
        by_text,
        vec![
            ("So sorry Marie", color::GAIN_BG),
            (", ", egui::Color32::TRANSPARENT),
            ("we will pay you 400 euros.", color::LOSS_BG),
            (" ^JM", egui::Color32::TRANSPARENT),
        ]
    );
    assert_eq!(
        highlight::segments(reply, &evidence)
            .iter()
            .filter_map(|(_, m)| *m)
            .collect::<Vec<_>>(),
        vec![Mark::Gain, Mark::Loss]
    );

    // Rendered: the reply, each explanation, and the better way for the loss.
    let i18n = I18n::new(Language::En);
    let mut h = Harness::new_ui(|ui| highlight::highlighted_reply(ui, reply, &evidence, &i18n));
    h.run();
    h.get_by_label(reply);
    h.get_by_label("Names the feeling");
    h.get_by_label("Promises compensation");
    h.get_by_label_contains("Say what Customer Care will do");
    h.get_by_label("+20");
    h.get_by_label("-40");
}

/// The texts the painter drew in the last frame (the chart draws with the painter, so its
/// labels are shapes, not widgets).
fn painted_texts<S>(h: &Harness<'_, S>) -> Vec<String> {
    h.output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.galley.text().to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn debrief_chart_draws_every_dimension_with_its_score() {
    let averages = frontline::report::Averages {
        empathy: Some(81),
        accuracy: Some(72),
        escalation: Some(100),
        timeliness: None,
        tone: Some(64),
    };
    for (language, tone_name, not_scored) in [
        (Language::En, "Brand voice", "not scored"),
        (Language::Fr, "Ton de la marque", ""),
        (Language::Nl, "Merkstem", ""),
    ] {
        let i18n = I18n::new(language);
        let mut h = Harness::new_ui(|ui| {
            frontline::app::widgets::chart::dimension_chart(ui, &averages, &i18n)
        });
        h.run();
        let texts = painted_texts(&h);
        for expected in [tone_name, "64", "81", "72", "100"] {
            assert!(
                texts.iter().any(|t| t == expected),
                "{language}: {expected:?} not drawn in {texts:?}"
            );
        }
        if !not_scored.is_empty() {
            assert!(texts.iter().any(|t| t.contains(not_scored)), "{texts:?}");
        }
    }
}

#[test]
fn debrief_shows_the_recovery_steps_taken_and_missing() {
    use frontline::scoring::recovery::Recovery;
    let reply = "I've booked you on VL 318. So sorry about the wedding.";
    let at = |word: &str| {
        let start = reply.find(word).expect("word in reply");
        Some(Span {
            start,
            end: start + word.len(),
        })
    };
    let recovery = Recovery {
        hear: at("the wedding"),
        apologise: at("So sorry"),
        resolve: at("I've booked you"),
        thank: None,
        fix_first: true,
    };
    for (language, taken, missing, warning) in [
        (
            Language::En,
            ["✔ Heard them", "✔ Apologised", "✔ Resolved"],
            "– Thanked",
            "The fix came before hearing them.",
        ),
        (
            Language::Fr,
            ["✔ Écouté", "✔ Excusé", "✔ Résolu"],
            "– Remercié",
            "La solution est venue avant l'écoute.",
        ),
        (
            Language::Nl,
            ["✔ Gehoord", "✔ Excuses", "✔ Opgelost"],
            "– Bedankt",
            "De oplossing kwam voor het luisteren.",
        ),
    ] {
        let i18n = I18n::new(language);
        let mut h = Harness::new_ui(|ui| {
            frontline::app::widgets::recovery::recovery_steps(ui, &i18n, &recovery, reply)
        });
        h.run();
        let texts = painted_texts(&h);
        for expected in taken.iter().chain([&missing, &warning]) {
            assert!(
                texts.iter().any(|t| t == expected),
                "{language}: {expected:?} not drawn in {texts:?}"
            );
        }
    }
    // In order, with every step: no warning.
    let in_order = Recovery {
        fix_first: false,
        thank: at("VL 318"),
        ..recovery
    };
    let i18n = I18n::new(Language::En);
    let mut h = Harness::new_ui(|ui| {
        frontline::app::widgets::recovery::recovery_steps(ui, &i18n, &in_order, reply)
    });
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t == "✔ Thanked"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("fix came")), "{texts:?}");
}
