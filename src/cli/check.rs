//! `frontline check [PATH ...]`: validates scenario files and folders, and runs each
//! scenario's golden replies through the scorer. Every problem is printed as
//! `file:line:col: error: ...` with a hint; the exit code is 1 if any error was found.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::path;
use crate::scenario::locate::SourceMap;
use crate::scenario::model::Grade;
use crate::scenario::{Diagnostic, Scenario, Severity, check_str, library, load};
use crate::scoring::{Dimension, Judge, JudgeInput};

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Scenario files or folders (default: scenarios/).
    pub paths: Vec<PathBuf>,
    /// Skip running the golden replies through the scorer.
    #[arg(long)]
    pub no_golden: bool,
}

/// What checking gives: every diagnostic and how many files were read.
#[derive(Debug, Default)]
pub struct CheckOutcome {
    pub files: usize,
    pub diagnostics: Vec<Diagnostic>,
}

impl CheckOutcome {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

pub fn run(args: &CheckArgs) -> ExitCode {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("scenarios")]
    } else {
        args.paths.clone()
    };
    let scorer = (!args.no_golden).then(crate::scoring::Scorer::new);
    let outcome = check_paths(&paths, scorer.as_ref().map(|s| s as &dyn Judge));
    let mut out = std::io::stdout().lock();
    for diagnostic in &outcome.diagnostics {
        let _ = writeln!(out, "{diagnostic}");
    }
    let _ = writeln!(
        out,
        "checked {} file{}: {} error{}, {} warning{}",
        outcome.files,
        plural(outcome.files),
        outcome.errors(),
        plural(outcome.errors()),
        outcome.warnings(),
        plural(outcome.warnings())
    );
    if outcome.errors() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Checks every file under `paths`. With a judge, golden replies whose grade differs from
/// the author's are errors too.
pub fn check_paths(paths: &[PathBuf], judge: Option<&dyn Judge>) -> CheckOutcome {
    let mut outcome = CheckOutcome::default();
    for path in paths {
        let files = if path.is_dir() {
            let files = library::scenario_files(path);
            if files.is_empty() {
                outcome.diagnostics.push(file_problem(
                    path,
                    "no .ron scenario files in this folder",
                    "scenario files end in .ron",
                ));
            }
            files
        } else {
            vec![path.clone()]
        };
        for file in files {
            outcome.files += 1;
            outcome.diagnostics.extend(check_file(&file, judge));
        }
    }
    outcome
}

/// Every diagnostic for one file.
pub fn check_file(path: &Path, judge: Option<&dyn Judge>) -> Vec<Diagnostic> {
    let name = path.display().to_string();
    let text = match load::read_text(path) {
        Ok(text) => text,
        Err(diagnostics) => return diagnostics,
    };
    let report = check_str(&name, &text);
    let mut diagnostics = report.diagnostics;
    if let (Some(scenario), Some(judge)) = (&report.scenario, judge) {
        let map = SourceMap::new(&text);
        for mismatch in golden_mismatches(scenario, judge) {
            let pos = map.find(&path![
                "turns",
                mismatch.turn,
                "golden",
                mismatch.golden,
                "grade"
            ]);
            diagnostics.push(Diagnostic {
                file: name.clone(),
                line: pos.line,
                col: pos.col,
                severity: Severity::Error,
                message: mismatch.message,
                hint: mismatch.hint,
            });
        }
    }
    diagnostics
}

fn file_problem(path: &Path, message: &str, hint: &str) -> Diagnostic {
    Diagnostic {
        file: path.display().to_string(),
        line: 1,
        col: 1,
        severity: Severity::Error,
        message: message.into(),
        hint: hint.into(),
    }
}

/// A golden reply on which the judge disagrees with the scenario's author.
#[derive(Debug, Clone)]
pub struct GoldenMismatch {
    pub turn: usize,
    pub golden: usize,
    pub message: String,
    pub hint: String,
}

/// Golden replies are judged as if sent five minutes after the message, in reply to the
/// turn's main wording, with the scenario's default customer name.
pub const GOLDEN_RESPONSE_SECS: u32 = 300;

/// Runs every golden reply of `scenario` through `judge` and lists the disagreements:
/// a different grade, or an expected rule that did not fire.
pub fn golden_mismatches(scenario: &Scenario, judge: &dyn Judge) -> Vec<GoldenMismatch> {
    let mut mismatches = Vec::new();
    let identity = scenario.default_identity();
    let fill = |text: &str| scenario.fill(text, &identity);
    for (t, turn) in scenario.turns.iter().enumerate() {
        let customer_text = fill(&turn.text);
        let customer_name = scenario
            .persona(&turn.from)
            .map_or(scenario.customer.name.as_str(), |p| p.name.as_str());
        for (g, golden) in turn.golden.iter().enumerate() {
            let reply = fill(&golden.reply);
            let verdict = judge.judge(&JudgeInput {
                scenario,
                turn,
                customer_text: &customer_text,
                customer_name,
                thread: &[],
                action: &golden.action,
                reply: &reply,
                response_secs: GOLDEN_RESPONSE_SECS,
            });
            if verdict.grade != golden.grade {
                let reasons: Vec<String> = verdict
                    .evidence
                    .iter()
                    .filter(|e| e.points != 0)
                    .map(|e| format!("{:+} {}", e.points, e.rule))
                    .collect();
                mismatches.push(GoldenMismatch {
                    turn: t,
                    golden: g,
                    message: format!(
                        "golden reply {} of turn `{}` is graded {} by the scorer, not {}",
                        g + 1,
                        turn.id,
                        verdict.grade.label(),
                        golden.grade.label()
                    ),
                    hint: format!(
                        "the scorer saw: {}; fix the reply or the expected grade, or extend the lexicon",
                        if reasons.is_empty() { "no evidence".to_string() } else { reasons.join(", ") }
                    ),
                });
            }
            // A good golden reply is shown in the debrief as the model answer: trainees copy
            // it, so it is written in the brand's voice.
            let slips: Vec<String> = verdict
                .evidence
                .iter()
                .filter(|e| e.dimension == Dimension::Tone && e.points < 0)
                .map(|e| match e.quote.as_str() {
                    "" => e.rule.to_string(),
                    quote => format!("{} \"{quote}\"", e.rule),
                })
                .collect();
            if golden.grade == Grade::Good && !slips.is_empty() {
                mismatches.push(GoldenMismatch {
                    turn: t,
                    golden: g,
                    message: format!(
                        "golden reply {} of turn `{}` is a model answer out of the brand's voice: {}",
                        g + 1,
                        turn.id,
                        slips.join(", ")
                    ),
                    hint: "trainees copy good golden replies: write them in the brand's tone \
                           (docs/scenario-format.md, \"How the tone is scored\")"
                        .into(),
                });
            }
            for rule in &golden.fires {
                if !verdict.evidence.iter().any(|e| &e.rule == rule) {
                    mismatches.push(GoldenMismatch {
                        turn: t,
                        golden: g,
                        message: format!(
                            "golden reply {} of turn `{}`: rule `{rule}` did not fire",
                            g + 1,
                            turn.id
                        ),
                        hint: "check the rule id against the scorer's evidence, or the reply"
                            .into(),
                    });
                }
            }
        }
    }
    mismatches
}
