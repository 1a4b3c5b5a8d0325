import type { CategoryJudgement } from '../types';

/**
 * defamation: an identifiable person or business + a damaging act stated as fact (theft, bribes,
 * fraud, abuse, drunk or high on duty). The word stream is lower case, so "identifiable" is read
 * from a title before a name ("Sgt. Ornelas", "la licenciada Fuentes"), a common given name
 * ("Kevin", "Maricela"), or a determiner + a job or business ("the code inspector for District 6",
 * "la doctora", "el dueño de la llantera"). Pure insults are harassment; insinuation ("funny how…")
 * is borderline and left alone.
 *
 * Round 6 families (round-6 dev part's misses, as concepts):
 * - a claim marked as known fact ("everybody knows", "todo el barrio lo sabe", "lo sé de buena fuente",
 *   "I saw it myself", "that's a fact") + a wrongdoing, whoever or whatever it names (a business by its
 *   own name is not in any class: "Tacos El Güero uses dog meat, everybody knows");
 * - drink and drugs said as a habit ("es una borracha, huele a vino", "se emborracha y maneja", "keeps a
 *   flask in his desk", "closet cokehead", "se la pasa drogado");
 * - a business that poisons or endangers ("tiene salmonela", "les da pastillas para dormir a los niños");
 * - bribes, affairs and favours for a post ("le pagó al ingeniero para que…", "vende las multas",
 *   "se acostó con el jefe para que le dieran la plaza"); violence and cruelty ("golpeó a su ayudante",
 *   "tortures animals"); a firing for theft.
 */
const MESSAGE = {
  en: 'Names or points to a person or business and states a damaging act as fact (theft, bribes, abuse, drunk on duty). A claim like this can be defamatory.',
  es: 'Nombra o señala a una persona o negocio y afirma como un hecho algo dañino (robo, sobornos, abuso, trabajar borracho). Una afirmación así puede ser difamatoria.',
};

/** The damaging act, as a regex over the stream (word classes plus a few shapes with numbers). */
/** Words between the subject and the act: no relative clause or arrest report in between ("Officer X arrested a man who stole…"). */
const GAP = (n: number) => `(?:(?!(?:who|que|quien|suspect|suspects|sospechoso|arrested|arrest|arresto|detuvo|charged|caught|cited|reported|says|said|dijo|found|guilty|convicted|sentenced|acquitted|accused|culpable|acusado|acusada|sentenciado|sentenciada)(?: |$))[^ .]+ ){0,${n}}`;

// session 15: drunk or high on the job said as a scene ("shows up to roll call drunk", "llega pisteado").
const ACT = '(?:{damaging_act}|{acto_danino}|{defam_wrong}|took \\$[a-z0-9]+|(?:vende|venden|vendio|sells|sold|selling) (?:[a-z]+ ){0,2}(?:robadas|robados|robada|robado|falsas|falsos|falsa|falso|stolen|fake|hot)|{defam_act_said}|on (?:the |their |his |her )?(?:[a-z]+ ){0,3}payroll|collecting (?:disability|unemployment|workers comp) (?:[a-z]+ ){0,4}while|beat (?:that|a|the|this|his|her) (?:kid|man|woman|guy|inmate|suspect|prisoner|girl|boy|wife|husband|dog)|(?:se queda|se quedo|se quedan) con (?:el|la|los|las) (?:dinero|lana|donaciones|cuotas|inscripciones|pagos|propinas)|se (?:queda|quedo|quedaba|quedan|quedaron) con (?:parte|la mitad|un pedazo|una parte|un porcentaje|un tanto) de (?:la |los |las |el )?(?:ayuda|apoyo|apoyos|dinero|lana|feria|donaciones|despensas|becas|cuotas|pagos|vales)|(?:keeps|kept|pockets|pocketed|skims|skimmed) (?:a cut of|half of|part of|some of|a piece of) (?:the |their |our )?(?:aid|donations|money|cash|funds|fees|deposits|grant|relief)|se (?:compro|compra|hizo de|construyo|pago) (?:[^ .]+ ){0,5}con (?:el |la |los |las )?(?:dinero|lana|feria|fondos|donaciones|cuotas|ayuda|caja) de|(?:bought|buys|got) (?:himself|herself|themselves) (?:[^ .]+ ){0,4}with (?:the |our )?(?!(?:prize|her|his|their|own|birthday|lottery|bonus|tip|tips|savings|tax)(?![^ .]))(?:[^ .]+ )?(?:money|funds|donations|cash)|(?:le|les) (?:echa|echan|echaba|echaban|pone|ponen) agua (?:[^ .]+ ){0,3}(?:a )?(?:los |las |la |el )?(?:cocteles|coctel|bebidas|leche|sopa|caldo|salsa|jugos|jugo|aguas frescas|cerveza|cervezas|tequila|gasolina|diesel|pintura|medicina|medicinas)(?![^ .])|(?:bills|billed|charges|charged|cobra|cobro|cobraba|nos cobra|le cobra) (?:[^ .]+ ){1,6}(?:he|she|they|que) (?:never|nunca) (?:does|did|do|hace|hizo|hacen|hicieron|finished|termino|delivered|entrego)|(?:shows|showed|comes|came|turns|turned|rolls|rolled|reports|reported) (?:up |in )?(?:to |for )?(?:[^ .]+ ){0,3}(?:drunk|hungover|wasted|hammered|buzzed|stoned|tipsy|lit)(?![^ .])|(?:shows|showed) up high|(?:llega|llego|llegaba|llegan|anda|andaba|andan|viene|venia|maneja|manejaba|manejando|trabaja|trabajando) (?:[^ .]+ ){0,3}(?:borracho|borracha|pisteado|pisteada|pedo|peda|drogado|drogada|crudo|cruda|grifo|grifa|marihuano|briago|briaga|enhierbado|hasta atras)(?![^ .]))';

