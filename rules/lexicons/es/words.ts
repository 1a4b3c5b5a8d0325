/** Spanish word lists (see README.md for source and licence). Term syntax: rules/engine/terms.ts. */
import type { Exceptions } from '../en/words';

export const PROFANITY_STRONG = [
  'mierda', 'mierdas', 'puta', 'putas', 'puto', 'putos', 'putada', 'putamadre', 'joder', 'jodido', 'jodida', 'jodidos', 'jodidas',
  'jodete', 'jodanse', 'coño', 'carajo', 'carajos', 'encabron*', 'cabron', 'cabrones', 'cabrona', 'cabronas', 'chingar*', 'chinga', 'chingas', 'chingada',
  'chingado', 'chingados', 'pinche', 'pinches', 'pendejo', 'pendeja', 'pendejos', 'pendejas', 'pendejada', 'verga', 'vergas',
  'culero', 'culera', 'culeros', 'culo', 'gilipollas', 'cojones', 'huevon', 'huevona', 'weon', 'pelotudo', 'pelotuda', 'mamon',
  'ojete', 'malparido', 'malparida', 'hijo de puta', 'hija de puta', 'hijos de puta', 'hijueputa', 'hdp', 'ctm', 'conchetumare',
  'concha de tu madre', 'me cago en', 'cagada', 'encabronado', 'encabronada', 'a la mierda', 'vete a la mierda', 'chupala',
  'mamahuevo', 'comemierda', 'cagon',
  // Mexican acronyms and blows: "ptm" (puta madre), "alv" (a la verga), "vergazo", "putazos".
  'ptm', 'ptmr', 'alv', 'hdtpm', 'vrga', 'vrg', 'pndjo', 'pndja', 'pndj', 'chingue', 'chinguen', 'chingues', 'chinguense', 'chingate',
  'vergazo', 'vergazos', 'putazo', 'putazos', 'vergueros', 'verguero', 'chingadera', 'chingaderas', 'csm', 'ctmr', 'hdspm', 'vtlv', 'hpta',
  // Forms of the words above written as one word or inflected (Spain and the Southern Cone):
  // "hijoputa", "cabronazo", "gilipolleces", "putísimo", the "-pollas" compounds, "culiao".
  'hijodeputa', 'hijoputa', 'hijaputa', 'hijosdeputa', 'hijueputas', 'cabronazo', 'cabronazos', 'cabronaza', 'jilipollas', 'gilipolla',
  'gilipollez', 'gilipolleces', 'gilipuertas', 'puteada', 'puteadas', 'putear', 'puteando', 'putisimo', 'putisima', 'comepollas',
  'soplapollas', 'tontopollas', 'lameculos', 'mamona', 'mamones', 'mamonas', 'culiao', 'culiaos', 'culiado', 'culiada', 'culia',
  'pelotudos', 'pelotudas', 'huevones', 'huevonas',
  // "Pura mamada", "qué mamadas": nonsense, coarse, in Mexican usage (moved from SEXUAL).
  'mamada', 'mamadas',
  // "pta madre" (puta madre without the vowel), "vtalv" (vete a la verga), "hasta la madre" (fed up, coarse).
  'pta madre', 'ptamadre', 'vtalv', 'vte alv', 'hasta la madre',
  // More of the same register: "me vale madre(s)", "valió madre", "ni madres", "pinchi" (pinche as said), "puñeta(s)".
  'me vale madre', 'me vale madres', 'vale madre', 'valio madre', 'valio madres', 'ni madres', 'pinchi', 'pinchis', 'puneta', 'punetas',
];

/** Innocent phrases holding a word above, under the word they excuse (en/words.ts): never flagged. */
export const PROFANITY_STRONG_EXCEPT: Exceptions = {
  culo: ['vehiculo'],
  // The kitchen helper (policy_dev's labelling rules name it): "trabajo de pinche en la cocina".
  // Round 7: the same job advertised ("anda buscando pinche para los turnos").
  pinche: ['pinche de cocina', 'pinches de cocina', 'de pinche en', 'como pinche en', 'buscando pinche', 'busca pinche', 'buscan pinche', 'solicita pinche', 'solicitan pinche',
    'se solicita pinche', 'necesita pinche', 'necesitan pinche', 'necesitamos pinche', 'contratar pinche', 'trabajo de pinche', 'puesto de pinche', 'vacante de pinche'],
};

export const PROFANITY_MILD = ['caray', 'diablos', 'rayos', 'maldito', 'maldita', 'malditos', 'malditas', 'boludo', 'boluda', 'hostia', 'ostia', 'leches',
  // Borderline in the labelling rules, like "nmms": shown, never interrupting.
  'no mames', 'no mamen', 'nmms'];

