# Textes de l'interface de Frontline : l'écran de jeu.

play-case-file = Dossier
play-thread = Fil public
play-audience = { $n } personnes regardent
play-dm = Messages privés
play-dm-title = Messages privés avec { $name }
play-dm-empty = Pas encore de message privé.
play-typing = { $name } est en train d'écrire…
play-mood = Client : { $value }
play-sentiment = Public : { $value }
play-clock = Attente { $waited } min · réponse attendue sous { $expected } min
play-clock-tip = Temps simulé : une minute passe toutes les cinq secondes.
play-replying-public = Réponse à un message public
play-replying-dm = Réponse à un message privé
play-ended = La conversation est terminée
play-see-debrief = Voir le débriefing

mood-hostile = hostile
mood-upset = contrarié
mood-neutral = neutre
mood-calmer = apaisé
mood-supportive = bienveillant

action-public = Répondre en public
action-dm = Répondre en privé
action-ask-dm = Proposer de passer en privé
action-escalate = Transmettre
action-hide = Masquer
action-monitor = Surveiller seulement
action-escalate-to = Transmettre à :
action-no-teams = Aucune équipe à qui transmettre dans ce scénario

composer-hint = Écrivez votre réponse…
composer-no-text = Cette action n'envoie pas de texte ; appuyez sur Envoyer pour la confirmer.
composer-count = { $count } / { $limit }
composer-too-long = Trop long pour ce réseau
composer-send = Envoyer
composer-send-tip = Envoyer (Ctrl+Entrée)
composer-shortcut = Ctrl+Entrée

post-no-reply = Aucune réponse envoyée.
post-escalated = Transmis à { $team }

grade-good = Bien
grade-fair = Passable
grade-poor = Insuffisant
verdict-dim = { $dim } { $score }
verdict-why = Pourquoi ce score
evidence-better = Mieux : { $text }
evidence-none = Aucun élément relevé.
