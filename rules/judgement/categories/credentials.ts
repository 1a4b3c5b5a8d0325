import type { CategoryJudgement } from '../types';

/**
 * A value that looks like a secret in the word stream: a token of 3+ characters with a digit or
 * a symbol the stream keeps (#, $, @). The stream reads leetspeak back as letters, so
 * "Bienvenido1" arrives as "bienvenidoi": such values are left to the credential_assignment
 * detector, which reads the original text.
 */
export const SECRET_VALUE = '(?=[^ .]*[0-9#$@])[^ .]{3,40}';
/**
 * Three to eight digits (a PIN, a code, a lock combination: "3-3-7" arrives as "337"), or a
 * combination the stream splits ("23-7-41" arrives as "23 7 41": three or four short numbers).
 */
export const DIGIT_CODE = '(?:[0-9]{3,8}#?|[0-9]{1,2}(?: [0-9]{1,2}){2,3})';

/**
 * Round 6 (s10-jb): a code named by the place it opens ("el código de la bodega donde guardamos
 * los carros es 5512", "the code for the Parks warehouse is 1992") or by how it turns an alarm off
 * ("la alarma se apaga con 2468"). Shared with security.access_code: a door code is both.
 */
export const LOCK_CODE_PROSE = [
  `(?:codigo|code|clave|pin|nip|combo|combinacion) (?:de la|del|de los|de las|for the|to the|of the|pa la|pal|para la|para el|at the|en la|en el) (?:[^ .]+ ){0,2}(?:door|doors|gate|back door|side door|puerta|puertas|porton|reja|bodega|cuarto|warehouse|almacen|storage|storeroom|supply room|building|edificio|oficina|office|station|estacion|alarma|alarm|gym|gimnasio|yard|yarda|shed|closet|caseta|evidencias|evidence|lockers?|vault|boveda|armory|armeria|server room|site)(?: [^ .]+){0,6} (?:is |es |sigue siendo |is still |still |era |was |now |ahora es |= |changed to |cambiaron a |la cambiaron a |lo cambiaron a |quedo en |now set to )?(?:still |just |ya |todavia )?(?:el |la |the )?${DIGIT_CODE}(?![^ .])`,
  `(?:alarma|alarm|alarm system|sistema de alarma|alarm panel|panel) {~5}(?:se apaga con|se desactiva con|se desarma con|la apagas con|apaguenla con|apagala con|turns off with|shuts off with|disarm with|disarms with|disarm it with|arm it with|se activa con|se prende con) ${DIGIT_CODE}(?![^ .])`,
];

/**
 * A lock, gate or alarm code given with its digits (credentials.lock_code and security.access_code:
 * a door code is a building's password and a way in at once).
 */
export const LOCK_CODE_PATTERNS = [
  `{cred_lock} {~9}(?:\\. )?(?:is it|is|es|are|=|still|sigue siendo|sigue|now|ahora es|it s|its|changed to|cambiaron a|quedo en) (?:still |just |now |ya |todavia )?(?:el |la |the )?${DIGIT_CODE}`,
  `{cred_lock} ${DIGIT_CODE}`,
  ...LOCK_CODE_PROSE,
  // The code later in the sentence without "is" ("alarm code for the rec center if you're opening: 1357"), not a
  // time, year, room or route number.
  `{cred_code_named} {~9}(?<!(?:in|since|at|by|of|from|until|till|after|before|around|about|route|room|ext|suite|unit|station|call|en|desde|las|del|de|ruta|cuarto|sala|estacion|hasta|antes|despues) )[0-9]{4,8}#?(?= |$)`,
];

/**
 * credentials: passwords, PINs, logins and one-time codes given in a sentence (the detectors in
 * rules/engine/detectors.ts catch the `key = value` and vendor-token shapes).
 */
