import type { CategoryJudgement } from '../types';

/**
 * Sexual remarks about a person (their body, what the writer would do to them): sexual, and
 * harassment too when a person is described, so harassment.ts reuses these patterns.
 */
export const SEXUAL_REMARK_PATTERNS: readonly string[] = [
  // "está bien buenota", "qué mamacita la nueva".
  '(?:esta|estas|estan|anda|andas|se ve|se mira|bien|que|tan|muy|re) (?:bien |muy |re |toda |todo )?{hot_es}(?![^ .])',
  // "I'd smash", "would tap that", "I'd do things to her".
  '(?:i d|id|i would|would|i wd|i ll|ill) (?:totally |def |definitely |so |100 )?(?:smash(?= \\.|$)|tap that|hit that(?= \\.|$)|bang (?:her|him|that)|do (?:things|stuff|unspeakable things|bad things|nasty things) to (?:her|him|them)|climb (?:her|him) like a tree|let (?:her|him) (?:sit on|ride))',
  // "me pone bien caliente", "makes me horny".
  '(?:me|nos) (?:pone|ponen|puso|pusieron|prende|prenden) (?:bien |muy |re |toda |todo )?(?:caliente|calientes|cachondo|cachonda|bellaco|bellaca|hot|horny)(?![^ .])',
  '(?:makes?|made|got|gets?) me (?:so |all |real |really |super )?(?:hot and bothered|horny|wet|hard|bricked up)(?![^ .])',
  // "her ass in those leggings", "those jeans tho".
  '{body_part} in (?:those|that|them|her|his|these) (?:{~1})?{outfit}',
  '(?:those|them|that|her|his|these) (?:{~1})?(?:{outfit}|{body_part}) (?:tho|though|doe|thooo|ooof|damn)(?![^ .])',
  // "thong season at the pool and I'm not complaining".
  '(?:thong|bikini|booty|cleavage|yoga pants|leggings) season',
  // "has a body I'd like to get my hands on".
  '(?:has|got|have|tiene) (?:a |such a |that |un |una |ese |esa )?(?:body|ass|rack|butt|booty|cuerpo|cuerpazo|culo|trasero) (?:i d|id|i would|i wanna|i want to|que me|que quisiera)',
  '(?:get|put|lay) my hands on (?:her|him|that body|that ass|them)(?![^ .])',
  '(?:the )?(?:best|nicest|hottest|sexiest|biggest|finest|juiciest) {body_part}(?! (?:of|shop|paint|practices?|award)(?![^ .]))',
  '(?:que|tan|bien) (?:rica|rico|sabrosa|sabroso|buena|bueno|buenota|buenote) (?:esta|estas|se ve|anda) (?:la|el) (?:nueva|nuevo|{person_role})',
  '(?:le|se la|se lo) (?:daba|daria|dejaba ir) (?:sin pensarlo|sin pensar|duro|toda la noche|con todo)(?![^ .])',
  // "is thicc", "she's a whole snack".
  '(?:is|s|looking|lookin|looks|so|hella|mad) (?:so |hella |mad |lowkey |straight up )?(?:thicc|thick af|a snack|a whole snack|a whole meal|a smokeshow|a smoke show|fine as hell|fine af|sexy af|hot af|sexy as hell|fuckable|bangable)(?![^ .])',
  // "I want him in my bed", "me la llevaría a la cama".
  '(?:want|wanna|need|get|got to get|gotta get) (?:him|her|them|that (?:[^ .]+ )?(?:man|woman|guy|girl|lady|dude)) (?:in|into) (?:my|bed|the) (?:bed|sheets)?',
  '(?:me lo|me la|me los) (?:llevaria|llevo|llevaba|subia|subo|llevaba) (?:a la|a mi|pa la|pa mi) (?:cama|casa|cuarto|recamara)(?![^ .])',
  // Sex at work: "we hooked up in the supply closet".
  '(?:hooked up|hook up|hooking up|made out|making out|had sex|banged|fucked|did it|going at it|went at it|doing it|getting it on|got it on|fooling around|cogimos|lo hicimos|nos acostamos|cogieron|se acostaron|me la cogi|me lo cogi|se la cogio|se lo cogio|nos cogimos|cogiendo|fajando|fajamos|se estaban fajando|nos estabamos fajando) (?:[^ .]+ ){0,3}(?:in|at|on|behind|inside|en|detras de|atras de) (?:the |a |our |his |her |la |el |su )?(?:[^ .]+ ){0,2}(?:supply closet|closet|office|break room|breakroom|copy room|supply room|storage room|file room|server room|locker room|truck|rig|station|rec center|library|stacks|bathroom|restroom|city hall|cruiser|patrol car|oficina|bodega|bano|troca|patrulla|unidad|cuarto de limpieza|almacen|vestidor|vestidores|archivo|estacion|caseta)(?![^ .])',
  // "I'd let her rescue me anytime", "can frisk me anytime".
  '(?:i d|id|i would|i ll|ill|would) let (?:her|him|them) (?:[^ .]+ ){1,3}(?:me )?(?:anytime|any time|any day|all night|whenever|all day)(?![^ .])',
  '(?:frisk|cuff|handcuff|spank|strip search|pat me down|rescue|inspect|search|ride|arrest) me (?:anytime|any time|any day|all night|whenever|daddy|papi|please|if you know)',
  '(?:i d|id|i would|would|i ll|ill) (?:ride|climb) (?:that|him|her)(?! (?:bus|route|bike|train|wave|ride|horse|line|roller|trail|rollercoaster|coaster|hill)(?![^ .]))',
  // "got a fat ass", "tiene unas nalgotas".
  '(?:got|has|have|with|tiene|tienes|con) (?:a |such a |that |un |una |unas |unos |esas |esos )?(?:fat |big |nice |phat |juicy |huge )?(?:ass|booty|rack|tits|boobs|nalgotas|nalgas|chichotas|chichis|tetas|tetotas|pompas|pompotas|culote|culo|piernotas)(?![^ .])',
  // "I want to see the new librarian naked".
  '(?:see|seeing|ver|verla|verlo|verlos|verlas) (?:[^ .]+ ){0,4}(?:naked|nude|desnuda|desnudo|desnudas|desnudos|sin ropa|in (?:her|his) (?:underwear|panties|bra|boxers))(?![^ .])',
  '(?:got|get|getting|gets|im|i m|i am|so|was|estoy|me puse|ando) (?:so |all |real |really |super |bien |re |muy )?(?:horny|bricked up|cachondo|cachonda|bellaco|bellaca)(?! (?:toad|toads|lizard|lizards)(?![^ .]))',
  '(?:ganas de|quiero|quisiera|me gustaria) (?:cogerme|cogerla|cogerlo|cogermela|cogermelo|tirarmelo|tirarmela|comermelo|comermela|cogerte|acostarme con)',
  '(?:{person_role}|bombero|policia|nuevo|nueva|chavo|chava|morra|vato)(?: [^ .]+){0,8} (?:me lo|me la) (?:comia|comeria|como) (?:todito|todita|enterito|enterita|a besos)(?![^ .])',
  '(?:falda|skirt|shorts|leggings|pants|jeans|vestido|dress|uniforme|pantalones|mallones|licra|top|scrubs) (?:tan |so |bien |re |muy )?(?:corta|cortita|corto|short|tight|apretada|apretado|apretados|pegadita|pegado|pegada|entallado)(?: [^ .]+){0,4} (?:uff|ufff|uf|damn|sheesh|mmm|mamacita|que piernas|que nalgas|que cuerpo|que curvas|que pompas)(?![^ .])',
  // "he can come inspect my pipes anytime" is innuendo (borderline); "ella puede venir a revisar" likewise: not here.
];

/**
 * sexual: explicit sex talk, sexual remarks about people, requests for nudes or "packs",
 * selling explicit pictures and OnlyFans pointers. The words (porn, nudes, sexting) are in the
 * lexicon; these frames catch the acts said in other words. En and es side by side.
 */
