//! The per-language lexicons (assets/lexicons/{en,fr,nl}.ron): the phrases behind every
//! rule, their points and the words a trainee reads when a rule fires. Parsed once, then
//! compiled into an index of phrase patterns matched against analysed replies.
//!
//! Phrase syntax, for trainers: words are matched after lower-casing and removing accents
//! and punctuation; `frustrat*` matches any word starting with "frustrat"; a lone `*` is any
//! one word; `...` is zero to three words; a leading `^` matches only at the start of a
//! sentence, a trailing `$` only where the sentence ends ("^ whatever $" is "Whatever."
//! said on its own, not "whatever you decide"). Negation is handled by the scorer, so write the
//! positive phrase ("I understand") and "I don't understand" will not count.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::text::{self, Analysed, Token, Word, WordRules, flags};
use crate::scenario::model::Language;

mod snapshot;

/// The categories the scorer's code knows. Every lexicon must define all of them, so that
/// each rule works in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    EmotionStrong,
    EmotionWeak,
    Apology,
    NotEmpathy,
    Boilerplate,
    UnderstandWeak,
    UnderstandStrong,
    Situation,
    Feeling,
    NotDisclosure,
    QuestionGeneric,
    QuestionRhetorical,
    QuestionRequest,
    InviteToShare,
    Blame,
    Minimising,
    CalmDown,
    PolicyHiding,
    Sarcasm,
    Defensive,
    Dismissive,
    NonApology,
    FeelingApology,
    Commitment,
    TimeWords,
    Thanks,
    DmInvite,
    ClaimPromise,
    ClaimCause,
    ClaimBlamePartner,
    /// A condition put first with the customer as its subject ("Had you booked ...",
    /// "Had u ... gekozen"): `Lexicon::find_all` gives it as `Blame` where the sentence
    /// goes on to its consequence, and drops it elsewhere.
    ConditionFirst,
    /// A kind wish ("good luck", "have a nice day", "bonne journée", "succes"):
    /// `Lexicon::find_all` gives it as `EmotionWeak`, a warm word, in a kind reply, and
    /// as `WishBrushOff` in a reply that refuses, blames or brushes their problem off.
    WellWish,
    /// A kind wish after a refusal, blame or a brush-off: the mockery trainers call
    /// sarcasm ("...can't be increased. Good luck with the party!"), with words of its
    /// own for the trainee. No phrases: only `Lexicon::find_all` gives it.
    WishBrushOff,
    /// The customer as the one who acted ("you", "vous avez", "u heeft"): with one of the
    /// lexicon's `customer_acts` after it and a `FaultMark` in the same clause,
    /// `Lexicon::find_all` gives the clause as `Blame` ("you entered the wrong postcode",
    /// "vous avez saisi un mauvais IBAN", "u heeft het verkeerde adres ingevuld").
    CustomerActor,
    /// What makes an act a mistake ("wrong", "by mistake", "too late", "mauvais",
    /// "verkeerde"): worth nothing on its own, blame after the customer's act.
    FaultMark,
    /// The words of an apology ("sorry", "we apologise", "désolés", "het spijt ons"):
    /// worth nothing of their own (the `Apology` phrases earn the points); the head of a
    /// non-apology with a `ConditionMark` or a `TakenAsMark` after it (see `PAIR_RULES`).
    ApologyHead,
    /// A condition right after an apology ("sorry if you", "désolés si cette", "excuses
    /// als het"): the apology holds only if there was something to be sorry for.
    ConditionMark,
    /// How the customer took it, said after an apology ("sorry you felt that", "...see
    /// it that way", "...vous ait donné cette impression", "...zo heeft ervaren").
    TakenAsMark,
    /// The brand's own people or things as the subject ("our", "nos", "onze").
    BrandOwn,
    /// Praise of them ("tested and certified", "trained to the highest standards",
    /// "fiables", "streng gekeurd"): after `BrandOwn`, defensiveness told as facts.
    SelfPraise,
    /// What the customer is entitled to ("you are entitled to", "vous avez droit à", "heb
    /// je recht op"): a policy named in the same sentence grants, and is no policy put up
    /// against them ("selon nos conditions, vous avez droit à un véhicule de
    /// remplacement"). Worth nothing on its own.
    PolicyGrant,
    /// The facts on the customer's side ("you paid on time", "vous avez bien réglé",
    /// "u heeft op tijd betaald"): records named in the same sentence speak for them, and
    /// are no defence of the brand ("our records show you paid on time on the 1st"). Worth
    /// nothing on its own.
    OnTheirSide,
    /// A condition that opens its clause ("if", "si", "mocht"): with an `ApologyHead` in
    /// the clause it leads to, a non-apology put the other way round ("if our receptionist
    /// came across that way, then we're sorry", "si le contrôle a pu vous sembler brusque,
    /// nous le regrettons").
    ConditionOpen,
    /// A cause put somewhere ("down to", "caused by", "vient de", "de vertraging ligt
    /// bij"): with a `ThirdParty` at most two words on, blame passed on ("that was down to
    /// our scheduling team", "le retard vient de notre laboratoire", "de vertraging ligt
    /// bij onze leverancier").
    CauseMark,
    /// Someone else than the one replying: a team, a colleague, a partner, a supplier
    /// ("our scheduling team", "le fabricant", "de bezorgdienst").
    ThirdParty,
    /// A consequence drawn from what comes before it ("which is what caused", "d'où",
    /// "waardoor"): after a `ThirdParty`, the trouble put down to someone else ("our
    /// courier partner had a backlog, which is what caused the delay").
    ConsequenceMark,
    /// A guess ("probably", "a sans doute", "waarschijnlijk heeft"): right beside a
    /// `ThirdParty`, a cause guessed and put on someone else ("the courier probably left it
    /// with a neighbour", "vermoedelijk heeft de bezorger het bij de buren afgegeven").
    HedgeMark,
    /// The brand owning the fault ("that's on us", "c'est notre faute", "dat ligt bij
    /// ons"): blame and records in the same sentence are taken back ("the delay was down to
    /// our courier, and that's on us"; "our records show your readings arrived, and the
    /// bill was wrongly based on an estimate"). Worth nothing on its own.
    Ownership,
    /// A past duty of the customer's ("you should have", "vous auriez dû", "had je"): with
    /// a `DutyAct` after it in the same clause, a fault told as hindsight ("you should
    /// have mentioned it was wool", "vous auriez dû nous prévenir", "had u dat moeten
    /// aangeven").
    HindsightHead,
    /// What the customer might have done ("mentioned", "told us", "prévenir", "moeten
    /// melden"): not what they might have received ("you should have received an email").
    DutyAct,
    /// Someone's fault ("shouldn't have", "got it wrong", "n'aurait pas dû", "had niet
    /// mogen"): after a `ThirdParty` that is not the brand's own ("the store colleague
    /// shouldn't have promised that", not "our driver shouldn't have left it there"),
    /// blame passed to them.
    StaffFault,
    /// The next time ("next time", "in future", "la prochaine fois", "voortaan"): with a
    /// `Heed` in its clause or the next, either side, a fault told as advice ("please
    /// double-check it next time", "pour la prochaine fois, pensez à envoyer votre
    /// ordonnance").
    FutureMark,
    /// What the customer should watch ("double-check", "make sure", "pensez à", "let op").
    Heed,
    /// A note that the message was received ("noted", "bien pris en compte",
    /// "genoteerd"): worth nothing, and with at most thanks and a kind wish beside it, a
    /// `CourtesyOnly` reply ("Feedback received and logged. Have a good day.").
    Acknowledgement,
    /// Thanks or an `Acknowledgement`, and at most a kind wish, with nothing else said but
    /// the greeting: "Thanks for the feedback 👍", "Merci pour votre retour. Bonne
    /// journée !", "Genoteerd. Fijne dag nog!" answers no problem (`Lexicon::courtesy_only`). A loss of
    /// empathy points where the customer's message holds no praise (`praise_words`), but
    /// no fight (not `is_care_loss`). No phrases: only `Lexicon::find_all` gives it.
    CourtesyOnly,
    /// The fault named as the brand's own ("our mistake", "notre erreur", "onze fout"):
    /// owned, it takes blame back as `Ownership` does; denied, in a statement that is no
    /// condition ("it wasn't our mistake", "ce n'est pas notre erreur", "het was niet onze
    /// fout"), it is `Defensive`. Worth nothing on its own.
    OwnFault,
}

/// Words that, in the same sentence and not negated, take a loss back: the first category
/// cancels the second; where the third says so, in the sentence before too (a fault owned
/// right after it is told: "Our records show the payment arrived on 3 May. The reminder is
/// our mistake", "l'équipe s'est trompée. C'est notre erreur").
const CANCELS: [(Category, Category, bool); 4] = [
    (Category::PolicyGrant, Category::PolicyHiding, false),
    (Category::OnTheirSide, Category::Defensive, false),
    (Category::Ownership, Category::Blame, true),
    (Category::Ownership, Category::Defensive, true),
];

/// Which clause a pair's mark may be in, from its head's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ClauseReach {
    /// In the head's clause.
    Same,
    /// The head opens its clause and the mark is in the next, the one the head's clause
    /// leads to ("if that came across badly, we're sorry"), not in the head's clause ("if
    /// you DM us, we'll sort it, and sorry again" is the apology of a third).
    Next,
    /// In the head's clause or the next: "next time, please double-check the address".
    SameOrNext,
}

/// Two phrases that make a loss together, neither of which is one alone: `head`, then
/// `mark` with at most `within` words between them, in one clause of a sentence that asks
/// nothing. The head must not be negated where `head_negation_counts` ("we're not sorry"
/// apologises for nothing), nor the mark where `mark_negation_counts` ("our meters are not
/// reliable" admits a fault).
/// A trainer extends a pair's reach by adding phrases to its two categories.
struct PairRule {
    head: Category,
    mark: Category,
    within: usize,
    /// The head must not be negated (see above).
    head_negation_counts: bool,
    /// Which clauses the mark may be in (see `ClauseReach`).
    reach: ClauseReach,
    mark_negation_counts: bool,
    /// No passive auxiliary between the two (`passive_auxiliaries`): "sorry you were made
    /// to feel that way", "désolé que vous ayez été reçu de cette façon" regret what was
    /// done to them.
    acted_on_breaks: bool,
    /// The head is not the brand's own: no `BrandOwn` nor the writer's "my" up to two words
    /// before it in its clause ("our driver shouldn't have", "my colleague got this wrong"
    /// own what "the driver shouldn't have" passes on).
    head_unowned: bool,
    /// No "we" or "I" in the head's clause or the mark's: "next time we'll double-check",
    /// "de volgende keer controleren wij de stoelen" are promises, "double-check it next
    /// time" advice to them.
    not_ours: bool,
    /// No "we" or "I" in the mark's clause: "the engineer found a second fault, which is
    /// why we replaced the whole unit" tells what the brand did about it.
    mark_not_ours: bool,
    /// No `ThirdParty`, "we" or "I" up to two words before the head in its clause: "de
    /// afdeling had u moeten bellen", "ik had u moeten bellen" say who should have acted,
    /// and it was not the customer.
    no_actor_before: bool,
    /// No match of this category, not negated, in the head's sentence or the next: "I'm so
    /// sorry, the driver should not have left" and "l'équipe s'est trompée. Désolés pour
    /// cette déception" own what "the driver should not have left" passes on.
    unless_near: Option<Category>,
    /// The loss reaches to the end of the mark's clause, at most `QUOTE_REACH` words on:
    /// "the courier probably left it with a neighbour" is what the trainee wrote, where
    /// "courier probably" is only where the guess starts.
    to_clause_end: bool,
    makes: Category,
}

/// How far past its mark a pair's loss may reach to end its clause (`to_clause_end`).
const QUOTE_REACH: usize = 12;

/// What a `PairRule` asks when it says nothing else: a head not negated, both halves in
/// one clause, and none of the further conditions. (Every rule gives its own `head`,
/// `mark`, `within` and `makes`.)
const PAIR_RULE_DEFAULTS: PairRule = PairRule {
    head: Category::ApologyHead,
    mark: Category::ConditionMark,
    within: 0,
    head_negation_counts: true,
    reach: ClauseReach::Same,
    mark_negation_counts: false,
    acted_on_breaks: false,
    head_unowned: false,
    not_ours: false,
    mark_not_ours: false,
    no_actor_before: false,
    unless_near: None,
    to_clause_end: false,
    makes: Category::NonApology,
};

