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
  // "he can come inspect my pipes anytime" is innuendo (borderline); "ella puede venir a revisar" likewise: not here.
];

/**
 * sexual: explicit sex talk, sexual remarks about people, requests for nudes or "packs",
 * selling explicit pictures and OnlyFans pointers. The words (porn, nudes, sexting) are in the
 * lexicon; these frames catch the acts said in other words. En and es side by side.
 */
export const sexual: CategoryJudgement = {
  words: {
    /** Spanish: someone described as sexually attractive, crudely. */
    hot_es: ['buenota', 'buenote', 'buenotas', 'buenotes', 'buenona', 'buenonas', 'mamacita', 'mamasita', 'mamasota', 'mamacitas', 'culona', 'culonas', 'tetona', 'tetonas', 'nalgona', 'nalgonas', 'chichona', 'chichonas', 'cogible', 'sabrosota', 'sabroson', 'sabrosona', 'papacito', 'papasito', 'papasote', 'mamazota'],
    body_part: ['ass', 'butt', 'booty', 'tits', 'boobs', 'rack', 'cleavage', 'thighs', 'bulge', 'package', 'cakes', 'culo', 'nalgas', 'pompis', 'chichis', 'tetas', 'trasero', 'piernotas'],
    outfit: ['leggings', 'jeans', 'yoga pants', 'shorts', 'skirt', 'uniform', 'swimsuit', 'bikini', 'dress', 'pants', 'scrubs', 'thong', 'tank top', 'speedo', 'trunks', 'mallones', 'licra', 'falda', 'uniforme', 'traje de bano', 'pantalones'],
    /** What a request for explicit pictures asks for. */
    // "nudes", "noodz" are lexicon words (rules/lexicons/en/words.ts): a request for them is flagged there.
    nudes: ['pack', 'packs', 'nudies', 'fotos sin ropa', 'fotos desnuda', 'fotos desnudo', 'fotos en calzones', 'fotos hot', 'videos hot'],
  },
  frames: [
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
      id: 'judgement.sexual.request_images',
      category: 'sexual',
      message: { en: 'Asks for or passes around explicit pictures of someone.', es: 'Pide o hace circular fotos íntimas de alguien.' },
      patterns: [
        // "pásenme el pack de la nueva", "send noodz", "¿alguien tiene el pack?".
        '(?:pasen|pasenme|pasame|pasa|pase|pasale|manda|mandame|mandas|mande|manden|mandenme|rola|rolen|rolenme|tienen|tiene|tienes|alguien tiene|quien tiene|venda|vendan|vende|vendes|me venda|me vendan|compro|send|sendme|drop|post|share|dm|leak|leaked) (?:me |us |el |los |su |sus |tu |tus |the |her |his |your |ur |some |más |mas )?{nudes}(?! (?:de agua|de botellas|de refrescos|de cervezas|de sodas|de pilas|de baterias|de galletas|de papel|of water|of batteries|from the event|from the parade|del evento|del desfile|of the event|of the parade)(?![^ .]))',
        '(?:el|su|sus|los|the|her|his) (?:pack|packs|nudes) (?:de|del|of) (?:la |el |the |that |this )?(?:{~1})?(?:nueva|nuevo|morra|chava|chavita|vieja|ruca|{person_role}|girl|chick|lifeguard)',
      ],
      examples: {
        hit: ['Alguien que me venda packs? pago bien', '¿Alguien tiene el pack de la vecina del 4B? 🔥', 'Mándame tus fotos sin ropa, nadie se entera', 'someone drop the pack of the new clerk lol', 'slow day at the yard, send nudies'],
        miss: ['Pásenme el pack de agua que está en la troca, porfa', 'Send pics from the parade to our page and we\'ll share them!', 'Tengo el pack de baterías para los radios'],
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
        '(?:need|looking for|want|seeking|busco|ando buscando|quien quiere ser mi) (?:a |an |un |una )?(?:fwb|friend with benefits|friends with benefits|hookup|hook up|booty call|sugar daddy|sugar mommy|amigo con derechos|amiga con derechos)(?![^ .])',
        '(?:who wants to|quien quiere|anyone wanna|anybody wanna|who wanna) (?:sext|sexting|hook up|hookup|fool around|coger|cogerme|follar|hacer cositas)(?![^ .])',
        '(?:reverse cowgirl|doggy style|doggystyle|missionary position|sixty nine position|69 position)',
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
  ],
};
