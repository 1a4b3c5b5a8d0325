import type { CategoryJudgement } from '../types';
import { SHARED_WORDS } from '../shared';
import { SLURS as EN_SLURS, INNOCENT_SENSES as EN_SENSES } from '../../lexicons/en/words';
import { SLURS as ES_SLURS, INNOCENT_SENSES as ES_SENSES } from '../../lexicons/es/words';
import { SEXUAL_REMARK_PATTERNS } from './sexual';
import { SLUR_AT_PERSON_PATTERNS } from './slur';

/** Words of person_role that are also interjections or generic ("man, this game is trash", "dude"): not a target by themselves. */
const GENERIC_PEOPLE = new Set(['man', 'guy', 'dude', 'woman', 'lady', 'resident', 'customer', 'caller', 'neighbor', 'senora', 'senor', 'muchacha', 'muchacho', 'el de', 'la de', 'el del', 'la del', 'vecinos']);

/** The lexicon's plain slur words (no wildcards), minus those with an innocent sense ("dyke" the levee). */
const ambiguous = new Set([...Object.keys(EN_SENSES), ...Object.keys(ES_SENSES)]);
// "mong" is also the end of "among" written apart ("a-mong").
const slurWords = [...EN_SLURS, ...ES_SLURS].filter((w) => !/[*^]/.test(w) && !ambiguous.has(w) && !/^mongs?$/.test(w));

/**
 * session 15: given names and nicknames the shared list lacks (older Anglo names, Hispanic nicknames), to tell a named coworker
 * ("Darlene, everyone laughs at you", "el Chente de la grúa"). Names that are ordinary words are left out, as in shared.ts.
 */
const GIVEN_NAME_MORE = [
  'darlene', 'lorraine', 'belinda', 'yvonne', 'deborah', 'debra', 'gerald', 'ernie', 'sylvia', 'walt', 'walter', 'stevie', 'pam', 'pamela', 'nestor', 'mireya',
  'chente', 'chayo', 'doug', 'randy', 'ronnie', 'donnie', 'earl', 'dwayne', 'wayne', 'leroy', 'marlene', 'shirley', 'beverly', 'brenda', 'cindy', 'wanda',
  'gladys', 'doris', 'mildred', 'barbara', 'betty', 'judy', 'peggy', 'sheila', 'rhonda', 'tammy', 'kathleen', 'trish', 'becky', 'vicky', 'terri',
  'tiffany', 'brianna', 'kayla', 'jenny', 'jess', 'jessie', 'dylan', 'cody', 'brent', 'kurt', 'todd', 'greg', 'jeff', 'phil', 'rick', 'ricky',
  'danny', 'eddie', 'marty', 'stan', 'fred', 'carl', 'ralph', 'vince', 'abelardo', 'aurelio', 'chelo', 'chencho', 'chava', 'chuyito', 'goyo',
  'licha', 'lencho', 'meche', 'moncho', 'nacha', 'nena', 'pepe', 'quique', 'rigo', 'tere', 'yoli', 'yola', 'cuca', 'fito',
  'delia', 'elvia', 'imelda', 'maritza', 'nohemi', 'ofelia', 'reyna', 'rosalinda', 'xochitl', 'zulema', 'araceli', 'griselda', 'leonel', 'rodrigo', 'ulises',
  'ivette',
];

/**
 * harassment: name-calling, demeaning, body-shaming, mocking speech or disability, bullying, and
 * sexual remarks, aimed at a person or a group (named or described). Criticism of someone's work
 * or a policy ("the new schedule is a joke") names no person, so it is not matched. En and es
 * side by side.
 *
 * Families (round 6, session 10, from round 6's dev part), each a person (named, described, pointed
 * at) + a put-down in one sentence:
 * - body, looks, smell, voice, age, disability nicknames and sexuality mocked, intelligence put
 *   down, profane name-calling at the person: person_put_down (demeaning_strong), mock_body
 *   ("la gordita de la ventanilla", "ese cieguito que atiende");
 * - a group + contempt (origin, faith, age, class, housing): group_dehumanized (dehumanize within 8,
 *   group_contempt within 14);
 * - flooding a person's page or account: pile_on;
 * - a slur as what a person is or the one pointed at: slur_at_people;
 * - a sexual remark, rumour or request for nudes aimed at a person: sexual_at_person (sexual.ts's
 *   classes).
 */
/** Bare pronouns: enough to point at someone next to a put-down that only fits people, too loose next to a word that also fits things ("thank you, clowns"). */
const BARE_PRONOUNS = new Set(['you', 'u', 'ya', 'your', 'ur', 'he', 'she', 'him', 'her', 'hes', 'shes', 'he s', 'she s', 'his', 'tu', 'usted', 'ella']);

/** Who a strong put-down can point at: anyone named, described, or addressed (not a thing). */
const PERSON_ANY: string[] = [
  'you', 'u', 'ya', 'your', 'ur', 'he', 'she', 'him', 'her', 'hes', 'shes', 'he s', 'she s', 'his', 'tu', 'usted', 'ella', 'el tipo', 'la tipa',
  'lady', 'guy', 'dude', 'woman', 'man', 'chick', 'gal', 'mujer', 'hombre', 'senora', 'senor', 'vieja', 'viejo', 'morra', 'vato', 'wey',
  'la de la', 'el de la', 'la del', 'el del',
  // Round 6: a person pointed at by a gesture or a short description ("miren al", "the probie", "esos del condado").
  'miren al', 'miren a la', 'mira al', 'mira a la', 'vean al', 'vean a la', 'veanle', 'esos de', 'esos del', 'esas de', 'esas del', 'ese wey', 'ese bato', 'ese vato',
  'probie', 'rookie', 'the probie', 'the rookie', 'meter reader', 'chief of staff', 'aide', 'deputy clerk', 'mija', 'mijo',
  'tesorero', 'tesorera', 'ingeniero', 'ingeniera', 'recepcionista', 'encargado', 'encargada', 'velador', 'barrendero', 'cobrador', 'cobradora',
  // Round 9 (s12-ja): vendors and workers pointed at, and groups of women pointed at ("las de la oficina").
  'las de', 'las del', 'elotero', 'el elotero', 'la elotera', 'paletero', 'el paletero', 'taquero', 'el taquero', 'vendedor', 'vendedora', 'el vendedor',
  'la vendedora', 'the vendor', 'the elote guy', 'mesero', 'mesera', 'cocinera', 'el del puesto', 'la del puesto', 'karens', 'the karens', 'those karens', 'sweetie',
  // Round 9 (s12-ja): a crew pointed at ("los de la ventanilla").
  'los de la', 'los del',
  // Round 9 (s12-ja), third pass: a crew pointed at.
  'the guys at', 'the guys in', 'those guys', 'these guys',
  // Round 9 (s12-ja), third pass: people named by looks as a nickname.
  'la guera', 'el guero', 'la flaca', 'el flaco', 'la chaparra', 'el chaparro', 'la morena', 'el moreno',
  // session 13 (lexicon): a coworker named by their department ("la de contabilidad", "el de archivo"), as sexual.ts's sex_target already does.
  'la de', 'el de',
  // session 15: a person pointed at after "a"/"al" ("al del 311", "a la de recepción"), called to ("compa", "sweetie", "sir"), or by a name the
  // shared list lacks (given_name_more).
  'al del', 'al de', 'a la de', 'a la del', 'a las de', 'a los de', 'whoever', 'my assistant', 'mi asistente', 'my partner', 'our friend', 'el chamaco', 'ese chamaco', 'la chamaca',
  'del de', 'del del', 'miren la', 'esa que', 'ese que', 'capitan', 'el capitan', 'la capitana', 'teniente', 'sargento', 'comandante', 'comisionado',
  'comisionada', 'el comisionado', 'la comisionada', 'asistente', 'la chofer', 'el chofer',
  'el becario', 'la becaria', 'cadet', 'cadete', 'recruit', 'el probie', 'la custodia', 'el custodio', 'mijita', 'mijito', 'senito', 'la senito',
  ...GIVEN_NAME_MORE,
];