const PAIR_RULES: [PairRule; 12] = [
    // "We apologise if you were inconvenienced", "nous sommes désolés si cette situation a
    // pu vous causer une gêne", "onze excuses als je vakantie niet naar wens was": the
    // condition right after the apology ("Sorry, if you DM us..." is two clauses). A
    // condition's negation does not make it an apology ("sorry if you weren't happy").
    PairRule {
        head: Category::ApologyHead,
        mark: Category::ConditionMark,
        within: 0,
        makes: Category::NonApology,
        ..PAIR_RULE_DEFAULTS
    },
    // "We're sorry you felt that our receptionist wasn't taking you seriously", "nous
    // regrettons que vous ayez ressenti ses propos de cette manière", "het spijt ons dat u
    // het gesprek zo heeft ervaren": sorry for how they took it, a few words on.
    PairRule {
        head: Category::ApologyHead,
        mark: Category::TakenAsMark,
        within: 6,
        acted_on_breaks: true,
        makes: Category::NonApology,
        ..PAIR_RULE_DEFAULTS
    },
    // "Our smart meters are tested and certified", "nos compteurs sont fiables et
    // homologués", "ons cabinepersoneel is juist uitstekend opgeleid": the brand's own
    // praised to answer a complaint.
    PairRule {
        head: Category::BrandOwn,
        mark: Category::SelfPraise,
        within: 4,
        mark_negation_counts: true,
        makes: Category::Defensive,
        ..PAIR_RULE_DEFAULTS
    },
    // "If our receptionist came across that way, then we're sorry", "si le contrôle a pu
    // vous sembler brusque, nous le regrettons", "mocht u zich niet welkom hebben gevoeld,
    // dan vinden we dat jammer": the condition first, the apology after it.
    PairRule {
        head: Category::ConditionOpen,
        mark: Category::ApologyHead,
        within: 16,
        // "Mocht u zich niet welkom hebben gevoeld": the condition's own negation.
        head_negation_counts: false,
        reach: ClauseReach::Next,
        mark_negation_counts: true,
        makes: Category::NonApology,
        ..PAIR_RULE_DEFAULTS
    },
    // "That was down to our scheduling team", "le retard vient du prestataire au sol",
    // "de vertraging ligt bij onze leverancier": the fault passed to someone else, unless
    // the sentence owns it (`CANCELS`).
    PairRule {
        head: Category::CauseMark,
        mark: Category::ThirdParty,
        within: 2,
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
    // "Our courier partner had a backlog, which is what caused the delay", "le traiteur a
    // livré en retard, d'où l'attente", "de leverancier leverde te laat, waardoor de
    // levering vertraagd is": the trouble drawn from what someone else did (the mark names
    // trouble: "which is why you have water again" puts nothing on the engineer who fixed
    // it), unless the brand says what it did about it in the consequence ("which is why
    // we've refunded you"), or apologises in that sentence or the next.
    PairRule {
        head: Category::ThirdParty,
        mark: Category::ConsequenceMark,
        within: 12,
        // What the partner did not do is as much put on them ("the airline hasn't sent
        // the report, which is why your claim is on hold").
        head_negation_counts: false,
        reach: ClauseReach::SameOrNext,
        mark_not_ours: true,
        unless_near: Some(Category::ApologyHead),
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
    // "The courier probably left it with a neighbour", "le livreur a sans doute déposé le
    // colis chez un voisin", "de bezorger heeft het waarschijnlijk bij de buren gelaten":
    // a cause guessed and put on a partner, right after it is named. The guess carries its
    // auxiliary where the language puts one ("a sans doute", "heeft waarschijnlijk"), so
    // that "the engineer will probably call you" guesses nothing.
    PairRule {
        head: Category::ThirdParty,
        mark: Category::HedgeMark,
        within: 0,
        head_negation_counts: false,
        to_clause_end: true,
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
    // The same with the guess first: "vermoedelijk heeft de bezorger het bij de buren
    // afgegeven", "most likely the courier left it outside"; not in a clause where the
    // brand speaks of itself ("we'll probably ask the courier to call you").
    PairRule {
        head: Category::HedgeMark,
        mark: Category::ThirdParty,
        within: 2,
        not_ours: true,
        to_clause_end: true,
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
    // "You should have mentioned it was wool", "vous auriez dû nous prévenir", "je had de
    // schade bij het starten moeten melden": a fault told as hindsight. Not done to them
    // ("you should have been told at check-in"), nor what they should never have had to
    // do ("je had daar nooit voor moeten betalen").
    PairRule {
        head: Category::HindsightHead,
        mark: Category::DutyAct,
        within: 8,
        mark_negation_counts: true,
        acted_on_breaks: true,
        no_actor_before: true,
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
    // "The store colleague shouldn't have promised that", "le conseiller en boutique
    // n'aurait pas dû vous promettre cette remise", "de medewerker had die korting niet
    // mogen beloven": a colleague or partner blamed, where "our colleague", or an apology
    // in the same sentence, would own it.
    PairRule {
        head: Category::ThirdParty,
        mark: Category::StaffFault,
        within: 3,
        // The negation after the colleague is the fault's ("had die korting niet mogen").
        head_negation_counts: false,
        mark_negation_counts: true,
        head_unowned: true,
        unless_near: Some(Category::ApologyHead),
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
    // "Next time, please double-check the address", "à l'avenir, pensez à vérifier",
    // "let daar een volgende keer even op", in either order: a fault told as advice.
    PairRule {
        head: Category::FutureMark,
        mark: Category::Heed,
        within: 6,
        reach: ClauseReach::SameOrNext,
        mark_negation_counts: true,
        not_ours: true,
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
    PairRule {
        head: Category::Heed,
        mark: Category::FutureMark,
        within: 4,
        reach: ClauseReach::SameOrNext,
        mark_negation_counts: true,
        not_ours: true,
        makes: Category::Blame,
        ..PAIR_RULE_DEFAULTS
    },
];

/// `Category::is_pair_part` of each category, by its number.
const PAIR_PARTS: [bool; Category::ALL.len()] = {
    let mut parts = [false; Category::ALL.len()];
    let mut k = 0;
    while k < PAIR_RULES.len() {
        parts[PAIR_RULES[k].head as usize] = true;
        parts[PAIR_RULES[k].mark as usize] = true;
        k += 1;
    }
    parts
};

impl Category {
    pub const ALL: [Category; 56] = [
        Category::EmotionStrong,
        Category::EmotionWeak,
        Category::Apology,
        Category::NotEmpathy,
        Category::Boilerplate,
        Category::UnderstandWeak,
        Category::UnderstandStrong,
        Category::Situation,
        Category::Feeling,
        Category::NotDisclosure,
        Category::QuestionGeneric,
        Category::QuestionRhetorical,
        Category::QuestionRequest,
        Category::InviteToShare,
        Category::Blame,
        Category::Minimising,
        Category::CalmDown,
        Category::PolicyHiding,
        Category::Sarcasm,
        Category::Defensive,
        Category::Dismissive,
        Category::NonApology,
        Category::FeelingApology,
        Category::Commitment,
        Category::TimeWords,
        Category::Thanks,
        Category::DmInvite,
        Category::ClaimPromise,
        Category::ClaimCause,
        Category::ClaimBlamePartner,
        Category::ConditionFirst,
        Category::WellWish,
        Category::WishBrushOff,
        Category::CustomerActor,
        Category::FaultMark,
        Category::ApologyHead,
        Category::ConditionMark,
        Category::TakenAsMark,
        Category::BrandOwn,
        Category::SelfPraise,
        Category::PolicyGrant,
        Category::OnTheirSide,
        Category::ConditionOpen,
        Category::CauseMark,
        Category::ThirdParty,
        Category::ConsequenceMark,
        Category::HedgeMark,
        Category::Ownership,
        Category::HindsightHead,
        Category::DutyAct,
        Category::StaffFault,
        Category::FutureMark,
        Category::Heed,
        Category::CourtesyOnly,
        Category::Acknowledgement,
        Category::OwnFault,
    ];

    /// Whether the category's phrases are a reply's own ways of caring (warmth, apology,
    /// understanding, an invitation, thanks, a next step, and the form letter's words):
    /// their words say nothing of the customer's situation.
    pub fn expresses_care(self) -> bool {
        matches!(
            self,
            Category::EmotionStrong
                | Category::EmotionWeak
                | Category::WellWish
                | Category::Apology
                | Category::NotEmpathy
                | Category::Boilerplate
                | Category::UnderstandWeak
                | Category::UnderstandStrong
                | Category::InviteToShare
                | Category::Commitment
                | Category::Thanks
        )
    }

    /// Whether the category's phrases always cost empathy points, even next to an apology:
    /// what turns a reply into a fight. (`FeelingApology` costs them only next to one of
    /// these: see `empathy::score`. `CourtesyOnly` costs them too, but starts no fight: to
    /// a troll, thanks alone is the calm reply.)
    pub fn is_care_loss(self) -> bool {
        matches!(
            self,
            Category::Blame
                | Category::Minimising
                | Category::CalmDown
                | Category::PolicyHiding
                | Category::Sarcasm
                | Category::Defensive
                | Category::Dismissive
                | Category::NonApology
                | Category::WishBrushOff
        )
    }

    /// Whether the category's phrases are matched only where a customer's act may be
    /// (`Lexicon::find_act_phrases`), not with the others: "you" alone would otherwise be
    /// tried at every "you" of every text.
    fn is_act_part(self) -> bool {
        matches!(self, Category::CustomerActor | Category::FaultMark)
    }

    /// Whether the category is one half of a `PairRule`: matched like any phrase, kept
    /// only as the loss the pair makes. Read from `PAIR_PARTS`, made from `PAIR_RULES`
    /// when the program is compiled: it is asked of every match of every text.
    fn is_pair_part(self) -> bool {
        PAIR_PARTS[self as usize]
    }

    /// The key of the category in a lexicon file.
    pub fn key(self) -> &'static str {
        match self {
            Category::EmotionStrong => "emotion_strong",
            Category::EmotionWeak => "emotion_weak",
            Category::Apology => "apology",
            Category::NotEmpathy => "not_empathy",
            Category::Boilerplate => "boilerplate",
            Category::UnderstandWeak => "understand_weak",
            Category::UnderstandStrong => "understand_strong",
            Category::Situation => "situation",
            Category::Feeling => "feeling",
            Category::NotDisclosure => "not_disclosure",
            Category::QuestionGeneric => "question_generic",
            Category::QuestionRhetorical => "question_rhetorical",
            Category::QuestionRequest => "question_request",
            Category::InviteToShare => "invite_to_share",
            Category::Blame => "blame",
            Category::Minimising => "minimising",
            Category::CalmDown => "calm_down",
            Category::PolicyHiding => "policy_hiding",
            Category::Sarcasm => "sarcasm",
            Category::Defensive => "defensive",
            Category::Dismissive => "dismissive",
            Category::NonApology => "non_apology",
            Category::FeelingApology => "feeling_apology",
            Category::Commitment => "commitment",
            Category::TimeWords => "time_words",
            Category::Thanks => "thanks",
            Category::DmInvite => "dm_invite",
            Category::ClaimPromise => "claim_promise",
            Category::ClaimCause => "claim_cause",
            Category::ClaimBlamePartner => "claim_blame_partner",
            Category::ConditionFirst => "condition_first",
            Category::WellWish => "well_wish",
            Category::WishBrushOff => "wish_brush_off",
            Category::CustomerActor => "customer_actor",
            Category::FaultMark => "fault_mark",
            Category::ApologyHead => "apology_head",
            Category::ConditionMark => "condition_mark",
            Category::TakenAsMark => "taken_as_mark",
            Category::BrandOwn => "brand_own",
            Category::SelfPraise => "self_praise",
            Category::PolicyGrant => "policy_grant",
            Category::OnTheirSide => "on_their_side",
            Category::ConditionOpen => "condition_open",
            Category::CauseMark => "cause_mark",
            Category::ThirdParty => "third_party",
            Category::ConsequenceMark => "consequence_mark",
            Category::HedgeMark => "hedge_mark",
            Category::Ownership => "ownership",
            Category::HindsightHead => "hindsight_head",
            Category::DutyAct => "duty_act",
            Category::StaffFault => "staff_fault",
            Category::FutureMark => "future_mark",
            Category::Heed => "heed",
            Category::CourtesyOnly => "courtesy_only",
            Category::Acknowledgement => "acknowledgement",
            Category::OwnFault => "own_fault",
        }
    }
}

/// A lexicon file as a trainer writes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    pub language: Language,
    pub words: WordLists,
    /// Texts for rules found by structure rather than by a phrase, by key (see `MESSAGES`).
    pub messages: BTreeMap<String, String>,
    /// The rules, by category key (see `Category::key`).
    pub rules: BTreeMap<String, RuleEntry>,
}

/// Word lists that shape matching in a language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordLists {
    /// Words rewritten before matching: contractions, spellings without apostrophes.
    #[serde(default)]
    pub expansions: BTreeMap<String, String>,
    /// Elided words split from the next word ("j'ai" -> "j" "ai").
    #[serde(default)]
    pub elisions: Vec<String>,
    /// Words that start a new clause, ending the reach of a negation.
    #[serde(default)]
    pub clause_breakers: Vec<String>,
    /// Negation words that come before what they negate ("not", "ne", "geen").
    pub negators_before: Vec<String>,
    /// How many words before a phrase a negation reaches.
    pub negation_window_before: usize,
    /// Negation words that come after what they negate ("pas", "niet").
    #[serde(default)]
    pub negators_after: Vec<String>,
    /// How many words after a phrase a negation reaches.
    #[serde(default)]
    pub negation_window_after: usize,
    /// Words that carry a negation inside a phrase ("do" in "I do not understand"): a
    /// phrase may step over them together with the negation word.
    #[serde(default)]
    pub negation_helpers: Vec<String>,
    /// Words a negation does not reach across, in either direction: "and" joins a new
    /// statement ("they're not alone and I know what it's like", "no worries and sorry
    /// for the wait"), without starting a new clause for the other rules.
    #[serde(default)]
    pub negation_stops: Vec<String>,
    /// Words a negation before them reaches across: "or" through a list ("it wasn't bad
    /// weather or a strike" says no strike either), "if" into an indirect question ("I
    /// can't tell you if you'll be paid" promises nothing).
    #[serde(default)]
    pub negation_bridges: Vec<String>,
    /// Negation words that are prepositions ("without", "sans", "zonder"): they negate the
    /// word right after them ("without delay"), not a phrase further on ("ten weeks
    /// without a date is far too long", "sitting there without information is maddening").
    #[serde(default)]
    pub negation_prepositions: Vec<String>,
    /// Two words, a preposition and a negation word, that say "in vain", no denial: "for
    /// nothing", "pour rien", "voor niets" ("driving 20 miles for nothing is really
    /// frustrating" names the feeling).
    #[serde(default)]
    pub in_vain_markers: Vec<String>,
    /// Verbs that take their negation after them ("is", "was": "it is not"): a negation
    /// word before one reaches a phrase after it only from right before it ("nothing is
    /// more frustrating"); further back it is the subject's ("no information is
    /// stressful", "damage you didn't cause is infuriating", "nobody turning up is so
    /// frustrating" all name the feeling).
    #[serde(default)]
    pub copulas: Vec<String>,
    /// What only a customer does, as a past participle or past tense ("entered", "typed",
    /// "saisi", "ingevuld"): after a `customer_actor` phrase and with a `fault_mark` in
    /// the same clause, it is blame in plain words ("you typed the wrong email").
    #[serde(default)]
    pub customer_acts: Vec<String>,
    /// How many words after a `customer_actor` phrase one of `customer_acts` may come
    /// (negation words not counted): 1 in English ("you entered", "you must have entered";
    /// "you can put yourself first" is advice), more where the verb comes last ("u heeft
    /// het verkeerde adres ingevuld").
    #[serde(default)]
    pub customer_act_reach: usize,
    /// Words that make the customer the one acted on ("were", "been", "été", "werd"):
    /// "you were booked on the wrong flight" says what happened to them.
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Auxiliaries of the past ("did", "have", "avez", "heeft"): a `customer_actor` phrase
    /// holding one, negated before one of `customer_acts`, says what the customer failed
    /// to do ("you didn't tick the box", "vous n'avez pas mis à jour votre carte", "heb je
    /// het formulier niet ingevuld"), blame without a fault mark.
    #[serde(default)]
    pub past_auxiliaries: Vec<String>,
    /// Words that make a missing act one still to come ("yet", "encore", "nog"): "you
    /// haven't booked a seat yet" tells them what is left to do, it does not blame.
    #[serde(default)]
    pub yet_words: Vec<String>,
    /// Words that only make a phrase stronger ("really", "vraiment", "echt"): matching
    /// steps over them inside a phrase, as it steps over a negation, so that "that's
    /// genuinely awful" is "that's awful" said more strongly and "wat ontzettend
    /// vervelend" is "wat vervelend". A phrase that names one ("so sorry") still needs it.
    #[serde(default)]
    pub intensifiers: Vec<String>,
    /// Words that open a clause of their own inside a phrase ("dat" in "vervelend dat
    /// je"): a negation after such a phrase belongs to that clause ("vervelend dat je
    /// pakket nog niet binnen is" is still sympathy), so it does not negate the phrase.
    #[serde(default)]
    pub subordinators: Vec<String>,
    /// Verbs of saying, promising or knowing ("say", "promise", "dire", "beloven"): a claim
    /// in what such a verb reports is not made when the verb is negated ("we're not saying
    /// it's a competitor", "je ne peux pas vous affirmer que vous avez droit à 50 %", "we
    /// gaan niet zeggen dat het de schuld van SnelPak is"). Only claims read them: "I can't
    /// tell you how sorry I am" is still sorry.
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    /// Words that negate a verb of saying without being negation words elsewhere
    /// ("impossible de vous dire", "unable to say").
    #[serde(default)]
    pub report_negators: Vec<String>,
    /// Verbs of asking or wondering ("asked whether", "vroegen of", "se demandent si"):
    /// what they report is a question, never a claim, negated or not.
    #[serde(default)]
    pub asking_verbs: Vec<String>,
    /// Words that open a condition ("if", "si", "als"): a claim inside the condition is not
    /// made ("if they approve it, ..."), only what follows it may be.
    #[serde(default)]
    pub conditionals: Vec<String>,
    /// Words that open what follows a condition written without one, verb first ("Keuren
    /// ze het goed, dan halen zij de fiets op"): the clause before them is the condition.
    #[serde(default)]
    pub consequents: Vec<String>,
    /// What the brand's tone of voice is checked against (`tone`).
    #[serde(default)]
    pub tone: ToneWords,
    /// Words that name what is at stake for someone in crisis by themselves ("condolences",
    /// "condoléances", "gecondoleerd"): a reply saying one has not apologised to no one in
    /// particular (`EmpathyResult::with_their_stakes`).
    #[serde(default)]
    pub stake_words: Vec<String>,
    /// Words that name a person, an event or a need of someone's life ("sister",
    /// "wedding", "fever"), not the service ("order", "flight"): a next step that repeats
    /// the customer's own (`empathy.step_for_their_situation`) answers what is at stake
    /// for them. An entry ending in `*` covers the words it starts ("wedding*").
    #[serde(default)]
    pub life_words: Vec<String>,
    /// Words of the writer's work at the brand ("colleague", "team", "shift"): a
    /// first-person sentence holding one ("I asked my colleague in the control room") tells
    /// what was done for the customer, not an experience of the writer's own
    /// (`empathy.shared_experience`). An entry ending in `*` covers the words it starts.
    #[serde(default)]
    pub work_words: Vec<String>,
    /// Words of the brand's voice, the first person plural ("we", "nous", "wij").
    #[serde(default)]
    pub we: Vec<String>,
    /// Words that make compassion in the brand's name said, not recited: intensifiers
    /// ("we're so sorry", "vraiment", "echt") and words of mourning, which a brand rightly
    /// says in its own name ("our condolences", "toutes nos pensées").
    #[serde(default)]
    pub sincere_markers: Vec<String>,
    /// The words of a reply's greeting ("hi", "hello there", "bonjour", "goedemorgen"): a
    /// reply in the brand's voice that opens "Hi, sorry to hear this!" opens a template
    /// (`empathy.opener_formula`).
    #[serde(default)]
    pub greetings: Vec<String>,
    /// Words for a third person ("she", "him", "elle", "haar"): a question about one asks
    /// after someone of theirs when their message names someone of their life ("How is
    /// she doing this morning?" to a parent whose daughter was ill).
    #[serde(default)]
    pub third_person: Vec<String>,
    /// Words that make what the writer tells like what happened to the reader ("same",
    /// "pareil", "hetzelfde"): one first-person statement with one is a shared experience
    /// ("I'm on the same meds"), where a passing "I" alone is not.
    #[serde(default)]
    pub alike: Vec<String>,
    /// As `alike`, but only at the end of their clause or right after a first-person word
    /// ("I feel lost too", "I too have no friends"; not "I have too much to do").
    #[serde(default)]
    pub alike_at_end: Vec<String>,
    /// A sentence that opens like a question asks one, even without its "?" (chat often
    /// drops it): one of these asking words first ("how", "comment", "hoe"), then within
    /// three words a verb of `question_verbs` followed by a word of `question_subjects` or
    /// `question_determiners` ("How long have you been waiting", "how did the trip end").
    #[serde(default)]
    pub question_openers: Vec<String>,
    /// Verbs that open a question when a subject follows ("have you", "avez-vous", "heb
    /// je"), first in the sentence or after an asking word.
    #[serde(default)]
    pub question_verbs: Vec<String>,
    /// The subjects of such a question ("you", "vous", "je"): after a verb that opens the
    /// sentence ("Have you tried"), only these count, not "your" ("Do your best").
    #[serde(default)]
    pub question_subjects: Vec<String>,
    /// Words that start a subject after an asking word and its verb ("what are the
    /// finals", "how is it going"), not after a verb that opens the sentence ("Do it").
    #[serde(default)]
    pub question_determiners: Vec<String>,
    /// Words of praise or thanks in a customer's message ("love", "great", "merci",
    /// "geweldig"): thanks and a kind word answer praise well, so a reply of nothing else
    /// is a brush-off (`empathy.courtesy_only`) only where the message holds none of them.
    #[serde(default)]
    pub praise_words: Vec<String>,
    /// Words that address the reader ("you", "vous", "je"/"jij"/"u").
    pub you: Vec<String>,
    /// First-person singular subject words ("i", "je", "ik").
    pub me: Vec<String>,
    /// Words that carry no content, ignored when looking for the customer's specifics.
    pub stopwords: Vec<String>,
}

/// The words a brand's tone of voice is checked against (see `scoring::tone`). Each entry
/// is written as words; punctuation and accents are ignored when comparing ("Dear
/// sir/madam" is "dear sir madam").
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ToneWords {
    /// Chat speak and text-message abbreviations ("pls", "thx", "stp", "ff"): not a
    /// brand's voice unless the brand is casual.
    #[serde(default)]
    pub slang: Vec<String>,
    /// Words that address one person informally ("tu", "te", "je", "jij"). An entry
    /// ending in an apostrophe ("t'") counts only elided ("t'aider").
    #[serde(default)]
    pub informal_address: Vec<String>,
    /// Words that address one person formally ("u", "uw"): mixed with the informal ones,
    /// the reply changes register halfway.
    #[serde(default)]
    pub formal_address: Vec<String>,
    /// Openings of a form letter ("dear customer", "madame monsieur", "beste klant"): on
    /// social media the customer has a name.
    #[serde(default)]
    pub impersonal_greetings: Vec<String>,
    /// Closing words a signature may follow ("kind regards", "groetjes", "bien à vous").
    #[serde(default)]
    pub closings: Vec<String>,
    /// Words that address a person without naming them ("madame", "meneer"): "Bonne
    /// soirée, Madame." is no signature.
    #[serde(default)]
    pub titles: Vec<String>,
    /// Passive forms that leave out who caused the problem ("your flight has been
    /// cancelled", "mistakes were made"): the brand did it, and owns it ("we cancelled").
    #[serde(default)]
    pub distancing: Vec<String>,
    /// The agent that turns such a passive into owning it ("by us", "par nous").
    #[serde(default)]
    pub by_us: Vec<String>,
    /// Whether a brand that is not formal says the informal "you" in this language (Dutch
    /// webcare's "je"): then "u" throughout is a slip too. French friendly brands may
    /// still say "vous".
    #[serde(default)]
    pub familiar_when_friendly: bool,
}

/// One rule of a lexicon: its phrases, what it is worth, and what the trainee reads.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleEntry {
    /// Points on its dimension; negative for a loss. Zero for phrase lists that only
    /// support other rules (feelings, time words).
    #[serde(default)]
    pub points: i32,
    /// What the rule saw, in words a trainee understands.
    #[serde(default)]
    pub explain: String,
    /// For losses: a better way to say it.
    #[serde(default)]
    pub better: Option<String>,
    /// The phrases as written (a compiled `Lexicon` keeps them as patterns, and the rest
    /// as a `Rule`).
    pub phrases: Vec<String>,
}

/// A rule as a compiled lexicon keeps it: its points and the texts evidence shows.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Points on its dimension; negative for a loss.
    pub points: i32,
    /// What the rule saw, in words a trainee understands.
    pub explain: &'static str,
    /// For losses: a better way to say it.
    pub better: Option<&'static str>,
}

/// A text of a lexicon, kept for as long as the program runs: every piece of evidence
/// quotes its rule's texts, and borrowing them costs no copy per reply. A process loads
/// each lexicon once (`Scorer`), so these few kilobytes are never wanted back.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

impl Rule {
    fn of(entry: RuleEntry) -> Rule {
        Rule {
            points: entry.points,
            explain: keep(entry.explain),
            better: entry.better.map(keep),
        }
    }
}

/// One word of a pattern, in eight bytes: the words of every pattern are read at random
/// while a text is matched, and with their texts inline (32 bytes a word) they took 315
/// KB for the English lexicon, more than half of what a core's second-level cache holds
/// (79 KB now).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PatternWord {
    /// A word of the lexicon's vocabulary, by id.
    Exact(u32),
    /// A word outside the vocabulary (phrases compiled on the fly, e.g. a scenario's), by
    /// its index in the texts of its patterns (`Lexicon::pattern_texts`).
    Text(u32),
    /// A prefix ("frustrat" of "frustrat*"), by its index in the same texts.
    Prefix(u32),
    Any,
    /// Zero to three words.
    Gap,
    /// Written as a trailing `$`: no word of the sentence follows. Matches no word.
    SentenceEnd,
}

// See `PatternWord`: a field that makes it larger costs cache in every match.
const _: () = assert!(std::mem::size_of::<PatternWord>() == 8);

/// The patterns that start with each exact word, by the word's vocabulary id. Patterns
/// are numbered in the order of these lists (`number_patterns_in_trying_order`), so each
/// list is a range of pattern numbers, and the lists of all words sit in a few flat
/// lists: a lexicon read back from its snapshot takes a handful of allocations here, not
/// one or two per word.
#[derive(Debug, Clone, Default)]
struct FirstWords {
    /// One per vocabulary id.
    spans: Vec<FirstSpan>,
    /// How many patterns the lists hold: the next list starts at this number.
    listed: u32,
    /// The exact second words of each first word's patterns, sorted by id within each
    /// first word, so that a text's next word is found by bisection.
    second_ids: Vec<u32>,
    /// For each entry of `second_ids`, the patterns it continues: a range of pattern
    /// numbers.
    second_patterns: Vec<(u32, u32)>,
}

/// One word's share of `FirstWords`.
#[derive(Debug, Clone, Copy, Default)]
struct FirstSpan {
    /// Patterns of one word, or whose second word is not an exact word: a range of
    /// pattern numbers.
    any_second: (u32, u32),
    /// Its exact second words: a range of `FirstWords::second_ids` (and of
    /// `second_patterns`, which runs beside it).
    seconds: (u32, u32),
}

fn range<T>(list: &[T], (from, to): (u32, u32)) -> &[T] {
    &list[from as usize..to as usize]
}

/// A range of pattern numbers, to index `Lexicon::patterns` with.
fn numbers((from, to): (u32, u32)) -> std::ops::Range<usize> {
    from as usize..to as usize
}

impl FirstWords {
    /// How many vocabulary ids there are.
    fn len(&self) -> usize {
        self.spans.len()
    }

    fn get(&self, id: u32) -> Option<FirstSpan> {
        self.spans.get(id as usize).copied()
    }

    fn any_second(&self, span: FirstSpan) -> std::ops::Range<usize> {
        numbers(span.any_second)
    }

    fn second_ids(&self, span: FirstSpan) -> &[u32] {
        range(&self.second_ids, span.seconds)
    }

    /// The patterns of the `k`-th exact second word of `span`.
    fn after_second(&self, span: FirstSpan, k: usize) -> std::ops::Range<usize> {
        numbers(self.second_patterns[span.seconds.0 as usize + k])
    }

    /// Opens the lists of the next vocabulary id. Its patterns follow: first those of
    /// `push_any_second`, then each second word (`push_second`) with its patterns
    /// (`push_after_second`).
    fn push_word(&mut self) {
        let at = self.listed;
        let second = self.second_ids.len() as u32;
        self.spans.push(FirstSpan {
            any_second: (at, at),
            seconds: (second, second),
        });
    }

    fn push_any_second(&mut self) {
        self.listed += 1;
        if let Some(span) = self.spans.last_mut() {
            debug_assert_eq!(span.seconds.0, span.seconds.1, "any_second after seconds");
            span.any_second.1 += 1;
        }
    }

    fn push_second(&mut self, second: u32) {
        self.second_ids.push(second);
        let at = self.listed;
        self.second_patterns.push((at, at));
        if let Some(span) = self.spans.last_mut() {
            span.seconds.1 += 1;
        }
    }

    fn push_after_second(&mut self) {
        self.listed += 1;
        if let Some(last) = self.second_patterns.last_mut() {
            last.1 += 1;
        }
    }
}

/// What compiling a lexicon file collects before it is laid out flat: the vocabulary,
/// and the patterns each word starts, as lists per word.
#[derive(Default)]
struct Compiling {
    /// Every exact word of the phrases and word lists, with its id and flags.
    vocabulary: HashMap<String, (u32, u8), FastHash>,
    /// By vocabulary id: patterns whose second word is not exact, and patterns by exact
    /// second word.
    first_words: Vec<(Vec<u32>, Vec<(u32, Vec<u32>)>)>,
    /// Patterns whose first word is a prefix, by that prefix.
    prefixes: Vec<(Box<[u8]>, Vec<u32>)>,
}

impl Compiling {
    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&(id, _)) = self.vocabulary.get(word) {
            return id;
        }
        let id = self.first_words.len() as u32;
        self.vocabulary.insert(word.to_string(), (id, 0));
        self.first_words.push(Default::default());
        id
    }
}

