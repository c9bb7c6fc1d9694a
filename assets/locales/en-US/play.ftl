# Frontline interface strings: the play screen.

play-case-file = Case file
play-thread = Public thread
play-audience = { $n } people watching
play-dm = Direct messages
play-dm-title = DM with { $name }
play-dm-empty = No direct messages yet.
play-typing = { $name } is typing…
play-mood = Customer: { $value }
play-sentiment = Onlookers: { $value }
play-clock = Waiting { $waited } min · expected within { $expected } min
play-clock-tip = Simulated time: a minute passes every five seconds.
play-replying-public = Replying to a public post
play-replying-dm = Replying to a direct message
play-ended = The conversation has ended
play-see-debrief = See the debrief

mood-hostile = hostile
mood-upset = upset
mood-neutral = neutral
mood-calmer = calmer
mood-supportive = supportive

action-public = Reply in public
action-dm = Reply by DM
action-ask-dm = Ask to move to DM
action-escalate = Escalate
action-hide = Hide
action-monitor = Monitor only
action-escalate-to = Hand over to:
action-no-teams = No team to escalate to in this scenario

composer-hint = Write your reply…
composer-no-text = This action sends no text; press Send to confirm it.
composer-count = { $count } / { $limit }
composer-too-long = Too long for this channel
composer-send = Send
composer-send-tip = Send (Ctrl+Enter)
composer-shortcut = Ctrl+Enter

post-no-reply = No reply sent.
post-escalated = Handed over to { $team }

grade-good = Good
grade-fair = Fair
grade-poor = Poor
verdict-dim = { $dim } { $score }
verdict-why = Why this score
evidence-better = Better: { $text }
evidence-none = No evidence recorded.
