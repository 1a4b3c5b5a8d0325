import type { CategoryJudgement } from '../types';
import { LIVE_OPERATION } from './security';
import { TIP_OFF } from './illegal';

/** A personnel action or internal investigation (confidential; also a person's HR status: see personal-info.ts). */
export const PERSONNEL_ACTION = [
  '(?:getting|gets|gonna get|going to get|about to get|being|is being|will be|gonna be|going to be|about to be|va a ser|van a ser|lo van a|la van a) (?:demoted|fired(?! up)|let go|laid off|written up|reassigned|suspended|terminated|canned|walked out|put on (?:admin|administrative) leave|corrido|corrida|corridos|despedido|despedida|despedidos|suspendido|suspendida|correr|despedir|suspender|bajar de puesto)',
  '(?:letting go|laying off|lay off|let go|letting|correr|despedir|despedir a|correr a) (?:of )?(?:a )?[0-9]+ (?:people|positions|employees|workers|of us|de|personas|empleados|puestos|plazas|trabajadores)?',
  '(?:losing|cutting|eliminating|pierde|recortan|eliminan|van a recortar|van a eliminar) [0-9]+ (?:positions|jobs|people|employees|puestos|plazas|empleos|empleados)',
  '(?:admin|administrative) leave (?:pending|for|because|por|while)|pending (?:the |an )?(?:ia|internal affairs|hr|internal) (?:investigation|review)',
  '(?:ia|internal affairs|asuntos internos|hr|recursos humanos|oig|ethics|etica) (?:is |are |esta |estan )?(?:looking (?:at|into)|investigating|investigando|sitting on|opened (?:a|an) (?:case|investigation)|has a case|abrio una investigacion)',
  '{conf_decider} (?:is |are |s |has been |have been |esta |estan )?(?:sitting on|burying|covering up|hiding|tapando|escondiendo|ocultando) (?:it|them|all of them|the|el|la|los|las|lo)',
  '(?:filed|have filed|has filed|put in|pusieron|han puesto|metieron|levantaron) {~2}(?:complaints?|grievances?|quejas|denuncias) (?:about|against|on|contra|sobre|en contra de) {~2}{person_role}',
];

/**
 * confidential: what the author knows because of the job and the public does not yet:
 * unannounced decisions, unreleased reports, personnel actions, internal investigations,
 * closed-session business, bids before opening, live operations.
 */
