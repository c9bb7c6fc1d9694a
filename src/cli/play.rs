//! `frontline play FILE`: plays a scenario in the terminal, from the keyboard or from a
//! replies file (`--replies`), through the same conversation engine and scorer as the app.
//! This is also how Frontline runs on a machine with no display.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use super::replies::{self, ScriptedResponse};
use crate::conversation::{Conversation, Mode, Pending, Response};
use crate::report::Debrief;
use crate::scenario::library::EMBEDDED;
use crate::scenario::model::{Action, Scenario};
use crate::scenario::{Diagnostic, load_file, load_str};
use crate::scoring::{ActionOnlyJudge, Judge};

#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// A scenario file, or the id of an embedded scenario (cancelled_flight, faulty_delivery, troll,
    /// train_annule, kapotte_fiets).
    pub scenario: String,
    /// Read actions and replies from this file instead of the keyboard.
    #[arg(long)]
    pub replies: Option<PathBuf>,
    /// Seed for names, wordings and timing (default: 1 with --replies, else from the clock).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Assessment mode: verdicts are withheld until the debrief.
    #[arg(long)]
    pub assessment: bool,
    /// Write the transcript and debrief as JSON to this file at the end.
    #[arg(long)]
    pub export: Option<PathBuf>,
    /// Judge only the action, not the text (for checking a scenario's branches).
    #[arg(long)]
    pub action_only: bool,
}

