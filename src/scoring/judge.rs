//! Scoring a response inside a scenario: accuracy (facts, forbidden claims, personal data),
//! escalation (the action against the turn's expectations and the USAF chart), timeliness
//! (response time against the channel's expectation) and the overall grade.

use std::borrow::Cow;

use super::JudgeInput;
use super::addresses::{self, Address};
use super::empathy;
use super::lexicon::{Category, Lexicon, Match};
use super::numbers;
use super::text::{self, Analysed, Word, flags};
use super::verdict::{Dimension, DimensionScores, Epitome, Evidence, Span};
use crate::scenario::model::{
    Action, ActionKind, ClaimKind, EmpathyNeed, Fact, Grade, Language, Marker, PosterKind,
    Scenario, Visibility,
};

/// One dimension's score and the evidence behind it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Part {
    pub score: Option<u8>,
    pub evidence: Vec<Evidence>,
}

/// Accuracy, with the claims made and whether personal data was posted in public.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccuracyPart {
    pub part: Part,
    pub claims: Vec<String>,
    pub leaked_private_data: bool,
}

/// Fills a message's `{key}` placeholders. A value that ends with its own full stop (a
/// case-file text) does not get the template's full stop a second time.
pub(super) fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in pairs {
        let placeholder = format!("{{{key}}}");
        if value.ends_with('.') {
            out = out.replace(&format!("{placeholder}."), value);
        }
        out = out.replace(&placeholder, value);
    }
    out
}

/// Where a marker of `fact` is stated in the reply, if one is.
fn find_fact(lexicon: &Lexicon, reply: &str, text: &Analysed, fact: &Fact) -> Option<Span> {
    fact.markers
        .iter()
        .find_map(|marker| find_marker(lexicon, reply, text, marker))
}

/// Where `marker` is stated in the reply, if it is.
fn find_marker(lexicon: &Lexicon, reply: &str, text: &Analysed, marker: &Marker) -> Option<Span> {
    match marker {
        Marker::Time(hhmm) => numbers::parse_marker_time(hhmm).and_then(|minutes| {
            numbers::find_times(reply)
                .into_iter()
                .find(|t| t.minutes == minutes)
                .map(|t| t.span)
        }),
        Marker::Amount(value, currency) => numbers::find_amounts(reply)
            .into_iter()
            .find(|a| {
                a.cents == u64::from(*value) * 100
                    && a.currency.is_none_or(|c| c.eq_ignore_ascii_case(currency))
            })
            .map(|a| a.span),
        Marker::Code(code) => {
            let wanted = numbers::normalise_code(code);
            numbers::find_code_candidates(reply)
                .into_iter()
                .find(|(c, _)| !wanted.is_empty() && *c == wanted)
                .map(|(_, span)| span)
        }
        Marker::Percent(percent) => numbers::find_percents(reply)
            .into_iter()
            .find(|p| p.hundredths == u64::from(*percent) * 100)
            .map(|p| p.span),
        Marker::Duration(count, unit) => numbers::period_of(*count, unit).and_then(|wanted| {
            numbers::find_periods(reply)
                .into_iter()
                .find(|p| p.period == wanted)
                .map(|p| p.span)
        }),
        Marker::Date(date) => numbers::parse_marker_date(date).and_then(|wanted| {
            numbers::find_dates(reply)
                .into_iter()
                .find(|d| d.date.same_day(&wanted))
                .map(|d| d.span)
        }),
        Marker::Address(address) => Address::parse(address).and_then(|wanted| {
            addresses::find_addresses(reply)
                .into_iter()
                .find(|a| a.address == wanted)
                .map(|a| a.span)
        }),
        Marker::Phrase(phrases) => lexicon
            .find_phrases(text, phrases)
            .into_iter()
            .find(|m| !m.negated)
            .map(|m| text.span_of(m.first, m.end)),
    }
}

/// The kind of value a marker checks (`None` for a phrase).
fn kind_of(marker: &Marker) -> Option<ValueKind> {
    match marker {
        Marker::Time(_) => Some(ValueKind::Time),
        Marker::Amount(..) => Some(ValueKind::Amount),
        Marker::Code(_) => Some(ValueKind::Code),
        Marker::Percent(_) => Some(ValueKind::Percent),
        Marker::Duration(..) => Some(ValueKind::Duration),
        Marker::Date(_) => Some(ValueKind::Date),
        Marker::Address(_) => Some(ValueKind::Address),
        Marker::Phrase(_) => None,
    }
}

/// The kinds of value a fact's markers check.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ValueKind {
    Time,
    Amount,
    Code,
    Percent,
    Duration,
    Date,
    Address,
}

/// A value in the reply of the kind of one of a fact's markers, but not the fact's.
#[derive(Debug, Clone, Copy)]
struct WrongValue {
    span: Span,
    kind: ValueKind,
}

/// Where the reply states values of the same kind as the fact's markers, but different
/// ones (another time, another sum, another flight number), in the order of the markers.
/// A value that belongs to any fact of the case file (the cancelled train next to the
/// replacement) is a right value of another fact, and a value from the customer's own
/// messages (their wedding at 15:00) is theirs to quote back: neither is wrong.
fn find_wrong_values(
    reply: &str,
    fact: &Fact,
    case_file: &[Fact],
    context: &str,
) -> Vec<WrongValue> {
    // Values that are never wrong, per kind: the customer's own, then every fact's.
    let mut excused_times: Vec<u32> = numbers::find_times(context)
        .into_iter()
        .map(|t| t.minutes)
        .collect();
    let mut excused_amounts: Vec<u64> = numbers::find_amounts(context)
        .into_iter()
        .map(|a| a.cents)
        .collect();
    let mut excused_codes: Vec<String> = numbers::find_code_candidates(context)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    let mut excused_percents: Vec<u64> = numbers::find_percents(context)
        .into_iter()
        .map(|p| p.hundredths)
        .collect();
    let mut excused_periods: Vec<numbers::Period> = numbers::find_periods(context)
        .into_iter()
        .map(|p| p.period)
        .collect();
    let mut excused_dates: Vec<numbers::CalendarDate> = numbers::find_dates(context)
        .into_iter()
        .map(|d| d.date)
        .collect();
    let mut excused_addresses: Vec<Address> = addresses::find_addresses(context)
        .into_iter()
        .map(|a| a.address)
        .collect();
    for marker in case_file.iter().flat_map(|f| f.markers.iter()) {
        match marker {
            Marker::Time(hhmm) => excused_times.extend(numbers::parse_marker_time(hhmm)),
            Marker::Amount(value, _) => excused_amounts.push(u64::from(*value) * 100),
            Marker::Code(code) => excused_codes.push(numbers::normalise_code(code)),
            Marker::Percent(percent) => excused_percents.push(u64::from(*percent) * 100),
            Marker::Duration(count, unit) => {
                excused_periods.extend(numbers::period_of(*count, unit))
            }
            Marker::Date(date) => excused_dates.extend(numbers::parse_marker_date(date)),
            Marker::Address(address) => excused_addresses.extend(Address::parse(address)),
            Marker::Phrase(_) => {}
        }
    }
    // And the values written in the facts themselves, markers or not: "our SMS at 21:40"
    // quotes the cancelled flight's notice, "IC 4701" the first train of the morning the
    // case file mentions to rule it out.
    for value in case_file.iter().map(|f| f.value.as_str()) {
        excused_times.extend(numbers::find_times(value).into_iter().map(|t| t.minutes));
        excused_amounts.extend(numbers::find_amounts(value).into_iter().map(|a| a.cents));
        excused_codes.extend(
            numbers::find_code_candidates(value)
                .into_iter()
                .map(|(c, _)| c),
        );
        excused_percents.extend(
            numbers::find_percents(value)
                .into_iter()
                .map(|p| p.hundredths),
        );
        excused_periods.extend(numbers::find_periods(value).into_iter().map(|p| p.period));
        excused_dates.extend(numbers::find_dates(value).into_iter().map(|d| d.date));
        excused_addresses.extend(
            addresses::find_addresses(value)
                .into_iter()
                .map(|a| a.address),
        );
    }
    let mut wrong = Vec::new();
    for marker in &fact.markers {
        match marker {
            Marker::Time(hhmm) => {
                if let Some(minutes) = numbers::parse_marker_time(hhmm) {
                    wrong.extend(
                        numbers::find_times(reply)
                            .into_iter()
                            .filter(|t| t.minutes != minutes && !excused_times.contains(&t.minutes))
                            .map(|t| WrongValue {
                                span: t.span,
                                kind: ValueKind::Time,
                            }),
                    );
                }
            }
            Marker::Amount(value, currency) => wrong.extend(
                numbers::find_amounts(reply)
                    .into_iter()
                    .filter(|a| {
                        a.cents != u64::from(*value) * 100
                            && a.currency.is_some_and(|c| c.eq_ignore_ascii_case(currency))
                            && !excused_amounts.contains(&a.cents)
                    })
                    .map(|a| WrongValue {
                        span: a.span,
                        kind: ValueKind::Amount,
                    }),
            ),
            Marker::Code(code) => {
                let wanted = numbers::normalise_code(code);
                let shape = numbers::code_shape(&wanted);
                let letters: String = wanted
                    .chars()
                    .take_while(char::is_ascii_alphabetic)
                    .collect();
                wrong.extend(
                    numbers::find_code_candidates(reply)
                        .into_iter()
                        .filter(|(c, _)| {
                            wanted.len() >= 4
                                && c != &wanted
                                && numbers::code_shape(c) == shape
                                && shape.contains('D')
                                && c.starts_with(&letters)
                                && !excused_codes.contains(c)
                        })
                        .map(|(_, span)| WrongValue {
                            span,
                            kind: ValueKind::Code,
                        }),
                );
            }
            Marker::Percent(percent) => wrong.extend(
                numbers::find_percents(reply)
                    .into_iter()
                    .filter(|p| {
                        p.hundredths != u64::from(*percent) * 100
                            && !excused_percents.contains(&p.hundredths)
                    })
                    .map(|p| WrongValue {
                        span: p.span,
                        kind: ValueKind::Percent,
                    }),
            ),
            Marker::Duration(count, unit) => {
                if let Some(period) = numbers::period_of(*count, unit) {
                    // A period read where a clock time is ("om 5 uur", "à 18h") is the time.
                    let times = numbers::find_times(reply);
                    wrong.extend(
                        numbers::find_periods(reply)
                            .into_iter()
                            .filter(|p| {
                                p.period != period
                                    && !excused_periods.contains(&p.period)
                                    && !times.iter().any(|t| {
                                        t.span.start < p.span.end && p.span.start < t.span.end
                                    })
                            })
                            .map(|p| WrongValue {
                                span: p.span,
                                kind: ValueKind::Duration,
                            }),
                    );
                }
            }
            Marker::Date(date) => {
                if let Some(wanted) = numbers::parse_marker_date(date) {
                    wrong.extend(
                        numbers::find_dates(reply)
                            .into_iter()
                            .filter(|d| {
                                !d.date.same_day(&wanted)
                                    && !excused_dates.iter().any(|e| e.same_day(&d.date))
                            })
                            .map(|d| WrongValue {
                                span: d.span,
                                kind: ValueKind::Date,
                            }),
                    );
                }
            }
            Marker::Address(address) => {
                if let Some(wanted) = Address::parse(address) {
                    wrong.extend(
                        addresses::find_addresses(reply)
                            .into_iter()
                            .filter(|a| {
                                a.address.contradicts(&wanted)
                                    && !excused_addresses.contains(&a.address)
                            })
                            .map(|a| WrongValue {
                                span: a.span,
                                kind: ValueKind::Address,
                            }),
                    );
                }
            }
            Marker::Phrase(_) => {}
        }
    }
    wrong
}

