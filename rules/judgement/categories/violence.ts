import type { CategoryJudgement } from '../types';

/**
 * violence: threats, incitement, wishing harm, glorifying attacks and implied threats, said
 * without the pack's words ("kill", "murder"). Each frame needs a person or a building with
 * people as the target and a wish, an urge or a first-person intent: a news report ("was
 * stabbed"), a training exercise ("firefighters will burn the old house") or an idiom ("kill it
 * at the 5K") has none of them. En and es side by side. See rules/judgement/README.md.
 *
 * Families (round 6, session 10, from round 6's dev part), each a wish, urge or intent met by a
 * harm in one sentence:
 * - a wish or urge + an injury or death ("hope he … cracks his skull", "ojalá lo atropelle un
 *   tráiler", "needs a bat to the kneecaps", "le falta una madriza"): injury_intended
 *   (harm_intent / harm_urge_more + harm_strong / dano_fisico);
 * - an attack on a place with people inside ("torch the office with the staff inside", "una bomba
 *   al carro del regidor", "gasoline and a lighter"): the same frame, harm_strong's means;
 * - knowing where a person lives, parks or where their kids are: know_where;
 * - a grudge + a warning ("if u cross me … won't see retirement", "ya sabemos … vas a ver lo que es
 *   bueno"): grudge_warning.
 * Round 7 (session 11): the act said as people say it, not as a synonym: outcomes and street
 * idioms of harm (harm_outcome: "they'll need dental records", "no la va a contar") after a wish,
 * an urge or a trigger (harm_trigger: "if I catch", "cuando lo vea"); a weapon kept ready for
 * someone (weapon_kept_for); a person's child's school with an ominous tail (family_whereabouts).
 * Guards by kind, not by sentence: prices ("beat any quote"), vaccines ("shot record"), safety
 * warnings ("somebody's gonna get hurt"), rides and lost pets for know_where.
 */
// session 15: who a threat is addressed to, pointed at by what they did ("the guy who keyed my truck", "al vecino que
// amenazó a mi compañera"): a noun and a relative "who/that/que". Nouns a city employee uses for the public and coworkers.
const GRIEVANCE_NOUN_EN = [
  'guy', 'guys', 'man', 'men', 'lady', 'ladies', 'woman', 'dude', 'kid', 'kids', 'person', 'people', 'one', 'ones', 'driver', 'drivers', 'resident', 'residents',
  'customer', 'caller', 'contractor', 'councilman', 'councilwoman', 'councilmember', 'council member', 'council members', 'commissioner', 'reporter', 'vendor',
  'neighbor', 'inmate', 'passenger', 'employee', 'coworker', 'supervisor', 'boss', 'director', 'inspector', 'punk', 'punks', 'clown', 'clowns', 'idiot', 'jerk',
  'owner', 'owners', 'landlord', 'parents', 'folks', 'tenant', 'officer', 'deputy', 'manager', 'clerk', 'thief', 'thieves', 'vandal', 'vandals', 'drunk',
  'coward', 'creep', 'abuser', 'tagger', 'taggers', 'cop', 'protester', 'protesters', 'member', 'members', 'cashier', 'agent', 'rep', 'client', 'mechanic',
];
const GRIEVANCE_NOUN_ES = [
  'vato', 'tipo', 'tipa', 'wey', 'guey', 'cuate', 'compa', 'senor', 'senora', 'vecino', 'vecina', 'vecinos', 'chofer', 'regidor', 'regidora', 'concejal',
  'comisionado', 'reportero', 'reportera', 'comentarista', 'ciudadano', 'cliente', 'inspector', 'supervisor', 'jefe', 'jefa', 'cobarde', 'muchacho', 'chavo',
  'chavos', 'morro', 'morros', 'ratero', 'rateros', 'vandalo', 'vandalos', 'contratista', 'conductor', 'borracho', 'loco', 'pelado', 'pelados', 'cabron',
  'idiota', 'inutil', 'payaso', 'sujeto', 'individuo', 'chamaco', 'chamacos', 'pasajero', 'residente', 'director', 'directora', 'licenciado', 'licenciada',
];
const GRIEVANCE_WHO = [
  // "guy who", "guy that", "guy who s", and the one pointed at by where or what ("the guy in the red hoodie", "the lady with the dogs").
  ...GRIEVANCE_NOUN_EN.flatMap((n) => [`${n} who`, `${n} that`, `${n} who s`, `${n} whos`, `${n} who ve`, `the ${n} in the`, `that ${n} in the`, `the ${n} with the`, `the ${n} from`, `that ${n} from`]),
  // "que" is often written "q" in chats.
  ...GRIEVANCE_NOUN_ES.flatMap((n) => [`${n} que`, `${n} q`]),
  'whoever', 'to whoever', 'anyone who', 'anybody who', 'those who', 'whoever s been', 'whoevers been', 'next one who', 'next person who', 'the next guy who', 'next guy who',
  'al que', 'el que', 'la que', 'a la que', 'los que', 'a los que', 'las que', 'a las que', 'ese que', 'esa que', 'esos que', 'a quien', 'quien sea que', 'del que', 'de los que',
  'al q', 'el q', 'la q', 'a la q', 'los q', 'a los q', 'las q', 'ese q', 'esa q', 'esos q', 'del q', 'de los q', 'el proximo que', 'el proximo q', 'al proximo que', 'al proximo q',
  // "the one from payroll": al de, a la de.
  'al de', 'a la de', 'a los de',
];

