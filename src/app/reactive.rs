//! Reactive rendering: the app only updates on input, on a wake-up from the scenario
//! watcher, or when the play screen's clock or the customer's typing needs it, so an idle
//! window uses almost no CPU.
//!
//! bevy_egui 0.42 pushes a `ModifiersChanged` event into every frame's input, which makes
//! egui request a repaint forever (fixed upstream in 0.43). [`drop_unchanged_modifiers`]
//! removes that event when the modifiers did not change.

use std::time::Duration;

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{EventLoopProxyWrapper, UpdateMode, WinitSettings, WinitUserEvent};
use bevy_egui::egui;
use bevy_egui::{EguiInput, EguiPreUpdateSet, EguiRenderOutput};

use super::library::ScenarioLibrary;
use super::screens::Screen;
use super::session::{PlayClock, SIM_SPEED};

/// Longest sleep when nothing is going on.
const IDLE_WAIT: Duration = Duration::from_secs(30);

/// Seconds between clock refreshes on an untouched play screen.
const PLAY_TICK: f64 = 30.0;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings {
        focused_mode: reactive(IDLE_WAIT),
        unfocused_mode: reactive(IDLE_WAIT),
    });
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(Startup, start_watcher);
    app.add_systems(Last, (schedule_wake, redraw_after_changes));
}

fn reactive(wait: Duration) -> UpdateMode {
    UpdateMode::Reactive {
        wait,
        react_to_device_events: false,
        react_to_user_events: true,
        react_to_window_events: true,
    }
}

/// Removes `ModifiersChanged` events that repeat the last known modifiers.
pub fn drop_unchanged_modifiers(
    mut inputs: Query<&mut EguiInput>,
    mut last: Local<Option<egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        let before = *last;
        input.0.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let changed = before != Some(*m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

/// After a change that the egui frame has not seen yet (a hot reload, a toast, a new screen)
/// or one that added glyphs to the font atlas, draw a few more frames: egui sizes new
/// panels on the first pass and the atlas upload shows on the next, and an idle reactive
/// app would otherwise keep showing that first, unsettled frame.
fn redraw_after_changes(
    outputs: Query<&EguiRenderOutput>,
    library: Res<ScenarioLibrary>,
    toast: Res<super::session::Toast>,
    screen: Res<State<Screen>>,
    mut extra: Local<u32>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if library.is_changed() || toast.is_changed() || screen.is_changed() {
        *extra = 3;
    }
    if outputs.iter().any(|o| !o.textures_delta.is_empty()) {
        *extra = (*extra).max(2);
    }
    if *extra > 0 {
        *extra -= 1;
        redraw.write(RequestRedraw);
    }
}

/// The scenario watcher wakes the event loop when a file changes.
fn start_watcher(library: Res<ScenarioLibrary>, proxy: Option<Res<EventLoopProxyWrapper>>) {
    let wake: Option<Box<dyn Fn() + Send>> = proxy.map(|p| {
        let proxy = (**p).clone();
        Box::new(move || {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }) as Box<dyn Fn() + Send>
    });
    library.watch(wake);
}

/// On the play screen, wake for the customer's reply and for each simulated minute; while a
/// toast shows, wake to take it down. The wait only takes a few fixed values: bevy_winit
/// redraws whenever the update mode changes, so a wait recomputed every frame would spin.
fn schedule_wake(
    screen: Res<State<Screen>>,
    clock: Res<PlayClock>,
    time: Res<Time<bevy::time::Real>>,
    toast: Res<super::session::Toast>,
    mut settings: ResMut<WinitSettings>,
) {
    let now = time.elapsed_secs_f64();
    let mut wait = IDLE_WAIT.as_secs_f64();
    if *screen.get() == Screen::Play {
        // Any input redraws at once; untouched, the clock refreshes every PLAY_TICK seconds.
        // Under software rendering each wake costs a frame or two, so one wake per
        // simulated minute (60 / SIM_SPEED = 5 s) cost 3.4 % of a core, every 20 s 1.1 %,
        // every 30 s under 1 % (BENCHMARKS.md).
        wait = wait.min(PLAY_TICK.max(60.0 / SIM_SPEED));
        if clock.typing(now) {
            wait = wait.min(0.25);
        }
    }
    if toast.0.as_ref().is_some_and(|(_, at)| now - at < 6.5) {
        wait = wait.min(1.0);
    }
    let mode = reactive(Duration::from_secs_f64(wait));
    if settings.focused_mode != mode {
        settings.focused_mode = mode;
        settings.unfocused_mode = mode;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(
        world: &mut World,
        entity: Entity,
        system: bevy::ecs::system::SystemId,
        event: egui::Event,
    ) -> usize {
        world.get_mut::<EguiInput>(entity).unwrap().0.events = vec![event];
        world.run_system(system).unwrap();
        world.get::<EguiInput>(entity).unwrap().0.events.len()
    }

    #[test]
    fn repeated_modifiers_are_dropped_changes_kept() {
        let mut world = World::new();
        let entity = world.spawn(EguiInput(egui::RawInput::default())).id();
        let system = world.register_system(drop_unchanged_modifiers);
        let none = egui::Event::ModifiersChanged(egui::Modifiers::NONE);
        let ctrl = egui::Event::ModifiersChanged(egui::Modifiers::CTRL);
        assert_eq!(
            frame(&mut world, entity, system, none.clone()),
            1,
            "first is kept"
        );
        assert_eq!(
            frame(&mut world, entity, system, none.clone()),
            0,
            "repeat dropped"
        );
        assert_eq!(
            frame(&mut world, entity, system, none.clone()),
            0,
            "repeat dropped"
        );
        assert_eq!(
            frame(&mut world, entity, system, ctrl.clone()),
            1,
            "change kept"
        );
        assert_eq!(frame(&mut world, entity, system, ctrl), 0, "repeat dropped");
        assert_eq!(frame(&mut world, entity, system, none), 1, "release kept");
        let key = egui::Event::Text("a".into());
        assert_eq!(
            frame(&mut world, entity, system, key),
            1,
            "other events untouched"
        );
    }
}