/// Words that tie a sentence to `fact` rather than to another fact of the case file: the
/// words of its text that no other fact uses ("Velair" for the partner flight, "places" for
/// the train with seats left), leaving out the words any reply uses whatever the fact
/// (stop words, "you" and "I", the lexicon's caring words, and its time words and
/// invitations to a private channel: "tonight" or "in DM" say nothing of which flight).
/// Only the fact's text: its label is the trainer's heading ("Rebooking option 1", "Solution
/// de report"), and "I'll DM you by 22:30 with a solution" is not about the train.
fn cue_words(lexicon: &Lexicon, fact: &Fact, case_file: &[Fact]) -> Vec<Word> {
    let words_of = |f: &Fact| -> Vec<Word> {
        let analysed = lexicon.analyse(&f.value);
        let neutral = neutral_tokens(&analysed, &lexicon.find_all(&analysed));
        let words = analysed
            .tokens
            .iter()
            .zip(neutral)
            .filter(|(t, neutral)| {
                !neutral
                    && t.flags & (flags::STOPWORD | flags::YOU | flags::ME) == 0
                    && !lexicon.is_caring_word(t.id)
                    && t.norm.len() >= 3
                    && t.norm.is_alphabetic()
                    // A month is part of a date, which is checked as a value: "March" in
                    // "leaves on 14 March" does not make every date in March about the flight.
                    && !numbers::names_month(t.norm.as_str())
            })
            .map(|(t, _)| t.norm.clone())
            .collect();
        analysed.recycle();
        words
    };
    let others: Vec<Word> = case_file
        .iter()
        .filter(|f| f.id != fact.id)
        .flat_map(words_of)
        .collect();
    words_of(fact)
        .into_iter()
        .filter(|w| {
            !others
                .iter()
                .any(|o| text::same_word(o.as_bytes(), w.as_bytes()))
        })
        .collect()
}

/// The tokens of `text` inside a time phrase ("tonight", "within 48 hours") or an
/// invitation to a private channel ("in DM", "en privé"): words that name no fact.
fn neutral_tokens(text: &Analysed, matches: &[Match]) -> Vec<bool> {
    let mut neutral = vec![false; text.tokens.len()];
    for m in matches
        .iter()
        .filter(|m| matches!(m.category, Category::TimeWords | Category::DmInvite))
    {
        neutral[m.first..m.end].fill(true);
    }
    neutral
}

/// Whether a wrong value in the reply is a wrong statement of `fact` when the reply does
/// not state the fact itself. A code of the fact's shape is ("VL 319" for "VL 318"); a
/// time, a sum or a percentage only in a sentence that also names the fact (see
/// `cue_words`): "I'll DM you by 22:30" or "our call centre opens at 8am" say nothing
/// wrong about the partner flight, "you're on the 10:50 Velair flight" does.
fn is_about_fact<'c>(
    text: &Analysed,
    neutral: &[bool],
    wrong: &WrongValue,
    cues: &dyn Fn() -> &'c [Word],
) -> bool {
    // A code of the fact's shape, or another page or mailbox of the fact's own site,
    // can only be meant for this fact.
    if matches!(wrong.kind, ValueKind::Code | ValueKind::Address) {
        return true;
    }
    let Some(sentence) = sentence_at(text, wrong.span.start) else {
        return false;
    };
    let cues = cues();
    let sentence = &text.sentences[sentence];
    (sentence.first..sentence.end).any(|i| {
        !neutral[i]
            && cues
                .iter()
                .any(|c| text::same_word(c.as_bytes(), text.tokens[i].norm.as_bytes()))
    })
}

/// How a reply states one fact of the case file.
enum FactInReply {
    /// With a wrong value.
    Wrong(WrongValue),
    /// Rightly: the span of the marker found.
    Stated(Span),
    Missing,
}

/// How `reply` states `fact`: wrong when a marker is stated with a wrong value in the same
/// sentence ("VL 318 leaves at 10:50 and lands at 11:35": the customer would act on the
/// wrong one), or, with no marker stated, when a wrong value is given where the reply
/// talks about the fact (see `is_about_fact`); else stated or missing.
fn fact_in_reply(
    lexicon: &Lexicon,
    reply: &str,
    text: &Analysed,
    neutral: &[bool],
    fact: &Fact,
    case_file: &[Fact],
    context: &str,
    charged: &[Span],
) -> FactInReply {
    // The markers stated, with the kinds of value they are.
    let found: Vec<(Span, Option<ValueKind>)> = fact
        .markers
        .iter()
        .filter_map(|m| find_marker(lexicon, reply, text, m).map(|span| (span, kind_of(m))))
        .collect();
    let mut wrong = find_wrong_values(reply, fact, case_file, context);
    // One wrong value is one mistake: quoted as wrong for an earlier fact, it says
    // nothing more about this one.
    wrong.retain(|w| !charged.contains(&w.span));
    // A value the reply denies is not stated: "no, it's not a 200 % rise", "ce n'est pas
    // 50 %". A negation that bounds the value ("not before 12:35", "pas avant 12h35",
    // "not more than 80 euros") still states it.
    wrong.retain(|w| {
        let Some(first) = text
            .tokens
            .iter()
            .position(|t| t.span.start >= w.span.start)
        else {
            return true;
        };
        !lexicon.negator_before(text, first).is_some_and(|k| {
            text.tokens[k + 1..first]
                .iter()
                .all(|t| !BOUNDING_WORDS.contains(&t.norm.as_str()))
        })
    });
    // The fact's cue words, worked out once, only when a time, a sum, a percentage or a
    // duration needs them.
    let cues = std::cell::OnceCell::new();
    let cues = || {
        cues.get_or_init(|| cue_words(lexicon, fact, case_file))
            .as_slice()
    };
    if let Some(&(stated, _)) = found.first() {
        // Stated, but wrong: a wrong value in the sentence that states it, or one of a
        // kind the reply did not state rightly, where it talks about the fact ("our Head
        // of Communications will call you within 2 hours" next to the right press
        // office). A right time elsewhere keeps an unrelated time from counting ("VL 318
        // leaves at 09:50. Boarding closes at 09:20").
        let sentence = sentence_at(text, stated.start);
        // Every value of that kind the fact has, stated rightly: a wrong one beside them
        // is another fact's ("AE 1432 at 7:10 is cancelled, but VL 318 lands at 12:15":
        // the 7:10 flight is stated rightly, the 12:15 is VL 318's mistake).
        let all_stated = |kind: ValueKind| {
            let stated = found.iter().filter(|&&(_, k)| k == Some(kind)).count();
            stated
                == fact
                    .markers
                    .iter()
                    .filter(|m| kind_of(m) == Some(kind))
                    .count()
        };
        return match wrong.iter().find(|w| {
            (sentence.is_some()
                && sentence_at(text, w.span.start) == sentence
                && !all_stated(w.kind))
                || (!found.iter().any(|&(_, kind)| kind == Some(w.kind))
                    && is_about_fact(text, neutral, w, &cues))
        }) {
            Some(&w) => FactInReply::Wrong(w),
            None => FactInReply::Stated(stated),
        };
    }
    match wrong
        .iter()
        .find(|w| is_about_fact(text, neutral, w, &cues))
    {
        Some(&w) => FactInReply::Wrong(w),
        None => FactInReply::Missing,
    }
}

/// The spans of the values already charged as wrong facts.
fn charged_spans(evidence: &[Evidence]) -> Vec<Span> {
    evidence
        .iter()
        .filter(|e| e.rule == "accuracy.fact_wrong")
        .filter_map(|e| e.span)
        .collect()
}

