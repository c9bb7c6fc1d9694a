//! The yardstick for the app's measurements in BENCHMARKS.md: a bare Bevy 0.19 +
//! bevy_egui 0.42 window, built with the same features as Frontline, that draws one label.
//! `cargo run --release --example bare_window`; it is never shipped.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

fn main() {
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "bare window".into(),
                resolution: bevy::window::WindowResolution::new(1280, 800),
                ..default()
            }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, draw)
        .run();
}

fn draw(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("root"),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.content_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading("A bare Bevy + egui window");
        ui.label("Nothing else happens here.");
    });
    Ok(())
}