/// A hasher for short words: eight bytes at a time, multiply and rotate (as rustc's
/// FxHash). Lexicon keys are short words, for which SipHash's protection against
/// adversarial keys is not worth its cost.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fnv(u64);

impl Fnv {
    #[inline]
    fn mix(&mut self, chunk: u64) {
        self.0 = (self.0 ^ chunk).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

impl std::hash::Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        // The product's high bits depend on every input bit; the table takes low bits.
        self.0.rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(word));
        }
    }
    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.mix(u64::from(n));
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.mix(n);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

pub type FastHash = std::hash::BuildHasherDefault<Fnv>;

#[derive(Debug, Clone)]
struct Pattern {
    category: Category,
    /// Written with a leading `^`: matches only at the start of a sentence.
    anchored: bool,
    /// Never treated as negated: the phrase speaks of negation itself ("not alone"), or
    /// has no word a negation could govern (see `never_negated`).
    never_negated: bool,
    /// Ends in a clause of its own ("vervelend dat je"): a negation after it belongs to
    /// that clause (see `WordLists::subordinators`).
    opens_clause: bool,
    /// Where its words start in `Lexicon::pattern_words` (see `words`).
    from: u32,
    /// How many words it has (at most `MAX_PHRASE_WORDS`).
    word_count: u16,
    /// How many ids it needs (see `needs`).
    need_count: u16,
}

// Twelve bytes: trying a pattern reads its entry at random, so the smaller the list of
// patterns, the more of it stays in the processor's cache.
const _: () = assert!(std::mem::size_of::<Pattern>() == 12);

/// The most words a phrase may have: far more than a phrase of the lexicon needs, and
/// what `Pattern` counts in 16 bits.
const MAX_PHRASE_WORDS: usize = 1000;

impl Pattern {
    /// Its words: a range of `Lexicon::pattern_words`.
    fn words(&self) -> (u32, u32) {
        (self.from, self.from + u32::from(self.word_count))
    }

    /// The vocabulary ids of its exact words after the first, as `Exact` words right
    /// after its words in `Lexicon::pattern_words` (a range of it): a text lacking any of
    /// them cannot hold the phrase, which is then rejected without walking the text. Kept
    /// beside the words, not in a list of their own, because trying a pattern reads both:
    /// from two lists at random, that was two cache misses where one does.
    fn needs(&self) -> (u32, u32) {
        let (_, end) = self.words();
        (end, end + u32::from(self.need_count))
    }
}

/// A phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub category: Category,
    /// Tokens `first..end` of the analysed text.
    pub first: usize,
    pub end: usize,
    /// A negation word governs the phrase ("I don't understand").
    pub negated: bool,
}

/// The message keys every lexicon must define.
pub const MESSAGES: [&str; 98] = [
    "action_reply_public",
    "action_reply_dm",
    "action_ask_dm",
    "action_escalate",
    "action_hide",
    "action_monitor",
    "calm_reply_to_troll",
    "data_left_up",
    "no_facts_needed",
    "fact_stated",
    "fact_wrong",
    "fact_wrong_better",
    "fact_missing",
    "fact_missing_better",
    "forbidden_claim",
    "forbidden_claim_better",
    "private_data",
    "private_data_better",
    "action_right",
    "wrong_team",
    "unknown_team",
    "needless_escalation",
    "escalated_not_moderated",
    "customer_unanswered",
    "customer_unanswered_better",
    "missing_escalation",
    "fed_the_troll",
    "should_not_reply",
    "stay_public",
    "needless_dm",
    "dm_unannounced",
    "left_unanswered",
    "other_action",
    "better_action",
    "dm_not_invited",
    "dm_not_invited_better",
    "handover_unclear",
    "handover_unclear_better",
    "under_15_minutes",
    "under_an_hour",
    "under_a_day",
    "later",
    "slower_than_expected",
    "slower_than_expected_better",
    "apology_specific",
    "understand_specific",
    "shared_experience",
    "their_experience",
    "reflects_specifics",
    "step_for_their_situation",
    "brand_formula",
    "brand_formula_better",
    "opener_formula",
    "understand_formula",
    "understand_formula_better",
    "exploration_specific",
    "exploration_generic",
    "negated_understanding",
    "negated_understanding_better",
    "uses_name",
    "no_empathy",
    "no_empathy_better",
    "nothing_personal",
    "nothing_personal_better",
    "wrong_name",
    "wrong_name_better",
    "recovery_order",
    "recovery_order_better",
    "tone_voice",
    "tone_emoji_never",
    "tone_emoji_never_better",
    "tone_emoji_too_soon",
    "tone_emoji_too_soon_better",
    "tone_emoji_too_many",
    "tone_emoji_too_many_better",
    "tone_slang",
    "tone_slang_better",
    "tone_informal_address",
    "tone_informal_address_better",
    "tone_mixed_address",
    "tone_mixed_address_better",
    "tone_formal_address",
    "tone_formal_address_better",
    "tone_impersonal_greeting",
    "tone_impersonal_greeting_better",
    "tone_exclamation_in_bad_news",
    "tone_exclamation_in_bad_news_better",
    "tone_exclamation_run",
    "tone_exclamation_run_better",
    "tone_passive_distancing",
    "tone_passive_distancing_better",
    "tone_unsigned",
    "tone_unsigned_better",
    "tone_signed_other_way",
    "tone_signed_other_way_better",
    "tone_sign_initials",
    "tone_sign_first_name",
    "tone_sign_team",
];

/// A compiled lexicon for one language.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub language: Language,
    pub word_rules: WordRules,
    negators_before: Vec<String>,
    negation_window_before: usize,
    negators_after: Vec<String>,
    negation_window_after: usize,
    negation_helpers: Vec<String>,
    negation_stops: Vec<String>,
    negation_bridges: Vec<String>,
    negation_prepositions: Vec<String>,
    in_vain_markers: Vec<String>,
    copulas: Vec<String>,
    customer_acts: Vec<String>,
    customer_act_reach: usize,
    passive_auxiliaries: Vec<String>,
    past_auxiliaries: Vec<String>,
    yet_words: Vec<String>,
    intensifiers: Vec<String>,
    subordinators: Vec<String>,
    reporting_verbs: Vec<String>,
    report_negators: Vec<String>,
    asking_verbs: Vec<String>,
    conditionals: Vec<String>,
    consequents: Vec<String>,
    /// Folded like the rest (`text::fold`), each entry's words joined by one space.
    pub tone: ToneWords,
    pub stake_words: Vec<String>,
    pub life_words: Vec<String>,
    pub work_words: Vec<String>,
    pub we: Vec<String>,
    pub sincere_markers: Vec<String>,
    pub greetings: Vec<String>,
    pub third_person: Vec<String>,
    pub alike: Vec<String>,
    pub alike_at_end: Vec<String>,
    pub question_openers: Vec<String>,
    pub question_verbs: Vec<String>,
    pub question_subjects: Vec<String>,
    pub question_determiners: Vec<String>,
    pub praise_words: Vec<String>,
    pub you: Vec<String>,
    pub me: Vec<String>,
    pub stopwords: std::collections::HashSet<String, FastHash>,
    entries: HashMap<Category, Rule, FastHash>,
    /// Looked up for every piece of evidence: hashed, not searched in a tree.
    messages: HashMap<&'static str, &'static str, FastHash>,
    /// Patterns indexed by their exact first word, then by their exact second word when
    /// they have one: most phrases start with "i", "you" or "we", so the second word is what
    /// keeps the number of patterns tried at each word small. Its length is the number of
    /// vocabulary ids; the words themselves are in `word_rules` (`vocabulary_id`).
    first_words: FirstWords,
    /// Patterns whose first word is a prefix ("frustrat*"), by that prefix (sorted): a
    /// range of pattern numbers each, after those of `first_words`.
    prefix_first: Vec<(Box<[u8]>, (u32, u32))>,
    /// Where the prefixes starting with each byte pair sit in `prefix_first` (sorted).
    prefix_ranges: HashMap<usize, (u32, u32), FastHash>,
    patterns: Vec<Pattern>,
    /// The words of all patterns, each pattern's a range (`Pattern::words`), each
    /// followed by the ids it needs (`Pattern::needs`).
    pattern_words: Vec<PatternWord>,
    /// The texts of the patterns' `Text` and `Prefix` words, by their index.
    pattern_texts: Vec<Box<str>>,
    /// For each pattern, its `needs` folded into 128 bits (word id modulo 128): checked
    /// against the same fold of the text's words before the pattern itself is read, so
    /// most patterns whose words are missing cost two instructions.
    needs_folded: Vec<[u64; 2]>,
    /// Every (first word, second word) pair of `first_words`, hashed into a bit set of
    /// `PAIRS` bits: three words in four that follow a phrase's first word start none of
    /// its phrases, and one test (8 KB, in the fastest cache) says so before the
    /// bisection, whose branches the processor cannot predict.
    second_word_filter: Box<[u64]>,
    /// One bit per vocabulary id, set for the words of the phrases that express care
    /// (`Category::expresses_care`): "help", "wish", "hope" are how a reply cares, so
    /// they are never taken for the customer's own specifics.
    caring_words: Box<[u64]>,
    /// The vocabulary ids of `negation_bridges` (interned as vocabulary words): a negation
    /// looks for them before every phrase it does not reach at once, so ids are compared,
    /// not words.
    negation_bridge_ids: Vec<u32>,
    /// The vocabulary ids of `negation_prepositions`, for the same reason.
    negation_preposition_ids: Vec<u32>,
    /// The vocabulary ids of the two words of each of `in_vain_markers`.
    in_vain_marker_ids: Vec<(u32, u32)>,
    /// The vocabulary ids of `copulas`, for the same reason.
    copula_ids: Vec<u32>,
    /// One bit per vocabulary id, set for `customer_acts`; and its words that have a bit
    /// set (index, bits), against which a text's words are checked: a text holding no act
    /// (most) looks for no actor and no fault mark at all.
    customer_act_bits: Box<[u64]>,
    customer_act_groups: Vec<(u32, u64)>,
    /// The patterns of `Category::is_act_part`, outside the first-word index: by their
    /// first word's id, sorted, and those that start with a prefix.
    act_patterns: Vec<(u32, u32)>,
    act_prefix_patterns: Vec<u32>,
    /// One bit per vocabulary id, set for the words a question may open with (`question_
    /// openers` and `question_verbs`, interned as vocabulary words): every sentence without
    /// its "?" is asked whether it opens like a question, and most are told no by one bit.
    question_starts: Box<[u64]>,
    /// The vocabulary ids of `subordinators`: a negation after a phrase stops at one that
    /// opens a clause ("ik snap dat het niet leuk is"), compared as ids for the same reason.
    subordinator_ids: Vec<u32>,
    /// The word lists asked word by word (`life_words`, `work_words`, `we`,
    /// `sincere_markers`, `greetings` and the others `derive_indexes` lists, the last
    /// `praise_words`), ready to test a word against (see `WordSet`): rules ask for every
    /// word of many sentences.
    word_sets: [WordSet; 13],
}

impl Lexicon {
    /// The shipped lexicon of a language: read from its snapshot when that is current,
    /// which the compiler checked (`EMBEDDED_CURRENT`), else compiled from its source.
    pub fn embedded(language: Language) -> Result<Lexicon, String> {
        let current = embedded_current(language);
        let words = |_| match language {
            Language::En => text::WordTable::over(&SHIPPED_TABLES.0),
            Language::Fr => text::WordTable::over(&SHIPPED_TABLES.1),
            Language::Nl => text::WordTable::over(&SHIPPED_TABLES.2),
        };
        match current.then(|| snapshot::decode_current(embedded_snapshot(language), words)) {
            Some(Some(lexicon)) => Ok(lexicon),
            _ => Lexicon::parse(embedded_source(language)),
        }
    }

    /// Parses and compiles a lexicon file; errors name the file position or the problem.
    pub fn parse(source: &str) -> Result<Lexicon, String> {
        let file: LexiconFile = ron::Options::default()
            .from_str(source)
            .map_err(|e| format!("lexicon: {e}"))?;
        Lexicon::compile(file)
    }

