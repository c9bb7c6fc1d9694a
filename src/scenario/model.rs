//! The scenario as a trainer writes it: plain data, deserialised from RON.
//!
//! Every struct denies unknown fields so that a typo is an error, not a silently ignored
//! line. Cross-references (turn, fact, team, claim ids) are plain strings here; `validate`
//! checks that each one resolves, and reports where it does not.

use serde::{Deserialize, Serialize};

/// A complete training scenario.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable identifier, lower_snake_case, unique across a scenario library.
    pub id: String,
    pub title: String,
    /// Language of the customer's messages and of the expected replies.
    pub language: Language,
    #[serde(default)]
    pub tags: Vec<String>,
    pub difficulty: Difficulty,
    /// Estimated minutes to play, shown on the library card.
    pub minutes: u32,
    pub channel: Channel,
    pub brand: Brand,
    /// The situation, as the trainee reads it on the briefing screen.
    pub brief: String,
    /// What a good outcome looks like, shown on the briefing screen.
    pub goal: String,
    /// Facts the trainee can consult at any time.
    #[serde(default)]
    pub case_file: Vec<Fact>,
    pub policy: Policy,
    pub customer: Customer,
    pub onlookers: Onlookers,
    /// Id of the first turn.
    pub start: String,
    pub turns: Vec<Turn>,
    pub endings: Vec<Ending>,
}

/// Languages a scenario (and the scorer's lexicons) support. Written as a string in RON:
/// `language: "fr"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, PartialOrd, Ord)]
#[serde(try_from = "String", into = "String")]
pub enum Language {
    En,
    Fr,
    Nl,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::Fr, Language::Nl];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Nl => "nl",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Language::En),
            "fr" | "fr-fr" | "fr-be" | "french" | "français" => Some(Language::Fr),
            "nl" | "nl-nl" | "nl-be" | "dutch" | "nederlands" => Some(Language::Nl),
            _ => None,
        }
    }
}

impl TryFrom<String> for Language {
    type Error = String;

    fn try_from(code: String) -> Result<Language, String> {
        Language::from_code(&code)
            .ok_or_else(|| format!("unsupported language `{code}`: use \"en\", \"fr\" or \"nl\""))
    }
}

impl From<Language> for String {
    fn from(language: Language) -> String {
        language.code().to_string()
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, PartialOrd, Ord)]
pub enum Difficulty {
    Beginner,
    Intermediate,
    Advanced,
}

/// The social network the scenario happens on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// The network's name as shown in the interface ("Chirp", "Facebook page", ...).
    pub name: String,
    /// Maximum characters of one reply on this channel.
    pub reply_limit: u32,
    /// Minutes within which customers on this channel expect an answer (60 is typical:
    /// 42 % of people expect an answer within the hour).
    #[serde(default = "default_expected_minutes")]
    pub expected_response_minutes: u32,
}

fn default_expected_minutes() -> u32 {
    60
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum ChannelKind {
    /// Twitter-like: a public timeline with direct messages.
    Timeline,
    /// Facebook-like: a brand page with comments and a private inbox.
    Page,
    /// A review site: public reviews and a public owner reply; private contact by message.
    Reviews,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub name: String,
    /// The brand's account handle, e.g. "@Aerolis".
    pub handle: String,
    pub tone: Tone,
}

/// The brand's online style: how close, how formal, how it signs.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tone {
    pub formality: Formality,
    pub emoji: EmojiUse,
    pub sign_off: SignOff,
    /// Free guidance shown on the briefing screen ("first names, no exclamation marks").
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Formality {
    /// "vous" / "u", full sentences, no slang.
    Formal,
    /// Warm and plain, first names.
    Friendly,
    /// Relaxed and playful.
    Casual,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum EmojiUse {
    Never,
    Sparing,
    Welcome,
}

/// How a reply is signed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum SignOff {
    /// No signature.
    None,
    /// The agent's initials after a caret or dash, e.g. "^JM".
    Initials,
    /// The agent's first name, e.g. "- Julie".
    FirstName,
    /// A fixed team signature, e.g. "The Aerolis team".
    Team(String),
}

/// One entry of the case file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: String,
    /// Short name shown in the case file ("Booking reference").
    pub label: String,
    /// The fact itself as the trainee reads it.
    pub value: String,
    /// What in a reply shows that this fact was stated. Any one marker is enough.
    #[serde(default)]
    pub markers: Vec<Marker>,
    /// Personal data: must never appear in a public reply (booking reference, e-mail, phone).
    #[serde(default)]
    pub private: bool,
}

