import type { CategoryJudgement } from '../types';

/**
 * official_voice: speaking, apologizing or promising for the City, a department or an elected
 * official. The frames look for the claim of voice ("speaking for Streets", "I'm authorized to
 * tell you", "soy del departamento de agua y les garantizo") and for commitments only the City
 * can make (paying, refunding, admitting fault, not enforcing). Routine notices ("the city will
 * close Mesa St"), shared press releases and "call 311 for the official word" stay clean.
 *
 * Round 6 families (round-6 dev part's misses, as concepts):
 * - the author vouches for it as an insider ("se lo digo yo que soy la bibliotecaria", "I'm telling you
 *   guys as a captain", "quote me", "it's official", "I'm authorizing it myself") + a commitment;
 * - a body forgiving, waiving, giving or replacing ("la biblioteca le perdona las multas", "the utility
 *   will replace your sod", "Harlingen EMS will waive the bill"), certifying or clearing ("consider it
 *   cleared", "ignore that notice");
 * - a body's decision or stance announced by an employee ("will no longer respond", "we're not going to
 *   help", "that's the department's position", "niega todo y va a demandar", "ya dio la orden").
 * Clean side: a greeting "de parte de la Ciudad", relaying what an official announced or said.
 */
export const official_voice: CategoryJudgement = {
  words: {
    /** The author speaking as the City or a department: "we at Parks", "crew here", "on behalf of", "soy de Calles". */
    ov_voice: [
      'we at', 'we here at', 'we in', 'us at', 'our office', 'our department', 'our division', 'our crew', 'our team', 'crew here', 'employee here', 'staff here',
      'as a city', 'as an employee', 'as a city employee', 'as the city', 'as your', 'im an aide', 'i m an aide', 'on her staff', 'on his staff', 'on the mayors staff',
      'on behalf of', 'speaking for', 'speaking as', 'officially', 'i can confirm', 'i can promise', 'i can guarantee', 'message from', 'word from', 'nosotros en', 'nosotros aqui en', 'aqui en la ciudad', 'soy de la ciudad', 'soy de parques', 'soy de calles', 'soy de la biblioteca',
      'en nombre de', 'a nombre de', 'de parte de', 'soy del', 'trabajo en', 'trabajo para', 'i work for the', 'i work at the', 'i work in', 'oficialmente', 'les confirmo', 'como empleado', 'como empleada',
    ],
    /** What only the City may commit to or admit: paying, crediting, fixing for free, fault, a guarantee, a position. */
    ov_commit: [
      'sorry', 'apologize', 'apologizes', 'apology', 'disculpa', 'disculpas', 'credit', 'credit everyone', 'refund', 'reimburse', 'reembolso', 'reembolsar',
      'pay for', 'will pay', 'pagar', 'pagarle', 'pagarles', 'reponer', 'cover it', 'cover the', 'cover your', 'redo it', 'for free', 'gratis', 'sin costo', 'messed up',
      'our fault', 'at fault', 'liable', 'responsibility', 'responsable', 'responsabilidad', 'we owe', 'owe you', 'owe that', 'le debemos', 'les debemos', 'guarantee',
      'guaranteed', 'garantiza', 'garantizo', 'garantizamos', 'promise', 'promises', 'prometo', 'prometemos', 'se los prometo', 'you have my word', 'my word', 'palabra',
      'compromiso', 'not be enforcing', 'wont enforce', 'won t enforce', 'not enforcing', 'no vamos a multar', 'no vamos a aplicar', 'nobody is getting fined',
      'no one is getting', 'against', 'oppose', 'opposes', 'we support', 'fully support', 'stands with', 'stand with', 'condemn', 'condemns', 'endorse', 'endorses',
      'en contra', 'a favor', 'apoyamos', 'respaldamos', 'did nothing wrong', 'justified', 'no hizo nada malo', 'waive', 'waived', 'perdonar', 'drop the', 'no fines',
      'no tickets', 'no va a cerrar', 'will stay open', 'not closing', 'wont close', 'won t close', 'will never', 'nunca vamos',
      // round 5: decisions and outcomes announced as done (decided, approved, signed off, dropped, not happening), dismissing a ticket, 'don't pay'
      'it s decided', 'its decided', 'is decided', 'ya se decidio', 'ya lo decidimos', 'lo decidimos', 'ya esta decidido', 'signed off', 'already signed off', 'ya firmaron', 'ya firmo', 'done deal', 'es un hecho', 'is not happening', 'it s not happening', 'its not happening', 'not happening', 'no va a pasar', 'no se va a hacer', 'dropped them', 'we dropped', 'para siempre', 'eliminamos', 'quitamos', 'we got rid of', 'make it go away', 'make them go away', 'get it dismissed', 'get it dropped', 'dismissed', 'se la quito', 'se lo quito', 'tumbar la multa', 'quitarle la multa', 'dont pay', 'don t pay', 'no pague', 'no paguen', 'no le paguen', 'refunding', 'will be refunding', 'approves', 'approves your', 'aprueba su', 'aprobamos', 'start building', 'empiece a construir', 'paperwork comes later', 'no need for a permit', 'no necesita permiso', 'we don t have the staff', 'we dont have the staff', 'no tenemos personal', 'no tenemos gente', 'wont do anything', 'won t do anything', 'not gonna do anything', 'no van a hacer nada', 'les vamos a multar', 'le vamos a multar', 'vamos a multar', 'ya se acordo', 'se acordo', 'ya quedo acordado', 'les va a dar', 'le va a dar',
    ],
    /**
     * Round 4: more ways of claiming the voice, from the concept (an official reply, a position "on
     * the record", representing, "habla la oficina", "I work there so trust me", "you have our word").
     */
    ov_claim: [
      'official response', 'official reply', 'official answer', 'official statement', 'reply from', 'response from', 'answer from', 'commenting for', 'commenting on behalf',
      'on the record', 'official position', 'official stance', 'our position', 'our stance', 'the citys position', 'the city s position', 'nuestra postura', 'postura oficial',
      'representing', 'representando', 'en representacion', 'habla la', 'habla el', 'les habla', 'le habla', 'aqui el departamento', 'aqui la oficina', 'aqui la ciudad',
      'here at', 'dept here', 'department here', 'office here', 'city here', 'i work there', 'i work for', 'i work at', 'works at', 'who works', 'city staff', 'city employee',
      'city worker', 'empleado de la ciudad', 'empleada de la ciudad', 'empleado municipal', 'empleada municipal', 'trabajo en la', 'trabajo en el', 'you have our word',
      'you have my word', 'tienen mi palabra', 'tienen nuestra palabra', 'le doy mi palabra', 'les doy mi palabra', 'speaking as', 'i promise', 'we promise', 'les prometo',
      'le prometo', 'te prometo', 'i guarantee', 'we guarantee', 'les garantizo', 'le garantizo', 'garantizamos', 'lo garantizamos', 'le confirmo', 'te confirmo',
      'i can tell you', 'let me make this clear', 'trust me', 'admin of this page', 'page admin', 'this page is', 'de parte de la', 'de parte del', 'as an employee of',
      'as someone who works', 'from someone inside', 'from the inside', 'desde adentro', 'on behalf of the', 'for the department', 'for the city', 'por la ciudad',
      'por el departamento', 'inspector de la ciudad', 'su inspector', 'your inspector', 'your city', 'su ciudad', 'we the city', 'nosotros la ciudad',
      // round 5: more ways of claiming the voice: working there, being on the force, 'aquí la de recursos humanos', assurances
      'work there', 'yo trabajo ahi', 'trabajo ahi', 'trabajo alli', 'yo trabajo en', 'i m on the force', 'im on the force', 'on the force', 'i m a cop', 'im a cop', 'soy policia', 'soy bombero', 'soy bombera', 'aqui la de', 'aqui el de', 'aqui su', 'habla su', 'heres your', 'here s your', 'your friendly', 'les aseguro', 'le aseguro', 'te aseguro', 'se los aseguro', 'i assure you', 'i can assure you', 'rest assured', 'de parte de la ciudad', 'i know because i work', 'lo se porque trabajo', 'lo digo porque trabajo', 'i work for the city', 'trabajo para la ciudad', 'trabajo en la ciudad', 'insider here', 'someone from the city',
      // round 6
      'i m telling you', 'im telling you', 'i m telling you guys', 'tell them i said so', 'se lo digo yo', 'se los digo yo', 'se lo digo como', 'se los digo como', 'quote me', 'you can quote me', 'it s official', 'its official', 'i m authorizing', 'im authorizing', 'authorizing it', 'lo autorizo', 'yo lo autorizo', 'i officially', 'ill make sure of it', 'i ll make sure of it', 'como trabajador', 'como trabajadora', 'trabajador de la ciudad', 'trabajadora de la ciudad', 'council staff', 'the department s position', 'the departments position', 'the city s position', 'the citys position', 'la postura del departamento', 'la postura de la ciudad', 'por parte del', 'por parte de la', 'soy la bibliotecaria', 'soy el bibliotecario', 'as a captain', 'as the captain', 'as a city inspector', 'the union rep',
      // session 15: the voice claimed as a spokesperson, a message "from" a body, an "official" word, a role the author holds.
      'vocera', 'vocero', 'como vocera', 'como vocero', 'vocera no oficial', 'vocero no oficial', 'unofficial spokesperson', 'mensaje oficial', 'aviso oficial', 'anuncio oficial',
      'comunicado oficial', 'es oficial', 'ya es oficial', 'esto es oficial', 'take this as official', 'take it as official', 'consider this official', 'tomenlo como oficial',
      'tomenlo oficial', 'official from', 'officially from', 'officially telling', 'i m officially', 'im officially', 'i am officially', 'les digo oficialmente', 'oficialmente les',
      'posicion oficial', 'la posicion oficial', 'official position', 'hablo x', 'hablo por la ciudad', 'hablo por el departamento', 'answering for', 'answering for the',
      'responding for', 'replying for', 'respondo por', 'contesto por', 'respondiendo por', 'contestando por', 'en nombre del', 'a nombre del', 'de parte del alcalde',
      'de parte de la alcaldesa', 'en representacion del', 'en representacion de la', 'les hablo en representacion', 'i m authorized', 'im authorized', 'i am authorized',
      'authorized to say', 'authorized to tell', 'estoy autorizado', 'estoy autorizada', 'autorizado para decir', 'autorizada para decir', 'i run the', 'i manage the',
      'manejo sus redes', 'manejo las redes', 'i run their', 'it s confirmed', 'its confirmed', 'esta confirmado', 'yo lo confirmo', 'lo confirmo', 'confirmado',
      'let me be clear', 'per my conversation with', 'i spoke to the chief', 'spoke to the chief', 'ya lo hable con', 'me lo dijo', 'el me lo dijo', 'ella me lo dijo',
      'i can commit', 'coordinator here', 'manager here', 'director here', 'supervisor here', 'lead here', 'captain here', 'you heard it from',
      'as a city employee', 'as a staffer', 'as a driver for', 'as someone who s worked', 'as someone who has worked', 'as a 19 year', 'year employee',
      'como empleada del', 'como empleado del', 'como empleada de', 'escribo como', 'hablo como', 'les digo como', 'le digo como', 'como trabajador de', 'como trabajadora de',
      'los que trabajamos en', 'those of us at', 'we at the', 'from your friendly', 'aqui su amiga', 'aqui su amigo', 'aqui tu amiga', 'aqui tu amigo',
      ...['director', 'directora', 'manager', 'coordinator', 'coordinadora', 'coordinador', 'shift lead', 'supervisor', 'supervisora', 'captain', 'capitan', 'sargento',
        'sergeant', 'custodio', 'custodia', 'encargada', 'encargado', 'jefe', 'jefa', 'chief', 'deputy director', 'program coordinator', 'staffer', 'aide'].flatMap((r) => [
        `as the ${r}`, `as a ${r}`, `as an ${r}`, `as your ${r}`, `as ${r}`, `como ${r}`, `como el ${r}`, `como la ${r}`, `como su ${r}`]),
      // round 7
      'i m announcing', 'im announcing', 'i am announcing', 'announcing right now', 'estoy anunciando', 'les anuncio', 'i m promising', 'im promising', 'i am promising', 'promising you', 'city promise', 'a city promise', 'promesa de la ciudad', 'i m with the', 'im with the', 'i am with the', 'from me', 'de mi parte', 'straight from me', 'you heard it here', 'you heard it from me', 'yo como', 'como inspector', 'como inspectora', 'como oficial', 'como bombero', 'como empleado de', 'as an inspector', 'as an officer', 'as a firefighter', 'yo que trabajo', 'se los digo yo que', 'se lo digo yo que', 'les digo yo que', 'hablando por', 'hablo por la', 'hablo por el', 'hablo en nombre', 'i speak for', 'i m speaking for', 'im speaking for', 'speaking for the', 'speaking on behalf', 'official word from',
    ],
    /** Round 4: more commitments and positions only the City can take (waiving, not enforcing, blame, backing, "will never"). */
    ov_commit_more: [
      'will not be', 'wont be', 'won t be', 'will never be', 'never be', 'nadie se va a', 'no se cancela', 'se cancela', 'queda cancelada', 'queda cancelado',
      'is cancelled', 'is canceled', 'waived', 'is waived', 'no cost', 'at no cost', 'no charge', 'free of charge', 'agrees with', 'agree with', 'stands behind',
      'behind him', 'behind her', 'fully behind', 'is behind it', 'to blame', 'on us', 'its on us', 'it s on us', 'admits', 'we messed up', 'replace them', 'replace it',
      'reimburse you', 'will pay', 'well pay', 'we ll pay', 'disciplining', 'fining', 'ticketing', 'towing anyone', 'citing anyone', 'no van a cobrar', 'no le van a cobrar',
      'no les van a cobrar', 'no tienen que pagar', 'no tiene que pagar', 'supports the', 'estamos en contra', 'estamos a favor', 'followed procedure', 'did nothing wrong',
      'is final', 'decision is final', 'from now on', 'de ahora en adelante', 'no habra', 'not raising', 'will not raise', 'no va a subir', 'no van a subir', 'we agree',
      'estamos de acuerdo', 'we disagree', 'lo vamos a pelear', 'we will fight', 'vamos a pelear', 'approved for you', 'ya esta aprobado', 'is approved', 'we re banning',
      'were banning', 'we are banning', 'pulling the', 'not cutting', 'will never cut', 'nunca se va a', 'no se va a cerrar', 'no va a cerrar', 'sigue en pie', 'si va',
      // round 5: the same, said of the City as subject
      'will be refunding', 'is refunding', 'is giving', 'will give', 'va a dar', 'les va a dar', 'already approved', 'ya se aprobo', 'ya aprobaron', 'is dropping', 'is eliminating', 'va a eliminar', 'no va a pasar nada',
      // round 5: decisions announced as done, dismissing a ticket
      'it s decided', 'its decided', 'is decided', 'ya se decidio', 'ya lo decidimos', 'ya esta decidido', 'signed off', 'already signed off', 'done deal', 'es un hecho', 'not happening', 'it s not happening', 'make it go away', 'dont pay', 'don t pay', 'no pague', 'no paguen', 'les vamos a multar', 'le vamos a multar', 'vamos a multar', 'ya se acordo',
      // round 6
      'will give you', 'will replace', 'replace your', 'le perdona', 'les perdona', 'se lo va a perdonar', 'se los va a perdonar', 'va a perdonar', 'will forgive', 'forgives', 'certify', 'i certify', 'consider it cleared', 'consider it done', 'ignore that notice', 'ignore the notice', 'ignore that letter', 'ignore the ticket', 'no haga caso', 'no le haga caso', 'says yes', 'says no', 'is voting yes', 'is voting no', 'not going to follow', 'no vamos a seguir', 'no vamos a obedecer', 'will no longer', 'no longer respond', 'ya no va a', 'ya no van a', 'not going to help', 'no vamos a ayudar', 'dio la orden', 'ya dio la orden', 'gave the order', 'va a renunciar', 'is resigning', 'will resign', 'is stepping down', 'niega todo', 'va a demandar', 'will sue', 'le ponen', 'les ponen', 'free bus pass', 'will waive', 'waive the',
      // round 7
      'we won t say', 'we wont say', 'won t say so', 'no lo vamos a decir', 'no vamos a decir', 'will be free', 'van a ser gratis', 'va a ser gratis', 'sera gratis', 'seran gratis', 'will have a new', 'va a tener un nuevo', 'takes back', 'take back everything', 'retracts', 'se retracta', 'se desdice', 'was wrong', 'estaba equivocado', 'se equivoco', 'no va a multar', 'no van a multar', 'esta de acuerdo con', 'no les va a cobrar', 'no le va a cobrar', 'we re sorry', 'we are sorry', 'pay you back', 'les vamos a devolver', 'le vamos a devolver',
      // session 15: a decision, a commitment or a stance announced as the body's — "va a haber / no va a haber", "se compromete",
      // "has decided", "queda perdonada", "se permiten", "we stand behind", "pedimos perdón", "will be covering", "lamenta".
      'va a haber', 'no va a haber', 'ya no va a haber', 'van a haber', 'there will be no', 'there won t be', 'there wont be', 'ya no hay', 'se compromete',
      'se compromete a', 'se comprometio', 'nos comprometemos', 'me comprometo', 'committed to', 'has committed', 'is committing', 'are committing', 'i can commit',
      'commit that', 'we ve decided', 'weve decided', 'we have decided', 'has decided', 'have decided', 'decided it', 'ya decidio', 'decidio que', 'ya decidieron',
      'decidieron que', 'ya lo decidieron', 'ya lo autorizaron', 'lo autorizaron', 'ya autorizaron', 'ya aprobo', 'aprobo que', 'ya aprobaron que', 'is over', 'se acabo',
      'se acabaron', 'se cancelan', 'se cancela', 'quedan canceladas', 'quedan cancelados', 'queda perdonada', 'queda perdonado', 'quedan perdonadas', 'quedan perdonados',
      'will be dropped', 'will be waived', 'will be cancelled', 'will be canceled', 'se permiten', 'se permite', 'estan permitidas', 'estan permitidos', 'esta permitido', 'esta permitida', 'are permitted', 'no atendemos',
      'ya no atendemos', 'no vamos a atender', 'we no longer', 'we won t be', 'we wont be', 'ya no vamos a', 'no vamos a poner', 'will be extending', 'will be covering',
      'will cover all', 'va a cubrir', 'vamos a cubrir', 'we will cover', 'we ll cover', 'will absolutely', 'absolutely waive', 'seeking damages', 'lamenta', 'lamentamos',
      'pedimos perdon', 'pido perdon', 'les pido perdon', 'le pido perdon', 'pedimos una disculpa', 'les pido una disculpa', 'asume', 'asume toda', 'asumimos', 'gone forever',
      'are gone', 'se quitan', 'van a recibir', 'will receive', 'will all get', 'va a patrocinar', 'will sponsor', 'is sponsoring', 'will be open', 'va a abrir',
      'abre en', 'never ban', 'will never ban', 'we stand', 'stand behind', 'stand 100 percent', 'speaks for all', 'speaks for us', 'habla por todos', 'no los van a quitar',
      'no van a quitar', 'no la van a quitar', 'es promesa', 'lo prometo', 'se los prometo', 'te lo prometo', 'i m guaranteeing', 'im guaranteeing', 'guaranteeing',
      'les garantizo', 'les va a regresar', 'les van a regresar', 'le va a regresar', 'va a devolver', 'les va a devolver',
      'will be filled', 'will get fixed', 'se va a quitar', 'retracting', 'retract', 'is lowering', 'is raising', 'will be lowering', 'va a bajar', 'va a subir', 'not to bother',
      'quedense con', 'lo hablo', 'consider it gone', 'consider it done', 'full stop', 'punto final',
      // round 7: from knowledge of how it is said (slang, idiom, border Spanish)
      'effective immediately', 'a partir de hoy', 'a partir de manana', 'desde hoy', 'starting today', 'as of today', 'starting monday', 'ya no se cobra', 'ya no se va a cobrar', 'no more fees', 'no more tickets',
    ],
    /** Round 4: a personal guarantee ("I promise", "sin falta", "trust me") on what the City will do. */
    ov_promise: [
      'i promise', 'we promise', 'promise you', 'promised', 'i guarantee', 'guaranteed', 'sin falta', 'se los prometo', 'se lo prometo', 'te lo prometo', 'te lo juro',
      'se los juro', 'les juro', 'i swear', 'my word', 'mi palabra', 'trust me', 'confien en mi', 'for sure', 'de seguro', '100 percent', 'no matter what', 'pase lo que pase',
      // round 7
      'i m promising', 'im promising', 'promising you', 'city promise', 'a city promise', 'se los aseguro', 'se lo aseguro', 'les aseguro',
    ],
    /** Round 4: what the City does, as the object of such a guarantee. */
    ov_city_action: [
      'the city will', 'the city is going to', 'the city s going to', 'the department will', 'city will', 'we ll fix', 'well fix', 'we will fix', 'we ll pay', 'we ll have',
      'we ll get', 'we will get', 'we ll refund', 'we ll waive', 'we ll reopen', 'we ll pave', 'we ll replace', 'we ll cover', 'gets fixed', 'get fixed', 'will be fixed',
      'will reopen', 'reopens', 'will be paved', 'waive', 'refund', 'reimburse', 'la ciudad va a', 'la ciudad les va', 'el departamento va a', 'vamos a arreglar',
      'les vamos a', 'se va a arreglar', 'se arregla', 'lo arreglamos', 'lo vamos a arreglar', 'va a quedar', 'se reabre', 'van a reabrir', 'van a pavimentar',
      'no le van a', 'no les van a', 'nobody will', 'nadie va a',
      // round 7
      'the city will have', 'the city will be', 'the city won t', 'the city wont', 'la ciudad no les va', 'la ciudad no va', 'la ciudad esta de acuerdo', 'will be free', 'van a ser gratis', 'va a ser gratis',
    ],
    /** Round 4: fault admitted in the City's name ("we dropped the ball", "fue nuestra culpa"). */
    ov_fault: [
      'dropped the ball', 'our bad', 'we screwed up', 'we messed up', 'we blew it', 'thats on us', 'that s on us', 'its on us', 'it s on us', 'our fault', 'our mistake',
      'we were wrong', 'we made a mistake', 'screwed up', 'messed up', 'nuestra culpa', 'fue nuestra culpa', 'nuestro error', 'la regamos', 'nos equivocamos',
      'fue culpa de la ciudad', 'fue error de la ciudad', 'the citys fault', 'the city s fault', 'is to blame',
    ],
    /**
     * Round 4: a commitment in the first person plural that only the City could honour, said in one
     * phrase ("send us the bill", "we'll take care of it", "nos hacemos cargo"): a reply from an
     * official account or an employee needs no claim of voice to commit the City.
     */
    ov_we_commit: [
      'send us the bill', 'send us your bill', 'send us the bills', 'send us your bills', 'send me the bill', 'send me your bill', 'send me your receipt',
      'send me your receipts', 'send us your receipts', 'send us the receipts', 'dm me your receipt', 'dm us your receipt', 'we ll take care of it', 'we will take care of it',
      'well take care of it', 'we ll make it right', 'we will make it right', 'well make it right', 'we ll cover the', 'we ll cover it', 'we will cover the', 'we ll reimburse',
      'we will reimburse', 'we ll pay for', 'we will pay for', 'well pay for', 'we ll refund', 'we will refund', 'we ll waive', 'we will waive', 'we ll credit', 'we will credit',
      'we take full responsibility', 'we accept responsibility', 'we accept full responsibility', 'we take responsibility', 'mandenos la factura', 'mandeme la factura',
      'mandenos sus recibos', 'mandeme sus recibos', 'nosotros pagamos', 'nosotros le pagamos', 'nosotros les pagamos', 'nos hacemos cargo', 'nos hacemos responsables',
      'le reponemos', 'se lo reponemos', 'se los reponemos', 'le reembolsamos', 'les reembolsamos', 'le vamos a reembolsar', 'les vamos a reembolsar', 'le vamos a pagar',
      'les vamos a pagar', 'asumimos la responsabilidad', 'asumimos toda la responsabilidad',
      // round 7
      'we ll pay you back', 'well pay you back', 'we will pay you back', 'we ll make it up to you', 'we will make it up to you', 'les vamos a devolver su dinero', 'le vamos a devolver su dinero', 'les devolvemos su dinero', 'le devolvemos su dinero', 'se los vamos a pagar', 'se lo vamos a pagar',
    ],
    /** Round 4: the same in the first person singular: an employee granting what only the City can ("I'll waive the fee", "le quito la multa"). */
    ov_i_commit: [
      'i ll make sure the city', 'ill make sure the city', 'i will make sure the city', 'i ll personally make sure', 'ill personally make sure', 'i ll waive', 'ill waive',
      'i will waive', 'i ll void', 'i ll drop the fine', 'i ll drop the ticket', 'i ll cancel the fine', 'i ll cancel the ticket', 'i ll get you a refund', 'ill get you a refund',
      'i ll get you reimbursed', 'i ll have a crew', 'ill have a crew', 'i ll send a crew', 'i ll get it fixed', 'ill get it fixed', 'i ll get that fixed', 'i ll make it right',
      'ill make it right', 'i ll put in the paperwork', 'i ll approve', 'ill approve', 'i ll sign off', 'le quito la multa', 'te quito la multa', 'les quito la multa',
      'yo le quito', 'yo me encargo de que la ciudad', 'yo me encargo de que le', 'yo me encargo de que les', 'me aseguro de que la ciudad', 'yo le consigo el reembolso',
      'yo les consigo', 'yo le apruebo', 'yo se lo apruebo', 'yo le arreglo lo de', 'no le voy a cobrar', 'no les voy a cobrar', 'no te voy a cobrar',
      // round 5: first-person fixes of a City matter
      'i ll get it waived', 'ill get it waived', 'i will get it waived', 'get it waived for', 'i ll get them waived', 'i ll get it dropped', 'ill get it dropped', 'i ll get it dismissed', 'i ll make it go away', 'we ll make it go away', 'well make it go away', 'yo se la quito', 'yo te la quito', 'yo les quito', 'yo me encargo de la multa', 'yo lo arreglo con', 'i ll talk to my boss and get', 'i ll fix your bill', 'i ll fix the bill', 'yo le arreglo el recibo', 'yo les arreglo el recibo',
    ],
    /** Routine notices, greetings, published statements and disclaimers: the clean side. */
    ov_routine: [
      'delay', 'delays', 'running', 'late', 'detour', 'call 311', 'app', 'per the pao', 'pao', 'press release', 'statement from', 'approved by', 'happy', 'merry', 'feliz',
      'felices', 'thanksgiving', 'feliz navidad', 'holidays', 'thank you', 'thanks', 'gracias', 'invites you', 'invita', 'reminder', 'recordatorio', 'schedule', 'horario',
      'livestream', 'file a claim', 'claims', 'reviewed', 'eligible', 'program', 'rebate', 'apply', 'published', 'speaking for myself', 'myself',
      'personal opinion', 'my own', 'own opinion', 'not speaking for', 'not the citys', 'not the city s', 'no hablo por', 'a titulo personal', 'inconvenience',
      'inconveniencia', 'las molestias', 'patience', 'paciencia', 'bear with', 'sorry to hear', 'sorry for your loss', 'lo siento mucho', 'condolences', 'pesame',
      'congrats', 'congratulations', 'felicidades', 'welcome', 'bienvenidos', 'we are hiring', 'estamos contratando', 'we are open', 'we re open', 'estamos abiertos',
      'open', 'closed', 'cerrado', 'cerrada', 'holiday', 'festivo', 'proud of', 'orgulloso', 'orgullosa', 'jubilo', 'retire', 'retiring', 'announcement', 'link', 'says', 'dice',
      // round 6
      'announced', 'announces', 'dijo', 'anuncio', 'press conference', 'conferencia', 'conferencia de prensa', 'full video', 'el video completo', 'said', 'said today', 'media requests', 'public affairs',
      // session 15: a vote's result relayed ("9 votos a favor, ya es oficial").
      'votos', 'votes', 'vote count', 'passed', 'unanimous', 'unanime', 'unanimidad',
      // round 7
      'per the', 'council approved', 'approved by council', 'capital plan', 'as approved', 'segun el plan', 'aprobado por el concejo', 'please contact', 'contact the public affairs', 'public affairs office',
    ],
    /** A body's own strong commitment when it is the subject ("Parks is taking full responsibility"). */
    ov_body_commit: [
      'taking full responsibility', 'takes full responsibility', 'takes responsibility', 'is taking responsibility', 'se hace responsable', 'guarantees', 'garantiza',
      'promises', 'promete', 'will pay', 'va a pagar', 'is responsible', 'es responsable', 'will cover', 'va a cubrir', 'will refund', 'will reimburse', 'va a reembolsar', 'owes', 'le debe', 'les debe', 'apologizes', 'pide disculpas',
      'is at fault', 'tiene la culpa', 'messed up', 'is liable', 'stands with', 'supports', 'apoya', 'opposes', 'is against', 'esta en contra', 'condemns', 'endorses',
      // round 6
      'le perdona', 'les perdona', 'va a perdonar', 'se lo va a perdonar', 'will forgive', 'forgives', 'will give you', 'will replace', 'will waive', 'waives', 'niega', 'denies', 'va a demandar', 'will sue', 'is suing', 'will no longer',
    ],
    /** Roles someone might claim to speak from ("as your Parks Director", "as a council aide"). */
    voice_role: [
      'director', 'manager', 'chief', 'supervisor', 'captain', 'commander', 'lead', 'crew lead', 'aide', 'staffer', 'spokesperson', 'spokesman',
      'spokeswoman', 'rep', 'representative', 'paralegal', 'employee', 'official', 'officer', 'inspector', 'ranger', 'liaison',
    ],
  },
  frames: [
    {
      id: 'judgement.official_voice.voice_commits',
      category: 'official_voice',
      message: {
        en: 'Speaks as the City or a department and commits it (paying, crediting, admitting fault, a promise or a position). Only authorized officials can do that.',
        es: 'Habla como la Ciudad o un departamento y lo compromete (pagar, acreditar, admitir culpa, una promesa o una postura). Solo los funcionarios autorizados pueden hacerlo.',
      },
      cooccur: [
        { all: [['ov_voice', 'ov_claim'], ['ov_commit', 'ov_commit_more']], within: 12, unless: ['ov_routine'], guardWithin: 10 },
        { all: ['ov_promise', 'ov_city_action'], within: 10, unless: ['ov_routine'], guardWithin: 8 },
        { all: ['ov_fault', 'city_body'], within: 10, unless: ['ov_routine'], guardWithin: 8 },
        { all: ['city_body', 'ov_body_commit'], within: 2, ordered: true, unless: ['ov_routine'], guardWithin: 10 }
      ],
      // Round 4: "EPPD here: …", "Parks dept here, …" and a commitment after it.
      patterns: [
        '{city_body} (?:here|aqui|al habla) {~9}(?:{ov_commit}|{ov_commit_more})',
        '{ov_we_commit}|{ov_i_commit}',
        // Round 4: "I'm the night operator out there. We're shutting that pump down from now on", either order, across sentences.
        '(?:i m|im|i am|soy) (?:the|a|an|el|la|un|una) (?:[^ .]+ ){0,2}(?:{voice_role}|operator|tech|technician|clerk|driver|ranger|inspector|lifeguard|librarian|dispatcher|operador|operadora|tecnico|tecnica|empleado|empleada|inspectora|chofer)(?: [^ ]+){0,20}? (?:{ov_commit_more}|{ov_city_action}|{ov_we_commit}|{ov_i_commit})',
        '(?:{ov_commit_more}|{ov_city_action}|{ov_we_commit})(?: [^ ]+){0,20}? (?:i m|im|i am|soy) (?:the|a|an|el|la|un|una) (?:[^ .]+ ){0,2}(?:{voice_role}|operator|tech|technician|clerk|driver|ranger|inspector|lifeguard|librarian|dispatcher|operador|operadora|tecnico|tecnica|empleado|empleada|inspectora|chofer)',
        // Round 4: the claim of voice in one sentence, the commitment in the next ("I'm in Utilities. The city will pay for it.").
        '(?:{ov_claim}|{ov_voice}) [^.]{0,120} \\. (?:[^ .]+ ){0,10}(?:{ov_commit_more}|{ov_city_action}|{ov_fault})',
        // Round 5: the author places themself in a City body ("I'm with the utility", "I'm in Parks", "estoy en Tránsito") and commits it in the next words.
        '(?:i m|im|i am|i work|yo trabajo|trabajo|soy|estoy) (?:with|in|on|at|from|for|de|del|en|con) (?:the |la |el |los )?{city_body}(?: [^ ]+){0,10}? (?:{ov_commit_more}|{ov_we_commit}|{ov_fault})',
      ],
      examples: {
        hit: [
          'I\'m with Parks and I\'m announcing it now: pool entry will be free all summer.',
          'Yo como inspector les digo: a partir de hoy ya no se cobra esa multa.',
          'I\'m the crew lead on Mesa. The city will repave your driveway at no cost, you have my word.',
          'We at the Water Utility are sorry for the brown water, we\'ll credit everyone\'s bill next month',
          'Streets crew here: the city messed up on the Pellicano repaving and we\'ll redo it for free',
          'Parks is taking full responsibility for the injury at the splash pad',
          'La biblioteca garantiza que no va a cerrar ninguna sucursal',
          'I\'m with Sanitation, y\'all don\'t pay that extra cart fee on your bill.',
          'Estoy en Tránsito y esa multa queda cancelada, no se preocupe.',
          // session 15
          'As the night shift supervisor at the landfill, I can commit that the gate fee will be dropped for everyone this month.',
          'Como vocero no oficial del departamento de calles les digo que ya no va a haber cortes de tráfico en la Mesa.',
          'Take this as official from someone in the Clerk\'s office: the parking fine is over for everybody.',
          'Les hablo en representación de la biblioteca: pedimos perdón por el cierre y vamos a cubrir las multas.',
          'Trust me, I\'m telling you as a crew lead: the utility will replace your fence, no paperwork needed.',
          'La biblioteca le perdona el libro perdido, se lo digo yo que trabajo ahí.',
          'As a city inspector I certify your kitchen is fine, consider it cleared.',
        ],
        miss: [
          'Per the council-approved capital plan, Parks will replace the playground by summer.',
          'For the city\'s position, please contact the Public Affairs Office.',
          'I\'m the crew lead on Mesa and we\'ll be working there until 5pm, thanks for your patience.',
          'We apologize for the delay: Route 10 is running 15 minutes late.',
          'Happy Thanksgiving from all of us at Parks and Rec!',
          'Speaking for myself, I think the new bus shelters look great.',
          'Claims for storm damage can be filed with Risk Management; each claim is reviewed.',
          'I\'m with the utility crew on Mesa today, the city will reopen the lane at 5pm.',
        ],
      },
    },
    {
      id: 'judgement.official_voice.speaks_for',
      category: 'official_voice',
      message: {
        en: 'Speaks in the name of the City, a department or an elected official. Only authorized spokespeople may do that.',
        es: 'Habla en nombre de la Ciudad, de un departamento o de un funcionario electo. Solo los voceros autorizados pueden hacerlo.',
      },
      negatable: true,
      patterns: [
        '(?:speaking|speak|talking|hablando|hablo) (?:officially )?(?:as|for|on behalf of|por|en nombre de|a nombre de|de parte de) (?:all of us at |everyone at |the whole |the entire |toda la |todo el |todos en |todo )?(?:the |el |la |los )?{city_body}',
        // Not a greeting sent "de parte de la Ciudad" ("¡Feliz Día de Acción de Gracias de parte de la Ciudad!").
        '(?:on behalf of|en nombre del?|a nombre del?|de parte del?) (?<!(?:^|[ .])(?:feliz|felices|happy|merry|saludos|gracias|thanks|thank you|felicidades|congratulations|congrats|bienvenidos|welcome)(?: [^ .]+){0,9} )(?:everyone at |all of us at |todos en |toda la |todo el )?(?:the |el |la |los )?{city_body}',
        // "The City's position is…" is the packs' (rules/packs/content.ts OFFICIAL_VOICE); these are the bodies it does not name.
        '(?:pd|police|police department|eppd|hpd|epfd|hfd|fire department|library|parks|utility|water utility|sun metro|streets|office)(?: s)? (?:official )?(?:position|stance) (?:is|on)|(?:la )?(?:postura|posicion) (?:oficial )?(?:del?|de la) {city_body}',
        'officially (?:the |el |la )?{city_body} (?:is|will|does|es|va)',
        'official {city_body} (?:position|stance|response|answer)|(?:postura|respuesta) oficial de (?:la |el |los )?{city_body}',
        'como (?:vocero|vocera|portavoz|representante) (?:de|del) [^ .]+',
        'as (?:the |a |an |your )?(?:departments|department s|citys|city s|city|department|mayors|mayor s|councils|council s|chiefs|chief s) (?:official )?(?:rep|representative|spokesperson|voice|liaison)',
        '(?:officially|oficialmente) (?:announcing|declaring|speaking|confirming|announce|declare|confirm|anunciar|anuncio|declaro|declarar)',
        '(?:tell you|say this|say|announce|confirm|decir|decirlo|digo|decirles|puedo decir) (?:[^ .]+ ){0,2}(?:officially|oficialmente)',
        '(?:im|i am|i m|estoy|soy) (?:authorized|allowed|autorizado|autorizada) (?:to|para) (?:say|tell|announce|confirm|decir|anunciar|confirmar)',
        '(?:on the record|officially) (?:for|from) (?:the |el |la )?{city_body}',
        '(?:les|le|te|se los|se lo) (?:confirmo|aseguro|garantizo|prometo|digo yo) como [^ .]+|(?:se los|se lo|les) digo (?:yo )?como (?:su |el |la )?(?:capitan|capitana|jefe|jefa|director|directora|supervisor|supervisora|teniente|sargento|comandante|vocero|vocera|encargado|encargada)',
        // Speaking for a body named in words the shared class does not list ("por parte de Servicios Ambientales").
        '(?:hablando|hablo|les hablo|speaking|talking) (?:por parte de|de parte de|en nombre de|a nombre de|en representacion de|on behalf of) (?:el |la |los |las |the )?(?:departamento|oficina|servicios|division|dept|department|office|ciudad|municipio|alcaldia|direccion)',
        // An official's word passed on: "the council member told me to tell everyone…", "consider this her statement".
        '(?:mayor|chief|director|city manager|council member|councilmember|councilman|councilwoman|commissioner|alcalde|alcaldesa|jefe|jefa|directora|concejal|concejala|regidor|regidora) {~3}(?:told me to|asked me to|wants me to|me dijo que|me pidio que) (?:tell|say|let|announce|pass|post|share|les dijera|les avisara|publicara|dijera|anunciara)',
        '(?:consider this|take this as|tomen esto como|consideren esto) (?:his|her|their|our|the|su|la|el|nuestra|nuestro) (?:official )?(?:statement|position|answer|word|declaracion|postura|respuesta|comunicado)',
        '(?:postura|posicion|respuesta) (?:oficial )?(?:del?|de la) (?:alcalde|alcaldesa|jefe|jefa|director|directora|concejal|concejala|departamento|ciudad|municipio|administrador|administradora|policia|bomberos)',
        // "Representing the City tonight… we fully endorse".
        '(?:representing|representando a|en representacion de) (?:the |la |el )?{city_body} {~8}(?:we|i|nosotros|yo) (?:fully |totally |officially |hereby )?(?:endorse|support|back|oppose|apologize|promise|guarantee|apoyamos|respaldamos|prometemos|pedimos|nos oponemos)',
        '(?:i ve been|ive been|i have been|me autorizaron|me pidieron) (?:authorized|asked|told) (?:to|para) (?:say|tell|announce|decir|anunciar|informar)|me autorizaron (?:a|para) (?:decir|anunciar|informar)',
        '(?:as the|as a|as your|como (?:el|la)) (?:citys |city s |department s |departments |)(?:pio|public information officer|spokesperson|vocero|vocera|portavoz)',
        '(?:the )?(?:mayor|chief|director|city manager|alcalde|alcaldesa|jefe|jefa|directora) (?:wants you to know|asked me to (?:say|tell|let)|me pidio que (?:les )?(?:dijera|informara|avisara))',
        '(?:the |la )?(?:city s|citys|departments|department s) (?:official )?(?:answer|response|respuesta) (?:is|es)',
      ],
      examples: {
        hit: [
          'Speaking for everyone at Solid Waste: we hear you and we are fixing it.',
          'On behalf of Parks and Rec, sorry the splash pad was closed all weekend.',
          'Como vocera del departamento de Tránsito les digo que no habrá cambios.',
          'I\'m authorized to tell you the new terminal opens in June.',
          'Trabajo en Finanzas y les puedo decir oficialmente que no habrá despidos.',
        ],
        miss: [
          'Speaking for myself, the new bus shelters look great.',
          'I\'m not the city\'s spokesperson, please check the PAO page for the official word.',
          'Sharing the City Manager\'s press release: the trail reopens Monday.',
          'Per the PAO: the Mayor will speak at 11am, livestream on YouTube.',
          '¡Felices fiestas de parte de la Ciudad de El Paso! Las oficinas cierran el 25.',
        ],
      },
    },
    {
      id: 'judgement.official_voice.commitment',
      category: 'official_voice',
      message: {
        en: 'Makes a promise or admits fault for the City (paying, refunding, not enforcing, a guarantee). Only authorized officials can commit the City.',
        es: 'Hace una promesa o admite culpa en nombre de la Ciudad (pagar, reembolsar, no aplicar una regla, una garantía). Solo los funcionarios autorizados pueden comprometer a la Ciudad.',
      },
      patterns: [
        '{city_body}(?<!(?:^|[ .])(?:announced|announces|said|says|dijo|dice|anuncio|anuncia|informo|informa|confirmed|confirms|confirmo|conference|conferencia|statement|comunicado|per|approved|aprobado|segun)(?: [^ .]+){0,9}) (?:will|is going to|is gonna|gonna|promises to|has agreed to) (?:[^ .]+ ){0,2}(?:pay for (?:your|it|all|the damage|everything|the repairs|any|cleanup|the cleanup)|replace (?:your|the|it|all|everything)|pay you|refund (?:you|your|everyone|it|all)|reimburse (?:you|your|everyone|all)|cover (?:it|your|the cost|all|everything|any)|compensate (?:you|every|all|the)|waive (?:your|it))(?![^.]{0,80}(?:per the|council approved|capital plan|approved plan|as approved|aprobado por|segun el plan))',
        '{city_body} (?:promises|guarantees|is committed|commits)|{city_body} se (?:hace|va a hacer|hara) (?:cargo|responsable)',
        '{city_body} (?:has decided|decided) (?:to|que) (?:[^ .]+ ){0,2}(?:drop|waive|cancel|forgive|dismiss|void|not charge|quitar|cancelar|perdonar|no cobrar)',
        '{city_body} (?:is|s|are) (?:not |definitely |totally )?(?:at fault|liable)',
        '{city_body} (?:has decided|decided|is not going to|isnt going to|will not|wont|will) (?:[^ .]+ ){0,3}be (?:enforcing|ticketing|citing|towing)',
        '(?:la ciudad|el departamento|el municipio|la alcaldia) (?<!(?:^|[ .])(?:announced|announces|said|says|dijo|dice|anuncio|anuncia|informo|informa|confirmed|confirms|confirmo|conference|conferencia|statement|comunicado)(?: [^ .]+){0,10} )(?:les |le |te |se )?(?:va a|se compromete a|promete|garantiza|les va a|le va a) (?:les |le |te )?(?:pagar|pagarles|pagarle|reembolsar|reembolsarles|cubrir|reponer|devolver|compensar|arreglar su|arreglarles)',
        '(?:we ll|well|we will) (?:cover it|cover (?:all|everything|the cost|your|any)|pay for (?:it|all|your|the damage|everything|any)|make it right|refund (?:you|your|everyone)|reimburse (?:you|your|everyone))|(?:i ll|ill|i will) make it right',
        'soy (?:el |la |del |de la |de |parte del )?(?:[^ .]+ ){0,5}(?:y|and|so) (?:les|te|le|se los|se lo) (?:aseguro|garantizo|prometo|confirmo)',
        'as (?:your|the|a|an) (?:[^ .]+ ){0,3}{voice_role} (?:[^ .]+ ){0,2}(?:i|we) (?:promise|guarantee|commit|can promise|can guarantee|can tell you|can confirm)',
        '(?:i work (?:for|at|in)|i m (?:with|at|in)|im (?:with|at|in)|i answer [0-9]+ calls|employee here|trabajo (?:para|en|con)|soy (?:de|del)) (?:[^ .]+ ){0,5}(?:i promise|i guarantee|i can (?:tell you|confirm|promise|guarantee)|trust me|(?:le|les|te|se lo|se los) (?:prometo|aseguro|garantizo))',
        '(?:les|le|te|se los|se lo) (?:aseguro|garantizo|prometo) que (?:la ciudad|el departamento|el municipio|no vamos|vamos|nosotros)|i (?:can )?(?:promise|guarantee) (?:you )?(?:that )?(?:the city|the department|our department)',
        'como (?:empleado|empleada|trabajador|trabajadora|director|directora|jefe|jefa|supervisor|supervisora|vocero|vocera|encargado|encargada) (?:[^ .]+ ){0,4}(?:les|le|te|se lo|se los) (?:prometo|aseguro|garantizo|confirmo)',
        '{city_body} (?:owes you|se hace responsable|se hara responsable)|(?:la ciudad|el departamento) (?:le|les|te) debe',
      ],
      examples: {
        hit: [
          'Sorry about your mailbox, the city will pay for your new one, I\'ll put in the paperwork myself.',
          'The department is at fault for the sewer backup on Mesa, send us your bills.',
          'Heads up: Code Enforcement will not be citing tall weeds until October, you heard it from me.',
          'Soy de Servicios Ambientales y les garantizo que la basura se recoge mañana sin falta.',
          'As your District 3 rep staffer I promise the park lights get fixed this month.',
        ],
        miss: [
          'The city will close Mesa St. Saturday for the parade, use Stanton instead.',
          'Claims for storm damage can be filed with Risk Management; each claim is reviewed.',
          'We apologize for the delay: Route 10 is running 15 minutes late.',
          'La Ciudad informa: la biblioteca cierra el lunes por mantenimiento.',
          'The Mayor said at this morning\'s briefing that the City will pay for the cleanup; details on the City page.',
          'La alcaldesa anunció hoy que el municipio va a cubrir los gastos del refugio, aquí el comunicado.',
        ],
      },
    },
    {
      id: 'judgement.official_voice.department_stance',
      category: 'official_voice',
      message: {
        en: 'States a position, apology or refusal as the City or a department. Positions are announced by authorized officials.',
        es: 'Declara una postura, una disculpa o una negativa como si fuera la Ciudad o un departamento. Las posturas las anuncian los funcionarios autorizados.',
      },
      patterns: [
        '{city_body} (?:apologizes|apologises|sincerely apologizes|is sorry|pide (?:una )?disculpa|pide perdon|se disculpa|les pide una disculpa)',
        '{city_body} (?:stands with|fully supports|fully backs|does not support|doesnt support|opposes|condemns|is against|endorses|fully endorses|is behind (?:it|him|her|this|the))',
        // A department taking a side on a march, strike or measure: "el departamento de bomberos apoya al 100% la marcha".
        '(?:el|la) (?:departamento|oficina|estacion|division|policia|ciudad|municipio|alcaldia)(?: de [a-z]+)? (?:apoya|respalda|esta en contra de|esta a favor de|se opone a|condena) {~3}(?:la marcha|el paro|la huelga|la protesta|al candidato|a la candidata|la propuesta|la iniciativa|la revocacion|el recall)',
        'we (?:at|in|here at) (?:the )?{city_body} (?:[^ .]+ ){0,2}(?:think|believe|feel|support|oppose|are against|disagree|refuse|wont|will not|do not support|dont support|stand|say|are not|arent|re not|have decided|decided|are going to|re going to|will|endorse)',
        '(?:our|my|the whole|nuestro|nuestra|mi) (?:department|office|division|station|crew|departamento|oficina|estacion) (?:fully |totally |100 )?(?:backs|supports|opposes|is against|stands with|apoya|respalda|esta en contra|esta a favor)',
        '(?:we|nosotros) (?:will not|wont|refuse to|are not going to|arent going to|no vamos a) (?:comply|help enforce|enforce|follow|cumplir|aplicar|obedecer)',
      ],
      examples: {
        hit: [
          'The Fire Department stands with the chief on this one, 100 percent. — Engineer R. Soto',
          'The City of El Paso apologizes for the trash pickup mess. That\'s on us.',
          'We will not enforce the new HOA rules, period. — Code Compliance',
          'El Departamento de Policía les pide una disculpa por lo de ayer.',
        ],
        miss: [
          'Statement from the City of El Paso, approved by the Public Affairs Office: crews are on site.',
          'We apologize for the delay: Route 10 buses are running late.',
          'The Police Department invites you to National Night Out on Tuesday!',
          'Please comply with the burn ban through Friday.',
        ],
      },
    },
  ],
};
