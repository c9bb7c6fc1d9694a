//! A reply with the scorer's evidence highlighted inside it: gains on green, losses on red,
//! using each `Evidence.span` byte range. Where a gain and a loss overlap, the loss shows.

use std::ops::Range;

use bevy_egui::egui::{self, Color32, FontId, RichText, TextFormat, text::LayoutJob};

use crate::app::i18n::{I18n, num};
use crate::app::theme::color;
use crate::scoring::Evidence;

/// Whether a piece of text gained or lost points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Gain,
    Loss,
}

/// Splits `text` into consecutive pieces, each marked by the evidence covering it.
/// Spans out of range or off char boundaries are ignored rather than trusted.
pub fn segments(text: &str, evidence: &[Evidence]) -> Vec<(Range<usize>, Option<Mark>)> {
    let mut marks: Vec<Option<Mark>> = vec![None; text.len()];
    for e in evidence {
        let Some(span) = e.span else { continue };
        if span.start >= span.end
            || span.end > text.len()
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
        {
            continue;
        }
        let mark = if e.points < 0 { Mark::Loss } else { Mark::Gain };
        for m in &mut marks[span.start..span.end] {
            if *m != Some(Mark::Loss) {
                *m = Some(mark);
            }
        }
    }
    let mut out: Vec<(Range<usize>, Option<Mark>)> = Vec::new();
    for (i, _) in text.char_indices() {
        let m = marks[i];
        match out.last_mut() {
            Some((range, last)) if *last == m => {
                range.end = i + text[i..].chars().next().map_or(1, char::len_utf8)
            }
            _ => out.push((i..i + text[i..].chars().next().map_or(1, char::len_utf8), m)),
        }
    }
    out
}

/// The reply as a layout job with highlighted evidence.
pub fn layout(text: &str, evidence: &[Evidence], font: FontId, wrap: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap;
    for (range, mark) in segments(text, evidence) {
        let (fg, bg) = match mark {
            None => (color::TEXT, Color32::TRANSPARENT),
            Some(Mark::Gain) => (color::GAIN, color::GAIN_BG),
            Some(Mark::Loss) => (color::LOSS, color::LOSS_BG),
        };
        job.append(
            &text[range],
            0.0,
            TextFormat {
                font_id: font.clone(),
                color: fg,
                background: bg,
                ..Default::default()
            },
        );
    }
    job
}

/// Draws the highlighted reply and, below it, the evidence list (points, rule,
/// explanation, and the better way for losses).
pub fn highlighted_reply(ui: &mut egui::Ui, text: &str, evidence: &[Evidence], i18n: &I18n) {
    if !text.is_empty() {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let job = layout(text, evidence, font, ui.available_width());
        ui.label(job);
    }
    evidence_list(ui, evidence, i18n);
}

/// The evidence as a list: "+20 empathy · names the feeling: “so sorry…”".
pub fn evidence_list(ui: &mut egui::Ui, evidence: &[Evidence], i18n: &I18n) {
    for e in evidence {
        let gain = e.points >= 0;
        let (fg, sign) = if gain {
            (color::GAIN, "+")
        } else {
            (color::LOSS, "")
        };
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 6.0;
            ui.label(
                RichText::new(format!("{sign}{}", e.points))
                    .strong()
                    .color(fg)
                    .monospace(),
            );
            ui.label(
                RichText::new(i18n.t(crate::app::report::dimension_key(e.dimension)))
                    .small()
                    .color(color::TEXT_MUTED),
            );
            ui.label(RichText::new(&*e.explanation).color(color::TEXT));
            if !e.quote.is_empty() {
                ui.label(RichText::new(format!("“{}”", e.quote)).italics().color(fg));
            }
        });
        if let Some(better) = &e.better {
            ui.label(
                RichText::new(i18n.t_args(
                    "evidence-better",
                    &[("text", crate::app::i18n::text(better.clone()))],
                ))
                .small()
                .color(color::TEXT_MUTED),
            );
        }
    }
    if evidence.is_empty() {
        ui.label(
            RichText::new(i18n.t_args("evidence-none", &[("n", num(0))]))
                .small()
                .color(color::TEXT_MUTED),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{Dimension, Span};

    fn ev(points: i32, start: usize, end: usize) -> Evidence {
        Evidence {
            rule: "r".into(),
            dimension: Dimension::Empathy,
            points,
            span: Some(Span { start, end }),
            quote: String::new(),
            explanation: "".into(),
            better: None,
        }
    }

    #[test]
    fn marks_gains_and_losses() {
        let text = "so sorry, we will refund you";
        let s = segments(text, &[ev(10, 0, 8), ev(-20, 10, 28)]);
        assert_eq!(
            s,
            vec![
                (0..8, Some(Mark::Gain)),
                (8..10, None),
                (10..28, Some(Mark::Loss)),
            ]
        );
    }

    #[test]
    fn loss_wins_overlap_and_bad_spans_are_ignored() {
        let text = "désolé";
        // 'é' is two bytes: 1..3 is a char, 2 is not a boundary.
        let s = segments(
            text,
            &[ev(5, 0, 8), ev(-5, 0, 3), ev(5, 2, 4), ev(5, 0, 99)],
        );
        assert_eq!(s, vec![(0..3, Some(Mark::Loss)), (3..8, Some(Mark::Gain))]);
    }
}