    pub fn compile(mut file: LexiconFile) -> Result<Lexicon, String> {
        let w = &file.words;
        let mut word_rules = WordRules {
            expansions: w
                .expansions
                .iter()
                .map(|(k, v)| {
                    (
                        text::fold(k),
                        v.split_whitespace().map(text::fold).collect(),
                    )
                })
                .collect(),
            elisions: w.elisions.iter().map(|e| text::fold(e)).collect(),
            clause_breakers: w.clause_breakers.iter().map(|e| text::fold(e)).collect(),
            ..WordRules::default()
        };
        // Phrases are cut into words with the one-look-up table (expansions and clause
        // breakers, no vocabulary yet); it is built again with the vocabulary below.
        word_rules.index(&|_| None);
        let fold_all = |v: &Vec<String>| v.iter().map(|s| text::fold(s)).collect::<Vec<_>>();
        let mut lexicon = Lexicon {
            language: file.language,
            negators_before: fold_all(&w.negators_before),
            negation_window_before: w.negation_window_before,
            negators_after: fold_all(&w.negators_after),
            negation_window_after: w.negation_window_after,
            negation_helpers: fold_all(&w.negation_helpers),
            negation_stops: fold_all(&w.negation_stops),
            negation_bridges: fold_all(&w.negation_bridges),
            negation_prepositions: fold_all(&w.negation_prepositions),
            in_vain_markers: fold_all(&w.in_vain_markers),
            copulas: fold_all(&w.copulas),
            customer_acts: fold_all(&w.customer_acts),
            customer_act_reach: w.customer_act_reach,
            passive_auxiliaries: fold_all(&w.passive_auxiliaries),
            past_auxiliaries: fold_all(&w.past_auxiliaries),
            yet_words: fold_all(&w.yet_words),
            intensifiers: fold_all(&w.intensifiers),
            subordinators: fold_all(&w.subordinators),
            reporting_verbs: fold_all(&w.reporting_verbs),
            report_negators: fold_all(&w.report_negators),
            asking_verbs: fold_all(&w.asking_verbs),
            conditionals: fold_all(&w.conditionals),
            consequents: fold_all(&w.consequents),
            tone: ToneWords {
                slang: fold_entries(&w.tone.slang),
                informal_address: fold_entries(&w.tone.informal_address),
                formal_address: fold_entries(&w.tone.formal_address),
                impersonal_greetings: fold_entries(&w.tone.impersonal_greetings),
                closings: fold_entries(&w.tone.closings),
                titles: fold_entries(&w.tone.titles),
                distancing: fold_entries(&w.tone.distancing),
                by_us: fold_entries(&w.tone.by_us),
                familiar_when_friendly: w.tone.familiar_when_friendly,
            },
            stake_words: fold_all(&w.stake_words),
            life_words: fold_all(&w.life_words),
            work_words: fold_all(&w.work_words),
            we: fold_all(&w.we),
            sincere_markers: fold_all(&w.sincere_markers),
            greetings: fold_all(&w.greetings),
            third_person: fold_all(&w.third_person),
            alike: fold_all(&w.alike),
            alike_at_end: fold_all(&w.alike_at_end),
            question_openers: fold_all(&w.question_openers),
            question_verbs: fold_all(&w.question_verbs),
            question_subjects: fold_all(&w.question_subjects),
            question_determiners: fold_all(&w.question_determiners),
            praise_words: fold_all(&w.praise_words),
            you: fold_all(&w.you),
            me: fold_all(&w.me),
            stopwords: w.stopwords.iter().map(|s| text::fold(s)).collect(),
            word_rules,
            entries: HashMap::default(),
            messages: std::mem::take(&mut file.messages)
                .into_iter()
                .map(|(key, text)| (keep(key), keep(text)))
                .collect(),
            first_words: FirstWords::default(),
            prefix_first: Vec::new(),
            prefix_ranges: HashMap::default(),
            patterns: Vec::new(),
            pattern_words: Vec::new(),
            pattern_texts: Vec::new(),
            needs_folded: Vec::new(),
            second_word_filter: Box::default(),
            caring_words: Box::default(),
            negation_bridge_ids: Vec::new(),
            negation_preposition_ids: Vec::new(),
            in_vain_marker_ids: Vec::new(),
            copula_ids: Vec::new(),
            customer_act_bits: Box::default(),
            customer_act_groups: Vec::new(),
            act_patterns: Vec::new(),
            act_prefix_patterns: Vec::new(),
            question_starts: Box::default(),
            subordinator_ids: Vec::new(),
            word_sets: Default::default(),
        };
        let mut compiling = Compiling::default();
        for key in MESSAGES {
            if !lexicon.messages.contains_key(key) {
                return Err(format!(
                    "lexicon {}: missing message `{key}`",
                    file.language
                ));
            }
        }
        for key in file.rules.keys() {
            if !Category::ALL.iter().any(|c| c.key() == key) {
                return Err(format!(
                    "lexicon {}: unknown rule category `{key}`",
                    file.language
                ));
            }
        }
        for category in Category::ALL {
            let Some(mut entry) = file.rules.remove(category.key()) else {
                return Err(format!(
                    "lexicon {}: missing rule category `{}`",
                    file.language,
                    category.key()
                ));
            };
            for phrase in std::mem::take(&mut entry.phrases) {
                lexicon.add_pattern(&mut compiling, category, &phrase)?;
            }
            // The phrases live on as compiled patterns; the entry keeps what evidence
            // shows (points, explanation, better wording), so a lexicon loads faster.
            lexicon.entries.insert(category, Rule::of(entry));
        }
        let flagged = [
            (lexicon.negators_before.clone(), flags::NEGATES_BEFORE),
            (lexicon.negators_after.clone(), flags::NEGATES_AFTER),
            (lexicon.negation_helpers.clone(), flags::NEGATION_HELPER),
            (lexicon.negation_stops.clone(), flags::NEGATION_STOP),
            (lexicon.negation_bridges.clone(), 0),
            (lexicon.negation_prepositions.clone(), 0),
            (
                lexicon
                    .in_vain_markers
                    .iter()
                    .flat_map(|pair| pair.split(' ').map(str::to_string))
                    .collect(),
                0,
            ),
            (lexicon.copulas.clone(), 0),
            // Found by id; the passive and past auxiliaries and "yet" words are compared as
            // words, where an act is found, and need none.
            (lexicon.customer_acts.clone(), 0),
            (lexicon.question_openers.clone(), 0),
            (lexicon.question_verbs.clone(), 0),
            (lexicon.subordinators.clone(), 0),
            // Stepped over inside a phrase, as a negation's helper is.
            (lexicon.intensifiers.clone(), flags::NEGATION_HELPER),
            (lexicon.you.clone(), flags::YOU),
            (lexicon.me.clone(), flags::ME),
            (lexicon.stopwords.iter().cloned().collect(), flags::STOPWORD),
        ];
        for (words, flag) in flagged {
            for word in words {
                compiling.intern(&word);
                if let Some(entry) = compiling.vocabulary.get_mut(&word) {
                    entry.1 |= flag;
                }
            }
        }
        let Compiling {
            vocabulary: mut words,
            first_words: mut lists,
            mut prefixes,
        } = compiling;
        // Matching starts only at words that start a phrase.
        for (id, word_flags) in words.values_mut() {
            let (any_second, by_second) = &lists[*id as usize];
            if !any_second.is_empty() || !by_second.is_empty() {
                *word_flags |= flags::STARTS_PHRASE;
            }
        }
        // Second words are searched by bisection when a text is matched. The patterns, as
        // numbered while the file was read, in the order of the lists: their new order.
        let mut listed = Vec::with_capacity(lexicon.patterns.len());
        for (any_second, mut by_second) in lists.drain(..) {
            by_second.sort_by_key(|(second, _)| *second);
            let first_words = &mut lexicon.first_words;
            first_words.push_word();
            for p in any_second {
                first_words.push_any_second();
                listed.push(p);
            }
            for (second, patterns) in by_second {
                first_words.push_second(second);
                for p in patterns {
                    first_words.push_after_second();
                    listed.push(p);
                }
            }
        }
        prefixes.sort_by(|a, b| a.0.cmp(&b.0));
        for (stem, patterns) in prefixes {
            let from = listed.len() as u32;
            listed.extend(patterns);
            lexicon
                .prefix_first
                .push((stem, (from, listed.len() as u32)));
        }
        // One look-up per word of a text from now on: expansion, id, flags, clause break.
        let mut rules = lexicon.word_rules.clone();
        rules.index(&|w: &str| words.get(w).copied());
        for (word, &(id, word_flags)) in &words {
            rules.index_word(word, id, word_flags);
        }
        lexicon.word_rules = rules;
        lexicon.number_patterns_in_trying_order(&listed);
        lexicon.derive_indexes();
        Ok(lexicon)
    }

    /// Numbers the patterns, and lays out their words, in the order of the lists
    /// `find_all` tries them from (each first word's, then each prefix's; `listed`, by
    /// their numbers in the file's order), not in the order of the file. Each list is then
    /// a range of numbers, and the patterns a word starts, their needs and their words sit
    /// side by side: a text's word tries them with one or two reads from memory, where it
    /// took three at random per pattern. Each list keeps its own order, so patterns are
    /// tried in the same order as before.
    fn number_patterns_in_trying_order(&mut self, listed: &[u32]) {
        let old_patterns = std::mem::take(&mut self.patterns);
        let old_words = std::mem::take(&mut self.pattern_words);
        let mut placed = vec![false; old_patterns.len()];
        // Every other pattern is in one list (`add_pattern`). The actor and fault-mark
        // phrases are in none (`find_act_phrases` tries them): they follow, in the file's
        // order.
        let unlisted = 0..old_patterns.len() as u32;
        for old in listed.iter().copied().chain(unlisted) {
            if std::mem::replace(&mut placed[old as usize], true) {
                continue;
            }
            let pattern = &old_patterns[old as usize];
            let (from, _) = pattern.words();
            let (_, to) = pattern.needs();
            let at = self.pattern_words.len() as u32;
            self.pattern_words
                .extend_from_slice(&old_words[from as usize..to as usize]);
            self.patterns.push(Pattern {
                from: at,
                ..pattern.clone()
            });
        }
    }

    /// Builds the look-up aids that follow from the compiled phrases, the same way for a
    /// lexicon compiled from its file and for one read from its snapshot: the second-word
    /// ids apart, the prefix pairs and ranges, each pattern's folded needs, the flat word
    /// table.
    fn derive_indexes(&mut self) {
        self.second_word_filter = vec![0; PAIRS / 64].into_boxed_slice();
        for (id, &span) in self.first_words.spans.iter().enumerate() {
            for &second in self.first_words.second_ids(span) {
                let bit = word_pair_bit(id as u32, second);
                self.second_word_filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        // Prefixes sharing their first two bytes sit together; `prefix_ranges` says where.
        // The pairs themselves go to the word rules, which mark the words of a text that
        // may start a prefix phrase: most words start with a pair no prefix starts with,
        // and are done with one test instead of a comparison per prefix.
        let mut prefix_pairs = vec![0u64; PAIRS / 64].into_boxed_slice();
        self.prefix_ranges = HashMap::default();
        for (index, (stem, _)) in self.prefix_first.iter().enumerate() {
            // Every stem has two bytes at least (`add_pattern` refuses shorter ones).
            let Some(pair) = byte_pair(stem) else {
                continue;
            };
            prefix_pairs[pair / 64] |= 1 << (pair % 64);
            let range = self
                .prefix_ranges
                .entry(pair)
                .or_insert((index as u32, index as u32));
            range.1 = index as u32 + 1;
        }
        self.needs_folded = self
            .patterns
            .iter()
            .map(|p| fold_ids(needed_ids(range(&self.pattern_words, p.needs()))))
            .collect();
        let mut caring_words = vec![0u64; self.first_words.len().div_ceil(64)];
        for pattern in self.patterns.iter().filter(|p| p.category.expresses_care()) {
            for word in range(&self.pattern_words, pattern.words()) {
                if let PatternWord::Exact(id) = word {
                    caring_words[*id as usize / 64] |= 1 << (id % 64);
                }
            }
        }
        self.caring_words = caring_words.into_boxed_slice();
        self.word_sets = [
            WordSet::of(&self.life_words),
            WordSet::of(&self.work_words),
            WordSet::of(&self.we),
            WordSet::of(&self.sincere_markers),
            WordSet::of(&self.greetings),
            WordSet::of(&self.third_person),
            WordSet::of(&self.alike),
            WordSet::of(&self.alike_at_end),
            WordSet::of(&self.question_openers),
            WordSet::of(&self.question_verbs),
            WordSet::of(&self.question_subjects),
            WordSet::of(&self.question_determiners),
            WordSet::of(&self.praise_words),
        ];
        self.word_rules.seal(prefix_pairs, self.first_words.len());
        let ids = |words: &[String]| -> Vec<u32> {
            words
                .iter()
                .filter_map(|word| self.word_rules.vocabulary_id(word))
                .collect()
        };
        (
            self.negation_bridge_ids,
            self.negation_preposition_ids,
            self.in_vain_marker_ids,
            self.copula_ids,
            self.subordinator_ids,
        ) = (
            ids(&self.negation_bridges),
            ids(&self.negation_prepositions),
            self.in_vain_markers
                .iter()
                .filter_map(|pair| {
                    let (before, negation) = pair.split_once(' ')?;
                    Some((
                        self.word_rules.vocabulary_id(before)?,
                        self.word_rules.vocabulary_id(negation)?,
                    ))
                })
                .collect(),
            ids(&self.copulas),
            ids(&self.subordinators),
        );
        let mut act_bits = vec![0u64; self.first_words.len().div_ceil(64)];
        for id in ids(&self.customer_acts) {
            if let Some(bits) = act_bits.get_mut(id as usize / 64) {
                *bits |= 1 << (id % 64);
            }
        }
        self.customer_act_groups = (0..act_bits.len() as u32)
            .filter(|&w| act_bits[w as usize] != 0)
            .map(|w| (w, act_bits[w as usize]))
            .collect();
        self.customer_act_bits = act_bits.into_boxed_slice();
        (self.act_patterns, self.act_prefix_patterns) = (Vec::new(), Vec::new());
        for (p, pattern) in self.patterns.iter().enumerate() {
            if !pattern.category.is_act_part() {
                continue;
            }
            match range(&self.pattern_words, pattern.words()).first() {
                Some(PatternWord::Exact(id)) => self.act_patterns.push((*id, p as u32)),
                _ => self.act_prefix_patterns.push(p as u32),
            }
        }
        self.act_patterns.sort_unstable();
        let mut question_starts = vec![0u64; self.first_words.len().div_ceil(64)];
        for id in ids(&[&self.question_openers[..], &self.question_verbs[..]].concat()) {
            question_starts[id as usize / 64] |= 1 << (id % 64);
        }
        self.question_starts = question_starts.into_boxed_slice();
    }

    fn add_pattern(
        &mut self,
        compiling: &mut Compiling,
        category: Category,
        phrase: &str,
    ) -> Result<(), String> {
        let (anchored, phrase, ends_sentence) = anchors(phrase);
        let mut words = Vec::new();
        let phrase_words = text::phrase_words(phrase, &self.word_rules);
        let never_negated = self.never_negated(&phrase_words);
        let opens_clause = self.opens_clause(&phrase_words);
        for w in phrase_words {
            words.push(match w.as_str() {
                "*" => PatternWord::Any,
                "..." => PatternWord::Gap,
                _ => match w.strip_suffix('*') {
                    Some(stem) if !stem.is_empty() => {
                        PatternWord::Prefix(text_index(&mut self.pattern_texts, stem))
                    }
                    _ => PatternWord::Exact(compiling.intern(&w)),
                },
            });
        }
        if ends_sentence {
            words.push(PatternWord::SentenceEnd);
        }
        if words.len() > MAX_PHRASE_WORDS {
            return Err(format!(
                "lexicon {}: phrase `{phrase}` in `{}` has {} words; a phrase may have at \
                 most {MAX_PHRASE_WORDS}",
                self.language,
                category.key(),
                words.len()
            ));
        }
        let id = self.patterns.len();
        match words.first() {
            // Found by a pass of their own (`find_act_phrases`).
            Some(PatternWord::Exact(_) | PatternWord::Prefix(_)) if category.is_act_part() => {}
            Some(PatternWord::Exact(w)) => {
                let (any_second, by_second) = &mut compiling.first_words[*w as usize];
                match words.get(1) {
                    Some(PatternWord::Exact(second)) => {
                        match by_second.iter_mut().find(|(s, _)| s == second) {
                            Some((_, ids)) => ids.push(id as u32),
                            None => by_second.push((*second, vec![id as u32])),
                        }
                    }
                    _ => any_second.push(id as u32),
                }
            }
            Some(&PatternWord::Prefix(p)) => {
                let p = &self.pattern_texts[p as usize];
                if byte_pair(p.as_bytes()).is_none() {
                    return Err(format!(
                        "lexicon {}: phrase `{phrase}` in `{}`: a prefix needs at least two \
                         letters before its `*`",
                        self.language,
                        category.key()
                    ));
                }
                match compiling
                    .prefixes
                    .iter_mut()
                    .find(|(stem, _)| **stem == *p.as_bytes())
                {
                    Some((_, ids)) => ids.push(id as u32),
                    None => compiling
                        .prefixes
                        .push((p.as_bytes().into(), vec![id as u32])),
                }
            }
            _ => {
                return Err(format!(
                    "lexicon {}: phrase `{phrase}` in `{}` must start with a word",
                    self.language,
                    category.key()
                ));
            }
        }
        self.push_pattern(category, anchored, words, never_negated, opens_clause);
        Ok(())
    }

    /// Appends a pattern, its words and its needs (the ids of its exact words after the
    /// first) to the lexicon's flat lists.
    fn push_pattern(
        &mut self,
        category: Category,
        anchored: bool,
        words: impl IntoIterator<Item = PatternWord>,
        never_negated: bool,
        opens_clause: bool,
    ) {
        let from = self.pattern_words.len();
        self.pattern_words.extend(words);
        self.finish_pattern(category, anchored, from, never_negated, opens_clause);
    }

    /// Appends the pattern whose words are `pattern_words[from..]`, and its needs.
    fn finish_pattern(
        &mut self,
        category: Category,
        anchored: bool,
        from: usize,
        never_negated: bool,
        opens_clause: bool,
    ) {
        let needs_from = self.pattern_words.len();
        for k in from + 1..needs_from {
            if let PatternWord::Exact(id) = self.pattern_words[k] {
                self.pattern_words.push(PatternWord::Exact(id));
            }
        }
        // Both counts are at most `MAX_PHRASE_WORDS`, which callers check.
        let count = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        self.patterns.push(Pattern {
            category,
            anchored,
            never_negated,
            opens_clause,
            from: from as u32,
            word_count: count(needs_from - from),
            need_count: count(self.pattern_words.len() - needs_from),
        });
    }

    fn is_negator(&self, word: &str) -> bool {
        self.negators_before.iter().any(|n| n == word)
            || self.negators_after.iter().any(|n| n == word)
    }

    /// The rule entry of a category (points, explanation, better wording).
    pub fn entry(&self, category: Category) -> Rule {
        self.entries[&category]
    }

    /// A message for a structural rule, with `{words}` filled in (borrowed when it has
    /// no `{words}`).
    /// A message as the lexicon writes it, every `{placeholder}` left for `judge::fill`.
    pub fn template(&self, key: &str) -> &'static str {
        self.messages.get(key).copied().unwrap_or("")
    }

    /// A message with its `{words}` filled in.
    pub fn message(&self, key: &str, words: &str) -> Cow<'static, str> {
        let m = self.template(key);
        if m.contains('{') {
            Cow::Owned(m.replace("{words}", words))
        } else {
            Cow::Borrowed(m)
        }
    }