/// A checkable piece of a fact. Times, amounts, codes, percentages and durations are compared after
/// normalising ("7:10", "07h10" and "7.10 am" are the same time), so a reply that states a
/// different value of the same kind where it talks about the fact states the fact wrongly
/// (see `scoring::judge` and docs/scenario-format.md).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Marker {
    /// A time of day, "HH:MM" in 24-hour form.
    Time(String),
    /// A sum of money, e.g. Amount(250, "EUR").
    Amount(u32, String),
    /// A code such as a flight number or order number; spaces and case are ignored.
    Code(String),
    /// A percentage, in whole per cent: Percent(17) is "17 %", "17%", "17 percent".
    Percent(u32),
    /// A length of time: Duration(30, "minutes"), Duration(72, "hours"), Duration(2,
    /// "years"), Duration(5, "working days"). Units in English, French or Dutch; "48
    /// hours" and "2 days" are the same length, "5 working days" is not "5 days".
    Duration(u32, String),
    /// A calendar date in ISO order, "MM-DD" or "YYYY-MM-DD": Date("03-20") is "20 March",
    /// "March 20th", "20 mars", "20 maart", "20/03"; another date where a reply talks about
    /// the fact is a wrong value. A year is compared only when the marker and the reply both
    /// write one.
    Date(String),
    /// A web or e-mail address: Address("voltaro.example/tariffs-october"),
    /// Address("press@voltaro.example"). "https://", "www.", case and a closing slash are
    /// ignored; another page or mailbox of the same site in a reply is a wrong value.
    Address(String),
    /// Any of these phrases (case, accents and punctuation are ignored).
    Phrase(Vec<String>),
}

/// What the community manager may do, to whom they hand over, and what they must never say.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// What the community manager may do alone, one line each.
    #[serde(default)]
    pub autonomy: Vec<String>,
    /// The teams a case can be handed to.
    #[serde(default)]
    pub escalation: Vec<EscalationRoute>,
    /// Claims that must never be made (promises beyond autonomy, guessed causes, blame).
    #[serde(default)]
    pub forbidden: Vec<ForbiddenClaim>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationRoute {
    /// Id used by `Escalate("...")` actions.
    pub team: String,
    /// Display name ("Customer Care, compensation desk").
    pub name: String,
    /// When this route applies.
    pub when: String,
    /// How soon the team answers the customer, in minutes.
    pub answers_within_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ForbiddenClaim {
    pub id: String,
    /// The rule as the trainee reads it ("Never promise compensation: Customer Care decides").
    pub rule: String,
    /// What kind of claim it is, when it is one the scorer also knows in general words
    /// (a promise, a guessed cause, blame on others): then the lexicon's own phrases for
    /// that kind make this claim too, not only the `phrases` listed here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ClaimKind>,
    /// Phrases that make the claim. Matching ignores case, accents and punctuation; a `*`
    /// stands for any single word.
    pub phrases: Vec<String>,
}

/// The kinds of forbidden claim the scorer's lexicons describe in general words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum ClaimKind {
    /// A promise beyond the CM's autonomy ("you'll get your money back", "je m'y engage").
    Promise,
    /// A guessed cause or a guess about who is behind something ("it was probably the
    /// weather", "I suspect").
    Cause,
    /// Blame on staff or partners ("the courier just threw it", "their fault").
    Blame,
}

