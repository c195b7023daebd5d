import type { ClaimLexicon } from './types';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const phrases = (s: string): string[] => s.split('|').map((p) => p.trim()).filter(Boolean);

export const FRENCH: ClaimLexicon = {
  lang: 'fr',
  speechVerbs: words(`
    dit dis disait déclaré déclare déclarait déclarent lancé lance affirmé affirme affirment affirmait
    ajouté ajoute ajoutait répondu répond répète répété martelé martèle assuré assure assurent raconté raconte
    expliqué explique expliquent souligné souligne soulignent insisté insiste tweeté écrit écrivent confié confie
    prévenu prévient averti avertit annoncé annonce annoncent promis promet déploré déplore lâché
    rétorqué rétorque poursuivi poursuit conclu conclut résumé résume martèle clamé proclamé
    commenté commente témoigné témoigne fustigé fustige dénoncé dénonce qualifié qualifie qualifiant
  `).concat(['mis en garde', 'met en garde', 'mettent en garde', 'fait valoir']),
  reportVerbs: words(`
    indiqué indique indiquent précisé précise précisent estimé estime estiment estimait craint craignent craignait
    pense pensent pensait jugé juge jugent considère considèrent considéré constaté constate constatent
    reconnu reconnaît reconnaissent rappelé rappelle rappellent noté note relevé relève révélé révèle
    confirmé confirme confirment démenti dément nié nie accusé accuse
    soutenu soutient soutiennent prédit prédisent espère espèrent espéré redoute redoutent redouté
    signalé signale rapporté rapporte rapportent publié publie communiqué assuré admis admet
    prétend prétendent prétendu avancé avance suggéré suggère dévoilé dévoile évoqué évoque
    montré montre montrent démontré démontre prouvé prouve établi établit réagi réagit détaille détaillé
    développe vanté vantée vantés vantées
  `).concat(['fait savoir', 'laissé entendu', 'fait état']),
  invertibleVerbs: [],
  subjectFillers: words(`hier aujourd'hui mercredi lundi mardi jeudi vendredi samedi dimanche matin soir aussi également encore déjà ensuite alors enfin ne n' pas lui-même elle-même`),
  participlePrepositions: [],
  auxiliaries: words(`a ont avait avaient aurait auraient a-t-il a-t-elle ont-ils ont-elles avait-il avait-elle est sont était s' se`),
  attributionFillers: phrases(`encore | aussi | également | ensuite | alors | enfin | déjà | pour sa part | pour leur part | de son côté | de leur côté | quant à lui | quant à elle | lui-même | elle-même | t-il | t-elle | t-ils | plus tôt | mercredi | lundi | mardi | jeudi | vendredi | samedi | dimanche | hier | ne | n' | pas`),
  according: phrases(`selon | d' après | de l' avis de | aux yeux de | à en croire | citant | cité par | cités par`),
  leadingAccording: words(`pour`),
  prediction: words(`
    pourrait pourraient pourra pourront devrait devraient devra devront sera seront serait seraient
    va vont risque risquent prévoit prévoient
    éventuel éventuellement menace menacent
    attend attendent prochain prochaine prochains prochaines bientôt futur future avenir
    aura auront aurait auraient fera feront ferait feraient
  `),
  futureSuffixes: words(`erons eront erez erai iront irons irez rons ront erait eraient irait iraient dra dront tra tront`),
  futureExceptions: words(`environ environs patron patrons citron marron biberon ceront extra ultra mantra orchestra`),
  numberWords: words(`
    deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante cinquante soixante cent
    mille dizaine dizaines centaine centaines millier milliers million millions milliard milliards
  `),
  harm: words(`
    toxique toxiques cancérigène cancérigènes dangereux dangereuse dangereuses mortel mortelle mortels mortelles
    nocif nocive nocifs endommager endommage endommagent tue tuent tuer empoisonné contaminé contaminée
    contaminés pollution polluant polluants maladie maladies aggravation aggraver aggrave infection
    efficace inefficace efficacité inefficacité guérit guérir soigne soigner vaccin vaccins
  `),
  comparison: phrases(`
    plus de | moins de | plus que | moins que | davantage | hausse | baisse | augmentation | augmenté | augmente |
    diminution | diminué | diminue | doublé | triplé | progression | progressé | recul | reculé | chute | chuté |
    supérieur | supérieure | supérieurs | inférieur | inférieure | inférieurs | dépassé | dépasse | dépassent |
    au-dessus | au-dessous | par rapport | comparé | croissance | exponentielle | multiplié | multipliés
  `),
  superlative: phrases(`
    record | records | premier … depuis | première … depuis | premiers … depuis | premières … depuis |
    jamais | sans précédent | inédit | inédite | historique | le plus | la plus | les plus | le moins | la moins |
    pire | meilleur | meilleure | plus grand | plus grande | plus important | plus importante |
    pour la première fois | première fois | premier pays | première ville
  `),
  quantity: phrases(`
    % | pour cent | pourcent | million | millions | milliard | milliards | mio | mrd | $ | € | £ | ¥ | moitié | tiers |
    quart | double | dizaine | dizaines | centaine | centaines | millier | milliers | trentaine | cinquantaine |
    vingtaine | quarantaine | majorité | minorité | sur dix | sur cent | sur quatre | sur trois
  `),
  units: words(`
    tonne tonnes kilo kilos kilogrammes kilomètre kilomètres km mètre mètres m2 litre litres microgramme microgrammes
    gramme grammes dollar dollars euro euros franc francs fr livre livres yens habitants personnes morts victimes
    blessés cas degrés jours ans années mois semaines fois élèves patients décès contaminations emplois
    postes voix sièges députés pays stations cantons communes substances produits véhicules déplacements
    constats trottinettes
  `),
  dateWords: words(`
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain avant-hier
    veille lendemain
  `),
  institutions: words(`
    gouvernement ministère ministre police gendarmerie tribunal cour parlement assemblée sénat conseil commission
    office agence autorités autorité administration ville canton confédération état armée justice procureur
    parquet préfecture mairie municipalité hôpital université institut organisation union nations oms onu ue otan
    kremlin élysée maison-blanche pentagone banque entreprise société groupe syndicat ofag ofev ofsp
    opposition majorité
  `),
  policy: words(`
    interdit interdire interdiction interdits interdite loi lois règlement réglementation amende amendes sanction
    sanctions autorisation autorisations décision décidé décide retiré retirer retrait accord traité mesure mesures
    vote voté référendum initiative initiatives démission démissionner confinement reconfinement
    arrêté condamné condamnation enquête plainte
  `),
  eventVerbs: words(`
    tué tués blessé blessés mort morts décédé arrêté arrêtés interpellé volé volés détruit effondré
    signé élu nommé limogé démissionné rencontré serré visité quitté arrivé déployé
    retrouvé découvert détecté mesuré enregistré effectue effectué organisé tenu adopté approuvé rejeté
    remporté battu imposé condamné banni accueilli rapatrié évacué localisé
  `),
  eventAuxiliaries: words(`a ont avait avaient est sont était étaient été`),
  opinion: phrases(`je pense | je crois | à mon avis | selon moi | il faut | nous devons | on doit | j' estime | je trouve | merci | bravo | bien sûr`),
  boilerplate: phrases(`
    abonnez | abonnez-vous | abonné | abonnés | connectez-vous | connectez | infolettre | newsletter | cookies |
    partager | envoyer par e-mail | imprimer | commentaires | commentaire | lire aussi | à lire aussi | voir aussi |
    plus de sujets | publicité | cliquez | tous droits réservés | © | articles en relation | les plus populaires |
    mots clés | télécharger | signaler une erreur | votre adresse e-mail | s' abonner | je m' abonne
  `),
  personPronouns: words(`il elle`),
  pluralPronouns: words(`ils elles`),
  backReferences: phrases(`selon lui | selon elle | selon eux | à ses yeux | a ses yeux | à leurs yeux | a leurs yeux | d' après lui | d' après elle | pour lui | pour elle`),
  determiners: words(`le la les l' un une des du de d' ce cette ces cet`),
  possessives: words(`son sa ses leur leurs`),
  roles: words(`
    président présidente président-directeur ministre premier dirigeant dirigeante dirigeants porte-parole chef cheffe
    directeur directrice secrétaire chancelier chancelière maire maires professeur professeure responsable
    responsables député députée sénateur sénatrice juge procureur procureure ambassadeur ambassadrice
    conseiller conseillère commissaire gouverneur patron patronne leader vice-président vice-présidente
    épidémiologiste expert experte experts spécialiste analyste analystes chercheur chercheuse chercheurs
    médecin médecins avocat avocate fondateur fondatrice candidat candidate roi reine pape général
    commandant officier représentant représentante délégué déléguée coordinateur coordinatrice
  `),
  titles: words(`m mm mme mmes mlle dr pr me mgr maître maîtres`),
  phraseStoppers: words(`
    qui que qu' dont où selon lors dans sur pendant après avant depuis lorsque quand car mais et ou puis
    en au aux à pour par avec sans sous vers contre chez cité cités cette ce mercredi lundi mardi jeudi
    vendredi samedi dimanche hier aujourd'hui demain jusqu' alors ainsi
  `),
  phraseConnectors: words(`de du des d' la l' le`),
  documentNouns: words(`
    vidéo vidéos communiqué communiqués rapport rapports étude études sondage sondages document documents
    chiffres données bilan enquête images photo photos lettre message déclaration article journal
    estimation estimations statistiques décompte réexamen examen analyse analyses recherche recherches
    évaluation évaluations tweet tweets
      résultats conclusions travaux
  `),
  nonAgents: words(`mesures règles loi lois règlement normes termes plans plan cas modèle calendrier programme`),
  agentPrepositions: words(`par de du des d'`),
  notNames: words(`
    le la les l' un une des du de d' ce cette ces cet il elle ils elles on nous vous je tu en au aux à et mais
    ou donc or ni car selon pour par avec sans sous dans sur lors depuis après avant quand si comme c' qu' que
    ainsi alors puis enfin aussi même plus moins très déjà entouré parti photo image photos images vidéo
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
  `),
  organisations: words(`
    gouvernement ministère préfecture sous-préfecture mairie municipalité police gendarmerie parquet tribunal cour
    conseil commission office agence autorité autorités administration assemblée parlement sénat institut université
    organisation association fédération confédération syndicat chambre comité fondation observatoire direction service
    caisse régie inspection centre ligue collectif coalition cabinet exploitant compagnie opérateur laboratoire
    métropole région département commune ville canton armée douane douanes pompiers secours entreprise entreprises
    société groupe banque hôpital ambassade académie haut-commissariat bureau union accusation défense justice
  `),
  professions: words(`
    chercheur chercheuse chercheurs chercheuses scientifique scientifiques toxicologue chimiste biologiste médecin
    expert experte spécialiste épidémiologiste virologue infectiologue géologue hydrologue climatologue économiste
    économistes analyste avocat avocate élu élue habitant habitante témoin enseignant enseignante professeur
    professeure ingénieur ingénieure historien historienne sociologue politologue juriste psychiatre psychologue
    pédiatre urgentiste pharmacien pharmacienne agriculteur agricultrice éleveur éleveuse syndicaliste militant
    militante physicien physicienne météorologue prévisionniste démographe statisticien statisticienne
    enquêteur enquêteurs enquêtrice enquêtrices
  `),
  indefinites: words(`personne nul nulle aucun aucune rien chacun chacune quiconque tous toutes tout on certains certaines`),
  passiveAuxiliaries: words(`été est sont était étaient`),
  sourcePrepositions: phrases(`appris auprès de | appris auprès d' | appris auprès du | appris auprès des | apprend auprès de | apprend auprès d'`),
  authorNouns: words(`chercheur chercheurs chercheuse chercheuses scientifiques auteurs auteur équipe équipes`),
  journalNouns: words(`revue journal magazine`),
  continuationVerbs: words(`poursuit poursuivi continue continué ajoute ajouté enchaîne enchaîné conclut conclu renchérit renchéri`),
};
