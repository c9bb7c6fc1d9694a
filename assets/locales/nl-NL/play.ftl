# Frontline-interfaceteksten: het speelscherm.

play-case-file = Dossier
play-thread = Openbare thread
play-audience = { $n } mensen kijken mee
play-dm = Privéberichten
play-dm-title = DM met { $name }
play-dm-empty = Nog geen privéberichten.
play-typing = { $name } is aan het typen…
play-mood = Klant: { $value }
play-sentiment = Meelezers: { $value }
play-clock = { $waited } min gewacht · antwoord verwacht binnen { $expected } min
play-clock-tip = Gesimuleerde tijd: elke vijf seconden verstrijkt een minuut.
play-replying-public = Antwoord op een openbaar bericht
play-replying-dm = Antwoord op een privébericht
play-ended = Het gesprek is afgelopen
play-see-debrief = Naar de debriefing

mood-hostile = vijandig
mood-upset = boos
mood-neutral = neutraal
mood-calmer = rustiger
mood-supportive = positief

action-public = Openbaar antwoorden
action-dm = Antwoorden via DM
action-ask-dm = Vragen om naar DM te gaan
action-escalate = Doorzetten
action-hide = Verbergen
action-monitor = Alleen volgen
action-escalate-to = Doorzetten naar:
action-no-teams = Geen team om naar door te zetten in dit scenario

composer-hint = Schrijf je antwoord…
composer-no-text = Deze actie verstuurt geen tekst; druk op Versturen om te bevestigen.
composer-count = { $count } / { $limit }
composer-too-long = Te lang voor dit kanaal
composer-send = Versturen
composer-send-tip = Versturen (Ctrl+Enter)
composer-shortcut = Ctrl+Enter

post-no-reply = Geen antwoord verstuurd.
post-escalated = Doorgezet naar { $team }

grade-good = Goed
grade-fair = Redelijk
grade-poor = Zwak
verdict-dim = { $dim } { $score }
verdict-why = Waarom deze score
evidence-better = Beter: { $text }
evidence-none = Geen bewijs vastgelegd.