export const harassment: CategoryJudgement = {
  words: {
    /** A person pointed at: a role (not the generic words above), more roles and described people, or a given name. */
    person_ref: [...(SHARED_WORDS.person_role ?? []).filter((w) => !GENERIC_PEOPLE.has(w)), ...(SHARED_WORDS.person_more ?? []), ...(SHARED_WORDS.given_name ?? [])],
    /**
     * What demeans a person when said of them (co-occurrence with a person): looks, body, smell,
     * intelligence, worth, speech and disability mocked, in en and es with inflections and slang.
     * Words that also fit things or work ("joke", "slow", "bad") are left out.
     */
    demeaning: [
      'ugly', 'uglier', 'ugliest', 'fat', 'fatter', 'fattest', 'fatass', 'fat ass', 'obese', 'tubby', 'lardass', 'whale', 'hippo', 'heifer',
      'stupid', 'stupidest', 'dumb', 'dumbest', 'dumbass', 'dumb ass', 'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'imbecile',
      'braindead', 'brain dead', 'brainless', 'clueless', 'dimwit', 'halfwit', 'nitwit', 'dipshit', 'airhead', 'bimbo', 'numbskull', 'bonehead',
      'worthless', 'pathetic', 'useless', 'incompetent', 'lazy ass', 'lazy bum', 'loser', 'losers', 'waste of space', 'waste of air', 'waste of oxygen',
      'disgusting', 'gross', 'hideous', 'repulsive', 'nasty', 'creepy', 'creep', 'creeps', 'freak', 'freaks', 'weirdo', 'weirdos', 'psycho', 'lunatic',
      'smelly', 'stinky', 'stinks', 'reeks', 'b o', 'body odor', 'sweaty', 'greasy', 'toothless', 'balding', 'pimply', 'bald headed',
      'stutter*', 'lisp', 'lisps', 'mumbles', 'cant speak english', 'cant even speak', 'broken english',
      'cant read', 'illiterate', 'waddl*', 'clown', 'clowns', 'circus', 'crybaby', 'snowflake', 'karen', 'hag', 'old hag',
      'old bat', 'cow', 'pig', 'pigs', 'slob', 'slobs', 'buffoon', 'jackass', 'jackasses', 'leech', 'parasite', 'deadbeat', 'suck up', 'brown noser',
      'kiss ass', 'ass kisser', 'kissing every ring', 'kissing up', 'sleeping through', 'garbage human', 'piece of trash', 'piece of garbage',
      'make him quit', 'make her quit', 'nobody likes', 'no one likes', 'everyone hates', 'everybody hates', 'laughing at', 'made fun of', 'making fun of',
      // Round 4: the same concepts from a thesaurus (stems expand to the inflections, stems.ts).
      'idiot*', 'moron*', 'imbecil*', 'dumbasses', 'loser*', 'airhead*', 'dimwit*', 'halfwit*', 'nitwit*', 'bonehead*', 'meathead*', 'pinhead*', 'knucklehead*',
      'inept', 'ineptitude', 'incompetence', 'wannabe', 'wannabes', 'brownnoser', 'brownnosers', 'brown noser', 'brown nosers', 'bootlicker*', 'suck ups', 'ass kisser*',
      'sorry excuse', 'walking disaster', 'train wreck of a', 'waste of skin', 'waste of a paycheck', 'waste of a badge', 'waste of a uniform',
      'brain cells', 'brain cell', 'iq points', 'room temperature iq', 'single digit iq', 'two brain cells', 'empty head', 'empty headed',
      'get a life', 'no life', 'touch grass', 'sad lonely', 'lonely old', 'bitter old', 'crazy old', 'nutjob', 'nutjobs', 'nutcase*', 'weirdo*', 'creeper*',
      'pervert*', 'perv', 'pervy', 'sleazeball*', 'sleazebag*', 'scumbag*', 'dirtbag', 'dirtbags', 'lowlife', 'lowlifes', 'slob*', '!slobber', '!slobbers', 'stinky', 'smelly', 'reek*',
      'mullet', 'toupee', 'combover', 'comb over', 'unibrow', 'double chin', 'beer gut', 'muffin top', 'cankles', 'man boobs', 'moobs',
      'fatso', 'fatty', 'fatties', 'porky', 'chunky monkey', 'lardo', 'blimp', 'beached whale', 'oinker', 'oink',
      'ditz', 'ditzy', 'bimbo*', 'dunce', 'dolt', 'simpleton*', 'buffoon*', 'clod', 'oaf', 'dingbat*', 'doofus', 'goober',
      'crybab*', 'whiner*', 'whiny', 'drama queen', 'attention whore', 'hypocrit*', 'pathetic*', 'spineless', 'gutless', 'coward*', 'useless',
      'bless her heart', 'bless his heart', 'the 90s called', 'the 80s called', 'the 70s called', 'called and want', 'called they want',
    ],
    demeaning_es: [
      'feisimo', 'feisima', 'gordo', 'gorda', 'gordos', 'gordas', 'gordinflon', 'gordinflona', 'panzon', 'panzona',
      'marrano', 'marrana', 'cerdo', 'cerda', 'vaca', 'ballena', 'lonjudo', 'lonjuda', 'tonto', 'tonta', 'tontos', 'tontas', 'menso', 'mensa',
      'mensos', 'mensas', 'baboso', 'babosa', 'babosos', 'idiota', 'idiotas', 'estupido', 'estupida', 'estupidos', 'imbecil', 'imbeciles', 'burro', 'burra',
      'zoquete', 'inutil', 'inutiles', 'bueno para nada', 'buena para nada', 'fracasado', 'fracasada', 'perdedor', 'perdedora', 'asqueroso', 'asquerosa',
      'apestoso', 'apestosa', 'apesta', 'huele feo', 'huele a', 'naco', 'naca', 'nacos', 'payaso', 'payasa', 'payasos',
      'lambiscon', 'lambiscona', 'barbero', 'barbera', 'arrastrado', 'arrastrada', 'huevon', 'huevona', 'huevones', 'flojo', 'floja', 'flojos',
      'tartamudeo', 'tartamudea', 'tartamudo', 'tartamuda', 'voz de pito', 'no sabe hablar', 'ni sabe hablar', 'no sabe leer', 'se visti', 'se vistio a oscuras',
      'bruja', 'arpia', 'mamon', 'mamona', 'pendeja', 'pendejo', 'pendejos', 'retrasado', 'retrasada', 'mongolo', 'mongola', 'chismosa',
      'se burlan', 'burlarse', 'nos burlamos', 'hazmerreir', 'nadie la quiere', 'nadie lo quiere', 'nadie lo soporta', 'nadie la soporta',
      // Round 4: the same concepts from a thesaurus (stems expand to gender, number and -ito/-ote forms, stems.ts).
      'zangan*', 'inept*', 'metich*', 'amargad*', 'mediocr*', 'payasito', 'payasita', 'payasitos', 'idiot*', 'imbecil*', 'estupid*', 'babos*', 'mens*', '!menses',
      'tont*', 'pendej*', 'inutil*', 'fracasad*', 'chismos*', 'hipocrit*', 'lambiscon*', 'arrastrad*',
      'patetic*', 'naquito', 'naquita', 'gordinflon*', 'panzon*', 'lonjudo', 'lonjuda', 'apestos*', 'mugros*', 'cochin*', 'asqueros*', 'horrend*', 'feisimo', 'feisima', '!cochinito', '!cochinitos',
      // The -ada nouns the stems bring name a deed, not a person ("sus pendejadas").
      '!cochinada', '!cochinadas', '!pendejada', '!pendejadas', '!babosada', '!babosadas', '!tontada', '!tontadas', '!zanganada', '!zanganadas',
      'cara de que chupo', 'cara de limon', 'cara de perro', 'cara de nalga', 'cara de fuchi', 'cara de amargada', 'cara de amargado', 'cara de menso', 'cara de mensa',
      'rarito', 'rarita', 'raritos', 'bicho raro', 'ingles mocho', 'espanol mocho', 'espanglish mocho', 'bien mocho', 'bien mocha', 'ni se le entiende',
      'no sirve para nada', 'no sirve pa nada', 'no sabe hacer nada',
      'nadie la aguanta', 'nadie lo aguanta', 'nadie la traga', 'nadie lo traga', 'nadie la pela', 'nadie lo pela', 'ni sus hijos', 'ni su familia', 'ni su esposa',
      'asusta a los ninos', 'asusta a los perros', 'espanta a los ninos', 'da miedo verla', 'da miedo verlo', 'da pena ajena', 'pena ajena', 'que oso con',
      'vieja metiche', 'vieja amargada', 'vieja loca', 'viejo verde', 'viejo rabo verde', 'ruca', 'rucasaurio', 'momia', 'cotorra', 'perico',
    ],
    /** Idioms and contexts where a demeaning word says nothing of a person. */
    harassment_guard: [
      'lazy river', 'ugly sweater', 'ugly sweaters', 'fat tuesday', 'fat chance', 'dumb luck', 'holy cow', 'cash cow', 'sacred cow', 'guinea pig',
      'class clown', 'rodeo clown', 'clown fish', 'clownfish', 'pig roast', 'pigs in a blanket', 'whale watching', 'body fat', 'low fat', 'fat free',
      'nonfat', 'gross pay', 'gross income', 'dumbbell', 'dumbbells', 'circus tent', 'the circus is in town', 'bullying prevention', 'anti bullying',
      'stop bullying', 'report bullying', 'dont call', 'never call', 'stop calling', 'nobody deserves', 'no one deserves', 'kindness', 'be kind',
      'speech therapy', 'speech therapist', 'stuttering awareness', 'sign language', 'esl', 'english class', 'english classes', 'reading program',
      'literacy', 'adult literacy', 'cow tipping',
      // session 15: given names that are also things, in the phrase that makes them things (the who side reaches 10 words now).
      'crystal meth', 'amber alert', 'amber alerts', 'ray ban', 'ray bans', 'heather gray',
      // A negation said of the put-down itself (these frames are not negatable as a whole).
      'is not', 'isnt', 'isn t', 'wasnt', 'wasn t', 'not a', 'not an', 'not that', 'i dont think', 'i don t think', 'not saying', 'no considero', 'no creo que', 'no digo que', 'no es', 'no son', 'no era', 'nada de',
      // Round 5: reported speech about a thing ("called the plan pathetic"), a put-down reported of oneself.
      'called the', 'calls the', 'calling the', 'in her remarks', 'in his remarks', 'told reporters', 'said i was', 'says i m', 'says im', 'said im', 'called me',
      'me dijo que', 'me dicen que',
      'dia de muertos', 'tipo de', 'vida loca', 'cancion', 'song', 'pelicula', 'movie', 'personaje', 'character', 'ugly christmas', 'myself', 'mi mismo', 'mi misma',
    ],
    slur_word: slurWords,
    /** Round 6. Slurs with an innocent sense (a cigarette, a car's transmission, a levee): only as the person pointed at. */
    slur_ambiguous: ['fag', 'fags', 'tranny', 'trannies', 'trannys', 'dyke', 'dykes', 'faggot', 'faggots'],
    /** Nouns that insult a person (the lexicon's INSULTS has the strongest ones). */
    insult_noun: [
      'loser', 'losers', 'hack', 'hacks', 'clown', 'clowns', 'joke', 'slob', 'slobs', 'pig', 'pigs', 'cow', 'whale', 'fatso', 'lardass', 'crybaby',
      'snowflake', 'creep', 'freak', 'dummy', 'dumbo', 'airhead', 'bimbo', 'simp', 'incel', 'cuck', 'hag', 'witch', 'troll', 'coward',
      'bum', 'leech', 'racist', 'bigot', 'a nobody', 'has been', 'waste of a badge', 'waste of a uniform',
      'ignoramus', 'buffoon', 'dimwit', 'numbskull', 'bonehead', 'meathead', 'pinhead', 'donkey', 'jackass', 'tool', 'doofus', 'dork',
      'nerd', 'geek', 'psycho', 'lunatic', 'nutjob', 'nutcase', 'karen', 'brown noser', 'kiss ass', 'suck up', 'snitch', 'rat', 'drunk',
      'alcoholic', 'wino', 'drunkard', 'lush', 'pothead', 'tweaker', 'crackhead', 'bully', 'chiste',
      'bat', 'old bat', 'windbag', 'gasbag', 'blowhard', 'fossil', 'dinosaur', 'twit', 'halfwit', 'nitwit', 'cretin', 'imbecile', 'moron', 'idiot', 'weirdo',
      'parasite', 'deadbeat', 'slacker', 'busybody', 'whiner', 'waste of space', 'waste of oxygen', 'waste of air',
    ],
    /** Insults that only fit a person (not "joke", "tool", "nerd", "rat"): safe after "the ___ in HR" or "whoever ... is a ___". */
    harassment_person_noun: [
      'loser', 'losers', 'crybaby', 'crybabies', 'snowflake', 'snowflakes', 'creep', 'creeps', 'freak', 'slob', 'slobs', 'moron', 'morons', 'idiot', 'idiots',
      'imbecile', 'imbeciles', 'dumbass', 'dumbasses', 'bimbo', 'airhead', 'dimwit', 'numbskull', 'bonehead', 'buffoon', 'leech', 'parasite', 'deadbeat',
      'sadist', 'sicko', 'psychopath', 'degenerate', 'pervert',
      'jackass', 'karen', 'psycho', 'lunatic', 'nutjob', 'nutcase', 'brown noser', 'kiss ass', 'suck up', 'snitch', 'crackhead', 'tweaker', 'whiner',
      'old bat', 'bat', 'hag', 'windbag', 'gasbag', 'blowhard', 'halfwit', 'nitwit', 'twit', 'cretin', 'weirdo', 'slacker', 'busybody', 'fatso', 'lardass',
      'waste of space', 'waste of oxygen', 'waste of air', 'waste of a paycheck',
    ],
    /** Adjectives that demean a person said of them ("the clerk is so ugly"); things can't be "ugly" in a post about people. */
    harassment_person_adj: ['ugly', 'fat', 'stupid', 'dumb', 'worthless', 'pathetic', 'useless', 'lazy', 'incompetent', 'brainless', 'clueless', 'disgusting', 'smelly', 'gross', 'hideous', 'idiotic', 'moronic', 'dense', 'creepy', 'nasty', 'obese', 'dumb as hell', 'ugly as hell', 'fat as hell', 'braindead', 'brain dead', 'stinky', 'repulsive'],
    /** Adjectives that insult a person when said to them ("you illiterate hack"). */
    insult_adj: ['illiterate', 'stupid', 'dumb', 'fat', 'ugly', 'worthless', 'pathetic', 'useless', 'lazy', 'incompetent', 'brainless', 'clueless', 'washed up', 'bald', 'sorry', 'miserable', 'fake', 'lying', 'drunk', 'sad', 'old', 'little', 'fucking', 'freaking', 'absolute', 'complete', 'total', 'disgusting', 'smelly'],
    /** Spanish nouns that insult a person. */
    insulto: [
      'payaso', 'payasa', 'payasos', 'inutil', 'inutiles', 'bueno para nada', 'buena para nada', 'menso', 'mensa', 'baboso', 'babosa', 'babosos',
      'burro', 'burra', 'zoquete', 'naco', 'naca', 'nacos', 'cerdo', 'cerda', 'marrana', 'marrano', 'vaca', 'ballena',
      'lambiscon', 'lambiscona', 'barbero', 'barbera', 'arrastrado', 'arrastrada', 'perdedor', 'perdedora', 'fracasado', 'fracasada',
      'chismoso', 'chismosa', 'analfabeta', 'borracho', 'borracha',
      'borrachin', 'teporocho', 'teporocha', 'mariguano', 'mariguana', 'drogadicto',
      'tonto', 'tonta', 'soplon', 'soplona', 'vieja chismosa', 'vieja loca', 'huevon', 'huevona', 'flojo', 'floja',
      'falsa', 'falso', 'falsas', 'falsos', 'hipocrita', 'hipocritas', 'cobarde', 'cobardes', 'pringada', 'pringado', 'envidiosa', 'envidioso',
      'amargada', 'amargado', 'mediocre', 'mediocres', 'toxica', 'toxico', 'manipuladora', 'manipulador', 'arpia', 'lerda', 'lerdo', 'patetica',
      'patetico', 'asquerosa', 'asqueroso', 'cerda', 'pesada', 'pesado', 'creida', 'creido', 'ridicula', 'ridiculo', 'retrasada mental',
      'cabeza hueca', 'mamona', 'mamon', 'ardida', 'ardido', 'interesada', 'interesado', 'mentirosa', 'mentiroso', 'vendida', 'vendido',
    ],
    /** Spanish insults that only fit a person (not "qué falsa alarma", "qué pesado el tráfico"). */
    insulto_persona: ['payaso', 'payasa', 'payasos', 'payasas', 'hipocrita', 'hipocritas', 'cobarde', 'cobardes', 'pringada', 'pringado', 'envidiosa', 'envidioso', 'amargada', 'amargado', 'manipuladora', 'manipulador', 'arpia', 'mamona', 'mamon', 'ardida', 'ardido', 'mentirosa', 'mentiroso', 'vendida', 'vendido', 'chismosa', 'chismoso', 'lambiscona', 'lambiscon', 'arrastrada', 'arrastrado', 'fracasada', 'fracasado', 'mensa', 'menso', 'babosa', 'baboso', 'naca', 'naco', 'cerda', 'cerdo', 'marrana', 'marrano'],
    /** Things a person is compared to, to mock their looks. */
    mock_thing: [
      'thumb', 'traffic cone', 'clown', 'whale', 'pig', 'cow', 'hippo', 'potato', 'tomato', 'balloon', 'troll', 'goblin',
      'witch', 'hag', 'muppet', 'walrus', 'sausage', 'beach ball', 'bowling ball', 'meatball', 'orc', 'shrek', 'oompa loompa', 'chipmunk', 'hobbit',
      'scarecrow', 'skeleton', 'crackhead', 'bum', 'hooker', 'fairy', 'mop', 'raccoon', 'rat', 'zombie', 'toad', 'frog', 'weasel',
      'hamster', 'sea lion', 'manatee', 'marshmallow', 'sloth', 'turtle', 'penguin', 'grandma', 'caveman', 'neanderthal', 'donkey', 'horse',
      'payaso', 'chihuahua', 'mono', 'chango', 'vaca', 'ballena', 'marrana', 'marrano', 'puerco', 'cerdo', 'tamal', 'bruja', 'botarga', 'pinata',
      'hipopotamo', 'morsa', 'foca', 'globo', 'sapo', 'gorila', 'mapache', 'espantapajaros', 'tonel', 'barril', 'pelota', 'albondiga',
      'teletubbie', 'elefante', 'oso', 'rata', 'zombi', 'tortuga', 'pinguino', 'cavernicola', 'simio', 'changuito', 'perico', 'cotorra',
      'guajolote', 'pato', 'burro', 'caballo', 'jirafa', 'momia', 'calaca', 'lombriz', 'camaron', 'chapulin', 'muneco', 'gnomo', 'duende',
    ],
    /** Body words that demean a person ("the fat guy", "that short round cop"). */
    body_adj: ['fat', 'obese', 'ugly', 'short round', 'short fat', 'fat ugly', 'tubby', 'chunky', 'greasy', 'smelly', 'stinky', 'hairy', 'toothless', 'cross eyed', 'hunchback', 'fat ass', 'fatass', 'lardass', 'big fat', 'fat old', 'ugly old', 'sweaty', 'balding', 'bald headed', 'pimply'],
    body_noun_es: ['gordo', 'gorda', 'gordinflon', 'gordinflona', 'panzon', 'panzona', 'enano', 'enana', 'cacarizo', 'cacariza', 'tuerto', 'tuerta', 'cojo', 'coja', 'chimuelo', 'chimuela', 'lonjudo', 'lonjuda', 'pelon', 'pelona', 'narizon', 'narizona', 'orejon', 'orejona', 'chaparro', 'chaparra', 'marrano', 'marrana', 'feo', 'fea', 'apestoso', 'apestosa', 'bigotona', 'peludo', 'peluda'],
    /** Round 6: the diminutives and disabilities used as a nickname for a person ("la gordita de la ventanilla", "ese cieguito que atiende"). */
    body_nick_es: ['gordita', 'gordito', 'enanito', 'enanita', 'cieguito', 'cieguita', 'ciego', 'ciega', 'chaparrito', 'chaparrita', 'panzoncito', 'panzoncita', 'pelonsito', 'mocho', 'mocha', 'manco', 'manca', 'sordo', 'sorda', 'mudo', 'muda'],
    /** Groups by faith, origin, sexuality or disability. */
    prot_group: ['muslims', 'jews', 'christians', 'catholics', 'mormons', 'jehovah s witnesses', 'jehovahs witnesses', 'hindus', 'sikhs', 'atheists', 'immigrants', 'mexicans', 'gays', 'lesbians', 'trans people', 'transgender people', 'blacks', 'black people', 'asians', 'chinese people', 'refugees', 'migrants', 'latinos', 'hispanics', 'arabs', 'indians', 'gay people', 'disabled people', 'the disabled', 'muslim people', 'jewish people', 'musulmanes', 'judios', 'cristianos', 'catolicos', 'mormones', 'testigos de jehova', 'inmigrantes', 'migrantes', 'mexicanos', 'gays', 'lesbianas', 'trans', 'personas trans', 'negros', 'asiaticos', 'chinos', 'refugiados', 'latinos', 'arabes', 'indigenas'],
    /**
     * Round 4. Put-downs that only ever demean a person (never a schedule or a printer), so they
     * may sit further from the person they point at than `demeaning` (co-occurrence, 12 words).
     */
    demeaning_strong: [
      // Round 7 (session 11): put-downs as people say them: the old-woman names, drunk-shaming,
      // mocked speech and accents ("marbles in his mouth", "habla con la boca llena").
      'miserable cow', 'fat cow', 'old cow', 'dumb cow', 'lazy cow', 'stupid cow', 'old bat', 'crazy old bat', 'old hag', 'ugly hag', 'old bag', 'battle axe',
      'crazy cat lady', 'old fart', 'old geezer', 'fossil', 'dinosaur', 'vieja loca', 'vieja chismosa', 'vieja bruja', 'viejo rabo verde', 'viejo cochino', 'ruca loca',
      'smelling like a brewery', 'smells like a brewery', 'smelling like booze', 'smells like booze', 'pickled by', 'drunk by noon', 'drunk by 10', 'shows up drunk',
      'shows up hungover', 'llega crudo', 'llega pedo', 'llega bien pedo', 'anda bien pedo', 'huele a alcohol', 'huele a cantina', 'puro borracho', 'bien borracho',
      'marbles in his mouth', 'marbles in her mouth', 'marbles in their mouth', 'marbles in your mouth', 'mouth full of marbles', 'hot potato in his mouth',
      'con la boca llena', 'una papa en la boca', 'papa en la boca', 'nobody understands him', 'nobody understands her', 'no one understands him', 'no one understands her',
      'cant understand a word he', 'can t understand a word he', 'cant understand a word she', 'can t understand a word she', 'nadie le entiende', 'ni se le entiende',
      'no se le entiende nada', 'acento bien chistoso', 'acento chistoso', 'acento bien raro', 'acento bien naco', 'acentote', 'habla bien chistoso', 'habla bien raro',
      'habla como retrasado', 'thick indian accent', 'thick mexican accent', 'thick chinese accent', 'thick asian accent', 'thick arab accent', 'thick african accent',
      'funny accent', 'weird accent', 'goofy accent', 'fresh off the boat', 'no speak english', 'learn english', 'aprenda a hablar', 'aprendan a hablar',
      // Name-calling, body-shaming and ageism only ever said of a person, en and es (Mexican usage).
      'laughingstock', 'laughing stock', 'a disgrace to', 'dumb as a rock', 'dumb as rocks', 'dumb as a box of rocks',
      'not the sharpest', 'brightest bulb', 'few fries short', 'lights are on but', 'face for radio', 'butterface', 'butter face', 'horse face', 'pizza face', 'crater face',
      'fugly', 'busted looking', 'dragon breath', 'bag of bones', 'one foot in the grave', 'past her prime', 'past his prime', 'over the hill',
      'hood rat', 'couch potato', 'dead weight', 'deadweight', 'douchebag', 'douche', 'dumbo', 'bozo', 'dweeb', 'freeloader', 'hot mess', 'a nobody', 'senile', 'geriatric',
      'thunder thighs', 'land whale', 'hamplanet', 'fat pig', 'porker', 'stick figure', 'beanpole', 'neanderthal', 'caveman',
      'zopenco', 'zopenca', 'tarado', 'tarada', 'tarados', 'fodonga', 'fodongo', 'esperpento', 'espantapajaros', 'lagartona', 'trepadora', 'culicagado',
      'culicagada', 'vejestorio', 'decrepito', 'decrepita', 'ya chochea', 'chochea', 'se le bota la canica', 'le falta un tornillo', 'cerebro de pollo', 'cerebro de mosquito',
      'no le da la cabeza', 'mas tonto que', 'mas tonta que', 'mas bruto que', 'mas bruta que', 'cuatro ojos', 'cegaton', 'cegatona', 'dienton', 'dientona', 'orejon',
      'orejona', 'narizon', 'narizona', 'cabezon', 'cabezona', 'grenuda', 'grenudo', 'mamila', 'mamilas', 'sangron', 'sangrona', 'quejona', 'mocoso', 'mocosa',
      'pinche vieja', 'vieja fea', 'vieja gorda', 'gorda fea', 'flaca fea', 'palo de escoba', 'esqueleto andante', 'parece botarga', 'botarga', 'parece payaso',
      'too dumb to', 'too stupid to', 'too lazy to', 'too fat to', 'too ugly to', 'can t do anything right', 'cant do anything right', 'sits on his ass', 'sits on her ass',
      'sitting on his ass', 'sitting on her ass', 'does nothing all day', 'waste of a salary', 'ugly ass', 'rides the short bus', 'short bus', 'light in the loafers',
      'limp wristed', 'bats for the other team', 'le hace agua la canoa', 'se le cae la pluma', 'batea para el otro lado', 'bien autista', 'tan autista', 'so autistic',
      'bien down', 'pareces down', 'parece down', 'bien fea', 'mas fea que', 'mas feo que', 'fea como', 'feo como', 'bien corriente', 'parece sirvienta', 'parece chacha',
      'gandalla', 'no sirve ni para', 'ni para eso sirve',
      // session 15 (mocked traits): weight, looks, smell, voice, accent, age, competence and tears mocked the way coworkers say it, en and es.
      // Weight: the size, the seat, the buffet.
      'at your size', 'at her size', 'at his size', 'a tu tamano', 'a su tamano', 'extra chair for', 'a whole extra chair', 'needs two seats', 'ocupa dos asientos',
      'no cabe por la puerta', 'ni cabe por la puerta', 'ya no cabe ni', 'se comio media', 'se comio medio', 'comete una ensalada',
      'the buffet is not', 'lay off the buffet', 'lay off the buffets', 'lay off the conchas', 'lay off the burritos', 'lay off the breakfast', 'lay off the tacos',
      'panzota', 'esa panza', 'con esa panza', 'la panzota', 'su panzota', 'seen his own feet', 'seen her own feet', 'ate the bowling ball',
      'could block a hydrant', 'block out the sun', 'pregnant walrus', 'leggings are not pants', 'finally losing some weight', 'finally lost some weight',
      // Looks: the face, the hair, the clothes.
      'lo fea', 'lo feo', 'tan fea', 'tan feo', 'bien feo', 'face only a mother', 'a face only', 'face built for radio', 'peluquin', 'su peluquin',
      'gato muerto en la cabeza', 'mas bigote que', 'bigotona', 'bigoton', 'dientes de conejo', 'dress your age', 'not a personality', 'isn t a personality',
      'isnt a personality', 'is not a personality', 'lashes are not', 'the combover', 'that combover', 'peinado de escoba', 'con ese peinado', 'bowl haircut',
      'with the lazy eye', 'the lazy eye', 'at mirrors', 'maybe try a salad', 'que se vaya al asilo', 'mandenlo al asilo', 'mandenla al asilo', 'couldn t manage a lemonade stand', 'couldnt manage a lemonade stand', 'couldn t run a lemonade stand', 'break a mirror', 'ni con el maquillaje', 
      'built like a thumb', 'dresses like my', 'can t unsee', 'cant unsee', 'looks like he ate', 'looks like she ate',
      'chin hairs', 'mustache on her', 
      // Smell and hygiene.
      'deodorant is optional', 'thinks deodorant', 'usa desodorante', 'ponte desodorante', 'ya banate', 'banate compa', 'no se bana',
      'we smell you', 'huele a pura', 'huele a cebolla', 'huele a pata', 'huele a patas', 'huele a naftalina', 'apesta a naftalina', 'naftalina', 'smells like her bags',
      'smell him from', 'smell her from', 'se le huele',
      // Voice, laugh and speech.
      'voz de pato', 'voz de ardilla', 'voz de pollito', 'voz de silbato', 'voz de nina', 'voz de raton', 'voz de cantinflas', 'esa vocecita', 
      'chipmunk voice', 'little chipmunk', 'laugh like a', 'laughs like a', 'sounds like a cat', 'inhaled helium',
      'habla como si tuviera', 'habla tan lento', 'talks so slow', 'talks slow because', 'habla como telenovela', 'sounds like a dying',
      'sounds like a goat', 'sounds like a chipmunk',
      // Accent, English and the ranch.
      'accent is so thick', 'accent so thick', 'su acento de', 'acento de rancho', 'lo pueblerina', 'lo pueblerino', 'pueblerina', 'pueblerino', 'regresese al rancho',
      'regresate al rancho', 'back to the ranch', 'bajado del cerro', 'can t pronounce', 'cant pronounce', 'no sabe pronunciar', 'jes sir', 
      'ni le entendemos',
      // Age: too old, retire, the old folks' home.
      'muy vieja para', 'muy viejo para', 'ya esta muy vieja', 'ya esta muy viejo', 'que la jubilen', 'que lo jubilen', 'deberia jubilarse', 'ya jubilese', 
      'ni oye ni ve', 'por telegrafo', 'grandpa give it up', 'give it up grandpa', 'give it up grandma',
      'ok boomer', 'retirement is a beautiful thing', 'old timers who', 'still a meter maid',
      // Competence and worth: hired out of pity, a walking potato.
      'walking potato', 'walking liability', 'participation trophy', 'how are you employed', 'how is she employed', 'how is he employed', 'how did she get hired',
      'how did he get hired', 'who hired her', 'who hired him', 'whoever hired', 'quien la contrato', 'quien lo contrato',
      'por lastima', 'x lastima', 'no sirve pa esto', 'no sirve para esto', 'ni pa enrollar', 
      'el cerebro no viene', 'can t open a pdf', 'cant open a pdf', 'ni la prepa termino', 'nomas estorba',
      'solo estorba', 'joke of a hire', 'total joke of a', 'i peaked at', 'couldn t be me', 'couldnt be me', 'drives like my grandma', 'maneja como viejita',
      // Tears and weakness: the crybaby, the pacifier, the booster seat.
      'llora mas que', 'chilla por todo', 'cry me a river', 'chupon y una cobijita', 'consiganle un chupon', 'regresenlo con su mama',
      'deja de llorar cada', 'stop crying every', 'little man syndrome', 'manitas de bebe', 'un chamaco que ni',
      'ni rasura', 'get her a purse', 'gallinas cacareando', 'cacareando todo', 'hens meeting', 'go back to the kitchen',
      // Laughed at behind their back.
      'we all talk about it', 'take bets on', 
      'can t stop laughing every', 'cant stop laughing every', 'nos reimos de', 'todos se rien de', 'le hacemos burla',
      'walking dead music',
      // session 15: a partner left or never found, a hobby needed, marriage mocked.
      'your husband left', 'her husband left', 'his wife left', 'your wife left', 'keep your own husband', 'keep her own husband', 'keep a husband', 'keep a man',
      'ni marido tiene', 'por eso ni marido', 'por eso la dejo el', 'por eso lo dejo la', 'needs a hobby', 'get a hobby', 'needs a husband', 'needs a man',
      // session 15: like a child, like a third grader; blind at the wheel; no longer a person.
      'like a 3rd grader', 'like a third grader', 'like a 12 year old', 'like a twelve year old', 'like a toddler', 'como nino de primaria', 'como nino de kinder',
      'like she s blind', 'like he s blind', 'como si estuviera ciega', 'como si estuviera ciego', 'ya ni es persona', 'ni es persona', 'cuba con patas',
      'ni sabe leer', 'ni sabe escribir', 'ni quien la aguante', 'ni quien lo aguante', 'tag the ugliest', 'the ugliest guy', 'the ugliest person', 'fat butts',
      'ni cabe en la', 'sound like a cat', 'trailer trash', 'dresses like she s', 'dresses like he s', 'se viste como si',
      'se viste como', 'cara de sapo', 'cara de rata', 'cara de caballo', 'cara de chango', 'cara de mono', 'cara de puerco', 'cara de marrana', 'bien prieta', 'bien prieto',
      'idiot*', 'moron*', 'imbecil*', 'dumbasses', 'airhead*', 'dimwit*', 'halfwit*', 'nitwit*', 'bonehead*', 'knucklehead*', 'simpleton*', 'dunce',
      'wannabe', 'wannabes', 'brownnoser', 'brown noser', 'bootlicker*', 'ass kisser*', 'suck up', 'sorry excuse', 'waste of skin', 'waste of space',
      'waste of oxygen', 'waste of air', 'waste of a paycheck', 'waste of a badge', 'waste of a uniform', 'brain cells', 'brain cell', 'iq points',
      'room temperature iq', 'two brain cells', 'empty headed', 'get a life', 'touch grass', 'sad lonely', 'lonely old', 'bitter old', 'crazy old',
      'nutjob', 'nutcase*', 'weirdo*', 'creeper*', 'pervert*', 'sleazeball*', 'sleazebag*', 'scumbag*', 'dirtbag', 'lowlife', 'slob*', '!slobber', '!slobbers',
      'moms basement', 'mom s basement', 'mommys basement', 'mothers basement', 'still lives with his mom', 'still lives with her mom',
      'still living with your mom', 'still living with his mom', 'still living with her mom', 'lives with his mom', 'lives with her mom',
      'smells like a wet dog', 'smells like feet', 'smells like a dumpster', 'smells like a goat', 'smells like ass', 'smells like onions',
      'walking mullet', 'walking red flag', 'walking disaster', 'hot mess', 'drama queen', 'attention whore', 'crybab*', 'fatso', 'lardo', 'porky',
      'zangan*', '!zanganada', '!zanganadas', 'inept*', 'metich*', 'amargad*', 'payasito', 'payasita', 'lambiscon*', 'arrastrad*', 'fracasad*', 'chismos*',
      'babos*', '!babosada', '!babosadas', 'mens*', '!menses', 'pendejo', 'pendeja', 'pendejos', 'pendejas', 'imbecil', 'estupid*', 'huevon*', 'gordinflon*',
      'cara de que chupo', 'cara de limon', 'cara de perro', 'cara de nalga', 'cara de fuchi', 'cara de amargada', 'cara de amargado', 'bicho raro',
      'no sirve para nada', 'no sirve pa nada', 'bueno para nada', 'buena para nada', 'nadie la aguanta',
      'nadie lo aguanta', 'nadie la soporta', 'nadie lo soporta', 'nadie la traga', 'nadie lo traga', 'ni sus hijos', 'asusta a los ninos',
      'da pena ajena', 'sotano de su mama', 'vive con su mama', 'huele a perro mojado', 'huele a pata', 'huele a sobaco', 'huele a rayos', 'apestos*',
      'espanglish mocho', 'ingles mocho', 'espanol mocho', 'vieja metiche', 'vieja amargada', 'viejo verde', 'rabo verde',
      // Round 5: the sub-families of the concept (demeaning remarks about a coworker's or resident's
      // drinking, age, family, speech, intelligence and body; mocking; "worthless"), en and es.
      // Drinking (not a bare "drunk": "hit by a drunk driver").
      'still drunk', 'showed up drunk', 'shows up drunk', 'drunk again', 'drunk as usual', 'always drunk', 'drunk at work', 'drunk on the job',
      'sloshed', 'shitfaced', 'hammered again', 'wasted again', 'hungover again', 'always hungover', 'boozer*', 'boozehound', 'boozehounds',
      'wino', 'winos', 'drunkard*', 'drinks like a fish', 'drinking problem', 'drink problem', 'on the sauce', 'fell off the wagon', 'smells like booze',
      'smelled like booze', 'smells like beer', 'smelling like beer', 'reeks of booze', 'reeks of beer', 'lives at the bar',
      'borrachin*', 'borrachales', 'borrachote', 'borrachota', 'teporocho', 'teporocha', 'teporochos', 'briag*', 'bien pedo', 'bien peda', 'bien borracho', 'bien borracha',
      'bien crudo', 'bien cruda', 'crudo otra vez', 'cruda otra vez', 'pegada a la botella', 'pegado a la botella', 'pegados a la botella',
      'oliendo a cerveza', 'oliendo a alcohol', 'oliendo a tequila', 'oliendo a pulque', 'huele a alcohol', 'huele a cerveza', 'huele a tequila',
      'vive en la cantina', 'es un borracho', 'es una borracha',
      // Age.
      'ruco', 'ruca', 'rucos', 'rucas', 'chochea', 'chochear', 'chocho', 'chocha', 'chochez', 'senile', 'geezer*', 'old fart*',
      'vejestorio*', 'carcamal*', 'decrepit*', 'decrepit', 'over the hill', 'one foot in the grave', 'un pie en la tumba', 'belongs in a nursing home',
      'should be in a nursing home', 'deberia estar en un asilo', 'mandarlo al asilo', 'mandarla al asilo', 'ni sabe donde esta parado',
      'ni sabe donde esta parada', 'ok boomer',
      // Family.
      'kids are feral', 'feral kids', 'feral children', 'mom like that', 'mother like that', 'dad like that', 'father like that', 'parents like that', 'apple doesnt fall far', 'apple don t fall far',
      'apple didnt fall far', 'de tal palo tal astilla', 'toda esa familia', 'toda su familia', 'esa familia es', 'un mantenido', 'una mantenida', 'unos mantenidos', 'mamas boy', 'mama s boy',
      'mommas boy', 'momma s boy', 'mommys boy', 'mommy s boy', 'lives with his mommy', 'lives with her mommy', 'lives with his parents',
      'lives with her parents', 'lives with mommy', 'vive con su mami', 'vive con sus papas', 'hijo de mami', 'hijita de papi', 'nino de mami',
      'nene de mama', 'nene de mami',
      // Speech, accent, intelligence.
      'with that accent', 'that accent of', 'cant understand a word', 'can t understand a word', 'nobody can understand', 'no one can understand',
      'nobody understands a word', 'learn english bro', 'learn english lol', 'learn some english', 'learn the language', 'regresate a la escuela',
      'regresa a la escuela', 'vuelve a la escuela', 'aprende a hablar', 'ni puede hablar', 'ni puede decir', 'ni se le entiende nada',
      'no se le entiende nada', 'sin trabarse', 'tartamud*', 'iq of a', 'iq of an', 'dumb as a', 'dumb as rocks',
      'bien burra', 'bien burro', 'bien bruta', 'bien bruto', 'bien mensa', 'bien menso', 'bien tonta', 'bien tonto', 'bien pendeja', 'bien pendejo',
      'venado lampareado', 'cabeza hueca', 'pocas luces', 'no le da la cabeza', 'no le llega el agua al tinaco', 'ilusa', 'iluso', 'pobre ilusa',
      'pobre iluso',
      // Mocking and laughing at someone; worthless; piling on (see also pile_on).
      'nos burlamos', 'burlarnos de', 'hazmerreir', 'laughing stock',
      'we all laugh at', 'everyone laughs at', 'everybody laughs at', 'what a crybaby', 'no sirves', 'no sirve pa nada', 'no sirven pa nada',
      'no sirves para nada', 'ni para eso sirve', 'ni pa eso sirve', 'bueno pa nada', 'buena pa nada', 'good for nothing', 'dead weight', 'deadweight',
      'nobody wants to hear', 'no one wants to hear', 'nobody asked you', 'no one asked you', 'nobody asked u', 'nadie te pregunto', 'nadie le pregunto',
      'nadie te hablo', 'nadie te quiere escuchar', 'nadie la quiere escuchar', 'nadie lo quiere escuchar',
      // Body.
      'su panza', 'sus lonjas', 'sus llantas', 'panzota', 'ocupa media foto', 'ocupa dos sillas', 'takes up two seats', 'needs a treadmill',
      'get that man a treadmill', 'get that woman a treadmill', 'her own chins', 'his own chins', 'cuenta sus papadas',
      // Round 6 (session 10), by sub-family, en and es. Body and looks mocked.
      'su pancita', 'veanle la panza', 'miren la panza', 'look at his gut', 'look at her gut', 'chat to roast', 'cuerpo de tamal', 'con ese cuerpo', 'bigote de senor', 'su bigote', 'her mustache', 'lonjas',
      'cara de chango', 'cara de mono', 'cara de sapo', 'cara de caballo', 'cara de rata', 'fondo de botella', 'lentes de fondo', 'enano', 'enana', 'enanito', 'enanita',
      'chaparrito', 'chaparrita', 'necesita escalera', 'se le ve todo', 'nadie quiere ver eso', 'ni se peina', 'fodonga', 'fodongo', 'fodongas', 'grenuda', 'grenudo',
      'looks like a cartoon', 'cartoon villain', 'go home grandpa', 'go home grandma', 'ugly trolls', 'ugly troll', 'uglyfaces', 'ugly faces', 'that haircut',
      'ni se levanta de la silla', 'nomas come y come', 'come y come', 'se la pasa comiendo', 'body like a', 'built like a', 'shaped like a',
      // Smell and hygiene.
      'smells like a', 'smell like a', 'smelling like a', 'smells like the', 'dead skunk', 'never showers', 'hasn t showered', 'hasnt showered', 'needs a shower',
      'some deodorant', 'buy him deodorant', 'buy her deodorant', 'olia bien feo', 'olia feo', 'huele bien feo', 'regalenle desodorante', 'regalale desodorante', 'no se bana', 'ni se bana',
      // Voice, speech, disability.
      'voice sounds like', 'voice like a', 'sounds like a dying', 'dying goat', 'dying cat', 'nails on a chalkboard', 'swatting flies', 'cieguito', 'cieguita',
      'el cojito', 'la cojita', 'el mudito', 'la mudita', 'el sordito', 'la sordita', 'el manco', 'la manca', 'se deja robar',
      // Age and family.
      'viejita la de', 'ya viejita', 'ya viejito', 'que se jubile', 'que se jubilen', 'deje trabajar a los jovenes', 'senile', 'peaked in high school', 'imagine being 50',
      'imagine being 40', 'imagine being 60', 'different dads', 'different baby daddies', 'baby daddies', 'con razon sigue soltero', 'con razon sigue soltera', 'se quedo a vestir santos', 'solterona',
      // Intelligence and competence said as a put-down of the person.
      'ignorante', 'ignorantes', 'ni sabe sumar', 'ni sabe restar', 'se regrese a la primaria', 'ni sabe prender', 'so slow like',
      'like a sloth', 'how is he still employed', 'how is she still employed', 'how is he employed', 'how is she employed', 'who hired her', 'who hired him',
      'clearly a lunatic', 'take your meds', 'take his meds', 'take her meds', 'off her meds', 'off his meds', 'so sensitive', 'crybaby', 'snowflake',
      // Sexuality mocked ("so gay lol", "bien amanerado").
      // Profane name-calling aimed at the person ("stupid b!tch at window 3", "that fat fuck from the water board").
      'little bitch', 'stupid bitch', 'dumb bitch', 'ugly bitch', 'fat bitch', 'fat fuck', 'fatfuck', 'fucker', 'motherfucker', 'asshole', 'dickhead', 'douchebag', 'son of a bitch', 'cabron', 'cabrona',
      'culero', 'culera', 'ojete', 'hijo de puta', 'hija de puta', 'pinche vieja', 'pinche viejo', 'pinche gordo', 'pinche gorda', 'needs a muzzle', 'a muzzle', 'un bozal', 'bozal',
      'so gay', 'es gay y', 'bien gay', 'amanerado', 'amanerada', 'como senorita', 'limp wrist', 'limp wristed', 'se le cae la mano',
      // Round 9 (s12-ja), put-downs of a body, mind, voice or worth said as idioms, en and es, from the concept.
      'piece of work', 'a real piece of work', 'empty suit', 'zero brains', 'no brains', 'cero cerebro', 'puras caras bonitas', 'pura cara bonita',
      'all looks no brains', 'estan de adorno', 'nomas estan de adorno', 'ugly as sin', 'uglier than sin',
      'mas feo que pegarle a dios', 'mas fea que pegarle a dios', 'pegarle a dios', 'mensito', 'mensita', 'tontito', 'tontita',
      'pedofilo', 'pedofila', 'pedophile', 'child molester', 'pervertido', 'pervertida',
      'your tiny brain', 'su cerebrito', 'tu cerebrito', 'nobody asked for your opinion',
      'no one asked for your opinion', 'go back to answering phones', 'get back in the kitchen', 'go back to the kitchen', 'vete a la cocina', 'regresate a la cocina',
      'voz de chiva', 'voz de chiva atropellada', 'voz de gallina', 'voz de perico', 'ni los dientes completos', 'ni dientes tiene',
      'like you eat', 'like he eats', 'like she eats', 'eats like a pig', 'come como cerdo', 'come como marrano', 'tragon', 'tragona',
      'waste of a vest', 'waste of a chair', 'waste of a desk', 'waste of a parking spot', 'waste of a position', 'waste of a title',
      'slow and dumb', 'dumb and slow', 'lazy and dumb', 'fat and lazy', 'fat and ugly', 'ugly and fat', 'posting your face', 'post your face',
      'posting your plate', 'post your address', 'voy a subir tu foto', 'voy a publicar tu cara', 'te voy a exhibir',
      // Round 9 (s12-ja): said of someone else, not of oneself ("your tiny brain", "mandarlo a la escuela especial").
      'his tiny brain', 'her tiny brain', 'their tiny brain', 'mandarlo a escuela especial', 'mandarla a escuela especial', 'mandarlo a la escuela especial',
      'mandarla a la escuela especial',
      // Round 9 (s12-ja), second pass: the comparison and the hyperbole ("so dumb he would lose a race with a parked car", "menos cerebro que una tortilla", "looks like she lost a fight with", "huele como si no se hubiera bañado").
      'so dumb he', 'so dumb she', 'so dumb that', 'so stupid he', 'so stupid she', 'so stupid that', 'so ugly he', 'so ugly she', 'so ugly that', 'so fat he',
      'so fat she', 'so fat that', 'tan tonto que', 'tan tonta que', 'tan pendejo que', 'tan pendeja que', 'tan bruto que', 'tan bruta que', 'tan fea que',
      'tan feo que', 'tan gorda que', 'tan gordo que', 'as sharp as a bowling ball', 'sharp as a bowling ball', 'sharp as a marble', 'about as sharp as',
      'about as bright as', 'about as useful as', 'menos cerebro que', 'tiene menos cerebro', 'ni una neurona', 'una sola neurona', 'one brain cell',
      'lose a race with', 'looks like she lost a fight', 'looks like he lost a fight', 'raided a thrift store',
      'hit with the ugly stick', 'ugly stick', 'fell out of the ugly tree', 'se vistio con la cortina', 'con la cortina de su abuela', 'huele como si no',
      'como si no se hubiera banado', 'no se ha banado', 'smells like he hasn t', 'smells like she hasn t', 'cara de que les deben', 'cara de que le deben',
      'cerebro de adorno', 'el cerebro de adorno', 'no sabe ni sumar', 'no sabe ni hacer una suma', 'can t even add', 'cant even add', 'out of the zoo',
      'escaped the zoo', 'escaped from the zoo', 'se escapo del zoologico', 'se salio del zoologico', 'someone shut her up',
      'somebody shut her up', 'callenla', 'callenlo', 'que alguien la calle', 'que alguien lo calle', 'personality of a wet',
      // Round 9 (s12-ja), third pass: more comparisons and names for a person (probe set of my own drafts).
      'mas plana que una tabla', 'plana como tabla', 'flat as a board', 'a total snake', 'muzzle her', 'muzzle him', 'curdle milk', 'could curdle', 'could peel paint',
      'like watching a monkey', 'a monkey with a', 'un chango con', 'como chango con', 'lo pario una', 'la pario una', 'cara de que lo', 'cara de que la',
      'dumber than a', 'dumber than dirt', 'stupider than', 'uglier than a', 'fatter than a', 'lazier than a', 'box of hair',
      // session 13 (lexicon), put-downs for being a woman (or not "man" enough): the stereotype, the period, the kitchen, the "diversity hire", en and es.
      'typical female', 'typical woman', 'typical women', 'typical broad', 'women drivers', 'woman driver', 'women can t drive', 'women cant drive', 'on her period',
      'on the rag', 'that time of the month', 'pmsing', 'pms ing', 'make me a sandwich', 'barefoot and pregnant', 'too emotional to', 'diversity hire', 'affirmative action hire',
      'dei hire', 'quota hire', 'token hire', 'because she s a woman', 'because shes a woman', 'because she s a girl', 'cause she s a woman', 'cries like a girl', 'crying like a girl',
      'like a little girl', 'sissy', 'man up', 'grow some balls', 'mujer al volante', 'vieja tenia que ser', 'tenia que ser vieja', 'tenia que ser mujer', 'mujer tenia que ser',
      'cosas de viejas', 'tipico de viejas', 'tipico de vieja', 'tipico de mujer', 'tipico de mujeres', 'anda en sus dias', 'esta en sus dias', 'andara en sus dias',
      'a lavar trastes', 'a lavar los trastes', 'vete a lavar', 'a hacer tortillas', 'vete a hacer tortillas', 'nomas por ser mujer', 'solo por ser mujer', 'por ser vieja',
      'mandilon', 'mandilona', 'no seas vieja', 'no sea vieja', 'llora como vieja', 'chilla como vieja', 'como nina chiquita', 'no tiene pantalones', 'ponte los pantalones',
      'pongase los pantalones', 'no tiene huevos', 'sin huevos',
      // session 13 (lexicon), class and manners mocked ("lo de rancho"), a grown person called a child, a looks idiom.
      'lo de rancho', 'se le nota lo rancho', 'bien ranchera', 'bien ranchero', 'bien rancho', 'pueblerina', 'pueblerino', 'parece nino de kinder', 'parece nina de kinder',
      'ni hablar sabe', 'walking dumpster fire', 'dumpster fire of a', 'face only a mother could love', 'cara que solo su mama quiere', 'nomas su mama lo quiere',
    ],
    /**
     * Round 5. Calls to gang up on a person (pile on, ratio, send memes): with a person pointed
     * at anywhere in the sentence.
     */
    pile_on: [
      'pile on', 'pile it on', 'dogpile', 'dog pile', 'lets ratio', 'let s ratio', 'ratio her', 'ratio him', 'ratio them', 'lets roast', 'let s roast',
      'roast her', 'roast him', 'spam her', 'spam him', 'spam his', 'spam her', 'gang up on',
      'mandenle memes', 'manden memes', 'hay que exhibirla', 'hay que exhibirlo', 'exhibanla', 'exhibanlo', 'balconeenla', 'balconeenlo',
      'vamos a balconearla', 'vamos a balconearlo', 'hay que funarla', 'hay que funarlo', 'funenla', 'funenlo',
      // Round 6: flooding a person's page or account, a chat made to mock them.
      'leave comments on', 'go comment on', 'comments coming', 'keep the comments coming', 'deletes her account', 'deletes his account', 'delete her account',
      'delete his account', 'flood her', 'flood his', 'report her page', 'report his page',
      'how ugly and', 'deserves to hear', 'comentenle', 'comenten en su', 'llenenle', 'llenen su', 'etiquetenla', 'etiquetenlo', 'burlarnos de',
    ],
    /**
     * session 13 (lexicon). What is done to a person to push them out or wear them down, said as
     * crews say it: shut out (la ley del hielo, freeze her out), worn down (a ver cuánto aguanta),
     * things hidden or sabotaged, mimicked, a rumour spread, followed or messaged when unwanted.
     */
    harass_push: [
      // Shut out.
      'ley del hielo', 'hacerle el vacio', 'hacerles el vacio', 'le hacemos el vacio', 'nadie le hable', 'que nadie le hable', 'no le hablen', 'ni le hablen', 'ni lo pelen',
      'ni la pelen', 'no lo pelen', 'no la pelen', 'ignorenlo', 'ignorenla', 'everyone ignore', 'everybody ignore', 'let s ignore', 'lets ignore', 'just ignore him',
      'just ignore her', 'cold shoulder', 'silent treatment', 'freeze him out', 'freeze her out', 'froze him out', 'froze her out', 'leave him out of', 'leave her out of',
      'don t invite her', 'dont invite her', 'don t invite him', 'dont invite him', 'no la inviten', 'no lo inviten', 'ni la inviten', 'ni lo inviten', 'dejenla sola', 'dejenlo solo',
      'nobody sit with', 'nadie se siente con', 'excluirla', 'excluirlo', 'la excluimos', 'lo excluimos', 'hacerla a un lado', 'hacerlo a un lado',
      // Worn down, pushed out.
      'see how long he lasts', 'see how long she lasts', 'see how long they last', 'a ver cuanto dura', 'a ver cuanto aguanta', 'a ver cuanto aguantan', 'run her off', 'run him off',
      'run her out of', 'run him out of', 'push her out', 'push him out', 'force her out', 'force him out', 'make her cry', 'make him cry', 'made her cry', 'hacerla llorar',
      'hacerlo llorar', 'la hicimos llorar', 'que se desespere', 'pa que se desespere', 'para que se desespere', 'para que renuncie', 'pa que renuncie', 'pa que se vaya',
      'amargarle la vida', 'sacarla de aqui', 'sacarlo de aqui', 'sacarla del departamento', 'sacarlo del departamento', 'ride her until', 'ride him until',
      // Things hidden or sabotaged.
      'le escondemos', 'le escondimos', 'le escondi', 'esconderle', 'hide her', 'hiding her', 'hid her', 'hide his', 'hiding his', 'hid his', 'mess with her locker',
      'mess with his locker', 'unplug her', 'unplugging her', 'unplug his', 'unplugging his', 'salt in her coffee', 'salt in his coffee', 'sal en su cafe', 'le pusimos sal',
      'sabotear*', 'sabotage her', 'sabotage his', 'sabotaging her', 'sabotaging his',
      // Mimicked and laughed at.
      'imitate the way', 'imitate her', 'imitate him', 'imitating her', 'imitating him', 'mimic her', 'mimic him', 'mimicking her', 'mimicking him', 'do her voice', 'do his voice',
      'arremed*', 'remedarlo', 'remedarla', 'lo remedamos', 'la remedamos', 'imitarla', 'imitarlo', 'la imitamos', 'lo imitamos', 'le hacemos burla', 'le hacen burla',
      'hacerle burla', 'burlarnos de el', 'burlarnos de ella',
      // A rumour spread.
      'spread a rumor', 'start a rumor', 'spread rumors', 'spread the rumor', 'regar el chisme', 'correr el chisme', 'correr el rumor', 'regar el rumor', 'inventarle algo',
      'le inventamos', 'le inventaron',
      // Followed, watched, messaged when unwanted.
      'follow her home', 'followed her home', 'following her home', 'follow her to her car', 'followed her to her car', 'following her to her car', 'follow him home',
      'followed him home', 'outside her house every', 'outside her apartment every', 'blow up her phone', 'blowing up her phone', 'blew up her phone', 'even though she blocked me',
      'even though she doesn t answer', 'even though she never answers', 'she ll come around', 'shell come around', 'won t take no', 'not taking no for an answer',
      'la segui a su casa', 'la sigo a su casa', 'la sigo hasta su casa', 'la segui hasta su casa', 'la sigo a su carro', 'la espero afuera de su casa',
      'aunque no me conteste', 'aunque no me contesta', 'aunque me bloqueo', 'aunque me bloquee', 'ya caera', 'tarde o temprano cae', 'no acepta un no',
    ],
    /** session 13 (lexicon). Where harass_push words are a game, a holiday, advice or a report. */
    harass_push_guard: [
      'report', 'reportelo', 'reportenlo', 'call hr', 'tell hr', 'llame a recursos', 'if someone', 'if anyone', 'si alguien', 'training', 'capacitacion', 'not ok', 'never ok',
      'no se vale', 'is harassment', 'es acoso', 'stalking', 'hotline', 'easter', 'pascua', 'egg hunt', 'huevos', 'scavenger', 'hide and seek', 'escondidas', 'game', 'juego', 'dog',
      'perro', 'perrito', 'cat', 'gato', 'gatito', 'pinata', 'surprise party', 'fiesta sorpresa', 'birthday', 'cumpleanos', 'secret santa', 'intercambio', 'talent show',
      'impressions', 'karaoke', 'skit', 'play', 'obra', 'voice actor', 'cartoon', 'baby', 'bebe', 'puppy', 'weather', 'clima', 'mayor', 'alcalde', 'council', 'cabildo',
    ],
    /** Round 5. Nouns that only ever name a person to demean them (after "that", "ese", "pobre"). */
    person_insult: [
      'geezer', 'geezers', 'old fart', 'old farts', 'crybaby', 'crybabies', 'drunkard', 'drunkards', 'wino', 'winos', 'boozer', 'lush', 'loser', 'losers',
      'idiot', 'idiots', 'moron', 'morons', 'dumbass', 'dimwit', 'halfwit', 'nitwit', 'airhead', 'bimbo', 'creep', 'creeper', 'weirdo', 'slob', 'fatso', 'lardass',
      'ruco', 'ruca', 'rucos', 'rucas', 'vejestorio', 'carcamal', 'borracho', 'borracha', 'borrachos', 'borrachin', 'borrachales', 'teporocho', 'teporocha',
      'briago', 'briaga', 'ilusa', 'iluso', 'ilusas', 'tartamudo', 'tartamuda', 'mantenido', 'mantenida', 'vago', 'vaga', 'huevon', 'huevona', 'fracasado',
      'fracasada', 'pendejo', 'pendeja', 'imbecil', 'idiota', 'menso', 'mensa', 'baboso', 'babosa', 'gordinflon', 'gordinflona', 'panzon', 'panzona',
      'lambiscon', 'lambiscona', 'chismosa', 'chismoso', 'metiche', 'amargada', 'amargado', 'zangano', 'zangana', 'naca', 'naco',
    ],
    /** Who a strong put-down can point at: anyone named, described, or addressed (not a thing). */
    person_any: PERSON_ANY,
    /** session 15. person_any without the bare pronouns: who a put-down that also fits things (`demeaning`) may point at. */
    person_pointed: PERSON_ANY.filter((w) => !BARE_PRONOUNS.has(w)),
    /** session 15. Someone called to in a put-down ("ya báñate, compa", "sweetie, you answer pothole calls"): for harassment's frames only (not sexual's, where "bro, so hot today" is the weather). */
    person_called: ['pobrecita', 'pobrecito', 'compa', 'compadre', 'honey', 'hon', 'sweetheart', 'girl', 'sis', 'bro', 'sir', 'grandpa', 'grandma', 'senora', 'senor'],
    /** Where a strong put-down is quoted, taught against or said of oneself. */
    demeaning_guard: [
      'myself', 'i m such', 'im such', 'i am such', 'i m the', 'im the', 'i am the', 'i feel like', 'me siento', 'yo soy', 'soy bien', 'soy tan', 'mi mismo', 'mi misma',
      'dont call', 'never call', 'do not call', 'stop calling', 'nobody deserves', 'no one deserves', 'bullying', 'anti bullying', 'acoso', 'bullying prevention',
      'movie', 'movies', 'pelicula', 'song', 'cancion', 'book', 'libro', 'character', 'personaje', 'episode', 'show', 'game', 'video game',
      'lol jk', 'jk', 'just kidding', 'es broma', 'brain cells are',
      // A drinking word in a recovery or an awareness post.
      'recovering', 'sobriety', 'sober', 'anonymous', 'anonimos', 'recuperacion', 'rehabilitacion', 'awareness', 'prevencion', 'prevention',
      // Round 9 (s12-ja): news of an arrest, where a strong word names a crime, not a put-down.
      'arrested', 'arrestado', 'arrestada', 'arrestaron', 'detenido', 'detenida', 'sentenced', 'sentenciado', 'charged', 'acusado de', 'police said', 'segun la policia',
      'convicted',
      // Round 9 (s12-ja), third pass: a skit or a mascot.
      'skit', 'sketch', 'mascot', 'mascota', 'obra de teatro', 'the play',
    ],
    /** A group of people, to be demeaned as a group. */
    people_group: [
      'homeless', 'homeless people', 'the homeless', 'old people', 'old folks', 'seniors', 'boomers', 'old ladies', 'old men', 'immigrants', 'migrants',
      'illegals', 'refugees', 'those people', 'these people', 'them people', 'tenants', 'panhandlers', 'addicts', 'junkies', 'bikers', 'cyclists',
      'teenagers', 'teens', 'kids these days', 'women', 'females', 'gays', 'trans people', 'disabled people', 'mexicans', 'chinese', 'arabs', 'muslims',
      'esa gente', 'esta gente', 'los viejitos', 'los ancianos', 'los viejos', 'los indigentes', 'los vagabundos', 'los homeless', 'los migrantes',
      'los inmigrantes', 'los pobres', 'los nacos', 'los chavos', 'las viejas', 'las mujeres', 'los gays', 'los indios', 'los chinos', 'los refugiados',
      // Round 6: more groups by origin, age, class, faith and housing, en and es.
      'los de juarez', 'los de mexico', 'los del otro lado', 'los mexicanos', 'los gringos', 'gringos', 'gringo', 'puro gringo', 'los judios', 'los musulmanes',
      'musulman', 'musulmana', 'ateo', 'atea', 'ateos', 'los ateos', 'testigos de jehova', 'los cristianos', 'los catolicos', 'esa religion', 'su religion',
      'los viejitos', 'los viejitos del asilo', 'los del asilo', 'old ladies', 'old men', 'old geezers', 'bums', 'the bums', 'hoarders', 'those hoarders',
      'crackheads', 'los teporochos', 'los borrachitos', 'bola de', 'una bola de', 'esa bola de', 'those kids', 'these kids', 'esos chamacos', 'esos plebes',
      'los de la', 'los del', 'los de', 'todas las de', 'todos los de', 'all the girls', 'all the women', 'the ladies in', 'the guys in', 'esa gente', 'that kind of people',
      'people like that', 'people like them', 'gente asi', 'gente como esa',
      // Round 9 (s12-ja), third pass.
      'karens', 'these karens', 'those karens',
    ],
    /** Words that strip a group of its humanity or worth. */
    dehumanize: [
      'animals', 'vermin', 'cockroaches', 'roaches', 'rats', 'parasites', 'leeches', 'scum', 'savages', 'subhuman', 'filth', 'filthy', 'plague',
      'infestation', 'infesting', 'infest', 'invasion', 'invading', 'hopeless', 'useless', 'worthless', 'disgusting', 'degenerates', 'a disease',
      'a cancer', 'eyesore', 'eyesores', 'nobody should have to look at', 'dont belong here', 'don t belong here', 'go back where',
      'animales', 'plaga', 'lacra', 'lacras', 'parasitos', 'ratas', 'cucarachas', 'escoria', 'mugrosos', 'cochinos', 'apestosos', 'salvajes',
      'inutiles', 'estorbo', 'estorban', 'dan asco', 'dan pena', 'no sirven para nada', 'que se regresen', 'no deberian estar aqui',
    ],
    /** Round 6. Contempt for a group said at more length (within 14 words of the group). */
    group_contempt: [
      // Round 6: contempt for a group by kind: hunger and dirt, distrust, "go back", taking jobs, cooking cats, senility.
      'muertos de hambre', 'muertas de hambre', 'huelen feo', 'huelen a drenaje', 'huelen a orines', 'nos quitan el trabajo', 'quitan el trabajo',
      'steal our jobs', 'take our jobs', 'no se puede confiar', 'no hay que confiar', 'can t trust', 'cant trust', 'never trust', 'siempre andan haciendo trampa',
      'haciendo trampa', 'always cheating', 'cocinan gatos', 'cocinan perros', 'eat cats', 'eat dogs', 'que se vayan a su pais',
      'religion rara', 'ni se siente', 'live like pigs', 'like pigs', 'disgusting animals', 'so senile', 'senile', 'put them all in a home',
      'hose them off', 'hosed them off', 'huevones', 'bola de huevones', 'unos pendejos', 'pendejos', 'rateros', 'corruptos', 'unas faciles',
      'deberian prohibirles', 'prohibirles la entrada', 'que asco', 'se duermen en',
      // Round 9 (s12-ja): smell and segregation said of a group.
      'huelen a muerto', 'huelen a viejo', 'huelen a rancio', 'huelen a puro', 'huelen a pura', 'huelen bien feo', 'ya huelen', 'smell like death',
      'smell like old people', 'smell like piss', 'smell like urine', 'su propio camion aparte', 'camion aparte', 'deberian tener su propio', 'their own bus',
      'don t pay taxes', 'dont pay taxes', 'no pagan impuestos',
      // Round 9 (s12-ja), third pass: disease said of a group.
      'traen enfermedades', 'bring diseases', 'spread diseases', 'carry diseases', 'llenos de piojos', 'full of lice',
    ],
    /**
     * Round 7 (session 11). A group rejected or despised as people say it: "go back to their own
     * countries", "no es bienvenido", "puros nacos", "welfare leeches", "too many of them". The
     * Spanish ones start with "no", so their frame takes a guard without a bare "no".
     */
    group_reject: [
      'go back to their', 'go pray back in', 'back in their own', 'back to their own', 'their own country', 'their own countries', 'back where they came from',
      'back where they belong', 'not welcome', 'aren t welcome', 'arent welcome', 'isn t welcome', 'isnt welcome', 'no es bienvenido', 'no es bienvenida', 'no eres bienvenido', 'no eres bienvenida',
      'no son bienvenidos', 'no son bienvenidas', 'no los queremos', 'no las queremos', 'ni los dejen', 'no los dejen entrar', 'ni los dejen entrar', 'no los dejen pasar',
      'que se regresen', 'regresense', 'a su pais', 'a su tierra', 'de vuelta a su', 'shouldn t be allowed', 'shouldnt be allowed', 'should be deported', 'deport them',
      'deport them all', 'que los deporten', 'deportenlos', 'too many of them', 'there s too many', 'theres too many', 'son demasiados', 'ya son muchos', 'had it coming',
      'deserved it', 'se lo merecian', 'se lo buscaron', 'se lo tenian merecido', 'got what they deserved', 'welfare leeches', 'welfare queens', 'freeloaders', 'moochers',
      'mantenidos', 'vividores', 'gorrones', 'nacos', 'puros nacos', 'bien nacos', 'gente corriente', 'pura gente corriente', 'don t want to work', 'dont want to work',
      'never want to work', 'no quieren trabajar', 'ni trabajan', 'criminals', 'criminales', 'delincuentes', 'rapists', 'violadores', 'ladrones', 'thieves', 'terrorists',
      'terroristas', 'puro cuento', 'es puro cuento', 's fake anyway', 'god s fake', 'gods fake', 'a cult', 'una secta', 'son una secta', 'brainwashed', 'lavado el cerebro',
      'primitive', 'primitivos', 'backwards', 'atrasados', 'ignorantes', 'smell bad', 'huelen mal', 'sucios', 'dirty', 'can t even speak english', 'cant even speak english',
      // Round 9 (s12-ja): sent away or shut out ("swim back to Juárez", "que se vayan a rezar a otro lado", "aquí somos cristianos").
      'swim back', 'can swim back', 'go back to juarez', 'back to juarez', 'back to mexico', 'pa juarez', 'for all i care', 'que se vayan a otro lado',
      'a rezar a otro lado', 'que se vayan a su', 'ni uno mas',
      'aqui somos cristianos', 'aqui somos catolicos', 'this is a christian town', 'this is a christian country', 'ojala se los nieguen',
      'ojala se lo nieguen', 'que se los nieguen', 'hope they get denied', 'hay que echarles a la migra', 'echarles la migra', 'echarles a la migra',
      'llamarles a la migra', 'call ice on them', 'call ice on', 'report them to ice',
      // Round 9 (s12-ja), third pass: a group to be retired or put away.
      'deberian jubilarlos', 'jubilarlos a todos', 'put out to pasture', 'mandarlos al asilo', 'put them all out to pasture',
    ],
    /** Round 7. Groups named by origin, place or faith the way people on the border name them. */
    people_group_more: [
      'juarenses', 'los juarenses', 'esos juarenses', 'chilangos', 'los chilangos', 'chuntaros', 'los chuntaros', 'mexicanos', 'hispanics', 'latinos', 'blacks', 'black people',
      'asians', 'indians', 'haitians', 'venezuelans', 'cubans', 'hondurans', 'guatemalans', 'central americans', 'africans', 'haitianos', 'venezolanos', 'cubanos',
      'hondurenos', 'guatemaltecos', 'salvadorenos', 'centroamericanos', 'africanos', 'los negros', 'los morenos', 'los asiaticos', 'los arabes', 'arabes', 'los hindues',
      'los mormones', 'mormones', 'mormons', 'mormon', 'mormona', 'judio', 'judia', 'cristiano', 'cristiana', 'catolico', 'catolica', 'ateo', 'atea', 'gay', 'lesbiana', 'jehovah s witnesses', 'jehovahs witnesses', 'jews', 'christians', 'catholics', 'evangelicals', 'los evangelicos', 'aleluyas',
      'los aleluyas', 'los pochos', 'pochos', 'los gabachos', 'los cholos', 'cholos', 'musulmanes', 'musulman', 'musulmana', 'muslim', 'muslims', 'bunch of', 'a bunch of',
      'buncha', 'puros', 'puras', 'la gente que', 'la gente de', 'people from', 'the projects', 'section 8', 'los de las colonias', 'los del barrio', 'los del otro lado',
      // Round 9 (s12-ja): more groups by status or faith as named on the border.
      'los indocumentados', 'indocumentados', 'los ilegales', 'los de la mezquita', 'los del templo', 'los de la sinagoga', 'santurrones', 'los santurrones',
      'catolicos', 'those people in the colonia',
    ],
    /** Round 7. Where a rejection of a group is quoted, answered or a notice: the group guard without a bare "no". */
    group_reject_guard: [
      'animal services', 'animal shelter', 'adopt', 'shelter', 'shelters', 'albergue', 'help', 'ayuda', 'services', 'servicios', 'resources', 'volunteers', 'voluntarios',
      'donate', 'donations', 'donaciones', 'program', 'programa', 'outreach', 'clinic', 'clinica', 'report', 'reportar', 'not', 'never', 'nunca', 'no son', 'no todos',
      'no todas', 'not all', 'don t', 'dont', 'do not', 'no digan', 'no se vale', 'no hay que', 'everyone is welcome', 'all are welcome', 'todos son bienvenidos',
      'todos bienvenidos', 'welcome center', 'discrimination', 'discriminacion', 'racist', 'racista', 'racism', 'racismo', 'hate', 'odio', 'wrong', 'said that', 'dijo que',
      'stop saying', 'dejen de decir', 'is illegal', 'es ilegal', 'against the law', 'policy', 'press release', 'comunicado', 'memorial', 'victims', 'victimas', 'prayers',
    ],
    /** Where a group and a harsh word meet in a notice or a report, not a put-down. */
    group_guard: [
      'animal services', 'animal shelter', 'adopt', 'pest control', 'pickup', 'pick up', 'collection', 'bags', 'bins', 'route', 'schedule',
      'recogida', 'recoleccion', 'bolsas', 'contenedores', 'shelter', 'shelters', 'albergue', 'help', 'ayuda', 'services', 'servicios', 'resources',
      'volunteers', 'voluntarios', 'donate', 'donations', 'donaciones', 'program', 'programa', 'outreach', 'clinic', 'clinica', 'vaccine', 'vacunas',
      'rodent', 'rodents', 'mosquito', 'mosquitoes', 'zoo', 'wildlife', 'pets', 'mascotas', 'report', 'reportar', 'no', 'not', 'never', 'nunca',
    ],
    /**
     * Round 9 (s12-ja). Sexual remarks and rumours about a coworker said the way they are said in
     * an office or a crew ("se la pasa más acostada que de pie", "por su experiencia en la cama del
     * director", "se veía tan rica", "anda de zorra con el jefe"): with a person in the sentence.
     */
    harass_sex_remark: [
      'mas acostada que de pie', 'mas acostado que de pie', 'y no precisamente dormida', 'y no precisamente dormido', 'no precisamente durmiendo', 'en la cama del',
      'en la cama de la', 'en la cama del jefe', 'in the director s bed', 'in the boss s bed', 'in his bed', 'on her back for', 'on her knees for', 'de rodillas con el',
      'anda de zorra', 'de zorra con', 'anda de resbalosa', 'anda de ofrecida', 'de ofrecida con', 'se acuesta con el', 'se acuesta con la', 'se mete con el jefe',
      'sleeping with her boss', 'sleeping with his boss', 'slept her way', 'sleeps her way', 'sleeping her way',
      'hooking up with the', 'se veia tan rica', 'se ve tan rica', 'se ve bien rica', 'bien rica con', 'tan rica con', 'me la imaginaba sin', 'me lo imaginaba sin',
      'imagining her without', 'picturing her without', 'pictured her without', 'imagine her without', 'que rica esta', 'que rico esta', 'esta bien rica', 'esta bien rico',
      // session 13 (lexicon), touching without consent: a slap on the behind, a hand on a leg, pressing up against, a kiss stolen, en and es.
      'una nalgada', 'nalgada', 'nalgadita', 'nalgadas', 'le agarre la nalga', 'le agarro la nalga', 'le agarra la nalga', 'agarrando la pierna', 'le agarra la pierna', 'le agarre la pierna',
      'le toque la pierna', 'le toco la pierna', 'manose*', 'me le arrime', 'se le arrima', 'se le arrimo', 'arrimon', 'arrimones', 'repegon', 'repegones', 'le robe un beso',
      'robarle un beso', 'le robo un beso', 'grabbed her butt', 'grabbed her ass', 'grab her butt', 'slapped her butt', 'slap her butt', 'felt her up',
      'feel her up', 'copped a feel', 'cop a feel', 'brushed up against her', 'rubbed up on her', 'hand on her thigh', 'hand on her knee', 'stole a kiss', 'forced a kiss',
      // session 13 (lexicon), the body remarked on: parts, clothes that "show everything", "para comérsela", "I'd tap".
      'nalgotas', 'piernotas', 'pechugona', 'chichona', 'chichotas', 'sus nalgas', 'su trasero', 'ese trasero', 'se le marca todo', 'con ese escote', 'ese escote', 'esa faldita', 'esos leggings', 'those leggings', 'tight pants', 'in that skirt', 'her rack', 'her boobs',
      'body is a 10', 'thicc', 'bien buenota', 'buenota', 'buenote', 'mamasita', 'papacito', 'papasito', 'cuerazo', 'que cuero', 'bien cuero', 'que bombon', 'para comersela',
      'para comerselo', 'esta para comerselo', 'esta para comersela', 'hasta babeo', 'me babeo', 'i d tap', 'id tap', 'would tap that',
      'i d smash', 'id smash', 'would smash',
      // session 13 (lexicon), "what she needs is a man", "urgida".
      'le hace falta un hombre que', 'le falta un hombre que', 'pinched her butt', 'needs a man',
      'needs to get laid', 'needs to get some', 'sexually frustrated',
      // session 13 (lexicon), explicit pictures sent or asked of a coworker, and "she liked it".
      'fotos de mi cosa', 'foto de mi cosa', 'dick pic', 'dick pics', 'le pedi el pack', 'le pido el pack', 'pedirle el pack', 'se hizo la dificil', 'se hace la dificil',
      'playing hard to get', 
    ],
    /** Round 9 (s12-ja). A CPR class, a first-aid dummy: "mouth to mouth" that is training. */
    harass_sex_guard: ['cpr', 'rcp', 'dummy', 'dummies', 'maniqui', 'first aid', 'primeros auxilios', 'certification', 'certificacion', 'lifesaving', 'drill', 'simulacro',
      // session 13 (lexicon): a pet or a child patted or changed.
      'perro', 'perrito', 'perrita', 'dog', 'puppy', 'gato', 'gatito', 'bebe', 'baby', 'panal', 'diaper', 'nino', 'nina', 'hijo', 'hija', 'son', 'daughter'],
    /** Round 9 (s12-ja). Quid pro quo, the job side: a promotion, a raise, good shifts, keeping the job. */
    qpq_job: [
      'subir de puesto', 'el ascenso', 'un ascenso', 'ascender', 'the promotion', 'a promotion', 'promoted', 'a raise', 'un aumento', 'keep her job', 'keep his job',
      'keep your job', 'conservar su trabajo', 'conservar su chamba', 'la plaza', 'su plaza', 'el puesto', 'good shifts', 'the good shifts', 'los buenos turnos',
      'the overtime', 'las horas extra', 'her evaluation', 'his evaluation', 'su evaluacion', 'pass probation', 'pasar el periodo de prueba', 'get hired', 'la contraten',
    ],
    /** Round 9 (s12-ja). Quid pro quo, the favor side: affection, a date, time alone asked of the person. */
    qpq_favor: [
      'carinosa conmigo', 'carinoso conmigo', 'ser carinosa', 'portarse bien conmigo', 'se porte bien conmigo', 'sea buena conmigo', 'sea bien buena conmigo', 'salir conmigo',
      'sale conmigo', 'go out with me', 'be nice to me', 'be real nice to me', 'be sweet to me', 'sit on my lap', 'come to my office after', 'pase a mi oficina en la noche',
      'dinner with me', 'cenar conmigo', 'a drink with me', 'una copa conmigo', 'date me', 'sleep with me', 'acostarse conmigo', 'me de un beso', 'give me a kiss',
      'me de un besito', 'a solas conmigo', 'alone with me', 'be friendly with me', 'muy amable conmigo',
    ],
    /** Round 9 (s12-ja). Pictures of a person taken where they undress, offered to others. */
    harass_pic_taken: ['pics i took', 'pictures i took', 'photos i took', 'fotos que tome', 'le tome fotos', 'les tome fotos', 'took pics of', 'took pictures of', 'wanna see the', 'want to see the', 'quieren ver las fotos', 'quieren ver la foto'],
    harass_pic_place: ['locker room', 'in the locker room', 'changing room', 'en el vestidor', 'los vestidores', 'en los vestidores', 'in the showers', 'en las regaderas', 'en la regadera', 'en el bano de mujeres', 'in the women s restroom', 'upskirt', 'debajo de la falda'],
    harass_pic_place_guard: ['new', 'nuevo', 'nuevos', 'nueva', 'renovation', 'remodel', 'remodelacion', 'before and after', 'antes y despues', 'repairs', 'reparacion', 'leak', 'fuga', 'mold', 'moho', 'damage', 'dano', 'vandalism', 'vandalismo', 'report', 'reporte'],
    /** Sentence openers that point at a person ("you're", "the new chief is"). */
    is_person: ['you re', 'youre', 'you are', 'ur', 'u r', 'u are', 'hes', 'he s', 'shes', 'she s', 'he is', 'she is', 'dude is', 'dude s', 'guy is', 'this guy is', 'that guy is', 'this guy s', 'that guy s', 'this dude is', 'that dude is', 'this lady is', 'that lady is', 'this man is', 'this woman is'],
  },
  frames: [
    {
      id: 'judgement.harassment.person_demeaned',
      category: 'harassment',
      message: {
        en: 'Names or points at a person and demeans them (looks, body, intelligence, speech, worth).',
        es: 'Señala a una persona y la menosprecia (su aspecto, su cuerpo, su inteligencia, su forma de hablar o su valor).',
      },
      // Not negatable: a negation anywhere earlier in the sentence ("no manches, la cajera es bien naca") would cancel it; the guard classes hold "never call", "nobody deserves".
            cooccur: [
        { all: [['person_ref', 'person_pointed', 'person_called'], ['demeaning', 'demeaning_es']], within: 10, unless: ['harassment_guard'], guardWithin: 4 },
      ],
      examples: {
        hit: [
          'That new permit clerk is honestly the dumbest human I have ever met',
          'the guy at window 3 waddles around like a penguin and smells like a gym bag',
          'La cajera del segundo piso es bien naca, se viste como payaso',
          'Did you hear the lady from planning try to present, she stuttered the whole time lmao',
          'Mi jefa es una inútil y todos lo saben',
        ],
        miss: [
          'I brought crystal meth jokes to the potluck trivia and suddenly I am the weirdo of the group', // a name that is a thing (crystal meth)
          'Our lifeguards are ready for the lazy river opening Saturday!',
          'Ugly sweater contest at the 4th floor, the supervisor brought cookies',
          'Reminder: never call a resident stupid, even when the call is rough',
          'The new schedule is a joke and the software is useless',
          'Hoy me siento bien floja, ya quiero que sea viernes',
        ],
      },
    },
    {
      id: 'judgement.harassment.person_put_down',
      category: 'harassment',
      message: {
        en: 'Points at a person and puts them down with words that only ever demean someone.',
        es: 'Señala a una persona y la rebaja con palabras que solo sirven para humillar a alguien.',
      },
      // Not negatable: a negation anywhere earlier in the sentence ("no manches, la cajera es bien naca") would cancel it; the guard classes hold "never call", "nobody deserves".
            cooccur: [
        { all: [['person_ref', 'person_any', 'person_called'], 'demeaning_strong'], within: 12, unless: ['demeaning_guard', 'harassment_guard'], guardWithin: 5 },
      ],
      examples: {
        hit: [
          'Every time the budget analyst opens her mouth at the briefing I lose brain cells',
          'the guy running the front counter this week is a total wannabe, thinks he is the chief',
          'Go get a life lady, nobody reads your posts about the potholes',
          'Ramirez from Streets is so dumb he would lose a race with a parked car',
          'El licenciado Pérez tiene menos cerebro que una tortilla',
          'Ese chofer de la ruta 10 huele como si no se hubiera bañado desde diciembre',
          'Ese muchacho del almacén es un zángano de primera',
          'Qué mujer tan metiche la de la caseta, todo quiere saber',
          // session 15 (mocked traits)
          'the new budget guy talks in that chipmunk voice all day, whoever hired him owes us an apology',
          'A la de archivo ya deberían jubilarla, ni oye ni ve la pobre',
          'Sweetie, at your size you should take the elevator, not the stairs',
          'Ya báñate compa, desde la puerta se te huele',
        ],
        miss: [
          'I lose brain cells every time I read the zoning code, send help',
          'Never call a caller a dimwit, even when the call goes badly',
          'Me siento bien menso hoy, no dormí nada',
          'Our dog smells like a wet dog after the splash pad, who knew',
          'Los de la ventanilla 3 ya salieron a comer, regresan a la 1',
          'Police arrested a child molester near the park, the suspect was charged Friday',
          // session 15 (mocked traits)
          'Kids under 8 need a booster seat: bring your car seat to Station 5 for a free check',
          'Llevamos cobijas y pan dulce al asilo, gracias compa por manejar',
          'Grandpa Joe loved the fire truck tour, thank you Station 9',
        ],
      },
    },
    {
      id: 'judgement.harassment.pile_on',
      category: 'harassment',
      message: { en: 'Calls on others to gang up on a person (pile on, ratio, roast, send memes).', es: 'Invita a otros a ir en bola contra una persona (exhibirla, mandarle memes, funarla).' },
      cooccur: [{ all: [['person_ref', 'person_any'], 'pile_on'], within: 12, unless: ['demeaning_guard'], guardWithin: 5 }],
      examples: {
        hit: ['Everybody pile on the new dispatcher in the group chat, she deserves it', 'lets ratio the councilman every time he posts', 'Mándenle memes al regidor, que sepa lo que pensamos', 'Hay que exhibirla, la de la caseta se cree mucho'],
        miss: ['Pile on the toppings at the pancake breakfast Saturday!', 'Nobody deserves to have coworkers gang up on them: talk to HR'],
      },
    },
    {
      id: 'judgement.harassment.insult_pointed',
      category: 'harassment',
      message: { en: 'Points at a person with a put-down that only names people (that drunk, pobre ilusa, what a crybaby).', es: 'Señala a una persona con un apodo que solo humilla (ese ruco, pobre ilusa, ese borracho).' },
      negatable: true,
      patterns: [
        '(?:ese|esa|esos|esas|este|esta|pinche|pinches|pobre|pobres|that|this|those|these|what a|what an|you|u|ya|you re a|youre a|ur a|el muy|la muy|ay|vaya) (?:old |fat |stupid |dumb |little |lazy |big |viejo |vieja |gordo |gorda |pinche |pinches )?{person_insult}(?![^ .])',
        '(?:el|la|los|las|the|our|my) (?:old |fat |viejo |vieja |gordo |gorda )?{person_insult} (?:de|del|que|from|in|at|on|who)(?![^ .])',
      ],
      examples: {
        hit: ['Ese ruco de la alberca ya ni oye el silbato', 'that old geezer at window 2 made me wait an hour', 'Remember when she cried at the audit? what a crybaby', 'La licenciada cree que la van a ascender, pobre ilusa', 'El borracho de mantenimiento llegó tarde otra vez'],
        miss: ['A drunk driver hit a light pole on Mesa last night', 'Pobre perrito, lo encontramos en el parque', 'The senior center offers free rides to the clinic'],
      },
    },
    {
      id: 'judgement.harassment.shunned',
      category: 'harassment',
      message: { en: 'Tells a person nobody likes or respects them, or pushes them to quit.', es: 'Le dice a una persona que nadie la quiere o respeta, o la presiona para que renuncie.' },
      patterns: [
        '(?:nobody(?<!(?:heat|rain|wind|monday|mondays|traffic|humidity|cold|dust|covid) nobody)|no one|noone|no body) (?:here |at work |in (?:the|this) (?:office|department|building|city) )?(?:likes|respects|wants|can stand|cares about|listens to|trusts|invited|asked for) (?:you|u|ya|him|her|them)(?![^ .])',
        // Not said to the weather or a weekday ("ya vete calor, nadie te quiere").
        '(?:nadie(?<!(?:calor|frio|lluvia|viento|polvo|lunes|covid|tierrero) nadie)|ni (?:sus|su|los|las) [a-z]+) (?:te|lo|la|los|las|le) (?:quiere|quieren|respeta|respetan|aguanta|aguantan|soporta|soportan|traga|tragan|pela|pelan|toma en serio|toman en serio|invito|invita|pidio)(?! (?:[a-z]+(?:ar|er|ir)|a|de|en|para)(?![^ .]))',
        '(?:just|please|pls|plz|go|why dont you|why don t you) (?:resign|quit|retire)(?: already| now| and spare us| and do us a favor| and go away)(?![^ .])',
        '(?:a ver si|para ver si|pa ver si|to see if|maybe then) (?:ahora si |ya |por fin |asi |finally |then )?(?:renuncia|renuncian|se va|se larga|se cambia|pide su cambio|(?:he|she|they) (?:quits|resigns|leaves))(?![^ .])',
      ],
      examples: {
        hit: ['@councilmanvega nobody likes you, go home', 'A la de compras nadie la soporta, ya que se jubile', 'just resign already and spare us the speeches, Commissioner', 'Le vamos a cambiar el escritorio a Lalo a ver si ahora sí renuncia'],
        miss: ['Nobody likes potholes: report them to 311', 'Nadie lo quiere comprar, el carro sigue en venta', 'The director will retire in June after 30 years of service'],
      },
    },
    {
      id: 'judgement.harassment.group_dehumanized',
      category: 'harassment',
      message: { en: 'Calls a group of people vermin, animals or worthless.', es: 'Trata a un grupo de personas de animales, plaga o inútiles.' },
      // Not negatable: a negation anywhere earlier in the sentence ("no manches, la cajera es bien naca") would cancel it; the guard classes hold "never call", "nobody deserves".
            cooccur: [
        { all: ['people_group', 'dehumanize'], within: 8, unless: ['group_guard'], guardWithin: 6 },
        { all: ['people_group', 'group_contempt'], within: 14, unless: ['group_guard'], guardWithin: 6 },
        // Round 7: rejection and contempt said as people say it, for the groups of both classes.
        { all: [['people_group', 'people_group_more'], 'group_reject'], within: 14, unless: ['group_reject_guard'], guardWithin: 6 },
        { all: ['people_group_more', ['dehumanize', 'group_contempt']], within: 10, unless: ['group_guard'], guardWithin: 6 },
      ],
      examples: {
        hit: [
          'Those homeless people by the library are animals, I swear', 'Seniors at the computer lab are hopeless, honestly', 'Los indigentes del centro son una plaga',
          'the Haitians at the bus station should go back to their own country', 'Those people at the Tornillo bus stop can swim back to Juárez for all I care', 'Esos chilangos que llegaron a Parques no quieren trabajar', 'Si eres mormón no eres bienvenido en mi cuadrilla',
        ],
        miss: [
          'Homeless outreach: the shelter needs volunteers and blankets', 'Animal Services has kittens for adoption, seniors get a discount', 'Los viejitos del centro recibieron sus vacunas',
          'Mormons are welcome to rent the hall like anyone else', 'Los indocumentados pueden pedir ayuda legal gratis en la biblioteca', 'No todos los juarenses son rateros, dejen de decir eso', 'Haitians at the shelter are not criminals, they need help',
        ],
      },
    },
    {
      id: 'judgement.harassment.name_calling',
      category: 'harassment',
      message: { en: 'Calls a person names (loser, clown, hack) or demeans them.', es: 'Insulta a una persona (payaso, inútil, perdedor) o la humilla.' },
      negatable: true,
      patterns: [
        // An insult the packs already read ("you are a pathetic loser") is left to them.
        // The gap may not start with the article (the group takes it) nor with a pack adjective.
        '{is_person} (?:a |an |such a |such an |just a |just an |the biggest |nothing but a |a total |a complete |an absolute |a straight up |straight up )?(?!(?:a|an|{neg_adj}) ){~3}{insult_noun}(?![^ .])',
        '(?:the |that |this |our |my |your )?(?:new |old |acting |interim )?(?:{person_role}|girl|chick|gal|kid)(?: (?:at|from|in|on|of|with|de|del|en|who|que)(?: [^ .]+){1,6}?)? (?:is|s|was|es|era) (?:a |an |such a |just a |the biggest |a total |a complete |una |un )?{~1}(?:{insult_noun}|{insulto})(?![^ .])',
        '(?:you|u) {insult_adj} (?:{insult_adj} )?{insult_noun}(?![^ .])',
        // "you sad lonely lady", "you bitter old man".
        '(?:you|u|ya) (?:sad|pathetic|miserable|bitter|lonely|ugly|fat|dumb|stupid|worthless|useless|clueless|disgusting|nasty|jealous|washed up|sorry|crazy|old|little) (?:sad |old |lonely |bitter |little |miserable |fat |ugly |dumb |crazy |jealous )?(?:lady|woman|man|dude|girl|boy|person|human|human being|excuse for a [a-z]+|thing|karen|hag|witch|troll)(?![^ .])(?<!(?:thank|thanks|love|miss|bless|see|got|hey|hi|congrats|congratulations|proud of) (?:you|u|ya) [a-z]+(?: [a-z]+)?(?: [a-z]+)?)',
        // "the 311 supervisor is so ugly", "she's dumb af".
        '(?:{person_role}|girl|chick|gal|he|she|hes|shes|he s|she s|youre|you re|ur|you are) (?:is |s |was |looks |seems |acts )?(?:so |too |really |super |hella |mad |straight up |just |such an? |the most )?{harassment_person_adj}(?: af| as hell| as fuck)?(?![^ .])(?! (?:day|week|weather|traffic|printer|system|form|policy|rule|schedule|heat)(?![^ .]))',
        // "whoever complained about the pool is a pathetic loser", "the whiny crybaby in HR".
        '(?:whoever|anyone who|anybody who|everyone who|people who|the person who|the guy who|the lady who|the woman who|the man who|quien|el que|la que|los que|las que) (?:[^ .]+ ){1,10}(?:is|are|s|es|son|was|were) (?:a |an |such a |such an |just a |the biggest |una |un |unos |unas |puro |puros |bien |unos pinches |un pinche |una pinche )?(?:[^ .]+ ){0,2}(?:{harassment_person_noun}|{insulto_persona})(?![^ .])',
        '(?:the|that|this|our|some|a|an|ese|esa|el|la) (?:[^ .]+ )?{harassment_person_noun} (?:in|from|at|over in|down in|who|that|de|del|en|que)(?![^ .])',
        '(?:grow up|get a life|get over yourself|cry more|keep crying|madura|maduren) (?:you |u )?(?:{harassment_person_noun}|baby|princess|snowflake|loser)(?![^ .])',
        '(?:eres|sos) (?:un |una |bien |muy |tan |el mas |la mas |re |todo un |toda una |un pinche |una pinche )?(?:{~1})?{insulto}(?![^ .])',
        // "¡qué falsa eres!", "cállate, envidiosa", "das asco": said to someone.
        'que {insulto} (?:eres|sos|es|son)(?! (?:esto|eso|todo|el|la|lo|que)(?![^ .]))',
        '(?:callate|calla|callese|largate|banate|vete) (?:ya )?(?:{insulto}|{body_noun_es})(?![^ .])',
        '(?:das|dais) (?:mucho |tanto |mucha |un )?asco(?![^ .])',
        '(?:que|menuda|menudo|pobre|vaya|tremenda|tremendo|la muy|el muy) {insulto_persona}(?= \\.|$| (?:ese|esa|este|esta|esos|esas|la|el|los|las|eres|es|sos|de|del)(?![^ .]))',
        '{insulto_persona} (?:eres|sos|esa|ese|esta|este)(?= \\.|$| (?:mujer|hombre|tipo|tipa|vieja|viejo|senora|senor|morra|vato|wey|un rato)(?![^ .]))',
        '(?:te ves|estas|sos|eres|pareces) (?:mas|muy|bien|re|tan) (?:fea|feo|gorda|gordo|vieja|viejo|ridicula|ridiculo|patetica|patetico|tonta|tonto|naca|naco)(?![^ .])',
        // Round 9 (s12-ja): "stop being such a crackhead", "deja de ser tan payaso".
        '(?:stop being|quit being|deja de ser|dejen de ser|deje de ser) (?:such a |such an |so |a |an |tan |un |una |bien )?(?:{insult_noun}|{harassment_person_noun}|{insulto}|{harassment_person_adj})(?![^ .])',
        // "es un inútil" names a person; "es inútil" may be the printer.
        '(?:es|son) (?:un|una|unos|unas|el mas|la mas|todo un|toda una|un pinche|una pinche|unos pinches) (?:{~1})?{insulto}(?![^ .])',
      ],
      examples: {
        hit: [
          '@eastsidewatch you\'re a 50 year old loser who complains about every bike lane',
          'The new deputy director is a clown',
          'That lady at public comment was a total nutjob',
          'Go back under your bridge, you illiterate troll',
          'El de Planeación es un bueno para nada',
          'La nueva jefa de Tránsito es una chismosa',
          '¡Qué hipócrita eres, licenciado!',
          'Cállate, envidiosa, nadie te preguntó',
          'Tú das asco, deja de comentar en la página',
          'Qué payaso ese regidor, otra vez llegó tarde',
          'Menuda hipócrita la concejala',
          'Te ves más gorda que el año pasado, amiga',
        ],
        miss: [
          'The new parking schedule is a joke',
          'Our new mascot is a clown fish named Bubbles!',
          'Thank you, clowns and jugglers, for a great Family Day',
          'La propuesta es un chiste, necesita más trabajo',
          'Qué falso es eso que dicen del parque, ya está abierto',
          'Qué pesado el tráfico en la Mesa hoy',
          'Qué falsa alarma la de ayer en la biblioteca',
          'Learn to swim at any city pool: classes start June 3',
        ],
      },
    },
    {
      // Not negatable: the put-down is itself a negation ("can't even read").
      id: 'judgement.harassment.put_down',
      category: 'harassment',
      message: { en: 'Puts a person down for their intelligence.', es: 'Humilla a una persona por su inteligencia.' },
      patterns: [
        '(?:he|she|they|you|u|hes|shes|he s|she s|youre|you re|dude|guy|{person_role}) (?:cant|can t|couldnt|could not) (?:even )?(?:read|spell|count|think|tie (?:his|her|their) shoes|find (?:his|her|their) (?:way|car|desk))(?: (?:to save (?:his|her|their) life|for shit|a map|a sign|the safety signs|the signs))?(?![^ .])',
        '(?:maybe|try to|go|please) learn (?:how )?to (?:spell|read|write|count|talk|speak english|speak spanish)',
        '(?:can|could) (?<!(?:^| )(?:i|we|i m|im|i am|we re) (?:can|could) )(?:barely|hardly|not even|t even) (?:tie (?:his|her|their) (?:own )?(?:shoes|boots)|read|spell|count|write|add|think|function|form a sentence|string a sentence)(?![^ .])(?! (?:the|this|that|it|my|your|in|from|at|with|because|after|anymore|without|on)(?![^ .]))',
        '(?:count|counting) (?:past|to|beyond|higher than) (?:5|10|ten|five|three|3|20|twenty)(?![^ .])(?<!(?:kids|children|ninos|toddlers|students|class) (?:[^ .]+ ){0,4}(?:count|counting) [^ .]+ [^ .]+)',
        '(?:dumb|dumber|stupid|dense|thick|dim) (?:as|than) (?:a |an )?(?:rock|rocks|box of rocks|bag of rocks|bag of hammers|brick|bricks|post|fence post|doorknob|potato|sack of potatoes)(?![^ .])',
        '(?:brain|brains|iq|memory|attention span|intelligence|personality|common sense|charisma) of a (?:{~2})?(?:goldfish|rock|potato|toddler|squirrel|gnat|fly|brick|peanut|walnut|pea|doorknob|houseplant|sponge|paper towel|paper bag|noodle|sock|cardboard box|brick wall|dial tone|saltine)(?![^ .])',
        '(?:that|this|some|you) (?:old|fat|ugly|stupid|dumb|crazy|nasty|lazy|useless) (?:{insult_noun})(?![^ .])',
        '(?:needs to|should just|should|tell (?:him|her|them) to) (?:sit down and )?shut (?:up|(?:her|his|their|your) (?:mouth|trap|pie hole))(?![^ .])',
        '(?:he|she|you|hes|shes|he s|she s|always|guy|dude|lady) (?:[^ .]+ )?(?:reeks|smells|smelled|reeked|stinks|stank) (?:of|like) (?:tequila|booze|alcohol|beer|liquor|whiskey|weed|vodka|a brewery|a bar)(?![^ .])',
        '(?:siempre|ya|diario|otra vez) (?:llega|viene|anda|esta) (?:bien |todo |toda )?(?:pedo|peda|borracho|borracha|crudo|cruda|briago|briaga|hasta atras|jalado|jalada)(?![^ .])',
        '(?:mas|tan) (?:tonto|tonta|menso|mensa|burro|burra|bruto|bruta|pendejo|pendeja) (?:que|como) (?:una |un )?(?:piedra|tabique|ladrillo|poste|papa|burro|mula|banqueta|maceta)(?![^ .])',
        '(?:no sabe|no saben|no sabes) ni (?:leer|escribir|contar|sumar|prender la computadora|hablar|lo que dice|lo que hace|donde esta parado|donde esta parada|su nombre)(?![^ .])',
      ],
      examples: {
        hit: ['Our new interim director has the personality of a wet paper towel', 'That old hag from the neighborhood association needs to sit down and shut up', 'Everybody keep an eye on Rodriguez, he reeks of tequila every morning', 'The new receptionist is dumb as a box of rocks', 'the new clerk has the brain of a goldfish', 'Ese viejito del comité no sabe ni lo que dice', 'He can\'t even spell his own department', 'hey @newsdesk maybe learn to spell before you write about us', 'El licenciado no sabe ni prender la computadora'],
        miss: ['Kids who can\'t read yet can join story time with a parent', 'Learn to swim at any city pool: classes start June 3', 'Si no sabe leer el aviso, pida ayuda en la ventanilla'],
      },
    },
    {
      id: 'judgement.harassment.mock_body',
      category: 'harassment',
      message: { en: 'Mocks a person\'s body or looks.', es: 'Se burla del cuerpo o de la apariencia de una persona.' },
      negatable: true,
      patterns: [
        '(?:looks?|looked|looking|walks?|walked|walking|runs?|ran|talks?|dresses|dressed|sounds?|smells?|waddles?|waddled|waddling|wobbles?|rolls?) (?:(?:around|in|into|down|up|through|across|out of|to) (?:[^ .]+ ){0,3})?like (?:a |an |such a |some |the |one of the |a big |a little )?(?:{~2})?{mock_thing}(?! (?:fish|costume|show|tent|mask|party|themed|theme|ride|exhibit|float)(?![^ .]))',
        '(?:parece|pareces|parecen|parecia|parecias|camina como|caminas como|habla como|se viste como|se ve como|te ves como) (?:un |una |el |la |los |las )?(?:{~2})?{mock_thing}(?! (?:de peluche|inflable|de la feria|del desfile)(?![^ .]))',
        '(?:that|this|the|some|a|our|his|her|ur|your) {body_adj} (?:ass |old )?(?:slob|slobs|pig|cow|lady|guy|man|woman|chick|dude|bitch|bastard|{person_role})(?![^ .])',
        '(?:gut|belly|beer belly|muffin top|rolls|flab|butt crack|ass crack) (?:hanging|spilling|pouring|sticking|poking|busting|popping) out',
        '(?:chins|double chin|gut|belly|rolls|muffin top|moobs|man boobs|beer belly|love handles|cankles|unibrow|mustache|zits|acne) on (?:the|that|this|her|him|his|our)(?: new| old)? (?:{person_role}|guy|lady|girl|chick|dude|one)(?![^ .])(?! s (?:photo|picture|pic|portrait|poster|statue|painting|mural|cutout|sign|cardboard)(?![^ .]))',
        '(?:la|el|ese|esa|mi|tu|nuestra|nuestro) (?:nueva |nuevo )?{person_role}(?: (?:de|del)(?: [^ .]+){1,2}?)? (?:esta|anda|se puso|se ve|es|esta bien|anda bien) (?:bien |muy |re |toda |todo |super |tan )?(?:gorda|gordo|gordota|gordote|panzona|panzon|fea|feo|marrana|marrano|cerda|cerdo|obesa|obeso|ballena|chancha|chancho)(?![^ .])',
        '(?:{person_role}|vieja|viejo|morra|vato|ruca|senora|senor|ella|tu|usted|nueva|nuevo)(?: [^ .]+){0,5} (?:esta|estas|se ve|te ves|anda|andas|se puso|te pusiste) (?:bien |muy |re |tan |super |toda |todo )?(?:gorda|gordo|gordota|gordote|gordinflona|gordinflon|panzona|panzon|lonjuda|lonjudo|cacariza|cacarizo|chimuela|chimuelo|horrenda|horrendo|espantosa|espantoso)(?: y (?:fea|feo|gorda|gordo|vieja|viejo))?(?![^ .])',
        '(?:le dicen|le decimos|le apodan|le pusimos|we call (?:him|her)|they call (?:him|her)) (?:el |la |the )?{mock_thing}(?![^ .])',
        '(?:que asco|me da asco|da asco|que feo|que fea) (?:la|el|ese|esa) {person_role}(?![^ .])',
        '(?:esos|esas|sus|tus) (?:dientes|dientotes) (?:chuecos|chuecotes|amarillos|podridos|de conejo)(?![^ .])',
        '(?:estas|eres|sos) (?:bien |muy |tan |mas |re |super )?{body_noun_es}(?![^ .])',
        '(?:gorda|gordo|vieja|viejo|panzona|panzon) (?:fea|feo|asquerosa|asqueroso|pulgosa|pulgoso|estupida|estupido|inutil|horrible|cochina|cochino)(?![^ .])',
        'ya (?:ni|no) (?:cabe|cabes) en (?:la|el|su|tu) (?:silla|asiento|cabina|uniforme|escritorio|elevador|pantalon|camisa|puerta|carrito|troca)(?![^ .])',
        '(?:lay off|ease up on|go easy on|cut back on) the (?:donuts|doughnuts|tacos|burgers|cheeseburgers|buffet|cake|fries|twinkies|pizza)',
        // Round 6: also "al enano de compras", "ese cieguito que atiende"; not a gordita of chicharrón.
        '(?:el|la|ese|esa|pinche|al|a la|miren al|miren a la|mira al|mira a la) (?:{body_noun_es}|{body_nick_es}) (?:de|del|que)(?![^ .])(?! (?:chicharron|harina|maiz|queso|frijol|frijoles|nata|azucar|papa|masa|guisado|carne|pollo|res|nopales|rajas|deshebrada)(?![^ .]))',
        '(?:bajale|bajenle|le baja|bajarle) (?:a |a las |a los |a la )?(?:gorditas|tacos|tortillas|tamales|garnachas|pasteles|papitas|coca|comida|donas|pan)',
        'ya ni (?:cabe|cabes) en',
        // Round 9 (s12-ja): "reminds her of a potato", "se parece a una botarga"; "the fat clown".
        '(?:reminds (?:me|her|him|us|everyone|everybody) of|me recuerda a|le recuerda a|nos recuerda a) (?:a |an |un |una |el |la )?(?:{~2})?{mock_thing}(?! (?:fish|costume|show|tent|mask|party|ride|exhibit|float|de peluche|inflable)(?![^ .]))',
        '(?:the|that|this|those|these|our|your|ur) {body_adj} (?:{insult_noun}|{harassment_person_noun})(?![^ .])',
      ],
      examples: {
        hit: [
          'Did you see the budget officer at the hearing? She looks like a potato in a blazer',
          'the fat dude at the permit counter took 20 minutes to stand up',
          'La de Recursos Humanos parece botarga con ese vestido',
          'El panzón de la grúa ya ni cabe en el asiento',
          'Look at the chins on the guy from the water utility presser 😂',
          'La nueva secretaria está bien gorda, ya no cabe en la silla',
          'tell the new guy to lay off the donuts before the fitness test',
        ],
        miss: [
          'The float looks like a dragon this year, great work Parks crew',
          'Our new mascot costume looks like a chihuahua costume from far away',
          'Las gorditas de chicharrón de la cafetería se acaban temprano',
          'El burrito de la cafetería está bien gordo, alcanza para dos',
          'Ya no cabe en la bodega el material del desfile',
          'Los niños hicieron una piñata que parece un sol',
        ],
      },
    },
    {
      id: 'judgement.harassment.mock_speech',
      category: 'harassment',
      message: { en: 'Mocks how a person speaks (a stutter, an accent) or a disability.', es: 'Se burla de cómo habla una persona (tartamudez, acento) o de una discapacidad.' },
      negatable: true,
      patterns: [
        // "lmao did y'all hear the dispatcher stutter on the radio".
        '(?:lol|lmao|lmfao|jaja|jajaja|jajajaja|haha|hahaha|que oso) (?:[^ .]+ ){0,10}(?:stutter|stuttered|stuttering|stammer|stammered|stammering|lisp|lisping|tartamudear|tartamudeo|tartamudeando)(?![^ .])',
        '(?:stutter|stuttered|stuttering|stammer|stammered|stammering|lisp|lisping|tartamudear|tartamudeo|tartamudeando)(?: [^ .]+){0,12} (?:lol|lmao|lmfao|jaja|jajaja|jajajaja|haha|hahaha|que oso)(?![^ .])',
        // A stutter spelled out: "c-c-closed", "b-b-b-buenos".
        '([b-df-hj-np-tv-z]{1,2}) \\1 (?:\\1 )?\\1[a-z]+',
        '(?:habla|hablan|hablas|talks|speaks|speak) (?:ingles|espanol|english|spanish) (?:como|like)(?! (?:un |una |a |an )?(?:nativo|nativa|native|pro|profesional|local|natural|champ|campeon|campeona)(?![^ .]))',
        '(?:habla|hablan|hablas|talks|speaks|sounds) (?:como|like) (?:un |una |a |an )?(?:indio|india|chino|china|retrasado|retrasada|bebe|robot|caveman|cavernicola|tarzan|mongolito|mongolita|borracho|borracha|drunk|baby|toddler|retard|mongol|naco|naca|nino chiquito|apache)(?![^ .])',
        '(?:get|needs?|buy) (?:this|that|the) (?:man|woman|guy|lady|dude|{person_role}) (?:a |an |some )?(?:speech therapist|script|translator|brain|clue|life|mirror|treadmill|gym membership|diet|personality|shower|deodorant|dictionary|braces|dentist|toothbrush|comb|razor|wig)(?![^ .])',
        '(?:tartamudeo|tartamudea|tartamudeando|tartamudo|tartamuda) {~5}(?:jaja|jajaja|jajajaja|lol|lmao|que oso|xd)',
        // Round 9 (s12-ja): "somebody get her an English tutor", "que alguien le pague clases de inglés".
        '(?:somebody|someone|alguien|que alguien) (?:get|buy|find|pay for|consiga|consigale|pague|paguele|compre|comprele) (?:her|him|them|le|les|a la|al) (?:[^ .]+ ){0,2}(?:a |an |some |un |una |unas |unos )?(?:english tutor|english class|english classes|english lessons|speech therapist|speech therapy|dictionary|clases de ingles|maestro de ingles|diccionario|clases de diccion)(?![^ .])',
        // Round 7: a stutter imitated by syllables after "talks like" ("habla como 'se-se-servidor'").
        '(?:habla|hablan|talks|speaks|says|dice|sounds) (?:como |like )?(?:[^ .]+ ){0,3}([a-z]{1,3}) \\1 \\1[a-z]{2,}',
      ],
      examples: {
        hit: [
          'the spokesman at the presser: "w-w-we are l-l-looking into it" lol',
          'La jefa dijo "p-p-pues" en la junta jajaja',
          'El nuevo gerente habla inglés como robot',
          'El de Sistemas habla como indio jajaja',
          'somebody get this man a speech therapist before the next briefing',
        ],
        miss: [
          'Meet the B.B. King tribute band at the plaza',
          'La bibliotecaria habla inglés como nativa, pregúntenle',
          'The new clerk needs a desk and a phone by Monday',
        ],
      },
    },
    {
      id: 'judgement.harassment.bullying',
      category: 'harassment',
      message: { en: 'Gangs up on a person: shunning, pushing them out, mocking them.', es: 'Se junta contra una persona: la aísla, la presiona para que se vaya o se burla de ella.' },
      patterns: [
        '(?:until|till) (?:he|she|they) (?:quits?|cries|resigns?|transfers?|transfers out|leaves|gets fired|gives up|breaks)(?! (?:for|at|smoking|drinking|vaping)(?![^ .]))',
        '(?:make|making|made|makes) (?:his|her|their|[a-z]+ s|[a-z]+s) (?:life|lives|job|days|shifts) (?:miserable|hell|a living hell|impossible|unbearable)(?![^ .])',
        '(?:hacerle|hacerles|hacerte|le hacemos|le hicimos|les hacemos|le vamos a hacer|le hacen|le hicieron) la vida (?:imposible|de cuadritos|miserable|un infierno|pesada|de la chingada)(?![^ .])',
        '(?:hasta que|hasta q) (?:renuncie|renuncien|se vaya|se vayan|se largue|se larguen|llore|lloren|pida su cambio|pida el cambio|se cambie|la corran|lo corran)(?![^ .])',
        '(?:make|making) (?:him|her|them) (?:quit|resign)(?! (?:smoking|drinking|vaping)(?![^ .]))',
        '(?:nobody|no one|lets not|let s not|everyone ignore|y all ignore|yall ignore) (?:invite|invites|talk to|talks to|sit with|sits with|eat lunch with|say hi to|help)(?! (?:me|us|strangers|anyone|anybody|yourself|yourselves)(?![^ .]))',
        'grow (?:a spine|some balls|a pair|some thicker skin)',
        '(?:no seas|no sea|deja de ser) (?:tan )?(?:llorona|lloron|chillona|chillon|nena|nenita|maricon)',
      ],
      // session 13 (lexicon): a person + what is done to push them out or wear them down (harass_push).
      cooccur: [{ all: [['person_ref', 'person_any'], 'harass_push'], within: 12, unless: ['demeaning_guard', 'harass_push_guard'], guardWithin: 8 }],
      examples: {
        hit: ['Week 2 of hiding Ray\'s chair until he quits', 'nobody invite Lorena to the potluck, she\'ll just complain', 'Everyone in Records saw Tom cry over the audit. grow a spine, man',
          'Hay que aplicarle la ley del hielo a la supervisora nueva', 'Everyone ignore the new guy in fleet, let\'s see how long he lasts', 'Lo arremedamos cada que habla el del almacén',
          'I keep following the receptionist to her car after work, she\'ll come around', 'Hay que regar el chisme de que el ingeniero llega crudo'],
        miss: ['Nobody talk to me before my coffee', 'Quit smoking classes start Monday: we will help until you quit for good', 'No one help yourself to the cake before the party',
          'If someone at work gives you the silent treatment for weeks, report it to HR', 'Escondimos los huevos de pascua en el parque, los niños tienen hasta las 3',
          'The new clerk does impressions at the talent show, she can imitate the mayor perfectly', 'Ella no vino hoy, la dejaron sola en la ventanilla y atendió a todos'],
      },
    },
    {
      id: 'judgement.harassment.sexual_remark',
      category: 'harassment',
      message: { en: 'Makes a sexual remark about a person.', es: 'Hace un comentario sexual sobre una persona.' },
      negatable: true,
      patterns: [
        ...SEXUAL_REMARK_PATTERNS,
        '(?:el|su|sus|los|the|her|his) (?:pack|packs|nudes) (?:de|del|of) (?:la |el |the |that |this )?(?:{~1})?(?:nueva|nuevo|morra|chava|chavita|vieja|ruca|{person_role}|girl|chick|lifeguard)',
        '(?:the|that|this|our) (?:new |hot |cute |sexy )?(?:{person_role}|girl|chick|lifeguard) {~9}(?:only reason i|reason i (?:pull|come|go|visit))',
      ],
      examples: {
        hit: ['La nueva de Recursos Humanos está bien buenota 🥵', 'El muchacho de la ventanilla me pone bien cachonda', 'that new clerk, those shorts tho 🔥', 'the new girl at the pool is the only reason i go to work lol'],
        miss: ['Los tamales de doña Mari están bien buenos', 'Uniform pants are in the supply room, pick up your size'],
      },
    },
    {
      // Round 6: the policy counts sexual remarks aimed at a person as harassment too; the
      // classes are sexual.ts's (desire said of a person, a sexual rumour about them).
      id: 'judgement.harassment.sexual_at_person',
      category: 'harassment',
      message: { en: 'Makes a sexual remark or spreads a sexual rumour about a person.', es: 'Hace un comentario sexual o difunde un rumor sexual sobre una persona.' },
      cooccur: [
        { all: [['person_ref', 'person_any', 'sex_target'], 'sex_desire'], within: 10, unless: ['sexual_guard', 'desire_guard', 'harass_sex_guard'], guardWithin: 5 },
        { all: [['person_ref', 'person_any', 'sex_target'], 'sex_rumor'], within: 10, unless: ['sex_rumor_guard', 'sexual_guard'], guardWithin: 5 },
        // A request for nudes or a "pack" is aimed at whoever reads it.
        { all: ['pic_ask', ['pic_intimate', 'nudes']], within: 10, unless: ['pic_guard', 'sexual_guard'], guardWithin: 5 },
        // Round 9 (s12-ja): rumours and remarks said the office's way; pictures taken where people undress.
        { all: [['person_ref', 'person_any', 'sex_target'], 'harass_sex_remark'], within: 12, unless: ['sexual_guard', 'harass_sex_guard'], guardWithin: 6 },
        { all: ['harass_pic_taken', 'harass_pic_place'], within: 10, unless: ['harass_pic_place_guard'], guardWithin: 6 },
        // session 15: sexual.ts's innuendo, outfit remarks and favours-for-a-career are aimed at a person by nature (someone's job,
        // someone's clothes, someone's raise), so the policy counts them as harassment too.
        { all: ['innuendo_cue', ['innuendo_when', 'innuendo_marker']], within: 10, unless: ['innuendo_guard', 'sexual_guard', 'harass_sex_guard'], guardWithin: 6 },
        { all: ['garment', 'garment_remark'], within: 10, unless: ['garment_guard'], guardWithin: 5 },
        { all: ['career_stake', 'favor_to_me'], within: 12, unless: ['favor_guard'], guardWithin: 6 },
      ],
      examples: {
        hit: ['Ese bombero nuevo está bien hot, le haría de todo', 'the new girl in records sleeps around with half the council staff', 'oye morra, mándame una fotito en la regadera', 'La de nóminas se la pasa más acostada que de pie, y no precisamente dormida', 'anyone wanna see the pics I took in the locker room at the pool',
          // session 15
          'the new meter reader can come read my meter anytime 😏', 'that skirt on the new clerk should be illegal, I can\'t focus', 'si quiere el ascenso que sea cariñosa conmigo, ya le dije'],
        miss: ['The new girl in permits is so good at her job', 'La nueva de permisos dice que el trámite fue fácil', 'Pics I took of the new locker room at the rec center, wanna see?', 'The new lifeguard did mouth to mouth on the CPR dummy in record time',
          // session 15
          'Reminder: shorts are not allowed under the dress code, I can\'t focus on anything else today', 'A plumber can check my pipes anytime after the leak, thanks 311'],
      },
    },
    {
      // Round 9 (s12-ja): a job favor tied to affection or a date ("si quiere subir de puesto, nomás tiene que ser cariñosa conmigo").
      id: 'judgement.harassment.quid_pro_quo',
      category: 'harassment',
      message: { en: 'Ties a promotion, a raise or a job to affection or a date: sexual harassment.', es: 'Condiciona un ascenso, un aumento o el trabajo a cariño o a una cita: acoso sexual.' },
      cooccur: [{ all: ['qpq_job', 'qpq_favor'], within: 14, unless: ['demeaning_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'A la nueva ya le dije que si quiere subir de puesto nomás tiene que ser cariñosa conmigo',
          'tell the new clerk if she wants the good shifts she should go out with me Friday',
        ],
        miss: [
          'Congrats on the promotion! Dinner with me and the team Friday to celebrate',
          'Para el ascenso hay que pasar el examen; salir conmigo a la capacitación es opcional',
        ],
      },
    },
    {
      id: 'judgement.harassment.slur_at_people',
      category: 'harassment',
      message: { en: 'Calls a person or a group by a slur.', es: 'Llama a una persona o a un grupo con un insulto discriminatorio.' },
      patterns: [
        // Not "I'm such a ___": the lexicon's word rule judges a slur said of oneself.
        '(?:the|these|those|this|that|a|an|some|couple of|bunch of|you|you re a|youre a|ur a|such a|another|los|las|esos|esas|ese|esa|el|la|un|una|pinche|pinches|puro|puros|tanto|tanta|bien|otro|otra|estos|estas|este) (?<!(?:i m|im|i am) such a ){slur_word}(?![^ .])',
        ...SLUR_AT_PERSON_PATTERNS,
        // Round 6: a slur as what a person or a group "is" ("es un indio patarrajada", "son unos
        // maricas"), or the one pointed at ("al tranny que contrataron", "the fag at the front desk").
        '(?:es|son|eres|sos|is|are|s|re|was|were) (?:un|una|unos|unas|a|an) [^ .]+ {slur_word}(?![^ .])',
        '(?:unos|unas|unos pinches|unas pinches) {slur_word}(?![^ .])',
        '(?:al|a la|bola de|look at the|look at that|mira al|miren al|mira a la|miren a la) (?:[^ .]+ )?(?:{slur_word}|{slur_ambiguous})(?![^ .])',
        '(?:the|that|this|el|la|ese|esa) (?:new |nuevo |nueva )?{slur_ambiguous} (?:at|from|in|on|who|that|de|del|en|que)(?![^ .])',
      ],
      examples: {
        hit: ['these retards in the comments can\'t read a map', 'Tanto maricón en el desfile, ni se podía pasar', 'Los mojados de la esquina ya se fueron del parque'],
        miss: ['Spread the Word Day: the library has a pledge wall to retire the r-word', 'Los pisos mojados de la entrada están marcados con conos'],
      },
    },
    {
      id: 'judgement.harassment.group_hostility',
      category: 'harassment',
      message: { en: 'Demeans a group for their faith, origin, sexuality or disability.', es: 'Denigra a un grupo por su fe, su origen, su sexualidad o una discapacidad.' },
      patterns: [
        '{prot_group} (?:shouldnt|should not|should never|must not|cant|cannot|dont deserve to|do not deserve to) be allowed (?:to|in|near)',
        '{prot_group} (?:run|control|own|runs|controls|owns) (?:the |all the |our |this )?(?:banks|media|government|city|council|hollywood|world|money|country|town)',
        '(?:cults|cult) like (?:that|them|those|theirs)',
        '(?:los |las )?{prot_group} no (?:deberian|deben|tendrian que) (?:poder|tener derecho|estar|entrar)',
      ],
      examples: {
        hit: ['Hindus shouldn\'t be allowed to use the park pavilion for their festival', 'Jews control the media in this town, everyone knows it', 'Los musulmanes no deberían poder rezar en el centro comunitario'],
        miss: ['Kids shouldn\'t be allowed to swim without an adult', 'Muslims, Jews and Christians all joined the interfaith food drive', 'Los niños no deberían entrar a la alberca sin un adulto'],
      },
    },
  ],
};
