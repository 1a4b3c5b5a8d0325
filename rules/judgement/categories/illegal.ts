import type { CategoryJudgement } from '../types';

/** Money in the stream: "$20", "20 bucks", "3 mil", "a couple hundred". */
const MONEY = '(?:\\$[0-9]+|(?:five|ten|twenty|forty|fifty|a hundred|two hundred|veinte|cincuenta|cien|doscientos|quinientos|mil) (?:bucks|dollars|dolares|pesos|varos|baros|dlls)|a fifty|a twenty|a hundred|a c note|a benjamin|un billete|[0-9]+ (?:bucks|dollars|dolares|pesos|dlls|mil)|a couple hundred|a few hundred|couple hundred|un par de cientos|unos cientos|una lana|una feria)';

/** Round 6 (s10-jb): someone offered the writer money (a refusal or a report follows), not the writer selling a favor. */
const OFFERED_TO_ME = '(?<!(?:offering|offered|offers|tried to pay|trying to pay|tried to bribe|ofreciendo|ofrecio|ofrecieron|ofrece|quiso pagar|quiso darme|trato de pagar)(?: [^ .]+){0,12})';

/** Warning someone about a raid, warrant or inspection (illegal; also confidential: see confidential.ts). */
export const TIP_OFF = [
  '(?:heads up|tell|warn|let|avisale|avisenle|avisale a|digale|dile|diganle|aviso|ojo) {~8}(?:theres a|there is a|they have a|they got a|got a|hay una|hay un|tienen una|tiene una|trae una|van a (?:ir|caer|llegar)|theyre coming|they re coming|is coming|are coming|ahi van) {~3}(?:warrant|raid|sweep|inspection|inspectors|redada|orden de (?:arresto|aprehension|cateo)|operativo|inspeccion|inspectores|code enforcement|immigration|la migra|ice)',
  '(?:warrant|orden de arresto|orden de aprehension) (?:out )?(?:for|on|para|contra) {~6}(?:tell|avisale|avisenle|he should|she should|lay low|hide|skip|se esconda|que se esconda|que no salga)',
  '(?:might|may|better|should|wanna|want to|mejor|les conviene) (?:wanna |want to )?(?:close up|shut down|clean up|clear out|lay low|hide|cerrar|cierren|limpien|esconder|escondan|guarden) {~3}(?:early|before|temprano|antes de) {~4}(?:thursday|friday|monday|tuesday|wednesday|saturday|sunday|tomorrow|tonight|jueves|viernes|lunes|martes|miercoles|sabado|domingo|manana|they come|lleguen|vengan)(?= \\. (?:just saying|nomas digo|ya saben|wink)| just saying| nomas digo| ya saben)',
];

/**
 * illegal: offering, buying or arranging what the law forbids (drugs, bets, smuggling, bribes,
 * forgery, theft of City time or property), and warning people about raids or inspections.
 */
