import type { CategoryJudgement } from '../types';
import { DIGIT_CODE, LOCK_CODE_PATTERNS } from './credentials';

/**
 * A live police or fire operation and where it is (security; the same words are confidential:
 * see confidential.ts). "SWAT is staging in the HEB parking lot", "the task force is sitting at
 * Montana & Airway tonight". Demonstrations and announced drills say none of these verbs.
 */
export const LIVE_OPERATION = [
  '{sec_unit} {~5}(?:staging|staged|sitting|parked|posted up|set up at|setting up at|pulled up|rolling up|lined up|heading to|headed to|is heading|are heading|on the way to|on their way to|rolling to|en camino a|van para|va para|van rumbo a|about to (?:breach|raid|hit|go in|serve)|gonna (?:breach|raid|hit|go in|serve)|going to (?:breach|raid|hit|go in)|(?:will |gonna )?breach|raid|hitting|haciendo staging|estan en|esta en|ya llegaron|van a entrar|van a catear|se estan preparando|picking up|are picking up|rounding up|going door to door|van a recoger|van a levantar a|estan levantando)(?!(?: [^ .]+){0,8} (?:demo|demonstration|demostracion|exhibit|exhibicion|career day|open house|platica|charla|parade|desfile|trash|litter|basura|donations|donaciones|toys|juguetes)(?![^ .]))',
  '(?:raid|warrant|search warrant|operativo|cateo|redada) {~6}(?:tonight|tomorrow|at dawn|in the morning|in like|in about|rn|right now|ahorita|esta noche|manana|en la madrugada)',
  // The time first: "mañana hay operativo en la colonia…", "tonight there's a sweep on Dyer".
  '(?:tonight|tomorrow|tmrw|this weekend|manana|esta noche|hoy en la noche|en la madrugada|el viernes|friday) {~3}(?:hay|habra|va a haber|there s|theres|there is|there will be|is the|es el) (?:a |un |una |el |la |otro |another )?(?:big |huge |gran )?(?:raid|sweep|sting|operativo|cateo|redada|checkpoint|reten)',
  // Any police about to move in: "la policía está rodeando la casa", "detectives are about to pick him up".
  '(?:police|cops|pd|officers|detectives|deputies|feds|la policia|los policias|policias|los detectives|los agentes|agentes|los federales|la chota) {~5}(?:surrounding|rodeando|about to (?:go in|breach|raid|hit|pick (?:him|her|them) up|arrest|grab)|gonna (?:go in|breach|raid|pick (?:him|her|them) up|arrest)|fixing to (?:go in|raid|arrest)|van a entrar|van a catear|van a detener|van a arrestar|van a levantar|ya van a entrar|estan por entrar)',
];

