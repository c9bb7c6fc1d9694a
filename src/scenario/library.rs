//! The scenario library: the scenarios embedded in the binary, plus those found in a folder
//! on disk. A file that does not validate stays in the library with its diagnostics, so the
//! interface can list it with its error rather than hide it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::load::{Diagnostic, check_str, read_text};
use super::model::Scenario;

/// The seed scenarios, compiled into the binary so the app works from any folder.
pub const EMBEDDED: [(&str, &str); 5] = [
    (
        "cancelled_flight.ron",
        include_str!("../../scenarios/cancelled_flight.ron"),
    ),
    (
        "faulty_delivery.ron",
        include_str!("../../scenarios/faulty_delivery.ron"),
    ),
    ("troll.ron", include_str!("../../scenarios/troll.ron")),
    (
        "train_annule.ron",
        include_str!("../../scenarios/train_annule.ron"),
    ),
    (
        "kapotte_fiets.ron",
        include_str!("../../scenarios/kapotte_fiets.ron"),
    ),
];

/// Where a library entry comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Embedded(&'static str),
    File(PathBuf),
}

impl Source {
    pub fn display_name(&self) -> String {
        match self {
            Source::Embedded(name) => format!("<embedded>/{name}"),
            Source::File(path) => path.display().to_string(),
        }
    }
}

/// One scenario of the library, loaded or broken.
#[derive(Debug, Clone)]
pub struct Entry {
    pub source: Source,
    pub scenario: Result<Arc<Scenario>, Vec<Diagnostic>>,
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
}

impl Library {
    /// The embedded scenarios, then every `.ron` file of `dir` (sorted by name). A file on
    /// disk with the same scenario id as an embedded one replaces it: that is how a trainer
    /// edits a seed scenario.
    pub fn load(dir: Option<&Path>) -> Library {
        let mut library = Library::default();
        for (name, text) in EMBEDDED {
            let report = check_str(&format!("<embedded>/{name}"), text);
            library.entries.push(Entry {
                source: Source::Embedded(name),
                scenario: report.scenario.map(Arc::new).ok_or_else(|| {
                    report
                        .diagnostics
                        .into_iter()
                        .filter(|d| d.is_error())
                        .collect()
                }),
            });
        }
        if let Some(dir) = dir {
            for path in scenario_files(dir) {
                library.insert(Entry {
                    scenario: load_path(&path),
                    source: Source::File(path),
                });
            }
        }
        library
    }

    /// Adds an entry, replacing an entry for the same file or the same scenario id.
    pub fn insert(&mut self, entry: Entry) {
        let same_id = |other: &Entry| match (&entry.scenario, &other.scenario) {
            (Ok(a), Ok(b)) => a.id == b.id,
            _ => false,
        };
        if let Some(slot) = self
            .entries
            .iter_mut()
            .find(|other| other.source == entry.source || same_id(other))
        {
            *slot = entry;
        } else {
            self.entries.push(entry);
        }
    }

    pub fn scenarios(&self) -> impl Iterator<Item = &Arc<Scenario>> {
        self.entries.iter().filter_map(|e| e.scenario.as_ref().ok())
    }

    pub fn find(&self, id: &str) -> Option<&Arc<Scenario>> {
        self.scenarios().find(|s| s.id == id)
    }
}

/// Loads one file for the library.
pub fn load_path(path: &Path) -> Result<Arc<Scenario>, Vec<Diagnostic>> {
    let file = path.display().to_string();
    let text = read_text(path)?;
    let report = check_str(&file, &text);
    report.scenario.map(Arc::new).ok_or_else(|| {
        report
            .diagnostics
            .into_iter()
            .filter(|d| d.is_error())
            .collect()
    })
}

/// The `.ron` files directly inside `dir`, sorted by name; none if it cannot be read.
pub fn scenario_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}
