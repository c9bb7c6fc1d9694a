//! Checks that a parsed scenario makes sense: every reference resolves, every id is unique,
//! every turn is reachable and leads to an ending, texts are not empty, golden replies fit
//! the channel. Problems carry a path into the document; `load` turns it into line:col.

use std::collections::{HashMap, HashSet, VecDeque};

use super::load::Severity;
use super::locate::Seg;
use super::model::*;
use crate::path;

/// One problem, located by its path in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Seg>,
    pub severity: Severity,
    pub message: String,
    pub hint: String,
}

/// Placeholders a text may contain; anything else in braces is a typo.
pub const PLACEHOLDERS: [&str; 4] = ["{name}", "{first_name}", "{handle}", "{brand}"];

/// Mood and sentiment run from -3 (hostile) to +3 (supportive).
pub const MOOD_RANGE: std::ops::RangeInclusive<i32> = -3..=3;

struct Checker<'a> {
    scenario: &'a Scenario,
    problems: Vec<Problem>,
}

/// Every problem of `scenario`, errors and warnings.
pub fn validate(scenario: &Scenario) -> Vec<Problem> {
    let mut checker = Checker {
        scenario,
        problems: Vec::new(),
    };
    checker.metadata();
    checker.case_file_and_policy();
    checker.personas();
    checker.turns();
    checker.endings();
    checker.graph();
    checker.usage_warnings();
    checker.problems
}

