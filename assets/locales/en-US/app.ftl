# Frontline interface strings: navigation, library, briefing, debrief, settings.

app-tagline = Social care training
nav-library = Scenarios
nav-briefing = Briefing
nav-play = Inbox
nav-debrief = Debrief
nav-settings = Settings
sidebar-trainee = Trainee

banner-broken = “{ $title }” has an error in its file; the last good version stays playable.
export-done = Exported to { $path }
export-failed = Export failed: { $error }
resume-missing = The scenario of the saved run is no longer in the library.
resume-failed = The saved run could not be restored.

library-title = Scenario library
library-subtitle = Pick a situation, read the brief, and handle the customer as you would on a real shift.
library-search = Search scenarios…
library-language = Language
library-tags = Tags
library-all = All
library-empty = No scenario matches these filters.
library-minutes = { $n } min
library-best = Best { $score }/100
library-not-played = Not played yet
library-broken = This file does not load
library-resume = Unfinished run of “{ $title }” ({ $turns ->
    [one] one reply
   *[other] { $turns } replies
} so far).
library-resume-button = Resume
library-discard = Discard

difficulty-beginner = Beginner
difficulty-intermediate = Intermediate
difficulty-advanced = Advanced

ending-resolved = Resolved
ending-escalated = Escalated
ending-contained = Contained
ending-customer-lost = Customer lost
ending-went-viral = Went viral

briefing-start = Start
briefing-situation = Situation
briefing-goal = Goal
briefing-tone = Tone of voice
briefing-channel = Replies up to { $limit } characters · customers expect an answer within { $minutes } min
briefing-case-file = Case file
briefing-policy = Policy
briefing-autonomy = You may do alone
briefing-escalation = Escalate to
briefing-answers-within = answers within { $minutes } min
briefing-forbidden = Never

tone-formal = Formal
tone-friendly = Friendly
tone-casual = Casual
tone-emoji-never = no emoji
tone-emoji-sparing = emoji sparingly
tone-emoji-welcome = emoji welcome
tone-sign-none = no signature
tone-sign-initials = sign with initials
tone-sign-first-name = sign with first name
tone-sign-team = sign “{ $team }”

mode-practice = Practice
mode-assessment = Assessment

debrief-title = Debrief
debrief-export = Export JSON
debrief-replay = Play again
debrief-library = Back to library
debrief-scores = Scores per dimension
debrief-turns = { $n ->
    [one] one response scored
   *[other] { $n } responses scored
}
debrief-not-scored = not scored
debrief-transcript = Transcript
debrief-weak-only = Only turns to improve
debrief-legend = Highlights:
debrief-gain = points gained
debrief-loss = points lost
debrief-turn = Turn { $n }
debrief-better = A better reply
debrief-better-action = Action: { $action }
debrief-recovery = Recovery steps (HEARD, LAST):
debrief-recovery-fix-first = The fix came before hearing them.
recovery-hear = Heard them
recovery-apologise = Apologised
recovery-resolve = Resolved
recovery-thank = Thanked
recovery-missing = Not in this reply.

dim-empathy = Empathy
dim-accuracy = Accuracy
dim-escalation = Escalation
dim-timeliness = Timeliness
dim-tone = Brand voice

settings-title = Settings
settings-language = Interface language
settings-trainee = Trainee name
settings-trainee-hint = Your name, shown on exports
settings-trainee-anonymous = Anonymous trainee
settings-scale = Interface scale
settings-mode = Mode
settings-mode-help = Practice shows each verdict right after you send; assessment keeps them for the debrief.
settings-data = Data folder
