//! The look of the app: a calm, light palette, card frames and the egui style built from
//! them. Every colour the interface uses is named here so that screens stay consistent.

use bevy_egui::egui::{
    self, Color32, CornerRadius, FontFamily, FontId, Frame, Margin, Shadow, Stroke, TextStyle,
};

/// The app's palette.
pub mod color {
    use super::Color32;

    pub const BG: Color32 = Color32::from_rgb(0xF3, 0xF5, 0xF9);
    pub const SURFACE: Color32 = Color32::WHITE;
    pub const SURFACE_ALT: Color32 = Color32::from_rgb(0xF8, 0xFA, 0xFC);
    pub const BORDER: Color32 = Color32::from_rgb(0xE1, 0xE6, 0xEE);
    pub const SIDEBAR: Color32 = Color32::from_rgb(0x17, 0x22, 0x36);
    pub const SIDEBAR_TEXT: Color32 = Color32::from_rgb(0xC9, 0xD3, 0xE3);
    pub const SIDEBAR_ACTIVE: Color32 = Color32::from_rgb(0x26, 0x36, 0x52);
    pub const TEXT: Color32 = Color32::from_rgb(0x1B, 0x24, 0x33);
    pub const TEXT_MUTED: Color32 = Color32::from_rgb(0x5B, 0x67, 0x7A);
    pub const ACCENT: Color32 = Color32::from_rgb(0x2F, 0x6F, 0xED);
    pub const ACCENT_SOFT: Color32 = Color32::from_rgb(0xE6, 0xEE, 0xFD);
    pub const BRAND_BUBBLE: Color32 = Color32::from_rgb(0xEA, 0xF1, 0xFE);
    pub const DM_BUBBLE: Color32 = Color32::from_rgb(0xF1, 0xEE, 0xFB);
    pub const GAIN: Color32 = Color32::from_rgb(0x1E, 0x8E, 0x5A);
    pub const GAIN_BG: Color32 = Color32::from_rgb(0xD7, 0xF2, 0xE3);
    pub const LOSS: Color32 = Color32::from_rgb(0xC2, 0x41, 0x3B);
    pub const LOSS_BG: Color32 = Color32::from_rgb(0xFB, 0xDE, 0xDB);
    pub const WARN: Color32 = Color32::from_rgb(0xB7, 0x79, 0x1F);
    pub const WARN_BG: Color32 = Color32::from_rgb(0xFD, 0xF1, 0xD8);

    /// One colour per scoring dimension, in the order of `report::DIMENSIONS` (its length
    /// is this array's, so a new dimension without a colour does not compile).
    pub const DIMENSIONS: [Color32; crate::app::report::DIMENSIONS.len()] = [
        Color32::from_rgb(0xD9, 0x5D, 0x8C),
        Color32::from_rgb(0x2F, 0x6F, 0xED),
        Color32::from_rgb(0x7A, 0x5A, 0xE0),
        Color32::from_rgb(0x1E, 0x9E, 0x8A),
        Color32::from_rgb(0xD2, 0x7A, 0x1E),
    ];
}

