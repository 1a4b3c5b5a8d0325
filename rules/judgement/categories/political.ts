import type { CategoryJudgement } from '../types';

/**
 * political: candidates, ballot measures, recalls, campaign work, and positions on an item
 * pending before the council. Frames look for the act (steering a vote, campaigning for
 * someone, rallying people for or against an item), not for election words: polling hours,
 * "go vote, whoever you pick", vote outcomes and agendas stay clean.
 */
const OFFICE = '(?:mayor|council|city council|commissioner|commission|district [0-9]+|d[0-9]+|sheriff|judge|county judge|governor|senate|state senate|congress|school board|state rep|alcalde|alcaldesa|concejal|concejala|regidor|regidora|comisionado)';

export const political: CategoryJudgement = {
  words: {},
  frames: [
    {
      id: 'judgement.political.steer_vote',
      category: 'political',
      message: {
        en: 'Tells people how to vote, or hints who to vote for. City employees may not campaign for or against candidates or measures.',
        es: 'Le dice a la gente cómo votar o insinúa por quién votar. Los empleados de la Ciudad no pueden hacer campaña a favor o en contra de candidatos ni de propuestas.',
      },
      patterns: [
        '(?:ya )?(?:saben|sabes|sepan) por quien(?: (?:votar|vote|voten))?|(?:ya )?(?:saben|sabes|sepan) a quien (?:votar|elegir|apoyar)',
        'vote accordingly|voten (?:con cabeza|bien)|vota bien',
        '(?:voting|vote|votes|election|elections|ballot|polls) (?:[^ .]+ ){0,4}(?:do the right thing|you know what to do|you know who)',
        '(?:four|4) more years|(?:trump|biden|harris|abbott|desantis|obama|beto) (?:2016|2020|2024|2026|2028)|lets go brandon|let s go brandon|fjb',
        'vote (?:them|him|her|em) out|vote (?:the |these |those |our |that )?(?:[^ .]+ ){0,2}out (?:in|on|this|next)|new blood on',
        '(?:voten|vote|votemos|vota|votar) que (?:no|si)',
        '(?:sacar|saquemos|saquen|correr|corramos|tumbar|tumbemos) (?:al|a la) (?:alcalde|alcaldesa|concejal|concejala|comisionado|regidor|regidora)',
        '(?:vote|voten|votar|voto|votes|votas) por (?:el |la )?{title}',
        '(?:quien|quienes|whoever|anyone who|anybody who|el que) (?:vote|voten|votes|vota) por [^ .]+',
        'only (?:real |true |good )?[a-z]+ (?:should|can|deserve to) (?:be on|run for|sit on|serve on) (?:the )?(?:council|commission|city council|ballot|office)',
      ],
      examples: {
        hit: [
          'Early voting starts Monday, you know what to do neighbors 😉',
          'Vote accordingly, y\'all. That\'s all I\'m saying.',
          'Four more years for our commissioner!!',
          'El sábado ya saben por quién votar 😉',
          'Ni se les ocurra votar por la Lic. Garza, voten bien.',
        ],
        miss: [
          'Polls are open 7 a.m. to 7 p.m. Saturday. Go vote, whoever you pick!',
          'Early voting runs through Friday at all library branches.',
          'Council approved the budget 6 to 2 last night.',
          'Las casillas abren a las 7. ¡Vayan a votar, es su derecho!',
          'Election season means signs on every pole on Zaragoza, I just want shade lol',
        ],
      },
    },
    {
      id: 'judgement.political.campaign',
      category: 'political',
      message: {
        en: 'Campaigns for a candidate (endorsing, volunteering, rallying support). City employees may not take part in campaigns through posts about the City or on work time.',
        es: 'Hace campaña por un candidato (apoyo, voluntariado, reunir apoyo). Los empleados de la Ciudad no pueden participar en campañas en publicaciones sobre la Ciudad ni en horas de trabajo.',
      },
      patterns: [
        `(?:endorsed?|endorses|endorsing|backing|supporting|rooting for|voting for|vote for|campaigning for|volunteering for) (?:[^ .]+ ){0,3}for ${OFFICE}`,
        `[a-z]+ for ${OFFICE} (?:team|campaign|headquarters|hq|volunteers?|signs?|rally)`,
        '#[a-z]+for(?:council|mayor|d[0-9s]+|district[0-9s]*|commissioner|sheriff|judge|alcalde|concejal)',
        '(?:block ?walk(?:ing)?|blockwalk(?:ing)?|phone ?bank(?:ing)?|canvass(?:ing)?|door ?knocking) (?:with|for) [^ .]+',
        '(?:the )?only (?:candidate|one running) (?:who|that)|(?:el unico|la unica) (?:candidato|candidata) que|(?:best|right|mejor) (?:candidate|candidato|candidata) (?:for|para|is|es)',
        `(?:endorsed|endorses|endorsing|endorsement of|respaldo a|apoyo a|apoyamos a) (?:[^ .]+ ){0,2}(?:{title}|candidate|candidato|candidata)`,
        'introduc[a-z]* (?:[^ .]+ ){0,4}candidate',
        'let ?s get (?:him|her|them) (?:to|into|in|elected|reelected|on)',
        '(?:nuestro|nuestra|our) (?:candidato|candidata|candidate)',
        '(?:cuidar|vigilar) (?:las )?casillas|poll watchers? for',
        '(?:democratic|republican|democrat|gop) (?:party )?(?:headquarters|hq|office|club|meeting|fundraiser|rally|precinct|convention|block walk)|(?:junta|oficina|mitin|convencion) del partido',
        '(?:letreros?|signs?|playeras|camisetas|shirts?|stickers?|calcomanias) (?:de|del|for) (?:[^ .]+ ){0,2}(?:para|for) (?:alcalde|alcaldesa|concejal|concejala|mayor|council|comisionado|commissioner|distrito|district)',
        '(?:donate|contribute|chip in|give|donen|aporten|cooperen) (?:[^ .]+ ){0,3}(?:to |a )?(?:the |la |a la )?(?:[^ .]+ )?(?:campaign|campana)',
        '(?:volunteer(?:ing)?|knock(?:ing)? (?:on )?doors|block ?walk(?:ing)?|phone ?bank(?:ing)?|canvass(?:ing)?) (?:[^ .]+ ){0,3}(?:campaign|candidate|for (?:mayor|council))',
        '(?:fundraiser|rally|recaudacion|mitin) (?:for|with|para|de|del|con) (?:the |el |la )?(?:{title}|candidate|candidato|candidata|campaign|campana)',
        '(?:party|fiesta|event|evento|meeting|junta|fundraiser|bbq|carne asada) (?:for|with|para|de|del) (?:the |la |el )?(?:[^ .]+ ){0,1}(?:campaign|campana)',
        // A candidate pushed by name: "vote Maria Torres for District 3", "Lopez for Mayor", "keep Commissioner Diaz in office".
        '(?:vote|elect|reelect|re elect|votes|voten|vota) [^ .]+ (?:[^ .]+ )?(?:for|para) (?:district|distrito|mayor|alcalde|alcaldesa|council|concejo|concejal|commissioner|comisionado|sheriff|judge|juez|governor|gobernador|senate|senado|congress|congreso|school board|d[0-9])',
        '(?:keep|put|get|send|mantener|llevar) (?:[^ .]+ ){1,2}(?:in office|into office|on the council|on council|back in office|to city hall|en el puesto|en el cargo|al concejo)',
        '(?:mitin|mitines) (?:de|del|de la|con|para) [^ .]+|(?:rally|fundraiser|block walk|town hall) (?:for|with) (?:senator|state senator|rep|representative|congressman|congresswoman|governor|candidate|commissioner|councilman|councilwoman|judge|sheriff)',
        '(?:apoyen|apoya|apoyemos|apoyo|support|back|backing|supporting) (?:la |a la |the |my |our |mi |nuestra )?(?:campana|campaign) (?:de|del|de la|for|of) [^ .]+',
        'yard signs?|(?:signs?|shirts?|stickers?|letreros?) (?:for|de|del) (?:[^ .]+ ){0,2}for ' + OFFICE,
      ],
      examples: {
        hit: [
          'Our union endorsed Marisa Lujan for council. Proud of that.',
          'Phone banking with the Gomez for Mayor team tonight, come help!',
          'Knocked doors all morning #RuelasForD2',
          'Busco voluntarios pa\' cuidar las casillas el domingo, que no le hagan trampa a nuestro candidato.',
          'The only candidate who ever showed up at our station was Lena Park. Just saying.',
        ],
        miss: [
          'We had 180 candidates apply for lifeguard jobs this summer!',
          'Watched the mayoral debate with my dad. Make up your own mind, the recording is online.',
          'Introducing our new library director, Ms. Carla Reyes!',
          'Soy juez electoral en la escuela Bowie hoy, gracias a los voluntarios.',
        ],
      },
    },
    {
      id: 'judgement.political.ballot_measure',
      category: 'political',
      message: {
        en: 'Takes a side on a ballot measure, recall or petition. City employees may not campaign for or against measures.',
        es: 'Toma partido sobre una propuesta en la boleta, una revocación o una petición. Los empleados de la Ciudad no pueden hacer campaña a favor o en contra de propuestas.',
      },
      patterns: [
        '(?:si|no) a la (?:proposicion|prop|enmienda|medida|propuesta|revocacion)',
        '(?:pass|defeat|kill|approve|reject|stop|support|oppose|aprobar|rechazar|tumbar) (?:[^ .]+ ){0,5}(?:on|in|en) (?:the |la |las )?(?:[a-z]+ )?(?:ballot|boleta|urnas)',
        'recall (?:him|her|them|the mayor|the commissioner|the councilman|the councilwoman|{title})|(?:yes|no) on the recall|recall (?:fund|petition|election|campaign|effort)',
        '(?:sign|signing|firmar|firmen|firma|firmaron) (?:[^ .]+ ){0,3}(?:petition|peticion) (?:[^ .]+ ){0,2}(?:recall|referendum|referendo|revocacion|ballot|boleta)',
        '(?:petition|peticion) (?:del |de |de la |for the |for a |to )?(?:recall|referendum|referendo|revocacion)',
        '(?:revocacion|recall) (?:del?|de la|of) (?:the )?(?:concejal|concejala|alcalde|alcaldesa|comisionado|comisionada|regidor|regidora|mayor|councilman|councilwoman|council member|commissioner|juez|judge)',
        // A position on an item pending before the council: "ojalá aprueben la propuesta", "hope council kills the rezoning".
        '(?:ojala|espero que|esperemos que|i hope|hope|hopefully|let s hope|lets hope) (?:council |el concejo |they |la comision |the commission |commission |los concejales )?(?:aprueben|rechacen|apruebe|rechace|tumben|approves?|pass(?:es)?|rejects?|votes? down|kills?|shoots? down) (?:la |el |the |that |this |esa |ese |esta |este )?(?:propuesta|proposal|ordinance|ordenanza|rezoning|rezonificacion|item|measure|medida|contract|contrato|deal|plan|budget|presupuesto|aumento|increase)',
      ],
      examples: {
        hit: [
          'We have to defeat the library bond on the May ballot, it\'s a money grab.',
          'Recall him! He hasn\'t done a thing for District 4.',
          'Firmen la petición del referendo del estadio, tengo hojas en mi escritorio.',
          '¡NO a la Propuesta A! Pásenlo.',
        ],
        miss: [
          'Recall alert: several car seat models were recalled this month. Free checks at Station 5.',
          'My daughter and I looked at the sample ballot together at breakfast.',
          'Prop A passed with 62 percent of the vote, results are on the county site.',
          'Sign the guest book at the museum entrance!',
        ],
      },
    },
    {
      id: 'judgement.political.pending_item',
      category: 'political',
      message: {
        en: 'Takes or rallies a position on an item pending before the council. City employees may not take public positions on pending council items.',
        es: 'Toma o promueve una postura sobre un asunto pendiente ante el concejo. Los empleados de la Ciudad no pueden tomar posturas públicas sobre asuntos pendientes.',
      },
      patterns: [
        '(?:call|email|text|write|contact|tag) (?:your|the) (?:rep|representative|council ?member|councilman|councilwoman|commissioner|council|concejal) (?:[^ .]+ ){0,2}(?:and )?(?:tell (?:them|him|her) [^ .]+|(?:to )?(?:support|oppose|vote|say))',
        '(?:call|email|text|write|contact) your (?:rep|representative|council ?member|councilman|councilwoman|commissioner|concejal|state rep)',
        '(?:council|commission|concejo|cabildo|commissioners|councilmembers) (?:better|had better|needs to|need to|should|must|has to) (?:vote|kill|pass|approve|reject|deny|votar|aprobar|rechazar)',
        '(?:support|oppose|fight|stop|kill|reject|approve|pass|apoyen|rechacen|tumben) (?:the |this |that |el |la |este |esta )?(?:[^ .]+ ){0,3}(?:item|ordinance|rezoning|resolution|zoning change|ordenanza|rezonificacion|propuesta) (?:on|at|before|this|next|tuesday|monday|el|en|este)',
        '(?:show up|come out|comes out|turn out|be there|pack the (?:chambers|meeting|room)) (?:and |to |in )?(?:support|oppose|vote|fight|say no|say yes)',
        'pack the (?:council )?(?:chambers|meeting)|(?:remember|recuerden|acuerdense de) (?:who|quien|quienes) (?:[^ .]+ ){0,5}(?:when you vote|at the polls|on election day|the incumbent|en las urnas|cuando voten|en las elecciones)',
        'public comment to (?:say|oppose|support|speak|tell|fight|stop|push|demand)',
        '(?:llamen|hablen|escribanle|escriban|marquen) (?:a|al) (?:su |tu )?(?:concejal|concejala|representante|comisionado|regidor|regidora) (?:[^ .]+ ){0,2}(?:y )?(?:diganle|digan|pidanle)',
        `(?:${OFFICE}|la oficina|the office) (?:[^ .]+ ){0,3}(?:esta|is) (?:[^ .]+ ){0,2}(?:en contra|a favor|against|in favor|opposed)`,
        'va a votar (?:que )?(?:no|si|a favor|en contra)',
      ],
      examples: {
        hit: [
          'The rezoning on Dyer comes up Tuesday. Call your councilmember and tell them to vote no!',
          'Please show up and support the bike lane item at Tuesday\'s meeting.',
          'I\'ll be at public comment to oppose the park sale, join me.',
          'Llamen a su concejal y díganle que no al nuevo estacionamiento.',
          'El concejal está totalmente en contra del proyecto y va a votar que no.',
        ],
        miss: [
          'Public hearing on the short-term rental ordinance is Oct 14. Written comments go to the City Clerk.',
          'Council meets Tuesday 9am. Full agenda and comment sign-up on the Clerk page.',
          'Council approved the rec center contract last night, groundbreaking in spring.',
          'La junta del concejo es el martes a las 9, la agenda está en línea.',
        ],
      },
    },
  ],
};