export const violence: CategoryJudgement = {
  words: {
    /** A wish, urge or first-person intent (co-occurrence with a harm act), en and es. */
    harm_intent: [
      'i d', 'ill', 'i ll', 'i will', 'i would', 'im gonna', 'i m gonna', 'im going to', 'i m going to', 'gonna', 'finna', 'bout to', 'about to',
      'we ll', 'we re gonna', 'were gonna', 'we will', 'someone should', 'somebody should', 'someone needs to', 'somebody needs to', 'should',
      'hope', 'hope he', 'hope she', 'hope they', 'i hope', 'hopefully', 'wish', 'i wish', 'deserve', 'deserves', 'deserved', 'need to', 'needs to',
      'gotta', 'lets', 'let s', 'dare', 'i swear', 'watch your back', 'better watch', 'going to', 'is going to', 'is gonna',
      'oughta', 'ought to', 'bring your', 'one day im', 'one day i m', 'or she s', 'or hes', 'or he s', 'or shes', 'or they re', 'or theyre', 'or you re', 'or youre',
      'deberian', 'deberiamos', 'hay que agarrarlos', 'ganas de', 'un dia de estos', 'si vuelve', 'si me vuelve', 'si me vuelven',
      'voy a', 'le voy a', 'te voy a', 'les voy a', 'lo voy a', 'la voy a', 'los voy a', 'vamos a', 'hay que', 'habria que', 'ojala', 'se merece',
      'se merecen', 'merece', 'merecen', 'quiero', 'quisiera', 'deberian', 'alguien deberia', 'alguien tiene que', 'a ver si', 'te juro', 'nomas espera',
      // session 13 (lexicon), the urge felt and held back: desire, temptation, nearness, readiness ("ready to", "this close to", "estoy a nada de").
      'ready to', 'so ready to', 'tempted to', 'so tempted to', 'i could', 'i want to', 'want to', 'wanna', 'i wanna', 'this close to', 'so close to',
      'half a mind to', 'itching to', 'feel like', 'i feel like', 'hold me back', 'or i ll', 'or ill', 'or else i', 'tryna', 'trying not to',
      'estoy a nada de', 'a nada de', 'estoy a punto de', 'a punto de', 'tantito mas y', 'con ganas de', 'le quiero', 'la quiero', 'lo quiero', 'les quiero', 'me aguanto las ganas de', 'aguantandome las ganas de', 'quisiera', 'me gustaria',
    ],
    /** Acts of bodily harm or death, en and es, with inflections and slang. */
    harm_act: [
      'kill', 'killed', 'murder', 'murdered', 'shoot', 'shot', 'stab', 'stabbed', 'beat', 'beat up', 'beat the', 'beat his', 'beat her', 'punch',
      'punched', 'slap', 'slapped', 'smack', 'choke', 'choked', 'strangle', 'hurt', 'hurts', 'run over', 'ran over', 'run him over', 'run her over',
      'burn down', 'burn it down', 'blow up', 'bury', 'break his', 'break her', 'break your', 'break their', 'bash', 'bashed', 'curb stomp', 'stomp',
      'knock out', 'knock his', 'knock her', 'put hands on', 'put my hands on', 'whoop', 'jump him', 'jump her', 'jumped', 'shank', 'pop him', 'pop her',
      'cap', 'light him up', 'light them up', 'end him', 'end her', 'six feet under', 'body bag', 'in the hospital', 'bleed out',
      'lynch', 'snap his neck', 'snap her neck', 'pay for this', 'get what s coming', 'get whats coming', 'not be donuts',
      'matar', 'matarlo', 'matarla', 'matarlos', 'mato', 'maten', 'muera', 'mueran', 'se muera', 'golpear', 'golpearlo', 'golpearla', 'madrazo',
      'madrazos', 'madrear', 'madrearlo', 'partir la madre', 'partirle la madre', 'romper la cara', 'romperle la cara', 'romperle', 'balazo',
      // Round 4: the same acts with their inflections (stems.ts) and more ways to say them.
      'kill*', 'murder*', 'stab*', 'punch*', '!punchline', '!punchlines', 'slap*', 'smack*', 'choke*', 'strangl*', 'shoot*', 'beaten',
      'hang him', 'hang her', 'hang them', 'string him up', 'string her up', 'torch*', '!torches', '!torcho', '!torchos', '!torchier', 'set fire to', 'set him on fire', 'light him on fire',
      'put him through a wall', 'put her through a wall', 'put you through a wall', 'in an ambulance', 'in a coffin', 'in a casket', 'teach him a lesson', 'teach her a lesson', 'teach them a lesson', 'teach you a lesson',
      'slash the tires', 'slash his tires', 'slash her tires', 'key his car', 'key her car', 'break his fingers', 'break her fingers', 'break your fingers',
      'break his legs', 'break her legs', 'break your legs', 'break his jaw', 'break her jaw', 'bust his', 'bust her',
      'golpe*', '!golpe', '!golpes', 'madre*', '!madre', '!madres', 'apunal*', 'acuchill*', 'ahorc*', 'balace*', 'atropell*', 'fusil*', '!fusil', '!fusiles',
      'romper su madre', 'partir su madre', 'partirle su madre', 'romperle su madre', 'rajarle su madre', 'romper el hocico', 'romperle el hocico',
      'partir la cara', 'partirle la cara', 'romper los dientes', 'a palos', 'a golpes', 'a madrazos', 'a batazos', 'a pedradas', 'a balazos', 'a cachetadas',
      'colgar a', 'colgarlos', 'colgarlo', 'colgarla', 'quemarlos', 'quemarlo', 'quemarla',
      'balazos', 'balacear', 'quemar', 'quemarle', 'ahorcar', 'ahorcarlo', 'apunalar', 'acuchillar', 'putazos', 'chingadazos', 'cachetada',
      'cachetadas', 'pegarle', 'darle un tiro', 'desaparecer', 'desaparecerlo', 'atropellar', 'atropellarlo', 'atropelle', 'arrepentir',
      'se va a arrepentir', 'me las va a pagar', 'plomazo', 'plomazos', 'partirle', 'rajarle', 'partan', 'le partan', 'rompan', 'le rompan', 'lo maten', 'la maten', 'lo golpeen', 'la golpeen', 'lo atropellen',
      // Round 7 (session 11): street verbs for killing and beating, with the person attached, en and es.
      'merk', 'merked', 'murk', 'murked', 'smoke him', 'smoke her', 'smoke them', 'dome him', 'clap him', 'clap her', 'clap them', 'off him', 'off her', 'waste him',
      'waste her', 'ice him', 'whack him', 'rub him out', 'do him in', 'sock him', 'deck him', 'deck her', 'drop him', 'lay him out', 'stomp him', 'kick his teeth in', 'kick her teeth in',
      'quebrar', 'sonarlo', 'sonarla', 'descontarlo', 'descontarla', 'reventarlo', 'reventarla', 'desmadrarlo', 'desmadrarla', 'picarlo', 'picarla', 'fierrearlo',
      'plomearlo', 'balearlo', 'balearla', 'tirotearlo', 'rafaguearlo', 'ahogarlo', 'ahogarla', 'rajarlo', 'rajarla', 'cuetearlo', 'madrearla', 'madrearlos',
      // Round 9 (s12-ja), harm wished or implied: drowning, running off the road, said with the person attached.
      'drown him', 'drown her', 'drown them', 'drown that', 'drown you', 'drown his', 'hold his head under', 'hold her head under', 'run him off the road',
      'run her off the road', 'run them off the road',
      // session 13 (lexicon), harm promised: beating and killing verbs and idioms a thesaurus and street speech give, with the person attached, en and es.
      'throttl*', 'pummel*', 'clobber*', 'wallop*', 'thrash him', 'thrash her', 'maul him', 'maul her', 'batter him', 'batter her', 'pound him', 'pound her', 'pound his face',
      'pound her face', 'beat the brakes off', 'kick the crap out', 'kick the shit out', 'kick the hell out', 'knock the hell out', 'knock the crap out', 'rip his head off',
      'rip her head off', 'tear his head off', 'tear him apart', 'tear her apart', 'rip him apart', 'rip her apart', 'tear him a new', 'fight him', 'fight her',
      'swing on', 'swing at him', 'swing at her', 'take a swing at', 'throat punch', 'sucker punch', 'headbutt', 'head butt', 'bitch slap', 'backhand him', 'backhand her',
      'body him', 'body her', 'gut him', 'gut her', 'skin him alive', 'skin her alive', 'choke him out', 'choke her out', 'air him out', 'air her out', 'run him down',
      'run her down', 'mow him down', 'mow them down', 'gun him down', 'gun her down', 'gun them down', 'finish him off', 'finish her off', 'put him in the ground',
      'put her in the ground', 'beat him to a pulp', 'beat her to a pulp', 'to a pulp', 'black his eye', 'black her eye', 'bloody his nose', 'bloody her nose',
      'cachete*', '!cachete', '!cachetes', 'patearlo', 'patearla', 'patearle', 'patearlos', 'trompad*', 'trompear*', 'navajazo*', 'navajearlo', 'navajearla', 'degoll*', 'descuartiz*', 'estrangul*',
      'asfixiarlo', 'asfixiarla', 'cortarle el cuello', 'torcerle el pescuezo', 'retorcerle el pescuezo', 'retorcerle el cuello', 'quemarlo vivo', 'quemarla viva',
      'enterrarlo', 'enterrarla', 'ejecutarlo', 'ejecutarla', 'reventarle la cara', 'reventarle la boca', 'reventarle el hocico', 'sacarle la madre', 'darle en la torre',
      'romperle la torre', 'partirle la torre', 'darle en su torre', 'agarrarlo a madrazos', 'agarrarla a madrazos', 'agarrarlo a golpes', 'agarrarla a golpes',
      'agarrarlo a patadas', 'agarrarla a patadas', 'sacarle el mole', 'romperle el alma', 'partirle el alma', 'romperle la crisma', 'partirle la crisma', 'rajarle la crisma',
      'descalabrarlo', 'descalabrarla', 'pegarle un balazo', 'meterle un balazo', 'pegarle un tiro', 'echarle plomo', 'soltarle un golpe', 'soltarle un madrazo',
      'aventarle un golpe', 'aventarle un madrazo', 'zumbarle', 'tundirlo', 'tundirla',
      // session 13 (lexicon), harm by leaving someone to it: let him sink, wouldn't save him.
      'let him sink', 'let her sink', 'let him drown', 'let her drown', 'let them drown', 'let him burn', 'let her burn', 'let him bleed', 'let him die', 'let her die',
      'let them die', 'watch him drown', 'watch him burn', 'watch her burn', 'wouldn t save him', 'wouldnt save him', 'wouldn t save her', 'wouldnt save her', 'let him choke',
      'dejarlo que se ahogue', 'dejarla que se ahogue', 'dejaria que se ahogue', 'lo dejo que se ahogue', 'dejarlo morir', 'dejarla morir', 'lo dejo morir', 'la dejaria morir',
      'lo dejaria morir', 'no lo salvaria', 'no la salvaria',
      // session 13 (lexicon), a brick or a rock thrown at a person's home, arriving armed, silenced for good, respect taught by force.
      'a brick through', 'brick through his', 'brick through her', 'a rock through', 'rock through his', 'rock through her', 'un ladrillazo', 'ladrillazo', 'un ladrillo por la ventana',
      'una pedrada a su', 'llegar armado', 'llegar armada', 'venir armado', 'vengo armado', 'come in armed', 'show up armed', 'showing up armed', 'come strapped', 'coming strapped',
      'pull up strapped', 'enfierrado', 'llegar enfierrado', 'shut him up for good', 'shut her up for good', 'shuts him up for good', 'shuts her up for good', 'silence him for good',
      'silence her for good', 'callarlo para siempre', 'callarla para siempre', 'la boca para siempre', 'respect the hard way', 'manners the hard way', 'a lesson the hard way',
      'por las malas', 'a las malas', 'teach him some respect', 'teach her some respect', 'ensenarle a respetar', 'ensenarles a respetar', 'le voy a ensenar a respetar', 'ensenarle modales',
      // session 13 (lexicon), the act in the present and with "this guy": 'le parto la cara', 'knocking out', 'deck this guy', 'hunt him down'.
      'knocking him out', 'knocking her out', 'deck this', 'deck that', 'deck you', 'sock this', 'sock that', 'slap the smirk', 'smack the smirk', 'hunt him down',
      'hunt her down', 'hunt you down', 'hunt them down', 'hunt down whoever', 'hunt down the guy', 'hunt down the person', 'put my hands on', 'lay my hands on', 'le parto',
      'le rompo', 'lo mato', 'la mato', 'los mato', 'lo madreo', 'la madreo', 'lo reviento', 'la reviento', 'le reviento', 'lo cazo', 'cazarlo', 'lo voy a cazar',
      // session 13 (lexicon), whatever comes to them deserved; the bullet deserved; a woman "put in her place" with a hand.
      'whatever they get', 'whatever he gets', 'whatever she gets', 'whatever happens to them', 'whatever happens to him', 'whatever happens to her', 'lo que les pase',
      'lo que le pase', 'plomo es lo que', 'bala es lo que', 'puro plomo', 'pura bala', 'plomo pa los', 'plomo para los', 'lead is what', 'a bullet is what', 'bullet is what',
      'with a backhand', 'a backhand', 'put her in her place', 'put in her place', 'ponerla en su lugar', 'with the belt', 'con el cinturon', 'whoop any', 'whoop them', 'whoop em',
      // session 13 (lexicon), the threat said to the person's face in Spanish (te, tu): most entries above are said of a third person (le, lo, su).
      'partir tu madre', 'partirte la madre', 'partirte tu madre', 'romper tu madre', 'romperte la madre', 'romperte tu madre', 'romperte la cara', 'partirte la cara',
      'romperte el hocico', 'partirte el hocico', 'romperte el osico', 'te rompo', 'te parto', 'te mato', 'matarte', 'madrearte', 'golpearte', 'poner en tu madre', 'ponerte en tu madre',
      'darte en tu madre', 'dar en tu madre', 'quebrarte', 'desaparecerte', 'reventarte', 'picarte', 'plomearte', 'balearte', 'darte piso', 'darte cuello', 'sacarte los ojos',
      'sacar los ojos', 'arrancarte', 'colgarte', 'quemarte', 'ahorcarte', 'meter un fierrazo', 'meterte un fierrazo', 'fierrazo', 'meterte un balazo', 'meterte un plomazo',
      'meterte un tiro', 'darte unos plomazos', 'unos plomazos', 'dejarte irreconocible', 'dejar irreconocible', 'irreconocible', 'acabar contigo', 'acabo contigo',
      'te arrepientas de haber nacido', 'arrepentir de haber nacido', 'arrepentirte', 'hacer que te arrepientas', 'ponerte una madriza', 'darte una madriza', 'darte una golpiza',
      'darte tus cachetadas', 'agarrarte a golpes', 'agarrarte a madrazos', 'agarrarte a patadas', 'romperte los dientes', 'tumbarte los dientes', 'sonarte', 'surtirte',
    ],
    /**
     * Round 5. Injuries and attacks that are bodily harm to a person in any sentence ("rearrange
     * his face", "broken ribs", "eating through a straw", "cut the brake lines", "darle un susto"):
     * specific enough to need only an intent or an urge anywhere in the sentence (harm_intent,
     * within 12 words), not a fixed wording. News and training are guarded (harm_strong_guard).
     */
    harm_strong: [
      'rearrange his face', 'rearrange her face', 'rearrange your face', 'rearrange their face', 'fix his face', 'fix her face', 'smash his face',
      'smash her face', 'smash your face', 'smash their face', 'their face too', 'his face too', 'her face too', 'your face too', 'face smashed',
      'face caved in', 'cave his face in', 'cave her face in', 'broken ribs', 'break his ribs', 'break her ribs', 'crack his ribs', 'crack some ribs',
      'broken jaw', 'broken nose', 'break his nose', 'break her nose', 'bust his lip', 'busted lip', 'black eye', 'black eyes', 'knock his teeth',
      'knock her teeth', 'knock your teeth', 'teeth out', 'lose some teeth', 'eating through a straw', 'eat through a straw', 'through a straw',
      'in a wheelchair', 'in a cast', 'on life support', 'in the er', 'in the icu', 'five minutes alone with', '5 minutes alone with', 'minutes alone with',
      'a lesson he won t forget', 'a lesson he wont forget', 'a lesson she won t forget', 'a lesson she wont forget', 'a lesson they won t forget',
      'a lesson they wont forget', 'a lesson you won t forget', 'a lesson you wont forget', 'cut the brake lines', 'cut his brake lines', 'cut her brake lines',
      'brake lines', 'sugar in his gas tank', 'sugar in her gas tank', 'caught fire', 'catches fire', 'catch fire', 'burns down', 'burned down',
      'been asking for it', 'is asking for it', 'was asking for it', 'had it coming', 'has it coming', 'get jumped', 'gets jumped', 'jump him after',
      'jump her after', 'jump him in', 'jump her in', 'put a bullet in', 'put one in', 'pop a cap', 'bullet in his', 'bullet in her', 'bullet in that',
      'stomp him out', 'stomp her out', 'beat him senseless', 'beat her senseless', 'beaten until', 'beat until', 'beat them until', 'bloody',
      'darle un susto', 'darle un buen susto', 'darles un susto', 'esperarla afuera', 'esperarlo afuera', 'esperarlos afuera', 'esperarlo a la salida',
      'esperarla a la salida', 'caerle en bola', 'caerles en bola', 'darle piso', 'darle cuello', 'quebrarlo', 'quebrarla', 'echarle bala', 'meterle bala',
      'meterle un tiro', 'meterle un plomazo', 'meter un plomazo', 'ponerle una madriza', 'ponerle una golpiza', 'una golpiza', 'una madriza', 'una putiza',
      'unos buenos madrazos', 'unos madrazos', 'golpiza', 'madriza', 'putiza', 'cortarle los frenos', 'le corten los frenos', 'le cortaran los frenos',
      'se le queme la casa', 'se le quemara la casa', 'le quemen la casa', 'quemarle la casa', 'le vamos a quemar', 'en silla de ruedas',
      'al hospital', 'en el hospital', 'tumbarle los dientes', 'se lo esta buscando', 'se lo anda buscando', 'se la anda buscando', 'se la esta buscando',
      'agarrarlo a cachetadas', 'agarrarla a cachetadas', 'agarrar a cachetadas', 'agarrarlos a golpes', 'a cachetadas', 'ahorcar*',
      // Round 6 (session 10): injuries and attacks by family, en and es. Necks, skulls and throats;
      // falls and crashes wished on someone; rounding people up; burning or bombing a place with
      // people inside; weapons named as the means; "found in a ditch"; teeth on the floor.
      'snap his neck', 'snaps his neck', 'snap her neck', 'snaps her neck', 'breaks his neck', 'breaks her neck', 'broken neck', 'break his neck', 'break her neck',
      'cracks his skull', 'cracks her skull', 'crack his skull', 'crack her skull', 'skull open', 'skull cracked', 'split his head', 'split her head', 'head split open',
      'his throat', 'her throat', 'their throats', 'wraps his car around', 'wraps her car around', 'wrap his car around', 'around a pole', 'around a tree',
      'chokes on a', 'choke on a', 'falls off and', 'falls down the stairs and', 'slips and', 'slips on', 'trips and', 'falls and breaks', 'fall and break',
      'rounded up and', 'round them up and', 'lined up and', 'line them up and', 'up against a wall', 'against the wall and', 'and shot', 'get shot', 'gets shot',
      'whipped', 'whip them', 'whip him', 'flogged', 'beaten with', 'bat to the', 'to the kneecaps', 'kneecap', 'kneecaps', 'kneecapped', 'kneecapping', 'by his hair', 'by her hair', 'walk home bleeding',
      'leave him bleeding', 'leave her bleeding', 'bleeding out', 'picking his teeth up', 'picking her teeth up', 'pick his teeth up', 'teeth off the floor',
      'with them inside', 'with the staff inside', 'with everyone inside', 'with people inside', 'with the people inside', 'with him inside', 'with her inside', 'while they re inside',
      'during their meeting', 'during the meeting and', 'lock the doors and', 'light the place up', 'light it up with',
      'drive a truck through', 'drive my truck through', 'ram a truck', 'plow a truck', 'bulldoze them', 'bulldoze it with', 'gasoline and a lighter', 'gas and a lighter',
      'some gasoline', 'a gas can', 'molotov', 'molotovs', 'pipe bomb', 'pipe bombs', 'a bomb in', 'a bomb under', 'a bomb on', 'rat poison', 'antifreeze in',
      'with a gun', 'with my gun', 'with a rifle', 'with my rifle', 'with a bat', 'with my bat', 'with a machete', 'with a knife',
      'in a ditch', 'in a dumpster', 'in a body bag', 'a body bag', 'toe tag',
      'se caiga', 'se caigan', 'se desnuque', 'se descalabre', 'se rompa el cuello', 'se rompa la cabeza', 'se parta la cabeza', 'se abra la cabeza', 'le rompan la cabeza',
      'le quemen', 'les quemen', 'con acido', 'echar acido', 'hirviendo en la cara', 'cafe hirviendo', 'agua hirviendo', 'aceite hirviendo',
      'acomodar la cara', 'acomodarle la cara', 'le van a acomodar', 'arreglarle la cara', 'voltearle la cara', 'tumbarle', 'unos cuantos batazos', 'batazos', 'cachazos', 'fierrazos',
      'agarrar entre todas', 'agarrar entre todos', 'agarrarla entre', 'agarrarlo entre', 'la vamos a agarrar', 'lo vamos a agarrar', 'los vamos a agarrar',
      'en una zanja', 'en una bolsa negra', 'en el monte', 'con los pies por delante', 'tres metros bajo tierra',
      'una bomba al', 'una bomba en', 'ponerle una bomba', 'le ponga una bomba', 'gasolina y', 'un cerillo', 'con plomo', 'pero con plomo', 'con un cuerno', 'con el cuerno',
      'con una pistola', 'con mi pistola', 'con un arma', 'con mi arma', 'con un bate', 'con el bate', 'con un machete', 'con la navaja',
      'a golpes', 'romperle las ventanas', 'rompe las ventanas', 'le rompan las ventanas', 'le rompa los vidrios', 'llantas cortadas', 'cortarle las llantas', 'ponchar las llantas', 'ponchale las llantas',
      // Poison, a bounty, an intimidating visit to the home with others.
      'rat poison', 'poisoned', 'poison his', 'poison her', 'poison their', 'laced it', 'laced his', 'laced her', 'antifreeze', 'laxative', 'laxatives',
      'veneno', 'veneno para ratas', 'envenenar', 'envenenarlo', 'envenenarla', 'laxante', 'jumps the', 'jump him', 'jump her', 'jumps him', 'jumps her',
      'una visita en su casa', 'una visita a su casa', 'una visitita', 'visitarlo en su casa', 'visitarla en su casa', 'pay him a visit', 'pay her a visit',
      'visit him at home', 'visit her at home', 'a visit at his house', 'a visit at her house', 'con mis primos', 'con mis compas', 'with my cousins', 'with my boys',
      'get run over', 'gets run over', 'run over themselves', 'back and forth', 'alone in that parking lot', 'alone in the parking lot', 'won t see retirement', 'wont see retirement',
      // Round 9 (s12-ja), harm wished or implied: the threat said as a scare or lesson "que no se le olvide", the tires punctured, the parking lot alone, burning with people named (not a bare "con todo y").
      'una leccion que no se le olvide', 'una leccion que no se les olvide', 'leccion que no se le olvide', 'de esas que se dan en lo oscurito',
      'un susto que no se le va a olvidar', 'un susto que no se le olvide', 'un susto que nunca va a olvidar', 'un susto que no va a olvidar', 'a scare he won t forget',
      'a scare she won t forget', 'a scare he wont forget', 'a scare she wont forget', 'le ponchara las llantas', 'le ponchen las llantas', 'ponchen las llantas',
      'poncharle las llantas', 'le poncharan las llantas', 'parking lot alone', 'estacionamiento solo', 'estacionamiento sola', 'something in my glovebox',
      'something in the glovebox', 'something in my glove box', 'algo en la guantera', 'traigo algo en la guantera', 'con todo y familia', 'con todo y su familia',
      'con todo y sus hijos', 'con todo y los ninos', 'con todo y el adentro', 'con todo y ella adentro',
      // Round 9 (s12-ja), second pass: injuries and means said other ways ("teeth knocked in", "volarle los sesos", "a two by four").
      'teeth knocked in', 'teeth knocked out', 'teeth kicked in', 'head kicked in', 'face kicked in', 'blow his brains out', 'blow her brains out', 'his brains out',
      'volar los sesos', 'volarle los sesos', 'le vuele los sesos', 'with a two by four', 'with a 2 by 4', 'some manners with', 'fall down my stairs',
      'falls down my stairs', 'trip and fall down', 'trips and falls down',
      // Round 9 (s12-ja), third pass: settled "the old way", "y no con votos".
      'y no con votos', 'y no precisamente con votos', 'no precisamente con palabras', 'not with votes', 'and not with words', 'and not at the ballot box',
      'settle this the old way', 'settle it the old way', 'settle this like men', 'settle it like men', 'take him out back', 'take her out back', 'take them out back',
      'out back and settle', 'arreglarlo como hombres', 'arreglarlo a la antigua', 'arreglarlo afuera', 'arreglemos esto afuera', 'a la antiguita', 'dar piso',
      'le van a dar piso',
      // session 13 (lexicon), a home burned with the person in it; a "scare" left at the door; a crew's visit.
      'with him in it', 'with her in it', 'with them in it', 'with him still inside', 'with her still inside', 'go up in flames', 'goes up in flames', 'burn to the ground',
      'burns to the ground', 'con el adentro', 'con ella adentro', 'con ellos adentro', 'que arda', 'hecha cenizas', 'hecho cenizas', 'amanece con un susto', 'amanezca con un susto',
      'amanecer con un susto', 'un susto en la puerta', 'una sorpresa en la puerta de su casa', 'una sorpresita en su puerta', 'a surprise on his porch', 'something on his doorstep',
      'a surprise at his door', 'pay them a visit at home', 'visit them at home', 'at home with the boys', 'a su casa con la bola', 'a su casa con los compas',
      // session 13 (lexicon), political violence by its old names: the rope, the wall, the guillotine, "second amendment remedies".
      'second amendment remedies', 'second amendment remedy', 'second amendment solution', '2nd amendment remedies', '2nd amendment solution', 'public hangings', 'public hanging',
      'the guillotine', 'guillotines', 'a rope and a tree', 'rope and a tree', 'a tree and a rope', 'firing squad', 'al paredon', 'peloton de fusilamiento', 'a la horca', 'a la horca',
      // session 13 (lexicon), the baton, gas and rubber bullets wished on people.
      'macana', 'macanazo', 'macanazos', 'de macana', 'garrotazo', 'garrotazos', 'billy club', 'nightstick', 'tear gas them', 'pepper spray them', 'a taste of the baton',
      // session 13 (lexicon), something put in a person's food or drink.
      'spike his drink', 'spike her drink', 'spiked his drink', 'spiked her drink', 'algo al cafe', 'algo en su cafe', 'algo en el cafe de', 'algo en su refresco',
      // session 13 (lexicon), a mob at a person's home, a riot, a car burned.
      'show up at his house', 'show up at her house', 'all show up at his', 'all show up at her', 'caerle a su casa', 'caerle en su casa', 'ir todos a su casa', 'vamos a su casa',
      'we should riot', 'start a riot', 'flip some cars', 'flip cars', 'burn this city down', 'burn the city down', 'burn it all down', 'tear the place apart', 'tear this place apart',
      'armar un desmadre', 'voltear carros', 'voltear patrullas', 'quemar patrullas', 'quemar carros', 'saquear', 'quemarle el carro', 'quemarle la troca', 'quemarle la camioneta',
      'quemarle el coche', 'burn his car', 'burn her car', 'torch his car', 'torch her car', 'set his car on fire', 'set her car on fire', 'prenderle fuego a su', 'prenderle fuego al carro',
    ],
    /** Round 5. Where an injury word is news, training, a game or a safety notice. */
    harm_strong_guard: [
      'police said', 'was arrested', 'were arrested', 'arrested', 'suspect', 'suspects', 'victim', 'victims', 'reported', 'investigation', 'charged',
      'training', 'drill', 'drills', 'exercise', 'simulacro', 'capacitacion', 'movie', 'pelicula', 'game', 'episode', 'no one', 'nobody', 'nadie',
      'safe', 'safety', 'seguridad', 'prevention', 'prevencion', 'fireworks', 'no hubo', 'lesionados', 'injured', 'injuries', 'crews', 'firefighters',
      'bomberos', 'hot spots', 'recovering', 'get well', 'prayers', 'oraciones', 'se recupera', 'recuperacion', 'accident on', 'crash', 'choque',
      'dentist', 'dentista', 'surgery', 'cirugia', 'smoothie', 'milkshake', 'licuado', 'straw ban', 'paper straw', 'reusable',
      'never', 'would never', 'nunca', 'not gonna', 'no voy a', 'no vamos a', 'dont', 'do not', 'no hay que',
      // Round 6: the widened injuries in a report, a safety notice or a kitchen.
      'jump the gun', 'jump the line', 'bomba de agua', 'water pump', 'fell off', 'slipped and fell', 'wet floor', 'piso mojado', 'caution', 'careful',
      'aprendi a golpes', 'aprendimos a golpes', 'recipe', 'receta', 'tea', 'hold the door', 'lock the doors at', 'we lock', 'planta', 'plantas',
      // Round 7: a hope that nothing happens, not any "que no" ("pa' que no vuelva a caminar" is the threat).
      'ojala que no', 'ojala no', 'espero que no', 'esperemos que no', 'para que no se', 'pa que no se', 'cuidado que no', 'que no le pase', 'que no les pase',
      // session 13 (lexicon): a safety notice ("wear your seat belt, otherwise…").
      'seat belt', 'seatbelt', 'seatbelts', 'cinturon de seguridad', 'helmet', 'helmets', 'casco', 'wear your', 'use su', 'sunscreen', 'hydrated', 'hidratese',
      // session 13 (lexicon): a crowd at a home for a birthday or a serenade.
      'birthday', 'cumpleanos', 'serenata', 'mananitas', 'surprise party', 'fiesta sorpresa', 'carolers', 'posada', 'trick or treat',
      // Round 9 (s12-ja): the weather that "won't let anyone walk out" is no threat.
      'llover', 'lloviendo', 'llueve', 'lluvia', 'rain', 'raining', 'storm', 'tormenta', 'granizo', 'hail', 'el calor', 'the heat', 'arroyo',
    ],
    /** Round 5. "It would be a shame if…", "next person who…": the veiled or conditional urge. */
    harm_urge_more: [
      'it would be a shame if', 'would be a shame if', 'be a shame if', 'wouldn t it be funny if', 'wouldnt it be funny if', 'would be funny if',
      'be a shame if', 'accidents happen', 'just saying', 'just a thought', 'who wants to', 'anyone wanna', 'next person who', 'the next person who',
      'next one who', 'i d love', 'id love', 'i would love', 'mark my words', 'one of these days', 'somebody s gonna', 'somebodys gonna', 'someone s gonna',
      'someones gonna', 'lmk when', 'wait till', 'wait until', 'ganas de', 'me dan ganas', 'hay que darle', 'pa que aprenda', 'para que aprenda',
      'a ver si asi aprende', 'seria una lastima que', 'que tal si alguien', 'el proximo que', 'al proximo que', 'la proxima persona que', 'quien se anima a',
      // session 13 (lexicon), the call said as "time for" or "bring back".
      'time for some', 'its time for', 'it s time for', 'time to bring', 'bring back', 'ya es hora de', 'es hora de', 'que regresen', 'que vuelvan',
      'merece', 'merecen', 'deberian recibir', 'deberia recibir', 'se merece', 'se merecen', 'le vamos a', 'les vamos a', 'vamos a',
      // Round 6: wishes and urges in more words ("can't wait till", "I'll pay whoever", "le falta una
      // madriza"), third-person futures that announce harm ("he'll be", "lo van a encontrar").
      'cant wait till', 'can t wait till', 'cant wait until', 'can t wait until', 'cant wait for', 'can t wait for', 'cant wait to see', 'can t wait to see',
      'love to see', 'like to see', 'wanna see', 'want to see', 'hope he', 'hope she', 'hope they', 'hope that', 'hope the', 'pray he', 'pray she',
      'he ll be', 'she ll be', 'you ll be', 'they ll be', 'u ll be', 'ull be', 'hell be', 'shell be', 'youll be', 'theyll be', 'he ll end up', 'keep it up',
      'one day you ll', 'one day youll', 'otherwise', 'or else', 'si no fuera por', 'de no ser por', 'one day u ll', 'i ll pay', 'ill pay', 'i ll give', 'i pay', 'anyone got', 'anybody got', 'who s got', 'whos got',
      'swear to god', 'i swear to god', 'lo juro', 'te lo juro', 'se los juro', 'juro por dios', 'i laced', 'i put', 'le eche', 'le puse', 'to whoever', 'al que', 'a quien',
      'ima', 'imma', 'i ma', 'i mma', 'im finna', 'i m finna', 'im about to', 'i m about to',
      'le falta', 'les falta', 'le hace falta', 'les hace falta', 'necesita', 'necesitan', 'ojala', 'ojala que', 'que alguien', 'alguien le', 'alguien les',
      'le van a', 'les van a', 'lo van a', 'la van a', 'los van a', 'se va a llevar', 'se van a llevar', 'va a terminar', 'vas a terminar', 'va a acabar', 'vas a acabar',
      'yo pongo', 'le pago', 'les pago', 'le doy', 'me voy a meter', 'voy a ir', 'un dia de estos', 'un dia de estos le', 'me gustaria ver',
      // Round 9 (s12-ja): the veiled and the hoped-for, in Spanish ("sería una pena que", "nomás espero que").
      'seria una pena que', 'seria una lastima si', 'que pena que alguien', 'espero que', 'nomas espero que', 'solo espero que', 'ojala un dia',
      // Round 9 (s12-ja), second pass: paying to see it.
      'pay good money to see', 'pay to see', 'would pay to see', 'i d pay to see', 'id pay to see', 'pagaria por ver', 'daria lo que fuera por ver',
    ],
    /**
     * Round 7 (session 11). The moment a threat is set for: a sighting or a condition ("if I find
     * you", "next time", "cuando lo vea", "el día que la vea"), a bare need ("needs a …", "le
     * toca …") or bringing something. The first side of a threat, before an outcome of harm.
     */
    harm_trigger: [
      'if i find you', 'if i find him', 'if i find her', 'if i find them', 'if i catch you', 'if i catch him', 'if i catch her', 'if i catch them',
      'if i catch', 'if i find', 'when i find', 'when i catch', 'when i see him', 'when i see her', 'if i see him', 'if i see her', 'if i see you', 'next time i see', 'next time',
      'the next time', 'once i get my hands on', 'get my hands on', 'if i get my hands on', 'if he shows up', 'if she shows up', 'if they show up',
      'la proxima vez', 'cuando vea al', 'cuando vea a la', 'cuando lo vea', 'cuando la vea', 'cuando los vea', 'si lo veo', 'si la veo', 'si los veo',
      'si lo agarro', 'si la agarro', 'si los agarro', 'si lo encuentro', 'si la encuentro', 'el dia que lo vea', 'el dia que la vea', 'nomas lo vea',
      'nomas la vea', 'en cuanto lo vea', 'en cuanto la vea', 'si se vuelve a', 'si se atreve', 'como vuelva', 'si me lo topo', 'si me la topo', 'cuando me lo tope',
      'needs a', 'need a', 'needs some', 'could use a', 'could use some', 'deserves a', 'deserves some', 'is getting', 'is gonna get', 'gonna get', 'about to get',
      'bout to get', 'le toca', 'les toca', 'se gano', 'se ganaron', 'se va a ganar', 'se van a ganar', 'se esta ganando', 'anda buscando', 'andan buscando',
      'im bringing', 'i m bringing', 'i ll bring', 'ill bring', 'gonna bring', 'going to bring', 'voy a traer', 'voy a llevar', 'vamos a traer', 'vamos a llevar',
      'lo vamos a estar esperando', 'lo voy a estar esperando', 'la vamos a estar esperando', 'lo estamos esperando', 'lo espero', 'la espero', 'los espero',
      'te espero', 'lo esperamos', 'la esperamos', 'we ll be waiting', 'well be waiting', 'i ll be waiting', 'ill be waiting', 'be waiting for him', 'be waiting for her',
      // Round 9 (s12-ja): the moment set for the threat ("cuando lo encuentre", "better not show up").
      'cuando lo encuentre', 'cuando la encuentre', 'cuando los encuentre', 'cuando lo agarre', 'cuando la agarre', 'cuando me lo encuentre', 'cuando me la encuentre',
      'better not show up', 'better not come', 'd better not show', 'mejor que no se aparezca', 'que no se aparezca', 'que ni se aparezca', 'better hope i don t',
      'better hope i dont', 'better pray i don t', 'better pray i dont', 'mas le vale que no lo', 'mas le vale que no la',
      // Round 9 (s12-ja), third pass.
      'if i see that', 'if i see the', 'if i catch that', 'if i catch the', 'si veo a ese', 'si veo a esa', 'si veo al', 'si veo a la',
      // session 13 (lexicon), the moment set by a crew ("when we find you", "cuando lo encontremos").
      'when we find', 'when we catch', 'if we find', 'if we catch', 'once we find', 'once we catch', 'when we get our hands on', 'cuando lo encontremos', 'cuando la encontremos',
      'cuando los encontremos', 'si lo encontramos', 'si la encontramos', 'si lo agarramos', 'si la agarramos', 'cuando lo agarremos', 'cuando la agarremos', 'ya lo estoy buscando',
      'ya la estoy buscando', 'ya lo andamos buscando', 'already looking for him', 'we re looking for you', 'were looking for you',
      'anyone who touches', 'whoever touches', 'anybody who touches', 'anyone who messes with', 'whoever messes with', 'el que se meta con', 'al que se meta con', 'la que se meta con',
      'quien se meta con', 'el que toque', 'el que me toque', 'al que me toque',
    ],
    /**
     * Round 7 (session 11). What harm leaves behind, said as people say it: idioms, slang and
     * outcomes ("they'll need dental records", "won't walk again", "six feet under", "no la va a
     * contar", "lo van a levantar", "quebrarle las piernas", "catch these hands", "y no pa
     * platicar"). Specific enough to need only a wish, an urge or a trigger before it.
     */
    harm_outcome: [
      'need dental records', 'needs dental records', 'need his dental records', 'need her dental records', 'by dental records', 'by his dental records', 'by her dental records',
      'by your dental records', 'identify the body', 'identify your body', 'to identify you', 'to identify him', 'to identify her', 'never walk again', 'not walk again',
      'won t walk again', 'wont walk again', 'never walk straight', 'six feet under', 'pushing up daisies', 'dirt nap', 'in the ground', 'in a pine box', 'sleep with the fishes',
      'won t make it home', 'wont make it home', 'never make it home', 'not make it home', 'won t live to', 'wont live to', 'not live to tell', 'live to tell',
      'nobody will find him', 'nobody will find her', 'no one will find him', 'no one will find her', 'never find the body', 'make him disappear', 'make her disappear',
      'make them disappear', 'end up missing', 'ends up missing', 'go missing', 'goes missing', 'no vuelva a caminar', 'no vuelve a caminar', 'no vuelvas a caminar',
      'no va a volver a caminar', 'no la va a contar', 'no la van a contar', 'no la cuenta', 'no lo cuenta', 'no la vas a contar', 'no vive para contarlo', 'no va a vivir para contarlo',
      'no va a llegar a su casa', 'no llega a su casa', 'lo van a levantar', 'la van a levantar', 'los van a levantar', 'levantarlo', 'levantarla', 'lo levanten', 'la levanten',
      'nadie lo va a encontrar', 'nadie la va a encontrar', 'no lo van a encontrar', 'no la van a encontrar', 'hacerlo desaparecer', 'hacerla desaparecer', 'lo desaparezcan', 'la desaparezcan',
      'quebrar las piernas', 'quebrarle las piernas', 'quebrarles las piernas', 'romperle las piernas', 'romperles las piernas', 'las piernas rotas', 'las piernas quebradas',
      'quebrarle los dientes', 'quebrarle la cara', 'quebrarle la madre', 'quebrarles la madre', 'romperle los huesos', 'romperle la jeta', 'partirle la jeta', 'romperle el osico',
      'break every bone', 'broken legs', 'broken arms', 'break his arm', 'break her arm', 'break his arms', 'break their legs', 'break both his', 'break both her',
      'tied to a car', 'tied to a truck', 'tied to the back', 'tied to a tree', 'tied to a pole', 'dragged down the street', 'dragged behind', 'drag him behind', 'drag her behind',
      'tarred and feathered', 'strung up', 'hanging from a tree', 'hang from a tree', 'colgado de un arbol', 'colgarlo de', 'colgarla de', 'arrastrarlo', 'arrastrarla', 'amarrarlo a', 'amarrarla a',
      'a beatdown', 'beatdown', 'a beating', 'an ass whooping', 'ass whooping', 'ass whoopin', 'ass kicking', 'kick his ass', 'kick her ass', 'kick their ass', 'kick your ass',
      'whoop his ass', 'whoop her ass', 'whoop your ass', 'beat his ass', 'beat her ass', 'beat your ass', 'beat their ass', 'catch these hands', 'catches these hands',
      'catch hands', 'catching hands', 'throw hands', 'lay him out', 'lay her out', 'knock him out', 'knock her out', 'knock you out', 'knocked out cold', 'put him to sleep', 'put her to sleep',
      'fill him with lead', 'full of lead', 'llenarlo de plomo', 'llenarla de plomo', 'coserlo a balazos', 'plomearlo', 'plomearla', 'tronarlo', 'tronarla', 'lo truenen', 'la truenen',
      'echarselo', 'echarsela', 'echarnoslo', 'echarnosla', 'bajarlo', 'darle una leccion al', 'darle una leccion a ese', 'darle una leccion a esa', 'darle su leccion', 'darle una buena leccion',
      'darles una buena leccion', 'darle un escarmiento', 'un escarmiento', 'darle cran', 'darle en la madre',
      'darle para sus tunas', 'dejarlo tirado', 'dejarla tirada', 'lo dejen tirado', 'la dejen tirada', 'sacarle la sangre', 'unos chingazos', 'unos putazos', 'unos vergazos',
      'unos trancazos', 'unos fierrazos', 'unos cachetadones', 'una calentadita', 'una calentada', 'una paliza', 'una santa madriza', 'una buena madriza', 'una chinga',
      'y no pa platicar', 'y no para platicar', 'no precisamente para platicar', 'y no a platicar', 'and not to talk', 'and not to chat', 'not for a chat', 'and not for a chat',
      'con un fierro', 'con el fierro', 'con un tubo', 'con el tubo', 'con una llave de cruz', 'con la llave de cruz', 'con la escopeta', 'con una escopeta', 'escopeta cargada',
      'pistola cargada', 'with a pipe', 'with a tire iron', 'with a crowbar', 'with a 2x4', 'with my fists', 'with a chain', 'with brass knuckles',
      'somebody is getting hurt', 'someone is getting hurt', 'somebody s getting hurt', 'someone s getting hurt', 'somebody will get hurt', 'someone will get hurt', 'people are getting hurt',
      'alguien va a salir lastimado', 'alguien va a salir herido', 'alguien sale lastimado', 'va a salir lastimado', 'va a salir herido', 'van a salir lastimados',
      // Fights and beatings in street words; bodies dumped where the border dumps them.
      'square up', 'squaring up', 'catch the fade', 'catch a fade', 'wants the fade', 'run up on him', 'run up on her', 'pull up on him', 'pull up on her', 'slide on him',
      'lights out', 'smoke him', 'smoke her', 'air him out', 'wet him up', 'choke him out', 'choke her out', 'beat him to a pulp', 'beat her to a pulp', 'to a pulp',
      'black and blue', 'beat the brakes off', 'whip his ass', 'whip her ass', 'rip his head off', 'rip her head off', 'wring his neck', 'wring her neck',
      'punch his lights out', 'knock his lights out', 'knock his block off', 'lay hands on', 'hands on him', 'hands on her', 'meet me outside', 'see me outside',
      'catch me outside', 'take it outside', 'settle this outside', 'in the canal', 'in the river', 'in the rio grande', 'in pieces', 'in little pieces',
      'in garbage bags', 'in a trash bag', 'partirle su mandarina', 'darle en su madre', 'ponerle en su madre', 'sacarle la chinga', 'ponerle una chinga', 'ponerle una calentada',
      'sonarlo', 'sonarle', 'surtirlo', 'surtirle', 'le van a surtir', 'a patadas', 'a punetazos', 'a trancazos', 'a fierrazos', 'a cuchilladas', 'a tiros', 'a plomazos',
      'a cintarazos', 'a cinturonazos', 'quebrarselo', 'quebrarsela', 'bajarselo', 'cargarselo', 'cargarsela', 'se lo va a cargar', 'le va a cargar el payaso',
      'lo van a tablear', 'tablearlo', 'pozolearlo', 'encobijado', 'encobijarlo', 'lo van a encobijar', 'entambado', 'en un tambo', 'en una cobija', 'en la cajuela',
      'en el rio', 'flotando en', 'en el bordo', 'tirarlo al canal', 'tirarla al canal', 'tirarlo al rio', 'sin cabeza', 'en pedacitos', 'en pedazos',
      'en cachitos', 'en bolsas', 'en una bolsa', 'rajarle la cara', 'cortarle la cara', 'marcarle la cara', 'picarlo', 'picarla', 'filerearlo', 'fierrearlo',
      // What the beating leaves and what it promises, the way threats are said on the border.
      'hacerlo pedazos', 'hacerla pedazos', 'lo hago pedazos', 'hacerlo mierda', 'dejarlo como coladera', 'como coladera', 'como santo cristo', 'dejarlo tieso', 'dejarla tiesa',
      'lo dejo tieso', 'quedar tieso', 'sacarle los ojos', 'arrancarle la cabeza', 'cortarle la lengua',
      'cortarle los huevos', 'me lo voy a chingar', 'me la voy a chingar', 'me los voy a chingar', 'se las va a ver conmigo', 'se la va a ver conmigo',
      'put him in the hospital', 'put her in the hospital', 'put you in the hospital', 'put him in a wheelchair',
      'put her in a wheelchair', 'in traction', 'won t know what hit him', 'wont know what hit him', 'won t know what hit her', 'wont know what hit her', 'he ll get his',
      'hell get his', 'she ll get hers', 'shell get hers', 'regret the day', 'rue the day', 'wipe that smirk', 'wipe that smile off', 'slap the taste out', 'smack the taste out',
      'knock the taste out', 'into next week', 'cut out his tongue', 'cut his tongue out', 'rip his tongue out', 'break his face', 'break her face', 'break your face',
      'punch his face in', 'punch her face in', 'bash his face in', 'bash her face in', 'kick his face in', 'stomp his face', 'stomp her face',
      // Round 9 (s12-ja): what is left after ("eat the curb", "need more than a lawyer", "se va a acordar de mí").
      'eat the curb', 'eat the pavement', 'eat the concrete', 'eat concrete', 'eat pavement', 'eat asphalt', 'eat the asphalt', 'eat my fist', 'eat my fists',
      'eat a knuckle sandwich', 'eat the cone', 'eat my boot', 'se va a comer la banqueta', 'comerse la banqueta', 'tragarse los dientes', 'se va a tragar los dientes',
      'need more than a lawyer', 'needs more than a lawyer', 'va a necesitar mas que un abogado', 'van a necesitar mas que un abogado',
      'se va a acordar de mi', 'se van a acordar de mi', 'te vas a acordar de mi', 'he ll remember me', 'hell remember me', 'won t be using that hand',
      'wont be using that hand', 'won t be using those hands', 'wont be using those hands',
      // Round 9 (s12-ja), second pass: how the harm ends, said as crews say it (an ambulance, the canal, a bag, no walking out), from the concept.
      'leaving in an ambulance', 'leave in an ambulance', 'leaves in an ambulance', 'leaving on a stretcher', 'leave on a stretcher', 'no sale caminando',
      'no va a salir caminando', 'no sale vivo', 'no va a salir vivo', 'no sales vivo', 'no sales caminando', 'won t walk out', 'wont walk out',
      'not walking out of here', 'won t walk out of here', 'terminar en el canal', 'va a terminar en el canal', 'va a terminar en el rio', 'va a aparecer en una bolsa',
      'aparecer en una bolsa', 'aparecer en el canal', 'aparecer en una zanja', 'aparecer en el monte', 'picking his teeth off', 'picking her teeth off',
      'picking your teeth off', 'se lo va a llevar la fregada', 'se lo va a llevar la chingada', 'se la va a llevar la chingada', 'wake up to a surprise',
      'wakes up to a surprise', 'a surprise in his driveway', 'a surprise on his doorstep', 'a surprise waiting for him', 'a surprise waiting for her',
      'nadie lo va a extranar', 'nadie la va a extranar', 'nobody will miss him', 'nobody will miss her', 'no one will miss him', 'no one will miss her',
      'nobody s gonna miss him', 'nobodys gonna miss him',
      // Round 9 (s12-ja), third pass: not in one piece, a boot up his backside, no tires tomorrow.
      'not going home in one piece', 'not leaving in one piece', 'won t leave in one piece', 'wont leave in one piece', 'won t go home in one piece',
      'wont go home in one piece', 'no va a salir entero', 'no sale entero', 'no llega entero', 'my boot up his', 'my boot up her', 'my foot up his', 'my foot up her',
      'boot up his backside', 'foot up his ass', 'foot up your ass', 'no va a tener llantas', 'ya no va a tener llantas', 'won t have tires', 'wont have tires',
      'won t have any tires', 'wont have any tires', 'no va a tener vidrios',
      // session 13 (lexicon), harm promised as its aftermath: a funeral planned, a coffin chosen, others taken along, "le va a ir muy mal", dragged by the neck, blows counted, God's mercy asked, a fist met, no call for help; en and es.
      'planning his funeral', 'planning her funeral', 'plan his funeral', 'plan her funeral', 'pick out his casket', 'pick out her casket', 'measure him for a coffin', 'measure him for a casket', 'take a few of them down with me', 'take some of them down with me', 'take a few of yall with me', 'take a few of you with me', 'take some of you with me',
      'not going down alone', 'ain t going down alone', 'through a tube',
      'vaya escogiendo su caja', 'que vaya escogiendo su', 'vayan escogiendo su caja', 'le vayan comprando la caja', 'le vayan comprando su caja', 'vaya comprando su caja',
      'preparando su funeral', 'preparen su funeral', 'que vaya rezando', 'que rece lo que sepa', 'rezando lo que sepa', 'se vaya despidiendo de su familia',
      'que se despida de su familia', 'despidase de su familia', 'me llevo a unos cuantos conmigo', 'ain t gonna be pretty', 'aint gonna be pretty', 'le va a ir muy mal', 'le va a ir mal', 'les va a ir muy mal',
      'les va a ir mal', 'va a desear no haber',
      'dragging him off', 'drag him off', 'dragging her off', 'drag her off', 'by his neck', 'by her neck', 'by the throat', 'by the neck', 'grab him by the', 'grab her by the',
      'throw him off the', 'throw her off the', 'toss him off the', 'sacarlo a rastras', 'sacarla a rastras', 'por el cuello', 'agarrarlo del cuello',
      'unos buenos trancazos', 'unos buenos chingazos', 'unos buenos putazos', 'unos buenos batazos', 'unos buenos zapes', 'unos fregadazos',
      'unos buenos fregadazos', 'que dios lo agarre confesado', 'que dios la agarre confesada', 'que dios los agarre confesados', 'god help whoever', 'god have mercy on',
      'land on my fist', 'run into my fist', 'walk into my fist', 'walks into my fist', 'meet my fist', 'meet my knuckles', 'my fist in his face', 'my fist in her face',
      'se va a topar con mi puno', 'conocer mi puno', 'a conocer mis punos', 'wouldn t call the fire department', 'wouldnt call the fire department', 'wouldn t call 911',
      'wouldnt call 911', 'wouldn t call an ambulance', 'wouldnt call an ambulance', 'no llamaria a los bomberos', 'no le hablaria a los bomberos', 'no le marcaria al 911',
      'no llamaria al 911', 'gets hurt period', 'get hurt period', 'is getting hurt period', 'amanece en el rio', 'amanece en el canal', 'amanece en una zanja', 'amanece tirado',
      'amanece muerto', 'amanece en el monte', 'their tires slashed', 'his tires slashed', 'her tires slashed', 'tires slashed',
      'te va a cargar la chingada', 'te va a llevar la chingada', 'te lleva la chingada', 'ya te cargo el payaso', 'ya valiste', 'ya valiste madre', 'valiste madre', 'vas a valer madre',
      'ni tu mama te va a reconocer', 'ni tu madre te va a reconocer', 'no te va a reconocer ni tu', 'vas a amanecer', 'amanecer con la troca quemada', 'amanecer sin vidrios',
      'amanecer sin llantas', 'te van a encontrar', 'te vamos a encontrar', 'te van a levantar', 'le va a llegar su hora', 'te va a llegar tu hora', 'ya te llego tu hora',
      'ya le llego su hora', 'estas muerto', 'ya te toco', 'ya le toco', 'como te va a ir', 'te va a ir mal', 'te va a ir muy mal', 'te va a pesar', 'te va a doler',
      'te vas a arrepentir', 'despidiendo de tu familia', 'despidete de tu familia', 'te vayas despidiendo', 'le parto la cara', 'le parto la madre', 'le rompo la cara', 'le rompo la madre', 'lo mato', 'la mato', 'lo madreo', 'le reviento la cara', 'llevarme a unos cuantos conmigo', 'me llevo a varios de ellos', 'me llevo a varios de esos', 'comer con popote', 'comiendo con popote', 'va a comer con popote',
    ],
    /** Round 7 (session 11). A weapon kept ready for someone: "la escopeta cargada para cuando vuelva", "a tire iron under the seat". */
    weapon_menace: [
      'para cuando vuelva', 'para cuando venga', 'para cuando regrese', 'por si vuelve', 'por si viene', 'por si regresa', 'que venga', 'que vengan', 'que se atreva',
      'a ver si se atreve', 'para que aprenda', 'pa que aprenda', 'lo espero', 'la espero', 'los espero', 'te espero', 'debajo del asiento', 'bajo el asiento',
      'for when he', 'for when she', 'for when they', 'in case he', 'in case she', 'in case they', 'just in case he', 'let him try', 'let her try', 'let em try',
      'come get', 'come and get', 'try me', 'under the seat', 'under my seat', 'waiting for him', 'waiting for her', 'for that guy', 'for that lady', 'for whoever',
      // session 13 (lexicon), kept for a kind of person or for the next one.
      'for people like', 'for guys like', 'for the guy from', 'for the next guy', 'for the next person who',
      'para gente como', 'pal que se pase', 'para el que se pase', 'para el proximo que', 'pal proximo que', 'por si alguien se pasa',
    ],
    /** Round 7 (session 11). A tool under the seat for a flat tire, hunting, a sale: not a weapon kept for a person. */
    weapon_menace_guard: [
      'flat', 'flats', 'flat tire', 'llanta', 'llantas', 'ponchada', 'ponchadura', 'emergency', 'emergencia', 'kit', 'spare', 'refaccion', 'hunting', 'hunt', 'caza', 'caceria',
      'palomas', 'venado', 'deer', 'dove', 'for sale', 'se vende', 'vendo', 'gun show', 'range', 'campo de tiro', 'class', 'clase', 'lost', 'perdi', 'found', 'encontre', 'encontramos',
      'softball', 'baseball', 'beisbol', 'game', 'games', 'partido', 'juego', 'team', 'equipo', 'practice', 'practica', 'league', 'liga', 'tournament', 'torneo', 'pinata', 'halloween', 'costume', 'disfraz',
    ],
    /**
     * Round 7 (session 11). A person's child's school or schedule, or a spouse's work: said with an
     * ominous tail ("uno nunca sabe"), an implied threat.
     */
    family_place: [
      'su hija sale', 'su hijo sale', 'sus hijos salen', 'su nina sale', 'su nino sale', 'la escuela de su hija', 'la escuela de su hijo', 'la escuela de sus hijos',
      'a que escuela va su', 'a que escuela van sus', 'en que escuela', 'su esposa trabaja', 'su esposo trabaja', 'donde trabaja su esposa', 'donde trabaja su esposo',
      'his kids get out', 'her kids get out', 'his daughter gets out', 'her daughter gets out', 'his son gets out', 'her son gets out', 'his kids school', 'her kids school',
      'his kid s school', 'her kid s school', 'his daughter s school', 'her daughter s school', 'his son s school', 'her son s school', 'what school his', 'what school her',
      'where his wife works', 'where her husband works', 'his wife works at', 'her husband works at',
    ],
    /** session 13 (lexicon). Something that "could happen" to the person's children or family: with an ominous tail, an implied threat. */
    family_harm_hint: [
      'lo que le puede pasar a tus', 'lo que le pueda pasar a tus', 'lo que les puede pasar a tus', 'lo que le puede pasar a su familia', 'what could happen to your',
      'what might happen to your', 'something happen to your kids', 'something happen to your family', 'algo a tus hijos', 'algo a tu familia', 'pasarle algo a tu', 'pasarle algo a su familia',
    ],
    /** session 13 (lexicon). Where a family's safety is a notice: water, pools, heat, car seats, insurance. */
    family_harm_guard: [
      'agua', 'water', 'alberca', 'pool', 'swim', 'swimming', 'natacion', 'clases', 'classes', 'seguro', 'insurance', 'vacuna', 'vaccine', 'vacunas', 'car seat', 'silla', 'calor', 'heat',
      'sun', 'sol', 'inscribalos', 'register', 'enroll', 'safety', 'seguridad', 'drowning', 'ahogamiento', 'vigile', 'supervise', 'fire', 'incendio', 'smoke alarm', 'detector',
      'flu', 'gripe', 'covid', 'doctor', 'medico', 'clinic', 'clinica', 'emergency', 'emergencia', 'plan',
    ],
    ominous_tail: [
      'uno nunca sabe', 'nunca se sabe', 'no se sabe', 'you never know', 'u never know', 'just saying', 'just sayin', 'nomas digo', 'solo digo', 'ahi se ven', 'al cabo ya saben',
      'accidents happen', 'would be a shame', 'be a shame if', 'seria una lastima', 'seria una pena', 'que no se le olvide', 'que no se les olvide', 'don t forget', 'dont forget',
      'tell him i said', 'tell her i said', 'diganle', 'dile que', 'recuerdele', 'recuerdenle', 'que se cuide', 'ojo ahi',
    ],
    /**
     * session 13 (lexicon), the stay-away warning: telling people not to come to work or to a
     * place on a day (the warning before an attack), with a menace (stay_away_warned).
     */
    stay_away: [
      'don t come in tomorrow', 'dont come in tomorrow', 'don t come to work tomorrow', 'dont come to work tomorrow', 'don t come in to work tomorrow', 'dont come in to work tomorrow',
      'don t come in friday', 'dont come in friday', 'don t come in monday', 'dont come in monday', 'stay home tomorrow', 'stay home friday', 'stay home monday',
      'call in sick tomorrow', 'call in sick friday', 'call in sick monday', 'stay away from the office', 'stay away from the yard', 'stay away from city hall',
      'stay out of the building', 'you don t want to be here', 'you dont want to be here', 'you don t wanna be here', 'you dont wanna be here', 'don t want to be at work',
      'wouldn t come in', 'wouldnt come in', 'wouldn t be at work', 'wouldnt be at work', 'no vengan manana', 'manana no vengan', 'mejor no vengan', 'mejor no venga',
      'manana mejor no vengan', 'no vengan el viernes', 'no vengan el lunes', 'no se presenten manana', 'quedense en su casa', 'quedese en su casa', 'reportense enfermos',
      'mejor falten', 'falten manana', 'no les conviene venir', 'no le conviene venir', 'yo que ustedes no venia', 'yo que usted no venia',
    ],
    /** session 13 (lexicon). Harm or death said as a hypothesis about a person ("if he got hit by a bus", "si le pasara algo"). */
    harm_hypo: [
      'got hit by', 'gets hit by', 'got run over', 'gets run over', 'dropped dead', 'drops dead', 'died tomorrow', 'dies tomorrow', 'kicked the bucket', 'croaked', 'got shot',
      'gets shot', 'caught a bullet', 'something happened to him', 'something happened to her', 'something happens to him', 'something happens to her', 'if he died', 'if she died',
      'if he dies', 'if she dies', 'if they died', 'had an accident', 'has an accident', 'got hurt', 'fell off a', 'went missing', 'disappeared tomorrow', 'si le pasara algo', 'le pasara algo', 'le llegara a pasar algo',
      'si le pasa algo', 'si se muere', 'si se muriera', 'si lo atropellan', 'si lo atropellaran', 'si la atropellaran', 'si lo matan', 'si lo mataran', 'si desapareciera',
      'si se desapareciera', 'tuviera un accidente', 'si le diera un infarto', 'si se lo lleva la chingada', 'si se lo llevara la chingada',
    ],
    /** session 13 (lexicon). Glee at that harm: a party, no tears, nobody would miss them. */
    harm_glee: [
      'throw a party', 'i d throw a party', 'id throw a party', 'i d celebrate', 'id celebrate', 'we d celebrate', 'pop champagne', 'pop the champagne', 'dance on his grave',
      'dance on her grave', 'wouldn t shed a tear', 'wouldnt shed a tear', 'wouldn t cry', 'wouldnt cry', 'nobody would miss', 'no one would miss', 'nobody would care',
      'good riddance', 'best day ever', 'would make my day', 'would make my year', 'make my whole year', 'haria fiesta', 'hago fiesta', 'hacemos fiesta', 'hariamos fiesta',
      'hago una carne asada', 'no lloraria', 'ni una lagrima', 'nadie lo extranaria', 'nadie la extranaria', 'nadie lo va a extranar', 'nadie la va a extranar',
      'bailaria en su tumba', 'bailo en su tumba', 'destapo una', 'me alegraria', 'nos alegrariamos', 'seria el mejor dia', 'mejor para todos',
    ],
    /** session 13 (lexicon). A machine, a pet or a plant that "dies"; worry and prayers. */
    harm_glee_guard: [
      'copier', 'printer', 'computer', 'laptop', 'phone', 'system', 'software', 'server', 'website', 'app', 'fax', 'truck', 'car', 'bus route', 'ac', 'a c', 'air conditioner', 'plant',
      'plants', 'dog', 'cat', 'pet', 'fish', 'goldfish', 'impresora', 'copiadora', 'computadora', 'sistema', 'telefono', 'celular', 'clima', 'aire', 'planta', 'perro', 'gato',
      'mascota', 'pray', 'prayers', 'oraciones', 'worried', 'preocupado', 'preocupada', 'hope not', 'ojala que no', 'god forbid', 'dios no lo quiera', 'insurance', 'seguro',
      'will', 'testamento', 'life insurance', 'beneficiary', 'beneficiario', 'plan', 'safety',
    ],
    /** session 13 (lexicon). Someone who can be hired or asked to hurt a person: a hitman, "a guy", people across the border. */
    hire_who: [
      'knows people', 'know people who', 'i know a guy', 'i got a guy', 'know somebody who', 'know someone who', 'conozco gente', 'conozco a alguien', 'tengo contactos', 'tengo un primo',
      'mis primos', 'my cousins', 'my cousin in juarez', 'mi primo en juarez', 'a hitman', 'hitman', 'hit man', 'hitmen', 'sicario', 'sicarios', 'un sicario', 'cartel', 'the cartel',
      'el cartel', 'la mana', 'los de la mana', 'la letra', 'los malandros', 'un gatillero', 'gatillero', 'matones', 'un maton',
    ],
    /** session 13 (lexicon). What such a person is asked to do to someone. */
    hire_act: [
      'make him go away', 'make her go away', 'go away for', 'go away permanently', 'permanently', 'for a couple thousand', 'for a few grand', 'for a couple grand', 'por unos miles',
      'por una lana', 'cuanto cobra un', 'cuanto cobrara un', 'cuanto cobraria un', 'cuanto cobran los', 'take care of him', 'take care of her', 'take him out',
      'take her out', 'desaparecerlo', 'desaparecerla', 'quitarlo de en medio', 'quitarla de en medio', 'sacarlo del camino', 'borrarlo del mapa',
      'encargarse de el', 'encargarse de ella', 'se encarguen de el', 'se encarguen de ella', 'que se encarguen', 'a hit on', 'put a hit', 'contract on',
    ],
    /** session 13 (lexicon). Hiring help for weeds, pests, debts and shows. */
    hire_guard: [
      'pest', 'pests', 'plagas', 'graffiti', 'grafiti', 'stain', 'weeds', 'rats', 'ratas', 'cucarachas', 'roaches', 'termites', 'potholes', 'baches', 'debt', 'deuda', 'ticket', 'multa',
      'tattoo', 'tatuaje', 'show', 'serie', 'movie', 'pelicula', 'novela', 'netflix', 'book', 'libro', 'podcast', 'news', 'noticias', 'arrested', 'arrestaron', 'sentenced',
      'plumbing', 'plomeria', 'roof', 'techo', 'drywall', 'landscaping', 'tree', 'arbol', 'junk', 'yard', 'trash', 'basura', 'lunch', 'dinner', 'date', 'cita', 'kids', 'ninos', 'birthday', 'cumpleanos', 'drinks',
      'plomero', 'pintor', 'electricista', 'mecanico', 'jardinero', 'contractor', 'plumber', 'painter', 'mechanic', 'electrician', 'handyman', 'dog', 'perro', 'cat', 'vet', 'clinic', 'doctor',
    ],
    /** session 13 (lexicon). The menace that turns a stay-away into a warning. */
    stay_away_warned: [
      'if you know what s good for you', 'if you know whats good for you', 'if ya know what s good for you', 'trust me', 'you ve been warned', 'youve been warned',
      'consider yourself warned', 'consider yourselves warned', 'i m warning you', 'im warning you', 'that s all i ll say', 'thats all ill say', 'just saying', 'just sayin',
      'you never know', 'u never know', 'you ll see', 'youll see', 'you ll thank me', 'youll thank me', 'si saben lo que les conviene', 'si sabe lo que le conviene',
      'si sabes lo que te conviene', 'ya estan advertidos', 'quedan advertidos', 'queda advertido', 'ya les avise', 'ya le avise', 'creanme', 'haganme caso', 'hagame caso',
      'nomas digo', 'solo digo', 'no digo mas', 'ahi se los dejo', 'ahi se ven', 'al cabo ya saben', 'ya veran', 'ya vera', 'uno nunca sabe', 'nunca se sabe',
    ],
    /** session 13 (lexicon). Why people are told to stay away in a clean post: sickness, a closure, weather, a holiday, traffic. */
    stay_away_guard: [
      'if you re sick', 'if you are sick', 'if youre sick', 'feel sick', 'feeling sick', 'si estan enfermos', 'si esta enfermo', 'si esta enferma', 'si se siente mal',
      'si se sienten mal', 'fever', 'fiebre', 'covid', 'flu', 'gripe', 'symptoms', 'sintomas', 'closed', 'closure', 'cerrado', 'cerrada', 'cerradas', 'cierre',
      'holiday', 'feriado', 'dia festivo', 'weather', 'clima', 'snow', 'nieve', 'ice', 'hielo', 'storm', 'tormenta', 'outage', 'apagon', 'fumigation', 'fumigacion', 'fumigate',
      'construction', 'construccion', 'remodel', 'remodelacion', 'no water', 'sin agua', 'maintenance', 'mantenimiento', 'remote', 'telework', 'from home', 'desde casa',
      'vacation', 'vacaciones', 'day off', 'dia libre', 'descansen', 'rest up', 'traffic', 'trafico', 'parade', 'desfile', 'road', 'calle', 'boss is in a mood', 'audit',
      'auditoria', 'inventory', 'inventario', 'smoke', 'humo', 'air quality', 'calidad del aire',
    ],
    /** Round 5. "A bat in my trunk with her name on it": a weapon said to be meant for a person. */
    /** A weapon-word with a name on it as a gift or an award, not a threat. */
    name_on_it_guard: ['gave', 'gift', 'gifted', 'signed', 'autographed', 'engraved', 'trophy', 'award', 'jersey', 'retire', 'retired', 'team', 'league', 'coach', 'regalo', 'regalaron', 'firmado', 'firmada', 'grabado', 'trofeo', 'premio', 'equipo'],
    name_on_it: ['with her name on it', 'with his name on it', 'with your name on it', 'with their name on it', 'has her name on it', 'has his name on it', 'has your name on it', 'con su nombre', 'con tu nombre', 'lleva su nombre', 'tiene su nombre'],
    /** Idioms, sport, training and reports where a harm word hurts nobody. */
    violence_guard: [
      'kill it', 'killing it', 'killed it', 'kill the lights', 'kill time', 'kill the', 'the lights', '5k', 'race', 'game', 'games', 'workout', 'presentation',
      'interview', 'exam', 'test', 'laughing', 'die laughing', 'dying to', 'to die for', 'die of', 'dead tired', 'dead serious', 'dead last', 'dead end',
      'deadline', 'photo', 'photos', 'photoshoot', 'pictures', 'shoot me', 'shoot a', 'shoot an', 'hoops', 'punch card', 'punch list', 'punch in',
      'punch out', 'fruit punch', 'beat the heat', 'beat the traffic', 'beat the rush', 'beat the record', 'beat our', 'beat their', 'drill', 'drills',
      'training', 'exercise', 'simulation', 'scenario', 'range', 'qualify', 'controlled burn', 'calories', 'hunting', 'deer', 'video game', 'movie',
      'zombie', 'zombies', 'episode', 'hit the road', 'bomb squad', 'battery', 'batteries', 'phone', 'plants', 'weeds', 'grass', 'lawn', 'mosquitoes',
      'bugs', 'roaches', 'germs', 'bacteria', 'heat', 'this heat', 'the heat', 'heat stroke', 'heatstroke', 'el calor', 'dehydration', 'flu', 'covid', 'diet', 'hangover', 'feet', 'legs', 'back',
      'police said', 'was arrested', 'were arrested', 'suspect', 'suspects', 'victim', 'victims', 'reported', 'investigation', 'charged', 'prayers',
      'rest in peace', 'rip', 'condolences', 'memorial', 'matar el tiempo', 'matar la sed', 'muerto de risa', 'me muero de', 'morir de risa', 'me mata',
      'me matas', 'muero de', 'muerta de', 'muerto de', 'simulacro', 'entrenamiento', 'capacitacion', 'partido', 'juego', 'carrera', 'fotos', 'fiesta',
      'calor', 'sed', 'hambre', 'sueno', 'cansancio', 'pies', 'espalda', 'cabeza', 'dolor', 'no', 'nunca', 'never', 'dont', 'do not', 'wouldnt', 'would never',
      'beat you at', 'beat them at', 'beat us at', 'beat him at', 'beat her at', 'softball', 'basketball', 'football', 'soccer', 'volleyball', 'kickball',
      'trivia', 'bowling', 'pickleball', 'golf', 'chess', 'cards', 'poker', 'tournament', 'league', 'match', 'mario kart', 'cornhole', 'cook off',
      'contest', 'competition', 'bracket', 'score', 'points', 'finals', 'championship', 'team', 'nobody', 'no one', 'safe', 'safety', 'fireworks',
      'kill to', 'kill for', 'time to kill', 'choke on', 'balloons', 'globos', 'that beat', 'the beat', 'song', 'songs', 'track', 'lyrics', 'cancion', 'canciones', 'letra',
      'pelicula', 'pizza', 'cake', 'burger', 'food', 'snack', 'bottle', 'beer', 'leg day', 'homework', 'paperwork', 'inbox', 'emails', 'spreadsheet',
      // Round 6: "I'll beat any quote" (a price), "bring your shot record" (a vaccine), "somebody's gonna get hurt" (a safety warning).
      'quote', 'quotes', 'price', 'prices', 'any offer', 'estimate', 'estimates', 'shot record', 'shot records', 'flu shot', 'flu shots', 'vaccine', 'vaccines', 'vacuna', 'vacunas',
      'gonna get hurt', 'going to get hurt', 'get hurt out there', 'propio sudor', 'su propio sudor',
      'printer', 'computer', 'copier', 'car', 'truck', 'flies', 'crow', 'pumpkins', 'pinata', 'targets', 'target', 'clay', 'boss fight', 'level', 'em all',
      // session 13 (lexicon): prizes and treats "they get".
      'treat', 'treats', 'prize', 'prizes', 'premio', 'premios', 'gift', 'gifts', 'regalo', 'regalos', 'fair', 'feria',
      // session 13 (lexicon): with the wider urges ("could", "want to"), storms that knock out power, a wallet hurt, a time capsule buried (not a budget or a proposal: those are what grudges are about).
      'power', 'outage', 'outages', 'electricity', 'la luz', 'storm', 'storms', 'winds', 'wind', 'tormenta', 'viento', 'vientos', 'wallet', 'calorias', 'time capsule', 'capsula del tiempo', 'video', 'videos', 'footage', 'filming',
      'knock out the', 'knock out our', 'knock out my', 'knock out some', 'knock out all', 'knock it out', 'knocking out the', 'knocked out the',
      // Round 7: "quebrar" is also to go bankrupt or to crack the eggs of a cascarón.
      'negocio', 'empresa', 'bankrupt', 'quiebra', 'cascarones', 'huevos', 'record', 'marca', 'banco', 'cochinito', 'alcancia',
    ],
    /** Harm that happens to someone (the second half of a wish: "hope you ___"). */
    harm_event: [
      'drop dead', 'drops dead', 'get hit by', 'gets hit by', 'get run over', 'gets run over', 'get shot', 'gets shot', 'get stabbed',
      'gets stabbed', 'get jumped', 'gets jumped', 'get beat up', 'gets beat up', 'get beaten', 'gets beaten', 'get hurt', 'gets hurt',
      'get killed', 'gets killed', 'get murdered', 'gets murdered', 'get mauled', 'gets mauled', 'get cancer', 'gets cancer',
      'break his neck', 'breaks his neck', 'break her neck', 'breaks her neck', 'break your neck', 'break their necks', 'burn in hell',
      'burns in hell', 'rot in hell', 'rots in hell', 'choke on', 'chokes on', 'catch a bullet', 'catches a bullet', 'end up in the hospital',
      'ends up in the hospital', 'end up in a ditch', 'ends up in a ditch', 'end up in a body bag', 'ends up in a body bag', 'get whats coming',
      'gets whats coming', 'get what s coming', 'gets what s coming', 'bleed out', 'bleeds out',
      // session 13 (lexicon), harm wished: an accident, a crash, a fall, a fire, dying said as slang.
      'has an accident', 'have an accident', 'gets in a wreck', 'get in a wreck', 'gets into a wreck', 'crashes his car', 'crashes her car', 'wrecks his car', 'wrecks her car',
      'falls off a', 'fall off a', 'gets electrocuted', 'get electrocuted', 'goes blind', 'go blind', 'gets paralyzed', 'get paralyzed', 'die in a fire', 'dies in a fire',
      'burn to death', 'burns to death', 'gets what he deserves', 'gets what she deserves', 'get what he deserves', 'kicks the bucket', 'kick the bucket', 'croaks',
      'bites the dust', 'bite the dust', 'gets mugged', 'get mugged', 'gets robbed', 'get robbed', 'gets hit', 'get hit', 'loses a finger', 'loses a hand', 'loses his hand',
    ],
    /** Who a wish is aimed at: a pronoun, "whoever", or a described person. */
    harm_who: ['you', 'u', 'ya', 'yall', 'he', 'she', 'they', 'whoever', 'someone', 'somebody', 'the guy', 'that guy', 'that inspector', 'the inspector', 'that cop', 'the cop', 'that officer', 'the officer', 'the judge', 'that judge', 'the mayor', 'that councilman', 'that councilwoman', 'the landlord', 'that landlord', 'my boss', 'my supervisor', 'that supervisor', 'the dude', 'that dude', 'the lady', 'that lady', 'the person', 'the idiot', 'that idiot', 'the clown', 'that clown', 'the vandal', 'the vandals', 'the thief', 'the thieves', 'those punks', 'those vandals', 'those taggers', 'the tagger', 'the taggers', 'the driver', 'that driver', 'those protesters', 'those protestors', 'the protesters', 'the protestors'],
    /** Spanish: harm that happens to someone (after "ojalá"). */
    dano: [
      'se muera', 'se mueran', 'se muere', 'lo atropelle', 'la atropelle', 'los atropelle', 'lo atropellen', 'la atropellen', 'los atropellen',
      'lo maten', 'la maten', 'los maten', 'las maten', 'le caiga un rayo', 'les caiga un rayo', 'se pudra', 'se pudran', 'le de cancer',
      'se lo lleve la chingada', 'se la lleve la chingada', 'se ahogue', 'se ahoguen', 'se queme', 'se quemen', 'lo golpeen', 'la golpeen',
      'los golpeen', 'le rompan', 'les rompan', 'le partan', 'les partan', 'lo balaceen', 'le peguen un tiro', 'le den un balazo',
      'le hubieran dado mas duro', 'les hubieran dado mas duro', 'le den mas duro', 'les den mas duro', 'lo hubieran matado', 'la hubieran matado',
      // Round 6: falls, crashes and burns wished on someone.
      'se caiga', 'se caigan', 'se desnuque', 'se descalabre', 'se rompa', 'se rompan', 'se parta', 'se estrelle', 'se estrellen', 'lo atropelle', 'la atropelle',
      'le quemen', 'les quemen', 'lo aplaste', 'la aplaste', 'lo arrolle', 'la arrolle', 'lo choquen', 'lo muerda', 'la muerda',
      // Round 9 (s12-ja): punishments wished on someone ("le corten las manos"), a beating wished worse, a bus that crosses him.
      'le corten las manos', 'le corten la mano', 'les corten las manos', 'le mochen las manos', 'le mochen la mano', 'le corten la lengua', 'le saquen los ojos',
      'lo hubieran dejado peor', 'la hubieran dejado peor', 'los hubieran dejado peor', 'se le cruce mi camion',
      'le pase el camion por encima', 'pasarle por encima con',
      // Round 9 (s12-ja), second pass: a roof, a heart attack wished on someone.
      'le caiga el techo', 'le caiga el techo encima', 'le caiga algo encima', 'le de un infarto', 'le de un paro', 'se lo coman los perros',
      // session 13 (lexicon), harm wished: an accident, a crash, a mugging, something bad (not "algo bonito").
      'le pase algo malo', 'les pase algo malo', 'le pase algo feo', 'le pase algo grave', 'tenga un accidente', 'tengan un accidente', 'se accidente', 'se accidenten',
      'se estampe', 'se estampen', 'se voltee', 'se vuelque', 'se electrocute', 'se quede ciego', 'se quede ciega', 'se quede paralitico', 'se quede paralitica',
      'se quede en silla de ruedas', 'lo asalten', 'la asalten', 'lo apunalen', 'la apunalen', 'le den una golpiza', 'le den una madriza', 'lo agarren a golpes',
      'lo levanten', 'la levanten', 'lo desaparezcan', 'se infarte', 'le explote', 'le explote en la cara',
      'se la lleve la corriente', 'se lo lleve la corriente', 'se lo lleve el rio', 'se la lleve el rio', 'se lo trague el rio', 'se la trague el rio', 'se lo trague la tierra',
      'se la trague la tierra', 'se lo lleve el diablo', 'se la lleve el diablo', 'lo parta un rayo', 'la parta un rayo', 'se lo coman los coyotes',
    ],
    /**
     * Round 6. Bodily harm wished on someone (after "ojalá", "a ver si"), without the figurative
     * curses of `dano` ("que se pudran", "se ahoguen en su propio sudor"), which a wish of its own
     * frame still reads.
     */
    dano_fisico: [
      'lo atropelle', 'la atropelle', 'los atropelle', 'lo atropellen', 'la atropellen', 'los atropellen', 'lo maten', 'la maten', 'los maten', 'las maten',
      'lo golpeen', 'la golpeen', 'los golpeen', 'le rompan', 'les rompan', 'le partan', 'les partan', 'lo balaceen', 'le peguen un tiro', 'le den un balazo',
      'se caiga', 'se caigan', 'se desnuque', 'se descalabre', 'se rompa', 'se rompan', 'se parta', 'se estrelle', 'se estrellen',
      'le quemen', 'les quemen', 'lo aplaste', 'la aplaste', 'lo arrolle', 'la arrolle', 'lo choquen', 'lo muerda', 'la muerda',
      // Round 9 (s12-ja): the same punishments and a vehicle driven at someone.
      'le corten las manos', 'le corten la mano', 'les corten las manos', 'le mochen las manos', 'le mochen la mano', 'le corten la lengua', 'le saquen los ojos',
      'lo hubieran dejado peor', 'la hubieran dejado peor', 'se le cruce mi camion',
      'le pase el camion por encima', 'echarle el camion', 'echarle la troca', 'aventarle el carro', 'aventarle el camion', 'aventarle la troca',
    ],
    /** Spanish blows and shots ("darle un ___", "bajarlo a ___"). */
    golpe_es: [
      'balazo', 'balazos', 'plomazo', 'plomazos', 'tiro', 'tiros', 'putazo', 'putazos', 'madrazo', 'madrazos', 'chingazo', 'chingazos',
      'golpiza', 'madriza', 'putiza', 'calentada', 'cuchillada', 'cuchilladas', 'pedrada', 'pedradas', 'batazo', 'batazos', 'cachazo',
      'cachazos', 'escarmiento', 'su merecido', 'una paliza', 'paliza', 'chinga',
      // Round 9 (s12-ja): blows in Mexican speech.
      'zape', 'zapes', 'zapazo', 'zapazos', 'sape', 'sapes', 'coscorron', 'coscorrones', 'trancazo', 'trancazos', 'vergazo', 'vergazos', 'cachetada', 'cachetadas',
      'cachetadon', 'calentadita', 'una calentadita', 'chinga', 'tunda', 'una tunda',
    ],
    /** First-person intent or an urge: "I'll", "gonna", "someone should". */
    threat_modal: [
      'i d', 'id', 'ill', 'i ll', 'i will', 'i would', 'im gonna', 'i m gonna', 'im going to', 'i m going to', 'gonna', 'finna', 'we ll',
      'well gonna', 'we re gonna', 'were gonna', 'we will', 'someone should', 'somebody should', 'someone needs to', 'somebody needs to',
      'we should', 'yall should', 'y all should', 'lets', 'let s', 'ought to', 'need to', 'needs to', 'gotta', 'should',
    ],
    /** Verbs of bodily harm done to someone ("___ him"). */
    harm_verb: [
      'beat', 'smack', 'slap', 'punch', 'choke', 'stab', 'shoot', 'strangle', 'knock out', 'deck', 'sock', 'whoop', 'whup', 'pistol whip',
      'curb stomp', 'stomp', 'kick', 'body slam', 'run over', 'jump', 'shank', 'hurt',
    ],
    /** Objects of a threat: a pronoun or people. */
    pron_obj: ['him', 'her', 'them', 'em', 'you', 'u', 'ya', 'yall', 'you all', 'you both', 'them both', 'you two', 'that guy', 'this guy', 'those guys', 'that dude', 'that lady', 'those people', 'protesters', 'protestors', 'the protesters', 'the protestors', 'those protesters', 'those protestors', 'that clown', 'those clowns'],
    /** Things that can be used to hurt someone. */
    weapon: ['rifle', 'deer rifle', 'ar', 'ar 15', 'gun', 'guns', 'pistol', 'glock', 'shotgun', 'piece', 'strap', 'bat', 'baseball bat', 'machete', 'knife', 'blade', 'crowbar', 'tire iron', 'shovel', 'brick', 'wrench', 'hammer', 'pipe', 'bullet', 'bullets', 'ammo', 'rounds', 'pistola', 'cuerno', 'cuerno de chivo', 'cuete', 'fusca', 'escuadra', 'rifle de caza', 'navaja', 'cuchillo', 'bate', 'martillo',
      // Round 7: border and street names for what is kept to hurt someone.
      'escopeta', 'fierro', 'tubo', 'llave de cruz', 'manopla', 'manoplas', 'brass knuckles', 'filero', 'pistolon', 'la nueve', 'ak', 'ak 47', 'shank', 'taser', 'nunchucks', 'bat with nails'],
    /** Guns: bringing one to work or a meeting is a threat in itself. */
    violence_firearm: ['gun', 'guns', 'pistol', 'glock', 'rifle', 'ar', 'ar 15', 'shotgun', 'piece', 'strap', 'heater', 'nine', '9mm', '45', 'pistola', 'cuerno', 'cuerno de chivo', 'cuete', 'fusca', 'escuadra', 'rifle', 'arma', 'r 15',
      // session 13 (lexicon), firearms by street and border names.
      'revolver', 'handgun', 'the nine', 'my nine', 'my 9', 'my 45', 'my 38', 'my 380', 'draco', 'blicky', 'gat', 'tec 9', 'uzi', 'ak', 'ak 47', 'ar15', 'deer rifle', 'escopeta',
      'metralleta', 'pistolon', 'la nueve', 'la 9', 'la 45', 'la super', 'cuernito', 'el chivo', 'la escuadra'],
    /** Round 4. A grudge or a condition ("if he writes me up again", "me las va a pagar"): the first half of a veiled threat. */
    grudge: [
      'one more time', 'write me up', 'writes me up', 'keeps pushing me', 'keep pushing me', 'i know where', 'i know which', 'we know where',
      'i know what car', 'if he ever', 'if she ever', 'if they ever', 'if you ever', 'crosses me', 'cross me', 'mess with me', 'messes with me',
      'desquitarme', 'desquitar', 'me las va a pagar', 'me la va a pagar', 'me las van a pagar', 'no sabe con quien se metio', 'no saben con quien se metieron',
      'si me vuelve', 'si me vuelven', 'si vuelve a', 'si vuelven a', 'ya se donde', 'ya se cual', 'ya sabemos donde', 'sigue molestando', 'se sigue metiendo',
      // session 13 (lexicon), the dare: "say that to my face", "dímelo en la cara".
      'sigue hablando de mi', 'sigues hablando', 'soplon', 'soplona', 'pinche soplon', 'si me vuelves a', 'me vuelves a', 'me reportaste', 'me acusaste', 'me echaste de cabeza',
      'me pusiste el dedo', 'me delataste', 'dile a tu jefe', 'dile a tu', 'keeps testing me', 'keep testing me', 'testing me', 'me anda buscando', 'me sigue buscando', 'me esta buscando', 'sigue probandome', 'me sigue provocando',
      'say that to my face', 'say it to my face', 'come say that', 'dimelo en la cara', 'dimelo en persona', 'ven y dimelo', 'digamelo en la cara', 'keep talking', 'keep running your mouth', 'keep running ur mouth', 'sigue hablando', 'sigue de hocicon', 'sigue de hocicona',
      // Round 6: "if u cross me", "keep it up buddy", "ya sabemos cómo te llamas".
      'keep it up', 'if u cross me', 'if you cross me', 'ya sabemos', 'ya se como', 'ya sabemos como', 'ya sabemos donde', 'ya se donde', 'ya se cual es',
      'i know where', 'i know which', 'i know what time', 'we know where', 'we know which', 'again i swear', 'one more time i swear',
      // Round 9 (s12-ja), second pass: the grudge said as "aquí no perdonamos".
      'aqui no perdonamos', 'no perdonamos', 'aqui no se perdona', 'aqui no se olvida', 'we don t forgive', 'we dont forgive', 'i don t forgive', 'i dont forgive',
      // Round 9 (s12-ja), third pass: the grievance said as what the person did to me ("me reportó", "se llevó mi troca", "keyed my truck").
      'me reporto', 'me reportaron', 'reported me', 'wrote me up', 'me levanto un reporte', 'me puso una multa', 'me multo', 'me multaron', 'ticketed me', 'towed my',
      'se llevo mi', 'se llevaron mi', 'me rayo', 'keyed my',
      // session 13 (lexicon), the grievance as a decision against us: a pay cut, a firing, a denial.
      'voted to cut', 'cut our pay', 'cut my pay', 'cut our hours', 'cut my hours', 'nos bajaron el sueldo', 'me bajaron el sueldo', 'nos quitaron', 'me quitaron', 'fired my',
      'me corrieron', 'corrieron a mi', 'denied my', 'me negaron', 'took my job', 'me quito el puesto',
    ],
    /** The second half: a warning that something will happen to the person. */
    warning: [
      'watch his back', 'watch her back', 'watch your back', 'watch their backs', 'watch their back', 'won t see it coming', 'wont see it coming',
      'needs a reminder', 'need a reminder', 'a little reminder', 'be nicer to us', 'regret it', 'll regret', 'will regret', 'be sorry', 'be next',
      'with my gun', 'with my piece', 'with the strap', 'pay a visit', 'pay him a visit', 'pay her a visit', 'a visit after work',
      'que se cuide', 'que se cuiden', 'mejor que se cuide', 'ya vera', 'ya veran', 'va a ver', 'van a ver', 'se va a arrepentir',
      'se van a arrepentir', 'con la escuadra', 'con la pistola', 'con el cuerno', 'con la fusca', 'con el cuete', 'le voy a hacer una visita',
      'nobody s around to protect', 'nobodys around to protect', 'no one s around to protect', 'no ones around to protect', 'see how brave you are',
      'see how tough you are', 'without your bodyguards', 'a ver si tan valiente', 'a ver si tan valiente', 'cuando no haya nadie', 'sin sus guaruras', 'sin tus guaruras',
      // Round 6: waiting for the person, "you won't see retirement", "vas a ver lo que es bueno".
      'wait for her', 'wait for him', 'alone in that parking lot', 'alone in the parking lot', 'won t see retirement',
      'wont see retirement', 'won t make it to', 'wont make it to', 'won t see', 'wont see', 'lo que es bueno', 'lo que te espera', 'lo que le espera', 'una sorpresita',
      'una sorpresa en su casa', 'se va a llevar una sorpresa', 'slash her tires', 'slash his tires', 'slash your tires', 'ya veras', 'vas a ver',
      // Round 9 (s12-ja), second pass: "que no ande solo".
      'que no ande solo', 'que no ande sola', 'que no anden solos', 'no ande solo', 'better not walk alone', 'shouldn t walk alone', 'shouldnt walk alone',
      'not walk alone at night',
      // Round 9 (s12-ja), third pass: "va a saber quién soy yo", "que se prepare", "te voy a encontrar".
      'va a saber quien soy', 'van a saber quien soy', 'vas a saber quien soy', 'will find out who i am', 'gonna find out who i am', 'que se prepare', 'que se preparen',
      'better get ready', 'te voy a encontrar', 'lo voy a encontrar', 'la voy a encontrar', 'i ll find you', 'ill find you',
      // session 13 (lexicon), a visit paid at home.
      'pay them a visit', 'pay you a visit', 'visit them at home', 'visitarlos a su casa', 'hacerles una visita', 'hacerle una visita', 'una visita a su casa',
      // session 13 (lexicon), what happens next left unsaid, or disowned in advance.
      'gonna find out', 'is gonna find out', 'will find out', 'going to find out', 'they ll find out', 'va a conocerme', 'me va a conocer', 'me van a conocer', 'van a conocerme',
      'a la salida te espero', 'te espero a la salida', 'te espero afuera', 'nos vemos afuera', 'nos vemos a la salida', 'si eres tan valiente', 'si eres tan machito', 'tan machito',
      'si tan valiente', 'sal si eres hombre', 'te tengo bien checado', 'te tengo checado', 'te tengo ubicado', 'te tengo ubicada', 'no sabes con quien te metiste',
      'no sabes con quien te estas metiendo', 'cuidate mucho', 'que te cuides', 'cuidate las espaldas', 'cuidate la espalda', 'que te cuides las espaldas', 'te andamos cazando',
      'lo andamos cazando', 'la andamos cazando', 'andamos cazando', 'ahi te encargo', 'vas a ver como te va',
      'find out what happens', 'see what happens to you', 'see what happens next time', 'ya veras lo que te pasa', 'a ver que le pasa', 'a ver que te pasa', 'fuck around and find out', 'fafo', 'play stupid games', 'win stupid prizes', 'no me hago responsable de lo que', 'no respondo de lo que', 'not responsible for what happens',
      'not responsible for what i do', 'can t be responsible for what', 'won t be responsible for what', 
    ],
    /**
     * Round 9 (s12-ja). The doom said of a person as an idiom ("your days are numbered", "better
     * sleep with one eye open", "start his car with a remote", "ya tiene los días contados"):
     * a threat when a person is its subject (doom_said), not a printer's or a term's.
     */
    doom_idiom: [
      'days are numbered', 'days r numbered', 'days are counted', 'sleep with one eye open', 'sleeps with one eye open', 'sleeping with one eye open',
      'start his car with a remote', 'start her car with a remote', 'start your car with a remote', 'check under his car', 'check under her car', 'check under your car',
      'look under his car', 'look over his shoulder', 'look over her shoulder', 'looking over his shoulder', 'looking over her shoulder', 'watch his mirrors', 'watch her mirrors',
      'tiene los dias contados', 'tienes los dias contados', 'tienen los dias contados', 'tiene sus dias contados', 'ya esta muerto', 'ya esta muerta', 'ya estas muerto',
      'ya estas muerta', 'es hombre muerto', 'eres hombre muerto', 'ya es hombre muerto', 'es mujer muerta', 'que duerma con un ojo abierto', 'que duerma con los ojos abiertos',
      'duerma con un ojo abierto', 'que revise su carro', 'que revise debajo de su carro', 'que se cuide las espaldas', 'que cuide sus espaldas',
      // session 13 (lexicon), doom as a funeral foretold: the coffin chosen, goodbyes to say, prayers to say, en and es.
      'start planning his funeral', 'start planning her funeral', 'planning his funeral', 'planning her funeral', 'pick out his casket', 'pick out her casket', 'measure him for a coffin', 'better say his prayers', 'living on borrowed time', 'on borrowed time', 'dead man walking', 'his last day on earth',
      'vaya escogiendo su caja', 'vaya escogiendo su ataud', 'vayan escogiendo su caja', 'le vayan comprando la caja', 'le vayan comprando su caja', 'vaya comprando su caja',
      'le vayan preparando el funeral', 'vayan preparando su funeral', 'vayan preparando el velorio', 'se vaya despidiendo de su familia', 'que se despida de su familia',
      'que rece lo que sepa', 'vaya rezando lo que sepa', 'que se encomiende a dios', 'que se encomiende a todos los santos', 'vaya haciendo su testamento',
      'ya se lo cargo el payaso', 'ya se la cargo el payaso',
      // session 13 (lexicon), justice said to be settled outside the law; God asked to have mercy.
      'se arreglan a la antiguita', 'se arreglan a la antigua', 'se arreglan de otra forma', 'se arreglan de otra manera', 'se arreglan afuera', 'se arregla afuera',
      'we handle things differently', 'we handle it ourselves', 'handle it the old way', 'handled the old way', 'street justice', 'justicia por mano propia', 'por mi propia mano',
      'que dios lo agarre confesado', 'que dios la agarre confesada', 'god help whoever', 'god have mercy on',
      // session 13 (lexicon), an "accident" foretold for a person.
      'accidents happen', 'accidents happen all the time', 'pasan accidentes', 'los accidentes pasan', 'nunca sabe quien lo empuja', 'nunca sabe quien la empuja', 'quien lo empuja',
      'could slip and', 'might slip and', 'podria resbalarse', 'se puede resbalar', 'cuidado en las escaleras', 'tener cuidado en las escaleras', 'careful on those ladders',
      'careful on those stairs', 'stairs can be dangerous', 'las escaleras son peligrosas', 'a long way down', 'un buen madrazo si se cae',
      'no llega a diciembre', 'no llega a navidad', 'no llega al fin de semana', 'no llega a fin de mes', 'no llega al viernes', 'won t make it to christmas', 'wont make it to christmas',
      'won t see christmas', 'wont see christmas', 'won t see the new year', 'wont see the new year', 'won t make it to friday', 'wont make it to friday', 'no amanece',
      'estas muerto', 'ya te toco', 'te llego tu hora', 'le va a llegar su hora', 'te va a llegar tu hora', 'le llego su hora', 'ya te llego tu hora',
      'no sabes con quien te metiste', 'no sabes con quien te estas metiendo', 'cuidate las espaldas',
      'que te cuides las espaldas', 'cuidate la espalda', 'si eres tan valiente', 'tan machito', 'te vayas despidiendo de tu familia', 'despidete de tu familia', 'te va a cargar la chingada', 'te va a llevar la chingada', 'va a amanecer sin', 'vas a amanecer sin', 'vas a amanecer en',
    ],
    /** Round 9 (s12-ja). A thing, a term or a career whose days are numbered (not a person's life). */
    doom_guard: [
      'printer', 'fax', 'copier', 'machine', 'software', 'system', 'phone', 'building', 'edificio', 'policy', 'program', 'programa', 'game', 'season', 'temporada',
      'career', 'carrera', 'job', 'chamba', 'puesto', 'term', 'in office', 'reelection', 'reeleccion', 'election', 'eleccion', 'vote', 'votes', 'voto', 'votos', 'recall',
      'polls', 'encuestas', 'campaign', 'campana', 'politically', 'politicamente', 'budget', 'presupuesto', 'contract', 'contrato', 'blind spot', 'blind spots', 'punto ciego',
      'driving', 'manejando', 'safety', 'seguridad', 'bike', 'bicicleta', 'cyclists', 'ciclistas', 'trucker', 'lane',
      // session 13 (lexicon): ladder and stair safety notices.
      'safe', 'stay safe', 'inspect', 'inspeccione', 'ppe', 'harness', 'arnes', 'three points', 'tres puntos', 'osha', 'training', 'capacitacion', 'wet floor', 'piso mojado', 'ice', 'hielo',
    ],
    /** Round 9 (s12-ja). Who the doom is said of: someone pointed at, a pronoun, "whoever", "el que". */
    doom_who: [
      'whoever', 'the guy who', 'the one who', 'that guy', 'that dude', 'that lady', 'he', 'she', 'hes', 'he s', 'shes', 'she s', 'you', 'u', 'you re', 'youre', 'ur', 'your',
      'his', 'her', 'el que', 'la que', 'al que', 'a la que', 'ese', 'esa', 'ese wey', 'ese vato', 'ese cabron', 'esa vieja', 'el', 'ella', 'tu',
      // session 13 (lexicon): said to the person.
      'te', 'cabron', 'wey', 'pinche', 'usted', 'mas vale que', 'mas te vale', 'mas le vale',
    ],
    /** Round 9 (s12-ja). A condition set on the person ("si sigue así", "vuelve a venir", "say one more word"): with an outcome of harm only. */
    harm_condition: [
      'vuelve a', 'vuelven a', 'se vuelve a', 'si sigue', 'si siguen', 'sigue asi', 'siguen asi', 'si le sigue', 'one more word', 'say one more word', 'touches my', 'touch my',
      'messes with my', 'mess with my', 'again and', 'do that again', 'try that again', 'toca mi', 'toca a mi', 'se mete con mi', 'se mete con mis', 'se sigue metiendo',
      'cuts the line', 'cuts me off', 'me vuelve a', 'me vuelven a', 'if he ever', 'if she ever', 'if they ever', 'si se atreve', 'next time that', 'next time he', 'next time she',
      // session 13 (lexicon), the last straw counted ("one more drunk spits on me", "el próximo que…").
      'one more', 'the next one who', 'the next guy who', 'the next drunk', 'next customer who', 'el proximo que', 'la proxima que', 'otro mas que', 'uno mas que',
      'me vuelva a', 'me vuelvan a', 'vuelva a', 'vuelvan a', 'el que me vuelva', 'la que me vuelva', 'keeps it up', 'keep it up', 'sigue de',
    ],
    /** Round 9 (s12-ja). A grudge that is a prank or settled ("me la va a pagar… ya verán la broma"): not a threat. */
    grudge_joke_guard: [
      'broma', 'bromita', 'la broma', 'una broma', 'prank', 'a prank', 'pranks', 'joke', 'jk', 'just kidding', 'es broma', 'nel', 'ya lo platicamos', 'quedo arreglado', 'we talked it out', 'all good now',
      // session 13 (lexicon): fresh paint and the thermostat warned about.
      'wet paint', 'pintura fresca', 'recien pintado', 'recien pintada', 'paint', 'pintura', 'thermostat', 'termostato',
      // Round 9 (s12-ja), third pass: a lost pet looked for.
      'perrito', 'perrita', 'perro', 'gato', 'gatito', 'mascota', 'dog', 'cat', 'pet', 'lost', 'perdido', 'perdida', 'form', 'forms',
    ],
    /** Round 6. Knowing where a person is to be found: the first half of an implied threat. */
    know_where: [
      'i know where', 'we know where', 'i know which', 'we know which', 'i know what time', 'we know what time', 'found out where', 'figured out where',
      'ya se donde', 'ya sabemos donde', 'ya supe donde', 'ya supimos donde', 'se donde', 'sabemos donde', 'ya se a que hora', 'ya sabemos a que hora',
      'ya se por donde', 'ya sabemos por donde', 'tengo ubicado', 'tengo ubicada', 'tenemos ubicado', 'tenemos ubicada', 'ya lo tengo ubicado', 'ya la tengo ubicada',
      // Round 9 (s12-ja): others who know where the person is ("ya saben dónde vive").
      'ya saben donde', 'todos saben donde', 'everybody knows where', 'everyone knows where', 'people know where', 'they know where', 'ya saben a que hora',
      'ya saben por donde',
      // Round 9 (s12-ja), third pass.
      'ya sabe donde', 'sabe donde', 'ya sabe a que hora',
    ],
    /** Round 6. The second half: where that person lives, parks, leaves, or their family. */
    where_target: [
      'parks', 'lives', 'sleeps', 'you park', 'you live', 'u park', 'u live', 'his car', 'her car', 'his truck', 'her truck', 'his house', 'her house',
      'his kids', 'her kids', 'his daughter', 'her daughter', 'his son', 'her son', 'his wife', 'her husband', 'gets off', 'clocks out', 'walks home', 'drives home',
      'estaciona', 'estacionas', 'estacionan', 'vive', 'vives', 'viven', 'su casa', 'tu casa', 'su carro', 'tu carro', 'su troca', 'tu troca', 'sus hijos', 'tus hijos',
      'su hija', 'tu hija', 'su hijo', 'tu hijo', 'su esposa', 'tu esposa', 'su familia', 'tu familia', 'bajas', 'te bajas', 'se baja', 'sales', 'sale del trabajo', 'duerme', 'duermes',
    ],
    /** Round 6. Where knowing a place is a service or a tip, not a threat. */
    know_where_guard: [
      'library', 'biblioteca', 'the park', 'el parque', 'parks department', 'parks and rec', 'parking lot is', 'free parking', 'where to park', 'park and ride',
      'shelter', 'albergue', 'clinic', 'clinica', 'office hours', 'food bank', 'banco de comida', 'lost', 'perdido', 'perdida', 'found', 'encontramos', 'safe',
      'cat', 'dog', 'gato', 'perro', 'perrito', 'gatito', 'owner', 'dueno', 'pickup', 'recoger', 'bus stop', 'parada',
      'raite', 'ride', 'carpool', 'aventon', 'irnos', 'pick you up', 'paso por ti', 'te llevo',
      'no se', 'no sabemos', 'dont know', 'don t know', 'do not know', 'who knows', 'quien sabe',
    ],
    /** People on a street a driver could hit. */
    road_people: ['protesters', 'protestors', 'marchers', 'demonstrators', 'cyclists', 'bikers', 'pedestrians', 'manifestantes', 'ciclistas', 'peatones', 'marchistas'],
    /** Driving at them on purpose. */
    drive_at: ['floor it', 'hit the gas', 'step on the gas', 'step on it', 'plow through', 'drive through them', 'they ll move', 'theyll move', 'bumper', 'speed up', 'pisale', 'pisa el acelerador', 'echales el carro', 'echales la troca', 'avientales el carro', 'ya se quitaran', 'se quitan solos'],
    /** A past attack. */
    attack_past: ['shot up', 'shooter', 'shooting', 'gunman', 'bomber', 'bombing', 'massacre', 'attacker', 'stabbed', 'beat up', 'balacera', 'tirador', 'masacre', 'ataque', 'the attack', 'mass shooting', 'went postal',
      // Round 7: El Paso's August 3 as people name it.
      'aug 3', 'aug 3rd', 'august 3', 'august 3rd', '3 de agosto', 'walmart shooting', 'cielo vista walmart', 'la masacre', 'el ataque', 'the walmart attack',
      // session 13 (lexicon), the attacker named by the deed.
      'el que mato', 'el que mato a', 'the guy who killed', 'the guy who shot', 'gunned down', 'killed those', 'killed everyone', 'el que disparo', 'el que balaceo', 'el que atropello', 'ese que mato', 'esa que mato', 'mato a los',
      'fight video', 'got his head stomped', 'got stomped', 'got knocked out', 'got beat up', 'blood everywhere', 'brains everywhere', 'sangre por todos lados', 'lo madrearon', 'le dieron una golpiza',
      'knocked him out cold', 'le pego a su', 'hit his wife', 'hit his girlfriend', 'beat his wife', 'slapped his wife', 'golpeo a su', 'madreo a su'],
    /** Praise for it. */
    praise_attack: [
      // session 13 (lexicon), the attacker excused or admired.
      'did what he had to do', 'did what had to be done', 'did what needed to be done', 'did nothing wrong', 'had his reasons', 'had a point', 'misunderstood hero', 'heroe incomprendido',
      'incomprendido', 'hizo lo que tenia que hacer', 'tenia sus razones', 'we need more like him', 'need more people like him', 'necesitamos mas como el', 'hacen falta mas como el', 'my hero', 'mi heroe', 'un idolo',
      'best thing all week', 'love it', 'loved it', 'lmao', 'hilarious', 'more of this', 'play it again', 'me encanto', 'que risa', 'bien merecido', 'lo mejor de la semana', 'bien hecho',
      'asi se educan', 'asi se les educa', 'asi aprenden', 'good for him', 'she had it coming',
      'had the right idea', 'the right idea', 'a hero', 'hero', 'legend', 'did us a favor', 'did the world a favor', 'should have finished', 'finish the job', 'deserved it', 'had it coming', 'got what they deserved', 'got what he deserved', 'se lo merecia', 'se lo merecian', 'un heroe', 'tenia razon', 'hizo bien', 'le falto'],
    /** Where a past attack is reported or mourned, or someone stopped it. */
    attack_guard: [
      // session 13 (lexicon): a ball hit, a game, a show.
      'blood drive', 'donate', 'donar', 'donantes', 'donors', 'blood bank', 'banco de sangre',
      'home run', 'jonron', 'pelota', 'balon', 'gol', 'bola', 'pinata', 'boxing', 'box', 'ufc', 'wrestling', 'lucha libre', 'luchas', 'trailer',
      'stopped', 'stopping', 'saved', 'rescued', 'tackled', 'disarmed', 'detuvo', 'salvo', 'rescato', 'victims', 'victimas', 'prayers', 'oraciones', 'first responders', 'thank', 'thanks', 'gracias', 'officer', 'officers', 'hero dog', 'movie', 'pelicula', 'game', 'video game', 'photo', 'photos'],
    /** Buildings where people are: the target of an attack. */
    building: ['house', 'home', 'office', 'offices', 'station', 'city hall', 'building', 'church', 'school', 'library', 'precinct', 'courthouse', 'clinic', 'mosque', 'synagogue', 'chambers', 'council chambers', 'headquarters', 'hq', 'shelter', 'apartment', 'place', 'casa', 'oficina', 'oficinas', 'alcaldia', 'estacion', 'comisaria', 'iglesia', 'escuela', 'biblioteca', 'edificio', 'presidencia', 'cabildo', 'delegacion', 'albergue', 'departamento', 'juzgado', 'mezquita', 'sinagoga', 'department', 'dept', 'workplace', 'precinct', 'firehouse', 'fire station', 'rec center', 'depot'],
    // session 15: a threat addressed to a person pointed at by what they did, and a loose menace (addressed_menace frame).
    grievance_who: GRIEVANCE_WHO,
    /**
     * session 15: what follows "to the guy who…" in a threat when no harm word is said: they are
     * identified (plate, face, address), they will be found or met, told to be careful or to pray,
     * the police kept out of it, no witnesses, off the clock, a favor returned, what they have coming.
     * Too loose alone; with a grievance target a menace.
     */
    /** session 15: the person identified or located (plate, face, address, name): a menace said to someone who did wrong, a service said to anyone else. */
    menace_known: [
      'got your plate', 'have your plate', 'got his plate', 'have his plate', 'got the plate', 'your plate number', 'his plate number', 'plate s in my', 'plates in my',
      'got your face', 'have your face', 'your face on', 'know your face', 'remember his face', 'remember your face', 'knows his face', 'knows your face', 'know your truck',
      'know your car', 'know which', 'we know where', 'i know where', 'know where you', 'know where he', 'know where she', 'has your address', 'have your address', 'got your address',
      'got your name', 'got his name', 'know who you are', 'we know who', 'where he drinks', 'where you drink', 'where he works', 'where you work', 'where you live', 'where he lives',
      'tenemos tu cara', 'tenemos su cara', 'tu cara en video', 'su cara en video', 'tus placas', 'sus placas', 'las placas', 'tu placa', 'su placa', 'tu direccion', 'su direccion',
      'ya se quien eres', 'se quien eres', 'sabemos quien eres', 'sabemos quien fue', 'ya sabemos quien', 'sabemos donde', 'ya se donde', 'se donde vive', 'se donde vives',
      'cual es tu casa', 'cual es su casa', 'en que colonia', 'donde te juntas', 'donde se junta', 'donde estaciona', 'donde vive', 'donde vives', 'no olvido caras', 'ya te vi',
      'ya te tenemos', 'ya lo tenemos ubicado', 'ya te tengo',
    ],
    menace_loose: [
      // found, met, visited
      'te voy a encontrar', 'te vamos a encontrar', 'lo vamos a encontrar', 'la vamos a encontrar', 'lo voy a encontrar', 'la voy a encontrar', 'antes de que yo te encuentre',
      'te estamos buscando', 'le estamos buscando', 'lo estamos buscando', 'la estamos buscando', 'te encontremos', 'te agarramos', 'te agarre', 'lo agarramos', 'lo visitamos',
      'te visitamos', 'le caemos', 'te caemos', 'toquemos la puerta', 'nos vamos a ver', 'ahi nos vemos', 'nos vemos afuera', 'nos vemos en el', 'nos vamos a cruzar',
      'i will find him', 'i will find her', 'i will find you', 'i ll find you', 'ill find you', 'we ll find you', 'well find you', 'we will find you', 'i find you before',
      'we ll meet again', 'well meet again', 'meet again', 'love to meet you', 'like to meet you', 'wants to meet you', 'see you outside', 'see you in the parking',
      'knock on your door', 'knocking on your door', 'pay you a visit', 'come find you', 'coming for you', 'coming for him', 'hunted', 'hunt you',
      // careful, pray, think on it
      'cuidate', 'cuidese', 'cuidadito', 'que se cuide', 'mejor que se cuide', 'se vaya con cuidado', 'se vayan con cuidado', 'tener mas cuidado', 'tenga cuidado', 'ten cuidado',
      'real careful', 'be careful', 'better be careful', 'should be careful', 'watch your back', 'watch his back', 'sleep well', 'sleep tight', 'one eye open', 'better pray',
      'better hope', 'mas le vale', 'mas te vale', 'mas les vale', 'enjoy your last', 'your last week', 'your last day', 'think on it', 'something to think about', 'keep talking',
      'avisados estan', 'ya esta advertido', 'ya estas advertido', 'estan advertidos',
      'consider yourself warned', 'you ve been warned', 'youve been warned', 'tarde o temprano', 'sooner or later', 'count on it', 'ya veras', 'ya vera', 'ya veran',
      'te vas a arrepentir', 'se va a arrepentir', 'se van a arrepentir', 'le va a llegar', 'les va a llegar', 'lo suyo', 'su merecido', 'what s coming to', 'whats coming to',
      'what they deserve', 'what he deserves', 'what she deserves', 'return the favor', 'returned the favor', 'regresar el favor', 'devolver el favor', 'se las van a pagar',
      'se la va a pagar', 'me la va a pagar', 'me las va a pagar', 'me las vas a pagar', 'no se perdona', 'not forgiven', 'won t forget', 'wont forget',
      'lucky it was', 'you got lucky', 'next time you won t', 'next time you wont',
      // the law kept out of it, no witnesses, off the clock
      'not calling the', 'no llamo a la', 'no vamos a llamar', 'before the cops', 'before the police', 'antes que la policia', 'antes de que la policia', 'no va a ser la policia',
      'not the police', 'not the cops', 'doesn t call the police', 'doesnt call the police', 'won t call the police', 'no se la vamos a dar a la policia', 'cops are too slow',
      'won t make it to trial', 'wont make it to trial', 'won t make it to court', 'no va a llegar a la corte', 'no llega a la corte', 'no llegan vivos', 'no llega vivo',
      'a que lo agarre la ley', 'off the clock', 'sin uniforme', 'fuera del uniforme', 'no traiga uniforme', 'sin camaras', 'cameras are down', 'camera s down',
      'sin testigos', 'no witnesses', 'nobody would hear', 'no one would hear', 'nadie se entera', 'nobody sees anything', 'nobody saw anything', 'nadie va a decir nada', 'nadie vio nada',
      'handle it myself', 'handle him myself', 'handle this myself', 'take care of it myself', 'take matters into', 'my own hands', 'mis propias manos', 'justicia por mi',
      // the outcome, said lightly
      'first aid kit', 'hospital food', 'leaving in an ambulance', 'leave in an ambulance', 'en bolsa negra', 'sale en bolsa', 'no sale caminando', 'not walking out',
      'on his own legs', 'on her own legs', 'no vas a poder caminar', 'no va a poder caminar', 'all ten fingers', 'a few broken fingers', 'can t use his hands', 'cant use his hands',
      'no va a ser con palabras', 'not with words', 'no con palabras', 'y no me refiero a', 'and i don t mean', 'and i dont mean', 'if you know you know', 'if you catch my meaning',
      // an accident arranged: the car, the brakes, the stairs, "digo que fue accidente".
      'accidents happen', 'have an accident', 'has an accident', 'gonna have an accident', 'tenga un accidente', 'tener un accidente', 'fue accidente', 'que fue un accidente',
      'call it an accident', 'called it an accident', 'call it a fall', 'called it a fall', 'start his car with', 'start her car with', 'start their cars from', 'under your car',
      'under his car', 'se le vayan los frenos', 'se le fueran los frenos', 'se queden sin frenos',
      // said to their face: no answering for myself, they know who they are, the crew behind it.
      'no respondo de mi', 'no respondo por lo que', 'no respondo', 'you know who you are', 'and so do we', 'y nosotros tambien', 'nosotros tambien sabemos', 'tengo hermanos y primos',
      'bring your own gloves', 'my brother doesn t call', 'my crew would love', 'one way or another', 'de una forma u otra', 'voy preparado',
      'no estoy de humor', 'se lleva un recuerdito', 'sale en las noticias', 'a ver si asi aprende', 'a ver si asi entienden',
    ],
    /**
     * session 15: the part of menace_loose that menaces any person it is said of, not only one pointed at by a grievance ("that
     * councilman should be careful walking to his car at night", "the supervisor… sin testigos", "the inspector… one eye open").
     */
    menace_firm: [
      'te voy a encontrar', 'te vamos a encontrar', 'lo vamos a encontrar', 'la vamos a encontrar', 'te estamos buscando', 'lo estamos buscando', 'la estamos buscando',
      'nos vamos a ver cuando', 'nos vamos a cruzar', 'we ll meet again', 'well meet again',
      'mejor que se cuide', 'que se cuide', 'se vaya con cuidado', 'tener mas cuidado cuando', 'cuidadito cuando', 'cuidadito al', 'real careful walking', 'careful walking to',
      'solo de noche', 'sola de noche', 'solos de noche', 'no salgan solos', 'no salga solo', 'no salga sola', 'one eye open', 'sleep with one eye', 'better pray',
      'enjoy your last', 'think on it', 'consider yourself warned', 'you ve been warned', 'youve been warned',
      'no llamo a la', 'no va a ser la policia', 'doesn t call the police', 'doesnt call the police', 'won t make it to trial', 'wont make it to trial', 'no va a llegar a la corte',
      'no llegan vivos', 'no llega vivo', 'no traiga uniforme', 'sin testigos', 'nobody would hear', 'no one would hear', 'nadie se entera', 'nobody sees anything',
      'nadie va a decir nada', 'take matters into', 'mis propias manos', 'justicia por mi', 'gonna have an accident', 'going to have an accident', 'call it an accident',
      'called it a fall', 'call it a fall', 'digo que fue accidente', 'decir que fue accidente', 'start his car with', 'start her car with', 'start their cars from',
      'se le fueran los frenos', 'se le vayan los frenos', 'hospital food', 'leaving in an ambulance', 'en bolsa negra', 'no sale caminando', 'on his own legs', 'on her own legs',
      'all ten fingers', 'a few broken fingers', 'no va a ser con palabras', 'if you catch my meaning',
    ],
    /** session 15: what the person pointed at did to the writer or the crew (the grievance in "the guy who keyed my truck, I'm going to…"). */
    grievance_offense: [
      'stole', 'steals', 'stealing', 'keyed', 'keys', 'keying', 'spit', 'spat', 'hit', 'hits', 'yelled', 'yells', 'yelling', 'screamed', 'screams', 'screaming', 'cussed', 'cussing',
      'insulted', 'threatened', 'threatens', 'harassed', 'harasses', 'harassing', 'pushed', 'shoved', 'slashed', 'tagged', 'tagging', 'vandalized', 'dumped', 'dumps', 'bit',
      'broke', 'ran over', 'almost ran over', 'nearly ran over', 'cut off', 'disrespected', 'laughed at', 'mocked', 'shorted', 'stiffed', 'doxxed', 'snitched', 'ratted', 'sued',
      'wrote me up', 'reported me', 'lied about', 'talked trash', 'cut our', 'cuts our', 'denied my', 'voted to cut', 'put hands on', 'touched', 'attacked', 'assaulted', 'punched',
      'se robo', 'se robaron', 'robo', 'robaron', 'anda robando', 'rayo', 'rayaron', 'escupio', 'escupe', 'pego', 'le pego', 'grito', 'le grito', 'le gritaron', 'insulto', 'amenazo',
      'empujo', 'poncho', 'pinto', 'tumbo', 'tiro basura', 'aventó', 'avento', 'rompio', 'atropello', 'se cerro', 'falto al respeto', 'le falto', 'se burlo', 'se burlaron', 'acuso',
      'me acuso', 'me echo de cabeza', 'me echaron de cabeza', 'demando', 'me demando', 'recorto', 'me nego', 'nos quito', 'me quito', 'me corrio', 'mordio', 'manosea', 'golpeo',
      'anda diciendo', 'anda hablando', 'me vio feo', 'me levanto la voz', 'se metio con', 'se meta con', 'agredio', 'ataco',
    ],
    /** session 15: the writer or the crew about to act on that person ("le voy a", "I'm gonna"): the act left unsaid or said in words no class knows. */
    act_on_them: [
      'le voy a', 'lo voy a', 'la voy a', 'les voy a', 'los voy a', 'le vamos a', 'lo vamos a', 'la vamos a', 'les vamos a', 'los vamos a', 'te voy a', 'te vamos a',
      'le damos', 'lo agarro', 'lo agarramos', 'le rompo', 'le parto', 'lo espero', 'lo esperamos', 'i m gonna', 'im gonna', 'imma', 'i ma', 'i m going to', 'im going to',
      'i ll', 'ill', 'we re gonna', 'were gonna', 'we ll', 'i will make', 'i ll make sure', 'make sure he', 'make sure she', 'make sure you',
    ],
    /** session 15: what people say they will do about someone who wronged them that is not violence: report, vote, sue, forgive, ask. */
    act_on_them_guard: [
      'vote', 'voting', 'ballot', 'votar', 'voto', 'urnas', 'elecciones', 'election', 'report', 'reporting', 'reportar', 'reporte', 'queja', 'complaint', 'file', 'hr', 'recursos humanos',
      'write up', 'write him up', 'sue', 'demandar', 'lawyer', 'abogado', 'police', 'policia', 'cops', 'grievance', 'union', 'sindicato', 'forgive', 'perdonar', 'pray', 'rezar',
      'thank', 'thanks', 'gracias', 'invite', 'invitar', 'buy him', 'comprar', 'pedir', 'ask', 'return', 'regresar', 'devolver', 'pay', 'pagar', 'bill', 'cobrar', 'fine', 'multa',
      'ticket', 'tow', 'grua', 'block', 'bloquear', 'unfollow', 'mute', 'ignore', 'ignorar', 'talk to', 'hablar con', 'platicar con', 'explain', 'explicar', 'email', 'correo',
      'call', 'llamar', 'text', 'mensaje', 'meeting', 'camera', 'camara', 'lock', 'cerrar con llave', 'candado', 'sign', 'letrero', 'label', 'etiqueta', 'name', 'nombre',
      'respond', 'reply', 'responder', 'contestar', 'comment', 'comentario', 'public', 'publico', 'publica', 'respect', 'respeto', 'court', 'corte', 'juez', 'judge', 'claim', 'reclamo',
    ],
    /** session 15: menace_loose words that are a goodbye, a kindness or praise when said of any coworker ("cuídate mucho, jefa", "the raise she deserves"). */
    menace_farewell_guard: [
      'cuidate', 'cuidese', 'cuidense', 'ahi nos vemos', 'nos vemos en el', 'nos vemos afuera', 'see you around', 'return the favor', 'returned the favor', 'regresar el favor',
      'devolver el favor', 'what he deserves', 'what she deserves', 'what they deserve', 'lo suyo', 'won t forget', 'wont forget', 'love to meet you', 'like to meet you',
      'wants to meet you', 'sleep well', 'sleep tight', 'you got lucky', 'lucky it was', 'sooner or later', 'tarde o temprano', 'be careful', 'ten cuidado', 'tenga cuidado',
      'count on it', 'ya veras', 'ya vera', 'ya veran', 'keep talking', 'meet again', 'te agarre', 'hunted',
    ],
    /** session 15: a note to the person who did something that is a thank-you, a lost-and-found, a report to the police or a plea. */
    grievance_guard: [
      // session 15 (round 6 dev alarm): a ride offered ('ahí te espero para irnos').
      'raite', 'para irnos', 'give you a ride', 'te doy raite', 'carpool',
      'thank you', 'thanks', 'gracias', 'agradecemos', 'please return', 'favor de regresar', 'favor de devolver', 'no questions asked', 'sin preguntas', 'reported', 'police report',
      'filed a report', 'reporte', 'denuncia', 'call 911', 'llame al', 'llamen al', 'lost', 'perdio', 'perdi', 'found a', 'wallet', 'cartera', 'congrats', 'felicidades', 'congratulations',
      'won the', 'gano la', 'gane la', 'raffle', 'rifa', 'prize', 'premio', 'la quiera', 'lo quiera', 'quiera venir', 'quieran', 'careful out there', 'be careful on',
      'be careful with', 'be careful when', 'ten cuidado con', 'tenga cuidado con', 'safe', 'seguro', 'segura', 'slow down', 'despacio', 'escort', 'well lit',
      // handed to the police or the courts: the identification is a report, not a menace ("not the police" stays a menace).
      'se la dimos', 'se lo dimos', 'se las dimos', 'ya se la', 'se la entregamos', 'se lo entregamos', 'se las entregamos', 'with the police', 'with police', 'it s with',
      'its with', 'already with', 'to the police', 'gave it to', 'turned over', 'handed over', 'court date', 'fiscalia', 'acusa', 'charged', 'arrested', 'detenido', 'detenida',
      'detenidos', 'arrestado', 'arrestaron',
      // a prank promised back, not harm.
      'broma', 'bromita', 'prank', 'pranks', 'joke', 'just kidding', 'jk',
      // safety advice: walk with an escort, a tip from an officer.
      'escolta', 'recomienda', 'recomendamos', 'recommend', 'recommends', 'remind', 'reminds', 'reminder', 'recuerda', 'recuerde', 'tips', 'consejos', 'buddy',
      'la policia va', 'police will', 'police are', 'pd will', 'report them', 'reportelos', 'reportenlos', 'reportarlos', 'multa', 'multas', 'fine', 'fines', 'citation', 'citations',
    ],
  },
  frames: [
    {
      id: 'judgement.violence.intent_to_harm',
      category: 'violence',
      message: {
        en: 'Says someone will, should or deserves to be hurt or killed: a threat or a call to violence.',
        es: 'Dice que alguien va a ser, debería ser o merece ser lastimado o asesinado: una amenaza o un llamado a la violencia.',
      },
      negatable: true,
      cooccur: [{ all: ['harm_intent', 'harm_act'], within: 5, unless: ['violence_guard'], guardWithin: 4 }],
      examples: {
        hit: [
          'if the inspector red tags my house again I swear he is going to end up in the hospital',
          'somebody needs to punch that councilman right in his smug face',
          'Ojalá al de la grúa le partan la madre un día de estos',
          'Ese vecino se va a arrepentir, le voy a romper la cara',
        ],
        miss: [
          'We are gonna kill it at the 5K this weekend, parks crew!',
          'Fire drill at 10: we will burn the old training house as an exercise',
          'I swear this heat is going to kill me, stay hydrated at the parade',
          'Police said the suspect was shot by a homeowner and is in the hospital',
          'Me muero de hambre, voy a matar el tiempo en la biblioteca',
        ],
      },
    },
    {
      id: 'judgement.violence.injury_intended',
      category: 'violence',
      message: {
        en: 'Says someone will, should or deserves to be injured (a face smashed, ribs broken, brakes cut): a threat or a call to violence.',
        es: 'Dice que alguien va a ser, debería ser o merece ser lastimado (romperle la cara, darle una golpiza, cortarle los frenos): una amenaza o un llamado a la violencia.',
      },
      // Not negatable: "a lesson he won't forget" holds a negation; harm_strong_guard holds "would never", "nunca".
      // Ordered: the urge comes first ("merece una golpiza"); "me metería una golpiza, ojalá…" is not a threat.
      cooccur: [{ all: [['harm_intent', 'harm_urge_more', 'threat_modal', 'harm_trigger'], ['harm_strong', 'dano_fisico', 'harm_outcome']], within: 14, ordered: true, unless: ['harm_strong_guard'], guardWithin: 5 }],
      examples: {
        hit: [
          'Swear if the guy in purchasing loses my form again I will find him after work and rearrange his face',
          'It would be a shame if the landlord\'s truck had its brake lines cut, just saying',
          'Who wants to jump the new foreman after his shift, he has been asking for it',
          'Al de la caseta hay que darle un susto saliendo del turno',
          'Ese inspector merece una golpiza por cómo nos trata',
          'I hope the guy who towed my car trips on the curb and cracks his skull',
          'somebody should torch the permit office with the staff inside',
          'Ojalá que al de la caseta lo atropelle un camión saliendo del turno',
          'ese supervisor necesita unos cuantos batazos pa que aprenda',
          'keep it up buddy, one day you\'ll be alone in the parking lot',
          'Al del relleno sanitario lo van a encontrar en una zanja, ya verán',
          'I put laxatives in the coffee of whoever keeps taking my parking spot',
          'Al de la grúa le quiero hacer una visita en su casa con mis primos',
          'If I catch the guy who keeps egging my truck he won\'t walk again',
          'Cuando vea al que me rayó la troca lo van a levantar, y no pa\' platicar',
          'Next time that foreman yells at me somebody is getting hurt',
          'Al del tianguis que le vende cohetes a los niños hay que darle una buena lección a cachetadas',
        ],
        miss: [
          'Police said the driver suffered broken ribs and is recovering at UMC',
          'The vacant house on Alameda caught fire overnight; nobody was injured',
          'I would love a smoothie through a paper straw after this shift',
          'Simulacro: los bomberos van a apagar una casa que se quema en la academia',
          'Careful on the stairs: a clerk slipped and fell and cracked his skull last year',
          'Ojalá que no se caiga la señal durante la transmisión',
          'I hope the new bomba de agua gets here before the heat',
          'Pest control put rat poison in the storage room, keep kids and pets out',
          'Next time you visit, bring your dental records for the clinic',
          'Hay que darle una lección de historia a los niños en el museo',
          'The doctors said he might never walk again after the crash, keep him in your prayers',
          'Si no nos pagan a tiempo la empresa va a quebrar',
        ],
      },
    },
    {
      id: 'judgement.violence.weapon_for_person',
      category: 'violence',
      message: { en: 'Says a weapon is meant for a person ("a bat with her name on it").', es: 'Dice que un arma es para una persona ("un bate con su nombre").' },
      cooccur: [{ all: [['weapon', 'violence_firearm'], 'name_on_it'], within: 8, unless: ['name_on_it_guard'], guardWithin: 8 }],
      examples: {
        hit: ['got a bat in my trunk with his name on it, tell the supervisor', 'Tengo una navaja con su nombre, que no se le olvide'],
        miss: ['Got a cake with her name on it for the retirement party', 'The team gave the coach a bat with his name on it to retire his jersey number'],
      },
    },
    {
      id: 'judgement.violence.wish_harm',
      category: 'violence',
      message: { en: 'Wishes death or injury on a person.', es: 'Le desea la muerte o un daño a una persona.' },
      negatable: true,
      patterns: [
        '(?:hope|hoping|wish|pray|praying|hopefully|love to see|like to see|cant wait to see|can t wait to see|want to see|wanna see) (?:that )?{harm_who} {~8}(?:{harm_event}|(?:die|dies|dying)(?! (?:laughing|of laughter|happy|old|of embarrassment|of cuteness|trying))|(?:get|gets|getting) (?:his|her|their|your|ur|yo) (?:ass|butt|teeth|face|head|skull|hands|fingers|legs|kneecaps|neck) (?:beat|beaten|kicked|whooped|knocked|bashed|smashed|cut|chopped|broken|caved|blown))',
        'ojala (?:que )?(?!(?:[^ .]+ ){0,4}(?:no|nunca|jamas) ){~5}{dano}',
        '(?:que|ojala que) (?:se muera|se mueran|se pudra|se pudran|lo maten|la maten|los maten|se lo lleve la chingada)(?! (?:de risa|de amor|de envidia|de ganas|de hambre|de frio|de calor|de sed))',
      ],
      examples: {
        hit: [
          'Whoever dumped a couch in the arroyo again, I hope you die in a ditch',
          'hope the guy who stole my bike seat gets run over by a trash truck',
          'Praying the clown who keyed my truck at the depot gets jumped in the parking lot',
          'Ojalá se muera el que rayó las bancas del parque',
          'Ojalá que a ese inspector lo atropellen saliendo del trabajo',
          'I\'d love to see that inspector get his ass beat in the parking lot',
          'el que se robó las placas, que se pudra',
        ],
        miss: [
          'I hope the splash pad pump does not die again this weekend',
          'hope you die laughing at this blooper reel from the parade',
          'We hope nobody gets hurt this Fourth of July: leave fireworks to the pros.',
          'Ojalá que no se muera la planta del vestíbulo, nadie la riega',
          'Me muero de risa con este video del desfile',
        ],
      },
    },
    {
      id: 'judgement.violence.threaten_harm',
      category: 'violence',
      message: { en: 'Threatens or urges physical harm to a person.', es: 'Amenaza con hacerle daño físico a una persona o incita a hacerlo.' },
      negatable: true,
      patterns: [
        // "I'd have put you both down", "gonna smack him", "someone should jump that guy".
        '{threat_modal} (?:have |just |personally |gladly |happily |really )?(?:{harm_verb}) {pron_obj}(?! (?:a|an|the|some|my|your|our|his|her|their|this|that|at|in|to|on|with|back|off|out|over|first|home|an email|a text|a message|a line|a call|guys|all|know|up to)(?![^ .]))',
        // "I'll beat the hell out of my supervisor", "gonna kick the crap out of him".
        '{threat_modal} (?:[^ .]+ ){0,2}(?:beat|kick|knock|slap|smack|punch|choke|whoop|stomp) the (?:hell|shit|crap|snot|living daylights|daylights|piss|fuck|stuffing|tar|life) out of(?! (?:it|the ball|the heat|the competition|cancer|the record)(?![^ .]))',
        // "next person who yells at me is getting punched", "whoever did it catches these hands".
        '(?:next (?:person|one|guy|lady|idiot|clown|fool|dude|driver|customer|caller)|whoever|anyone|anybody|the first (?:person|one|guy)) (?:[^ .]+ ){0,8}(?:gets|is getting|s getting|will get|ll get|gonna get|is gonna get|is going to get|catches|is catching|s catching|is gonna catch) (?:punched|slapped|smacked|decked|socked|stabbed|shot|jumped|beat up|beaten|knocked out|laid out|stomped|rammed|run over|ran over|tased|tazed|maced|pepper sprayed|choked|hit|clocked|dropped|(?:punched|slapped|knocked) (?:in the|out)|(?:a |my |these |the )?(?:hands|fist|fists|bullet|beatdown|ass whooping|ass kicking|bat|knuckle sandwich))(?![^ .])',
        // Bringing a gun to work or a meeting ("and see who laughs then").
        '(?:bring|bringing|brings|brought|pack|packing|carry|carrying|show up with) (?:my|a|the|his|her|their) {violence_firearm} (?:to|into) (?:work|city hall|(?:the|my|our|this|that) (?:next )?(?:[^ .]+ ){0,2}(?:meeting|office|shift|station|yard|depot|hearing|briefing|party|council|job|training|floor))(?![^ .])',
        // "I'm bringing something to the 4th floor and it won't be donuts".
        '(?:bring|bringing|ll bring|show up with|showing up with) (?:something|a surprise|a little surprise|a present|a gift) (?:[^ .]+ ){0,6}(?:it wont be|it won t be|it aint|and its not|and it s not|it s not|its not) (?:donuts|doughnuts|cookies|flowers|cake|coffee|tacos|pizza|a card|candy)(?![^ .])',
        '(?:traer|traigo|traje|llevar|llevo|voy a traer|voy a llevar) (?:mi|la|el|una|un) {violence_firearm} (?:al|a la) (?:trabajo|oficina|junta|reunion|chamba|estacion|sesion|posada|cabildo|turno)',
        // Round 9 (s12-ja): arriving armed ("voy a llegar con todo y el cuerno de chivo a la oficina").
        '(?:llegar|llego|llegamos|voy a llegar|vamos a llegar|caer|caigo|voy a caer|aparecerme|me aparezco|presentarme|me presento) con (?:todo y )?(?:mi |la |el |una |un |mis )?{violence_firearm} (?:al|a la|a el|a mi) (?:trabajo|oficina|junta|reunion|chamba|estacion|sesion|posada|cabildo|turno|presidencia)(?![^ .])',
        // "one of these days I'm gonna snap and shoot up this whole department".
        '(?:shoot up|go postal (?:on|at|in)|shoot everyone (?:in|at)|shoot everybody (?:in|at)|spray) (?:the |this |that |my |our |his |her )?(?:whole |entire )?{~2}{building}(?![^ .])',
        // "le meta un balazo", "se va a ganar unos madrazos".
        '(?:le|les) (?:meta|metan|de|den|pegue|peguen|ponga|pongan|suelte|suelten|acomode|acomoden) (?:un |una |unos |unas |sus |su |buen |buena )?{golpe_es}(?! (?:libre|de esquina|penal)(?![^ .]))',
        '(?:se va a ganar|se van a ganar|te vas a ganar|se esta ganando|se merece|se merecen|te mereces|le toca|les toca|se gano) (?:unos |unas |un |una |sus |su |buen |buena )?{golpe_es}(?! (?:libre|de esquina|penal)(?![^ .]))',
        // "lo voy a agarrar a golpes".
        '(?:lo|la|los|las|le|les|te) (?:voy|vamos|van|va|vas) a [a-z]+ a (?:putazos|madrazos|chingazos|golpes|balazos|plomazos|patadas|palos|pedradas|cachazos|batazos|cuchilladas|vergazos|trancazos)(?![^ .])',
        // "deberían desaparecerlo", "hay que matarla".
        '(?:deberian|deberia|hay que|habria que|alguien deberia|que alguien|vamos a|voy a|van a|a ver si|ganas de|quiero) (?:desaparecerlo|desaparecerla|desaparecerlos|desaparecerlas|matarlo|matarla|matarlos|matarlas|ahorcarlo|ahorcarla|quemarlo|quemarla|apunalarlo|apunalarla|levantarlo|levantarla|ejecutarlo|ejecutarla|picarlo|picarla|fierrearlo|plomearlo|plomearla|quebrarlo|quebrarla|tronarlo|tronarla)(?![^ .])',
        '{threat_modal} (?:have )?put {pron_obj} (?:both |all )?down(?! (?:for|as|on|in|to|as a)(?![^ .]))',
        '{threat_modal} (?:have )?(?:beat|rough|mess|f|fuck|light) {pron_obj} up',
        // "I'll drag you off that curb and stomp your head into the concrete".
        '{threat_modal} (?:[^ .]+ ){0,8}(?:stomp|smash|bash|cave in|kick in|slam|bust|punch|break|crack|split|snap|rip off) (?:your|his|her|their|ur|yo) (?:head|face|skull|teeth|jaw|kneecaps|knees|legs|neck|ribs|nose|arms)(?![^ .])',
        '(?:run|mow|plow) (?:{pron_obj}|{group}) (?:over|down)(?![^ .])',
        // "gets a shovel to the face", "catch a bat across the head".
        '(?:gets?|getting|catch|catches|catching|give (?:him|her|them|you)) (?:a|my|this) (?:{weapon}|fist|foot|boot|knee|elbow|knuckles) (?:to|in|across|upside|into) (?:the|his|her|your|their|ur|da) (?:face|head|skull|teeth|mouth|jaw|knees|kneecaps|throat|neck)',
        // "I'll put him in the hospital", "put you in a wheelchair".
        '{threat_modal} (?:[^ .]+ ){0,3}put {pron_obj} in (?:the|a) (?:hospital|ground|grave|wheelchair|body bag|morgue|icu|er|coffin|casket|dirt)(?![^ .])',
        // Those who "should all be lined up and shot".
        '(?:should|need to|needs to|deserve to|deserves to|ought to|must|oughta) (?:all |just |really )?(?:be|get) (?:lined up and |taken out and |dragged out and |rounded up and )?(?:shot|hanged|lynched|strung up|stabbed|beat up|tarred and feathered|shot on sight)(?! (?:down|in|on|at|with|from|for|during|by|a|an|the|again|first|today|tomorrow|next|this|later|soon|outdoors|indoors|vertically|horizontally|live)(?![^ .]))',
        '(?:deberian|deberia|merecen|merece|hay que) (?:ser |que los |que las |que lo |que la )?(?:fusilados|fusilarlos|fusilar|linchados|lincharlos|quemados vivos|quemarlos vivos|apedreados|apedrearlos|balaceados|balacearlos)(?![^ .])',
        // "deserves a bullet", "gonna get a beating".
        '(?:deserves?|deserved|earned|needs?|gets?|getting|gonna get|should get|ought to get|is owed) (?:a |an |his |her |their |some )?(?:bullet|bullets|beating|beatdown|noose|slug to the head|bullet to the head)(?! (?:point|points|proof|train|journal|list|time|chess|ball|balls|bike|bikes)(?![^ .]))',
        '(?:run|mow|plow) (?:that|this|the|those|these) (?:{~2})?(?:{person_role}|guy|lady|protesters|protestors|protester|protestor|idiot|clown|bitch|bastard|cyclist|cyclists) (?:over|down)(?![^ .])',
        '(?:get|gets|getting) (?:his|her|their|your|ur|yo) (?:ass|legs|arms|teeth|face|head|skull|kneecaps|neck|hands|fingers|jaw|nose) (?:beat|beaten|kicked|broken|busted|knocked in|knocked out|bashed in|smashed|cut off|chopped off|caved in|blown off)',
        '(?:gonna|going to|will|there ll|theres gonna|there s gonna|there is gonna) be blood(?![^ .])',
        '(?:va a haber|habra|va a correr|correra) sangre(?![^ .])',
        // Waiting for someone where they live or leave.
        '{threat_modal} (?:wait for|be waiting for|find|visit|pay a visit to|follow|show up at|go to) (?:{pron_obj}|(?:the|that|this) (?:{~2})?{person_role}) (?:outside|at|in front of|behind) (?:his|her|their|your|ur) (?:house|home|place|apartment|car|truck|door|work)',
        '(?:lo|la|los|las|te) (?:espero|esperamos|voy a esperar|vamos a esperar|cacho|cachamos|agarro|agarramos) (?:a la salida|afuera|en lo oscurito|en lo oscuro|en el estacionamiento|saliendo|en su casa|en la esquina)(?![^ .])',
        '(?:se va a topar|se las va a ver|se va a encontrar|te vas a topar|te las vas a ver|se van a topar|se las van a ver) conmigo',
        '(?:when|once|if) (?:we|i) (?:find|catch|get) (?:you|u|him|her|them|whoever)(?: [^ .]+){0,3} (?:you re|youre|ur|hes|he s|shes|she s|they re|theyre) (?:done|dead|finished|toast|a dead man|dead meat)(?![^ .])',
        '(?:you re|youre|ur|hes|he s|shes|she s|they re|theyre|you are) (?:so |a )?(?:dead meat|dead man|dead woman|dead men)(?! walking)(?![^ .])',
        '(?:hay que|vamos a|voy a) (?:sacar|correr|echar|bajar|recibir|quitar)(?:los|las|lo|la)? (?:a (?:esos|esas|ese|esa|los|las|el|la) (?:[^ .]+ ){0,3})?a (?:patadas|balazos|plomazos|putazos|madrazos|chingazos|golpes|palos|pedradas)(?![^ .])',
        '(?:que|ojala que) (?:lo|la|los|las) (?:ahorquen|fusilen|linchen|maten|balaceen|apedreen|golpeen|madreen|cuelguen (?:en la plaza|de un arbol|de un poste|del cuello|del puente))(?![^ .])',
        // "I'll make sure he never uses those hands again".
        '(?:make sure|see to it|guarantee) (?:that )?(?:he|she|they|you|u) (?:never|wont|will never|cant|can never|will not|dont) (?:walks?|uses? (?:those|his|her|their|them|your|ur) (?:hands|legs|arms|fingers|eyes)|sees? straight|talks? right|eats? solid food|breathes?)(?: again)?',
        '(?:need|needs|deserve|deserves|deserved|gonna get|about to get|is getting|are getting|owe (?:him|her|them|you)) {~4}(?:ass whooping|ass whupping|ass kicking|asswhooping|beatdown|beat down|whooping|whupping|beating|butt whooping|curb stomping)',
        // Spanish: "hay que darles un plomazo", "le voy a dar una madriza".
        '(?:hay que|hay q|vamos a|voy a|deberian|deberiamos|a ver si|que alguien|alguien deberia|alguien tiene que|ojala) {~2}(?:darles|darle|dar|meterles|meterle|pegarles|pegarle|ponerles|ponerle|sorrajarle|sorrajarles|propinarle|propinarles|le dan|les dan|le den|les den|le de|les de|le da|les da|le pongan|les pongan|le metan|les metan) (?:un |una |unos |unas |sus |su |mas |buen |buena )?{golpe_es}',
        // "lo bajo a putazos", "la sacamos a patadas" (not a past report: "lo mataron a balazos").
        '(?:lo|la|los|las|le|les) (?!(?:[a-z]+(?:aron|ieron|aba|aban|ado|ada|ados|adas|ido|ida)) )[a-z]+ a (?:putazos|madrazos|chingazos|golpes|balazos|plomazos|patadas|palos|pedradas|cachazos|batazos|cuchilladas|vergazos|trancazos)',
        '(?:le|les|te|lo|la) (?:voy a|vamos a|van a|va a) (?:dar|poner|meter|pegar|propinar|sorrajar|acomodar) (?:un |una |unos |unas |su |sus |mas |buen |buena )?{golpe_es}',
        '(?:hay que|hay q|voy a|vamos a|deberian|deberiamos|a ver si|que alguien|alguien deberia|alguien tiene que|ganas de|quiero|me dan ganas de) (?:romperle|romperles|partirle|partirles|quebrarle|reventarle|reventarles|madrearlo|madrearla|madrearlos|golpearlo|golpearla|golpearlas|balacearlo|balacearla|balacearlos|torcerle el cuello|sacarle la madre|partirle la madre|romperle la madre)(?: (?:la|el|los|las|su) (?:cara|madre|hocico|osico|jeta|alma|dientes|piernas|crisma|cuello|costillas|nariz))?(?![^ .])',
        // "te parto la madre", "le voy a romper la cara".
        '(?:te|le|les|lo|la|los) (?:voy a |vamos a |van a )?(?:parto|partimos|partir|rompo|rompemos|romper|quiebro|reviento|reventar|tumbo|tumbar|rajo|rajar|marco|marcar|desfiguro|desfigurar|voltear|volteo) (?:la madre|su madre|toda la madre|la cara|el hocico|el osico|la jeta|el alma|los dientes|las piernas|la crisma|el cuello)',
        '(?:te|lo|la|los|las) (?:voy a |vamos a |van a )(?:madrear|surtir|ahorcar|apunalar|balacear|desaparecer|fusilar|quebrar)',        // Round 9 (s12-ja): an order to a crowd to beat someone ("denles una calentadita", "denles sus zapes").
        '(?:denle|denles|dale|dales|metanle|metanles|ponganle|ponganles|peguenle|peguenles|sueltenle|sueltenles|acomodenle|acomodenles) (?:un |una |unos |unas |sus |su |buen |buena |mas )?{golpe_es}(?! (?:libre|de esquina|penal)(?![^ .]))',
        // Running someone's car off the road; something thrown in a person's face (not a pie or a cascarón).
        '{threat_modal} (?:[^ .]+ ){0,2}run (?:{pron_obj}|(?:the|that|his|her|their) (?:[^ .]+ ){0,2}(?:car|truck|suv|ride|van)) off the road',
        '(?:te|le|les) (?:voy a|vamos a|van a|va a) (?:aventar|tirar|estrellar|reventar|romper|quebrar|partir|echar) (?!(?:un |una |el |la )?(?:pastel|huevo|huevos|cascaron|cascarones|harina|agua|globo|globos|confeti|crema)(?![^ .]))(?:[^ .]+ ){1,5}(?:a|en) (?:la|su|tu) (?:cara|cabeza|jeta|hocico|boca|frente)(?![^ .])',
        '(?:i ll|ill|i m gonna|im gonna|gonna|i will|i m going to|im going to) (?:throw|smash|shove|slam|launch|chuck|bash) (?!(?:a |the |this )?(?:pie|pies|cake|water|water balloon|balloon|balloons|confetti|glitter|cream|party|fit|tantrum|ball|football|frisbee)(?![^ .]))(?:[^ .]+ ){1,5}(?:in|into|at|through) (?:his|her|your|their|ur) (?:face|head|skull|teeth|mouth)(?![^ .])',
        // Round 9 (s12-ja), second pass: "find out what a tire iron feels like", "do it again and see what happens".
        '(?:find out|learn|know|see|feel|sabe|saber|va a saber|vas a saber|van a saber) (?:what|lo que) (?:a |an |my |this |the |se siente |es )?(?:{weapon}|fist|fists|knuckles|boot|punos|puno|nudillos|cinturon) (?:feels like|tastes like|can do|feel like|se siente)?(?![^ .])',
        '(?:say|do|try|touch|post|write|call me) (?:that |it |one more (?:word|thing|time)|something|anything|that again|it again)(?: [^ .]+){0,6} (?:and|n) (?:see|watch) what happens(?![^ .])(?! (?:to|with|in|on|when|if|next|after|at)(?![^ .]))',
        '(?:vuelve|vuelvan|vuelvas) a (?:decir|hacer|tocar|gritar|meterte|meterse|hablar)(?: [^ .]+){0,6} y (?:vas a ver|va a ver|van a ver|a ver que pasa|ya veras|ya vera)(?![^ .])',
        // "let's just say he won't be using that hand for a while": harm already done, hinted.
      ],
      examples: {
        hit: [
          'If that driver cuts me off at the depot again I\'m gonna smack him',
          'Someone should jump that guy who keeps stealing the library\'s laptops',
          'Protesters on Stanton again. Just mow them down already',
          'next person who parks in the fire lane gets a bat to the kneecaps',
          'Bring me the guy who tagged the rec center. I\'ll make sure he never uses those hands again.',
          'These trolls need a good old-fashioned beatdown',
          'Whoever keeps stealing the cones from my site is catching these hands',
          'I swear I\'m packing my pistol to the next safety meeting, let them try me',
          'Ese chismoso de Compras se va a ganar una madriza',
          'A la de la ventanilla la vamos a sacar a patadas',
          'I\'m gonna beat the snot out of that dispatcher tomorrow',
          'A los que tiran basura en el arroyo hay que darles una madriza',
          'Si lo vuelvo a ver en la planta lo saco a chingazos',
          'Si me vuelven a cambiar el turno voy a llegar con todo y la pistola a la oficina',
          'Al supervisor le voy a romper la cara el lunes',
          'Do that again and I will pull you out of the cab and smash your face into the pavement',
          'If the landlord on Piedras shuts off my water again I swear I\'ll put him in the hospital',
          'Those protesters at city hall should all be lined up and shot',
          'Le voy a poner una golpiza al que se robó mi lonche',
          'A ese vecino hay que romperle la cara para que aprenda',
          'Honestly the fire chief deserves a bullet for closing Station 12',
          'Somebody run that councilman over with a garbage truck already',
          'If they cut our overtime again there\'s gonna be blood on the 5th floor',
          'Whoever slashed the tires on the Parks trucks, when we find you, you\'re done.',
          'A la próxima que me levante un reporte la jefa, la espero a la salida',
          'Si el juez suelta a ese ratero, que lo cuelguen en la plaza',
          'If the new supervisor touches my schedule again, he\'s gonna find out what a tire iron feels like',
          'Say one more word about my crew and see what happens, Ramirez',
          'si ven a los grafiteros en la noche, denles una calentadita, nadie va a decir nada',
        ],
        miss: [
          'We beat the heat at the splash pad today, thanks Parks!',
          'Anyone who gets hurt at the 5K should go to the first aid tent by the finish',
          'Bring your own tools to the volunteer cleanup at the park',
          'El portero se ganó un tiro libre en el último minuto',
          'I\'ll beat you at Mario Kart at the potluck',
          'We should beat them at the softball final on Saturday',
          'We\'re gonna smash our record at the food drive this year',
          'Put them down for two tickets to the gala',
          'Officers arrested a man who punched a bus driver on Mesa.',
          'Lo sacaron a patadas del estadio, según el reporte de la policía.',
          'Hay que darle mantenimiento al parque antes del verano.',
          'The new training video should be shot vertically for Instagram',
          'The contract should be executed by Friday',
          'Blood drive at City Hall Friday: there\'s gonna be a blood mobile in the south lot',
          'This slide deck gets a bullet point for every ward',
          'Do that again and see what happens to your stats, the new workout is amazing',
          'I\'m gonna throw a pie in his face at the dunk tank fundraiser',
          'Le voy a aventar un pastel a la cara al jefe en su cumpleaños',
        ],
      },
    },
    {
      id: 'judgement.violence.implied_threat',
      category: 'violence',
      message: { en: 'Hints at harming a person: where they live or park, a weapon, "watch your back".', es: 'Insinúa que le hará daño a una persona: dónde vive o se estaciona, un arma, "cuídate".' },
      negatable: true,
      patterns: [
        '(?:i|we) (?:already |now |finally )?(?:know|found out|figured out) (?:where|which|what) (?:car|truck|house|apartment|street|gym|school|daycare|route) (?:is |s )?(?:hers|his|theirs|yours|she|he|they|you)',
        '(?:i|we) (?:already |now |finally )?(?:know|found out|figured out) (?:where|what time|when|which door|which way|what route|what entrance) (?:she|he|they|you|u|your|his|her|their|that guy|that lady|the new guy|the new girl) {~3}(?:lives?|parks?|sleeps?|kids|daughter|son|wife|husband|family|leaves?|gets off|gets home|goes home|walks|walks home|drives home|uses|clocks out|takes)(?![^ .])',
        '(?:better|should|needs to|need to|gonna have to|d better|best) watch (?:herself|himself|themselves|yourself|yourselves|(?:his|her|their|your|ur) (?:back|step|kids|family))',
        '(?:i d|id|i would|might want to|better|should|d) take a different (?:route|way) home',
        // A weapon named, then a hint, in the next sentence or two.
        '(?:i|we) (?:already |now |finally )?(?:know|found out|figured out) (?:where|what time|when) (?:the|that|this|our|my|your) (?:new |old )?{person_role} {~2}(?:lives?|parks?|sleeps?|leaves|gets off|gets home|goes home|walks home|drives home|clocks out)(?![^ .])',
        '{weapon} (?:[^ ]+ ){0,9}(?:just saying|just sayin|jus sayin|try me|dont test me|you ve been warned|youve been warned|consider yourself warned|nomas digo|solo digo|ahi se ven|al cabo ya saben)',
        '(?:till|until|when|once|if) (?:i|we) (?:catch|get|find) (?:{pron_obj}|(?:that|the|this|our|my) (?:{~2})?(?:{person_role}|reporter|inspector|auditor|boss|neighbor|snitch)) (?:alone|by (?:himself|herself|themselves|yourself)|after work|outside|in the parking)',
        // Spanish: "ya sé dónde estaciona la supervisora", "ya sé cuál es su casa".
        'ya (?:se|sabemos|supe|supimos|tengo ubicado|tenemos ubicado|tengo ubicada|tenemos ubicada) (?:donde|cual es|cuales son|en que|a que hora) {~3}(?:vive|viven|estaciona|estacionan|casa|carro|troca|camioneta|hija|hijo|hijos|esposa|esposo|familia)(?![^ .])',
        '(?:ya )?(?:se|sabemos|supe|supimos) (?:donde|a que hora|por donde|en que) (?:vive|viven|estaciona|estacionan|sale|salen|llega|llegan|deja su carro|deja la troca|trabaja|duerme) (?:la|el|ese|esa|tu|su) (?:nueva |nuevo )?(?:{person_role}|jefa|jefe|supervisora|supervisor|concejal|regidor|regidora|juez|jueza|vieja|morra|vato|wey|ruca|licenciado|licenciada)',
        '(?:que|nomas que|nomas|cuando|a ver si) (?:lo|la|los|las) (?:agarremos|agarre|agarro|encontremos|encuentre|veamos|vea|pesquemos|pesque|cachemos|cache) (?:solito|solita|solitos|solitas|solo|sola|a solas|sin testigos|saliendo)',
        '(?:mas le vale|mas les vale|mejor que se|que se) (?:cuide|cuiden|cuidarse|ande con cuidado|anden con cuidado) (?:la espalda|las espaldas|bien)?',
        // Round 9 (s12-ja): the mob's "be a shame if something happened to it", "better hope I don't catch them", "I wouldn't brake", "a piece of my fist".
        '(?:be a|be such a|would be a|d be a) (?:shame|pity|real shame|crying shame) if (?:something|anything|somethin) (?:bad )?(?:happened|happens|were to happen|was to happen|should happen) to (?:it|him|her|them|your|ur|his|their|that)(?![^ .])',
        '(?:seria una|que) (?:pena|lastima) (?:que|si) (?:le|les) (?:pasara|pase|sucediera|suceda|pasaran) algo(?: a (?:su|sus|tu|tus|esa|ese))?(?![^ .])',
        '(?:a |some |another )?(?:piece|taste|sample) of my (?:fist|fists|knuckles|boot|foot|bat|belt)(?![^ .])',
        '(?:meet|introduce (?:him|her|them|you|u) to) my (?:fist|fists|knuckles|little friend|bat|boot|right hand|left hook)(?![^ .])',
        '(?:que|para que|pa que) (?:conozca|conozcan|pruebe|prueben|sienta|sientan) (?:mis|mi) (?:punos|puno|nudillos|bate|cinturon|chancla de fierro)(?![^ .])',
      ],
      examples: {
        hit: [
          'I know which truck is his. He\'ll think twice before he writes me up again.',
          'We found out where the new guy lives 😏',
          'Tell the auditor she better watch her back in that parking garage',
          'I\'d take a different way home tonight if I were you, Commissioner',
          'Keep a bat behind the seat for that neighbor. Just saying.',
          'Ya sé dónde vive el de Code Enforcement que multó a mi primo',
          'Nomás que lo agarremos solito al que se robó las llantas',
          'I know what time she leaves the office and which door she uses.',
          'Sé a qué hora sale la supervisora y dónde deja su carro 😏',
          'Nice truck the new inspector has. Be a shame if something happened to it.',
        ],
        miss: [
          'I know where the library is, I just need the hours',
          'We found out where the leak is: the main on Dyer. Crews are on it.',
          'Watch your step on the wet floor by the pool',
          'Ya sé dónde está la biblioteca nueva, gracias',
          'Ya sé a qué hora sale el camión de la ruta 10',
          'It would be a shame if something happened to the garden, so please water it while I am out',
        ],
      },
    },
    {
      // Not negatable: the threat itself says "won't" ("a lesson she won't forget").
      id: 'judgement.violence.veiled_threat',
      category: 'violence',
      message: { en: 'Threatens a person in veiled words ("a lesson they won\'t forget").', es: 'Amenaza a una persona con palabras veladas ("una lección que no va a olvidar").' },
      patterns: [
        '(?:teach|give|taught) (?:{pron_obj}|(?:that|this|the|those) (?:{~1})?(?:{person_role}|auditor|auditors|clown|clowns|idiot|idiots|punks|punk)) a lesson (?:he|she|they|you|u) (?:wont|won t|will never|ll never|aint gonna|are not going to|is not going to) forget',
        '(?:teach|give|taught) (?:[^ .]+ ){1,4}a lesson (?:he|she|they|you|u) (?:wont|won t|will never|ll never|aint gonna|are not going to|is not going to|will not) (?:walk away from|recover from|survive|live through|get up from)(?![^ .])',
        '(?:darle|darles|dar|le doy|les doy|le damos|les damos) (?:una )?leccion que (?:no|nunca|jamas) (?:va|van|vas) a olvidar',
        '(?:gonna|going to|will|ll|about to) find out what happens (?:when|if) (?:you|u|people|someone|somebody|they)',
        'would miss (?:{pron_obj}|(?:the|that|this|our) (?:{~2})?{person_role}) if (?:he|she|they|you) (?:disappeared|vanished|died|got hit|had an accident|never came back|never made it home)',
        '(?:va|van|vas) a amanecer (?:con la casa quemada|sin casa|muerto|muerta|muertos|tirado|tirada|en una zanja|en el canal|con los pies por delante)',
        // Round 9 (s12-ja), third pass: taking others down with one ("me llevo a varios conmigo", "I'm taking some of you with me").
        '(?:me llevo|me voy a llevar|me los llevo|i m taking|im taking|i ll take|ill take|gonna take|i m gonna take|im gonna take) (?:a varios|a unos cuantos|a todos|a mas de uno|some of you|a few of you|a few people|some people|people|everyone|everybody|all of you|a bunch of you) (?:conmigo|with me)(?![^ .])',
        // Something hard thrown at a person ("le voy a aventar la engrapadora", "throw the stapler at him").
        '(?:le|les|te) (?:voy a|vamos a|van a|va a) (?:aventar|tirar|lanzar|estrellar) (?:la|el|una|un|mi|esta|este) (?:engrapadora|silla|teclado|monitor|piedra|ladrillo|botella|taza|llave de cruz|extintor|tubo|martillo|bate|laptop|computadora)(?![^ .])',
        '(?:throw|chuck|hurl|launch|toss|smash) (?:a|the|my|this|that) (?:stapler|chair|keyboard|monitor|rock|brick|bottle|mug|wrench|fire extinguisher|hole punch|laptop|hammer) (?:at|into|over) (?:him|her|them|you|u|that|the|his|her)(?![^ .])',
        // Round 9 (s12-ja): veiled threats that hold a negation of their own (not negatable): "better hope I don't catch them",
        // "I wouldn't brake", "let's just say he won't be using that hand", "he's lucky I'm on probation".
        '(?:is|s|are|re|es) (?:lucky|so lucky|damn lucky|real lucky) (?:that )?(?:i m|im|i am) (?:on probation|at work|on the clock|not armed|not allowed)(?![^ .])',
        '(?:is|s|are|re) (?:lucky|so lucky|damn lucky) (?:that )?(?:i|we) (?:need|like|love) (?:this|my|our) (?:job|jobs|pension)(?![^ .])',
        '(?:tiene|tienen|tuvo) (?:mucha )?suerte (?:de )?que (?:ando|estoy|estaba|necesito|ande) (?:en periodo de prueba|a prueba|trabajando|en el trabajo|este trabajo|la chamba)(?![^ .])',
        '(?:let s just say|lets just say|let s say|lets say|put it this way|digamos que|nomas digamos que|solo digamos que) (?:[^ .]+ ){0,3}(?:he|she|they|that guy|ese|esa|el|ella)(?: ll| will| s| is)? (?:won t|wont|will not|isn t gonna|aint gonna|ain t gonna|not gonna|no va a|ya no va a) (?:be )?(?:using|walking|driving|talking|typing|keying|tagging|writing|usar|caminar|manejar|rayar|hablar) (?:[^ .]+ ){0,2}(?:hand|hands|arm|arms|leg|legs|mouth|fingers|mano|manos|brazo|brazos|pierna|piernas|boca|dedos|again|for a while|otra vez|en un buen rato|en un rato)(?![^ .])',
        '(?:better|d better|should) (?:hope|pray) (?:i|we) (?:don t|dont|never|do not) (?:catch|find|see|get|run into|get ahold of) (?:them|him|her|you|u|whoever|those|that|the)(?![^ .])',
        '(?:mas (?:le|les|te) vale|ojala) que no (?:lo|la|los|las|te) (?:agarre|encuentre|vea|cache|agarremos|encontremos|veamos|cachemos|topemos|tope)(?![^ .])',
        '(?:i|we) (?:wouldn t|wouldnt|would not|won t|wont) (?:brake|hit the brakes|hit the brake|swerve)(?:(?![^ .])(?! [a-z])| for (?:him|her|them|that|you|u|those)(?![^ .]))',
        '(?:yo )?(?:ni |no )(?:le )?(?:frenaria|freno|frenaba|metia el freno|meteria el freno)(?![^ .])(?<=(?:chofer|camion|troca|carro|cruzando|calle|atropell[a-z]*|pasara|pase)(?: [^ .]+){1,14})',
      ],
      examples: {
        hit: ['Si el jefe me corre, me llevo a varios conmigo, ya verán', 'Al próximo que me grite en la ventanilla le voy a aventar la engrapadora', 'The guys who tagged the restrooms better hope I don\'t catch them first', 'I\'m not saying I\'d hit him. I\'m just saying I wouldn\'t brake.', 'That inspector is lucky I\'m on probation', 'Somebody should give that auditor a lesson she won\'t forget, if you know what I mean', 'A ese inspector le vamos a dar una lección que no va a olvidar', 'Ese regidor va a amanecer con la casa quemada, ya verán'],
        miss: ['I wouldn\'t brake for yellow lights downtown, the timing is terrible', 'Al que gane la rifa le voy a aventar el ramo, prepárense', 'This year\'s science camp will give kids a lesson they will never forget about water', 'Gracias a la maestra por una lección que nunca vamos a olvidar'],
      },
    },
    {
      id: 'judgement.violence.self_harm_urging',
      category: 'violence',
      message: { en: 'Tells someone to kill or hurt themselves.', es: 'Le dice a alguien que se mate o se haga daño.' },
      negatable: true,
      patterns: [
        '(?:kill|hang|shoot|off|unalive|end) (?:urself|yourself|yoself|ur self|your self|yourselves|urselves)(?! (?:laughing|trying|working|over))',
        'kys',
        '(?:matate|suicidate|ahorcate|pegate un tiro|aventate de un puente|tirate de un puente)(?! a (?:pajas|trabajar|estudiar)(?![^ .]))',
      ],
      examples: {
        hit: ['@parkfan22 kill yourself, nobody reads your threads', 'go hang yourself, troll', 'kys clown', 'Mejor mátate, nadie te quiere aquí'],
        miss: ['Please don\'t kill yourself over the deadline, we\'ll get it done', 'If you are thinking about suicide, call or text 988.', 'no te mates trabajando, descansa'],
      },
    },
    {
      id: 'judgement.violence.attack_building',
      category: 'violence',
      message: { en: 'Urges an attack on a building where people are (burning, bombing, shooting).', es: 'Incita a atacar un edificio donde hay personas (quemarlo, volarlo, balacearlo).' },
      negatable: true,
      patterns: [
        '(?:someone should|somebody should|we should|we ought to|lets|let s|gonna|going to|i ll|ill|i will|i d|id|should|need to|needs to|ought to|hope someone|wish someone|just) (?:go )?(?:burn|torch|firebomb|bomb|blow up|shoot up|set fire to|burn down) (?:down )?(?:the |that |this |his |her |their |a )?{~2}{building}(?![^ .])',
        // An order at the start of a sentence: "bomb the council chambers".
        '(?:bomb|firebomb|shoot up|torch) (?:the|that|this|his|her|their|a) {~2}{building}(?![^ .])',
        '(?:que|hay que|vamos a|a ver si|deberian|deberiamos|ojala) (?:le |les |se )?(?:prendan|prender|prenderle|prenderles|quemen|quemar|quemarle|quemarles|incendien|incendiar|vuelen|volar|balaceen|balacear|tiroteen|rafagueen|rafaguear) (?:fuego |lumbre )?(?:a )?(?:la |el |su |sus |los |las )?{~2}{building}',
      ],
      examples: {
        hit: [
          'Somebody should torch that councilman\'s house, see if he listens then',
          'lets shoot up the HR office on Monday lol',
          'Que le prendan fuego a la oficina del juez a ver si aprende',
          'Hay que quemarles la casa a esos de la junta',
          'Bomb the council chambers during the budget vote, that\'ll fix it',
        ],
        miss: [
          'Firefighters will burn an old house on Dyer Saturday as a training exercise.',
          'We should burn the brush pile behind the yard before the rain',
          'Come see the bomb squad robot at the fire station Saturday',
          'Los bomberos van a quemar una casa vieja como entrenamiento el sábado.',
        ],
      },
    },
    {
      id: 'judgement.violence.grudge_warning',
      category: 'violence',
      message: { en: 'Pairs a grudge with a warning of what will happen to the person: a veiled threat.', es: 'Junta un rencor con una advertencia de lo que le pasará a la persona: una amenaza velada.' },
      cooccur: [{ all: ['grudge', 'warning'], within: 12, unless: ['grudge_joke_guard'], guardWithin: 12 }, { all: [['grudge', 'harm_trigger'], ['warning', 'harm_outcome']], within: 12, unless: ['harm_strong_guard', 'grudge_joke_guard'], guardWithin: 5 },
        // Round 9 (s12-ja): a condition on the person, then how it ends ("si vuelve a venir … no sale caminando").
        { all: ['harm_condition', 'harm_outcome'], within: 14, unless: ['harm_strong_guard', 'grudge_joke_guard'], guardWithin: 5 },
      ],
      patterns: [
        // "better not show up ... or she's leaving in an ambulance".
        '(?:better not|better|dont you dare|don t you dare|if (?:he|she|they|you|u) (?:ever )?)(?: [^ .]+){1,10} or (?:else )?(?:he|she|you|u|they|i)(?: s| re| ll| will| is| are)? (?:leaving|leave|be leaving|gonna leave|going home|go home|end up|ending up|gonna end up|wake up|waking up) (?:in|on) (?:an ambulance|a stretcher|a body bag|a bag|the hospital|the er|a coffin|a box|crutches|a cast)(?![^ .])',
        '(?:{threat_modal}|somebody oughta|someone oughta|oughta) (?:[^ .]+ ){0,2}(?:slash|key|smash|bust out|torch|burn|blow up|flatten|spray paint) (?:the |his |her |their |that |your |ur )?(?:[^ .]+ s )?(?:tires|tyres|car|truck|windows|windshield|house|ride|truck tires)(?![^ .])',
      ],
      examples: {
        hit: ['El de la grúa que se llevó mi troca va a saber quién soy yo', 'La vecina que me reportó con Code ya no va a tener llantas mañana, nomás digo', 'Si ese regidor vuelve a venir a la colonia no sale caminando', 'Dile al de Catastro que se cuide, que aquí no perdonamos', 'If the foreman writes me up one more time he won\'t see it coming', 'Ya sé dónde vive el de nóminas, que se cuide', 'She better not come near my desk again or she\'s going home in an ambulance', 'Somebody oughta slash the tires on the inspector\'s truck'],
        miss: ['Perrito perdido en la Alameda: te estoy buscando y te voy a encontrar, vuelve a casa', 'Si vuelve a llover así, nadie sale caminando del arroyo, usen el puente', 'Ya me la va a pagar el de sistemas, ya verán la broma que le preparamos 😂', 'Watch out for ice on the bridge one more time this week', 'Si vuelve a llover, cuídese al manejar', 'We will slash fees for seniors next year'],
      },
    },
    {
      // Round 9 (s12-ja): the doom idiom said of a person ("whoever keyed my truck, your days are numbered").
      id: 'judgement.violence.doom_said',
      category: 'violence',
      message: { en: 'Tells a person, in an idiom, that harm is coming ("your days are numbered", "sleep with one eye open").', es: 'Le dice a una persona, con un dicho, que le va a pasar algo ("tiene los días contados", "que duerma con un ojo abierto").' },
      cooccur: [{ all: [['doom_who', 'person_ref'], 'doom_idiom'], within: 10, unless: ['doom_guard', 'grudge_joke_guard'], guardWithin: 8 }],
      examples: {
        hit: [
          'Whoever keyed my truck in the Parks lot, your days are numbered',
          'El que se robó mis herramientas de la bodega ya tiene los días contados',
          'That code officer who red tagged my cousin better start his car with a remote from now on',
          'whoever took the copper from Station 4 better sleep with one eye open',
        ],
        miss: [
          'The old copier on the 3rd floor: its days are numbered, new ones arrive Monday',
          'Cyclists: check under your car? No, check your blind spot before you open the door',
          'El programa de reciclaje en papel tiene los días contados, todo será en línea',
          'the mayor s days are numbered if the recall vote passes',
        ],
      },
    },
    {
      id: 'judgement.violence.weapon_kept_for',
      category: 'violence',
      message: { en: 'Says a weapon is kept ready for a person ("loaded for when he comes back"): an implied threat.', es: 'Dice que tiene un arma lista para una persona ("cargada para cuando vuelva"): una amenaza implícita.' },
      cooccur: [{ all: [['weapon', 'violence_firearm'], 'weapon_menace'], within: 10, unless: ['weapon_menace_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'Ya tengo la escopeta cargada para cuando vuelva el cobrador, que venga',
          'Keep a tire iron under the seat for the guy who keeps cutting me off at the depot',
          'Traigo un tubo en la troca por si vuelve el vecino a gritarme',
          'got my bat ready, let him try to come back to the yard',
        ],
        miss: [
          'Keep a tire iron and a spare under the seat in case of a flat',
          'Se vende escopeta de caza, buen estado, para la temporada de palomas',
          'Bring your bat to the softball game Saturday, let them try to beat us',
          'Encontramos una llave de cruz debajo del asiento del camión 12, ¿de quién es?',
        ],
      },
    },
    {
      id: 'judgement.violence.family_whereabouts',
      category: 'violence',
      message: { en: 'Mentions where a person\'s child or spouse can be found, with an ominous hint: an implied threat.', es: 'Menciona dónde se puede encontrar al hijo o a la pareja de una persona, con una insinuación: una amenaza implícita.' },
      // session 13 (lexicon): the second co-occurrence, harm hinted at the family, with a guard for safety notices.
      cooccur: [{ all: ['family_place', 'ominous_tail'], within: 16 }, { all: ['family_harm_hint', 'ominous_tail'], within: 16, unless: ['family_harm_guard'], guardWithin: 16 }],
      examples: {
        hit: [
          'Que no se le olvide al regidor que su hija sale de la primaria a las 3',
          'Funny, I know what school his daughter\'s school is, you never know',
          'Su esposa trabaja en el banco de la Mesa, uno nunca sabe, dígale al licenciado',
          'Tell the inspector her kids get out at 2:45, just saying',
        ],
        miss: [
          'Mi compañera no vino porque su hija sale temprano los viernes',
          'Don\'t forget the library story time is Tuesday at 10',
          'Her kids get out of school at 3 so she works the early shift',
        ],
      },
    },
    {
      // session 13 (lexicon): harm hired out ("knows people who can make him go away", "cuánto cobra un sicario").
      id: 'judgement.violence.harm_for_hire',
      category: 'violence',
      message: { en: 'Talks of hiring or asking someone to hurt or get rid of a person.', es: 'Habla de contratar o pedirle a alguien que lastime o desaparezca a una persona.' },
      cooccur: [{ all: ['hire_who', 'hire_act'], within: 12, unless: ['hire_guard'], guardWithin: 8 }],
      examples: {
        hit: [
          'My cousin in Juárez knows people who can make the auditor go away for a couple thousand',
          'Cuánto cobrará un sicario por el de catastro, pregunto por un amigo',
          'I know a guy who can take care of him permanently, just say the word',
          'Conozco gente que puede quitarlo de en medio, nomás digan',
        ],
        miss: [
          'I know a guy who can take care of the weeds in your yard for a couple hundred',
          'Watched a show about a sicario last night, how much for the whole season?',
          'Conozco a alguien que puede quitar el grafiti de la barda',
          'My cousins are coming to take him out to dinner for his birthday',
        ],
      },
    },
    {
      // session 13 (lexicon): glee at a person's death or injury said as a hypothesis ("if he got hit by a bus I'd throw a party").
      id: 'judgement.violence.glee_at_harm',
      category: 'violence',
      message: { en: 'Says the writer would celebrate if a person died or were hurt: wishing harm on them.', es: 'Dice que quien escribe celebraría si una persona muriera o saliera lastimada: le desea un daño.' },
      cooccur: [{ all: ['harm_hypo', 'harm_glee'], within: 14, unless: ['harm_glee_guard'], guardWithin: 10 }],
      examples: {
        hit: [
          'Honestly if the new director got hit by a bus tomorrow I\'d throw a party',
          'Nobody would miss that councilwoman if something happened to her on the way home',
          'Si al de nóminas le pasara algo, yo haría fiesta',
          'Si se muere el regidor nadie lo va a extrañar, la neta',
        ],
        miss: [
          'If the old copier died tomorrow I\'d throw a party, it jams every hour',
          'If something happened to him we would all be worried, please pray for Tony',
          'Si le pasa algo a su perro, nadie lo va a extrañar tanto como ella',
          'Our retirement party: nobody would miss it, see you Friday',
        ],
      },
    },
    {
      // session 13 (lexicon): the warning before an attack, "don't come in tomorrow if you know what's good for you".
      id: 'judgement.violence.stay_away_warning',
      category: 'violence',
      message: { en: 'Warns people not to come to work or to a place, with a menace: an implied threat of an attack.', es: 'Advierte que no vengan al trabajo o a un lugar, con una amenaza: insinúa un ataque.' },
      cooccur: [{ all: ['stay_away', 'stay_away_warned'], within: 14, unless: ['stay_away_guard'], guardWithin: 14 }],
      examples: {
        hit: [
          'Don\'t come in to work tomorrow if you know what\'s good for you',
          'Mañana mejor no vengan a la oficina, ya están advertidos',
          'If I were you I\'d call in sick Friday, trust me',
          'Yo que ustedes no venía el lunes a la presidencia, nomás digo',
        ],
        miss: [
          'Stay home tomorrow if you are sick, trust me, the flu is going around',
          'Mañana no vengan, la oficina está cerrada por fumigación, ya están advertidos',
          'Call in sick Friday? Trust me, the traffic from the parade is worse',
          'Don\'t come in tomorrow, the building is closed for the holiday, you\'ll thank me',
        ],
      },
    },
    {
      id: 'judgement.violence.know_where',
      category: 'violence',
      message: { en: 'Says they know where a person lives, parks or where their family is: an implied threat.', es: 'Dice que sabe dónde vive o se estaciona una persona, o dónde está su familia: una amenaza implícita.' },
      cooccur: [{ all: ['know_where', 'where_target'], within: 10, ordered: true, unless: ['know_where_guard'], guardWithin: 8 }],
      examples: {
        hit: [
          'I know where the auditor who flagged my overtime parks. Black Tahoe, level 2.',
          'We know what time the new supervisor clocks out, tell him that',
          'Ya sabemos dónde vive el concejal que votó por el aumento',
          'Al inspector ya lo tengo ubicado, sé dónde estaciona su troca',
        ],
        miss: [
          'I know where the library parks the bookmobile on Saturdays',
          'Found a lost dog on Dyer, I know where the owner lives, taking him home now',
          'We know where the new food bank is: across from the clinic',
          'No sé dónde estaciona la gente para el desfile',
        ],
      },
    },
    {
      id: 'judgement.violence.drive_into_people',
      category: 'violence',
      message: { en: 'Urges driving into people on the street.', es: 'Incita a atropellar a personas en la calle.' },
      negatable: true,
      cooccur: [{ all: ['road_people', 'drive_at'], within: 10 }],
      examples: {
        hit: ['Protesters on Mesa again, just floor it, they\'ll move', 'Si los manifestantes se atraviesan, písale'],
        miss: ['Cyclists: a new bike lane opens on Stanton Monday', 'Drivers, slow down near pedestrians in school zones'],
      },
    },
    {
      id: 'judgement.violence.praise_attack',
      category: 'violence',
      message: { en: 'Praises someone who attacked or shot people.', es: 'Elogia a alguien que atacó o le disparó a personas.' },
      cooccur: [{ all: ['attack_past', 'praise_attack'], within: 14, unless: ['attack_guard'], guardWithin: 8 }],
      examples: {
        hit: ['the guy who shot up that office had the right idea honestly', 'Ese tirador de la oficina hizo bien, se lo merecían'],
        miss: ['The officer who stopped the shooter is a hero', 'The movie about the bombing was a hit'],
      },
    },
    {
      id: 'judgement.violence.glorify_attack',
      category: 'violence',
      message: { en: 'Praises an attack on a person.', es: 'Celebra una agresión contra una persona.' },
      patterns: [
        '(?:beat up|beat|attacked|punched|shot|stabbed|jumped|ran over|knocked out|slapped|decked|assaulted|hit) (?:that |the |this |our )?{~4}(?:deserves|should get|earned|needs) (?:a |an )?(?:medal|raise|award|parade|statue|trophy|promotion)',
        '(?:que bueno que|bien hecho que|me alegra que|por fin) (?:[^ .]+ ){0,3}(?:le|les|lo|la|los|las) (?:dieron|dio|dimos|dan|pegaron|madrearon|partieron|rompieron) (?:su merecido|una madriza|una golpiza|una putiza|una calentada|en la madre|la madre)',
      ],
      examples: {
        hit: [
          'Whoever punched that meter reader deserves a medal',
          'Qué bueno que le dieron una madriza al de Tránsito',
        ],
        miss: ['The lifeguard who pulled the boy out of the pool deserves a medal', 'Officers arrested the man who punched a bus driver on Mesa.'],
      },
    },
    {
      // session 15: a threat addressed to someone by what they did, the menace said without a harm word ("to the guy who keyed my truck: I got your plate, think on it").
      id: 'judgement.violence.addressed_menace',
      category: 'violence',
      message: {
        en: 'Addresses someone for what they did and menaces them (they are found, known, told to watch out, the police kept out of it): an implied threat.',
        es: 'Se dirige a alguien por lo que hizo y lo amenaza (que ya lo encontraron, que se cuide, que no va a ser la policía): una amenaza implícita.',
      },
      // The menace in the next sentence ("Guy who keyed my unit… I got your face on bodycam. Enjoy your last peaceful week"): the firm menaces only, and no
      // thanks, report or hand-off to the police in either sentence.
      patterns: [
        // session 15: the wronged writer about to act on the person, whatever the act.
        '{grievance_who} (?:[^ .]+ ){0,3}{grievance_offense} (?!(?:[^ .]+ ){0,14}(?:{act_on_them_guard})(?![^ .]))(?:[^ .]+ ){0,12}{act_on_them}(?!(?:[^ .]+ ){0,6}(?:{act_on_them_guard})(?![^ .]))',
        '{grievance_who} (?!(?:[^ .]+ ){0,20}(?:thank|thanks|gracias|police|policia|pd|reported|reporte|denuncia|report|multa|fine|lost|perdi)(?![^ .]))(?:[^ .]+ ){0,20}\\. (?:[^ .]+ ){0,9}{menace_firm}',
      ],
      cooccur: [{ all: ['grievance_who', ['menace_loose', 'menace_known']], within: 20, unless: ['grievance_guard'], guardWithin: 20 },
        { all: ['grievance_who', ['harm_outcome', 'harm_strong', 'dano_fisico', 'golpe_es']], within: 16, ordered: true, unless: ['grievance_guard', 'harm_strong_guard'], guardWithin: 8 },
        { all: [['person_role', 'person_more', 'title', 'person_pron'], 'menace_firm'], within: 16, unless: ['grievance_guard'], guardWithin: 16 },
        { all: [['person_role', 'person_more', 'title', 'given_name'], 'menace_loose'], within: 10, unless: ['grievance_guard', 'menace_farewell_guard'], guardWithin: 12 }],
      examples: {
        hit: [
          'To the guy who dented my route bus on Alameda: I have your plate, sleep with one eye open',
          'Whoever took the tools off our trailer, we know where you live and it will not be the police knocking',
          'Al que le gritó a la cajera del mercado: ya sabemos quién eres, cuídate mucho',
          'Ese vato que se metió al patio de la planta, nos vamos a ver cuando no traiga uniforme',
          'The clown who egged the fire station is going to be eating through a straw by spring',
          'El q le ponchó las llantas a la grúa de la ciudad ya no la va a contar',
          'That new deputy director should be real careful walking to his car at night, just a thought',
          'La supervisora de turno que no salga sola de noche, aquí todos la conocemos',
          'Whoever spray painted the pool house, we have you on the camera. Enjoy your last easy week.',
          'Al vato que me rayó la puerta del carro en el lote, le vamos a enseñar cómo se arreglan las cosas en el barrio',
          'Tell the new deputy director he better hope nobody sees anything in that garage',
        ],
        miss: [
          'To the guy who found my badge in the lot: thank you, I know where you work, lunch is on me',
          'Whoever left the cooler at the pavilion, please return to the front desk, no questions asked',
          'Al que se le perdió la cartera en la biblioteca: ya sabemos quién eres, pase por ella',
          'El que quiera venir a la posada, nos vemos en el salón a las seis',
          'The man who was hit by a car on Mesa is in the ICU, please keep him in your prayers',
          'Los que tiren basura en el arroyo pueden recibir multas, repórtelos al 311 y cuídese del calor',
          'The officer said it was an accident and that nobody was hurt, be careful on Mesa',
          'La oficial recomienda que no salga sola de noche al estacionamiento; pida escolta a seguridad',
          'To whoever keeps leaving the gate open: the police have the video. Think on it next time you skip the latch.',
          'The lady who yelled at our clerk yesterday, I\'ll be filing a complaint with her landlord and the HOA',
          'Al que se robó las macetas de la entrada le vamos a pedir que las regrese, hay cámara',
          'Cuídate mucho, jefa, ahí nos vemos en el retiro, te lo mereces',
          'Consejo del despachador: sepa su dirección exacta cuando llame al 911',
        ],
      },
    },
  ],
};