    /// Cuts a text into tokens that carry their vocabulary ids and flags.
    pub fn analyse(&self, text: &str) -> Analysed {
        text::analyse(text, &self.word_rules)
    }

    /// Each word of `text` with its vocabulary id and flags, as `analyse` finds them (see
    /// `text::for_each_word`).
    pub fn for_each_word(&self, text: &str, each: impl FnMut(Word, u32, u8)) {
        text::for_each_word(text, &self.word_rules, each);
    }

    /// Whether the vocabulary word `id` is one of the words of caring phrases (see
    /// `caring_words`); `NO_ID` is not.
    pub fn is_caring_word(&self, id: u32) -> bool {
        self.caring_words
            .get(id as usize / 64)
            .is_some_and(|bits| bits >> (id % 64) & 1 != 0)
    }

    /// Whether a normalised word names a person, an event or a need of someone's life
    /// (`life_words`; an entry ending in `*` covers the words it starts).
    pub fn is_life_word(&self, word: &[u8]) -> bool {
        self.word_sets[0].holds(word)
    }

    /// Whether a normalised word belongs to the writer's work at the brand (`work_words`;
    /// an entry ending in `*` covers the words it starts).
    pub fn is_work_word(&self, word: &[u8]) -> bool {
        self.word_sets[1].holds(word)
    }

    /// Whether a normalised word is the brand's "we" (`we`).
    pub fn is_we(&self, word: &[u8]) -> bool {
        self.word_sets[2].holds(word)
    }

    /// Whether a token is the writer or the brand speaking ("I", "my", "we", "our"): the
    /// `me` words' flag or one of `we`.
    pub fn is_writer(&self, token: &text::Token) -> bool {
        token.flags & flags::ME != 0 || self.is_we(token.norm.as_bytes())
    }

    /// Whether a normalised word makes compassion in the brand's name said, not recited
    /// (`sincere_markers`).
    pub fn is_sincere_marker(&self, word: &[u8]) -> bool {
        self.word_sets[3].holds(word)
    }

    /// Whether a normalised word is a word of a greeting (`greetings`).
    pub fn is_greeting(&self, word: &[u8]) -> bool {
        self.word_sets[4].holds(word)
    }

    /// Whether a normalised word praises or thanks (`praise_words`).
    pub fn is_praise(&self, word: &[u8]) -> bool {
        self.word_sets[12].holds(word)
    }

    /// Whether a normalised word makes the writer's experience like theirs (`alike`).
    pub fn is_alike(&self, word: &[u8]) -> bool {
        self.word_sets[6].holds(word)
    }

    /// Whether a normalised word makes the writer's experience like theirs at the end of
    /// its clause or right after a first-person word (`alike_at_end`).
    pub fn is_alike_at_end(&self, word: &[u8]) -> bool {
        self.word_sets[7].holds(word)
    }

    /// Whether the vocabulary word `id` may open a question (`question_openers`, `question_
    /// verbs`): most sentences open with neither, and this one bit says so before
    /// `opens_like_question` looks further.
    #[inline]
    pub fn may_open_question(&self, id: u32) -> bool {
        self.question_starts
            .get(id as usize / 64)
            .is_some_and(|bits| bits >> (id % 64) & 1 != 0)
    }

    /// Whether a sentence's words open it like a question, whatever ends it: an asking
    /// word, then within three words a verb and its subject or a determiner ("How long
    /// have you been waiting", "what are the finals"), or a verb and its subject first
    /// ("Have you tried"). See `question_openers`. Inlined: it is asked of every sentence
    /// without its "?", and most are told no by the first word's bit.
    #[inline]
    pub fn opens_like_question(&self, words: &[Token]) -> bool {
        let [first, rest @ ..] = words else {
            return false;
        };
        if !self.may_open_question(first.id) {
            return false;
        }
        let [openers, verbs, subjects, determiners] = [8, 9, 10, 11].map(|k| &self.word_sets[k]);
        let verb_then = |pair: &[Token], also_determiners: bool| {
            verbs.holds(pair[0].norm.as_bytes())
                && (subjects.holds(pair[1].norm.as_bytes())
                    || (also_determiners && determiners.holds(pair[1].norm.as_bytes())))
        };
        if openers.holds(first.norm.as_bytes()) {
            // The verb first, or after one or two words ("how long have you", "what life
            // path are you"); a subject right after the asking word makes it a clause, not
            // a question ("What I found is that", "What they hide are their fears").
            let clause = rest.first().is_some_and(|w| {
                subjects.holds(w.norm.as_bytes()) || w.flags & (flags::ME | flags::YOU) != 0
            });
            !clause && rest.windows(2).take(3).any(|pair| verb_then(pair, true))
        } else {
            words.len() >= 2 && verb_then(&words[..2], false)
        }
    }

    /// Whether a normalised word stands for a third person (`third_person`).
    pub fn is_third_person(&self, word: &[u8]) -> bool {
        self.word_sets[5].holds(word)
    }

    pub fn is_you(&self, word: &str) -> bool {
        self.you.iter().any(|y| y == word)
    }

    pub fn is_me(&self, word: &str) -> bool {
        self.me.iter().any(|y| y == word)
    }

    /// Every phrase of the lexicon found in `text`, in text order; at one position the
    /// longest match of each category is kept.
    pub fn find_all(&self, text: &Analysed) -> Vec<Match> {
        // Room for what a typical reply holds, so the list is not grown match by match.
        let mut found = Vec::with_capacity(16);
        let tokens = &text.tokens;
        // Where phrases may start and which words the text holds, marked while the text
        // was cut into words; or now, for an analysis these marks do not fit (one made
        // with other word rules).
        let remarked;
        let marks = if text.marks.fit(tokens.len(), self.first_words.len()) {
            &text.marks
        } else {
            remarked = text::PhraseMarks::of(
                tokens,
                &self.word_rules.prefix_pairs,
                self.first_words.len(),
            );
            &remarked
        };
        let (present, text_folded, starts_at) = (&marks.present, marks.folded, &marks.starts);
        let holds = |id: u32| present[id as usize / 64] >> (id % 64) & 1 != 0;
        let may_fit = |p: usize| {
            let needs = self.needs_folded[p];
            needs[0] & !text_folded[0] | needs[1] & !text_folded[1] == 0
        };
        // Actors and fault marks only where a customer's act is (see `act_gone_wrong`).
        let holds_act = self
            .customer_act_groups
            .iter()
            .any(|&(w, bits)| present.get(w as usize).is_some_and(|p| p & bits != 0));
        if holds_act {
            self.find_act_phrases(text, &mut found);
        }
        for (chunk_index, &mask) in starts_at.iter().enumerate() {
            let mut mask = mask;
            while mask != 0 {
                let i = chunk_index * 64 + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                let token = &tokens[i];
                let starts = token.flags & flags::STARTS_PHRASE != 0;
                // The word's first two bytes, when some prefix phrase starts with them.
                let prefix_pair = byte_pair(token.norm.as_bytes())
                    .filter(|&pair| text::holds_pair(&self.word_rules.prefix_pairs, pair));
                let first = if starts {
                    self.first_words.get(token.id)
                } else {
                    None
                };
                let sentence = token.sentence;
                let mut try_pattern = |p: usize| {
                    let pattern = &self.patterns[p];
                    if pattern.anchored && i > 0 && tokens[i - 1].sentence == sentence {
                        return;
                    }
                    if !needed_ids(range(&self.pattern_words, pattern.needs())).all(holds) {
                        return;
                    }
                    let Some((first_word, rest)) =
                        range(&self.pattern_words, pattern.words()).split_first()
                    else {
                        return;
                    };
                    // Patterns found by their first word's id fit at `i` already; prefixes
                    // are checked here.
                    if let &PatternWord::Prefix(stem) = first_word
                        && !token
                            .norm
                            .as_bytes()
                            .starts_with(self.pattern_texts[stem as usize].as_bytes())
                    {
                        return;
                    }
                    let Some((end, stepped_over_negation)) =
                        match_at(rest, &self.pattern_texts, text, i + 1, sentence)
                    else {
                        return;
                    };
                    let negated = !pattern.never_negated
                        && (stepped_over_negation
                            || self.is_negated_phrase(text, i, end, pattern.opens_clause));
                    let m = Match {
                        category: pattern.category,
                        first: i,
                        end,
                        negated,
                    };
                    keep_longest(&mut found, m);
                };
                if let Some(f) = first {
                    let first_words = &self.first_words;
                    let second_ids = first_words.second_ids(f);
                    let by_second = |at: usize| {
                        tokens
                            .get(at)
                            .filter(|next| {
                                let bit = word_pair_bit(token.id, next.id);
                                next.id != text::NO_ID
                                    && self.second_word_filter[bit / 64] >> (bit % 64) & 1 != 0
                            })
                            .and_then(|next| {
                                second_ids
                                    .binary_search(&next.id)
                                    .ok()
                                    .map(|k| first_words.after_second(f, k))
                            })
                    };
                    // At each of the four call sites below, `may_fit` is checked inline: a
                    // shared closure over the id lists measured 1.5 % more instructions.
                    first_words
                        .any_second(f)
                        .filter(|&p| may_fit(p))
                        .for_each(&mut try_pattern);
                    if !second_ids.is_empty() {
                        if let Some(second) = by_second(i + 1) {
                            second.filter(|&p| may_fit(p)).for_each(&mut try_pattern);
                        }
                        // The second word after words a phrase steps over: a negation ("I
                        // do not understand" for "I understand") or an intensifier ("wat
                        // ontzettend vervelend" for "wat vervelend"). Only when one follows,
                        // which is rare.
                        let after_steps = tokens
                            .get(i + 1)
                            .filter(|next| is_skippable(next))
                            .and_then(|_| {
                                (i + 2..(i + 4).min(tokens.len())).find(|&j| {
                                    tokens[j - 1].sentence == sentence
                                        && (i + 1..j).all(|k| is_skippable(&tokens[k]))
                                        && !is_skippable(&tokens[j])
                                })
                            })
                            .and_then(by_second);
                        if let Some(second) = after_steps {
                            second.filter(|&p| may_fit(p)).for_each(&mut try_pattern);
                        }
                    }
                }
                if let Some(pair) = prefix_pair {
                    let word = token.norm.as_bytes();
                    let (from, to) = self.prefix_ranges.get(&pair).copied().unwrap_or((0, 0));
                    for &(ref stem, ids) in &self.prefix_first[from as usize..to as usize] {
                        if word.starts_with(stem) {
                            numbers(ids)
                                .filter(|&p| may_fit(p))
                                .for_each(&mut try_pattern);
                        }
                    }
                }
            }
        }
        // A condition put first blames only as a statement that goes on to its
        // consequence: "Had u verzekerde verzending gekozen, dan was dit gedekt geweest",
        // not "Had u al gebeld?" nor "Had you already tried that" (no consequence).
        if found.iter().any(|m| m.category == Category::ConditionFirst) {
            found.retain_mut(|m| {
                if m.category != Category::ConditionFirst {
                    return true;
                }
                let at = &tokens[m.first];
                let sentence = &text.sentences[at.sentence as usize];
                let clause = tokens[m.end - 1].clause;
                let goes_on = tokens[m.end..sentence.end]
                    .iter()
                    .any(|t| t.clause != clause);
                if goes_on && !sentence.question && !m.negated {
                    m.category = Category::Blame;
                    return true;
                }
                false
            });
        }
        // The customer's own act gone wrong, said in plain words (see `act_gone_wrong`):
        // blame, found before the kind wishes below, which blame turns into brush-offs.
        if found.iter().any(|m| m.category == Category::CustomerActor) {
            let blames: Vec<Match> = found
                .iter()
                .filter(|m| m.category == Category::CustomerActor)
                .filter_map(|actor| self.act_gone_wrong(text, actor, &found))
                .collect();
            found.retain(|m| !matches!(m.category, Category::CustomerActor | Category::FaultMark));
            if !blames.is_empty() {
                found.extend(blames);
                found.sort_by_key(|m| m.first);
            }
        }
        // Two halves of a loss (see `PAIR_RULES`), found before the kind wishes below, which
        // the losses they make turn into brush-offs.
        if found.iter().any(|m| m.category.is_pair_part()) {
            let made: Vec<Match> = PAIR_RULES
                .iter()
                .flat_map(|rule| {
                    found
                        .iter()
                        .filter(|head| head.category == rule.head)
                        .filter_map(|head| self.pair_at(text, rule, head, &found))
                })
                .collect();
            found.retain(|m| !m.category.is_pair_part());
            for m in made {
                keep_longest(&mut found, m);
            }
            found.sort_by_key(|m| m.first);
        }
        // The fault named as the brand's own (see `Category::OwnFault`): owned, it takes
        // blame back below; denied in a statement, it is the brand defending itself, quoted
        // with its negation ("It wasn't our mistake"). Not where another loss is found on
        // its words already ("that's not our problem" is a defensive phrase of its own),
        // nor asked or put as a condition ("if it wasn't our error, we'll still refund
        // you").
        if found.iter().any(|m| m.category == Category::OwnFault) {
            let losses: Vec<(usize, usize)> = found
                .iter()
                .filter(|m| m.category.is_care_loss() && !m.negated)
                .map(|m| (m.first, m.end))
                .collect();
            found.retain_mut(|m| {
                if m.category != Category::OwnFault {
                    return true;
                }
                // Denied by a negation before it or inside it ("ligt niet bij ons", "we
                // hebben geen fout gemaakt"); one after it leaves it neither owned nor
                // denied ("c'est notre erreur et pas la vôtre" is not read as either).
                let denied = self.negator_before(text, m.first).is_some()
                    || tokens[m.first..m.end]
                        .iter()
                        .any(|t| t.flags & flags::NEGATOR != 0);
                if !denied {
                    m.category = Category::Ownership;
                    return !m.negated;
                }
                let (first, end) = self.negated_span(text, m.first, m.end);
                let asked = text.sentences[tokens[m.first].sentence as usize].question;
                if asked
                    || self.in_condition(text, m.first)
                    || losses.iter().any(|&(f, e)| f < end && first < e)
                {
                    return false;
                }
                *m = Match {
                    category: Category::Defensive,
                    first,
                    end,
                    negated: false,
                };
                true
            });
            found.sort_by_key(|m| m.first);
        }
        // A policy that grants in the same sentence is no policy put up against them,
        // records that speak for them no defence, and a fault owned no blame passed on (see
        // `CANCELS`). The words that take a loss back go only after every entry has been
        // read: one may take back two losses ("ownership").
        if CANCELS
            .iter()
            .any(|&(c, _, _)| found.iter().any(|m| m.category == c))
        {
            let taken_back: Vec<(Category, u32)> = CANCELS
                .iter()
                .flat_map(|&(cancelling, cancelled, reaches_back)| {
                    found
                        .iter()
                        .filter(move |m| m.category == cancelling && !m.negated)
                        .flat_map(move |m| {
                            let sentence = tokens[m.first].sentence;
                            let before =
                                (reaches_back && sentence > 0).then(|| (cancelled, sentence - 1));
                            std::iter::once((cancelled, sentence)).chain(before)
                        })
                })
                .collect();
            found.retain(|m| {
                !CANCELS.iter().any(|&(c, _, _)| c == m.category)
                    && !taken_back.contains(&(m.category, tokens[m.first].sentence))
            });
        }
        // Thanks and a kind wish with nothing else said: read while the wish is still one,
        // given after it has become a warm word (it is no brush-off of a loss here).
        let courtesy_only = self.courtesy_only(text, &found);
        // A kind wish closes a kind reply; after a refusal, blame or a brush-off of their
        // problem it is one more brush-off: "the £5 voucher is our standard compensation
        // and can't be increased. Good luck with the party!" (After the conditions above,
        // which may make blame.) Not after mockery alone: a single "whatever" or "lol" is
        // also a kind reply's word ("do whatever makes you feel your worth. Good luck!").
        if found.iter().any(|m| m.category == Category::WellWish) {
            let brush_off = found.iter().any(|m| {
                m.category.is_care_loss() && m.category != Category::Sarcasm && !m.negated
            });
            let sarcasm_at: Vec<usize> = found
                .iter()
                .filter(|m| m.category == Category::Sarcasm)
                .map(|m| m.first)
                .collect();
            found.retain_mut(|m| {
                if m.category != Category::WellWish {
                    return true;
                }
                if brush_off && !m.negated {
                    // Not where a sarcastic phrase starts there already ("good luck with
                    // that"), which is the loss.
                    m.category = Category::WishBrushOff;
                    return !sarcasm_at.contains(&m.first);
                }
                m.category = Category::EmotionWeak;
                true
            });
        }
        found.extend(courtesy_only);
        found
    }

    /// A reply that only thanks them, with at most a kind wish: a `Thanks` match and no
    /// match but `Thanks` and `WellWish`, and every word outside them one of a greeting
    /// (the first clause, with the name it greets, when a greeting word opens it), a
    /// small word (`stopwords`), an emoji, or what the thanks are for or the wish is about
    /// (the rest of their clause: "thanks for the feedback", "merci pour votre retour",
    /// "have a great weekend", "succes met je studie"). Given as a `CourtesyOnly` match
    /// over the thanks.
    fn courtesy_only(&self, text: &Analysed, found: &[Match]) -> Option<Match> {
        let thanks = found.iter().find(|m| {
            matches!(m.category, Category::Thanks | Category::Acknowledgement) && !m.negated
        })?;
        if found.iter().any(|m| {
            !matches!(
                m.category,
                Category::Thanks | Category::Acknowledgement | Category::WellWish
            )
        }) {
            return None;
        }
        let tokens = &text.tokens;
        let salutation_end = match tokens.first() {
            Some(first) if self.is_greeting(first.norm.as_bytes()) => tokens
                .iter()
                .position(|t| t.clause != first.clause)
                .unwrap_or(tokens.len()),
            _ => 0,
        };
        let courteous = |(k, token): (usize, &text::Token)| {
            token.flags & flags::STOPWORD != 0
                || self.is_greeting(token.norm.as_bytes())
                || token.norm.chars().next().is_some_and(text::is_pictograph)
                // What the thanks are for, after them; what was noted, on either side
                // ("feedback received and logged", "remarque bien prise en compte").
                || found.iter().any(|m| {
                    tokens[m.first].clause == token.clause
                        && (m.first <= k || m.category == Category::Acknowledgement)
                })
        };
        tokens
            .iter()
            .enumerate()
            .skip(salutation_end)
            .all(courteous)
            .then_some(Match {
                category: Category::CourtesyOnly,
                first: thanks.first,
                // Quoted to the end of the last courtesy: all that the reply says.
                end: found.iter().map(|m| m.end).max().unwrap_or(thanks.end),
                negated: false,
            })
    }