/// The sentence of the reply that holds byte `at`, if any.
fn sentence_at(text: &Analysed, at: usize) -> Option<usize> {
    text.sentences
        .iter()
        .position(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
}

/// Accuracy: expected facts stated (rightly or wrongly), forbidden claims, personal data.
pub fn accuracy(lexicon: &Lexicon, input: &JudgeInput<'_>) -> AccuracyPart {
    let reply = input.reply;
    let scenario = input.scenario;
    let text = lexicon.analyse(reply);
    let mut out = AccuracyPart::default();
    let ev = &mut out.part.evidence;
    let m = |key: &str, pairs: &[(&str, &str)]| -> Cow<'static, str> {
        fill(&lexicon.message(key, ""), pairs).into()
    };
    // What the customer has written so far: values from it are theirs to quote back.
    let mut context = input.customer_text.to_string();
    for message in input.thread.iter().filter(|m| m.from_customer) {
        context.push('\n');
        context.push_str(&message.text);
    }

    let expected: Vec<&Fact> = input
        .turn
        .expect
        .facts
        .iter()
        .filter_map(|id| scenario.fact(id))
        // A fact without markers is context for the trainee, not checkable in a reply.
        .filter(|fact| !fact.markers.is_empty())
        .collect();
    // The lexicon's phrases in the reply: for the neutral words here, the claims below.
    let found_phrases = lexicon.find_all(&text);
    let neutral = neutral_tokens(&text, &found_phrases);
    let in_reply = |fact: &Fact, charged: &[Span]| {
        fact_in_reply(
            lexicon,
            reply,
            &text,
            &neutral,
            fact,
            &scenario.case_file,
            &context,
            charged,
        )
    };
    let wrong_evidence = |fact: &Fact, span: Span| {
        let pairs = [
            ("fact", fact.label.as_str()),
            ("value", fact.value.as_str()),
        ];
        Evidence::new(
            reply,
            Dimension::Accuracy,
            "accuracy.fact_wrong",
            -WRONG_FACT_POINTS,
            Some(span),
            m("fact_wrong", &pairs),
            Some(m("fact_wrong_better", &pairs)),
        )
    };
    if expected.is_empty() {
        ev.push(Evidence::new(
            reply,
            Dimension::Accuracy,
            "accuracy.no_facts_needed",
            100,
            None,
            m("no_facts_needed", &[]),
            None,
        ));
    } else {
        let count = expected.len() as i32;
        for (index, fact) in expected.iter().enumerate() {
            // Shares that add up to exactly 100.
            let index = index as i32;
            let share = 100 * (index + 1) / count - 100 * index / count;
            let pairs = [
                ("fact", fact.label.as_str()),
                ("value", fact.value.as_str()),
            ];
            // One wrong value is one mistake: quoted as wrong for an earlier fact (the
            // guarantee's "30 minutes", next to the service's own delay), it is not
            // charged again.
            let state = in_reply(fact, &charged_spans(ev));
            ev.push(match state {
                FactInReply::Wrong(w) => wrong_evidence(fact, w.span),
                FactInReply::Stated(span) => Evidence::new(
                    reply,
                    Dimension::Accuracy,
                    "accuracy.fact_stated",
                    share,
                    Some(span),
                    m("fact_stated", &pairs),
                    None,
                ),
                FactInReply::Missing => Evidence::new(
                    reply,
                    Dimension::Accuracy,
                    "accuracy.fact_missing",
                    0,
                    None,
                    m("fact_missing", &pairs),
                    Some(m("fact_missing_better", &pairs)),
                ),
            });
        }
    }
    // A fact the turn does not ask for earns nothing when stated, but stated wrongly ("a
    // taxi voucher of 80 euros" where the cap is 60) it misleads all the same. A value
    // already quoted as wrong is not counted twice. Nor is a length of time the writer
    // gives for something of their own ("say yes in the next 15 minutes and I'll issue
    // both tickets"): a fact the turn does not ask about is only named by its words
    // ("tickets" for the refund), too loosely to take the CM's own delay for its.
    // Their own clause, not their sentence: in "I've written to you privately, and our
    // Customer Service team answers within 2 hours" the 2 hours are the team's.
    let writers_own = |w: &WrongValue| {
        w.kind == ValueKind::Duration
            && text
                .tokens
                .iter()
                .find(|t| t.span.end > w.span.start)
                .is_some_and(|at| {
                    text.tokens
                        .iter()
                        .any(|t| t.clause == at.clause && t.flags & flags::ME != 0)
                })
    };
    for fact in scenario
        .case_file
        .iter()
        .filter(|f| !f.markers.is_empty() && !expected.iter().any(|e| e.id == f.id))
    {
        // (A value already charged is left out by `fact_in_reply`.)
        if let FactInReply::Wrong(w) = in_reply(fact, &charged_spans(ev))
            && !writers_own(&w)
        {
            ev.push(wrong_evidence(fact, w.span));
        }
    }

    // Forbidden claims of the scenario, then the generic ones of the lexicon.
    let mut claimed_spans: Vec<Span> = Vec::new();
    // The sums the autonomy lines allow ("OV-kosten vergoeden tot 25 euro", "Zelf
    // terugbetalen tot 150 euro"): a forbidden promise whose clause names only sums within
    // them ("ik betaal je terug tot 25 euro" for the bus) is what the CM may do alone.
    let allowed_sums: Vec<numbers::FoundAmount> = scenario
        .policy
        .autonomy
        .iter()
        .flat_map(|line| numbers::find_amounts(line))
        .collect();
    let within_allowed_sums = |clause: Span| {
        let sums = numbers::find_amounts(&reply[clause.start..clause.end]);
        !sums.is_empty()
            && sums.iter().all(|sum| {
                allowed_sums.iter().any(|allowed| {
                    allowed.cents >= sum.cents
                        && (allowed.currency.is_none()
                            || sum.currency.is_none()
                            || allowed.currency == sum.currency)
                })
            })
    };
    // The lexicon's own claims (a promise, a guessed cause, blame on others) that stand,
    // and for a promise, not what the autonomy lets the CM do alone ("the refund of the unused ticket").
    // A claim stands when it is not negated and not inside what a negated verb of saying
    // reports ("we're not saying it's a competitor"); an assertion (a promise, a cause,
    // blame) also not inside a condition ("if they approve it") or a question someone
    // asked, while a request stays one there ("if you drop your order number here").
    let stands = |f: &Match, assertion: bool| {
        !f.negated
            && !lexicon.denied_by_report(&text, f.first)
            && !(assertion
                && (lexicon.in_condition(&text, f.first) || lexicon.asked_about(&text, f.first)))
    };
    let general_claims: Vec<&Match> = found_phrases
        .iter()
        .filter(|f| {
            matches!(
                f.category,
                Category::ClaimPromise | Category::ClaimCause | Category::ClaimBlamePartner
            ) && stands(f, true)
                && (f.category != Category::ClaimPromise
                    || !within_autonomy(lexicon, &text, f.first, f.end, &scenario.policy.autonomy))
        })
        .collect();
    let mut absorbed: Vec<Category> = Vec::new();
    for claim in &scenario.policy.forbidden {
        // A phrase of the claim, or the lexicon's general words for its kind ("every cent
        // of your 189 euros comes back to you" is the refund the scenario forbids).
        let kind_category = claim.kind.map(|kind| match kind {
            ClaimKind::Promise => Category::ClaimPromise,
            ClaimKind::Cause => Category::ClaimCause,
            ClaimKind::Blame => Category::ClaimBlamePartner,
        });
        // The general words make this claim only about what it is about: its own phrases'
        // words in the same clause ("I promise you'll be paid" is the compensation the
        // scenario forbids; "I promise you'll be there" and "it'll be with you tomorrow"
        // are not).
        let topic: Vec<Word> = claim
            .phrases
            .iter()
            .flat_map(|phrase| lexicon.analyse(phrase).tokens)
            .filter(|t| t.flags & flags::STOPWORD == 0 && t.norm.len() >= 3)
            .map(|t| t.norm)
            .collect();
        let on_topic = |f: &Match| {
            let clause = text.tokens[f.first].clause;
            text.tokens[f.first..]
                .iter()
                .take_while(|t| t.clause == clause)
                .chain(
                    text.tokens[..f.first]
                        .iter()
                        .rev()
                        .take_while(|t| t.clause == clause),
                )
                .any(|t| {
                    topic
                        .iter()
                        .any(|w| text::same_word(w.as_bytes(), t.norm.as_bytes()))
                        || is_money_word(t.norm.as_bytes())
                })
        };
        let made = lexicon
            .find_phrases(&text, &claim.phrases)
            .into_iter()
            .filter(|f| stands(f, claim.kind.is_some()))
            .chain(
                general_claims
                    .iter()
                    .filter(|f| Some(f.category) == kind_category && on_topic(f))
                    .map(|&&f| f),
            )
            .map(|f| (f, text.span_to_clause_end(f.first, f.end)))
            .find(|&(_, clause)| !within_allowed_sums(clause));
        if let Some((found, clause)) = made {
            // The claim stands for its kind: the general words of that kind elsewhere in
            // the reply are the same mistake, not another one.
            absorbed.extend(kind_category);
            claimed_spans.push(text.span_of(found.first, found.end));
            out.claims.push(claim.id.clone());
            ev.push(Evidence::new(
                reply,
                Dimension::Accuracy,
                format!("accuracy.forbidden.{}", claim.id),
                -FORBIDDEN_POINTS,
                // The phrase and the rest of its clause: what was claimed, in full.
                Some(clause),
                m("forbidden_claim", &[("rule", claim.rule.as_str())]),
                Some(m("forbidden_claim_better", &[])),
            ));
        }
    }
    for found in general_claims {
        let rule = match found.category {
            Category::ClaimPromise => "accuracy.promise",
            Category::ClaimCause => "accuracy.guessed_cause",
            _ => "accuracy.blames_partner",
        };
        let span = text.span_of(found.first, found.end);
        let overlaps = claimed_spans
            .iter()
            .any(|c| c.start < span.end && span.start < c.end);
        if overlaps || absorbed.contains(&found.category) || ev.iter().any(|e| e.rule == rule) {
            continue;
        }
        let entry = lexicon.entry(found.category);
        ev.push(Evidence::new(
            reply,
            Dimension::Accuracy,
            rule,
            entry.points,
            Some(text.span_to_clause_end(found.first, found.end)),
            entry.explain,
            entry.better.map(Cow::Borrowed),
        ));
    }

    // Personal data in a public reply.
    let public = input.action.reply_visibility(input.turn.visibility) == Some(Visibility::Public);
    if public {
        let mut leaks: Vec<(Span, String)> = Vec::new();
        for fact in scenario.case_file.iter().filter(|f| f.private) {
            if let Some(span) = find_fact(lexicon, reply, &text, fact) {
                leaks.push((span, fact.label.clone()));
            }
        }
        leaks.extend(
            personal_contacts(reply, scenario)
                .into_iter()
                .map(|(span, label)| (span, label.to_string())),
        );
        if let Some((span, label)) = leaks.first() {
            out.leaked_private_data = true;
            ev.push(Evidence::new(
                reply,
                Dimension::Accuracy,
                "accuracy.private_data",
                -PRIVATE_DATA_POINTS,
                Some(*span),
                m("private_data", &[("fact", label.as_str())]),
                Some(m("private_data_better", &[])),
            ));
        }
    }

    let total: i32 = out.part.evidence.iter().map(|e| e.points).sum();
    out.part.score = Some(total.clamp(0, 100) as u8);
    out
}

/// Whether the content words of tokens `first..end` name something the policy's autonomy
/// lines allow (compared by their first five letters: "refund", "refunded").
fn within_autonomy(
    lexicon: &Lexicon,
    text: &Analysed,
    first: usize,
    end: usize,
    autonomy: &[String],
) -> bool {
    let claimed: Vec<&[u8]> = text.tokens[first..end]
        .iter()
        .filter(|t| t.flags & flags::STOPWORD == 0)
        .filter_map(|t| text::stem(t.norm.as_bytes()))
        .collect();
    !claimed.is_empty()
        && autonomy.iter().any(|line| {
            lexicon
                .analyse(line)
                .tokens
                .iter()
                .filter_map(|t| text::stem(t.norm.as_bytes()))
                .any(|s| claimed.contains(&s))
        })
}