/// The kinds of poster of the USAF response assessment and the department-store metaphor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum PosterKind {
    UnhappyCustomer,
    Misguided,
    Rager,
    Troll,
    Positive,
    New,
    Lost,
    Regular,
    Prospect,
    /// A reporter asking for a statement: the comms lead answers the press.
    Journalist,
    /// An account with a large audience whose post can make or break the thread.
    Influencer,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    pub name: String,
    pub handle: String,
    pub followers: u32,
    pub kind: PosterKind,
    /// Starting mood, -3 (hostile) to +3 (supportive).
    pub mood: i32,
    /// Other identities the customer may take, picked by the run's seed so that replies
    /// cannot be memorised. `{name}`, `{first_name}` and `{handle}` in texts follow the pick.
    #[serde(default)]
    pub alternates: Vec<Identity>,
    /// What is at stake for the customer, as single words a reply may use to name it
    /// ("wedding", "sister", "witness"): in a crisis turn, an apology that names none of
    /// them (nor a stake word of the lexicon, "condolences") is fair at best. Without them
    /// the scorer guesses the stakes from the customer's words.
    #[serde(default)]
    pub stakes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    pub name: String,
    pub handle: String,
}

impl Identity {
    /// The first word of the name, as an agent would address the customer.
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or(&self.name)
    }
}

/// The people watching the public thread.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Onlookers {
    /// How many people see the thread.
    pub audience: u32,
    /// Starting public sentiment, -3 (hostile) to +3 (supportive).
    pub sentiment: i32,
    /// Public comments that appear under the customer's post, shown in the thread.
    #[serde(default)]
    pub comments: Vec<OnlookerComment>,
    /// Onlookers who speak in a turn of their own (`Turn.from`), e.g. a misguided follower
    /// whose wrong facts need a polite correction.
    #[serde(default)]
    pub personas: Vec<Persona>,
}

/// An onlooker who takes part in the conversation.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Id used by `Turn.from`.
    pub id: String,
    pub name: String,
    pub handle: String,
    pub followers: u32,
    pub kind: PosterKind,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OnlookerComment {
    pub handle: String,
    pub text: String,
    /// The turn whose message this comment follows in the thread.
    pub after: String,
}

/// Where a message is posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Visibility {
    Public,
    Dm,
}

/// One customer message and what a good reply to it needs.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Turn {
    pub id: String,
    /// Who speaks: "customer" (the default) or the id of an onlooker persona.
    #[serde(default = "customer_id")]
    pub from: String,
    /// Where the customer posts this message.
    pub visibility: Visibility,
    /// The customer's message. `{name}`, `{first_name}`, `{handle}` and `{brand}` are replaced.
    pub text: String,
    /// Other wordings of the same message; the run's seed picks one of `text` and these.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Simulated minutes between the trainee's previous response and this message.
    #[serde(default)]
    pub delay: u32,
    /// Up to this many extra minutes, drawn from the seed.
    #[serde(default)]
    pub delay_spread: u32,
    pub expect: Expectation,
    /// Where the conversation goes next; the first branch whose conditions all hold wins.
    pub next: Vec<Branch>,
    /// Sample replies with the verdict their author expects; the scorer is tested on them.
    #[serde(default)]
    pub golden: Vec<GoldenReply>,
}

/// The persona id of the scenario's customer.
pub const CUSTOMER: &str = "customer";

fn customer_id() -> String {
    CUSTOMER.to_string()
}

/// What a good reply to a turn needs.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    pub empathy: EmpathyNeed,
    /// Ids of case-file facts the reply should state.
    #[serde(default)]
    pub facts: Vec<String>,
    /// Ids of forbidden claims especially tempting at this turn (all of the policy's
    /// forbidden claims are always checked).
    #[serde(default)]
    pub avoid: Vec<String>,
    /// The actions that are right here; any other action loses escalation points.
    pub actions: Vec<Action>,
    /// Why these actions are right, shown in the debrief.
    #[serde(default)]
    pub why: String,
}

/// How much empathy the reply should show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum EmpathyNeed {
    /// Factual turn: empathy is welcome but not required.
    Low,
    /// Acknowledge the person and the situation.
    Medium,
    /// A crisis for the customer: name the feeling and their specifics.
    High,
}

