import type { CategoryJudgement } from '../types';

/**
 * Slurs whose word also has an innocent sense ("vestida" = dressed, "mojados" = wet, "fairy"
 * = tooth fairy, "coconut" = the fruit, "cripple" = to damage), so the lexicon cannot list them
 * as bare words: they are slurs when they name a person ("la vestida", "los mojados", "such a
 * fairy", "a true coconut"). Naming a person, they are also harassment: harassment.ts reuses them.
 */
export const SLUR_AT_PERSON_PATTERNS: readonly string[] = [
  // Spanish: article or demonstrative + the word used as a noun for a person.
  '(?:el|la|los|las|un|una|unos|unas|ese|esa|esos|esas|estos|pinche|pinches|puro|puros|pura|puras|otro|otros|otra|otras|tanto|tanta|tantos|tantas) {slur_es_noun}(?! (?:por|con|y|hasta|para|como|asi|bien|muy|toda|todo|todos|todas|elegante|sus|su|porque|en la moda|a la moda)(?![^ .]))',
  '(?:es|eres|son|bien|muy|tan|ese|esa) (?:bien |muy |tan |un |una )?(?:joto|jotito|mayate|marimacha|mongolito|mongolita)(?! (?:de|del|con|para|en)(?![^ .]))',
  // English: "such a fairy", "walks like a fairy", "a true coconut", "only a cripple".
  '(?:such a|what a|hes a|he s a|hes such a|he s such a|is such a|walks like a|talks like a|acts like a|runs like a|throws like a|total|a total|big) (?:fairy|fairies|pansy|fruitcake|fruit|sissy)(?! (?:tale|tales|lights|garden|godmother|dust|wings|costume|princess|house|door|salad|cup|cups|basket|bowl|stand|fly|flies|juice|bar|bars|tray|trays)(?![^ .]))',
  '(?:a true|a real|such a|a total|total|hes a|he s a|shes a|she s a|is a|is such a|bit of a|typical|a typical|self hating|a self hating|self loathing|sellout|a sellout) coconut(?! (?:water|milk|oil|cream|shrimp|cake|pie|raspa|raspas|flakes|tree|trees|candy|ice|juice|palm|palms|husk|shell|bar|bars|flavor)(?![^ .]))',
  // Round 4: "típico indio", "el puñal ese" (not "un puñal", the dagger), "those illegals".
  '(?:tipico|tipica|pinche|pinches|cara de|ese|esa|esos|pareces|parece|pinche|puro|pura|puros|bien|naco|naca|bola de|pura bola de|montonal de|bonche de) (?:un |una )?(?:indio|india|indios|indias|indito|indita)(?! (?:de|del|americano|americanos|pueblo|pueblos|nativo|nativos|rio|river|jones|grande|verde|ocean|oceano)(?![^ .]))',
  // Round 7 (session 11): "bola de indios de la cuadrilla" (the lead already demeans), "llena de
  // mojados", and "mayates" for people (not the June beetles of a garden or a porch light).
  '(?:bola de|pura bola de|montonal de|bonche de|pinches|puros|puro|llena de|lleno de) (?:indios|indias|inditos)(?! (?:americanos|pueblo|pueblos|nativos|del norte)(?![^ .]))',
  '(?:llena de|lleno de|bola de|monton de|montonal de|puro|puros) (?:mojados|mojadas)(?! (?:de|por|con|del|y)(?![^ .]))',
  '(?:los|unos|esos|estos|puros|pinches|bola de|lleno de|llena de|monton de) mayates(?! (?:verdes|de junio|del jardin|en el jardin|en el pasto|del pasto|de la luz|en la luz|en el foco|en los focos|alrededor|volando|vuelan|se comen|que se comen|en las plantas|en los arboles|en la higuera|del nopal)(?![^ .]))',
  '(?:el punal ese|la punal esa|ese punal|bien punal|es punal|muy punal|tan punal|medio punal|pinche punal|los punales esos)(?![^ .])',
  '(?:those|these|the|bunch of|all the|more|damn|fucking|dirty|filthy|stupid|fuckin|pinches|los|the damn) illegals(?![^ .])',
  '(?:only a|like a|you|such a|you re a|youre a|ur a|you fucking|you stupid|you dumb|bunch of) (?:cripple|cripples|gimp|gimps|spaz|spazz|tard|tards|window licker|window lickers|sped|speds)(?! (?:the|our|their|his|her|a|an|its|city|economy|budget|system|network|service|services|operations|gang|gangs|and bloods)(?![^ .]))',
];

/**
 * slur: ethnic, racial, homophobic, anti-trans and ableist slurs, affectionate ones too. The
 * unambiguous words are in the lexicon (rules/lexicons/{en,es}/words.ts); these frames take the
 * slurs that need a person in front of them.
 */
export const slur: CategoryJudgement = {
  words: {
    /** Spanish slurs that are also ordinary adjectives or nationalities. */
    slur_es_noun: ['vestida', 'vestidas', 'mojado', 'mojados', 'mojada', 'mojadas', 'chinito', 'chinita', 'chinitos', 'chinitas', 'mongol', 'mongola', 'mongoles', 'mongolito', 'mongolita', 'marimacha', 'marimachas', 'jotito', 'jotitos', 'indito', 'inditos', 'indita', 'negrito', 'negrita', 'negritos', 'gabacho', 'gabachos', 'gabacha', 'gabachas', 'prieto', 'prieta', 'prietos'],
  },
  frames: [
    {
      id: 'judgement.slur.person',
      category: 'slur',
      message: { en: 'Calls a person by a slur (ethnic, homophobic, anti-trans or ableist), even jokingly.', es: 'Llama a una persona con un insulto étnico, homofóbico, tránsfobo o capacitista, aunque sea en broma.' },
      patterns: [...SLUR_AT_PERSON_PATTERNS],
      examples: {
        hit: [
          'Ya llegó otra vez la vestida a la ventanilla de pagos',
          'Los mojados de la esquina ya se fueron del parque',
          'el chinito del puesto de la plaza no me quiso dar cambio',
          'the new clerk throws like such a fairy',
          'my cousin is a total coconut, doesn\'t even speak Spanish',
          'only a cripple would need that long to cross',
          'Esa bola de indios no entiende nada en la obra',
          'The new liaison is a self-hating coconut, never speaks Spanish at events',
          'En la alberca de la Washington puros mayates ahora, ya ni voy',
          'esa cuadrilla de Pharr está llena de mojados, ni papeles tienen',
        ],
        miss: [
          'Una niña vestida de Catrina ganó el concurso',
          'Los pisos mojados de la entrada están marcados con conos',
          'Ya encontramos al niño de pelo chinito que se perdió',
          'Tooth fairy storytime at the library Saturday',
          'Coconut and mango raspas are back at the pool',
          'The outage could cripple the system for hours',
          'Los mayates verdes ya llegaron a la higuera del patio',
          'Puros mayates alrededor de la luz del porche en junio',
        ],
      },
    },
  ],
};