export const confidential: CategoryJudgement = {
  words: {
    /** Things an employee sees at work that are not public. */
    conf_doc: [
      'file', 'files', 'memo', 'memos', 'numbers', 'emails', 'email', 'internal emails', 'list', 'draft', 'report', 'offer letter',
      'paperwork', 'letter', 'questions', 'answers', 'scores', 'bids', 'personnel file', 'minutes', 'contract', 'settlement', 'texts',
      'expediente', 'archivo', 'correos', 'correos internos', 'lista', 'borrador', 'reporte', 'informe', 'carta', 'papeles', 'oficio',
      'preguntas', 'respuestas', 'numeros', 'contrato', 'minuta', 'documentos',
    ],
    /** Whoever decides for the City. */
    conf_decider: [
      'city', 'the city', 'citys', 'city manager', 'council', 'commission', 'mayor', 'chief', 'hr', 'management', 'admin', 'the board',
      'la ciudad', 'el concejo', 'el cabildo', 'la comision', 'el alcalde', 'la alcaldesa', 'recursos humanos', 'el city manager', 'el jefe',
    ],
  },
  frames: [
    {
      id: 'judgement.confidential.not_yet_public',
      category: 'confidential',
      message: {
        en: 'Shares something the City has not announced yet ("not official yet", "keep it quiet until it\'s announced").',
        es: 'Comparte algo que la Ciudad todavía no ha anunciado ("todavía no es oficial", "no digan nada hasta que lo anuncien").',
      },
      patterns: [
        '(?:announcement|public announcement|press release|el anuncio|anuncio oficial) (?:isnt|is not|wont be|won t be|not|s not|aint) (?:out )?(?:till|until|for|before)',
        '(?:todavia no|aun no|not yet|isnt yet|hasnt been|havent|hasnt|no han|no lo han|no la han) (?:lo |la |los |las |been |es |esta |is )?(?:announced|public|official|made public|released|anunciado|anunciada|anuncian|anunciaron|oficial|publico|publica|presentado|presentada|presentan|presented)',
        '(?:isnt|is not|not|no es|no esta|wasnt|hasnt been|aint|wont be|won t be|isn t) (?:official|public|announced|out|released|oficial|publico|publica|anunciado|anunciada) (?:yet|todavia|aun|till|until|hasta|before)',
        // Said to be secret and shared anyway: "todavía es secreto", "confidential but everybody should know".
        '(?:todavia|aun|still|supposedly|supuestamente) (?:es |is |are |son |esta |estan |its |it s )?(?:secreto|secret|confidential|confidencial|under wraps|hush hush|classified)',
        '(?:secreto|secret|confidential|confidencial|classified|hush hush) (?:but|pero|so|asi que|lol|jaja)',
        '(?:lo|la|los|las) (?:van a anunciar|anuncian|anunciaran|van a hacer publico|hacen publico) (?:hasta|en|el|la|next|till) ',
        '(?:before|antes de que|antes de) (?:it s |its |it is |they |lo |la )?(?:announced|announce it|announce|anuncien|lo anuncien|la anuncien|se anuncie|made public|goes public|se haga publico)',
        '(?:until|till|hasta) after the (?:vote|election|meeting|hearing)|hasta despues de (?:la votacion|las elecciones|la junta)',
        '(?:no|not|wont|arent|aren t|never) (?:lo |la )?(?:van a |going to |gonna )?(?:hacer publico|hacerlo publico|make (?:it|this|that) public|making (?:it|this|that) public|release (?:it|this|that|the report)|dar a conocer)',
        '(?:you didnt hear it from me|you did not hear it from me|you didn t hear it from me|not supposed to (?:say|tell|share|post)|im not supposed to|no deberia decir|no debo decir|no le digan a nadie|no digan nada|dont spread it|don t spread it|do not spread|keep (?:it|this) (?:quiet|on the dl|on the down low|between us|hush)|on the down low|you heard it here first|lo oyeron aqui primero)',
      ],
      examples: {
        hit: [
          'The Eastside pool is closing for all of summer, public announcement isn\'t until May so keep it quiet',
          'la ruta 14 se va a eliminar en enero, todavía no lo anuncian',
          'not supposed to say but the new fire chief is from Austin',
          'Van a subir las tarifas del agua, no es oficial todavía, no le digan a nadie',
        ],
        miss: [
          '¡Ya es oficial! La alberca abre el 1 de junio.',
          'Unofficial election results are posted on the county page after 7pm.',
          'Chief announced his retirement at this morning\'s press conference.',
          'The draft Climate Action Plan is open for public comment until March 1.',
        ],
      },
    },
    {
      id: 'judgement.confidential.seen_at_work',
      category: 'confidential',
      message: {
        en: 'Shares what the author saw in internal files, memos or numbers at work.',
        es: 'Comparte lo que la persona vio en archivos, memorandos o números internos del trabajo.',
      },
      patterns: [
        '(?:i saw|i seen|i ve seen|ive seen|i read|ive read|i ve read|saw|seen|i got a copy of|got a copy of|have a copy of|tengo copia de|vi|ya vi|lei|yo vi|me toco ver) (?:the |a |an |el |la |los |las |una |un )?(?:[a-z]+ )?{conf_doc}(?! (?:about|on|for|of) (?:ugly|the party|potluck|sweater|casual|parking))',
        // Paperwork the author handled: "I just processed the councilwoman's son's DWI paperwork".
        '(?:processed|typed up|typed|filed|drafted|procese|capture|redacte|me toco procesar|me toco capturar) (?:the |a |an |el |la |los |las |una |un )?{~4}(?:paperwork|papers|offer letter|termination letter|letter|file|papeles|expediente|carta|oficio|documentos)',
        // A draft passed around the office before it is public.
        '(?:draft|drafts|borrador|copy|copia) {~8}(?:floating around|going around|circulating|making the rounds|anda circulando|anda rondando|esta circulando)',
        '(?:i work|i answer|i sit on|i m on|im on|i handle|trabajo|estoy) (?:in |at |on |en )?{~4}(?:so trust me|trust me|so i can (?:say|tell)|so i know|i saw|i ve seen|ive seen|asi que creanme|asi que les digo|so i can say this|yo vi|ya vi)',
        '(?:im|i m|i am|estoy) (?:authorized|allowed|cleared|autorizad[oa]) (?:to|para) (?:tell|say|share|announce|decir|anunciar)',
        '(?:copy|copia) (?:of|de) (?:the |el |la |las |los )?(?:questions|answers|preguntas|respuestas|exam|test|examen)',
        // An internal paper quoted: "the memo says they're outsourcing", "el borrador dice que van a cerrar".
        '(?:the|this|el|la|un|a|an|internal|interno|interna|leaked|filtrado|filtrada) (?:internal |leaked )?(?:memo|memos|memorandum|draft|borrador|oficio|circular|internal email|correo interno|minuta)(?: from [a-z]+| de [a-z]+)? (?:says|said|shows|dice|decia|muestra|confirms|confirma) (?:that |que )?(?:they|we|the city|the chief|theyre|they re|van|vamos|la ciudad|el jefe|se van|[a-z]+ (?:is|are|va|van))',
        // Open-case details: "we got a tip on the homicide, the suspect is the neighbor".
        '(?:suspect|the shooter|the killer|sospechoso|sospechosa|el asesino) (?:is|s|es|was|era) (?:the |his |her |el |la |su |a |un |una )?(?:neighbor|boyfriend|girlfriend|husband|wife|ex|cousin|brother|son|vecino|vecina|novio|novia|esposo|esposa|primo|hermano|hijo)',
        '(?:we|they|detectives|cops|police|la policia|los detectives|ya) (?:got|have|already have|tienen|ya tienen|tenemos) (?:a |an |the |un |una |el )?(?:tip|lead|suspect|match|dna match|pista|sospechoso|soplo)(?: on| in| about| en| del| de)? {~4}(?:homicide|murder|shooting|case|robbery|asesinato|homicidio|balacera|caso|robo)',
      ],
      examples: {
        hit: [
          'I saw the internal memo, they are cutting the night shift at the landfill',
          'Trabajo en compras y ya vi los números, la licitación la gana la de Houston',
          'i work in permits so trust me, the new fee schedule is going up',
          'somebody has a copy of the answers for the fire promotion test',
        ],
        miss: [
          'got the memo about ugly sweater day and I am READY',
          'The City Auditor released the Parks internal audit today. Full report is posted online.',
          'Read the report on the auditor\'s page if you want the details.',
        ],
      },
    },
    {
      id: 'judgement.confidential.personnel_action',
      category: 'confidential',
      message: {
        en: 'Reveals a personnel action or internal investigation that has not been made public.',
        es: 'Revela una medida de personal o una investigación interna que no se ha hecho pública.',
      },
      patterns: PERSONNEL_ACTION,
      examples: {
        hit: [
          'heard the night supervisor at the transfer station is getting written up tomorrow',
          'They are letting go 12 people from fleet on Friday and nobody knows yet',
          'Recursos Humanos está tapando lo del director de Parques',
          'IA is looking into two dispatchers over the missed call',
        ],
        miss: [
          'Fired up for the Sun Bowl parade this weekend!',
          'The proposed budget adds 14 positions to the library system.',
          'Council approved the FY25 budget 6–2 today.',
        ],
      },
    },
    {
      id: 'judgement.confidential.closed_decision',
      category: 'confidential',
      message: {
        en: 'Shares a decision, settlement, deal or bid from closed-door business before it is public.',
        es: 'Comparte una decisión, un acuerdo, una compra o una licitación de asuntos a puerta cerrada antes de que sea pública.',
      },
      patterns: [
        '(?:exec|executive|closed|closed door|closed doors) sessions? {~8}(?:decided|decidieron|voted|agreed|acordaron|they re|theyre|gonna|going to|settling|settle|picked|chose|fire|firing|hire|buy|pay|paying)',
        '(?:back room|backroom|behind closed doors|a puerta cerrada|en lo oscurito|under the table) {~4}(?:already |ya )?(?:agreed|decided|acordaron|decidieron|picked|made a deal|cut a deal|arreglaron|se pusieron de acuerdo)',
        '(?:sesion cerrada|sesion ejecutiva|sesion privada|junta privada|puerta cerrada) {~4}(?:decidieron|acordaron|votaron|van a|escogieron|eligieron)',
        '(?:settling|settle|settled|arreglo|acuerdo|arreglar) {~4}(?:lawsuit|suit|claim|case|demanda|caso) (?:for|por) (?:way |mucho )?(?:more|less|mas|menos|\\$[0-9]+|[0-9]+)',
        '(?:paying|pay|pagar|pagarle|pagando|le van a pagar|les van a pagar|le pagan) (?:the |a la |a los )?(?:family|familia|victim|victims|plaintiff|plaintiffs|victima|victimas|lawyer|abogado) {~6}(?:\\$[0-9]+|[0-9]+ (?:million|millones|mil|grand))',
        '(?:already|ya) (?:picked|chose|decided on|selected|awarded|escogieron|eligieron|decidieron|le dieron|le dieron el contrato a) {~6}(?:before|antes de) (?:the |la |el )?(?:rfp|bid|bids|licitacion|vote|votacion|meeting|junta|hearing|council|concejo)',
        '(?:bids?|proposals?|ofertas|propuestas) (?:dont|do not|doesnt|don t|no se) (?:open|abren)',
        '(?:before|antes de) (?:the |la )?(?:bid opening|licitacion|apertura)|(?:ya estaba dado|already decided|was already given|ya estaba decidido|ya estaba arreglado) (?:antes|before)',
        '(?:city|ciudad|county|condado|city s|citys)(?: is| s| esta)? (?:about to|going to|gonna|fixing to|va a|esta por|already|ya) {~2}(?:make an offer|buy|purchase|comprar|adquirir|firmo|signed) {~6}(?:lot|land|building|property|site|terreno|edificio|propiedad|predio|terrenos)',
        '(?:dont|do not|don t|no) (?:sell|vendan|venda|vender) {~4}(?:lot|property|house|land|terreno|casa|propiedad|lote) (?:yet|todavia|aun)',
        '(?:compren|buy|buying) (?:casa|terreno|property|land|a house|houses|lots) (?:por ahi|alla|there|over there|around there|near there|in that area)',
        '(?:family|familia|next of kin|the parents|los papas|his family|her family|su familia) (?:doesnt|does not|dont|don t|do not|hasnt|havent|has not|no) (?:(?:know|sabe|saben|lo sabe|lo saben) (?:yet|todavia|aun)|been notified|ha sido notificada|han sido notificados)',
      ],
      examples: {
        hit: [
          'closed session ran late, they are settling the Ramirez case for way more than the paper said',
          'En la sesión cerrada decidieron cambiar la compañía del reciclaje, lo anuncian hasta junio',
          'the city is about to buy the old mall site on Mesa for the new rec center',
          'proposals don\'t open till Monday but the Dallas firm already has it',
          'they identified the driver from the crash this morning, family doesn\'t know yet',
        ],
        miss: [
          'Bid opening for the library roof is Thursday at 2pm and open to the public.',
          'El Concejo aprobó hoy la compra del terreno en Gateway East para la nueva estación de bomberos.',
          'The RFP for the new bus shelters is out! Proposals due August 15.',
        ],
      },
    },
    {
      id: 'judgement.confidential.live_operation',
      category: 'confidential',
      message: {
        en: 'Reveals where a police or fire operation is happening right now.',
        es: 'Revela dónde está ocurriendo un operativo de policía o bomberos en este momento.',
      },
      patterns: LIVE_OPERATION,
      examples: {
        hit: ['the task force is sitting at Lee Trevino and Montwood tonight, drive careful', 'los de narcóticos están en la Alameda afuera del bar'],
        miss: ['Come see the bomb squad demonstration at the Westside library Saturday!'],
      },
    },
    {
      id: 'judgement.confidential.tip_off',
      category: 'confidential',
      message: {
        en: 'Warns people about a raid, warrant or inspection the author knows about from work.',
        es: 'Avisa de una redada, una orden de arresto o una inspección que la persona conoce por su trabajo.',
      },
      patterns: TIP_OFF,
      examples: {
        hit: ['avísenle a los del puesto de la esquina que hay una redada mañana temprano'],
        miss: ['Heads up, the library will close early Thursday for staff training.'],
      },
    },
  ],
};