    /// Whether a token is one of `customer_acts`.
    fn is_customer_act(&self, token: &text::Token) -> bool {
        let id = token.id as usize;
        self.customer_act_bits
            .get(id / 64)
            .is_some_and(|bits| bits >> (id % 64) & 1 != 0)
    }

    /// The matches of the actor and fault-mark phrases (`Category::is_act_part`), for a
    /// text that may hold a customer's act, near its acts: found by their first word's
    /// id, as `find_all` finds the others, but in a list of their own, so that texts
    /// without an act (most) never try them ("you" alone starts one). At one position the
    /// longest match of each category is kept, as `find_all` keeps it.
    fn find_act_phrases(&self, text: &Analysed, found: &mut Vec<Match>) {
        let tokens = &text.tokens;
        // Only around the acts: an actor starts at most `customer_act_reach` words and
        // four of its own before one, a mark at most seven words after one; each position
        // once.
        let mut next = 0;
        for act in (0..tokens.len()).filter(|&k| self.is_customer_act(&tokens[k])) {
            let window = next.max(act.saturating_sub(self.customer_act_reach + 4))
                ..(act + 9).min(tokens.len());
            next = window.end;
            for i in window {
                self.act_phrases_at(text, i, found);
            }
        }
    }

    /// The actor and fault-mark phrases that start at token `i` (see `find_act_phrases`),
    /// pushed to `found`, the longest of a category at one position kept.
    fn act_phrases_at(&self, text: &Analysed, i: usize, found: &mut Vec<Match>) {
        let tokens = &text.tokens;
        let token = &tokens[i];
        let at = self.act_patterns.partition_point(|&(id, _)| id < token.id);
        let by_id = self.act_patterns[at..]
            .iter()
            .take_while(|&&(id, _)| id == token.id)
            .map(|&(_, p)| p);
        for p in by_id.chain(self.act_prefix_patterns.iter().copied()) {
            let pattern = &self.patterns[p as usize];
            if pattern.anchored && i > 0 && tokens[i - 1].sentence == token.sentence {
                continue;
            }
            let words = range(&self.pattern_words, pattern.words());
            if let Some((end, negated)) = self.phrase_at(
                (words, &self.pattern_texts),
                pattern.never_negated,
                pattern.opens_clause,
                text,
                i,
            ) {
                let m = Match {
                    category: pattern.category,
                    first: i,
                    end,
                    negated,
                };
                keep_longest(found, m);
            }
        }
    }

    /// Where `words` match with their first word at token `i` (the token after the
    /// match), and whether the match is negated, for a phrase whose first word is not
    /// known to fit yet.
    fn phrase_at(
        &self,
        (words, texts): (&[PatternWord], &[Box<str>]),
        never_negated: bool,
        opens_clause: bool,
        text: &Analysed,
        i: usize,
    ) -> Option<(usize, bool)> {
        let (head, rest) = words.split_first()?;
        let sentence = text.tokens.get(i)?.sentence;
        let (end, stepped_over_negation) = match_first(head, texts, text, i, sentence)
            .and_then(|next| match_at(rest, texts, text, next, sentence))?;
        let negated = !never_negated
            && (stepped_over_negation || self.is_negated_phrase(text, i, end, opens_clause));
        Some((end, negated))
    }

    /// Blame in plain words: the customer as the one who acted (`actor`, a
    /// `CustomerActor` match) and one of `customer_acts` within `customer_act_reach` words
    /// after it, in one clause, with either a `FaultMark` there too ("you entered the wrong postcode",
    /// "you set up a second direct debit yourself", "vous avez saisi un mauvais IBAN", "u
    /// heeft het verkeerde adres ingevuld") or the act negated after a past auxiliary
    /// (what they failed to do: "you didn't tick the box", "vous n'aviez pas déposé
    /// l'attestation", "heb je het formulier niet ingevuld"), unless it is still to come
    /// ("you haven't booked a seat yet"). Not when someone else acts between ("you said we
    /// entered the wrong one"), the customer is acted on ("you were booked on the wrong
    /// flight", "vous avez été orienté vers le mauvais guichet"), or it is asked or put as
    /// a condition ("Did you select the wrong date?", "if you entered the wrong PIN three
    /// times, the card locks"): those say what happened, or find out.
    fn act_gone_wrong(&self, text: &Analysed, actor: &Match, found: &[Match]) -> Option<Match> {
        let tokens = &text.tokens;
        let sentence = &text.sentences[tokens[actor.first].sentence as usize];
        let clause = tokens[actor.end - 1].clause;
        let in_clause = |k: usize| tokens[k].clause == clause;
        let negator = |t: &text::Token| t.flags & flags::NEGATOR != 0;
        // Within `customer_act_reach` words after the actor, negation words not counted.
        let mut counted = 0;
        let until = (actor.end..sentence.end)
            .find(|&k| {
                counted += usize::from(!negator(&tokens[k]));
                counted > self.customer_act_reach
            })
            .unwrap_or(sentence.end);
        let act = (actor.end..until)
            .take_while(|&k| in_clause(k))
            .find(|&k| self.is_customer_act(&tokens[k]))?;
        if sentence.question || self.in_condition(text, actor.first) {
            return None;
        }
        // The mark between the actor and the act ("u heeft het verkeerde adres ingevuld")
        // or in the seven words after the act ("you entered your new postcode wrong").
        let mark = found.iter().find(|m| {
            m.category == Category::FaultMark
                && !m.negated
                && (actor.end..act + 8).contains(&m.first)
                && (m.first..m.end).all(in_clause)
        });
        let (skip, end) = match mark {
            Some(mark) => (mark.first..mark.end, (act + 1).max(mark.end)),
            None => (0..0, act + 1),
        };
        let between = || (actor.end..act).filter(|k| !skip.contains(k));
        let last_negator = between().rev().find(|&k| negator(&tokens[k]));
        let negated = actor.negated || last_negator.is_some();
        // The negation on the act itself, at most one word before it ("didn't even tick",
        // "niet helemaal ingevuld"), not on a verb of its own ("you didn't need to fill
        // anything in", "vous n'avez pas besoin de remplir").
        let act_negated = match last_negator {
            Some(k) => act - k <= 2,
            None => actor.negated && act - actor.end <= 1,
        };
        let failed_to_act = mark.is_none()
            && act_negated
            && tokens[actor.first..actor.end]
                .iter()
                .any(|t| is_listed(&self.past_auxiliaries, t))
            && !self.still_to_come(text, actor.first, clause);
        if !(failed_to_act || mark.is_some() && !negated) {
            return None;
        }
        let breaks = |t: &text::Token| {
            self.is_writer(t)
                || is_listed(&self.passive_auxiliaries, t)
                || is_listed(&self.reporting_verbs, t)
        };
        let clear =
            between().all(|k| in_clause(k) && !breaks(&tokens[k])) && (act..end).all(in_clause);
        clear.then_some(Match {
            category: Category::Blame,
            first: actor.first,
            end,
            negated: false,
        })
    }

    /// The loss `rule` makes from `head` (a match of `rule.head`) and the first match of
    /// `rule.mark` after it, at most `rule.within` words on, all in one clause (clauses end
    /// with their sentence), or in the next (`PairRule::reach`), of a sentence that is not
    /// a question (and see `PairRule::acted_on_breaks`).
    fn pair_at(
        &self,
        text: &Analysed,
        rule: &PairRule,
        head: &Match,
        found: &[Match],
    ) -> Option<Match> {
        if rule.head_negation_counts && head.negated {
            return None;
        }
        let tokens = &text.tokens;
        let sentence = &text.sentences[tokens[head.first].sentence as usize];
        if sentence.question {
            return None;
        }
        let clause = tokens[head.first].clause;
        let opens_clause = head.first == 0 || tokens[head.first - 1].clause != clause;
        if rule.reach == ClauseReach::Next && !opens_clause {
            return None;
        }
        // The clauses the mark may be in (`ClauseReach`).
        let (lowest, highest) = match rule.reach {
            ClauseReach::Same => (clause, clause),
            ClauseReach::Next => (clause + 1, clause + 1),
            ClauseReach::SameOrNext => (clause, clause + 1),
        };
        let mark = found.iter().find(|m| {
            let mark_clause = tokens[m.first].clause;
            m.category == rule.mark
                && m.first >= head.end
                && m.first - head.end <= rule.within
                && m.end <= sentence.end
                && (lowest..=highest).contains(&mark_clause)
                && tokens[m.first..m.end]
                    .iter()
                    .all(|t| t.clause == mark_clause)
                && tokens[head.first..m.first]
                    .iter()
                    .all(|t| t.clause == clause || t.clause == mark_clause)
        })?;
        let mark_clause = tokens[mark.first].clause;
        if rule.mark_negation_counts && mark.negated
            || rule.acted_on_breaks
                && tokens[head.end..mark.first]
                    .iter()
                    .any(|t| is_listed(&self.passive_auxiliaries, t))
        {
            return None;
        }
        // "Our colleague", "my colleague", "ma collègue", "mijn collega": the brand's own.
        let owned = || {
            found.iter().any(|own| {
                own.category == Category::BrandOwn
                    && own.end <= head.first
                    && head.first - own.end <= 2
                    && tokens[own.first..head.first]
                        .iter()
                        .all(|t| t.clause == clause)
            }) || tokens[head.first.saturating_sub(2)..head.first]
                .iter()
                .any(|t| t.clause == clause && t.flags & flags::ME != 0)
        };
        // "We" or "I" in the clauses `within` accepts.
        let writer_in = |within: &dyn Fn(u32) -> bool| {
            tokens[sentence.first..sentence.end]
                .iter()
                .any(|t| within(t.clause) && self.is_writer(t))
        };
        let ours = || writer_in(&|c| c == clause || c == mark_clause);
        let mark_ours = || writer_in(&|c| c == mark_clause);
        let actor_before = || {
            let before = head.first.saturating_sub(2)..head.first;
            tokens[before.clone()]
                .iter()
                .any(|t| t.clause == clause && self.is_writer(t))
                || found.iter().any(|party| {
                    party.category == Category::ThirdParty
                        && party.end > before.start
                        && party.end <= head.first
                        && tokens[party.first].clause == clause
                })
        };
        let near = |category: Category| {
            let sentence = tokens[head.first].sentence;
            found.iter().any(|m| {
                m.category == category
                    && !m.negated
                    && (sentence..=sentence + 1).contains(&tokens[m.first].sentence)
            })
        };
        if rule.head_unowned && owned()
            || rule.not_ours && ours()
            || rule.mark_not_ours && mark_ours()
            || rule.no_actor_before && actor_before()
            || rule.unless_near.is_some_and(near)
        {
            return None;
        }
        let end = if rule.to_clause_end {
            text.clause_end(mark.end - 1)
                .min(mark.end + QUOTE_REACH)
                .min(sentence.end)
        } else {
            mark.end
        };
        Some(Match {
            category: rule.makes,
            first: head.first,
            end,
            negated: false,
        })
    }

    /// Whether the clause from token `first` holds one of `yet_words`, or its next word
    /// does (English "yet" also opens a clause: "you haven't booked a seat yet").
    fn still_to_come(&self, text: &Analysed, first: usize, clause: u32) -> bool {
        let tokens = &text.tokens;
        let sentence = &text.sentences[tokens[first].sentence as usize];
        let clause_end = (first..sentence.end)
            .find(|&k| tokens[k].clause != clause)
            .unwrap_or(sentence.end);
        tokens[first..(clause_end + 1).min(sentence.end)]
            .iter()
            .any(|t| is_listed(&self.yet_words, t))
    }

    /// Matches of a list of extra phrases (a scenario's forbidden claims), compiled on the
    /// fly with this language's word rules.
    pub fn find_phrases(&self, text: &Analysed, phrases: &[String]) -> Vec<Match> {
        let mut found = Vec::new();
        for phrase in phrases {
            let phrase_words = text::phrase_words(phrase, &self.word_rules);
            let never_negated = self.never_negated(&phrase_words);
            let opens_clause = self.opens_clause(&phrase_words);
            let mut texts = Vec::new();
            let words: Vec<PatternWord> = phrase_words
                .into_iter()
                .map(|w| match w.as_str() {
                    "*" => PatternWord::Any,
                    "..." => PatternWord::Gap,
                    _ => match w.strip_suffix('*') {
                        Some(stem) if !stem.is_empty() => {
                            PatternWord::Prefix(text_index(&mut texts, stem))
                        }
                        _ => match self.word_rules.vocabulary_id(w.as_str()) {
                            Some(id) => PatternWord::Exact(id),
                            None => PatternWord::Text(text_index(&mut texts, w.as_str())),
                        },
                    },
                })
                .collect();
            if words.is_empty() {
                continue;
            }
            for i in 0..text.tokens.len() {
                if let Some((end, negated)) =
                    self.phrase_at((&words, &texts), never_negated, opens_clause, text, i)
                {
                    found.push(Match {
                        category: Category::ClaimPromise,
                        first: i,
                        end,
                        negated,
                    });
                }
            }
        }
        found
    }

    /// Whether a negation word governs tokens `first..end`, within the same clause.
    /// Whether a phrase of these words is never negated: it speaks of negation itself
    /// ("not alone", "pas seul"), or has no letter for a negation to govern: in "a few
    /// hours, not days 🙄" the eye-roll is still an eye-roll.
    fn never_negated(&self, words: &[Word]) -> bool {
        words.iter().any(|w| self.is_negator(w))
            || words
                .iter()
                .all(|w| !w.as_str().chars().any(char::is_alphabetic))
    }

    pub fn is_negated(&self, text: &Analysed, first: usize, end: usize) -> bool {
        self.is_negated_phrase(text, first, end, false)
    }

    /// `is_negated` for a phrase that may end in a clause of its own (`opens_clause`),
    /// which a negation after it does not reach.
    fn is_negated_phrase(
        &self,
        text: &Analysed,
        first: usize,
        end: usize,
        opens_clause: bool,
    ) -> bool {
        self.negator_before(text, first).is_some()
            || (!opens_clause && self.negator_after(text, end).is_some())
    }

    /// Whether a phrase of these words holds a subordinator ("dat" in "vervelend dat je"),
    /// so that it ends in a clause of its own.
    fn opens_clause(&self, words: &[Word]) -> bool {
        words
            .iter()
            .any(|w| self.subordinators.iter().any(|s| s == w.as_str()))
    }

    /// Tokens `first..end` widened to take in the negation that governs them, so that a
    /// quote of a negated phrase shows it: "I don't know what you're going through", not
    /// "what you're going through". A negation before the phrase comes with the two words
    /// before it in its clause, the subject and verb of "I don't", "ik weet niet".
    pub fn negated_span(&self, text: &Analysed, first: usize, end: usize) -> (usize, usize) {
        let tokens = &text.tokens;
        let start = self.negator_before(text, first).map_or(first, |k| {
            let clause = tokens[k].clause;
            (k.saturating_sub(2)..k)
                .find(|&j| tokens[j..k].iter().all(|t| t.clause == clause))
                .unwrap_or(k)
        });
        (start, self.negator_after(text, end).map_or(end, |k| k + 1))
    }

    /// Whether the phrase at token `first` is inside what a negated verb of saying reports
    /// (`reporting_verbs`): "we're not saying this is a competitor", "I'm not going to tell
    /// you tonight that we'll compensate you", "impossible de vous dire ce soir si vous
    /// toucherez", "we gaan niet zeggen dat het de schuld van SnelPak is" (the verb found
    /// by `reporting_verb_before`). A negation word (before or after kind: "ne vais pas
    /// vous promettre") sits in the verb's clause, at most five words before it ("nobody
    /// here is going to tell you").
    pub fn denied_by_report(&self, text: &Analysed, first: usize) -> bool {
        let tokens = &text.tokens;
        self.reporting_verb_before(text, first, &self.reporting_verbs)
            .is_some_and(|k| {
                (k.saturating_sub(5)..k)
                    .rev()
                    .take_while(|&j| tokens[j].clause == tokens[k].clause)
                    .any(|j| {
                        tokens[j].flags & flags::NEGATOR != 0
                            || is_listed(&self.report_negators, &tokens[j])
                    })
            })
    }

    /// Whether token `first` is inside what a verb of asking reports ("some asked whether
    /// the courier dropped it", "sommigen vroegen of de bezorgdienst hardhandig was"): a
    /// question, not a claim. (Only for assertions: "I'd ask you to post your order
    /// number below" is still a request.)
    pub fn asked_about(&self, text: &Analysed, first: usize) -> bool {
        self.reporting_verb_before(text, first, &self.asking_verbs)
            .is_some()
    }

    /// The nearest verb of `verbs` whose report token `first` stands in: before it in its
    /// sentence, at most fourteen words back, with no negation stop ("and") between; a
    /// clause break is crossed only into a clause that a bridge word opens ("we won't
    /// speculate about who runs it, whether a competitor or anyone else").
    fn reporting_verb_before(
        &self,
        text: &Analysed,
        first: usize,
        verbs: &[String],
    ) -> Option<usize> {
        const REPORT_REACH: usize = 14;
        let tokens = &text.tokens;
        let at = tokens.get(first)?;
        for k in (first.saturating_sub(REPORT_REACH)..first).rev() {
            let t = &tokens[k];
            if t.sentence != at.sentence || t.flags & flags::NEGATION_STOP != 0 {
                return None;
            }
            // Token `k + 1` opens its clause: crossed back only when it is a bridge.
            if t.clause != tokens[k + 1].clause
                && !is_listed(&self.negation_bridges, &tokens[k + 1])
            {
                return None;
            }
            if is_listed(verbs, t) {
                return Some(k);
            }
        }
        None
    }

