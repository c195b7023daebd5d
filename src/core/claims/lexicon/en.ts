import type { ClaimLexicon } from './types';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const phrases = (s: string): string[] => s.split('|').map((p) => p.trim()).filter(Boolean);

export const ENGLISH: ClaimLexicon = {
  lang: 'en',
  speechVerbs: words(`
    said says say told tells stated states declared declares added adds insisted insists asserted asserts claimed
    claims announced announces replied replies responded responds explained explains tweeted wrote writes warned
    warns promised promises stressed stresses argued argues acknowledged acknowledges admitted admits testified
    vowed vows repeated repeats remarked remarks recalled recalls commented comments conceded concedes quipped
    boasted pledged pledges urged urges cautioned noted
  `),
  reportVerbs: words(`
    believes believe believed fears feared thinks think thought estimated suggested
    suggests reported reports revealed reveals confirmed confirms denied denies indicated indicates alleged
    alleges accused accuses predicted predicts expects expected hopes hoped found finds concluded concludes
    showed shows disclosed discloses maintained maintains contends contended calculated projected
    understood learned touted touts
  `),
  invertibleVerbs: words(`said says added adds asked asks wrote continued explained replied recalled noted insisted argued stressed warned tweeted concluded quipped joked laughed admitted acknowledged`),
  subjectFillers: words(`this last next week weeks month year earlier also yesterday today tonight previously later then again on monday tuesday wednesday thursday friday saturday sunday recently now already`),
  participlePrepositions: words(`in by at for with of from under during`),
  auxiliaries: words(`has have had was were is are will would`),
  attributionFillers: phrases(`also | later | then | previously | earlier | again | further | on | monday | tuesday | wednesday | thursday | friday | saturday | sunday | yesterday | today | not | never | has | had`),
  according: phrases(`according to | cited by | quoting | in the words of | as reported by | in the view of`),
  leadingAccording: words(`for`),
  prediction: phrases(`
    will | would | could | might | may | shall | expected to | is expected | are expected | forecast | forecasts |
    predicted | predicts | likely to | unlikely to | plans to | planned to | going to | projected to | set to | soon |
    upcoming | risk | risks | threaten | threatens | threatened | could've | won't | wouldn't | couldn't
  `),
  futureSuffixes: ["'ll"],
  futureExceptions: [],
  numberWords: words(`
    two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds
    thousand thousands million millions billion billions dozen dozens
  `),
  harm: words(`
    toxic carcinogenic dangerous deadly lethal harmful damage damages kills kill killed poison poisoned
    contaminated pollution disease diseases infection infections infected cure cures effective ineffective
    efficacy vaccine vaccines contagious
  `),
  comparison: phrases(`
    more than | less than | fewer than | as many as | as much as | up to | at least | increase | increased | increases |
    decrease | decreased | decreases | rose | risen | rise | fell | fallen | fall | doubled | tripled | higher | lower |
    up from | down from | compared with | compared to | than | grew | growth | declined | decline | drop | dropped |
    surge | surged | soared | jumped | exceed | exceeded | exceeds | above | below | times
  `),
  superlative: phrases(`
    record | records | first … since | first time | highest | lowest | largest | biggest | smallest | most | least |
    worst | best | ever | unprecedented | never before | all-time | only | longest | shortest | fastest | greatest |
    top | leading
  `),
  quantity: phrases(`
    % | percent | per cent | percentage | million | millions | billion | billions | trillion | trillions | $ | € | £ | ¥ |
    half | third | quarter | dozen | dozens | hundreds | thousands | majority | minority | average | rate | median |
    one in | out of
  `),
  units: words(`
    ton tons tonnes kilogram kilograms kg kilometre kilometres kilometer kilometers km miles mile metres meters
    litres liters gallons pounds dollars euros yen people deaths dead cases patients jobs votes seats years months
    weeks days hours minutes times degrees decibels students workers children women men residents homes bodies
    masks boxes packages troops soldiers countries states percent points breaches
  `),
  dateWords: words(`
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow
    tonight decade century
  `),
  institutions: words(`
    government ministry minister department police court parliament congress senate council commission office
    agency authorities authority administration city state army military justice prosecutor prosecutors
    university hospital institute organization organisation union nations who un eu nato nhs kremlin pentagon
    white bank company corporation party opposition federal fbi cdc fda officials official regulator
  `),
  policy: words(`
    ban banned bans law laws legislation regulation regulations rule rules fine fines fined penalty penalties
    sanction sanctions decided decision approved rejected measure measures vote voted referendum bill policy
    lockdown quarantine curfew arrested charged convicted sentenced investigation investigating lawsuit
    illegal legal requirement required mandatory
  `),
  eventVerbs: words(`
    killed died dead injured wounded arrested stolen stole lost destroyed collapsed signed elected appointed
    fired resigned met visited left arrived launched deployed found discovered detected recorded won lost
    held hosted buried approved passed rejected announced opened closed shut raised cut paid spent
    beat took accepted imposed awarded received gave reached topped ordered released published detained
    charged convicted sentenced attacked invaded crashed exploded evacuated rescued emerged named
  `),
  eventAuxiliaries: words(`was were has have had been`),
  opinion: phrases(`
    i think | i believe | i feel | in my opinion | i hope | i want | we need | we must | we have to | let me | let us |
    thank you | thanks | of course | i don't | i'm not | i'm going | you know | i mean | frankly | honestly
  `),
  boilerplate: phrases(`
    sign up | log in | subscribe | newsletter | cookies | share | read more | more about | comments | advertisement |
    click | copyright | © | all rights reserved | related stories | most read | popular videos | follow us |
    mail the editor | error report | republishing | commenting policy | inside politics | already have an account
  `),
  personPronouns: words(`he she`),
  pluralPronouns: words(`they`),
  backReferences: phrases(`he added | she added | he said | she said | he continued | she continued | in his view | in her view | according to him | according to her`),
  determiners: words(`the a an this that these those`),
  possessives: words(`his her its their`),
  roles: words(`
    president vice-president minister secretary leader spokesman spokeswoman spokesperson chief director mayor professor
    governor senator representative chairman chairwoman chair ceo head official officials officer officers
    analyst analysts expert experts researcher researchers scientist scientists doctor doctors lawyer lawyers
    founder candidate king queen pope general commander ambassador judge prosecutor commissioner chancellor
    premier manager executive employee spokespeople member members adviser advisor economist economists
    epidemiologist coroner councillor councilman councilwoman sheriff lieutenant captain colonel superintendent
  `),
  titles: words(`mr mrs ms miss dr prof sir dame lord lady rev gen sen rep gov lt col capt sgt`),
  phraseStoppers: words(`
    who which that whose whom where when while during after before since in on at for to by with from
    without into as but and or because although though than yesterday today monday tuesday wednesday thursday
    friday saturday sunday
  `),
  phraseConnectors: words(`of the for`),
  documentNouns: words(`
    video videos statement statements report reports study studies survey surveys poll polls document documents
    figures data analysis estimate estimates images photo photos letter message article records tally count
    research details regulations legislation review findings tweet tweets footage
      results conclusions
  `),
  nonAgents: words(`rules law laws regulations guidance plans plan terms schedule programme program model legislation`),
  agentPrepositions: words(`by from of`),
  notNames: words(`
    the a an this that these those he she it they we i you his her its their our my your in on at for to by
    with from of and but or if when while after before as so then there here also however meanwhile
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
  `),
  organisations: words(`
    government ministry department police court parliament congress senate council commission office agency
    authority authorities administration university hospital institute organization organisation union association
    federation trust service board bureau foundation society league committee inspectorate watchdog regulator
    coastguard tribunal centre center academy force company corporation firm airline bank embassy prosecutors
    group network prosecution defence defense operator operators
  `),
  professions: words(`
    researcher researchers scientist scientists toxicologist chemist biologist doctor physician expert specialist
    epidemiologist virologist geologist hydrologist climatologist economist analyst lawyer attorney engineer witness
    resident teacher professor historian sociologist psychologist psychiatrist pharmacist farmer activist campaigner
    meteorologist forecaster statistician demographer physicist nurse surgeon investigator investigators
    toxicologists chemists biologists physicians specialists epidemiologists virologists geologists climatologists
    attorneys engineers witnesses residents teachers professors historians meteorologists forecasters statisticians
    physicists nurses surgeons
  `),
  indefinites: words(`nobody no-one none nothing everyone everybody anyone anybody someone somebody one`),
  passiveAuxiliaries: words(`been being is are was were`),
  sourcePrepositions: phrases(`learned from | was told by`),
  authorNouns: words(`researchers researcher scientists authors author team`),
  journalNouns: words(`journal magazine review`),
  continuationVerbs: words(`continued continues added adds went`),
};