/// The first letters of words about money in the three languages ("every cent", "your
/// money", "geld", "remboursé", "vergoed"): a general promise about money is the
/// scenario's promise of money whatever words its phrases use.
const MONEY_STEMS: [&str; 17] = [
    "cent",
    "euro",
    "money",
    "refund",
    "compens",
    "reimburs",
    "paid",
    "pay",
    "argent",
    "rembours",
    "indemn",
    "dedommag",
    "geld",
    "terugbeta",
    "vergoe",
    "betaal",
    "eur",
];

/// Whether a normalised word is about money (`MONEY_STEMS`): it starts with one of them,
/// and a short one ("pay", "eur", "cent") is most of the word ("pays", "euros", not
/// "payload", "europe", "centre").
fn is_money_word(word: &[u8]) -> bool {
    MONEY_STEMS.iter().any(|stem| {
        word.starts_with(stem.as_bytes()) && (stem.len() >= 5 || word.len() <= stem.len() + 1)
    })
}

/// Words that make a negated value a bound rather than a denial: "not before 12:35",
/// "pas avant 12h35", "niet later dan 17:00", "not more than 80 euros".
const BOUNDING_WORDS: [&str; 21] = [
    "until", "till", "before", "after", "later", "earlier", "more", "less", "than", "over",
    "under", "avant", "apres", "plus", "moins", "jusqu", "voor", "na", "tot", "dan", "meer",
];

const WRONG_FACT_POINTS: i32 = 30;
const CUSTOMER_UNANSWERED_POINTS: i32 = 40;
const FORBIDDEN_POINTS: i32 = 40;
const PRIVATE_DATA_POINTS: i32 = 50;

/// An action as the trainee reads it, in the reply's language ("ask to move to DM",
/// "escalate to Customer Care"), not as a scenario file writes it.
fn action_name(lexicon: &Lexicon, scenario: &Scenario, action: &Action) -> String {
    let key = match action.kind() {
        ActionKind::ReplyPublic => "action_reply_public",
        ActionKind::ReplyDm => "action_reply_dm",
        ActionKind::AskDm => "action_ask_dm",
        ActionKind::Escalate => "action_escalate",
        ActionKind::Hide => "action_hide",
        ActionKind::Monitor => "action_monitor",
    };
    let team = action
        .team()
        .map(|team| scenario.route(team).map_or(team, |r| r.name.as_str()))
        .unwrap_or_default();
    fill(&lexicon.message(key, ""), &[("team", team)])
}

/// Escalation: the action against the turn's expected actions, with the reasons of the
/// USAF chart and the department store, then whether the reply says what the action does.
pub fn escalation(lexicon: &Lexicon, input: &JudgeInput<'_>) -> Part {
    let reply = input.reply;
    let scenario = input.scenario;
    let expected = &input.turn.expect.actions;
    let action = input.action;
    let kind = scenario.poster_kind(input.turn);
    let m = |key: &str, pairs: &[(&str, &str)]| -> Cow<'static, str> {
        fill(&lexicon.message(key, ""), pairs).into()
    };
    let mut ev = Vec::new();
    let expects = |k: ActionKind| expected.iter().any(|a| a.kind() == k);
    let action_text = action_name(lexicon, scenario, action);
    let expected_text = expected
        .iter()
        .map(|a| action_name(lexicon, scenario, a))
        .collect::<Vec<_>>()
        .join(", ");

    let real_customer = matches!(
        kind,
        PosterKind::UnhappyCustomer | PosterKind::Misguided | PosterKind::Lost | PosterKind::New
    );
    if expected.contains(action) {
        let why = if input.turn.expect.why.is_empty() {
            m("action_right", &[("action", &action_text)])
        } else {
            input.turn.expect.why.clone().into()
        };
        ev.push(Evidence::new(
            reply,
            Dimension::Escalation,
            "escalation.right_action",
            100,
            None,
            why,
            None,
        ));
        // Hiding or watching may protect a real customer, but when a reply was also right
        // they hear nothing from the brand and have to chase again.
        if !action.takes_reply() && real_customer && expected.iter().any(Action::takes_reply) {
            let replying = expected
                .iter()
                .filter(|a| a.takes_reply())
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            ev.push(Evidence::new(
                reply,
                Dimension::Escalation,
                "escalation.customer_unanswered",
                -CUSTOMER_UNANSWERED_POINTS,
                None,
                m("customer_unanswered", &[("action", &action_text)]),
                Some(m("customer_unanswered_better", &[("expected", &replying)])),
            ));
        }
    } else {
        let (rule, score, key): (&str, i32, &str) = match action {
            Action::Escalate(team)
                if expects(ActionKind::Escalate) && scenario.route(team).is_some() =>
            {
                ("escalation.wrong_team", 40, "wrong_team")
            }
            Action::Escalate(team) if scenario.route(team).is_none() => {
                ("escalation.unknown_team", 20, "unknown_team")
            }
            // Telling the lead about a troll's post is half of the job: the post itself
            // still needs the moderation the policy asks for (hide it, or leave it alone).
            Action::Escalate(team)
                if scenario.route(team).is_some()
                    && (expects(ActionKind::Monitor) || expects(ActionKind::Hide)) =>
            {
                (
                    "escalation.escalated_not_moderated",
                    50,
                    "escalated_not_moderated",
                )
            }
            Action::Escalate(_) => ("escalation.needless", 30, "needless_escalation"),
            a if a.takes_reply() && expects(ActionKind::Escalate) => {
                ("escalation.missing", 30, "missing_escalation")
            }
            // A post that shows someone's phone number or e-mail stays up under any
            // reply, however calm: the moderation was the job.
            a if a.takes_reply()
                && expects(ActionKind::Hide)
                && !personal_contacts(input.customer_text, scenario).is_empty() =>
            {
                ("escalation.data_left_up", 10, "data_left_up")
            }
            a if a.takes_reply()
                && (expects(ActionKind::Monitor) || expects(ActionKind::Hide))
                && matches!(kind, PosterKind::Troll | PosterKind::Rager) =>
            {
                if has_care_loss(lexicon, reply) {
                    ("escalation.fed_the_troll", 0, "fed_the_troll")
                } else {
                    ("escalation.calm_reply_to_troll", 40, "calm_reply_to_troll")
                }
            }
            a if a.takes_reply() && (expects(ActionKind::Monitor) || expects(ActionKind::Hide)) => {
                ("escalation.should_not_reply", 20, "should_not_reply")
            }
            Action::ReplyPublic if expects(ActionKind::AskDm) || expects(ActionKind::ReplyDm) => {
                ("escalation.stay_public", 50, "stay_public")
            }
            Action::AskDm | Action::ReplyDm if expects(ActionKind::ReplyPublic) => {
                ("escalation.needless_dm", 60, "needless_dm")
            }
            // The complaint does move to a quiet room, but nobody watching the thread sees
            // that the brand answered: half of what inviting them to DM does.
            Action::ReplyDm if expects(ActionKind::AskDm) => {
                ("escalation.dm_unannounced", 50, "dm_unannounced")
            }
            Action::Hide | Action::Monitor
                if matches!(
                    kind,
                    PosterKind::UnhappyCustomer
                        | PosterKind::Misguided
                        | PosterKind::Lost
                        | PosterKind::New
                ) =>
            {
                ("escalation.left_unanswered", 0, "left_unanswered")
            }
            _ => ("escalation.other_action", 20, "other_action"),
        };
        let right_team = expected
            .iter()
            .find_map(Action::team)
            .and_then(|t| scenario.route(t));
        let autonomy = scenario
            .policy
            .autonomy
            .first()
            .map(String::as_str)
            .unwrap_or("");
        let pairs = [
            ("action", action_text.as_str()),
            ("expected", expected_text.as_str()),
            ("route", right_team.map_or("", |r| r.name.as_str())),
            ("when", right_team.map_or("", |r| r.when.as_str())),
            ("autonomy", autonomy),
        ];
        let mut explanation = m(key, &pairs);
        if !input.turn.expect.why.is_empty() {
            explanation.to_mut().push(' ');
            explanation.to_mut().push_str(&input.turn.expect.why);
        }
        // The loss is what the action misses of the full 100.
        ev.push(Evidence::new(
            reply,
            Dimension::Escalation,
            rule,
            score - 100,
            None,
            explanation,
            Some(m("better_action", &pairs)),
        ));
    }

    // Does the reply do what the action says?
    if action.takes_reply() && !reply.trim().is_empty() {
        let text = lexicon.analyse(reply);
        let found = lexicon.find_all(&text);
        let has = |c: Category| found.iter().any(|f| f.category == c && !f.negated);
        if *action == Action::AskDm && !has(Category::DmInvite) {
            ev.push(Evidence::new(
                reply,
                Dimension::Escalation,
                "escalation.dm_not_invited",
                -20,
                None,
                m("dm_not_invited", &[]),
                Some(m("dm_not_invited_better", &[])),
            ));
        }
        if let Action::Escalate(team) = action
            && let Some(route) = scenario.route(team)
        {
            {
                // Clear when one sentence says who acts next and when ("Customer Care
                // decides and will email you within 48 hours"); a time elsewhere in the
                // reply (the booked train's departure) says nothing about the hand-over.
                let clear = found
                    .iter()
                    .filter(|f| f.category == Category::Commitment && !f.negated)
                    .any(|c| {
                        let sentence = text.tokens[c.first].sentence;
                        let span = text.sentences[sentence as usize].span;
                        found.iter().any(|t| {
                            t.category == Category::TimeWords
                                && !t.negated
                                && text.tokens[t.first].sentence == sentence
                        }) || !numbers::find_times(&reply[span.start..span.end]).is_empty()
                    });
                // Also clear when the reply names the team (or commits to a step) and gives
                // a time frame anywhere ("Customer Care decides and e-mails you within 48
                // hours", "Demande transmise au service clients (réponse sous 72 h)"): a
                // time frame is an answer's delay, where a time of day may be a departure.
                let team_words: Vec<Word> = lexicon
                    .analyse(&route.name)
                    .tokens
                    .into_iter()
                    .filter(|t| t.flags & flags::STOPWORD == 0 && t.norm.len() >= 4)
                    .map(|t| t.norm)
                    .collect();
                let names_team = text.tokens.iter().any(|t| team_words.contains(&t.norm));
                let clear = clear
                    || ((names_team || has(Category::Commitment))
                        && !numbers::find_time_frames(reply).is_empty());
                if !clear {
                    let minutes = route.answers_within_minutes.to_string();
                    let delay = delay_in_words(lexicon.language, route.answers_within_minutes);
                    ev.push(Evidence::new(
                        reply,
                        Dimension::Escalation,
                        "escalation.handover_unclear",
                        -15,
                        None,
                        m(
                            "handover_unclear",
                            &[
                                ("route", route.name.as_str()),
                                ("minutes", minutes.as_str()),
                            ],
                        ),
                        Some(m(
                            "handover_unclear_better",
                            &[
                                ("route", route.name.as_str()),
                                ("minutes", minutes.as_str()),
                                ("delay", delay.as_str()),
                            ],
                        )),
                    ));
                }
            }
        }
    }

    let base = if expected.contains(action) { 0 } else { 100 };
    let total: i32 = base + ev.iter().map(|e| e.points).sum::<i32>();
    Part {
        score: Some(total.clamp(0, 100) as u8),
        evidence: ev,
    }
}

