/**
 * What each kind of rule looks for, shared by the city packs (data only). A pack
 * takes one of these, gives it an id, a severity and the citation of its own policy.
 * Patterns: see PatternRule in rules/schema.ts ({macro} word classes, {~N} gaps).
 */
import type { DetectorId, LocalizedText, RuleExamples } from '../schema';
import * as en from '../lexicons/en/words';
import * as es from '../lexicons/es/words';

interface TermsBody {
  kind: 'terms';
  terms: string[];
  except?: string[];
  examples: RuleExamples;
}
interface PatternBody {
  kind: 'pattern';
  patterns: string[];
  negatable?: boolean;
  examples: RuleExamples;
}
interface DetectorBody {
  kind: 'detector';
  detector: DetectorId;
  examples: RuleExamples;
}
export type RuleBody = TermsBody | PatternBody | DetectorBody;

/** The phrases a rule's terms are innocent in, from the lexicons (each listed under the word it excuses). */
const except = (...lists: en.Exceptions[]): string[] => lists.flatMap((l) => Object.values(l).flat());

export const PROFANITY_STRONG: TermsBody = {
  kind: 'terms',
  terms: [...en.PROFANITY_STRONG, ...es.PROFANITY_STRONG],
  except: except(en.PROFANITY_STRONG_EXCEPT, es.PROFANITY_STRONG_EXCEPT),
  examples: {
    hit: ['This is such bullshit', 'What the fuck is this council doing', 'qué pendejo', 'f.u.c.k this', 'sh!t happens', 'fuuuuck', 'vete a la mierda'],
    miss: ['Scunthorpe is a town', 'We shipped the shiitake order', 'Trabajo de pinche en la cocina del comedor', 'an assessment of the budget', 'Harshit and Dick Van Dyke', 'the pen is mightier'],
  },
};

export const PROFANITY_MILD: TermsBody = {
  kind: 'terms',
  terms: [...en.PROFANITY_MILD, ...es.PROFANITY_MILD],
  except: except(en.PROFANITY_MILD_EXCEPT),
  examples: { hit: ['damn this traffic', 'what the hell'], miss: ['the Amistad Dam release', 'a seashell'] },
};

export const SEXUAL: TermsBody = {
  kind: 'terms',
  terms: [...en.SEXUAL, ...es.SEXUAL],
  except: except(en.SEXUAL_EXCEPT),
  examples: { hit: ['send nudes', 'what a slut', 'puro porno en su cel'], miss: ['she graduated magna cum laude', 'the cocktail hour', 'Penistone and Cockburn', 'stop pussy footing around and decide'] },
};

export const SLURS: TermsBody = {
  kind: 'terms',
  terms: [...en.SLURS, ...es.SLURS],
  except: except(en.SLURS_EXCEPT),
  examples: { hit: ['you are a faggot', 'otro maricón más', 'those wetbacks'], miss: ['a homo sapiens skull', 'spic and span', 'Chinatown parade', 'only 20 fags left and 5 quid to my name'] },
};

export const INSULTS: TermsBody = {
  kind: 'terms',
  terms: [...en.INSULTS, ...es.INSULTS],
  except: except(es.INSULTS_EXCEPT),
  examples: {
    hit: ['what a moron', 'qué imbécil', 'eres una hipócrita', 'payaso, nadie te soporta', 'qué ridícula eres', 'cállate, gorda'],
    miss: ['the idiom is old', 'a moratorium', 'contratamos un payaso para la fiesta de los niños', 'te amo gorda', 'se ganó el premio gordo', 'es ridículo que cierren el parque', 'un capullo de rosa'],
  },
};

