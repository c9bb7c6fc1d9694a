# Frontline-interfaceteksten: navigatie, bibliotheek, briefing, debriefing, instellingen.

app-tagline = Training klantenservice online
nav-library = Scenario's
nav-briefing = Briefing
nav-play = Inbox
nav-debrief = Debriefing
nav-settings = Instellingen
sidebar-trainee = Cursist

banner-broken = Het bestand van ‘{ $title }’ bevat een fout; de laatste goede versie blijft speelbaar.
export-done = Geëxporteerd naar { $path }
export-failed = Exporteren mislukt: { $error }
resume-missing = Het scenario van de bewaarde sessie staat niet meer in de bibliotheek.
resume-failed = De bewaarde sessie kon niet worden hersteld.

library-title = Scenariobibliotheek
library-subtitle = Kies een situatie, lees de briefing en help de klant zoals tijdens een echte dienst.
library-search = Scenario's zoeken…
library-language = Taal
library-tags = Labels
library-all = Alle
library-empty = Geen scenario past bij deze filters.
library-minutes = { $n } min
library-best = Beste { $score }/100
library-not-played = Nog niet gespeeld
library-broken = Dit bestand laadt niet
library-resume = Onafgemaakte sessie van ‘{ $title }’ ({ $turns ->
    [one] één antwoord
   *[other] { $turns } antwoorden
} tot nu toe).
library-resume-button = Hervatten
library-discard = Weggooien

difficulty-beginner = Beginner
difficulty-intermediate = Gevorderd
difficulty-advanced = Expert

ending-resolved = Opgelost
ending-escalated = Doorgezet
ending-contained = Ingedamd
ending-customer-lost = Klant verloren
ending-went-viral = Viraal gegaan

briefing-start = Beginnen
briefing-situation = Situatie
briefing-goal = Doel
briefing-tone = Tone of voice
briefing-channel = Antwoorden tot { $limit } tekens · klanten verwachten binnen { $minutes } min een antwoord
briefing-case-file = Dossier
briefing-policy = Beleid
briefing-autonomy = Dit mag je zelf
briefing-escalation = Doorzetten naar
briefing-answers-within = antwoordt binnen { $minutes } min
briefing-forbidden = Nooit

tone-formal = Formeel
tone-friendly = Vriendelijk
tone-casual = Informeel
tone-emoji-never = geen emoji
tone-emoji-sparing = spaarzaam emoji
tone-emoji-welcome = emoji welkom
tone-sign-none = geen ondertekening
tone-sign-initials = ondertekenen met initialen
tone-sign-first-name = ondertekenen met voornaam
tone-sign-team = ondertekenen met ‘{ $team }’

mode-practice = Oefenen
mode-assessment = Toets

debrief-title = Debriefing
debrief-export = JSON exporteren
debrief-replay = Opnieuw spelen
debrief-library = Terug naar de bibliotheek
debrief-scores = Scores per dimensie
debrief-turns = { $n ->
    [one] één beoordeeld antwoord
   *[other] { $n } beoordeelde antwoorden
}
debrief-not-scored = niet beoordeeld
debrief-transcript = Transcript
debrief-weak-only = Alleen beurten om te verbeteren
debrief-legend = Markering:
debrief-gain = punten gewonnen
debrief-loss = punten verloren
debrief-turn = Beurt { $n }
debrief-better = Een beter antwoord
debrief-better-action = Actie: { $action }
debrief-recovery = Herstelstappen (HEARD, LAST):
debrief-recovery-fix-first = De oplossing kwam voor het luisteren.
recovery-hear = Gehoord
recovery-apologise = Excuses
recovery-resolve = Opgelost
recovery-thank = Bedankt
recovery-missing = Niet in dit antwoord.

dim-empathy = Empathie
dim-accuracy = Juistheid
dim-escalation = Doorzetten
dim-timeliness = Snelheid
dim-tone = Merkstem

settings-title = Instellingen
settings-language = Taal van de interface
settings-trainee = Naam van de cursist
settings-trainee-hint = Je naam, vermeld in exports
settings-trainee-anonymous = Anonieme cursist
settings-scale = Grootte van de interface
settings-mode = Modus
settings-mode-help = Oefenen toont elk oordeel meteen na verzenden; de toets bewaart ze voor de debriefing.
settings-data = Gegevensmap