export const sexual: CategoryJudgement = {
  words: {
    /**
     * What makes a remark about a person sexual (co-occurrence with a person): desirability,
     * body parts, nudity, sex acts, en and es with slang. Words with everyday senses ("hot",
     * "rica", "cama") are left out or guarded.
     */
    sex_remark: [
      'sexy', 'sexier', 'sexiest', 'hottie', 'hotties', 'hottest', 'so hot', 'hella hot', 'smokeshow', 'smoke show', 'thicc', 'thick af', 'curvy', 'curves',
      'snack', 'a snack', 'baddie', 'stacked', 'busty', 'booty', 'ass', 'butt', 'tits', 'titties', 'boobs', 'rack', 'cleavage', 'bulge', 'package',
      'nipples', 'naked', 'nude', 'nudes', 'topless', 'lingerie', 'panties', 'thong', 'bra', 'horny', 'turned on', 'turns me on', 'smash', 'tap that',
      'hit that', 'bang', 'banged', 'banging', 'screw', 'screwing', 'hook up', 'hookup', 'hooked up', 'make out', 'made out', 'sleep with', 'slept with',
      'sleeping with', 'in bed', 'in my bed', 'bedroom', 'onlyfans', 'spicy pics', 'spicy content', 'send pics', 'dtf', 'daddy', 'sugar daddy',
      'seduce', 'seductive', 'kinky', 'freaky', 'moan', 'moaning', 'spank', 'spanking', 'sex', 'orgasm', 'porn',
      'stripper', 'lap dance', 'pole dance', 'undress', 'undressing', 'strip', 'frisk me', 'cuff me', 'pat me down', 'ride me', 'on top',
      'buenota', 'buenote', 'bien buena', 'bien bueno', 'mamacita', 'mamasita', 'papacito', 'papasito', 'sabrosa', 'sabroso', 'riquisima', 'cuerpazo',
      'curvas', 'nalgas', 'nalgotas', 'pompas', 'pompis', 'chichis', 'tetas', 'culo', 'trasero', 'piernotas', 'desnuda', 'desnudo', 'encuerada',
      'encuerado', 'sin ropa', 'calzones', 'tanga', 'hilo dental', 'cachonda', 'cachondo', 'bellaca', 'bellaco', 'coger', 'cogerla', 'cogerlo',
      'cogermela', 'cogermelo', 'culear', 'acostarme con', 'acostarse con', 'se acuesta con', 'packs', 'el pack', 'su pack', 'fotos hot', 'bien relleno',
      'relleno para', 'me la comeria', 'me lo comeria', 'le daria', 'le daba',
      // Round 4: desirability, undressing and sex said in other words (stems expand the forms, stems.ts).
      'can get it anytime', 'can get it any day', 'resuscitate me', 'handcuff me', 'put me in handcuffs', 'in handcuffs whenever',
      'nothing to the imagination', 'under that uniform', 'under her uniform', 'under his uniform', 'under those scrubs', 'out of that uniform',
      'fine as hell', 'fine af', 'fine asf', 'if you know what i mean', 'wink wink', 'sexting', 'sext', 'sexts', 'threesome', 'thirst trap',
      'drooling over', 'undress*', 'stripper', 'strippers', 'strip for', 'stripping for', 'seduc*', 'spank*', 'grope', 'groped', 'groping', 'fondle*',
      'booty call', 'hookup', 'hook up with', 'hooking up with', 'smash or pass',
      'brazotes', 'piernotas', 'culote', 'nalgon*', 'pompotas', 'chichotas', 'tetotas', 'debajo del uniforme', 'abajo del uniforme', 'debajo de la falda',
      'hacer cositas', 'hacerle cositas', 'encuerad*', 'desnud*', 'manosear', 'manosearla', 'manosearlo', 'nalgad*', 'cachond*', 'calenturient*', 'me excita',      // Round 5: the gaze and the outfit (staring, checking out, see-through, tight), arousal said plainly, and sex at work said around it.
      'staring at her', 'staring at his', 'staring at her ass', 'stare at her', 'stare at him', 'checking her out', 'checking him out', 'check her out',
      'check him out', 'checked her out', 'eye candy', 'the view', 'like the view', 'enjoying the view', 'enjoy the view', 'see through', 'seethrough',
      'pencil skirt', 'tight jeans', 'tight pants', 'tight dress', 'tight shirt', 'short shorts', 'in just a towel', 'just a towel', 'only a towel',
      'in a towel', 'forgot my own name', 'couldnt focus', 'couldn t focus', 'cant focus', 'can t focus', 'couldnt concentrate', 'boner', 'a hard on', 'got a hard on',
      'got wood', 'bricked up', 'horny', 'so horny', 'thirsty for', 'make me sweat', 'had me sweating', 'body you could', 'bounce a quarter',
      'lap dance', 'lap dances', 'strip club', 'titty bar', 'private show', 'friends with benefits', 'fwb', 'quickie', 'a quickie', 'walk of shame',
      'escote', 'escotazo', 'pegadito', 'pegadita', 'pegaditos', 'pegaditas', 'pura nalga', 'nalga', 'nalguitas', 'quien fuera silla', 'quien fuera',
      'coge rico', 'coger rico', 'cogen rico', 'mueve la cadera', 'llevarmelo a la casa', 'llevarmela a la casa', 'llevarmelo a mi casa', 'llevarmela a mi casa',
      'un free', 'free de una noche', 'amigos con derechos', 'aventura de una noche', 'un rapidito', 'me prende', 'me prendio', 'ganas de comermelo',
      'ganas de comermela', 'que rico esta', 'que rica esta', 'bien rico', 'bien rica', 'le quiero ver', 'le quiero ver todo', 'sin camisa',
    ],
    /** Where a sexual-sounding word is about heat, food, health or a report. */
    sexual_guard: [
      'hot weather', 'hot day', 'hot dog', 'hot dogs', 'hot sauce', 'hot chocolate', 'hot coffee', 'hot wings', 'heat', 'degrees', 'temperature', 'weather',
      'sex education', 'sexual assault', 'sexual harassment', 'harassment training', 'assault', 'abuse', 'awareness', 'prevention', 'survivors', 'survivor',
      'hotline', 'charges', 'arrested', 'offender', 'offenders', 'registry', 'clinic', 'std', 'sti', 'hiv', 'screening', 'six pack', 'six packs', 'pack of', 'packs of', 'wolf pack',
      'backpack', 'ice pack', 'bed bugs', 'flower bed', 'garden bed', 'truck bed', 'butt dial', 'butt dialed', 'kick butt', 'kick ass', 'bad ass', 'badass',
      'dumbass', 'jackass', 'lazy ass', 'smart ass', 'pain in the ass', 'cover your ass', 'strip mall', 'strip club permit', 'sex offender', 'sexo seguro',
      'educacion sexual', 'abuso', 'acoso', 'prevencion', 'clinica', 'chile relleno', 'chiles rellenos', 'pan', 'tamales', 'tamal', 'la ropa', 'ropa de',
      'donacion', 'donaciones', 'bath', 'baby', 'babies', 'bebe', 'newborn', 'breastfeeding', 'lactancia', 'mammogram', 'mamografia', 'cancer',
      'tacos', 'taco', 'comida', 'food', 'tamal', 'salsa', 'receta', 'recipe', 'cafeteria', 'plato', 'caldo', 'pozole', 'menudo', 'barbacoa', 'asado',
      'jazz', 'musica', 'music', 'band', 'banda', 'grupo', 'concierto', 'concert', 'training', 'class', 'clase', 'curso', 'certification',
      'spam', 'blocked', 'bloqueado', 'reported', 'filter', 'filtro', 'familias', 'incendio', 'lavanderia', 'laundry', 'ropa limpia',
      'strip of', 'median strip', 'test strip', 'test strips', 'paint', 'pintura', 'agua caliente', 'hot water', 'caliente el', 'comida caliente', 'cafe',
      'coffee', 'sun', 'sol', 'pavement', 'asphalt', 'oven', 'horno', 'stove', 'parade', 'desfile', 'lost', 'found', 'missing',
      'sunshine strip', 'the strip', 'strip center',
      'horny toad', 'horned toad', 'horny toads', 'toad', 'toads', 'lizard', 'reptile', 'camaleon', 'zoning', 'ordinance', 'permit', 'permits',
    ],
    /** Spanish: someone described as sexually attractive, crudely. */
    hot_es: ['buenota', 'buenote', 'buenotas', 'buenotes', 'buenona', 'buenonas', 'mamacita', 'mamasita', 'mamasota', 'mamacitas', 'culona', 'culonas', 'tetona', 'tetonas', 'nalgona', 'nalgonas', 'chichona', 'chichonas', 'cogible', 'sabrosota', 'sabroson', 'sabrosona', 'papacito', 'papasito', 'papasote', 'mamazota'],
    body_part: ['ass', 'butt', 'booty', 'tits', 'boobs', 'rack', 'cleavage', 'thighs', 'bulge', 'package', 'cakes', 'culo', 'nalgas', 'pompis', 'chichis', 'tetas', 'trasero', 'piernotas'],
    outfit: ['leggings', 'jeans', 'yoga pants', 'shorts', 'skirt', 'uniform', 'swimsuit', 'bikini', 'dress', 'pants', 'scrubs', 'thong', 'tank top', 'speedo', 'trunks', 'mallones', 'licra', 'falda', 'uniforme', 'traje de bano', 'pantalones'],
    /** Round 4. The writer or a named pair as the ones having sex (explicit sex talk needs no target). */
    sex_who: ['i', 'me', 'my', 'we', 'us', 'im', 'i m', 'yo', 'me la', 'me lo', 'nos', 'nosotros', 'anoche', 'last night', 'they', 'ellos', 'those two', 'esos dos', 'she', 'he', 'ella', 'el y', 'ella y'],
    /** Sex acts said in plain or slang words, en and es. */
    sex_act: [
      // Round 7 (session 11): the act told as a story, the way people say it.
      'make it to the bedroom', 'made it to the bedroom', 'make it to the bed', 'smashed her',
      'smashed him', 'tapped that', 'hit it all night', 'went all night',
      'slept together', 'did the deed',
      'me lo tire', 'me la tire', 'se la tiro', 'se lo tiro', 'me dio las nalgas', 'le dio las nalgas',
      'got laid', 'get laid', 'getting laid', 'had sex', 'sex with', 'slept with', 'sleeping with', 'one night stand',
      'nooner', 'booty call', 'threesome', 'orgasm', 'orgasms', 'blew him', 'blew me', 'went down on', 'go down on',
      'made love', 'make love', 'tuvimos sexo', 'tener sexo', 'cogimos', 'cogiendo', 'me cogi', 'se la cogio', 'se lo cogio',
      'echamos pata', 'echar pata', 'echando pata', 'echamos un palo', 'echar un palo', 'echarse un palo', 'un rapidin', 'un rapidito', 'mananero',
      'hicimos el amor', 'hacer el amor', 'nos acostamos', 'se acostaron', 'acostarme con', 'se acuesta con', 'me acoste con', 'follamos', 'follar',
      // Round 9 (s12-jb): touching told as a story or a boast (grabbing, copping a feel, "el arrimón"), en and es.
      'grabbed her ass', 'grabbed her butt', 'grabbed his ass', 'grabbed his butt', 'slapped her ass', 'slapped her butt', 'pinched her butt', 'copped a feel',
      'cop a feel', 'felt her up', 'feel her up', 'rubbed up on her', 'le meti mano', 'meterle mano', 'le agarre las nalgas', 'le agarre la nalga', 'le agarro las nalgas',
      'le agarro la nalga', 'le toque las nalgas', 'le agarre las pompis', 'le pellizque la nalga', 'me le repegue', 'se le repego', 'le di un arrimon', 'le dio un arrimon',
      'un arrimon',
      // session 13 (lexicon): sex acts in slang and euphemism, en — screw, bone, nail, shag, "knock boots", "do the nasty", oral and manual acts.
      'screwed her', 'screwed him', 'screwing her', 'screwing him', 'bone her', 'nailed her', 'nail her', 'pounded her',
      'pounding her', 'plowed her', 'knocking boots', 'knocked boots', 'knock boots', 'did the nasty', 'do the nasty', 'doing the nasty',
      'shagged', 'shagging', 'bumped uglies', 'bumping uglies', 'roll in the hay', 'rolled in the hay', 'hanky panky', 'blowjob', 'blowjobs', 'blow job', 'a bj',
      'gave me head', 'give me head', 'handjob', 'hand job', 'jerked off', 'jerking off', 'jacking off', 'jacked off', 'rubbed one out',
      'masturbat*', 'fingered her', 'ate her out', 'eat her out', 'spent the night together', 'woke up next to her', 'woke up next to him', 'woke up in her bed',
      'woke up in his bed', 'sat on my face', 'fooling around with',
      // session 13 (lexicon): the same in Mexican and border Spanish — culear, fajar, "hacer el delicioso", revolcón, "pasar la noche".
      'culeamos', 'culeando', 'nos culeamos', 'se la meti', 'se lo meti', 'me la cogia', 'me lo cogia', 'nos fajamos',
      'fajarse', 'faje con', 'me faje a', 'fajandonos', 'hacer el delicioso', 'hicimos el delicioso', 'hacer cochinadas', 'hicimos cochinadas', 'haciendo cochinadas',
      'un revolcon', 'pasamos la noche juntos', 'amanecimos juntos', 'amaneci con ella', 'amaneci con el', 'amaneci en su cama',
      'sexo oral', 'me la chupo', 'se la chupe', 'se la chupo', 'me la mamo', 'se la mame', 'se la mamo', 'una mamadita', 'me masturbe', 'masturbarme', 'masturbandome',
      'me hizo una chaqueta', 'le hice una chaqueta', 'haciendome una chaqueta', 'una puneta', 'le di pa sus tunas', 'le di para sus tunas', 'le dieron pa sus tunas',
      'nos dimos un agasajo', 'nos agasajamos', 'un acoston',
      // session 15: sex told around the word — a night "that can't be told", a room never left, a new bed "broken in".
      'cosas que no se cuentan', 'cosas q no se cuentan', 'lo que paso no se cuenta', 'no salimos del cuarto', 'no salimos de la cama', 'no salimos del hotel',
      'estrenamos la cama', 'estrenar la cama', 'me la pase rico con', 'rico me la pase con', 'nos la pasamos rico', 'to ourselves after', 'the room to ourselves',
      'never left the bed', 'never left the room', 'didn t leave the bed', 'didnt leave the bed', 'broke in the new bed', 'christened the',
    ],
    /** Round 5. Arousal, strip clubs and hookups: sexual in any sentence that also names the writer, a person or work. */
    sex_strong: [
      // Round 7 (session 11): porn sites and paid pages, sex toys, strippers, arousal in slang.
      'xvideos', 'pornhub', 'xnxx', 'xhamster', 'porn', 'porno', 'pornos', 'porn site', 'onlyfans', 'of link', 'fansly', 'strippers', 'stripper', 'teiboleras',
      'teibolera', 'sex toys', 'sex toy', 'adult toys', 'toys for adults', 'juguetes sexuales', 'juguetes para adultos', 'juguetitos para adultos', 'vibrador', 'vibrator', 'dildo',
      'netflix and chill', 'side piece', 'side chick', 'sidepiece', 'mi sancha', 'la sancha', 'mi sancho', 'el sancho', 'sexting', 'thirst trap', 'thirst traps', 'autohotel',
      'calenturienta', 'calenturiento', 'me excita', 'me excito', 'turns me on', 'so turned on', 'aroused', 'kinky', 'fetish', 'fetiche', 'bdsm', 'swingers',
      'intercambio de parejas', 'dick pic', 'dick pics', 'get some tonight', 'getting some tonight', 'got some last night', 'smash tonight',
      'consolador', 'skinny dipping', 'skinny dip', 'en cueros', 'encuerados', 'encueradas', 'ganosa', 'ganoso', 'bien ganosa', 'bien ganoso', 'thirsty af', 'dtf',
      'sin ropa',
      'horny', 'horny af', 'so horny', 'boner', 'boners', 'a hard on', 'got a hard on', 'lap dance', 'lap dances', 'titty bar', 'strip club',
      'friends with benefits', 'fwb', 'a quickie', 'booty call', 'free de una noche', 'un free', 'amigos con derechos', 'table dance', 'teibol', 'un rapidito',
      'cachondo', 'cachonda', 'bellaco', 'bellaca',
      // session 13 (lexicon): sex work, paid sex and adult sites, en and es — escort, sugar baby, cam girl, brothel, "hotel de paso" (not "erection": a water tank is erected).
      'porn star', 'pornstar', 'escort service', 'sugar baby', 'camgirl', 'cam girl', 'cam site', 'chaturbate', 'brazzers', 'hentai', 'nsfw',
      'erotic', 'erotica', 'wet dream', 'jerk off', 'jerking off', 'rub and tug',
      'brothel', 'whorehouse', 'prostibulo', 'burdel', 'casa de citas', 'hotel de paso', 'motel de paso', 'un motelito',
      'masturbat*', 'la tengo parada', 'webcam show', 'foto xxx', 'sexo en vivo', 'chichis al aire', 'tits out', 'flashed me',
      'me enseno las chichis', 'nos enseno todo', 'me puso caliente', 'me pone caliente', 'made me hard', 'makes me hard',
      // session 13 (lexicon): explicit material passed around at work — dirty jokes, chistes colorados, sexual memes, a Playboy (not twerking: fitness classes teach it).
      'dirty joke', 'dirty jokes', 'sex joke', 'sex jokes', 'chiste colorado', 'chistes colorados', 'chiste verde', 'chistes verdes', 'chiste cochino', 'chistes cochinos',
      'chistes subidos de tono', 'subido de tono', 'subidos de tono', 'sexual memes', 'sex memes', 'memes cochinos', 'memes porno', 'memes xxx', 'playboy', 'hustler',
      'revista porno', 'revistas porno', 'porn mag', 'porn mags', 'nude pics', 'naked pics', 'fotos encueradas', 'video cochino',
      'videos cochinos', 'video xxx', 'videos xxx', 'video caliente', 'videos calientes',
      // session 13 (lexicon): steamy media talked up — sex scenes, smut, spicy books, Fifty Shades; waking aroused.
      'steamy scene', 'steamy scenes', 'sex scene', 'sex scenes', 'escena de sexo', 'escenas de sexo', 'escena hot', 'escenas hot', 'smut', 'smutty', 'spicy book',
      'spicy books', 'libro hot', 'libros hot', 'fifty shades', '50 shades', 'cincuenta sombras', 'morning wood',
      // session 15: adult pages and content of one's own ("mi contenido pa adultos", "mi página caliente", "my OF"), arousal at work said plainly.
      'contenido pa adultos', 'contenido para adultos', 'contenido adulto', 'pagina caliente', 'mi pagina caliente', 'adult site', 'adult sites', 'spicy account',
      'cuenta hot', 'foreplay', 'preliminares', 'frisky', 'ando bien caliente', 'quien me caliente', 'places to hook up', 'best places to hook up', 'nude beach',
      'playa nudista',
    ],
    /** Round 5. Work, shifts and people around a sexual word ("after shift", "the holiday party", "quién se anima"). */
    sex_context: [
      'shift', 'night shift', 'after shift', 'after work', 'holiday party', 'christmas party', 'office party', 'is on me', 'anyone', 'anybody',
      'who wants', 'wanna', 'company', 'dm me', 'hmu', 'turno', 'del turno', 'quien se anima', 'alguien', 'se apunte', 'se anima', 'me urge', 'watching',
      'coworker', 'coworkers', 'trainer', 'the new', 'el nuevo', 'la nueva', 'station', 'yard', 'office', 'oficina', 'the gym', 'el gym',
      // session 13 (lexicon): where explicit material is passed around — the break room, the group chat, the crew.
      'break room', 'breakroom', 'locker room', 'at work', 'en el trabajo', 'del trabajo', 'la chamba', 'group chat', 'el grupo', 'al grupo', 'work chat', 'teams',
      'whatsapp', 'y all', 'yall', 'the crew', 'la cuadrilla', 'the guys', 'los muchachos', 'todos',
    ],
    /** Round 6. Who a sexual remark points at, beyond roles: a wife, a babe, "las chicas de", the intern. */
    sex_target: ['mija', 'mami', 'papi', 'nena', 'baby', 'honey', 'hun', 'wife', 'ur wife', 'your wife', 'his wife', 'tu esposa', 'su esposa', 'tu vieja', 'su vieja', 'babe', 'baby girl', 'chicas', 'chicas del', 'las chicas', 'la chava', 'el chavo', 'los chavos', 'las chavas', 'chava', 'chavo', 'intern', 'the new intern', 'lifeguard', 'ladies', 'girls', 'guys', 'the guys', 'las de', 'todas las de', 'la vieja', 'ruca', 'morra', 'compa', 'coworker', 'deputy clerk', 'she', 'he', 'ella', 'him', 'her',
      // Round 7: a woman or man pointed at by where they work ("la de nóminas", "el de sistemas").
      'la de', 'el de', 'la del', 'el del', 'la nueva', 'el nuevo', 'la chica', 'la muchacha', 'the girl', 'the new girl', 'that girl',
      // session 15: women or men pointed at as a group or by a Spanish role ("las practicantes", "la fiscal", "las guardavidas").
      'las practicantes', 'las secretarias', 'las companeras', 'mis companeras', 'las muchachas', 'las guardavidas', 'las cadetes', 'las detenidas', 'las vecinas',
      'vecinas', 'las enfermeras', 'the girls in', 'the ladies in', 'ladies of', 'ladies at', 'ladies in', 'female lifeguards', 'the female', 'la guera',
      'la fiscal', 'la abogada', 'la sobrecargo', 'la rescatista', 'la corredora', 'la licenciada', 'la secretaria', 'el ingeniero', 'el bombero', 'la bastonera',
      'la policia', 'la paramedica', 'la doctora', 'la maestra', 'la instructora', 'el instructor', 'the instructor', 'la custodia', 'mi compa', 'el compa'],
    /** What a request for explicit pictures asks for. */
    // "nudes", "noodz" are lexicon words (rules/lexicons/en/words.ts): a request for them is flagged there.
    nudes: ['pack', 'packs', 'nudies', 'fotos sin ropa', 'fotos desnuda', 'fotos desnudo', 'fotos en calzones', 'fotos hot', 'videos hot'],
    /**
     * Round 6 (session 10). Families of the misses, by the policy's words: (1) a request for an
     * intimate picture said around the word ("fotito en la regadera", "no face needed", "pics of
     * ur feet"); (2) desire aimed at a person (what the writer would do to them, "bien hot", "in
     * bed", "mouth to mouth"); (3) sexual rumour about a person ("se acostó con el jefe", "get with
     * every guy", "unas fáciles"); (4) explicit content for sale or a sex scene on video for the
     * asking. Each is a co-occurrence of two concepts, en and es.
     */
    pic_ask: [
      // Round 7 (session 11): asking for the pictures or a link, en and es.
      'who s got', 'whos got', 'anyone got', 'anybody got', 'anyone have', 'anybody have', 'alguien tiene', 'quien tiene', 'pasen el', 'pasen su', 'pasen sus', 'pasen las',
      'le pedi fotos', 'le pedi una foto', 'pedirle fotos', 'pidiendole fotos', 'asked her for pics', 'asked him for pics', 'asked her for a pic', 'ask her for pics', 'who wants the pics',
      'who wants pics', 'quien quiere las fotos', 'quien quiere fotos', 'me pasan', 'me pasas', 'send pics', 'send a pic', 'send me a pic', 'send me pics', 'drop the link', 'link pls',
      'send me', 'send', 'sends', 'mandame', 'manda', 'mandas', 'me mandas', 'me manda', 'manden', 'mandenme', 'quien me manda', 'pasame', 'pasenme', 'dm me',
      'ensename', 'show me', 'text me', 'snap me', 'i pay', 'i ll pay', 'pago bien', 'te pago', 'les pago',
      // session 13 (lexicon): roles a remark points at that the shared lists lack in Spanish.
      'paramedico', 'paramedica', 'el paramedico', 'la paramedica', 'recepcionista', 'la recepcionista', 'despachadora', 'la despachadora', 'bombera', 'la bombera',
      'el sargento', 'la sargento', 'el bombero', 'la chica que', 'el chavo que', 'la muchacha que', 'the girl who', 'the guy who', 'the lady who',
      // session 13 (lexicon): liking and following explicit content (the policy names "likes to such content").
      'liked her', 'liked his', 'liked all her', 'like all her', 'le di like', 'le doy like', 'le di like a', 'follow her', 'follow his', 'siganla', 'sigan a', 'go follow',
      'subscribed to', 'me suscribi a', 'suscribanse a',
      // session 15: pictures had and passed on privately, or asked for in the diminutive — "tengo fotos… se las paso por inbox", "unas fotitos".
      'se las paso', 'se los paso', 'te las paso', 'les paso las', 'por privado', 'por inbox', 'por interno', 'tengo fotos', 'tengo una foto', 'tengo el video',
      'fotitos', 'unas fotitos', 'una fotito', 'i have pics', 'got pics', 'pics available', 'sneak peek', 'link please', 'link plz', 'mandenme foto', 'mandenme fotos',
      'que me mande', 'que me manden', 'que me mande su', 'me mande fotos', 'photo of her', 'pics of her', 'pictures of her', 'fotos de ella', 
      'that video of', 'forwarded you', 'le reenvie', 'les reenvie', 'dms are open', 'my dms are open', 'mis dms', 'link en bio', 'link in bio', 'dm me a',
    ],
    pic_intimate: [
      // Round 7 (session 11): what the picture shows, said around it, and paid pages.
      'without them', 'without clothes', 'without anything on', 'with nothing on', 'sin nada puesto',
      'in bed', 'en la cama', 'en chones', 'en brasier', 'in your bra', 'in ur bra', 'en hilo dental', 'en tanga', 'in a thong', 'sus pompis', 'de sus pompis', 'tus pompis',
      'sus nalgas', 'tus nalgas', 'her booty', 'ur booty', 'your booty', 'her ass', 'your ass', 'her boobs', 'your boobs', 'her tits', 'sus chichis', 'tus chichis',
      'of link', 'onlyfans', 'her of', 'su of', 'su onlyfans', 'fansly', 'strippers', 'stripper', 'teiboleras', 'de la despedida', 'from the bachelor party',
      'from the bachelorette',
      'en la regadera', 'in the shower', 'en toalla', 'in a towel', 'en lenceria', 'in lingerie', 'en calzones', 'in your underwear', 'in ur underwear', 'en ropa interior',
      'sin ropa', 'no face needed', 'no face', 'sin cara', 'just the rest', 'solo lo demas', 'nomas lo demas', 'keep me up', 'something spicy', 'algo picante', 'algo rico',
      // session 15: what the picture shows, said as clothes taken off or as a swimsuit — "sin el uniforme", "the fun ones", "more private videos".
      'sin uniforme', 'sin el uniforme', 'sin su uniforme', 'sin la ropa', 'out of uniform', 'out of her uniform', 'without the uniform', 'en traje de bano',
      'in a swimsuit', 'in her swimsuit', 'in her bikini', 'en ropa interior', 'in her underwear', 'the fun ones', 'las divertidas', 'mas privados', 'mas privadas',
      'videos privados', 'fotos privadas', 'private pics', 'se le ve todo', 'se le veia todo', 'bending over', 'agachada',
      'no top on', 'with no top', 'with her top off', 'sin brasier', 'sin camisa', 'en traje de bano',
      'pics of ur feet', 'pics of your feet', 'pics of ur', 'fotos de tus pies', 'de tus pies', 'feet pics', 'foot pics', 'fotito en', 'una fotito en',
      'en bikini', 'in a bikini', 'tu pack', 'el pack', 'sus packs', 'tus packs', 'nudes', 'nudez', 'noodz', 'nudies',
      // session 13 (lexicon): the writer's own privates, in slang.
      'of my junk', 'my junk', 'my dick', 'my privates', 'my package', 'mi pito', 'mis partes', 'de mi pito', 'de mis partes',
    ],
    pic_guard: ['receipt', 'recibo', 'reporte', 'report', 'form', 'forma', 'formulario', 'permit', 'permiso', 'evidence', 'evidencia', 'pothole', 'bache', 'leak', 'fuga', 'damage', 'dano', 'license', 'licencia', 'water', 'agua', 'baterias', 'batteries'],
    /** Desire aimed at a person: what the writer would do to them or imagines, said crudely or coyly. */
    sex_desire: [
      // Round 7 (session 11): desire said coyly or crudely, en and es.
      'que piernas', 'esas piernas', 'esas pompis',
      'those legs', 'those lips', 'esos labios', 'esa boquita', 'made for one thing',
      'good for one thing', 'only good for one thing', 'love to see her in',
      'in lingerie', 'en lenceria', 'en tanga', 'in a thong', 'me la comia', 'me lo comia',
      'tap that', 'would smash', 'd smash', 'i d smash', 'id smash', 'thicc', 'a whole snack', 'sit on my face', 'legs in those',
      'in those shorts', 'en esos shorts', 'en esa falda', 'in that skirt', 'in those leggings', 'en esos mallones', 'in those pants',
      'imagine her naked', 'imagine him naked', 'picture her naked', 'picture him naked', 'naked', 'verla desnuda', 'verlo desnudo', 'bending her over', 'bend her over', 'bend him over',
      'bending him over', 'what i d do to', 'what id do to', 'things i d do to', 'what i would do to', 'get her alone', 'get him alone', 'alone in the supply closet',
      'begging for it', 'mouth to mouth', 'not for cpr', 'good in bed', 'be in bed', 'd be in bed', 'in bed with', 'les hacia de todo', 'le hacia de todo', 'le haria de todo',
      'les haria de todo', 'hacerle de todo', 'hacerle cositas', 'bien buena', 'bien hot', 'esta bien hot', 'so hot', 'too hot', 'way too hot', 'hella hot',
      'la atiendo bien rico', 'lo atiendo bien rico', 'bien rico', 'la vi muy sola', 'si quiere compania', 'make her forget', 'make him forget', 'forget she s married',
      'forget he s married', 'milf', 'dilf', 'what a real man', 'real man does', 'rate the guys', 'rate the girls', 'rate the ladies', 'from 1 to 10', 'a solid 10',
      'mamacita', 'mamasita', 'papacito', 'papasito', 'que calor', 'ay que calor', 'me derrito', 'le insisto hasta', 'hasta que diga que si',
      'can t keep my eyes off', 'cant keep my eyes off', 'undress her', 'undress him', 'take her clothes off', 'quitarle la ropa', 'encuerarla',
      'wifey material', 'dosis de carino', 'su dosis de', 'no le dan su', 'bien atendida', 'bien atendido',
      // session 13 (lexicon): what the writer would do, said coyly or crudely, en and es — "hit it from the back", "make her scream", "hacerla mía".
      'would hit it', 'd hit it', 'hit it from the back', 'between her legs', 'between his legs', 'entre sus piernas', 'entre las piernas',
      'lick her', 'lick him', 'lamerla', 'lamerlo', 'desvestirla', 'desvestirlo', 'arrancarle la ropa', 'rip her clothes off',
      'tear her clothes off', 'hacerla mia', 'hacerlo mio', 'hacerla gritar', 'make her scream', 'make her moan', 'hacerla gemir', 'show her a good time',
      'show him a good time', 'take her home tonight', 'llevarla a un motel', 'llevarla al motel', 'llevarla al hotel', 'take her to a motel',
      'dirty thoughts', 'pensamientos sucios', 'cosas sucias', 'le haria cochinadas', 'naughty things', 'dirty mind',
      'mente cochina', 'wanna smash', 'want to smash', 'i d wife', 'id wife', 'would wife', 'ponerla en cuatro', 'on all fours', 'bend over for me',
      'agachadita', 'want to taste her', 'me lo llevo a la cama', 'me la llevo a la cama',
      'i want her so bad', 'i want him so bad', 'la quiero en mi cama', 'lo quiero en mi cama', 'in my bed tonight', 'hot for her', 'hot for him',
      'looks like she likes it', 'bet she s a freak', 'a freak in bed', 'freak in the sheets',
      // session 13 (lexicon): an invitation to sex said as a plan — "my place or yours", "u up", "warm my bed", "vamos a un motel", "tú y yo solitos".
      'my place or yours', 'your place or mine', 'u up', 'keep me warm tonight', 'keep me company tonight', 'warm my bed',
      'vamos a un motel', 'vamonos a un motel', 'nos vamos a un motel', 'vamos a un hotel', 'a solas tu y yo', 'tu y yo solitos', 'solitos tu y yo',
      'hazme compania esta noche', 'calentarme la cama',
      // session 13 (lexicon): unwanted touch told as a plan or a boast — touching, rubbing, a massage, a hug from behind, "le sobaba", "repegarse".
      'touching her', 'rubbing her shoulders', 'rubbed her shoulders', 'rub her shoulders', 'massage her',
      'give her a massage', 'gave her a massage', 'hugged her from behind', 'hug her from behind', 'brushed against her', 'rubbing up on', 'grabbed her waist',
      'le sobo', 'sobarle', 'le sobaba', 'sobandole', 'sobarla', 'una nalgada', 'le di una nalgada', 'darle un masaje', 'le di un masaje',
      'un masajito', 'la abrace por detras', 'la abrazo por detras', 'repegarme', 'repegarsele', 'arrimarsele', 'arrimarme', 'la agarre de la cintura', 'pellizcarle',
      // session 13 (lexicon): innuendo and albures — "that's what she said", "light my fire", "te doy mi chile". The trades' own words (pipes, hose, oil,
      // a fire put out) are left out: crews use them literally with a person in the sentence.
      'light my fire', 'service me', 'that s what she said', 'thats what she said', 'size doesn t matter', 'size doesnt matter', 'stuff her turkey', 'te doy mi chile',
      'sientate en mis', 'sientese en mis',
      // session 13 (lexicon): desirability and the body said in slang, en (here, not in sex_remark, so "her"/"la de" count as the person) — bombshell, dime, "legs for days", "junk in the trunk".
      'bombshell', 'a bombshell', 'dime piece', 'a dime piece', 'smoking hot', 'smokin hot', 'smoking body', 'hot body', 'banging body', 'bangin body', 'killer body',
      'a body on her', 'a body on him', 'the body on her', 'the body on him', 'legs for days', 'nice legs', 'nice rack', 'nice ass', 'nice butt', 'great ass', 'fat ass',
      'phat ass', 'dat ass', 'that ass', 'those curves', 'them curves', 'thick thighs', 'knockers', 'titty', 'dumptruck', 'dump truck ass',
      'badonkadonk', 'junk in the trunk', 'hot stuff', 'hot mama', 'hot mom', 'sexy mama', 'zaddy', 'foxy', 'hunk', 'beefcake', 'man candy', 'arm candy',
      'hubba hubba', 'va va voom', 'bedroom eyes', 'well endowed', 'well hung', 'hung like', 'camel toe', 'cameltoe', 'side boob', 'sideboob', 'underboob', 'nip slip',
      'braless', 'no bra', 'pokies', 'lust', 'lusting', 'lusting after', 'lustful', 'wet dream', 'wet dreams', 'fantasize about', 'fantasizing about',
      'fantasized about', 'turned me on', 'turn me on', 'undressing her with', 'undressing him with', 'cock tease', 'bod', 'what a bod', 'rockin bod',
      // session 13 (lexicon): the same in Mexican and border Spanish — bombón, forro, cuero, mango, monumento, nachas, delantera.
      'bombon', 'un bombon', 'que bombon', 'bombonazo', 'bien forro', 'forrazo', 'un forrazo', 'bien mango', 'un mangazo', 'mangazo', 'que mango',
      'bien cuero', 'que cuero', 'cuerazo', 'un cuerazo', 'un monumento', 'que monumento', 'ricura', 'una ricura', 'que ricura',
      'cosita rica', 'mamucha', 'mamichula', 'papi chulo', 'papichulo', 'un bizcochito', 'que bizcocho', 'guapota', 'guapote', 'cuerpo de diosa', 'que cuerpo',
      'tremendo cuerpo', 'pechugona', 'bubis', 'nachas', 'nachotas', 'que delantera', 'buena delantera', 'caderona', 'piernuda',
      'se le ven los calzones', 'se le ve la tanga', 'sin brasier', 'la deseo', 'le traigo ganas', 'le tengo ganas', 'le traigo unas ganas',
      'le tengo unas ganas', 'ganas de ella', 'ganas de el', 'comerla a besos', 'comerlo a besos',
      'esta como quiere', 'estas como quieres', 'esta para comersela', 'esta para comerselo', 'pa comersela',
      'para chuparse los dedos', 'esta para chuparse los dedos', 'tight little body', 'tightest little body', 'tight body', 'nice set of lungs', 'great set of lungs',
      'set of lungs', 'nice pair on her', 'what a pair on her', 'un buen par de', 'tremendo par de',
      // session 13 (lexicon): the gaze — staring, ogling, "undressing her with his eyes", "se la comía con los ojos", "no le quitaba los ojos de encima".
      'staring at her chest', 'stare at her chest', 'staring at her body', 'staring at her legs', 'couldn t stop staring', 'couldnt stop staring', 'can t stop staring',
      'cant stop staring', 'ogling', 'ogle', 'ogled', 'leering', 'leered at', 'undressing her with his eyes', 'undressing her with my eyes', 'with his eyes',
      'checking out her', 'check out her', 'checked out her', 'se la comia con los ojos', 'comiendosela con los ojos', 'me la comi con los ojos', 'desnudandola con la mirada',
      'desvistiendola con la mirada', 'no le quitaba los ojos de encima', 'no le quito los ojos de encima', 'no dejaba de verle', 'no dejaba de verla', 'viendole las',
      'viendole el', 'verla agacharse', 'viendola agacharse', 'agachandose', 'watching her bend over', 'watch her bend over', 'when she bends over', 'cuando se agacha',
      // session 13 (lexicon): arousal said of oneself about a person — "bien caliente pensando en", "me tiene bien caliente", "gets me going".
      'estoy bien caliente', 'ando bien caliente', 'me tiene bien caliente', 'me tiene caliente', 'caliente pensando en', 'gets me going', 'got me going', 'gets me hot',
      'got me hot', 'makes me hot', 'makes me horny', 'me pone cachondo', 'me pone cachonda',
      // session 13 (lexicon): innuendo markers — "if you catch my drift", "for something other than", "pa otras cosas".
      'if you catch my drift', 'catch my drift', 'something other than talking', 'for something other than', 'good for other things', 'pa otras cosas', 'para otras cositas',
      // session 13 (lexicon): the figure and the body admired as wanted — "a figure that won't quit", "he can get it", "best body", "con esos brazos", "esa cinturita".
      'a figure that won t quit', 'figure that wont quit', 'figure that won t quit', 'what a figure', 'nice figure', 'the body on him', 'the body on her', 'the body on that',
      'the body on the new', 'body on the new', 'best body', 'best ass', 'best legs', 'best butt', 'he can get it', 'she can get it', 'so damn fine', 'so dang fine',
      'bien chula la', 'esta bien chula', 'chulota', 'la condenada', 'esta como quiere', 'con esos brazos', 'esos brazotes', 'me puede cargar',
      'esa cinturita', 'esa cintura', 'esas caderas', 'those hips', 'moves her hips', 'mueve las caderas',
      // session 13 (lexicon): catcalls and piropos — whistled at, honked at, "le eché un piropo", "le chiflamos".
      'piropo', 'piropos', 'le eche un piropo', 'echarle piropos', 'le chifle', 'le chiflamos', 'chiflarle', 'whistled at her', 'whistle at her', 'catcalled', 'catcall',
      'catcalling', 'cat called', 'honked at her', 'le pitamos', 'le tocamos el claxon',
      // session 13 (lexicon): uniform and handcuff fantasies.
      'put me in cuffs', 'in cuffs any', 'cuff me', 'frisk me', 'pat me down', 'strip search me', 'esposame', 'que me espose', 'me puede esposar',
      // session 15: CPR as a come-on, the body's bulge, a body part "que ni te cuento", a behind watched.
      'boca a boca', 'respiracion de boca a boca', 'respiracion boca a boca', 'drown on purpose', 'me ahogo a proposito', 'ahogarme a proposito',
      'what he s got under', 'what hes got under', 'what she s got under', 'whats under', 'what s under',
      'unas piernas que', 'tiene unas piernas', 'trae unas piernas', 'unos labios', 'esos labios', 'watch her behind', 
      'a body like that', 'body like that', 'con ese cuerpo', 'con ese cuerpazo', 'que cuerpazo', 'tiene un cuerpazo', 'se puso bien rica', 'se pusieron bien ricas',
      'bien ricas', 'bien rico', 'esta para darle', 'para darle todo', 'estan para comerselas', 'para comerselas', 'para comerselos', 'would tap', 'wanna tap',
      'curves for days', 'got curves', 'mouth on her', 'good with his hands', 'good with her hands', 'good with his tools',
      // session 15: clothes taken off in the writer's mind or hands ("see her out of the khakis", "le quitaba el uniforme", "a ver quién se anima a quitármela").
      'see her out of', 'see him out of', 'get her out of', 'get him out of', 'le quitaba el uniforme', 'quitarle el uniforme', 'quitarle la falda', 'quitarmela',
      'quitarmelo', 'que se lo quitara', 'que se la quitara', 'sin ropa', 'abrazo sin ropa', 'la hago mia', 'lo hago mio', 'me lo como entero', 'me la como entera',
      // session 15: what the writer imagines ("what she wears to bed", "me imagino cosas que no puedo decir", "unprofessional thoughts about you").
      'what she wears to bed', 'what he wears to bed', 'imagining what he', 'imagining what she', 'thinking about what he', 'thinking about what she',
      'unprofessional thoughts', 'me imagino cosas', 'imaginando cosas', 'lo que le haria', 'lo que les haria', 'que mas tiene grande', 'que mas tendra grande',
      'what else is big', 'can t stop thinking about what', 'cant stop thinking about what', 'won t stop at a kiss', 'wont stop at a kiss', 'more than a kiss',
      'more than a ribbon', 'mas que un beso', 'pound me', 'pound you', 'pound u', 'how hard they d', 'rate the women', 
      // session 15: desirability in border Spanish ("está de infarto", "qué sabroso se ve", "la más sexy") and a room booked for someone.
      'esta de infarto', 'sabroso se ve', 'sabrosa se ve', 'se ve bien rica', 'se ve bien rico', 'bien sabrosa', 'la mas sexy', 'el mas sexy',
      'sexy voice', 'voz sexy', 'got a room at', 'i ve got a room', 'have a room at', 'tengo un cuarto en', 'ya tengo el cuarto', 'you know where to find me',
      'ando bien caliente', 'quien me caliente', 'ensenarle otras cosas', 'le enseno otras cosas', 'show you a real',
    ],
    /** Where a desire word is praise of work, the weather or a kind person. */
    desire_guard: [
      // Round 9: CPR practised on a dummy.
      'dummy', 'cpr dummy', 'mannequin', 'maniqui', 'muneco de rcp',
      'buena para', 'bueno para', 'buenas para', 'buenos para', 'buena en', 'bueno en', 'buena onda', 'buena gente', 'bien buena gente', 'so hot out', 'so hot outside', 'too hot out', 'too hot outside', 'hot out there', 'hace calor', 'que calor hace', 'calor hace', 'the heat', 'el calor', 'good at', 'rate the service', 'rate your'],
    /** Sexual rumour or slut-shaming about a person. */
    sex_rumor: [
      // Round 7 (session 11): sleeping around or up the ladder, said the way people say it.
      'se mete con todos', 'anda con todos',
      'le dio las nalgas', 'da las nalgas', 'sleeps with', 'sleeping her way', 'sleeping his way',
      'banging the', 'on her knees', 'thats how she got', 'that s how she got', 'how she got promoted', 'how she got the job', 'how he got promoted',
      'se gano el puesto', 'asi se gano',
      'se acosto con', 'se acuesta con', 'se anda acostando', 'anda con el', 'anda con la', 'los vi besandose', 'se estaban besando', 'besandose', 'get with every guy',
      'get with every', 'sleeps around', 'sleeping around', 'sleeping with', 'slept with', 'slept her way', 'slept his way', 'cheating with', 'cheating on him with',
      'unas faciles', 'una facil', 'bien facil', 'es prostituta', 'una prostituta', 'prostituta', 'prostitute', 'hooker', 'se vende', 'se subia a carros',
      'subirse a carros', 'por eso le dieron la plaza', 'para que le dieran la plaza', 'le dieran la plaza', 'se le vio todo', 'easy',
      // Round 9 (session 12): the rumour told through the bed, lying down, or from man to man, en and es.
      'en la cama del', 'en la cama de', 'en la cama con', 'in the bed of', 'mas acostada que', 'mas acostado que', 'acostada que de pie', 'acostada que parada',
      'no precisamente dormida', 'no precisamente dormido', 'not exactly sleeping', 'de zorra', 'anda de zorra', 'bien zorra', 'de ofrecida', 'una ofrecida',
      'bien ofrecida', 'la ofrecida', 'de resbalosa', 'bien resbalosa', 'la resbalosa', 'been around the block', 'de cama en cama', 'bed to bed',
      'experience in bed', 'experiencia en la cama', 'talents in the bedroom', 'talentos en la cama', 'skills in bed', 'calientahuevos', 'calienta huevos',
      // session 13 (lexicon): slut-shaming, affairs and favours told as a rumour, en — gets around, homewrecker, an affair, sugar daddy, knocked up.
      'gets around', 'she gets around', 'he gets around', 'slut', 'sluts', 'slutty', 'whore', 'thot', 'skank', 'tramp', 'floozy', 'homewrecker', 'home wrecker',
      'his mistress', 'her sugar daddy', 'sugar daddy', 'an affair', 'having an affair', 'affair with', 'a fling with', 'fling with', 'thing going with',
      'something going on with', 'messing around with', 'fooling around with', 'hooking up with', 'knocked her up', 'knocked up by', 'pregnant by',
      'cheating on his wife', 'cheating on her husband', 'cheats on his wife', 'cheats on her husband', 'cheated on his wife', 'cheated on her husband',
      'behind his wife s back', 'behind her husband s back', 'opens her legs', 'spreads her legs', 'casting couch', 'sleep her way', 'sleep his way',
      'sexual favors', 'special favors', 'favors in the office', 'leaving the motel', 'coming out of a motel', 'seen at a motel',
      // session 13 (lexicon): the same in Mexican and border Spanish — amante, casa chica, "le pone el cuerno", quitamaridos, cualquiera, "abre las piernas".
      'su amante', 'la amante', 'el amante', 'su casa chica', 'un amorio', 'amorio', 'tienen un romance',
      'romance con', 'una aventura con', 'tiene una aventura', 'le pone el cuerno', 'le pone los cuernos', 'le puso el cuerno',
      'le puso los cuernos', 'le ponen los cuernos', 'engana a su esposo', 'engana a su esposa', 'engana a su marido', 'engano a su esposo', 'engano a su esposa',
      'cornudo', 'cornuda', 'se lo esta tirando', 'se la esta tirando', 'se lo anda tirando', 'se la anda tirando', 'favores sexuales',
      'favores especiales', 'es una zorra', 'putona', 'golfa', 'facilota', 'una cualquiera', 'es una cualquiera', 'quitamaridos', 'quita maridos', 'robamaridos',
      'roba maridos', 'abre las piernas', 'le abre las piernas', 'abrio las piernas', 'embarazada de su jefe', 'le hizo un hijo', 'saliendo del motel',
      'los vi en el motel',
      // session 13 (lexicon): hired or promoted for looks — "ya sé por qué la contrataron", "that's why they hired her".
      'por que la contrataron', 'por eso la contrataron', 'por algo la contrataron', 'por eso la subieron', 'por eso la ascendieron', 'por algo la ascendieron',
      'why they hired her', 'why she got hired', 'why she got the job', 'how she got that job', 'why she got promoted', 'not for her resume', 'no fue por su curriculum',
      // session 13 (lexicon): someone said to throw themself at people — a cougar, all over him, "le tira los perros", "se le avienta".
      'cougar', 'a cougar', 'a total cougar', 'se le avienta', 'se les avienta', 'se le echa encima', 'le tira los perros',
      'le anda tirando los perros', 'tirandole los perros', 'se le insinua', 'se les insinua', 'throws herself at', 'throws himself at', 'threw herself at',
    ],
    sex_rumor_guard: ['hospital', 'enferma', 'enfermo', 'sick', 'training', 'capacitacion', 'prevention', 'prevencion', 'report', 'reportar', 'hotline', 'trafficking', 'trata', 'arrested', 'arrestaron', 'detenida', 'detenido', 'policia', 'police', 'easy to', 'easy as', 'fue facil', 'es facil', 'muy facil', 'se vende en', 'se vende el', 'se vende la', 'se vende casa'],
    /** Explicit content or a sex scene offered for money or on request. */
    content_special: [
      // Round 7 (session 11): sex toys and adult goods offered, en and es.
      'juguetitos para adultos', 'juguetes para adultos', 'juguetes sexuales', 'sex toys', 'adult toys', 'toys for adults', 'lenceria sexy', 'sexy lingerie', 'productos para adultos',
      'adult products', 'vibradores', 'vibrators',
      'fotos mias', 'fotos de mi', 'pics of me', 'las especiales', 'los especiales', 'video especial', 'videos especiales', 'fotos especiales', 'el video de la', 'el video del',
      'whole thing on video', 'got it on video', 'on video', 'lo grabe', 'los grabe', 'la grabe', 'going at it', 'haciendolo', 'explicit details', 'detalles explicitos',
    ],
    content_ask: ['inbox', 'dm for', 'dm me', 'pregunten', 'pregunten por', 'buena paga', 'pago bien', 'mas caras', 'mas caro', 'por transferencia', 'discrecion', 'discreto', 'discreta', 'pasenme', 'pasen el', 'thread', 'hilo', 'for it', 'venmo', 'cashapp', 'pa reirnos'],
    content_guard: ['meeting', 'junta', 'sesion', 'council meeting', 'training video', 'video de capacitacion', 'youtube channel', 'evento', 'event', 'desfile', 'parade', 'graduacion', 'graduation', 'boda', 'wedding', 'quinceanera', 'bautizo', 'tutorial', 'receta', 'recipe'],
    // Round 9 (session 12): families of round 8's dev misses, written from the concept, en and es.
    /** Round 9 (outfit remarks, undressing imagined). A garment a sexual remark points at, en and es. */
    garment: [
      'ese short', 'el short', 'su short', 'un short', 'shorts', 'short shorts', 'falda', 'faldita', 'minifalda', 'skirt', 'miniskirt', 'vestido', 'vestidito', 'dress', 'bikini',
      'traje de bano', 'swimsuit', 'bathing suit', 'leggings', 'yoga pants', 'mallas', 'mallones', 'licra', 'licras', 'bata', 'toalla', 'towel', 'bra',
      'brasier', 'sosten', 'calzones', 'chones', 'tanga', 'panties', 'lingerie', 'lenceria', 'blusa', 'blusita', 'crop top', 'tank top', 'jeans',
      'pantalones', 'uniforme', 'uniform', 'scrubs', 'escote', 'pijama', 'nightgown', 'camison', 'speedo', 'trunks',
      // session 13 (lexicon): more garments — shirt, blouse, top, camisa, playera, sweater.
      'shirt', 'her shirt', 'blouse', 'her top', 'that top', 'camisa', 'camisita', 'playera', 'sweater', 'sueter', 'blusa mojada', 'wet shirt', 'wet t shirt',
      'dress to', 'little dress', 'tight dress', 'pantalon', 'ese pantalon', 'esa falda', 'ese vestido', 'esa blusa', 'ese escote', 'el escote', 'escote',
      // session 15
      'blusas', 'sus blusas', 'skirts', 'khakis', 'the khakis', 'pencil skirt', 'pencil skirts', 'wet suit', 'wetsuit', 'esa ropa', 'something low cut',
    ],
    /** Round 9 (outfit remarks). What makes a remark about a garment sexual: it distracts, it shows, it should be banned. */
    garment_remark: [
      'should be illegal', 'ought to be illegal', 'oughta be illegal', 'deberia ser ilegal', 'deberian ser ilegales', 'deberian ser ilegal', 'deberian prohibirlos',
      'deberian prohibirlas', 'deberia estar prohibido', 'deberia estar prohibida', 'cant focus', 'can t focus', 'couldn t focus', 'couldnt focus', 'cant concentrate',
      'can t concentrate', 'no me puedo concentrar', 'no me pude concentrar', 'no me concentro', 'me desconcentra', 'me desconcentro', 'me distrae', 'too distracting',
      'so distracting', 'nothing to the imagination', 'nada a la imaginacion', 'se veia tan rica', 'se ve tan rica', 'se veia bien rica', 'tan rica', 'bien rica',
      'tan rico', 'bien sabrosa', 'tan sabrosa', 'sexy in', 'sexy con', 'se le transparenta', 'se le transparentaba',
      'se le ve todo', 'se le veia todo', 'se le marca todo', 'se le marcaba todo', 'showing everything', 'shows everything',
      'me la imaginaba sin', 'me lo imaginaba sin', 'me la imagino sin', 'me lo imagino sin', 'picturing her out of', 'picturing him out of', 'imagining her out of',
      // session 13 (lexicon): a garment remarked on as revealing, and the "I'm not complaining" that makes it sexual.
      'not that i m complaining', 'not that im complaining', 'not complaining', 'no me quejo', 'ni me quejo', 'too low cut', 'low cut', 'way too low', 'too tight',
      'so tight', 'bien apretada', 'bien apretadita', 'bien pegadita', 'muy escotada', 'escotada', 'escotadita', 'see through', 'transparente', 'se le transparentaba',
      'se le notaba todo', 'se le nota todo', 'se le notaban', 'se le marcaba', 'mojadita', 'showing off', 'enseñando', 'ensenando todo', 'luciendo', 'lucia todo',
      // session 13 (lexicon): a garment worn "to tease" or "so they look" — "para que le vean el escote", "le queda pintado".
      'para que le vean', 'pa que le vean', 'para que la vean', 'to show off', 'just to tease', 'to tease', 'tease all of', 'le queda bien ese', 'le queda pintado',
      'le queda pintadito', 'se le ve todo el', 'se le ve todo la', 'wearing no', 'no bra', 'sin bra', 'anda provocando', 'provocativa', 'provocative', 'pidiendo guerra',
      // session 15: a garment wished tighter, shorter or off, or blamed for distraction ("jeans that tight", "mientras más corta la falda", "a distraer").
      'that tight', 'that short', 'so short', 'mas corta', 'mas cortita', 'a distraer', 'me distraen',
      'looser', 'for productivity reasons', 'bien pegadita', 'ropa bien pegadita', 'so i can unwrap', 'viendo escotes', 'viendole el escote', 'se lo quitara',
    ],
    /** Round 9. Where a garment is sold, required, donated or lost. */
    garment_guard: [
      'dress code', 'codigo de vestimenta', 'allowed', 'not allowed', 'permitted', 'permitidos', 'permitido', 'se permiten', 'required', 'obligatorio', 'policy',
      'donate', 'donation', 'donations', 'donacion', 'donaciones', 'sale', 'venta', 'vendo', 'store', 'tienda', 'price', 'precio', 'size', 'sizes', 'talla',
      'tallas', 'order', 'pedido', 'lost and found', 'objetos perdidos', 'laundry', 'lavanderia', 'drive', 'colecta', 'heat', 'calor', 'weather', 'clima',
      'sunscreen', 'bloqueador', 'dog', 'perro', 'kids', 'ninos', 'nina', 'baby', 'bebe',
    ],
    /** Round 9 (undressing invited). An invitation or plan without clothes, said around the word "naked". */
    nude_plan: [
      'no swimsuits', 'no swimsuit', 'no bathing suits', 'no bathing suit', 'swimsuits optional', 'swimsuit optional', 'clothing optional', 'clothes optional',
      'no clothes needed', 'sin traje de bano', 'sin trajes de bano', 'sin calzones', 'sin chones', 'sin brasier', 'sin bra', 'no bra', 'no underwear',
      'without underwear', 'en pelotas', 'en cueros', 'encueraditos', 'como dios nos trajo al mundo', 'como dios la trajo al mundo', 'au naturel', 'skinny dip',
      'skinny dipping', 'bare naked', 'butt naked', 'buck naked',
      // session 15
      'bikini optional', 'tops optional', 'top optional', 'shirts optional',
    ],
    /** Round 9 (favours for a career). What a job, a shift or a permit is, as something a person wants from the writer. */
    career_stake: [
      'subir de puesto', 'subir de nivel', 'un ascenso', 'el ascenso', 'ascender', 'la plaza', 'una plaza', 'el puesto', 'un aumento', 'el aumento', 'turno de dia', 'mejor turno', 'cambio de turno', 'sus vacaciones', 'el dia libre', 'dias libres', 'horas extra', 'el tiempo extra',
      'promotion', 'promoted', 'a raise', 'the raise', 'day shift', 'better shift', 'time off', 'days off', 'get hired', 'keep her job',
      'keep his job', 'keep your job', 'keep the job', 'pass the inspection', 'pass inspection', 'pasar la inspeccion', 'su permiso',
      'her permit', 'his permit', 'good evaluation', 'good review', 'buena evaluacion', 'la evaluacion', 'performance review',
      'recommendation', 'carta de recomendacion', 'void the ticket', 'void her ticket', 'quitarle la multa', 'la contratan', 'la contraten',
      'lo contraten', 'contratarla', 'hire her', 'hire him',
      // session 15
      'te aprueban', 'aprueban los planos', 'aprueben tus planos', 'get approved faster', 'approved faster', 'si quieren el aumento', 'she d get the raise',
    ],
    /** Round 9 (favours for a career). A personal or physical favour asked of someone, towards the writer ("cariñosa conmigo", "nice to me"). */
    favor_to_me: [
      'carinosa conmigo', 'carinoso conmigo', 'carinosita conmigo', 'ser buena conmigo', 'sea buena conmigo', 'ser buenita conmigo', 'ser linda conmigo',
      'sea linda conmigo', 'ser amable conmigo', 'sea amable conmigo',
      'amorosa conmigo', 'complaciente conmigo', 'salir a solas conmigo', 'cenar a solas conmigo', 'a solas conmigo', 'sola conmigo',
      'portarse bien conmigo', 'se porta bien conmigo', 'pasarla bien conmigo', 'un besito', 'darme un beso', 'me de un beso', 'sentarse en mis piernas',
      'sentarse en mis rodillas', 'pasar a mi casa', 'venir a mi casa', 'sola a mi oficina', 'a mi oficina sola', 'a mi oficina a solas', 'sabe como agradecer',
      'me lo agradezca', 'me lo agradece', 'me lo agradeces', 'be nice to me', 'be real nice to me', 'be extra nice to me', 'be sweet to me', 'be good to me',
      'be friendly with me', 'get friendly with me', 'go out with me', 'a date with me', 'dinner with me', 'alone with me', 'sit on my lap',
      'come by my place', 'come to my place', 'to my office alone', 'thank me properly', 'thank me personally', 'show me some appreciation', 'how bad she wants it',
      'how bad he wants it', 'how bad you want it', 'what she s willing to do', 'what shes willing to do', 'que tan dispuesta', 'que esta dispuesta a hacer',
      // session 15: pictures or a couch as the price ("si quieren el aumento, mi oficina tiene sillón", "sent me a few pics").
      'tiene sillon', 'mi oficina tiene sillon', 'has a couch', 'my office has a couch', 'sent me a few pics', 'send me a few pics', 'send me pics', 'sends me pics',
      'unas fotitos', 'me mande fotos', 'mas corta la falda', 'with a few pics',
    ],
    /** Round 9. Where a favour and a career meet in a thank-you, a report or a policy. */
    favor_guard: [
      'thanks', 'thank you', 'gracias', 'agradezco', 'grateful', 'quid pro quo', 'harassment', 'acoso', 'report', 'reportar', 'denunciar', 'training',
      'capacitacion', 'never', 'nunca', 'congrats', 'congratulations', 'felicidades', 'was so', 'were so', 'fue muy', 'fueron muy', 'siempre fue',
    ],
    /** Round 9 (pictures taken on the sly). A picture or video the writer took or has of someone, said as such. */
    pic_taken: [
      'pics i took', 'pictures i took', 'photos i took', 'video i took', 'vid i took', 'pics i got', 'pics i snapped', 'fotos que tome', 'fotos que le tome',
      'video que tome', 'le tome fotos', 'les tome fotos', 'le tome una foto', 'le saque fotos', 'le saque una foto', 'les saque fotos', 'sacarle fotos',
      'tomarle fotos', 'la grabe', 'las grabe', 'lo grabe', 'grabandola', 'grabandolas', 'la estaba grabando', 'filmed her', 'filmed them', 'recorded her',
      'got pics of her', 'got a pic of her', 'snapped a pic of her', 'snapped pics of her', 'took a pic of her', 'took pics of her', 'took a video of her',
      'hidden camera', 'hidden cam', 'camara escondida', 'creepshot', 'creepshots', 'upskirt', 'wanna see the pics', 'want to see the pics', 'quieren ver las fotos',
      'quieren ver el video', 'wanna see the video',
    ],
    /** Round 9 (pictures taken on the sly). Where a person undresses or cannot be seen. */
    private_place: [
      'locker room', 'locker rooms', 'changing room', 'dressing room', 'vestidor', 'vestidores', 'the shower', 'the showers', 'la regadera', 'las regaderas',
      'in the bathroom', 'en el bano', 'bathroom stall', 'restroom', 'cambiandose', 'changing clothes', 'getting changed', 'getting dressed', 'showering',
      'banandose', 'under her skirt', 'up her skirt', 'debajo de la falda', 'por debajo de la falda', 'through her window', 'por su ventana', 'agachada',
      'bending over', 'en bikini', 'in her bikini', 'in a bikini', 'en toalla', 'in a towel',
    ],
    /** Round 9. Where a picture of a locker room or shower is a work record. */
    pic_taken_guard: [
      'mold', 'moho', 'leak', 'leaks', 'fuga', 'damage', 'dano', 'repair', 'repairs', 'reparacion', 'renovation', 'remodel', 'remodelacion', 'inspection',
      'inspeccion', 'report', 'reporte', 'graffiti', 'broken', 'roto', 'rota', 'before and after', 'antes y despues', 'pipe', 'tubo', 'tile', 'azulejo',
      'work order', 'orden de trabajo', 'evidence', 'evidencia', 'prohibited', 'prohibido', 'not allowed', 'no se permiten', 'policy', 'politica', 'sign', 'letrero',
    ],
    /** Round 9 (a minor sexualized). A child or teenager pointed at. */
    minor_ref: [
      'quinceanera', 'la quinceanera', 'quinceaneras', 'de quince', 'de 15', 'de 14', 'de 16', 'de 17', 'teen', 'teens', 'teenager', 'teenage', 'high schooler',
      'high school girl', 'high school girls', 'middle schooler', 'junior high', 'la chamaca', 'chamaquita', 'chamaquitas', 'jovencita', 'jovencitas', 'la nina', 'las ninas',
      'nina', 'ninas', 'la de prepa', 'las de prepa', 'de secundaria', 'de la secundaria', 'la hija de', 'su hija', 'his daughter', 'her daughter', 'your daughter',
      'tu hija', 'junior lifeguard', 'junior lifeguards', 'summer youth', 'the youth worker', '14 year old', '15 year old', '16 year old', '17 year old',
      'menor de edad', 'underage', 'a minor', 'las damas', 'chambelanes', 'daughter', 'la hija', 'is 14', 'is 15', 'is 16', 'is 17', 'tiene 14', 'tiene 15',
      'tiene 16', 'tiene 17',
    ],
    /** Round 9 (a minor sexualized). A child's body remarked on as an adult's, or desire put off until she is "legal". */
    minor_sexual: [
      'desarrollada', 'bien desarrollada', 'mas desarrollada', 'muy desarrollada', 'well developed', 'ya no parece de', 'no parece de',
      'doesn t look 15', 'doesnt look 15', 'doesn t look 16', 'doesnt look 16', 'looks way older', 'looks older than', 'se ve mas grande', 'ya esta grandecita',
      'grandecita', 'barely legal', 'jailbait', 'jail bait', 'cuando cumpla 18', 'cuando cumpla los 18', 'when she turns 18', 'when she s 18', 'legal soon',
      'ya casi es legal', 'almost legal', 'casi legal', 'bien formadita', 'formadita', 'se esta poniendo buena', 'se puso buena', 'se puso bien buena',
      'esta creciendo bien', 'lolita', 'sexy', 'buenota', 'mamacita', 'bien buena', 'thicc', 'curvas', 'cuerpazo', 'piernotas', 'nalgona', 'chichona',
      // session 13 (lexicon): an adult getting a minor alone — invited to his place, after closing, beer bought.
      'to his apartment', 'to his place', 'to his house', 'a su departamento', 'a su depa', 'alone with', 'a solas con', 'les compra cerveza', 'buys them beer',
      'texting her late', 'texting them late', 'le manda mensajes en la noche', 'after closing', 'despues del cierre',
    ],
    /** Round 9. Where a child's growth, a program or praise of a child's skill is meant. */
    minor_guard: [
      'program', 'programa', 'development', 'desarrollo', 'curriculum', 'vaccine', 'vacuna', 'vacunas', 'pediatric', 'pediatra', 'growth', 'crecimiento',
      'nutrition', 'nutricion', 'skills', 'habilidades', 'motor', 'motora', 'milestones', 'scholarship', 'beca', 'reading', 'lectura', 'math', 'matematicas',
      'app', 'apps', 'photo', 'foto', 'camera', 'film', 'hot dog', 'hot dogs', 'hot chocolate', 'hot weather', 'hot day', 'hot cheetos', 'chile', 'heat',
      'predator', 'predators', 'safety', 'seguridad', 'abuse', 'abuso', 'report', 'reportar', 'denuncia', 'protect', 'proteger',
    ],
    // session 15 (innuendo): a job's own words turned into a come-on ("read my meter", "check my pipes", "que me revise", "boca a boca"),
    // said with "anytime"/"cuando quiera" or "if you know what I mean". Each side alone is everyday work talk; together they are the joke.
    /** session 15. A trade word or a service offered, turned on the writer ("inspect my", "que me rescate", "la tubería"). */
    innuendo_cue: [
      'read my meter', 'check my meter', 'my meter', 'check my pipes', 'my pipes', 'lay some pipe', 'lay pipe', 'my hose', 'his hose', 'her hose', 'big hose',
      'hold my hose', 'the hose is real', 'show me the hose', 'my smoke detector', 'put out my fire', 'put my fire out', 'inspect me', 'search me',
      'search wherever', 'strip search', 'body search', 'my plumbing', 'his tools', 'with his tools', 'my tool', 'mouth to mouth', 'boca a boca', 'private lesson',
      'private lessons', 'private checkup', 'private inspection', 'private session', 'private training', 'one on one time', 'bedside manner', 'reboot me',
      'with the cables out', 'unwrap my present', 'jackhammer', 'slide down the pole', 'ride all night', 'work me out', 'in other ways', 'other needs',
      'house calls', 'get handcuffed', 'handcuff me', 'put me in cuffs', 'sedate me', 'adopt me', 'rescue me', 'resuscitate me', 'check my oil', 'lube me',
      'my kitchen and my bedroom', 'and my bedroom', 'feed me bananas', 'drown on purpose', 'sit in the back and watch', 'search wherever he wants',
      'que me rescate', 'que me revise', 'me revise el', 'revisarme', 'me puede revisar', 'que me espose', 'me pone las esposas', 'que me apague el fuego',
      'me apague el fuego', 'apagar mi fuego', 'mi tuberia', 'revisen la tuberia', 'revisarle la tuberia', 'con todo y herramienta', 'mi herramienta',
      'mi manguera', 'su manguera', 'inspeccion privada', 'entrevista privada', 'clase privada', 'clases privadas', 'training personal', 'otro levantamiento',
      'en especie', 'me haga lo que quiera', 'le hago lo que quiera', 'que me adopte', 'respiracion de boca a boca',
      'me ahogo a proposito', 'ahogarme a proposito', 'que me de respiracion', 'me de respiracion', 'otra cosa que no es',
      'vigilando otra cosa', 'inspeccionarme', 'que me inspeccione',
      'me adopta', 'si me adopta', 'show you a real', 'ensenarle otras cosas', 'cut more than', 'hands on supervisor', 'a real ride along', 'bring the cuffs',
    ],
    /** session 15. When or how eagerly: "anytime", "all night", "on purpose", "cuando quiera", "con la puerta cerrada". */
    innuendo_when: [
      'anytime', 'any time', 'any day', 'all night', 'all night long', 'whenever', 'whenever she wants', 'whenever he wants', 'on purpose',
      'wherever he wants', 'wherever she wants', 'with the door closed', 'door closed', 'after my shift', 'any night',
      'cuando quiera', 'cuando quieras', 'cuando guste', 'a la hora que', 'toda la noche', 'toda la tarde', 'a proposito', 'cada semana', 'donde quiera',
      'lo que quiera', 'con la puerta cerrada', 'despues del turno', 'de voluntario', 'me ofrezco', 'i volunteer', 'i ll volunteer', 'ill volunteer',
      'en su turno', 'en su cama', 'en mi cama', 'in my bed', 'in the bunk room', 'in the supply closet',
    ],
    /** session 15. The wink that says a double meaning is meant. */
    innuendo_marker: [
      'if you know what i mean', 'if u know what i mean', 'if y all know what i mean', 'if yall know what i mean', 'know what i mean', 'if you catch my drift',
      'wink wink', 'and i mean with', 'and i don t mean', 'and i dont mean', 'not talking about', 'no hablo de', 'ya saben como', 'ya saben cual', 'ustedes saben cual',
      'ustedes saben de', 'ya saben de que', 'si me entienden', 'me entienden', 'you know what they say', 'ni digo mas', 'no digo mas', 'que no puedo decir aqui',
      'cosas que no puedo decir', 'ustedes saben cuales', 'ya saben cuales', 'si saben', 'saben cual especie', 'i mean with',
    ],
    /**
     * session 15 (said of nobody in particular): words that are a sexual remark by themselves, with no everyday sense a city post
     * would use ("cuerpazo", "bien dotado", "thicc", "would smash"). Each is already a sex_remark/sex_desire word; alone in a post
     * they still describe a body or a sex act, which the policy forbids whoever it is about.
     */
    sex_unambiguous: [
      'cuerpazo', 'que cuerpazo', 'bien dotado', 'nalgona', 'nalgonas', 'nalgotas', 'tetona', 'tetonas', 'chichona', 'chichonas', 'chichotas',
      'tetotas', 'buenota', 'buenotas', 'buenote', 'mamacita', 'mamasita', 'mamasota', 'papacito', 'papasito', 'papasote', 'mamazota', 'cogible', 'smokeshow',
      'smoke show', 'thicc', 'thick af', 'milf', 'dilf', 'would smash', 'wanna smash', 'tap that', 'would tap', 'hit it from the back', 'bend her over',
      'sit on my face', 'nice rack', 'camel toe', 'cameltoe', 'braless', 'nip slip', 'side boob', 'sideboob', 'underboob', 'hubba hubba', 'fuckable', 'bangable',
      'well hung', 'hung like', 'junk in the trunk', 'dump truck ass', 'badonkadonk', 'se le ven los calzones', 'se le ve la tanga', 'sin brasier', 'pechugona',
      'caderona', 'piernuda', 'bombonazo', 'forrazo', 'mangazo', 'cuerazo', 'que cuerazo', 'ponerla en cuatro', 'hacerla gemir', 'make her moan', 'me la cogeria',
    ],
    /** session 15. Where the trade words are the trade: a repair, a class, a notice. */
    innuendo_guard: [
      'leak', 'leaks', 'fuga', 'fugas', 'repair', 'repairs', 'reparacion', 'plumber', 'plomero', 'work order', 'orden de trabajo', 'cpr', 'rcp', 'dummy', 'maniqui',
      'first aid', 'primeros auxilios', 'certification', 'certificacion', 'drill', 'simulacro', 'reminder', 'recordatorio', 'residents', 'residentes', 'call 311',
      'llame al 311', 'schedule', 'appointment', 'cita', 'bill', 'recibo', 'reading', 'lectura', 'backflow', 'water heater', 'calentador', 'gas', 'smell gas',
      'my cat', 'my dog', 'mi perro', 'mi gato', 'adopcion', 'adoption', 'shelter', 'refugio',
    ],
  },
  frames: [
    {
      // session 15: a sexual remark needs no named target when the word itself describes a body or a sex act (check sets: most sexual misses
      // had an act word and a person word in different sentences, miss-anatomy.ts "both, never paired").
      id: 'judgement.sexual.remark_alone',
      category: 'sexual',
      message: { en: 'Describes a body or a sex act in crude sexual terms.', es: 'Describe un cuerpo o un acto sexual en términos sexuales groseros.' },
      negatable: true,
      patterns: ['{sex_unambiguous}(?![^ .])(?! (?:de|of)(?![^ .]))'],
      examples: {
        hit: ['qué cuerpazo trae la del gimnasio de la Westside', 'that new trainer is thicc, no lie', 'bien dotado el de la foto, pa qué les miento'],
        miss: ['La nueva sala de cómputo está bien dotada de equipo', 'The thick fog closed the airport road this morning', 'Rate the new bike lanes from 1 to 10'],
      },
    },
    {
      // session 15 (innuendo): a job's own words turned on the writer, with "anytime" or a wink (c–h: meter, pipes, hose, boca a boca, que me revise).
      id: 'judgement.sexual.innuendo',
      category: 'sexual',
      message: { en: 'Makes a sexual innuendo out of someone\'s work ("read my meter anytime").', es: 'Hace un doble sentido sexual con el trabajo de alguien ("que me revise cuando quiera").' },
      cooccur: [
        { all: ['innuendo_cue', ['innuendo_when', 'innuendo_marker']], within: 10, unless: ['innuendo_guard', 'sexual_guard'], guardWithin: 6 },
      ],
      examples: {
        hit: [
          'the new water tech can come check my pipes anytime, ladies you know',
          'that rescue swimmer can give me mouth to mouth all night',
          'el de la grúa puede venir a revisarme cuando quiera, con todo y herramienta',
          'la doctora del centro de salud, que me revise toda la noche',
          'she said she\'d search me, if you know what I mean',
        ],
        miss: [
          'Residents: a technician can check your meter anytime, call 311 for an appointment',
          'We had a leak, the plumber can check my pipes any day this week',
          'CPR class Saturday: practice mouth to mouth on the dummy',
          'El plomero viene a revisar la tubería cuando quiera el vecino, ya hay orden de trabajo',
          'Adopt me! Max the lab is waiting at the shelter, visit anytime',
        ],
      },
    },
    {
      id: 'judgement.sexual.person_sexualized',
      category: 'sexual',
      message: {
        en: 'Points at a person and talks about them in a sexual way (body, nudity, sex).',
        es: 'Señala a una persona y habla de ella en términos sexuales (su cuerpo, desnudez, sexo).',
      },
      negatable: true,
      cooccur: [{ all: ['person_ref', 'sex_remark'], within: 6, unless: ['sexual_guard'], guardWithin: 5 }],
      examples: {
        hit: [
          'the new lifeguard at Memorial pool is a whole smokeshow, those curves tho',
          'Ya vieron a la nueva de finanzas? bien buenota la morra',
          'Bet the deputy director sends nudes to half of the 5th floor',
          'Ese bombero tiene unas nalgotas, me lo comería',
        ],
        miss: [
          'The clerk reminded everyone that sexual harassment training is due Friday',
          'Hot dogs and hot weather: the supervisor says bring water to the parade',
          'La enfermera dará pláticas de educación sexual en la clínica del barrio',
          'Our lifeguard team brought six packs of water for the volunteers',
        ],
      },
    },
    {
      id: 'judgement.sexual.remark',
      category: 'sexual',
      message: { en: 'Makes a sexual remark about someone\'s body or what the writer would do to them.', es: 'Hace un comentario sexual sobre el cuerpo de alguien o sobre lo que le haría.' },
      negatable: true,
      patterns: [...SEXUAL_REMARK_PATTERNS],
      examples: {
        hit: [
          'La nueva de Recursos Humanos está bien buenota 🥵',
          'the new trainer at the Westside gym, I\'d smash',
          'El muchacho de la ventanilla me pone bien cachonda',
          'the new paramedic has a body I\'d like to get my hands on',
          'The new lifeguard at Memorial has the best butt in the city 🍑',
          'Qué rica está la nueva de la biblioteca, le daba sin pensarlo',
          'the detective\'s butt in those uniform pants, sheesh',
          'that new clerk, those shorts tho 🔥',
        ],
        miss: [
          'Los tamales de doña Mari están bien buenos',
          'I\'d smash the record at the 5K if my knee held up',
          'Uniform pants are in the supply room, pick up your size',
          'This heat makes me so thirsty, drink water y\'all',
        ],
      },
    },
    {
      id: 'judgement.sexual.explicit_words',
      category: 'sexual',
      message: { en: 'Talks about arousal, strip clubs or hookups at work.', es: 'Habla de excitación sexual, table dance o encuentros casuales.' },
      negatable: true,
      cooccur: [{ all: ['sex_strong', ['sex_who', 'sex_context']], within: 10, unless: ['sexual_guard'], guardWithin: 5 }],
      examples: {
        hit: ['I watched the sex scenes in that show on my lunch break at the office', 'Which one of y\'all left the Playboy in the break room? lol I\'m keeping it', 'manden más chistes colorados al chat del trabajo', 'horny af on this night shift, who wants to keep me company', 'First lap dance is on me after the holiday party', 'Me urge un free de una noche, quién del turno se anima', 'got a boner watching the new trainer at the gym', 'after shift I\'m gonna watch Pornhub all night, nobody text me'],
        miss: ['The library has new copies of the book club pick at the front desk', 'The break room fridge gets cleaned out on Fridays', 'Council will vote on the strip club zoning ordinance Tuesday', 'Private show of the new mural for donors at the museum Friday, anyone can join'],
      },
    },
    {
      id: 'judgement.sexual.sex_talk',
      category: 'sexual',
      message: { en: 'Talks explicitly about having sex.', es: 'Habla explícitamente de tener relaciones sexuales.' },
      cooccur: [{ all: ['sex_who', 'sex_act'], within: 6, unless: ['sexual_guard'], guardWithin: 6 }],
      examples: {
        hit: ['me and the lifeguard knocked boots in the pump room lol', 'Anoche hicimos el delicioso con la de recursos humanos',
          'Finally got laid last night, best Monday ever', 'Anoche echamos pata en la troca de la ciudad jajaja', 'those two from payroll are definitely sleeping with each other',
          // Round 9 (s12-jb)
          'at the posada I copped a feel on the new girl from billing and she didn\'t even notice lol',
          'anoche en el elevador le di un arrimón a la de Catastro jaja',
        ],
        miss: ['We got busy at the station after the storm',
          'Teens who have sex education at school make safer choices, says the clinic', 'I hooked up the new printer on the 3rd floor', 'We smashed the fundraising goal, thank you!',
          // Round 9 (s12-jb)
          'She reported that he grabbed her butt at the party; HR has the harassment complaint now',
        ],
      },
    },
    {
      id: 'judgement.sexual.request_images',
      category: 'sexual',
      message: { en: 'Asks for or passes around explicit pictures of someone.', es: 'Pide o hace circular fotos íntimas de alguien.' },
      patterns: [
        // "pásenme el pack de la nueva", "send noodz", "¿alguien tiene el pack?".
        '(?:pasen|pasenme|pasame|pasa|pase|pasale|manda|mandame|mandas|mande|manden|mandenme|rola|rolen|rolenme|tienen|tiene|tienes|alguien tiene|quien tiene|venda|vendan|vende|vendes|me venda|me vendan|compro|send|sendme|drop|post|share|dm|leak|leaked) (?:me |us |el |los |su |sus |tu |tus |the |her |his |your |ur |some |más |mas )?{nudes}(?! (?:de agua|de botellas|de refrescos|de cervezas|de sodas|de pilas|de baterias|de galletas|de papel|of water|of batteries|from the event|from the parade|del evento|del desfile|of the event|of the parade)(?![^ .]))',
        '(?:el|su|sus|los|the|her|his) (?:pack|packs|nudes) (?:de|del|of) (?:la |el |the |that |this )?(?:{~1})?(?:nueva|nuevo|morra|chava|chavita|vieja|ruca|{person_role}|girl|chick|lifeguard)',
        '(?:manda|mandame|mandes|mandeme|send|send me|pasame|ensename|ensenale|show me|dm me) (?:una |a |unas |some |un )?(?:foto|fotos|fotito|pic|pics|picture|pictures|video|selfie|nude|nudes) (?:de|of) (?:tus|your|ur|tu|sus|her|his|su) {body_part}(?![^ .])',
        '(?:anyone|anybody|somebody|alguien|who) (?:got|have|has|tiene|tienen) (?:the |las |los |unas |some )?(?:nudes|nudies|fotos desnuda|fotos desnudo|fotos sin ropa|fotos hot|pics|fotos) (?:of|de|del) (?:that|the|this|la|el|esa|ese) (?:[^ .]+ ){0,3}(?:girl|guy|lady|chick|chava|morra|{person_role}|nueva|nuevo)(?![^ .])',
      ],
      examples: {
        hit: ['Alguien que me venda packs? pago bien', '¿Alguien tiene el pack de la vecina del 4B? 🔥', 'Mándame tus fotos sin ropa, nadie se entera', 'someone drop the pack of the new clerk lol', 'slow day at the yard, send nudies'],
        miss: ['Pásenme el pack de agua que está en la troca, porfa', 'Send pics from the parade to our page and we\'ll share them!', 'Tengo el pack de baterías para los radios'],
      },
    },
    {
      id: 'judgement.sexual.intimate_picture_asked',
      category: 'sexual',
      message: { en: 'Asks someone for an intimate or explicit picture.', es: 'Le pide a alguien una foto íntima o explícita.' },
      cooccur: [{ all: ['pic_ask', 'pic_intimate'], within: 10, unless: ['pic_guard', 'sexual_guard'], guardWithin: 5 }],
      examples: {
        hit: ['I\'m going to send the new dispatcher a pic of my junk and see what happens', 'Oye, mándame una fotito en toalla pa alegrar el turno', 'send me something from the shower, no face needed 😉', 'quién me manda fotos en lencería, pago bien', 'i pay for pics of ur feet, dm', 'who\'s got the OnlyFans of the girl from the parks office', 'pásenme las fotos de la despedida, las de las teiboleras'],
        miss: ['Send me a pic of the junk pile behind the yard so we can schedule the pickup', 'Mándame una foto del bache en la Dyer para el reporte', 'Send me the photo of the water leak, no face needed, just the meter', 'Anyone have the link for the council meeting video?', 'Send me a pic of the pothole without the cones'],
      },
    },
    {
      id: 'judgement.sexual.desire_at_person',
      category: 'sexual',
      message: { en: 'Says what the writer desires or would do sexually to a person.', es: 'Dice lo que desea o le haría sexualmente a una persona.' },
      cooccur: [{ all: [['person_ref', 'person_any', 'sex_target'], 'sex_desire'], within: 10, unless: ['sexual_guard', 'desire_guard'], guardWithin: 5 }],
      examples: {
        hit: ['The new girl at the front desk has a figure that won\'t quit, I keep finding reasons to walk by', 'Le eché un piropo a la de la taquilla y se puso roja, está bien chula la condenada', 'I\'d let the new sergeant put me in cuffs any day of the week', 'the new clerk in records has a smoking body, legs for days', 'La nueva de Tránsito está para chuparse los dedos, ojalá me toque con ella', 'I couldn\'t stop staring at her chest the whole briefing', 'The new paramedic is so hot, I keep thinking about what I\'d do to him on the night shift', 'La chava de la caseta está bien buena, le haría de todo', 'rate the guys at Station 5 from 1 to 10, the tall one is a solid 10 😏', 'tu vieja bien sola en la feria, dile que yo la atiendo bien rico', 'the new girl at the pool has lips made for one thing', 'la de Catastro en esa falda, uff, esas piernas',
          // session 15
          'can\'t stop thinking about what he\'s got under that turnout gear, the new guy at Station 3', 'la de Tránsito está de infarto, ya tengo un cuarto en el motel', 'I keep wondering what she wears to bed, the new night clerk'],
        miss: ['The new sergeant will teach the handcuffing class on Tuesday', 'Los tacos de doña Mari están para chuparse los dedos', 'The new clerk in records has a smoking-fast typing speed', 'The new paramedic handled the heat call great, so hot out there today', 'Rate the new bus route from 1 to 10 in our survey', 'Esas piernas de pollo en la carne asada del viernes estaban riquísimas',
          // session 15
          'La paramédica atendió a un paciente de infarto en la Mesa', 'Rate the firefighters\' chili at the cook-off Saturday', 'I had to show her my badge, the new girl at the gate'],
      },
    },
    {
      id: 'judgement.sexual.rumor',
      category: 'sexual',
      message: { en: 'Spreads a sexual rumour about a person.', es: 'Difunde un rumor sexual sobre una persona.' },
      cooccur: [{ all: [['person_ref', 'person_any', 'sex_target'], 'sex_rumor'], within: 10, unless: ['sex_rumor_guard', 'sexual_guard'], guardWithin: 5 }],
      examples: {
        hit: ['That cop who works the school crossing is a total cougar, she was all over the 19 year old intern', 'everyone knows the dispatcher is a homewrecker, she\'s having an affair with the captain', 'la secretaria del director es su amante, tiene su casa chica', 'La secretaria del director se acostó con él para que le dieran la plaza', 'that new dispatcher sleeps around with half the station', 'Las de la oficina de turismo son unas fáciles', 'la de nóminas se mete con todos los jefes pa\' que la suban', 'the new clerk slept her way into that promotion, that\'s how she got promoted'],
        miss: ['A cougar was seen near the trailhead, rangers ask hikers to stay on the path', 'The captain spoke at the public affairs briefing', 'La vecina vende una casa chica en la calle Oregon', 'The new system was easy to set up, thanks IT', 'La secretaria dijo que el trámite fue fácil', 'Police arrested a man for prostitution near the bus station'],
      },
    },
    {
      id: 'judgement.sexual.explicit_content_offered',
      category: 'sexual',
      message: { en: 'Offers explicit pictures or a video of sex, for money or on request.', es: 'Ofrece fotos explícitas o un video sexual, por dinero o a quien lo pida.' },
      cooccur: [{ all: ['content_special', 'content_ask'], within: 12, unless: ['content_guard'], guardWithin: 6 }],
      examples: {
        hit: ['Vendo fotos mías, las especiales más caras, pregunten por inbox', 'Se busca chica para video especial, buena paga, discreción total', 'caught the neighbors going at it in the truck, got it on video, dm for it'],
        miss: ['Fotos especiales del desfile en nuestra página, pregunten por inbox', 'The council meeting is on video, DM for the link'],
      },
    },
    {
      id: 'judgement.sexual.explicit_offer',
      category: 'sexual',
      message: { en: 'Advertises or points to explicit content (OnlyFans, "spicy" pictures) or seeks a sexual partner.', es: 'Anuncia o señala contenido sexual explícito (OnlyFans, fotos "picantes") o busca pareja sexual.' },
      patterns: [
        '(?:spicy|nsfw|xxx|naughty|steamy|18|x rated|uncensored) (?:content|pics|pictures|photos|videos|vids|custom pics|customs)',
        'contenido (?:picante|xxx|explicito|hot|sin censura|candente)',
        '(?:fotos|videos) (?:picantes|candentes|xxx|sin censura|hot)(?![^ .])',
        '(?:feet pics|foot pics|feet pictures|feet photos|fotos de (?:mis )?pies|lingerie pics|fotos en lenceria|(?:pics|photos|pictures|fotos|videos|vids) (?:of me )?in (?:my|mi) (?:new )?(?:lingerie|underwear|bikini|thong|panties|boxers|lenceria|calzones|tanga|bra))',
        '(?:vendo|selling|sell|compren|buy) (?:mi|my) (?:pack|packs|nudes|pics|fotos)(?! (?:de|of|from)(?![^ .]))',
        '(?:busco|buscando|ando buscando|looking for|lf) (?:una |un |a )?(?:chica|chico|chava|morra|mujer|hombre|girl|guy|woman|man|someone|alguien) (?:para|to|for) (?:pasar un buen rato|un rato|divertirnos|have fun|a good time|hook up|hookup|something discreet|no strings)',
        '(?:need|looking for|want|seeking|busco|ando buscando|quien quiere ser mi) (?:a |an |un |una )?(?:discreet |discrete |quick |casual |discreto |discreta |casual )?(?:fwb|friend with benefits|friends with benefits|hookup|hook up|booty call|sugar daddy|sugar mommy|amigo con derechos|amiga con derechos)(?![^ .])',
        '(?:who wants to|quien quiere|anyone wanna|anybody wanna|who wanna) (?:sext|sexting|hook up|hookup|fool around|coger|cogerme|follar|hacer cositas)(?![^ .])',
        '(?:reverse cowgirl|doggy style|doggystyle|missionary position|sixty nine position|69 position)',
        // "DM me for my private vids", "subí fotos sin ropa a mi página privada".
        '(?:my|mis|mi) (?:private|exclusive|personal|privados|privadas|exclusivos|exclusivas) (?:vids|videos|pics|photos|pictures|content|contenido|fotos)(?![^ .])',
        '(?:subi|subo|vendo|tengo|sold|selling|posted|posting|new) (?:mis |unas |my |some |new )?(?:fotos sin ropa|fotos desnuda|fotos desnudo|fotos en calzones|fotos hot|videos hot|nudes|naked pics|naked photos)(?![^ .])',
        '(?:pagina privada|private page|private account|cuenta privada|close friends) (?:[^ .]+ ){0,6}(?:manden mensaje|dm|inbox|mensaje|subscribe|suscribanse|pay|pago)(?![^ .])',
        // "link to her OF": OnlyFans by its initials.
        '(?:link|links|link to|sub to|subscribe to|subscribed to|subscribed to her|check out|el link de|la pagina de|su|sus) (?:her |his |my |mi |su )?of(?: page| link| account)?(?= \\.|$| (?:asking|lol|lmao|anyone|pls|plz|tho|page|link|account|jaja)(?![^ .]))',
        // "quién se anima a un trío".
        '(?:quien se anima|quien quiere|who wants|who s down|whos down|anyone down|alguien se anima) (?:a |for |para )?(?:un |a )?(?:trio|threesome|orgia|orgy)(?![^ .])',
      ],
      examples: {
        hit: [
          'Spicy pics for the 18+ crowd, DM me',
          'Vendo contenido picante, pregúntenme por inbox 😘',
          'Selling steamy pics, first 20 subs get a discount',
          'need a fwb who isn\'t in my department',
          'anybody wanna sext during the council recess',
          'Who wants to see pics of me in my new lingerie? dm me 😘',
          'My side hustle: custom feet pics, DM for prices',
        ],
        miss: [
          'Spicy salsa contest at the farmers market Saturday',
          'The library filters adult content on public computers',
          'Busco un amigo para correr en el Rio Bosque los sábados',
          'Qué rica está la comida de la cafetería hoy',
          'Vendo pack de 6 sillas plegables, casi nuevas',
          'The only fans we need this summer are ceiling fans',
        ],
      },
    },
    // Round 9 (session 12): five families of round 8's dev misses, each written as a way of saying it.
    {
      // Round 9 (outfit remarks): a garment someone wore, remarked on as distracting, see-through, "should be illegal", or imagined off.
      id: 'judgement.sexual.outfit_remark',
      category: 'sexual',
      message: { en: 'Makes a sexual remark about what someone wears (or imagines them without it).', es: 'Hace un comentario sexual sobre la ropa de alguien (o lo imagina sin ella).' },
      negatable: true,
      patterns: [
        // "ese vestido rojo… ya me la imaginaba sin él", "those shorts, send me a pic without them".
        '{garment}(?: [^ .]+){0,8} (?:sin (?:el|ella|ellos|ellas|nada)|without (?:it|them|anything)(?: on)?)(?= \\.|$| (?:puesto|puesta|puestos|puestas|jaja|jajaja|lol|lmao|haha|no seas|ni|y|and|please|porfa|plz|pa|ok)(?![^ .]))',
      ],
      cooccur: [{ all: ['garment', 'garment_remark'], within: 10, unless: ['garment_guard'], guardWithin: 5 }],
      examples: {
        hit: ['Ella siempre se agacha con esa blusa para que le vean el escote', 'someone tell the front desk girl her shirt is way too low cut, not that I\'m complaining',
          'those leggings at the Thursday spin class should be illegal, I can\'t focus on the instructor',
          'Esa falda de la nueva de Catastro debería ser ilegal, no me puedo concentrar',
          'la de Planeación se veía tan rica con ese vestido negro en la junta',
          'that swimsuit she wore at the staff pool day, I keep picturing her out of it',
          '@Marisol ese short de la carrera, mándame una foto sin él, no seas mala',
        ],
        miss: ['La blusa del uniforme nuevo se entrega en recursos humanos, pregunten por su talla', 'Shirts must have sleeves and no low cut necklines per the dress code',
          'Reminder: leggings and shorts are not allowed under the new dress code',
          'Donations of dresses and skirts for the prom drive go to the rec center',
          'Bring your swimsuit and a towel, the splash pad opens at 10',
          'El uniforme es obligatorio, sin él no pueden entrar a la planta',
          'Wear the safety vest and boots; without them you can\'t enter the yard',
        ],
      },
    },
    {
      // Round 9 (undressing invited): a meeting or plan without clothes, said around "naked".
      id: 'judgement.sexual.nude_plan',
      category: 'sexual',
      message: { en: 'Invites or plans something sexual without clothes.', es: 'Invita o planea algo sexual sin ropa.' },
      cooccur: [{ all: ['nude_plan', ['sex_who', 'sex_context', 'sex_target', 'person_any']], within: 10, unless: ['sexual_guard'], guardWithin: 5 }],
      examples: {
        hit: [
          'the hot tub at the rec center is fixed, meet me there after close, no swimsuits',
          'quién se anima a la alberca después del cierre, sin traje de baño 😈',
          'after the shift we should go skinny dipping at the lake, just you and me',
        ],
        miss: [
          'Pool rules: no swimsuits with metal zippers on the slides',
          'Se recolectan calzones y calcetines nuevos para el albergue, gracias',
        ],
      },
    },
    {
      // Round 9 (favours for a career): a promotion, shift or permit tied to being "nice" to the writer.
      id: 'judgement.sexual.favor_for_career',
      category: 'sexual',
      message: { en: 'Ties someone\'s job, shift or permit to personal favours for the writer.', es: 'Condiciona el puesto, turno o permiso de alguien a favores personales para quien escribe.' },
      cooccur: [{ all: ['career_stake', 'favor_to_me'], within: 12, unless: ['favor_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'a la enfermera nueva ya le dije que si quiere subir de puesto nomás tiene que ser cariñosa conmigo',
          'if she wants the day shift she knows she has to be real nice to me',
          'tell the new clerk if she wants a good evaluation she can come to my office alone',
          'si quiere que le apruebe su permiso que venga a cenar a solas conmigo',
        ],
        miss: [
          'Thank you to my supervisor for the promotion, she was so nice to me from day one',
          'Gracias a todos por el ascenso, siempre fueron muy lindos conmigo',
          'Apply for the promotion by Friday; HR can go over the review with you',
        ],
      },
    },
    {
      // Round 9 (pictures taken on the sly): pictures or video the writer took of someone in a locker room, a shower, changing.
      id: 'judgement.sexual.covert_pictures',
      category: 'sexual',
      message: { en: 'Talks about pictures or video of someone taken where they undress.', es: 'Habla de fotos o videos de alguien tomados donde se cambia o se baña.' },
      cooccur: [{ all: ['pic_taken', 'private_place'], within: 10, unless: ['pic_taken_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'anyone wanna see the pics I took in the women\'s locker room at the Westside pool',
          'le tomé fotos a la de aseo cambiándose en el vestidor, quién las quiere',
          'got a pic of her bending over by the copier lol',
        ],
        miss: [
          'Pics I took in the locker room show the mold behind the tiles, sending to facilities',
          'Le tomé fotos a la fuga en el vestidor de bomberos para el reporte',
          'Reminder: phones and cameras are prohibited in the locker rooms',
        ],
      },
    },
    {
      // Round 9 (a minor sexualized): a child or teenager's body remarked on as an adult's, or desire put off until "legal".
      id: 'judgement.sexual.minor_sexualized',
      category: 'sexual',
      message: { en: 'Makes a sexual remark about a child or a teenager.', es: 'Hace un comentario sexual sobre una niña, un niño o un adolescente.' },
      cooccur: [{ all: ['minor_ref', 'minor_sexual'], within: 10, unless: ['minor_guard'], guardWithin: 6 }],
      examples: {
        hit: ['The pool manager keeps inviting the teen lifeguards to his apartment after closing',
          'la quinceañera del salón estaba más desarrollada que las damas 🥵',
          'the lifeguard\'s daughter is 16 but she doesn\'t look 16 at all, jailbait',
          'la hija de la supervisora ya está grandecita, cuando cumpla 18 ya verán',
        ],
        miss: ['Teen lifeguards: the pool closes at 8, the manager will lock up',
          'La quinceañera del sábado estuvo bien bonita, gracias al salón por todo',
          'Teens in the summer youth program developed an app for bus routes',
          'El programa de desarrollo infantil acepta niñas de 4 a 6 años',
        ],
      },
    },
  ],
};
