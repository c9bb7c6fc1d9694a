//! Loading a scenario from RON text, with every problem reported as a `Diagnostic` that
//! says where (file:line:col), what is wrong, and what to do about it.

use std::fmt;
use std::path::Path;

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;

use super::locate::{Pos, SourceMap};
use super::model::Scenario;
use super::validate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a scenario file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The first line only: `file:line:col: error: message`.
    pub fn headline(&self) -> String {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!(
            "{}:{}:{}: {level}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.headline())?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
    }
}

/// What checking one scenario text gives: the scenario if it has no error, and every
/// diagnostic (errors and warnings), sorted by position.
#[derive(Debug, Clone)]
pub struct CheckReport {
    pub scenario: Option<Scenario>,
    pub diagnostics: Vec<Diagnostic>,
}

impl CheckReport {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Parses and validates `text`; `file` is the name used in diagnostics.
pub fn check_str(file: &str, text: &str) -> CheckReport {
    if text.trim().is_empty() {
        return CheckReport {
            scenario: None,
            diagnostics: vec![Diagnostic {
                file: file.to_string(),
                line: 1,
                col: 1,
                severity: Severity::Error,
                message: "the file is empty".into(),
                hint: "a scenario starts with `Scenario(`; see docs/scenario-format.md for a complete example".into(),
            }],
        };
    }
    let scenario = match parse(text) {
        Ok(scenario) => scenario,
        Err(err) => {
            return CheckReport {
                scenario: None,
                diagnostics: vec![syntax_diagnostic(file, text, &err)],
            };
        }
    };
    let map = SourceMap::new(text);
    let mut diagnostics: Vec<Diagnostic> = validate::validate(&scenario)
        .into_iter()
        .map(|problem| {
            let Pos { line, col } = map.find(&problem.path);
            Diagnostic {
                file: file.to_string(),
                line,
                col,
                severity: problem.severity,
                message: problem.message,
                hint: problem.hint,
            }
        })
        .collect();
    diagnostics.sort_by_key(|d| (d.line, d.col, d.severity));
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    CheckReport {
        scenario: ok.then_some(scenario),
        diagnostics,
    }
}

/// Parses and validates `text`; warnings are dropped.
pub fn load_str(file: &str, text: &str) -> Result<Scenario, Vec<Diagnostic>> {
    let report = check_str(file, text);
    match report.scenario {
        Some(scenario) => Ok(scenario),
        None => Err(report
            .diagnostics
            .into_iter()
            .filter(|d| d.is_error())
            .collect()),
    }
}

/// Reads, parses and validates a scenario file.
pub fn load_file(path: &Path) -> Result<Scenario, Vec<Diagnostic>> {
    let file = path.display().to_string();
    let text = read_text(path)?;
    load_str(&file, &text)
}

/// Reads a file as UTF-8, or gives a diagnostic saying why it could not.
pub fn read_text(path: &Path) -> Result<String, Vec<Diagnostic>> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|err| {
        vec![Diagnostic {
            file: file.clone(),
            line: 1,
            col: 1,
            severity: Severity::Error,
            message: format!("cannot read the file: {err}"),
            hint: "check the path and that the file is readable".into(),
        }]
    })?;
    String::from_utf8(bytes).map_err(|err| {
        let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let Pos { line, col } = super::locate::pos_of_offset(&text, text.len());
        vec![Diagnostic {
            file,
            line,
            col,
            severity: Severity::Error,
            message: "the file is not valid UTF-8".into(),
            hint: "save the file as UTF-8 (most editors have an encoding option)".into(),
        }]
    })
}

fn parse(text: &str) -> Result<Scenario, SpannedError> {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .from_str(text)
}

fn syntax_diagnostic(file: &str, text: &str, err: &SpannedError) -> Diagnostic {
    let (message, hint) = explain(&err.code);
    // For a missing field ron points past the closing parenthesis; the struct's own line
    // is more useful, but its end is where the field must be added, so keep ron's spot and
    // make sure it is inside the text.
    let mut line = err.span.start.line.max(1);
    let mut col = err.span.start.col.max(1);
    let lines = text.lines().count().max(1);
    if line > lines {
        line = lines;
        col = text.lines().last().map_or(0, |l| l.chars().count()) + 1;
    }
    Diagnostic {
        file: file.to_string(),
        line,
        col,
        severity: Severity::Error,
        message,
        hint,
    }
}