export const GROUP_INSULT: PatternBody = {
  kind: 'pattern',
  negatable: true,
  patterns: [
    '{target} {~4}(?:are|is|r|re|were|was|be|being|seem|seems|look|looks|remain|become|all|just|so|such|as) {~4}(?:{neg_adj}|{neg_noun})',
    '(?:{neg_adj}) {~2}{group}',
    '(?:i|we|im|i am|we are) {~3}(?:{hate_verb}) {~3}{target}',
    '(?:{hate_noun}) {~5}(?:for|towards|toward|of|at|against) {~3}{target}',
    '{target} {~4}(?:make|makes|fill|fills) me {~2}(?:sick|puke|vomit|furious|angry|mad|rage|want to (?:puke|vomit|throw up))',
    '{target} {~4}(?:disgust|disgusts|sicken|sickens|repulse|repulses|revolt|revolts|enrage|enrages) me',
    '(?:disgusted by|sickened by|repulsed by|sick of|sick and tired of|fed up with|cant stand|cannot stand) {~4}{target}',
    '(?:nothing worse than|nothing lower than) {~2}{target}',
    '(?:too many|so many|all these|all those) {group} (?:in|around|here|everywhere)',
    '{target} {~3}(?:belong|belongs) (?:in a zoo|in cages|in a cage|in the trash|in the gutter|in hell|in prison)',
    '{group} {~3}(?:should|must|need to|ought to|have to) (?:all )?(?:be )?(?:locked up|caged|banned|sent back|kicked out|kept out|segregated|sterilized)',
    '(?:nothing worse than|no one (?:else )?is as|nobody is as|noone is as) {~2}(?:{neg_adj}) {~3}{target}',
    '{objetivo} {~4}(?:son|es|eres|sois|somos|estan|esta|seran|sera|siendo|ser|parecen|parece|todos|todas|unos|unas|como|tan) {~4}(?:{neg})',
    '(?:{odio}) {~5}(?:{objetivo})',
    '(?:eres|sois) {~3}(?:{neg})',
    '(?:siguen siendo|seguiran siendo|no son mas que|no es mas que|no eres mas que|son solo|son simples|se comportan como|actuan como) {~2}(?:{neg})',
    'me das (?:mucho |tanto )?(?:asco|nauseas)|no (?:la|lo|los|las|te) (?:soporto|aguanto)',
    // Disgust aimed at the one addressed: "das asco", "qué asco de persona".
    '(?:das|dais) (?:mucho |tanto |bastante |un )?(?:asco|grima)|asco de (?:persona|personas|tipo|tipa|tia|tio|mujer|hombre|gente|ser humano|youtuber|personaje)',
    '{objetivo} {~3}(?:me )?(?:dan|dan mucho|dan tanto) (?:asco|nauseas|repugnancia)|{objetivo} {~3}(?:me enferman|me repugnan|me asquean)',
    '(?:tipico de|tipica de) (?:un|una) {~3}(?:{neg})',
    '(?:nadie es (?:mas|tan)) {~1}(?:{neg}) {~3}(?:{objetivo})',
    '(?:no hay nada peor que|nada es peor que|no hay nadie peor que) {~2}(?:{objetivo})',
    '{objetivo} {~3}(?:me ponen (?:furioso|furiosa|enfermo|enferma|de mal humor)|me enojan|me enfurecen|me dan rabia|me dan asco)',
  ],
  examples: {
    hit: ['Immigrants are vermin.', 'I absolutely loathe trans people.', 'All those politicians are scum', 'Los inmigrantes son una plaga.', 'Odio a los judíos.', 'you are a pathetic loser', 'Das asco, de verdad', 'Qué asco de tipo'],
    miss: ['I never said that immigrants are scum.', 'Immigrants are a blessing to our city.', 'These cars are great', 'No odio a nadie.', 'Take the trash out tonight', 'Me da asco la basura en el parque', 'No das asco, eres genial'],
  },
};

export const NEGATED_WORTH: PatternBody = {
  kind: 'pattern',
  patterns: [
    // Not a comparison ("are you not much more valuable than they?" affirms worth).
    '{target} {~5}(?:{negator})(?! (?:much |any |far |way |a lot )?(?:more|less)\\b) {~3}(?:{worth})',
    '(?:no|not a single|not one|none of the|never) {~2}{target} {~5}(?:{worth})',
    '{objetivo} {~5}(?:{negacion}) {~3}(?:{valor})',
    '(?:nunca|ningun|ninguna|ni un|ni una) {~3}{objetivo} {~5}(?:{valor})',
    '(?:{negacion}) {~4}(?:{valor}) {~4}(?:{objetivo})',
  ],
  examples: {
    hit: ['Women like you do not deserve to live.', 'No disabled person can ever be a valuable member of society.', 'Los gays como tú no merecen vivir.'],
    miss: ['Black people do not deserve to be mistreated.', 'Everyone deserves to live.'],
  },
};

