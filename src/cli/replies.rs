//! The replies file for `frontline play --replies FILE`: scripted responses, read by the
//! same code path as the keyboard.
//!
//! ```text
//! # a comment
//! > ask-dm after 4m
//! So sorry, Sophie. Could you DM us your booking reference?
//! > escalate customer_care
//! I've passed your claim to our Customer Care team; they answer within 4 hours.
//! > monitor
//! ```
//! A line starting with `>` names the action (`public`, `dm`, `ask-dm`, `escalate TEAM`,
//! `hide`, `monitor`) and optionally the response time (`after 90s`, `after 4m`, `after 1h`);
//! the lines below it, up to the next `>`, are the reply.

use crate::scenario::model::{Action, ActionKind};

/// One scripted response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptedResponse {
    /// 1-based line of the `>` header, for error messages.
    pub line: usize,
    pub action: Action,
    pub reply: String,
    /// Seconds the trainee took, when the file says so.
    pub after_secs: Option<u32>,
}

/// A problem in a replies file, at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepliesError {
    pub line: usize,
    pub message: String,
}

pub fn parse(text: &str) -> Result<Vec<ScriptedResponse>, RepliesError> {
    let mut responses: Vec<ScriptedResponse> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    let flush = |responses: &mut Vec<ScriptedResponse>, body: &mut Vec<&str>| {
        if let Some(last) = responses.last_mut() {
            last.reply = body.join("\n").trim().to_string();
        }
        body.clear();
    };
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        if let Some(header) = line.strip_prefix('>') {
            flush(&mut responses, &mut body);
            let (action, after_secs) = parse_header(header).map_err(|message| RepliesError {
                line: number,
                message,
            })?;
            responses.push(ScriptedResponse {
                line: number,
                action,
                reply: String::new(),
                after_secs,
            });
        } else if line.trim_start().starts_with('#') && body.iter().all(|l| l.trim().is_empty()) {
            // Comments between blocks; a '#' inside a reply's text is kept.
        } else if responses.is_empty() {
            if !line.trim().is_empty() {
                return Err(RepliesError {
                    line: number,
                    message: "text before the first `> action` line".into(),
                });
            }
        } else {
            body.push(line);
        }
    }
    flush(&mut responses, &mut body);
    Ok(responses)
}

/// Parses `ACTION [TEAM] [after DURATION]`.
pub fn parse_header(header: &str) -> Result<(Action, Option<u32>), String> {
    let words: Vec<&str> = header.split_whitespace().collect();
    let Some((&first, mut rest)) = words.split_first() else {
        return Err(format!("no action after `>`: use {}", action_list()));
    };
    let kind = ActionKind::from_keyword(first)
        .ok_or_else(|| format!("unknown action `{first}`: use {}", action_list()))?;
    let action = match kind {
        ActionKind::ReplyPublic => Action::ReplyPublic,
        ActionKind::ReplyDm => Action::ReplyDm,
        ActionKind::AskDm => Action::AskDm,
        ActionKind::Hide => Action::Hide,
        ActionKind::Monitor => Action::Monitor,
        ActionKind::Escalate => {
            let Some((&team, tail)) = rest.split_first().filter(|(t, _)| **t != "after") else {
                return Err("`escalate` needs a team id, e.g. `> escalate customer_care`".into());
            };
            rest = tail;
            Action::Escalate(team.to_string())
        }
    };
    let after = match rest {
        [] => None,
        ["after", duration] => Some(parse_duration(duration)?),
        _ => {
            return Err(format!(
                "unexpected `{}`: the only option is `after 5m`",
                rest.join(" ")
            ));
        }
    };
    Ok((action, after))
}

fn action_list() -> String {
    "public, dm, ask-dm, escalate TEAM, hide, monitor".into()
}

/// `90s`, `4m`, `1h`, or a bare number of seconds.
pub fn parse_duration(text: &str) -> Result<u32, String> {
    let bad = || format!("`{text}` is not a duration: use e.g. 90s, 4m or 1h");
    let (number, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((at, _)) => text.split_at(at),
        None => (text, "s"),
    };
    let value: u32 = number.parse().map_err(|_| bad())?;
    let factor = match unit {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        _ => return Err(bad()),
    };
    value.checked_mul(factor).ok_or_else(bad)
}

/// Seconds a trainee plausibly takes to read and type `reply`, when no time is given:
/// half a minute to read, then about four characters a second.
pub fn typing_secs(reply: &str) -> u32 {
    30 + (reply.chars().count() as u32).div_ceil(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_blocks_with_actions_times_and_multiline_replies() {
        let text = "# scripted\n> ask-dm after 4m\nSorry Sophie.\nDM us?\n\n> escalate customer_care\nPassed on.\n> monitor\n";
        let responses = parse(text).unwrap();
        assert_eq!(responses.len(), 3);
        assert_eq!(responses[0].action, Action::AskDm);
        assert_eq!(responses[0].after_secs, Some(240));
        assert_eq!(responses[0].reply, "Sorry Sophie.\nDM us?");
        assert_eq!(
            responses[1].action,
            Action::Escalate("customer_care".into())
        );
        assert_eq!(responses[1].line, 6);
        assert_eq!(responses[2].action, Action::Monitor);
        assert_eq!(responses[2].reply, "");
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(parse("> shout\nhey").unwrap_err().line, 1);
        assert_eq!(parse("hello\n> dm\nx").unwrap_err().line, 1);
        let err = parse("> dm\nok\n> escalate\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("team"));
        assert!(
            parse("> dm after 5x")
                .unwrap_err()
                .message
                .contains("duration")
        );
    }

    #[test]
    fn durations_and_typing_time() {
        assert_eq!(parse_duration("90s"), Ok(90));
        assert_eq!(parse_duration("2h"), Ok(7200));
        assert_eq!(parse_duration("45"), Ok(45));
        assert!(parse_duration("m").is_err());
        assert_eq!(typing_secs(""), 30);
        assert_eq!(typing_secs("abcd"), 31);
    }
}