export const SEXUAL = [
  'polla', 'pollas', 'pene', 'penes', 'vagina', 'tetas', 'porno', 'pornografia', 'follar', 'follando',
  'chupapollas', 'chupavergas', 'puta barata', 'cachonda', 'cachondo', 'pajero', 'pajera', 'paja', 'correrse', 'orgasmo',
  'onlyfans', 'nopor', 'culear', 'mamasota', 'encuerada', 'encueradas', 'sexo oral',
];

export const SLURS = [
  'maricon', 'maricones', 'marica', 'maricas', 'mariquita', 'mariquitas', 'joto', 'jotos', 'sudaca', 'sudacas', 'mayate', 'negrata',
  'machorra', 'tortillera', 'tortilleras', 'travelo', 'travelos', 'subnormal', 'subnormales', 'retrasado', 'retrasados', 'retrasada',
  'mongolo', 'mongolos', 'mongolico', 'sidoso', 'sidosos', 'panchito', 'panchitos', 'desviado', 'desviados', 'bollera', 'bolleras',
  'moraco', 'moracos', 'judio de mierda', 'negro de mierda', 'indio de mierda', 'zorra', 'zorras', 'perra', 'perras', 'mogolico', 'mogolicos', 'cholo', 'cholos', 'travesti',
  'travestis', 'putos maricones',
  'mongolito', 'mongolitos', 'mongolita', 'jotito', 'jotitos', 'marimacha', 'marimachas',
  // Anti-Indigenous ("patarrajada"; "patas rajadas" alone is also cracked heels), a plural missing above (not "mayates": also the June beetles), and the rhyme "chino cochino".
  'patarrajada', 'patarrajadas', 'machorras', 'chino cochino', 'chinos cochinos', 'china cochina',
  // The feminine and plural forms of "mongolo"/"mongólico" (ableist).
  'mongola', 'mongolas', 'mongolica', 'mongolicos', 'mongolicas',
];

export const INSULTS = [
  'idiota', 'idiotas', 'imbecil', 'imbeciles', 'estupido', 'estupida', 'estupidos', 'estupidas',
  'gentuza', 'cretino', 'cretina', 'cretinos', 'tarado', 'tarada', 'tarados', 'zopenco', 'inutil de mierda', 'lamebotas', 'cerdo asqueroso',
  'callate', 'perra asquerosa', 'malnacido', 'malnacida', 'desgraciado', 'desgraciada', 'desgraciados',
  // Name-calling that has no innocent everyday sense: "hipócrita", "payaso" (the
  // circus clown is an innocent sense below), "mamarracho", "arpía", "niñato", "feminazi", the
  // sexist "golfa", "furcia", "ramera", "buscona".
  'hipocrita', 'hipocritas', 'payaso', 'payasa', 'payasos', 'payasas',
  'payasete', 'mamarracho', 'mamarracha', 'mamarrachos', 'mamarrachas', 'arpia', 'arpias', 'ninato', 'ninata', 'ninatos', 'ninatas',
  'feminazi', 'feminazis', 'golfa', 'golfas', 'furcia', 'furcias', 'ramera', 'rameras', 'zorron', 'pelandusca', 'buscona',
  'capullo', 'capulla', 'capullos',
  // Only the feminine of "ridícula", "patética": the masculine is also the neuter ("es ridículo
  // que cierren el parque"), the feminine is said of a person.
  'ridicula', 'ridiculas', 'patetica',
  // Body-shaming ("gorda", "gordo" said of a person). Innocent senses: the affectionate "mi
  // gorda", the lottery's "el gordo", "se armó la gorda", coarse salt, fatty bacon (below).
  'gorda', 'gordo', 'gordas', 'gordos',
];

/** Innocent phrases holding an insult above, under the word they excuse. */
export const INSULTS_EXCEPT: Exceptions = {
  gorda: ['mi gorda', 'sal gorda', 'se armo la gorda', 'armar la gorda', 'se va a armar la gorda', 'liar la gorda', 'liar bien gorda', 'se va a liar gorda'],
  gordo: ['mi gordo', 'premio gordo', 'el gordo de navidad', 'dedo gordo', 'caldo gordo', 'me cae gordo', 'me caes gordo'],
  payaso: ['pez payaso'],
};