/// What the trainee does with a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Action {
    /// Reply in the public thread.
    ReplyPublic,
    /// Reply by direct message.
    ReplyDm,
    /// Reply in public, inviting the customer to continue by direct message.
    AskDm,
    /// Hand the case to a team (by its id) and tell the customer.
    Escalate(String),
    /// Hide the post from the public thread.
    Hide,
    /// Do not reply; keep watching.
    Monitor,
}

impl Action {
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::ReplyPublic => ActionKind::ReplyPublic,
            Action::ReplyDm => ActionKind::ReplyDm,
            Action::AskDm => ActionKind::AskDm,
            Action::Escalate(_) => ActionKind::Escalate,
            Action::Hide => ActionKind::Hide,
            Action::Monitor => ActionKind::Monitor,
        }
    }

    /// Whether this action sends a text to the customer.
    pub fn takes_reply(&self) -> bool {
        self.kind().takes_reply()
    }

    /// Where the reply is seen, given where the customer wrote.
    pub fn reply_visibility(&self, customer_wrote: Visibility) -> Option<Visibility> {
        match self {
            Action::ReplyPublic | Action::AskDm => Some(Visibility::Public),
            Action::ReplyDm => Some(Visibility::Dm),
            Action::Escalate(_) => Some(customer_wrote),
            Action::Hide | Action::Monitor => None,
        }
    }

    pub fn team(&self) -> Option<&str> {
        match self {
            Action::Escalate(team) => Some(team),
            _ => None,
        }
    }
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Action::Escalate(team) => write!(f, "escalate {team}"),
            other => f.write_str(other.kind().keyword()),
        }
    }
}

/// An action without its argument, for conditions and the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum ActionKind {
    ReplyPublic,
    ReplyDm,
    AskDm,
    Escalate,
    Hide,
    Monitor,
}

impl ActionKind {
    pub const ALL: [ActionKind; 6] = [
        ActionKind::ReplyPublic,
        ActionKind::ReplyDm,
        ActionKind::AskDm,
        ActionKind::Escalate,
        ActionKind::Hide,
        ActionKind::Monitor,
    ];

    pub fn takes_reply(self) -> bool {
        !matches!(self, ActionKind::Hide | ActionKind::Monitor)
    }

    /// The keyword used in replies files and on the terminal.
    pub fn keyword(self) -> &'static str {
        match self {
            ActionKind::ReplyPublic => "public",
            ActionKind::ReplyDm => "dm",
            ActionKind::AskDm => "ask-dm",
            ActionKind::Escalate => "escalate",
            ActionKind::Hide => "hide",
            ActionKind::Monitor => "monitor",
        }
    }

    /// The action's name in scenario files ("AskDm").
    pub fn scenario_name(self) -> &'static str {
        match self {
            ActionKind::ReplyPublic => "ReplyPublic",
            ActionKind::ReplyDm => "ReplyDm",
            ActionKind::AskDm => "AskDm",
            ActionKind::Escalate => "Escalate",
            ActionKind::Hide => "Hide",
            ActionKind::Monitor => "Monitor",
        }
    }

    /// The action a keyword names: the keyword itself ("ask-dm") or the scenario file's
    /// name ("AskDm"), in any case and with `-`, `_` or nothing between the words
    /// ("ask_dm", "reply_public"): a team filling in a spreadsheet writes all of these.
    pub fn from_keyword(word: &str) -> Option<ActionKind> {
        let squeezed = |text: &str| -> String {
            text.chars()
                .filter(|c| !matches!(c, '-' | '_'))
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let word = squeezed(word);
        ActionKind::ALL
            .into_iter()
            .find(|k| word == squeezed(k.keyword()) || word == squeezed(k.scenario_name()))
    }
}

/// Where the conversation goes after a turn, and on which conditions.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// All must hold; an empty list always holds (use it for the last, fallback branch).
    #[serde(default)]
    pub when: Vec<Condition>,
    /// Id of the next turn or of an ending.
    pub goto: String,
    /// Extra change to the customer's mood on top of the verdict's own effect.
    #[serde(default)]
    pub mood: i32,
    /// Extra change to public sentiment on top of the verdict's own effect.
    #[serde(default)]
    pub sentiment: i32,
}