/// A message and a hint for each kind of parse error, in the trainer's terms.
fn explain(code: &RonError) -> (String, String) {
    let see_doc = "see docs/scenario-format.md for every field";
    match code {
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default();
            let hint = match closest(found, expected) {
                Some(near) => format!(
                    "did you mean `{near}`? fields here: {}",
                    expected.join(", ")
                ),
                None => format!("fields here: {}", expected.join(", ")),
            };
            (format!("unknown field `{found}`{within}"), hint)
        }
        RonError::MissingStructField { field, outer } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default();
            (
                format!("missing field `{field}`{within}"),
                format!(
                    "add `{field}: ...` to this `{}`; {see_doc}",
                    outer.as_deref().unwrap_or("struct")
                ),
            )
        }
        RonError::DuplicateStructField { field, outer } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default();
            (
                format!("field `{field}` is given twice{within}"),
                "remove one of the two".into(),
            )
        }
        RonError::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = outer.as_deref().unwrap_or("value");
            let hint = match closest(found, expected) {
                Some(near) => format!("did you mean `{near}`? allowed: {}", expected.join(", ")),
                None => format!("allowed: {}", expected.join(", ")),
            };
            (format!("unknown {what} `{found}`"), hint)
        }
        RonError::Message(msg) if msg.starts_with("unsupported language") => (
            msg.clone(),
            "Frontline supports \"en\", \"fr\" and \"nl\"".into(),
        ),
        RonError::ExpectedDifferentStructName { expected, found } => (
            format!("expected `{expected}(...)` here, found `{found}(...)`"),
            format!("write `{expected}(` instead of `{found}(`, or leave the name out"),
        ),
        RonError::Eof => (
            "unexpected end of file".into(),
            "a bracket, parenthesis or quote is not closed; check the last lines you edited".into(),
        ),
        RonError::ExpectedComma => (
            "expected a comma here".into(),
            "a comma is missing between two fields or items, or a string before this point is not closed".into(),
        ),
        RonError::ExpectedArrayEnd | RonError::ExpectedStructLikeEnd => (
            lowercase_first(&code.to_string()),
            "a comma or a closing bracket is missing just before this point".into(),
        ),
        RonError::ExpectedStringEnd => (
            lowercase_first(&code.to_string()),
            "a string is not closed: add the closing `\"`".into(),
        ),
        RonError::ExpectedInteger | RonError::ExpectedFloat => (
            lowercase_first(&code.to_string()),
            "this field takes a number, written without quotes, e.g. 5".into(),
        ),
        RonError::ExpectedString => (
            lowercase_first(&code.to_string()),
            "this field takes text in double quotes, e.g. \"...\"".into(),
        ),
        RonError::InvalidValueForType { .. } => (
            lowercase_first(&code.to_string()),
            format!("this value has the wrong type; {see_doc}"),
        ),
        other => (
            lowercase_first(&other.to_string()),
            format!("check the syntax just before this point; {see_doc}"),
        ),
    }
}

/// ron's messages start with a capital; ours read as the rest of a sentence.
fn lowercase_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The allowed name closest to a misspelling, if one is close enough to be a typo.
fn closest<'a>(found: &str, expected: &'a [&'a str]) -> Option<&'a str> {
    expected
        .iter()
        .map(|candidate| (edit_distance(found, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 3))
        .min()
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = prev + usize::from(ca != cb);
            prev = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(prev + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("goto", "goto"), 0);
        assert_eq!(edit_distance("got", "goto"), 1);
        assert_eq!(edit_distance("visiblity", "visibility"), 1);
        assert_eq!(closest("expct", &["expect", "next"]), Some("expect"));
        assert_eq!(closest("banana", &["expect", "next"]), None);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let report = check_str("x.ron", "Scenario(");
        assert!(report.has_errors());
        assert_eq!(report.diagnostics[0].file, "x.ron");
    }
}
