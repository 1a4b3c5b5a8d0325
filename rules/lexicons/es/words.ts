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
];

/** Innocent phrases holding a word above, under the word they excuse (en/words.ts): never flagged. */
export const PROFANITY_STRONG_EXCEPT: Exceptions = {
  culo: ['vehiculo'],
  pinche: ['pinche de cocina'],
};

export const PROFANITY_MILD = ['caray', 'diablos', 'rayos', 'maldito', 'maldita', 'malditos', 'malditas', 'boludo', 'boluda', 'hostia', 'ostia', 'leches'];

export const SEXUAL = [
  'polla', 'pollas', 'pene', 'penes', 'vagina', 'tetas', 'porno', 'pornografia', 'follar', 'follando', 'mamada', 'mamadas',
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
];

export const INSULTS = [
  'idiota', 'idiotas', 'imbecil', 'imbeciles', 'estupido', 'estupida', 'estupidos', 'estupidas',
  'gentuza', 'cretino', 'cretina', 'cretinos', 'tarado', 'tarada', 'tarados', 'zopenco', 'inutil de mierda', 'lamebotas', 'cerdo asqueroso',
  'callate', 'perra asquerosa', 'malnacido', 'malnacida', 'desgraciado', 'desgraciada', 'desgraciados',
];

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
  zorras: ['zorro', 'zorros', 'bosque', 'animal', 'animales', 'gallinas', 'gallinero', 'cola', 'piel', 'madriguera', 'cachorros', 'caza'],
};
