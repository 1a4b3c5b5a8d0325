import type { CategoryJudgement } from '../types';

/**
 * religious: calls to worship and proselytizing, and religious tests or hostility. A church as a
 * venue ("polling place at San Judas church"), prayers after a tragedy, holiday greetings and
 * museum exhibits of sacred art stay clean: the frames need an invitation to worship, a push to
 * convert, or a rule or insult about people's faith.
 *
 * Round 6 families (round-6 dev part's misses, as concepts):
 * - a faith test at work or for a service: "el que no cree en Dios no tiene lugar aquí", "si es ateo
 *   mejor ni se siente con nosotros", "el que no esté bautizado que ni me pida el puesto", "ayuda con
 *   que vaya a misa", "no es buen cristiano" said to one's crew;
 * - faith pushed through a City account or service: the Bible, God or Jesus + an official account,
 *   story time, "nuestros pacientes", "desde la cuenta de Parques";
 * - proclaiming in more words: "God has a message for you", "that's the truth kids need", "¡Acéptalo
 *   hoy!", "si no se convierten…", "regresen a la fe", "salgan a adorar al Señor";
 * - hostility toward a faith group or practice: "siempre andan haciendo trampa", "cosa del diablo",
 *   "no queremos sus folletos… que se vaya", "wears a turban, do we have to let him?".
 */