    /// Whether token `first` is inside a condition: its clause opens with a conditional
    /// word ("if they approve it", "s'ils l'acceptent", "als ze het goedkeuren"), or the
    /// clause after it opens with a consequent word ("Keuren ze het goed, dan ...").
    pub fn in_condition(&self, text: &Analysed, first: usize) -> bool {
        let tokens = &text.tokens;
        let Some(at) = tokens.get(first) else {
            return false;
        };
        let opens = (0..=first)
            .rev()
            .take_while(|&k| tokens[k].clause == at.clause)
            .last()
            .unwrap_or(first);
        if is_listed(&self.conditionals, &tokens[opens]) {
            return true;
        }
        tokens[first..]
            .iter()
            .position(|t| t.clause != at.clause)
            .map(|k| first + k)
            .is_some_and(|next| {
                tokens[next].sentence == at.sentence && is_listed(&self.consequents, &tokens[next])
            })
    }

    /// The first negation word (`negators_before`) before token `first`, within the
    /// negation window and the same clause, with no negation stop between ("ne" of "ne
    /// sais pas ce que"). A bridge word (`negation_bridges`: "wasn't bad weather or a
    /// strike", "can't tell you if you'll be paid") is reached across: the window starts
    /// again before it, twice at most.
    pub fn negator_before(&self, text: &Analysed, first: usize) -> Option<usize> {
        let tokens = &text.tokens;
        let clause = tokens[first].clause;
        let mut start = first;
        for _ in 0..3 {
            let from = start.saturating_sub(self.negation_window_before);
            let in_reach = |&k: &usize| {
                tokens[k].clause == clause && tokens[k].flags & flags::NEGATION_STOP == 0
            };
            // A preposition ("without") negates only what comes right after it. A verb
            // that takes its negation after it ("is"), at the phrase's start or before it,
            // is reached across only from right before it ("nothing is more
            // frustrating") or through a verb of saying or thinking ("I don't think that
            // is acceptable"): otherwise the negation is its subject's ("no information
            // is stressful"). Both are asked of negation words only, which are rare. A
            // negation word after the preposition of an `in_vain_markers` pair is none
            // ("for nothing").
            let in_vain = |k: usize| {
                k > 0
                    && self
                        .in_vain_marker_ids
                        .contains(&(tokens[k - 1].id, tokens[k].id))
            };
            let governs = |k: usize| {
                !in_vain(k)
                    && (k + 1 == start || !self.negation_preposition_ids.contains(&tokens[k].id))
                    && !(k + 2..=start).any(|c| {
                        self.copula_ids.contains(&tokens[c].id)
                            && !tokens[k + 1..c]
                                .iter()
                                .any(|t| is_listed(&self.reporting_verbs, t))
                    })
            };
            let negator = (from..start)
                .rev()
                .take_while(in_reach)
                .filter(|&k| tokens[k].flags & flags::NEGATES_BEFORE != 0 && governs(k))
                .last();
            if negator.is_some() || self.negation_bridge_ids.is_empty() {
                return negator;
            }
            start = (from..start)
                .rev()
                .take_while(in_reach)
                .find(|&k| self.negation_bridge_ids.contains(&tokens[k].id))?;
        }
        None
    }

    /// The last negation word (`negators_after`) after tokens `..end`, within the
    /// negation window and the clause of the last token, with no negation stop between
    /// and no subordinator that opens a clause of its own: in "ik snap dat het niet leuk
    /// is" the "niet" is the clause's after "dat" ("I get that it's no fun"), where in "ik
    /// snap dat niet" it is the verb's ("dat" is then the verb's object, and the negation
    /// comes right after it).
    fn negator_after(&self, text: &Analysed, end: usize) -> Option<usize> {
        // English negates before the verb only: nothing to look for.
        if self.negators_after.is_empty() {
            return None;
        }
        let tokens = &text.tokens;
        let last_clause = tokens[end - 1].clause;
        let to = (end + self.negation_window_after).min(tokens.len());
        let opens_clause = |k: usize| {
            self.subordinator_ids.contains(&tokens[k].id)
                && tokens
                    .get(k + 1)
                    .is_some_and(|next| next.flags & flags::NEGATES_AFTER == 0)
        };
        (end..to)
            .take_while(|&k| {
                tokens[k].clause == last_clause
                    && tokens[k].flags & flags::NEGATION_STOP == 0
                    && !opens_clause(k)
            })
            .filter(|&k| tokens[k].flags & flags::NEGATES_AFTER != 0)
            .last()
    }
}

/// Adds `m` to `found`, or makes the match of its category at its position the longer of
/// the two: at one position the longest match of each category is kept.
#[inline]
fn keep_longest(found: &mut Vec<Match>, m: Match) {
    match found
        .iter_mut()
        .find(|f| f.category == m.category && f.first == m.first)
    {
        Some(prev) if m.end > prev.end => *prev = m,
        Some(_) => {}
        None => found.push(m),
    }
}

/// Whether a token's word is one of a lexicon's word lists (already folded).
/// Tone entries as `scoring::tone` compares them: words folded and joined by one space
/// ("Dear sir/madam" -> "dear sir madam"), with a closing apostrophe kept ("t'"), which
/// marks a word that counts only elided.
fn fold_entries(entries: &[String]) -> Vec<String> {
    entries
        .iter()
        .map(|entry| {
            let mut folded = super::tone::words(entry)
                .map(|(_, word)| word)
                .collect::<Vec<_>>()
                .join(" ");
            if entry.trim_end().ends_with(['\'', '’']) {
                folded.push('\'');
            }
            folded
        })
        .collect()
}

fn is_listed(list: &[String], token: &text::Token) -> bool {
    list.iter().any(|w| w.as_bytes() == token.norm.as_bytes())
}

/// Word ids folded into 128 bits (id modulo 128): a set of words that holds another set
/// folds to a superset of its bits, so a missing bit proves a word is missing.
fn fold_ids(ids: impl IntoIterator<Item = u32>) -> [u64; 2] {
    let mut folded = [0u64; 2];
    for id in ids {
        folded[(id as usize / 64) % 2] |= 1 << (id % 64);
    }
    folded
}

/// The ids of a pattern's needs (`Pattern::needs`), which are all `Exact` words.
#[inline]
fn needed_ids(needs: &[PatternWord]) -> impl Iterator<Item = u32> + '_ {
    needs.iter().filter_map(|word| match *word {
        PatternWord::Exact(id) => Some(id),
        // Never pushed as a need (`finish_pattern`).
        _ => None,
    })
}

/// Number of byte pairs, the size in bits of the prefix pairs (`WordRules::prefix_pairs`)
/// and of `Lexicon::second_word_filter`.
const PAIRS: usize = 1 << 16;

/// The bit of `Lexicon::second_word_filter` for a pair of word ids.
#[inline]
fn word_pair_bit(first: u32, second: u32) -> usize {
    let key = u64::from(first) << 32 | u64::from(second);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// The first two bytes of a word as one number below `PAIRS`.
fn byte_pair(word: &[u8]) -> Option<usize> {
    match word {
        [a, b, ..] => Some(usize::from(*a) << 8 | usize::from(*b)),
        _ => None,
    }
}

/// Where the first word of a phrase matches at token `at`: the token after it. No word is
/// stepped over before the first word.
fn match_first(
    head: &PatternWord,
    texts: &[Box<str>],
    text: &Analysed,
    at: usize,
    sentence: u32,
) -> Option<usize> {
    match head {
        PatternWord::Gap => (0..=3).rev().find_map(|skip| {
            (skip == 0
                || text
                    .tokens
                    .get(at + skip - 1)
                    .is_some_and(|t| t.sentence == sentence))
            .then_some(at + skip)
        }),
        _ => text
            .tokens
            .get(at)
            .filter(|t| t.sentence == sentence && fits(head, texts, t))
            .map(|_| at + 1),
    }
}

/// Whether one token is a pattern word (`Gap` and `Any` take any token); `texts` are
/// the texts of its patterns' `Text` and `Prefix` words.
fn fits(head: &PatternWord, texts: &[Box<str>], t: &Token) -> bool {
    match *head {
        PatternWord::Exact(id) => t.id == id,
        PatternWord::Text(w) => t.norm.as_bytes() == texts[w as usize].as_bytes(),
        PatternWord::Prefix(p) => t.norm.as_bytes().starts_with(texts[p as usize].as_bytes()),
        PatternWord::Any | PatternWord::Gap => true,
        PatternWord::SentenceEnd => false,
    }
}

/// Where `words` match from token `at` within one sentence: the end token, longest first,
/// and whether negation words were stepped over inside the phrase ("I do not understand"
/// for "I understand"); only negation words, their helpers and intensifiers ("that's
/// genuinely awful" for "that's awful") may be stepped over.
fn match_at(
    words: &[PatternWord],
    texts: &[Box<str>],
    text: &Analysed,
    at: usize,
    sentence: u32,
) -> Option<(usize, bool)> {
    let skippable = is_skippable;
    let negators = is_negator;
    let Some((head, rest)) = words.split_first() else {
        return Some((at, false));
    };
    let token = text.tokens.get(at).filter(|t| t.sentence == sentence);
    let fits = |t: &Token| fits(head, texts, t);
    match head {
        PatternWord::Gap => {
            for skip in (0..=3).rev() {
                let next = at + skip;
                if skip > 0
                    && text
                        .tokens
                        .get(next - 1)
                        .is_none_or(|t| t.sentence != sentence)
                {
                    continue;
                }
                if let Some(found) = match_at(rest, texts, text, next, sentence) {
                    return Some(found);
                }
            }
            None
        }
        // Nothing of the sentence is left: the tokens after are another sentence's.
        PatternWord::SentenceEnd => match token {
            None => match_at(rest, texts, text, at, sentence),
            Some(_) => None,
        },
        _ => {
            let token = token?;
            if fits(token) {
                return match_at(rest, texts, text, at + 1, sentence);
            }
            // Step over up to three negation words and their helpers inside the phrase
            // ("I do not understand"), never before its first word (the caller starts
            // there). Helpers alone ("I do understand") leave the phrase affirmative.
            let mut next = at;
            let mut saw_negator = false;
            for _ in 0..3 {
                let t = text.tokens.get(next).filter(|t| t.sentence == sentence)?;
                if !skippable(t) {
                    return None;
                }
                saw_negator |= negators(t);
                next += 1;
                if let Some(after) = text.tokens.get(next).filter(|t| t.sentence == sentence)
                    && fits(after)
                {
                    return match_at(rest, texts, text, next + 1, sentence)
                        .map(|(end, inner)| (end, inner || saw_negator));
                }
            }
            None
        }
    }
}

/// Adds `word` to `texts` and gives its index there.
fn text_index(texts: &mut Vec<Box<str>>, word: &str) -> u32 {
    texts.push(word.into());
    (texts.len() - 1) as u32
}

/// A phrase's words without its anchors, and which it has: a leading `^` (the start of
/// a sentence) and a trailing `$` (its end).
fn anchors(phrase: &str) -> (bool, &str, bool) {
    let (starts, phrase) = match phrase.trim_start().strip_prefix('^') {
        Some(rest) => (true, rest),
        None => (false, phrase),
    };
    match phrase.trim_end().strip_suffix('$') {
        Some(rest) => (starts, rest, true),
        None => (starts, phrase, false),
    }
}

fn is_skippable(token: &Token) -> bool {
    token.flags & (flags::NEGATOR | flags::NEGATION_HELPER) != 0
}

fn is_negator(token: &Token) -> bool {
    token.flags & flags::NEGATOR != 0
}

/// The lexicon files shipped with Frontline, embedded in the binary.
pub const fn embedded_source(language: Language) -> &'static str {
    match language {
        Language::En => include_str!("../../assets/lexicons/en.ron"),
        Language::Fr => include_str!("../../assets/lexicons/fr.ron"),
        Language::Nl => include_str!("../../assets/lexicons/nl.ron"),
    }
}

/// The compiled forms of the shipped lexicons (see `snapshot`), embedded in the binary.
pub const fn embedded_snapshot(language: Language) -> &'static [u8] {
    match language {
        Language::En => include_bytes!("../../assets/lexicons/compiled/en.bin"),
        Language::Fr => include_bytes!("../../assets/lexicons/compiled/fr.bin"),
        Language::Nl => include_bytes!("../../assets/lexicons/compiled/nl.bin"),
    }
}

/// Whether each shipped snapshot (en, fr, nl) is current for its shipped source: worked
/// out by the compiler, so a start does not hash 120 KB of lexicon to find out. An edited
/// lexicon whose snapshot was not written again is compiled at each start instead
/// (slower, never wrong), and `shipped_snapshots_are_fresh` fails.
// Hashing some 400 KB of lexicons and snapshots byte by byte is a long evaluation for the
// compiler (it warns past a step count the three lexicons now exceed), but a bounded one:
// it runs once per build, over data of fixed size.
#[allow(long_running_const_eval)]
const EMBEDDED_CURRENT: [bool; 3] = [
    snapshot::is_current(
        embedded_snapshot(Language::En),
        embedded_source(Language::En),
    ),
    snapshot::is_current(
        embedded_snapshot(Language::Fr),
        embedded_source(Language::Fr),
    ),
    snapshot::is_current(
        embedded_snapshot(Language::Nl),
        embedded_source(Language::Nl),
    ),
];

/// The flat word tables of the shipped lexicons (en, fr, nl), filled by the compiler from
/// their snapshots: in the binary, where a start finds them ready (see `StaticPacked`).
/// The English one 132 KB, of which a run reads the pages its words fall on.
#[allow(long_running_const_eval)]
static SHIPPED_TABLES: (
    text::StaticPacked<{ shipped_slots(Language::En) }>,
    text::StaticPacked<{ shipped_slots(Language::Fr) }>,
    text::StaticPacked<{ shipped_slots(Language::Nl) }>,
) = (
    shipped_table(Language::En),
    shipped_table(Language::Fr),
    shipped_table(Language::Nl),
);

const fn shipped_slots(language: Language) -> usize {
    snapshot::shipped_table_slots(embedded_snapshot(language), embedded_current(language))
}

const fn shipped_table<const N: usize>(language: Language) -> text::StaticPacked<N> {
    snapshot::shipped_table(embedded_snapshot(language), embedded_current(language))
}

const fn embedded_current(language: Language) -> bool {
    match language {
        Language::En => EMBEDDED_CURRENT[0],
        Language::Fr => EMBEDDED_CURRENT[1],
        Language::Nl => EMBEDDED_CURRENT[2],
    }
}

/// Whether `word` is in a word list whose entries ending in `*` cover the words they start.
/// A word list whose entries ending in `*` cover the words they start ("wedding*"), with
/// the first two bytes of its entries hashed into a small bit set: most words of a text
/// ("the", "and", "my") start with a pair no entry starts with, and are answered without
/// comparing ("team" does not make every word in t a candidate).
#[derive(Debug, Clone, Default)]
struct WordSet {
    pairs: [u64; 8],
    /// Each entry without its `*`, and whether it had one.
    entries: Vec<(Box<[u8]>, bool)>,
}

/// The bit of `WordSet::pairs` for a word's first two bytes, a one-letter word's byte
/// standing as a pair with zero ("u" in Dutch); the empty word has none.
fn pair_bit(word: &[u8]) -> Option<usize> {
    match word {
        [a, rest @ ..] => {
            let b = rest.first().copied().unwrap_or(0);
            Some((usize::from(*a) * 31 + usize::from(b)) % 512)
        }
        [] => None,
    }
}