export const THREATS: PatternBody = {
  kind: 'pattern',
  negatable: true,
  patterns: [
    // A threat, not a report ("attacked and pistol whipped him": past tenses are in the next
    // pattern), nor the idioms "I'd kill to/for…", "hang out with", "shoot for"; and the one harmed
    // is an object, never a subject pronoun, which starts a new clause ("gas monkey, they be…").
    // Nor the range where officers qualify ("shooting range at the police academy").
    // The words between the act and the one harmed are the act's object, so a conjunction or
    // preposition between them starts another clause or phrase ("only shoot, let him play",
    // "shoot the ball to him"); "at" stays ("shoot at them").
    '(?:{kill_verb_threat})(?! (?:to|for|out|around|range|ranges|gallery)\\b) (?:(?!(?:to|for|with|let|lets|and|but|because|so|or|then|while|when|if|cause|cuz)\\b)[^ .]+ ){0,3}(?!(?:they|he|she|theyre|hes|shes)\\b){target}',
    // Any tense when it reaches a whole group ("what if we just killed all of them").
    '(?:{kill_verb}) (?:all|every|each) {~2}{target}',
    '{target} {~4}(?:deserve to|deserves to|should|ought to|must|need to|needs to|will|would|shall|have to|has to|are going to|is going to|gonna|better|can all)(?: all| just| simply| get| really| go| be| then)* (?:{death})',
    '(?:death to|die in a fire|(?:die|death) at my hands|horrible death|throats? (?:cut|slit)|put a bullet in|blow (?:your|their|his|her) (?:head|brains) off|string (?:them|you|him|her) up|burned at the stake|burnt at the stake|hang (?:them|you|him|her) from|end (?:every|all|each) [a-z]+ lives?|i will find you|watch your back|youre dead|you are dead)',
    '(?:execution|extermination|genocide|death|deportation|the final solution|a bullet) (?:is|are) (?:the )?(?:only )?(?:solution|answer|cure) (?:for|to)',
    '(?:make|watch|see) {~3}{target} (?:suffer|pay|bleed|die|beg|burn|hang)',
    'end {~1}(?:every|all|each|the|their|your|those|these) {~3}(?:life|lives)',
    '(?:cut|slit|snap|break|slash|wring) {~3}(?:throats?|necks?)',
    '(?:bomb|shoot up|blow up|burn down) (?:the|this|that|our|city|your) {~2}(?:school|office|building|hall|church|mosque|synagogue|meeting|station|library|court)',
    '(?:{matar}) {~6}(?:{objetivo})',
    '(?:ejecutarla|ejecutarlo|ejecutarlos|ejecutarlas|estrangularla|estrangularlo|partirle el cuello|cortarle el cuello|cortare la garganta|cortarle la garganta|le dispararan|les dispararan|matarlos|matarlas|matarte|matarlo|matarla|dispararles|dispararle|quemarlos|ahorcarlos|fusilarlos|degollarlos|exterminarlos|eliminarlos|apunalarlo|apunalarla|apunalarlos|torturarlos|lincharlos|golpearlos|encerrarlos|deshacernos de ellos)',
    '{objetivo} {~4}(?:merecen|merece|deberian|deberia|deben|debe|tienen que|tendrian que|van a|estarian|estaria|fueran|sean|ojala)(?: todos| todas| ser| estar| simplemente| irse)* {~1}(?:{morir})',
    '(?:muerte a|mejor sin (?:{objetivo})|ojala (?:se )?mueran|que se mueran|muerte horrible|te voy a matar|te vamos a matar)',
    '(?:ver|hacer|verlos|hacerlos) (?:sufrir|morir|arder|llorar) {~3}(?:{objetivo})',
    '(?:la )?(?:ejecucion|exterminacion|exterminio|muerte|deportacion|eliminacion) es la (?:unica )?(?:solucion|respuesta)',
  ],
  examples: {
    hit: ['I want to kill all of them', 'What if we just killed all of them?', 'Those people deserve to die.', 'I will find you', 'Quiero matar a todos los inmigrantes.', 'Alguien debería apuñalarlo.'],
    miss: ['We should hang these pictures', 'That movie killed it', 'Nobody should be hurt.', 'Deberían ejecutar ese plan.', "I'd kill to meet her.", 'Come hang out with us', 'Police say the man who attacked him was arrested.'],
  },
};