/** Innocent senses (see en/words.ts): "zorra" is also a fox. */
export const INNOCENT_SENSES: Record<string, string[]> = {
  // "retrasada" is also late (a bus, a payment), "tortillera" the tortilla maker, "paja" straw.
  retrasada: ['minutos', 'ruta', 'vuelo', 'horas', 'tren', 'camion', 'autobus', 'pago', 'entrega', 'obra', 'proyecto', 'construccion', 'dias', 'semanas', 'servicio', 'horario', 'salida', 'llegada', 'fecha', 'tarea', 'nomina'],
  retrasado: ['minutos', 'ruta', 'vuelo', 'horas', 'tren', 'camion', 'autobus', 'pago', 'entrega', 'obra', 'proyecto', 'construccion', 'dias', 'semanas', 'servicio', 'horario', 'reloj', 'cheque', 'tramite', 'permiso', 'pedido', 'nomina'],
  retrasados: ['minutos', 'rutas', 'vuelos', 'horas', 'trenes', 'camiones', 'pagos', 'proyectos', 'dias', 'semanas', 'servicios', 'tramites', 'permisos', 'pedidos', 'cheques'],
  tortillera: ['tortillas', 'tortilleria', 'mercado', 'puesto', 'harina', 'maiz', 'comal', 'masa', 'tamales', 'mano', 'manos'],
  tortilleras: ['tortillas', 'tortilleria', 'mercado', 'puesto', 'harina', 'maiz', 'comal', 'masa', 'tamales', 'mano', 'manos'],
  paja: ['seca', 'heno', 'lotes', 'lote', 'incendio', 'fardo', 'fardos', 'pacas', 'paca', 'techo', 'sombrero', 'caballo', 'caballos', 'establo', 'terreno', 'granja', 'pasto', 'zacate', 'hierba', 'maleza', 'ojo'],
  zorra: ['zorro', 'zorros', 'bosque', 'animal', 'animales', 'gallinas', 'gallinero', 'cola', 'piel', 'madriguera', 'cachorros', 'caza'],
  perra: ['perro', 'perros', 'perrita', 'cachorros', 'cachorro', 'veterinario', 'raza', 'ladrar', 'ladra', 'ladraba', 'camada', 'correa', 'paseo'],
  perras: ['perro', 'perros', 'cachorros', 'veterinario', 'raza', 'camada', 'hembras'],
  // The circus clown, the rose bud, and the affectionate or culinary "gordo".
  payaso: ['circo', 'teatro', 'obra', 'titeres', 'boletos', 'entrada', 'familiar', 'familias', 'presentacion', 'actuacion', 'evento', 'feria', 'centro cultural', 'fiesta', 'fiestas', 'ninos', 'cumpleanos', 'globos', 'espectaculo', 'funcion', 'maquillaje', 'nariz', 'disfraz', 'infantil', 'animacion', 'malabares', 'carpa', 'show', 'nino', 'dia del nino', 'brincolines', 'brincolin', 'kermes', 'pinata', 'pinatas', 'dulces', 'desfile'],
  payasos: ['circo', 'teatro', 'obra', 'titeres', 'boletos', 'entrada', 'familiar', 'familias', 'presentacion', 'actuacion', 'evento', 'feria', 'centro cultural', 'fiesta', 'fiestas', 'ninos', 'cumpleanos', 'globos', 'espectaculo', 'funcion', 'maquillaje', 'narices', 'disfraces', 'infantil', 'animacion', 'malabares', 'carpa', 'show', 'nino', 'dia del nino', 'brincolines', 'brincolin', 'kermes', 'pinata', 'pinatas', 'dulces', 'desfile'],
  capullo: ['rosa', 'rosas', 'flor', 'flores', 'mariposa', 'seda', 'gusano', 'jardin', 'planta', 'florecer', 'petalos'],
  capullos: ['rosa', 'rosas', 'flor', 'flores', 'mariposa', 'mariposas', 'seda', 'gusanos', 'jardin', 'plantas', 'florecer', 'petalos'],
  gordo: ['premio', 'loteria', 'sorteo', 'navidad', 'tocino', 'carne', 'grasa', 'intestino', 'amo', 'amor', 'quiero', 'querido', 'guapo',
    'gato', 'gatito', 'perro', 'perrito', 'burrito', 'taco', 'sandwich', 'pan', 'plato', 'libro', 'sobre', 'cheque', 'alcanza', 'comida'],
  gorda: ['amo', 'amor', 'quiero', 'querida', 'guapa', 'hermosa', 'bonita', 'linda', 'gatita', 'perrita', 'torta', 'hamburguesa', 'quesadilla',
    'pizza', 'porcion', 'alcanza', 'comida'],
  zorras: ['zorro', 'zorros', 'bosque', 'animal', 'animales', 'gallinas', 'gallinero', 'cola', 'piel', 'madriguera', 'cachorros', 'caza'],
};
