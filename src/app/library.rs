//! The scenario library: the embedded defaults plus the `.ron` files of a folder, watched for
//! changes. A file that fails to load is listed with its errors; when a file that loaded
//! before breaks, its last good version stays playable and the error shows in a banner.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use bevy::prelude::*;

use super::AppSystems;
use super::core::{self, Problem};
use crate::scenario::Scenario;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ScenarioLibrary>();
    app.add_systems(Update, reload_changed.in_set(AppSystems::RecordInput));
}

/// One scenario of the library.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where it comes from: a file path, or `embedded:NAME`.
    pub source: String,
    /// The last version that loaded; `None` if it never did.
    pub scenario: Option<Arc<Scenario>>,
    /// The errors of the current version of the file, if it does not load.
    pub problems: Vec<Problem>,
    modified: Option<SystemTime>,
}

impl Entry {
    pub fn id(&self) -> Option<&str> {
        self.scenario.as_deref().map(|s| s.id.as_str())
    }
}

/// All scenarios known to the app.
#[derive(Resource, Debug, Default)]
pub struct ScenarioLibrary {
    pub entries: Vec<Entry>,
    pub dir: Option<PathBuf>,
    /// Set by the watcher thread when a file in `dir` changed.
    dirty: Arc<AtomicBool>,
    /// Bumped on every reload, so screens can notice.
    pub generation: u64,
}

impl ScenarioLibrary {
    /// Loads the embedded scenarios and those of `dir`.
    pub fn load(dir: Option<&Path>) -> Self {
        let mut lib = Self {
            dir: dir.map(Path::to_path_buf),
            ..default()
        };
        for (name, text) in core::embedded() {
            let source = format!("embedded:{name}");
            let (scenario, problems) = match core::load_str(&source, text) {
                Ok(s) => (Some(Arc::new(s)), Vec::new()),
                Err(p) => (None, p),
            };
            lib.entries.push(Entry {
                source,
                scenario,
                problems,
                modified: None,
            });
        }
        lib.rescan();
        lib
    }

    /// Re-reads every changed file of the folder. Returns whether anything changed.
    pub fn rescan(&mut self) -> bool {
        let Some(dir) = self.dir.clone() else {
            return false;
        };
        let mut changed = false;
        let files = scenario_files(&dir);
        // Files that disappeared.
        let before = self.entries.len();
        self.entries.retain(|e| {
            e.source.starts_with("embedded:")
                || files
                    .iter()
                    .any(|(p, _)| p.display().to_string() == e.source)
        });
        changed |= before != self.entries.len();
        for (path, modified) in files {
            let source = path.display().to_string();
            let existing = self.entries.iter().position(|e| e.source == source);
            if let Some(i) = existing
                && self.entries[i].modified == Some(modified)
            {
                continue;
            }
            changed = true;
            let loaded = core::load_file(&path);
            match existing {
                Some(i) => {
                    let e = &mut self.entries[i];
                    e.modified = Some(modified);
                    match loaded {
                        Ok(s) => {
                            e.scenario = Some(Arc::new(s));
                            e.problems.clear();
                        }
                        // Keep the last good version.
                        Err(p) => e.problems = p,
                    }
                }
                None => {
                    let (scenario, problems) = match loaded {
                        Ok(s) => (Some(Arc::new(s)), Vec::new()),
                        Err(p) => (None, p),
                    };
                    self.entries.push(Entry {
                        source,
                        scenario,
                        problems,
                        modified: Some(modified),
                    });
                }
            }
        }
        if changed {
            self.generation += 1;
            // A file on disk overrides an embedded scenario with the same id.
            let disk_ids: Vec<String> = self
                .entries
                .iter()
                .filter(|e| !e.source.starts_with("embedded:"))
                .filter_map(|e| e.id().map(str::to_string))
                .collect();
            self.entries.retain(|e| {
                !(e.source.starts_with("embedded:")
                    && e.id().is_some_and(|id| disk_ids.iter().any(|d| d == id)))
            });
        }
        changed
    }

    /// The playable version of scenario `id`.
    pub fn get(&self, id: &str) -> Option<Arc<Scenario>> {
        self.entries
            .iter()
            .find(|e| e.id() == Some(id))
            .and_then(|e| e.scenario.clone())
    }

    /// Entries whose current file has errors: shown in the banner.
    pub fn broken(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.problems.is_empty())
    }

    /// Starts a thread that polls the folder and sets the dirty flag (and wakes the event
    /// loop through `wake`) when a file changes.
    pub fn watch(&self, wake: Option<Box<dyn Fn() + Send>>) {
        let Some(dir) = self.dir.clone() else {
            return;
        };
        let dirty = self.dirty.clone();
        let spawned = std::thread::Builder::new()
            .name("scenario-watcher".into())
            .spawn(move || {
                let mut last = scenario_files(&dir);
                loop {
                    std::thread::sleep(Duration::from_millis(400));
                    let now = scenario_files(&dir);
                    if now != last {
                        last = now;
                        dirty.store(true, Ordering::Release);
                        if let Some(wake) = &wake {
                            wake();
                        }
                    }
                }
            });
        if let Err(e) = spawned {
            warn!("scenario hot reload disabled: {e}");
        }
    }

    /// Whether the watcher saw a change since the last call.
    pub fn take_dirty(&self) -> bool {
        self.dirty.swap(false, Ordering::AcqRel)
    }
}

/// The `.ron` files of a folder with their modification times, sorted by path.
fn scenario_files(dir: &Path) -> Vec<(PathBuf, SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|p| {
            let m = std::fs::metadata(&p).ok()?;
            let stamp = m.modified().ok()?;
            // Length too, for editors that keep the timestamp's second.
            Some((p, stamp + Duration::from_nanos(m.len() % 1000)))
        })
        .collect();
    files.sort();
    files
}

fn reload_changed(mut library: ResMut<ScenarioLibrary>) {
    if library.take_dirty() {
        library.rescan();
    }
}