export const COMMERCIAL: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:dm|pm|message|inbox|text|hmu|hit) me (?:up )?(?:for|to order|to buy|if (?:you re |youre |ur )?interested)',
    '(?:promo|discount|coupon|referral|affiliate) (?:code|link)|use (?:my )?code [a-z0-9]+',
    '(?:for sale|selling my|im selling|i m selling|now selling|buy (?:my|our|now)|order now|shop now|link in (?:my )?bio|check out my (?:shop|store|etsy|business|page|channel|products)|my (?:small )?business|side (?:business|hustle|gig)|now (?:taking|accepting) orders|accepting (?:new )?clients|booking (?:now|appointments)|free shipping|limited time offer|percent off|off your first order)',
    '(?:donate|donations|gofundme|go fund me|fundraiser|fundraising|sponsor us|sponsorship|sponsored by|raffle tickets|buy tickets|please give|chip in)',
    '(?:se vende|vendo (?:mi|mis|unos|unas|este|esta)|a la venta|en venta|pidan el suyo|haz tu pedido|hagan su pedido|codigo de descuento|cupon de descuento|envio gratis|mandame (?:un )?(?:mensaje|dm|inbox)|escribeme (?:al )?(?:dm|privado|inbox)|mi negocio|mi emprendimiento|mi tienda|donaciones|donen|patrocinio|patrocinado por|recaudacion de fondos|rifa|boletos a la venta)',
  ],
  examples: {
    hit: ['DM me for prices!', 'Use my promo code SAVE20', 'Check out my Etsy shop', 'Please donate to our fundraiser', 'Vendo mis tamales, mándame mensaje'],
    miss: ['The library has a new code of conduct', 'Road closed on Mesa St'],
  },
};

export const POLITICAL: PatternBody = {
  kind: 'pattern',
  patterns: [
    // Not an election's logistics ("voting for the Dec 12 runoff") nor a contest ("vote for the Fire Dept's chili in the People's Choice").
    '(?:vote|voting|votes) (?:yes|no|for(?! (?:the )?(?:[a-z]+ )?(?:[0-9]+ )?(?:runoff|election|elections|primary|primaries)(?: |$))|against|democrat|republican|blue|red)(?![^.]{0,60}(?:contest|concurso|people s choice|favorite|favorito|favorita|costume|photo|chili|design|diseno))',
    '(?:yes|no) on (?:prop|proposition|measure|question|bond|amendment)',
    '(?:re ?elect|reelect|elect|endorse|endorsing|i support|we support|supporting|i oppose|we oppose|opposing) {~3}(?:for )?(?:mayor|council|councilman|councilwoman|commissioner|senator|governor|president|candidate|judge|sheriff|representative|congress|district \\d+|proposition|prop|measure|bond|ballot)',
    '(?:donate|contribute|chip in|give) {~3}(?:to )?(?:my|the|our|his|her) (?:campaign|pac|super pac)',
    // Not a rule about campaign signs ("campaign signs are not allowed in the right-of-way").
    'campaign (?:donation|donations|contribution|contributions|fundraiser|event|rally|sign|signs|volunteers?|website|site)(?![^.]{0,60}(?:not allowed|prohibited|no se permiten|will be removed|will remove|right of way|code enforcement))',
    '(?:city council|council|commission|city commission|commissioners) {~4}(?:is wrong|are wrong|should (?:vote|reject|approve|pass|kill|deny)|must (?:reject|approve|pass|deny)|needs? to (?:reject|approve|deny))',
    // Not the rhetorical "pa' qué votar si todos son iguales".
    '(?:vota|voten|votemos|votar|votaremos) (?<!(?:pa|para|por) que (?:vota|voten|votemos|votar|votaremos) )(?:por|si|no|a favor|en contra)',
    '(?:apoyen|apoya|apoyemos|reelijan|elijan) a {~2}(?:candidato|candidata|alcalde|alcaldesa|concejal|concejala|comisionado|senador|gobernador)',
    '(?:donen|dona|donar|contribuyan|aporten) {~3}(?:campana)',
    '(?:el concejo|la comision|el cabildo) {~3}(?:debe|deberia|tiene que) (?:rechazar|aprobar|votar)',
  ],
  examples: {
    hit: ['Vote yes on Prop 3!', 'Re-elect Smith for mayor', 'Donate to my campaign', 'The council should reject the stadium deal', 'Vota por María para alcaldesa'],
    miss: ['Polls open at 7 for the election', 'The council meets Tuesday'],
  },
};