/// The e-mail addresses and phone numbers of `text` that are someone's own: not the
/// brand's (an address on its domain) and not a number of the public case file. A phone
/// number is the same written with or without its country code and trunk zero ("+31 20
/// 555 0140", "+31 (0)20 555 0140", "020 555 0140"): its last eight digits tell it apart.
fn personal_contacts(text: &str, scenario: &Scenario) -> Vec<(Span, &'static str)> {
    let brand_words: Vec<String> = format!("{} {}", scenario.brand.name, scenario.brand.handle)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect();
    let mut found: Vec<(Span, &'static str)> = numbers::find_emails(text)
        .into_iter()
        .filter(|span| {
            let domain = text[span.start..span.end]
                .rsplit('@')
                .next()
                .unwrap_or("")
                .to_lowercase();
            !brand_words.iter().any(|w| domain.contains(w.as_str()))
        })
        .map(|span| (span, "e-mail"))
        .collect();
    let last_digits = |number: &str| {
        let digits: Vec<u8> = number.bytes().filter(u8::is_ascii_digit).collect();
        digits[digits.len().saturating_sub(8)..].to_vec()
    };
    let public = scenario.case_file.iter().filter(|f| !f.private);
    let public_numbers: Vec<String> = public
        .clone()
        .map(|f| numbers::normalise_code(&f.value))
        .collect();
    let public_phones: Vec<Vec<u8>> = public
        .flat_map(|f| {
            numbers::find_phones(&f.value)
                .into_iter()
                .map(|span| last_digits(&f.value[span.start..span.end]))
        })
        .collect();
    found.extend(
        numbers::find_phones(text)
            .into_iter()
            .filter(|span| {
                let number = &text[span.start..span.end];
                let digits = numbers::normalise_code(number);
                !public_numbers.iter().any(|p| p.contains(&digits))
                    && !public_phones.contains(&last_digits(number))
            })
            .map(|span| (span, "phone")),
    );
    found
}

/// A team's answering delay as a trainee would write it: whole hours in hours ("48
/// hours", not "2880 minutes"), else minutes.
fn delay_in_words(language: Language, minutes: u32) -> String {
    let (n, unit) = match (minutes.is_multiple_of(60) && minutes > 0, language) {
        (true, Language::En) => (minutes / 60, if minutes == 60 { "hour" } else { "hours" }),
        (true, Language::Fr) => (minutes / 60, if minutes == 60 { "heure" } else { "heures" }),
        (true, Language::Nl) => (minutes / 60, "uur"),
        (false, Language::En | Language::Fr) => (minutes, "minutes"),
        (false, Language::Nl) => (minutes, "minuten"),
    };
    format!("{n} {unit}")
}

/// Whether the reply contains blame, minimising, "calm down", policy-hiding, sarcasm,
/// defensiveness, dismissal, a non-apology or blaming a partner: what turns a reply into
/// a fight.
pub fn has_care_loss(lexicon: &Lexicon, reply: &str) -> bool {
    care_loss_points(lexicon, reply) < 0
}

/// The points lost to blame, minimising, "calm down", policy-hiding, sarcasm,
/// defensiveness, dismissal, non-apologies and blaming a partner ("the courier just throws
/// parcels around"), once per kind; "sorry you feel that way" is a non-apology only next
/// to another of these (`empathy::is_non_apology`).
pub fn care_loss_points(lexicon: &Lexicon, reply: &str) -> i32 {
    let text = lexicon.analyse(reply);
    let matches = lexicon.find_all(&text);
    let mut seen: Vec<Category> = Vec::new();
    for m in &matches {
        let category = if empathy::is_non_apology(&text, &matches, m) {
            Category::NonApology
        } else {
            m.category
        };
        let loss =
            !m.negated && (category.is_care_loss() || category == Category::ClaimBlamePartner);
        if loss && !seen.contains(&category) {
            seen.push(category);
        }
    }
    text.recycle();
    seen.iter().map(|c| lexicon.entry(*c).points).sum()
}

/// Timeliness: the response time in the bands customers expect (under 15 minutes, under
/// an hour, under a day, later), capped when slower than the channel's expectation.
pub fn timeliness(lexicon: &Lexicon, input: &JudgeInput<'_>) -> Part {
    if !input.action.takes_reply() {
        return Part::default();
    }
    let minutes = input.response_secs / 60;
    let expected = input.scenario.channel.expected_response_minutes;
    let (rule, mut score, key) = match minutes {
        m if m < 15 => ("timeliness.under_15_minutes", 100, "under_15_minutes"),
        m if m < 60 => ("timeliness.under_an_hour", 80, "under_an_hour"),
        m if m < 24 * 60 => ("timeliness.under_a_day", 40, "under_a_day"),
        _ => ("timeliness.later", 10, "later"),
    };
    let pairs = [
        ("minutes", minutes.to_string()),
        ("expected", expected.to_string()),
    ];
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut ev = vec![Evidence::new(
        input.reply,
        Dimension::Timeliness,
        rule,
        score,
        None,
        fill(&lexicon.message(key, ""), &pairs),
        None,
    )];
    if minutes > expected && score > SLOWER_THAN_EXPECTED_CAP {
        let loss = SLOWER_THAN_EXPECTED_CAP - score;
        score = SLOWER_THAN_EXPECTED_CAP;
        ev.push(Evidence::new(
            input.reply,
            Dimension::Timeliness,
            "timeliness.slower_than_expected",
            loss,
            None,
            fill(&lexicon.message("slower_than_expected", ""), &pairs),
            Some(fill(&lexicon.message("slower_than_expected_better", ""), &pairs).into()),
        ));
    }
    Part {
        score: Some(score.clamp(0, 100) as u8),
        evidence: ev,
    }
}

/// One fight (defensive, blame, minimising, sarcasm, dismissal, blaming a partner), or
/// policy-hiding with anything else: with nothing warm to balance it, a reply is poor,
/// however fast and whatever the action.
const SERIOUS_CARE_LOSS: i32 = -20;

/// A late answer never scores more than this.
const SLOWER_THAN_EXPECTED_CAP: i32 = 60;

/// The overall grade: dimensions weighted by what the turn needs (empathy by its need,
/// accuracy more when facts are expected), then capped by what no score can make up for.
/// `evidence` is the verdict's evidence (the caps read which rules fired).
pub fn grade(
    input: &JudgeInput<'_>,
    scores: &DimensionScores,
    claims: &[String],
    leaked: bool,
    care_loss: i32,
    evidence: &[Evidence],
    epitome: Option<Epitome>,
) -> Grade {
    let DimensionScores {
        empathy,
        accuracy,
        escalation,
        timeliness,
        tone,
    } = *scores;
    let need = input.turn.expect.empathy;
    let empathy_weight = match need {
        EmpathyNeed::Low => 1,
        EmpathyNeed::Medium => 2,
        EmpathyNeed::High => 3,
    };
    // Facts without markers are context for the trainee: they cannot be checked.
    let checkable_facts = input
        .turn
        .expect
        .facts
        .iter()
        .filter_map(|id| input.scenario.fact(id))
        .filter(|fact| !fact.markers.is_empty())
        .count();
    let accuracy_weight = if checkable_facts == 0 { 1 } else { 2 };
    let parts = [
        (empathy, empathy_weight),
        (accuracy, accuracy_weight),
        (Some(escalation), 3),
        (timeliness, 1),
    ];
    let (sum, weights) = parts
        .iter()
        .filter_map(|(score, weight)| score.map(|s| (u32::from(s) * weight, *weight)))
        .fold((0, 0), |(s, w), (ps, pw)| (s + ps, w + pw));
    // The brand's voice takes away and never adds: a cold reply is not lifted by being
    // signed, and each slip (an emoji where the brand never uses one, "tu" for "vous", no
    // signature) costs a quarter of its points.
    let voice_slips = tone.map_or(0, |t| (100 - u32::from(t)) / 4);
    let combined = sum
        .checked_div(weights)
        .unwrap_or(0)
        .saturating_sub(voice_slips);
    let mut grade = match combined {
        c if c >= 70 => Grade::Good,
        c if c >= 45 => Grade::Fair,
        _ => Grade::Poor,
    };
    let cap = |g: &mut Grade, at_most: Grade| *g = (*g).min(at_most);
    let fired = |rule: &str| evidence.iter().any(|e| e.rule == rule);
    if escalation < 50 {
        cap(
            &mut grade,
            if escalation <= 20 {
                Grade::Poor
            } else {
                Grade::Fair
            },
        );
    }
    // A forbidden claim is what the scenario's policy says must never be said.
    if !claims.is_empty() {
        cap(&mut grade, Grade::Poor);
    }
    // A reply that fights the customer, with nothing warm to balance it.
    if care_loss <= SERIOUS_CARE_LOSS && empathy.is_some_and(|e| e < 20) {
        cap(&mut grade, Grade::Poor);
    }
    if leaked {
        cap(&mut grade, Grade::Poor);
    }
    // A customer in crisis needs more than "we are sorry": what it means for them.
    if need == EmpathyNeed::High
        && input.action.takes_reply()
        && (empathy.is_some_and(|e| e < 30) || fired("empathy.nothing_personal"))
    {
        cap(&mut grade, Grade::Fair);
    }
    // Where the turn calls for some warmth, the right facts in a form letter ("nous vous
    // prions de nous excuser pour la gêne occasionnée" on the day of a funeral) are not a
    // model answer.
    // So is a form letter whose only kindness is a next step ("Thank you for your feedback.
    // Your request has been forwarded and will be answered within 48 hours. We apologise
    // for any inconvenience caused."): boilerplate, and nothing felt, understood or asked.
    let form_letter =
        fired("empathy.boilerplate") && epitome.is_some_and(|e| e == Epitome::default());
    // Their name earns points but is no acknowledgement on its own: on Chirp every reply
    // starts with the @handle. (Thanks or a timed next step are the authors' minimum.)
    let beyond_name: i32 = evidence
        .iter()
        .filter(|e| e.dimension == Dimension::Empathy && e.rule != "empathy.uses_name")
        .map(|e| e.points)
        .sum();
    if need == EmpathyNeed::Medium
        && input.action.takes_reply()
        && (empathy == Some(0) || beyond_name <= 0 || form_letter)
    {
        cap(&mut grade, Grade::Fair);
    }
    // A hand-over is only as good as what the customer is told: who takes over, and when.
    // A real customer left without an answer has to chase again.
    if fired("escalation.handover_unclear") || fired("escalation.customer_unanswered") {
        cap(&mut grade, Grade::Fair);
    }
    // The right words in the wrong place are not a model answer: an action the turn does
    // not call for (the public update sent by DM, the home visit planned in public) leads
    // the story where the right one would not.
    if !input.turn.expect.actions.contains(input.action) {
        cap(&mut grade, Grade::Fair);
    }
    // A wrong time, sum, code or link is acted on: the customer goes to the wrong gate,
    // onlookers repeat the wrong price. However warm the rest, it is not a model answer.
    if fired("accuracy.fact_wrong") {
        cap(&mut grade, Grade::Fair);
    }
    // A reply that does not sound like the brand at all (emoji where it never uses them,
    // "tu" where it says "vous", unsigned) is not a model answer, however right its content.
    if tone.is_some_and(|t| t < super::tone::OUT_OF_VOICE) {
        cap(&mut grade, Grade::Fair);
    }
    // A model answer gives the customer most of what they need to know: at most half of
    // the expected facts leaves them asking again.
    let stated = evidence
        .iter()
        .filter(|e| e.rule == "accuracy.fact_stated")
        .count();
    if checkable_facts > 0 && input.action.takes_reply() && stated * 2 <= checkable_facts {
        cap(&mut grade, Grade::Fair);
    }
    grade
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_value_with_its_own_full_stop_gets_no_second_one() {
        let pairs = [("fact", "Public source"), ("value", "see the rates page.")];
        assert_eq!(
            fill("Say it plainly: {fact}: {value}.", &pairs),
            "Say it plainly: Public source: see the rates page."
        );
        assert_eq!(
            fill(
                "{fact} is {value}.",
                &[("fact", "Flight"), ("value", "VL 318")]
            ),
            "Flight is VL 318."
        );
    }

    use super::*;
    use crate::scenario::model::{Scenario, Turn};
    use crate::scoring::Scorer;

    #[test]
    fn an_apology_to_a_feeling_is_a_care_loss_only_next_to_another_one() {
        let scorer = Scorer::new();
        let lexicon = scorer.lexicon(crate::scenario::model::Language::En);
        let policy = lexicon.entry(Category::PolicyHiding).points;
        let non_apology = lexicon.entry(Category::NonApology).points;
        // Next to policy-hiding (the sentence after): both are charged.
        assert_eq!(
            care_loss_points(
                lexicon,
                "Sorry you feel that way. Delivery times are set by our policy."
            ),
            policy + non_apology
        );
        // Alone, in a kind reply: sincere.
        assert_eq!(
            care_loss_points(lexicon, "I'm so sorry you feel that way. How can I help?"),
            0
        );
        // A conditional apology is a non-apology on its own.
        assert_eq!(
            care_loss_points(lexicon, "We're sorry if you were offended."),
            non_apology
        );
    }

    /// Thanks alone costs empathy points (`empathy.courtesy_only`) but starts no fight: to
    /// a troll it is the calm reply, and it caps no grade as a fight does.
    #[test]
    fn thanks_alone_is_no_care_loss_for_the_judge() {
        let scorer = Scorer::new();
        for (language, reply) in [
            (
                crate::scenario::model::Language::En,
                "Thanks for the feedback 👍",
            ),
            (
                crate::scenario::model::Language::Fr,
                "Merci pour votre message ! Bonne soirée.",
            ),
            (
                crate::scenario::model::Language::Nl,
                "Dank voor het delen. Fijne dag nog!",
            ),
        ] {
            let lexicon = scorer.lexicon(language);
            let empathy =
                crate::scoring::empathy::score(lexicon, "Your app is rubbish.", reply, None);
            assert!(
                empathy
                    .evidence
                    .iter()
                    .any(|e| e.rule == "empathy.courtesy_only"),
                "{reply}"
            );
            assert_eq!(care_loss_points(lexicon, reply), 0, "{reply}");
        }
    }

    const SCENARIO: &str = r#"(
        id: "judge_fixture", title: "Cancelled flight", language: "en", difficulty: Beginner,
        minutes: 5,
        channel: (kind: Timeline, name: "Chirp", reply_limit: 280, expected_response_minutes: 60),
        brand: (name: "Aerolis", handle: "@Aerolis",
                tone: (formality: Friendly, emoji: Never, sign_off: Initials)),
        brief: "b", goal: "g",
        case_file: [
            (id: "new_flight", label: "New flight", value: "Partner flight AE 1234 at 07:10",
             markers: [Time("07:10"), Code("AE1234")]),
            (id: "voucher", label: "Meal voucher", value: "A meal voucher of 15 EUR",
             markers: [Amount(15, "EUR")]),
            (id: "booking", label: "Booking reference", value: "XK7P2Q",
             markers: [Code("XK7P2Q")], private: true),
        ],
        policy: (
            autonomy: ["Rebook on the next flight"],
            escalation: [(team: "care", name: "Customer Care", when: "compensation",
                          answers_within_minutes: 120)],
            forbidden: [(id: "promise_compensation", rule: "Never promise compensation",
                         phrases: ["you will get * compensation", "we will compensate"])],
        ),
        customer: (name: "Sam Peeters", handle: "@sam", followers: 100, kind: UnhappyCustomer, mood: -2),
        onlookers: (audience: 1000, sentiment: 0),
        start: "t1",
        turns: [
            (id: "t1", visibility: Public, text: "My flight is cancelled, when do I leave?",
             expect: (empathy: High, facts: ["new_flight", "voucher"], actions: [ReplyPublic]),
             next: [(goto: "end")]),
            (id: "t2", visibility: Public, text: "I want compensation!",
             expect: (empathy: Medium, actions: [Escalate("care")]),
             next: [(goto: "end")]),
        ],
        endings: [(id: "end", kind: Resolved, title: "t", debrief: "d")],
    )"#;

    fn scenario() -> Scenario {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(SCENARIO)
            .expect("fixture scenario")
    }

    fn judge(
        scenario: &Scenario,
        turn: &str,
        action: Action,
        reply: &str,
        secs: u32,
    ) -> crate::scoring::ReplyVerdict {
        let turn: &Turn = scenario.turn(turn).expect("turn");
        let input = JudgeInput::to_turn(scenario, turn, &action, reply, secs);
        crate::scoring::Judge::judge(&Scorer::new(), &input)
    }

    fn fired(verdict: &crate::scoring::ReplyVerdict, rule: &str) -> bool {
        verdict.evidence.iter().any(|e| e.rule == rule)
    }

    #[test]
    fn times_are_the_same_however_written() {
        let s = scenario();
        for time in ["7:10", "07h10", "7.10 am", "07:10"] {
            let reply =
                format!("Sam, I'm so sorry. You're on the {time} flight, with a €15 voucher.");
            let v = judge(&s, "t1", Action::ReplyPublic, &reply, 300);
            assert_eq!(v.scores.accuracy, Some(100), "{time}: {:?}", v.evidence);
        }
    }

    #[test]
    fn a_different_time_or_amount_is_a_wrong_fact() {
        let s = scenario();
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "You're on the 8:10 flight, with a €20 voucher.",
            300,
        );
        assert!(fired(&v, "accuracy.fact_wrong"), "{:?}", v.evidence);
        assert_eq!(v.scores.accuracy, Some(0));
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "You're on flight AE 1243.",
            300,
        );
        assert!(
            fired(&v, "accuracy.fact_wrong"),
            "codes of the same shape: {:?}",
            v.evidence
        );
    }

    #[test]
    fn money_words_are_told_from_their_look_alikes() {
        for word in [
            "cent",
            "cents",
            "euros",
            "money",
            "refunded",
            "pays",
            "rembourse",
            "geld",
            "vergoeding",
        ] {
            assert!(is_money_word(word.as_bytes()), "{word}");
        }
        for word in ["centre", "europe", "payload", "there", "arrive"] {
            assert!(!is_money_word(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn forbidden_claims_are_found_and_negation_spares_them() {
        let s = scenario();
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Don't worry, you will get full compensation.",
            300,
        );
        assert_eq!(v.claims, ["promise_compensation"]);
        assert_eq!(v.grade, Grade::Poor);
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "I can't say whether we will compensate: Customer Care decides.",
            300,
        );
        assert!(v.claims.is_empty(), "{:?}", v.evidence);
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "It was probably the weather, the crew was late.",
            300,
        );
        assert!(
            fired(&v, "accuracy.guessed_cause") && fired(&v, "accuracy.blames_partner"),
            "{:?}",
            v.evidence
        );
    }

    #[test]
    fn a_claim_of_a_kind_is_made_by_the_lexicons_general_words_for_that_kind() {
        // Not in the claim's own phrases, but a promise in the lexicon's words.
        let reply = "Don't worry, every cent of it is coming your way, you have my word.";
        let s = scenario();
        assert!(
            judge(&s, "t1", Action::ReplyPublic, reply, 300)
                .claims
                .is_empty()
        );
        let mut promise = scenario();
        promise.policy.forbidden[0].kind = Some(ClaimKind::Promise);
        let v = judge(&promise, "t1", Action::ReplyPublic, reply, 300);
        assert_eq!(v.claims, ["promise_compensation"], "{:?}", v.evidence);
        assert_eq!(v.grade, Grade::Poor);
        // Quoted once, as the scenario's claim, not again as the general promise.
        assert!(!fired(&v, "accuracy.promise"), "{:?}", v.evidence);
        // Another kind does not make it.
        let mut cause = scenario();
        cause.policy.forbidden[0].kind = Some(ClaimKind::Cause);
        assert!(
            judge(&cause, "t1", Action::ReplyPublic, reply, 300)
                .claims
                .is_empty()
        );
        // Nor a question someone else asked, nor a condition.
        for reply in [
            "Some here asked whether every cent is coming your way: Customer Care decides.",
            "If every cent is coming your way, Customer Care will tell you within 2 hours.",
        ] {
            let v = judge(&promise, "t1", Action::ReplyPublic, reply, 300);
            assert!(v.claims.is_empty(), "{reply}: {:?}", v.evidence);
        }
        // Nor does a refusal to promise it.
        let v = judge(
            &promise,
            "t1",
            Action::ReplyPublic,
            "I can't promise that every cent is coming your way: Customer Care decides.",
            300,
        );
        assert!(v.claims.is_empty(), "{:?}", v.evidence);
    }

    #[test]
    fn a_claim_inside_a_negated_verb_of_saying_is_not_made() {
        let s = scenario();
        let claims = |reply: &str| judge(&s, "t1", Action::ReplyPublic, reply, 300).claims;
        for reply in [
            "I'm not going to tell you tonight that you will get full compensation.",
            "Nobody's saying you will get full compensation, Customer Care decides.",
            "We won't guess, but you will get full compensation.",
        ] {
            let expected: &[&str] = if reply.contains(", but") {
                // "but" opens a clause of its own: the promise stands.
                &["promise_compensation"]
            } else {
                &[]
            };
            assert_eq!(claims(reply), expected, "{reply}");
        }
        // Not negated, or not a verb of saying: the claim is made.
        for reply in [
            "I can tell you that you will get full compensation.",
            "I'm not happy, you will get full compensation.",
            "Not now: you will get full compensation.",
        ] {
            assert_eq!(claims(reply), ["promise_compensation"], "{reply}");
        }
        // Sympathy is not a claim and is not touched: "I can't tell you how sorry I am".
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "I can't tell you how sorry I am about your flight.",
            300,
        );
        assert!(
            v.epitome.unwrap().emotional_reactions > 0,
            "{:?}",
            v.evidence
        );
    }

    #[test]
    fn personal_data_in_public_is_a_leak_in_a_dm_it_is_not() {
        let s = scenario();
        for reply in [
            "Your booking XK7P2Q is rebooked.",
            "Mail me at sam.peeters@example.com",
            "Call +32 470 12 34 56",
        ] {
            let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
            assert!(v.leaked_private_data, "{reply}");
            assert_eq!(v.grade, Grade::Poor);
        }
        let v = judge(
            &s,
            "t1",
            Action::ReplyDm,
            "Your booking XK7P2Q is rebooked.",
            300,
        );
        assert!(!v.leaked_private_data);
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Write to care@aerolis.example.",
            300,
        );
        assert!(!v.leaked_private_data, "the brand's own address is public");
    }

    #[test]
    fn escalation_follows_the_policy() {
        let s = scenario();
        let right = judge(
            &s,
            "t2",
            Action::Escalate("care".into()),
            "I've passed your claim to Customer Care; they will answer within 2 hours.",
            300,
        );
        assert_eq!(right.scores.escalation, 100, "{:?}", right.evidence);
        let vague = judge(&s, "t2", Action::Escalate("care".into()), "Passed on.", 300);
        assert!(fired(&vague, "escalation.handover_unclear"));
        let missing = judge(&s, "t2", Action::ReplyPublic, "Sorry about that.", 300);
        assert!(fired(&missing, "escalation.missing"));
        let needless = judge(
            &s,
            "t1",
            Action::Escalate("care".into()),
            "Passed on to Customer Care, answer within 2 hours.",
            300,
        );
        assert!(fired(&needless, "escalation.needless"));
        assert!(right.scores.escalation > needless.scores.escalation);
    }

    #[test]
    fn actions_are_named_in_words_not_as_the_file_writes_them() {
        let s = scenario();
        let missing = judge(&s, "t2", Action::ReplyPublic, "Sorry about that.", 300);
        let loss = missing
            .evidence
            .iter()
            .find(|e| e.rule == "escalation.missing")
            .expect("a missing escalation");
        let better = loss.better.as_deref().unwrap_or_default();
        assert!(better.contains("escalate to Customer Care"), "{better}");
        assert!(!better.contains("escalate care"), "{better}");
        let right = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Sam, so sorry: you're on the 7:10 flight with a €15 voucher.",
            300,
        );
        let said: Vec<&str> = right.evidence.iter().map(|e| &*e.explanation).collect();
        assert!(
            said.iter().any(|e| e.contains("reply in public")),
            "{said:?}"
        );
        assert!(!said.iter().any(|e| e.contains("`public`")), "{said:?}");
    }

    #[test]
    fn timeliness_bands_and_the_channel_expectation() {
        let s = scenario();
        let reply = "Sam, so sorry: you're on the 7:10 flight with a €15 voucher.";
        let scores: Vec<Option<u8>> = [5 * 60, 30 * 60, 3 * 3600, 30 * 3600]
            .into_iter()
            .map(|secs| {
                judge(&s, "t1", Action::ReplyPublic, reply, secs)
                    .scores
                    .timeliness
            })
            .collect();
        assert!(scores.windows(2).all(|w| w[0] > w[1]), "{scores:?}");
        // On a channel where people expect an answer within 10 minutes, 30 is late.
        let mut fast_channel = scenario();
        fast_channel.channel.expected_response_minutes = 10;
        let late = judge(&fast_channel, "t1", Action::ReplyPublic, reply, 30 * 60);
        assert!(
            fired(&late, "timeliness.slower_than_expected"),
            "{:?}",
            late.evidence
        );
        assert_eq!(late.scores.timeliness, Some(60));
        assert_eq!(
            judge(&s, "t1", Action::Monitor, "", 300).scores.timeliness,
            None
        );
    }

    /// A fact stated with a wrong value beside it is wrong: the customer would act on the
    /// wrong one. A value the customer wrote themselves is theirs to quote back.
    #[test]
    fn a_right_flight_with_a_wrong_time_beside_it_is_wrong() {
        let s = scenario();
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Sorry Sam: you're on AE 1234, leaving at 8:10. Here is a €15 voucher.",
            300,
        );
        let wrong = v
            .evidence
            .iter()
            .find(|e| e.rule == "accuracy.fact_wrong")
            .unwrap_or_else(|| panic!("{:?}", v.evidence));
        assert_eq!(wrong.quote, "8:10");
        // The same time in another sentence, about something else, leaves the flight right.
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Sorry Sam: you're on AE 1234 at 7:10, with a €15 voucher. Our desk opens at 6:30.",
            300,
        );
        assert!(!fired(&v, "accuracy.fact_wrong"), "{:?}", v.evidence);
        // A time from the customer's own message is not a wrong value.
        let mut s = scenario();
        s.turns[0].text =
            "My flight is cancelled and my meeting is at 11:00, when do I leave?".into();
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Sorry Sam: AE 1234 leaves at 7:10, well before your 11:00 meeting. Here is a €15 voucher.",
            300,
        );
        assert!(!fired(&v, "accuracy.fact_wrong"), "{:?}", v.evidence);
        assert_eq!(v.scores.accuracy, Some(100), "{:?}", v.evidence);
    }

    /// A time or a sum in a reply that does not state the fact is wrong only where the
    /// sentence talks about the fact: the reply's own deadline, or the opening hours of
    /// something else, is no wrong departure time.
    #[test]
    fn a_time_about_something_else_is_not_a_wrong_fact() {
        let s = scenario();
        for reply in [
            "Sam, I'm so sorry. I'll DM you by 22:30 tonight with your options.",
            "Sam, I'm so sorry. Our desk opens again at 6am and I'm here until then.",
            "Sam, I'm so sorry. It costs nothing: no €20 fee to change.",
        ] {
            let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
            assert!(
                !fired(&v, "accuracy.fact_wrong"),
                "{reply}: {:?}",
                v.evidence
            );
            assert!(
                fired(&v, "accuracy.fact_missing"),
                "{reply}: {:?}",
                v.evidence
            );
        }
        // Named by a word of its own ("flight", "voucher"), or by a code of its shape, it is.
        for (reply, quote) in [
            ("Sam, I'm so sorry. Your new flight leaves at 8:10.", "8:10"),
            ("Sam, I'm so sorry. Here is a €20 meal voucher.", "€20"),
            ("Sam, I'm so sorry. You're on AE 1243.", "AE 1243"),
        ] {
            let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
            let wrong = v
                .evidence
                .iter()
                .find(|e| e.rule == "accuracy.fact_wrong")
                .unwrap_or_else(|| panic!("{reply}: {:?}", v.evidence));
            assert_eq!(wrong.quote, quote);
        }
    }

    #[test]
    fn a_value_of_another_fact_of_the_case_file_is_not_wrong() {
        let mut s = scenario();
        let mut cancelled = s.case_file[0].clone();
        cancelled.id = "cancelled".into();
        cancelled.markers = vec![Marker::Time("06:00".into()), Marker::Code("AE1230".into())];
        s.case_file.push(cancelled);
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "AE 1230 at 06:00 is cancelled, sorry Sam: you're on AE 1234 at 7:10, with a €15 voucher.",
            300,
        );
        assert!(!fired(&v, "accuracy.fact_wrong"), "{:?}", v.evidence);
        assert_eq!(v.scores.accuracy, Some(100));
    }

    /// A forbidden promise whose clause names only sums the autonomy allows is within the
    /// CM's mandate: "we will compensate your taxi, up to €40" where the CM may refund taxis
    /// up to 60 EUR. A larger sum, or none, is still the forbidden promise.
    #[test]
    fn a_forbidden_promise_of_a_sum_within_autonomy_is_not_a_claim() {
        let mut s = scenario();
        s.policy
            .autonomy
            .push("Refund a taxi to the airport, up to 60 EUR".into());
        let claimed = |reply: &str| {
            let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
            fired(&v, "accuracy.forbidden.promise_compensation")
        };
        assert!(!claimed(
            "Sorry Sam: AE 1234 at 7:10, a €15 voucher, and we will compensate your taxi up to €40."
        ));
        assert!(claimed(
            "Sorry Sam: AE 1234 at 7:10, a €15 voucher, and we will compensate you with €400."
        ));
        assert!(claimed(
            "Sorry Sam: AE 1234 at 7:10, a €15 voucher, and we will compensate you."
        ));
    }

    /// A value the reply denies is not a wrong statement ("not at 8:10 but at 7:10", a
    /// rumour corrected); a negated bound still states the value ("not before 8:10").
    #[test]
    fn a_denied_value_is_not_stated_but_a_bound_is() {
        let s = scenario();
        let wrong = |reply: &str| {
            let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
            v.evidence
                .iter()
                .filter(|e| e.rule == "accuracy.fact_wrong")
                .map(|e| e.quote.clone())
                .collect::<Vec<_>>()
        };
        assert!(
            wrong("Sorry Sam: AE 1234 is not at 8:10, it leaves at 7:10, with a €15 voucher.")
                .is_empty()
        );
        assert!(
            wrong("Sorry Sam, no, the voucher is not €40: it is €15. AE 1234 at 7:10.").is_empty()
        );
        assert_eq!(
            wrong("Sorry Sam: AE 1234 does not leave before 8:10. A €15 voucher is yours."),
            ["8:10"]
        );
        assert_eq!(
            wrong("Sorry Sam: AE 1234 leaves at 8:10. A €15 voucher is yours."),
            ["8:10"]
        );
    }

    /// A fact the turn does not ask about is still wrong when misstated ("the compensation
    /// desk answers within 24 hours" for 48), but not by the writer's own delay in a
    /// sentence that only shares a word with it ("I'll send your case to the desk in the
    /// next 10 minutes").
    #[test]
    fn the_writers_own_delay_is_not_a_fact_the_turn_does_not_ask_about() {
        let mut s = scenario();
        let mut desk = s.case_file[0].clone();
        desk.id = "desk".into();
        desk.value = "The compensation desk answers by e-mail within 48 hours".into();
        desk.markers = vec![Marker::Duration(48, "hours".into())];
        s.case_file.push(desk);
        let wrong = |reply: &str| {
            let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
            fired(&v, "accuracy.fact_wrong")
        };
        let base = "Sorry Sam: AE 1234 leaves at 7:10, with a €15 voucher.";
        assert!(!wrong(&format!(
            "{base} I'll send your case to the compensation desk in the next 10 minutes."
        )));
        assert!(wrong(&format!(
            "{base} The compensation desk answers within 24 hours."
        )));
    }

    /// A date is the same however written, and another date for the fact is wrong; a
    /// date of the customer's own (their sister's wedding) is theirs to quote back.
    #[test]
    fn a_date_is_checked_like_a_time() {
        let mut s = scenario();
        s.case_file[0]
            .value
            .push_str(" The partner flight leaves on 14 March.");
        s.case_file[0].markers.push(Marker::Date("03-14".into()));
        let verdict = |reply: &str| judge(&s, "t1", Action::ReplyPublic, reply, 300);
        for date in [
            "14 March",
            "March 14th",
            "14/03",
            "the 14th of March",
            "14 mars",
        ] {
            let reply = format!(
                "Sam, I'm so sorry. You're on the partner flight AE 1234 at 7:10 on {date}, with a €15 voucher."
            );
            let v = verdict(&reply);
            assert!(
                !fired(&v, "accuracy.fact_wrong"),
                "{date}: {:?}",
                v.evidence
            );
            assert_eq!(v.scores.accuracy, Some(100), "{date}: {:?}", v.evidence);
        }
        let v = verdict(
            "Sam, I'm so sorry. You're on the partner flight AE 1234 at 7:10 on 15 March, with a €15 voucher.",
        );
        let wrong: Vec<&str> = v
            .evidence
            .iter()
            .filter(|e| e.rule == "accuracy.fact_wrong")
            .map(|e| e.quote.as_str())
            .collect();
        assert_eq!(wrong, ["15 March"], "{:?}", v.evidence);
        // Not about the flight: the writer's own day, in a sentence without the fact's words.
        let v = verdict(
            "Sam, I'm so sorry. You're on the partner flight AE 1234 at 7:10, with a €15 voucher. I'm off on 15 March, so my colleague Jo will check in.",
        );
        assert!(!fired(&v, "accuracy.fact_wrong"), "{:?}", v.evidence);
    }

    /// "Un jour pareil" is a day like this, not a length of one day: the French golden
    /// reply of `train_annule` was charged a wrong delay for it.
    #[test]
    fn an_article_before_a_unit_of_time_is_not_a_length() {
        let mut s = scenario();
        s.case_file[1].markers = vec![Marker::Duration(72, "hours".into())];
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Sorry Sam, what a day: your partner flight AE 1234 leaves at 7:10, and a meal voucher is yours.",
            300,
        );
        assert!(!fired(&v, "accuracy.fact_wrong"), "{:?}", v.evidence);
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Sorry Sam. Your partner flight AE 1234 leaves at 7:10, and the voucher comes within a day.",
            300,
        );
        assert!(fired(&v, "accuracy.fact_wrong"), "{:?}", v.evidence);
    }

    /// A claim is quoted with the rest of its clause, so that the trainee reads what was
    /// claimed ("the crew was late again tonight"), not only the words that gave it away.
    #[test]
    fn a_claim_is_quoted_to_the_end_of_its_clause() {
        let s = scenario();
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "It was probably the weather, the crew was late again tonight. Sorry!",
            300,
        );
        let quote = |rule: &str| {
            v.evidence
                .iter()
                .find(|e| e.rule == rule)
                .map(|e| e.quote.as_str())
        };
        assert_eq!(
            quote("accuracy.guessed_cause"),
            Some("It was probably the weather")
        );
        assert_eq!(
            quote("accuracy.blames_partner"),
            Some("the crew was late again tonight")
        );
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Don't worry, you will get full compensation for this, Sam.",
            300,
        );
        let forbidden = v
            .evidence
            .iter()
            .find(|e| e.rule == "accuracy.forbidden.promise_compensation")
            .map(|e| e.quote.as_str());
        assert_eq!(forbidden, Some("you will get full compensation for this"));
    }

    /// A forbidden promise is not also a next step: "we'll pay you" loses its accuracy
    /// points and earns no empathy point for "a next step".
    #[test]
    fn a_forbidden_promise_earns_no_next_step() {
        let s = scenario();
        let promise = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "So sorry Sam, we will compensate you for this.",
            300,
        );
        assert_eq!(promise.claims, ["promise_compensation"]);
        assert!(
            !fired(&promise, "empathy.next_step"),
            "{:?}",
            promise.evidence
        );
        let empathy: i32 = promise
            .evidence
            .iter()
            .filter(|e| e.dimension == Dimension::Empathy)
            .map(|e| e.points)
            .sum();
        assert_eq!(promise.scores.empathy, Some(empathy.clamp(0, 100) as u8));
        // A step the trainee may take stays a step.
        let step = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "So sorry Sam, we will look into your booking.",
            300,
        );
        assert!(fired(&step, "empathy.next_step"), "{:?}", step.evidence);
    }

    #[test]
    fn a_promise_within_autonomy_is_not_a_claim() {
        let mut s = scenario();
        let reply = "Sam, so sorry. We will refund your unused ticket; you're on AE 1234 at 7:10 with a €15 voucher.";
        let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
        assert!(fired(&v, "accuracy.promise"), "{:?}", v.evidence);
        s.policy.autonomy.push("Refund the unused ticket".into());
        let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
        assert!(!fired(&v, "accuracy.promise"), "{:?}", v.evidence);
    }

    #[test]
    fn a_hand_over_needs_who_and_when_in_one_sentence() {
        let s = scenario();
        let clear = judge(
            &s,
            "t2",
            Action::Escalate("care".into()),
            "Booked for 7:10. Customer Care decides and will email you within 2 hours.",
            300,
        );
        assert!(
            !fired(&clear, "escalation.handover_unclear"),
            "{:?}",
            clear.evidence
        );
        let vague = judge(
            &s,
            "t2",
            Action::Escalate("care".into()),
            "Booked for 7:10. I've passed your claim to Customer Care, they will be in touch.",
            300,
        );
        assert!(
            fired(&vague, "escalation.handover_unclear"),
            "{:?}",
            vague.evidence
        );
        assert!(vague.grade <= Grade::Fair);
    }

    #[test]
    fn a_defensive_reply_without_warmth_is_poor_even_with_the_right_action() {
        let s = scenario();
        let v = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Please understand we are doing our best tonight.",
            60,
        );
        assert_eq!(v.grade, Grade::Poor, "{:?}", v.evidence);
    }

    #[test]
    fn no_reply_means_no_empathy_score() {
        let s = scenario();
        let v = judge(&s, "t1", Action::Monitor, "", 300);
        assert_eq!(v.scores.empathy, None);
        assert_eq!(v.epitome, None);
    }

    #[test]
    fn the_grade_rewards_the_complete_reply() {
        let s = scenario();
        let good = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "Sam, I'm so sorry, a cancelled flight is awful. You're on AE 1234 at 7:10 tomorrow, with a €15 meal voucher. Are you still at the airport?",
            300,
        );
        let poor = judge(
            &s,
            "t1",
            Action::ReplyPublic,
            "We apologize for any inconvenience.",
            300,
        );
        assert_eq!(good.grade, Grade::Good, "{:?}", good.evidence);
        assert_eq!(poor.grade, Grade::Poor, "{:?}", poor.evidence);
    }

    /// A turn that calls for some warmth: the right facts with none at all are fair, not
    /// good; a word for the customer makes them good.
    #[test]
    fn a_cold_reply_is_not_good_where_some_warmth_is_needed() {
        let mut s = scenario();
        s.turns[0].expect.empathy = EmpathyNeed::Medium;
        let grade = |reply: &str| {
            let v = judge(&s, "t1", Action::ReplyPublic, reply, 300);
            (v.grade, v.scores.empathy)
        };
        assert_eq!(
            grade(
                "AE 1234 leaves at 7:10. A €15 voucher is included. We apologize for any inconvenience."
            ),
            (Grade::Fair, Some(0))
        );
        let (warm, empathy) =
            grade("Sam, I'm so sorry. AE 1234 leaves at 7:10, with a €15 voucher for the wait.");
        assert_eq!(warm, Grade::Good, "{empathy:?}");
    }
}