export const defamation: CategoryJudgement = {
  words: {
    /** A business someone can identify ("the taqueria on Dyer", "la llantera"). */
    defam_business: [
      'restaurant', 'taqueria', 'shop', 'store', 'auto shop', 'body shop', 'auto', 'tow yard', 'tow lot', 'junkyard', 'salon', 'nail salon', 'barbershop', 'car lot', 'used car', 'motel', 'hotel', 'food truck', 'clinic', 'pharmacy', 'apartment complex', 'property management', 'realty', 'insurance agency', 'mechanic', 'mecanico', 'mecanica', 'el mecanico', 'la senora de', 'el senor de', 'la senora que', 'el senor que', 'company', 'contractor', 'contractors', 'construction company', 'landscaping', 'towing company',
      'tow company', 'tow truck company', 'plumber', 'roofer', 'daycare', 'dealership', 'gym', 'bakery', 'bar', 'salon', 'market', 'landlord',
      'property manager', 'apartments', 'owner', 'owners', 'vendor', 'firm', 'agency', 'nonprofit', 'charity', 'church', 'pastor', 'the business',
      'restaurante', 'taqueria', 'tienda', 'taller', 'panaderia', 'empresa', 'compania', 'constructora', 'guarderia', 'la tienda', 'el taller',
      'dueno', 'duena', 'los duenos', 'tacos', 'burritos', 'la estetica', 'estetica', 'el yonque', 'yonque', 'el restaurante', 'chef', 'el chef', 'la guarderia', 'la llantera', 'el yonke', 'la carniceria', 'el mercado', 'el abarrote', 'la farmacia', 'la clinica', 'el bar',
    ],
    /** Damaging acts stated as fact (co-occurrence with an identifiable person or business), en and es. */
    defam_claim: [
      'stole', 'steals', 'stealing', 'embezzled', 'embezzles', 'embezzling', 'skimming', 'skims', 'skimmed', 'took bribes', 'takes bribes', 'on the take',
      'kickbacks', 'bribed', 'pocketed', 'pockets the', 'fraud', 'frauds', 'scammer', 'scamming', 'scammed', 'rips off', 'ripped off', 'ripping off',
      'cheats', 'cheated', 'drunk on duty', 'drunk at work', 'drunk on the job', 'high at work', 'high on the job',
      'shows up drunk', 'showed up drunk', 'shows up high', 'comes in drunk', 'came in drunk', 'beats his wife', 'beats her kids', 'beats his kids',
      'abuses', 'abused', 'molested', 'molester', 'pedophile', 'rapist', 'raped', 'harassed', 'harasses', 'deals drugs', 'sells drugs', 'dealer',
      'crooked', 'corrupt', 'criminal', 'felon', 'dui', 'duis', 'got a dui', 'lied under oath', 'falsified', 'cooked the books', 'rigged', 'launders',
      'laundering', 'money laundering', 'expired meat', 'rats in the kitchen', 'roaches', 'cockroaches', 'health code', 'unlicensed', 'no license',
      'wage theft', 'doesnt pay', 'never pays', 'stiffs', 'stiffed', 'forged', 'forges', 'fakes', 'faked', 'padding', 'pads his', 'pads her', 'padded',
      'ghost employees', 'no show job', 'kickback', 'bribe', 'bribes', 'thief', 'thieves', 'crook', 'crooks', 'liar', 'sex offender', 'steroids', 'on drugs',
      'ladron', 'ladrona', 'ladrones', 'roba', 'robo', 'robaba', 'robando', 'se robo', 'se roban', 'corrupto', 'corrupta', 'corruptos', 'transa', 'tranza',
      'transero', 'transera', 'fraude', 'estafa', 'estafador', 'estafadora', 'estafo', 'mordida', 'mordidas', 'soborno', 'sobornos', 'anda borracho',
      'llega borracho', 'llega borracha', 'llego borracho', 'drogado', 'drogada', 'golpea a su esposa', 'golpea a sus hijos', 'golpeador', 'abusador',
      'acosador', 'acosa', 'acoso', 'violador', 'narco', 'lava dinero', 'lavado de dinero', 'chueco', 'chueca', 'moches', 'desvia', 'desvio', 'se embolsa',
      'se embolso', 'se clavo', 'cucarachas', 'ratas', 'carne echada a perder', 'carne podrida', 'no paga', 'sin licencia', 'falsifica', 'falsifico',
    ],
    /**
     * Round 4: the wrongdoing families a defamatory claim names, from the concept rather than from
     * drafts (theft, overcharging and work never done, bribes and favours, lies and forgery, hiding
     * and cover-ups, violence and abuse, drink and drugs, profiling, a business that poisons or cheats
     * its customers), each verb with its -s / -ed / -ing forms (es: presente, pretérito, gerundio).
     * Words that are as often innocent ("hits", "high", "dirty", "charges") only as phrases.
     */
    defam_wrong: [
      // theft
      'steal', 'stolen', 'swipes', 'swiped', 'swiping', 'pilfers', 'pilfered', 'pilfering', 'robs', 'robbed', 'robbing', 'walks off with', 'walked off with',
      'helps himself to', 'helps herself to', 'helped himself to', 'helped herself to', 'takes home city', 'took home city', 'keeps the money', 'kept the money',
      'keeps the deposits', 'kept the deposits', 'keeps deposits', 'keeps the donations', 'kept the donations', 'keeps the tips', 'kept the tips', 
      'never gives back', 'never gave back', 'never gives them back', 'never returns', 'never returned', 'never pays', 'never paid', 'embezzle', 'embezzlement',
      // overcharging, work never done
      'overcharges', 'overcharged', 'overcharging', 'price gouging', 'gouges', 'gouged', 'double bills', 'double billed', 'double billing', 'bills the city for',
      'billed the city for', 'charges for work', 'charged for work', 'charges for parts', 'charged for parts', 'never puts in', 'never put in', 'never did the',
      'never finished', 'never fixed', 'never shows up', 'never delivered', 'pads his', 'pads her', 'pads the', 'padding his', 'padding her', 'pad her', 'pad his', 'inflates', 'inflated',
      // bribes, favours, rigging
      'bribe', 'bribing', 'paid off', 'pays off', 'gets paid off', 'got paid off', 'payoffs', 'takes money from', 'took money from', 'taking money from',
      'takes cash from', 'took cash from', 'steers contracts', 'steered contracts', 'steering contracts', 'steers the contracts', 'gives contracts to',
      'gave the contract to', 'gave contracts to', 'rigs', 'rigging', 'bought votes', 'buys votes', 'buying votes', 'sells permits', 'sold permits',
      'for a price', 'in exchange for money', 'nepotism',
      // lies, forgery
      'lied on his', 'lied on her', 'lies on his', 'lies on her', 'lied about his', 'lied about her', 'lied to', 'lies to', 'lying to', 'faked his', 'faked her',
      'fakes his', 'fakes her', 'faking', 'forged', 'forges', 'forging', 'falsifying', 'fabricated', 'fabricates', 'fabricating', 'doctored', 'doctors the',
      'perjury', 'committed perjury', 'fake degree', 'fake license', 'fake credentials',
      // hiding, cover-ups
      'hides complaints', 'hid complaints', 'hides the complaints', 'hides harassment', 'hid the', 'hides evidence', 'hid evidence', 'buries complaints',
      'buried complaints', 'buried the report', 'covers for', 'covered for', 'covering up', 'covers it up', 'shredded', 'destroyed evidence', 'tampered',
      'tampers with', 'planted drugs', 'plants drugs',
      // violence, abuse
      'beats his', 'beats her', 'beats the kids', 'beats inmates', 'beats prisoners', 'beats up', 'beat up on', 'beating up', 'punched a', 'punched his', 'punched her', 'slapped his', 'slapped her',
      'choked', 'roughs up', 'roughed up', 'abusing', 'mistreats', 'mistreated', 'mistreating', 'neglects', 'neglected', 'leaves the babies',
      'leaves the kids', 'left the kids', 'leaves kids alone', 'molest', 'molesting', 'grope', 'groping', 'touches kids', 'touches the girls', 'touches the boys',
      'touches little', 'touched little', 'inappropriately', 'assaults', 'rapes', 'harassing', 'stalks', 'stalked', 'stalking', 'sexually assaulted',
      // drink, drugs
      'a drunk', 'is drunk on', 'is always drunk', 'always drunk', 'drunk every', 'reeks of', 'reeks every', 'smells like alcohol', 'smells like booze', 'smells like weed',
      'gets high', 'always high', 'stoned on', 'on meth', 'on coke', 'does meth', 'snorts', 'uses drugs', 'using drugs', 'dealing drugs',
      'deals meth', 'sells pills', 'pills for cash', 'prescriptions for cash', 'sells prescriptions',
      // profiling, discrimination
      'racist cop', 'racially profiles', 'profiles black', 'profiles hispanic', 'profiles mexicans', 'profiles people', 'profiling', 'pulls over only', 'only pulls over', 'stops only', 'discriminates',
      'discriminated against',
      // a business cheating or endangering customers
      'on purpose', 'dirty tools', 'dirty needles', 'unsanitary', 'food poisoning', 'dog meat', 'cat meat', 'rotten meat', 'sells expired', 'serves expired', 'uses expired', 'moldy',
      'fake parts', 'used parts', 'cheap material', 'cheap materials', 'substandard', 'no insurance', 'uninsured', 'not licensed', 'puts down healthy', 'kills healthy',
      'put down healthy', 'is a scam', 'total scam', 'scams people', 'scams seniors', 'scams the', 'scams his', 'scams her', 'ripoff', 'rip off',
      // es
      'roban',       'se quedo con la diferencia', 'se queda con la diferencia', 'se quedo con el dinero', 'se queda con los depositos', 'se quedo con los depositos', 'se queda con el cambio', 'cobra por', 'cobro por', 'cobra de mas', 'cobro de mas', 'cobra reparaciones', 'cobra trabajos',
      'cobraba', 'nunca hace', 'nunca hizo', 'nunca termino', 'nunca entrega', 'nunca entrego', 'nunca devuelve', 'nunca regresa', 'no devuelve', 'a cambio de dinero',
      'a cambio de lana', 'soborna', 'sobornan', 'sobornaba', 'sobornado', 'transas', 'tranzas', 'estafan', 'estafando', 'estafaba', 'engano a',       'falsificando', 'falsifican', 'falsificaba',       'encubren', 'les pega', 'le pega', 'pegandole', 'maltrato a', 'maltratando', 'maltrataba',
      'abuso de', 'manoseo', 'manoseando', 'manoseaba', 'toca a las', 'toca a los', 'toco a', 'acoso a', 'acosando', 'acosaba',
      'violo a', 'se droga', 'se drogan', 'vende pastillas', 'receta pastillas',
      'carne de perro', 'carne de gato', 'material barato', 'materiales baratos', 'podrida', 'cochinero', 'sin seguro',       'ratero', 'ratera', 'sacrifica perros sanos', 'mata perros sanos', 'desviando', 'amano', 'amanaron',
      // money and favours, time theft, unlicensed work
      'slips him', 'slip him', 'slipped him', 'slips her', 'slipped her', 'a little something', 'his brother in law', 'her brother in law', 'his cousins company', 'his cousin s company', 'su cunado', 'su cunada', 'de su cunado', 'de su primo', 'de su compadre', 'taxpayer money', 'city money', 'dinero de la ciudad', 'splits the overtime', 'clocks everybody in', 'clocks in for', 'clocked in for', 'time theft', 'taking jewelry', 'taking money', 'taking cash', 'no background checks', 'with no permit', 'sin permiso', 'cobrandole a', 'cobrandoles a', 'para dejarlos', 'para dejarlas', 'se la pasa cobrando', 'sits on them until', 'los contratos a', 'todos los contratos', 'all the contracts to',
      // round 5: more wrongdoing families: dipping into funds, arson and insurance fraud, favors for cash, cooking the numbers (es), hangover and botched care, affairs with clients, fuel theft, cartel ties
      'dips into', 'dipped into', 'dipping into', 'hand in the till', 'hand in the cookie jar', 'mete la mano', 'metio la mano', 'mete mano', 'con la mano en la caja', 'sets fires', 'set fire to', 'sets fire to', 'setting fires', 'burned down his', 'burned down her', 'burns down', 'arson', 'insurance fraud', 'por el seguro', 'le prende fuego', 'le prendio fuego', 'lets his buddies off', 'lets them off', 'let them off', 'off easy', 'looks the other way for', 'maquilla', 'maquillo', 'maquillando', 'maquilla los numeros', 'desfalco', 'desfalcos', 'malversacion', 'malversa', 'malverso', 'esconder el desfalco', 'hungover', 'hung over', 'while he s hungover', 'while shes hungover', 'wrong meds', 'wrong medication', 'wrong prescriptions', 'malpractice', 'negligent', 'kills patients', 'killed a patient', 'crudo en el trabajo', 'cruda en el trabajo', 'anda con pacientes', 'se acuesta con', 'sleeps with patients', 'sleeping with patients', 'affair with', 'anda con casadas', 'anda con una casada', 'siphons', 'siphoning', 'steals gas', 'stealing gas', 'se lleva el diesel', 'se lleva la gasolina', 'se lleva las herramientas', 'se lleva el material', 'huachicolero', 'uses the city truck for', 'usa la troca de la ciudad', 'es una rata', 'bien rata', 'lavando dinero', 'works for the cartel', 'trabaja para el cartel', 'trabaja para los narcos', 'es sicario', '#corruption', '#corrupcion', '#corrupt', '#crooked',
    ],
    /**
     * Round 7: the act said the way people say it (idiom, slang, euphemism), by family, en and es:
     * hands on a spouse or a child, neglect in care, drink and drugs as slang ("llega crudo", "anda
     * pacheco", "half in the bag"), the bribe as an envelope or greased palm ("slide the inspector a few
     * hundred", "le untaron la mano", "para que apruebe"), bought and in someone's pocket, stolen goods
     * resold, a crime pinned on someone ("the break-ins are…", "set the fire", "an ex-con", "known dealers").
     */
    defam_act_said: [
      // hands on a spouse or a child
      'hits the kids', 'hits kids', 'hit the kids', 'hitting the kids', 'hit his wife', 'hitting his wife', 'beat his wife', 'beat her kids', 'beat his kids', 'beating his wife',
      'beats on', 'puts his hands on', 'put his hands on', 'puts her hands on', 'lays hands on', 'laid hands on', 'knocks her around', 'knocked her around', 'knocks his wife',
      'smacks the kids', 'smacks his', 'slaps the kids', 'slaps his wife', 'slaps her kids', 'wife beater', 'domestic violence', 'le pega a su', 'le pega a la', 'les pega a los',
      'les pega a las', 'le pegaba', 'le pego a su', 'les pegaba', 'golpea a su', 'golpeo a su', 'golpea a los', 'golpea a las', 'golpea a la', 'le pone la mano encima', 'le puso la mano encima',
      'le levanta la mano', 'le levanto la mano', 'la golpea', 'lo golpea', 'los golpea', 'las golpea', 'maltrata a su', 'maltrata a los', 'maltrata a las', 'violencia domestica',
      'la agarra a golpes', 'los agarra a golpes', 'la madrea', 'los madrea', 'les da sus cachetadas', 'les da cachetadas', 'les jala las orejas',
      // neglect of those in their care
      'deja a los ninos sin', 'dejan a los ninos sin', 'deja a los ninos solos', 'dejan a los ninos solos', 'sin comer', 'no les da de comer', 'no les dan de comer', 'los deja solos', 'las deja solas', 'los dejan solos', 'los dejan encerrados', 'los encierra', 'los encierran',
      'doesn t feed', 'doesnt feed', 'don t feed the', 'dont feed the', 'starves the', 'starving the', 'locks the kids', 'locks them in', 'leaves them alone', 'leaves them unattended',
      // drink and drugs as slang and habit
      'llega crudo', 'llega cruda', 'anda crudo', 'anda cruda', 'viene crudo', 'viene cruda', 'llega tomado', 'llega tomada', 'anda tomado', 'anda tomada', 'anda pedo', 'anda peda',
      'bien pedo', 'bien peda', 'bien borracho', 'bien borracha', 'hasta atras', 'bien grifo', 'anda grifo', 'bien pacheco', 'anda pacheco', 'marihuano', 'mariguano',
      'se echa sus tragos', 'se da sus jalones', 'se mete coca', 'se mete cristal', 'se mete perico', 'le pone al cristal', 'le entra al cristal', 'le atora al',
      'shows up wasted', 'showed up wasted', 'comes in wasted', 'came in wasted', 'shows up hungover', 'showed up hungover', 'comes in hungover', 'shows up buzzed', 'shows up lit',
      'half in the bag', 'three sheets to the wind', 'drinks on the clock', 'drinking on the clock', 'high on the clock', 'stoned at work', 'stoned on the job', 'reeks of booze', 'smells like beer',
      'pops pills', 'popping pills', 'on pills', 'tweaker', 'tweaking',
      // the bribe as an envelope, a greased palm, a purpose
      'slide the inspector', 'slid the inspector', 'slip the inspector', 'slipped the inspector', 'slide him', 'slid him', 'slide her', 'grease his palm', 'greased his palm',
      'grease her palm', 'greases palms', 'greasing palms', 'greased palms', 'cash under the table', 'envelope of cash', 'envelopes of cash', 'took an envelope', 'gets an envelope',
      'le unto la mano', 'le untaron la mano', 'le untan la mano', 'untarle la mano', 'aceitar al', 'un sobre con', 'su sobrecito', 'cochupo', 'cochupos', 'para que apruebe',
      'para que aprueben', 'para que aprobara', 'para que aprobaran', 'para que firme', 'para que firmara', 'para que lo dejen', 'para que lo pasen', 'para que la pasen',
      'para que lo pasaran', 'para que le den el contrato', 'para que le dieran el contrato', 'to approve the', 'to sign off on', 'to look the other way', 'looked the other way',
      'se hace de la vista gorda', 'se hizo de la vista gorda', 'hace la vista gorda', 'took a kickback', 'takes a kickback', 'gets a kickback', 'got a kickback', 'got paid to',
      'gets paid to', 'le pagan por', 'le pagaron por', 'paid him off', 'paid her off', 'paid them off', 'bought off', 'esta comprado', 'esta comprada', 'lo compraron', 'la compraron',
      'lo tienen comprado', 'in his pocket', 'in their pocket', 'in the pocket of', 'en la bolsa de', 'le pasa lana', 'le pasan lana', 'le da su lana',
      // stolen goods resold
      'stolen goods', 'stolen parts', 'stolen copper', 'stolen property', 'stolen pipe', 'stolen tools', 'hot merchandise', 'fell off a truck', 'fell off the truck',
      'cosas robadas', 'material robado', 'tuberia robada', 'mercancia robada', 'fierro robado', 'cobre robado', 'piezas robadas', 'herramienta robada', 'se cayo del camion',
      // a crime pinned on someone
      'set the fire', 'set that fire', 'started the fire', 'started that fire', 'prendio el fuego', 'provoco el incendio', 'le prendio fuego', 'ex con', 'excon', 'ex convict',
      'exconvicto', 'expresidiario', 'did time', 'estuvo preso', 'estuvo en la carcel', 'salio de la carcel', 'has a rap sheet', 'behind the break ins', 'break ins are the',
      'the ones breaking into', 'the ones stealing', 'los que andan robando', 'son los que roban', 'son los que se roban', 'son los que se meten', 'known dealer', 'known dealers',
      'known drug dealer', 'known drug dealers', 'drug dealer', 'drug dealers', 'known thief', 'known thieves', 'known gang', 'conocido narco', 'conocidos narcos', 'conocido ratero',
      'son narcos', 'es tirador', 'son tiradores', 'vende cristal', 'vende perico', 'vende coca', 'mueve droga', 'pushes dope', 'sells dope', 'sells crack', 'sells meth', 'cooks meth',
      // round 7: from knowledge of how it is said (slang, idiom, border Spanish)
      'sticky fingers', 'five finger discount', 'unas largas', 'bien unas largas', 'se le pegan las cosas', 'se clavo la lana', 'se clavo la feria', 'se quedo con la feria', 'se embolso la feria', 'se llevo la feria', 'se agandallo', 'agandalla', 'se transo', 'lining his pockets', 'lines his pockets', 'lining her pockets', 'lines her pockets', 'padding his pockets', 'got rich off', 'se hizo rico con',
      'chanchullo', 'chanchullos', 'hace chanchullos', 'movidas chuecas', 'anda en malos pasos', 'anda en la mana', 'es de la mana', 'trabaja para la mana', 'metido con los narcos', 'tiene nexos con', 'ties to the cartel', 'connected to the cartel', 'moves product', 'mueve mercancia', 'es halcon', 'anda de halcon', 'es puntero',
      'pay to play', 'bought and paid for', 'in bed with the', 'le dan su moche', 'cobra piso', 'cobra cuota', 'cobra derecho de piso', 'extorsiona', 'extorts', 'shakes down', 'shaking down', 'shakedown',
      'too friendly with the kids', 'creep with the kids', 'se mete con menores', 'anda con menores', 'likes them young', 'le gustan chiquitas', 'sleeps with students', 'dates students', 'inappropriate with', 'se propasa', 'se propaso con', 'se le insinua a',
      'le pone al pisto', 'anda en el pisto', 'bien pistiado', 'pistea en', 'pistea en el trabajo', 'se echa sus cheves', 'chela en el turno', 'sauced', 'hammered at work', 'tanked at work', 'smells like a brewery', 'huele a cantina', 'anda bien loco', 'anda puesto', 'bien puesto', 'smokes weed on', 'fuma mota', 'se da su toque',
      'fake receipts', 'facturas falsas', 'recibos falsos', 'facturas infladas', 'cobra horas que no', 'bills hours he never', 'bills hours she never', 'clocks in and leaves', 'checa y se va', 'ghost worker', 'es aviador', 'es aviadora', 'aviadores', 'nomina fantasma', 'cobra sin trabajar',
      'kicks the dogs', 'patea a los perros', 'les pega a los perros', 'starves the animals', 'waters down', 'le echa agua a la', 'sells counterfeit', 'vende pirateria', 'tarjetas clonadas', 'shortchanges', 'short changes', 'da mal el cambio', 'pesa mal', 'bascula arreglada', 'scale is rigged',
      // round 7: more of the same families
      'se aprovecha de', 'takes advantage of', 'les ve la cara', 'le ve la cara', 'nos vio la cara', 'les vio la cara', 'scams the elderly', 'scams old people', 'les roba a los viejitos', 'got caught stealing', 'caught stealing', 'lo cacharon robando', 'la cacharon robando', 'lo agarraron robando', 'la agarraron robando', 'miente en', 'mintio en', 'lied on the', 'lies on the', 'fudges', 'fudged the', 'fudging the',
      // Round 9 (session 12), families of round 8's dev misses written as ways of saying it, en and es
      // (money kept back and bought with public funds are shapes in ACT):
      // bought, sold or priced (a judge or inspector "for sale")
      'es un vendido', 'es una vendida', 'son unos vendidos', 'ya tiene su precio', 'tiene su precio como todos', 'se vende al mejor postor', 'le pagan por debajo',
      'les pagan por debajo', 'le pasan por debajo', 'te arreglan cualquier cosa', 'te arregla cualquier cosa', 'te arregla lo que sea', 'te arreglan lo que sea',
      'firma lo que sea por', 'firma cualquier cosa por', 'deja libres a los que', 'has his price', 'has her price', 'for the right price', 'for the right amount',
      'signs off on anyone for', 'signs off on anything for', 'signs anything for', 'lets off anyone who pays', 'anyone who pays him', 'pocket it', 'pocketed it',
      'pocketing it', 'pocketing the',
      // hands in the till, a cut kept
      'manos largas', 'manos muy largas', 'la mano larga con', 'mano larga con la', 'money keeps going missing', 'cash keeps disappearing', 'money keeps disappearing',
      'sigue faltando dinero', 'keeps a cut', 'didn t come from a city salary', 'didnt come from a city salary', 'not on a city salary', 'not from his salary',
      'not from her salary', 'no salio de su sueldo', 'no sale de su sueldo', 'con su sueldo no', 'con lo que gana no', 'con ese sueldo no',
      // a business cheating its customers (watering down, old sold as new, odometers)
      'rebaja con agua', 'rebajan con agua', 'cobro como nuevos', 'cobro como nuevo', 'cobra como nuevos', 'los vende como nuevos',
      'los vendio como nuevos', 'sold them as new', 'sells them as new', 'charged as new', 'billed as new', 'used ones as new', 'usados como nuevos', 'rolls back odometers',
      'rolls back the odometer', 'rolled back the odometer', 'rolls back the miles', 'odometer fraud', 'le bajan el millaje', 'le bajan las millas', 'regresan el millaje',
      'le regresan el kilometraje',
      // drunk and hidden, passed out on the clock
      'useless drunk', 'passed out drunk', 'passed out with a bottle', 'sleeps it off', 'sleeping it off', 'durmiendo la borrachera', 'dormido de borracho',
      'tirado de borracho', 'choco la unidad borracho', 'choco borracho', 'crashed the truck drunk', 'crashed the unit drunk', 'lo estan encubriendo',
      'swept it under the rug', 'sweeping it under the rug',
      // a danger to children named
      'pedofilo', 'pedofila', 'pederasta', 'asalta cunas',
      // jobs for family, hidden owners
      'contrato a su sobrina', 'contrato a su sobrino', 'contrato a su hija', 'contrato a su hijo', 'contrato a su esposa', 'contrato a su cunado', 'sin concurso',
      'hired his nephew', 'hired her niece', 'hired his niece', 'hired her nephew', 'hired his girlfriend',
      'without posting the job', 'no bid contract', 'no bid contracts', 'sin licitacion', 'under his wife s name', 'under his wifes name', 'under her husband s name',
      'under her husbands name', 'a nombre de su esposa', 'a nombre de su esposo', 'a nombre de su hermano', 'a nombre de su cunado', 'prestanombres', 'front company',
      'shell company', 'empresa fantasma', 'slumlord', 'slum rentals', 'slum landlord',
      // session 13 (lexicon): customers swindled — parts swapped, charged for work not done, "te ven la cara", "me transaron", a deposit kept.
      'swapped my', 'swapped out my', 'swapped the parts', 'switched the parts', 'junk parts', 'bait and switch', 'charged me for new', 'charged me for work',
      'charged me for parts', 'charged me twice', 'charges you twice', 'charged us twice', 'ripped me off', 'ripped us off', 'rip you off', 'rips you off', 'will rip you off',
      'took my money', 'took our money', 'takes your money', 'kept my deposit', 'keeps your deposit', 'kept our deposit', 'never got my deposit back', 'shady business',
      'shady deals', 'sketchy business', 'me cobraron de mas', 'nos cobraron de mas', 'me cobraron doble', 'te cobran doble', 'cobran lo que quieren', 'me vieron la cara',
      'nos vieron la cara', 'te ven la cara', 'le ven la cara', 'les ven la cara', 'me transaron', 'nos transaron', 'te transan', 'los transan',
      'se quedan con el deposito', 'se quedaron con mi deposito', 'se quedaron con el deposito', 'no te regresan el deposito', 'nunca me regresaron',
      'piezas usadas', 'piezas chafas', 'te cambian las piezas', 'me cambiaron las piezas',
      // session 13 (lexicon): a cut, a piece of the action, bought and in someone's pocket — "gets a cut", "su tajada", "on the cartel's payroll".
      'takes a cut', 'gets a cut of', 'got a cut of', 'takes a cut of', 'taking a cut', 'piece of the action', 'splits the fees', 'splits the money', 'split the money',
      'splitting the money', 'su tajada', 'una tajada', 'su moche', 'su mochada',
      'in the cartel s pocket', 'in the cartels pocket', 'bought and paid for', 'on the payroll of',
      'on the cartel s payroll', 'on the cartels payroll', 'works for the cartel', 'working for the cartel', 'connected to the cartel', 'cartel ties', 'ties to the cartel',
      'en la nomina del', 'trabaja para el cartel', 'trabaja para la mana', 'esta con la mana', 'anda con la mana', 'nexos con el narco', 'tiene nexos con', 'protege a los narcos',
      'le pagan los narcos', 'lo tienen comprado', 'la tienen comprada', 'es de la mana', 'halcon del cartel',
      // session 13 (lexicon): unsafe goods sold or served — expired, of dubious origin, watered down, short weight, people made sick.
      'medicina vencida', 'medicinas vencidas', 'comida vencida', 'medicinas caducadas', 'medicina caducada', 'comida caducada', 'de dudosa procedencia', 'dudosa procedencia',
      'made people sick', 'makes people sick', 'got people sick', 'got everyone sick', 'got half the', 'nos enfermo', 'los enfermo',
      'enfermo a media', 'se enfermaron todos', 'se enfermo media', 'intoxico', 'rebajan con agua',
      'rebajada con agua', 'short weight', 'rigged scale', 'rigs the scale', 'bascula arreglada', 'bascula chueca', 'kilos de 800', 'kilo de 800',
      'cocina sucia', 'dirty kitchen', 'never washes', 'no se lava las manos',
      // session 13 (lexicon): a fake or lost credential — quack, matasanos, "lost his license", "bought his degree", "no tiene cédula".
      'matasanos', 'charlatan', 'fake doctor', 'not a real doctor', 'no es doctor', 'no es doctora', 'no es abogado', 'lost his license',
      'lost her license', 'license was revoked', 'license revoked', 'perdio su licencia', 'le quitaron la licencia', 'le quitaron la cedula', 'stripped of his license',
      'bought his degree', 'bought her degree', 'titulo comprado', 'titulo chueco', 'diploma falso', 'compro el titulo', 'compro su titulo', 'no tiene titulo',
      'no tiene cedula', 'sin cedula', 'never finished school', 'nunca termino la carrera', 'fake diploma', 'diploma mill',
      // session 13 (lexicon): a cover-up — hushed up, swept under the rug, "le dieron carpetazo", hush money.
      'hush it up', 'hushed it up', 'hush up', 'hushing it up', 'kept it quiet', 'keeps it quiet', 'swept it under the rug', 'sweep it under the rug', 'swept under the rug',
      'lo taparon', 'lo tapan', 'lo taparon todo', 'le dieron carpetazo', 'carpetazo', 'lo callaron', 'los callaron', 'la callaron', 'hush money',
      'paid them to keep quiet', 'paid her to keep quiet', 'paid him to keep quiet', 'dinero para callar', 'le pagaron para que se callara',

      // session 13 (lexicon): the office used against people — inspections passed for pay, charges made up for quota, "abusa de su placa".
      'passes inspections for', 'passed inspections for', 'signs off for his', 'fails anyone who', 'fails the ones who', 'unless you pay him',
      'si no le pagas', 'si no le das', 'si no le pagan', 'si no le dan su', 'pay to play',
      'made up the charges', 'makes up charges', 'made up charges', 'trumped up', 'bogus charges', 'bogus tickets', 'fake tickets', 'planted evidence', 'plants evidence',
      'le inventaron', 'le invento', 'le inventa', 'le inventaron cargos', 'le fabricaron', 'le sembraron', 'sembro droga', 'sembraron droga', 'to make quota',
      'for quota', 'make his quota', 'pa cumplir su cuota', 'para cumplir su cuota', 'cumplir la cuota', 'abusa de su puesto', 'abusa de su placa', 'abusa de su poder',
      'abuses his badge', 'abuses his position', 'abuses her position', 'abuse of power', 'abuso de poder', 'tow cars for him', 'tows cars for',

      // session 13 (lexicon): a death or harm laid at someone's door by negligence — "sleeps on the job", "that's why he died", "lo dejó morir".
      'sleeps on the job', 'sleeping on the job', 'asleep on the job', 'se duerme en el trabajo', 'se duerme en el turno', 'se la pasa dormido',
      'se la pasa dormida', 'that s why he died', 'that s why she died', 'that s why the guy died', 'thats why he died', 'got someone killed', 'got somebody killed',
      'got a kid killed', 'let him die', 'let her die', 'lo dejo morir', 'la dejo morir', 'los dejo morir', 'por su culpa murio', 'por su culpa se murio', 'por su culpa se murieron',
      'killed that patient', 'killed a patient', 'mato a un paciente',
      // session 13 (lexicon): rentals and benefits cheated — illegal units, Section 8 money pocketed, "cuartos ilegales".
      'illegal units', 'renting out illegal', 'rents out illegal', 'pocketing', 'pocketed the', 'section 8 money', 'housing money', 'casero abusivo', 'cuartos ilegales',
      'renta cuartos ilegales', 'cobra el cheque de', 'cobra la ayuda de', 'collects benefits for', 'collecting benefits for', 'double dipping', 'double dips',
      // session 13 (lexicon): minors harmed or sold to — "messing with the players", "se mete con menores", beer and cigarettes sold to kids.
      'messing with the players', 'messing with kids', 'messing with the kids', 'messing with little', 'messes with kids', 'se mete con los ninos', 'se mete con menores',
      'se mete con las alumnas', 'sells to minors',
      'vende a menores', 'le vende a menores', 'cigarros sueltos a',
      // session 13 (lexicon): a charity that cheats its donors — sells the donated dogs, a fake charity, "fundación patito".
      'fake charity',
      'fake nonprofit', 'caridad falsa', 'fundacion patito', 'fundacion fantasma',
      // session 13 (lexicon), second pass: a criminal past or status pinned on someone — "has a record", "did time", "es pandillero", "no tiene papeles".
      'has a criminal record', 'did prison time', 'was in prison', 'was in jail', 'just got out of prison', 'ex con', 'exconvict', 'convicted felon',
      'gang member', 'in a gang', 'runs with a gang', 'gangbanger', 'es pandillero', 'es pandillera', 'anda en una pandilla', 'anda con los cholos', 'tiene antecedentes',
      'tiene antecedentes penales', 'estuvo en la carcel', 'estuvo preso', 'estuvo presa', 'acaba de salir de la carcel', 'es exconvicto', 'es exconvicta', 'no tiene papeles',
      'se dio a la fuga', 'killed someone drunk', 'mato a alguien borracho',
      // session 13 (lexicon), second pass: a family duty dodged — deadbeat, no child support, abandoned the kids.
      'deadbeat', 'deadbeat dad', 'deadbeat mom', 'doesn t pay child support', 'doesnt pay child support', 'owes child support', 'behind on child support',
      'abandoned his kids', 'abandoned her kids', 'no paga la pension', 'no da pension', 'debe la pension', 'abandono a sus hijos', 'no ve por sus hijos',
      // session 13 (lexicon), second pass: care botched — malpractice, butchered, "mató a mi perro", "le dejó una gasa adentro".
      'botched', 'butchered', 'messed up my surgery', 'malpractice', 'negligencia medica', 'killed my dog', 'killed my cat', 'mato a mi perro', 'mato a mi gato',
      'mato a mi perrito', 'dejo una gasa', 'le dejo una gasa', 'la rego con', 'me dejo peor', 'me dejaron peor', 'misdiagnosed', 'mal diagnostico',
      // session 13 (lexicon), second pass: a business as a front or a cheat — counterfeit, pirated, under the table, no taxes, drugs out the back.
      'sells knockoffs', 'sells fakes', 'sells counterfeit', 'vende pirata', 'vende piratas', 'pura pirateria', 'vende clones',
      'off the books', 'pays in cash to avoid', 'por debajo del agua', 'no paga impuestos', 'doesn t pay taxes', 'doesnt pay taxes', 'tax fraud',
      'evades taxes', 'evade impuestos', 'hires illegals', 'contrata ilegales', 'contrata indocumentados', 'a front for', 'front for the cartel',
      'sirve de fachada', 'es de narcos', 'negocio de narcos', 'lava dinero para', 'launders money for', 'sells drugs out of', 'drugs out the back',
      'venden droga en', 'venden droga ahi', 'vende droga en', 'venden mota en', 'sells weed out of',
      // session 13 (lexicon), second pass: public money or crews used as one's own — the city card, "on the city's dime", city crews at his house, plagiarism.
      'city credit card', 'on the city s dime', 'on the citys dime', 'on the taxpayers dime', 'on the taxpayer s dime', 'tarjeta de la ciudad',
      'con dinero del municipio', 'gasto dinero de la ciudad', 'city crews to work on his',
      'city workers to work on his', 'city workers at his house', 'puso a trabajadores de la ciudad', 'usa a los trabajadores', 'usa las trocas de la ciudad para',
      'uses city trucks for', 'plagiarized', 'plagiarizes', 'plagio su', 'se plagio', 'copied his thesis', 'lied to council', 'lied to the council', 'le mintio al cabildo',
      'misused funds', 'misuse of funds', 'mal uso de fondos', 'uso los fondos',
      // session 13 (lexicon), second pass: labels that accuse — a racist, a bigot, a predator, a creep with kids.
      'is a racist', 'a total racist', 'a known racist', 'is a bigot', 'es racista', 'bien racista', 'is a predator', 'es un depredador', 'is a creep with',
      'preys on', 'le gustan las menores', 'likes them young', 'likes underage',
      // session 13 (lexicon), third pass: paid and gone — the deposit taken, the job left half done, "se llevó el anticipo", "cobró y se fue".
      'took the money and ran', 'took our money and ran', 'took off with the deposit', 'took off with our', 'ran off with the', 'disappeared with the', 'left the job half done',
      'left the job unfinished', 'abandoned the job', 'never came back to finish', 'ghosted us', 'ghosted me', 'se llevo el anticipo', 'se llevo el enganche',
      'se llevaron el anticipo', 'cobro y se fue', 'cobraron y se fueron', 'se desaparecio con', 'se desaparecieron con', 'dejo la obra a medias', 'dejaron la obra a medias',
      'dejo el trabajo a medias', 'nunca regreso a terminar', 'se fue con el dinero', 'se fueron con el dinero', 'fake reviews', 'buys reviews', 'resenas falsas',
      // session 13 (lexicon), third pass: dishonesty as a trait — a liar about everything, two-faced, "bien mentiroso", "inventa cosas".
      'lies about everything', 'can t be trusted', 'cant be trusted', 'two faced', 'backstabber', 'backstabbing', 'es bien mentiroso',
      'es bien mentirosa', 'hipocrita', 'no se le puede creer', 'inventa cosas', 'invento todo',
      // session 13 (lexicon), third pass: the weak taken advantage of — seniors, animals, tenants turned away.
      'takes advantage of seniors', 'takes advantage of old people', 'preys on seniors', 'rips off seniors', 'se aprovecha de los viejitos', 'se aprovecha de la gente',
      'le roba a los viejitos', 'les roba a los viejitos', 'mistreats the animals', 'mistreats animals', 'starves the dogs', 'maltrata a los animales', 'maltrata a los perros',
      'deja a los perros sin', 'los tiene sin agua', 'won t rent to', 'wont rent to', 'refuses to rent to', 'no le renta a', 'no les renta a', 'only hires his', 'only hires her',
      'solo contrata a su', 'refuses service to',
      // session 15: a favour bought, said as a deal or a payoff rather than "bribe" (en, es, border slang).
      'paying off', 'pays off the', 'paid off the', 'paid off an', 'paying him off', 'paying her off', 'paid him off', 'paid her off', 'kick back', 'kicks back', 'kicked back',
      'kicking back', 'paid not to', 'been paid not to', 'paid to look', 'paid to keep quiet', 'greases the', 'greased the', 'tiene arreglo con', 'tienen arreglo con', 'tenia arreglo con',
      'tiene un arreglo con', 'esta arreglado con', 'estan arreglados con', 'se mocho', 'se mocha', 'se mochan', 'se mocharon', 'le mocha', 'se mochaba', 'x lana', 'por lana', 'a cambio de lana',
      'a cambio de dinero', 'a quien le lleve', 'a quien le pague', 'al que le pague', 'for a little envelope', 'a little envelope', 'for an envelope', 'un sobrecito', 'for cash under',
      'scripts for cash', 'recetas por lana', 'arreglo la licitacion', 'arreglaron la licitacion', 'amarro el contrato', 'amarraron el contrato', 'rigged the contract', 'rigged the bid',
      'tiene tarifa', 'ya tiene tarifa', 'has a going rate', 'le pago la boda', 'le pagaron la boda', 'le pago el viaje', 'le pagaron el viaje', 'paid for his trip', 'paid for her trip', 'paid for his daughter', 'paid for her daughter', 'pays his green fees', 'pays the green fees', 'paid her husband s', 'paid his wife s',
      'to her husband s company', 'to his wife s company', 'a la empresa de su esposo', 'a la empresa de su esposa', 'a la empresa de su cunado',
      // session 15: papers and permits faked or sold: sick notes, vaccine certificates, licences without the test.
      'incapacidades falsas', 'incapacidades chuecas', 'fake sick notes', 'fake doctor s notes', 'fake doctors notes', 'certificados falsos', 'fake certificates', 'licencias falsas',
      'fake licenses', 'sin que hagan el examen', 'sin hacer el examen', 'without taking the test', 'faked his license', 'faked her license', 'fake signatures', 'firmas falsas',
      'falsifica las firmas', 'falsifico las firmas', 'forged signatures', 'forges signatures', 'obras chuecas',
      // session 15: a relative put on the payroll.
      'nepotismo', 'nepotism', 'a toda su familia', 'puros de su familia', 'a su familia en la nomina', 'su familia en la nomina', 'his whole family on', 'her whole family on',
      'family on the payroll', 'his family on the payroll', 'her family on the payroll',
      // session 15: public money spent on oneself (the fund, the casino, the pool built with city material).
      'se gasta el dinero', 'se gastan el dinero', 'se gasto el dinero', 'se gastaba el dinero', 'spends the fund', 'blew the fund', 'gambles the', 'se lo gasta en el casino',
      'with city concrete', 'with city materials', 'with city equipment', 'con material de la ciudad', 'con material del municipio', 'con maquinaria de la ciudad',
      'comprado con dinero del', 'comprada con dinero del', 'bought with city money', 'paid for with city money', 'con dinero del presupuesto', 'con dinero de la ciudad',
      // session 15: things held for others kept (bonuses, the change, aid, belongings, cash payments).
      'se queda con los bonos', 'se queda con el cambio', 'se queda con las despensas', 'se queda con las cosas', 'se queda con lo de', 'se quedaba con', 'se quedan con las',
      'se queda con las pertenencias', 'se lleva las despensas', 'se llevaba el efectivo', 'se lleva el efectivo', 'se llevo el efectivo', 'robandose el dinero', 'robandose la',
      'pocketing the', 'pocketing money', 'keeps the tips', 'steals her employees', 'steals his employees', 'steals the tips', 'se roba las propinas', 'se roba las pertenencias',
      // session 15: cruelty and danger in someone's care (healthy animals put down, children tied up or drugged).
      'euthanizing healthy', 'putting healthy', 'puts healthy', 'put down healthy', 'kills healthy', 'killing healthy', 'perros sanos', 'animales sanos', 'aunque esten sanos', 'drowns the', 'drowned the', 'ahoga a los', 'ahogan a los', 'letting dogs starve',
      'let the dogs starve', 'dejar morir de hambre', 'mata a los perros', 'matan a los perros', 'los amarran', 'amarran a los ninos', 'encerrados todo el dia', 'da jarabe a los ninos',
      'les da jarabe', 'running girls', 'chop shop', 'a front for', 'fachada para', 'lava dinero', 'lavan dinero', 'lavado de dinero', 'quemo su propio', 'burned his own', 'burned down his own',
      'sabotea los frenos', 'sabotages the', 'planted the baggie', 'planted drugs', 'sembro droga', 'le sembro', 'le sembraron', 'beat his workers', 'golpea a sus trabajadores',
      // session 15: drunk on the job said as a scene, not a label.
      'pisteado', 'pisteada', 'bien pisteado', 'manejando borracho', 'manejando borracha', 'manejaba borracho', 'borracho en la unidad', 'roll call drunk', 'to work drunk',
      'can t pass a breathalyzer', 'cant pass a breathalyzer', 'failed a breathalyzer', 'on his breath', 'on her breath', 'smelled it on',
      // session 15: records made to disappear for friends, fines forgiven for a favour.
      'borra los expedientes', 'borra las multas', 'borra las quejas', 'desaparece los expedientes', 'desaparece las multas', 'destruye los expedientes', 'deletes complaints',
      'deletes the complaints', 'deleted the complaints', 'deletes tickets', 'voids tickets for', 'shreds the', 'loses every complaint', 'pierde las quejas', 'le quita multas',
      'les quita las multas', 'quita multas', 'les perdona las multas', 'lets his buddies', 'lets her buddies', 'lets his friends skip', 'deja pasar a sus cuates',
      // session 15: a past, a protection or a use said as fact (a record, safe houses for gangsters, sewer water in the food, sex for grades).
      'with a record for', 'a record for child', 'con antecedentes por', 'con antecedentes de', 'casas de seguridad', 'stash house', 'stash houses', 'protege a los malandros',
      'protects the cartel', 'cuida a los narcos', 'agua del drenaje', 'sewer water', 'sleeps with cadets', 'sleeps with students', 'sleeps with the', 'for passing grades',
      'a cambio de calificaciones', 'compra carne robada', 'compra cosas robadas', 'buys stolen',
    ],
    /** session 15: goods that are stolen, spoiled or not what they are sold as. */
    defam_bad_goods: [
      'robada', 'robadas', 'robado', 'robados', 'stolen', 'caducado', 'caducada', 'caducados', 'caducadas', 'vencido', 'vencida', 'vencidos', 'vencidas', 'expired',
      'counterfeit', 'bootleg', 'knockoff', 'knockoffs', 'pirata', 'piratas', 'de burro', 'de perro', 'de gato', 'de caballo', 'echada a perder', 'echado a perder', 'rotten',
      'spoiled', 'podrida', 'podrido', 'contaminada', 'contaminado', 'sin inspeccion', 'no inspection', 'with no inspection',
    ],
    defam_trade: [
      'sells', 'sold', 'selling', 'vende', 'vendio', 'venden', 'vendia', 'buys', 'bought', 'buying', 'compra', 'compro', 'compran', 'compraba', 'serves', 'served', 'sirve', 'sirven',
      'gets her meat', 'gets his meat', 'uses', 'usa', 'usan', 'le vende', 'les vende', 'puts in', 'puso', 'pone',
    ],
    defam_trade_ok: [
      'no compre', 'no compren', 'don t buy', 'dont buy', 'never buy', 'avoid buying', 'evite', 'eviten', 'cuidado con', 'beware', 'how to spot', 'como identificar', 'recall',
      'retiro del mercado', 'se decomisaron', 'decomisamos', 'seized', 'hot dogs', 'hot dog', 'hot sauce', 'salsa', 'hot wings', 'hot chocolate', 'chocolate caliente', 'hot cheetos',
      'hot coffee', 'hot food', 'comida caliente', 'hot meals', 'served hot', 'hot and fresh', 'hot off', 'tacos de perro', 'dog food', 'comida de perro', 'comida para perro',
      'de perro caliente', 'perros calientes', 'dispose', 'desechar', 'take back', 'drop off',
    ],
    /** Round 7: who the claim names, beyond person_ref and the titles: ranks in Spanish, boards and families. */
    defam_who_more: [
      // Round 9: city jobs a claim names (purchasing, grounds, the social worker) and the businesses on the city's list.
      'el de recursos humanos', 'el de rh', 'la de rh', 'el de nomina', 'la de nomina', 'el de compras', 'la de compras', 'el de finanzas', 'la de finanzas',
      'buyer', 'the buyer', 'purchasing agent', 'procurement officer', 'greenskeeper', 'groundskeeper', 'la trabajadora social', 'el trabajador social', 'social worker',
      'la contadora', 'el contador', 'auto body', 'body shop', 'mariscos', 'el dueno de', 'la duena de', 'the owner', 'dr', 'comisario', 'el comisario', 'la comisaria',
      'the empresa', 'la empresa', 'the company', 'approved list', 'the vendor',
      'capitan', 'sargento', 'teniente', 'comandante', 'el jefe de', 'la jefa de', 'coach', 'entrenador', 'entrenadora', 'board chair', 'the chair', 'board president', 'president',
      'presidente', 'presidenta', 'treasurer', 'tesorero', 'tesorera', 'the brothers', 'brothers', 'los hermanos', 'hermanos', 'kids from the', 'the kids on', 'los muchachos de',
      'the developer', 'developer', 'el desarrollador', 'la desarrolladora', 'desarrollador', 'la guarderia', 'the daycare', 'el juez', 'la jueza', 'the guy on', 'the guy from',
      'the lady on', 'el de la casa', 'la de la casa', 'the house on', 'el dueno', 'la duena', 'the owner of', 'el concejal', 'la concejal', 'el inspector', 'la inspectora',
      // round 7: more of the same families
      'grill', 'cafe', 'diner', 'cantina', 'tire shop', 'plomeria', 'tortilleria', 'lavanderia', 'car wash', 'auto sales', 'gruas', 'towing', 'roofing', 'construction', 'llc', 'inc', 'the contractor', 'el contratista', 'the landlord', 'el casero', 'la casera', 'the clinic', 'la clinica', 'the vet', 'el veterinario', 'la veterinaria',
      // session 13 (lexicon): businesses and trades a claim names, and ranks not listed elsewhere.
      'transmissions', 'transmission shop', 'muffler', 'llantas', 'plumbing', 'remodeling', 'movers', 'moving company', 'animal rescue',
      'inmobiliaria', 'la inmobiliaria', 'bienes raices', 'notario', 'notaria', 'la notaria',
      'consultorio', 'el consultorio', 'dentist', 'dentista', 'el dentista', 'la dentista', 'veterinario', 'veterinaria', 'funeral home', 'funeraria', 'la funeraria',
      'tiendita', 'la tiendita', 'taquero', 'el taquero', 'taqueria de', 'el de los tacos', 'la de los tamales', 'fire marshal', 'the marshal', 'the judge',
      'the coach', 'el profe', 'la profe', 'the principal', 'la directora', 'el director', 'the doctor', 'el doctor', 'la doctora', 'the pharmacist', 'farmaceutico',
      'the dealership', 'la agencia', 'la guarde', 'the wife of', 'la esposa del', 'el esposo de',
      // session 15: a person pointed at by where they work or what they run, without a name or a title
      // ("la de la taquilla", "el de la grúa", "the lady who runs the booksale", "mi excompañero de TI").
      'el de la', 'la de la', 'el del', 'la del', 'el de los', 'la de los', 'el de las', 'la de las', 'la que estaba de', 'el que estaba de', 'la que maneja', 'el que maneja',
      'who runs', 'who run', 'que maneja la', 'que atiende', 'mi excompanero', 'mi excompanera', 'my former coworker',
      'my ex coworker', 'instructor', 'el instructor', 'la instructora', 'breeder', 'the breeder', 'kennels', 'la ambulancia', 'ambulance company', 'tow company', 'el de la grua',
      'car dealer', 'the dealer', 'el encargado', 'la encargada', 'el capitan', 'la capitana', 'el paramedico', 'la paramedica', 'el chofer', 'la chofer', 'the nurse', 'la enfermera',
    ],
    /** session 15: the wrong someone was let go for. */
    defam_misconduct: [
      'stealing', 'theft', 'stole', 'harassment', 'sexual harassment', 'harassing', 'touching', 'groping', 'abuse', 'abusing', 'assault', 'assaulting', 'fraud', 'embezzling',
      'embezzlement', 'drinking', 'being drunk', 'drugs', 'dealing', 'falsifying', 'forging', 'hitting', 'beating', 'kickbacks', 'bribes', 'taking bribes', 'misconduct',
      'letting dogs', 'neglect', 'padding', 'cooking the books', 'lying', 'cheating', 'inappropriate', 'sexting', 'molesting',
      'robar', 'robo', 'robarse', 'ratero', 'ratera', 'rata', 'acosar', 'acoso', 'manosear', 'abuso', 'abusar', 'fraude', 'desfalco', 'borracho', 'borracha', 'tomar en', 'drogas',
      'drogarse', 'golpear', 'maltratar', 'maltrato', 'mordidas', 'transas', 'transa', 'falsificar', 'cobrando mordidas', 'andar cobrando', 'meterse con', 'tocar a',
    ],
    /** session 15: something held in trust (the City's, the public's, people in one's care) sold on the side. */
    defam_sell: [
      'sells', 'sold', 'selling', 'resells', 'resold', 'reselling', 'flips', 'flipped', 'vende', 'vendio', 'vendia', 'venden', 'vendieron', 'vendian', 'revende', 'revendio',
      'anda vendiendo', 'andan vendiendo', 'vendiendo', 'se las vende', 'se los vende', 'les vende', 'le vende', 'pawns', 'pawned', 'empena', 'empeno',
    ],
    defam_entrusted: [
      'de la utilidad', 'city property', 'city equipment', 'city tools', 'city fuel', 'city parts', 'city scrap', 'city vehicles', 'city trucks', 'the city s tools',
      'the city s equipment', 'the city s fuel', 'the city s parts', 'the city s vehicles', 'the city s trucks', 'the city s scrap', 'off our', 'off the city', 'from the city s',
      'propiedad de la ciudad', 'herramientas de la ciudad', 'material de la ciudad', 'equipo de la ciudad', 'vehiculos de la ciudad', 'carros de la ciudad', 'llantas de la ciudad',
      'trocas de la ciudad', 'gasolina de la ciudad', 'diesel de la ciudad', 'tubos de la ciudad', 'de las trocas', 'de las patrullas', 'del almacen', 'de la bodega',
      'del corralon', 'impounded', 'the impound', 'the tow yard', 'inmates meds', 'inmates pain', 'patients meds', 'patients pain', 'de los pacientes', 'de los internos',
      'a los internos', 'a los presos', 'evidence', 'evidencia', 'lo decomisado', 'decomisos', 'decomisada', 'decomisado', 'confiscated', 'seized', 'the donations',
      'donaciones', 'donativos', 'the answers', 'answer key', 'exam answers', 'test answers', 'las respuestas', 'las preguntas del examen', 'informacion a', 'information to',
      'our data', 'the data', 'los datos', 'bases de datos', 'base de datos', 'the database', 'the list of', 'la lista de', 'los expedientes', 'the records', 'las plazas', 'the jobs',
    ],
    /** session 15: a sale that is the job or a fundraiser ("the City sells surplus at auction", "venden boletos"). */
    defam_sale_ok: [
      'auction', 'auctions', 'subasta', 'subastas', 'surplus', 'excedente', 'excedentes', 'tickets', 'boletos', 'passes', 'pases', 'memberships', 'membresias', 'fundraiser',
      'recaudar', 'bake sale', 'garage sale', 'venta de garage', 'rummage', 'officially', 'oficialmente', 'legally', 'legalmente', 'public sale', 'venta publica', 'govdeals',
      'the city sells', 'la ciudad vende', 'we sell', 'vendemos', 'for sale at', 'a la venta en', 'recycling program', 'programa de reciclaje', 'el cuento', 'the story', 'thrift', 'thrift store', 'to fund', 'para financiar', 'proceeds', 'segunda mano', 'second hand', 'secondhand',
    ],
    /** session 15: work billed that was never done, or sold as new. */
    defam_bill: [
      'bills', 'billed', 'billing', 'bill us', 'charging', 'charge us', 'invoiced', 'invoices', 'cobra', 'cobro', 'cobran', 'cobraron', 'cobrando', 'cobraba', 'cobraban',
      'factura', 'facturo', 'facturan', 'facturaron', 'facturando', 'le cobra', 'le cobran', 'nos cobra', 'nos cobran', 'nos cobro',
    ],
    defam_never_done: [
      'never did', 'never done', 'never finished', 'never delivered', 'never worked', 'never installed', 'never came', 'never showed', 'never fixed', 'never put in', 'never made',
      'never happened', 'never existed', 'never performed', 'never replaced', 'didn t do', 'didnt do', 'didn t deliver', 'didnt deliver', 'never does', 'never do',
      'nunca hizo', 'nunca hicieron', 'nunca hacen', 'nunca hace', 'nunca puso', 'nunca pusieron', 'nunca pone', 'nunca ponen', 'nunca entrego', 'nunca entregaron', 'nunca termino',
      'nunca terminaron', 'nunca instalo', 'nunca instalaron', 'nunca vino', 'nunca vinieron', 'nunca arreglo', 'nunca arreglaron', 'nunca cambio', 'nunca cambiaron', 'nunca se hicieron',
      'nunca existieron', 'no hizo nada', 'no hicieron nada', 'nunca se hizo', 'como nuevas', 'como nuevos', 'como nueva', 'como nuevo', 'as new', 'ghost employees', 'empleados fantasma',
      'viajes fantasma', 'ghost hours', 'horas fantasma', 'for brass', 'por usadas', 'por usados', 'used parts', 'cheap fittings', 'piezas usadas',
    ],
    /**
     * Round 9: an insinuation that frames the act as a claim without saying so ("yo no digo nada, pero…",
     * "saquen sus conclusiones", "just saying", "you didn't hear it from me"). It reads like a negation, so
     * the frame that uses it is not negatable.
     */
    defam_insinuate: [
      'no digo nada pero', 'yo no digo nada', 'no digo nombres', 'no voy a decir nombres', 'sin decir nombres', 'no doy nombres', 'saquen sus conclusiones',
      'saque sus conclusiones', 'ustedes saquen', 'ustedes juzguen', 'ahi se los dejo', 'ahi lo dejo', 'no lo dije yo', 'yo no dije nada', 'que casualidad',
      'draw your own conclusions', 'connect the dots', 'you do the math', 'do the math', 'i m just saying', 'im just saying', 'just saying', 'not naming names',
      'won t name names', 'wont name names', 'no names but', 'you didn t hear it from me', 'you didnt hear it from me', 'didn t hear it from me', 'i ll just leave this here',
      'ill just leave this here', 'just leaving this here', 'not saying anything but', 'i m not saying', 'im not saying',
    ],
    /** Reports, hotlines, fiction and denials. */
    defamation_guard: [
      // Round 9: praise of a bust ("buen trabajo de la policía").
      // Round 9: a phone pocketed, water poured on plants.
      'his phone', 'her phone', 'his keys', 'her keys', 'las plantas', 'plantas', 'plants', 'el jardin', 'garden', 'los arboles', 'trees', 'el pasto',
      'decian que', 'dijeron que', 'buen trabajo', 'good work', 'good job', 'great job', 'well done', 'desmantelaron', 'desmantelan', 'dismantled', 'busted a', 'busted the',
      'if', 'what if', 'imagine', 'movie', 'show', 'series', 'episode', 'netflix', 'book', 'novel', 'character', 'game', 'fake news', 'rumor', 'rumors',
      'not true', 'false', 'debunk', 'misinformation', 'would never', 'never would', 'never stole', 'never took', 'never been', 'nunca ha', 'report', 'reporting', 'hotline', 'tip line', 'prevention', 'awareness', 'training',
      'police said', 'press release', 'according to', 'was arrested', 'arrested a', 'arrested for', 'no es cierto', 'es falso', 'mentira', 'chisme',
      'denuncie', 'denuncia', 'reporte', 'campana', 'prevencion', 'scam alert', 'beware', 'phishing', 'pretending to be', 'se hacen pasar', 'posing as',
      'protect', 'protege', 'survivors', 'victims', 'victim', 'help is available', 'how to', 'tips', 'consejos',
      'suspect', 'suspects', 'officers', 'detectives', 'charged', 'investigating', 'detuvieron', 'sospechoso', 'sospechosos', 'acusado', 'acusados',
      'arrestaron', 'arrestado', 'arrestados', 'oficiales', 'agentes', 'investigan', 'informo', 'ocurrido', 'a mano armada',
      'forged by', 'detuvo', 'detienen', 'capturaron', 'arresto', 'arrests', 'arrested', 'por robo', 'for theft', 'supuestamente', 'allegedly', 'rumored', 'dicen que', 'they say', 'teacher', 'ley', 'law', 'has a', 'have you', 'did he', 'did she',
      // round 5: court outcomes and news reports
      'jury', 'they caught', 'police caught', 'finally caught', 'great work by', 'agarraron', 'atraparon', 'who stole', 'whoever stole', 'quien se robo', 'quien robo', 'el que se robo', 'la que se robo', 'charges', 'on charges', 'cargos', 'acquits', 'acquitted', 'cleared of', 'guilty', 'found guilty', 'convicted', 'sentenced', 'pleaded', 'plead', 'trial', 'verdict', 'indicted', 'culpable', 'sentenciado', 'sentenciada', 'condenado', 'condenada', 'jurado', 'veredicto', 'fiscalia', 'the da', 'da s office', 'district attorney', 'prosecutors', 'office said',
      // session 13 (lexicon): expired goods taken back, a cover-up or quota denied by policy.
      'take back', 'drop off', 'disposal', 'desechar', 'desecho', 'para tirar', 'recoleccion', 'collection event', 'there is no quota', 'no quotas', 'no hay cuotas',
      'entrega de', 'dia de entrega', 'entreguen', 'se aceptan', 'no se aceptan', 'reportelo', 'reportela', 'reportalo', 'reportenlo', 'si ve que', 'si ves que',
      'if you see', 'if you suspect', 'anonimo', 'anonima', 'anonymous', 'tabc',
    ],
    /** Jobs and businesses that make a person or business identifiable with a determiner ("the plant supervisor"). */
    accused_role: [
      'coworker', 'co worker', 'boss', 'supervisor', 'manager', 'director', 'chief', 'captain', 'sergeant', 'lieutenant', 'officer', 'cop', 'detective',
      'deputy', 'clerk', 'inspector', 'driver', 'dispatcher', 'lifeguard', 'librarian', 'firefighter', 'medic', 'paramedic', 'councilman', 'councilwoman',
      'councilmember', 'commissioner', 'mayor', 'city manager', 'coach', 'coordinator', 'doctor', 'vet', 'nurse', 'teacher', 'principal', 'contractor',
      'owner', 'landlord', 'accountant', 'lawyer', 'judge', 'neighbor', 'pastor', 'treasurer', 'auditor', 'foreman', 'crew lead', 'guard', 'fire marshal', 'code officer', 'crew chief', 'ranger', 'official', 'council member', 'representative', 'attorney', 'prosecutor', 'warden', 'jailer', 'mechanic',
      'plumber', 'electrician', 'roofer', 'realtor', 'dentist', 'pharmacist', 'physician', 'therapist', 'counselor', 'caseworker', 'social worker', 'sheriff', 'constable', 'jailer', 'bailiff', 'deputy chief', 'assistant chief', 'fleet manager', 'superintendent',
      'mecanico', 'plomero', 'electricista', 'albanil', 'velador', 'guardia', 'juez', 'jueza', 'medico', 'medica', 'dentista', 'licenciado', 'licenciada', 'trabajadora social', 'encargado', 'encargada', 'mayordomo', 'patron', 'patrona', 'casero', 'casera',
      'pump station', 'plant', 'clinic', 'restaurant', 'shop', 'bakery', 'dealership', 'company', 'firm',
      'companero', 'companera', 'jefe', 'jefa', 'supervisora', 'gerente', 'directora', 'oficial', 'agente', 'policia', 'inspectora', 'chofer',
      'despachadora', 'salvavidas', 'bibliotecaria', 'bibliotecario', 'bombero', 'concejal', 'concejala', 'regidor', 'regidora', 'alcalde',
      'alcaldesa', 'comisionado', 'coordinador', 'coordinadora', 'doctora', 'enfermera', 'enfermero', 'maestro', 'maestra', 'entrenador',
      'entrenadora', 'contratista', 'dueno', 'duena', 'contador', 'contadora', 'abogado', 'abogada', 'vecino', 'vecina', 'tesorero', 'tesorera',
      'mayordomo', 'capataz', 'clinica', 'veterinaria', 'taqueria', 'restaurante', 'llantera', 'taller', 'panaderia', 'empresa', 'compania',
    ],
    /** Damaging acts stated as fact (en). */
    damaging_act: [
      'stole', 'steals', 'is stealing', 'been stealing', 'stealing from', 'stealing money', 'pocketed', 'pockets cash', 'pocket cash', 'pockets the',
      'embezzled', 'embezzles', 'embezzling', 'skims', 'skimmed', 'skimming', 'takes bribes', 'took bribes', 'takes envelopes', 'took envelopes',
      'takes kickbacks', 'took kickbacks', 'taking money from', 'taking bribes', 'taking kickbacks', 'taking envelopes', 'sells permits', 'sells jobs', 'sells beer to minors', 'sells alcohol to minors', 'sells to minors', 'uses expired', 'serves expired', 'expired meat', 'takes cash from', 'took cash from', 'takes money from', 'took money from', 'on the take',
      'is drunk on', 'drunk on duty', 'drunk on the job', 'drunk at work', 'drunk on shift', 'drinks on shift', 'drinks on duty', 'drinks on the job',
      'drinks at work', 'shows up drunk', 'showed up drunk', 'comes in drunk', 'came in drunk', 'high every', 'always high', 'high on the job',
      'high at work', 'high on duty', 'high on shift', 'shows up high', 'does drugs', 'does coke', 'deals drugs', 'sells drugs', 'planted evidence',
      'plants evidence', 'falsified', 'falsifies', 'faked the', 'fakes the', 'cooked the books', 'cooks the books', 'lied under oath', 'is lying',
      'beats his', 'beats her', 'beat up', 'hits his kids', 'hits her kids', 'hits his wife', 'hits her husband', 'abuses kids', 'abused kids', 'abuses the', 'abused a', 'molested',
      'molests', 'touching a kid', 'touched a kid', 'touching kids', 'touching children', 'covered it up', 'covered up', 'covers up', 'knowingly',
      'rips off', 'ripped off', 'scammed', 'scams', 'defrauded', 'only pulls over', 'only stops', 'only tickets', 'only targets',
      'reading everyones', 'reads everyones', 'reading everyone s', 'reads everyone s', 'his dui', 'her dui', 'rigged', 'rigs the', 'fixes tickets', 'fixed tickets', 'wife beater', 'gets paid by', 'got paid by', 'get paid by', 'look the other way', 'looks the other way', 'writes fake', 'wrote fake', 'fake prescriptions', 'leaked my', 'leaked our', 'leaks our', 'rigs the bids', 'rigged the bids', 'selling scrap', 'that belongs to the city', 'cheats on his taxes', 'cheats on her taxes', 'pays his workers under', 'expired food', 'is cheating on', 'cheats on his', 'cheats on her', 'having an affair', 'sleeping with', 'sexually harassed', 'harasses the', 'groped', 'gropes', 'assaulted', 'has a record for', 'has a rap sheet', 'did time for', 'got a dui', 'was arrested for', 'deals', 'is dealing', 'sells drugs', 'sells weed', 'hired his', 'hired her', 'lies on his', 'lies on her', 'sleeps on the job', 'sleeps on shift', 'pays off', 'bribed', 'bribes', 'committed fraud', 'is a pedophile', 'is a predator', 'has rats', 'has roaches', 'that pay him', 'that pay her', 'who pay him', 'who pay her', 'pay him off', 'sells city', 'selling city', 'sold city', 'steals city', 'took city',
    ],
    /** Acts that are an accusation whoever does them (for subjects that are only a pronoun). */
    strong_act: [
      'embezzled', 'embezzles', 'embezzling', 'takes bribes', 'took bribes', 'taking bribes', 'takes kickbacks', 'took kickbacks', 'on the take',
      'drunk on duty', 'drunk on the job', 'drunk on shift', 'drinks on shift', 'drinks on duty', 'high on duty', 'high on the job', 'planted evidence',
      'falsified', 'falsifies', 'cooked the books', 'molested', 'touching kids', 'touched a kid', 'covered it up', 'committed fraud', 'stealing from',
      'se embolsa', 'se embolso', 'desvia fondos', 'desvio fondos', 'recibe sobornos', 'cobra mordidas', 'cobra moches', 'llega borracho',
      'llega borracha', 'llega drogado', 'falsifico', 'encubrio', 'se roba', 'se robo',
      // round 5: the same, acts that accuse whoever does them
      'dips into', 'dipped into', 'dipping into', 'mete la mano', 'metio la mano', 'sets fires', 'arson', 'insurance fraud', 'maquilla los numeros', 'desfalco', 'se lleva el diesel', 'steals gas', 'lets his buddies off',
      // round 7
      // round 9: bought and priced, skimming aid, odometers (round 9 entries of defam_act_said that accuse whoever does them)
      'signs off on anyone for', 'signs off on anything for', 'signs anything for', 'firma lo que sea por', 'firma cualquier cosa por', 'le pagan por debajo',
      'les pagan por debajo', 'rolls back odometers', 'rolls back the odometer', 'pocketed it', 'keeps a cut', 'tiene las manos muy largas', 'tiene las manos largas',
      'known dealers', 'known drug dealers', 'known dealer', 'drug dealers', 'son narcos', 'conocidos narcos', 'beat his wife', 'beats his wife', 'le pega a su esposa', 'golpea a su esposa', 'takes a kickback', 'took a kickback', 'grease his palm', 'le untaron la mano',
    ],
    /** Damaging acts stated as fact (es). */
    acto_danino: [
      'se roba', 'se robo', 'se robaron', 'roba dinero', 'se clava', 'se clavo', 'llega borracho', 'llega borracha', 'llega pedo', 'llega peda',
      'llega drogado', 'llega drogada', 'anda borracho', 'anda borracha', 'anda drogado', 'anda drogada', 'trabaja borracho', 'trabaja borracha',
      'trabaja drogado', 'toma en el trabajo', 'toma en el turno', 'maltrata', 'maltratan', 'les pega', 'le pega a', 'golpea a', 'golpea a sus',
      'abusa de', 'recibe sobornos', 'acepta sobornos', 'cobra mordidas', 'recibe mordidas', 'pide mordida', 'pide mordidas', 'encubrio',
      'encubre', 'falsifica', 'falsifico', 'estafa a', 'estafo a', 'defraudo', 'lee los correos', 'revisa los correos', 'planto evidencia',
      'nunca regreso', 'arregla multas', 'amana', 'bajo la mesa', 'por debajo de la mesa', 'por debajo del agua', 'vende plazas', 'cobra por las plazas', 'vende permisos', 'les roba a', 'le roba a', 'nos roba', 'roba a los', 'roba a la', 'roba a sus', 'robandole', 'vende cerveza a menores', 'vende alcohol a menores', 'vende a menores', 'usa carne', 'le ponen carne de', 'golpeador', 'se lleva dinero', 'se lleva el dinero', 'se llevan dinero', 'se llevo dinero', 'recibe dinero de', 'recibe lana de', 'de los narcos', 'con los narcos', 'comida echada a perder', 'echada a perder', 'anda con la esposa', 'anda con el esposo', 'engana a su', 'tiene antecedentes', 'vende droga', 'vende drogas', 'vende mota', 'es narco', 'cobra moches', 'se embolsa', 'se embolso', 'desvia fondos', 'desvio fondos', 'se agarra el dinero', 'se agarro el dinero', 'acosa a', 'manosea', 'tiene orden de arresto', 'contrata a sus', 'contrato a su', 'hace trampa', 'duerme en el turno', 'se duerme en el trabajo', 'tiene ratas', 'tiene cucarachas', 'que le pagan', 'que le dan mordida', 'vende material de la ciudad', 'se lleva material de la ciudad',
    ],

    /** Round 6: a claim marked as known or witnessed fact (the "stated as fact" half). */
    defam_fact: [
      'everybody knows', 'everyone knows', 'every one knows', 'we all know', 'all of us know', 'todos saben', 'todos sabemos', 'todos lo saben', 'todo mundo sabe',
      'todo el mundo sabe', 'todo el barrio lo sabe', 'todo el barrio sabe', 'toda la colonia sabe', 'todos lo hemos visto', 'lo hemos visto', 'ask anybody', 'ask anyone',
      'pregunten a quien sea', 'pregunten a cualquiera', 'lo se de buena fuente', 'de buena fuente', 'thats a fact', 'that s a fact', 'its a fact', 'it s a fact',
      'es un hecho', 'i saw it myself', 'saw it with my own eyes', 'i watched her', 'i watched him', 'i watched them', 'i ve seen it', 'ive seen it',
      'yo lo vi', 'yo la vi', 'lo vi con mis propios ojos', 'my cousin works there', 'mi primo trabaja ahi',
      'my nephew told me', 'everyone at', 'everybody at', 'everyone knows it', 'todos lo saben', 'aunque lo niegue',
      'aunque el lo niegue', 'aunque ella lo niegue', 'i smelled it', 'ive smelled it', 'i ve smelled it', 'lo he olido', 'the department covered it up', 'the city is hiding it',
      // round 7: more ways of marking a claim as known, witnessed or proven
      'no lie', 'no miento', 'believe me', 'creanme', 'se los juro', 'te lo juro', 'les juro', 'i swear', 'i have proof', 'i have the proof', 'tengo pruebas', 'tengo las pruebas',
      'tengo la copia', 'tengo copia', 'tengo fotos', 'tengo video', 'tengo el video', 'i have pictures', 'i have video', 'i have receipts', 'i got receipts', 'i have the receipts',
      'tengo capturas', 'lo sabe', 'lo saben', 'lo sabemos', 'todos lo sabemos', 'todo el turno', 'toda la estacion', 'toda la oficina', 'todo el departamento', 'everybody in the',
      'everyone in the', 'everybody on the', 'all of us know', 'nadie dice nada', 'nadie hace nada', 'nobody says anything', 'nobody does anything', 'no one does anything',
      'no one says anything', 'we can t touch', 'we cant touch', 'can t touch them', 'no podemos hacer nada', 'es bien sabido', 'es sabido', 'no es secreto', 'not a secret',
      'no secret', 'open secret', 'secreto a voces', 'i know for a fact', 'for a fact', 'yo estaba ahi', 'i was there', 'lo he visto', 'he s done worse', 'hes done worse',
      'ha hecho cosas peores', 'done worse', 'trust me',
      // Round 9: the writer's own check or job as the proof ("yo lo inspeccioné", "I work there, I know what I'm saying").
      'yo los revise', 'yo lo revise', 'yo la revise', 'yo las revise', 'lo revise yo', 'yo lo inspeccione', 'yo la inspeccione', 'yo los inspeccione', 'yo trabajo ahi',
      'se lo que digo', 'i inspected it', 'i inspected them', 'i checked them myself', 'i checked it myself', 'i work there', 'i know what i m talking about',
      'i know what im talking about', 'i handled the file', 'yo lleve el caso', 'i processed it myself',
    ],
    /** Round 6: more wrongdoing said as fact: drink and drugs as a habit, poisoning, favours, cruelty, a firing for theft. */
    defam_more: [
      'showed up high', 'shows up high', 'drinking on shift', 'drinking on the job', 'drinking on duty', 'been drinking on', 'keeps a flask', 'flask in his desk',
      'flask in her desk', 'cokehead', 'crackhead', 'methhead', 'junkie', 'alcoholico', 'alcoholica', 'es un alcoholico', 'es una alcoholica', 'es una borracha',
      'es un borracho', 'una borracha', 'un borracho', 'se emborracha', 'se emborrachan', 'drive drunk', 'drives drunk', 'driving drunk', 'maneja borracho', 'maneja borracha',
      'se la pasa drogado', 'se la pasa drogada', 'se la pasa borracho', 'se la pasa borracha', 'huele a vino', 'huele a alcohol', 'huele a cerveza', 'oliendo a tequila',
      'oliendo a alcohol', 'oliendo a cerveza', 'gets drunk', 'get drunk', 'drunk at', 'high at', 'salmonela', 'salmonella', 'food poisoning', 'with mold', 'mold on', 'moho', 'rotten', 'le echa agua', 'les da pastillas',
      'pastillas para dormir', 'cocinan gatos', 'cocinan perros', 'cocina gatos', 'cocina perros', 'usa carne de', 'uses dog meat', 'euthanizes the healthy', 'euthanizes healthy',
      'le pago al', 'le pagaron al', 'le paga al', 'le pagan al', 'para que le aprobara', 'para que le aprueben', 'vende las multas', 'se las quita', 'te la quita', 'se acosto con',
      'se acuesta con', 'anda con el jefe', 'anda con la jefa', 'anda con el tesorero', 'anda con un casado', 'anda con una casada', 'es prostituta', 'hits on students', 'hits on the', 'golpeo a', 'le rompio', 'tortures', 'tortura animales',
      'sadist', 'dwi', 'lied under oath', 'leaked the', 'fired from', 'was fired for', 'got fired for', 'lo corrieron por', 'la corrieron por', 'la corrieron de', 'lo corrieron de',
      'for stealing', 'por robar', 'por ratero', 'por ratera', 'takes cash', 'toma dinero', 'recibe dinero', 'se roban', 'lo revenden', 'los revenden', 'revende',
    ],
  },
  frames: [
    {
      id: 'judgement.defamation.identified_claim',
      category: 'defamation',
      message: MESSAGE,
      negatable: true,
      cooccur: [
        // Round 9: 10 words apart, not 8 (a relative clause between who and act: "Dr. X, who does the city's physicals, is a fraud").
        { all: [['person_ref', 'title', 'defam_business', 'accused_role', 'defam_who_more'], ['defam_claim', 'defam_wrong', 'defam_more', 'defam_act_said']], within: 10, unless: ['defamation_guard'], guardWithin: 5 },
        // Round 6: stated as known or witnessed fact + a wrongdoing, whoever it names (a business by its own name is in no class).
        { all: ['defam_fact', ['defam_claim', 'defam_wrong', 'defam_more', 'damaging_act', 'acto_danino', 'defam_act_said']], within: 14, unless: ['defamation_guard'], guardWithin: 5 },
      ],
      // Round 7: the claim, then its proof in the next sentence ("… showed up high. Everyone at Station 22 knows it").
      patterns: ['(?:{defam_claim}|{defam_wrong}|{defam_more}|{damaging_act}|{acto_danino}|{defam_act_said}) (?:[^ .]+ ){0,6}\\. (?:[^ .]+ ){0,4}{defam_fact}'],
      examples: {
        hit: ['The owner of Garza Roofing took the money and ran, left the job half done', 'El contratista de la Pellicano se llevó el anticipo y dejó la obra a medias', 'The vet on Zaragoza killed my dog with the wrong shot, they cover it up', 'El de la llantera de la Alameda vende piratas y contrata ilegales, todo el barrio sabe', 'Councilman Ortiz paid for his Vegas trip on the city\'s dime', 'Everyone at Streets knows Supervisor Garza gets a cut of every asphalt contract', 'El dueño de la Farmacia San José vende medicinas caducadas, no le compren', 'Judge Ramirez is on the cartel\'s payroll, everybody in the courthouse knows it', 'Ojo con la inmobiliaria Sunland, se quedaron con el depósito de mi hermana',
          'El encargado del yonke le pone al cristal desde temprano, todo el barrio lo sabe.',
          'Our fleet supervisor has sticky fingers, half the tools in the shop go home with him.',
          'La jueza de la corte municipal está comprada por las grúas, tengo pruebas.',
          'The crossing guard on Zaragoza puts his hands on his wife. Everybody on the block knows it.',
          'The owner of that body shop on Dyer overcharges everybody and puts in used parts.',
          'Everyone knows the towing company on Alameda pays kickbacks to get the city contract',
          'Ramiro from fleet has been skimming fuel cards for two years',
          'El dueño de la taquería de la Montana usa carne echada a perder, no vayan',
          'the night supervisor at the plant shows up drunk every other Friday',
          'The owner of the tire shop on Yarbrough dips into the church building fund, everybody knows.',
          'El encargado del almacén se lleva el diésel de las trocas cada fin de semana',
          'Everybody knows Panadería La Rosa sells bread with mold on it, my cousin works there.',
          'La señora de la fonda de la Alameda tiene salmonela en la cocina, todo el barrio lo sabe.',
          'The guy who runs the gym on Mesa drives drunk every Friday, I saw it myself.',
          'Mi supervisora se emborracha en el almuerzo y así regresa a firmar permisos.',
          // Round 9: priced, hands in the till, a cut of the aid, sold as new, drunk and hidden, hidden owners, first-hand proof.
          'El inspector de la zona norte es un vendido, te arregla cualquier cosa si le das lo suyo.',
          'The permit examiner on the 3rd floor has his price, ask any contractor who got a rush approval.',
          'El tesorero de la liga tiene las manos muy largas, cada torneo falta lana de las inscripciones.',
          'The used car lot on Montana rolls back the odometer on every truck it sells to the city.',
          'The night foreman is a useless drunk, we find him passed out in the pump house every week.',
          'El regidor tiene las casas de renta a nombre de su cuñado para que nadie sepa.',
          'The landscaping company on the parks contract bills the city for mowing it never does, I inspected it.',
        ],
        miss: ['The roofing contractor finished the job half a day early, thanks Garza Roofing!', 'The vet on Zaragoza offers free rabies shots Saturday, bring your dog on a leash', 'Es ilegal estacionarse frente a la llantera, el inspector pasa los martes', 'Día de entrega de medicamentos caducados: la farmacia del centro los recibe sin preguntas', 'If you see a store selling alcohol to minors, report it to TABC, it is anonymous',
          'The crossing guard on Zaragoza helps the kids across every morning, the whole block loves him.',
          'Police said the man who set the fire was arrested Tuesday.',
          'Car break-ins are up on the Westside. Lock your doors, trust me.',
          'The body shop on Dyer passed its inspection, nice job.',
          'Report fraud, waste and abuse to the city auditor hotline at 311',
          'Police said the store owner was the victim of a robbery on Tuesday',
          'The contractor finished the park restrooms two weeks early, great job',
          'La tienda de la esquina dona pan a la despensa cada viernes',
          'The jury found the landlord guilty of insurance fraud on Monday.',
          'Everybody knows the tacos at Chuco\'s are the best in town, I saw the line myself.',
          'Arrested today: a man on charges of bribing an inspector, who reported it right away.',
          'Who stole my yogurt from the break room fridge again?',
          // Round 9
          'Por fin desmantelaron la banda que robaba cobre, buen trabajo de los detectives.',
          'The dealership sold us those trucks as new in 2019 and they still run great.',
          'El tesorero explicó de dónde salió el dinero para las bancas del parque.',
          'Our landscaping contractor bills the city monthly for mowing, invoices are on the portal.',
        ],
      },
    },
    {
      // Round 9: an act framed by an insinuation ("yo no digo nada, pero el de RH contrató a su sobrina sin concurso").
      id: 'judgement.defamation.insinuated_claim',
      category: 'defamation',
      message: MESSAGE,
      cooccur: [{ all: ['defam_insinuate', ['defam_claim', 'defam_wrong', 'defam_more', 'defam_act_said', 'damaging_act', 'acto_danino']], within: 14, unless: ['defamation_guard'], guardWithin: 5 }],
      examples: {
        hit: [
          'Yo no digo nada, pero el de compras contrató a su sobrino sin concurso. Saquen sus conclusiones',
          'Not naming names, but somebody in fleet pocketed it and the tires never came',
          'you didn\'t hear it from me but the warehouse lead rolls back odometers on the auction trucks',
        ],
        miss: [
          'Yo no digo nada, pero la nueva ruta del camión está mejor que la anterior',
          'Just saying, the splash pad closes at 6 on Sundays',
          'Not naming names, but someone left their lunch in the fridge since June 😂',
        ],
      },
    },
    {
      id: 'judgement.defamation.titled_name_act',
      category: 'defamation',
      message: MESSAGE,
      patterns: [
        // "Capt. Villareal drinks on shift", "Officer D. Kemp only pulls over…", "la licenciada Fuentes se roba…"
        `{title} (?:\\. )?(?:[a-z] \\. )?[a-z]+ ${GAP(6)}${ACT}`,
        // Round 4: named in one sentence, the act in the next ("Ask our examiner, Mr. Delgado. He sits on them until…").
        `{title} (?:\\. )?(?:[a-z] \\. )?[a-z]+ [^.]{0,60}\\. (?:he|she|hes|shes|he s|she s|el|ella|le|les|se)? ?${GAP(5)}${ACT}`,
      ],
      examples: {
        hit: [
          'Inspector Delgado takes envelopes from every food truck on Mesa.',
          'Everyone at the yard knows Sgt. Mendoza drinks on duty.',
          'Councilwoman Ruiz took $20k from the towing company last year.',
          'La licenciada Ortiz se queda con el dinero de las multas.',
          'El Lic. Carrillo recibe sobornos de las constructoras, yo lo vi.',
        ],
        miss: [
          'Inspector Delgado explained the whole permit process to my mom. Great guy.',
          'Sgt. Mendoza retires Friday after 30 years, cake at 3.',
          'Councilwoman Ruiz voted against the towing contract last night.',
          'La licenciada Ortiz nos explicó muy bien el trámite.',
        ],
      },
    },
    {
      id: 'judgement.defamation.named_act',
      category: 'defamation',
      message: MESSAGE,
      patterns: [
        // "Kevin is reading everyone's emails", "Maricela se queda con el dinero…", "Manny R. was fired… for touching a kid"
        `{given_name} (?:[a-z] \\. )?${GAP(7)}${ACT}`,
      ],
      examples: {
        hit: [
          'Heads up, Ricardo in purchasing has been stealing from the petty cash box.',
          'Yesenia from billing falsified the overtime sheets for her whole crew.',
          'Gustavo anda borracho todo el turno y nadie le dice nada.',
          'Cuidado con Norma la de la ventanilla, se roba el cambio.',
        ],
        miss: [
          'Ricardo in purchasing helped me find the petty cash form, thank you!',
          'Yesenia from billing is the best, she fixed my account in 5 minutes.',
          'Gustavo trabaja doble turno esta semana, échenle porras.',
          'The movie about the bank robber who stole millions was great.',
        ],
      },
    },
    {
      id: 'judgement.defamation.role_act',
      category: 'defamation',
      message: MESSAGE,
      patterns: [
        // A person by title or role, then a damaging act said as fact: "Dr. Patel ... is a fraud who sells
        // prescriptions", "Commissioner Vega faked his degree", "el alcalde compró los votos".
        '(?:{person_role}|dr|doctor|doctora|owner|owners|commissioner|judge|alcalde|alcaldesa|comandante|dueno|duena|regidor|regidora|licenciado|licenciada|concejal|diputado|diputada)(?: [^ .]+){0,6} (?:is a fraud|is a crook|is a thief|is a con artist|faked (?:his|her|their)|fakes (?:his|her|their)|lied about (?:his|her|their) (?:degree|record|résumé|resume|license)|poisons|poisoned|waters down|sells (?:prescriptions|pills|drugs|dope)|deals (?:drugs|pills|dope) on the side|works for the cartel|works for the cartels|is on the cartels payroll|trabaja para el cartel|trabaja para los carteles|trabaja para la mafia|esta con el cartel|compro (?:los |unos )?votos|compra (?:los )?votos|vende carne de (?:perro|gato|caballo|rata|burro)|le da carne de (?:perro|gato)|falsifico (?:su|el|los)|es un corrupto|es una corrupta|es un ratero|es una ratera|es un fraude|es una fraude|es un estafador|es una estafadora)(?![^ .])',
        // "the code inspector for District 6 takes envelopes", "la doctora los maltrata", "the plant supervisor covered it up"
        // Tried at the job word (rare) rather than at every "the"/"la"; the determiner is checked behind it.
        `{accused_role}(?<=(?:^|[ .])(?:the|that|this|our|my|your|el|la|ese|esa|este|esta|mi|nuestro|nuestra|al|del|those|these|esos|esas|estos|estas) (?:[^ .]+ ){0,2}[^ .]*(?: [^ .]+)?)(?<!(?:jury|acquits|acquitted|convicts|convicted|sentences|sentenced|charges|charged|indicts|indicted|arrests|arrested|jurado|absuelve|absuelven|condena|condenan|sentencia|detienen|arrestan)(?: [^ .]+){0,5}) ${GAP(7)}${ACT}`,
      ],
      examples: {
        hit: [
          'The night dispatcher at the north station is drunk on duty half the time.',
          'Our building inspector takes kickbacks from the big developers.',
          'El chofer de la ruta 9 llega drogado casi diario.',
          'La gerente de la alberca se quedó con las cuotas de los niños.',
          'That contractor on the Mesa job sells stolen copper, I saw it.',
          // Round 9: a cut of the aid kept back, something bought with the fund.
          'La coordinadora del programa de despensas se queda con la mitad de los vales.',
          'Our treasurer bought herself a new boat with the league money last summer.',
        ],
        miss: [
          'The night dispatcher at the north station got an award today!',
          'Our building inspector explained the new code changes at the meeting.',
          'Police say the suspect stole a car and was arrested on Dyer.',
          'El chofer de la ruta 9 siempre llega temprano, qué buen servicio.',
          'That new pothole on Mesa stole my hubcap lol',
          'Jury acquits former El Paso firefighter in arson case, KVIA reports.',
        ],
      },
    },
    {
      id: 'judgement.defamation.pronoun_strong_act',
      category: 'defamation',
      message: MESSAGE,
      patterns: [
        // "Our new director? He embezzled from his last city." A pronoun only points at someone named
        // before, so only acts that are always an accusation count (never "stole my heart").
        '(?:he|she|hes|shes|he s|she s|ella|they|they re|theyre|both|ambos|los dos) (?:[^ .]+ ){0,2}{strong_act}',
      ],
      examples: {
        hit: [
          'Our new director? He embezzled from his last city and nobody checked.',
          'Trust me, he\'s been drunk on duty twice this month.',
          'Ella se embolsó el dinero del fondo de becas, todos lo saben.',
        ],
        miss: ['He stole my heart at the Fourth of July parade 🥹', 'She took the money to the bank for the bake sale.', 'Él nos ayudó con el trámite, muy amable.'],
      },
    },
    {
      id: 'judgement.defamation.pointed_act',
      category: 'defamation',
      message: MESSAGE,
      negatable: true,
      patterns: [
        // A person already pointed at ("he", "le", the previous sentence) called a thief or seller of stolen goods: "Es un ratero".
        '(?:es|he s|hes|she s|shes|he is|she is) (?:un |una |a )?(?:ratero|ratera|ladron|ladrona|estafador|estafadora|transa|thief|crook|con artist|scammer)(?! (?:de|of) (?:corazones|hearts))',
        '(?:le|les) (?:vende|vendio|venden) (?:[a-z]+ ){0,2}(?:robadas|robados|falsas|falsos)',
        // session 15: called corrupt or a criminal ("she's a fraud", "es un corrupto", "son unos delincuentes").
        '(?:he s|hes|she s|shes|he is|she is|they re|theyre|they are) (?:a |so |such a |totally |completely )?(?:corrupt|crooked|fraud|criminal|criminals|crook|crooks|thieves|embezzler)(?! (?:defense|justice|law|record|records|case|cases|court|lawyer|attorney|investigator))(?![^ .])',
        '(?:es|son) (?:un|una|unos|unas) (?:corrupto|corrupta|corruptos|corruptas|delincuente|delincuentes|rateros|rateras|ladrones|estafadores|transas|malandro|malandros|narco|narcos)(?![^ .])',
      ],
      examples: {
        hit: [
          'He charged my grandpa for a roof he never fixed. He is a thief and everyone on the block knows it.',
          'Le pagamos la obra completa y nunca volvió. Es un ratero.',
          'Le vende llantas robadas a la misma ciudad, yo vi las facturas.',
          'Our zoning officer signs whatever his buddies bring in. He\'s crooked and the whole counter knows.',
          'Ese regidor se sirve solo, es un corrupto de los de antes.',
        ],
        miss: ['The thief was caught on camera at the library.', 'Es un ladrón de corazones jaja', 'Report stolen property to the police non-emergency line.',
          'The raccoons are thieves, they got into the park trash again.', 'Los cuidadores del zoológico son unos genios con los animales.'],
      },
    },
    {
      // session 15: something held in trust sold on the side (city tools, seized goods, exam answers, people's data).
      id: 'judgement.defamation.sold_on_the_side',
      category: 'defamation',
      message: MESSAGE,
      negatable: true,
      cooccur: [{ all: ['defam_sell', 'defam_entrusted'], within: 5, ordered: true, unless: ['defamation_guard', 'defam_sale_ok'], guardWithin: 8 }],
      examples: {
        hit: [
          'The parts clerk at the bus yard sells parts off our buses to a shop in Canutillo.',
          'El velador del patio vende la gasolina de la ciudad a sus cuates por garrafón.',
          'That deputy at the jail sells the seized phones out of his trunk.',
          'La del archivo vende los expedientes a los abogados, cobra por cada copia.',
          'Our proctor sold the answer key to half the applicants.',
        ],
        miss: [
          'The City sells surplus city vehicles at auction every spring, details on the website.',
          'La ciudad vende en subasta los vehículos decomisados, consulte las bases.',
          'Don Beto vende los mejores tacos de la ciudad.',
          'The thrift store sells the donations to fund the shelter, thank you for giving.',
        ],
      },
    },
    {
      // session 15: work billed that was never done, or used parts billed as new.
      id: 'judgement.defamation.billed_never_done',
      category: 'defamation',
      message: MESSAGE,
      cooccur: [{ all: ['defam_bill', 'defam_never_done'], within: 8, ordered: true, unless: ['defamation_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'The landscaping outfit on the parks contract bills us for visits they never made.',
          'Esa compañía de limpieza le cobra a la ciudad horas que nunca hicieron.',
          'The garage the fleet uses bills for new brakes and puts in used parts.',
          'El taller factura llantas como nuevas y son de uso.',
        ],
        miss: [
          'If a contractor bills you for work never done, report it to the consumer hotline.',
          'The vendor billed us on time and the work was finished early.',
          'Nos cobraron la cuota del parque, nunca habíamos ido, qué bonito está.',
        ],
      },
    },
    {
      // session 15: goods stolen, spoiled or faked traded as a habit ("compra carne robada", "sells expired formula", "vende carne de burro").
      id: 'judgement.defamation.bad_goods',
      category: 'defamation',
      message: MESSAGE,
      negatable: true,
      cooccur: [{ all: ['defam_trade', 'defam_bad_goods'], within: 4, ordered: true, unless: ['defamation_guard', 'defam_trade_ok'], guardWithin: 8 }],
      examples: {
        hit: [
          'The corner store on Alameda sells expired baby formula, my cousin saw the dates.',
          'El de los elotes compra queso robado en la pulga y lo revende en la plaza.',
          'Esa taquería sirve carne echada a perder, por eso nadie del barrio come ahí.',
        ],
        miss: [
          'Never buy counterfeit car seats online, here is how to spot one.',
          'La tiendita vende hot dogs y tacos de perro caliente los viernes.',
          'The food bank never serves expired cans, volunteers check every date.',
        ],
      },
    },
    {
      // session 15: someone named, and the damaging act said as the start of the next sentence ("… la regidora Lozano? Porque se roba las becas").
      id: 'judgement.defamation.act_next_sentence',
      category: 'defamation',
      message: MESSAGE,
      negatable: true,
      patterns: [
        // A bare "Rigged." after a result is a sore loser's joke about a game, not a charge (session 15, round 6 dev alarm).
        `(?:{person_ref}|{title}|{accused_role}|{defam_who_more}|{defam_business}) ${GAP(9)}\\. (?!rigged (?:\\.|i |we |lol|lmao))(?:(?:pues )?porque |because |cause |y |and |also |ademas |tambien |se llama [^ .]+ (?:[^ .]+ )?y )?(?:(?:he|she|el|ella|hes|shes|he s|she s|they|ellos) )?(?:{strong_act}|{acto_danino}|{damaging_act}|{defam_act_said})(?! (?:the show|my heart|our hearts|the spotlight|el show|mi corazon|the game|second|third|home|a base|the ball))`,
      ],
      examples: {
        hit: [
          'Ojo con la tesorera de la liga. Se robó las inscripciones del torneo.',
          'Why does our fleet supervisor drive a new Tahoe? Because he pocketed the auction money.',
          'Ever wonder how the permit clerk got that boat? She takes kickbacks from the builders.',
        ],
        miss: [
          'Our fleet supervisor retired Friday. He stole the show at his own party!',
          'La tesorera de la liga presentó las cuentas. Todo cuadra, gracias.',
        ],
      },
    },
    {
      // session 15: let go for a wrong, said of someone else ("was fired from his last job for touching kids", "la corrieron por ratera").
      id: 'judgement.defamation.fired_for',
      category: 'defamation',
      message: MESSAGE,
      patterns: [
        '(?<!(?:^|[ .])(?:i|we|you|yo|nosotros|me) (?:[^ .]+ )?)(?:was|got|were|been|gets|get) (?:[^ .]+ )?(?:fired|terminated|let go|canned|dismissed|forced out|run out|kicked out|sacked) (?:[^ .]+ ){0,5}(?:for|over) (?:[^ .]+ ){0,2}{defam_misconduct}',
        '(?<!(?:^|[ .])(?:me|nos) )(?:lo|la|los|las|le) (?:corrieron|despidieron|echaron|botaron|sacaron|corrio|despidio|corren|despiden) (?:[^ .]+ ){0,5}por (?:[^ .]+ ){0,2}{defam_misconduct}',
      ],
      examples: {
        hit: [
          'Ask the new fleet manager why he was let go from his last city for padding overtime.',
          'That coach got fired from his last school for groping a student, look it up.',
          'Al nuevo de compras lo corrieron de Laredo por andar cobrando mordidas.',
          'A la cajera de la sucursal la despidieron por robarse el efectivo, ya todos saben.',
        ],
        miss: [
          'I got fired for being late once in 2009, now I run the department lol.',
          'Employees who steal can be fired for theft, it is in the handbook.',
          'Me corrieron por llegar tarde y ahora tengo mi propio negocio.',
          'The player was let go for salary cap reasons, sad day for the fans.',
        ],
      },
    },
  ],
};