export const RELIGIOUS: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:accept|receive|turn to|give your (?:life|heart) to|come to) (?:jesus|christ|allah|god|the lord)',
    '(?:repent|convert now|be saved|get saved|join (?:my|our) (?:church|mosque|temple|congregation|ministry)|only (?:jesus|god|allah) can|(?:jesus|allah|god) is the (?:only )?(?:way|answer|truth)|praise (?:jesus|the lord|allah)|(?:will|are going to|gonna) (?:burn|go) (?:in|to) hell)',
    '(?:everyone|everybody|all of you|you all|yall) (?:should|must|needs? to) (?:pray|convert|accept|repent)',
    '(?:acepta|acepten|recibe|reciban) a (?:jesus|cristo|dios)|arrepientete|arrepientanse|conviertanse|solo (?:jesus|dios|cristo) (?:salva|puede)|unete a (?:mi|nuestra) (?:iglesia|congregacion)|iran al infierno',
  ],
  examples: { hit: ['Accept Jesus today or burn in hell', 'Everyone should pray and repent', 'Acepten a Cristo'], miss: ['The church parking lot is closed for repaving'] },
};

export const CONFIDENTIAL: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:internal only|internal use only|for internal use|not (?:yet )?public|not public yet|not been (?:made )?public|not been announced|before (?:its|it is) announced|off the record|embargoed|under embargo|dont share this|do not share|dont tell anyone|between us|leaked)',
    '(?:draft budget|budget draft|proposed budget draft|layoffs? list|list of layoffs|(?<!(?:if|whether|si|are|when) )layoffs are coming|(?:going to|will) (?:be )?(?:laid off)|personnel (?:investigation|file|matter|records)|internal (?:investigation|affairs|memo|email|report)|(?<!(?:remains|(?:cause|causes|origin|crash|fire|incident|accident|collision)(?: [^ .]+){0,5} (?:is|remains|are|was|is still|remains still)) )under investigation|disciplinary (?:action|hearing)|(?<!after |following )executive session|closed session(?! (?:summary|summaries|agenda|minutes|notice|items|resumen))|attorney client)',
    '(?:case|incident|report|file|complaint) (?:number|no|num) [a-z]*[0-9][a-z0-9]*',
    '(?:solo para uso interno|uso interno|(?<!(?:gratis|gratuit[oa]s?|anonim[oa]s?) [ye] )(?<!(?:llamada|queja|denuncia|reporte|identidad|proceso|tramite|servicio|consulta|programa|su informacion) (?:es|son|sera|seran|se mantiene|es totalmente|es completamente) )(?<!(?:recordatorio|recuerden|recuerde|les recuerdo|reminder|gratuit[oa]s?|gratis)(?: [^ .]+){0,20} )(?<!(?:queja|denuncia|reporte|llamada)(?: [^ .]+){0,8} es )confidencial(?!(?:es)? [ye] (?:gratis|gratuit|anonim|la revisan|lo revisan|las revisan))(?!(?: [^ .]+){0,12} (?:cumpleanos|birthday|pastel|cake|cafe|coffee|donas|donuts))|todavia no es publico|aun no es publico|no es publico todavia|no se ha anunciado|no lo compartan|no compartir|entre nosotros|filtrado|presupuesto preliminar|borrador del presupuesto|lista de despidos|investigacion interna|(?<!(?:su|tu|sus|o|con) )numero de (?:caso|expediente))',
  ],
  examples: {
    hit: ['Internal only: the draft budget cuts parks', 'Not public yet but layoffs are coming', 'Case number 24-0153 is about our director', 'Esto es confidencial, no lo compartan'],
    // A public statement and a service's promise of privacy are not leaks.
    miss: [
      'The budget hearing is public',
      'Join us Saturday at the library',
      'The cause of the fire remains under investigation',
      'No action was taken after executive session',
      'El programa de asistencia es gratis y confidencial',
      'Reporte anónimo y confidencial en la línea de denuncias',
    ],
  },
};