export const credentials: CategoryJudgement = {
  words: {
    /** What a secret is called. */
    cred_key: [
      'password', 'passwords', 'passcode', 'passphrase', 'pw', 'pwd', 'pin', 'pin number', 'pin code', 'wifi password', 'wifi key',
      'login', 'log in', 'sign in', 'credentials', 'creds', 'host key', 'host code', '2fa code', 'mfa code', 'verification code',
      'one time code', 'security code', 'access code', 'otp',
      'contrasena', 'contrasenas', 'clave', 'clave de acceso', 'nip', 'codigo de acceso', 'codigo de verificacion', 'codigo de seguridad',
      'usuario y contrasena', 'password del', 'contrasena del', 'clave del', 'pin del',
      // Round 9 (s12-jb): keys and tokens named by what they open.
      'token', 'api key', 'api token', 'access token', 'vpn token', 'secret key', 'client secret', 'app key', 'license key', 'llave de la api', 'el token',
      'la llave de acceso',
    ],
    /** Keys the credential_assignment detector does not read (it knows password, pw, key, token, login, clave…). */
    cred_pin: ['pin', 'pins', 'pin number', 'pin code', 'nip', '2fa code', 'mfa code', 'verification code', 'one time code', 'security code', 'codigo de verificacion', 'codigo de seguridad'],
    /** A lock or alarm code (a door PIN is a password too). */
    cred_lock: [
      'alarm code', 'door code', 'gate code', 'keypad code', 'lock code', 'lock combo', 'combo', 'combination', 'padlock combination',
      'codigo de la alarma', 'codigo de la puerta', 'codigo del porton', 'codigo del gate', 'clave de la alarma', 'clave de la puerta',
      'combinacion', 'la combinacion',
      // Round 5 (s8-jb): other codes that open something: voicemail, the alarm panel, a meeting's host key.
      'voicemail', 'voicemail code', 'voicemail pin', 'voicemail password', 'alarm', 'alarm panel', 'host key', 'host code', 'meeting code', 'zoom code',
      'keypad', 'lockbox', 'lock box', 'lockbox code', 'door pin', 'gate pin', 'buzon', 'buzon de voz', 'codigo del buzon', 'el nip del buzon', 'la alarma', 'el candado',
      'codigo de la caja', 'codigo del candado',
    ],
    /** A code named as one (not a bare "alarm" or "combo"): its digits may come later in the sentence. */
    cred_code_named: [
      'alarm code', 'door code', 'gate code', 'keypad code', 'lock code', 'lockbox code', 'voicemail code', 'voicemail pin', 'voicemail password', 'host key',
      'host code', 'door pin', 'gate pin', 'codigo de la alarma', 'codigo de la puerta', 'codigo del porton', 'codigo del buzon', 'clave de la alarma',
      'clave de la puerta', 'clave del buzon', 'nip del buzon',
      // Round 6 (s10-jb)
      'clave del porton', 'clave del gate', 'codigo de la reja', 'clave de la reja', 'codigo de entrada', 'entry code', 'clave de entrada', 'warehouse code', 'shed code',
      // Round 9 (s12-jb): codes named by the desk or room they open.
      'front desk code', 'desk code', 'office code', 'room code', 'closet code', 'cage code', 'pool code', 'locker code', 'codigo de la oficina', 'codigo del cuarto',
      'codigo de la bodega', 'codigo del almacen',
    ],
    // session 15: a code named by the role or machine it overrides ("supervisor override code", "el código de la copiadora").
    /** A code named by who or what it overrides: its digits are a secret wherever they come in the sentence. */
    cred_code_role: [
      'override code', 'override pin', 'supervisor code', 'supervisor pin', 'supervisor override', 'manager code', 'manager override', 'admin code', 'admin pin',
      'master code', 'master pin', 'backup code', 'backup codes', 'recovery code', 'bypass code', 'box code', 'copier code', 'printer code', 'fuel code', 'pump code',
      'codigo maestro', 'codigo del supervisor', 'codigo de supervisor', 'codigo de administrador', 'codigo del administrador', 'codigo de respaldo', 'codigo de la copiadora',
      'codigo de la impresora', 'codigo de la caja', 'codigo de la gasolina', 'codigo de la bomba', 'codigo del reloj', 'clave de supervisor', 'clave del supervisor',
      'nip del supervisor', 'codigo de fabrica',
    ],
    /** A shared account named before its user and password ("the circulation login is circdesk / Library2024"). */
    cred_account: ['login', 'account', 'portal', 'mailbox', 'user', 'username', 'usuario', 'cuenta', 'inbox', 'sign in', 'log in',
      // Round 9 (s12-jb): a network given with its password ("wifi: CityGuest / Lib2026!").
      'wifi', 'wi fi', 'guest wifi', 'el wifi', 'la red', 'ssid', 'network'],
    /** Words that join a user name to its password. */
    cred_join: ['with', 'and', 'pw', 'pwd', 'pass', 'password', 'con', 'y', 'contrasena', 'clave'],
    // session 15: a secret nobody changed — a vendor's or factory default, or one password shared by every account or device.
    /** A default or shared secret, named without its value ("the factory password", "la misma clave para todos"). */
    cred_weak_key: [
      'default password', 'default passwords', 'default admin password', 'default login', 'default logins', 'default pin', 'default code', 'default credentials',
      'default creds', 'vendor default', 'vendors default', 'vendor s default', 'vendor password', 'vendors password', 'vendor s password', 'factory password',
      'factory passwords', 'factory default', 'factory defaults', 'factory code', 'factory pin', 'manufacturer password', 'manufacturers password',
      'manufacturer s password', 'out of the box password', 'same password', 'same passwords', 'same login', 'same pin', 'same code', 'one password', 'shared password',
      'shared login', 'one login', 'contrasena de fabrica', 'contrasenas de fabrica', 'clave de fabrica', 'claves de fabrica', 'codigo de fabrica', 'usuario de fabrica',
      'nip de fabrica', 'pin de fabrica', 'contrasena por defecto', 'clave por defecto', 'contrasena predeterminada', 'clave predeterminada', 'misma contrasena',
      'mismas contrasenas', 'misma clave', 'mismo codigo', 'mismo pin', 'mismo nip', 'mismo usuario', 'una sola contrasena', 'una sola clave', 'clave que puso el proveedor',
      'contrasena que puso el proveedor', 'contrasena del proveedor', 'clave del proveedor', 'clave generica', 'contrasena generica', 'generic password',
    ],
    /** It is still so, everywhere, for years: what turns a default into a live hole. */
    cred_weak_still: [
      'still', 'sigue', 'siguen', 'todavia', 'aun', 'since', 'desde', 'never changed', 'never been changed', 'nobody changed', 'nobody s changed', 'nobodys changed',
      'no one changed', 'nunca', 'nadie', 'ni caso', 'for years', 'for every', 'on every', 'every', 'all the', 'all of the', 'todos', 'todas', 'para todos', 'para todo',
      'for everybody', 'for everyone', 'for all', 'taped', 'pegada', 'pegado', 'sticky note', 'post it', 'in the manual', 'en el manual', 'printed', 'impresa', 'online',
      'uses', 'use the', 'logs in with', 'tiene', 'tienen', 'usa', 'usan', 'con la',
    ],
    /** Advice and policy about defaults and reuse: the clean side. */
    cred_advice: [
      'change', 'cambie', 'cambien', 'cambiar', 'cambiarla', 'cambiarlo', 'should', 'must', 'debe', 'deben', 'remember', 'recuerde', 'recuerden', 'reminder',
      'recordatorio', 'never use', 'never reuse', 'don t use', 'dont use', 'don t reuse', 'dont reuse', 'do not use', 'do not reuse', 'no use', 'no usen', 'no reutilice',
      'no reutilicen', 'avoid', 'evite', 'eviten', 'tip', 'consejo', 'training', 'capacitacion', 'phishing', 'make sure', 'asegurese', 'aseguren', 'unique', 'unica',
      'replaced', 'fixed', 'was changed', 'were changed', 'ya se cambio', 'ya la cambiaron', 'ya cambiaron',
    ],
    /** A secret asked of or lent to a coworker: the account side. */
    cred_lent: ['usuario', 'user', 'username', 'login', 'logins', 'cuenta', 'account', 'password', 'contrasena', 'clave', 'creds', 'credentials', 'pin', 'nip'],
  },
  frames: [
    {
      id: 'judgement.credentials.key_is_value',
      category: 'credentials',
      message: {
        en: 'Gives a password, PIN or code in a sentence. Anyone who reads the post can use it.',
        es: 'Da una contraseña, un NIP o un código en una oración. Cualquiera que lea la publicación puede usarlo.',
      },
      patterns: [
        // The credential_assignment detector reads "password: X", "password = X" and "password is X" in the
        // original text; these frames add what it cannot: words between the key and its value ("the
        // password for the payroll portal is …") and keys it does not know (PIN, NIP).
        `{cred_key} (?:[^ .]+ ){0,9}(?:is|es|are|son|now|ahora|ahora es|still|sigue siendo|sigue|is still|was changed to|changed to|cambio a|quedo en|set to|cambiaron a|la cambiaron a|lo cambiaron a|reset to|got reset to) (?:still |just |now |ya |todavia |otra vez )?${SECRET_VALUE}`,
        `{cred_pin} (?:is |es |still |is still |sigue siendo |sigue |now |ahora es )?(?:still |just |now |ya |todavia )?${SECRET_VALUE}`,
        // "he sent 118402", "me mandaron el código 552901"
        // Round 6 (s10-jb): a password that is a well-known default ("the Chromecast password is literally 'password'").
        `{cred_key}(?<!(?:if|si|when|cuando|dont|don t|never|nunca|not|no) (?:[^ .]+ ){0,4}[^ .]+) (?:is|es|=) (?:literally |literalmente |just |still |nomas |solo |todavia |ya )?(?:password|password1|admin|1234|12345|123456|qwerty|letmein|changeme|welcome|guest|contrasena|default)(?![^ .])`,
        // "the password … it's Chuco2025 anyway": the value after "it's" a clause later.
        `{cred_key} (?:[^ .]+ ){1,9}(?:it s|its|it is|que es) ${SECRET_VALUE}`,
        '(?:2fa|mfa|verification|one time|login|host|security) (?:code|key|pin) {~9}(?:sent|texted|got|gave|is|es|mando|mandaron) (?:me |us |it |me el |el )?[0-9]{4,8}',
        // Round 9 (s12-jb): a password reset or changed to a value ("everyone got reset to Welcome2026!", "la cambiaron a Almacen_Jun26").
        `(?:reset|resetted|reseteados|reseteadas|reseteamos|resetearon|reseteo) (?:it |them |la |lo |las |los |everyone |everybody |all |todos )?(?:back )?(?:to|a) (?=[^ .]{6,})(?=[^ .]*[a-z])${SECRET_VALUE}(?![^ .])`,
        // The key asked about, then given after the question ("need the Socrata key? it's 7fK2…").
        `(?:{cred_key}|key|keys) \\. (?:it s|its|it is|here it is|here|es|aqui esta|aqui va) (?:the |el |la )?(?=[^ .]*[a-z])${SECRET_VALUE}`,
        // Someone's own PIN offered in place of the reader's ("si no se acuerdan, el mío es 448812").
        // session 15: also a sentence later ("¿me pasan su pin? el mío es 4471").
        `{cred_key} (?:[^ ]+ ){0,14}(?:el mio|la mia|mine|el de nosotros|the one i use) (?:es|is) (?:el |la |the |just )?${SECRET_VALUE}`,
        // session 15: a value of letters and digits a few words after the key, with no "is" ("la contraseña de la red de la oficina
        // Oficina2026", "the wifi pw changed to Lonestar2026", "la clave es la misma para todos, Permiso2026"): a word that
        // mixes three letters and a digit is a secret's shape, not a year or a count; one after "at"/"en" is a place or an
        // address ("your account at parks/rec2024").
        `{cred_key} (?:[^ .]+ ){0,10}(?<!(?:at|en|on) (?:[^ .]+ )?)(?!(?:covid|windows|office|win|mp|h1n|b2b|w2|i1|ps|xbox|iphone|galaxy)[^ .]*(?![^ .]))(?=(?:[^ .]*[a-z]){3})(?=[^ .]*[0-9])[^ .]{6,40}(?![^ .])`,
        // session 15: digits a few words after a PIN or password named by what it opens ("el pin de la tarjeta de gasolina de la
        // troca 14: 7731", "override code 7788", "la clave maestra … es 1234") — not a year, a phone number, a room or a count.
        `(?:{cred_pin}|password|passwords|passcode|contrasena|clave|clave maestra|claves|{cred_code_role}) (?:[^ .]+ ){0,10}(?<!(?:in|since|at|by|of|from|until|till|after|before|around|about|route|room|ext|suite|unit|station|call|calle|en|desde|las|los|del|de|ruta|cuarto|sala|estacion|hasta|antes|despues|to|al|page|pagina|line|linea|number|numero|no|ticket|case|caso|folio|reporte|report|order|orden|over|under|than|que|every|cada) )(?<![0-9]{3} )(?!(?:19|20)[0-9]{2}(?![^ .]))[0-9]{4,8}#?(?![^ .])(?! (?:dollars|dolares|dlls|pesos|people|personas|employees|empleados|accounts|cuentas|tickets|calls|llamadas|times|veces|users|usuarios|resets|reseteos|percent|por ciento|days|dias))`,
        // session 15: "use mine: 40418", "usen el mío 4471" — a person's own code handed over.
        `(?:use mine|use my code|use my pin|usa el mio|usen el mio|usa la mia|usen la mia|usa mi codigo|usen mi codigo|usa mi clave|usen mi clave) (?:is |es )?${DIGIT_CODE}(?![^ .])`,
      ],
      examples: {
        hit: [
          'The password for the front desk laptop is Frontdesk#7, please log out when you leave',
          'my voicemail pin is still 4455 lol',
          'la contraseña de la cuenta del departamento ahora es Museo2025, no la cambien',
          'El NIP del teléfono de guardia es 7781',
          'the 2FA code for the city account went to my phone, she sent it: 773920',
          // Round 9 (s12-jb)
          'all the library kiosks got reset to Kiosk2027 after the update, fyi',
          'el token de la API del portal de pagos es pk7Hq2Lm9Zx4, no lo compartan',
          'who needs the GIS license key? it\'s XK42-LMQ9-77PA',
          'si no se acuerdan de su PIN para la app, el mío es 552190 y funciona igual',
          // session 15
          'the office wifi pw got changed again, now it is Mesquite2031',
          'el pin de la tarjeta de la camioneta 7 es fácil, 8842',
          'if the kiosk asks for the supervisor override code just put 6612',
          '¿me pasan su pin del checador? el mío es 5309',
        ],
        miss: [
          'Never share your password with anyone, not even IT.',
          'Your PIN must be 4 to 6 digits and cannot be your birthday.',
          'La contraseña debe tener al menos 12 caracteres.',
          'Forgot your library PIN? Bring your ID to the desk and we will reset it.',
          'The password is on its way, IT will call you.',
          // Round 9 (s12-jb)
          'The council meeting changed to 2pm Thursday.',
          'Passwords were reset to temporary ones this morning; check your email for the link.',
          'Need the meeting link? It\'s on the calendar invite.',
          // session 15
          'Password resets went up 1200 percent after the phishing test.',
          'Call the help desk at 915-212-4357 for a PIN reset.',
          'La clave catastral del predio está en el recibo del 2024.',
          'Passwords must be changed by December 2026, see the memo.',
        ],
      },
    },
    {
      id: 'judgement.credentials.user_and_password',
      category: 'credentials',
      message: {
        en: 'Gives a shared login (user name and password). Anyone who reads the post can sign in.',
        es: 'Da un acceso compartido (usuario y contraseña). Cualquiera que lea la publicación puede entrar.',
      },
      patterns: [
        // "the circulation login is circdesk / Library2024", "it's permitsdesk with Permit$2024", "user training01, pw Train!ng01"
        `{cred_account} {~6}(?:is |es |its |it s )?[^ .]{3,30} {cred_join} (?:la |el |the |su |tu |my |mi )?(?:{cred_key} )?${SECRET_VALUE}`,
        // "the circulation login is circdesk / Library2024": the slash is not in the stream
        `{cred_account} {~6}(?:is|es|its|it s) [a-z][a-z0-9]{2,29} ${SECRET_VALUE}`,
        // "admin / admin", "admin admin123": default logins
        '(?:admin|administrator|root|guest|user) (?:admin|1234|12345|123456|root|guest|changeme)(?= |$|\\.)',
        // Round 6 (s10-jb): "just use mine: jvaldez / Timecard88" (the slash is not in the stream).
        `(?:use mine|use my login|use my account|use my creds|usa el mio|usen el mio|usa mi cuenta|usen mi cuenta|usa mi usuario|usen mi usuario|log in as|login as|entra con|entren con) {~8}[a-z][a-z0-9]{2,29} (?=[^ .]*[a-z])${SECRET_VALUE}`,
        // Round 9 (s12-jb): "log into the city VPN as tempuser / Welcome123", "wifi: CityGuest / Lib2026!".
        `(?:log into|login to|log onto|log on to|sign into|sign in to|entra a|entren a|metanse a|conectense a|connect to) {~6}(?:as|con|with) [a-z][a-z0-9]{2,29} (?=[^ .]*[a-z])${SECRET_VALUE}`,
        `(?:wifi|wi fi|guest wifi|el wifi|ssid|red wifi) (?:is |es |name |network )?[a-z][a-z0-9]{2,29} (?:pw |pass |password |clave |contrasena )?(?=[^ .]*[a-z])${SECRET_VALUE}`,
      ],
      examples: {
        hit: [
          'the scheduling login is frontdesk with Sched2024 if you need it this weekend',
          'La cuenta del Instagram es parqueshgn y contraseña Verano#25',
          'the camera DVR still takes admin / admin, nobody ever changed it',
          // Round 9 (s12-jb)
          'just log into the timesheet portal as fieldcrew / Crew2026! if yours is locked',
          'guest wifi: ParksPublic / Verano2026',
        ],
        miss: [
          'Log in with your city email and the password you chose at orientation.',
          'Sign in with your employee number and your own password.',
          'The admin team meets Monday at 9.',
          // Round 9 (s12-jb)
          'Connect to the guest wifi and accept the terms, no password needed.',
          'Log into the portal with your own employee number and password.',
        ],
      },
    },
    // session 15: a default or shared secret still in use, said without its value.
    {
      id: 'judgement.credentials.default_secret',
      category: 'credentials',
      message: {
        en: 'Says a system still uses a default or shared password. That tells anyone how to get in.',
        es: 'Dice que un sistema sigue con una contraseña de fábrica o compartida. Eso le dice a cualquiera cómo entrar.',
      },
      cooccur: [{ all: ['cred_weak_key', 'cred_weak_still'], within: 10, unless: ['cred_advice'], guardWithin: 8 }],
      // "la clave … es la misma del año pasado", "the password is the same for all of us"
      patterns: [`{cred_key} (?:[^ .]+ ){0,8}(?:is|es|sigue siendo|is still) (?:literally |still |todavia |ya )?(?:la misma|el mismo|the same)(?! as your| que su| que tu)`],
      examples: {
        hit: [
          'the alarm panels at the rec centers still have the factory password on them, nobody ever bothered',
          'every laptop in the dispatch room logs in with the same password, it is on a sticky note',
          'el conmutador sigue con la contraseña de fábrica desde que lo instalaron',
          'la clave del portal de compras es la misma para todos los del departamento',
        ],
        miss: [
          'Reminder: change the default password on any device before you connect it to the network.',
          'Never use the same password for your city account and your personal email.',
          'Recuerden cambiar la contraseña de fábrica de sus teléfonos nuevos.',
          'La clave de su cuenta debe ser única y no la misma que su correo personal.',
        ],
      },
    },
    // session 15: an account lent or asked for ("use my login", "¿me presta su cuenta?", "pasen usuario y clave").
    {
      id: 'judgement.credentials.login_lent',
      category: 'credentials',
      message: {
        en: 'Lends or asks for someone\'s login. Each person must sign in with their own account.',
        es: 'Presta o pide el acceso de otra persona. Cada quien debe entrar con su propia cuenta.',
      },
      patterns: [
        // the author's own login handed over: "use my login", "entra con mi usuario", "log into my email and send it"
        `(?<!(?:i|we|yo|to|ll|can|cant|can t|gonna|will|dont|don t|didnt|didn t|never|nunca|forgot to|tried to|want to|have to|need to|por que|no) )(?:use|usa|usen|entra con|entren con|metete con|metanse con|log in with|log in as|login with|sign in with|log into|log onto|sign into|entra a|entren a|metete a|metanse a) (?:mi|my) (?:[^ .]+ ){0,2}{cred_lent}`,
        // someone else's: "usen el usuario de la licenciada", "use Maria's login"
        `(?:use|usa|usen|entra con|entren con|log in as|log in with|sign in as|login as) (?:el usuario|la cuenta|la clave|la contrasena|el login) (?:de|del) (?!usted|ustedes|su |sus |tu |cada )(?:[^ .]+ ){1,3}`,
        `(?:use|log in as|log in with|sign in as|login as|borrow) [a-z]+ s (?:login|account|password|creds|credentials|user)`,
        // asked for: "¿quién me presta su cuenta?", "pasen usuario y clave por aquí", "can I borrow your login"
        `(?<!(?:never|nunca|not|no|won t|wont|will not|don t|dont|do not|jamas) (?:[^ .]+ ){0,2})(?:me prestas|me presta|me prestan|prestame|presteme|prestenme|me pasas|me pasan|me pasa|pasame|pasenme|pasen|mandenme|can i borrow|could i borrow|lend me|let me use|let me borrow) (?:su |tu |sus |tus |your |el |la |the |un |una )?(?:[^ .]+ ){0,3}(?:cuenta|usuario|contrasena|clave|password|login|creds|credentials)`,
      ],
      examples: {
        hit: [
          'just use my login for the permit system today, mine works',
          'can I borrow your login for the training portal? mine is locked',
          'entren con mi usuario al sistema de multas mientras arreglan el de ustedes',
          '¿alguien me presta su cuenta de la plataforma de cursos? la mía no sirve',
        ],
        miss: [
          'Log in with your own account; never use someone else\'s login.',
          'I use my login every morning at 7.',
          'IT will never ask you to lend them your password.',
          'Nunca le preste su cuenta a otra persona.',
        ],
      },
    },
    {
      id: 'judgement.credentials.lock_code',
      category: 'credentials',
      message: {
        en: 'Gives a door, gate, alarm or lock code in a sentence. A door code is a password for a building.',
        es: 'Da un código de puerta, portón, alarma o candado en una oración. Un código de puerta es la contraseña de un edificio.',
      },
      patterns: LOCK_CODE_PATTERNS,
      examples: {
        hit: [
          'the keypad code for the Eastside pool pump room is 2580',
          'anyone remember if the alarm code at the senior center is still 9090?',
          'La combinación del candado de la bodega es 4-1-9',
          'alarm code for the annex if you close tonight: 8642 then off',
          'voicemail pin for the main line if anyone needs it 5512',
          'el código del buzón de la recepción es 3390',
        ],
        miss: [
          'Alarm codes are changed every quarter; ask your supervisor for yours.',
          'The combination of rain and wind closed the trail.',
          'Use code 2024 at checkout',
          'The alarm went off at 0530 again, ugh',
          'Alarm panel replaced in 2023 by Facilities.',
          'Voicemail from the caller at 1130 about the pothole on Route 3100',
        ],
      },
    },
  ],
};
