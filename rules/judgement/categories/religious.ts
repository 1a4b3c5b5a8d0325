import type { CategoryJudgement } from '../types';

/**
 * religious: calls to worship and proselytizing, and religious tests or hostility. A church as a
 * venue ("polling place at San Judas church"), prayers after a tragedy, holiday greetings and
 * museum exhibits of sacred art stay clean: the frames need an invitation to worship, a push to
 * convert, or a rule or insult about people's faith.
 */
export const religious: CategoryJudgement = {
  words: {
    /** People named by faith (en, es). */
    faith_group: [
      'christians', 'catholics', 'muslims', 'jews', 'mormons', 'atheists', 'jehovahs witnesses', 'jehovah s witnesses', 'jws', 'hindus', 'buddhists', 'evangelicals',
      'protestants', 'baptists', 'sikhs', 'pagans', 'satanists', 'non believers', 'nonbelievers',
      'jewish people', 'muslim people', 'muslim folks', 'christian people', 'catholic people', 'religious people', 'church people',
      'bible thumpers', 'holy rollers', 'mormon people', 'the jews', 'the muslims', 'los creyentes', 'los religiosos', 'los de la iglesia',
      'cristianos', 'catolicos', 'musulmanes', 'judios', 'ateos', 'testigos de jehova', 'evangelicos', 'mormones', 'protestantes', 'aleluyas',
    ],
    /** Ways people gather to worship or pray (en, es). */
    worship_event: [
      'worship', 'church', 'mass', 'our church', 'services', 'sunday service', 'bible study', 'revival', 'prayer breakfast', 'prayer group',
      'prayer circle', 'prayer meeting', 'mens prayer breakfast', 'womens prayer breakfast',
      'culto', 'misa', 'iglesia', 'templo', 'oracion', 'campana evangelistica', 'estudio biblico', 'retiro espiritual', 'grupo de oracion',
      'circulo de oracion', 'desayuno de oracion', 'devotional', 'devocional',
    ],
  },
  frames: [
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
        'hacemos oracion|(?:acepten|acepte|aceptar|aceptes) al senor',
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
      ],
      examples: {
        hit: [
          'Nice video! Remember, Jesus is coming back soon. Are you ready?',
          'Gracias por la info. Lean Romanos 10 9 y entreguen su vida a Cristo.',
          'To my Catholic coworkers: read the Bible for real and leave the idolatry behind.',
        ],
        miss: [
          'Visit the exhibit of 19th-century retablos and sacred art at the History Museum.',
          'Read chapter 3 of the employee handbook before Monday.',
          'Happy Easter! The library is closed Sunday and open Monday at 9.',
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
        // A religious test for the job: "if you don't believe in God you shouldn't be a cop", "only hires guys from our church".
        '(?:(?:if you|if u|if they|anyone who|anybody who|whoever) (?:dont|do not|doesnt|does not)|si no|quien no|el que no|los que no) (?:believe in god|believe in jesus|go to church|pray|crees? en dios|creen en dios|vas? a la iglesia|van a la iglesia|rezas?) {~4}(?:shouldnt|should not|cant|can t|has no business|have no business|dont belong|doesnt belong|no deberias|no deberia|no deberian|no debes|no puedes|no tiene nada que|no tienes nada que)',
        '(?:only|solo|nomas|just|nada mas) (?:hires?|hiring|promotes?|promoting|picks|contrata|contratan|promueve|promueven|escogen) {~4}(?:church|iglesia|christians|catholics|believers|cristianos|catolicos|creyentes|congregation|congregacion|faith|fe)',
        '(?:every|all|each|todo|todos|cada) (?:employee|employees|officer|officers|worker|workers|staff|firefighter|firefighters|empleado|empleados|trabajador|trabajadores|empleada|empleadas|oficial|bombero|bomberos) {~3}(?:should|must|has to|have to|needs to|need to|debe|deben|tiene que|tienen que) {~6}(?:pray|rezar|orar|prayer|oracion|padre nuestro|lord s prayer|church|iglesia|misa|mass|bible|biblia)',
        // A City or department proclaimed to belong to a faith.
        '(?:this city|our city|the city|this department|our department|esta ciudad|nuestra ciudad|la ciudad|este departamento|nuestro departamento|el departamento) (?:belongs to|pertenece a|is under|esta bajo|es de|is for) (?:christ|god|jesus|the lord|cristo|dios|jesucristo|el senor)',
        '{faith_group} (?:shouldnt|should not|cant|cannot|must not|mustnt|no deberian|no deben|no pueden) (?:be allowed|allowed|be on|serve|run|hold|work|be hired|pray|worship|go door|vote|be in|rent|use|tener|trabajar|orar|rezar|poder|usar|rentar|entrar)',
        '(?:cults?|sectas?) like (?:that|them|those|esa|esas)',
        '(?:who|that|que) (?:dont|do not|doesnt|does not|no) (?:go to church|believe in god|attend church|van a la iglesia|creen en dios|va a la iglesia|cree en dios) (?:[^ .]+ ){0,3}(?:shouldnt|should not|cant|no deberian|no deben|no pueden)',
        'ask (?:them|him|her|candidates|applicants) (?:where|what church|if|whether) (?:they|he|she) (?:go to church|worship|pray|attend|believe)',
        '(?:should be|is) under (?:christ|god|jesus)|(?:is|es) (?:a|an|una|un) (?:christian|catholic|muslim|baptist|cristiana|cristiano|catolica|catolico) (?:firehouse|station|department|city|office|crew|workplace|library|estacion|oficina|departamento)',
        'only the god of (?:the )?bible|not (?:allah|buddha)',
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
          'Only real Catholics should run the Sunday rec programs, period.',
          'Honestly atheists shouldn\'t be hired as chaplains or counselors here.',
          'Los que no van a la iglesia no deberían ser supervisores, así de fácil.',
          'Our station is a Christian station and the new guy better get used to it.',
          'The Mormons at work keep complaining about the Friday happy hour lol',
        ],
        miss: [
          'Happy Hanukkah to all our Jewish neighbors!',
          'Muslims, Christians and Jews all joined the interfaith food drive Saturday.',
          'The chaplain program is open to employees of every faith or none.',
          'The church on Alameda hosts early voting this year.',
        ],
      },
    },
  ],
};