export const SECURITY: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:patrol (?:schedule|route|routes|times)|shift change (?:is|at|happens)|(?:no|only one|only two) (?:officers?|guards?|cops) (?:on duty|on shift|at night|after)|(?:back|side|rear|loading) door (?:is|stays|will be) (?:unlocked|open|propped))',
    '(?:cameras?|alarm|alarms) (?:are|is) (?:down|off|broken|not working|disabled)',
    '(?:scada|plc) (?:password|login|system|access|ip)|(?:server|servers|database|firewall|router|vpn) (?:password|ip|address|credentials|is down|is vulnerable|vulnerability)',
    '(?:water|treatment|pump|power) (?:plant|station) (?:controls?|system) (?:password|login|access)',
    'evacuation (?:route|plan|routes) {~3}(?:weak|blocked|flaw|problem|doesnt work)|(?:emergency )?exits? (?:is|are) (?:blocked|chained|locked)',
    '(?:horario de (?:patrulla|patrullaje|guardia|los guardias)|cambio de turno (?:es|a las)|camaras? (?:apagadas|no funcionan|descompuestas)|puerta trasera (?:abierta|sin llave)|contrasena del servidor)',
  ],
  examples: {
    hit: ['The back door is unlocked after 6 and cameras are down', 'Patrol schedule: no officers on duty after 2am', 'Las cámaras no funcionan en la planta'],
    miss: ['Road closures this weekend', 'Our new server room opens Monday'],
  },
};

export const OFFICIAL_VOICE: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:on behalf of|speaking for|i speak for|as a spokesperson for|official statement from|official position of) (?:the )?(?:city|department|council|mayor|commission|police department|fire department|el paso|harlingen)',
    '(?:city|department|mayor|council|citys|departments|mayors|councils)(?: s)? (?:official )?(?:position|stance|view|response) (?:is|on)',
    '(?:i|we) can (?:officially )?confirm',
    '(?:as a|as an) (?:city|county) (?:employee|official|worker) {~3}(?:i can tell you|i can confirm|i promise|i guarantee)',
    '(?:en nombre de|hablando por|a nombre de) (?:la )?(?:ciudad|departamento|municipio|alcaldia|ayuntamiento)|la (?:posicion|postura) (?:oficial )?de la ciudad|(?:puedo|podemos) confirmar',
  ],
  examples: {
    hit: ['On behalf of the City, we apologize', "The City's position is that the plan is dead", 'I can confirm the pool will close'],
    miss: ['The City posted the pool hours', 'Ask the Public Affairs Office'],
  },
};

