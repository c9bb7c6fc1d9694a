//! The debrief chart: one horizontal bar per scoring dimension, drawn with the egui
//! painter, with the score at the end of each bar and a faint 50/75 guide.

use bevy_egui::egui::{self, Align2, CornerRadius, FontId, Sense, Stroke, vec2};

use crate::app::i18n::I18n;
use crate::app::report::{DIMENSIONS, average, dimension_key};
use crate::app::theme::color;
use crate::report::Averages;

/// Draws the chart; a dimension nobody scored shows "not scored".
pub fn dimension_chart(ui: &mut egui::Ui, averages: &Averages, i18n: &I18n) {
    let label_w = 130.0;
    let row_h = 30.0;
    let width = ui.available_width().max(260.0);
    let (rect, _) = ui.allocate_exact_size(
        vec2(width, row_h * DIMENSIONS.len() as f32 + 8.0),
        Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let bar_x0 = rect.left() + label_w;
    let bar_w = (rect.width() - label_w - 48.0).max(40.0);
    for guide in [50.0, 75.0] {
        let x = bar_x0 + bar_w * guide / 100.0;
        painter.line_segment(
            [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
            Stroke::new(1.0, color::BORDER),
        );
    }
    let font = FontId::proportional(14.0);
    for (i, d) in DIMENSIONS.iter().enumerate() {
        let y = rect.top() + 4.0 + row_h * i as f32;
        let mid = y + row_h / 2.0;
        painter.text(
            egui::pos2(rect.left(), mid),
            Align2::LEFT_CENTER,
            i18n.t(dimension_key(*d)),
            font.clone(),
            color::TEXT,
        );
        let track = egui::Rect::from_min_size(egui::pos2(bar_x0, mid - 8.0), vec2(bar_w, 16.0));
        painter.rect_filled(track, CornerRadius::same(8), color::SURFACE_ALT);
        match average(averages, *d) {
            Some(score) => {
                let w = (bar_w * score as f32 / 100.0).max(4.0);
                let bar = egui::Rect::from_min_size(track.min, vec2(w, 16.0));
                painter.rect_filled(bar, CornerRadius::same(8), color::DIMENSIONS[i]);
                painter.text(
                    egui::pos2(track.right() + 8.0, mid),
                    Align2::LEFT_CENTER,
                    format!("{score}"),
                    FontId::proportional(14.0),
                    color::TEXT,
                );
            }
            None => {
                painter.text(
                    egui::pos2(track.left() + 8.0, mid),
                    Align2::LEFT_CENTER,
                    i18n.t("debrief-not-scored"),
                    FontId::proportional(12.0),
                    color::TEXT_MUTED,
                );
            }
        }
    }
}

/// A round gauge for the overall score.
pub fn score_ring(ui: &mut egui::Ui, score: Option<u8>, size: f32) {
    let (rect, _) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    let painter = ui.painter_at(rect);
    let c = rect.center();
    let r = size / 2.0 - 6.0;
    painter.circle_stroke(c, r, Stroke::new(8.0, color::SURFACE_ALT));
    if let Some(s) = score {
        let frac = s as f32 / 100.0;
        let col = if s >= 75 {
            color::GAIN
        } else if s >= 50 {
            color::WARN
        } else {
            color::LOSS
        };
        let n = 64;
        let start = -std::f32::consts::FRAC_PI_2;
        let pts: Vec<egui::Pos2> = (0..=((n as f32 * frac) as usize).max(1))
            .map(|k| {
                let a =
                    start + std::f32::consts::TAU * frac * k as f32 / (n as f32 * frac).max(1.0);
                c + vec2(a.cos(), a.sin()) * r
            })
            .collect();
        painter.add(egui::Shape::line(pts, Stroke::new(8.0, col)));
        painter.text(
            c,
            Align2::CENTER_CENTER,
            format!("{s}"),
            FontId::proportional(size * 0.3),
            color::TEXT,
        );
    } else {
        painter.text(
            c,
            Align2::CENTER_CENTER,
            "–",
            FontId::proportional(size * 0.3),
            color::TEXT_MUTED,
        );
    }
}