export const illegal: CategoryJudgement = {
  words: {
    /** What the law forbids an employee to deal in or do (co-occurrence with a first person or an offer), en and es. */
    /** Drugs sold or passed around (co-occurrence with an offer or a deal, not a bare "I"). */
    illegal_drug: [
      'weed', 'mota', 'cocaine', 'cocaina', 'perico', 'meth', 'crystal meth', 'heroin', 'heroina', 'fentanyl', 'fentanilo', 'fenty', 'xanax',
      'xans', 'xanny', 'percs', 'percocet', 'percocets', 'oxy', 'oxys', 'oxycodone', 'adderall', 'addy', 'addys', 'molly', 'ecstasy', 'shrooms',
      'edibles', 'carts', 'thc carts', 'dab pen', 'pills', 'pastillas', 'tachas', 'grapa', 'grapas',
      'porro', 'hierba', 'yerba', 'merca', 'la merca', 'oxicodona', 'oxicodonas', 'cristalito',
      // Round 4 (s7-jb): street names and forms from the concept, en and es.
      'marijuana', 'marihuana', 'cannabis', 'kush', 'a bag', 'a baggie', 'an eighth', 'a zip', 'a gram', 'grams', 'coca', 'blow', 'yayo', 'cristal', 'tina',
      'chiva', 'foco', 'thc', 'thc vapes', 'vapes de thc', 'wax', 'lsd', 'acid tabs', 'ketamine', 'ket', 'lean', 'codeine', 'codeina', 'perc', 'xan', 'xans',
      'norcos', 'hydros', 'oxys', 'roxys', 'pastis', 'tachas', 'cuadros', 'piedra', 'grapas',
      // Round 7 (s11-jb), second pass: euphemism and street slang from the concept (en, border es).
      'party favors', 'nose candy', 'pressies', 'pressed pills', 'm30s', 'm 30s', 'perc 30s', 'dirty 30s', 'chochos', 'pingas', 'rivotril',
      'clonazepam', 'tramadol', 'valium', 'lorazepam', 'vicodin', 'vicos', 'suboxone', 'zannies', 'zaza', 'pre rolls', 'prerolls', 'shatter', 'sizzurp', 'purple drank',
      'tusi', 'pink cocaine', 'poppers', 'gummies',
      // session 13 (lexicon), drugs by street and border names not listed above.
      'motita', 'la mota', 'de la verde', 'porrito', 'porritos', 'carrujo', 'carrujos', 'bachicha', 'bachichas', 'pericazo', 'un pasecito', 'piedrita', 'piedritas',
      'xtc', 'x pills', 'mollys', 'blotter', 'magic mushrooms', 'hongos alucinogenos', 'peyote', 'ketamina', 'ghb',
      'promethazine', 'china white', 'fetty', 'fent', 'crack rock', 'piedra de crack', 'roxies', 'uppers', 'downers', 'benzos', 'xanax bars', 'chochitos', 'cristalazo',
      // Round 9 (s12-ja), drugs by euphemism: a powder, "ice of the good kind", pills marked as not from a pharmacy ("y no es azúcar").
      'polvito', 'polvo blanco', 'hielo del bueno', 'ice del bueno', 'cristal del bueno', 'the little blue ones', 'little blue pills', 'little white ones',
      'don t come from a pharmacy', 'dont come from a pharmacy', 'not from a pharmacy', 'didn t come from a pharmacy', 'didnt come from a pharmacy', 'no es de farmacia',
      'no son de farmacia', 'no es azucar', 'y no es azucar', 'not sugar', 'not powdered sugar', 'no son aspirinas', 'not aspirin',
    ],
    illegal_thing: [
      'bribe', 'bribes', 'bribed', 'bribing', 'kickback', 'kickbacks', 'under the table', 'off the books',
      'grease his palm', 'mordida', 'mordidas', 'soborno', 'sobornos', 'sobornar', 'moche', 'moches', 'por debajo de la mesa', 'fix the ticket',
      'fix your ticket', 'fix tickets', 'fix a ticket', 'make it disappear', 'ticket disappear', 'citation disappear', 'tickets disappear', 'citations disappear', 'make the ticket disappear', 'void the ticket', 'void your ticket',
      'tear up the ticket', 'quitar la multa', 'quitarte la multa', 'borrar la multa', 'arreglar la multa', 'arreglarte la multa', 'stole',
      'five finger discount', 'took home', 'walked out with', 'robe', 'me robe', 'nos robamos', 'me lleve',
      'robadas', 'robados', 'forge', 'forged', 'forging', 'falsify', 'falsified', 'fudge', 'fudged', 'pad my hours', 'padded', 'clock me in',
      'clock in for', 'clocked in for', 'clock you in', 'double dip', 'no receipt', 'doctors note', 'doctor s note', 'fake id', 'fake ids', 'papeles chuecos', 'papeles falsos', 'falsificar', 'falsifique', 'facturas falsas', 'checar por', 'checarte', 'te checo', 'betting pool',
      'bookie', 'odds', 'apuestas', 'apuesta', 'cockfight', 'cockfights', 'pelea de gallos', 'peleas de gallos', 'gallos', 'dogfight',
      'dog fight', 'dog fights', 'pelea de perros', 'smuggle', 'smuggled', 'smuggling', 'contrabando', 'fayuca', 'sin declarar', 'cross it', 'across the bridge',
      'untaxed', 'bootleg', 'unlicensed', 'without a permit', 'no permit', 'sin permiso', 'sin papeles', 'cash only', 'en efectivo', 'launder', 'lavar dinero',
      'warrant', 'raid', 'redada', 'orden de cateo', 'la migra',
      // Round 4 (s7-jb): the policy's families (theft, fraud and forgery, bribery, gambling) as an
      // author says they do them, with their inflections; from the concept, not from drafts.
      'siphon', 'siphons', 'siphoned', 'siphoning', 'swipe', 'swiped', 'pocketed', 'pocketing', 'jacked', 'lifted', 'steal', 'stealing', 'steals',
      'walk off with', 'walked off with', 'take home', 'taking home', 'scrap it', 'scrapped it', 'scrap yard', 'scrapyard', 'for scrap', 'chatarrera', 'la chatarra',
      'nos clavamos', 'me clave', 'se clavo', 'se clavaron', 'nos robamos', 'robamos', 'vendimos', 'lo vendimos', 'los vendimos',
      'pad', 'pads', 'padding', 'pad the', 'padded my', 'fudging', 'fudges', 'inflate', 'inflated', 'inflating', 'cook the books', 'cooked the books', 'cooking the books',
      'backdate', 'backdated', 'backdating', 'pencil whip', 'pencil whipped', 'pencil whipping', 'dry lab', 'dry labbed', 'swap the sample', 'swapped the sample',
      'swap it', 'switch the sample', 'forges', 'forgery', 'fake signature', 'fake signatures', 'sign as me', 'signed as me', 'sign for me', 'signs for me',
      'signed my name', 'sign his name', 'sign her name', 'falsifica', 'falsifican', 'falsificamos', 'falsificando', 'falsificado', 'firma por mi', 'firmo por mi',
      'firme por el', 'firme por ella', 'inflamos', 'infle', 'horas que no', 'hours i didnt', 'hours i never', 'didnt work',
      'a little something', 'little something extra', 'algo para el refresco', 'para el refresco', 'para el chesco', 'una feria', 'una lanita', 'una corta', 'mordidita',
      'cochupo', 'look the other way', 'looked the other way', 'looks the other way', 'vista gorda', 'se hace de la vista gorda', 'por debajo del agua',
      'squares', 'the pot', 'winner takes', 'quiniela', 'parlay', 'parlays', 'maquinitas', 'eight liners', '8 liners', 'eight liner', 'se apuesta', 'apostamos', 'apostando', 'apostar', 'arrancones', 'carreras clandestinas',
      'street race', 'street races', 'street racing', 'undocumented', 'indocumentados', 'sin documentos',
      'shoplift', 'shoplifted', 'shoplifting', 'boosted', 'me vole', 'nos volamos', 'se volo', 'volamos', 'embezzle', 'embezzled', 'embezzling', 'skim', 'skimmed',
      'skimming', 'skim off', 'desvie', 'desviamos', 'faking', 'faked', 'fake injury', 'fake an injury', 'fake my', 'faking my', 'fingiendo', 'me hice el lesionado',
      'double dipping', 'cobrando doble', 'cobro doble', 'cobre doble', 'food stamps', 'snap benefits', 'lone star card', 'estampillas', 'cupones de comida',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'le cambie la fecha', 'cambie la fecha', 'changed the date on', 'backdate it', 'le movi la fecha',
      // Round 7 (s11-jb), second pass: euphemism and street slang from the concept (en, border es).
      'aviadores', 'aviador', 'ghost employee', 'ghost employees', 'nomina fantasma', 'horas fantasma', 'ghost hours', 'cobra sin trabajar', 'cobran sin trabajar',
      'double billing', 'double billed', 'fake receipts', 'recibos falsos', 'facturas infladas', 'inflated invoices', 'padding the mileage', 'burrero', 'burreros',
      'pollero', 'polleros', 'de dudosa procedencia', 'hot merchandise', 'fell off the truck', 'se cayo del camion', 'celulares chuecos', 'mercancia chueca',
      'placas chuecas', 'carro chueco', 'troca chueca',
      // session 13 (lexicon), a City database looked into for oneself: an ex's address, record or plates.
      'ex s plates', 'ex s plate', 'ex s address', 'ex s record', 'ex s info', 'my ex in the system', 'my ex up in the system', 'mi ex en el sistema', 'a mi ex en el sistema',
      'placas de mi ex', 'direccion de mi ex', 'domicilio de mi ex', 'ex wife s address', 'ex girlfriend s address', 'ex husband s address', 'para mi compa en el sistema',
      // session 13 (lexicon), time theft: someone else clocks you in or out, or you clock in and leave.
      'swipes me in', 'swipe me in', 'swiped me in', 'badge me in', 'badges me in', 'badged me in', 'punch me in', 'punches me in', 'punched me in', 'punch me out',
      'punches me out', 'punched me out', 'clock me out', 'clocks me out', 'clocked me out', 'swipe my badge', 'swipes my badge', 'uses my badge', 'scan my badge', 'scans my badge',
      'me checa la salida', 'me checa la entrada', 'me checan la salida', 'me checan la entrada', 'checa por mi', 'checan por mi', 'me marca la tarjeta', 'me poncha la tarjeta',
      'me registra la entrada', 'clock in and go home', 'clock in and leave', 'clocked in and went home', 'clock in from the parking lot', 'clock in from home', 'checo y me voy',
      'checo entrada y me voy', 'checamos y nos vamos', 'me regreso a dormir', 'paid to sleep', 'me pagan por dormir', 'sleep on the clock', 'sleeping on the clock',
      'nap on the clock', 'overtime i didn t work', 'overtime i didnt work', 'overtime we didn t work', 'overtime we didnt work', 'horas extra que no',
      // session 13 (lexicon), benefit, injury and credential fraud.
      'milking this workers comp', 'milk workers comp', 'milking workers comp', 'milking comp', 'milk this injury', 'milking this injury', 'milking my injury', 'stretch my light duty',
      'me hago el lastimado', 'me hice el lastimado', 'me hice la lastimada', 'me hago la lastimada',
      'incapacidad chueca', 'incapacidad falsa', 'incapacidades chuecas', 'comprar una incapacidad', 'compre una incapacidad', 'compre la incapacidad', 'fake doctor s note',
      'fake doctors note', 'bought a doctor s note', 'bought a doctors note', 'receta falsa', 'recetas falsas', 'fake prescription', 'certificado falso', 'constancia falsa',
      'fake certificate', 'fake diploma', 'titulo falso', 'titulo chueco', 'compre mi titulo', 'compre el titulo', 'licencia chueca', 'licencia falsa', 'fake license',
      'bought my license', 'bought my cdl', 'compre la licencia', 'compre mi licencia', 'collecting unemployment and',
      'cobrando el desempleo y', 'cobrando desempleo y', 'cobro el desempleo y',
      // session 13 (lexicon), taxes dodged (not said with "never"/"don't", which the guard reads as a warning).
      'hide it from the irs', 'hiding it from the irs', 'irs doesn t need to know', 'irs doesnt need to know', 'off my taxes', 'leave it off my taxes',
      'keep it off my taxes', 'no taxes on it', 'cash so no taxes', 'no le reporto al irs', 'no lo reporto al irs', 'no le declaro al irs', 'no le reporto al sat', 'no lo declaro',
      'no declaro esa lana', 'sin pagar impuestos', 'no pago impuestos de', 'no le pago impuestos',
      // session 13 (lexicon), counterfeit and cloned goods.
      'knockoffs', 'fake jordans', 'fake purses', 'fake designer', 'pirated', 'bootlegs', 'clonadas', 'tarjetas clonadas', 'cloned cards', 'fake checks', 'cheques falsos', 'bolsas piratas', 'tenis piratas',
      'ropa pirata', 'peliculas piratas', 'discos piratas',
      // session 13 (lexicon), extortion: a cut charged to vendors.
      'cobrar piso', 'cobran piso', 'cobramos piso', 'cobro de piso', 'derecho de piso', 'cuota de piso', 'piso a los del', 'piso a los de', 'piso a los vendedores',
      'protection money',
      // session 13 (lexicon), ballots filled for others.
      'vote twice', 'voted twice', 'votar dos veces', 'vote dos veces', 'votamos dos veces', 'filled out ballots for', 'fill out ballots for', 'filled out her ballot',
      'filled out his ballot', 'filled out their ballots', 'llene su boleta', 'llene la boleta de', 'llenamos las boletas', 'llene las boletas', 'ballots for the whole',
      // session 13 (lexicon), a fake raffle or collection; the odometer rolled back; hours padded for a friend; an invoice inflated and the cut shared.
      'rifa que no existe', 'rifa fantasma', 'rifa inventada', 'rifa falsa', 'rifa chueca', 'fake raffle', 'fake fundraiser', 'colecta falsa', 'la lana es pa mi', 'pa mi bolsillo', 'para mi bolsillo', 'into my pocket',
      'el kilometraje', 'cambiar el kilometraje', 'bajarle el kilometraje', 'rolled back the odometer', 'roll back the odometer', 'le meti horas', 'meterle horas', 'horas que no trabajo',
      'horas que no trabajaron', 'hours he didn t work', 'hours she didn t work', 'hours he didnt work', 'inflar la factura', 'inflamos la factura', 'inflar las facturas',
      'inflate the invoice', 'inflated the invoice', 'pad the invoice', 'padded the invoice', 'sobreprecio', 'una tajada', 'my cut', 'nuestra tajada',
      // session 13 (lexicon), high at work.
      'came to work high', 'come to work high', 'showed up high', 'high on the job', 'high on the clock', 'stoned at work', 'baked at work',
      'ando pacheco', 'ando pacheca', 'bien pacheco', 'bien pacheca', 'vengo pacheco', 'llegue pacheco', 'bien marihuano', 'bien grifo', 'bien periqueado', 'bien cristaleado',
    ],
    /** Getting, offering or handing over (co-occurrence with illegal_drug). */
    illegal_deal: [
      'hmu', 'hit me up', 'dm me', 'pm me', 'message me', 'text me', 'inbox me', 'who wants', 'who needs', 'anybody need', 'anyone need', 'anybody want', 'anyone want', 'want some', 'need any', 'need some', 'got some', 'got that', 'can get',
      'selling', 'sell', 'sold', 'buy', 'buying', 'bought', 'for sale', 'plug', 'connect', 'extra', 'sharing', 'bring some', 'brought some',
      'tengo', 'vendo', 'vendemos', 'compro', 'compre', 'quien quiere', 'quien ocupa', 'ocupo', 'mandame', 'mandenme', 'al privado', 'inbox', 'te consigo',
      'les consigo', 'consigo', 'conseguimos', 'te paso', 'les paso', 'traigo', 'le compre', 'le compro', 'me vendio', 'me vende', 'nos vende',
      // Round 4 (s7-jb): offers, requests and sources said other ways.
      'lmk', 'let me know', 'whoever wants', 'who wants some', 'my guy', 'my plug', 'my connect', 'the plug', 'dropping off', 'drop it off', 'pick up', 'pickup', 're up',
      'front you', 'hook you up', 'hook it up', 'cheap', 'el que quiera', 'la que quiera', 'quien quiera', 'los traigo', 'las traigo', 'lo traigo', 'tengo contacto',
      'mi contacto', 'mi conecte', 'conecte', 'surtimos', 'surto', 'baratos', 'baratas', 'bien baratos', 'a domicilio', 'les llevo', 'te llevo', 'mandenme inbox', 'quien trae', 'who s bringing', 'whos bringing', 'le compraba', 'compraba', 'se las paso', 'se los paso', 'me consiga', 'quien me consiga',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'anybody needs', 'anyone needs', 'if anybody needs', 'if anyone needs', 'i have a whole', 'have a whole', 'a whole box', 'a whole bag', 'si alguien necesita',
      'si alguien ocupa', 'quien necesite', 'el que necesite', 'tengo una caja', 'tengo un monton',
      // Round 9 (s12-ja): the offer said the border way ("pal que quiera", "me busca en").
      'pal que quiera', 'pa l que quiera', 'para el que quiera', 'al que quiera', 'a quien quiera', 'me busca en', 'me buscan en', 'busquenme en', 'buscame en',
      'nomas me avisa', 'nomas me avisan', 'nomas avisen', 'anybody wants', 'anyone wants', 'if anybody wants', 'if anyone wants',
    ],
    /** A first person doing it, or an offer or request (co-occurrence with illegal_thing). */
    illegal_actor: [
      'i', 'im', 'i m', 'ive', 'i ve', 'ill', 'i ll', 'i d', 'we', 'were', 'we re', 'hmu', 'hit me up', 'dm me', 'dm', 'pm me',
      'message me', 'text me', 'inbox me', 'anyone', 'anybody', 'who wants', 'who needs', 'need some', 'got some', 'got that', 'can get', 'selling',
      'sell', 'buy', 'buying', 'for sale', 'plug', 'connect', 'tengo', 'vendo', 'vendemos', 'compro', 'compre', 'quien quiere', 'quien ocupa',
      'ocupo', 'mandame', 'mandenme', 'al privado', 'inbox', 'te consigo', 'les consigo', 'consigo', 'conseguimos', 'te paso', 'les paso',
      // Round 4 (s7-jb): someone the author vouches for, a price asked, "you pay him", Spanish first-person plural.
      'my guy', 'my homie', 'my homeboy', 'my homegirl', 'my cousin', 'my brother in law', 'my buddy', 'lmk', 'let me know', 'whoever wants', 'can do it for',
      'will do it for', 'does it for', 'you pay', 'pay him', 'pay her', 'le pagas', 'les pagas', 'le pagan', 'denle', 'dale', 'mi compa', 'mi primo', 'mi cunado',
      'mi contacto', 'el que quiera', 'quien quiera', 'nos', 'nosotros', 'hacemos', 'usamos', 'ya saben', 'been doing it', 'every week', 'every shift', 'cada semana',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'conozco a alguien', 'conozco a alguien que', 'i know someone who', 'i know somebody who', 'i know a guy who', 'los hace', 'las hace', 'does them', 'makes them',
      'if anybody needs', 'if anyone needs', 'si alguien necesita', 'si alguien ocupa', 'el que necesite', 'quien necesite',
      // session 13 (lexicon): a search said by the verb alone ("busqué a mi ex en el sistema"); not 'yo', 'cobramos', 'saqué' ("cobramos en efectivo").
      'busque', 'le busque', 'la busque', 'lo busque',
      'le cambie', 'le movi', 'le meti', 'le baje', 'nos tocan', 'nos toca',
    ],
    /** Round 4 (s7-jb): getting away from the law: hiding, laying low, getting rid of evidence (tip-offs, with ill_enforce). */
    ill_evade: [
      'lay low', 'laying low', 'hide', 'hiding', 'hide it', 'hide the', 'get rid of', 'clean up', 'clear out', 'skip town', 'dont answer the door', 'don t answer the door',
      'move the stuff', 'move it', 'stash', 'stash it', 'tell him to run', 'tell her to run', 'before they come', 'before they get there', 'before we come', 'before we get there',
      'before they show up', 'se esconda', 'que se esconda', 'que no salga', 'que se pele', 'que se vaya', 'que limpie', 'deshazte', 'deshaganse', 'escondan', 'esconde', 'escondelo',
      'que lo escondan', 'que lo saquen', 'antes de que lleguen', 'antes de que lleguemos', 'antes de que caigan', 'antes de que vayan', 'no abra la puerta', 'no abran la puerta',
      'se le va a caer', 'ya lo traen', 'lo andan buscando', 'la andan buscando', 'te andan buscando', 'looking for him', 'looking for her', 'looking for you', 'coming for him',
      'coming for her', 'coming for you',
      // session 13 (lexicon), evidence and records got rid of, stories kept straight, before an audit or an investigation.
      'shred', 'shred it', 'shred them', 'shred the', 'shredding the', 'delete the emails', 'delete the texts', 'delete those emails', 'delete those texts', 'delete the file',
      'wipe the', 'wipe his phone', 'wipe the laptop', 'borren los correos', 'borrar los correos', 'borren los mensajes', 'borrar los mensajes', 'borren todo', 'triturar',
      'trituren', 'triturenlo', 'trituren los', 'get our stories straight', 'get your story straight', 'get our story straight', 'keep your mouth shut', 'keep quiet about',
      'nobody says anything', 'nobody say anything', 'no digan nada', 'ponernos de acuerdo', 'pongamonos de acuerdo', 'cover for him', 'cover for her', 'cover for me',
      'cubranme', 'lose the paperwork', 'lose the file', 'lose the receipts', 'perder los recibos', 'desaparecer los papeles', 'desaparezcan los papeles',
      // Round 6 (s10-jb): the tip itself ("tell your cousins", "be ready", "váyanse por la Socorro").
      'tell your cousins', 'tell your cousin', 'tell your uncle', 'tell your people', 'tell the guys', 'avisenle', 'avisales', 'avisenles', 'le aviso a', 'les aviso', 'me avisa cuando', 'be ready',
      'card everybody', 'card everyone', 'move them now', 'move them', 'better not open', 'better not', 'mejor vete', 'vete a', 'vayanse por', 'agarren otra', 'take another route', 'go around',
      'limpien todo', 'limpien', 'se los lleve a guardar', 'que lo guarde', 'que los guarde', 'que quite su', 'quite su carro', 'i saw the schedule', 'vi el calendario', 'vi la lista', 'lo vi en el sistema',
      'me lo pasaron', 'me pasaron el dato', 'sin avisar', 'psst', 'nomas digo', 'just saying', 'les digo a que horas', 'te digo a que horas', 'les digo cuando', 'ill tell you when', 'i ll tell you when',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'somebody tell him', 'somebody tell her', 'someone tell him', 'someone tell her', 'tell him to', 'tell her to', 'alguien digale', 'alguien avisele', 'digale que',
      'avisale que', 'que se desaparezca', 'que se largue', 'get out of town', 'leave town', 'hit the road', 'que agarre camino', 'que se cruce',
      'que se vaya al otro lado', 'que se vaya pa juarez',
      // Round 9 (s12-ja), the cover story for an inspector: a status faked, a bypass closed.
      'que esta en mantenimiento', 'digan que esta en mantenimiento', 'say it s under maintenance', 'say it s down for maintenance',
      'tell them it s down for maintenance', 'tell them it s under maintenance', 'act like it s', 'pretend it s', 'hagan como que', 'finjan que', 'valvula de desvio',
      'bypass valve',
    ],
    /** Round 4 (s7-jb): who enforces: warrants, raids, inspections, immigration, police units. */
    ill_enforce: [
      'warrant', 'warrants', 'raid', 'raids', 'sweep', 'sting', 'inspection', 'inspections', 'inspectors', 'inspector', 'ice', 'la migra', 'immigration', 'code enforcement',
      'narcs', 'narcotics', 'task force', 'vice', 'detectives', 'the feds', 'feds', 'operativo', 'redada', 'orden de arresto', 'orden de aprehension', 'orden de cateo', 'cateo',
      'inspeccion', 'inspectores', 'la chota', 'los federales', 'los de narcoticos', 'los de code', 'salubridad', 'health inspector', 'health inspectors',
      // Round 6 (s10-jb): checkpoints, stings and patrols.
      'checkpoint', 'dwi checkpoint', 'checkpoints', 'reten', 'retenes', 'alcoholimetro', 'stings', 'undercover', 'encubiertos', 'agentes encubiertos', 'tabc', 'vice unit', 'inspeccion de salud',
      'inspeccion sanitaria', 'mandar patrulla', 'van a mandar patrulla', 'k 9', 'k9', 'el canino',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'roundup', 'round up', 'warrant list', 'lista de ordenes', 'sweep list',
      // session 13 (lexicon), audits and internal investigations.
      'audit', 'auditors', 'the auditors', 'auditoria', 'la auditoria', 'auditores', 'los auditores', 'internal affairs', 'asuntos internos', 'subpoena', 'subpoenaed', 'citatorio',
      'open records request', 'records request', 'solicitud de informacion', 'state auditor', 'contraloria', 'inspector general', 'the fbi', 'el fbi', 'fiscalia', 'la fiscalia',
      'ethics board', 'comision de etica', 'hr investigation', 'the lawsuit', 'la demanda',
    ],
    /** Reports, prevention and official notices about crime, and innocent senses. */
    illegal_guard: [
      'arrested', 'arrest', 'arrests', 'charged', 'charges', 'seized', 'seizure', 'seize', 'confiscated', 'police said', 'officers', 'deputies',
      'investigation', 'investigators', 'suspect', 'suspects', 'awareness', 'campaign', 'take back', 'takeback', 'drop off', 'disposal', 'prevention',
      'education', 'training', 'report', 'reported', 'crime stoppers', 'tip line', 'tips', 'sentenced', 'court', 'convicted', 'never', 'dont', 'do not',
      'avoid', 'scam', 'scams', 'fraud alert', 'beware', 'phishing', 'off our streets', 'off the streets', 'overdose', 'overdoses', 'narcan', 'naloxone',
      'recovery', 'rehab', 'treatment', 'addiction', 'sober', 'sobriety', 'surveillance', 'case', 'k9', 'canine', 'weeds', 'weed eater', 'weed whacker',
      'weed control', 'weeding', 'pull weeds', 'pool party', 'swimming pool', 'pool hours', 'pool is', 'the pool', 'pool noodles', 'carpool', 'motor pool',
      'bars and', 'granola bars', 'protein bars', 'candy bars', 'grab bars', 'bet you', 'you bet', 'best bet', 'i bet', 'bet on', 'safe bet',
      'fake news', 'fake plants', 'fake tree', 'fake flowers', 'heads up on', 'heads up for', 'heads up the', 'heads up that', 'heads up road',
      'papers due', 'research papers', 'newspapers', 'paperwork', 'hall pass', 'hierba mala', 'la piedra', 'gallo pinto', 'gallos de', 'el gallo',
      'arrestado', 'arrestados', 'detenido', 'detenidos', 'decomiso', 'decomisaron', 'incautaron', 'aseguraron', 'campana', 'prevencion', 'denuncie',
      'denuncia', 'denuncien', 'reporte', 'reporten', 'nunca', 'cuidado', 'tratamiento', 'rehabilitacion', 'show', 'movie', 'series', 'netflix',
      'breaking bad', 'narcos', 'book', 'podcast', 'documentary', 'recipe', 'receta', 'lice', 'piojos', 'take home test', 'take home pay',
      'take home a', 'splash pad', 'launch pad', 'mouse pad', 'heating pad', 'landing pad', 'lily pad', 'pad thai', 'notepad', 'note pad', 'concrete pad', 'recycling carts', 'recycling cart', 'trash carts', 'garbage carts', 'golf cart', 'golf carts', 'shopping carts', 'helped clean up', 'illegal dumping', 'dumping', 'cleanup', 'dale una mordida', 'darle una mordida', 'le da una mordida', 'una mordida a este', 'una mordida a esta', 'dos mordidas', 'en dos mordidas', 'de una mordida', 'perrita', 'perrito', 'herida', 'stole the show', 'stole the win', 'stole the game', 'stole the spotlight', 'stole my heart', 'stole our hearts', 'stole a base',
      'stole second', 'stole third', 'stole home', 'steal the show', 'stealing the show', 'stole the lead', 'stole a win', 'stole the victory', 'trivia', 'stole my', 'stole our', 'stolen from', 'got stolen', 'was stolen', 'were stolen', 'me robaron', 'nos robaron', 'robaron mi', 'cash only lanes', 'toll', 'pay by', 'acid reflux', 'folic acid', 'lean on', 'lean in', 'lean back',
      // session 13 (lexicon): shred days and records retention; the crack in a road; a speed limit; acid as a chemical; bars of soap, signal and salads.
      'retention', 'shred day', 'shredding event', 'free shredding', 'identity theft', 'crack in', 'cracks in', 'crack sealing', 'crack seal', 'cracked', 'speed limit', 'speed bump', 'speed bumps', 'speeding', 'battery acid', 'acid rain', 'bars of', 'signal bars', 'monkey bars', 'salad bars',
      // session 15 (guards from round 12 c-h clean alarms): asking whether a note is needed.
      'if i need', 'do i need', 'handbook',
    ],
    /** Controlled drugs and prescription drugs sold without a prescription. */
    ill_drug: [
      'weed', 'mota', 'coke', 'cocaine', 'cocaina', 'perico', 'meth', 'cristal', 'crystal', 'heroin', 'heroina', 'fentanyl', 'fentanilo',
      'xanax', 'xannies', 'oxy', 'oxys', 'oxycodone', 'oxycontin', 'percs', 'percocet', 'percocets', 'hydrocodone', 'hydros',
      'vicodin', 'norco', 'norcos', 'adderall', 'tramadol', 'codeine', 'codeina', 'molly', 'ecstasy', 'shrooms',
      'ozempic', 'clonazepam', 'clonas', 'rivotril', 'valium', 'pastillas controladas', 'controlled pills', 'pain pills', 'pills',
      'edibles', 'dab pen', 'dab pens', 'blunt', 'blunts', 'joint', 'joints', 'porro', 'porros', 'churro',
      'pastillas', 'pastis', 'tachas',
    ],
    /** Street drugs someone smokes or takes (not "pills": those may be one's own medicine). */
    ill_street_drug: ['weed', 'mota', 'coke', 'cocaine', 'cocaina', 'perico', 'meth', 'cristal', 'crystal', 'heroin', 'heroina', 'fentanyl', 'fentanilo', 'molly', 'ecstasy', 'shrooms', 'edibles', 'dab pen', 'dab', 'dabs', 'blunt', 'blunts', 'joint', 'joints', 'porro', 'porros', 'churro', 'tachas', 'line', 'lines', 'bump', 'bowl', 'pen', 'gummies', 'xanax', 'percs', 'oxy'],
    /** Guns sold or passed on without the papers the law requires. */
    ill_gun: ['glock', 'glocks', 'gun', 'guns', 'pistol', 'pistols', 'handgun', 'handguns', 'rifle', 'rifles', 'ar', 'ar 15', 'ar15', 'ak', 'ak 47', 'shotgun', 'shotguns', 'revolver', 'ghost gun', 'ghost guns', 'pistola', 'pistolas', 'cuerno de chivo', 'cuernos de chivo', 'cuernos', 'fusca', 'fuscas', 'escuadra', 'escuadras', 'armas', 'arma', 'r 15', 'parque', 'ammo'],
    /** Taking something, said by the one who took it. */
    ill_take: ['take', 'took', 'taking', 'grab', 'grabbed', 'grabbing', 'swipe', 'swiped', 'lift', 'lifted', 'steal', 'stole', 'stealing', 'pocket', 'pocketed', 'walk off with', 'walked off with', 'help yourself to', 'me lleve', 'me llevo', 'nos llevamos', 'nos llevamos', 'se llevo', 'se llevan', 'agarre', 'agarramos', 'saque', 'sacamos', 'robamos', 'robe', 'nos robamos', 'me robe', 'le robamos', 'les robamos', 'le robe', 'llevense', 'agarren',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'walk out with', 'walk out with it', 'just walk out', 'walk right out with', 'pocket the', 'pocket it', 'just pocket', 'keep the change', 'me la quede',
      'me lo quede', 'me los quede', 'me las quede', 'nos la quedamos', 'nos lo quedamos', 'le lleve', 'les lleve', 'se lo lleve', 'se la lleve', 'se los lleve',
      'se las lleve', 'llevatelo', 'llevenselo', 'agarrenlo', 'agarralo', 'help yourselves', 'kept it', 'i kept', 'we kept', 'me clave', 'nos clavamos', 'me jale',
      'nos jalamos', 'me embolse', 'pocketing',
      // Round 7 (s11-jb), second pass: euphemism and street slang from the concept (en, border es).
      'fell off the truck', 'fell off a truck', 'se cayo del camion', 'liberated', 'liberate', 'borrowed permanently', 'it walked off', 'grew legs', 'se me pegaron',
      'se me pego',
    ],
    /** City places things are taken from. */
    ill_city_place: ['subestacion', 'planta', 'treatment plant', 'water plant', 'pump station', 'evidence room', 'cuarto de evidencia', 'stockroom', 'rec center', 'city hall', 'la presidencia', 'landfill', 'relleno sanitario', 'fire station', 'la estacion', 'comandancia', 'el taller', 'motor pool', 'parts room', 'tool crib', 'supply room', 'supply closet', 'supply cage', 'supplies', 'storeroom', 'stock room', 'warehouse', 'yard', 'city yard', 'substation', 'shop', 'jobsite', 'job site', 'site', 'depot', 'motor pool', 'fleet', 'garage', 'station', 'office', 'trucks', 'truck', 'bodega', 'almacen', 'obra', 'patrullas', 'patrulla', 'unidades', 'unidad', 'municipio', 'ciudad', 'oficina', 'taller', 'corralon', 'pipas', 'camiones'],
    /** Acts of getting or handing over a drug. */
    ill_deal: [
      'sell', 'selling', 'sells', 'sold', 'buy', 'buying', 'got', 'have', 'has', 'anybody have', 'anyone have', 'anyone got', 'need',
      'leftover', 'extra', 'spare', 'share', 'bring', 'brought', 'score', 'hook you up', 'hook me up', 'plug',
      'vendo', 'vende', 'venden', 'vender', 'compro', 'comprar', 'consigo', 'tengo', 'tiene', 'traigo', 'trae', 'paso', 'pasar', 'le paso',
      'te paso', 'les paso', 'sobraron', 'me sobraron', 'alguien tiene', 'quien tiene', 'ocupo', 'revender', 'revenderlas', 'revenderlos',
    ],

    // --- Round 6 (s10-jb): families read from round 6's dev part, written as concepts (en and es) ---
    /** R6 family "an employee sells a favor of the job": what the job lets them do faster, skip or forget. */
    ill_favor: [
      'skip the', 'skip it', 'skip your', 'let you ride', 'let you in', 'let you slide', 'let it slide', 'let you go', 'let you park', 'look the other way',
      'makes me forget', 'make me forget', 'i forget', 'ill forget', 'i ll forget', 'se le olvido', 'se me olvida', 'se me olvido', 'me olvido de', 'me hago de la vista gorda',
      'disappear', 'disappears', 'desaparezca', 'desaparece', 'desaparecer', 'la hago desaparecer', 'lo hago desaparecer', 'se pierda', 'se pierda el expediente',
      'sale primero', 'salga primero', 'go first', 'goes first', 'to the top', 'front of the line', 'jump the line', 'brincar la fila', 'sin hacer fila', 'rapidito',
      'que le atiendan mas rapido', 'que lo atiendan mas rapido', 'que los atiendan mas rapido', 'faster service', 'get bumped up', 'bump you up',
      'les paso las respuestas', 'te paso las respuestas', 'las respuestas del examen', 'the answers to the', 'the answer key', 'answer key',
      'bajar el medidor', 'bajarle al medidor', 'le bajo el medidor', 'slow down the meter', 'slow the meter', 'roll back the meter', 'set back the meter',
      'approved by', 'approved same day', 'approved in a day', 'sign it off', 'sign off on', 'ill sign', 'i ll sign', 'se los firmo', 'se la firmo', 'se lo firmo', 'yo le firmo', 'yo se los firmo',
      'les consigo la plaza', 'le consigo la plaza', 'tengo conocidos', 'tengo palancas', 'palancas', 'tengo un conocido', 'i know people', 'i got a guy',
      'sin que el juez se entere', 'sin que se entere', 'sin que nadie se entere', 'without the judge', 'without anyone knowing', 'sin tramites', 'sin papeles', 'sin examen', 'sin ir a consulta',
      'no le pido su permiso', 'no le pido', 'no le pido el permiso', 'no le levanto', 'no le pongo multa', 'no le multo', 'i dont write', 'i don t write', 'i wont write', 'i won t write',
      'leave the back gate open', 'leave the gate open', 'leave it open', 'le dejo abierto', 'les dejo abierto', 'without a pass', 'sin pase', 'ride free', 'ride all month',
      'yo me encargo', 'yo lo arreglo', 'lo arreglamos', 'se lo arreglo', 'te lo arreglo', 'se los arreglo', 'le hace el paro', 'hace el paro', 'te hago el paro', 'les hago el paro',
      'con el apellido que', 'como si fueran suyos', 'como si fuera suyo', 'cambien la fecha', 'cambiarle la fecha', 'mover la fecha',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'change the date', 'change the dates', 'changed the date', 'changed the dates', 'change inspection dates', 'cambie la fecha', 'le cambie la fecha',
      'cambiar la fecha', 'le movi la fecha', 'pass inspection', 'passed inspection', 'pass the inspection', 'pasar la inspeccion', 'paso la inspeccion',
      'firme la inspeccion', 'le firme la inspeccion', 'le firme', 'sign the inspection', 'signed the inspection', 'sin ir', 'without going', 'without inspecting',
      'sin revisar', 'sin inspeccionar', 'no le pusiera la multa', 'no le puse la multa', 'no le pongo la multa', 'no le levante la multa', 'didnt write him up',
      'didn t write him up', 'didnt write her up', 'didn t write her up', 'lo deje ir', 'la deje ir', 'les borro', 'le borro', 'te borro', 'les arreglo', 'le arreglo',
      'te arreglo', 'les arreglo lo de', 'ill fix your', 'i ll fix your', 'ill take care of your', 'i ll take care of your', 'se lo dan al que', 'se la dan al que',
      'al que le pase', 'whoever pays', 'whoever slips', 'that s how i got', 'thats how i got', 'asi consegui', 'asi consiguio', 'examenes resueltos', 'examen resuelto',
      'test answers', 'exam answers', 'vendo plaza', 'vendo mi plaza', 'se vende plaza', 'venta de plazas', 'la paso a quien', 'selling my spot', 'sell you my spot',
      'para que no pague', 'so they don t pay', 'so they dont pay',
      // Round 7 (s11-jb), second pass: euphemism and street slang from the concept (en, border es).
      'grease the wheels', 'move your file up', 'mover su expediente', 'push it through', 'push your permit through', 'fast track', 'fast tracked', 'le adelanto',
      'se lo adelanto', 'lo adelanto', 'se los adelanto', 'le echo la mano con',
      // Round 9 (s12-ja), favor for pay: favors only a job can sell (a ticket voided before it posts, an address forgotten, a check skipped, a rival bid leaked); safe beside a price.
      'void it', 'void them', 'void your', 'ill void', 'i ll void', 'before it posts', 'before it hits the system', 'before it goes in the system', 'forget the address',
      'forget your address', 'forget i saw', 'forget what i saw', 'never saw a thing', 'didn t see nothing', 'didnt see nothing', 'didn t see a thing',
      'didnt see a thing', 'stamp it approved', 'stamp them approved', 'skip the inspection', 'tear up your', 'tear up any', 'tear up the citation', 'tear up tickets',
      'no reviso nada', 'yo no reviso', 'no les reviso', 'no le reviso', 'no les checo', 'no le checo', 'sin revision', 'se me olvida la direccion',
      'me olvido de la direccion', 'rompo la multa', 'le cancelo la multa', 'me hago el ciego', 'se hace el ciego', 'se hacen de la vista gorda',
      'hacerse de la vista gorda', 'se lo destrabo', 'lo destrabo', 'los precios de los demas', 'las propuestas de los demas', 'the other bidders',
      // Round 9 (s12-ja), second pass: a test skipped.
      'without taking the test', 'skip the test',
      // session 13 (lexicon), the favor said the border way: it "comes out fast", the fine "forgotten", the stand not closed, the inspection passed unseen, a date changed.
      'que te salga rapido', 'te salga rapido', 'salga rapido', 'yo lo muevo', 'lo muevo', 'se olvido de la infraccion', 'se olvido de la multa', 'se olvidara de la multa',
      'para no clausurar', 'no clausurar', 'no me clausuro', 'no me clausuraron', 'para que no me multara', 'para que no me multe', 'para que pasen la verificacion',
      'pasen la verificacion', 'pasar la verificacion', 'paso la verificacion', 'con otra fecha', 'te saco el acta', 'te saco la licencia', 'te consigo la licencia', 'les consigo la licencia',
      'me deje sacar', 'me dejen sacar', 'deje sacar material', 'me dejan sacar', 'forget the ticket', 'forgot about the ticket', 'not shut down', 'didn t shut us down', 'didnt shut us down',
    ],
    /** R6: asking for or naming the source of drugs (with illegal_drug, a clause apart). */
    ill_source: [
      'el contacto', 'me pase el contacto', 'pasen el contacto', 'the plug', 'your plug', 'his plug', 'a plug', 'quien trae', 'quien vende', 'who sells', 'whos bringing', 'who s bringing',
      'le compraba', 'le compro', 'le compre', 'compraba', 'me consiga', 'quien me consiga', 'se las paso', 'se los paso', 'mi compa trae', 'trae la', 'traigan',
    ],
    /** R6: someone inside who will fix it (with ill_favor: "yo hablo con el de la corte para que desaparezca"). */
    ill_fixer: [
      'yo hablo con', 'hablo con el de', 'hablo con la de', 'le hablo al', 'le hablo a la', 'ill talk to', 'i ll talk to', 'ill call my', 'i ll call my', 'i know someone at', 'i know somebody at',
      'i know a guy', 'i got a guy', 'tengo un amigo en', 'tengo una amiga en', 'tengo un conocido', 'amigo que trabaja en', 'amiga que trabaja en', 'trabaja en la corte', 'works at the court',
      'mi cunado trabaja', 'mi primo trabaja', 'mi compa trabaja', 'pasamela', 'pasamelas', 'pasame la multa', 'mandame la multa', 'mandame tu multa', 'send me your ticket', 'send me the ticket',
      'mandeme mensaje', 'mandenme mensaje', 'yo le digo como', 'yo les digo como', 'i ll tell you how', 'ill tell you how', 'yo me encargo', 'leave it to me', 'dejamelo a mi', 'dejenmelo a mi',
      // Round 9 (s12-ja), favor for pay: the handle the fixer asks for (the plate, the citation number) and the wink that closes the offer.
      'send me the number', 'send me the citation', 'send me the plate', 'send me your plate', 'text me the plate', 'text me your plate', 'text me the number',
      'text me the citation', 'dm me the citation', 'dm me the number', 'dm me the plate', 'dm me your plate', 'mandame la placa', 'mandame las placas',
      'mandenme las placas', 'pasenme las placas', 'pasame las placas', 'mandenme el numero', 'mandame el numero de', 'pasame el folio', 'mandame el folio',
      'mandenme el folio', 'my cousin at', 'my buddy at', 'my guy at', 'my buddy behind the counter', 'my guy behind the counter', 'mi primo en', 'mi compa en',
      'mi cuate en', 'you know where to find me', 'ya saben donde encontrarme', 'ya saben donde estoy', 'usted me entiende', 'ustedes me entienden',
      'you know what i mean', 'if you know what i mean', 'ya me entendieron',
      // Round 9 (s12-ja), second pass: the compadre inside.
      'mi compadre en', 'mi comadre en', 'mi compadre de', 'mi comadre de', 'mi compadre que trabaja', 'my tia at', 'my t\u00eda at',
    ],
    /** R6: what is paid for such a favor, besides a dollar figure (MONEY in patterns). */
    ill_payment: [
      'slip me', 'slide me', 'pay me', 'paid me', 'pays me', 'me pago', 'me pagaron', 'me paga', 'me pagan', 'si me pagan', 'si me dan', 'me regala', 'me regalan', 'me regalo',
      'cooperacion', 'una cooperacion', 'refresquito', 'un refresquito', 'para el refresco', 'para los refrescos', 'pa los refrescos', 'una feria', 'le di una feria', 'una lana',
      'billete', 'un billete', 'a case of', 'a six pack', 'a 12 pack', 'una caja de', 'un cartón de', 'un carton de', 'a bottle of', 'una botella', 'se cobra aparte',
      'envelope', 'envelopes', 'sobre', 'un sobre', 'cash', 'en efectivo', 'a few bucks', 'se le paga bien', 'pagan bien', 'paga bien', 'a little something', 'algo para el refresco',
      'donen a la campana', 'donate to the campaign', 'tip me', 'propina', 'una propina', 'mordida', 'mordidita', 'moche', 'cuesta', 'cobro', 'le cobro', 'les cobro', 'te cobro',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'zelle', 'venmo', 'cash app', 'cashapp', 'por zelle', 'por venmo', 'si votan por', 'si vota por', 'si votas por', 'if you vote for', 'if yall vote for',
      'if y all vote for', 'foto de la boleta', 'photo of your ballot', 'pic of your ballot', 'a quien me de', 'quien me de', 'whoever gives me', 'pa las cheves',
      'para las cheves', 'unas cheves', 'pa los tacos',
      // Round 7 (s11-jb), second pass: euphemism and street slang from the concept (en, border es).
      'un cafecito', 'para el cafe', 'pa los chescos', 'pal chesco', 'lunch money', 'a little thank you', 'show some appreciation', 'show your appreciation',
      'una atencion', 'un detallito', 'gift card', 'gift cards', 'tarjeta de regalo', 'tarjetas de regalo', 'una botellita', 'unas chelas',
      // Round 9 (s12-ja), favor for pay: money sent by app, said as a request.
      'venmo me', 'cash app me', 'zelle me', 'kick me back', 'kick me a little', 'make it worth my while', 'worth my while', 'for my trouble',
      'something for my trouble',
      // session 13 (lexicon), the payment said the border way: "ponte con algo", "le pasé una lana", "me pidió mil pesos y se los di".
      'ponte con algo', 'ponerse con algo', 'se pone con algo', 'pongase con algo', 'le pase una lana', 'le pase una feria', 'le di una lana', 'le solte una lana', 'le solte una feria',
      'me pidio mil', 'me pidio una lana', 'me pidio dinero', 'me pidio una feria', 'y se los di', 'se los di', 'mil pesos', 'quinientos pesos', 'unos pesos', 'unos dolares',
      'unos dolaritos', 'me pasas una feria', 'me pasas una lana', 'le pago al', 'le pague al', 'le pagamos al', 'le pago a la', 'le pague a la', 'me pasa una feria', 'slipped him', 'slipped her', 'slid him', 'handed him a', 'paid him off', 'paid her off', 'paid off the',
    ],
    /** R6 family "sells or gives away City property or what the City seized". The sale side. */
    ill_sale: [
      'selling', 'sell', 'sells', 'for sale', 'vendo', 'vende', 'venden', 'vendemos', 'se vende', 'se venden', 'les vendo', 'te vendo', 'obo', 'cheap', 'cheaper', 'baratas', 'baratos',
      'barata', 'barato', 'anyone want to buy', 'anybody want to buy', 'les puedo conseguir', 'les consigo', 'consigo',
      'side gig', 'side job', 'side hustle', 'its yours', 'it s yours', 'y es tuyo', 'y es suyo', 'la libra', 'el galon', 'cada uno', 'each', 'a pop', 'cash only', 'nomas diganme',
      'lleven sus', 'traigan sus', 'bring your own', 'i do shots', 'we ll patch', 'well patch', 'we patch', 'i patch',
      // Round 9 (s12-ja): "yo se los vendo", a low price said other ways.
      'se los vendo', 'se las vendo', 'se lo vendo', 'se la vendo', 'te lo vendo', 'te los vendo', 'los vendo', 'las vendo', 'baratito', 'baratitos', 'baratitas',
      'a buen precio', 'good price', 'make me an offer', 'best offer', 'first to venmo', 'venmo me',
      // Round 9 (s12-ja), second pass: sold online.
      'on ebay', 'on marketplace', 'en marketplace', 'en ebay', 'on offerup', 'en offerup', 'sell them on',
      'los vendo en',
      // session 13 (lexicon), selling it on: at the flea market, the swap meet, the pawn shop.
      'vendiendo', 'ando vendiendo', 'andamos vendiendo', 'las vendi', 'los vendi', 'lo vendi', 'la vendi', 'revendo', 'los revendo', 'las revendo', 'en la segunda', 'en el segunda',
      'en el tianguis', 'en la pulga', 'at the flea market', 'at the swap meet', 'swap meet', 'pawned', 'pawn shop', 'empene', 'lo empene', 'casa de empeno',
    ],
    /** R6: goods that are the City's or were seized (the other side of ill_sale and of taking home). */
    ill_city_goods: [
      'city issued', 'city owned', 'city property', 'the city one', 'city one', 'the city s', 'city s', 'citys', 'city asphalt', 'city paint', 'city gas', 'city fuel', 'city truck', 'city trucks',
      'que me dio la ciudad', 'que nos dio la ciudad', 'de la ciudad', 'del municipio', 'de la city', 'del trabajo', 'from work', 'at work', 'de la oficina', 'from the office', 'office supplies',
      'de la estacion', 'from the station', 'evidence room', 'bodega de evidencia', 'bodega de evidencias', 'cuarto de evidencia', 'cuarto de evidencias', 'evidence locker', 'decomisamos',
      'que decomisamos', 'decomisada', 'decomisado', 'we seized', 'we confiscated', 'confiscated', 'at the yard', 'from the yard', 'del yarda', 'de la yarda', 'del corralon', 'el corralon', 'de las patrullas', 'de la patrulla', 'off the patrol cars', 'off the city trucks', 'from impound',
      'del vivero', 'la bomba de la ciudad', 'fuel tank', 'bulk fuel', 'caja chica', 'petty cash', 'la bodega', 'the warehouse', 'del almacen', 'the supply room', 'toner', 'papel de bano',
      'rollos de papel', 'la troca de la ciudad', 'the city truck', 'the old pump station', 'pump station', 'the copper', 'el cobre', 'city laptop', 'city phone',
      'mis dias de vacaciones', 'vacation days', 'my sick days', 'my pto',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'del departamento', 'de las del departamento', 'del depto', 'from the department', 'de bomberos', 'from the fire station', 'de la bodega', 'del sistema',
      'from the system', 'out of the system', 'take back bin', 'drug take back bin', 'from evidence', 'de evidencias', 'fare box', 'fare boxes', 'the fares',
      'from the register', 'out of the register', 'from the till', 'de la caja',
      // Round 9 (s12-ja), city and seized goods: what was seized, the fuel island and yard, the lost and found, said the way crews name them.
      'que nos decomisaron', 'que decomisaron', 'lo decomisado', 'de lo decomisado', 'del decomiso', 'los decomisos', 'decomisados', 'decomisadas', 'the seized',
      'what we seized', 'what we confiscated', 'from the seizure', 'from the impound', 'impound lot', 'del tanque de la ciudad',
      'the city tank', 'city tank', 'fuel island', 'the fuel island', 'de la flotilla', 'la flotilla', 'del patio de la', 'city yard', 'the city yard', 'city course',
      'the city course', 'city golf course', 'free gas', 'free fuel', 'free diesel', 'gasolina gratis', 'diesel gratis',
      // Round 9 (s12-ja), second pass: what was to be discarded or sent to surplus, taken instead.
      'que iban a desechar', 'iban a desechar', 'que iban a tirar', 'que iban a dar de baja', 'were getting tossed',
      'supposed to go to surplus', 'supposed to be destroyed', 'supposed to be shredded',
      // session 13 (lexicon), the City's leftovers and jobsites, and the fine money collected in cash.
      'del taller municipal', 'taller municipal', 'de la obra de la ciudad', 'de la obra municipal', 'de la obra del municipio', 'del almacen municipal', 'de las unidades', 'que sobraron del', 'que sobro del', 'sobrantes de la',
      'leftover from the job', 'from the job site', 'from the jobsite', 'lo de las multas', 'las multas que se cobran', 'el dinero de las multas', 'the fine money', 'se cobran en efectivo',
      // session 13 (lexicon), the City's cash: meters, fares, fees collected at a window.
      'parking meters', 'the meters', 'los parquimetros', 'parquimetros', 'the meter money', 'the collections', 'la recaudacion', 'the cash drawer', 'el cajon del dinero',
      'la caja registradora', 'the pool register', 'las entradas de la alberca', 'los pagos de la',
      // session 15: City goods named as people on the job name them.
      'city car', 'city vehicle', 'gas card', 'fuel card', 'city fuel card', 'gasolina de la ciudad', 'city toner', 'purchasing card', 'p card', 'cold patch', 'fill dirt', 'copper wire',
      'the pallets', 'lost found', 'lost and found', 'sobrantes de asfalto', 'cisterna de la ciudad', 'la llave del hidrante', 'del hidrante', 'snack bar', 'fuel cards',
    ],
    /** R6 family "took it home / used it for myself": the taking, said the way people say it. */
    ill_took: [
      'took home', 'take home', 'taking home', 'brought home', 'bring them home', 'bring it home', 'nos trajimos', 'me traje', 'me lo traje', 'me los traje', 'me la traje',
      'me llevo', 'me lleve', 'nos llevamos', 'se lleva', 'se llevan', 'me los llevo', 'me las llevo', 'me lo llevo', 'borrowed', 'borrow', 'agarre', 'agarramos', 'agarro',
      'in my backyard', 'in my garage', 'en mi casa', 'a la casa', 'pa la casa', 'para la casa', 'para mi casa', 'en la casa de', 'to fill my', 'fill my', 'filled my', 'fill up my',
      'cheque la gasolina', 'eche gasolina', 'le eche gasolina', 'llene mi', 'llenamos', 'ends up at', 'ends up in', 'end up at', 'pulled the copper', 'stripped the', 'scrap yard paid',
      'my boat', 'mi lancha',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'le lleve', 'les lleve', 'se lo lleve', 'se la lleve', 'se los lleve', 'se las lleve', 'me la quede', 'me lo quede', 'me los quede', 'me las quede', 'kept it',
      'kept them', 'took them home', 'took it home', 'a la casa de mi', 'afuera de la casa de mi', 'pa mi casa', 'to my place',
      // Round 7 (s11-jb), second pass: euphemism and street slang from the concept (en, border es).
      'fell off the truck', 'fell off a truck', 'se cayo del camion', 'liberated', 'liberate', 'borrowed permanently', 'se me pegaron', 'se me pego',
      // Round 9 (s12-ja): taken for personal use, said as whose car or house it ends up in.
      'para sus carros', 'pa sus carros', 'para su carro', 'pa su carro', 'para sus trocas', 'para sus casas', 'pa sus casas', 'para mi carro', 'pa mi carro',
      'para mi troca', 'pa mi troca', 'for my personal', 'my personal truck', 'my personal car', 'my personal vehicle', 'my own truck', 'my own car', 'for personal use',
      'para uso personal', 'pa uso personal', 'for your own car', 'for your personal',
      // Round 9 (s12-ja), second pass: for a relative's or one's own business.
      'for my brother s', 'for my cousin s', 'for my wife s', 'for my husband s', 'for his business', 'for her business', 'for my business', 'landscaping business',
      'side business', 'para el negocio de', 'pal negocio de', 'para su negocio', 'para mi negocio', 'pa mi negocio', 'pa su negocio', 'the good ones home',
      'take the good ones',
      'me robe', 'nos robamos', 'me robe unas', 'me robe unos', 'robamos', 'me clave unas', 'me clave unos',
      // session 13 (lexicon), the cash taken and shared out.
      'split the cash', 'split it between', 'split it three ways', 'split it two ways', 'nos repartimos', 'nos lo repartimos', 'nos la repartimos', 'nos la dividimos',
      'keep the cash', 'kept the cash', 'keep some of the cash', 'kept some of the cash', 'pocket the cash', 'pocketed the cash', 'me quedo con el efectivo', 'me quede con el efectivo',
      'nos quedamos con el efectivo', 'me quedo con una parte', 'me quede con una parte',
    ],
    /** R6 family "nobody notices": the boast that the rule-breaking goes unseen. Said with a first person or a taking. */
    ill_impunity: [
      'nobody checks', 'nobody checks anyway', 'no one checks', 'nobody counts', 'nobody notices', 'nobody noticed', 'no one noticed', 'nobody will miss', 'nobody ll miss', 'no one will miss',
      'never asks', 'never ask for them back', 'never asks for them back', 'they ll never know', 'theyll never know', 'nobody will know', 'no one will know', 'perks of the job',
      'dont ask where', 'don t ask where', 'you didnt hear it from me', 'you didn t hear it from me', 'easiest money', 'easy money', 'dinero facil', 'lana facil',
      'nadie cuenta', 'nadie revisa', 'nadie checa', 'ni revisa', 'ni revisan', 'ni checan', 'ni reviso', 'ni se dieron cuenta', 'ni cuenta se dan', 'nadie se da cuenta',
      'nadie se dio cuenta', 'nadie las va a extranar', 'nadie lo va a extranar', 'nadie los va a extranar', 'nadie la va a extranar', 'no pregunten de donde', 'no es robo',
      'no lo anden diciendo', 'nomas no lo anden diciendo', 'ni se enteran', 'ni se entero', 'ni se entera', 'sin que se entere', 'sin que lo revisen', 'total nadie',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'nobody audits', 'no one audits', 'nobody audits it', 'never audited', 'nunca lo auditan', 'nadie audita', 'nadie lo audita', 'nobody s watching',
      'nobodys watching', 'no one s watching', 'nobody will notice', 'nobody ll notice', 'no one will notice', 'nobody even noticed', 'nobody ever checks',
      'no one ever checks', 'nobody ever counts', 'nobody s gonna miss', 'nobodys gonna miss', 'nobody s gonna notice', 'nobodys gonna notice', 'nobody s gonna know',
      'nobodys gonna know', 'none the wiser', 'nobody the wiser', 'what they dont know', 'what they don t know', 'going to waste',
      'gonna go to waste', 'was gonna get tossed', 'gonna get tossed', 'gonna throw it away', 'were gonna throw', 'was gonna throw', 'were gonna burn',
      'gonna burn them anyway', 'gonna toss them anyway', 'just sitting there', 'nobody uses them', 'nobody uses it', 'nobody was using', 'nobody was gonna use',
      'nobody claimed', 'nobody s gonna claim', 'nobodys gonna claim', 'nobody will claim', 'everybody does it', 'everyone does it', 'we all do it', 'never been caught',
      'havent been caught', 'haven t been caught', 'never get caught', 'never got caught', 'no paper trail', 'nadie se ha dado cuenta', 'nadie se va a dar cuenta',
      'nadie se fija', 'ni quien se entere', 'ni quien diga nada', 'ni lo notan', 'ni lo van a notar', 'nadie las iba a usar', 'nadie los iba a usar',
      'nadie la iba a usar', 'nadie lo iba a usar', 'nadie las usa', 'nadie los usa', 'nadie la va a reclamar', 'nadie lo va a reclamar', 'nadie las va a reclamar',
      'nadie los va a reclamar', 'nadie la reclamo', 'nadie lo reclamo', 'las iban a tirar', 'los iban a tirar', 'lo iban a tirar', 'la iban a tirar',
      'las iban a quemar', 'los iban a quemar', 'se iba a desperdiciar', 'se iban a desperdiciar', 'ahi nomas estaban', 'ahi nomas estaba', 'todos lo hacen',
      'todos lo hacemos', 'nunca me han cachado', 'nunca nos han cachado', 'no me han cachado', 'no nos han cachado', 'sin dejar rastro', 'ni se dan cuenta',
      // Round 9 (s12-ja): the boast that nobody ever checked, in the perfect tense.
      'nobody has ever checked', 'no one has ever checked', 'nobody s ever checked', 'nobodys ever checked', 'nobody has ever noticed', 'no one has ever noticed',
      'nunca nadie ha revisado', 'nadie ha revisado nunca', 'nunca nadie ha checado', 'nunca me han revisado', 'nunca nos han revisado', 'nunca me han dicho nada',
      'never once checked',
    ],
    /** R6 family "the author's own act": first-person verbs people write about the job (pairs with ill_impunity). */
    ill_self_act: [
      'i', 'im', 'i m', 'ive', 'i ve', 'we', 'yo', 'nosotros', 'nos', 'me', 'ponemos', 'todos ponemos', 'pongo', 'signed', 'firme', 'firmo', 'cheque', 'checo', 'used', 'use', 'usamos',
      'agarre', 'agarramos', 'vendi', 'vendimos', 'me llevo', 'nos llevamos', 'our crew', 'mi turno', 'my shift', 'en mi turno', 'tengo', 'tenemos', 'i got', 'we got',
    ],
    /** R6 family "gambling with money": the bet or the game run for money. */
    ill_bet: [
      'apuesta', 'apuestas', 'apostar', 'apostamos', 'apostando', 'le apuesto', 'casa de apuestas', 'bets', 'betting', 'bet on', 'wager', 'wagers', 'bookie', 'llevo el libro', 'the book',
      'palenque', 'derby', 'derby de gallos', 'pelea de gallos', 'peleas de gallos', 'carreras de caballos', 'carrera de caballos', 'horse races', 'horse racing', 'cockfight',
      'el bote', 'del bote', 'the pot', 'winner takes all', 'winner take all', 'el que gane se lleva', 'se lleva todo', 'el que pierda paga', 'loteria', 'la tabla', 'card game', 'poker night',
      'maquinitas', 'eight liners',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'quiniela', 'quinielas', 'la quiniela', 'office pool', 'football pool', 'super bowl pool', 'squares', 'super bowl squares', 'bracket pool', 'la polla',
      // Round 9 (s12-ja): a card or dice game played for money.
      'poker', 'partida de poker', 'con apuesta', 'craps', 'juego de dados', 'a los dados', 'tirar dados', 'cubilete',
      // Round 9 (s12-ja), second pass: the Super Bowl boxes.
      'super bowl boxes', 'boxes pool', 'football boxes',
      // session 15: bets on animal fights and the pot said in Spanish.
      'el pozo ya va', 'el pozo va', 'el pozo ya lleva', 'el pozo acumulado', 'gallo de pelea', 'gallos de pelea', 'pa pelear', 'para pelear', 'for fighting', 'dog fight', 'dog fights',
      'dogfight', 'dogfights', 'dog fighting', 'pelea de perros', 'peleas de perros', 'rooster fight', 'rooster fights', 'cockfights',
    ],
    /** R6: a stake or a call to join, with ill_bet. */
    ill_stake: [
      'entrada', 'minimo', 'minimum', 'buy in', 'cash', 'en cash', 'en efectivo', 'feria', 'bring your feria', 'traigan su feria', 'juntamos', 'ya juntamos', 'paga doble', 'pay double',
      'entrarle', 'quien le entra', 'who wants in', 'quien quiere', 'ahi nos vemos', 'see you there', 'la tabla', 'se lleva todo', 'el dinero', 'the money', 'dinero',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'la casilla', 'por casilla', 'casilla', 'casillas', 'el cuadro', 'a square', 'per square', 'a box',
      // Round 9 (s12-ja): the game kept out of sight, or played for money.
      'nomas no le digan', 'no le digan a', 'por dinero', 'con dinero', 'de a dinero',
      'for money', 'for real money', 'real money', 'for cash',
      // session 15: the stake said as a head count, a winner's take, a call to come with cash, or the bets themselves.
      'por cabeza', 'per head', 'el ganador', 'winner gets', 'winner takes', 'caigan', 'caiganle', 'apuestas fuertes', 'buenas apuestas', 'hay apuestas', 'bring cash',
      'traigan cash', 'traigan lana', 'traigan efectivo', 'traigan feria', 'bets', 'betting', 'apuestas', 'apuesta', 'apostar', 'apostarle', 'le apuestan',
    ],
    /** R6 family "across the border without the check": the border side. */
    ill_border: [
      'rio', 'el rio', 'del rio', 'river', 'across the river', 'the river', 'del otro lado', 'al otro lado', 'otro lado', 'garita', 'la garita', 'puente', 'el puente', 'the bridge', 'bridge',
      'aduana', 'customs', 'la linea', 'the border', 'la frontera', 'border', 'from juarez', 'de juarez', 'en juarez', 'de reynosa', 'de matamoros', 'de chihuahua', 'de mexico', 'from mexico', 'houston',
      // session 13 (lexicon), carried across.
      'cruzo', 'cruzamos', 'los cruzo', 'las cruzo', 'por la garita', 'por el puente', 'me los traigo de', 'me las traigo de', 'bring them across', 'bring it across',
      // session 15: the crossing said as a verb, a lane or a levee.
      'cruzar', 'cruza', 'cruzan', 'cruzando', 'cruzarse', 'se esta cruzando', 'cruzar cosas', 'cross some', 'cross stuff', 'el bordo', 'bordo', 'carril', 'el carril',
      'de progreso', 'la stanton', 'works the bridge',
    ],
    /** R6: past the check, hidden, or paid to carry (with ill_border). */
    ill_covert: [
      'sin papeles', 'sin que lo revisen', 'sin que la revisen', 'sin que los revisen', 'sin pasar por', 'sin declarar', 'escondidas', 'escondidos', 'escondido', 'escondida', 'hidden', 'hid',
      'ni reviso', 'didnt check', 'didn t check', 'banned', 'the ones that are banned', 'prohibidos', 'prohibidas', 'pagan bien', 'se le paga bien', 'paga bien', 'llevar gente', 'llevo gente',
      'llevamos gente', 'pasar gente', 'choferes', 'hace el paro', 'le hace el paro', 'sin receta', 'without a prescription', 'no prescription', 'lo arreglamos', 'extras to sell',
      'a mitad de precio', 'half price', 'unos de mas', 'de mas',
      // session 13 (lexicon), carried across to resell.
      'los revendo', 'las revendo', 'revendo', 'para revender', 'pa revender', 'to resell', 'resell them', 'flip them',
      // Round 9 (s12-ja): a bare 'mercancia' left out: goods carried across to be declared are legal imports.
      // session 15: past the check: duty not paid, nobody checks, what hour they don't, goods said coyly.
      'without paying duty', 'no duty', 'duty free', 'sin pagar impuestos', 'without declaring', 'no revisa', 'no revisan', 'nadie lo revisa', 'nadie la revisa', 'nadie revisa',
      'ni les revisan', 'ni revisan', 'no checan', 'a que hora no revisan', 'cositas', 'algo especial', 'carros oficiales', 'logo de la ciudad', 'with the city logo',
      'la patrulla no pasa', 'no pasa hasta', 'no pasan antes', 'los guardias no pasan', 'le hice la sena', 'que se siguiera', 'troca cargada', 'sin timbre', 'el peaje',
    ],
    /** R6: refusals, denunciations and news of the same acts (guards for the families above). */
    ill_news_guard: [
      // session 15 (round 7 dev alarm): a fleet notice about each driver's own card.
      'each driver has', 'each employee has', 'cada chofer tiene', 'cada empleado tiene', 'dont share it', 'no la compartan',
      'dije que no', 'said no', 'i said no', 'turned it down', 'lo reporte', 'i reported', 'reported it', 'es delito', 'es ilegal', 'is illegal', 'is a crime', 'denuncielo', 'denuncie',
      'pleaded', 'pleaded guilty', 'sentenced', 'arrested', 'was arrested', 'fue arrestado', 'lo arrestaron', 'la arrestaron', 'no caigan', 'dont fall for', 'don t fall for', 'scam',
      'surplus', 'subasta', 'auction', 'program', 'programa', 'fee', 'fees', 'tarifa', 'cuota', 'included', 'incluido', 'incluidos', 'online', 'en linea', 'website', 'pagina',
      'stolen from', 'got stolen', 'was stolen', 'were stolen', 'me robaron', 'nos robaron', 'report', 'reporte', 'reportelo', 'no money', 'bragging rights', 'offering me', 'offered me', 'keeps offering', 'tried to pay', 'tried to bribe', 'me ofrecieron', 'me ofrecio', 'me quiso dar', 'trato de pagar', 'quiso pagar', 'appreciate it but', 'no thanks', 'no gracias', 'like everyone else', 'como todos los demas', 'sin dinero', 'wait times', 'wait time', 'tiempos de espera', 'cbp', 'donation', 'donacion', 'donativo', 'drive', 'colecta',
      // Round 7 (s11-jb): the act said the way people say it (en, es, Spanglish), from the concept.
      'donaciones', 'donations', 'donate', 'donen', 'colectas', 'food drive', 'coat drive', 'toy drive', 'canned food', 'drop off donations',
      // Round 9 (s12-ja): the tow and the impound lot as a notice, goods declared at customs, the City giving things out.
      'la grua', 'grua municipal', 'the tow truck', 'towed', 'lo pueden recoger', 'la pueden recoger', 'pueden recoger', 'can pick it up', 'pick it up at',
      'tarjeta de circulacion', 'olvide declarar', 'olvide declararla', 'olvide declararlo', 'recuerden declarar', 'remember to declare', 'forget to declare', 'declarenla', 'declarenlo', 'declare them',
      'declare your', 'gratis para residentes', 'free for residents', 'giveaway', 'while supplies last', 'hasta agotar', 'limit one', 'proof of residency',
      'comprobante de domicilio',
      // session 15: job favor: the rule said as a warning to staff.
      'nunca acepten', 'no acepten', 'no se aceptan', 'never accept', 'do not accept', 'don t accept', 'dont accept', 'never take', 'do not take',
      // session 15 (guards from round 12 c-h clean alarms): a staff benefit, permission given, an open house, a payment plan.
      'copago', 'copay', 'con permiso', 'with permission', 'casa abierta', 'open house', 'plan de pagos', 'para residentes',
    ],
    // --- Round 7 (s11-jb): acts said as idioms and euphemisms, read from round 7's dev misses, written from the concept ---
    /** R7: taking the offered money, said the way people say it (after me ofreció / offered me + an amount). */
    ill_accepted: [
      'se los acepte', 'se las acepte', 'se lo acepte', 'se la acepte', 'los acepte', 'lo acepte', 'las acepte', 'la acepte', 'ya los agarre', 'los agarre', 'lo agarre', 'ya lo agarre',
      'me los quede', 'me lo quede', 'me los embolse', 'i took it', 'took it', 'took the money', 'took the cash', 'i kept it', 'kept the money', 'i accepted', 'accepted it', 'i said yes',
      'le dije que si', 'ni modo', 'hay que comer', 'who says no to', 'quien dice que no', 'and i did it', 'y lo hice', 'so i did', 'free money', 'easy money', 'dinero facil', 'lana facil', 'no le hago el feo',
    ],
    /** R7: poison, as people name it when they mean to use it on an animal. */
    ill_poison: [
      'antifreeze', 'anticongelante', 'rat poison', 'veneno', 'veneno para ratas', 'poison', 'poisoned', 'poisoning', 'envenenar', 'envenenarlo', 'envenenarla', 'envenenarlos', 'envenene', 'envenenamos',
      'raticida', 'matarratas', 'strychnine', 'estricnina', 'ground glass', 'vidrio molido', 'bleach in the water', 'cloro en el agua',
    ],
    /** R7: an animal someone is annoyed by (with ill_poison). */
    ill_animal: [
      'dog', 'dogs', 'perro', 'perros', 'perrito', 'perritos', 'cat', 'cats', 'gato', 'gatos', 'pigeons', 'palomas', 'barking', 'ladrando', 'ladra', 'stray', 'strays', 'callejeros', 'roosters',
      'gallos', 'over the fence', 'por la barda', 'sobre la barda', 'neighbors dog', 'neighbor s dog', 'perro del vecino',
    ],
    /** R7: advice, news and care about poison and animals (the clean side of ill_poison). */
    ill_poison_guard: [
      'toxic', 'toxico', 'toxica', 'keep', 'mantenga', 'away from', 'lejos de', 'if your', 'si su', 'symptoms', 'sintomas', 'vet', 'veterinario', 'poison control', 'accidental', 'dispose',
      'store', 'guarde', 'dangerous', 'peligroso', 'deadly to', 'mortal para', 'protect', 'proteja', 'never', 'nunca', 'report', 'reporte', 'reportelo', 'investigating', 'investigation',
      'someone poisoned', 'was poisoned', 'were poisoned', 'fue envenenado', 'fueron envenenados', 'reward', 'recompensa', 'arrested', 'charged', 'cruelty', 'crueldad', 'my dog', 'my cat',
      'mi perro', 'mi gato', 'mi perrita', 'snake', 'vibora', 'spider', 'arana', 'ate', 'comio', 'se comio',
    ],
    /** R7: a benefit or a permit that belonged to someone who died (used on, it is fraud). */
    ill_benefit: [
      'placas de discapacitado', 'placa de discapacitado', 'handicap placard', 'handicap placards', 'handicap plates', 'handicap tag', 'disabled placard', 'el placard', 'her placard', 'his placard',
      'su placard', 'sus cheques', 'her checks', 'his checks', 'social security checks', 'los cheques del seguro', 'su pension', 'her pension', 'his pension', 'her benefits', 'his benefits',
      // session 13 (lexicon): a dead person's ballot or vote.
      'su boleta', 'her ballot', 'his ballot', 'la boleta de', 'su voto', 'vote por mi', 'vote por', 'voted for my', 'voted as my', 'vote como',
      'sus beneficios', 'su tarjeta lone star', 'her ebt', 'his ebt', 'her food stamps', 'sus estampillas', 'su credencial',
    ],
    /** R7: who the benefit belonged to: someone who has died. */
    ill_dead: [
      'que ya fallecio', 'que ya murio', 'que en paz descanse', 'ya fallecida', 'ya fallecido', 'who passed', 'who passed away', 'who died', 'passed away', 'since she died', 'since he died',
      'desde que murio', 'desde que fallecio', 'my late', 'difunta', 'difunto', 'mi difunta', 'mi difunto', 'que dios tenga en su gloria',
    ],
    /** R7: returning or reporting what the dead left (the clean side of ill_benefit). */
    ill_dead_guard: ['return', 'returned', 'devolver', 'devolvi', 'regresar', 'report the death', 'reportar', 'how do i', 'como le hago', 'where do i', 'donde', 'cancel', 'cancelar', 'canceled', 'cancele'],
    /** session 13 (lexicon). A benefit (a disabled placard, a card) borrowed from someone alive to use oneself. */
    ill_borrowed: [
      'me presta su', 'me presto su', 'me prestan su', 'me prestaron su', 'prestada de', 'prestado de', 'de mi compadre', 'de mi abuela', 'de mi abuelo', 'de mi suegra', 'de mi tia',
      'borrow my grandma s', 'borrow my mom s', 'borrowed my grandma s', 'borrowed my mom s', 'my grandma s', 'my abuela s', 'lends me his', 'lends me her', 'lent me his', 'lent me her',
    ],
    /** session 13 (lexicon). Using it for the person it belongs to is lawful: driving them, their appointment. */
    ill_borrowed_guard: [
      'cuando la llevo', 'cuando lo llevo', 'la llevo', 'lo llevo', 'llevarla', 'llevarlo', 'con ella', 'con el', 'when i drive her', 'when i drive him', 'with her', 'with him', 'doctor',
      'medico', 'cita', 'appointment', 'clinica', 'clinic', 'hospital', 'how do i', 'como le hago', 'renew', 'renovar', 'tramite',
    ],
    /** session 13 (lexicon). The writer's crew getting rid of waste themselves (dumped, poured, tossed), en and es. */
    ill_dump_self: [
      'i dump', 'we dump', 'i dumped', 'we dumped', 'we just dump', 'i just dump', 'we always dump', 'i pour', 'we pour', 'i poured', 'we poured', 'we just pour', 'i toss', 'we toss',
      'i tossed', 'we tossed', 'we get rid of', 'we got rid of', 'we drain', 'we drained', 'i drain', 'i drained', 'tiramos', 'tire', 'lo tiramos', 'los tiramos', 'las tiramos',
      'nomas lo tiramos', 'echamos', 'eche', 'lo echamos', 'vaciamos', 'vacie', 'lo vaciamos', 'me deshago', 'nos deshacemos', 'nos deshicimos', 'tiro el', 'tiro la', 'tiro los',
      'vaciamos el', 'vaciar el', 'tirarlo en', 'tirarlos en', 'echarlo al', 'echarlo en',
    ],
    /** session 13 (lexicon). Where waste must not go: storm drains, arroyos, the desert, the river, an empty lot. */
    ill_dump_where: [
      'storm drain', 'storm drains', 'down the drain', 'down the storm', 'in the arroyo', 'into the arroyo', 'en el arroyo', 'al arroyo', 'in the desert', 'out in the desert',
      'en el desierto', 'al desierto', 'en el monte', 'into the river', 'in the river', 'al rio', 'en el rio', 'into the canal', 'in the canal', 'al canal', 'en el canal',
      'la alcantarilla', 'en la alcantarilla', 'por la alcantarilla', 'al drenaje', 'en el drenaje', 'por el drenaje', 'in the ditch', 'en la zanja', 'empty lot', 'vacant lot',
      'lote baldio', 'en el baldio', 'behind the yard', 'detras del patio', 'atras del patio',
    ],
    /** session 13 (lexicon). Notices against dumping, cleanups, work that is meant to go in a ditch or a drain. */
    ill_dump_guard: [
      'someone', 'somebody', 'alguien', 'report', 'reporte', 'reportelo', '311', 'illegal dumping', 'fine', 'fines', 'multa', 'multas', 'never', 'do not', 'dont', 'don t', 'no tire',
      'no tiren', 'prohibido', 'please', 'por favor', 'found', 'encontramos', 'cleanup', 'clean up', 'cleaned', 'limpieza', 'limpiamos', 'collection', 'recoleccion', 'drop off',
      'citizen collection', 'concrete', 'concreto', 'culvert', 'gravel', 'grava', 'sand', 'arena', 'seeds', 'semillas', 'water', 'agua limpia', 'rain', 'lluvia', 'flood', 'inundacion',
      'fish', 'peces', 'stocked', 'release', 'liberamos', 'trout', 'truchas', 'ashes', 'cenizas', 'flowers', 'flores', 'mulch', 'dirt', 'tierra', 'rocks', 'piedras', 'ball', 'pelota',
    ],
    /** R7: getting in or through without paying (an entrance, a ride, a tee time) for friends. */
    ill_freeload: [
      'in free', 'in for free', 'get in free', 'get in for free', 'sin pagar', 'entrar gratis', 'entren gratis', 'entran gratis', 'pasan gratis', 'without paying', 'without a ticket',
      'sin boleto', 'colarse', 'se cuelan', 'sneak in', 'sneak them in', 'sneak your', 'no pagan', 'book your friends', 'your friends in', 'a tus amigos', 'a sus amigos',
    ],
    /** R7: the way past the check (with ill_freeload). */
    ill_backway: [
      'around back', 'round back', 'back door', 'side door', 'back gate', 'puerta de atras', 'por atras', 'por la puerta de atras', 'when security', 'when the guard', 'cuando no hay nadie',
      'cuando cambian turno', 'changes shift', 'shift change', 'starter s out', 'starters out', 'when nobody', 'cuando nadie', 'doesnt latch', 'doesn t latch', 'no cierra', 'login',
    ],
    // --- Round 9 (s12-ja): favor for pay, read from round 8's dev part, written from the concept ---
    /**
     * R9: the payment said as a treat, a bottle, an envelope, a monthly cut or "ponerse guapo":
     * a bribe by its nature, so it may meet the softer favors below (a permit "sale aprobada").
     */
    ill_bribe_gift: [
      'buy me lunch', 'buy me a lunch', 'buys me lunch', 'buy me dinner', 'buy me a beer', 'buy me a drink', 'buy me a coffee', 'buy me breakfast', 'buy me tacos',
      'bring me lunch', 'bring me tacos', 'bring me a coffee', 'bring him a little', 'bring her a little', 'coffee money', 'beer money', 'a little coffee money',
      'make it worth my while', 'worth my while', 'grease my palm', 'grease his palm', 'grease her palm', 'a nice bottle', 'a bottle of whiskey', 'a bottle of tequila',
      'a bottle of crown', 'a fifth of', 'buchanans', 'buchanan s', 'crown royal', 'hennessy', 'fat envelope', 'thick envelope', 'envelope was thick', 'envelope was fat', 'brown envelope', 'envelope full of', 'envelope of cash', 'cash in an envelope',
      'under the table', 'kickback', 'kickbacks', 'mordida', 'mordidita', 'moche', 'cochupo', 'un cafecito', 'un refresquito', 'un detallito', 'una atencion',
      'me invitan a comer', 'me invita a comer', 'me invitas a comer', 'me invitan la comida', 'me invitan el lonche', 'me disparan', 'me disparas', 'me dispara', 'invitenme',
      'lo de cada mes', 'lo de cada semana', 'lo de cada quincena', 'la cuota de cada mes', 'mochada', 'su mochada', 'mocharse', 'mochate', 'mochense', 'se mocha', 'se mochan',
      'ponerse guapo', 'ponerte guapo', 'pongase guapo', 'ponganse guapos', 'se pone guapo', 'ponerse la del puebla', 'sobrecito', 'un sobrecito', 'el sobrecito',
      'bajo la mesa', 'bajo el agua', 'por debajo de la mesa', 'pal refresco', 'algo pal refresco', 'pal refresquito', 'para el refresco', 'pa la coca', 'pal cafe',
      'pa un cafe', 'para un cafecito', 'a case of beer', 'a twelve pack', 'a 12 pack', 'a six pack', 'un carton de cerveza', 'un cartoncito', 'propinita', 'una propinita', 'billetito', 'un billetito', 'regalito', 'un regalito', 'una botella de', 'un buchanans', 'un whisky',
    ],
    /**
     * R9: favors that are also an ordinary outcome ("sale aprobada", "make it move", "get it
     * approved", "win the bid"): only with a bribe (ill_bribe_gift), never beside a bare price.
     */
    ill_favor_soft: [
      'make it move', 'make it go faster', 'speed it up', 'speed things up', 'make it go away', 'make them go away', 'get it approved', 'get you approved', 'approved for you',
      'sign off for you', 'inspection was quick', 'inspection went quick', 'win the bid', 'win the contract',
      'the other bids', 'the other quotes', 'tear it up', 'rip it up', 'sale aprobada', 'sale aprobado', 'salga aprobada', 'salga aprobado', 'le aprueben',
      'se lo aprueben', 'que le aprueben', 'se la apruebo', 'se lo apruebo', 'se los apruebo', 'se las apruebo', 'no hay revision', 'no reviso', 'se las saco', 'se los saco',
      'se lo saco', 'se la saco', 'sin que vengan', 'sin que venga', 'se la quito', 'se las quito', 'ganar la licitacion', 'ganar el contrato', 'les paso los precios',
      'te paso los precios', 'le paso los precios', 'se lo agilizo', 'se la agilizo', 'le agilizo', 'se lo muevo', 'se la muevo', 'salio rapidito', 'salio volando',
      'se la cancelo', 'se las cancelo',
      // Round 9 (s12-ja), second pass: an appraisal, a fine or a meter lowered; "se las arregla"; a test skipped.
      'sin hacer el examen', 'sin hacer examen', 'se las arregla', 'se la arregla', 'se lo arregla', 'se los arregla', 'bajaron el avaluo', 'bajar el avaluo', 'bajarme el avaluo', 'me bajaron el avaluo', 'lower my appraisal', 'lowered my appraisal', 'lowered the appraisal', 'me bajaron la multa', 'knocked down the fine', 'adjusted the meter', 'adjusted my meter', 'adjusted it', 'fixed the meter', 'le movio al medidor', 'le movieron al medidor', 'le arreglo el medidor', 'reads half',
    ],
    /** R9: goods the City seized (decomisos), the other side of ill_seized_use. */
    ill_seized: [
      'que nos decomisaron', 'que decomisaron', 'que decomisamos', 'lo decomisado', 'de lo decomisado', 'del decomiso', 'los decomisos', 'de los decomisos', 'decomisados',
      'decomisadas', 'decomisada', 'decomisado', 'the seized', 'what we seized', 'what we confiscated', 'from the seizure', 'the confiscated',
      // session 15: seized goods: what staff seized or hold as evidence, said the way they say it.
      'decomisamos', 'q decomisamos', 'que confiscamos', 'confiscamos', 'we confiscated', 'confiscated', 'un decomiso', 'de un decomiso', 'the last seizure', 'last seizure',
      'evidence room', 'the evidence room', 'evidence locker', 'cuarto de evidencia', 'cuarto de evidencias', 'bodega de evidencias', 'a evidencias', 'evidencias', 'que sacamos del carro',
      'we took from', 'took from those', 'from those kids', 'que le quitamos', 'que les quitamos', 'lo que recogemos', 'que recogemos',
    ],
    /** R9: seized goods put to use by staff: handed out, brought to the party, kept, sold. */
    ill_seized_use: [
      'las trae el', 'los trae el', 'las trae la', 'los trae la', 'va a sacar', 'las va a sacar', 'los va a sacar', 'nos vamos a llevar', 'repartir', 'repartimos', 'les reparto',
      'para la fiesta', 'pa la fiesta', 'para la posada', 'pa la posada', 'pa la carne asada', 'para la carne asada', 'pal convivio', 'para el convivio', 'for the party',
      'for the cookout', 'for the potluck', 'help yourself', 'help yourselves', 'grab some', 'se los vendo', 'se las vendo', 'llevarse', 'llevense', 'quieran llevarse',
      'quiera llevarse', 'i kept', 'we kept', 'me quede con', 'nos quedamos con', 'hmu', 'el que quiera', 'la que quiera',
      // session 15: seized goods kept, used, split, sold or skimmed before they are logged.
      'le quitamos', 'quitamos un poquito', 'antes de registrarla', 'antes de registrarlo', 'antes de registrarlos', 'antes de registrarlas', 'before logging', 'before we logged',
      'before it got logged', 'before we log', 'ya saben donde acabo', 'donde acabo', 'los usamos nosotros',
      'las usamos nosotros', 'we split', 'split them', 'split it', 'nos los repartimos', 'nos las repartimos', 'set aside for', 'apartamos', 'la posada estuvo', 'department party',
      'anybody want some', 'anyone want some', 'want some', 'shame to waste', 'seems wasteful', 'wasteful', 'burn anyway', 'about to burn', 'back pain', 'holler at me', 'has a couple',
      'anyone wanna buy', 'wanna buy', 'la dejamos', 'pa despues', 'para despues', 'for later', 'trunk full', 'weekend spin', 'take a spin', 'joyride', 'estaba buenisima',
      'se los vendo', 'a veces se los vendo', 'los vendo', 'los vendemos', 'se los regalamos', 'took home', 'me lleve', 'nos llevamos',
    ],
    /** session 15: seized goods that never reached the evidence room (said with a negation, so its frame is not negatable). */
    ill_seized_skim: [
      'never made it to', 'never made it into', 'never got to', 'never got logged', 'never logged', 'never got turned in', 'nunca llego', 'nunca llegaron', 'ni la mitad llego',
      'no llego', 'no llegaron', 'nunca llego a', 'ni la mitad', 'not all of it', 'no todo llego', 'nunca se registro', 'nunca se registraron',
    ],
    /** session 15: seized goods: destroyed, returned or logged as the rules say, and warnings (the clean side of ill_seized). */
    ill_seized_guard: [
      'will be destroyed', 'destroyed', 'were destroyed', 'se destruyeron', 'se destruyen', 'fueron destruidos', 'fueron destruidas', 'donated', 'donados', 'donadas', 'returned to',
      'devueltos', 'devueltas', 'chain of custody', 'cadena de custodia', 'properly logged', 'audit', 'auditoria', 'reminder', 'recordatorio', 'never take', 'do not take',
      'no se lleven', 'no se permite', 'prohibited', 'prohibido', 'arrested', 'charged', 'investigation', 'investigacion', 'press release', 'comunicado', 'great work', 'buen trabajo',
    ],
    /** R9: the shrug that nobody will miss it ("who's counting", "perks of running the fuel island"): only beside a taking or City goods. */
    ill_impunity_soft: [
      'who s counting', 'whos counting', 'nobody s counting', 'nobodys counting', 'who s gonna know', 'whos gonna know', 'who s gonna notice', 'whos gonna notice',
      'who s gonna miss', 'whos gonna miss', 'quien se va a dar cuenta', 'quien va a notar', 'ni quien cuente', 'nadie lleva la cuenta', 'perks of running', 'perks of working',
      'perks of being', 'one of the perks', 'job perks', 'beneficios del puesto', 'ventajas del puesto', 'ventajas de trabajar',
      // session 15: the shrug said as a question or an aside ("who's going to check", "HR never checks", "if you know you know").
      'who s going to check', 'whos going to check', 'who s gonna check', 'whos gonna check', 'who s checking', 'whos checking', 'quien va a revisar', 'quien va a checar',
      'doesn t ask questions', 'doesnt ask questions', 'never checks', 'never calls to check', 'nobody ever claims', 'nobody claims', 'nadie reclama', 'nadie se entera',
      'sin que se note', 'q no se note', 'que no se note', 'no se note', 'ni cuenta se dio', 'nobody ever noticed', 'if you know you know', 'no pregunten', 'don t log', 'dont log',
      'no digan de donde', 'nobody ever looks', 'nobody looks', 'nadie se fija',
    ],
    // --- session 15: read from round 12's writers c–h (favor sold, documents made, seized goods, bets, the border), written from the concept ---
    /** session 15: job favor: what only the job can do for someone: a check skipped, a fee waived, a record lost, erased or rewritten, a service turned back on, a line jumped. */
    ill_job_favor: [
      'without paying', 'without paying the fee', 'without paying the fees', 'without the fee', 'waive the fee', 'waive your fee', 'waive the fees', 'skip the fee', 'no fee',
      'without the inspection', 'without an inspection', 'without inspection', 'w o inspection', 'without inspecting', 'without a doctor', 'without the doctor', 'no doctor',
      'no paperwork', 'no papers', 'no questions', 'no questions asked', 'misplace', 'misplaced', 'misplace the', 'lose the report', 'lose your paperwork', 'lose the paperwork',
      'lose your file', 'lose the file', 'lose your ticket', 'lose the ticket', 'lose the citation', 'lose your citation', 'lose your tow', 'lose the tow', 'lose it', 'can lose',
      'mark it', 'mark it as', 'marked it as', 'warning only', 'just a warning', 'as a warning', 'knock it down', 'knocks it down', 'turn it back on', 'turn your water back on',
      'turns it back on', 'turn your power back on', 'wave you through', 'waves you through', 'wave them through', 'waved him through', 'waved them through', 'let you through',
      'release your car', 'releases your car', 'release the car', 'get your car back', 'take their cars back', 'clear your warrant', 'warrant cleared', 'clear the warrant', 'clears it',
      'fix the spelling', 'change the report', 'change your report', 'write it up as', 'wrote it up as', 'code it as', 'list it as', 'listed as', 'get listed as', 'mark it scrapped',
      'mark one as destroyed', 'as destroyed', 'bump you up', 'bumped up', 'bump your', 'move you up', 'top of the pile', 'top of the list', 'to the front of', 'front of the list',
      'pass your inspection', 'passes inspection', 'passing inspection', 'pass the inspection', 'green tag', 'sign off on it', 'signs off', 'sign one', 'signs one', 'the number drops',
      'bill lower', 'lower your bill', 'adjusted down', 'lower the reading', 'doesn t card', 'doesnt card', 'won t card', 'wont card', 'don t card', 'dont card', 'forgets to write',
      'forget to write', 'not write you up', 'won t write you up', 'wont write you up', 'never get written up', 'keeps losing', 'doesn t check', 'doesnt check', 'won t check',
      'wont check', 'doesn t ask questions', 'doesnt ask questions', 'go through without', 'goes through without', 'can go through without', 'swaps the cups', 'swap the cups',
      'swap the cup', 'swaps the cup', 'pee in the cup for', 'malfunctions', 'malfunction', 'skip the burial permit', 'skip the permit', 'without the permit', 'without a permit',
      'tell you which', 'i ll tell you which', 'ill tell you which', 'see the other numbers', 'the other numbers first', 'hold the', 'hold them for you', 'before they get listed',
      'before intake', 'sneak one out', 'sneak them out', 'in good hands', 'work something out', 'work it out with me', 'take care of it for you',
      'sin pagar', 'sin pagar la multa', 'sin pagar el', 'sin pagar la', 'sin cobrar', 'no cobra', 'no cobran', 'no te cobra', 'no les cobra', 'no le cobra', 'sin la inspeccion',
      'sin inspeccion', 'sin pasar por inspeccion', 'sin pasar por la inspeccion', 'sin pasar por compras', 'sin pasar por', 'sin receta', 'sin receta medica', 'sin papeles de doctor',
      'sin doctor', 'sin ir al doctor', 'sin tomar el curso', 'sin hacer el curso', 'sin examen', 'te la borra', 'te la borran', 'se la borra', 'la borran', 'la borren', 'las borran',
      'lo borran', 'lo borra', 'te lo borra', 'del sistema', 'los quito del sistema', 'las quito del sistema', 'se los quito', 'no aparecen', 'no aparece', 'se olvida de',
      'se olvida', 'se le olvida', 'se les olvida', 'les cambia la fecha', 'le cambia la fecha', 'cambia la fecha', 'les cambio la fecha', 'la acomodo', 'lo acomodo', 'se la acomodo',
      'se lo acomodo', 'me lo acomoda', 'me la acomoda', 'arriba de la pila', 'hasta arriba', 'la meto directo', 'lo meto directo', 'la meto', 'lo meto a la lista', 'le reconecto',
      'les reconecto', 'te reconecto', 'reconecten', 'les reconecten', 'te reconectan', 'le arreglo el medidor', 'les arreglo el medidor', 'te arreglo el medidor', 'no revisa',
      'no revisan', 'no los reviso', 'no te revisa', 'no les revisa', 'ni les revisan', 'le hago la sena', 'le hice la sena', 'te deja pasar', 'les deja pasar', 'deja pasar',
      'los deja pasar', 'las deja pasar', 'te deja ir', 'te devuelve', 'te devuelve tu carro', 'te lo devuelve', 'sin que le toque', 'le dejamos de contar', 'dejamos de contar',
      'que salga esta semana', 'salga esta semana', 'salga mas rapido', 'diga otra cosa', 'que diga otra cosa', 'la hace sin', 'te la hace', 'le pierdo', 'le pierdo el', 'se pierda el reporte',
      'se les pierde', 'se le pierde', 'sin que pase por', 'por fuera de la lista', 'pase primero', 'los pongo primero', 'lo pongo primero',
    ],
    /** session 15: job favor: what is paid for it: a sum, a tip, a gift, a treat, a cut (beside ill_payment and ill_bribe_gift). */
    ill_pay_any: [
      ...[5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 75, 80, 90, 100, 120, 125, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 750, 800, 900].flatMap((n) => [
        `$${n}`, `${n} bucks`, `${n} dollars`, `${n} dlls`, `${n} dls`, `${n} dolares`, `${n} varos`, `${n} pesos`,
      ]),
      '$1 000', '$2 000', '$1 500', 'a twenty', 'a fifty', 'a hundred', 'a hundred bucks', 'a c note', 'a couple twenties', 'a few twenties', 'veinte dolares', 'cincuenta dolares', 'cien dolares',
      'a small tip', 'small tip', 'a tip', 'a lil tip', 'a little tip', 'a little consideration', 'little consideration', 'a plate of', 'plates every', 'starbucks card', 'a lil starbucks',
      'a bottle', 'bottle of', 'cases of', 'case of', 'a brisket', 'a twelve pack', 'a six', 'a carne asada', 'owes me a', 'wink wink', 'cash app me', 'venmo me', 'zelle me',
      'un regalito', 'regalitos', 'un detalle', 'un detallito', 'billetito', 'billetitos', 'un par de billetes', 'un par de billetitos', 'unas cheves', 'cheves', 'chelas', 'un six',
      'un seis', 'invitenme', 'invitame', 'me invitan', 'algo pa los chescos', 'algo para la gasolina', 'para la gasolina', 'pa la gasolina', 'algo pa la gasolina',
      'una buena lana', 'buena lana', 'se le agradece con', 'me tienes que ayudar con algo', 'ayudar con algo', 'me ayudas con algo', 'me apoyas con algo', 'nos apoyo con',
      'nos apoyaron con', 'una comision', 'su comision', 'el enganche', 'precio de amigo', 'por unos', 'x unos', 'dlls', 'propina', 'propinas', 'una caja de cerveza', 'una caja de',
      'unas cervezas', 'un cartón', 'una botella', 'dos botellas', 'un plato de', 'unos tacos', 'en efectivo', 'cash only', 'cash', 'efectivo',
    ],
    /** session 15: job favor: refusals, reports, news and notices about the same favors (the clean side). */
    ill_sold_guard: [
      'offered me', 'offering me', 'tried to pay', 'tried to bribe', 'tried to give', 'me ofrecio', 'me ofrecieron', 'me quiso dar', 'quiso pagar', 'trato de pagar', 'i said no', 'said no',
      'dije que no', 'le dije que no', 'turned it down', 'reported', 'report it', 'report them', 'i reported', 'lo reporte', 'reportelo', 'reportenlo', 'denuncie', 'denuncielo',
      'arrested', 'arrest', 'charged', 'indicted', 'investigation', 'investigating', 'pleaded', 'sentenced', 'was fired', 'got fired', 'lo corrieron', 'la corrieron', 'arrestado',
      'arrestaron', 'detenido', 'is illegal', 'es ilegal', 'es delito', 'is a crime', 'scam', 'scams', 'scammer', 'scammers', 'estafa', 'estafas', 'fraude', 'fraud hotline', 'ethics hotline',
      'beware', 'cuidado con', 'no caigan', 'dont fall for', 'don t fall for', 'never', 'nunca', 'jamas', 'dont pay', 'don t pay', 'no pague', 'no paguen', 'do not pay', 'residents',
      'residentes', 'free for', 'gratis para', 'late fee', 'the fee is', 'fee is', 'fees are', 'la cuota es', 'la tarifa es', 'pay online', 'pague en linea', 'online', 'en linea',
      'apply', 'solicite', 'program', 'programa', 'assistance', 'asistencia', 'payment plan', 'plan de pagos', 'senior', 'seniors', 'veterans', 'veteranos', 'waiver', 'exemption',
      'exencion', 'eligible', 'elegibles', 'policy', 'politica', 'prohibited', 'prohibido', 'reminder', 'recordatorio', 'remember', 'recuerde', 'recuerden', 'as a reminder',
    ],
    /** session 15: the boast alone, strong enough to stand without a partner (ill_impunity less what a complaint or a tidy-up notice also says). */
    ill_impunity_alone: [
      'nobody checks', 'nobody checks anyway', 'no one checks', 'nobody counts', 'nobody will miss', 'nobody ll miss', 'no one will miss', 'they ll never know', 'theyll never know',
      'nobody will know', 'no one will know', 'you didnt hear it from me', 'you didn t hear it from me', 'nadie revisa', 'nadie checa', 'ni revisan', 'ni checan', 'ni se dieron cuenta',
      'ni cuenta se dan', 'nadie se da cuenta', 'nadie se ha dado cuenta', 'nadie se va a dar cuenta', 'ni quien se entere', 'ni lo notan', 'ni lo van a notar', 'nunca me han cachado',
      'nunca nos han cachado', 'no me han cachado', 'no nos han cachado', 'sin dejar rastro', 'ni se dan cuenta', 'nobody audits', 'no one audits', 'never audited', 'nunca lo auditan',
      'nadie audita', 'nadie lo audita', 'nobody will notice', 'nobody ll notice', 'no one will notice', 'nobody ever checks', 'no one ever checks', 'nobody ever counts',
      'nobody s gonna miss', 'nobodys gonna miss', 'nobody s gonna notice', 'nobodys gonna notice', 'nobody s gonna know', 'nobodys gonna know', 'none the wiser', 'nobody the wiser',
      'what they dont know', 'what they don t know', 'never been caught', 'havent been caught', 'haven t been caught', 'never get caught', 'never got caught', 'no paper trail',
      'nobody has ever checked', 'no one has ever checked', 'nobody s ever checked', 'nobodys ever checked', 'nunca nadie ha revisado', 'nadie ha revisado nunca', 'nunca nadie ha checado',
      'nunca me han revisado', 'nunca nos han revisado', 'never once checked', 'who s gonna know', 'whos gonna know', 'who s gonna notice', 'whos gonna notice', 'quien se va a dar cuenta',
      'ni quien se de cuenta', 'sin que nadie se entere', 'sin que se den cuenta', 'without anyone noticing', 'nobody has to know', 'no one has to know', 'nadie tiene que saber',
      'nadie se dio cuenta', 'nobody noticed', 'no one noticed', 'nobody notices', 'nobody even noticed', 'nadie se fija', 'perks of the job', 'dont ask where', 'don t ask where',
      'no pregunten de donde', 'no es robo', 'nomas no lo anden diciendo', 'no lo anden diciendo', 'ni se enteran', 'ni se entero', 'ni se entera', 'sin que se entere', 'sin que lo revisen',
      'total nadie', 'easiest money', 'easy money', 'dinero facil', 'lana facil', 'everybody does it', 'everyone does it', 'we all do it', 'todos lo hacen', 'todos lo hacemos',
    ],
    /** session 15: hush deal: keep it quiet, said beside a price (a deal that must not be known is one the rules forbid). */
    ill_hush: [
      'don t tell anybody', 'dont tell anybody', 'don t tell anyone', 'dont tell anyone', 'don t tell nobody', 'dont tell nobody', 'no le digan a nadie', 'no le digas a nadie',
      'no le diga a nadie', 'keep it between us', 'between you and me', 'entre nos', 'que quede entre nosotros', 'queda entre nosotros', 'don t say anything', 'dont say anything',
      'no digan nada', 'no digas nada', 'keep it quiet', 'keep it on the down low', 'on the down low', 'on the dl', 'nomas no digan', 'nomas no le digan', 'calladito', 'calladitos',
      'calladita', 'just don t tell', 'just dont tell', 'don t tell the office', 'dont tell the office', 'don t tell hr', 'dont tell hr', 'no le digan al jefe', 'no le digan a la jefa',
      'no le digan al supervisor', 'don t tell my supervisor', 'dont tell my supervisor', 'don t tell the boss', 'dont tell the boss', 'no digan de donde', 'no digan que soy',
    ],
    /** session 15: hush deal: the secrets people keep for a surprise or a gift (the clean side of ill_hush). */
    ill_hush_guard: [
      'surprise', 'sorpresa', 'party', 'fiesta', 'cake', 'pastel', 'gift for', 'regalo para', 'birthday', 'bday', 'cumple', 'cumpleanos', 'baby shower', 'shower', 'retirement',
      'jubilacion', 'collecting for', 'cooperacion para', 'card for', 'tarjeta para', 'flowers', 'flores', 'despedida', 'farewell', 'potluck', 'secret santa', 'intercambio',
    ],
    /** session 15: official documents the job issues or stamps (with ill_doc_made: made or had without their check). */
    ill_official_doc: [
      'placard', 'placards', 'handicap placard', 'disabled placard', 'placas de discapacitado', 'placa de discapacitado', 'permiso de discapacitado', 'doctor s note', 'doctors note',
      'sick note', 'justificante', 'justificantes', 'incapacidad', 'birth certificate', 'birth certificates', 'acta de nacimiento', 'actas de nacimiento', 'acta de matrimonio',
      'actas de matrimonio', 'acta', 'actas', 'certificate', 'certificates', 'certificado', 'certificados', 'vaccination certificate', 'vaccination records', 'vaccination record',
      'vaccine card', 'shot records', 'immunization record', 'immunization records', 'cartilla', 'cartilla de vacunacion', 'proof of residence', 'proof of address', 'proof of residency',
      'comprobante de domicilio', 'comprobantes de domicilio', 'inspection sticker', 'inspection stickers', 'engomado', 'texas id', 'an id', 'fake id', 'licencia', 'licencias',
      'licencia de manejo', 'licencias de manejo', 'license', 'licenses', 'driver s license', 'drivers license', 'permit', 'permits', 'permiso', 'permisos', 'building permit',
      'lot tag', 'parking tag', 'hang tag', 'parking pass', 'gafete', 'gafetes', 'badge', 'constancia', 'constancias', 'diploma', 'diplomas', 'titulo', 'green card', 'social security card',
      'credencial', 'credenciales', 'mica', 'micas', 'water bill', 'recibo de agua', 'recibo de luz',
    ],
    /** session 15: made or had without the check it stands for: a stamp in hand, any name or date, no doctor, no course, a price for it, "looks real". */
    ill_doc_made: [
      'with the city stamp', 'city stamp', 'the stamp', 'got the stamp', 've got the stamp', 'el sello', 'los sellos', 'con sello', 'con el sello', 'tengo los sellos', 'tengo el sello',
      'sello de la ciudad', 'con sello y todo', 'real letterhead', 'the letterhead', 'membrete', 'any address', 'any name', 'any date', 'cualquier direccion', 'cualquier nombre',
      'different birthday', 'different date', 'different name', 'con fecha de antes', 'con otra fecha', 'nombres distintos', 'otro nombre', 'without a doctor',
      'no doctor', 'sin doctor', 'sin receta', 'sin receta medica', 'sin papeles de doctor', 'aunque no lo esten', 'aunque no lo estes', 'aunque no lo sean', 'sin tomar el curso',
      'without taking the course', 'without taking the class', 'without the class', 'no questions', 'no questions asked', 'sin preguntas', 'looks better than a real one', 'looks real',
      'looks legit', 'quedan igualitos', 'igualitos', 'igualitas', 'nuevecitas', 'nuevecitos', 'from my printer', 'i can print', 'print one off', 'print you', 'prints them', 'i print',
      'les hago uno', 'les hago una', 'te hago uno', 'te hago una', 'yo se las hago', 'yo se los hago', 'se las hago', 'se los hago', 'te la hace', 'te lo hace', 'me la hace', 'make you one',
      'makes them', 'fake', 'fakes', 'falso', 'falsa', 'falsos', 'falsas', 'chueco', 'chueca', 'chuecos', 'chuecas', 'phony', 'cash only', 'no paperwork', 'sin papeles', 'sin papeleo',
      'vendo', 'se venden', 'for sale', 'selling',
    ],
    /** session 15: notices and news about the same documents (the clean side of ill_doc_made). */
    ill_doc_guard: [
      // session 15 (round 6 dev alarm): a licence put at risk ('can cost you your license'), a document one is told to check.
      'cost you your', 'can cost you', 'le puede costar', 'card everyone', 'check ids', 'revisen identificaciones',
      'renew', 'renewal', 'renewals', 'renovar', 'renueve', 'renovacion', 'apply', 'application', 'solicite', 'solicitud', 'replacement', 'replace', 'reposicion', 'requirements',
      'requisitos', 'required', 'requerido', 'bring your', 'traiga su', 'traigan su', 'office hours', 'horario', 'online', 'en linea', 'reminder', 'recordatorio', 'expired', 'vencido',
      'vencida', 'report', 'reporte', 'reportar', 'fraud', 'fraude', 'scam', 'estafa', 'arrested', 'charged', 'arrestado', 'detenido', 'never', 'nunca', 'dont', 'don t', 'do not', 'no acepte',
      'beware', 'cuidado', 'is illegal', 'es ilegal', 'es delito', 'counterfeit', 'spot a fake', 'how to tell', 'como identificar', 'we stamp', 'sellamos', 'notary', 'notario', 'notarized',
      'free', 'gratis',
    ],
  },
  frames: [
    {
      id: 'judgement.illegal.first_person_offense',
      category: 'illegal',
      message: {
        en: 'The writer offers, asks for or owns up to something illegal (drugs, bribes, fixed tickets, theft, forgery, bets, smuggling).',
        es: 'Quien escribe ofrece, pide o admite algo ilegal (drogas, sobornos, multas arregladas, robo, falsificación, apuestas, contrabando).',
      },
      negatable: true,
      cooccur: [
        { all: ['illegal_thing', 'illegal_actor'], within: 6, unless: ['illegal_guard'], guardWithin: 5 },
        { all: ['illegal_drug', 'illegal_deal'], within: 6, unless: ['illegal_guard'], guardWithin: 5 },
        // Round 6 (s10-jb): asking for the dealer's contact or who brings it, a clause away.
        { all: ['illegal_drug', 'ill_source'], within: 12, unless: ['illegal_guard'], guardWithin: 5 },
      ],
      examples: {
        hit: [
          'anybody need percs before the holiday weekend, got a few extra, dm',
          'I can make that parking citation disappear, just bring a little something for the mordida lol',
          'Tengo mota de la buena, quien quiere? al privado',
          'Clock me in tomorrow morning, I am going to be late again',
          'pal que quiera polvito pa la noche, me busca en el patio, y no es azúcar',
        ],
        miss: [
          'Officers seized 4 kilos of meth in the investigation, police said',
          'Drug take back day: bring your old pills to the Eastside station',
          'Nunca compren pastillas fuera de la farmacia, cuídense',
          'The pool is open until 8 and we sell snacks at the front desk',
        ],
      },
    },
    {
      id: 'judgement.illegal.drug_deal',
      category: 'illegal',
      message: {
        en: 'Offers, asks for or passes along drugs (or prescription drugs without a prescription).',
        es: 'Ofrece, pide o pasa drogas (o medicamentos controlados sin receta).',
      },
      patterns: [
        // The span is the deal ("vendo mota"); what makes it one (a price, "inbox me") may follow.
        `{ill_deal} {~4}{ill_drug}(?= {~8}(?:sin receta|without (?:a )?prescription|no prescription|no script|will pay|ill pay|i ll pay|pay you|paying|inbox me|dm me|hit me up|hmu|delivery|deliver|i deliver|entrega|entregas|a domicilio|mandenme|mandame|me dice|me dicen|le paso|les paso|te paso|for sale|cheap|barat[oa]s?|a la venta|pa revender|para revender|revender|revenderlas|${MONEY})(?![^ .]))`,
        `{ill_drug} {~6}(?:sin receta|without (?:a )?prescription|no prescription|for sale|se venden|a la venta|${MONEY} (?:each|a|la|el|cada|por)|${MONEY} (?:pluma|pill|pastilla|gram|gramo|bar))`,
        `(?:anybody|anyone|alguien|somebody) (?:have|got|tiene|tienen) {~3}{ill_drug}`,
        // "anyone know a guy who sells coke", "¿quién vende mota por el parque?", "where can I score molly".
        '(?:who|anyone know (?:a guy|someone|somebody|where)|anybody know (?:a guy|someone|somebody|where)|where (?:can i|do i|can we|to)|quien|donde|alguien sabe (?:quien|donde)|alguien conoce a alguien que) {~4}(?:sells?|selling|get|buy|cop|score|vende|venden|consigo|conseguir|comprar|compro|surte|surten) {~2}{ill_street_drug}(?![^ .])',
        // Using at or around work: "smoked a fat blunt on my lunch break behind the rec center".
        '(?:smoked|smoking|smoke|hit|hitting|ripped|took|did|doing|popped|fumamos|fume|me fume|nos fumamos|me eche|nos echamos|me meti|nos metimos|me fumo|fumarme|fumarnos|me echo|echarme|echarnos|me meto|meterme|snort|snorted|snorting|sniff|sniffed|vape|vaping|vaped|pop|popping)(?: (?:a|some|un|una|unos|unas|mi|my|su|his|her))?(?: (?:fat|quick|little|couple|pinche))? {ill_street_drug} {~6}(?:lunch|break|shift|at work|on the clock|in the truck|in the rig|the yard|the station|behind the|jale|trabajo|turno|descanso|lonche|la troca|la unidad|la oficina|el bano|the bathroom|the restroom|la junta|the meeting|before work|antes de entrar|on duty|la chamba|the break room|la patrulla|the patrol car|el camion|the bus|la ruta|the route|la pipa|el estacionamiento|the parking lot)(?![^ .])',  // session 13 (lexicon): more ways to take it, more places on the job
        `{ill_drug} {~4}(?:on shift|on the clock|at work|in the truck|in the rig|en el jale|en el trabajo|en la troca|en la unidad|en turno)`,
        // Round 4 (s7-jb): getting high at a City site without naming the drug ("smoked out behind the rec center").
        '(?:smoked out|smoking out|smoke out|got high|get high|getting high|got stoned|getting stoned|got blazed|blazed up|hotboxed|hotboxing|nos dimos un toque|me di un toque|nos pachequeamos|nos pusimos pachecos|bien pachecos?) {~8}(?:{ill_city_place}|rec center|break room|after closing|on shift|on the clock|at work|before shift|during shift|en el jale|en el trabajo|en turno)(?![^ .])',
        `(?:alguien|quien) (?:quiere|quieren|ocupa|ocupan|tiene|tienen) {ill_drug}(?![^ .])`,
        // Round 9 (s12-ja): the drug left unnamed, "of the good kind" as the whole object ("traigo de la buena").
        '(?:traigo|tengo|vendo|consigo|les consigo|les traigo|te traigo|te consigo|hay) de la (?:buena|verde|fina|que pega)(?![^ .])(?! [a-z0-9])',
        `{ill_drug} {~4}(?:nobody|no one|nadie) (?:logged|counted|registro|conto|anoto|checked)(?![^ .])`,
      ],
      examples: {
        hit: [
          'got some leftover percs from my surgery, $10 each, inbox me',
          'Vendo pastillas controladas baratas, mándenme mensaje',
          'anyone have adderall? I will pay, audit week is killing me',
          'Alguien tiene xanax? me urge, le pago bien',
          'somebody left a joint on the clock in the truck cab lol',
          'después del turno búsquenme en el estacionamiento, traigo de la buena',
        ],
        miss: [
          'Drug take-back day is Saturday: bring expired pills to the police station.',
          'Great work by narcotics: 40 pounds of meth seized on I-10 this morning.',
          'Tienen medicinas vencidas en casa? Llévenlas al Día de Devolución de Medicamentos.',
          'Parent talk on preventing teen drug use, 6pm at the library.',
          'Para la carne asada traigo de la buena salsa de mi abuela',
        ],
      },
    },
    {
      id: 'judgement.illegal.gambling',
      category: 'illegal',
      message: {
        en: 'Runs or invites people to a betting pool, bookmaking or an animal fight.',
        es: 'Organiza o invita a una quiniela con dinero, apuestas o una pelea de animales.',
      },
      patterns: [
        '(?:booking|taking|take|book|tomo|recibo) (?:action|bets|apuestas)',
        // "$20 a square", "$10 la jornada": starts at the unit word's article (a word the index can look up), the price checked behind it.
        `(?:el|la|por|each|a|per|cada) (?:cuadro|cuadrito|cuadros|square|squares|box|boxes|pick|jornada)(?<=${MONEY} [a-z]+ [a-z]+)`,
        `(?:betting pool|office pool|football pool|bracket pool|super bowl pool|quiniela|bote|apuesta|apuestas|bets|wager|square|squares|bracket|brackets) {~8}(?:${MONEY}|buy in|buy-in|minimum|minimo|por jornada|per game|per week|por semana|winner takes|el que atine|se lleva todo|pay me|pagan a|le pagan|nomas efectivo|cash only)`,
        '(?<!(?:contra|against|prohibe|prohiben|prohibir|ban on|ban|sobre) (?:las |los |la |el )?)(?:pelea|peleas) (?:de (?:gallos|perros)|del (?:domingo|sabado|viernes))(?! (?:es|son) (?:ilegal|un delito))',  // session 15: a law against the fights
        // A rooster "de pelea" is a breed (a loose one found in a park is news); "pa la pelea" is the fight.
        '(?:gallos|gallo|perros|pitbulls?) {~6}(?:pa la|para la) pelea',
        '(?:weekend|sunday|saturday|friday|backyard|underground) (?:dog |rooster |cock )?fights',
        '(?:dog|rooster|cock|chicken) ?fights? (?:this|on|every|tonight|saturday|sunday|out in|in the|behind)',
      ],
      examples: {
        hit: [
          'Super Bowl squares in the fleet office, $20 a square, winner takes the pot',
          'Quiniela del Mundial en la estación, $5 por jornada, le pagan a Chuy',
          'who wants in on the dog fights out in Montana Vista this weekend',
          'Pelea de gallos el sábado en el rancho, los que quieran apostar fuerte avísenme',
        ],
        miss: [
          'our office March Madness bracket is bragging rights only, no money, loser brings donuts',
          'Las peleas de gallos son ilegales en Texas, repórtelas al 311.',
          'Chickens and roosters are allowed with distance rules, see the city code.',
        ],
      },
    },
    {
      id: 'judgement.illegal.smuggling',
      category: 'illegal',
      message: {
        en: 'Offers or describes smuggling people or goods across the border.',
        es: 'Ofrece o describe el contrabando de personas o mercancía por la frontera.',
      },
      patterns: [
        // Round 5 (s8-jb)
        '(?:bring|bringing|brought|sneak|sneaking|run|running|carry|carrying|traigo|traer|trae|pasar|paso|pasamos|cruzar|cruzo) {~3}(?:them|it|fireworks|cuetes|cohetes|beer|alcohol|meds|medicine|medicinas|cigarros|cigarettes|a case|cases|cajas) (?:over|across|thru|through|por|sobre) (?:the )?(?:bridge|border|puente|bordo|rio|river|line|linea)',

        '(?:pasa|pasar|paso|pasan|pasamos|cruza|cruzar|cruzo|cruzan|brinca|brincar) (?:gente|personas|migrantes|pollos|mojados|droga|drogas|fayuca|contrabando|pastillas|armas|mercancia|cigarros) (?:por|sin|al otro lado|del otro lado|cada)(?!(?: [^ ]+){0,30} (?:olvide|olviden|recuerden|remember|forget) (?:[^ .]+ ){0,3}declar[a-z]*)',
        '(?:smuggle|smuggles|smuggling|smuggled|sneak|sneaking|run|running|bring|bringing) {~3}(?:people|folks|migrants|pills|drugs|guns|cigarettes|merchandise|stuff) (?:across|over|through|thru)',
        '(?:traer|trae|traigo|traen|pasar|pasa|paso) {~3}(?:fayuca|contrabando)',
        // Guns sold without papers: "selling a Glock, no papers, cash only", "se venden cuernos de chivo, nada de papeles".
        '(?:selling|sell|sells|got|have|vendo|vende|venden|se vende|se venden|tengo|consigo|traigo) (?:a |an |my |some |un |una |unos |unas |mi |mis )?(?:{~1})?{ill_gun}(?: [^ .]+){0,8} (?:no papers|no paperwork|no background check|no bg check|no serial|no serial number|no questions asked|no id needed|no id|sin papeles|nada de papeles|sin registro|sin factura|sin preguntas|sin serie|limado|limada)(?![^ .])',
        `(?:cobra|charges|cobran|charge) {~3}${MONEY} {~6}(?:cruzar|pasar|crossing|cross|across|el bordo|el rio|the river)`,
      ],
      examples: {
        hit: [
          'mi tío cruza gente por el río cerca de Fabens, cobra 2 mil',
          'my cousin can sneak cigarettes across at Ysleta if you want a carton',
          'si traen fayuca este fin mi compa está en el puente, ya saben cuál carril agarrar',
        ],
        miss: [
          'CBP reports wait times at the Ysleta bridge on its website.',
          'Cruzar el puente hoy tomó dos horas, paciencia a todos.',
        ],
      },
    },
    {
      id: 'judgement.illegal.fixing_and_bribes',
      category: 'illegal',
      message: {
        en: 'Offers to make a ticket, fine or inspection go away, or asks for a bribe.',
        es: 'Ofrece desaparecer una multa o arreglar una inspección, o pide un soborno.',
      },
      patterns: [
        // Round 5 (s8-jb)
        `(?:cobra|cobran|charges|charge|asks for|pide|piden) {~2}(?:${MONEY}|[0-9]+) {~4}(?:y no|pa que no|para que no|and doesnt|and doesn t|and wont|and won t|so (?:he|she|they) (?:doesnt|don t|dont|wont|won t)|to not|and no) {~3}(?:levanta|levantan|pone|ponen|escribe|writes?|tows?|remolca|multa|ticket|citation|infraccion|report|reporta)`,
        '(?:take care of|handle|fix|deal with|me encargo de|arreglo|quito) (?:your|ur|tu|tus|his|her|their|sus?) (?:parking |traffic |speeding )?(?:tickets?|citations?|fines?|multas?|infracciones?) (?:for|por|if|si)',
        '(?:le|les) (?:pague|pagamos|pagaron|pago|di|dimos|dio) (?:al|a la|a los|a las|a) {~2}(?:inspector|inspectora|oficial|policia|juez|clerk|supervisor|supervisora|secretaria|licenciado|licenciada|agente|concejal|de la ventanilla) (?:para que|pa que)',
        '(?:paid|pay|paying|slipped|slip|tipped) (?:the|that|our|a|an) (?:inspector|clerk|cop|officer|judge|guard|supervisor|examiner) {~3}(?:to|so) (?:approve|pass|sign|look|let|skip|ignore|void|not)',

        '(?:ticket|tickets|citation|citations|fine|fines|multa|multas|infraccion|infracciones|violation|violations|warrant) {~6}(?:disappear|disappeared|go away|went away|vanish|vanished|la pierdo|lo pierdo|las pierdo|la borro|lo borro|desaparecer|desaparece|desaparecio|se pierda|se pierdan)',
        '(?:la|lo|las|los) (?:pierdo|borro|desaparezco|pierde|borra) (?:en|del) (?:el )?sistema',
        // "pay the inspector a little extra and he'll sign off".
        '(?:pay|paid|paying|slip|slipped|tip|tipped|give|gave|hand|handed|toss|tossed|throw|threw) (?:him|her|them|(?:the|that|our|your|ur) (?:{~1})?(?:{person_role}|cop|cops|inspectors|clerks|judge|guard|guards)) (?:a little extra|a lil extra|something extra|some extra|extra cash|a few bucks extra|cash under the table|under the table|a bribe|a kickback|an envelope|a tip to)(?![^ .])',
        // "ya le di su mordida al inspector".
        '(?:le|les) (?:di|dimos|doy|damos|das|dan|dio|pase|pasamos|paso|solte|soltamos|deje|dejamos) (?:su |una |la |el |un |sus )?(?:mordida|mordidita|moche|cochupo|soborno|entre|lana extra|feria extra)(?![^ .])',
        // "por 500 pesos te arreglo la licencia sin examen".
        '(?:te|le|les) (?:arreglo|arreglamos|saco|sacamos|consigo|conseguimos|tramito|tramitamos|paso|pasamos) (?:la|el|tu|su|sus|los|las) (?:{~1})?(?:licencia|licencias|permiso|permisos|placas|inspeccion|papeles|titulo|acta|certificado|verificacion) (?:sin (?:examen|hacer|fila|tramite|requisitos|prueba|inspeccion|revision)|rapido|en un dia|por)(?![^ .])',
        '(?:get|got|gets) (?:you |u )?(?:a |your |ur )?(?:license|permit|cdl|certificate|inspection sticker) (?:without|w o|no) (?:the |a )?(?:test|exam|inspection|road test|paperwork)(?![^ .])',
        '(?:void|voids|voided|quash|quita|quitar|quitan|quito|borra|borrar|borran|borro|borramos|anula|anular|anulan|desaparece|desaparecer|desaparecen) (?:it|them|the|your|his|her|my|las|los|la|el|tu|su|sus|tus|te|le|les)? ?(?:las |los |la |el )?(?:multas?|tickets?|citations?|infracciones|infraccion)',
        '(?:ticket|tickets|citation|citations|multa|multas) {~9}(?:can|could|will|puede|pueden) (?:void|quash|quitar|anular|borrar) ?(?:it|them|la|las|lo|los)?',
        `(?:mark|marks|pass|passes|sign off|signs off|approve|approves|aprueba|firma|pasa|aprobar|pasar|firmar) {~5}(?:for|por|x) ${MONEY}`,
        `(?:i know|conozco|tengo) (?:a|un|una) (?:guy|girl|lady|compa|cuate|amigo|amiga|primo|prima|contact|connect) {~8}(?:for|por) ${MONEY}`,
        '(?:bring|leave|slip|drop|pass|traiga|traigan|dejen|deje) (?:me |us |him |her )?(?:an|the|a|un|el) (?:envelope|sobre)',
        `(?:slip|slipped|slipping|slide|slid|sliding|grease|hand|handed|tip|tipped|le das|le pasas|le pasan|le dan|le deslizas) (?:him|her|them|the inspector|the clerk|the officer|al inspector|al oficial)? ?${MONEY}`,
        '(?:un|el|an|the|a) (?:sobre|envelope) (?:al|a la|to the|to) (?:[a-z]+ )?(?:inspector|inspectora|supervisor|supervisora|juez|judge|oficial|officer|clerk|councilman|concejal|cop|policia|agente)',
        // Round 9 (s12-ja): "slip the guy at window 2 a twenty", "le pasé una lana al de catastro".
        `(?:slip|slipped|slide|slid|hand|handed|tip|tipped|grease) (?:the|that|your|ur) (?:guy|lady|clerk|inspector|officer|cop|person|dude|woman|man|girl)(?: (?:at|in|from|behind|on) (?:[^ .]+ ){1,3}?)? ?(?:${MONEY}|a little something|a few bucks|some cash)(?![^ .])`,
        '(?:le|les) (?:pase|pasamos|di|dimos|deje|dejamos|solte|soltamos) (?:una lana|una feria|unos billetes|un billete|una lanita|su lana|su feria) (?:al|a la|a los|a las) (?:[^ .]+ ){0,3}(?:y|para que|pa que) (?:me|nos|le|les|ya)(?![^ .])',
        `(?:le doy|les doy|te doy|ill give|i ll give|i give|ill pay|i ll pay|paying|pago) {~3}${MONEY} {~8}(?:vote|votes|vota|voten|votar|vote por|boleta|ballot)`,
        // Round 4 (s7-jb): leniency traded for a favor or money ("knock it down to a warning if he buys lunch", "por 300 no se llevó el carro").
        '(?:knock|knocked|drop|dropped|let|letting|bump|bumped|write|wrote|make|made) {~4}(?:down|slide|go|pass|off) {~6}(?:if|as long as|for|since) {~4}(?:buys?|bought|pays?|paid|gives?|gave|slips?|slipped|brings?|brought|hooks? (?:me|us) up|takes? care of)(?![^ .])',
        `(?:por|for) ${MONEY} {~6}(?:no se llev[oa]|no se llevaba|no me multo|no lo multo|no la multo|no me infracciono|me dejo ir|lo dejo ir|la dejo ir|me dejo pasar|se hizo de la vista gorda|let (?:me|him|her|them|it) (?:go|slide|pass)|didnt tow|didn t tow|didnt write|no ticket|no citation|looked the other way)(?![^ .])`,
      ],
      examples: {
        hit: [
          'my cousin in courts can make your parking ticket disappear, just ask',
          'Si te llegó una multa de tránsito mándame el número y la borro del sistema',
          'need your food truck permit approved fast? my guy at the office signs off for $200',
          'Les doy $10 a cada uno que vote por mi compadre, nomás mándenme foto de la boleta',
        ],
        miss: [
          'Got a parking ticket? You can pay it online or request a hearing.',
          'me dieron ticket por parquearme sin pagar el meter, ya lo pagué online',
          'Inspections are unannounced, keep those kitchens clean and you will pass.',
        ],
      },
    },
    {
      id: 'judgement.illegal.forgery',
      category: 'illegal',
      message: {
        en: 'Offers fake or copied documents, permits, placards or notes.',
        es: 'Ofrece documentos, permisos, placas o justificantes falsos o copiados.',
      },
      patterns: [
        // Round 5 (s8-jb)
        '(?:shred|shredded|shredding|destroy|destroyed|delete|deleted|wipe|wiped|toss|tossed|burn|trash|triturar|tritura|triture|destruir|destruyan|borrar|borren|tirar|tiren) (?:all )?(?:the |those |these |my |our |his |her |los |las |el |la |esos |esas )?{~2}(?:logs|records|files|emails|timesheets|time sheets|evidence|receipts|invoices|footage|paperwork|documents|registros|archivos|correos|recibos|facturas|evidencia|documentos|papeles|bitacoras|expedientes) {~6}(?:before|antes de)',
        '(?:drug test|drug screen|ua|piss test|pee test|antidoping|prueba de drogas|el doping) {~8}(?:pee|urine|piss|orina|synthetic|clean pee|someone else s|somebody else s|de otro|de otra|cousin s|cousins|friend s|friends|whizzinator|detox drink)',
        '(?:placa|placas|registration|registro|permiso|permisos|licencia|licencias|sticker|tags?|title|titulo|inspection) (?:sin|without) (?:pagar|paying|tramite|examen|revision|papeles|the fee|inspection)',

        `(?:make|makes|made|print|prints|printed|hago|hace|hacen|imprime|imprimo|saca|sacan) (?:you |u |me |them |le |les )?(?:a |an |one |some |unos |unas |un |una |el |la |your )?{~3}(?:placard|placards|permit|permits|tag|tags|hang tag|note|notes|doctors note|id|ids|license|licenses|licencia|licencias|permiso|permisos|placa|placas|receta|recetas|justificante|justificantes|parking pass|badge|badges|gafete|gafetes|incapacidad|incapacidades) {~8}(?:looks? (?:exactly|just) like|real letterhead|membrete|official letterhead|${MONEY}|nobody (?:checks|looks|notices|verifies)|never (?:check|call|look|verify)|ni (?:revisan|checan))`,
        '(?:photocopy|photocopied|photocopying|copy|copied|fotocopio|fotocopie|fotocopian|clone|cloned|duplicate|duplicated) (?:my|the|his|her|mi|su|el|la|our|a) {~3}(?:hang tag|parking (?:pass|permit|tag|sticker)|permit|badge|placard|gafete|permiso|tag|sticker|calcomania)',
        '(?:on|en) (?:the )?(?:real|official|el) (?:letterhead|membrete)',
        '(?:need|want|get|got|have|make|makes|made|sell|selling|sells|consigo|vendo|hago|hace|ocupan|ocupas|quieren|tengo) {~4}(?:fake|forged|counterfeit|phony) {~1}(?:vaccination cards?|vaccine cards?|cards|permits?|placards?|tags|plates|inspection stickers?|stickers|doctors notes?|notes|diplomas?|titles|receipts|badges?|papers)',
        '(?:placas|permisos|tarjetas|actas|recibos|calcomanias|licencias|credenciales|micas|justificantes|cartillas) (?:falsos|falsas|chuecos|chuecas|clonados|clonadas|piratas)',
        // Round 4 (s7-jb): a document had without its check, records falsified, someone else signing as the author.
        '(?:sticker|stickers|inspection|inspections|permit|permits|license|licenses|licencia|licencias|permiso|permisos|placas|verificacion|cdl|title|titles|engomado|calcomania|certificado) {~6}(?:no inspection|without (?:an |the )?inspection|no test|without (?:a |the )?test|no questions asked|no paperwork|no id needed|sin examen|sin inspeccion|sin revision|sin preguntas|sin tramites?|sin hacer fila|sin requisitos)(?![^ .])',
        '(?<!(?:never|dont|don t|do not|not|no|nunca|jamas) )(?:padded|fudged|inflated|falsified|backdated|doctored|padding|fudging|inflating|falsifying|backdating|doctoring|infle|inflamos|falsifique|falsificamos|altere|alteramos) (?:my|our|the|his|her|mi|mis|el|la|los|las|nuestras?) {~2}(?:hours|overtime|timesheet|timesheets|time sheet|time card|timecard|mileage|log|logs|numbers|records|readings|inspections?|receipts|horas|horas extra|tiempo extra|kilometraje|bitacoras?|recibos|lecturas|reportes?|inspecciones)(?![^ .])',
        '(?:sign|signs|signed|signing|firma|firmo|firme|firman) {~5}(?:as me|as him|as her|in my name|with my name|my signature|por mi|a mi nombre|con mi firma|como si fuera yo)(?![^ .])',
        '(?:falsifica|falsifican|falsifico|falsificamos|falsificando|forges|forged|forging|fakes|faked|faking) (?:las |los |la |el |the |his |her |their |sus |su )?(?:firmas?|signatures?|sellos?|stamps?|initials|iniciales)(?![^ .])',
        // Round 9 (s12-ja): an official document gotten for someone without its check ("any name you want", "no questions, 80 bucks").
        `(?:get|gets|got|can get|consigo|te consigo|les consigo|le consigo|saco|te saco|les saco|consigue|le consigue) (?:you |u |them |ya |y all |yall )?(?:a |an |one |some |un |una |unos |unas |the |el |la |tu |su |your )?(?:[^ .]+ ){0,2}(?:placard|placards|permit|permits|license|licenses|licencia|licencias|permiso|permisos|placas|birth certificate|birth certificates|acta|actas|id|ids|green card|social security card|papers|papeles|titulo|title|credencial|credenciales|mica|micas|constancia|constancias)(?: [^ .]+){0,8} (?:no questions|no questions asked|sin preguntas|any name|with any name|el nombre que|cualquier nombre|without the test|sin examen|sin hacer el examen|under the table|por debajo)(?![^ .])`,
        // Hours written down that were never worked ("we all write down 10 hours even when we leave at 2").
        '(?:write|writes|wrote|put|puts|mark|marks|marked|log|logs|logged|anoto|anotamos|ponemos|pongo|apunto|apuntamos|apuntan|ponen) (?:down )?(?:[0-9]+|full|eight|ten|twelve|ocho|diez|doce) (?:hours|hrs|horas)(?: [^ .]+){0,6} (?:even when|even though|even if|aunque|pero) (?:we |i |they |nos |me |se )?(?:leave|left|go home|went home|salimos|sale|salen|nos vamos|me voy|se van|sali|skip|never)(?![^ .])',
      ],
      examples: {
        hit: [
          'I can print you a handicap placard that looks exactly like the real one, $30',
          'mi amiga en la clínica hace justificantes con membrete real, $20',
          'been photocopying my parking permit for my daughter since January lol',
          'I can get you a handicap placard through my tía at the clinic, no questions, 80 bucks',
          'We all write down 10 hours even when we leave at 2, payroll never checks',
        ],
        miss: [
          'Renew your disabled parking placard at the tax office.',
          'New employees: bring your offer letter to HR for your ID badge photo.',
          'Apply for your permit online; our staff can make copies for you at the counter.',
          'We can get you a permit in 3 days, the fee is $50, apply online',
        ],
      },
    },
    {
      id: 'judgement.illegal.theft_of_city',
      category: 'illegal',
      message: {
        en: 'Describes taking City time, property or supplies for oneself, or tells others how.',
        es: 'Describe cómo tomar tiempo, bienes o materiales de la Ciudad para uso propio, o les dice a otros cómo hacerlo.',
      },
      patterns: [
        // Round 5 (s8-jb)
        '(?:took|take|taking|borrowed|borrow|borrowing|used|use|grab|grabbed|dipped into|dip into|agarre|agarro|tome|tomo|saque|saco|use) {~3}(?:petty cash|caja chica|the cash box|the till|the cash drawer|la caja chica|la feria de la caja)',
        '(?:fuel card|gas card|city card|p card|pcard|purchase card|purchasing card|city credit card|tarjeta de gasolina|tarjeta de la ciudad|tarjeta corporativa|la tarjeta del depa) {~8}(?:my|mi|personal|own|propia|propio|wifes|wife s|family|familia|mis) (?:personal |own |propia |propio )?(?:truck|car|vehicle|troca|carro|camioneta|groceries|stuff|house|casa|gas|mandado)',
        '(?:city|work|the|our|dump|company|la|las|los|el) (?:trucks?|vehicles?|van|vans|troca|trocas|camion|camiones|pipas|grua|unidad|unidades|patrulla|patrullas|equipment|equipo|backhoe|loader|mower|mowers) {~6}(?:for cash|side jobs?|side work|for money|on the side|por fuera|chambitas|jales por fuera|for my (?:business|side)|pa mi negocio|para mi negocio)',
        '(?:{ill_take}|se lleva|se lo lleva|se la lleva|takes|takes home|se llevan) {~6}(?:para su|pa su|para mi|pa mi|for (?:his|her|their|my) (?:own )?)(?: (?:propia|propio|own))? ?(?:negocio|casa|business|house|side business|garage sale|yard sale|tiendita|puesto)',

        '(?:clock|clocked|clocking|punch|punched) (?:in|out) {~8}(?:errands|run errands|go home|leave|nap|sleep|the gym|come back|go do|handle your|mandados|y te vas|y se van|go get breakfast|get breakfast|grab breakfast|go eat|a desayunar|a almorzar|nos vamos)',
        'clock (?:me|you|him|her|them) (?:in|out)',
        '(?:checa|checale|checo|checamos|marca|marco|ponchar|poncha|poncho) (?:por mi|por el|por ella|mi tarjeta|su tarjeta|la tarjeta de)(?![^ .])',
        // "I clock in for my buddy on Fridays".
        '(?:clock|clocks|clocked|clocking|punch|punched|punching|badge|badged|swipe|swiped) (?:in|out) for (?:him|her|them|each other|(?:my|his|her|our) (?:buddy|friend|homie|coworker|co worker|partner|compadre|boy|bro|cousin|girl|wife|husband))(?![^ .])',
        // Took it home from the supply room; took it from the yard, "nobody counts/uses/misses it".
        '{ill_take} (?:[^ .]+ ){0,6}home (?:from|out of|del|de la|de los|de las) (?:the |our |el |la |los |las )?(?:[^ .]+ ){0,2}{ill_city_place}(?![^ .])',
        '{ill_take} (?:[^ .]+ ){0,8}(?:from|off|out of|del|de la|de los|de las|a la|a las|a los|al) (?:the |our |old |el |la |los |las )?(?:[^ .]+ ){0,2}{ill_city_place}(?: [^ .]+){0,8} (?:nobody|no one|nadie|al cabo|free stuff|perks of the job|they ll never|theyll never|never notice|no se dan cuenta|ni cuenta se dan)(?![^ .])',
        // "I use the city gas card to fill up my own truck".
        '(?:city|work|department|dept|municipal|county|de la ciudad|del municipio|del trabajo) (?:gas card|fuel card|credit card|p card|pcard|procurement card|tarjeta de gasolina|tarjeta de combustible|tarjeta) {~8}(?:my own|my personal|my truck|my car|my wife s|my wifes|my husband s|my kid s|groceries|my vacation|mi propia|mi propio|mi carro|mi troca|mi camioneta|mi casa|mis vacaciones|el mandado)(?![^ .])',
        '(?:that|which|que) (?:nobody|no one|nadie) (?:ever )?(?:counts|cuenta|cuentan|keeps track of|tracks)',
        '(?:nobody|no one|nadie) (?:ever )?(?:counts|checks|compares|cuenta|checa|revisa|revisan|compara|se da cuenta|looks twice|notices) (?:the |el |la |los |las )?(?:gps|inventory|inventario|supply|supplies|toner|paper|fuel|gas|gasolina|hours|horas|boxes|cajas|tools|herramienta|receipts|recibos|mileage|kilometraje|logs|bitacoras?|timesheets|signatures|firmas|it|them)',
        '(?:city|city issued|city owned|de la ciudad|del municipio|work) (?:phone|iphone|laptop|ipad|tablet|truck|tools|gas card|fuel card|credit card|tarjeta|celular|herramienta|troca) {~8}(?:for sale|selling|vendo|se vende|they think|creen que|nobody|no questions|sin preguntas)',
        '(?:take|took|grab|grabbed|steal|agarramos|sacamos|nos llevamos|se llevan|se llevo) {~6}(?:from|del|de la|de los) (?:the )?(?:job ?sites?|jobsites?|yard|city yard|warehouse|shop|obra|obras|bodega|almacen) {~3}(?:and |y )?(?:sell|sold|selling|vender|vendemos|venderlo|scrap|take it home|nos lo llevamos)',
        '(?:take|grab|help yourself|llevense|agarren|take home) {~4}(?:from|del|de la) (?:the )?(?:supply (?:cage|room|closet)|storeroom|almacen|bodega|city yard|yard)',
        // Round 4 (s7-jb): selling what came from a City site; a City card used for one's own trip, said in Spanish word order.
        '(?:selling|sell|sold|vendo|vendemos|vendimos|lo vendimos|los vendimos|se vende|se venden) {~8}(?:from|out of|del|de la|de los|de las) (?!my |mi |mis |his |her )(?:the |our |el |la |los |las )?(?:[^ .]+ ){0,3}{ill_city_place}(?![^ .])',
        '(?:gas card|fuel card|credit card|p card|pcard|tarjeta de gasolina|tarjeta de combustible|tarjeta de credito|tarjeta) (?:de la ciudad|del municipio|del trabajo|del departamento|de la oficina|de la dependencia|de la city) {~8}(?:para (?:el|la|mi|mis|nuestro|nuestra|nuestros) (?:viaje|vacaciones|carro|troca|casa|familia|fiesta)|nadie revisa|nadie checa|personal)(?![^ .])',
        '{ill_take} (?:[^ .]+ ){0,8}(?:from|off|out of|del|de la|de los|de las|al) (?:the |our |el |la |los |las )?(?:[^ .]+ ){0,2}{ill_city_place} (?:[^ .]+ ){0,4}(?:and|y) (?:then )?(?:sold|sell|vendimos|lo vendimos|los vendimos|la vendimos|las vendimos|lo vendemos|scrapped|lo empenamos|pawned)(?![^ .])',
      ],
      examples: {
        hit: [
          'new guys: clock in at 7, go run your errands, be back by 3. nobody checks the GPS',
          'can someone clock me in tomorrow, I will be at the lake',
          'selling my city issued laptop, they think it got stolen from the truck, $200',
        ],
        miss: [
          'Remember to clock in and out on the new kiosk starting Monday.',
          'City surplus auction Saturday: retired patrol cars, mowers and desks.',
          'Nobody checks their smoke alarm batteries often enough, please do it today!',
        ],
      },
    },
    {
      id: 'judgement.illegal.impaired_driving',
      category: 'illegal',
      message: {
        en: 'Says the writer (or a coworker) drove drunk or high.',
        es: 'Dice que quien escribe (o un compañero) manejó borracho o drogado.',
      },
      patterns: [
        // Round 5 (s8-jb)
        '(?:drove|drive|driving|drove home|drive home|maneje|manejo|manejando|me vine manejando) {~6}(?:after|despues de|con) {~3}(?:[0-9]+|a few|like [0-9]+|too many|unas|varias|bastantes|un chingo de|hella) (?:beers|drinks|shots|cervezas|chelas|tragos|copas|caguamas|heladas)',

        '(?<!(?:never|dont|don t|do not|not|no|nunca|jamas|was|were|for|of|against|about|arrested|por) )(?:drove|driving|drive|drove home|drove back|manejando|maneje|manejo|manejamos|me vine manejando|se fue manejando) (?:[^ .]+ ){0,6}(?:totally |so |super |bien |re |hella |completely )?(?:wasted|drunk|hammered|buzzed|tipsy|plastered|faded|stoned|high af|blackout drunk|pedo|peda|borracho|borracha|hasta atras|bien happy|briago|briaga|pacheco|pacheca)(?![^ .])',
        '(?:wasted|drunk|hammered|plastered|faded|stoned|pedo|peda|borracho|borracha|hasta atras) (?:[^ .]+ ){0,4}(?:and|y) (?:still |todavia |aun asi )?(?:drove|manejo|maneje|se fue manejando|me vine manejando|drove the (?:truck|rig|bus|unit|car))(?![^ .])',
      ],
      examples: {
        hit: ['Drove the unit back to the yard buzzed after the retirement party, nobody noticed', 'Me vine manejando bien pedo del bautizo y ni me pararon', 'Ruiz was hammered at lunch and still drove the bus route'],
        miss: ['Never drive drunk: Sun Metro is free on New Year\'s Eve', 'Police arrested a driver who was driving drunk on I-10 last night', 'No maneje borracho, pida un taxi'],
      },
    },
    {
      id: 'judgement.illegal.tip_off_evade',
      category: 'illegal',
      message: {
        en: 'Tells someone to hide, lay low or get rid of something because the police or inspectors are coming.',
        es: 'Le dice a alguien que se esconda o se deshaga de algo porque viene la policía o una inspección.',
      },
      cooccur: [{ all: ['ill_evade', 'ill_enforce'], within: 14, unless: ['illegal_guard', 'sec_clean'], guardWithin: 6 }],
      // session 15: the raid in one sentence, what to do about it in the next ("Redada mañana en la Alameda. Que tu primo saque todo.").
      patterns: [
        '{ill_enforce}(?<!(?<![^ .])(?:{illegal_guard}|{sec_clean})(?: [^ .]+){1,9}) (?:[^ .]+ ){0,14}\\. (?!(?:[^ .]+ ){0,8}(?:please|por favor|favor de|residents|residentes|vecinos|neighbors|remember|recuerden|recuerde|owners|duenos|businesses|negocios)(?![^ .]))(?:[^ .]+ ){0,8}(?:{ill_evade})(?![^ .])(?! (?:[^ .]+ ){0,4}(?:{illegal_guard}))',
      ],
      examples: {
        hit: [
          'narcs are hitting the duplexes on Pera tomorrow, tell your cousin to move the stuff tonight',
          'dile a tu tío que limpie el taller antes de que lleguen los de code el lunes',
          'there is a warrant with his name on it, he better lay low for a while',
          'vice is doing a sweep of the game rooms on Dyer Friday. tell your uncle to move the machines tonight',  // session 15
          'mañana hay operativo en la colonia. que tu compa no abra la puerta',  // session 15
        ],
        miss: [
          'Code enforcement sweeps start Monday in Central; please clear out junk from alleys by then.',
          'Police arrested two suspects who tried to hide from officers during the raid.',
          'Los inspectores de salubridad visitan los restaurantes sin aviso; mantengan limpias las cocinas.',
        ],
      },
    },
    {
      id: 'judgement.illegal.tip_off',
      category: 'illegal',
      message: {
        en: 'Warns people about a raid, warrant or inspection before it happens.',
        es: 'Avisa a alguien de una redada, una orden de arresto o una inspección antes de que ocurra.',
      },
      patterns: TIP_OFF,
      examples: {
        hit: [
          'tell your brother there is a warrant out, he should lay low',
          'ojo los del taller de la Alameda, ahí van los de code enforcement el jueves',
          'to the guys at the card room on Dyer, y\'all might wanna shut down early Friday just saying',
        ],
        miss: [
          'Restaurants: inspections are unannounced, keep your kitchen clean.',
          'Heads up, the library will close early Thursday for staff training.',
          'Storm warning: businesses may want to close early tonight, stay safe.',
        ],
      },
    },
    {
      // Round 6 (s10-jb): an employee selling a favor of the job (a fine forgotten, a permit first,
      // a check skipped, a ride without a pass) for money, a gift or a "cooperación".
      id: 'judgement.illegal.favor_for_pay',
      category: 'illegal',
      message: {
        en: 'Offers or admits trading a favor of the job (a fine forgotten, a permit first, a check skipped) for money or a gift.',
        es: 'Ofrece o admite cambiar un favor del puesto (olvidar una multa, adelantar un permiso, saltarse una revisión) por dinero o un regalo.',
      },
      cooccur: [
        { all: ['ill_favor', 'ill_payment'], within: 12, unless: ['ill_news_guard'], guardWithin: 8 },
        { all: ['ill_fixer', 'ill_favor'], within: 10, unless: ['ill_news_guard'], guardWithin: 6 },
        // Round 9 (s12-ja): a bribe said as a treat or a cut, met by any favor, hard or soft.
        { all: ['ill_bribe_gift', ['ill_favor', 'ill_favor_soft']], within: 12, unless: ['ill_news_guard'], guardWithin: 8 },
      ],
      patterns: [
        `{ill_favor}${OFFERED_TO_ME} {~8}${MONEY}`,
        `{ill_favor}(?<=${MONEY} (?:[^ .]+ ){0,12}[^ .]+)${OFFERED_TO_ME}`,
        // Round 7 (s11-jb): the money handed over after the favor, or an offer taken ("y pues ya los agarré").
        `{ill_favor} (?:[^ .]+ ){0,12}(?:gave me|me dio|me dieron|handed me|slipped me|me paso|me pasaron|paid me|tipped me|me pago|me pagaron|me dejo|left me) ${MONEY}`,
        `(?:gave me|me dio|me dieron|handed me|slipped me|me paso|me pasaron|paid me|me pago|me pagaron) ${MONEY} (?:[^ .]+ ){0,12}{ill_favor}`,
        `(?:offered me|me ofrecio|me ofrecieron|me quiso dar|me queria dar|wanted to give me|tried to give me) ${MONEY}(?: [^ .]+){0,16} {ill_accepted}(?![^ .])`,
      ],
      examples: {
        hit: [
          'Give me $40 and your parking citation will disappear from the system, just DM',
          'Por una cooperación de $200 su expediente sale primero, yo trabajo en la ventanilla',
          'If you slide me a twelve pack I look the other way on your expired tags 😉',
          'Soy del departamento de tránsito, un refresquito y se me olvida la infracción',
          'Un sobrecito para el de la ventanilla y su permiso sale aprobado en dos días',
          'Ticket downtown? DM me the plate and I\'ll void it, you know what I mean',
        ],
        miss: [
          'Si su solicitud sale aprobada, le llega un sobre con su tarjeta por correo.',
          'To contest a ticket, send me the citation number and I will forward it to the court.',
          'Permit fees are listed online; most permits are approved by the next business day.',
          'Si un empleado le pide una cooperación para que su trámite salga primero, es delito: denúncielo.',
          'Pay your water bill online and skip the line at the counter.',
        ],
      },
    },
    {
      // Round 6 (s10-jb): City property, or what the City seized, offered for sale or handed out.
      id: 'judgement.illegal.sells_city_goods',
      category: 'illegal',
      message: {
        en: 'Offers to sell or hand out City property or seized goods.',
        es: 'Ofrece vender o repartir bienes de la Ciudad o mercancía decomisada.',
      },
      cooccur: [{ all: ['ill_sale', 'ill_city_goods'], within: 10, unless: ['ill_news_guard'], guardWithin: 6 }],
      // Round 7 (s11-jb): an asking price, not an amount ("de la ciudad … da hasta $20,000" is a program; "juntamos $600" a drive).
      // (This pattern read `{~10}`, which the pattern language does not expand, so it never ran before.)
      patterns: [`{ill_city_goods} {~6}${MONEY} (?:each|a pop|apiece|cada uno|cada una|la caja|el galon|la libra|la pieza|obo|or best offer|cash|en efectivo|firm)(?![^ .])`],
      examples: {
        hit: [
          'selling my city issued phone, they never ask for them back anyway, $80',
          'Vendo llantas de las patrullas viejas que están en el corralón, baratas',
          'got extra asphalt from the city truck, I patch driveways on weekends, $75',
        ],
        miss: [
          'City surplus auction Saturday: retired trucks and office furniture, bid online.',
          'Los árboles del programa de sombra de la ciudad son gratis para residentes.',
          'Recycling carts are included in your city fee, no extra charge.',
        ],
      },
    },
    {
      // Round 9 (s12-ja): what the City seized, handed out, brought to the party or sold by staff
      // ("las cervezas las va a sacar del decomiso", "los loros que nos decomisaron, se los vendo").
      id: 'judgement.illegal.seized_goods_used',
      category: 'illegal',
      message: {
        en: 'Offers or admits staff using, sharing or selling goods the City seized.',
        es: 'Ofrece o admite que el personal usa, reparte o vende mercancía que decomisó la Ciudad.',
      },
      negatable: true,
      cooccur: [{ all: ['ill_seized', 'ill_seized_use'], within: 12, unless: ['ill_news_guard', 'ill_seized_guard'], guardWithin: 6 }],  // session 15: its own guard
      examples: {
        hit: [
          'Para la posada no compren cohetes, los va a sacar el Memo de lo decomisado en el puente',
          'we got a whole trunk of the seized fireworks, help yourselves for the 4th',
          'de lo que decomisamos en el retén le quitamos unas botellas antes de registrarlas',  // session 15
        ],
        miss: [
          'Los productos decomisados se destruyen según el reglamento; repórtelo al 311 si ve venta ilegal.',
          'The seized vehicles go to auction in March, see the website.',
          'Confiscated fireworks will be destroyed by the fire marshal, none are set aside for anyone.',  // session 15
        ],
      },
    },
    {
      // Round 6 (s10-jb): taking City things for oneself ("me llevo el papel de la estación",
      // "filled my boat from the city fuel tank"), or a rule broken with the boast that nobody checks.
      id: 'judgement.illegal.takes_city_goods',
      category: 'illegal',
      message: {
        en: 'Says the writer took City property, supplies or time for personal use, or broke a rule because nobody checks.',
        es: 'Dice que quien escribe tomó bienes, materiales o tiempo de la Ciudad para uso propio, o rompió una regla porque nadie revisa.',
      },
      cooccur: [
        { all: ['ill_took', 'ill_city_goods'], within: 10, unless: ['ill_news_guard'], guardWithin: 6 },
        { all: [['ill_took', 'ill_take', 'ill_self_act', 'ill_city_goods'], 'ill_impunity'], within: 16, unless: ['ill_news_guard'], guardWithin: 6 },        // Round 9 (s12-ja): the softer shrug, only with a taking or the City's goods.
        { all: [['ill_took', 'ill_city_goods'], 'ill_impunity_soft'], within: 16, unless: ['ill_news_guard'], guardWithin: 6 },
      ],
      // session 15: the boast alone (starts with its class so the engine indexes it; a guard up to 12 words before it cancels): "nobody checks", "nadie se da cuenta" says the rule is broken whatever the act is called (measured: the boast was in a fifth of the check sets' misses, mostly without a partner in its sentence).
      patterns: [
        '{ill_impunity_alone}(?![^ .])(?<!(?<![^ .])(?:scam|scams|estafa|fraud|fraude|report|reporte|reportelo|police said|warning|aviso|cuidado|beware)(?: [^ .]+){1,18})(?! (?:[^ .]+ ){0,8}(?:report|reporte|reportelo|call|llame|please|por favor|favor de|is a scam|es estafa|enough|suficiente|remember|recuerde|recuerden))',
      ],
      examples: {
        hit: [
          'three years of long Friday lunches on the clock and nobody has ever checked lol',  // session 15
          'llevo meses saliéndome a las dos y nadie se da cuenta',  // session 15
          'me llevé dos cajas de tóner de la oficina pa la impresora de la casa, nadie cuenta',
          'we fill our own trucks at the city fuel tank on Fridays, perks of the job',
          'I sign the inspection log for the crew when they leave early, nobody checks anyway',
        ],
        miss: [
          'Beware of callers who say nobody checks the meters anymore: report them to 311.',  // session 15
          'Que nadie revise su alarma de humo es peligroso: por favor revísela hoy.',  // session 15
          'Take home a free tree from the city nursery at the Earth Day event!',
          'My laptop was stolen from my car, I reported it to the police.',
          'Nobody checks their smoke alarm batteries often enough, please do it today.',
        ],
      },
    },
    {
      // Round 6 (s10-jb): a bet or a game played for money, with its stake or a call to join.
      id: 'judgement.illegal.betting',
      category: 'illegal',
      message: {
        en: 'Runs or invites people to bet money (a pool, a fight, races, a game of chance).',
        es: 'Organiza o invita a apostar dinero (una quiniela, una pelea, carreras, un juego de azar).',
      },
      cooccur: [{ all: ['ill_bet', 'ill_stake'], within: 10, unless: ['ill_news_guard'], guardWithin: 6 }],
      patterns: [`{ill_bet} {~8}${MONEY}`, `{ill_bet}(?<=${MONEY} (?:[^ .]+ ){0,6}[^ .]+)`],
      examples: {
        hit: [
          'apuestas para la pelea del sábado en el taller, $20 mínimo, Memo lleva la cuenta',
          'horse races out at the ranch Sunday, bets in cash only, bring your money',
          'Poker night at Station 9 after shift, $40 buy in, winner takes all',
          'el domingo sueltan gallos de pelea en el rancho de mi suegro, caigan con lana, hay apuestas fuertes',  // session 15
        ],
        miss: [
          'Las peleas de gallos son ilegales; repórtelas al 311.',
          'Office bracket is for bragging rights only, no money involved.',
          'Bingo night at the senior center is free, prizes donated by local shops.',
        ],
      },
    },
    {
      // Round 6 (s10-jb): people or goods taken across the border past the check.
      id: 'judgement.illegal.past_the_border',
      category: 'illegal',
      message: {
        en: 'Offers or describes moving people or goods across the border past the inspection.',
        es: 'Ofrece o describe pasar personas o mercancía por la frontera sin la revisión.',
      },
      cooccur: [{ all: ['ill_border', 'ill_covert'], within: 12, unless: ['ill_news_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'mi primo pasa medicinas del otro lado sin declarar, le pagan bien, díganme qué ocupan',
          'we brought back a trunk of the fireworks that are banned here, hidden under the seats, across the bridge no problem',
          'si ocupan cruzar algo por el puente sin que lo revisen, tengo un conocido',
          'my uncle brings cartons over from Juárez without paying duty, tell me how many you want',  // session 15
          'los jueves el del carril 5 no revisa, pásense las cositas ese día',  // session 15
        ],
        miss: [
          'CBP wait times at the Ysleta bridge are posted online.',
          'Cruzar el puente hoy tomó dos horas, paciencia a todos.',
          'Remember to declare purchases over $800 at customs when you come back from Juárez.',
        ],
      },
    },
    {
      // Round 7 (s11-jb): harming an animal with poison, offered as a tip ("toss some antifreeze over the fence").
      id: 'judgement.illegal.poison_animal',
      category: 'illegal',
      message: {
        en: 'Suggests or admits poisoning an animal, which is animal cruelty.',
        es: 'Sugiere o admite envenenar a un animal, lo cual es crueldad animal.',
      },
      cooccur: [{ all: ['ill_poison', 'ill_animal'], within: 10, unless: ['ill_poison_guard', 'ill_news_guard'], guardWithin: 8 }],
      examples: {
        hit: [
          'pro tip for the barking dog next door: a little antifreeze in his water bowl and problem solved',
          'las palomas del kiosko se acaban con un poco de veneno en el maíz, nadie se da cuenta',
          'that stray keeps tearing up the trash, I am putting rat poison out for him tonight',
        ],
        miss: [
          'Antifreeze is toxic to dogs and cats: keep it sealed and away from pets.',
          'Si su perro comió veneno para ratas llame al veterinario de inmediato.',
          'Someone poisoned three dogs on Alameda; Animal Services is investigating, reward offered.',
        ],
      },
    },
    {
      // session 13 (lexicon): a disabled placard or a benefit card borrowed and used by someone it does not belong to.
      id: 'judgement.illegal.borrowed_benefit',
      category: 'illegal',
      message: { en: 'Says the writer uses someone else\'s disabled placard or benefit as their own.', es: 'Dice que quien escribe usa como suya la placa de discapacitado o el beneficio de otra persona.' },
      cooccur: [{ all: ['ill_benefit', 'ill_borrowed'], within: 10, unless: ['ill_borrowed_guard', 'ill_news_guard'], guardWithin: 10 }],
      examples: {
        hit: [
          'Mi compadre me presta su placa de discapacitado y me estaciono donde quiero',
          'I use my grandma\'s handicap placard to park at the depot, closest spot every day',
          'Traigo el placard de mi abuela en la troca pa estacionarme en el centro',
        ],
        miss: [
          'Uso el placard de mi abuela cuando la llevo al doctor',
          'How do I renew my grandma\'s handicap placard? She can\'t go in person',
          'My grandma\'s handicap placard expired, the clinic helped her renew it',
        ],
      },
    },
    {
      // session 13 (lexicon): waste dumped where the law forbids, said by the crew that did it.
      id: 'judgement.illegal.dumping',
      category: 'illegal',
      message: { en: 'Says the writer or their crew dumps waste where the law forbids (a storm drain, an arroyo, the desert).', es: 'Dice que quien escribe o su cuadrilla tira desechos donde la ley lo prohíbe (la alcantarilla, el arroyo, el desierto).' },
      cooccur: [{ all: ['ill_dump_self', 'ill_dump_where'], within: 12, unless: ['ill_dump_guard', 'ill_news_guard'], guardWithin: 8 }],
      examples: {
        hit: [
          'I dump the used motor oil down the storm drain behind the yard, faster than the recycle tank',
          'Tiramos el aceite usado en el arroyo, ni quien diga nada',
          'We just pour the leftover paint out in the desert past Loop 375',
          'Las llantas viejas las echamos al canal cuando nadie ve',
        ],
        miss: [
          'Do not pour used oil down storm drains, take it to the citizen collection station',
          'Someone dumped tires in the arroyo again, report it to 311',
          'We poured the concrete for the new culvert in the ditch on Alameda',
          'Liberamos truchas en el canal del parque para la pesca de los niños',
        ],
      },
    },
    {
      // Round 7 (s11-jb): a dead person's placard, checks or benefits still used.
      id: 'judgement.illegal.dead_persons_benefit',
      category: 'illegal',
      message: {
        en: 'Says someone keeps using a benefit or permit of a person who died (fraud).',
        es: 'Dice que alguien sigue usando un beneficio o permiso de una persona que ya falleció (fraude).',
      },
      cooccur: [{ all: ['ill_benefit', 'ill_dead'], within: 10, unless: ['ill_dead_guard', 'ill_news_guard'], guardWithin: 8 }],
      examples: {
        hit: [
          'still park in the handicap spots with the handicap placard of my late uncle lol',
          'mi vecina sigue cobrando sus cheques del seguro de su esposo que ya falleció hace dos años',
        ],
        miss: [
          'How do I return the handicap placard of my mom who passed away?',
          'Para cancelar su pensión después de que falleció su familiar, llame a la oficina.',
        ],
      },
    },
    {
      // Round 7 (s11-jb): letting friends in or through without paying, by the way the job knows.
      id: 'judgement.illegal.in_for_free',
      category: 'illegal',
      message: {
        en: 'Tells people how to get in or through without paying, using what the job knows.',
        es: 'Les dice a otros cómo entrar o pasar sin pagar, usando lo que sabe por su trabajo.',
      },
      cooccur: [{ all: ['ill_freeload', ['ill_backway', 'ill_impunity']], within: 14, unless: ['ill_news_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'the side door by the concession stand stays open, tell your friends they can get in free during the second half',
          'si quieren entrar gratis a la feria, vénganse por la puerta de atrás como a las 8 que cambian turno',
        ],
        miss: [
          'Kids under 5 get in free; the back gate opens at 6 for strollers.',
          'Entrada gratis para veteranos por la puerta principal.',
        ],
      },
    },
    {
      // session 15: hush deal: a price and "don't tell anybody" in one sentence.
      id: 'judgement.illegal.hush_deal',
      category: 'illegal',
      message: {
        en: 'Offers a deal for money and asks people to keep it quiet.',
        es: 'Ofrece un trato por dinero y pide que no se sepa.',
      },
      cooccur: [{ all: [['ill_pay_any', 'ill_payment', 'ill_bribe_gift'], 'ill_hush'], within: 14, unless: ['ill_sold_guard', 'ill_hush_guard'], guardWithin: 10 }],
      examples: {
        hit: [
          'I can get you two of the stadium passes for $30 each, just don\'t tell the office',
          'por 20 dólares te dejo la llave del gimnasio el domingo, nomás no le digan al jefe',
        ],
        miss: [
          'Surprise party for Lupe on Friday, $10 each for the cake, don\'t tell anybody!',
          'Nunca acepten dinero a cambio de favores, y no lo guarden en secreto: repórtenlo.',
        ],
      },
    },
    {
      // session 15: seized goods that never reached evidence ("ni la mitad llegó al cuarto de evidencia"): the negation is the act, so not negatable.
      id: 'judgement.illegal.seized_goods_skimmed',
      category: 'illegal',
      message: {
        en: 'Admits that goods the City seized never reached the evidence room.',
        es: 'Admite que lo que decomisó la Ciudad nunca llegó a evidencias.',
      },
      cooccur: [{ all: ['ill_seized', 'ill_seized_skim'], within: 12, unless: ['ill_news_guard', 'ill_seized_guard'], guardWithin: 6 }],
      examples: {
        hit: [
          'the cartons of cigarettes we confiscated Friday never made it to the locker, ask me if you smoke',
          'de las botellas que decomisamos en la feria ni la mitad llegó a la bodega de evidencias',
        ],
        miss: [
          'Confiscated fireworks never go home with staff: they are destroyed by the fire marshal.',
          'El reporte del decomiso nunca llegó a la fiscalía y la auditoría lo está revisando.',
        ],
      },
    },
    {
      // session 15: job favor: a favor only the job can do (a check skipped, a fee waived, a record lost or rewritten) beside what is paid for it.
      id: 'judgement.illegal.job_favor_sold',
      category: 'illegal',
      message: {
        en: 'Offers or describes a favor of the job (a check skipped, a fee waived, a record lost or changed) in exchange for money or a gift.',
        es: 'Ofrece o describe un favor del puesto (saltarse una revisión, perdonar un cobro, perder o cambiar un registro) a cambio de dinero o un regalo.',
      },
      cooccur: [
        { all: [['ill_job_favor', 'ill_favor'], ['ill_pay_any', 'ill_payment', 'ill_bribe_gift']], within: 14, unless: ['ill_sold_guard'], guardWithin: 8 },
      ],
      examples: {
        hit: [
          'my buddy at the tow yard will get your car back without paying the storage for a couple twenties',
          'if the inspector wants a bottle of whiskey he will mark it passed, no questions asked',
          'mi compa en la ventanilla te la borra del sistema por unos 40 dólares',
          'con un regalito la señora de vivienda la acomoda hasta arriba de la pila',
        ],
        miss: [
          'Residents can drop off two tires without paying; after that it is $5 each.',
          'A vendor offered me $50 to skip the inspection and I reported it to my supervisor.',
          'Si su servicio fue cortado, pague en línea y lo reconectamos sin cobrar el cargo de $20 por primera vez.',
          'Nunca acepten propina por dejar pasar a alguien sin revisar.',
        ],
      },
    },
    {
      // session 15: documents made: an official document made, sold or had without the check it stands for.
      id: 'judgement.illegal.document_made',
      category: 'illegal',
      message: {
        en: 'Offers to make or get an official document (placard, certificate, note, permit, ID) without the check it stands for.',
        es: 'Ofrece hacer o conseguir un documento oficial (placa, acta, certificado, justificante, permiso, identificación) sin el requisito que lo respalda.',
      },
      cooccur: [{ all: ['ill_official_doc', 'ill_doc_made'], within: 12, unless: ['ill_doc_guard', 'ill_sold_guard'], guardWithin: 8 }],
      examples: {
        hit: [
          'need a parking placard for your mom\'s car, I can print you one with the city stamp, it passes',
          'les consigo el certificado de manejo aunque no lo hayan tomado, con sello y todo',
          'my cousin makes proof of address letters with any address you want',
          'vendo constancias de estudios, quedan igualitas a las de la escuela',
        ],
        miss: [
          'Renew your disabled placard at the tax office; bring your ID and the doctor\'s form.',
          'Beware of fake building permits: every real permit has the city stamp and a number.',
          'Solicite su acta de nacimiento en línea; el sello se pone en la ventanilla.',
        ],
      },
    },
  ],
};
