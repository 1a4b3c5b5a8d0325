import type { CategoryJudgement } from '../types';
import { LIVE_OPERATION } from './security';
import { TIP_OFF } from './illegal';
import { SHARED_WORDS } from '../shared';

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
/** What the City decides or keeps internally (see conf_matter below). */
const CONF_MATTER = [
      'memo', 'memos', 'draft', 'drafts', 'report', 'reports', 'file', 'files', 'personnel file', 'list', 'numbers', 'bids', 'bid', 'proposals', 'scores', 'rankings',
      'finalists', 'shortlist', 'short list', 'offer', 'offer letter', 'contract', 'contracts', 'settlement', 'settling', 'lawsuit', 'lawsuits', 'claim', 'investigation',
      'investigating', 'ia', 'internal affairs', 'audit', 'auditors', 'budget', 'cuts', 'budget cuts', 'layoffs', 'lay offs', 'laying off', 'positions', 'raise', 'raises',
      'rate hike', 'rate increase', 'increase', 'closing', 'closure', 'shutting down', 'shut down', 'close', 'eliminate', 'eliminating', 'cut', 'cutting', 'merge', 'merging',
      'restructuring', 'reorg', 'reorganization', 'outsource', 'outsourcing', 'privatize', 'privatizing', 'plan', 'plans', 'decision', 'decided', 'deal', 'agreement', 'picked',
      'chose', 'choosing', 'hire', 'hiring', 'new chief', 'new director', 'replacement', 'resigning', 'resignation', 'retiring', 'fired', 'firing', 'getting fired', 'let go',
      'terminated', 'suspended', 'suspension', 'admin leave', 'administrative leave', 'written up', 'demoted', 'reassigned', 'transferred', 'discipline', 'complaints',
      'complaint', 'grievance', 'bodycam', 'body cam', 'footage', 'evidence', 'suspect', 'victim', 'autopsy', 'case', 'warrant', 'emails', 'email', 'texts', 'minutes',
      'questions', 'answers', 'exam', 'test', 'salary', 'salaries', 'bonus', 'bonuses', 'buy', 'buying', 'purchase', 'sell', 'selling', 'property', 'land', 'site', 'lot',
      'fees',
      // Round 5 (s8-jb): sales, promotions, reorganizations, fares, findings, as an insider names them.
      'sold', 'getting sold', 'promotion', 'promoted', 'org chart', 'folding', 'fold', 'absorbed', 'fares', 'fare', 'bus fares', 'fare increase', 'raising',
      'hike', 'findings', 'audit findings', 'ia report', 'review', 'depot', 'results', 'test results', 'layoff', 'ascenso', 'organigrama', 'fusionar', 'pasaje',
      'van a recortar', 'recortar', 'van a vender', 'vendieron', 'van a subir', 'hallazgos', 'resultados',
      'paperwork', 'dwi', 'dui', 'arrest', 'mugshot', 'booking', 'charges', 'statement', 'spreadsheet', 'slides', 'presentation', 'papeleo', 'arresto',
      'estimate', 'engineers estimate', 'promotion list', 'lista de ascensos', 'ascensos', 'merged', 'getting merged', 'aumentos', 'no raises', 'inspection',
      'evaluacion', 'wont open', 'won t open', 'not opening', 'no va a abrir', 'no van a abrir', 'agenda memo', 'sell the',
      'memorandum', 'borrador', 'reporte', 'informe', 'expediente', 'lista', 'numeros', 'licitacion', 'licitaciones', 'ofertas', 'propuestas', 'contrato', 'contratos',
      'acuerdo', 'arreglo', 'demanda', 'investigacion', 'asuntos internos', 'auditoria', 'presupuesto', 'recortes', 'despidos', 'plazas', 'puestos', 'aumento', 'bono',
      'cierre', 'cerrar', 'van a cerrar', 'eliminar', 'recortar', 'correr', 'despedir', 'corrieron', 'despidieron', 'suspendieron', 'suspendido', 'suspendida', 'renuncia',
      'nuevo jefe', 'nueva jefa', 'nuevo director', 'nueva directora', 'plan', 'decision', 'decidieron', 'escogieron', 'comprar', 'vender', 'terreno', 'propiedad', 'tarifa',
      'tarifas', 'sueldo', 'sueldos', 'quejas', 'queja', 'sospechoso', 'victima', 'caso', 'correos', 'preguntas', 'respuestas', 'examen',
      // Round 7 (s11-jb): findings, tests, outbreaks, rulings, a death, a patient, an eviction: what an insider passes on early.
      'lead', 'plomo', 'prueba', 'la prueba', 'outbreak', 'brote', 'cases', 'casos', 'measles', 'sarampion', 'arbitration', 'arbitraje', 'ruling', 'fallo', 'the vote',
      'la votacion', 'winner', 'ganador', 'dropping', 'el muerto', 'the deceased', 'el fallecido', 'driver', 'conductor', 'positive', 'positivo', 'tested positive', 'alcohol',
      'toxicology', 'toxicologia', 'autopsia', 'overdosed', 'sobredosis', 'icu', 'terapia intensiva', 'sacrificamos', 'euthanized', 'eviction', 'desalojar', 'desalojo',
      'overtime', 'horas extra', 'names', 'nombres',
      // session 13 (lexicon): inside matters said in other words — a grand jury, the DA, a list of who goes, a drug test, money missing.
      'grand jury', 'gran jurado', 'the da', 'the da s office', 'fiscalia', 'la fiscalia', 'investigacion interna', 'internal investigation', 'van a correr',
      'los que van a correr', 'a quienes van a correr', 'who s getting cut', 'whos getting cut', 'who s getting fired', 'whos getting fired', 'drug test', 'drug tests',
      'prueba de drogas', 'pruebas de drogas', 'antidoping', 'dieron positivo', 'dio positivo', 'salio positivo', 'failed a drug test', 'failed the drug test',
      'faltante', 'the shortfall', 'missing money', 'money missing', 'dinero perdido', 'hoyo en el presupuesto',
      'the body', 'a body', 'el cuerpo', 'un cuerpo', 'remains', 'restos', 'identified', 'identificaron', 'missing teenager', 'missing girl', 'missing boy',
      'desaparecida', 'desaparecido', 'development', 'desarrollo', 'el proyecto',
];

/** conf_matter's words with an everyday sense ("a lot", "10 minutes", "up close"), not counted after "I saw". */
const EVERYDAY_MATTER = new Set([
  'lot', 'site', 'minutes', 'close', 'closing', 'questions', 'answers', 'test', 'exam', 'texts', 'buy', 'buying', 'sell', 'selling', 'increase', 'cut', 'cutting',
  'list', 'numbers', 'plan', 'plans', 'deal', 'offer', 'case', 'claim', 'land', 'property', 'email', 'emails', 'decided', 'picked', 'chose', 'choosing',
  'hire', 'hiring', 'raise', 'raises', 'draft', 'drafts', 'file', 'files', 'report', 'reports', 'footage', 'fees', 'merge', 'merging', 'positions', 'replacement',
  'preguntas', 'respuestas', 'examen', 'lista', 'numeros', 'plan', 'comprar', 'vender', 'terreno', 'propiedad', 'caso', 'cerrar', 'correos', 'aumento', 'reporte', 'informe',
  'raising', 'review', 'results', 'fare', 'fold', 'hike', 'resultados', 'recortar', 'statement', 'slides', 'presentation', 'charges', 'estimate', 'inspection',
  // Round 7 (s11-jb)
  'lead', 'cases', 'casos', 'driver', 'conductor', 'positive', 'positivo', 'alcohol', 'winner', 'ganador', 'the vote', 'prueba', 'la prueba', 'names', 'nombres', 'overtime',
  'horas extra', 'dropping', 'fallo',
  // session 13 (lexicon): counted only next to a word of keeping quiet
  'the body', 'a body', 'el cuerpo', 'un cuerpo', 'identified', 'development', 'desarrollo', 'el proyecto',
]);