export const ILLEGAL: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:buy|sell|selling|buying|score|scored|got|get|need) {~2}(?:weed|coke|cocaine|meth|heroin|fentanyl|xanax|oxy|oxys|percs|molly|ecstasy|lsd|shrooms)',
    '(?:hit me up|hmu|dm me) {~3}(?:weed|coke|plugs?|pills|ounce|grams?)',
    '(?:steal|stole|shoplift|shoplifted|rob|robbed|hack into|hacked into|break into|broke into) {~2}(?:a|the|that|this|his|her|their|my) (?:store|house|car|account|office|system|bank|warehouse)',
    '(?:fake|forged|counterfeit) (?:id|ids|documents|papers|money|bills|license|checks)|(?:pirated|cracked) (?:software|movies|copies)|drove (?:drunk|high)|drunk driving|launder(?:ing)? money|money laundering|tax (?:fraud|evasion)|(?:under the table|off the books) (?:cash|pay|payments)|(?<!(?:pleaded guilty|pled guilty|convicted|charged|sentenced|indicted|accused|arrested|investigated|investigating|investigation|guilty)(?: [^ .]+){0,8} )(?:bribes?|kickbacks?)',
    '(?:vendo|compro|vender|comprar|consigo) {~2}(?:mota|coca|cocaina|perico|cristal|heroina|fentanilo|pastillas|marihuana)|(?:robar|robe|robamos|hackear) {~3}(?:tienda|casa|carro|coche|cuenta|oficina|banco)|(?:identificaciones|documentos|billetes|papeles) (?:falsos|falsas)|lavado de dinero|(?<!(?:culpable|sentenciado|sentenciada|acusado|acusada|arrestado|arrestada|investigado|investigada|investigacion)(?: [^ .]+){0,4} )sobornos?|(?<!(?:perro|perra|perrito|perrita|gato|gata|animal|vibora|arana|zancudo|primera|ultima|cada|le da|le dio|dale|darle)(?: [^ .]+){0,3} )(?:mordida(?! (?:a|de) (?:este|esta|ese|esa|mi|tu|un|una) (?!inspector|oficial|policia|agente|juez|transito))|(?<!(?:en|de|con) [^ .]+ )mordidas)',
  ],
  examples: {
    hit: ['Who can sell me some weed?', 'We got fake IDs for the weekend', 'He takes bribes from contractors', 'Vendo mota barata'],
    miss: ['Report stolen property to police', 'The weed abatement program starts Monday'],
  },
};

export const DEFAMATION: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:mr|mrs|ms|dr|councilman|councilwoman|councilmember|commissioner|mayor|chief|director|officer|sergeant|manager|supervisor|my boss|our boss|coworker|co worker|judge)(?: [a-z]+)? {~2}(?:is|was|has been|is being) {~2}(?:thief|fraud|crook|liar|pedophile|rapist|criminal|drunk|drug addict|addict|embezzler|corrupt|alcoholic|on drugs|abuser|predator|stealing|embezzling|taking bribes|cheating on|sleeping with|having an affair|under investigation)',
    '(?:mr|mrs|ms|dr|councilman|councilwoman|councilmember|commissioner|mayor|chief|director|officer|sergeant|manager|supervisor|my boss|our boss|judge)(?: [a-z]+)? (?:stole|embezzled|takes bribes|took bribes|falsified|abused|harassed|beats his|beats her)',
    '(?:el|la) (?:senor|senora|alcalde|alcaldesa|concejal|concejala|comisionado|jefe|jefa|director|directora|supervisor|supervisora|oficial)(?: [a-z]+)? (?:es|era|ha sido) (?:un |una )?(?:ladron|ladrona|corrupto|corrupta|mentiroso|mentirosa|borracho|borracha|drogadicto|drogadicta|pedofilo|violador|criminal|estafador|estafadora)',
  ],
  examples: {
    hit: ['Commissioner Perez is a thief', 'My boss is sleeping with the auditor', 'El director Gómez es un ladrón'],
    miss: ['Commissioner Perez is retiring', 'The thief was caught on camera'],
  },
};

export const PERSONNEL_DETAILS: PatternBody = {
  kind: 'pattern',
  patterns: [
    '(?:coworker|co worker|colleague|employee|supervisor|boss|manager|officer|he|she) {~2}(?:has|was diagnosed with|is being treated for|tested positive for) (?:hiv|aids|cancer|covid|depression|bipolar|schizophrenia|an std|herpes|dementia)',
    '(?:coworker|co worker|colleague|employee|supervisor|boss|manager) {~3}(?:is pregnant|is on (?:medical|disability|maternity) leave|is in rehab|was fired|got fired|is getting fired|was suspended|failed (?:a|his|her) drug test|is on probation)',
    '(?:mi )?(?:companero|companera|colega|empleado|empleada|jefe|jefa|supervisor|supervisora) {~3}(?:tiene (?:vih|sida|cancer|depresion)|esta embarazada|esta en rehabilitacion|fue despedido|fue despedida|reprobo la prueba de drogas)',
  ],
  examples: { hit: ['My coworker was diagnosed with cancer', 'Our supervisor failed a drug test', 'Mi compañera está embarazada'], miss: ['Cancer screening at the clinic Friday'] },
};