export const religious: CategoryJudgement = {
  words: {
    /** God, scripture and salvation named (en, es). Alone it is a greeting or a life post; see the frames. */
    rel_divine: [
      'god', 'jesus', 'christ', 'jesus christ', 'the lord', 'our lord', 'lord jesus', 'holy spirit', 'savior', 'saviour', 'allah', 'the bible', 'bible', 'scripture',
      'scriptures', 'gospel', 'the gospel', 'gods word', 'god s word', 'word of god', 'sins', 'sinners', 'salvation', 'heaven', 'the cross', 'him', 'his word',
      'dios', 'diosito', 'cristo', 'jesucristo', 'espiritu santo', 'la biblia', 'palabra de dios', 'la palabra', 'el senor', 'al senor', 'nuestro senor', 'pecado', 'pecados',
      'pecadores', 'salvacion', 'el cielo', 'la virgen', 'virgencita', 'faith', 'fe', 'our faith', 'nuestra fe', 'the devil', 'satan', 'el diablo', 'satanas', 'christian',
      'christians', 'cristiano', 'cristianos',
      // round 5: more names for God, the devil and the hereafter
      'the almighty', 'almighty god', 'the creator', 'el creador', 'el todopoderoso', 'todopoderoso', 'yahweh', 'jehova', 'holy ghost', 'the holy ghost', 'demons', 'demonios', 'demonio', 'the rapture', 'el rapto', 'the antichrist', 'el anticristo', 'la virgen maria', 'jesus christ our lord', 'the son of god', 'el hijo de dios', 'the holy bible', 'la santa biblia', 'your savior', 'su salvador',
      // round 6
      'apocalipsis', 'the book of revelation', 'jesucristo nuestro senor', 'al senor', 'a dios', 'bible s', 'bibles', 'biblia', 'versiculo', 'versiculos', 'bible verse', 'bible verses',
    ],
    /** Urging, proclaiming or ruling by faith: repent, accept, give Him the glory, "is King", "the only way". */
    rel_urge: [
      'died for', 'died for your sins', 'repent', 'repentance', 'arrepientanse', 'arrepientete', 'accept', 'acepten', 'acepta', 'give him the glory', 'give god the glory',
      'the glory', 'glory to god', 'gloria a dios', 'la gloria', 'thank the lord', 'praise the lord', 'praise god', 'praise him', 'is king', 'is lord', 'is the way',
      'the only way', 'only way', 'el unico camino', 'unico camino', 'buscalo', 'busquenlo', 'buscar a', 'seek him', 'seek god', 'follow him',
      'follow jesus', 'sigan a', 'believe in', 'crean en', 'loves you', 'te ama', 'los ama', 'saves', 'salva', 'is coming', 'viene pronto', 'before it s too late',
      'before its too late', 'antes de que sea tarde', 'runs on faith', 'under god', 'under christ', 'against god', 'against gods', 'contra dios', 'going to hell',
      'go to hell', 'al infierno', 'needs god', 'need god', 'need jesus', 'necesitan a dios', 'necesitan de dios', 'give your life', 'entreguen', 'entrega tu vida',
      'only god', 'solo dios', 'nomas dios', 'god first', 'dios primero', 'in god we trust', 'turn to', 'come to', 'vuelvan a', 'conozcan', 'conocer a', 'the end is near',
      'el fin esta cerca', 'judgment', 'juicio', 'wake up', 'despierten', 'real christians', 'true christians', 'verdaderos cristianos', 'the light of the world',
      'la luz del mundo', 'he is risen', 'ha resucitado', 'have you', 'ya aceptaste', 'are you ready', 'estas preparado', 'estan preparados', 'you need', 'should read',
      'lean la', 'read the', 'shall', 'will save', 'te va a salvar', 'bless this', 'bendiga esta', 'this city', 'esta ciudad', 'our department', 'nuestro departamento',
      // round 4: more ways of urging or proclaiming, with their verb forms
      'has a plan', 'tiene un plan', 'plan for you', 'let him in', 'let him', 'dejenlo entrar', 'punishes', 'will punish', 'castiga', 'castigara', 'obey', 'obeys', 'obedezcan', 'obedecer', 'convert', 'conviertanse', 'convertirse', 'get saved', 'be saved', 'sean salvos', 'kneel', 'kneel before', 'arrodille', 'arrodillense', 'se arrodille', 'bow down', 'surrender', 'rindanse', 'trust in', 'confien en', 'confia en', 'sin cristo', 'sin dios', 'without god', 'without jesus', 'without christ', 'through jesus', 'through christ', 'only through', 'wash your', 'wash away', 'washes away', 'lave sus', 'is moving', 'se esta moviendo', 'es fiel', 'is faithful', 'eternity', 'eternidad', 'baptize', 'baptized', 'baptizing', 'bautizar', 'born again', 'nacer de nuevo', 'need more', 'needs more', 'more jesus', 'put god', 'pongan a dios', 'keep christ', 'keep god', 'bring god back', 'nos protege', 'will protect', 'is the answer', 'es la respuesta', 'the reason for the season', 'go to church', 'vayan a la iglesia',
      // round 5: more ways of proclaiming (the devil is real, God sees all) and urging (accept Him as savior, cast out)
      'sees everything', 've todo', 'nos esta viendo', 'te esta viendo', 'aceptaran', 'aceptara', 'aceptemos', 'as your savior', 'as their savior', 'como su salvador', 'como salvador', 'lord and savior', 'personal savior', 'cast out', 'echar fuera', 'reprendan', 'reprendo', 'rebuke', 'va a juzgar', 'juzgara', 'nos juzgara', 'turn back to', 'turned our back on', 'turned our backs on', 'le dimos la espalda', 'dar la espalda', 'repented', 'repenting', 'arrepentirse', 'conviertan', 'the only answer', 'la unica respuesta', 'needs prayer', 'necesita oracion',
      // round 6
      'aceptalo', 'aceptalo hoy', 'accept him today', 'has a message for you', 'tiene un mensaje para', 'that s the truth', 'thats the truth', 'es la verdad', 'solo el sana', 'sana de verdad', 'el mejor regalo', 'the best gift', 'a adorar', 'adoren', 'salgan a adorar', 'pedirle a dios', 'ya no busca', 'no buscan', 'si no se convierten', 'en el nombre de', 'in jesus name', 'in the name of', 'official account', 'cuenta oficial', 'desde la cuenta', 'la cuenta de', 'story time', 'storytime', 'hora del cuento', 'nuestros pacientes', 'our patients',
      // round 7
      'deserves to know', 'deserve to know', 'merece conocer', 'merecen conocer', 'dios quiere que', 'god wants', 'va a castigar', 'los va a castigar', 'les va a castigar', 'is going to punish', 'gonna punish', 'will judge', 'los va a juzgar', 'ashamed of him', 'ashamed of jesus', 'ashamed of god', 'se averguenza de', 'se averguenzan de', 'reply amen', 'type amen', 'comment amen', 'say amen', 'escribe amen', 'escriban amen', 'comenta amen', 'comenten amen', 'share if you', 'comparte si', 'compartan si', 'vuelva a ser catolico', 'vuelva a ser cristiano', 'vuelva a dios',
    ],
    /** People named by faith (see faith_group) when spoken of with hostility. */
    rel_hostile: [
      'go back', 'need to go', 'needs to go', 'get out', 'dont belong', 'don t belong', 'shouldnt be allowed', 'should not be allowed', 'not welcome', 'arent welcome',
      'ban', 'banned', 'ruining', 'terrorists', 'terrorist', 'cult', 'brainwashed', 'fanatics', 'weirdos', 'freaks', 'disgusting', 'stay home', 'go home', 'their praying',
      'their prayers', 'their rugs', 'their rag', 'their religion', 'que se regresen', 'que se vayan', 'fuera', 'no deberian', 'prohibir', 'prohibirles', 'no los dejen',
      'su religion', 'sus rezos', 'secta', 'fanaticos', 'lavado el cerebro', 'raros', 'no son bienvenidos', 'not real', 'fake christians', 'idol', 'idolatras', 'idolatry',
      'going to hell', 'van al infierno', 'se van a condenar', 'burn', 'queman', 'take over', 'taking over', 'invading', 'invadiendo',
      // round 4: hostility from the concept (contempt, suspicion, exclusion, 'false faith'), en and es
      'creeps', 'creepy', 'give me the creeps', 'hiding something', 'suspicious', 'sketchy', 'dangerous', 'scary', 'no morals', 'have no morals', 'no values', 'dont have the values', 'don t have the values', 'immoral', 'evil', 'the reason', 'the problem', 'have no business', 'has no business', 'no business', 'take it somewhere else', 'somewhere else', 'this is america', 'go back', 'weird', 'crazy', 'nuts', 'idiots', 'stupid', 'dumb', 'ignorant', 'backwards', 'primitive', 'savages', 'worship statues', 'adoran estatuas', 'adoran', 'idolos', 'no es de dios', 'not of god', 'false religion', 'false god', 'false prophet', 'heretics', 'herejes', 'paganos', 'damned', 'condenados', 'hypocrites', 'hipocritas', 'annoying', 'cant stand', 'can t stand', 'no los soporto', 'hate', 'odio', 'gross', 'asco', 'dan asco', 'se larguen', 'larguense', 'ya basta', 'sick of', 'tired of', 'hartos', 'harto de', 'molestan', 'plaga', 'plague', 'pests', 'extremists', 'extremistas', 'radicals', 'radicales', 'bombers', 'no deberian', 'not allowed', 'keep out', 'watch out', 'cuidado con', 'dont hire', 'don t hire', 'never hire', 'no contraten', 'stay away', 'brainwash', 'lavan el cerebro', 'locos', 'ridiculos', 'ridiculous', 'ignorantes', 'tontos', 'estupidos', 'bola de fanaticos', 'bola de locos',
      // round 5: contempt said of a faith group: lazy, hypocrites, only after money, 'this is a Christian country', warnings about them
      'slacking', 'slacking off', 'lazy', 'flojos', 'huevones', 'no hacen nada', 'dont do anything', 'don t do anything', 'never work', 'pedir dinero', 'only want money', 'just want money', 'nomas quieren dinero', 'solo quieren dinero', 'scammers', 'estafadores', 'frauds', 'christian country', 'christian nation', 'pais cristiano', 'why do we even let', 'why do we let', 'why do they let', 'por que los dejan', 'por que dejan', 'watch out for', 'stay away from', 'alejense de', 'be careful with', 'tengan cuidado', 'psychos', 'nutjobs', 'fanatic', 'fanatico', 'fanatica', 'shoving it', 'shove it', 'down our throats', 'molestos', 'pesados', 'ridiculo', 'atrasados',
      // round 6
      'haciendo trampa', 'andan haciendo trampa', 'hacen trampa', 'con lupa', 'cosa del diablo', 'son del diablo', 'do we have to let', 'do we have to', 'no queremos sus', 'no queremos', 'que se vaya', 'a otro lado', 'brujeria', 'witchcraft', 'devil worship', 'cheat', 'cheats', 'tramposos',
      // round 7
      'is fake', 'are fake', 'gods fake', 'god s fake', 'god is fake', 'es falso', 'es falsa', 'puro cuento', 'puros cuentos', 'es un cuento', 'son cuentos', 'fairy tale', 'fairy tales', 'made up', 'es mentira', 'is a lie', 'is a joke', 'es una farsa', 'es un chiste', 'nonsense', 'tonterias', 'babosadas', 'imaginary friend', 'sky daddy', 'brainwashing', 'es un negocio', 'is a business', 'is a scam', 'es una estafa', 'devil worshippers', 'adoradores del diablo', 'satanistas', 'satanicos', 'los va a castigar', 'van a arder', 'will burn', 'van a pagar', 'se fueran a trabajar', 'get a real job', 'vayanse a trabajar',
    ],
    /** Worship or prayer held at work. */
    rel_practice: [
      'prayer', 'pray', 'praying', 'bible study', 'blessing', 'blessing of', 'mass', 'worship', 'devotional', 'sermon', 'pastor', 'chaplain led', 'church service', 'revival',
      'altar call', 'bendicion', 'misa', 'culto', 'oracion', 'rezar', 'rezamos', 'rosario', 'estudio biblico', 'devocional', 'alabanza',
      'praising', 'praise', 'praising the lord', 'worshipping', 'worshiping', 'on our knees', 'on their knees', 'de rodillas', 'orar', 'oremos', 'agua bendita', 'holy water', 'worship music', 'praise music', 'musica cristiana', 'christian music', 'rosary', 'padre nuestro', 'lords prayer', 'lord s prayer',
    ],
    /** Work settings and expectations it is pushed into. */
    rel_work_mandate: [
      'expected', 'mandatory', 'required', 'attendance', 'everyone should', 'all employees', 'everyone needs', 'everybody should', 'new hires', 'crew', 'the crew', 'shift',
      'roll call', 'briefing', 'city hall', 'on duty', 'on the clock', 'station', 'the trucks', 'trucks', 'unit', 'units', 'department', 'office', 'staff', 'supervisors',
      'yarda', 'turno', 'obligatorio', 'obligatoria', 'todos deben', 'empleados', 'la cuadrilla', 'los camiones', 'la estacion', 'el departamento', 'la oficina', 'en horas de trabajo',
      'debemos', 'deberiamos', 'we should', 'we must', 'servidores publicos', 'public servants', 'companeros', 'coworkers', 'co workers', 'les recomiendo', 'i recommend', 'recomiendo', 'patrulla', 'patrol car', 'rec center', 'speakers', 'no exceptions', 'sin excepcion', 'new guys', 'los nuevos',
    ],
    /** One's own faith given as the reason for a work decision. */
    rel_my_faith: [
      'my faith', 'my religion', 'my beliefs', 'my belief', 'my christian', 'my god', 'as a christian', 'as a catholic', 'as a muslim', 'as a believer', 'against my religion',
      'against my faith', 'against my beliefs', 'gods law', 'god s law', 'biblical', 'mi fe', 'mi religion', 'mis creencias', 'como cristiano', 'como cristiana',
      'como catolico', 'como catolica', 'como creyente', 'la ley de dios',
    ],
    /** Refusing or ruling at work because of it. */
    rel_refuse: [
      'wont', 'won t', 'will not', 'refuse', 'refused', 'not going to', 'dont care what', 'doesnt allow', 'doesn t allow', 'does not allow', 'cant serve', 'can t serve',
      'wont serve', 'won t serve', 'wont process', 'won t process', 'wont issue', 'wont shelve', 'wont put up', 'over', 'above', 'comes first', 'no voy a', 'me niego',
      'no me permite', 'no permite', 'no pienso', 'por encima', 'primero que', 'antes que',
    ],
    /** Prayer after a tragedy, holiday greetings, a church as a venue, life events: the clean side. */
    rel_clean: [
      'prayers', 'in your prayers', 'praying for', 'our prayers', 'thoughts and prayers', 'condolences', 'condolencias', 'rest in peace', 'rip', 'descanse en paz',
      'descansen en paz', 'family', 'families', 'familia', 'victims', 'victimas', 'affected', 'afectados', 'nobody was hurt', 'no one was hurt', 'nadie salio herido',
      'merry christmas', 'feliz navidad', 'happy easter', 'felices pascuas', 'felices fiestas', 'happy holidays', 'happy hanukkah', 'ramadan', 'eid', 'diwali', 'church hall',
      'polling', 'voting', 'vote', 'early voting', 'casilla', 'exhibit', 'museum', 'concert', 'wedding', 'funeral', 'memorial', 'quinceanera', 'bautizo', 'recover',
      'recovery', 'speedy', 'get well', 'hospital', 'lost', 'passed away', 'fallecio', 'fallen', 'oh my god', 'omg', 'thank god', 'gracias a dios', 'god willing',
      'si dios quiere', 'ojala', 'interfaith', 'every faith', 'all faiths', 'any faith', 'no faith', 'or none', 'volunteer', 'food drive', 'donation', 'chaplain program',
      'respect', 'respeto', 'freedom', 'libertad', 'love', 'neighbors', 'vecinos', 'counter protest', 'counterprotest', 'not all', 'stop saying', 'hatred', 'hate crime', 'discrimination',
      // round 4: solidarity and respect said about a faith group
      'stop the', 'against hate', 'solidarity', 'solidaridad', 'support', 'apoyo', 'celebrate', 'celebramos', 'celebrating', 'honor', 'honoring', 'regardless', 'sin importar', 'accommodation', 'acomodo', 'welcome', 'bienvenidos', 'bienvenidas',
      'al pastor', 'tacos al pastor', 'off the clock', 'on our own time', 'on my own time', 'en nuestro tiempo libre', 'fuera del horario', 'no en el edificio', 'para no molestar', 'outside the building', 'not in the building', 'god bless you', 'god bless y all', 'dios los bendiga', 'que dios los bendiga', 'bendiciones', 'blessings', 'i can t', 'i cant', 'i told him i can', 'no puedo', 'not allowed', 'no se permite', 'my own facebook', 'my own page', 'mi propio facebook', 'mi pagina personal', 'my personal',
      // round 7
      'tradition', 'tradicion', 'a tradition', 'una tradicion', 'hosted',
    ],
    /**
     * Round 4: urging a faith said in one phrase (no second class needed): "find Jesus", "get saved",
     * "conviértanse", "God has a plan for you". Phrases, not single words, so that a greeting or an
     * oath ("thank God", "oh my God") never matches.
     */
    rel_call: [
      'find jesus', 'find god', 'find christ', 'find the lord', 'get saved', 'accept jesus', 'accept christ', 'accept the lord', 'be born again', 'repent of your sins',
      'repent now', 'arrepientanse', 'arrepientete', 'conviertanse', 'conviertete', 'busquen a dios', 'busquen de dios', 'busquen a cristo', 'busquen al senor', 'acepten a cristo',
      'acepten a jesus', 'let him in', 'let jesus in', 'let god in', 'god has a plan for you', 'dios tiene un plan para', 'keep christ in christmas',
      'jesus is the reason for the season', 'need more jesus', 'needs more jesus', 'need more god', 'necesitan mas de dios', 'necesitan a cristo', 'sin cristo no hay',
      'sin dios no hay', 'only jesus can', 'solo cristo', 'solo jesus salva', 'only through jesus', 'only through christ', 'wash your sins', 'lave sus pecados', 'lavar sus pecados',
      'se arrodille ante', 'arrodillense ante', 'kneel before god', 'judgment day is coming', 'el juicio final', 'not going to heaven', 'burn in hell', 'arder en el infierno',
      'obey god', 'obey him', 'obedezcan a dios', 'god punishes', 'dios castiga', 'the holy spirit is moving', 'el espiritu santo se esta moviendo', 'come to jesus',
      'come to christ', 'vengan a cristo', 'jesus is lord', 'jesus is king', 'cristo es el senor', 'cristo viene', 'christ is coming', 'the only way to heaven',
      'el unico camino al cielo', 'turn to jesus', 'turn to god', 'vuelvanse a dios', 'surrender to god', 'surrender to jesus', 'entreguenle su vida',
      // round 5: round 5: urging in one phrase (are you saved, God sees all, accept as savior, bring prayer back)
      'are you saved', 'estas salvo', 'eres salvo', 'ya eres salvo', 'ya son salvos', 'if you died tonight', 'si murieras hoy', 'si te murieras hoy', 'do you know jesus', 'do you know the lord', 'conoces a jesus', 'conoces a cristo', 'ya conoces a dios', 'god sees everything', 'god sees all', 'dios ve todo', 'dios lo ve todo', 'god is watching', 'dios nos esta viendo', 'as your savior', 'as their savior', 'as your lord and savior', 'como su salvador', 'como tu salvador', 'como su unico salvador', 'personal lord and savior', 'cast out the demons', 'cast out demons', 'sacar los demonios', 'echar fuera los demonios', 'bring back prayer', '#bringbackprayer', 'put god back', 'put prayer back', 'keep god in', 'regresen a dios', 'devuelvan a dios', 'back to god', 'turned our back on god', 'turned our backs on god', 'le dimos la espalda a dios', 'repent el paso', 'repent harlingen', 'arrepientete el paso', 'the devil is real', 'el diablo es real', 'satan is real', 'jesus is the only way', 'jesus is the way', 'cristo es el unico camino', 'jesus es el camino', 'god is in control', 'dios tiene el control', 'give your lives to christ', 'give your life to christ', 'give your life to jesus', 'den su vida a cristo', 'entreguen su vida a dios', 'encuentren a dios', 'necesitan a jesus', 'you need jesus', 'you need god', 'you need the lord', 'ustedes necesitan a dios', 'necesitas a dios',
      // round 6
      'regresen a la fe', 'vuelvan a la fe', 'regresar a la fe', 'return to the faith', 'come back to the faith', 'come back to church', 'regresen a la iglesia', 'si no se convierten', 'lean la biblia', 'read revelation', 'ya no busca a dios', 'ya no buscan a dios', 'turned away from god', 'salgan a adorar', 'vengan a adorar', 'come worship the lord', 'solo el sana', 'only he heals', 'god has a message for you', 'dios tiene un mensaje para',
      // round 7
      'reply amen', 'type amen', 'comment amen', 'escribe amen', 'escriban amen', 'comenta amen', 'comenten amen', 'ashamed of him', 'ashamed of jesus', 'ashamed of god', 'te averguenzas de dios', 'se averguenza de dios', 'dios los va a castigar', 'dios te va a castigar', 'dios les va a castigar', 'dios los castigue', 'god will punish you', 'god will judge you', 'god is going to punish', 'deserves to know jesus', 'deserve to know jesus', 'deserves to know god', 'deserves to know the lord', 'merece conocer a dios', 'merecen conocer a dios', 'merecen conocer a cristo', 'merecen conocer a jesus', 'merece conocer a jesus', 'dios quiere que este departamento', 'dios quiere que esta ciudad', 'god wants this department', 'god wants this city',
    ],
    /** Round 4: a belief (or its absence) named as a condition... */
    rel_belief_cond: [
      'believe in god', 'believes in god', 'believe in jesus', 'dont believe', 'doesnt believe', 'don t believe', 'doesn t believe', 'no cree en dios', 'no creen en dios',
      'go to church', 'goes to church', 'dont go to church', 'no va a la iglesia', 'no van a la iglesia', 'a dios en su corazon', 'tiene a dios', 'tienen a dios', 'sin dios',
      'godless', 'higher power', 'church folks', 'church people', 'christian folks', 'believers', 'non believers', 'nonbelievers', 'unbelievers', 'atheists', 'atheist',
      'ateo', 'ateos', 'ateas', 'no creyentes', 'creyentes', 'not saved', 'no son salvos', 'what church', 'que iglesia', 'christians only', 'solo cristianos',
      'ningun ateo', 'ninguna atea', 'no atheist', 'no atheists', 'ningun no creyente',
      // round 6
      'el que no cree', 'la que no cree', 'los que no creen', 'si es ateo', 'si es atea', 'si eres ateo', 'no este bautizado', 'no esta bautizado', 'no esten bautizados', 'bautizado', 'bautizada', 'pagano', 'pagana', 'ser catolica', 'ser catolico', 'ser cristiano', 'ser cristiana', 'buen cristiano', 'buena cristiana', 'buen catolico', 'buena catolica', 'vaya a misa', 'vayan a misa', 'go to mass', 'goes to mass', 'have to be christian', 'have to be catholic', 'has to be christian', 'somos catolicos', 'somos cristianos', 'somos puros cristianos', 'todos somos de dios', 'wears a turban', 'turban', 'turbante', 'hijab', 'headscarf', 'yarmulke', 'kippah',
      'not christian', 'no es cristiano', 'no es cristiana', 'no es catolico', 'no es catolica', 'non christian', 'non christians', 'not catholic', 'doesnt go to church', 'doesn t go to church', 'no va a misa', 'si no va a misa', 'if they don t pray', 'si no reza', 'no reza', 'no rezan', 'don t pray', 'dont pray',
      // round 7
      'no van a misa', 'no vas a misa', 'no fue a misa', 'no va a la misa', 'los que no van a', 'don t go to mass', 'dont go to mass', 'doesn t go to mass', 'no se persigna', 'no se persignan', 'no es de la iglesia', 'no son de la iglesia', 'no es de los nuestros', 'no practica', 'no practican', 'isn t saved', 'isnt saved', 'aren t saved', 'not born again',
      // session 15: a faith (or none) said as the condition in a relative clause ("el que no crea", "whoever hasn't accepted Him", "gente sin fe").
      'el que no crea', 'la que no crea', 'los que no crean', 'quien no crea', 'el que no acepte', 'los que no acepten', 'el que no ha aceptado', 'el que no ora', 'los que no oran',
      'el que no quiera rezar', 'los que no quieran rezar', 'el que no reza', 'los que no rezan', 'el que no sea catolico', 'la que no sea catolica', 'los que no sean catolicos',
      'los que no son catolicos', 'el que no es catolico', 'el que no sea cristiano', 'los que no son cristianos', 'los que no sean cristianos', 'el que no va a misa',
      'el que no celebra', 'los que no celebran', 'sin fe', 'gente sin fe', 'que no va a la iglesia', 'que no van a la iglesia', 'que no tiene a dios', 'que no tienen a dios',
      'who doesn t pray', 'who don t pray', 'who doesnt pray', 'who dont pray', 'who pray', 'who prays', 'who haven t accepted', 'who hasn t accepted', 'who havent accepted',
      'don t know jesus', 'dont know jesus', 'don t want jesus', 'dont want jesus', 'don t fear god', 'dont fear god', 'doesn t fear god', 'god fearing', 'be a christian',
      'be christian', 'be catholic', 'estar bautizados', 'estar bautizado', 'instead of being at church', 'instead of church', 'en vez de ir a misa', 'los que no creen en el',
      'don t see him', 'dont see him', 'haven t accepted him', 'havent accepted him', 'el q no ora', 'el q no crea', 'los q no creen', 'los q no crean', 'el q no va a misa',
    ],
    /** ...for a job, a service or trust at work. */
    rel_gate: [
      'shouldnt be', 'should not be', 'has no business', 'have no business', 'no deberia', 'no deberian', 'no debe', 'no deben', 'hire', 'hiring', 'pick', 'promote',
      'promoted', 'contratar', 'contraten', 'escojan', 'dont have the values', 'don t have the values', 'no values', 'no morals', 'cant be trusted', 'can t be trusted',
      'no se puede confiar', 'trabajar con', 'be a cop', 'police officers', 'be officers', 'in charge', 'supervise', 'to do this job', 'este trabajo', 'el puesto',
      'the job', 'be allowed', 'not allowed', 'no pueden', 'trabajar en', 'work here', 'work with kids', 'trabajar con ninos',
      'deberia dar', 'dar clases', 'should teach', 'teach', 'no tienen valores', 'have no values', 'around kids', 'con ninos',
      // round 5: more conditions ('no tienen moral', 'how do they hire them')
      'no tienen moral', 'sin moral', 'no tienen principios', 'have no principles', 'los contratan', 'como los contratan', 'carry a badge', 'wear a badge', 'be a firefighter', 'be in charge', 'be a supervisor', 'ser supervisor', 'ser policia', 'ser bombero', 'shouldnt be allowed', 'should not be allowed', 'no pueden ser', 'no deberian ser', 'are the reason', 'son la razon', 'moral compass', 'no moral',
      // round 6
      'no tiene lugar', 'no tienen lugar', 'ni se apunten', 'ni me pida', 'ni se siente', 'mejor ni', 'no le doy el puesto', 'jefe de cuadrilla', 'ayuda con que', 'to get help', 'do we have to let', 'tenemos que dejar', 'ni se acerque', 'aqui somos', 'aqui todos somos', 'no queremos', 'a los de mi cuadrilla', 'mi cuadrilla', 'my crew',
      'promotion', 'ascenso', 'la plaza', 'the position', 'dar el puesto', 'give him the job', 'give her the job', 'atender', 'no los atiendo', 'no lo atiendo', 'no la atiendo', 'won t help', 'wont help', 'no les ayudo', 'ayudarles',
      // session 15: what follows for those who do not share it ("que se salga", "pueden esperar afuera", "find another job", "don't expect a bonus").
      'que se salga', 'que se salgan', 'que se vaya', 'que se vayan', 'no merece', 'no merecen', 'no contratamos', 'no contrato', 'esperar afuera', 'pueden esperar afuera',
      'entre por atras', 'que entre por atras', 'find another job', 'find another city', 'find another', 'they can walk', 'can walk', 'don t bother asking', 'dont bother asking',
      'don t expect', 'dont expect', 'que no espere', 'no espere', 'no esperen', 'good luck', 'make it through', 'no le doy', 'no les doy', 'adaptense', 'aguantense', 'que se aguanten',
      'deberian estar', 'should be a', 'requisito', 'no debe trabajar', 'no deberia trabajar', 'answer for it', 'you ll answer', 'no hay salvacion', 'no tiene cura', 'you re going there',
      'se condena', 'ya esta condenado', 'ya esta condenada', 'estan perdidos', 'are lost', 'never too late', 'todavia esta a tiempo', 'piensenlo', 'no es casualidad',
    ],
    /** Round 4: inviting people to a gathering of worship. */
    rel_invite: [
      'join us', 'join me', 'come out', 'come join', 'vengan', 'acompanenos', 'acompananos', 'los esperamos', 'las esperamos', 'te esperamos', 'invited', 'invite',
      'invitamos', 'invitados', 'invitadas', 'all are welcome', 'everyone is welcome', 'are welcome', 'todos son bienvenidos', 'bring your', 'traigan', 'hmu', 'dm me',
      'hit me up', 'message me', 'who wants to', 'quien quiera', 'anybody who', 'anyone who', 'don t miss', 'dont miss', 'no se lo pierdan', 'first timers', 'see you there',
      'nos vemos alla', 'alli los espero', 'come worship', 'come pray',
      // round 7
      'unanse', 'unete', 'acompanenme', 'recen conmigo', 'pray with me', 'oren conmigo', 'deberian ir', 'should come', 'should go', 'should join', 'salimos del', 'we leave from', 'nos juntamos', 'can stay for', 'se pueden quedar', 'recen',
      // round 7: from knowledge of how it is said (slang, idiom, border Spanish)
      'los invito', 'las invito', 'te invito', 'i invite', 'visit my', 'come visit', 'visiten', 'come to my', 'vengan a mi', 'a mi iglesia', 'to my church',
    ],
    /** Round 4: gatherings of worship beyond worship_event. */
    worship_gathering: [
      'revival', 'revivals', 'youth revival', 'baptism', 'baptisms', 'baptizing', 'youth group', 'youth service', 'worship night', 'praise and worship', 'alabanza',
      'vigilia', 'retiro espiritual', 'spiritual retreat', 'prayer night', 'noche de oracion', 'campana', 'culto', 'congregation', 'congregacion', 'ministry', 'ministerio',
      'templo', 'parish', 'parroquia', 'iglesia', 'church', 'mass', 'misa', 'bible study', 'estudio biblico', 'prayer group', 'grupo de oracion', 'service at', 'servicio en',
      // round 7
      'peregrinacion', 'procesion', 'pilgrimage', 'procession', 'rosario', 'el rosario', 'novena', 'via crucis', 'bible club', 'club biblico', 'vacation bible school', 'escuela biblica', 'altar call', 'fellowship', 'tent revival', 'cruzada',
    ],
    /** Round 4: a church named as a place, not a call (venue, closures, relief). */
    rel_venue: [
      'parking', 'parking lot', 'estacionamiento', 'avoid', 'closed', 'closure', 'cerrado', 'cerrada', 'road', 'street', 'calle', 'polling', 'vote', 'voting', 'votar',
      'cooling center', 'warming center', 'shelter', 'refugio', 'food bank', 'pantry', 'despensa', 'distribution', 'vaccine', 'vacunas', 'clinic', 'hall', 'concert',
      'concierto', 'festival', 'fair', 'kermes', 'wedding', 'boda', 'funeral', 'bautizo', 'quinceanera', 'communion', 'comunion', 'history', 'historic', 'historia', 'tour',
      'mission trail', 'architecture', 'exhibit', 'museum', 'menudo', 'after church', 'despues de misa', 'family', 'familia', 'lights', 'luces',
    ],
    /** Round 4: counter-speech and denials about a faith group ("I don't hate Muslims", "saying Jews are X is hateful"): they cancel hostility. */
    rel_counter: [
      'dont hate', 'don t hate', 'do not hate', 'not at all', 'opposite of', 'bigot', 'bigots', 'bigoted', 'hateful', 'if you say', 'how can you say', 'saying that',
      'saying', 'stop calling', 'cant seriously', 'can t seriously', 'get you banned', 'shows how', 'glad', 'realising', 'realizing', 'no odio', 'dejen de decir', 'decir que',
      'intolerante', 'intolerantes', 'discurso de odio', 'es odio', 'no es cierto que', 'quien dice que', 'el que dice que',
      'si dices', 'por que dices', 'dices cosas', 'como puedes decir', 'decir cosas', 'puro odio', 'demuestra', 'odio explicito', 'denunciar', 'no puedes creer', 'siguen diciendo', 'diciendo que', 'no esperes', 'me alegro', 'en absoluto', 'baneen', 'eso es odio', 'no hay odio', 'sin odio', 'no tengo nada contra', 'nothing against', 'no hate',
    ],
    /** Round 7: a condition naming someone's faith ("if you're Jewish", "si usted es musulmán", "y es…"). */
    rel_faith_if: [
      'if you re', 'if youre', 'if you are', 'if ur', 'if he s', 'if hes', 'if she s', 'if shes', 'if they re', 'if theyre', 'if they are', 'anyone who s', 'anybody who s',
      'whoever is', 'si es', 'si eres', 'si usted es', 'si son', 'y es', 'y eres', 'y son', 'los que son', 'el que sea', 'la que sea', 'los que sean', 'no',
    ],
    /**
     * Round 7: shutting people out, said as people say it ("don't even bother applying", "no es
     * bienvenido", "go pray back in their own countries", "the captains won't pass you"). Paired with a
     * faith group it is hostility whatever the occasion (no holiday or prayer guard).
     */
    rel_shut_out: [
      'don t even bother', 'dont even bother', 'don t bother applying', 'dont bother applying', 'need not apply', 'ni se molesten', 'ni se moleste', 'ni lo intenten', 'ni lo intente',
      'no es bienvenido', 'no es bienvenida', 'no son bienvenidos', 'no son bienvenidas', 'not welcome', 'aren t welcome', 'arent welcome', 'isn t welcome', 'isnt welcome',
      'won t pass you', 'wont pass you', 'won t hire you', 'wont hire you', 'no lo van a pasar', 'no la van a pasar', 'no te van a pasar', 'no te van a contratar',
      'no lo van a contratar', 'no la van a contratar', 'won t last here', 'no va a durar', 'go back to', 'go pray back', 'back in their own', 'back to their own', 'back where they came from',
      'their own countries', 'their own country', 'a su pais', 'a sus paises', 'que se regresen', 'que se vayan', 'don t belong here', 'dont belong here', 'no pertenecen aqui',
      'no los quiero', 'no las quiero', 'not in my department', 'no en mi departamento', 'en mi departamento no', 'not on my crew', 'no en mi cuadrilla',
    ],
    /** session 15: damnation or sin pronounced on people ("se van a ir al infierno", "enjoy hell", "siguen en pecado", "not in heaven because"). */
    rel_damn: [
      'al infierno', 'se van a quemar', 'se van a quemar igual', 'enjoy hell', 'going to hell', 'headed to hell', 'goin to hell', 'en el infierno', 'condenados al infierno',
      'se condena', 'se condenan', 'ya esta condenado', 'ya esta condenada', 'ya estan condenados', 'en pecado', 'viven en pecado', 'siguen en pecado', 'vive en pecado',
      'not in heaven', 'no esta en el cielo', 'won t go to heaven', 'wont go to heaven', 'won t get into heaven', 'wont get into heaven', 'no van a entrar al cielo',
      'no se van a salvar', 'no se salva', 'no se salvan', 'no hay salvacion', 'sin salvacion', 'answer to god', 'rendir cuentas a dios', 'heathens', 'pecadores', 'lo pecador',
      'es del diablo', 'eso es del diablo', 'the devil s work', 'devil s work', 'god s watching', 'god sees you', 'dios ve quien', 'dios los esta viendo', 'you ll answer for it',
      'you will answer for it',
    ],
    rel_damned_who: [
      'los q', 'el q', 'la q', 'you', 'you re', 'youre', 'your', 'they', 'they re', 'those', 'those who', 'los que', 'el que', 'la que', 'quien', 'ustedes', 'todos ustedes', 'people', 'la gente',
      'everyone', 'the rest of you', 'los demas', 'y all', 'yall', 'les', 'ellos', 'ellas', 'he', 'she', 'el', 'ella', 'su hijo', 'their son', 'their daughter', 'your son',
    ],
    /** session 15: hell and sin said of heat, traffic, a sentence, a song or a game. */
    rel_damn_ok: [
      'heat', 'calor', 'traffic', 'trafico', 'sentenced', 'sentenciado', 'sentenciada', 'years', 'anos de', 'prision', 'carcel', 'judge', 'juez', 'movie', 'pelicula', 'song',
      'cancion', 'game', 'juego', 'highway to hell', 'hell of a', 'hell yeah', 'what the hell', 'like hell', 'week from hell', 'dia de perros', 'shift from hell', 'semana del infierno',
      'sermon', 'homilia', 'el padre dijo', 'the priest said', 'catecismo', 'catechism', 'dante', 'series', 'serie', 'novel', 'novela', 'book', 'libro', 'caldo', 'salsa', 'wings',
    ],
    /** session 15: faith material or a prayer handed to the people an employee serves (a tract with every notice, a verse to each detainee). */
    rel_material: [
      'pamphlet', 'pamphlets', 'tract', 'tracts', 'folleto de', 'folletos de', 'folleto de nuestra iglesia', 'un versiculo', 'versiculos', 'a verse', 'bible verse', 'bible verses',
      'le leo', 'les leo', 'invitacion para el culto', 'invitacion a mi iglesia', 'invitation to my church', 'flyer from my church', 'church flyer', 'estampita', 'estampitas',
      'que se encomienden', 'se encomienden a', 'pray over them', 'pray with them', 'oro por ellos', 'rezo con ellos', 'oro con ellos', 'worship music', 'musica cristiana',
      'alabanzas', 'arreglen su vida con', 'la biblia en', 'la biblia abierta', 'my bible open', 'his word', 'su palabra',
    ],
    rel_public_served: [
      'every notice', 'each notice', 'con cada', 'cada multa', 'cada detenido', 'cada persona que', 'a cada persona', 'a todos los que vienen', 'los que vienen a', 'que cito',
      'every passenger', 'each passenger', 'cada pasajero', 'los pasajeros', 'every caller', 'each caller', 'every customer', 'cada cliente', 'every patient', 'cada paciente',
      'los pacientes', 'every inmate', 'cada interno', 'los internos', 'patrons', 'every resident', 'my line', 'mi ventanilla', 'la ventanilla', 'hold line', 'every citation',
      'each citation', 'every ticket', 'cada infraccion', 'every visitor', 'cada visitante', 'every family', 'cada familia', 'every kid in', 'cada nino del', 'a los vecinos que',
    ],
    rel_material_ok: [
      'if they ask', 'if asked', 'si me piden', 'si lo piden', 'si la piden', 'upon request', 'a peticion', 'chaplain', 'capellan', 'never', 'nunca', 'not allowed', 'no se permite',
      'policy', 'politica', 'not on the clock', 'off the clock', 'fuera del horario', 'library display', 'book club', 'club de lectura', 'history', 'historia',
    ],
    /** People named by faith (en, es). */
    faith_group: [
      'christians', 'catholics', 'muslims', 'jews', 'mormons', 'atheists', 'jehovahs witnesses', 'jehovah s witnesses', 'jws', 'hindus', 'buddhists', 'evangelicals',
      'protestants', 'baptists', 'sikhs', 'pagans', 'satanists', 'non believers', 'nonbelievers',
      'jewish people', 'muslim people', 'muslim folks', 'christian people', 'catholic people', 'religious people', 'church people',
      'bible thumpers', 'holy rollers', 'mormon people', 'the jews', 'the muslims', 'los creyentes', 'los religiosos', 'los de la iglesia',
      'cristianos', 'catolicos', 'musulmanes', 'judios', 'ateos', 'testigos de jehova', 'evangelicos', 'mormones', 'protestantes', 'aleluyas',
      // round 4: singular and everyday ways of naming people by faith
      'muslim', 'muslim guys', 'muslim lady', 'muslim ladies', 'sikh', 'sikhs', 'sikh guys', 'hindu', 'jewish', 'jewish guys', 'catholic', 'mormon', 'mormons', 'atheist', 'evangelical', 'church folks', 'church ladies', 'christian folks', 'unbelievers', 'those muslims', 'these muslims', 'those christians', 'musulman', 'musulmana', 'el musulman', 'la musulmana', 'judio', 'judia', 'catolico', 'catolica', 'mormon', 'ateo', 'atea', 'evangelico', 'evangelica', 'los catolicos', 'los cristianos', 'los evangelicos', 'los mormones', 'los ateos', 'los musulmanes', 'los judios', 'los hermanos de la iglesia', 'los aleluyas', 'testigos', 'no creyentes',
      // round 5: more people named by faith and practice (santería, witchcraft, 'aleluyas')
      'aleluya', 'puro aleluya', 'santeria', 'santero', 'santera', 'santeros', 'brujeria', 'witchcraft', 'wicca', 'wiccan', 'wiccans', 'pagan', 'islam', 'the muslim guy', 'the muslim lady', 'that muslim', 'ese musulman', 'esa musulmana', 'those jews', 'esos judios', 'esos evangelicos', 'esas evangelicas', 'the jehovah guys', 'jehovahs', 'jehovah s', 'los pentecostales', 'pentecostals', 'pentecostales', 'adventistas', 'adventists', 'the catholics', 'los sikh', 'buddhist', 'budista', 'budistas', 'hindues', 'the atheists', 'ese ateo', 'esa atea',
      // round 6
      'altares de muertos', 'los altares', 'turban', 'turbante', 'hijab', 'headscarf',
      // round 7
      'satanistas', 'satanicos', 'los satanistas', 'brujos', 'las brujas', 'jehovah', 'the mormons', 'mormon guys', 'los mormoncitos', 'hermanos separados', 'the evangelicals', 'los de la luz del mundo', 'los cristianos esos',
      // round 7: from knowledge of how it is said (slang, idiom, border Spanish)
      'mochos', 'los mochos', 'santurrones', 'beatas', 'las beatas', 'persignados', 'jesus freaks', 'rezanderas',
    ],
    /** Ways people gather to worship or pray (en, es). */
    worship_event: [
      'worship', 'church', 'mass', 'our church', 'services', 'sunday service', 'bible study', 'revival', 'prayer breakfast', 'prayer group',
      'prayer circle', 'prayer meeting', 'mens prayer breakfast', 'womens prayer breakfast',
      'culto', 'misa', 'iglesia', 'templo', 'oracion', 'campana evangelistica', 'estudio biblico', 'retiro espiritual', 'grupo de oracion',
      'circulo de oracion', 'desayuno de oracion', 'devotional', 'devocional',
    ],

    /** Round 6: a City account, service or program a faith is pushed through. */
    rel_city_service: [
      'official account', 'the official', 'city account', 'cuenta oficial', 'desde la cuenta', 'la cuenta de', 'from the city account', 'the city s page', 'la pagina de la ciudad',
      'story time', 'storytime', 'hora del cuento', 'nuestros pacientes', 'our patients', 'departamento de salud', 'health department',
      'biblioteca publica', 'public library', 'los del departamento', 'from the department', 'desde parques', 
      'city page', 'our page', 'department page', 'official page', 'city facebook', 'our residents', 'residents', 'residentes', 'our clients', 'clientes', 'los usuarios', 'callers', 'patients', 'pacientes', 'campers', 'summer camp', 'campamento', 'after school program', 'rec center kids', 'los ninos del programa', 'city event', 'evento de la ciudad', 'city hall lobby', 'el lobby de la alcaldia', 'council meeting', 'la junta del concejo',
    ],
  },
  frames: [
    {
      id: 'judgement.religious.faith_push',
      category: 'religious',
      message: {
        en: 'Proclaims or urges a faith (repent, accept Christ, give God the glory), or brings worship into City work. City accounts and work settings must not promote a religion.',
        es: 'Proclama o promueve una fe (arrepiéntanse, acepten a Cristo, denle la gloria a Dios) o lleva el culto al trabajo de la Ciudad. Las cuentas y el trabajo de la Ciudad no deben promover una religión.',
      },
      cooccur: [
        { all: ['rel_divine', 'rel_urge'], within: 8, unless: ['rel_clean'], guardWithin: 10 },
        { all: ['rel_practice', 'rel_work_mandate'], within: 12, unless: ['rel_clean'], guardWithin: 10 },
        { all: ['rel_my_faith', 'rel_refuse'], within: 8, unless: ['rel_clean'], guardWithin: 10 },
        // Round 6: God, Jesus or the Bible pushed through a City account, program or service.
        { all: ['rel_divine', 'rel_city_service'], within: 12, unless: ['rel_clean', 'rel_venue'], guardWithin: 10 },
        // Round 4: an invitation to a gathering of worship, in any order ("all coworkers welcome at our revival").
        { all: ['worship_gathering', 'rel_invite'], within: 8, unless: ['rel_clean', 'rel_venue'], guardWithin: 8 },
      ],
      patterns: ['{rel_call}'],
      examples: {
        hit: [
          'Comment AMEN if God sent you to this job!',
          'Every kid at day camp deserves to know Jesus, so bring a Bible.',
          'Life is short, coworkers: find Jesus before it is too late.',
          'Worship night at our church Friday, my whole Streets crew is invited!',
          'Good morning El Paso! Remember that Jesus died for your sins, drive safe',
          'Dios es el único camino, búsquenlo antes de que sea tarde',
          'Happy Monday from Parks! Thank the Lord for another day and give Him the glory',
          'Pastor Mike from my church is doing a blessing of the trucks Friday, attendance expected',
          'I won\'t process that permit for the drag brunch, it\'s against my faith',
          'Como cristiana no voy a poner esa exhibición en la biblioteca',
          'This week at summer camp the kids will learn that only Jesus saves, parents please reinforce it at home.',
          'Desde la cuenta oficial del rec center les recordamos: sin Cristo no hay salvación 🙏',
        ],
        miss: [
          'Happy Easter from all of us at Parks!',
          'The church parking lot on Alameda is closed for repaving Friday.',
          'Please keep the family of Officer Vega in your prayers tonight.',
          'Thank God nobody was hurt in the fire on Dyer last night.',
          'Early voting at St. Pius X church hall this week, 8 to 5.',
          'Que Dios los bendiga y que descansen en paz, nuestras condolencias a la familia.',
        ],
      },
    },
    {
      id: 'judgement.religious.faith_hostility',
      category: 'religious',
      message: {
        en: 'Speaks with hostility about people because of their faith. The policy forbids religious discrimination and hostility.',
        es: 'Habla con hostilidad de personas por su fe. La política prohíbe la discriminación y la hostilidad religiosas.',
      },
      cooccur: [
        { all: ['faith_group', 'rel_hostile'], within: 12, unless: ['rel_clean', 'rel_counter'], guardWithin: 8 },
        // Round 4: a faith (or none) set as the test for a job or for trust at work.
        { all: ['rel_belief_cond', 'rel_gate'], within: 10, unless: ['rel_clean'], guardWithin: 8 },
        // Round 7: a faith group shut out, or a faith named as the condition for a job ("if you're Jewish don't even bother applying").
        { all: ['faith_group', 'rel_shut_out'], within: 12, unless: ['rel_counter'], guardWithin: 8 },
      ],
      examples: {
        hit: [
          // session 15: the condition said in a relative clause, then what follows for those outside it.
          'El que no crea en Dios que se salga de mi cuadrilla.',
          'Cadets who don\'t pray before PT, good luck making it through this academy.',
          'If you\'re Catholic don\'t even bother applying to my crew.',
          'Si usted es judío, no es bienvenido en esta oficina.',
          'Honestly the Mormon guys in accounting are weird and I don\'t trust them.','These Muslims at the rec center need to go back where they came from with their praying', 'los testigos de jehová son una secta, no los dejen entrar',
          'Si el nuevo no es católico, que ni me pida la plaza de supervisor.', 'The new hire wears a hijab, do we have to let her work the front counter?'],
        miss: [
          'Muslims are welcome at every city rec center, Eid Mubarak!',
          'I have nothing against Muslims, they are welcome on my crew like anyone else.',
          'Let me be clear: I don\'t hate Muslims, and those jokes at roll call are not okay.','Ramadan Mubarak to our Muslim neighbors!', 'Muslims, Christians and Jews joined the interfaith food drive.',
          'Le pregunté si tenía que ser católica para recibir ayuda y le dije que no, aquí atendemos a todos.'],
      },
    },
    {
      id: 'judgement.religious.call_to_worship',
      category: 'religious',
      message: {
        en: 'Invites people to worship or to a religious group. City accounts and work settings must not promote a religion.',
        es: 'Invita a la gente a un culto o a un grupo religioso. Las cuentas de la Ciudad y el lugar de trabajo no deben promover una religión.',
      },
      patterns: [
        '(?:invite|invites|inviting|invited) (?:you|yall|y all|everyone|all of you|you all) (?:to )?(?:come )?(?:to )?{worship_event}|invited (?:to )?(?:come )?(?:to )?{worship_event}',
        '(?:worship|pray|praise the lord) (?:together )?with (?:us|your officers|your firefighters|me|our)',
        'join (?:our|my|the|us for|us at) (?:[a-z]+ ){0,2}(?:bible study|prayer breakfast|prayer group|prayer circle|prayer meeting|revival|worship)',
        '(?:our|my) (?:weekly )?(?:bible study|prayer group|prayer breakfast|prayer circle|estudio biblico|grupo de oracion) (?:is|meets|starts|es|sera)',
        '(?:invito|invitamos|esperamos|invita|invitan) (?:[^ .]+ ){0,4}(?:al |a la |a |en el |en la )?{worship_event}',
        'come (?:to )?(?:church|mass|worship|bible study)|(?:vengan|ven|venga) (?:a|al) (?:la |mi |nuestra )?(?:iglesia|misa|culto|templo|estudio biblico)(?! (?:a|para) votar)',
        '(?:starts?|begins?|opens?|start|begin|empieza|empezamos|iniciamos|comenzamos) (?:every |each |our |cada |la |el )?(?:[^ .]+ ){0,2}(?:with|con) (?:a |una )?(?:prayer|oracion)',
        '(?:dios|cristo|jesus|jesucristo) (?:los|te|les|lo) (?:esta|estan) esperando|(?:jesus|god|christ) is waiting for you',
        '(?:si (?:quieren|quieres|quiere) conocer a|presentarles a|presentarte a|conozcan a) (?:dios|cristo|jesus|jesucristo)',
        '(?:pray|rezar|rezamos|recemos|resar) (?:the |el )?(?:rosary|rosario|novena)|(?:vacation bible school|vbs|youth group|grupo de jovenes|escuela biblica) (?:[^ .]+ ){0,6}(?:my|our|mi|nuestra) (?:church|iglesia|parish|parroquia)',
        '(?:pray|prays|praying|oramos|rezamos) (?:to jesus |to god |together |a dios |juntos )?(?:before|after|at the start of|antes de|despues de) (?:every|each|cada|the|our|el|la) (?:call|shift|meeting|roll call|briefing|turno|junta|llamada|reunion)',
        '(?:who isnt|who is not|who arent|who are not|que no (?:es|son)) (?:a |an )?(?:christian|christians|cristiano|cristianos|catholic|catholics|catolico|catolicos|saved|salvo|salvos) (?:is|are|esta|estan) (?:lost|damned|perdidos?|perdidas?|condenados?)',
        '(?:find|finding|conoce|conozcan|encuentra|encuentren) (?:the truth|jesus|god|christ|la verdad|a dios|a cristo|a jesus) (?:at|in|en) [^ .]+',
        '(?:expect|expected|esperamos) (?:you |all of you |everyone |to see you |verlos |a todos )?(?:at|en|to attend) (?:the |our |el |la )?(?:[^ .]+ ){0,3}(?:devotional|devocional|bible study|prayer|mass|misa|worship|culto|estudio biblico)',
        '(?:invited|invitados|welcome|bienvenidos|join us|come|vengan|los esperamos) (?:[^ .]+ ){0,6}(?:my|our|mi|nuestra) (?:church|iglesia|parish|parroquia|templo|congregation|congregacion)|(?:my|our|mi|nuestra) (?:church|iglesia|parish|parroquia|templo) (?:[^ .]+ ){0,6}(?:invited|invitados|welcome|bienvenidos|join us|vengan|los esperamos)',
        '(?:encouraged|expected|required|mandatory|welcome|invited|obligatorio|obligatoria|bienvenidos|invitados) (?:[^ .]+ ){0,3}(?:to )?(?:attend|join|asistir|ir) (?:a |al |la )?(?:[^ .]+ ){0,2}(?:mass|misa|worship|bible study|prayer|church|culto|services|oracion)',
        '(?:reading|read|leer|leeremos|leemos) (?:[^ .]+ ){0,2}(?:bible|biblia) (?:stories|verses|historias|versiculos)',
        '(?:praying|pray|oraremos|orar|rezar|rezaremos) (?:together |juntos )?(?:with|con) (?:the |los )?(?:kids|kiddos|children|students|ninos|kiddies)',
      ],
      examples: {
        hit: [
          'The whole crew is invited to church with us Sunday at 9, first timers get breakfast!',
          'Los invitamos al culto de jóvenes este viernes, Dios tiene algo para ti.',
          'Any of the new guys want to join our prayer breakfast Thursday before roll call?',
          'Si quieren conocer a Cristo, los esperamos en la iglesia Nueva Vida.',
          'Family night at the rec center: we will pray together with the kids and read Bible stories.',
        ],
        miss: [
          'Please keep the family of Firefighter Reyna in your prayers tonight.',
          'Ya voté, la casilla en la Iglesia San Judas estaba bien organizada.',
          'Ramadan Mubarak to everyone observing 🌙',
          'Sunday = menudo after church con la familia and then a nap.',
          'Storytime this week: Diwali, Hanukkah and Christmas stories for ages 3 to 8.',
        ],
      },
    },
    {
      id: 'judgement.religious.proselytize',
      category: 'religious',
      message: {
        en: 'Urges people to convert or to accept a faith. City accounts and work settings must not promote a religion.',
        es: 'Insta a la gente a convertirse o aceptar una fe. Las cuentas de la Ciudad y el lugar de trabajo no deben promover una religión.',
      },
      patterns: [
        '(?:jesus|jesucristo|cristo|christ|the lord|el senor) (?:is coming|viene|comes|returns|regresa) (?:back|pronto|soon)',
        '(?:if you re|if youre|if you are|si no (?:estas|estan|eres)) (?:not )?(?:saved|salvo|salvos|salva)',
        '(?:you|yall|y all|everyone|todos) (?:need|needs|necesitan|necesitas|necesita) (?:jesus|god|christ|the lord|dios|cristo|a dios|a cristo|a jesus|al senor)|(?:have you|has|han) (?:accepted|aceptado) (?:jesus|christ|a cristo|a jesus|al senor)|jesus saves|cristo salva|(?:dios|cristo|jesus) te ama|get right with god|turn to god|(?:read|lean|lee) (?:your|su|tu) (?:bible|biblia)',
        '(?:verse|versiculo|scripture|escritura) of the day|versiculo del dia|the bible says|la biblia dice',
        '(?:read|lee|lean|leer) (?:juan|john|romanos|romans|mateo|matthew|salmos?|psalms?|proverbios|proverbs|isaias|isaiah|hechos|acts|apocalipsis|revelation|efesios|ephesians) [0-9]+ [0-9]+',
        '(?:lean|lea|read) (?:the |la )?(?:bible|biblia) (?:de verdad|for real|already)|salgan de la idolatria|idolatria|idolatras',
        '(?:give|dale|den|entrega|entreguen) (?:your|tu|su) (?:life|heart|vida|corazon) (?:to|a) (?:jesus|christ|god|cristo|dios|jesucristo)',
        // Round 5: worship held out as the fix for someone's trouble: "you'd stop complaining if you went to church", "si no van a misa no se quejen".
        '(?:if you|if u|if yall|if y all|if they|if he|if she|si (?:fueras|fueran|fuera|vas|van|vienes|vinieran|no vas|no van|no fueras|no fueran|rezaras|rezaran|oraras|oraran)) (?:[^ .]+ ){0,2}(?:(?:went|go|goes|started going|were going) to (?:church|mass|bible study)|prayed|pray more|read (?:the|your|their) bible|had (?:god|jesus|christ|faith)|found (?:god|jesus|the lord)|a (?:misa|la iglesia|la misa|el templo))',
        // Round 5: wanting God or prayer back in public institutions: "keep God out of our schools and then act surprised".
        '(?:keep|kept|keeping|kick|kicked|kicking|take|took|taking|sacaron|sacan|quitaron|quitan) (?:god|jesus|prayer|the bible|a dios|la oracion|la biblia|dios) (?:out of|de|fuera de) (?:our |the |las |los |nuestras |nuestros )?(?:schools|school|classrooms|government|city hall|escuelas|gobierno|salones)',
      ],
      examples: {
        hit: [
          'Nice video! Remember, Jesus is coming back soon. Are you ready?',
          'Gracias por la info. Lean Romanos 10 9 y entreguen su vida a Cristo.',
          'To my Catholic coworkers: read the Bible for real and leave the idolatry behind.',
          'Maybe if y\'all read your Bible you wouldn\'t need so much therapy lol',
          'They took prayer out of schools and look where we are now.',
        ],
        miss: [
          'Visit the exhibit of 19th-century retablos and sacred art at the History Museum.',
          'Read chapter 3 of the employee handbook before Monday.',
          'If you go to the church festival Saturday, try the gorditas!',
          'Happy Easter! The library is closed Sunday and open Monday at 9.',
        ],
      },
    },
    {
      // session 15: damnation or sin pronounced on people by an employee ("los que no creen se van a ir al infierno", "enjoy hell").
      id: 'judgement.religious.damnation',
      category: 'religious',
      message: {
        en: 'Tells people they are damned or in sin for their faith or lack of it. The policy forbids religious hostility.',
        es: 'Dice a la gente que está condenada o en pecado por su fe o por no tenerla. La política prohíbe la hostilidad religiosa.',
      },
      cooccur: [{ all: ['rel_damn', ['rel_damned_who', 'rel_belief_cond', 'faith_group']], within: 12, unless: ['rel_damn_ok'], guardWithin: 8 }],
      examples: {
        hit: [
          'To the folks at the permit counter who laughed at my cross: see you never, you are going to hell.',
          'Los que no van a misa los domingos viven en pecado, se los digo con cariño desde la ventanilla.',
          'Told the guy at intake he won\'t get into heaven without confession, somebody had to.',
          'Los ateos del departamento se van a quemar en el infierno, así de claro.',
        ],
        miss: [
          'This heat is going to hell and back, stay hydrated crews!',
          'El juez lo sentenció a 20 años, ojalá no se salva de la cárcel.',
          'Highway to Hell on the radio at the car wash fundraiser, what a vibe.',
          'The priest said in his sermon that we are all sinners, good homily today.',
        ],
      },
    },
    {
      // session 15: faith material or a prayer handed, on the job, to the public an employee serves.
      id: 'judgement.religious.served_with_faith',
      category: 'religious',
      message: {
        en: 'Uses a City job to hand people faith material or prayer. The policy forbids promoting a religion while serving the public.',
        es: 'Usa un puesto de la Ciudad para darle a la gente material o rezos religiosos. La política prohíbe promover una religión al atender al público.',
      },
      cooccur: [{ all: ['rel_material', 'rel_public_served'], within: 12, unless: ['rel_material_ok'], guardWithin: 8 }],
      examples: {
        hit: [
          'I tuck a little tract from my church into every citation I write, seeds of faith.',
          'A cada paciente que llega a la clínica le leo un versículo antes de vacunarlo.',
          'Every caller on our hold line hears worship music now, I set it up myself.',
          'A los vecinos que cito les dejo una estampita con la multa, a ver si se componen.',
        ],
        miss: [
          'The chaplain leaves tracts in the lobby for inmates who ask for them.',
          'La biblioteca tiene un club de lectura de la Biblia los martes, abierto a todos.',
          'Every caller gets a survey link after the call, please fill it out.',
        ],
      },
    },
    {
      id: 'judgement.religious.test_or_hostility',
      category: 'religious',
      message: {
        en: 'Sets a religious test or speaks with hostility about people\'s faith. The policy forbids religious discrimination and hostility.',
        es: 'Pone una prueba religiosa o habla con hostilidad de la fe de otras personas. La política prohíbe la discriminación y la hostilidad religiosas.',
      },
      patterns: [
        'only (?:real |true |good )?{faith_group} (?:should|can|deserve)',
        // Round 7: a faith named as the condition, then a gate or a shutting out ("si usted es musulmán, no es bienvenido en mi departamento").
        '{rel_faith_if} (?:a |an |un |una )?{faith_group} {~10}(?:{rel_gate}|{rel_shut_out})',
        // Round 7: someone's faith called a lie or a joke ("your god's fake", "su religión es puro cuento").
        '(?:your|their|his|her|su|sus|tu) (?:god|gods|dios|dioses|religion|religiones|faith|fe|church|iglesia|bible|biblia|prophet|profeta|santos|virgen) (?:is |s |es |are |son )?(?:fake|a lie|a joke|a scam|made up|nonsense|falso|falsa|falsos|mentira|puro cuento|puros cuentos|un cuento|una farsa|un chiste|una estafa)(?![^ .])',
        // A religious test for the job: "if you don't believe in God you shouldn't be a cop", "only hires guys from our church".
        '(?:(?:if you|if u|if they|anyone who|anybody who|whoever) (?:dont|do not|doesnt|does not)|si no|quien no|el que no|los que no) (?:believe in god|believe in jesus|go to church|pray|crees? en dios|creen en dios|vas? a la iglesia|van a la iglesia|rezas?) {~4}(?:shouldnt|should not|cant|can t|has no business|have no business|dont belong|doesnt belong|no deberias|no deberia|no deberian|no debes|no puedes|no tiene nada que|no tienes nada que)',
        '(?:only|solo|nomas|just|nada mas) (?:hires?|hiring|promotes?|promoting|picks|contrata|contratan|promueve|promueven|escogen) {~4}(?:church|iglesia|christians|catholics|believers|cristianos|catolicos|creyentes|congregation|congregacion|faith|fe)',
        '(?:every|all|each|todo|todos|cada) (?:employee|employees|officer|officers|worker|workers|staff|firefighter|firefighters|empleado|empleados|trabajador|trabajadores|empleada|empleadas|oficial|bombero|bomberos) {~3}(?:should|must|has to|have to|needs to|need to|debe|deben|tiene que|tienen que) {~6}(?:pray|rezar|orar|prayer|oracion|padre nuestro|lord s prayer|church|iglesia|misa|mass|bible|biblia)',
        // A City or department proclaimed to belong to a faith.
        '(?:this city|our city|the city|this department|our department|esta ciudad|nuestra ciudad|la ciudad|este departamento|nuestro departamento|el departamento) (?:belongs to|pertenece a|is under|esta bajo|es de|is for) (?:christ|god|jesus|the lord|cristo|dios|jesucristo|el senor)',
        '{faith_group} (?:shouldnt|should not|cant|cannot|must not|mustnt|no deberian|no deben|no pueden) (?:be allowed|allowed|be on|serve|run|hold|work|be hired|pray|worship|go door|vote|be in|rent|use|tener|trabajar|orar|rezar|poder|usar|rentar|entrar)',
        '(?:who|that|que) (?:dont|do not|doesnt|does not|no) (?:go to church|believe in god|attend church|van a la iglesia|creen en dios|va a la iglesia|cree en dios) (?:[^ .]+ ){0,3}(?:shouldnt|should not|cant|no deberian|no deben|no pueden)',
        // session 15: a country, city, neighborhood or office declared of one faith ("this is a Christian country", "esta es tierra católica", "es una ciudad cristiana").
        '(?:this is|this was|it s|its|we re|we are|america is|america was|this city is|this town is|this park is) (?:a |an |for )?(?:christian|catholic|god fearing) (?:country|nation|neighborhood|town|city|land|department|office|workplace|crew|families|people)',
        '(?:es|somos|esta es|este es) (?:una |un )?(?:ciudad|colonia|oficina|estacion|departamento|pais|nacion|tierra|barrio|cuadrilla|equipo) (?:cristiana|cristiano|catolica|catolico|de dios)(?![^ .])',
        '(?:founded on|built on|fundado en|fundada en|fundado sobre) (?:the )?(?:bible|christ|god|la biblia|cristo|dios)|(?:belongs to|pertenece a) (?:jesus|christ|cristo|jesucristo)',
        '(?:should be|is) under (?:christ|god|jesus)|(?:is|es) (?:a|an|una|un) (?:christian|catholic|muslim|baptist|cristiana|cristiano|catolica|catolico) (?:firehouse|station|department|city|office|crew|workplace|library|estacion|oficina|departamento)',
        '{faith_group} (?:and [^ .]+ )?(?:run|control|own|are ruining|are destroying|are taking over|controlan|manejan)',
        // Hostility said as a fact about the group: "always causing trouble", "what a cult", "son unos fanáticos".
        '{faith_group} {~6}(?:are|r|is|son|andan|estan|always|siempre) (?:always |siempre |all |just |nomas |puros |todos |the )?(?:causing trouble|trouble makers|troublemakers|the reason|the problem|dangerous|terrorists|evil|a cult|fanatics|brainwashed|molestando|fanaticos|unos fanaticos|peligrosos|terroristas|una secta|el problema|la razon|lavados del cerebro)',
        '{faith_group} {~6}(?:what a cult|such a cult|bunch of fanatics|que secta|puros fanaticos)',
        '{faith_group} (?:have no place|dont belong|do not belong|no tienen lugar|no pertenecen|arent welcome|are not welcome|no son bienvenidos)',
        '(?:homosexuals|gays|gay people|los gays|los homosexuales) (?:are|son) (?:sinners|pecadores|going to hell|an abomination|una abominacion)|(?:catholics|mormons|catolicos|mormones) (?:arent|are not|no son) (?:real |true |verdaderos )?(?:christians|cristianos)|(?:jews|judios|los judios) (?:killed|mataron a) (?:jesus|cristo)',
        '(?:satans|satan s|the devils|the devil s|devils|devil s) (?:holiday|religion|work|day)|(?:handing|giving|feeding) (?:them|your kids|their kids) to (?:the devil|satan)',
        '{faith_group} (?:at work|in my office|at the station|on my crew|del trabajo) (?:[^ .]+ ){0,3}(?:whining|whine|complaining|crying|chillando|quejandose)',
      ],
      examples: {
        hit: [
          'Tell those Mormons their church is a joke and to stop coming by the station.',
          'Only real Catholics should run the Sunday rec programs, period.',
          'Honestly atheists shouldn\'t be hired as chaplains or counselors here.',
          'Los que no van a la iglesia no deberían ser supervisores, así de fácil.',
          'Our station is a Christian station and the new guy better get used to it.',
          'The Mormons at work keep complaining about the Friday happy hour lol',
          'This is a Christian country, the crew can pray on its own time or find another job.',
          'Aquí en la biblioteca somos una oficina católica y esta es tierra católica, punto.',
          'Nuestra colonia es una colonia cristiana y así se va a quedar.',
        ],
        miss: [
          'The church on Alameda is a polling place again this year.',
          'Happy Hanukkah to all our Jewish neighbors!',
          'Muslims, Christians and Jews all joined the interfaith food drive Saturday.',
          'The chaplain program is open to employees of every faith or none.',
          'The church on Alameda hosts early voting this year.',
          'Mexico is a Catholic country and the history tour covers the missions.',
          'The tour covers the Christian missions built on the old trail.',
        ],
      },
    },
  ],
};
