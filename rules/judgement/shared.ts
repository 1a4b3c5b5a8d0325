import type { WordClasses } from './types';

/**
 * Word classes several categories share (people, roles, places of city work), en and es side
 * by side. Normalized words: lower case, no accents, no apostrophes ("o'brien" → "obrien").
 * Sections below belong to the category groups that added them; any frame may use any class.
 */
export const SHARED_WORDS: WordClasses = {
  // --- people and roles (all groups) ---
  /** Someone a city employee works with or serves, named by role. */
  person_role: [
    'coworker', 'co worker', 'coworkers', 'colleague', 'colleagues', 'boss', 'supervisor', 'manager', 'director', 'deputy director',
    'chief', 'captain', 'sergeant', 'sgt', 'lieutenant', 'lt', 'officer', 'detective', 'deputy', 'clerk', 'inspector', 'driver',
    'dispatcher', 'lifeguard', 'librarian', 'firefighter', 'medic', 'paramedic', 'councilman', 'councilwoman', 'councilmember',
    'council member', 'commissioner', 'mayor', 'city manager', 'resident', 'neighbor', 'customer', 'caller', 'contractor', 'intern',
    'new guy', 'new girl', 'new hire', 'trainee', 'lady', 'guy', 'dude', 'woman', 'man',
    'companero', 'companera', 'companeros', 'jefe', 'jefa', 'supervisor', 'supervisora', 'gerente', 'director', 'directora',
    'oficial', 'agente', 'policia', 'detective', 'inspector', 'inspectora', 'chofer', 'despachador', 'despachadora', 'salvavidas',
    'bibliotecaria', 'bibliotecario', 'bombero', 'bombera', 'concejal', 'concejala', 'regidor', 'regidora', 'alcalde', 'alcaldesa',
    'vecino', 'vecina', 'vecinos', 'residente', 'cliente', 'contratista', 'practicante', 'senora', 'senor', 'muchacha', 'muchacho',
    'el nuevo', 'la nueva', 'la del', 'el del', 'la de', 'el de',
  ],
  /** Titles before a name: "Officer Ramirez", "Sra. Lopez". */
  title: ['mr', 'mrs', 'ms', 'miss', 'dr', 'officer', 'ofc', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'chief', 'inspector', 'detective', 'councilman', 'councilwoman', 'councilmember', 'commissioner', 'mayor', 'judge', 'coach', 'don', 'dona', 'sr', 'sra', 'srta', 'lic', 'licenciado', 'licenciada', 'ing', 'profe', 'maestro', 'maestra', 'oficial', 'agente', 'comandante', 'concejal', 'regidor', 'alcalde'],

  // --- part-a: profanity, slur, harassment, sexual, violence ---

  // --- part-b: illegal, security, credentials, personal_info, confidential ---

  // --- part-c: political, religious, commercial, official_voice, defamation ---
};
