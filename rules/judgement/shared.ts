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
    'vecino', 'vecina', 'vecinos', 'residente', 'cliente', 'contratista', 'practicante', 'muchacha', 'muchacho',
    'el nuevo', 'la nueva', 'la del', 'el del', 'la de', 'el de',
  ],
  /** Titles before a name: "Officer Ramirez", "Sra. Lopez". */
  title: ['mr', 'mrs', 'ms', 'miss', 'dr', 'officer', 'ofc', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'chief', 'inspector', 'detective', 'councilman', 'councilwoman', 'councilmember', 'commissioner', 'mayor', 'judge', 'coach', 'don', 'dona', 'sr', 'sra', 'srta', 'lic', 'licenciado', 'licenciada', 'ing', 'profe', 'maestro', 'maestra', 'oficial', 'agente', 'comandante', 'concejal', 'regidor', 'alcalde'],

  // --- part-a: profanity, slur, harassment, sexual, violence ---
  /**
   * A third person pointed at without a name, beyond person_role (for co-occurrence frames):
   * more roles of city work and public life, and demonstrative phrases ("that lady", "esa
   * vieja"). No bare pronouns: "he"/"she"/"ese" alone are too common to mark a target.
   */
  person_more: [
    'receptionist', 'cashier', 'teller', 'janitor', 'custodian', 'mechanic', 'operator', 'bus driver', 'foreman', 'crew lead', 'crew chief', 'tech',
    'technician', 'analyst', 'specialist', 'assistant', 'secretary', 'admin', 'coordinator', 'attorney', 'lawyer', 'judge', 'prosecutor', 'councilor',
    'council rep', 'representative', 'rep', 'senator', 'governor', 'candidate', 'trustee', 'principal', 'teacher', 'nurse', 'doctor', 'ranger',
    'security guard', 'guard', 'cop', 'cops', 'trooper', 'firefighters', 'medics', 'officers', 'neighbors', 'residents', 'customers', 'callers',
    'patrons', 'tenant', 'landlord', 'vendor', 'citizen', 'taxpayer', 'volunteer', 'volunteers', 'coach', 'pastor', 'priest', 'reporter', 'journalist',
    'this guy', 'that guy', 'the guy', 'this dude', 'that dude', 'this lady', 'that lady', 'the lady', 'this woman', 'that woman', 'this man',
    'that man', 'my boss', 'our boss', 'hr lady', 'hr guy', 'it guy', 'lunch lady', 'front desk lady', 'front desk guy', 'desk lady', 'intern', 'interns',
    'the boss', 'the new supervisor', 'the new boss', 'the new director', 'the new chief', 
    'jefe', 'jefa', 'el jefe', 'la jefa', 'mi jefe', 'mi jefa', 'la vieja', 'el viejo', 'esa vieja', 'ese viejo', 'la senora', 'el senor', 'esa senora', 'ese senor',
    'la morra', 'esa morra', 'el vato', 'ese vato', 'ese wey', 'el wey', 'el tipo', 'la tipa', 'ese tipo', 'esa tipa', 'fulano', 'fulana', 'dona',
    'licenciado', 'licenciada', 'el lic', 'la lic', 'secretaria', 'cajera', 'cajero', 'conserje', 'intendente', 'maestra', 'maestro', 'enfermera',
    'enfermero', 'doctora', 'doctor', 'abogado', 'abogada', 'juez', 'jueza', 'candidato', 'candidata', 'diputado', 'diputada', 'senadora', 'gobernador',
    'vecinos', 'vecinas', 'la vecina', 'el vecino', 'mi vecina', 'mi vecino', 'esa muchacha', 'ese muchacho', 'esa chava', 'ese chavo',
    'la muchacha', 'el muchacho', 'la chava', 'el chavo', 'la nueva', 'el nuevo', 'la de recursos humanos', 'el de sistemas',
    // Round 7 (session 11): the members of the public employees talk about.
    'hoarder', 'the hoarder', 'the caller', 'complainant', 'the complainant', 'the customer', 'the resident', 'homeowner',
    'the homeowner', 'passenger', 'the passenger', 'rider', 'patron', 'the patron', 'applicant', 'visitor', 'the old man', 'the old lady', 'old man', 'old lady',
    'the old guy', 'pasajero', 'el pasajero', 'la pasajera', 'cliente', 'el cliente', 'la clienta', 'contribuyente', 'el viejito', 'la viejita', 'la dona', 'el don',
  ],
  /** He or she, as the subject or object of a remark (used only with a short window). */
  person_pron: ['he', 'she', 'him', 'her', 'hes', 'shes', 'he s', 'she s', 'his', 'ella', 'ellas', 'ellos'],

  // --- part-b: illegal, security, credentials, personal_info, confidential ---

  // --- part-c: political, religious, commercial, official_voice, defamation ---
  /**
   * A city, department or office an employee might speak for: "speaking for Streets", "on behalf
   * of Sun Metro", "a nombre de Bomberos". Names of El Paso and Harlingen bodies are kept to the
   * ones a resident would write; generic heads ("department", "office") cover the rest.
   */
  city_body: [
    'city', 'the city', 'city of el paso', 'city of harlingen', 'el paso', 'harlingen', 'department', 'the department', 'dept', 'office', 'the office',
    'police department', 'police dept', 'police', 'pd', 'eppd', 'hpd', 'el paso pd', 'harlingen pd', 'fire department', 'fire dept', 'epfd', 'hfd', 'fire',
    'parks', 'parks and rec', 'parks rec', 'parks and recreation', 'streets', 'streets and maintenance', 'sun metro', 'transit', 'library', 'libraries',
    'code compliance', 'code enforcement', 'utilities', 'water utility', 'el paso water', 'epwater', 'stormwater', 'sanitation', 'environmental services',
    'public works', 'solid waste', 'risk management', 'human resources', 'planning', 'permits', 'aviation', 'museums', 'public health', 'health department', 'animal services', 'the zoo', 'zoo', 'airport', 'the airport', 'valley international', '311', 'the mayor', 'mayors office',
    'the mayors office', 'mayor s office', 'the mayor s office', 'city managers office', 'city manager s office', 'city attorneys office', 'city attorney s office', 'council', 'city council', 'the council', 'commission', 'city commission',
    'la ciudad', 'ciudad', 'el municipio', 'municipio', 'el departamento', 'departamento', 'la alcaldia', 'el ayuntamiento', 'la oficina',
    'bomberos', 'los bomberos', 'policia', 'la policia', 'parques', 'parques y recreacion', 'la biblioteca', 'bibliotecas', 'sanidad', 'el agua',
    'oficina', 'departamento de agua', 'recursos humanos', 'finanzas', 'servicios ambientales', 'salud publica', 'transito', 'el cabildo', 'el concejo', 'obras publicas',
    // round 5: more bodies residents name (the utility, municipal court, fleet, the force)
    'utility', 'the utility', 'utilities department', 'water department', 'water dept', 'municipal court', 'fleet', 'the force', 'streets department', 'street department', 'sanitation department', 'building department', 'building permits', 'transit department', 'bus system', 'el tribunal', 'la corte', 'el juzgado', 'juzgado municipal', 'tribunal municipal', 'el depa de agua', 'el departamento de limpia', 'vialidad',
    // round 6: more bodies in Spanish and the ambulance service
    'la utilidad', 'agua publica', 'departamento de policia', 'departamento de bomberos', 'departamento de salud', 'departamento de parques', 'ems', 'harlingen ems', 'el paso ems',
    // round 7: the health district and the admin offices people name
    'health district', 'the health district', 'distrito de salud', 'fire admin', 'fire administration', 'police admin', 'parks department', 'the parks department', 'library department', 'aviation department', 'el ayuntamiento de', 'la presidencia municipal', 'city hall', 'la municipalidad',
  ],
  /**
   * Common given names (Hispanic and Anglo, as written without accents), to tell a named person
   * in the lower-cased word stream: "Kevin is reading everyone's emails". Names that are also
   * ordinary words (will, mark, rose, grace, hope, joy, art, bill, guy, angel, jesus, cruz, luz,
   * rocio, dolores, sol, paz, del…) are left out on purpose.
   */
  given_name: [
    'aaron', 'adam', 'adrian', 'adriana', 'alberto', 'alejandra', 'alejandro', 'alex', 'alexis', 'alfredo', 'alicia', 'alma', 'alonso', 'alvaro',
    'amanda', 'ana', 'andrea', 'andres', 'andrew', 'angela', 'angelica', 'anthony', 'antonio', 'armando', 'arturo', 'ashley', 'beatriz', 'benjamin',
    'beto', 'blanca', 'brandon', 'brian', 'carlos', 'carmen', 'carolina', 'cesar', 'chris', 'christina', 'christopher', 'chuy', 'claudia', 'cristina',
    'cynthia', 'daniel', 'daniela', 'danny', 'david', 'debbie', 'denise', 'dennis', 'diana', 'diego', 'eduardo', 'elena', 'elizabeth', 'emilio',
    'enrique', 'eric', 'erica', 'erika', 'ernesto', 'esteban', 'estela', 'eva', 'fernando', 'francisco', 'gabriel', 'gabriela', 'gerardo', 'gilberto',
    'gloria', 'gonzalo', 'guadalupe', 'guillermo', 'gustavo', 'hector', 'hilda', 'hugo', 'ignacio', 'irma', 'isabel', 'ismael', 'ivan', 'jaime',
    'james', 'jason', 'javier', 'jennifer', 'jessica', 'joe', 'joel', 'john', 'jonathan', 'jorge', 'jose', 'josefina', 'joseph', 'juan', 'juana',
    'julia', 'julian', 'julio', 'karina', 'karen', 'kathy', 'kevin', 'kyle', 'laura', 'leticia', 'lorena', 'lorenzo', 'lucia', 'luis', 'lupe',
    'manny', 'manuel', 'marco', 'marcos', 'margarita', 'maria', 'maribel', 'maricela', 'mario', 'marisol', 'martha', 'martin', 'matthew', 'melissa',
    'michael', 'michelle', 'miguel', 'monica', 'nancy', 'nicole', 'norma', 'omar', 'oscar', 'pablo', 'patricia', 'paul', 'pedro', 'rafael', 'ramiro',
    'ramon', 'raquel', 'raul', 'ray', 'rebecca', 'ricardo', 'richard', 'roberto', 'robert', 'rodolfo', 'rogelio', 'ruben', 'sandra', 'sara', 'sarah',
    'sergio', 'silvia', 'sonia', 'stephanie', 'steve', 'steven', 'susana', 'teresa', 'tomas', 'tony', 'veronica', 'victor', 'victoria', 'vanessa',
    'yolanda', 'yesenia', 'brenda', 'marcus', 'mike', 'jimmy', 'bobby', 'larry', 'gary', 'frank', 'george', 'henry', 'ricky', 'rudy', 'gabe',
    'lalo', 'pancho', 'memo', 'nacho', 'paco', 'chava', 'poncho', 'tono', 'lupita', 'chela', 'conchita', 'lety', 'paty', 'vero', 'gaby', 'mari',
    'oscar', 'abel', 'saul', 'elias', 'efren', 'fabian', 'felipe', 'hernan', 'israel', 'jesse', 'lorena', 'nora', 'olga', 'rene', 'rosario', 'samuel',
    'tomas', 'valeria', 'ximena', 'jacob', 'ryan', 'justin', 'tyler', 'brittany', 'amber', 'heather', 'crystal', 'tiffany', 'kimberly', 'linda', 'susan',
    'donna', 'carol', 'sharon', 'janet', 'tina', 'tammy', 'brad', 'chad', 'derek', 'travis', 'trevor', 'wesley',
  ],
};