pub fn run(args: &PlayArgs) -> ExitCode {
    let scenario = match resolve_scenario(&args.scenario) {
        Ok(scenario) => Arc::new(scenario),
        Err(diagnostics) => {
            for d in diagnostics {
                eprintln!("{d}");
            }
            return ExitCode::FAILURE;
        }
    };
    let mut input: Box<dyn ResponseSource> = match &args.replies {
        Some(path) => {
            let text = match std::fs::read_to_string(path) {
                Ok(text) => text,
                Err(err) => {
                    eprintln!(
                        "{}: error: cannot read the replies file: {err}",
                        path.display()
                    );
                    return ExitCode::FAILURE;
                }
            };
            match replies::parse(&text) {
                Ok(script) => Box::new(Scripted {
                    file: path.display().to_string(),
                    script: script.into_iter(),
                    current_line: 0,
                }),
                Err(err) => {
                    eprintln!("{}:{}: error: {}", path.display(), err.line, err.message);
                    return ExitCode::FAILURE;
                }
            }
        }
        None => Box::new(Keyboard {
            lines: std::io::stdin().lock().lines(),
        }),
    };
    let seed = args.seed.unwrap_or_else(|| {
        if args.replies.is_some() {
            1
        } else {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_secs())
        }
    });
    let mode = if args.assessment {
        Mode::Assessment
    } else {
        Mode::Practice
    };
    let scorer;
    let judge: &dyn Judge = if args.action_only {
        &ActionOnlyJudge
    } else {
        scorer = crate::scoring::Scorer::new();
        &scorer
    };
    let mut out = std::io::stdout().lock();
    let outcome = play(scenario, seed, mode, judge, input.as_mut(), &mut out);
    let _ = out.flush();
    match outcome {
        Ok(conversation) => {
            if let Some(path) = &args.export {
                let debrief = Debrief::build(conversation.scenario(), conversation.transcript());
                if let Err(err) =
                    std::fs::write(path, debrief.export_json(conversation.transcript()))
                {
                    eprintln!("{}: error: cannot write the export: {err}", path.display());
                    return ExitCode::FAILURE;
                }
            }
            if conversation.ending().is_some() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// A scenario file, or an embedded scenario by id or file name.
pub fn resolve_scenario(name: &str) -> Result<Scenario, Vec<Diagnostic>> {
    let path = PathBuf::from(name);
    if path.exists() {
        return load_file(&path);
    }
    let wanted = name.trim_end_matches(".ron");
    if let Some((file, text)) = EMBEDDED
        .iter()
        .find(|(file, _)| file.trim_end_matches(".ron") == wanted)
    {
        return load_str(&format!("<embedded>/{file}"), text);
    }
    Err(vec![Diagnostic {
        file: name.to_string(),
        line: 1,
        col: 1,
        severity: crate::scenario::Severity::Error,
        message: "no such scenario file".into(),
        hint: format!(
            "give a path to a .ron file, or one of the embedded scenarios: {}",
            EMBEDDED.map(|(f, _)| f.trim_end_matches(".ron")).join(", ")
        ),
    }])
}

/// Where responses come from: the keyboard or a replies file.
pub trait ResponseSource {
    /// The next response to `pending`, or `None` when there are no more. Interactive
    /// sources may print prompts and answer `case`/`policy` requests on `out`.
    fn next(
        &mut self,
        scenario: &Scenario,
        pending: &Pending,
        out: &mut dyn Write,
    ) -> Option<Response>;

    /// Where the last response came from, for error messages ("replies.txt:12").
    fn location(&self) -> Option<String>;

    /// Whether a refused response ends the run (scripted) or is asked again (keyboard).
    fn retries(&self) -> bool;
}

struct Scripted {
    file: String,
    script: std::vec::IntoIter<ScriptedResponse>,
    current_line: usize,
}

impl ResponseSource for Scripted {
    fn next(&mut self, _: &Scenario, _: &Pending, _: &mut dyn Write) -> Option<Response> {
        let step = self.script.next()?;
        self.current_line = step.line;
        let secs = step
            .after_secs
            .unwrap_or_else(|| replies::typing_secs(&step.reply));
        Some(Response::new(step.action, step.reply, secs))
    }

    fn location(&self) -> Option<String> {
        Some(format!("{}:{}", self.file, self.current_line))
    }

    fn retries(&self) -> bool {
        false
    }
}

struct Keyboard<L: Iterator<Item = std::io::Result<String>>> {
    lines: L,
}

impl<L: Iterator<Item = std::io::Result<String>>> Keyboard<L> {
    fn line(&mut self) -> Option<String> {
        self.lines.next()?.ok()
    }
}

impl<L: Iterator<Item = std::io::Result<String>>> ResponseSource for Keyboard<L> {
    fn next(
        &mut self,
        scenario: &Scenario,
        _pending: &Pending,
        out: &mut dyn Write,
    ) -> Option<Response> {
        let started = Instant::now();
        loop {
            let _ = write!(
                out,
                "action [public | dm | ask-dm | escalate TEAM | hide | monitor | case | policy | brief | quit] > "
            );
            let _ = out.flush();
            let line = self.line()?;
            let word = line.trim();
            match word {
                "" => continue,
                "quit" | "q" => return None,
                "case" => {
                    let _ = write!(out, "{}", case_file_text(scenario));
                    continue;
                }
                "policy" => {
                    let _ = write!(out, "{}", policy_text(scenario));
                    continue;
                }
                "brief" => {
                    let _ = write!(out, "{}", brief_text(scenario));
                    continue;
                }
                _ => {}
            }
            let action = match replies::parse_header(word) {
                Ok((action, _)) => action,
                Err(message) => {
                    let _ = writeln!(out, "  {message}");
                    continue;
                }
            };
            let mut reply = String::new();
            if action.takes_reply() {
                let _ = writeln!(
                    out,
                    "reply ({} characters at most; finish with an empty line) >",
                    scenario.channel.reply_limit
                );
                let _ = out.flush();
                let mut lines = Vec::new();
                loop {
                    let line = self.line()?;
                    if line.trim().is_empty() {
                        break;
                    }
                    lines.push(line);
                }
                reply = lines.join("\n");
            }
            let secs = u32::try_from(started.elapsed().as_secs()).unwrap_or(u32::MAX);
            return Some(Response::new(action, reply, secs));
        }
    }

    fn location(&self) -> Option<String> {
        None
    }

    fn retries(&self) -> bool {
        true
    }
}

/// Plays `scenario` to an ending or until the source runs out; prints as it goes and the
/// debrief at the end. Returns the conversation, or an error message for a scripted run
/// whose response was refused or which ran out before an ending.
pub fn play(
    scenario: Arc<Scenario>,
    seed: u64,
    mode: Mode,
    judge: &dyn Judge,
    input: &mut dyn ResponseSource,
    out: &mut dyn Write,
) -> Result<Conversation, String> {
    let mut conversation = Conversation::new(scenario.clone(), seed, mode);
    let _ = write!(out, "{}", conversation.transcript().header());
    let _ = write!(out, "{}", brief_text(&scenario));
    let _ = writeln!(
        out,
        "(type `case` for the case file, `policy` for what you may do)\n"
    );
    let mut shown = 0;
    let with_verdicts = mode == Mode::Practice;
    loop {
        for event in &conversation.transcript().events[shown..] {
            let _ = write!(out, "{}", event.to_text(with_verdicts));
        }
        shown = conversation.transcript().events.len();
        let Some(pending) = conversation.pending().cloned() else {
            break;
        };
        let Some(response) = input.next(&scenario, &pending, out) else {
            let _ = writeln!(out, "\nThe run stopped before an ending.");
            break;
        };
        if let Err(err) = conversation.respond(response, judge) {
            if input.retries() {
                let _ = writeln!(out, "  {err}");
                continue;
            }
            let at = input.location().unwrap_or_default();
            return Err(format!("{at}: error: {err}"));
        }
    }
    let debrief = Debrief::build(&scenario, conversation.transcript());
    let _ = write!(out, "\n{}", debrief.to_text());
    if conversation.ending().is_none()
        && let Some(at) = input.location()
    {
        let turn = conversation
            .pending()
            .map(|p| p.turn.clone())
            .unwrap_or_default();
        return Err(format!(
            "{at}: error: the replies ran out at turn `{turn}` before an ending; add a `> action` block for it"
        ));
    }
    Ok(conversation)
}

pub fn brief_text(s: &Scenario) -> String {
    use crate::scenario::model::{EmojiUse, Formality, SignOff};
    let tone = &s.brand.tone;
    let formality = match tone.formality {
        Formality::Formal => "formal",
        Formality::Friendly => "friendly",
        Formality::Casual => "casual",
    };
    let emoji = match tone.emoji {
        EmojiUse::Never => "no emoji",
        EmojiUse::Sparing => "emoji sparingly",
        EmojiUse::Welcome => "emoji welcome",
    };
    let sign_off = match &tone.sign_off {
        SignOff::None => "no signature".to_string(),
        SignOff::Initials => "sign with your initials (^JM)".to_string(),
        SignOff::FirstName => "sign with your first name".to_string(),
        SignOff::Team(team) => format!("sign \"{team}\""),
    };
    format!(
        "\n== {} ==\n{} on {} ({} characters per reply; customers expect an answer within {} minutes)\n\n{}\n\nGoal: {}\nTone (scored): {}, {}, {}. {}\n",
        s.title,
        s.brand.name,
        s.channel.name,
        s.channel.reply_limit,
        s.channel.expected_response_minutes,
        s.brief.trim(),
        s.goal.trim(),
        formality,
        emoji,
        sign_off,
        tone.notes.trim()
    )
}

pub fn case_file_text(s: &Scenario) -> String {
    let mut out = String::from("\n-- Case file --\n");
    for fact in &s.case_file {
        let private = if fact.private {
            "  [private: never in public]"
        } else {
            ""
        };
        out += &format!("  {}: {}{private}\n", fact.label, fact.value);
    }
    out
}

pub fn policy_text(s: &Scenario) -> String {
    let mut out = String::from("\n-- You may, on your own --\n");
    for line in &s.policy.autonomy {
        out += &format!("  - {line}\n");
    }
    out += "-- Escalate to --\n";
    for route in &s.policy.escalation {
        out += &format!(
            "  - {} (`escalate {}`): {}; answers within {} min\n",
            route.name, route.team, route.when, route.answers_within_minutes
        );
    }
    out += "-- Never --\n";
    for claim in &s.policy.forbidden {
        out += &format!("  - {}\n", claim.rule);
    }
    out
}

/// The action keywords, for help texts.
pub fn action_help(action: &Action) -> String {
    action.to_string()
}