/// Applies the app's style to an egui context. `scale` is the user's interface scale
/// (1.0 = 100 %).
pub fn apply(ctx: &egui::Context, scale: f32) {
    ctx.set_theme(egui::Theme::Light);
    ctx.set_zoom_factor(scale);
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(22.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 30.0;

        let v = &mut style.visuals;
        v.override_text_color = None;
        v.panel_fill = color::BG;
        v.window_fill = color::SURFACE;
        v.window_stroke = Stroke::new(1.0, color::BORDER);
        v.window_corner_radius = CornerRadius::same(10);
        v.extreme_bg_color = color::SURFACE;
        v.faint_bg_color = color::SURFACE_ALT;
        v.hyperlink_color = color::ACCENT;
        v.selection.bg_fill = color::ACCENT_SOFT;
        v.selection.stroke = Stroke::new(1.0, color::ACCENT);
        // A blinking cursor asks egui for a repaint every half second, and bevy_egui 0.42
        // turns any pending repaint into a redraw every frame: the app would never idle.
        v.text_cursor.blink = false;
        v.warn_fg_color = color::WARN;
        v.error_fg_color = color::LOSS;
        let radius = CornerRadius::same(6);
        for w in [
            &mut v.widgets.noninteractive,
            &mut v.widgets.inactive,
            &mut v.widgets.hovered,
            &mut v.widgets.active,
            &mut v.widgets.open,
        ] {
            w.corner_radius = radius;
        }
        v.widgets.noninteractive.fg_stroke = Stroke::new(1.0, color::TEXT);
        v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, color::BORDER);
        v.widgets.inactive.fg_stroke = Stroke::new(1.0, color::TEXT);
        v.widgets.inactive.weak_bg_fill = Color32::from_rgb(0xEB, 0xEF, 0xF5);
        v.widgets.inactive.bg_fill = Color32::from_rgb(0xEB, 0xEF, 0xF5);
        v.widgets.hovered.weak_bg_fill = Color32::from_rgb(0xDF, 0xE6, 0xF0);
        v.widgets.hovered.bg_fill = Color32::from_rgb(0xDF, 0xE6, 0xF0);
        v.widgets.hovered.bg_stroke = Stroke::new(1.0, color::ACCENT);
        v.widgets.hovered.fg_stroke = Stroke::new(1.5, color::TEXT);
        v.widgets.active.weak_bg_fill = color::ACCENT_SOFT;
        v.widgets.active.bg_fill = color::ACCENT_SOFT;
        v.widgets.active.fg_stroke = Stroke::new(1.5, color::ACCENT);
    });
}

/// The frame of a full screen (library, briefing, debrief, settings): the page background
/// with the same margins everywhere.
pub fn page() -> Frame {
    Frame::new()
        .fill(color::BG)
        .inner_margin(Margin::symmetric(28, 22))
}

/// A screen's title, as the library and settings show it.
pub fn page_title(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.label(
        egui::RichText::new(text.into())
            .size(26.0)
            .strong()
            .color(color::TEXT),
    );
}

/// A white card with a soft border.
pub fn card() -> Frame {
    Frame::new()
        .fill(color::SURFACE)
        .stroke(Stroke::new(1.0, color::BORDER))
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::same(16))
        .shadow(Shadow {
            offset: [0, 1],
            blur: 4,
            spread: 0,
            color: Color32::from_black_alpha(12),
        })
}

/// A tinted notice (banner) frame.
pub fn notice(fill: Color32, border: Color32) -> Frame {
    Frame::new()
        .fill(fill)
        .stroke(Stroke::new(1.0, border))
        .corner_radius(CornerRadius::same(8))
        .inner_margin(Margin::symmetric(14, 10))
}

/// A chat bubble.
pub fn bubble(fill: Color32) -> Frame {
    Frame::new()
        .fill(fill)
        .corner_radius(CornerRadius::same(12))
        .inner_margin(Margin::symmetric(12, 8))
}

/// A small rounded label ("chip") such as a tag or a difficulty.
pub fn chip(
    ui: &mut egui::Ui,
    text: impl Into<String>,
    fg: Color32,
    bg: Color32,
) -> egui::Response {
    let galley = egui::WidgetText::from(egui::RichText::new(text.into()).small().color(fg))
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            TextStyle::Small,
        );
    let size = galley.size() + egui::vec2(16.0, 6.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, CornerRadius::same(10), bg);
        ui.painter()
            .galley(rect.center() - galley.size() / 2.0, galley, fg);
    }
    response
}

/// A round avatar with initials, coloured from the name.
pub fn avatar(ui: &mut egui::Ui, name: &str, size: f32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let hash = name
        .bytes()
        .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
    let palette = [
        Color32::from_rgb(0x5B, 0x8D, 0xEF),
        Color32::from_rgb(0xE0, 0x7A, 0x5F),
        Color32::from_rgb(0x3D, 0xA5, 0x8A),
        Color32::from_rgb(0x9C, 0x6A, 0xDE),
        Color32::from_rgb(0xD4, 0x9A, 0x2A),
        Color32::from_rgb(0x4A, 0x9E, 0xC4),
    ];
    let fill = palette[(hash as usize) % palette.len()];
    ui.painter().circle_filled(rect.center(), size / 2.0, fill);
    let initials: String = name
        .trim_start_matches('@')
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        initials,
        FontId::proportional(size * 0.4),
        Color32::WHITE,
    );
}