export const confidential: CategoryJudgement = {
  words: {
    /**
     * Said to be not public, or passed on as inside knowledge: the "don't tell" half of a
     * disclosure. Phrases, not single words, so a notice or a joke rarely holds one.
     */
    conf_hush: [
      'not public', 'not public yet', 'isnt public', 'not made public', 'not official', 'not official yet', 'isnt official', 'not announced', 'not announced yet',
      'hasnt been announced', 'havent announced', 'have not announced', 'has not been announced', 'not out yet', 'isnt out yet', 'not released', 'hasnt been released',
      'before its announced', 'before it s announced', 'before they announce', 'before it goes public', 'before the announcement', 'until its announced', 'until they announce',
      'till its announced', 'announcement is next', 'announcement s next', 'announcements next', 'they ll announce', 'theyll announce', 'will announce it', 'going to announce it',
      'nobody knows yet', 'doesnt know yet', 'dont know yet', 'dont even know', 'doesnt even know', 'has no idea yet', 'no idea yet',
      'not supposed to', 'im not supposed to', 'shouldnt be saying', 'shouldnt be telling', 'shouldnt say', 'not allowed to say', 'cant say much',
      'dont spread', 'dont share this', 'keep it quiet', 'keep this quiet', 'keep it between us', 'keep this between us',
      'between us', 'between you and me', 'off the record', 'on the dl', 'on the down low', 'down low', 'hush hush', 'under wraps', 'you didnt hear it from me',
      'didnt hear it from me', 'you heard it here first', 'heard it here first', 'inside scoop', 'insider info', 'inside info', 'little birdie', 'a little bird told me',
      'top secret', 'leaked', 'confidential but', 'confidential so', 'dont tell anyone', 'don t tell anyone', 'dont tell nobody', 'dont say anything', 'dont say i said', 'nobody knows this yet', 'nobody else knows', 'unofficially', 'word around the office', 'word around the station', 'word around city hall',
      'word is', 'rumor is', 'rumor has it', 'rumour has it', 'overheard', 'i overheard', 'nobodys going to tell you', 'nobody s going to tell you',
      'no one will tell you', 'they wont tell you', 'they won t tell you', 'they dont want you to know', 'they don t want you to know', 'dont want anyone to know',
      'dont want to say it', 'dont want to say', 'didnt say on camera', 'what they didnt say', 'what they wont say', 'not on camera', 'sitting on it', 
      'covering it up', 'covering up', 'cover up', 'burying it', 'hiding it', 'keeping it quiet', 'keeping quiet', 'hush it up', 'behind closed doors', 'back room', 'backroom',
      'no es publico', 'todavia no es publico', 'no es oficial', 'todavia no es oficial', 'aun no es oficial', 'no lo han anunciado', 'todavia no lo anuncian', 'no lo anuncian',
      'lo van a anunciar', 'antes de que lo anuncien', 'antes de que se anuncie', 'nadie sabe', 'nadie sabe todavia', 'ni sabe', 'ni saben', 'no sabe todavia',
      'no saben todavia', 'todavia no sabe', 'todavia no saben', 'no deberia decir', 'no debo decir', 'no deberia contar', 'no le digan', 'no le digan a nadie', 'no digan nada',
      'no lo digan', 'entre nos', 'entre nosotros', 'aqui entre nos', 'extraoficialmente', 'confidencial', 'secreto', 'es secreto', 'se filtro', 'filtrado', 'filtraron',
      'me dijo un pajarito', 'un pajarito', 'se rumora', 'el chisme es', 'el rumor es', 'dicen en la oficina', 'no lo van a hacer publico', 'no lo quieren decir',
      'no quieren que sepan', 'no quieren que se sepa', 'lo estan tapando', 'lo tienen escondido', 'lo tienen guardado', 'a puerta cerrada', 'sesion cerrada', 'sesion ejecutiva',
      'en lo oscurito',
      // Round 5 (s8-jb): "they haven't said it yet", typos and slang, "before it leaks", "ni se imaginan".
      'havent said', 'hasnt said', 'havent said it', 'havent said it yet', 'hasnt said it yet', 'havent said anything', 'havent told anyone', 'havent told us',
      'havent told the public', 'not telling the public', 'dont kno yet', 'dont kno', 'ppl dont know', 'ppl dont kno', 'people dont know yet', 'public doesnt know',
      'the public doesnt know', 'residents dont know', 'before it leaks', 'before it gets out', 'before word gets out', 'sshh', 'shh', 'shhhh', 'psst', 'hush',
      'leak', 'leaks', 'leaking', 'leaked to me', 'todavia no sale', 'aun no sale', 'no ha salido', 'todavia no lo sueltan', 'no lo sueltan', 'no lo han soltado',
      'no han dicho', 'no lo han dicho', 'todavia no dicen', 'ni se imaginan', 'nadie se imagina', 'nadie se lo imagina', 'calladita', 'calladitos', 'no se sabe todavia',
      // Round 5, second pass (s8-jb): more ways of saying "this is not out": "you didn't see this here", "came out internally",
      // "keeping it hush", "figuring out how to spin it", "todavía no la publican", "ni lo han notificado".
      'you didnt see this', 'didnt see this here', 'you didnt see that', 'you didnt see it here', 'internally', 'came out internally', 'internal only',
      'keeping it hush', 'keep it hush', 'hush hush', 'spin it', 'how to spin', 'damage control', 'no la publican', 'no lo publican', 'todavia no la publican',
      'todavia no lo publican', 'no se hace publico', 'no lo hacen publico', 'ni lo han notificado', 'no lo han notificado', 'no la han notificado', 'ni la han notificado',
      'ya veran cuando', 'wait till you see', 'wait until you see', 'not for public', 'for internal use', 'uso interno',
      // Round 6 (s10-jb): "they haven't told anyone", "told us not to say", "nobody's posted it yet", "already decided no matter what".
      'ni han avisado', 'no han avisado', 'todavia no avisan', 'no dijeramos nada', 'que no dijeramos nada', 'no digamos nada', 
      'nobody s posted it', 'nobodys posted it', 'nobody has posted', 'nobody posted it', 'not posted yet', 'arent posted yet', 'aren t posted yet', 'havent posted', 'haven t posted',
      'todavia no manda', 'todavia no mandan', 'no ha mandado', 'no matter what they say', 'digan lo que digan', 'already promised', 'ya le prometieron', 'ya esta decidido',
      'ya estaba decidido', 'already decided', 'ya esta amarrado', 'confirmenlo ustedes', 'some people will be getting',
      'keeping it quiet', 'lo estan callando', 'se lo van a dar al', 'they re giving it to', 'theyre giving it to',
      // Round 7 (s11-jb): "not out yet" said other ways: until a date, not in the news, worse than reported, rigged, "chitón", the family not yet told.
      'no se publica hasta', 'no la publican hasta', 'no lo publican hasta', 'hasta que lo anuncien', 'hasta que salga', 'won t say so until', 'wont say so until',
      'wont say until', 'won t say until', 'wont announce until', 'won t announce until', 'no lo va a anunciar hasta', 'no lo van a anunciar hasta', 'no va a anunciar',
      'chiton', 'so chiton', 'todavia no sale en las noticias', 'no sale en las noticias', 'not in the news', 'not in the news yet', 'news doesnt have it',
      'news doesn t have it', 'worse than reported', 'worse than they said', 'worse than they re saying', 'peor de lo que dicen', 'not what they re saying',
      'not what theyre saying', 'el reporte dice otra cosa', 'report says otherwise', 'the report says something else', 'yo no les dije nada', 'yo no dije nada',
      'i didnt tell you', 'i didn t tell you', 'you didnt hear this', 'y all didnt hear', 'yall didnt hear', 'no les dije nada', 'nomas para que sepan',
      'para que sepan como esta la cosa', 'lo que nadie les dice', 'what nobody tells you', 'what no one tells you', 'doesnt want me to say', 'doesn t want me to say',
      'no quiere que diga', 'no quieren que diga', 'todavia no le han avisado', 'no le han avisado', 'they havent told', 'they haven t told', 'hasnt been told',
      'hasn t been told', 'family hasnt been notified', 'family hasn t been notified', 'no le han dicho', 'todavia no le dicen', 'rigged', 'esta arreglado',
      'ya esta arreglado', 'ya lo escogieron', 'already picked', 'already chose', 'dont waste your time', 'don t waste your time', 'no pierdan su tiempo',
      // Round 9 (s12-jb): "don't tell anybody", "don't tell them I said it", the gossip label, the boss who hasn't even told council.
      'dont tell anybody', 'don t tell anybody', 'dont tell anybody but', 'dont tell them i said', 'don t tell them i said', 'dont tell the', 'don t tell the',
      'i said it', 'that i said it', 'dont say i told you', 'don t say i told you', 'que yo les dije', 'que yo les conte', 'no digan que yo', 'chismecito', 'chismesito',
      'el chismecito', 'todavia no se lo dice', 'no se lo ha dicho', 'no le ha dicho ni', 'ni al concejo', 'ni el concejo sabe', 'hasnt even told', 'hasn t even told',
      'hasnt told council', 'hasn t told council', 'council doesnt know', 'council doesn t know', 'not even council knows', 'sitting on the report', 'sitting on the results',
      'sitting on the numbers', 'se estan sentando en', 'guardaron el reporte', 'tienen guardado el reporte', 'tienen guardados los resultados',
      // session 13 (lexicon): told to keep quiet, or keeping it between us — "nos pidieron no decir nada", "we were told not to say", "de aquí no sale".
      'nos pidieron no decir', 'me pidieron no decir', 'no decir nada', 'que no digamos nada', 'que no dijeramos nada', 'nos dijeron que no dijeramos', 'nos pidieron discrecion',
      'told us not to say', 'told us to keep quiet', 'told us to keep it quiet', 'asked us not to say', 'we were told not to', 'we re not supposed to say', 'not supposed to say',
      'not supposed to tell', 'not supposed to share', 'no debo decir', 'no deberia decir', 'no deberia decirles', 'no les deberia decir', 'shouldn t be saying', 'shouldnt be saying',
      'i shouldn t say', 'i shouldnt say', 'off the record', 'entre nos', 'aqui entre nos', 'de aqui no sale', 'que no salga de aqui', 'keep it between us',
      'between you and me', 'mum s the word', 'on the down low', 'on the dl', 'hush hush', 'under wraps', 'keeping it under wraps', 'bajo el agua', 'calladito',
      'calladita', 'no se lo digan a nadie', 'no le digan a nadie', 'don t tell anyone', 'dont tell anyone', 'don t repeat this', 'dont repeat this',
      // session 13 (lexicon): ahead of an announcement, or before a family is told — "buy now before they announce", "la familia todavía no sabe".
      'about to announce', 'before they announce', 'before it s announced', 'before its announced', 'before the announcement', 'antes de que lo anuncien',
      'antes de que anuncien', 'antes de que lo hagan oficial', 'buy now before', 'do it now before', 'compren antes de que', 'family hasn t been told',
      'family hasnt been told', 'family hasn t been notified', 'family hasnt been notified', 'before the family knows', 'next of kin hasn t', 'la familia no sabe',
      'la familia todavia no sabe', 'no le han avisado a la familia', 'no le han avisado a los familiares', 'todavia no le avisan',
    ],
    /**
     * What the City decides or keeps internally: documents, decisions, money, personnel and
     * case matters. Broad on purpose: it only counts next to a {conf_hush} or {conf_source}.
     */
    conf_matter: CONF_MATTER,
    /**
     * conf_matter without its everyday words ("a lot", "10 minutes", "up close", "questions",
     * "test", "plan"): next to "I saw" / "I read" only an internal matter counts, or a lost-dog
     * post ("I saw him near the library 10 minutes ago") reads as a leak.
     */
    conf_matter_internal: CONF_MATTER.filter((w) => !EVERYDAY_MATTER.has(w)),
    /** How the author knows it from work: saw, read, handled or heard it on the job. */
    conf_source: [
      'i saw', 'saw the', 'saw it', 'seen the', 'i ve seen', 'ive seen', 'ive read', 'i ve read', 'i read the', 'got a copy', 'have a copy', 'got my hands on',
      'on my boss s desk', 'on my bosss desk', 'on his desk', 'on her desk', 'on the desk', 'on the printer', 'heard in the meeting', 'said in the meeting', 'heard at the meeting',
      'from the meeting', 'just got out of', 'sat in on', 'i was in the room', 'heard in briefing', 'said in briefing', 'said at roll call', 'heard at roll call', 'at lineup',
      'in the huddle', 'i processed', 'just processed', 'i typed', 'i typed up', 'i drafted', 'i filed', 'came across my desk', 'crossed my desk',
      'my boss said', 'my boss says', 'my supervisor said', 'the director said', 'the chief said', 'heard the chief', 'heard the director',
      'yo vi', 'ya vi', 'vi el', 'vi la', 'vi los', 'vi las', 'me toco ver', 'me toco procesar', 'tengo copia', 'dijeron en la junta', 'dijo en la junta',
      'saliendo de la junta', 'oi en la junta', 'escuche en la junta', 'en el escritorio', 'en el escritorio de', 'mi jefe dice', 'mi jefe dijo', 'mi jefa dice', 'mi jefa dijo', 'my boss dice',
      'oi que',
      // Round 5 (s8-jb): found out at work, an internal email or memo, shown or passed a copy.
      'found out', 'i found out', 'we found out', 'came up in', 'came up at', 'internal email', 'internal memo', 'internal emails', 'leaked', 'showed us',
      'showed it to us', 'forwarded me', 'sent me the', 'me entere', 'nos enteramos', 'me conto', 'me contaron', 'me paso', 'me pasaron', 'me llego el correo',
      'correo interno', 'memo interno', 'nos enseno', 'nos ensenaron', 'me reenviaron', 'salio en la junta',
      'floating around', 'going around the office', 'circulating', 'heard from my', 'my sup said', 'my sup says', 'my super said', 'typed up', 'just typed',
      'dijeron en la reunion', 'en la reunion de directores', 'en la junta de directores', 'nos dijo el jefe', 'nos dijo la jefa', 'mi supervisor dijo', 'mi supervisora dijo', 'i work in', 'i work at', 'trabajo en', 'anda circulando', 'anda rolando', 'i processed', 'just processed',
      // session 13 (lexicon): how the writer got it — a friend inside, a paper on a desk, a screen over a shoulder, something overheard.
      'my buddy at', 'my friend at', 'my cousin at', 'my cousin in', 'my compadre at', 'mi compa de', 'mi compadre de', 'mi amigo de', 'mi amiga de', 'mi primo de',
      'mi prima de', 'a source in', 'una fuente en', 'overheard', 'i overheard',
      'escuche en', 'alcance a oir', 'me enseno', 'me ensenaron', 'me mostro', 'me mostraron', 'showed me', 'i got a look at', 'got a peek at', 'saw on his desk',
      'saw on her desk', 'en su escritorio', 'on his screen', 'on her screen', 'en su pantalla', 'left on the printer', 'en la impresora', 'en la copiadora',
      'i have a copy of', 'tengo una copia', 'me pasaron una copia', 'consegui una copia', 'conseguimos una copia', 'i got ahold of', 'got ahold of',
    ],
    /** Round 6 (s10-jb): a document or a boss the author read or heard at work (with conf_matter_internal, a clause apart). */
    conf_seen_doc: [
      'on my desk', 'en mi escritorio', 'the draft says', 'what the draft says', 'el borrador dice', 'appraisal packet', 'the packet', 'el memo interno', 'memo interno dice', 'el memo dice',
      'the memo says', 'the report says', 'el reporte dice', 'el informe dice', 'lo vi en el email', 'lo vi en el correo', 'lo vi en el sistema', 'yo lo vi en el sistema', 'i saw the schedule',
      'vi el horario', 'vi la agenda', 'reading the internal', 'the internal audit', 'internal audit', 'auditoria interna', 'mi jefe me dijo', 'mi jefa me dijo',
      'my boss told me', 'my supervisor told me', 'the list s on my desk', 'la lista esta en', 'hr todavia',
    ],
    /** session 13 (lexicon): who filed a complaint or called it in — "who called in the noise complaint", "la señora que denunció". */
    conf_complainant: [
      'who called in', 'called in the', 'who called the', 'who reported', 'who complained', 'who filed the complaint', 'who filed a complaint', 'who made the complaint',
      'the one who called', 'the one who reported', 'the one who complained', 'the caller was', 'the caller is', 'the complainant is', 'the complainant was', 'who snitched',
      'who ratted', 'que denuncio', 'quien denuncio', 'el que denuncio', 'la que denuncio', 'que se quejo', 'quien se quejo', 'el que se quejo', 'la que se quejo',
      'que reporto', 'quien reporto', 'el que reporto', 'la que reporto', 'quien llamo', 'el que llamo', 'la que llamo', 'quien puso la queja', 'quien puso la denuncia',
      'el que puso la queja', 'la que puso la queja', 'quien nos echo', 'quien los echo', 'quien le hablo a',
    ],
    /** session 13 (lexicon): the writer's own hand in it at work — took the call, took the report, saw it in the system. */
    conf_work_access: [
      'i took the call', 'i took the report', 'i answered the call', 'i took that call', 'i was on the call', 'i dispatched', 'i handled the', 'i took the complaint',
      'i saw it in the system', 'saw it in the system', 'came through my desk', 'it came through', 'yo tome el reporte', 'yo tome la llamada', 'yo tome la queja',
      'yo conteste', 'me toco la llamada', 'me toco el reporte', 'me toco tomar', 'lo vi en el sistema', 'yo lo procese', 'yo la procese', 'paso por mi escritorio',
    ],
    /** session 13 (lexicon): someone looked up in a City system — a plate, a record, a booking (the act, not the bill or account alone). */
    conf_lookup: [
      'in the billing system', 'looked him up', 'looked her up', 'looked up his', 'looked up her',
      'ran his plates', 'ran her plates', 'ran his plate', 'ran her plate', 'ran his name', 'ran her name', 'ran the plate', 'ran the plates', 'pulled his record',
      'pulled her record', 'pulled up his', 'pulled up her', 'checked his file', 'checked her file', 'checked his record', 'checked her record', 'lo busque en el sistema',
      'la busque en el sistema', 'lo vi en el sistema', 'la vi en el sistema', 'le corri las placas', 'corri sus placas', 'le corri el nombre', 'saw him in booking',
      'saw her in booking', 'en barandilla', 'lo vi en barandilla', 'la vi en barandilla',
    ],
    /** session 13 (lexicon): a position in a negotiation, told before the deal — max offer, final offer, bottom line, "hasta dónde puede subir". */
    conf_negotiation: [
      'max offer', 'maximum offer', 'final offer', 'walk away number', 'walk away price', 'highest we ll go', 'highest they ll go', 'highest we will go', 'willing to go up to',
      'authorized up to', 'can go up to', 'will go up to', 'lo maximo que', 'el tope es', 'el tope de', 'oferta final', 'ultima oferta', 'hasta donde puede subir',
      'hasta donde van a subir', 'pueden subir hasta', 'bottom line is', 'our bottom line', 'their bottom line', 'going to cave', 'gonna cave', 'will cave', 'van a ceder',
      'starting low', 'lowball', 'lowballing', 'empezar bajo', 'empiezan con',
    ],
    /** session 13 (lexicon): the other side of a negotiation. */
    conf_party: [
      'union', 'the union', 'unions', 'sindicato', 'el sindicato', 'negotiations', 'negotiation', 'negotiating', 'negociacion', 'negociaciones', 'contract talks', 'bargaining',
      'collective bargaining', 'the seller', 'el vendedor', 'the developer', 'the owner', 'el dueno', 'the landowner', 'the team', 'the franchise', 'the city', 'la ciudad',
      'contrato colectivo', 'fop', 'the fop', 'iaff', 'afscme',
    ],
    /** Where the same words are public: a published report, a press release, an agenda, the news. */
    conf_public: [
      // Round 6 (s10-jb): a birthday or a coffee machine called "confidential" in jest, a farewell party, a citation already issued, a question about a rumor, a service's promise of privacy.
      'cumpleanos', 'birthday', 'pastel', 'cake', 'coffee', 'cafe', 'boletin', 'newsletter', 'potluck', 'donuts', 'donas', 'despedida de', 'de despedida', 'la despedida', 'farewell',
      'was cited', 'were cited', 'cited for', 'fue multado', 'fue multada', 'es cierto que', 'is it true', 'alguien sabe si', 'anyone know if', 'es confidencial y', 'is confidential and',
      'su llamada es confidencial', 'your call is confidential', 'anonima', 'anonimo', 'anonymous', 'anonymously', 'de forma anonima',
      'posted', 'online', 'website', 'release', 'full release', 'shared from', 'read more', 'more info', 'web page', 'webpage', 'on the page', 'press release', 'press conference', 'public record', 'public records', 'open records', 'agenda',
      'public comment', 'public hearing', 'news', 'in the paper', 'the paper', 'tv', 'reports', 'according to', 'segun', 'informa',
      'voting for', 'vote for', 'election', 'elections', 'candidate', 'campaign', 'mayor race', 'mayoral race', 'votar por', 'eleccion', 'elecciones', 'candidato', 'candidata', 'livestream', 'released today', 'released the', 'announced today', 'officially announced',
      'apply', 'applications', 'register', 'sign up', 'rsvp', 'training', 'reminder', 'please remember', 'never share', 'publicado', 'en linea', 'pagina', 'comunicado',
      'conferencia de prensa', 'salio en las noticias', 'segun las noticias', 'vi en las noticias', 'en las noticias de hoy', 'will meet', 'meets', 'convene', 'hotline', 'report it', 'never', 'nunca', 'reportenlo', 'policy', 'politica', 'fake', 'falso', 'debunk', 'scam', 'estafa', 'water leak', 'fuga', 'el periodico', 'agenda', 'anuncio oficial', 'ya es oficial', 'its official', 'it s official', 'now official', 'recordatorio',
    ],

    /** A personnel action or internal investigation said of someone. */
    conf_personnel: [
      'got fired', 'getting fired', 'gonna get fired', 'going to get fired', 'about to get fired', 'be fired', 'being fired', 'was fired', 'fired him', 'fired her',
      'to fire him', 'to fire her', 'gonna fire', 'going to fire', 'about to fire', 'canned', 'got canned', 'let go', 'being let go', 'getting let go', 'terminated',
      'getting terminated', 'suspended', 'got suspended', 'getting suspended', 'on leave', 'on admin leave', 'on administrative leave', 'placed on leave', 'put on leave',
      'written up', 'wrote him up', 'wrote her up', 'demoted', 'getting demoted', 'reassigned', 'getting reassigned', 'transferred out', 'under investigation',
      'being investigated', 'investigated', 'internal investigation', 'ia investigation', 'hr investigation', 'ia case', 'forced to resign', 'forced out', 'pushed out',
      'resign or', 'walked out', 'escorted out', 'lost his job', 'lost her job', 'disciplined', 'discipline', 'performance plan', 'on a pip', 'last chance agreement',
      'corrido', 'corrida', 'lo corrieron', 'la corrieron', 'lo van a correr', 'la van a correr', 'despedido', 'despedida', 'lo despidieron', 'la despidieron', 'suspendido',
      'suspendida', 'lo suspendieron', 'la suspendieron', 'bajo investigacion', 'lo estan investigando', 'la estan investigando',
      'lo bajaron de puesto', 'la bajaron de puesto', 'reasignado', 'reasignada', 'lo obligaron a renunciar', 'la obligaron a renunciar', 'amonestado', 'amonestada',
      'con licencia administrativa', 'lo mandaron a su casa', 'la mandaron a su casa',
      'complaint against', 'complaints against', 'grievance against', 'ia interviewed', 'ia is', 'investigation into', 'queja contra', 'queja en contra', 'investigacion contra',
      // session 13 (lexicon): a test result or a finding about someone — positive, failed, popped hot.
      'dio positivo', 'dieron positivo', 'salio positivo', 'salieron positivos', 'failed a drug test', 'failed his drug test', 'failed her drug test', 'failed the drug test',
      'popped positive', 'popped hot', 'tested positive for', 'reprobo el antidoping', 'salio positivo en el antidoping', 'failed the polygraph', 'failed his polygraph',
      'reprobo el poligrafo', 'no paso el poligrafo', 'no paso el antidoping',
      // session 13 (lexicon): discipline and leave said in everyday words — "le dieron cuello", "le levantaron un acta", desk duty, rehab, "sin goce de sueldo".
      'got the boot', 'gave him the boot', 'gave her the boot', 'shown the door', 'got axed', 'axed', 'sent home', 'sent him home', 'sent her home', 'on desk duty', 'desk duty',
      'modified duty', 'benched', 'got benched', 'paid leave', 'unpaid leave', 'without pay', 'final warning', 'busted down', 'got busted down', 'in rehab', 'went to rehab',
      'sent to rehab', 'on medical leave', 'le dieron cuello', 'le dieron las gracias', 'lo mandaron a volar', 'la mandaron a volar', 'le levantaron un acta',
      'le levantaron acta', 'acta administrativa', 'un extranamiento', 'extranamiento', 'sancionado', 'sancionada', 'lo sancionaron', 'la sancionaron',
      'le abrieron expediente', 'le abrieron una investigacion', 'sin goce de sueldo', 'lo tienen castigado', 'la tienen castigada', 'lo castigaron', 'la castigaron',
      'lo tienen en la banca', 'lo mandaron a la banca', 'esta en rehabilitacion', 'lo mandaron a rehabilitacion', 'esta incapacitado', 'esta incapacitada',
      // session 15: leave and its private reason, a firing on paper before the person is told.
      'licencia medica', 'medical leave for', 'out on fmla', 'on fmla', 'fmla again', 'por depresion', 'for depression', 'stress leave', 'the rehab thing', 'incapacidad por',
      'carta de despido', 'proceso de despido', 'en proceso de despido', 'termination paperwork', 'termination letter', 'termination papers', 'suspending him',
      'suspending her', 'they re suspending', 'theyre suspending', 'van a suspender', 'lo van a suspender', 'la van a suspender', 'pink slip', 'pink slips', 'le van a dar cuello',
      'le toca salir', 'lo van a rebotar', 'los van a rebotar', 'la van a rebotar', 'getting passed over', 'passed over again',
    ],
    /** session 15: a police operation or an arrest planned (a raid, a sweep, "el operativo", a transfer, "lo van a arrestar"). */
    conf_op: [
      'raid', 'raids', 'redada', 'redadas', 'operativo', 'operativos', 'cateo', 'cateos', 'the sweep', 'a sweep', 'camp sweep', 'homeless sweep', 'encampment sweep', 'sweep of the', 'sting operation',
      'a sting', 'the sting', 'drug bust', 'federal op', 'the op', 'an op', 'ops plan', 'op plan', 'search warrant', 'warrant service', 'orden de cateo', 'takedown', 'roundup',
      'van a arrestar', 'lo van a arrestar', 'la van a arrestar', 'los van a arrestar', 'van a detener', 'lo van a detener', 'picking somebody up', 'picking someone up', 'picking him up',
      'picking her up', 'trasladamos', 'van a trasladar', 'lo van a trasladar', 'el traslado', 'van a catear', 'viene la policia', 'va a llegar la policia', 'van a caer', 'cae el operativo',
      'surprise inspection', 'inspeccion sorpresa', 'surprise raid', 'surprise visit', 'visita sorpresa',
    ],
    /** session 15: when it happens, told before it does. */
    conf_when: [
      'tomorrow', 'tomorrow s', 'tonight', 'manana', 'esta noche', 'en la madrugada', 'madrugada', 'before sunrise', 'at dawn', 'al amanecer', 'this weekend', 'este fin',
      'next week', 'la otra semana', 'la proxima semana', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'el lunes', 'el martes', 'el miercoles',
      'el jueves', 'el viernes', 'el sabado', 'el domingo', 'a las 4', 'a las 5', 'a las 6', '4am', '5am', '6am', '5 am', '6 am', '0400', '0500', '0600', 'at 5', 'at 6', 'at 4',
    ],
    /** session 15: an operation announced to the public, already done, or not the police's (traffic for a parade, a game's raid). */
    conf_op_public: [
      'announced', 'anuncio', 'anunciaron', 'notice', 'notices', 'aviso a', 'avisos', 'posted', 'publico', 'public', 'drill', 'simulacro', 'training', 'entrenamiento', 'demonstration',
      'demostracion', 'checkpoint', 'no refusal', 'call 311', 'llame al', 'yesterday', 'ayer', 'last night', 'anoche', 'arrested', 'arrestaron', 'detuvieron', 'busted', 'results',
      'resultados de', 'game', 'games', 'juego', 'partido', 'series', 'serie', 'clan', 'guild', 'discord', 'xbox', 'playstation', 'fridge', 'refri', 'parade', 'desfile', 'maraton',
      'marathon', 'festival', 'concierto', 'concert', 'vial', 'cierres', 'closures', 'street sweeping', 'barrido', 'leaves', 'rescate', 'vacunacion', 'esterilizacion',
      'limpieza', 'cleanup', 'clean up', 'gratis', 'free', 'fans', 'playoffs', 'team', 'season', 'temporada', 'baseball', 'beisbol', 'football', 'futbol', 'basketball', 'recoleccion', 'descacharrizacion', 'hicieron un', 'hubo un', 'hubo operativo', 'there was a', 'happened', 'did a',
    ],
    /** session 15: an exam's content told ahead (the same as last year, an answer key, which questions). */
    conf_exam: [
      'exam', 'exams', 'examen', 'examenes', 'the test', 'written test', 'the written', 'written final', 'the final', 'promotion test', 'promotional exam', 'examen de ascenso',
      'examen de ingreso', 'las preguntas', 'the questions', 'questions', 'preguntas del',
    ],
    conf_exam_leak: [
      'answer key', 'the answers', 'las respuestas', 'same one as last year', 'same as last year', 'same questions', 'las mismas preguntas', 'casi igual', 'casi iguales',
      'igual al pasado', 'iguales q las del', 'iguales que las del', 'word for word', 'palabra por palabra', 'almost word for word', 'took a pic', 'le tome foto', 'les tome foto',
      'heavy on', 'viene casi', 'estudien las preguntas del', 'study the questions from', 'leaked', 'se filtro', 'filtraron', 'questions 1', 'preguntas del 1',
    ],
    conf_exam_public: [
      'study guide', 'guia de estudio', 'practice test', 'examen de practica', 'sample questions', 'preguntas de ejemplo', 'posted', 'publicado', 'public', 'official', 'oficial',
      'reading list', 'bibliografia', 'register', 'registrarse', 'inscribete', 'apply', 'my kid', 'my son', 'my daughter', 'mi hijo', 'mi hija', 'school', 'escuela', 'class', 'clase',
    ],
    /** Someone a personnel action can be about: a role, a title, a given name. */
    conf_person: [
      ...SHARED_WORDS.person_role!.filter((w) => !['guy', 'dude', 'woman', 'man', 'lady', 'la de', 'el de', 'la del', 'el del'].includes(w)),
      ...SHARED_WORDS.title!, ...SHARED_WORDS.given_name!, 'he', 'she', 'him', 'her', 'el', 'ella',
      // session 13 (lexicon): crews named in the plural.
      'choferes', 'drivers', 'dos choferes', 'two drivers', 'uno es el nuevo', 'one of them is',
    ],
    /** What a personnel post is when it is public or about oneself. */
    conf_personnel_public: [
      // session 15 (round 6 dev alarm): a coworker welcomed back.
      'bienvenida', 'bienvenido', 'welcome back', 'welcome her back', 'welcome him back', 'ya regreso', 'regreso de su', 'back from her', 'back from his', 'returned from',
      // Round 6 (s10-jb): "canned" food, a farewell ("despedida") party.
      'canned food', 'canned goods', 'cans', 'latas', 'despedida de', 'de despedida', 'la despedida', 'fiesta de despedida', 'farewell',
      'announced', 'announces', 'press release', 'press conference', 'statement', 'news', 'retire', 'retired', 'retirement', 'retiring', 'congrats', 'congratulations',
      'welcome', 'i got', 'i was', 'i m', 'im', 'me', 'my first job', 'fired up', 'anuncio', 'anunciaron', 'comunicado', 'jubilacion', 'se jubila', 'felicidades', 'bienvenido',
      'yo', 'me corrieron', 'la ciudad informa', 'policy', 'politica', 'training', 'if you', 'si usted',
    ],
    /** Evidence in a case, read from the inside. */
    conf_evidence: [
      'bodycam', 'body cam', 'bodycams', 'dashcam', 'dash cam', 'footage', 'autopsy', 'tox report', 'toxicology', 'dna', 'lab results', 'ballistics', 'forensics',
      'the confession', 'the interview', 'interrogation', 'the 911 call', 'the call recording', 'surveillance video', 'video de vigilancia', 'el video de la camara', 'autopsia', 'el adn', 'la grabacion', 'el toxicologico', 'la confesion', 'el interrogatorio', 'rap sheet', 'criminal history', 'his record', 'her record',
      'antecedentes',
      // Round 5 (s8-jb): internal files and reports on a case or a person.
      'ia report', 'ia file', 'the ia report', 'internal affairs report', 'investigation report', 'crash report', 'incident report', 'police report', 'his file',
      'her file', 'personnel file', 'expediente', 'el expediente', 'su expediente', 'el parte', 'el reporte del', 'el informe de', 'bac', 'blood alcohol',
    ],
    /** Evidence said to show something. */
    conf_shows: [
      'shows', 'showed', 'says', 'said', 'came back', 'matched', 'proves', 'confirms', 'confirmed', 'clearly', 'you can see', 'reveals', 'muestra', 'mostro', 'dice', 'salio',
      'confirma', 'confirmo', 'revela', 'se ve', 'se ve clarito', 'salio positivo', 'positive for',
      'is brutal', 'brutal', 'damning', 'is bad', 'is ugly', 'is wild', 'found', 'dice que', 'says he', 'says she', 'says the', 'was', 'andaba', 'esta feo', 'esta grueso',
      'encontro', 'encontraron',
    ],
    /** Bids, proposals and applicants before an award or a hire is announced. */
    conf_bid: [
      'bid', 'bids', 'rfp', 'rfq', 'proposal', 'proposals', 'vendor', 'vendors', 'firms', 'applicants', 'candidates', 'finalists', 'licitacion', 'licitaciones', 'ofertas',
      'propuestas', 'proveedores', 'candidatos', 'aspirantes', 'finalistas',
    ],
    /** How a bid or hire stands inside: scores, rankings, who is winning. */
    conf_bid_standing: [
      'scores', 'scored', 'score sheets', 'scoring', 'ranked', 'ranking', 'rankings', 'lowest', 'highest', 'cheapest', 'frontrunner', 'front runner', 'going to win',
      'gonna win', 'gets it', 'getting it', 'already picked', 'already decided', 'already chose', 'is a lock', 'wired', 'rigged', 'inside track', 'favorite',
      'puntos', 'puntaje', 'calificaciones', 'calificacion', 'la gana', 'el mas bajo', 'la mas baja', 'ya esta decidido', 'ya escogieron', 'ya eligieron', 'va a ganar',
      'ya esta arreglado', 'la favorita', 'el favorito',
    ],
    /** The public side of bids and hiring: due dates, openings, awards. */
    conf_bid_public: [
      'due', 'submit', 'apply', 'applications', 'open to the public', 'public opening', 'bid opening', 'awarded', 'posted', 'website', 'portal', 'deadline', 'pre bid',
      'we had', 'apply now', 'job fair', 'hiring event', 'fecha limite', 'publicado', 'pagina', 'adjudicado', 'debate', 'forum', 'foro', 'election', 'eleccion', 'vote',
      'votar', 'ballot', 'boleta', 'polls',
      // Round 9 (s12-jb): the scores published after an award.
      'are public', 'is public', 'public now', 'now public', 'bids page', 'bid page', 'son publicos', 'ya son publicas', 'ya son publicos',
    ],
    /** Round 9 (s12-jb): other bidders' prices passed to one bidder. */
    conf_bid_leak: [
      'los precios de los demas', 'las ofertas de los demas', 'las propuestas de los demas', 'los precios de la competencia', 'las cotizaciones de los demas',
      'las otras cotizaciones', 'les paso los precios', 'le paso los precios', 'te paso los precios', 'what the others bid', 'what the other guys bid',
      'the other bids', 'other bidders numbers', 'other bidders prices', 'the competition s numbers', 'the competitions numbers', 'competitors prices',
      'competitors bids', 'the other quotes', 'their competitors quotes', 'i can get you the numbers', 'i ll get you the numbers', 'ill get you the numbers',
    ],
    /** Round 9 (s12-jb): a hazard found inside (a safety system off, a test over the limit) at a place still open. */
    conf_hazard: [
      'been off since', 'has been off', 'have been off', 'off since', 'over the limit', 'came back over', 'above the limit', 'above the action level', 'came back positive',
      'failed inspection', 'failed the inspection', 'no paso la inspeccion', 'reprobo la inspeccion', 'esta apagado desde', 'esta apagada desde', 'lleva apagado',
      'lleva apagada', 'sin funcionar desde', 'sprinkler system', 'sprinklers', 'rociadores', 'chlorine pump', 'bomba de cloro', 'lead samples', 'lead levels',
      'niveles de plomo', 'muestras de plomo', 'e coli', 'bacteria', 'asbestos', 'asbesto', 'gas leak', 'fuga de gas', 'carbon monoxide', 'monoxido',
      'fire alarm', 'alarma contra incendios', 'structural', 'estructural', 'cracked beam', 'viga',
    ],
    /** Round 9 (s12-jb): kept going anyway, or the writer warning people off on the quiet. */
    conf_anyway: [
      'open anyway', 'keep it open', 'keep it open anyway', 'says keep it open', 'still booking', 'still open', 'still letting', 'still running', 'still renting',
      'business as usual', 'keep the kids home', 'keep my kids home', 'keep your kids home', 'wouldn t go', 'wouldnt go', 'i wouldn t swim', 'i wouldnt swim',
      'de todos modos', 'de todas formas', 'igual la abren', 'igual lo abren', 'siguen abriendo', 'siguen rentando', 'siguen dando', 'la mantienen abierta',
      'lo mantienen abierto', 'nos dijeron que siguieramos', 'como si nada', 'yo no llevaria a mis hijos', 'no lleven a sus hijos', 'yo no iria',
      'until after the', 'hasta despues de',
    ],
    /** Round 9 (s12-jb): the hazard already announced, closed or fixed. */
    conf_hazard_public: [
      'closed', 'is closed', 'will be closed', 'cerrada', 'cerrado', 'advisory', 'aviso', 'notice', 'boil water', 'hervir', 'repairs', 'reparaciones', 'fixed',
      'arreglado', 'arreglada', 'thank you', 'gracias', 'reminder', 'press release', 'comunicado', 'reopen', 'reopens', 'reabre', 'test', 'drill', 'simulacro',
      'training', 'inspection passed', 'passed',
    ],
    /** An internal draft or preliminary version. */
    conf_draft: [
      'draft budget', 'budget draft', 'draft plan', 'plan draft', 'draft report', 'report draft', 'draft of the', 'draft policy', 'draft ordinance', 'draft contract',
      'draft memo', 'draft audit', 'draft study', 'draft schedule', 'draft rfp', 'draft proposal', 'draft version', 'draft statement', 'borrador', 'preliminary',
      'working version', 'unreleased', 'internal version', 'not final', 'version preliminar', 'rough draft',
      'proyecto de', 'draft contract', 'draft agreement', 'draft ordinance', 'draft policy', 'draft rules', 'draft schedule',
    ],
    /** What a draft is said to contain. */
    conf_draft_content: [
      'cuts', 'cut', 'eliminates', 'eliminate', 'closes', 'close', 'closing', 'has', 'shows', 'says', 'would', 'raises', 'raise', 'includes', 'puts', 'moves', 'drops',
      'gets rid of', 'lays off', 'recorta', 'elimina', 'cierra', 'incluye', 'trae', 'dice', 'muestra', 'sube', 'quita', 'corre', 'tiene',
    ],
    /** Where a draft is already public. */
    conf_draft_public: ['mock', 'nfl', 'nba', 'mlb', 'nhl', 'fantasy', 'beer', 'beers', 'on draft', 'cerveza', 'pick', 'picks', 'round', 'public comment', 'comment period', 'open for comment', 'comments', 'review it', 'posted', 'online', 'website', 'hearing', 'survey', 'feedback', 'comentarios', 'opinion publica', 'encuesta', 'en linea', 'publicado', 'email', 'resume', 'essay', 'paper', 'post'],

    /** Who decides inside the City, as an insider names them. */
    conf_they: [
      'they', 'theyre', 'they re', 'the city', 'city', 'council', 'the council', 'management', 'admin', 'hr', 'the chief', 'the director', 'the city manager', 'upstairs',
      'the higher ups', 'higher ups', 'the bosses', 'the brass', 'corporate', 'leadership', 'the department', 'the mayor', 'los de arriba', 'la ciudad', 'el concejo',
      'el jefe', 'la jefa', 'el director', 'la directora', 'recursos humanos', 'la administracion', 'van', 'ya van', 'nos van',
    ],
    /** A plan not yet carried out, said as inside knowledge. */
    conf_plan: [
      'planning to', 'planning on', 'plan to', 'plans to', 'about to', 'fixing to', 'fixin to', 'gonna', 'going to', 'want to', 'wants to', 'looking at', 'talking about',
      'considering', 'decided to', 'already decided', 'have decided', 'quietly', 'secretly', 'piensan', 'piensa', 'planean', 'planea', 'quieren', 'quiere', 'van a', 'va a', 'ya decidieron', 'decidieron',
      'estan pensando en', 'estan viendo', 'a escondidas', 'calladitos',
    ],
    /** What a plan does to jobs, services or places (bad news the City announces itself). */
    conf_impact: [
      'lay off', 'laying off', 'layoffs', 'let go', 'letting go', 'furlough', 'furloughs', 'freeze', 'hiring freeze', 'privatize', 'privatizing', 'outsource', 'outsourcing',
      'contract out', 'merge', 'merging', 'consolidate', 'consolidating', 'eliminate', 'eliminating', 'cut positions', 'cut jobs', 'cut hours', 'cut overtime', 'cut the night shift',
      'cut routes', 'cut funding', 'cut the budget', 'cutting positions', 'cutting jobs', 'cutting hours', 'cutting overtime', 'close it for good', 'close for good',
      'shut it down', 'shut down', 'shutting down', 'permanently close', 'close permanently', 'sell the', 'selling the', 'sell off', 'raise rates', 'raise the rates', 'raise fees', 'raise the fees', 'raise taxes', 'rate hike', 'fire the', 'fire him', 'fire her', 'replace him',
      'replace her', 'relocate', 'reassign', 'demote', 'dissolve', 'defund',
      'despedir', 'correr a', 'recortes', 'recortar plazas', 'recortar personal', 'recortar el presupuesto', 'eliminar', 'privatizar', 'subcontratar', 'fusionar', 'cerrar para siempre', 'cerrar definitivamente',
      'vender el', 'vender la', 'subir las tarifas', 'subir la tarifa', 'subir el agua', 'subir los impuestos', 'congelar', 'reubicar', 'bajar de puesto',
    ],
    /** Closed-door business of council or management. */
    conf_closed: [
      'closed session', 'closed door', 'closed doors', 'exec session', 'executive session', 'behind closed doors', 'back room', 'backroom', 'off camera', 'after the cameras',
      'sesion cerrada', 'sesion ejecutiva', 'puerta cerrada', 'junta privada', 'reunion privada', 'sin camaras',
    ],
    /** What closed-door business produced, said in the past or as a plan. */
    conf_closed_act: [
      'decided', 'agreed', 'voted', 'talked about', 'discussed', 'they said', 'told us', 'they re', 'theyre', 'gonna', 'going to', 'settling', 'settle', 'picked', 'chose',
      'fire', 'firing', 'hire', 'hiring', 'buy', 'sell', 'approved', 'already', 'deal', 'decidieron', 'acordaron', 'votaron', 'dijeron', 'hablaron de', 'van a', 'escogieron',
      'ya', 'arreglaron', 'aprobaron',
    ],
    /** Notices about a closed session (posted agendas). */
    conf_closed_public: ['will meet', 'meets', 'convene', 'agenda', 'posted', 'notice', 'public', 'may', 'to discuss', 'para discutir', 'se reunira', 'aviso', 'orden del dia'],
    /** A person in an open case. */
    conf_case_person: [
      'suspect', 'the suspect', 'suspects', 'victim', 'the victim', 'victims', 'shooter', 'the shooter', 'the driver', 'the guy who', 'the kid who', 'the girl who',
      'the man who', 'the woman who', 'the deceased', 'the body', 'sospechoso', 'sospechosa', 'victima', 'el muerto', 'la muerta', 'el cuerpo', 'el chofer', 'el conductor',
      'el que disparo', 'el muchacho que', 'la muchacha que',
      // Round 5 (s8-jb): the person as an insider points at them.
      'the girl from', 'the guy from', 'the man from', 'the woman from', 'the kid from', 'the lady from', 'the driver from', 'the victim from', 'the officer who',
      'the cop who', 'el muchacho del', 'la muchacha del', 'el senor del', 'la senora del', 'el chavo del', 'la chava del', 'el oficial que', 'la oficial que',
    ],
    /** What an insider adds about that person. */
    conf_case_reveal: [
      'identified', 'the name', 'his name', 'her name', 'name is', 'se llama', 'lives on', 'lives in', 'lives off', 'vive en', 'vivia en', 'is the son', 'is the daughter',
      'is related', 'is a cop', 'is an officer', 'works for the city', 'works at', 'was high', 'was drunk', 'tested positive', 'confessed', 'confeso', 'we know who',
      'sabemos quien', 'turned out', 'resulto', 'es hijo', 'es hija', 'es sobrino', 'es pariente', 'trabaja en', 'andaba borracho', 'andaba drogado', 'family doesnt know',
      'family hasnt been', 'no saben', 'was already', 'has priors', 'tiene antecedentes', 'was on', 'estaba en',
      'bac', 'blood alcohol', 'over the limit', 'andaba tomado', 'andaba pedo', 'estaba tomado', 'estaba borracho', 'was drinking', 'had been drinking', 'was texting',
      'was speeding', 'had a warrant', 'tenia orden', 'admitted', 'admitio', 'no traia licencia', 'had no license',
    ],
    /** A case report as the department publishes it. */
    conf_case_public: ['police said', 'police say', 'arrested', 'in custody', 'booked', 'charged', 'press release', 'released', 'asks', 'anyone with information', 'crime stoppers', 'call', 'if you', 'news', 'reported', 'arrestado', 'detenido', 'cualquier informacion', 'llame', 'comunicado', 'informo'],

    /**
     * Inside knowledge in passing: the public will hear later, or is told a show; the author
     * was told at work. Broader than {conf_hush}: it only counts next to a {conf_sensitive}.
     */
    conf_insider: [
      'they ll tell', 'theyll tell', 'will tell us', 'tell us in', 'tell you in', 'they ll announce', 'theyll announce', 'will announce', 'gonna announce',
      'going to announce', 'just for show', 'for show', 'formality', 'a formality', 'for the cameras', 'just theater', 'is theater', 'not saying', 'not saying it',
      'wont say', 'won t say', 'arent saying', 'aren t saying', 'nobody s saying', 'nobody is saying', 'not telling', 'wont tell', 'won t tell', 'before anybody',
      'before anyone', 'before it drops', 'when it drops', 'when it comes out', 'before it comes out', 'when it hits', 'before it hits', 'not going out', 'not going public',
      'not being released', 'never be released', 'wont be released', 'won t be released', 'not releasing', 'keeping it', 'told us', 'told me', 'was told',
      'were told', 'we got told', 'at roll call', 'in briefing', 'at briefing', 'in the meeting', 'at the meeting', 'staff meeting', 'in his jacket', 'in her jacket',
      'in his file', 'in her file', 'report says', 'report said', 'memo says', 'memo said', 'email says', 'email said', 'already knows', 'already know', 'already picked',
      'already chose', 'already has', 'already signed', 'already bought', 'already decided', 'already done', 'done deal', 'a done deal', 'quietly', 'secretly',
      'behind the scenes', 'fyi', 'psst', 'spoiler', 'spoiler alert', 
      'nos dijeron', 'me dijeron', 'nos avisaron', 'en la junta', 'en la reunion', 'ya la tiene', 'ya lo tiene', 'ya las tiene', 'ya los tiene', 'ya firmaron',
      'firmaron ayer', 'ya compro', 'ya compraron', 'ya esta firmado', 'ya esta decidido', 'ya decidieron', 'ya escogieron', 'sale en', 'va a salir', 'lo van a decir',
      'nos van a decir', 'no lo dicen', 'no dicen', 'no van a decir', 'no lo van a sacar', 'a escondidas', 'calladitos', 'calladito', 'pura pantalla', 'puro show', 'es puro teatro', 
      // Round 4 (s7-jb): the public (or the council) hears later; the author heard, read or handled it at work; "keep it to yourself".
      'gets told', 'get told', 'gets briefed', 'get briefed', 'goes out', 'comes out', 'come out', 'goes public', 'go public', 'tells everyone', 'tell everyone',
      'tells staff', 'official announcement', 'announcement after', 'announcement is', 'isnt till', 'isn t till', 'isnt until', 'isn t until', 'not till', 'not until',
      'hasnt voted', 'hasn t voted', 'havent voted', 'haven t voted', 'hasnt approved', 'hasn t approved', 'before the vote', 'before council votes', 'before it s official',
      'before its official', 'got the memo', 'we got the memo', 'im hearing', 'i m hearing', 'what im hearing', 'what i m hearing', 'word came down', 'proofread',
      'proofreading', 'i proofread', 'interviewed me', 'already offered', 'offered the job', 'already built', 'keep that to yourself', 'keep it to yourself',
      'keep that to urself', 'keep it to urself', 'not a word', 'mums the word', 'mum s the word', 'shhh', 'todavia no lo saben', 'no lo saben', 'aun no saben',
      'se van a enterar', 'les van a decir', 'les avisan', 'sale el reporte', 'me toco capturar', 'me toco ver', 'me toco revisar', 'ya firmo', 'ya tienen', 'ni una palabra',
      'no lo comenten', 'no comenten', 'todavia no se anuncia', 'todavia no',
      // Round 5 (s8-jb): hearsay asked as a question, the public told later, "already" done inside.
      'anyone else hear', 'anybody else hear', 'did you hear', 'did yall hear', 'did y all hear', 'ya supieron', 'ya saben que', 'ya se enteraron', 'hasnt sent',
      'hasnt gone out', 'hasnt posted', 'havent posted', 'already says', 'already found', 'already cleared', 'already gave', 'already gave it', 'they ll find out',
      'theyll find out', 'find out at', 'when are they going to tell', 'when are they gonna tell', 'going to tell the public', 'gonna tell the public', 'weve known',
      'we ve known', 'known since', 'came up in', 'came up at', 'before they even', 'before the council sees', 'before council sees', 'ni se imaginan',
      'me llego el correo', 'correo interno', 'internal email', 'internal memo', 'found out', 'i found out', 'me entere', 'nos enteramos', 'sale el informe',
      // session 13 (lexicon): the marks of inside knowledge said other ways — the grapevine, good authority, "nobody's been told", "nos van a quitar", "radio pasillo".
      'nos van a quitar', 'nos van a correr', 'nos quieren quitar', 'nos van a recortar', 'we re losing', 'were losing', 'we re getting cut', 'were getting cut', 'just found out',
      'acabo de enterarme', 'me acabo de enterar', 'nadie sabe', 'nobody knows yet', 'no one knows yet', 'the public doesn t know', 'public doesnt know', 'residents don t know',
      'residents dont know', 'la gente no sabe', 'la gente todavia no sabe', 'nobody s been told', 'nobodys been told', 'haven t told', 'havent told', 'no han dicho', 'no han avisado',
      'no nos han dicho', 'no les han dicho', 'no nos han avisado', 'before it s official', 'before its official', 'antes de que sea oficial', 'unofficially', 'extraoficialmente',
      'de buena fuente', 'good authority', 'on good authority', 'reliable source', 'my sources', 'mis fuentes', 'radio pasillo', 'grapevine', 'through the grapevine',
      'en los pasillos', 'higher ups', 'the higher ups', 'los de arriba', 'the brass', 'scoop', 'the scoop', 'primicia', 'spill the tea', 'chismecito', 'tengo chisme',
      'inside info', 'insider info', 'info interna', 'informacion interna', 'know for a fact', 'i know for a fact', 'se los digo yo', 'mark my words', 'ya veran',
      'you didn t hear it from me', 'you didnt hear it from me', 'yo no les dije', 'yo no dije nada', 'no digan que yo', 'don t say i told you', 'dont say i told you',
    ],
    /**
     * Matters that are sensitive while internal: cuts and layoffs, settlements, audit or
     * inspection findings, fault, a hire or a pick, a land deal, an investigation, an open case.
     */
    conf_sensitive: [
      'cut', 'cuts', 'budget cut', 'budget cuts', 'pay cut', 'layoffs', 'lay offs', 'laid off', 'laying off', 'furlough', 'furloughs', 'hiring freeze', 'positions',
      'settlement', 'settled', 'settling', 'payout', 'paid out', 'audit', 'auditors', 'audit found', 'inspection found', 'inspection', 'violations', 'contamination',
      'e coli', 'lead levels', 'failed', 'missing', 'embezzled', 'stole', 'our fault', 'crew s fault', 'crews fault', 'the city s fault', 'citys fault', 'at fault', 'liable', 'lawsuit', 'sued', 'suing', 'claim', 'raise', 'raises',
      'bonus', 'the new chief', 'new police chief', 'new fire chief', 'new director', 'new city manager', 'hiring', 'interviews', 'the posting', 'finalists', 'picked',
      'the land', 'the lot', 'the property', 'the building', 'buy', 'bought', 'buying', 'purchase', 'deal', 'investigation', 'investigating', 'ia', 'internal affairs',
      'complaint', 'complaints', 'dwi', 'record', 'priors', 'discipline', 'fired', 'suspended', 'demoted', 'reassigned', 'pulled from the budget',
      'closing', 'close', 'shut down', 'wont reopen', 'won t reopen', 'not reopening', 'consolidate', 'merge', 'privatize', 'outsource', 'rate increase', 'rate hike',
      'recortes', 'recorte', 'despidos', 'corridos', 'plazas', 'arreglo', 'indemnizacion', 'auditoria', 'inspeccion', 'faltan', 'faltante', 'nuestra culpa', 'culpa de la ciudad', 'demanda',
      'aumento', 'bono', 'nuevo jefe', 'nueva jefa', 'nuevo director', 'nueva directora', 'contratar', 'entrevistas', 'terreno', 'terrenos', 'propiedad', 'edificio',
      'compro', 'compraron', 'comprar', 'investigacion', 'asuntos internos', 'queja', 'quejas', 'antecedentes', 'suspendido', 'suspendida', 'despedido', 'despedida',
      'cerrar', 'cierre', 'no va a abrir', 'no van a abrir', 'privatizar', 'tarifas', 'la lista',
      // Round 4 (s7-jb): service changes, rates, land, hires and case facts as an insider states them.
      'dropping', 'drop routes', 'routes', 'route cuts', 'cut routes', 'once a year', 'once a month', 'going up', 'goes up', 'go up', 'rates', 'water rates', 'fee increase',
      'moving the', 'relocating', 'relocate', 'appraisal', 'appraised', 'the offer', 'job offer', 'offer goes out', 'ranked', 'ranking', 'top bid', 'lowest bid', 'confessed',
      'dna', 'suspect', 'the suspect', 'cut sundays', 'cutting hours', 'hours cut', 'eliminated', 'missing from', 'short', 'la compra', 'van a cerrar', 'suben', 'van a subir',
      'recortar', 'mover', 'reubicar', 'sospechoso', 'confeso', 'primer lugar', 'faltan', 'el puesto', 'la plaza',
      // Round 5 (s8-jb): sales, promotions, awards, reviews, findings, fares, sites.
      'sold', 'getting sold', 'selling', 'promotion', 'promoted', 'gave it to', 'award', 'the contract', 'got the contract', 'review', 'the review', 'findings',
      'audit findings', 'failed testing', 'failed inspection', 'fares', 'fare increase', 'raising', 'layoff', 'positions cut', 'folding', 'merging', 'depot',
      'new site', 'ascenso', 'lo ascendieron', 'la ascendieron', 'tarifa', 'pasaje', 'van a recortar', 'cerrar', 'el contrato', 'la adjudicacion', 'vender', 'vendieron',
      'auditoria encontro', 'hallazgos', 'estimate', 'engineers estimate', 'promotion list', 'lista de ascensos', 'ascensos', 'merged', 'getting merged',
      'aumentos', 'no raises', 'no va a haber aumentos', 'evaluacion', 'wont open', 'won t open', 'not opening', 'expediente', 'le abrieron expediente',
    ],
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
      id: 'judgement.confidential.insider_plan',
      category: 'confidential',
      message: {
        en: 'Tells what the City is planning (cuts, closures, sales, firings) before it is announced.',
        es: 'Cuenta lo que la Ciudad planea (recortes, cierres, ventas, despidos) antes de que se anuncie.',
      },
      cooccur: [
        { all: ['conf_plan', 'conf_impact'], within: 3, ordered: true, unless: ['conf_public'], guardWithin: 10 },
        { all: ['conf_closed', 'conf_closed_act'], within: 8, unless: ['conf_closed_public'], guardWithin: 8 },
        { all: ['conf_insider', 'conf_sensitive'], within: 9, unless: ['conf_public'], guardWithin: 10 },
      ],
      examples: {
        hit: [
          'management is planning to outsource the fleet shop to a private company next year',
          'they are quietly looking at closing the Westside branch after the summer',
          'la administración piensa privatizar la recolección de basura',
          'in executive session they talked about buying the old Kmart lot',
        ],
        miss: [
          'Council will meet Tuesday to discuss the land purchase, per the posted agenda.',
          'The City will close Mesa St on Saturday for the parade.',
          'We are going to close the lanes on I-10 overnight, plan ahead.',
        ],
      },
    },
    {
      id: 'judgement.confidential.case_person',
      category: 'confidential',
      message: {
        en: 'Gives details about a suspect or victim in an open case that the department has not released.',
        es: 'Da detalles de un sospechoso o una víctima de un caso abierto que el departamento no ha dado a conocer.',
      },
      // Round 5 (s8-jb): a case number with what the file says ("Case #24-1187, the girl from the crash, her BAC was .21").
      patterns: ['(?:case|caso|incident|incidente|folio|expediente|report|reporte) (?:number |no |num |numero )?[0-9]{2,}(?: [0-9]{2,})? {~9}(?:{conf_case_reveal}|{conf_case_person}|{conf_evidence})'],
      cooccur: [{ all: ['conf_case_person', 'conf_case_reveal'], within: 5, unless: ['conf_case_public'], guardWithin: 8 }],
      examples: {
        hit: [
          'the victim from the Dyer crash is the son of a council aide, family doesn\'t know yet',
          'el sospechoso de lo de la Alameda vive en la misma cuadra, ya sabemos quién es',
          'the driver was drunk, I was on scene, they are keeping it quiet',
        ],
        miss: [
          'Police said the suspect was arrested and booked this morning; anyone with information should call Crime Stoppers.',
          'The driver of Route 14 waved at my kid, made her day.',
        ],
      },
    },
    {
      id: 'judgement.confidential.personnel_said',
      category: 'confidential',
      message: {
        en: 'Says a named or described coworker is being disciplined, investigated or let go. Personnel matters are confidential.',
        es: 'Dice que una persona del trabajo está siendo sancionada, investigada o despedida. Los asuntos de personal son confidenciales.',
      },
      cooccur: [{ all: ['conf_person', 'conf_personnel'], within: 7, unless: ['conf_personnel_public'], guardWithin: 8 }],
      examples: {
        hit: [
          'Sgt Moreno is under investigation for the overtime thing, keep that to yourselves',
          'the new inspector at code got walked out yesterday, something about the permits',
          'a la supervisora de cajas la mandaron a su casa con licencia administrativa',
        ],
        miss: [
          'Chief Ramos announced his retirement today after 30 years, congratulations!',
          'I got fired from my first job at a car wash lol',
          'Fired up for the game tonight, officer Diaz is grilling!',
        ],
      },
    },
    {
      id: 'judgement.confidential.case_evidence',
      category: 'confidential',
      message: {
        en: 'Tells what the evidence in a case shows (footage, autopsy, DNA) before it is released.',
        es: 'Cuenta lo que muestra la evidencia de un caso (video, autopsia, ADN) antes de que se haga pública.',
      },
      cooccur: [{ all: ['conf_evidence', 'conf_shows'], within: 5, unless: ['conf_public'], guardWithin: 8 }],
      examples: {
        hit: [
          'the bodycam from Saturday clearly shows the kid had his hands up',
          'la autopsia salió positivo para fentanilo, todavía no lo dicen en las noticias',
          'DNA came back on the Northgate case and it is the stepdad',
        ],
        miss: ['The department released the bodycam footage on its website this afternoon.', 'Watch the video of our new fire engine!'],
      },
    },
    {
      id: 'judgement.confidential.bid_standing',
      category: 'confidential',
      message: {
        en: 'Tells how bids, proposals or applicants stand before the award or hire is public.',
        es: 'Dice cómo van las ofertas, propuestas o aspirantes antes de que se haga pública la adjudicación o la contratación.',
      },
      cooccur: [
        { all: ['conf_bid', 'conf_bid_standing'], within: 8, unless: ['conf_bid_public'], guardWithin: 8 },
        // Round 9 (s12-jb): other bidders' prices offered to one bidder ("si quiere ganar la licitación… le paso los precios de los demás").
        { all: ['conf_bid', 'conf_bid_leak'], within: 16, unless: ['conf_bid_public'], guardWithin: 8 },
      ],
      // Round 9 (s12-jb): the offer itself, whatever sentence names the bid.
      patterns: [
        '(?:le|les|te) (?:paso|pasamos|doy|damos|consigo|mando|enseno|digo) (?:los precios|las ofertas|las propuestas|las cotizaciones|los numeros|los montos) de (?:los demas|la competencia|los otros|las otras empresas)(?= \\.|$| (?:por|para|si|y|pero|antes|jaja|a cambio|con|nomas|ok|eh)(?![^ .]))',
        '(?:i ll|ill|i can|i could|we can|we ll) (?:get|give|send|slip|show|tell) you (?:the |what )?(?:other bids|other bidders|the others bid|the other guys bid|competitors|competition s|competitions)(?: numbers| prices| quotes| bids)?(?![^ .])',
      ],
      examples: {
        hit: [
          // Round 9 (s12-jb)
          'Si quieren ganar la licitación del parque, hablen conmigo. Por una comisión les paso los precios de los demás.',
          'we can send you the other bidders numbers before Friday if your company makes it worth our while',
          'for the janitorial RFP I can get you the competitors quotes, dm me',
          'Score sheets are in on the janitorial RFP and the Phoenix company is way ahead',
          'de los finalistas para jefe de bomberos ya está decidido, es el de San Antonio',
          'the paving bids came in and Rio Grande Paving is the lowest by 400k',
        ],
        miss: [
          'Bids are due Friday at 2pm on the purchasing portal.',
          'The contract was awarded to the lowest bidder, details are posted online.',
          // Round 9 (s12-jb)
          'Council awarded the paving contract last night. The scoring sheets are public now on the bids page.',
          'Te paso los precios de los demás tacos del menú por WhatsApp.',
        ],
      },
    },
    {
      id: 'judgement.confidential.draft_content',
      category: 'confidential',
      message: {
        en: 'Tells what an internal draft says before it is released.',
        es: 'Cuenta lo que dice un borrador interno antes de que se publique.',
      },
      cooccur: [{ all: ['conf_draft', 'conf_draft_content'], within: 5, unless: ['conf_draft_public'], guardWithin: 10 }],
      examples: {
        hit: [
          'the draft budget cuts the Sunday hours at every branch',
          'el borrador del plan de rutas quita la 33 y la 62',
        ],
        miss: ['The draft Climate Action Plan is open for public comment until March 1.', 'NFL draft party at my place Sunday!'],
      },
    },
    {
      id: 'judgement.confidential.inside_knowledge',
      category: 'confidential',
      message: {
        en: 'Passes on something from inside the City that is not public yet (a decision, a document, a personnel or case matter).',
        es: 'Comparte algo de adentro de la Ciudad que todavía no es público (una decisión, un documento, un asunto de personal o de un caso).',
      },
      cooccur: [
        { all: ['conf_hush', 'conf_matter'], within: 9, unless: ['conf_public'], guardWithin: 10 },
        // Round 6 (s10-jb): the source or the hush a clause away from the matter.
        { all: [['conf_seen_doc', 'conf_hush'], 'conf_matter_internal'], within: 14, unless: ['conf_public'], guardWithin: 6 },
      ],
      examples: {
        hit: ['If you are thinking of buying near the old Asarco site, do it now before they announce the development', 'Llegó un cuerpo al forense, es la muchacha desaparecida de Horizon, la familia todavía no sabe', 
          'Word around city hall is they are merging Streets and Parks maintenance in July, nobody knows this yet',
          'Entre nos, el presupuesto nuevo trae recortes para la biblioteca del Valle',
          'heads up, HR is covering up the complaints against the deputy director',
        ],
        miss: ['The family has not been told a date for the memorial yet, we will post it when we know', 
          'Reminder: never share internal memos outside the department.',
          'Don\'t tell my wife I bought another fishing rod lol',
          'Es oficial: la alberca abre el 1 de junio, vean el comunicado.',
          'Lost dog on Mesa: I saw him near the library 10 minutes ago',
          'I saw a lot of families at the splash pad today, and the fire truck up close',
        ],
      },
    },
    {
      id: 'judgement.confidential.inside_source',
      category: 'confidential',
      message: {
        en: 'Passes on something the author saw or heard inside the City that is not public yet.',
        es: 'Comparte algo que la persona vio u oyó dentro de la Ciudad y que todavía no es público.',
      },
      cooccur: [
        { all: ['conf_source', 'conf_matter_internal'], within: 6, unless: ['conf_public'], guardWithin: 10 },
        // session 13 (lexicon): who made a complaint, told by the one who took it ("who called in the noise complaint? … I took the call").
        { all: ['conf_complainant', ['conf_work_access', 'conf_source']], within: 16, unless: ['conf_public'], guardWithin: 6 },
      ],
      examples: {
        hit: ['La señora que denunció al taller de la 10 es la esposa del dueño del otro taller, yo tomé el reporte', 'the one who called in the noise complaint is their own landlord, I took the call lol', 
          'I saw the layoff list on my boss\'s desk, twelve names from fleet',
          'got my hands on the shortlist for fire chief, two of the three are from out of state',
          'Ya vi la lista de despidos, mi compadre viene en ella y ni sabe',
        ],
        miss: ['If you want to know who reported the pothole, it was a resident through 311, thanks to them!', 
          'The audit of the fleet division was posted online today, read the full report on the City website.',
          'Saw the budget presentation at the public hearing, lots of good questions from residents.',
          'Don\'t tell my wife I bought another fishing rod lol',
          'Es oficial: la alberca abre el 1 de junio, vean el comunicado.',
        ],
      },
    },
    {
      id: 'judgement.confidential.not_yet_public',
      category: 'confidential',
      message: {
        en: 'Shares something the City has not announced yet ("not official yet", "keep it quiet until it\'s announced").',
        es: 'Comparte algo que la Ciudad todavía no ha anunciado ("todavía no es oficial", "no digan nada hasta que lo anuncien").',
      },
      patterns: [
        '(?:todavia no|aun no|not yet|isnt yet|hasnt been|havent|hasnt|no han|no lo han|no la han) (?:lo |la |los |las |been |es |esta |is )?(?:announced|public|official|made public|released|anunciado|anunciada|anuncian|anunciaron|oficial|publico|publica|presentado|presentada|presentan|presented)',
        '(?:isnt|is not|not|no es|no esta|wasnt|hasnt been|aint|wont be|won t be|isn t) (?:official|public|announced|out|released|oficial|publico|publica|anunciado|anunciada) (?:yet|todavia|aun|till|until|hasta|before)',
        // Said to be secret and shared anyway: "todavía es secreto", "confidential but everybody should know".
        '(?:todavia|aun|still|supposedly|supuestamente) (?:es |is |are |son |esta |estan |its |it s )?(?:secreto|secret|confidential|confidencial|under wraps|hush hush|classified)',
        '(?:secreto|secret|confidential|confidencial|classified|hush hush) (?:but|pero|so|asi que|lol|jaja)',
        '(?:lo|la|los|las) (?:van a anunciar|anuncian|anunciaran|van a hacer publico|hacen publico) (?:hasta|till|until)(?![^ .])',
        // session 15: the announcement or the people told are still to come ("no los publican hasta el lunes", "press release isn't", "the family hasn't been told").
        '(?:no|todavia no|aun no) (?:lo |la |los |las |les |le )?(?:publican|van a publicar|sueltan|van a soltar|dan a conocer|avisan|han avisado|notifican|han notificado|han dicho|dicen) (?:[^ .]+ )?(?:hasta|a la prensa|a los|a las|a la familia|todavia|aun)',
        '(?:todavia|aun) no (?:lo |la |los |las |les |le |se )?(?:publican|publica|sueltan|suelta|dan a conocer|anuncia|anuncian|dicen|han dicho|avisan|notifican)(?! (?:la fecha|cuando|nada|los horarios|el horario|donde))',
        '(?:announcement|press release|the release|anuncio|comunicado) (?:isn t|isnt|is not|won t be|wont be|no es|no sale|todavia no)(?: (?:out|ready|listo|hasta|till|until))?',
        '(?:family|families|familia|familias|tenants|residents|inquilinos|the press|la prensa|the public|employees|the neighborhood|next of kin) (?:[^ .]+ ){0,2}(?:hasn t|hasnt|haven t|havent|has not|have not|doesn t|doesnt|don t|dont) (?:even )?(?:been )?(?:told|notified|informed|know yet|have any idea|have no idea)(?! (?:a date|the date|when|the time|where|about the (?:memorial|service|funeral)))',
        '(?:todavia|aun) no (?:lo |la |les |le )?(?:sabe|saben|avisan|les avisan|notifican) (?:la prensa|la familia|los vecinos|los inquilinos|el|ella|ellos|nadie)',
        '(?:pero|but) (?:el|ella|he|she|they|ellos|ellas) (?:no sabe|no saben|doesn t know|doesnt know|don t know|dont know|has no idea|have no idea|no tiene idea|no tienen idea)(?! (?:how|what|como|que|where|donde|why|porque))',
        '(?:before|antes de que|antes de) (?:it s |its |it is |they |lo |la )?(?:announced|announce it|announce|anuncien|lo anuncien|la anuncien|se anuncie|made public|goes public|se haga publico)',
        '(?:until|till|hasta) after the (?:[^ .]+ )?(?:vote|election|meeting|hearing)|hasta despues de (?:la |las )?(?:[^ .]+ )?(?:votacion|elecciones|junta)',
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
      // session 13 (lexicon): someone looked up in a City system ("the mayor's water bill… I saw it in the billing system").
      cooccur: [{ all: ['conf_lookup', ['conf_person', 'person_ref', 'title']], within: 12, unless: ['conf_public', 'conf_personnel_public'], guardWithin: 6 }],
      patterns: [
        '(?:i saw|i seen|i ve seen|ive seen|i read|ive read|i ve read|saw|seen|i got a copy of|got a copy of|have a copy of|tengo copia de|vi|ya vi|lei|yo vi|me toco ver) (?:the |a |an |el |la |los |las |una |un )?(?:[a-z]+ )?{conf_doc}(?! (?:about|on|for|of) (?:ugly|the party|potluck|sweater|casual|parking))',
        // Paperwork the author handled: "I just processed the councilwoman's son's DWI paperwork".
        '(?:processed|typed up|typed|filed|drafted|procese|capture|redacte|me toco procesar|me toco capturar) (?:the |a |an |el |la |los |las |una |un )?{~4}(?:paperwork|papers|offer letter|termination letter|letter|file|papeles|expediente|carta|oficio|documentos)',
        // A draft passed around the office before it is public.
        '(?:draft|drafts|borrador|copy|copia) {~8}(?:floating around|going around|circulating|making the rounds|anda circulando|anda rondando|esta circulando)',
        '(?:i work|i answer|i sit on|i m on|im on|i handle|trabajo|estoy) (?:in |at |on |en )?{~4}(?:so trust me|trust me|so i can (?:say|tell)|so i know|i saw|i ve seen|ive seen|asi que creanme|asi que les digo|so i can say this|yo vi|ya vi)',
        // An internal paper quoted: "the memo says they're outsourcing", "el borrador dice que van a cerrar".
        '(?:the|this|el|la|un|a|an|internal|interno|interna|leaked|filtrado|filtrada) (?:internal |leaked )?(?:memo|memos|memorandum|draft|borrador|oficio|circular|internal email|correo interno|minuta)(?: from [a-z]+| de [a-z]+)? (?:says|said|shows|dice|decia|muestra|confirms|confirma) (?:that |que )?(?:they|we|the city|the chief|theyre|they re|van|vamos|la ciudad|el jefe|se van|[a-z]+ (?:is|are|va|van))',
        // Open-case details: "we got a tip on the homicide, the suspect is the neighbor".
        '(?:suspect|the shooter|the killer|sospechoso|sospechosa|el asesino) (?:is|s|es|was|era) (?:the |his |her |el |la |su |a |un |una )?(?:neighbor|boyfriend|girlfriend|husband|wife|ex|cousin|brother|son|vecino|vecina|novio|novia|esposo|esposa|primo|hermano|hijo)',
        '(?:we|they|detectives|cops|police|la policia|los detectives|ya) (?:got|have|already have|tienen|ya tienen|tenemos) (?:a |an |the |un |una |el )?(?:tip|lead|suspect|match|dna match|pista|sospechoso|soplo)(?: on| in| about| en| del| de)? {~4}(?:homicide|murder|shooting|case|robbery|asesinato|homicidio|balacera|caso|robo)',
      ],
      examples: {
        hit: ['I ran his plates during the traffic stop, the councilman has 14 unpaid tickets', 'La vecina del regidor está en el sistema por fraude, la busqué en el sistema ayer', 
          'I saw the internal memo, they are cutting the night shift at the landfill',
          'Trabajo en compras y ya vi los números, la licitación la gana la de Houston',
          'i work in permits so trust me, the new fee schedule is going up',
        ],
        miss: ['The clerk can look up your account in the billing system if you bring your bill', 
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
      // session 13 (lexicon): a negotiating position told before the deal ("the city's max offer is 3%").
      cooccur: [{ all: ['conf_negotiation', 'conf_party'], within: 10, unless: ['conf_public'], guardWithin: 6 }],
      patterns: [
        '(?:exec|executive|closed|closed door|closed doors) sessions? {~8}(?:decided|decidieron|voted|agreed|acordaron|they re|theyre|gonna|going to|settling|settle|picked|chose|fire|firing|hire|buy|pay|paying)',
        '(?:sesion cerrada|sesion ejecutiva|sesion privada|junta privada|puerta cerrada) {~4}(?:decidieron|acordaron|votaron|van a|escogieron|eligieron)',
        '(?:settling|settle|arreglo|acuerdo|arreglar) {~4}(?:lawsuit|suit|claim|case|demanda|caso) (?:for|por) (?:way |mucho )?(?:more|less|mas|menos|\\$[0-9]+|[0-9]+)',
        '(?:paying|pay|pagar|pagarle|pagando|le van a pagar|les van a pagar|le pagan) (?:the |a la |a los )?(?:family|familia|victim|victims|plaintiff|plaintiffs|victima|victimas|lawyer|abogado) {~6}(?:\\$[0-9]+|[0-9]+ (?:million|millones|mil|grand))',
        '(?:already|ya) (?:picked|chose|decided on|selected|awarded|escogieron|eligieron|decidieron|le dieron|le dieron el contrato a) {~6}(?:before|antes de) (?:the |la |el )?(?:rfp|bid|bids|licitacion|vote|votacion|meeting|junta|hearing|council|concejo)',
        '(?:city|ciudad|county|condado|city s|citys)(?: is| s| esta)? (?:about to|going to|gonna|fixing to|va a|esta por|already|ya) {~2}(?:make an offer|buy|purchase|comprar|adquirir|firmo|signed) {~6}(?:lot|land|building|property|site|terreno|edificio|propiedad|predio|terrenos)',
        '(?:family|familia|next of kin|the parents|los papas|his family|her family|su familia) (?:doesnt|does not|dont|don t|do not|hasnt|havent|has not|no) (?:(?:know|sabe|saben|lo sabe|lo saben) (?:yet|todavia|aun)|been notified|ha sido notificada|han sido notificados)',
      ],
      examples: {
        hit: ['The union is going to be shocked, the city\'s max offer is 3% and they\'re starting at 1', 'En la negociación con el sindicato lo máximo que la ciudad va a dar es 4%', 
          'closed session ran late, they are settling the Ramirez case for way more than the paper said',
          'En la sesión cerrada decidieron cambiar la compañía del reciclaje, lo anuncian hasta junio',
          'the city is about to buy the old mall site on Mesa for the new rec center',
          'they identified the driver from the crash this morning, family doesn\'t know yet',
        ],
        miss: ['The union presented its final offer at the public council meeting, agenda posted online', 
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
      // Round 4 (s7-jb): the same warning said as "hide / lay low / clean up before they come" (illegal.ts tip_off_evade's classes).
      cooccur: [{ all: ['ill_evade', 'ill_enforce'], within: 14, unless: ['illegal_guard', 'sec_clean'], guardWithin: 6 }],
      examples: {
        hit: ['avísenle a los del puesto de la esquina que hay una redada mañana temprano', 'narcs are hitting the duplexes on Pera tomorrow, tell your cousin to move the stuff tonight'],
        miss: ['Heads up, the library will close early Thursday for staff training.'],
      },
    },
    {
      // Round 9 (s12-jb): a hazard known inside (a safety system off, a test over the limit) at a site kept open, told on the quiet.
      id: 'judgement.confidential.hazard_kept_open',
      category: 'confidential',
      message: {
        en: 'Reveals a safety problem the City knows about inside and has not made public.',
        es: 'Revela un problema de seguridad que la Ciudad conoce por dentro y no ha hecho público.',
      },
      cooccur: [{ all: ['conf_hazard', ['conf_anyway', 'conf_hush']], within: 14, unless: ['conf_hazard_public'], guardWithin: 6 }],
      examples: {
        hit: [
          'the chlorine pump at the Nations pool has been off since Tuesday and they are still letting swim lessons in',
          'los rociadores del centro de convenciones están apagados desde la inundación y siguen rentando el salón',
          'between us, the lead samples at the Ysleta rec center came back over the limit and nobody has posted it',
        ],
        miss: [
          'The Nations pool is closed until repairs to the chlorine pump are done, thank you for your patience',
          'Aviso: los rociadores del centro de convenciones están en reparación, el salón está cerrado',
          'Lead samples at all rec centers came back below the limit, full results on the website',
        ],
      },
    },
    {
      // session 15: an enforcement operation told with its time before it happens ("mañana a las 5 cae el operativo", "sweep Wednesday 5am").
      id: 'judgement.confidential.operation_ahead',
      category: 'confidential',
      message: {
        en: 'Tells people when a police or enforcement operation will happen before it does.',
        es: 'Dice cuándo va a ocurrir un operativo policiaco o de inspección antes de que ocurra.',
      },
      cooccur: [{ all: ['conf_op', 'conf_when'], within: 10, unless: ['conf_op_public', 'conf_public'], guardWithin: 10 }],
      examples: {
        hit: [
          'Narcotics is hitting the duplexes on Pera, raid is Thursday at 5, do not say I said it.',
          'El operativo contra los puestos de la Mesa es mañana temprano, nomás les aviso.',
          'Vice has a sting set up at the motel on Montana this weekend, stay clear lol',
          'Mañana en la madrugada van a catear la casa de la esquina, que nadie diga nada.',
        ],
        miss: [
          'The DWI checkpoint on Zaragoza tonight was announced by PD, drive safe.',
          'Ayer hubo un operativo en la colonia y detuvieron a tres personas, informó la policía.',
          'Operativo de vacunación canina el sábado en el parque Washington, gratis.',
          'Operativo vial por el desfile del sábado: cierres en la avenida Mesa.',
        ],
      },
    },
    {
      // session 15: what an exam asks, told to those who will take it ("the written is the same as last year", "estudien las preguntas del 2025").
      id: 'judgement.confidential.exam_leak',
      category: 'confidential',
      message: {
        en: 'Reveals the content of a City exam before people take it.',
        es: 'Revela el contenido de un examen de la Ciudad antes de que la gente lo presente.',
      },
      cooccur: [{ all: ['conf_exam', 'conf_exam_leak'], within: 10, unless: ['conf_exam_public'], guardWithin: 8 }],
      examples: {
        hit: [
          'Heads up recruits, the written test is the same as last year, I graded it.',
          'El examen de ascenso viene casi igual al del año pasado, ya saben qué estudiar.',
          'Somebody left the answer key for the dispatcher exam in the copy room, I have a pic.',
        ],
        miss: [
          'The study guide for the promotional exam is posted on the HR page.',
          'La guía de estudio del examen de ingreso ya está publicada en la página oficial.',
          'My son said his history exam was the same as last year lol, teachers are tired.',
        ],
      },
    },
  ],
};