/// A condition on the outcome of a turn.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Condition {
    /// The trainee chose this kind of action.
    Action(ActionKind),
    /// The trainee escalated to this team.
    EscalatedTo(String),
    /// The reply's overall grade is at least this.
    GradeAtLeast(Grade),
    /// The reply's overall grade is at most this.
    GradeAtMost(Grade),
    /// The reply made this forbidden claim.
    Claimed(String),
    /// The reply posted personal data in public.
    LeakedPrivateData,
    /// The customer's mood, after this reply, is at most this.
    MoodAtMost(i32),
    /// The customer's mood, after this reply, is at least this.
    MoodAtLeast(i32),
    /// Public sentiment, after this reply, is at most this.
    SentimentAtMost(i32),
}

/// The overall grade of one reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Grade {
    Poor,
    Fair,
    Good,
}

impl Grade {
    pub fn label(self) -> &'static str {
        match self {
            Grade::Poor => "poor",
            Grade::Fair => "fair",
            Grade::Good => "good",
        }
    }
}

/// A sample reply with the verdict its author expects.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GoldenReply {
    pub action: Action,
    /// Empty for `Hide` and `Monitor`.
    #[serde(default)]
    pub reply: String,
    /// The grade the author expects the scorer to give.
    pub grade: Grade,
    /// Rules the author expects to fire (rule ids from the scorer), checked by tests.
    #[serde(default)]
    pub fires: Vec<String>,
    /// Why, in the author's words; shown as a model answer in the debrief when the grade is Good.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub id: String,
    pub kind: EndingKind,
    pub title: String,
    /// What happened and what to learn from it, shown on the debrief screen.
    pub debrief: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum EndingKind {
    /// The customer's problem is solved.
    Resolved,
    /// Handed to the right team, with the customer informed.
    Escalated,
    /// A troll or rager contained without feeding the fire.
    Contained,
    /// The customer gave up on the brand.
    CustomerLost,
    /// The thread spread beyond the brand's control.
    WentViral,
}

impl EndingKind {
    /// Whether this ending counts as a success for the trainee.
    pub fn is_success(self) -> bool {
        matches!(
            self,
            EndingKind::Resolved | EndingKind::Escalated | EndingKind::Contained
        )
    }
}

impl Scenario {
    pub fn turn(&self, id: &str) -> Option<&Turn> {
        self.turns.iter().find(|t| t.id == id)
    }

    pub fn ending(&self, id: &str) -> Option<&Ending> {
        self.endings.iter().find(|e| e.id == id)
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.case_file.iter().find(|f| f.id == id)
    }

    pub fn route(&self, team: &str) -> Option<&EscalationRoute> {
        self.policy.escalation.iter().find(|r| r.team == team)
    }

    pub fn forbidden(&self, id: &str) -> Option<&ForbiddenClaim> {
        self.policy.forbidden.iter().find(|c| c.id == id)
    }

    /// Fills `{name}`, `{first_name}`, `{handle}` and `{brand}` in a text for a run whose
    /// customer is `identity`.
    pub fn fill(&self, text: &str, identity: &Identity) -> String {
        text.replace("{name}", &identity.name)
            .replace("{first_name}", identity.first_name())
            .replace("{handle}", &identity.handle)
            .replace("{brand}", &self.brand.name)
    }

    /// The customer's default identity (before the seed picks an alternate).
    pub fn default_identity(&self) -> Identity {
        Identity {
            name: self.customer.name.clone(),
            handle: self.customer.handle.clone(),
        }
    }

    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.onlookers.personas.iter().find(|p| p.id == id)
    }

    /// The kind of poster who speaks at `turn`.
    pub fn poster_kind(&self, turn: &Turn) -> PosterKind {
        self.persona(&turn.from)
            .map_or(self.customer.kind, |persona| persona.kind)
    }
}