impl Checker<'_> {
    fn error(&mut self, path: Vec<Seg>, message: impl Into<String>, hint: impl Into<String>) {
        self.problems.push(Problem {
            path,
            severity: Severity::Error,
            message: message.into(),
            hint: hint.into(),
        });
    }

    fn warning(&mut self, path: Vec<Seg>, message: impl Into<String>, hint: impl Into<String>) {
        self.problems.push(Problem {
            path,
            severity: Severity::Warning,
            message: message.into(),
            hint: hint.into(),
        });
    }

    fn not_empty(&mut self, path: Vec<Seg>, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(
                path,
                format!("{what} is empty"),
                format!("write the {what}"),
            );
        }
    }

    fn id(&mut self, path: Vec<Seg>, what: &str, id: &str) {
        if id.is_empty() {
            self.error(
                path,
                format!("{what} id is empty"),
                "give it a lower_snake_case id",
            );
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            let suggestion: String = id
                .to_lowercase()
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            self.error(
                path,
                format!("{what} id `{id}` is not lower_snake_case"),
                format!("use letters a-z, digits and underscores, e.g. `{suggestion}`"),
            );
        }
    }

    fn placeholders(&mut self, path: Vec<Seg>, text: &str) {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open..];
            let Some(close) = after.find('}') else {
                break;
            };
            let token = &after[..=close];
            if !PLACEHOLDERS.contains(&token) {
                self.error(
                    path.clone(),
                    format!("unknown placeholder `{token}`"),
                    format!("placeholders are {}", PLACEHOLDERS.join(", ")),
                );
            }
            rest = &after[close + 1..];
        }
    }

    fn mood(&mut self, path: Vec<Seg>, what: &str, value: i32) {
        if !MOOD_RANGE.contains(&value) {
            self.error(
                path,
                format!("{what} {value} is out of range"),
                "mood and sentiment run from -3 (hostile) to 3 (supportive)",
            );
        }
    }

    fn metadata(&mut self) {
        let s = self.scenario;
        self.id(path!["id"], "scenario", &s.id);
        self.not_empty(path!["title"], "title", &s.title);
        self.not_empty(path!["brief"], "brief", &s.brief);
        self.not_empty(path!["goal"], "goal", &s.goal);
        self.not_empty(path!["brand", "name"], "brand name", &s.brand.name);
        self.not_empty(path!["brand", "handle"], "brand handle", &s.brand.handle);
        self.not_empty(path!["channel", "name"], "channel name", &s.channel.name);
        if s.minutes == 0 {
            self.error(
                path!["minutes"],
                "minutes is 0",
                "estimate how many minutes a play takes",
            );
        }
        if s.channel.reply_limit == 0 {
            self.error(
                path!["channel", "reply_limit"],
                "reply_limit is 0: no reply could be sent",
                "use the network's limit, e.g. 280 for a Twitter-like timeline",
            );
        }
        if s.channel.expected_response_minutes == 0 {
            self.error(
                path!["channel", "expected_response_minutes"],
                "expected_response_minutes is 0",
                "60 is typical: 42 % of people expect an answer within the hour",
            );
        }
        for (i, tag) in s.tags.iter().enumerate() {
            self.not_empty(path!["tags", i], "tag", tag);
        }
    }

    fn case_file_and_policy(&mut self) {
        let s = self.scenario;
        let mut seen = HashSet::new();
        for (i, fact) in s.case_file.iter().enumerate() {
            self.id(path!["case_file", i, "id"], "fact", &fact.id);
            if !seen.insert(fact.id.as_str()) {
                self.error(
                    path!["case_file", i, "id"],
                    format!("duplicate fact id `{}`", fact.id),
                    "give each fact its own id",
                );
            }
            self.not_empty(path!["case_file", i, "label"], "fact label", &fact.label);
            self.not_empty(path!["case_file", i, "value"], "fact value", &fact.value);
            for (j, marker) in fact.markers.iter().enumerate() {
                self.marker(path!["case_file", i, "markers", j], marker);
            }
        }
        let mut teams = HashSet::new();
        for (i, route) in s.policy.escalation.iter().enumerate() {
            let at = path!["policy", "escalation", i, "team"];
            self.id(at.clone(), "team", &route.team);
            if !teams.insert(route.team.as_str()) {
                self.error(
                    at,
                    format!("duplicate team `{}`", route.team),
                    "give each escalation route its own team id",
                );
            }
            self.not_empty(
                path!["policy", "escalation", i, "name"],
                "team name",
                &route.name,
            );
            self.not_empty(
                path!["policy", "escalation", i, "when"],
                "`when` of the route",
                &route.when,
            );
        }
        let mut claims = HashSet::new();
        for (i, claim) in s.policy.forbidden.iter().enumerate() {
            let at = path!["policy", "forbidden", i, "id"];
            self.id(at.clone(), "forbidden claim", &claim.id);
            if !claims.insert(claim.id.as_str()) {
                self.error(
                    at,
                    format!("duplicate forbidden claim id `{}`", claim.id),
                    "give each forbidden claim its own id",
                );
            }
            self.not_empty(path!["policy", "forbidden", i, "rule"], "rule", &claim.rule);
            if claim.phrases.is_empty() {
                self.error(
                    path!["policy", "forbidden", i, "phrases"],
                    format!("forbidden claim `{}` has no phrases", claim.id),
                    "list the phrases that make the claim, e.g. [\"full refund\"]",
                );
            }
            for (j, phrase) in claim.phrases.iter().enumerate() {
                self.not_empty(
                    path!["policy", "forbidden", i, "phrases", j],
                    "phrase",
                    phrase,
                );
            }
        }
        for (i, line) in s.policy.autonomy.iter().enumerate() {
            self.not_empty(path!["policy", "autonomy", i], "autonomy line", line);
        }
    }

    fn marker(&mut self, path: Vec<Seg>, marker: &Marker) {
        match marker {
            Marker::Time(time) => {
                if parse_hh_mm(time).is_none() {
                    self.error(
                        path,
                        format!("`{time}` is not a time"),
                        "write times as \"HH:MM\" in 24-hour form, e.g. \"07:10\"",
                    );
                }
            }
            Marker::Amount(_, currency) => {
                if currency.trim().is_empty() {
                    self.error(
                        path,
                        "amount without a currency",
                        "e.g. Amount(250, \"EUR\")",
                    );
                }
            }
            Marker::Code(code) => self.not_empty(path, "code", code),
            // Any whole percentage is a value a reply can state ("0 %", "150 %").
            Marker::Percent(_) => {}
            Marker::Duration(_, unit) => {
                if crate::scoring::numbers::period_of(1, unit).is_none() {
                    self.error(
                        path,
                        format!("`{unit}` is not a unit of time"),
                        "use minutes, hours, days, working days, weeks, months or years \
                         (or the French or Dutch word), e.g. Duration(48, \"hours\")",
                    );
                }
            }
            Marker::Date(date) => {
                if crate::scoring::numbers::parse_marker_date(date).is_none() {
                    self.error(
                        path,
                        format!("`{date}` is not a date"),
                        "write dates as \"MM-DD\" or \"YYYY-MM-DD\", month first, e.g. \
                         Date(\"03-20\") for 20 March",
                    );
                }
            }
            Marker::Address(address) => {
                if crate::scoring::addresses::Address::parse(address).is_none() {
                    self.error(
                        path,
                        format!("`{address}` is not a web or e-mail address"),
                        "write the site and page, or the e-mail address, e.g. \
                         Address(\"voltaro.example/tariffs-october\") or \
                         Address(\"press@voltaro.example\")",
                    );
                }
            }
            Marker::Phrase(phrases) => {
                if phrases.iter().all(|p| p.trim().is_empty()) {
                    self.error(
                        path,
                        "phrase marker with no phrase",
                        "e.g. Phrase([\"free rebooking\"])",
                    );
                }
            }
        }
    }

    fn personas(&mut self) {
        let s = self.scenario;
        self.not_empty(path!["customer", "name"], "customer name", &s.customer.name);
        self.not_empty(
            path!["customer", "handle"],
            "customer handle",
            &s.customer.handle,
        );
        self.mood(path!["customer", "mood"], "customer mood", s.customer.mood);
        self.mood(
            path!["onlookers", "sentiment"],
            "public sentiment",
            s.onlookers.sentiment,
        );
        for (i, stake) in s.customer.stakes.iter().enumerate() {
            let one_word = !stake.is_empty() && stake.chars().all(char::is_alphabetic);
            if !one_word {
                self.error(
                    path!["customer", "stakes", i],
                    format!("stake `{stake}` is not one word of letters"),
                    "write each stake as one word a reply may use (\"wedding\", \"funeral\"); list several words for one stake",
                );
            }
        }
        for (i, identity) in s.customer.alternates.iter().enumerate() {
            self.not_empty(
                path!["customer", "alternates", i, "name"],
                "name",
                &identity.name,
            );
            self.not_empty(
                path!["customer", "alternates", i, "handle"],
                "handle",
                &identity.handle,
            );
        }
        let mut ids = HashSet::from([CUSTOMER]);
        for (i, persona) in s.onlookers.personas.iter().enumerate() {
            let at = path!["onlookers", "personas", i, "id"];
            self.id(at.clone(), "persona", &persona.id);
            if !ids.insert(persona.id.as_str()) {
                self.error(
                    at,
                    format!("duplicate persona id `{}`", persona.id),
                    "\"customer\" is taken by the customer; give each persona its own id",
                );
            }
            self.not_empty(
                path!["onlookers", "personas", i, "name"],
                "persona name",
                &persona.name,
            );
        }
        for (i, comment) in s.onlookers.comments.iter().enumerate() {
            self.not_empty(
                path!["onlookers", "comments", i, "handle"],
                "comment handle",
                &comment.handle,
            );
            self.not_empty(
                path!["onlookers", "comments", i, "text"],
                "comment text",
                &comment.text,
            );
            self.placeholders(path!["onlookers", "comments", i, "text"], &comment.text);
            if s.turn(&comment.after).is_none() {
                self.unknown_turn(path!["onlookers", "comments", i, "after"], &comment.after);
            }
        }
    }

    fn unknown_turn(&mut self, path: Vec<Seg>, id: &str) {
        let known: Vec<&str> = self.scenario.turns.iter().map(|t| t.id.as_str()).collect();
        self.error(
            path,
            format!("unknown turn `{id}`"),
            format!("turns are: {}", known.join(", ")),
        );
    }

    fn team_ref(&mut self, path: Vec<Seg>, team: &str) {
        if self.scenario.route(team).is_none() {
            let known: Vec<&str> = self
                .scenario
                .policy
                .escalation
                .iter()
                .map(|r| r.team.as_str())
                .collect();
            let hint = if known.is_empty() {
                "add an escalation route to `policy.escalation` first".to_string()
            } else {
                format!("teams are: {}", known.join(", "))
            };
            self.error(path, format!("unknown team `{team}`"), hint);
        }
    }

    fn claim_ref(&mut self, path: Vec<Seg>, id: &str) {
        if self.scenario.forbidden(id).is_none() {
            let known: Vec<&str> = self
                .scenario
                .policy
                .forbidden
                .iter()
                .map(|c| c.id.as_str())
                .collect();
            self.error(
                path,
                format!("unknown forbidden claim `{id}`"),
                format!("forbidden claims are: {}", known.join(", ")),
            );
        }
    }

    fn turns(&mut self) {
        let s = self.scenario;
        if s.turns.is_empty() {
            self.error(
                path!["turns"],
                "the scenario has no turns",
                "add at least one `Turn(...)`",
            );
        }
        let mut ids: HashMap<&str, &str> = HashMap::new();
        for (i, turn) in s.turns.iter().enumerate() {
            let at = path!["turns", i, "id"];
            self.id(at.clone(), "turn", &turn.id);
            if ids.insert(turn.id.as_str(), "turn").is_some() {
                self.error(
                    at,
                    format!("duplicate turn id `{}`", turn.id),
                    "turn and ending ids share one namespace: make each unique",
                );
            }
        }
        for (i, ending) in s.endings.iter().enumerate() {
            let at = path!["endings", i, "id"];
            self.id(at.clone(), "ending", &ending.id);
            if let Some(kind) = ids.insert(ending.id.as_str(), "ending") {
                self.error(
                    at,
                    format!("duplicate id `{}`: already used by a {kind}", ending.id),
                    "turn and ending ids share one namespace: make each unique",
                );
            }
        }
        if s.turn(&s.start).is_none() {
            self.unknown_turn(path!["start"], &s.start);
        }
        for (i, turn) in s.turns.iter().enumerate() {
            self.turn(i, turn);
        }
    }

    fn turn(&mut self, i: usize, turn: &Turn) {
        let s = self.scenario;
        if turn.from != CUSTOMER && s.persona(&turn.from).is_none() {
            self.error(
                path!["turns", i, "from"],
                format!("unknown persona `{}`", turn.from),
                "use \"customer\" or the id of one of `onlookers.personas`",
            );
        }
        self.not_empty(path!["turns", i, "text"], "turn text", &turn.text);
        self.placeholders(path!["turns", i, "text"], &turn.text);
        for (j, variant) in turn.variants.iter().enumerate() {
            self.not_empty(path!["turns", i, "variants", j], "variant", variant);
            self.placeholders(path!["turns", i, "variants", j], variant);
        }
        let expect = &turn.expect;
        for (j, fact) in expect.facts.iter().enumerate() {
            if s.fact(fact).is_none() {
                let known: Vec<&str> = s.case_file.iter().map(|f| f.id.as_str()).collect();
                self.error(
                    path!["turns", i, "expect", "facts", j],
                    format!("unknown fact `{fact}`"),
                    format!("facts in the case file are: {}", known.join(", ")),
                );
            } else if s.fact(fact).is_some_and(|f| f.private)
                && turn.visibility == Visibility::Public
            {
                self.warning(
                    path!["turns", i, "expect", "facts", j],
                    format!("fact `{fact}` is private but expected in reply to a public post"),
                    "a reply in DM may state it; make sure the expected actions are in DM",
                );
            }
        }
        for (j, claim) in expect.avoid.iter().enumerate() {
            self.claim_ref(path!["turns", i, "expect", "avoid", j], claim);
        }
        if expect.actions.is_empty() {
            self.error(
                path!["turns", i, "expect", "actions"],
                "no right action is given",
                "list the actions that are right here, e.g. [AskDm, ReplyPublic]",
            );
        }
        for (j, action) in expect.actions.iter().enumerate() {
            if let Action::Escalate(team) = action {
                self.team_ref(path!["turns", i, "expect", "actions", j], team);
            }
        }
        self.branches(i, turn);
        self.golden(i, turn);
    }

    fn branches(&mut self, i: usize, turn: &Turn) {
        let s = self.scenario;
        if turn.next.is_empty() {
            self.error(
                path!["turns", i, "next"],
                format!("turn `{}` has no branches", turn.id),
                "add `next: [Branch(goto: \"...\")]` naming a turn or an ending",
            );
            return;
        }
        for (j, branch) in turn.next.iter().enumerate() {
            let at = path!["turns", i, "next", j];
            if s.turn(&branch.goto).is_none() && s.ending(&branch.goto).is_none() {
                let mut known: Vec<&str> = s.turns.iter().map(|t| t.id.as_str()).collect();
                known.extend(s.endings.iter().map(|e| e.id.as_str()));
                self.error(
                    path!["turns", i, "next", j, "goto"],
                    format!("unknown turn or ending `{}`", branch.goto),
                    format!("known ids: {}", known.join(", ")),
                );
            }
            for (k, condition) in branch.when.iter().enumerate() {
                let cat = path!["turns", i, "next", j, "when", k];
                match condition {
                    Condition::EscalatedTo(team) => self.team_ref(cat, team),
                    Condition::Claimed(claim) => self.claim_ref(cat, claim),
                    Condition::MoodAtMost(m) | Condition::MoodAtLeast(m) => {
                        self.mood(cat, "mood", *m)
                    }
                    Condition::SentimentAtMost(m) => self.mood(cat, "sentiment", *m),
                    _ => {}
                }
            }
            // The judge grades an action the turn does not expect fair at best: a branch
            // waiting for a good reply with that action is never taken.
            let unexpected_action = branch.when.iter().find_map(|c| match c {
                Condition::Action(kind)
                    if !turn.expect.actions.iter().any(|a| a.kind() == *kind) =>
                {
                    Some(*kind)
                }
                _ => None,
            });
            if let Some(kind) = unexpected_action
                && branch.when.contains(&Condition::GradeAtLeast(Grade::Good))
            {
                self.warning(
                    at.clone(),
                    format!(
                        "this branch can never be taken: `{kind:?}` is not one of the turn's expected actions, and the judge grades such a reply fair at best"
                    ),
                    "ask for `GradeAtLeast(Fair)` on this branch, or add the action to `expect.actions`",
                );
            }
            if !branch.when.is_empty() || j + 1 == turn.next.len() {
                continue;
            }
            let mut later = at.clone();
            if let Some(Seg::Index(_)) = later.last() {
                later.pop();
                later.push(Seg::Index(j + 1));
            }
            self.error(
                later,
                "this branch can never be taken",
                "the branch before it has no `when`, so it always wins: put unconditional branches last",
            );
        }
        if turn.next.last().is_some_and(|b| !b.when.is_empty()) {
            self.error(
                path!["turns", i, "next", turn.next.len() - 1],
                format!("turn `{}` has no fallback branch", turn.id),
                "when no condition holds the conversation would stop: end `next` with a branch that has no `when`",
            );
        }
    }

    fn golden(&mut self, i: usize, turn: &Turn) {
        let s = self.scenario;
        if turn.golden.is_empty() {
            self.warning(
                path!["turns", i, "id"],
                format!("turn `{}` has no golden replies", turn.id),
                "add sample replies with the grade you expect, so the scorer is tested against your intent",
            );
        }
        let limit = s.channel.reply_limit as usize;
        for (j, golden) in turn.golden.iter().enumerate() {
            let at = path!["turns", i, "golden", j, "reply"];
            if let Action::Escalate(team) = &golden.action {
                self.team_ref(path!["turns", i, "golden", j, "action"], team);
            }
            let length = golden.reply.chars().count();
            if golden.action.takes_reply() && golden.reply.trim().is_empty() {
                self.error(
                    at.clone(),
                    format!("golden reply for `{}` is empty", golden.action),
                    "write the reply, or use Monitor or Hide",
                );
            } else if !golden.action.takes_reply() && !golden.reply.is_empty() {
                self.error(
                    at.clone(),
                    format!("`{}` sends no reply, but a reply is given", golden.action),
                    "remove the reply, or choose an action that replies",
                );
            }
            if length > limit {
                self.error(
                    at.clone(),
                    format!(
                        "golden reply is {length} characters; {} allows {limit}",
                        s.channel.name
                    ),
                    format!("shorten it by {} characters", length - limit),
                );
            }
            self.placeholders(at, &golden.reply);
        }
    }

    fn endings(&mut self) {
        let s = self.scenario;
        if s.endings.is_empty() {
            self.error(
                path!["endings"],
                "the scenario has no endings",
                "add at least one `Ending(...)` for branches to reach",
            );
        }
        for (i, ending) in s.endings.iter().enumerate() {
            self.not_empty(path!["endings", i, "title"], "ending title", &ending.title);
            self.not_empty(path!["endings", i, "debrief"], "debrief", &ending.debrief);
            self.placeholders(path!["endings", i, "debrief"], &ending.debrief);
        }
    }

    /// Reachability from the start, and a path to an ending from every turn.
    fn graph(&mut self) {
        let s = self.scenario;
        // The first turn of an id wins; duplicates are reported on their own.
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, turn) in s.turns.iter().enumerate() {
            index.entry(turn.id.as_str()).or_insert(i);
        }
        let Some(&start) = index.get(s.start.as_str()) else {
            return;
        };
        let mut reached = vec![false; s.turns.len()];
        let mut queue = VecDeque::from([start]);
        reached[start] = true;
        while let Some(i) = queue.pop_front() {
            for branch in &s.turns[i].next {
                if let Some(&j) = index.get(branch.goto.as_str())
                    && !reached[j]
                {
                    reached[j] = true;
                    queue.push_back(j);
                }
            }
        }
        // Turns that can reach an ending: grow backwards from turns that branch to one.
        let mut finishes = vec![false; s.turns.len()];
        let mut changed = true;
        while changed {
            changed = false;
            for (i, turn) in s.turns.iter().enumerate() {
                if finishes[i] {
                    continue;
                }
                let done = turn.next.iter().any(|b| {
                    s.ending(&b.goto).is_some()
                        || index.get(b.goto.as_str()).is_some_and(|&j| finishes[j])
                });
                if done {
                    finishes[i] = true;
                    changed = true;
                }
            }
        }
        for (i, turn) in s.turns.iter().enumerate() {
            if index.get(turn.id.as_str()) != Some(&i) {
                continue;
            }
            if !reached[i] {
                self.error(
                    path!["turns", i, "id"],
                    format!("turn `{}` can't be reached from the start", turn.id),
                    format!(
                        "add a branch with `goto: \"{}\"`, or remove the turn",
                        turn.id
                    ),
                );
            } else if !finishes[i] && !turn.next.is_empty() {
                self.error(
                    path!["turns", i, "next"],
                    format!("turn `{}` has no path to an ending", turn.id),
                    "every conversation must be able to end: add a branch to an ending",
                );
            }
        }
    }

    fn usage_warnings(&mut self) {
        let s = self.scenario;
        let used: HashSet<&str> = s
            .turns
            .iter()
            .flat_map(|t| t.expect.facts.iter().map(String::as_str))
            .collect();
        for (i, fact) in s.case_file.iter().enumerate() {
            // Private facts are there to be protected, not stated: they need no reference.
            if !fact.private && !used.contains(fact.id.as_str()) {
                self.warning(
                    path!["case_file", i, "id"],
                    format!("fact `{}` is never expected in a reply", fact.id),
                    "name it in some turn's `expect.facts`, or remove it",
                );
            }
        }
        let targets: HashSet<&str> = s
            .turns
            .iter()
            .flat_map(|t| t.next.iter().map(|b| b.goto.as_str()))
            .collect();
        for (i, ending) in s.endings.iter().enumerate() {
            if !targets.contains(ending.id.as_str()) {
                self.warning(
                    path!["endings", i, "id"],
                    format!("ending `{}` is never reached", ending.id),
                    format!(
                        "add a branch with `goto: \"{}\"`, or remove the ending",
                        ending.id
                    ),
                );
            }
        }
    }
}

/// Parses "HH:MM" (24-hour) into minutes after midnight.
pub fn parse_hh_mm(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let h: u32 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hh_mm_accepts_only_real_times() {
        assert_eq!(parse_hh_mm("07:10"), Some(430));
        assert_eq!(parse_hh_mm("7:10"), Some(430));
        assert_eq!(parse_hh_mm("23:59"), Some(1439));
        for bad in ["24:00", "7:60", "7h10", "", ":10", "07:1", "aa:bb"] {
            assert_eq!(parse_hh_mm(bad), None, "{bad}");
        }
    }
}
