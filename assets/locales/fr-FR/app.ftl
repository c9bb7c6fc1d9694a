# Textes de l'interface de Frontline : navigation, bibliothèque, briefing, débriefing, réglages.

app-tagline = Formation à la relation client
nav-library = Scénarios
nav-briefing = Briefing
nav-play = Messagerie
nav-debrief = Débriefing
nav-settings = Réglages
sidebar-trainee = Stagiaire

banner-broken = Le fichier de « { $title } » contient une erreur ; la dernière version valide reste jouable.
export-done = Exporté dans { $path }
export-failed = Échec de l'export : { $error }
resume-missing = Le scénario de la partie sauvegardée n'est plus dans la bibliothèque.
resume-failed = La partie sauvegardée n'a pas pu être restaurée.

library-title = Bibliothèque de scénarios
library-subtitle = Choisissez une situation, lisez le briefing et répondez au client comme lors d'un vrai service.
library-search = Rechercher un scénario…
library-language = Langue
library-tags = Thèmes
library-all = Tous
library-empty = Aucun scénario ne correspond à ces filtres.
library-minutes = { $n } min
library-best = Meilleur score { $score }/100
library-not-played = Pas encore joué
library-broken = Ce fichier ne se charge pas
library-resume = Partie inachevée de « { $title } » ({ $turns ->
    [one] une réponse
   *[other] { $turns } réponses
} jusqu'ici).
library-resume-button = Reprendre
library-discard = Abandonner

difficulty-beginner = Débutant
difficulty-intermediate = Intermédiaire
difficulty-advanced = Avancé

ending-resolved = Résolu
ending-escalated = Transmis
ending-contained = Maîtrisé
ending-customer-lost = Client perdu
ending-went-viral = Devenu viral

briefing-start = Commencer
briefing-situation = Situation
briefing-goal = Objectif
briefing-tone = Ton de la marque
briefing-channel = Réponses de { $limit } caractères au plus · les clients attendent une réponse sous { $minutes } min
briefing-case-file = Dossier
briefing-policy = Règles
briefing-autonomy = Vous pouvez seul·e
briefing-escalation = Transmettre à
briefing-answers-within = répond sous { $minutes } min
briefing-forbidden = Jamais

tone-formal = Soutenu
tone-friendly = Chaleureux
tone-casual = Décontracté
tone-emoji-never = pas d'emoji
tone-emoji-sparing = emoji avec parcimonie
tone-emoji-welcome = emoji bienvenus
tone-sign-none = sans signature
tone-sign-initials = signer de ses initiales
tone-sign-first-name = signer de son prénom
tone-sign-team = signer « { $team } »

mode-practice = Entraînement
mode-assessment = Évaluation

debrief-title = Débriefing
debrief-export = Exporter en JSON
debrief-replay = Rejouer
debrief-library = Retour à la bibliothèque
debrief-scores = Scores par dimension
debrief-turns = { $n ->
    [one] une réponse notée
   *[other] { $n } réponses notées
}
debrief-not-scored = non noté
debrief-transcript = Transcription
debrief-weak-only = Seulement les tours à améliorer
debrief-legend = Surlignage :
debrief-gain = points gagnés
debrief-loss = points perdus
debrief-turn = Tour { $n }
debrief-better = Une meilleure réponse
debrief-better-action = Action : { $action }
debrief-recovery = Étapes de la réparation (HEARD, LAST) :
debrief-recovery-fix-first = La solution est venue avant l'écoute.
recovery-hear = Écouté
recovery-apologise = Excusé
recovery-resolve = Résolu
recovery-thank = Remercié
recovery-missing = Absent de cette réponse.

dim-empathy = Empathie
dim-accuracy = Exactitude
dim-escalation = Transmission
dim-timeliness = Réactivité
dim-tone = Ton de la marque

settings-title = Réglages
settings-language = Langue de l'interface
settings-trainee = Nom du stagiaire
settings-trainee-hint = Votre nom, repris dans les exports
settings-trainee-anonymous = Stagiaire anonyme
settings-scale = Taille de l'interface
settings-mode = Mode
settings-mode-help = L'entraînement montre chaque verdict dès l'envoi ; l'évaluation les garde pour le débriefing.
settings-data = Dossier des données