/** Messages shared by packs (each pack adds its own citation). */
export const MSG: Record<string, LocalizedText> = {
  profanity: {
    en: 'Profane or foul language. The policy prohibits offensive, demeaning or foul messages.',
    es: 'Lenguaje grosero u obsceno. La política prohíbe los mensajes ofensivos, denigrantes u obscenos.',
  },
  mild: {
    en: 'Mild language. Consider whether it fits how the City is seen.',
    es: 'Lenguaje algo grosero. Piense si encaja con la imagen de la Ciudad.',
  },
  sexual: { en: 'Sexual or indecent content.', es: 'Contenido sexual o indecente.' },
  slur: { en: 'A slur: offensive racial, ethnic or sexual language.', es: 'Un insulto racial, étnico o sexual.' },
  harassment: {
    en: 'Demeaning or harassing language about a person or group.',
    es: 'Lenguaje denigrante o de acoso hacia una persona o un grupo.',
  },
  violence: { en: 'Violent or threatening language.', es: 'Lenguaje violento o amenazante.' },
  commercial: {
    en: 'Selling, soliciting, fundraising or sponsorship.',
    es: 'Venta, solicitud, recaudación de fondos o patrocinio.',
  },
  political: {
    en: 'Political campaigning or a position on a political matter.',
    es: 'Campaña política o una postura sobre un asunto político.',
  },
  religious: { en: 'Advocacy of a religious cause.', es: 'Promoción de una causa religiosa.' },
  confidential: {
    en: 'Looks like internal or non-public information you have because of your job.',
    es: 'Parece información interna o no pública que usted conoce por su trabajo.',
  },
  security: {
    en: 'Information that could compromise the safety or security of the public or City systems.',
    es: 'Información que podría comprometer la seguridad del público o de los sistemas de la Ciudad.',
  },
  official_voice: {
    en: 'Sounds like you speak for the City or a department without authorization.',
    es: 'Parece que habla en nombre de la Ciudad o de un departamento sin autorización.',
  },
  illegal: { en: 'Mentions illegal activity.', es: 'Menciona una actividad ilegal.' },
  defamation: {
    en: 'A damaging claim about an identifiable person. False claims can be defamation.',
    es: 'Una afirmación dañina sobre una persona identificable. Una afirmación falsa puede ser difamación.',
  },
  personnel: {
    en: 'Medical or personnel details about someone. Do not post them without their permission.',
    es: 'Datos médicos o de personal sobre alguien. No los publique sin su permiso.',
  },
  phone: {
    en: 'A phone number. Posting someone’s personal information without their permission can be defamation under the policy.',
    es: 'Un número de teléfono. Publicar información personal de alguien sin su permiso puede ser difamación según la política.',
  },
  ssn: { en: 'A Social Security number. Never post it.', es: 'Un número de Seguro Social. Nunca lo publique.' },
  id_number: {
    en: 'An identity, bank or card number. Never post it.',
    es: 'Un número de identidad, bancario o de tarjeta. Nunca lo publique.',
  },
  email: {
    en: 'A personal e-mail address. Do not post someone’s address without their permission.',
    es: 'Un correo electrónico personal. No publique la dirección de nadie sin su permiso.',
  },
  dob: { en: 'A date of birth.', es: 'Una fecha de nacimiento.' },
  address: { en: 'A home address.', es: 'Un domicilio particular.' },
  credentials: {
    en: 'A password, access token or key. Never post credentials.',
    es: 'Una contraseña, un token de acceso o una clave. Nunca publique credenciales.',
  },
  network: {
    en: 'Network details (IP or hardware address) of a system.',
    es: 'Datos de red (dirección IP o de hardware) de un sistema.',
  },
  access_code: { en: 'An alarm, door or access code.', es: 'Un código de alarma, puerta o acceso.' },
};