impl WordSet {
    fn of(list: &[String]) -> WordSet {
        let mut set = WordSet::default();
        for entry in list {
            let (word, prefix) = match entry.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (entry.as_str(), false),
            };
            // A one-letter prefix would hold half the language: left out (a test holds every
            // entry to be found).
            if let Some(bit) = pair_bit(word.as_bytes()).filter(|_| !prefix || word.len() > 1) {
                set.pairs[bit / 64] |= 1 << (bit % 64);
                set.entries.push((word.as_bytes().into(), prefix));
            }
        }
        set
    }

    #[inline]
    fn holds(&self, word: &[u8]) -> bool {
        let Some(bit) = pair_bit(word) else {
            return false;
        };
        self.pairs[bit / 64] >> (bit % 64) & 1 != 0
            && self.entries.iter().any(|(entry, prefix)| {
                if *prefix {
                    word.starts_with(entry)
                } else {
                    **entry == *word
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns a word (or a prefix) starts are numbered one after the other, in the
    /// order they are tried, and their words sit in that order too: what
    /// `number_patterns_in_trying_order` is for. Read back from a snapshot, the same.
    /// The actor and fault-mark phrases, in no list, come last.
    #[test]
    fn patterns_are_numbered_in_the_order_they_are_tried() {
        for language in Language::ALL {
            let compiled = Lexicon::parse(embedded_source(language)).unwrap();
            let read_back = Lexicon::embedded(language).unwrap();
            for lexicon in [&compiled, &read_back] {
                let first_words = &lexicon.first_words;
                let words_of =
                    |p: usize| range(&lexicon.pattern_words, lexicon.patterns[p].words());
                let mut lists = Vec::new();
                // Each list holds the patterns it stands for.
                for (id, &span) in first_words.spans.iter().enumerate() {
                    let first = PatternWord::Exact(id as u32);
                    for p in first_words.any_second(span) {
                        assert_eq!(words_of(p)[0], first, "{language}");
                        assert!(!matches!(words_of(p).get(1), Some(PatternWord::Exact(_))));
                    }
                    lists.push(first_words.any_second(span));
                    for (k, &second) in first_words.second_ids(span).iter().enumerate() {
                        for p in first_words.after_second(span, k) {
                            let words = words_of(p);
                            assert_eq!(words[..2], [first, PatternWord::Exact(second)]);
                        }
                        lists.push(first_words.after_second(span, k));
                    }
                }
                for &(ref stem, numbers) in &lexicon.prefix_first {
                    for p in super::numbers(numbers) {
                        let PatternWord::Prefix(text) = words_of(p)[0] else {
                            panic!("{language}: not a prefix");
                        };
                        assert_eq!(lexicon.pattern_texts[text as usize].as_bytes(), &stem[..]);
                    }
                    lists.push(super::numbers(numbers));
                }
                // One after the other, from the first pattern, none twice.
                let mut next = 0;
                for list in &lists {
                    assert_eq!(list.start, next, "{language}");
                    next = list.end;
                }
                // The actor and fault-mark phrases, found by a pass of their own, follow.
                let rest = &lexicon.patterns[next..];
                assert!(!rest.is_empty(), "{language}");
                assert!(rest.iter().all(|p| p.category.is_act_part()), "{language}");
                assert!(
                    lexicon.patterns[..next]
                        .iter()
                        .all(|p| !p.category.is_act_part()),
                    "{language}"
                );
                // Their words in the same order.
                let mut next_word = 0;
                for pattern in &lexicon.patterns {
                    assert_eq!(pattern.from, next_word, "{language}");
                    next_word = pattern.needs().1;
                }
                assert_eq!(
                    next_word as usize,
                    lexicon.pattern_words.len(),
                    "{language}"
                );
            }
        }
    }

    /// `find_phrases` finds a scenario phrase's words in the word table: a compiled
    /// lexicon keeps no vocabulary of its own. Every exact word of every shipped phrase
    /// must get from the table the id its compiled pattern holds. Patterns are numbered
    /// in the order `find_all` tries them, not the file's, so each phrase of the file is
    /// looked for among the compiled patterns (category, anchor, each word's id, the end
    /// mark): the two lists must hold the same entries.
    #[test]
    fn the_word_table_gives_every_phrase_word_its_vocabulary_id() {
        type Key = (Category, bool, Vec<Option<u32>>, bool);
        for language in Language::ALL {
            let source = embedded_source(language);
            let file: LexiconFile = ron::Options::default().from_str(source).unwrap();
            let lexicon = Lexicon::parse(source).unwrap();
            let mut compiled: HashMap<Key, usize> = HashMap::new();
            for pattern in &lexicon.patterns {
                let words = range(&lexicon.pattern_words, pattern.words());
                let (words, ends) = match words.split_last() {
                    Some((PatternWord::SentenceEnd, words)) => (words, true),
                    _ => (words, false),
                };
                let ids = words
                    .iter()
                    .map(|w| match w {
                        PatternWord::Exact(id) => Some(*id),
                        _ => None,
                    })
                    .collect();
                *compiled
                    .entry((pattern.category, pattern.anchored, ids, ends))
                    .or_default() += 1;
            }
            let mut checked = 0;
            for category in Category::ALL {
                for phrase in &file.rules[category.key()].phrases {
                    let (anchored, body, ends) = anchors(phrase);
                    let ids: Vec<Option<u32>> = text::phrase_words(body, &lexicon.word_rules)
                        .iter()
                        .map(|word| lexicon.word_rules.vocabulary_id(word.as_str()))
                        .collect();
                    checked += ids.iter().flatten().count();
                    let key = (category, anchored, ids, ends);
                    match compiled.get_mut(&key) {
                        Some(count) if *count > 0 => *count -= 1,
                        _ => panic!("{language} `{phrase}`: no compiled pattern has its ids"),
                    }
                }
            }
            assert!(
                compiled.values().all(|&count| count == 0),
                "{language}: patterns no phrase of the file gives"
            );
            assert!(checked > 1_000, "{language}: {checked} words checked");
            // A word no phrase uses has no id.
            assert_eq!(lexicon.word_rules.vocabulary_id("zzyzx"), None);
        }
    }

    /// A preposition that negates ("without", "sans", "zonder") negates the word right
    /// after it, not a phrase further on: "waiting without news is awful" is awful.
    #[test]
    fn a_negating_preposition_reaches_only_the_next_word() {
        for (language, text, next, further) in [
            (
                Language::En,
                "we refund you without delay, waiting without news is awful",
                "delay",
                "awful",
            ),
            (
                Language::Fr,
                "remboursé sans délai, attendre sans nouvelles est horrible",
                "delai",
                "horrible",
            ),
            (
                Language::Nl,
                "terugbetaald zonder uitstel, wachten zonder nieuws voelt vreselijk",
                "uitstel",
                "vreselijk",
            ),
        ] {
            let lexicon = Lexicon::embedded(language).unwrap();
            let analysed = lexicon.analyse(text);
            let at = |word: &str| {
                analysed
                    .tokens
                    .iter()
                    .position(|t| t.norm.as_str() == word)
                    .unwrap()
            };
            assert!(
                lexicon.negator_before(&analysed, at(next)).is_some(),
                "{text}"
            );
            assert_eq!(
                lexicon.negator_before(&analysed, at(further)),
                None,
                "{text}"
            );
        }
    }

    /// No entry of the word lists read through `WordSet` is lost (to its pair filter, or
    /// as a prefix of one letter), and a set finds its entries and their words; a word of
    /// one letter is found only when listed ("u" in Dutch, not "a").
    #[test]
    fn word_set_entries_are_found() {
        for language in Language::ALL {
            let lexicon = Lexicon::embedded(language).unwrap();
            for list in [
                &lexicon.life_words,
                &lexicon.work_words,
                &lexicon.we,
                &lexicon.sincere_markers,
                &lexicon.greetings,
                &lexicon.third_person,
                &lexicon.alike,
                &lexicon.alike_at_end,
                &lexicon.question_openers,
                &lexicon.question_verbs,
                &lexicon.question_subjects,
                &lexicon.question_determiners,
                &lexicon.praise_words,
            ] {
                let set = WordSet::of(list);
                assert_eq!(set.entries.len(), list.len(), "{language}: {list:?}");
                for entry in list.iter() {
                    let word = entry.strip_suffix('*').unwrap_or(entry);
                    assert!(set.holds(word.as_bytes()), "{language}: {entry}");
                    if entry.ends_with('*') {
                        assert!(
                            set.holds(format!("{word}s").as_bytes()),
                            "{language}: {entry}"
                        );
                    }
                }
            }
        }
        let set = WordSet::of(&["team".to_string(), "colleague*".to_string()]);
        assert!(set.holds(b"colleagues") && set.holds(b"team"));
        assert!(!set.holds(b"teams") && !set.holds(b"the") && !set.holds(b"t") && !set.holds(b""));
        let set = WordSet::of(&["u".to_string(), "a*".to_string()]);
        assert!(set.holds(b"u") && !set.holds(b"a") && !set.holds(b"an") && !set.holds(b"uw"));
        assert_eq!(set.entries.len(), 1);
    }

    /// `for_each_word` gives the words `analyse` makes tokens of, with the same ids and
    /// flags: the customer's words a reply may reflect are read with it.
    #[test]
    fn each_word_is_a_token_of_the_analysis() {
        let texts = [
            "I don't know why you're upset... Our team can't help, dont ask!",
            "J’ai raté l'avion de 07h10 : c’est inadmissible, je veux être remboursée.",
            "Ik heb m'n koffer niet gekregen?? Echt, 3 dagen… 😡 <3 www.voltaro.example",
            "Naïve café — ÇA SUFFIT, l'hôtel était \"complet\"; 14,50 € à 8 a.m.",
            "",
        ];
        for language in Language::ALL {
            let lexicon = Lexicon::embedded(language).unwrap();
            for text in texts {
                let tokens: Vec<(String, u32, u8)> = lexicon
                    .analyse(text)
                    .tokens
                    .iter()
                    .map(|t| (t.norm.as_str().to_string(), t.id, t.flags))
                    .collect();
                let mut words = Vec::new();
                lexicon.for_each_word(text, |norm, id, flags| {
                    words.push((norm.as_str().to_string(), id, flags));
                });
                assert_eq!(words, tokens, "{language}: {text}");
                assert_eq!(words.is_empty(), text.is_empty(), "{language}: {text}");
            }
        }
    }

    #[test]
    fn folded_ids_never_hide_a_missing_word() {
        let text = [3u32, 64, 130, 2000];
        let folded_text = fold_ids(text);
        let fits = |needs: &[u32]| {
            let n = fold_ids(needs.iter().copied());
            n[0] & !folded_text[0] | n[1] & !folded_text[1] == 0
        };
        // Words the text holds always fit.
        assert!(fits(&[3, 130]) && fits(&[]) && fits(&[2000, 64]));
        // A word whose bit the text lacks is rejected.
        assert!(!fits(&[4]) && !fits(&[3, 65]));
        // Another word on the same bit may pass: the exact check behind it decides.
        assert!(fits(&[3 + 128]));
    }

    /// Phrase matching reads the marks `analyse` makes as it cuts the words; an analysis
    /// without them (or with marks for another vocabulary) is marked again, with the same
    /// matches.
    #[test]
    fn matches_are_the_same_with_the_marks_made_while_cutting_or_made_again() {
        let scorer = crate::scoring::Scorer::new();
        let texts = [
            "I'm so sorry, I understand how frustrating this is. Are you still at the airport?",
            "Je suis vraiment désolé, je comprends votre frustration. Êtes-vous encore là ?",
            "Het spijt me echt, ik begrijp je frustratie. Ben je nog op het vliegveld?",
            "we apologize for any inconvenience. calm down, it's not our fault!",
        ];
        for language in Language::ALL {
            let lexicon = scorer.lexicon(language);
            for text in texts {
                let analysed = lexicon.analyse(text);
                assert!(
                    analysed
                        .marks
                        .fit(analysed.tokens.len(), lexicon.first_words.len())
                );
                let with_marks = lexicon.find_all(&analysed);
                let mut unmarked = analysed.clone();
                unmarked.marks = Default::default();
                assert_eq!(
                    with_marks,
                    lexicon.find_all(&unmarked),
                    "{language}: {text}"
                );
                if language == Language::En {
                    assert!(!with_marks.is_empty(), "{text}");
                }
            }
        }
    }

    #[test]
    fn every_shipped_lexicon_parses_and_declares_its_language() {
        for language in Language::ALL {
            let lexicon =
                Lexicon::parse(embedded_source(language)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(lexicon.language, language);
            for category in Category::ALL {
                if matches!(category, Category::WishBrushOff | Category::CourtesyOnly) {
                    // Given only by `find_all`, from a kind wish or from thanks alone: its
                    // words for the evidence, no phrases.
                    let entry = lexicon.entry(category);
                    assert!(entry.points < 0 && !entry.explain.is_empty(), "{language}");
                    continue;
                }
                assert!(
                    lexicon.patterns.iter().any(|p| p.category == category),
                    "{language} {}",
                    category.key()
                );
            }
            for key in MESSAGES {
                assert!(
                    !lexicon.message(key, "").is_empty(),
                    "{language} message {key}"
                );
            }
        }
    }

    #[test]
    fn losses_have_a_better_wording_and_negative_points() {
        for language in Language::ALL {
            let lexicon = Lexicon::parse(embedded_source(language)).unwrap();
            for category in [
                Category::Blame,
                Category::Minimising,
                Category::CalmDown,
                Category::PolicyHiding,
                Category::Sarcasm,
                Category::Defensive,
                Category::Dismissive,
                Category::NonApology,
                Category::Boilerplate,
                Category::ClaimPromise,
                Category::ClaimCause,
                Category::ClaimBlamePartner,
            ] {
                let entry = lexicon.entry(category);
                assert!(
                    entry.points < 0 && entry.better.is_some(),
                    "{language} {}",
                    category.key()
                );
            }
        }
    }

    #[test]
    fn a_missing_category_is_reported() {
        let broken = embedded_source(Language::En).replace("\"thanks\": (", "\"thankz\": (");
        let error = Lexicon::parse(&broken).unwrap_err();
        assert!(
            error.contains("thankz") || error.contains("thanks"),
            "{error}"
        );
    }

    #[test]
    fn a_one_letter_prefix_is_refused_with_its_phrase() {
        let broken = embedded_source(Language::En).replacen("\"frustrat*\"", "\"f*\"", 1);
        assert_ne!(broken, embedded_source(Language::En));
        let error = Lexicon::parse(&broken).unwrap_err();
        assert!(
            error.contains("`f*`") && error.contains("two letters"),
            "{error}"
        );
    }

    #[test]
    fn a_phrase_of_more_than_a_thousand_words_is_refused() {
        let long = vec!["sorry"; MAX_PHRASE_WORDS + 1].join(" ");
        let broken =
            embedded_source(Language::En).replacen("\"frustrat*\"", &format!("\"{long}\""), 1);
        assert_ne!(broken, embedded_source(Language::En));
        let error = Lexicon::parse(&broken).unwrap_err();
        assert!(
            error.contains("1001 words") && error.contains("at most 1000"),
            "{error}"
        );
        // The longest a phrase may be still compiles and matches.
        let longest = vec!["sorry"; MAX_PHRASE_WORDS].join(" ");
        let source =
            embedded_source(Language::En).replacen("\"frustrat*\"", &format!("\"{longest}\""), 1);
        let lexicon = Lexicon::parse(&source).unwrap();
        let text = lexicon.analyse(&longest);
        assert!(
            lexicon
                .find_all(&text)
                .iter()
                .any(|m| m.first == 0 && m.end == MAX_PHRASE_WORDS),
            "the whole phrase is found"
        );
    }

    #[test]
    fn prefixes_sharing_their_first_letters_all_match() {
        // "wor" starts both "worr*" and words such as "work": only the prefix that fits
        // the word matches, wherever it stands among its neighbours.
        let lexicon = Lexicon::parse(embedded_source(Language::En)).unwrap();
        for (text, expected) in [("I was worried", true), ("I was working", false)] {
            let found = lexicon.find_all(&lexicon.analyse(text));
            assert_eq!(
                found.iter().any(|m| m.category == Category::Feeling),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn wildcards_prefixes_and_gaps_match() {
        let lexicon = Lexicon::parse(embedded_source(Language::En)).unwrap();
        let text = lexicon.analyse("We take your complaint very seriously. I was so frustrated.");
        let found = lexicon.find_all(&text);
        assert!(
            found.iter().any(|m| m.category == Category::Boilerplate),
            "gap `...`"
        );
        assert!(
            found.iter().any(|m| m.category == Category::Feeling),
            "prefix `frustrat*`"
        );
    }

    #[test]
    fn intensifiers_inside_a_phrase_are_stepped_over() {
        // Each text holds a phrase of the lexicon with an intensifier the phrase does not
        // name, between its words or after its first word, in the three languages.
        for (language, text, category) in [
            (
                Language::En,
                "That's genuinely awful.",
                Category::EmotionStrong,
            ),
            (
                Language::En,
                "That's really frustrating.",
                Category::EmotionStrong,
            ),
            (
                Language::Fr,
                "C'est vraiment frustrant.",
                Category::EmotionStrong,
            ),
            (
                Language::Nl,
                "Wat ontzettend vervelend.",
                Category::EmotionStrong,
            ),
            (
                Language::Nl,
                "Dat is echt heel erg frustrerend.",
                Category::EmotionStrong,
            ),
        ] {
            let lexicon = Lexicon::parse(embedded_source(language)).unwrap();
            let analysed = lexicon.analyse(text);
            let found = lexicon.find_all(&analysed);
            assert!(
                found.iter().any(|m| m.category == category && !m.negated),
                "{text}: {found:?}"
            );
        }
        // Dutch "dat is vervelend" is a phrase only with a word that makes it said ("dat is
        // heel vervelend"): bare, it opens the formula "dat is vervelend om te horen",
        // which stays a warm word.
        let dutch = Lexicon::parse(embedded_source(Language::Nl)).unwrap();
        for (text, strong) in [
            ("Dat is heel vervelend.", true),
            ("Dat is vervelend om te horen.", false),
        ] {
            let found = dutch.find_all(&dutch.analyse(text));
            assert_eq!(
                found.iter().any(|m| m.category == Category::EmotionStrong),
                strong,
                "{text}: {found:?}"
            );
        }
        // A negation stepped over with it still negates; a word that is no intensifier
        // still breaks the phrase.
        let lexicon = Lexicon::parse(embedded_source(Language::En)).unwrap();
        for (text, negated) in [
            ("That's not really awful.", Some(true)),
            ("That's a bit awful.", None),
        ] {
            let analysed = lexicon.analyse(text);
            let found = lexicon.find_all(&analysed);
            let strong = found.iter().find(|m| m.category == Category::EmotionStrong);
            assert_eq!(strong.map(|m| m.negated), negated, "{text}: {found:?}");
        }
    }

    #[test]
    fn negation_reaches_before_in_english_and_after_in_french_and_dutch() {
        for (language, text) in [
            (Language::En, "I don't understand"),
            (Language::Fr, "je comprends pas"),
            (Language::Fr, "je ne comprends pas"),
            (Language::Nl, "ik begrijp het echt niet"),
        ] {
            let lexicon = Lexicon::parse(embedded_source(language)).unwrap();
            let analysed = lexicon.analyse(text);
            let found = lexicon.find_all(&analysed);
            let understand = found
                .iter()
                .find(|m| m.category == Category::UnderstandWeak);
            assert!(understand.is_some_and(|m| m.negated), "{text}: {found:?}");
        }
        let lexicon = Lexicon::parse(embedded_source(Language::En)).unwrap();
        let analysed = lexicon.analyse("I'm not sure, but I understand");
        let found = lexicon.find_all(&analysed);
        assert!(
            found
                .iter()
                .any(|m| m.category == Category::UnderstandWeak && !m.negated),
            "a clause breaker ends the negation"
        );
    }

    /// A negation reaches across a bridge word: through a list joined by "or" ("it wasn't
    /// bad weather or a strike" claims no strike, a scenario's forbidden cause) and into an
    /// indirect question ("I can't tell you if you'll be paid" promises nothing).
    #[test]
    fn negation_reaches_through_a_list_and_into_an_indirect_question() {
        for (language, text, phrase, negated) in [
            (
                Language::En,
                "It wasn't bad weather or a strike, sorry.",
                "strike",
                true,
            ),
            (
                Language::En,
                "It was bad weather or a strike.",
                "strike",
                false,
            ),
            (
                Language::En,
                "It wasn't the weather, it was a strike.",
                "strike",
                false,
            ),
            (
                Language::Fr,
                "Ce n'était pas la météo ou une grève.",
                "grève",
                true,
            ),
            (
                Language::Fr,
                "C'était la météo ou une grève.",
                "grève",
                false,
            ),
            (
                Language::Nl,
                "Het was geen storm of een staking.",
                "staking",
                true,
            ),
            (
                Language::Nl,
                "Het was een storm of een staking.",
                "staking",
                false,
            ),
            (
                Language::En,
                "I can't tell you if you'll be paid.",
                "you will be paid",
                true,
            ),
            (
                Language::En,
                "If you'll be paid, I'll tell you.",
                "you will be paid",
                false,
            ),
            (
                Language::Fr,
                "Je ne peux pas vous dire si vous toucherez 50 %.",
                "vous toucherez",
                true,
            ),
            (
                Language::Fr,
                "Je vous dis que vous toucherez 50 %.",
                "vous toucherez",
                false,
            ),
            (
                Language::Nl,
                "Ik weet niet of je je geld terugkrijgt.",
                "je geld terugkrijgt",
                true,
            ),
        ] {
            let lexicon = Lexicon::parse(embedded_source(language)).unwrap();
            let analysed = lexicon.analyse(text);
            let found = lexicon.find_phrases(&analysed, &[phrase.to_string()]);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].negated, negated, "{text}: {found:?}");
        }
    }
}