/** security: what would help someone get past the City's locks, cameras, patrols and systems. */
export const security: CategoryJudgement = {
  words: {
    /** Checks and barriers that keep people out, besides doors and devices: IDs, badges, screening, signal. */
    sec_access: [
      'ids', 'id checks', 'badges', 'badge', 'screening', 'checkpoint', 'front desk', 'security desk', 'guard shack', 'sign in', 'sign in sheet', 'skylight', 'roof hatch',
      'roof access', 'signal', 'radio signal', 'coverage', 'server room', 'evidence room', 'armory', 'the vault', 'the safe', 'key box', 'lockbox', 'master key', 'keys',
      'la caja', 'caja registradora', 'cash register', 'the register', 'cash drawer', 'la caja de cobro',
      'gafetes', 'identificaciones', 'revision', 'caseta', 'senal', 'cuarto de servidores', 'bodega de evidencia', 'llaves', 'caja fuerte', 'tragaluz', 'azotea',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'the key', 'spare key', 'the keys', 'la llave', 'las llaves', 'room key', 'llave maestra', 'keycard', 'key card', 'tarjeta de acceso', 'key fob', 'fob', 'fobs',
      'casetas', 'carriles', 'the lanes', 'inspection lanes', 'port of entry', 'ballot storage', 'ballot room', 'cuarto de boletas', 'cuarto de quimicos',
      'chemical room', 'chlorine room', 'cuarto del cloro', 'pump room',
      // Round 9 (s12-jb): a pass or a secure side people are let into.
      'pases', 'pase de acceso', 'passes', 'airport pass', 'zona de llegadas', 'arrivals area', 'secure area', 'secure side', 'zona restringida', 'area restringida',
      'restricted area', 'sterile area', 'tarmac', 'la pista', 'airside', 'zona esteril',
    ],
    /** A protection that does not hold: broken, fake, unlocked, unchecked, anyone can get in (en, es). */
    sec_weak: [
      'broken', 'busted', 'are fake', 'is fake', 'just for show', 'not even wired', 'not wired', 'doesnt lock', 'doesn t lock', 'does not lock', 'wont lock', 'won t lock', 'dont lock', 'doesnt latch',
      'doesnt close', 'doesn t close', 'wont close', 'unlocked', 'left unlocked', 'propped open', 'propped', 'left open', 'wide open', 'stays open', 'blind spot',
      'nobody checks', 'no one checks', 'never checks', 'dont check', 'don t check', 'doesnt check', 'stopped checking', 'anyone can', 'anybody can', 'whoever wants',
      'walk right in', 'walk in', 'get in', 'just walk', 'wander in', 'hop the', 'climb over', 'no signal', 'drops', 'keep dropping', 'cut out', 'dead zone', 'dead zones',
      'down', 'dead', 'offline', 'not working', 'out of order', 'disabled', 'a hole', 'hole in', 'gap in', 'cualquiera entra', 'cualquiera puede entrar', 'cualquiera se mete', 'se meten', 'se mete',
      'no sirve', 'no sirven', 'no funciona', 'no funcionan', 'no cierra', 'no cierran', 'no tiene llave', 'sin llave', 'queda abierta', 'queda abierto', 'se queda abierta', 'la dejan abierta', 'lo dejan abierto', 'se caen', 'se cae',
      'no hay senal', 'sin senal', 'nadie revisa', 'nadie checa', 'ya no revisan', 'ya no checan', 'falsas', 'de adorno', 'un hoyo', 'descompuesta', 'descompuesto',
      // Round 4 (s7-jb): failing said other ways, with inflections (en, es).
      'hasnt latched', 'hasn t latched', 'hasnt locked', 'hasn t locked', 'hasnt worked', 'hasn t worked', 'not latching', 'not locking', 'isnt locking', 'isn t locking',
      'push it open', 'pull it open', 'just push', 'jiggle it', 'been dark', 'gone dark', 'went dark', 'are dark', 'is dark', 'nobody fixed', 'nobodys fixed', 'nobody s fixed',
      'no one fixed', 'never fixed', 'not fixed', 'still broken', 'still down', 'still out', 'doesnt alarm', 'doesn t alarm', 'dont alarm', 'no longer alarms', 'sneak in',
      'sneak out', 'no login', 'no password', 'without a password', 'open internet', 'on the internet', 'exposed', 'publicly accessible', 'shodan', 'not connected to anything',
      'arent connected', 'aren t connected', 'just decoration', 'for decoration', 'waving everyone through', 'wave everyone through', 'waved through', 'no one watching',
      'nobody watching', 'nobody monitors', 'no one monitors', 'unmonitored', 'no jala', 'no jalan', 'apagadas', 'apagada', 'apagados', 'sin contrasena', 'sin vigilancia',
      'nadie vigila', 'nadie la arreglo', 'nadie lo arreglo', 'nadie las arreglo', 'no la han arreglado', 'nadie la ha arreglado', 'desde hace', 'sigue sin',
      // Round 5 (s8-jb): unencrypted, failing open, one point of failure, a hole in a plan.
      'arent encrypted', 'aren t encrypted', 'isnt encrypted', 'not encrypted', 'unencrypted', 'no encryption', 'sin cifrar', 'sin encriptar', 'all unlock',
      'they unlock', 'unlock themselves', 'fail open', 'fails open', 'se abren solas', 'se abren todas', 'se desbloquean', 'same building', 'single point of failure',
      'goes down too', 'go down too', 'if it goes down', 'se cae todo', 'big hole', 'huge hole', 'holes', 'hoyos', 'chained shut', 'left in unlocked', 'left in the car',
      'no backup', 'sin respaldo', 'never tested', 'nunca lo han probado', 'hasnt worked in', 'hasn t worked in', 'out since', 'been out',
      // Round 6 (s10-jb): a protection off, disconnected, not recording, a toy, open to the internet, unpatched, failed.
      'no graban', 'no graba', 'no estan grabando', 'not recording', 'arent recording', 'aren t recording', 'isnt recording', 'isn t recording', 'been off', 'has been off', 'off all week',
      'turned off', 'switched off', 'shut off', 'desconectada', 'desconectado', 'desconectadas', 'desconectados', 'desactivada', 'desactivado', 'waving people through',
      'waving everyone', 'just waving', 'no working', 'has no working', 'have no working', 'de juguete', 'de a mentiras', 'cualquiera los abre', 'cualquiera lo abre', 'cualquiera la abre',
      'cualquiera las abre', 'con un clip', 'with a paperclip', 'with a paper clip', 'with a credit card', 'no patches', 'unpatched', 'never patched', 'sin parches', 'sin actualizar',
      'end of life', 'windows 7', 'windows xp', 'abierto a internet', 'abierto al internet', 'abierta a internet', 'expuesto a internet', 'open to the internet', 'open to internet',
      'reachable', 'reachable from', 'accessible from', 'from my home', 'desde mi casa', 'same one', 'the same one', 'same network', 'same vlan', 'la misma red', 'public private',
      'community string', 'default community', 'failed', 'fallaron', 'fallo', 'no sirve desde', 'abierto desde', 'abierta desde', 'se quedo abierto', 'se quedo abierta',
      'olvido cerrar', 'se le olvido cerrar', 'forgot to lock', 'forgot to close', 'left it open', 'sin nadie', 'con candado', 'padlocked', 'locked shut', 'not ready',
      'no estamos listos', 'has not locked', 'have not locked', 'hasnt locked in', 'has not worked', 'anyone on the', 'anybody on the', 'cualquiera en la',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'doesnt work', 'doesn t work', 'dont work', 'don t work', 'isnt working', 'isn t working', 'arent working', 'aren t working', 'stopped working', 'quit working',
      'no sirva', 'no sirvan', 'no funcione', 'no funcionen', 'no jale', 'no jalen', 'ya no sirve', 'ya no funciona', 'dejo de funcionar', 'dejaron de funcionar',
      'hasnt recorded', 'hasn t recorded', 'doesnt record', 'doesn t record', 'dont record', 'don t record', 'no registra', 'no registran', 'no ha grabado',
      'no ha registrado', 'on the fritz', 'kaput', 'se descompuso', 'se descompusieron', 'descompuestas', 'descompuestos', 'chafa', 'de pura finta', 'pura finta',
      'dummy camera', 'dummy cameras', 'fake cameras', 'just props', 'nomas de adorno', 'taped inside', 'taped to', 'taped under', 'hidden under', 'under the mat',
      'under the doormat', 'under the rock', 'in the flowerpot', 'above the door', 'on top of the door frame', 'debajo del tapete', 'debajo de la maceta',
      'en la maceta', 'arriba de la puerta', 'escondida en', 'escondida debajo', 'colgada en', 'pegada en', 'nobody audits', 'no one audits', 'nadie audita',
      'nobody reviews', 'no one reviews', 'never reviewed', 'nadie revisa los videos', 'nadie ve los videos', 'wont latch', 'won t latch', 'no cierra bien', 'no traba',
      'no tiene seguro', 'sin seguro', 'no agarra', 'unsupported', 'sin soporte', 'still runs on', 'todavia corre en', 'sigue corriendo en', 'windows server 2008',
      'server 2008', 'server 2003', 'windows 2000', 'shared by all', 'shared by everyone', 'all you want', 'lo que quieran',
      // Round 9 (s12-jb): a device that never arms or records, old firmware nobody pays to patch, a control screen that answers
      // from the guest side, a pass that skips the check (en, es), from the concept.
      'haven t recorded', 'havent recorded', 'haven t recorded anything', 'not recorded anything', 'siguen sin servir', 'sigue sin servir', 'sin servir',
      'siguen sin funcionar', 'sigue sin funcionar', 'doesn t arm', 'doesnt arm', 'won t arm', 'wont arm', 'isn t armed', 'isnt armed',
      'not armed', 'no se arma', 'no se activa', 'nadie la activa', 'nobody arms', 'no one arms', 'firmware from', 'old firmware', 'outdated firmware',
      'no money to patch', 'no budget to patch', 'no money to fix', 'no budget to fix', 'no hay dinero para', 'no hay presupuesto para', 'never been updated',
      'hasn t been updated', 'hasnt been updated', 'out of date', 'outdated', 'desactualizado', 'desactualizada', 'still answers on', 'answers on port',
      'from the guest network', 'from guest wifi', 'from the guest wifi', 'desde la red de invitados', 'desde el wifi de invitados', 'nobody cares', 'no one cares',
      'a nadie le importa', 'sin revision', 'sin revisar', 'sin que los revisen', 'sin pasar por', 'without screening', 'without being screened', 'skip security',
      'skip screening', 'skip the check', 'saltarse la revision', 'no te revisan', 'no los revisan',
      // session 13 (lexicon): a way in left open — not locked, propped, zip-tied, doesn't latch, "anyone can walk in", "cualquiera se mete", "amarrada con alambre".
      'not locked', 'isn t locked', 'isnt locked', 'never locked', 'never gets locked', 'left unlocked', 'stays unlocked', 'chained but not locked', 'just chained',
      'propped', 'propped open', 'held open with', 'taped over', 'duct taped', 'zip tie', 'zip tied', 'zip ties', 'doesn t latch', 'doesnt latch', 'won t latch',
      'wont latch', 'doesn t lock', 'doesnt lock', 'won t lock', 'wont lock', 'won t close', 'wont close', 'doesn t close', 'doesnt close', 'anyone can walk in',
      'anybody can walk in', 'anyone can get in', 'anybody can get in', 'walk right in', 'walk right through', 'wide open', 'hole in the', 'gap in the', 'cut open',
      'is down', 'easy to climb', 'easy to jump', 'can be jumped', 'se brincan', 'se brinca', 'brincarse', 'cualquiera se mete', 'cualquiera entra', 'cualquiera puede entrar',
      'entra quien sea', 'entra el que sea', 'entra cualquiera', 'no tiene candado', 'sin candado', 'sin chapa', 'no tiene chapa', 'no cierra bien', 'no cierra', 'no se cierra',
      'no tiene seguro', 'queda abierta', 'se queda abierta', 'dejan abierta', 'la dejan abierta', 'abierta toda la noche', 'amarrada con alambre', 'con alambre', 'con un cincho',
      'un hoyo en la', 'hoyo en la cerca', 'esta rota', 'esta roto', 'estan rotas', 'estan rotos',
      // session 13 (lexicon): a device that watches or warns but doesn't — doesn't go off, not recording, for show, a blind spot, no signal, old badges still work.
      'doesn t go off', 'doesnt go off', 'won t go off', 'wont go off', 'never goes off', 'didn t go off', 'didnt go off', 'no suena', 'no sono', 'nunca suena', 'no se activa',
      'no salta', 'no graba', 'no graban', 'doesn t record', 'doesnt record', 'not recording', 'isn t recording', 'no esta grabando', 'fake camera', 'fake cameras',
      'dummy camera', 'dummy cameras', 'de adorno', 'nomas de adorno', 'de mentiras', 'just for show', 'for show', 'pointed the wrong way', 'pointing at the wall',
      'apuntando a la pared', 'blind spot', 'blind spots', 'punto ciego', 'puntos ciegos', 'no signal', 'no tienen senal', 'no hay senal', 'no agarra senal', 'no agarran senal',
      'no coverage', 'no hay cobertura', 'dead spot', 'dead spots', 'accepts any', 'accept any', 'any old badge', 'deactivated', 'desactivados', 'desactivadas', 'still work',
      'still works', 'siguen funcionando', 'sigue funcionando', 'beeping for days', 'nobody responds', 'nadie responde', 'nadie hace caso', 'nobody answers',
      // session 13 (lexicon): a system left weak — a default or shared login, never patched, end of life, open to the internet, no second factor, no backups.
      'default password', 'default login', 'default admin', 'default credentials', 'factory password', 'factory default', 'never changed', 'nunca cambiaron',
      'nunca la cambiaron', 'nunca lo cambiaron', 'de fabrica', 'contrasena de fabrica', 'admin admin', 'unpatched', 'never patched', 'never been patched', 'sin parches',
      'sin actualizar', 'nunca lo actualizan', 'nunca se actualiza', 'outdated', 'out of date', 'end of life', 'unsupported', 'windows xp', 'windows 7', 'no antivirus',
      'sin antivirus', 'open to the internet', 'exposed to the internet', 'expuesto a internet', 'abierto a internet', 'shared login', 'shared account', 'una sola cuenta',
      'la misma cuenta', 'no two factor', 'no 2fa', 'no mfa', 'sin doble factor', 'no backups', 'no backup', 'sin respaldos', 'sin respaldo', 'never backed up',
      'nunca se respalda', 'goes down when', 'goes down every', 'se cae cuando', 'se cae cada', 'crashes every', 'down since', 'caido desde', 'se cayo desde',
      // session 13 (lexicon), second pass: broken said in slang — shot, toast, fried, kaput, glitchy, janky, "ya valió", "se murió", "sin pila", bypassed, jammed.
      'is shot', 'toast', 'is toast', 'fried', 'kaput', 'acting up', 'glitchy', 'glitching', 'buggy', 'janky', 'jacked up', 'messed up', 'hasn t worked', 'hasnt worked',
      'haven t worked', 'havent worked', 'out of service', 'fuera de servicio', 'chafa', 'bien chafa', 'ya valio', 'valio madre', 'se murio', 'esta muerta', 'esta muerto',
      'sin pila', 'sin bateria', 'sin baterias', 'dead battery', 'batteries are dead', 'battery is dead', 'unplugged', 'desconectado', 'desconectada', 'desconectadas',
      'disconnected', 'went offline', 'fuera de linea', 'turned off', 'switched off', 'shut off', 'disabled', 'deshabilitado', 'deshabilitada', 'bypassed', 'bypass',
      'puenteado', 'puentearon', 'la puentearon', 'overridden', 'jammed', 'atorado', 'atorada', 'se atora', 'stuck open', 'se traba', 'trabada', 'trabado',
      'still broken', 'still not fixed', 'still down', 'still out', 'sigue descompuesto', 'sigue descompuesta', 'sigue sin', 'sigue rota', 'sigue roto',
      'todavia no la arreglan', 'todavia no lo arreglan', 'ya se reporto y nada', 'reported it and nothing', 'reported months ago', 'reportado hace meses', 'never got fixed',
      'nunca la arreglaron', 'nunca lo arreglaron', 'nadie la arregla', 'nadie lo arregla',
      // session 13 (lexicon), second pass: easily defeated — opens with a credit card, a clip, a kick, a jiggle (not a badge or keycard: that is how doors open).
      'easy to pick', 'easy to open', 'anyone can open', 'con un clip', 'with a credit card',
      'with a butter knife', 'with a screwdriver', 'con un desarmador', 'if you push it', 'si la empujas', 'si le jalas', 'if you jiggle', 'jiggle the handle', 'just pull hard',
      'give it a kick', 'kick it open', 'de una patada', 'con una patada', 'se brinca facil', 'easy to hop', 'hop the fence', 'hop over',
      // session 15: a key kept by its lock, a post left alone, a lock opened by lifting or pulling, a camera aimed away, radios anyone can hear,
      // an exit chained, backup power half gone, an alarm in bypass, a setting unchanged for years (en, es).
      'on a nail', 'on the nail', 'on a hook', 'on the hook', 'hangs on', 'hanging on', 'hangs right', 'under the brick', 'debajo del ladrillo', 'bajo el ladrillo',
      'next to the door', 'next to it', 'right next to', 'al lado de la puerta', 'junto a la puerta', 'en un clavo', 'en el clavo', 'has a copy', 'tiene copia',
      'queda sola', 'queda solo', 'se quedan solas', 'se quedan solos', 'bien sola', 'nomas el perro', 'is alone', 'esta solo', 'esta sola', 'literally nobody',
      'nobody at', 'no one at', 'no one on', 'no overnight guard', 'opens if you', 'se abre si', 'se abre nomas', 'jalandola', 'nomas jalandola',
      'if you just lift', 'just lift it', 'for looks', 'no valida', 'doesnt validate', 'doesn t validate', 'lets anyone through', 'lets anyone', 'deja pasar', 'con unas pinzas',
      'with bolt cutters', 'con pinzas', 'no cage lock', 'no lock', 'sin reja', 'un ano roto', 'broken for weeks', 'se abre sola', 'sticks open', 'push hard',
      'pointed at the sky', 'pointing at the sky', 'points at the sky', 'apuntando al cielo', 'wrong gate', 'point at the wrong', 'pointing the wrong', 'no cifran',
      'sin cifrado', 'se pueden escuchar', 'can listen', 'anyone can listen', 'cualquiera escucha', 'escucha todo', 'en cualquier app', 'on any app', 'encadenada',
      'encadenadas', 'encadenado', 'chained', 'is chained', 'are chained', 'been chained', 'half empty', 'medio vacio', 'sin generador', 'no generator', 'one working',
      'bypass mode', 'in bypass', 'en bypass', 'se reinicia', 'reboots', 'restarts every', 'shut off for', 'fake boxes', 'hasn t changed', 'hasnt changed',
      'no ha cambiado', 'nunca lo cambian', 'ni la cambian', 'ni lo cambian', 'no second factor', 'sin segundo factor', 'people who quit', 'ex employees', 'exempleados',
      'logged in', 'sesion abierta', 'in the back of my truck', 'todavia no lo arreglan', 'todavia no la arreglan', 'nadie se va a enterar', 'nobody will know',
    ],
    /** Good news, notices and advice about the same things: the clean side. */
    sec_clean: [
      'up and running', 'knocked', 'knocked down', 'alarm fire', 'fire crews', 'installed',
      // Round 5 (s8-jb): "new" alone cancelled "the new guy in IT left the firewall wide open"; "fixed" alone cancelled "nobody's fixed them".
      'new cameras', 'new camera', 'new security', 'new locks', 'new lock', 'new system', 'new gates', 'new gate', 'new doors', 'new door', 'new alarm', 'new alarms',
      'new badge', 'new badges', 'new fence', 'new firewall', 'brand new', 'new ones', 'report', 'reportar', 'reporten', 'reportelo', 'facilities', 'work order',
      'my house', 'my car', 'my apartment', 'mi casa', 'mi carro', 'mi depa', 'locksmith', 'cerrajero', 'got fixed', 'was fixed', 'were fixed', 'been fixed',
      'is fixed', 'are fixed', 'fixed the', 'fixed it', 'just fixed', 'finally fixed', 'outage', 'use the app', 'please', 'remember', 'never', 'reminder', 'doors open', 'gates open', 'open at', 'opens at',
      'training', 'drill', 'exercise', 'repaired', 'replaced', 'thanks', 'thank you', 'patience', 'paciencia', 'gracias', 'recuerden', 'nunca', 'favor',
      'ya quedo', 'ya funciona', 'ya funcionan', 'nuevas', 'nuevos', 'arreglaron', 'website', 'phone lines', 'app', 'pool', 'alberca', 'splash pad', 'restroom',
      'elevator', 'heart', 'corazon', 'open house', 'bienvenidos', 'welcome',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'free wifi', 'wifi gratis', 'free admission', 'free event', 'free entry', 'entrada gratis', 'admision gratis', 'is free', 'are free', 'es gratis', 'son gratis',
      'free to the public', 'free and open', 'free parking', 'estacionamiento gratis', 'free rides', 'free for', 'gratis para', 'wifi para visitantes',
      'para visitantes', 'for visitors', 'for guests', 'para invitados', 'aceptando los terminos', 'accept the terms', 'acepte los terminos', 'splash page',
      'open to the public', 'abierta al publico', 'no password needed', 'no password required', 'no necesita contrasena', 'maintenance', 'mantenimiento', 'scheduled',
      'planned', 'programado', 'programada', 'upgrade',
      // Round 7 (s11-jb): one's own badge or key failing is not a weakness of the site.
      'my badge', 'mi gafete', 'my card', 'my key', 'mi llave', 'my phone', 'mi celular', 'my laptop', 'mi laptop',
      // session 13 (lexicon): advice to residents about their own devices ("change the default password on your home router").
      'change the default', 'change default', 'cambie la contrasena', 'cambien la contrasena', 'cyber tip', 'cyber', 'ciber', 'tip', 'tips', 'consejo', 'consejos',
      'your home', 'home router', 'router de su casa', 'internet de su casa', 'at home', 'en casa', 'how to', 'make sure', 'asegurese',
      // A person's own alarm clock or phone alarm not going off is not a device of the City's left unarmed.
      'my alarm', 'alarm clock', 'mi alarma', 'mi despertador', 'el despertador', 'phone alarm',
      // session 13 (lexicon): a public traffic or outage notice.
      'four way stop', '4 way stop', 'treat it as', 'treat as', 'use caution', 'detour', 'expect delays', 'crews are working', 'crews are on', 'we are working on',
      'estamos trabajando', 'alto de cuatro', 'tome precauciones', 'use otra ruta',
      // session 15: a count of the qualified is not a post left short.
      'certified', 'certificados', 'certificadas', 'qualified', 'calificados',
    ],
    /** Round 4 (s7-jb): what a password or key is called, for the systemic-weakness co-occurrence. */
    sec_secret: [
      'password', 'passwords', 'passcode', 'pw', 'pin', 'pins', 'login', 'logins', 'creds', 'credentials', 'api key', 'secret key', 'token', 'tokens', 'contrasena',
      'contrasenas', 'clave', 'claves', 'nip',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'admin account', 'shared account', 'cuenta compartida', 'service account', 'cuenta de servicio', 'cuenta de admin', 'cuenta admin', 'usuario admin', 'admin login',
      'encryption key', 'llave de cifrado', 'radio key', 'wifi password', 'wifi key', 'network key',
    ],
    /** Round 4 (s7-jb): a secret kept in a way that exposes a whole system: shared, default, never changed, written up, in code. */
    sec_secret_weak: [
      'everyone uses', 'everybody uses', 'we all use', 'all use', 'all have', 'all of us', 'todos usamos', 'todos tenemos', 'todos lo tenemos', 'todos la tenemos',
      'the same', 'same one', 'la misma', 'el mismo', 'igual para todos', 'shared', 'compartida', 'compartido', 'default', 'de fabrica', 'factory', 'never changed',
      'never been changed', 'nobody changes', 'nobody changed', 'no one changes', 'nobody does', 'nunca la cambian', 'nunca lo cambian', 'nadie la cambia',
      'nadie lo cambia', 'nadie la cambio', 'casi nadie', 'whiteboard',
      'pizarron', 'sticky note', 'post it', 'taped', 'pegada', 'pegado', 'written on', 'escrita en', 'in the frontend', 'in the js', 'hardcoded', 'hard coded',
      'plain text', 'texto plano', 'in production', 'prod', 'wiki', 'group chat', 'spreadsheet', 'excel', 'since go live', 'for years', 'desde hace anos',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'on the wall', 'en la pared', 'under the keyboard', 'debajo del teclado', 'for every new hire', 'every new hire',
      'all new hires', 'todos los nuevos', 'para todos los nuevos', 'a todos les dan', 'everyone gets', 'same as the user', 'same as the username',
      'igual que el usuario', 'la misma que el usuario', 'same as the login', 'asi de seguro', 'so secure', 'super secure', 'real secure', 'top notch security',
      'whoever set that up', 'shared by', 'shared by all', 'compartida por', 'la usamos todos', 'lo usamos todos', 'la usan todos', 'lo usan todos', 'we all share',
      'everyone shares', 'todos la usamos', 'sigue con', 'still has the', 'still using the', 'sigue siendo', 'la de antes', 'la misma de siempre', 'de siempre',
      'usuario admin', 'user admin', 'admin admin', 'contrasena password', 'password password', 'reset them all', 'back to the default', 'al default', 'staff net',
      'staff network', 'admin network', 'staff wifi', 'red interna', 'red del personal', 'red de empleados', 'but whatever', 'pero ni modo', 'canal encriptado',
      'encrypted channel', 'encrypted radio', 'radio encriptado', 'canal cifrado', 'scada',
      // session 13 (lexicon), second pass: a code everyone knows, or one anyone could guess.
      'todos saben', 'todo mundo sabe', 'everyone knows', 'everybody knows', 'the whole department knows', 'todo el departamento sabe', 'is the address', 'es la direccion',
      'is the year', 'es el ano', 'is 1234', 'es 1234', 'is 0000', 'es 0000', 'is the same as', 'is our zip', 'es el codigo postal', 'the street number', 'el numero de la calle',
      'never changes', 'hasn t changed', 'hasnt changed', 'no ha cambiado', 'nunca ha cambiado', 'since forever', 'desde siempre',
    ],
    /** Round 4 (s7-jb): advice and notices about the same secrets. */
    sec_secret_clean: ['never', 'nunca', 'no go', 'a no go', 'no no', 'dont use', 'don t use', 'do not use', 'avoid', 'unique', 'different', 'change the default', 'change default', 'no usen', 'no use', 'evite', 'make sure', 'asegurese', 'how to', 'tips', 'consejo', 'consejos', 'protect', 'proteja', 'stay safe', 'cyber', 'ciber', 'strong', 'segura', 'fuerte', 'password manager', 'gestor', 'if you', 'si usted', 'reset', 'expires', 'expire', 'must', 'should', 'please change', 'favor de cambiar', 'cambie su', 'change your', 'tip', 'reminder', 'recordatorio', 'policy', 'politica', 'training', 'will receive', 'recibira', 'phishing', 'scam', 'estafa'],
    /** Round 5 (s8-jb): no one guarding, or patrols taken away. */
    sec_absent: [
      'no guard', 'no guards', 'no security', 'no officer', 'no officers', 'no cops', 'no patrol', 'no patrols', 'nobody watching', 'nobody s watching', 'nobodys watching',
      'no one watching', 'no one is watching', 'nobody is watching', 'nobody on', 'nobody guarding', 'nobody at the gate', 'stops coming', 'stop coming', 'stopped coming',
      'stopped patrolling', 'got pulled', 'were pulled', 'pulled from', 'no hay vigilante', 'no hay guardia', 'no hay velador', 'no hay policia', 'no hay patrulla',
      'no hay nadie', 'sin vigilante', 'sin guardia', 'ya no pasa', 'ya no pasan', 'ya no pasa la patrulla', 'no pasa la patrulla', 'nos quitaron', 'quitaron la patrulla',
      'ya no vienen', 'nadie vigilando', 'nadie cuidando',
      // Round 6 (s10-jb): a post left empty, one person where a team should be, a unit sent out alone.
      'going to be empty', 'will be empty', 'gonna be empty', 'is empty', 'sits empty', 'va a estar vacia', 'va a estar vacio', 'va a estar sola', 'se queda sola', 'se queda solo',
      'unmanned', 'unstaffed', 'no staff', 'sin personal', 'just one guy', 'only one guy', 'just one officer', 'only one officer', 'just one deputy', 'one guy', 'un solo oficial',
      'nomas un', 'solo un oficial', 'sola en la patrulla', 'solo en la patrulla', 'alone in the unit', 'alone on the', 'send it out alone', 'sends it out alone', 'out alone',
      'nobody s on site', 'nobodys on site', 'nobody on site', 'no one on site', 'nadie en el sitio', 'no hay nadie en', 'pulled everyone', 'moved everyone', 'mandaron a todos',
      'se llevaron a todos', 'no hay patrulla', 'no hay patrullas', 'no cameras', 'no hay camaras', 'sin camaras', 'only 4 drivers', 'only two drivers', 'not enough drivers',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'no tienen quien cuide', 'no hay quien cuide', 'nadie cuida', 'nobody watches', 'no one guarding', 'sin nadie que cuide', 'nadie revisa', 'nobody checks',
      'nadie checa', 'no one checks', 'nobody s checking', 'nobodys checking', 'nadie esta revisando', 'por las incapacidades', 'out sick', 'calling in sick',
      'skeleton crew', 'short staffed', 'short handed', 'shorthanded', 'understaffed', 'falta de personal', 'no hay gente', 'no tenemos gente', 'sin gente',
      // Round 9 (s12-jb): how thin, said as "units short", "just me", "nomás van a estar dos".
      'units short', 'unit short', 'guys short', 'people short', 'crews short', 'short a unit', 'short two units', 'short an engine', 'down a unit', 'down two units',
      'down an engine', 'down an ambulance', 'down a crew', 'unidades de menos', 'patrullas de menos', 'elementos de menos', 'is just me', 'it s just me', 'its just me',
      'will be just me', 'just me on', 'only me on', 'just me from', 'nomas yo', 'solo yo', 'nada mas yo', 'nomas estoy yo', 'solo estoy yo', 'nomas van a estar',
      'nada mas van a estar', 'solo van a estar', 'nomas va a estar', 'nada mas va a estar',
      'down to 2 guys', 'down to two guys', 'down to 1 guy', 'down to one guy', 'down to 2 people', 'down to two people',
      // session 13 (lexicon): how thin, said as a count — "running with 2 cops", "only two units for", "una sola patrulla para", "pray for us".
      'running with 2', 'running with two', 'running with 3', 'running with three', 'running with one', 'only 2 cops', 'only two cops', 'only 2 units', 'only two units',
      'only 3 units', 'only three units', 'just 2 units', 'just two units', 'just 2 cops', 'just two cops', 'one unit for', 'two units for', 'una sola unidad',
      'una sola patrulla', 'dos patrullas para', 'una patrulla para', 'nomas dos patrullas', 'solo dos patrullas', 'solo una patrulla', 'nomas una patrulla',
      'nomas dos unidades', 'solo dos unidades', 'pray for us', 'recen por nosotros', 'wish us luck', 'fewest people', 'least people', 'nobody at the desk',
      'no one at the desk', 'nadie en la caseta', 'la caseta sola', 'la caseta vacia', 'empty booth', 'booth is empty', 'no one at dispatch',
    ],
    /** Round 5 (s8-jb): when a site is left unguarded. */
    sec_when: [
      'from', 'between', 'after', 'at night', 'nights', 'overnight', 'on sundays', 'on weekends', 'weekends', 'sundays', 'saturdays', 'after hours', 'shift change',
      'all week', 'all wk', 'tonight', 'at lunch', 'during lunch', 'los domingos', 'los sabados', 'los fines', 'de noche', 'en la noche', 'despues de', 'entre',
      'esta noche', 'todo el turno', 'en la madrugada', 'a la hora de la comida', 'cambio de turno',
      // Round 6 (s10-jb)
      'this weekend', 'este fin', 'este fin de semana', 'saturday', 'sunday', 'friday night', 'sabado', 'domingo', 'viernes en la noche', 'till', 'until', 'hasta', 'since', 'desde',
      'night shift', 'turno de noche', 'el turno de noche', 'right now', 'ahorita', 'now', 'ahora', 'during', 'durante', 'off at',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'cambian turno', 'changes shift', 'change shifts', 'during shift change', 'at shift change', 'a la hora de', 'every night', 'todas las noches', 'cada noche',
      'every weekend', 'holidays', 'dias festivos', 'nochebuena', 'christmas eve', 'graveyard', 'graveyard shift', 'turno de la madrugada', 'en las madrugadas',
      'late shift', 'after midnight', 'despues de medianoche', 'de madrugada',
      // Round 9 (s12-jb)
      'this month', 'este mes', 'this week', 'esta semana', 'on nights', 'every night this week', 'en el turno', 'el turno de', 'till january', 'hasta enero',
      // session 13 (lexicon): times said as clock hours and stretches.
      'a las', 'de la manana', 'de la tarde', 'como a las', 'a eso de', 'every day at', 'todos los dias', 'every day', 'diario', 'mornings', 'en las mananas',
      'en las tardes', 'afternoons', 'the whole', 'for the whole', 'toda la', 'todo el', 'para todo', 'para toda', 'at 2', 'at 3', 'at 4', 'around 2', 'around 3',
    ],
    /**
     * session 13 (lexicon): what a guard or a patrol does instead of guarding — sleeps, leaves the post, skips rounds, waves
     * everyone through — en and es (paired with sec_staff in staffing_gap).
     */
    sec_staff_lapse: [
      'se duerme', 'se queda dormido', 'se queda dormida', 'se duermen', 'se quedan dormidos', 'falls asleep', 'fall asleep', 'asleep', 'sleeps on duty', 'sleeping on duty',
      'sleeps in his car', 'sleeps in the truck', 'naps', 'takes naps', 'takes a nap', 'se echa una siesta', 'se echa su siesta', 'se echa su jeta', 'se jetea', 'jeteado',
      'leaves his post', 'leaves her post', 'left his post', 'left her post', 'abandona su puesto', 'deja su puesto', 'dejo su puesto', 'deja la caseta', 'se sale de la caseta',
      'skips rounds', 'skips his rounds', 'skips the rounds', 'never does rounds', 'never does his rounds', 'no hace rondas', 'no hacen rondas', 'ya no hacen rondas',
      'nunca hace sus rondas', 'no hace su ronda', 'no hacen su ronda', 'se va temprano', 'se van temprano', 'se sale temprano', 'leaves early', 'goes home early',
      'on his phone all', 'on their phones all', 'en el celular todo', 'watching netflix', 'viendo videos', 'waves everyone through', 'waves people through',
      'waves everybody through', 'lets anyone in', 'lets everyone in', 'lets anybody in', 'deja pasar a todos', 'deja pasar a cualquiera', 'deja entrar a cualquiera',
      'no pide gafete', 'no pide identificacion', 'doesn t check badges', 'doesnt check badges', 'never checks ids', 'never checks badges', 'no checa nada', 'no revisa nada',
    ],
    /** A way into a building or yard. */
    sec_entry: [
      'door', 'doors', 'back door', 'side door', 'front door', 'rear door', 'emergency exit', 'exit door', 'gate', 'gates', 'fence', 'window',
      'windows', 'entrance', 'secure entrance', 'loading dock', 'hatch', 'roll up door', 'padlock', 'lock', 'locks', 'box', 'cabinet',
      'puerta', 'puertas', 'puerta de atras', 'puerta trasera', 'puerta lateral', 'porton', 'reja', 'cerca', 'ventana', 'ventanas',
      'entrada', 'candado', 'chapa', 'cerradura', 'salida de emergencia', 'el gate', 'la cerca',
    ],
    /** Things that watch or warn. */
    sec_device: [
      'camera', 'cameras', 'security camera', 'security cameras', 'cams', 'cctv', 'alarm', 'alarms', 'alarm panel', 'alarm system',
      'motion sensor', 'motion sensors', 'badge reader', 'badge readers', 'card reader', 'card readers', 'metal detector',
      'metal detectors', 'radios', 'panic button', 'panic buttons', 'security system', 'lights in the garage',
      'camara', 'camaras', 'alarma', 'alarmas', 'sensores', 'detector de metales', 'lector de gafetes', 'boton de panico',
      'keypad', 'keypads', 'door alarm', 'fire alarm panel', 'x ray', 'xray', 'scanner', 'scanners', 'monitors', 'teclado', 'sensor', 'botones de panico', 'escaner',
      // Round 5 (s8-jb): backup power and field devices.
      'generator', 'generators', 'backup generator', 'backup power', 'generador', 'planta de luz', 'ups', 'battery backup', 'laptops', 'laptop', 'tablets', 'mdt', 'mdts',
      'computadoras', 'las laptops', 'body cams', 'bodycams', 'door locks', 'electronic locks', 'mag locks',
      // Round 6 (s10-jb)
      'radio', 'el radio', 'los radios', 'radios portatiles', 'candados', 'los candados', 'locks at', 'las cerraduras', 'cerraduras', 'detector', 'the detector', 'magnetometer',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'red light camera', 'red light cameras', 'speed camera', 'speed cameras', 'camaras de semaforo', 'camara del semaforo', 'fare box', 'fare boxes',
      'caja registradora', 'cash registers', 'turnstile', 'turnstiles', 'torniquete', 'torniquetes', 'gate arm', 'barrier arm', 'la pluma', 'intercom', 'interfon',
      'buzzer', 'door buzzer', 'floodlights', 'reflectores', 'motion lights', 'ankle monitor', 'ankle monitors', 'brazalete electronico', 'grillete', 'gps units',
      'the gps',
      // session 15: warning and life-safety gear, screening arches, readers and controllers, the rooms that hold evidence and chemicals.
      'sirens', 'siren', 'sirenas', 'sistema de sirenas', 'bocinas', 'bocinas de alerta', 'warning sirens', 'sprinklers', 'fire sprinklers', 'rociadores', 'arco de seguridad',
      'el arco', 'los scanners', 'baggage scanners', 'evidence locker', 'property room', 'chapas electronicas', 'chapas', 'las chapas', 'lector', 'el lector', 'reader',
      'controllers', 'controller', 'cabinet key', 'control panel', 'scada', 'scada laptop', 'hmi', 'the cad', 'stairwell', 'stairwell door', 'la escalera', 'fire doors',
      'puerta de emergencia', 'water tower', 'access ladder', 'compuerta', 'compuertas', 'la bodega', 'vault', 'boveda', 'alarm panel',
    ],
    /** Who patrols or guards. */
    sec_staff: [
      'unit', 'units', 'officer', 'officers', 'cop', 'cops', 'patrol car', 'patrol cars', 'patrol', 'patrols', 'car', 'cars', 'guard',
      'guards', 'deputy', 'deputies', 'call takers', 'call taker', 'dispatchers', 'dispatcher', 'crew', 'crews', 'firefighters', 'medics', 'ambulance', 'ambulances', 'medic unit', 'medic units', 'engine', 'engines', 'security guard',
      'patrulla', 'patrullas', 'unidad', 'unidades', 'oficial', 'oficiales', 'policia', 'policias', 'agente', 'agentes', 'guardia', 'guardias',
      'ambulancia', 'ambulancias', 'bombero', 'bomberos', 'officers pa', 'cops pa',
      'velador', 'veladores', 'vigilante', 'vigilantes', 'tsa', 'screener', 'screeners', 'watchman', 'night watchman', 'operator', 'operators', 'operador', 'operadores',
      // Round 7 (s11-jb): failing, hidden, shared and understaffed, said the way people say it (en, es), from the concept.
      'drivers', 'certified drivers', 'choferes', 'bus drivers', 'lifeguards', 'salvavidas', 'nurses', 'enfermeras', 'paramedics', 'paramedicos', 'medicos', 'ems units',
      'rigs', 'trucks on',
      // Round 9 (s12-jb): the crew counted in everyday words.
      'guys', 'people', 'personas', 'elementos', 'inspectores', 'inspectors', 'techs', 'staff',
      // session 15
      'custodios', 'custodio', 'empleado', 'un empleado', 'one crew', 'crews on', 'patrol units', 'night operator', 'operator', 'el velador',
    ],
    /** City systems an attacker would look for. */
    sec_system: [
      'scada', 'plc', 'plcs', 'hmi', 'controllers', 'control system', 'control systems', 'dvr', 'nvr', 'camera system', 'door system',
      'badge system', 'firewall', 'router', 'routers', 'switches', 'server', 'servers', 'staff network', 'the network', 'network', 'vpn',
      'wifi', 'public wifi', 'guest wifi', 'red', 'la red', 'el sistema', 'servidor', 'servidores', 'vendor portal', 'test account',
      'controls', 'pump controls', 'pump station', 'pump stations', 'lift station', 'treatment plant controls', 'traffic signals', 'signal controllers', 'backups',
      'antivirus', 'the system', 'sistema de control', 'los controles', 'respaldos', 'server closet', 'server room', 'closet de servidores',
      // Round 5 (s8-jb): emergency systems and plans.
      'backup', 'dispatch center', 'cad', 'radio system', 'evacuation plan', 'evac plan', 'plan de evacuacion', 'emergency plan', 'eoc',
      'billing server', 'database', 'base de datos', 'el servidor', 'la red del',
      // Round 6 (s10-jb)
      'vlan', 'vlans', 'guest vlan', 'camera vlan', 'rdp', 'remote desktop', 'escritorio remoto', 'puerto', 'port', 'ports', 'snmp', 'switch', 'the router', 'el router', 'windows 7 box',
      'pump screens', 'control screens', 'hmi screens', 'evacuation buses', 'evacuation', 'evacuacion', 'plan de inundacion', 'flood plan',
    ],
    /**
     * session 13 (lexicon): a protected movement — a motorcade or a detail, cash carried to the bank, prisoners moved — whose
     * time told in advance tells anyone when to strike (paired with sec_when and sec_move_when in protected_movement).
     */
    sec_movement: [
      'motorcade', 'the motorcade', 'motorcade route', 'caravana del alcalde', 'caravana del gobernador', 'comitiva', 'la comitiva', 'convoy', 'security detail',
      'protective detail', 'his detail', 'her detail', 'su escolta', 'la escolta', 'escoltas', 'escorting', 'escort car', 'armored car', 'armored truck', 'brinks', 'loomis',
      'camion de valores', 'el de valores', 'cash pickup', 'cash pick up', 'deposit run', 'the deposit run', 'the bank run', 'la recaudacion', 'the cash bags', 'the money bags',
      'las bolsas de dinero', 'bolsas con dinero', 'el dinero de las multas', 'the fare money', 'the cash from', 'prisoner transfer', 'prisoner transport', 'inmate transfer',
      'inmate transport', 'transport van', 'traslado de reos', 'traslado de presos', 'traslado de detenidos', 'el traslado del', 'evidence transfer', 'moving the evidence',
      'the mayor leaves', 'the mayor arrives', 'el alcalde llega', 'el alcalde sale', 'the governor arrives', 'el gobernador llega', 'the judge leaves', 'the chief leaves',
      'leaves the building at', 'sale del edificio a', 'llega por la puerta de atras', 'comes in the back', 'uses the back entrance', 'entra por atras',
      // session 15: a sweep, raid or transfer told ahead of time.
      'camp sweep', 'camps sweep', 'big raid', 'federal op', 'op at', 'trasladamos', 'trasladan', 'van a trasladar',
      'lo trasladamos', 'detail plan', 'van 6 unidades', 'van a hacer el operativo',
    ],
    /** session 13 (lexicon): days and set times a movement is announced by (not in sec_when: a closed window "los lunes" is a notice, not a gap). */
    sec_move_when: [
      'leaving at', 'leaves at', 'sale a las', 'arrives at', 'llega a las', 'every friday', 'cada viernes', 'cada lunes', 'monday', 'tuesday', 'wednesday', 'thursday',
      'friday', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'tomorrow', 'tmrw', 'at noon', 'al mediodia', 'in the morning', 'por la manana', 'same time every',
      'a la misma hora', 'around noon',
      'at 1', 'at 2', 'at 3', 'at 4', 'at 5', 'at 6', 'at 7', 'at 8', 'at 9', 'at 10', 'at 11', 'at 12',
      // session 15
      'manana', 'manana en la madrugada', 'before sunrise', 'antes del amanecer', 'at dawn', 'de madrugada', 'en la madrugada', '5am', '6am', '4am', 'a las 5', 'a las 6',
      'a las 4', 'thursday morning', 'wednesday', 'ahorita mismo', 'right now', 'tomorrow before',
    ],
    /** session 13 (lexicon): a movement announced in public on purpose. */
    // session 15: a post held by one or two people, a count said low ("only four officers", "nomás van 3 unidades").
    /** A head count said as too low for the post. */
    sec_count_low: [
      'only four', 'only 4', 'only two', 'only 2', 'only three', 'only 3', 'only one', 'just two', 'just one', 'exactly two', 'nomas hay un', 'nomas hay una', 'nomas hay',
      'nomas van', 'nomas quedamos', 'nomas tiene', 'nomas son', 'son tres nomas', 'son dos nomas', 'nada mas toda', 'personas nada mas', 'solo un', 'solo una', 'solo dos',
      'half staff', 'half the staff', 'medio personal', 'down to one', 'down to two', 'one ambulance', 'una ambulancia', 'con dos personas', 'dos custodios', 'un oficial',
      'one officer', 'one guard', 'un guardia', 'zero units', 'no units', 'cero unidades',
    ],
    sec_movement_public: [
      'parade', 'desfile', 'road closure', 'road closures', 'cierre de calles', 'cierres', 'expect delays', 'welcome', 'bienvenido', 'bienvenida', 'join us', 'acompananos',
      'public is invited', 'todos invitados', 'ceremony', 'ceremonia', 'press conference', 'rueda de prensa', 'livestream', 'en vivo', 'schedule posted', 'agenda',
      // session 15: street sweeping and clean sweeps are not raids.
      'street', 'streets', 'sweeper', 'sweeping', 'barredora', 'clean sweep', 'calles',
    ],
    /** A live tactical unit (see LIVE_OPERATION). */
    sec_unit: [
      'swat', 'tactical team', 'tac team', 'task force', 'dwi task force', 'narcotics', 'narcs', 'undercover', 'negotiators', 'bomb squad',
      'warrant team', 'gang unit', 'vice', 'los de swat', 'los de narcoticos', 'los de la fuerza de tarea', 'antimotines', 'checkpoint',
      'dwi checkpoint', 'reten',
      // Round 6 (s10-jb)
      'k 9', 'k9', 'canine unit', 'el canino', 'los del k 9', 'checkpoints', 'retenes', 'reten de alcoholimetro', 'alcoholimetro', 'sobriety checkpoint', 'stings', 'sting',
      // Round 9 (s12-jb): the bomb squad in Spanish, marshals serving warrants.
      'escuadron antibombas', 'antibombas', 'los antibombas', 'marshals', 'the marshals', 'los marshals', 'us marshals', 'warrant roundup', 'warrant sweep',
    ],
  },
  frames: [
    {
      id: 'judgement.security.protection_fails',
      category: 'security',
      message: {
        en: 'Says a lock, door, camera, check or system protecting a City site does not work. That tells anyone how to get in unseen.',
        es: 'Dice que una cerradura, puerta, cámara, revisión o sistema que protege un sitio de la Ciudad no funciona. Eso le dice a cualquiera cómo entrar sin ser visto.',
      },
      cooccur: [
        { all: [['sec_entry', 'sec_device', 'sec_system', 'sec_access'], 'sec_weak'], within: 7, unless: ['sec_clean'], guardWithin: 8 },
        // Round 4 (s7-jb): a password or key kept so that a whole system is open (shared, default, never changed, on a whiteboard, in code).
        { all: ['sec_secret', 'sec_secret_weak'], within: 10, unless: ['sec_secret_clean'], guardWithin: 8 },
      ],
      examples: {
        hit: [
          // session 15
          'the key to the pump house hangs on a nail right by the door, so much for security',
          'las bocinas de alerta del canal siguen descompuestas y si se desborda nadie se va a enterar',
          'the stairwell door on the third floor has been chained for months during events',
'The side door at the evidence warehouse opens with a credit card, been like that forever', 'La alarma de la bodega de evidencias ya valió, sigue sin arreglarse desde marzo', 'FYI the back gate at the water treatment plant has been chained but not locked for weeks', 'La alarma del museo no suena si abres la ventana del baño de atrás', 'The traffic signal controllers still run on the factory password', 
          'the inventory app login is the same one for all of us, nobody ever changed it',
          'Cameras at the impound lot are fake, they\'re not even wired lol',
          'Skylight at the evidence warehouse doesn\'t lock, whoever wants in can get in',
          'la caseta del corralón está vacía y nadie revisa los gafetes',
          // Round 9 (s12-jb)
          'the alarm at the Eastside senior center doesn\'t arm on Sundays, the cleaning crew just walks in',
          'the badge server at the courthouse still runs firmware from 2016 and there is no budget to patch it',
          'Les consigo pases para la zona restringida del aeropuerto sin revisión, pregunten por inbox',
          'las cámaras del puente siguen sin servir desde el lunes',
        ],
        miss: [
          // session 15
          'Keys to the pavilion are at the front desk; ask the attendant.',
          'Las bocinas del parque ya quedaron, gracias a mantenimiento.',
'The traffic signals at Zaragoza and Montana are out of service, treat it as a four-way stop', 'El portón del parque se abre con la tarjeta del empleado a partir del lunes', 'Reminder: lock the back gate when you leave, facilities will check it tonight', 
          'New security cameras are up and running at Memorial Park!',
          'Doors open at 6pm for the budget town hall, see you there!',
          'Never share your badge or prop doors open for others.',
          'Cyber tip: use a different password for every account, never the same one twice.',
          'The 311 phone lines are down due to a carrier outage, please use the app.',
          // Round 9 (s12-jb)
          'Reminder: the new alarm system arms automatically at 10 pm, thank you for closing up.',
          'Pasajeros: tengan listos sus pases de abordar, la revisión en la zona de llegadas tarda 10 minutos.',
        ],
      },
    },
    {
      id: 'judgement.security.unsecured_entry',
      category: 'security',
      message: {
        en: 'Says a door, gate or lock at a City site does not lock or is left open. That tells anyone how to get in.',
        es: 'Dice que una puerta, un portón o un candado de un sitio de la Ciudad no cierra o se queda abierto. Eso le dice a cualquiera cómo entrar.',
      },
      patterns: [
        "{sec_entry} {~8}(?:doesnt|does not|dont|do not|wont|will not|never|still doesnt|still dont|cant|no longer) (?:lock|latch|close|shut|catch|lock right|close right|close all the way)",
        '{sec_entry} {~8}(?:is|are|stays|stay|gets|get|sits|been|has been|have been|is still|are still|was|were)? ?(?:left )?(?:unlocked|propped open|propped|held open|wide open|left open|left unlocked|open all night|open all weekend|open overnight|open 24 7|unsecured|with no lock)(?! (?:at|from|until|till|by|starting|for (?:the )?(?:event|voters|public)) )',
        "(?:an|the|a|un|una) (?:unlocked|unsecured) {~1}{sec_entry}",
        // Round 6 (s10-jb): the writer leaves a way in open for others ("I leave the back gate open for night swims").
        "(?:leave|leaving|left|ill leave|i ll leave|dejo|dejamos|les dejo|te dejo|le dejo) (?:the |la |el |a |una |las |los )?(?:[^ .]+ ){0,2}{sec_entry} (?:open|unlocked|propped|abierta|abierto|abiertas|sin llave|sin candado) (?:for|para|pa|so|asi)",
        '{sec_entry}(?! de mi (?:casa|carro|depa|cuarto)| of my (?:house|car|apartment|room)) {~8}(?:no cierra|no cierran|no tiene llave|no tiene candado|sin llave|sin candado|sin seguro|nunca la cierran|nunca lo cierran|no la cierran|no lo cierran|la dejan abierta|lo dejan abierto|las dejan abiertas|se queda abiert[oa]|se quedan abiert[oa]s|queda abiert[oa]|esta abiert[oa] toda la noche|tiene un hoyo|tiene un agujero|esta rota|esta roto|no sirve)',
        '{sec_entry} {~8}(?:has|have|got|tiene|tienen) (?:a |an |un |una )?(?:big |huge |giant |gran |enorme )?(?:gap|hole|opening|hoyo|agujero|hueco)',
        '{sec_entry} {~8}(?:has no lock|have no locks|doesnt have a lock|does not have a lock|no tiene chapa|no tiene cerradura|no tiene candado|sin chapa|sin cerradura)',
        // An exit that will not open in an emergency.
        '(?:emergency exit|emergency exits|fire exit|fire exits|exit door|exit doors|salida de emergencia|salidas de emergencia) {~9}(?:padlock|padlocked|chained|chained shut|locked|blocked|bolted|candado|encadenada|encadenadas|bloqueada|bloqueadas|cerrada con llave)',
      ],
      examples: {
        hit: [
          'fyi the side gate at the Northgate water tank does not latch, been like that for a month',
          'The roll up door at the fleet garage gets left unlocked every Friday night',
          'la puerta trasera de la biblioteca del centro no cierra desde el lunes',
          'El portón del corralón se queda abierto todo el fin de semana',
        ],
        miss: [
          'Doors open at 6pm for the budget town hall, see you there!',
          'Drop off coats at the back door of the rec center and ring the bell.',
          'Las puertas se abren a las 9 para la feria del libro.',
          'Please close the gate behind you at the dog park.',
        ],
      },
    },
    {
      id: 'judgement.security.device_down',
      category: 'security',
      message: {
        en: 'Says cameras, alarms or radios at a City site are not working. That tells anyone when and where no one is watching.',
        es: 'Dice que las cámaras, alarmas o radios de un sitio de la Ciudad no funcionan. Eso le dice a cualquiera cuándo y dónde nadie está vigilando.',
      },
      patterns: [
        // A state after a copula ("are dead", "have been down"), or a verb of failure ("haven't worked"): not "the alarm goes off".
        '{sec_device} {~7}(?:is|are|have been|has been|been|went|stay|stayed|were|was|still|all|r) (?:still |all |completely |totally |just )?(?:down|dead|dark|out (?:since|for (?:a|two|three|[0-9]+|weeks|days|months)|again)|broken|disabled|offline|unplugged|turned off|switched off|shut off|not working|not recording|not hooked up|not connected|pointed at the|pointed the wrong)',
        '{sec_device} (?:down|dead|broken|offline)(?= |$)',
        '{sec_device} {~7}(?:dont work|doesnt work|do not work|does not work|havent worked|hasnt worked|havent been working|hasnt been working|dont record|isnt hooked|arent hooked|isnt connected|arent connected|all face|only face|only cover|dont cover|dont get signal|dont get reception|get no signal|have no signal)',
        '(?:two|three|four|half|most|all|none|2|3|4) of (?:the )?(?:[0-9a-z]+ )?(?:cameras|camaras|alarms|alarmas) (?:are |is |estan )?(?:dead|down|out|broken|off|muertas|apagadas|descompuestas)',
        '{sec_device} {~6}(?:no sirven|no sirve|no funcionan|no funciona|no jalan|no jala|no graban|no agarran senal|no agarra senal|apagadas|apagada|descompuestas|descompuesta|muertas|sin funcionar|no estan conectadas|no esta conectada)',
        '(?:garage|lot|stairwell|parking|end|corner|side|entrance|ramp|hallway|estacionamiento|escalera|esquina|pasillo|entrada) {~4}(?:is|are|s|es|hay) (?:a |un |one big |a huge |a total |one )?(?:blind spot|blind spots|punto ciego|puntos ciegos)',
        // Round 5 (s8-jb): asked whether it was ever fixed ("did they ever fix the cameras at the impound lot?").
        '(?:ever|never|still havent|still hasnt|havent|hasnt|nunca|todavia no|aun no) (?:fixed|fix|repaired|replaced|arreglaron|arreglan|han arreglado|componen|compusieron) (?:the |las |los |la |el )?{~2}{sec_device}',
        // An alarm nobody answers is as good as none.
        '{sec_device} {~9}(?:just ignores? it|ignores? (?:it|them)|gets ignored|get ignored|nobody (?:checks|responds|answers|comes)|no one (?:checks|responds|answers|comes)|nadie (?:revisa|responde|viene|le hace caso|les hace caso)|ya ni le hacen caso|no le hacen caso|la ignoran|las ignoran)',
        // Protection switched off: "firewall has been off since the upgrade", "el antivirus está desactivado".
        '(?:firewall|firewalls|antivirus|mfa|2fa|two factor|endpoint protection|edr|ids|el firewall|el antivirus) {~6}(?:off|disabled|turned off|shut off|down|not working|apagado|apagados|desactivado|desactivados|no sirve|no funciona)(?= |$)',
      ],
      examples: {
        hit: [
          'heads up, the cameras in the Eastside library parking lot have been dead since the storm',
          'the alarm at the animal shelter annex is not hooked up to anything',
          'Las cámaras del estacionamiento de la alberca no graban desde hace un mes',
          'the whole back corner of the transit center garage is a blind spot, none of the cameras reach it',
        ],
        miss: [
          'Our new security cameras at the park are up and running, thank you Commission!',
          '311 phone lines are down due to a carrier outage, please use the app.',
          'Las cámaras nuevas del parque ya están funcionando.',
        ],
      },
    },
    {
      id: 'judgement.security.staffing_gap',
      category: 'security',
      // Round 5 (s8-jb): no one guarding, or patrols pulled, at a time ("no guard from 12 to 1", "no hay vigilante los domingos",
      // "la patrulla ya no pasa después de las 11", "nobody's watching the yard at shift change").
      cooccur: [
        { all: ['sec_absent', 'sec_when'], within: 8, unless: ['sec_clean'], guardWithin: 6 },
        // session 13 (lexicon): a guard or patrol said to sleep, leave or wave people through ("el velador se duerme a las 3").
        { all: ['sec_staff', 'sec_staff_lapse'], within: 8, unless: ['sec_clean'], guardWithin: 6 },
        // session 15
        { all: ['sec_staff', 'sec_count_low'], within: 6, unless: ['sec_clean'], guardWithin: 6 },
      ],
      message: {
        en: 'Tells the public that patrols, guards or crews are thin somewhere. That tells anyone where no one will respond.',
        es: 'Le dice al público que hay pocas patrullas, guardias o cuadrillas en algún lugar. Eso le dice a cualquiera dónde nadie va a responder.',
      },
      patterns: [
        '(?:only|just|nomas|solo|solamente|nada mas) {~3}(?:one|two|three|four|a couple|a few|a handful of|1|2|3|4|una|un|dos|tres|cuatro) {sec_staff} {~4}(?:covering|for|on|in|working|patrolling|to cover|pa|para|en|cubriendo|de) {~3}(?:the whole|the entire|all of|whole|entire|todo|toda|todos|todas|the city|the district|the sector|the route|the east side|the westside|the northeast)',
        // "running 4 call-takers tonight instead of 12"
        '(?:running|down to|only have|only got|working with|con|tenemos|hay) (?:[0-9]+|one|two|three|four|five|six|una|un|dos|tres|cuatro|cinco) {sec_staff} {~3}(?:instead of|out of|en vez de|en lugar de|when we need|cuando ocupamos|de los) (?:the )?(?:[0-9]+|usual)',
        '(?:only|just|nomas|solo|solamente) {~2}(?:one|a single|1|una|un|two|dos|2|three|3) {sec_staff} (?:at|in|on|en|for|pa|para) {~4}(?:overnight|at night|after hours|tonight|on weekends|nights|all week|all wk|this week|this month|de noche|en la noche|los fines|toda la noche|en las noches|toda la semana)',
        // Round 5 (s8-jb): how thin a protective detail is ("detail is just 2 officers").
        '(?:detail|escort|protection|security|escolta|seguridad) (?:is |es |was |will be |son |sera )?(?:just|only|nomas|solo|solamente) (?:one|two|three|a couple of|a couple|1|2|3|un|una|dos|tres) {sec_staff}',
        '(?:no|zero|sin|ningun|ninguna|not a single|ni una|ni un) (?:cops|cop|officers|officer|units|unit|patrol|patrols|patrol cars|guards|guard|deputies|security|coverage|patrulla|patrullas|policias|policia|oficiales|guardias|guardia|unidades|vigilancia|cobertura)(?: at all| whatsoever| para nada| coverage)? (?:in|at|on|en|for|pa|para) {~4}(?:after|tonight|overnight|this week|this weekend|until|despues de|esta noche|esta semana|este fin|hasta)',
        '(?:turned|shut|switched|disabled|disconnected|unplugged|apagaron|desconectaron|quitaron|desactivaron) (?:off )?(?:the |all the |la |las |el |los )?{sec_device}',
        '(?:no|zero|without|sin|ningun|ninguna) (?:security detail|detail|escort|escolta|guards?|security|officers?|guardia|guardias|vigilancia) (?:with|on|at|tonight|after|con|en|esta noche|despues de)',
        // The hours first: "between 2 and 4 am there's no patrol", "de noche no hay ni una patrulla".
        '(?:between|from|after|overnight|at night|on weekends|entre|despues de|de noche|en la noche|los fines) {~5}(?:there s|theres|there is|there are|hay|we have|tenemos) (?:no|zero|nobody|not a single|ningun|ninguna|ni una|ni un|nadie de) (?:cops|cop|officers|officer|units|unit|patrol|patrols|guards|guard|deputies|security|coverage|patrulla|patrullas|policias|policia|oficiales|guardias|guardia|unidades|vigilancia|cobertura)',
        '(?:nobody|no one|nadie) (?:is |esta )?(?:on duty|watching|guarding|patrolling|cuidando|vigilando|de guardia) {~6}(?:after|between|from|tonight|overnight|despues de|entre|esta noche|en la noche)',
        // Round 7 (s11-jb): how few are left, then when or what they cover ("EMS is down to 3 ambulances for the whole Westside
        // tonight", "nomás hay una unidad patrullando todo el Lower Valley", "only 4 drivers certified").
        '(?:down to|were down to|we re down to|nomas hay|solo hay|nada mas hay|apenas hay|only|just|nomas|apenas) (?:[0-9]+|one|two|three|four|a single|una|un|dos|tres|cuatro|uno|una sola|un solo) {~2}{sec_staff}(?= {~9}(?:{sec_when}|for the whole|for all|para todo|para toda|covering|cubriendo|patrullando|patrolling|on duty|de turno|en turno|certified|certificados)(?![^ .]))',
      ],
      examples: {
        hit: [
          // session 15
          'heads up, only two officers covering the whole east side tonight',
          'en el puente nomás hay un oficial de 11 a 7, los demás andan en otro lado',
'El guardia del almacén se duerme a las 3 de la mañana, todos lo saben', 'We\'re running with 2 cops for the whole northeast side tonight lol pray for us', 
          'Only two officers covering the whole Northeast tonight because of the concert, so yeah',
          'nomás van a haber dos patrullas para todo el Valle esta noche',
          'the council member is walking downtown with no security detail tonight',
          'nobody is on duty at the water plant gate after 11 on Sundays',
          // Round 9 (s12-jb)
          'Station 9 is running two units short every night this week, so response on the Northeast is slow',
          'the overnight at the lift station is just me this month, if anything trips at 3am good luck',
          'mañana nada más van a estar dos elementos en la caseta en el turno de la madrugada',
        ],
        miss: [
          // session 15
          'Gracias a los dos oficiales que nos ayudaron en el desfile.',
'Mi bebé por fin se duerme a las 8, gracias a todos por los consejos', 
          'Short-staffed at the library today, thanks for your patience!',
          'Only two days left to sign up for the youth soccer league!',
          'Thank you to the officers who patrol our neighborhood.',
          // Round 9 (s12-jb)
          'It\'s just me at the front desk this week, thanks for your patience with the lines!',
          'I-10 will be down to two lanes this weekend between Mesa and Sunland Park.',
        ],
      },
    },
    {
      id: 'judgement.security.system_weakness',
      category: 'security',
      message: {
        en: 'Describes a weakness in a City system (default settings, outdated software, open networks). That is a map for an attacker.',
        es: 'Describe una debilidad de un sistema de la Ciudad (configuración de fábrica, software viejo, redes abiertas). Es un mapa para un atacante.',
      },
      patterns: [
        '{sec_system} {~8}(?:windows xp|xp|windows 7|windows 2000|default (?:admin |vendor |factory )?(?:password|passwords|settings|login|logins|creds|credentials|config|configuration|pin|account)|factory (?:password|settings|default|defaults)|connected to (?:the )?internet|on the internet|open to the internet|conectad[oa]s? a (?:la )?internet|same vlan|misma vlan|same network|misma red|no firewall|sin firewall|never been patched|never patched|unpatched|sin parches|still works in production|works in prod|in production|public community string|community string|(?:contrasena|clave|password|configuracion|usuario|contrasenas|claves) (?:de fabrica|por defecto|predeterminad[oa]s?))',
        'community strings? {~3}(?:public|private|default)',
        '(?:default|factory) (?:password|passwords|login|logins|creds|credentials|pin|pins|admin) {~6}(?:still|never changed|nobody changed|never been changed|unchanged|sigue|siguen|nadie cambio|nunca cambiaron)',
        // Trivial or never-changed secrets.
        '(?:password|passwords|pin|pins|code|contrasena|clave|nip|login) {~6}(?:is|es|are|still|sigue|sigue siendo) (?:still |todavia |just )?(?:1234|12345|123456|0000|1111|password|password1|admin|changeme|welcome1|the default|el de fabrica|la de fabrica)(?= |$)',
        '(?:change|cambiar|cambien) (?:it|them|la|lo) (?:but|pero) {~2}(?:nobody|no one|nadie) (?:ever |really )?(?:does|do|lo hace|la cambia)',
        '(?:nobody|no one|casi nadie|nadie) (?:ever |really |actually )?(?:changes (?:it|them|theirs|the default)|la cambia|lo cambia|las cambia|la cambian|lo cambian|cambia la suya|cambia el suyo)',
        '(?:todos|everyone|everybody|all of us) (?:lo |la )?(?:tenemos|tienen|have|has) (?:igual|the same one|la misma|el mismo)',
        // Secrets kept where anyone can read them.
        '(?:key|keys|token|tokens|password|passwords|secret|secrets|credentials|contrasena|contrasenas|clave|claves) {~9}(?:sitting in|hardcoded|hard coded|in the frontend|in the front end|in the javascript|in the js|in plain text|in plaintext|in the repo|on github|en el codigo|en texto plano)',
        '(?:secret|password|key|token|credentials|contrasena|clave) (?:from|on|in) (?:the )?(?:wiki|shared drive|sharepoint|confluence|group chat|spreadsheet|excel|la wiki|el excel|el grupo)',
        '(?:everyone|everybody|all of us|todos|all (?:[0-9]+ )?of them) (?:has|have|use|uses|tenemos|usamos|tienen|usan) (?:the )?(?:same|la misma|el mismo) (?:password|pin|login|contrasena|clave|code|codigo)',
        '(?:all|todos|todas) {~5}(?:have|tienen|use|usan) (?:the )?(?:same|el mismo|la misma) (?:password|pin|code|codigo|contrasena|clave)',
      ],
      examples: {
        hit: [
          'the pump station PLCs are still on the default password from the installer',
          'fun fact: the parking garage camera system runs on Windows XP',
          'La red de invitados y la red del personal están en la misma VLAN en la biblioteca',
          'todos los iPads de inspección tienen el mismo PIN',
        ],
        miss: [
          'Starting Monday, two-factor authentication is required on all city email accounts.',
          'Great video on the new water treatment plant!',
          'The open data portal now has a public API, no key needed for basic queries.',
        ],
      },
    },
    {
      id: 'judgement.security.secret_written_down',
      category: 'security',
      message: {
        en: 'Says a password or code is written where others can read it (a whiteboard, a sticky note).',
        es: 'Dice que una contraseña o un código está escrito donde otros lo pueden leer (un pizarrón, una nota).',
      },
      // "Never write your password on a sticky note" is the advice, not the leak.
      negatable: true,
      patterns: [
        '(?:password|passwords|contrasena|contrasenas|login|pin|code|codigo|clave) {~4}(?:is|are|esta|estan|s)? ?(?:on|in|taped|written|posted|stuck|under|en|pegad[oa]s?|escrit[oa]s?|apuntad[oa]s?) (?:on |to |under |en |a |the |a |an )?{~3}(?:whiteboard|sticky note|sticky|post it|note|card|monitor|desk|keyboard|wall|pizarron|nota|tarjeta|escritorio|teclado|pared)',
      ],
      examples: {
        hit: ['the dispatch PC password is taped under the keyboard, has been for years', 'La contraseña del sistema de cobro está en una nota pegada en el monitor'],
        miss: ['Please remember: never write your password on a sticky note.', 'No escriban su contraseña en notas pegadas al monitor.'],
      },
    },
    {
      id: 'judgement.security.access_code',
      category: 'security',
      message: {
        en: 'Gives a door, gate or alarm code. Anyone who reads the post can get in.',
        es: 'Da un código de puerta, portón o alarma. Cualquiera que lea la publicación puede entrar.',
      },
      patterns: [
        // The access_code detector reads "gate code is 4417" and "door code: 9021#"; these add words between
        // the code and its digits, and questions ("the alarm code? is it still 5582").
        `{cred_lock} (?:[^ .]+ ){1,9}(?:\\. )?(?:is it|is|es|are|still|sigue siendo|sigue|now|ahora es|it s|its) (?:still |just |now |ya |todavia )?${DIGIT_CODE}`,
        `{cred_lock} (?:\\. )?(?:is it|is still|still|sigue siendo|sigue|now|ahora es|it s|its) (?:still |just |now |ya |todavia )?${DIGIT_CODE}`,
        // Round 6 (s10-jb): a named code said plainly ("the door code is 1992", "la clave del portón es 2020"), and codes named by their place.
        `{cred_code_named} (?:is|es|=) (?:still |just |now |ya |todavia )?${DIGIT_CODE}`,
        // Round 7 (s11-jb): every shape credentials.lock_code reads ("door code got changed to 4417#").
        ...LOCK_CODE_PATTERNS,
      ],
      examples: {
        hit: ['the gate code for the Pershing yard is still 4417', 'El código de la alarma del centro comunitario es 6620', 'what is the door code at Station 3? is it still 4471'],
        miss: ['Zip code 79901 has a new library branch', 'The alarm code policy was updated this year.'],
      },
    },
    {
      // Round 6 (s10-jb): where and when a checkpoint, sting or K-9 will be, passed on so people can avoid it.
      id: 'judgement.security.checkpoint_tip',
      category: 'security',
      message: {
        en: 'Tells people where or when a checkpoint, sting or patrol will be so they can avoid it.',
        es: 'Le dice a la gente dónde o cuándo habrá un retén, un operativo o una patrulla para que lo eviten.',
      },
      cooccur: [{ all: ['sec_unit', 'ill_evade'], within: 14, unless: ['illegal_guard', 'sec_clean'], guardWithin: 6 }],
      examples: {
        hit: [
          'retén de alcoholímetro el sábado en la Mesa y Resler de 11 a 3, avísenle a la raza',
          'sting at the Dyer liquor stores friday night, tell your cousins to card everybody',
          'si me dicen por inbox les digo a qué horas pasa el K-9 por la garita',
        ],
        miss: [
          'DWI checkpoints this weekend across the city: plan a sober ride home.',
          'The K-9 unit demonstration at the library was a hit with the kids!',
          'Retenes de alcoholímetro este fin: nunca maneje tomado.',
        ],
      },
    },
    {
      // session 13 (lexicon): a protected movement (a motorcade, cash to the bank, prisoners moved) told with its time.
      id: 'judgement.security.protected_movement',
      category: 'security',
      message: {
        en: 'Tells the public when a protected person, cash or prisoners will be moved. That tells anyone when to strike.',
        es: 'Le dice al público cuándo se va a mover a una persona protegida, dinero o detenidos. Eso le dice a cualquiera cuándo atacar.',
      },
      cooccur: [{ all: ['sec_movement', ['sec_when', 'sec_move_when']], within: 10, unless: ['sec_clean', 'sec_movement_public'], guardWithin: 8 }],
      examples: {
        hit: [
          'The mayor\'s motorcade route Saturday is Mesa to Oregon, leaving at 9:15, only two units escorting',
          'el camión de valores recoge la recaudación de Tránsito todos los viernes a las 4, nomás con un guardia',
          'prisoner transfer from the county jail is tomorrow at 6am, they use the back entrance on Overland',
        ],
        miss: [
          'The Veterans Day parade Saturday: road closures on Mesa from 9am, expect delays',
          'Bienvenido gobernador: el alcalde llega a la ceremonia a las 10, todos invitados',
        ],
      },
    },
    {
      id: 'judgement.security.live_operation',
      category: 'security',
      message: {
        en: 'Tells the public where a police or fire operation is happening right now. That can warn suspects and endanger officers.',
        es: 'Le dice al público dónde está ocurriendo un operativo de policía o bomberos en este momento. Eso puede avisar a los sospechosos y poner en peligro a los agentes.',
      },
      patterns: LIVE_OPERATION,
      examples: {
        hit: [
          'narcotics is parked behind the Whataburger on Dyer waiting on somebody, stay away lol',
          'los de SWAT ya llegaron a los departamentos de la Alameda, van a entrar en un rato',
          'the raid on the Montana house is tomorrow at dawn, heads up',
          // Round 9 (s12-jb)
          'los marshals van a levantar a los de la lista del Segundo Barrio mañana temprano',
          'los antibombas están en la biblioteca Main ahorita y la puerta de atrás está abierta',
        ],
        miss: [
          'The bomb squad demonstration at the library starts at 10am Saturday!',
          'Training exercise Saturday 8am at the old school, it is a drill, no danger to the public.',
          'Thank you SWAT for the visit to our summer camp!',
          // Round 9 (s12-jb)
          'The marshals are picking up toys for the holiday drive at the courthouse Friday.',
        ],
      },
    },
  ],
};
