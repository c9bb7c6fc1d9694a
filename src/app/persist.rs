//! What survives a restart: settings, best results, the crash-safe autosave of the run in
//! progress, and exports. Everything lives under one data directory
//! (`--data-dir`, `$FRONTLINE_DATA_DIR`, `$XDG_DATA_HOME/frontline` or
//! `~/.local/share/frontline`), written atomically (temporary file, then rename).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::core::{Mode, Response};
use crate::scenario::{EndingKind, Language};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DataDir>();
}

/// Where the app keeps its files.
#[derive(Resource, Debug, Clone)]
pub struct DataDir(pub PathBuf);

impl Default for DataDir {
    fn default() -> Self {
        Self(default_data_dir())
    }
}

/// `$FRONTLINE_DATA_DIR`, else `$XDG_DATA_HOME/frontline`, else `~/.local/share/frontline`.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("FRONTLINE_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("frontline");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".local/share/frontline");
    }
    std::env::temp_dir().join("frontline")
}

impl DataDir {
    pub fn settings(&self) -> PathBuf {
        self.0.join("settings.json")
    }
    pub fn autosave(&self) -> PathBuf {
        self.0.join("autosave.json")
    }
    pub fn progress(&self) -> PathBuf {
        self.0.join("progress.json")
    }
    pub fn exports(&self) -> PathBuf {
        self.0.join("exports")
    }
}

/// Writes `bytes` to `path` so that a crash leaves either the old or the new file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension("json.tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Option<T> {
    let text = std::fs::read_to_string(path).ok()?;
    match serde_json::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            warn!("ignoring {}: {e}", path.display());
            None
        }
    }
}

fn write_json<T: Serialize>(path: &Path, value: &T) {
    let result = serde_json::to_vec_pretty(value)
        .map_err(std::io::Error::other)
        .and_then(|bytes| write_atomic(path, &bytes));
    if let Err(e) = result {
        error!("could not write {}: {e}", path.display());
    }
}

/// The trainee's preferences.
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Language,
    pub trainee: String,
    /// Interface scale, 1.0 = 100 %.
    pub scale: f32,
    pub mode: Mode,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::En,
            trainee: String::new(),
            scale: 1.0,
            mode: Mode::Practice,
        }
    }
}

impl Settings {
    pub fn load(dir: &DataDir) -> Self {
        read_json(&dir.settings()).unwrap_or_default()
    }
    pub fn save(&self, dir: &DataDir) {
        write_json(&dir.settings(), self);
    }
}

/// The run in progress, saved after every turn; replaying `responses` rebuilds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Autosave {
    pub scenario: String,
    pub title: String,
    pub seed: u64,
    pub mode: Mode,
    pub responses: Vec<Response>,
}

impl Autosave {
    pub fn load(dir: &DataDir) -> Option<Self> {
        read_json(&dir.autosave())
    }
    pub fn save(&self, dir: &DataDir) {
        write_json(&dir.autosave(), self);
    }
    pub fn clear(dir: &DataDir) {
        let _ = std::fs::remove_file(dir.autosave());
    }
}

/// The best result per scenario id.
#[derive(Resource, Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub best: BTreeMap<String, BestResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BestResult {
    pub score: u8,
    pub ending: EndingKind,
    pub plays: u32,
}

impl Progress {
    pub fn load(dir: &DataDir) -> Self {
        read_json(&dir.progress()).unwrap_or_default()
    }
    pub fn record(&mut self, dir: &DataDir, scenario: &str, score: u8, ending: EndingKind) {
        let entry = self.best.entry(scenario.to_string()).or_insert(BestResult {
            score,
            ending,
            plays: 0,
        });
        entry.plays += 1;
        if score >= entry.score {
            entry.score = score;
            entry.ending = ending;
        }
        write_json(&dir.progress(), self);
    }
}

/// Writes an export and returns its path.
pub fn export(
    dir: &DataDir,
    target: Option<&Path>,
    scenario: &str,
    json: &str,
) -> std::io::Result<PathBuf> {
    let path = match target {
        Some(p) => p.to_path_buf(),
        None => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            dir.exports().join(format!("{scenario}-{secs}.json"))
        }
    };
    write_atomic(&path, json.as_bytes())?;
    Ok(path)
}
