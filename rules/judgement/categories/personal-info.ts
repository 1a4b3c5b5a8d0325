import type { CategoryJudgement } from '../types';
import { SHARED_WORDS } from '../shared';

/**
 * personal_info: a specific person's private facts in prose (health, HR status, where they are or
 * live, their personal phone or account). The detectors in rules/engine/detectors.ts catch the
 * identifiers with a shape of their own (SSN, dates of birth, addresses, e-mail).
 */
// session 15: diagnoses, shared by pi_condition and the "has/tiene X" forms of pi_private.
const CONDITIONS = ['diabetes', 'cancer', 'epilepsy', 'epilepsia', 'depression', 'depresion', 'dementia', 'demencia', 'hiv', 'vih', 'bipolar', 'schizophrenia',
  'esquizofrenia', 'alzheimers', 'alzheimer', 'leukemia', 'leucemia', 'lupus', 'ptsd', 'anxiety', 'ansiedad', 'postpartum depression', 'depresion postparto', 'colon cancer',
  'breast cancer', 'cancer de mama', 'diabetes tipo 1', 'type 1 diabetes', 'seizures', 'convulsiones'];

export const personal_info: CategoryJudgement = {
  words: {
    /** Someone identifiable: a role, a pronoun, "X from HR". */
    pi_who: [
      'he', 'she', 'hes', 'shes', 'him', 'her', 'el', 'ella', 'his wife', 'her husband', 'his son', 'his daughter', 'her son', 'her daughter',
      'new guy', 'new girl', 'coworker', 'co worker', 'supervisor', 'boss', 'manager', 'director', 'deputy director', 'chief', 'captain',
      'sergeant', 'sgt', 'lieutenant', 'officer', 'detective', 'clerk', 'inspector', 'driver', 'dispatcher', 'mayor', 'councilman',
      'councilwoman', 'council member', 'councilmember', 'commissioner', 'city manager', 'neighbor', 'intern', 'lifeguard', 'librarian',
      'companero', 'companera', 'jefe', 'jefa', 'supervisora', 'directora', 'alcalde', 'alcaldesa', 'concejal', 'concejala', 'vecino',
      'vecina', 'el nuevo', 'la nueva', 'don', 'dona', 'inspectora', 'chofer', 'oficial', 'agente',
      // Round 5 (s8-jb): people pointed at without a name.
      'new guy in', 'new girl in', 'the patient', 'el paciente', 'la paciente', 'el muchacho', 'la muchacha', 'la senora', 'el senor', 'that lady', 'that guy',
      // Round 6 (s10-jb): a relative of someone else, pointed at with an article (not "my grandma").
      'the grandpa', 'the grandma', 'the grandfather', 'the grandmother', 'el abuelo', 'la abuela', 'the dad', 'the mom', 'the son', 'the daughter', 'the wife', 'the husband',
    ],
    /** Private health or HR facts. */
    pi_status: [
      'pregnant', 'in rehab', 'back in rehab', 'autistic', 'diabetic', 'bipolar', 'schizophrenic', 'depressed', 'in labor', 'intubated',
      'in icu', 'in the icu', 'in the er', 'on dialysis', 'on chemo', 'on disability', 'on medical leave', 'on fmla', 'on probation',
      'on admin leave', 'hiv positive', 'an alcoholic', 'in detox', 'in the psych ward', 'on suicide watch', 'undocumented',
      'going through chemo', 'getting chemo', 'in chemo', 'in hospice', 'in the hospital again',
      // Round 5 (s8-jb): medication, jail, HIV in Spanish.
      'on meds', 'on medication', 'on antidepressants', 'on anxiety meds', 'on pills', 'toma medicamento', 'toma pastillas', 'en medicamento', 'in juvie', 'in jail',
      'in prison', 'locked up', 'on parole', 'en el bote', 'en la carcel', 'en el tambo', 'en la correccional', 'vih positivo', 'vih positiva', 'seropositivo',
      'seropositiva', 'in a shelter', 'homeless', 'en un albergue',
      'embarazada', 'en rehabilitacion', 'en quimio', 'recibiendo quimio', 'en rehab', 'autista', 'diabetico', 'diabetica', 'en labor de parto', 'intubado', 'intubada',
      'en terapia intensiva', 'en cuidados intensivos', 'en dialisis', 'en quimio', 'incapacitado', 'incapacitada', 'sin papeles',
      // Leave and treatment said loosely ("out on FMLA", "de incapacidad", "off on stress leave").
      'out on fmla', 'out on medical leave', 'off on medical leave', 'out on disability', 'on stress leave', 'out on stress leave',
      'on maternity leave', 'out on maternity leave', 'in treatment', 'in a mental hospital', 'in the mental hospital', 'in the hospital',
      'en incapacidad', 'de incapacidad', 'con incapacidad', 'en el hospital', 'internado', 'internada', 'hospitalizado', 'hospitalizada',
      'en el psiquiatrico', 'en tratamiento', 'en rehabilitacion otra vez', 'de licencia medica', 'con licencia medica',
    ],
    /** Diagnoses ("has diabetes", "tiene cáncer"). */
    pi_condition: [
      'diabetes', 'cancer', 'hiv', 'aids', 'vih', 'sida', 'dementia', 'demencia', 'alzheimers', 'alzheimer', 'epilepsy', 'epilepsia',
      'depression', 'depresion', 'bipolar', 'schizophrenia', 'esquizofrenia', 'herpes', 'an std', 'hepatitis', 'a drinking problem',
      'a drug problem', 'problemas con el alcohol', 'problemas de drogas', 'tumor', 'un tumor', 'a tumor',
      'covid', 'covid 19', 'the flu', 'anxiety', 'ansiedad', 'ptsd', 'adhd', 'a miscarriage', 'un aborto', 'leukemia', 'leucemia',
      'a stroke', 'un derrame', 'an infarto', 'un infarto', 'a heart attack', 'ms', 'lupus', 'parkinsons', 'parkinson', 'tb', 'tuberculosis',
      'stress', 'estres', 'alcoholism', 'alcoholismo', 'addiction', 'adiccion',
    ],
    /**
     * Round 4 (s7-jb): someone named or pointed at by role, without bare pronouns (those are
     * everyone's tweets): roles, titles, given names and their possessive ("Manny's" arrives as
     * "mannys"), and a named person's relatives.
     */
    pi_named: [
      ...SHARED_WORDS.person_role!.filter((w) => !['guy', 'dude', 'woman', 'man', 'lady', 'la de', 'el de', 'la del', 'el del', 'resident', 'customer', 'caller', 'neighbor', 'cliente', 'residente'].includes(w)),
      ...SHARED_WORDS.given_name!, ...SHARED_WORDS.given_name!.map((n) => `${n}s`),
      // Round 6 (s10-jb): a title before a surname the name list lacks ("Mrs. Ortega", "la señora Inés").
      ...SHARED_WORDS.title!.filter((w) => !['don', 'dr', 'miss', 'coach', 'lic', 'judge', 'mayor', 'chief'].includes(w)),
      'mi companera', 'mi companero', 'nuestra companera', 'nuestro companero', 'our lifeguard', 'our officer', 'our clerk', 'our driver',
      'his wife', 'her husband', 'his son', 'his daughter', 'her son', 'her daughter', 'his kid', 'her kid', 'his kids', 'her kids', 'su esposa', 'su esposo',
      'su hijo', 'su hija', 'wife', 'husband',
      // Round 5 (s8-jb): someone described instead of named.
      'the resident who', 'the caller who', 'the lady who', 'the guy who', 'the man who', 'the woman who', 'the complainant', 'the customer who', 'the neighbor who',
      'that lady', 'that guy', 'la senora que', 'el senor que', 'la senora del', 'el senor del', 'el vato de', 'la vieja de', 'el muchacho que', 'la muchacha que',
      'el de la queja', 'la de la queja', 'la de recursos humanos', 'el de recursos humanos', 'el de sistemas', 'la de sistemas', 'new guy in', 'new girl in',
      'the patient', 'el paciente', 'la paciente',
      // session 15: someone's relative, said of another person ("la esposa del alcalde", "the coach's son").
      'la esposa del', 'la esposa de', 'el esposo de', 'el esposo de la', 'el hijo del', 'la hija del', 'el hijo de', 'la hija de', 's son', 's daughter', 's wife',
      's husband', 'son of', 'daughter of', 'wife of', 'the kid', 'el chavo', 'la chava',
    ],
    /** Round 4 (s7-jb): more private health and life facts, said plainly (co-occurrence with pi_named). */
    pi_private: [
      'miscarriage', 'had a miscarriage', 'lost the baby', 'perdio al bebe', 'suicide watch', 'tried to kill himself', 'tried to kill herself', 'intento suicidarse',
      'intento de suicidio', 'overdosed', 'ode d', 'relapsed', 'relapse', 'recayo', 'recaida', 'chemo', 'quimio', 'quimioterapia', 'psychiatric', 'psiquiatrico',
      'psiquiatrica', 'tratamiento psiquiatrico', 'psych hold', 'psych ward', 'mental breakdown', 'nervous breakdown', 'crisis nerviosa', 'ivf', 'infertility',
      'infertilidad', 'has an std', 'has hiv', 'is hiv positive', 'tiene vih', 'has aids', 'tiene sida', 'in rehab', 'en rehab', 'rehab', 'aa meetings', 'dialysis', 'dialisis',
      'pregnant', 'embarazada', 'diagnosed', 'diagnosticaron', 'diagnosticado', 'diagnosticada', 'is terminal', 'has cancer', 'tiene cancer', 'con cancer', 'has a tumor',
      'tiene un tumor', 'has dementia', 'tiene demencia', 'is bipolar', 'es bipolar', 'schizophrenic', 'esquizofrenia', 'esquizofrenico', 'esquizofrenica',
      'getting divorced', 'se esta divorciando', 'se divorcia', 'restraining order', 'orden de restriccion', 'failed his drug test', 'failed her drug test',
      'reprobo el antidoping', 'salio positivo', 'tested positive',
      // Round 5 (s8-jb): family breakups, housing, jail, medication.
      'going through a divorce', 'divorce', 'divorcing', 'separated', 'separating', 'se separo', 'se estan separando', 'divorcio', 'left him', 'left her', 'lo dejo su esposa',
      'la dejo su esposo', 'lo dejo su mujer', 'la dejo su marido', 'kicked out', 'evicted', 'desalojado', 'desalojada', 'homeless', 'sleeping in his car', 'sleeping in her car', 'staying at his mom', 'staying at her mom',
      'in juvie', 'in jail', 'locked up', 'on meds', 'on medication', 'meds for', 'vih positivo', 'vih positiva', 'seropositivo', 'seropositiva', 'no tiene papeles',
      'undocumented', 'daca', 'sin papeles', 'bankruptcy', 'bancarrota', 'quiebra', 'wage garnishment', 'child support', 'manutencion',
      // Round 6 (s10-jb): treatment and injuries, recovery, HR discipline and benefits, said of someone else.
      'radiation', 'radiaciones', 'radioterapia', 'broken ribs', 'costillas rotas', 'concussion', 'conmocion', 'heat stroke', 'golpe de calor',
      'heart surgery', 'cirugia del corazon', 'lo operaron', 'la operaron', 'operaron del corazon', 'surgery on', 'hiv meds', 'medicina del vih', 'insulin', 'insulina', 'estres postraumatico',
      'ptsd', 'sigue yendo a terapia', 'goes to therapy', 'in therapy', 'en terapia', 'discharged from', 'got discharged', 'recovering at', 'se esta recuperando',
      'nasty divorce', 'messy divorce', 'final warning', 'on a final warning', 'last warning', 'written up again', 'amonestaciones', 'amonestacion', 'la corrieron', 'lo corrieron',
      'la despidieron', 'lo despidieron', 'lo van a suspender', 'la van a suspender', 'ayuda de renta', 'rent assistance', 'cobra disability', 'on disability', 'llegar tomada', 'llegar tomado',
      'en dialisis', 'miscarried', 'rehab again', 'is on probation', 'esta en probatoria',
      // Round 7 (s11-jb): private facts said the way people say them (addiction, drug tests, sight and frailty, benefits and income, arrests, internal investigations, a death the family has not been told), en and es.
      'en rehabilitacion', 'rehabilitacion', 'por lo del alcohol', 'por lo de las drogas', 'anda en el vicio', 'problemas con la bebida', 'drinking again',
      'back on the bottle', 'using again', 'is an addict', 'es adicto', 'es adicta', 'on leave for rehab', 'salieron positivo', 'salio positiva', 'salieron positivos',
      'dio positivo', 'dieron positivo', 'failed the drug test', 'failed their drug test', 'prueba de drogas', 'antidoping', 'casi sin vista', 'ya no ve', 'going blind',
      'se esta quedando ciega', 'se esta quedando ciego', 'se le olvida todo', 'vive sola', 'vive solo', 'lives alone', 'deja la puerta abierta',
      'leaves her door unlocked', 'leaves his door unlocked', 'housing assistance', 'section 8', 'seccion 8', 'food stamps', 'estampillas', 'medicaid',
      'gets assistance', 'housing voucher', 'welfare', 'makes 60k', 'their file', 'su expediente', 'in for shoplifting', 'for shoplifting', 'lo detuvimos',
      'la detuvimos', 'we arrested', 'we picked up', 'juvenile record', 'tiene antecedentes', 'has a record', 'teen court',
      'juvenile court', 'corte juvenil', 'investigacion interna', 'ia found', 'ia already found',
      'le quitaron el acceso', 'la tienen en investigacion', 'lo tienen en investigacion', 'faltante', 'segunda advertencia', 'second warning',
      'advertencia por escrito', 'written warning', 'el muerto era', 'the victim was', 'la victima era', 'the one who died', 'el que murio', 'la que murio',
      'no le han avisado', 'todavia no le han avisado', 'hasnt been notified', 'hasn t been notified', 'next of kin', 'texting while driving', 'was drunk',
      'estaba borracho', 'estaba borracha', 'salio positivo en alcohol',
      // session 15: a diagnosis said as "has/tiene X" or "por X"; debts and cut-offs; an affair; an arrest or overdose; leave and
      // accommodations; sobriety; a high-risk pregnancy; discipline and investigations.
      ...CONDITIONS.flatMap((c) => [`has ${c}`, `tiene ${c}`, `por ${c}`, `for ${c}`, `for his ${c}`, `for her ${c}`, `de ${c}`]),
      'embarazo', 'embarazo de alto riesgo', 'high risk pregnancy', 'pregnancy', 'fertility treatments', 'tratamientos de fertilidad', 'quedo embarazada',
      'sin pagar', 'x no pagar', 'por no pagar', 'meses sin pagar', 'months behind', 'behind on rent', 'owes the city', 'owes back rent', 'owes child support', 'in fines', 'de multas', 'debe casi', 'debe mas de',
      'le cortaron el agua', 'le cortamos', 'ya le cortamos', 'license suspended', 'suspended license', 'licencia suspendida', 'cheating on', 'has been cheating', 'cheating with',
      'affair', 'una aventura', 'le es infiel', 'le pone el cuerno', 'le pone los cuernos', 'shoplifting', 'caught shoplifting', 'caught stealing', 'lo agarraron robando', 'overdose', 'overdosis', 'sobredosis', 'od d', 'baleado', 'baleada',
      'le amputaron', 'amputated', 'workers comp', 'on workers comp', 'workers compensation', 'ada accommodation', 'accommodation list', 'light duty', 'no lifting',
      'got sober', 'her dui', 'his dui', 'su dui', 'de baja por', 'le dieron de baja', 'tomando pastillas', 'pidio incapacidad', 'incapacidad por',
      'got written up', 'written up for', 'lo amonestaron', 'la amonestaron', 'proceso de despido', 'en proceso de despido', 'being fired', 'getting fired', 'unpaid leave',
      'licencia administrativa', 'administrative leave', 'la estan investigando', 'lo estan investigando', 'being investigated', 'under investigation',
      'failing the drug test', 'fmla', 'on fmla', 'fmla leave', 'postpartum', 'the rehab thing', 'lo de rehab',
    ],
    /** Round 4 (s7-jb): public health notices, awareness and self-disclosure, where the same words are fine. */
    pi_public: [
      // session 15 (round 6/7 dev alarms): a coworker welcomed back is news they share; a neighbour's address in a code notice is the case.
      'bienvenida', 'bienvenido', 'welcome back', 'welcome her back', 'welcome him back', 'citatorio', 'le deja citatorio', 'ya regreso', 'regreso de su', 'back from her', 'back from his', 'returned from',
      'awareness', 'month', 'walk', 'fundraiser', 'screening', 'screenings', 'free', 'clinic', 'prevention', 'support group', 'resources', 'hotline', 'campaign',
      'i', 'im', 'i m', 'my own', 'yo', 'mi propio', 'congrats', 'congratulations', 'felicidades', 'baby shower', 'gender reveal', 'survivor', 'sobreviviente',
      'prayers for all', 'campana', 'gratis', 'prevencion', 'mes de', 'caminata', 'detection', 'deteccion', 'vaccine', 'vacuna', 'flu shots',
      'my son', 'my daughter', 'my wife', 'my husband', 'my mom', 'my dad', 'mi hijo', 'mi hija', 'mi esposa', 'mi esposo', 'mi mama', 'mi papa',
      // session 15: what a department or the paper already made public.
      'statement', 'said in', 'according to', 'per the', 'in the paper', 'en el periodico', 'comunicado', 'segun el', 'segun la', 'press release', 'news',
    ],
    /** Round 4 (s7-jb): identifiers of a person's own (co-occurrence with a number). */
    pi_id_key: [
      'employee number', 'employee id', 'employee no', 'emp id', 'badge number', 'drivers license', 'driver s license', 'drivers license number', 'license number',
      'dl number', 'dl', 'numero de empleado', 'no de empleado', 'numero de licencia', 'licencia de manejo', 'licencia de conducir', 'numero de seguro social',
      'medicaid number', 'medicare number', 'student id', 'case number',
      'license plate', 'plate number', 'placas', 'la placa', 'su placa', 'sus placas', 'tag number', 'his plate', 'her plate', 'matricula',
      // Round 7 (s11-jb): private facts said the way people say them (addiction, drug tests, sight and frailty, benefits and income, arrests, internal investigations, a death the family has not been told), en and es.
      'licencia de texas', 'texas license', 'licencia numero', 'su licencia', 'her license', 'his license', 'placa numero', 'badge no', 'numero de placa',
    ],
    /** Round 6 (s10-jb): where someone else is staying or lives, said around a person ("he's at his sister's place on Byron St"). */
    pi_home_at: [
      'his sister s', 'her sister s', 'his sisters', 'her sisters', 'his mom s', 'her mom s', 'his moms', 'her moms', 'his mother s', 'her mother s', 'his parents', 'her parents',
      'his brother s', 'her brother s', 'his place', 'her place', 'en su casa', 'en casa de su', 'vive con su', 'vive con', 'lives with', 'staying with', 'staying at', 'se esta quedando',
      'se queda con', 'recovering at', 'se esta recuperando en', 'su casa es', 'su casa esta', 'vive a dos casas', 'vive a una cuadra', 'vive en', 'lives on', 'lives off', 'lives in the',
      'lives at', 'lives near', 'vive por', 'her stop is', 'his stop is', 'su parada es', 'su parada', 'ran the plate', 'corri las placas', 'the house on', 'la casa de',
    ],
    /** Round 6 (s10-jb): a street, block or corner (with pi_home_at). */
    pi_street: [
      'st', 'street', 'calle', 'ave', 'avenue', 'avenida', 'rd', 'road', 'dr', 'drive', 'blvd', 'boulevard', 'lane', 'ln', 'court', 'ct', 'circle', 'esquina', 'corner', 'cuadra',
      'colonia', 'fraccionamiento', 'apartments', 'apts', 'apartamentos', 'trailer park', 'porton', 'la verde', 'the green one', 'the blue one', 'la azul', 'la blanca',
    ],
    /** A hospital or a sick bed, to tell "room 312" from a meeting room. */
    pi_hospital: [
      'hospital', 'icu', 'er', 'umc', 'del sol', 'providence', 'las palmas', 'sierra', 'university medical center', 'urgencias', 'clinica',
      'terapia intensiva', 'maternidad', 'surgery', 'cirugia', 'operation', 'operacion', 'rehab', 'hospice', 'valley baptist', 'baptist', 'medical center', 'oncology', 'texas oncology',
    ],
  },
  frames: [
    {
      id: 'judgement.personal_info.named_private_fact',
      category: 'personal_info',
      message: {
        en: "Names a specific person next to a private fact about their health or life (a diagnosis, rehab, a pregnancy, a crisis).",
        es: 'Nombra a una persona en particular junto a un dato privado de su salud o su vida (un diagnóstico, rehabilitación, un embarazo, una crisis).',
      },
      cooccur: [
        { all: ['pi_named', 'pi_private'], within: 6, unless: ['pi_public'], guardWithin: 8 },
        // Round 6 (s10-jb): the fact a clause after the name ("Beatriz de Compras, que está luchando contra el cáncer…").
        { all: ['pi_named', 'pi_private'], within: 11, ordered: true, unless: ['pi_public'], guardWithin: 6 },
        // Round 6 (s10-jb): where someone else is staying, with the street.
        { all: ['pi_home_at', 'pi_street'], within: 7, ordered: true, unless: ['pi_public'], guardWithin: 4 },
      ],
      examples: {
        hit: [
          "Officer Delgado's wife just had a miscarriage, that's why he's out",
          'Manny is on suicide watch after the divorce, do not bring it up',
          'a Marisol de nóminas le diagnosticaron cáncer, pero no quiere que nadie sepa',
          // session 15
          'Rudy from the warehouse is on workers comp for his shoulder, so do not ask him to lift anything',
          'la compañera Yolanda pidió incapacidad por embarazo de alto riesgo, todavía no le dice a nadie',
          'Arturo Pacheco already owes over 900 in fines, no wonder he yells at the counter',
        ],
        miss: [
          'Breast cancer awareness walk Saturday at Ascarate, free screenings for city employees',
          "I'm back from chemo and feeling great, thanks for all the cards!",
          'Free HIV testing Friday at the health department clinic.',
          // session 15
          'Per the department statement, the officer is on administrative leave pending review.',
          'Mi esposa tiene diabetes y ya aprendí a cocinar sin azúcar, jaja.',
        ],
      },
    },
    {
      id: 'judgement.personal_info.id_number',
      category: 'personal_info',
      message: {
        en: "Gives a person's ID number (employee number, driver's licence, case number).",
        es: 'Da el número de identificación de una persona (número de empleado, licencia de manejo, número de caso).',
      },
      patterns: [
        '{pi_id_key} {~6}(?:is |es |es el |es la |number |numero |no |#)?(?:[a-z] )?[0-9]{5,12}(?![^ .])',
        // session 15: a licence or employee number given in passing ("mi licencia es 28419973", "license TX 18845210", "employee ID EP-880213").
        '(?:licencia|license|licence|numero de empleada|numero de empleado|employee id|employee number|empleada|empleado)(?: [^ .]+){0,4} (?:es |is |numero |number |no |#)?(?:tx |texas |[a-z]{1,2} )?[0-9]{5,9}(?![^ .])(?<!(?:19|20)[0-9]{2})',
        // Round 5 (s8-jb): a licence plate ("his license plate is LKJ-4821", "sus placas son FRX 2231").
        '(?:license plate|plate number|placas|la placa|su placa|sus placas|tag number|his plate|her plate|matricula) (?:is |es |son |number |numero |no |#)?[a-z0-9]{2,4} ?[0-9]{3,4}(?![^ .])',
      ],
      examples: {
        hit: ["Jorge's employee number is 104553, use it for the training sign up", 'la licencia de manejo del chofer que chocó es la 28841937',
          // session 15
          'pulled over the band director this morning, license TX 27719034, going 60 in a school zone', 'mi licencia es 39182274 por si el guardia pregunta'],
        miss: ['Employee numbers are on the back of your badge.', 'Renew your drivers license online at txdps.'],
      },
    },
    {
      id: 'judgement.personal_info.health_or_hr_status',
      category: 'personal_info',
      message: {
        en: "Shares a specific person's private health or work status (pregnancy, rehab, diagnosis, leave).",
        es: 'Comparte la situación privada de salud o de trabajo de una persona en particular (embarazo, rehabilitación, diagnóstico, incapacidad).',
      },
      patterns: [
        '{pi_who} {~4}(?:is|s|are|esta|anda|got|gets|was|fue|is now|is still|is back|is going|has been|been|sigue) (?:again |otra vez |still |now |back |ya )?{pi_status}',
        '(?:from|de|del|de la|in|en) (?:the )?[a-z]+ (?:[a-z]+ )?(?:is|s|esta|anda|got|was|sigue) (?:again |otra vez |still |back |ya )?{pi_status}',
        // Status first, then who: "guess who's in rehab again? our own parks supervisor".
        '(?:who s|whos|who is|quien esta|adivinen quien esta) (?:back |again |still )?{pi_status} (?:again |otra vez |today |hoy )?(?:\\. )?(?:our|nuestro|nuestra|my|mi|the|el|la) {~3}{pi_who}',
        // Diagnosis named after a leave: "out on FMLA for depression", "en incapacidad por depresion".
        '(?:fmla|leave|disability|incapacidad|licencia|rehab|incapacitado|incapacitada|hospital|internado|internada|meds|medication|medicine|pills|pastillas|medicamento|medicina|tratamiento|therapy|terapia|treatment) (?:for|por|with|con|because of|due to) (?:[a-z]+ ){0,2}{pi_condition}',
        '(?:tested|testing|test came back|dio|salio) (?:positive|positivo|positiva) (?:for|a|de|en|con)? ?{pi_condition}',
        '{pi_who} {~4}(?:has|tiene|got|was diagnosed with|fue diagnosticado con|fue diagnosticada con|le dio|le dieron|is being treated for) (?:stage [0-9] |terminal |otra vez |again |breast |lung |colon |prostate |skin |brain |pancreatic |early onset |severe ){0,3}{pi_condition}',
        '(?:failed|flunked|reprobo|no paso) (?:his|her|their|a|the|su|la|el) (?:drug test|drug screen|random|ua|piss test|prueba de drogas|antidoping|examen antidoping)',
        '(?:wages|paycheck|pay check|pay|sueldo|cheque) (?:are |is |esta |estan )?(?:getting |being )?(?:garnished|embargado|embargados)',
        '(?:le dieron|got|gave him|gave her|le aprobaron) (?:la |his |her )?(?:incapacidad|disability|fmla|medical leave)',
        '(?:doesnt|dont|does not|do not|no) (?:have|tiene|tienen) (?:papers|papeles|documentos|green card)',
        // A relative's legal or health trouble: "the councilwoman's son's DWI".
        '(?:son|daughter|wife|husband|kid|brother|sister|hijo|hija|esposa|esposo|hermano|hermana)(?: s)? (?:dwi|dui|arrest|mugshot|booking|divorce|custody case|rehab|overdose|court date|restraining order)',
      ],
      examples: {
        hit: [
          'the new girl at the front desk is pregnant, don\'t tell her I said',
          'Rick from Solid Waste is in rehab again, that is why he is off the schedule',
          'a don Chema del parque ya le dieron la incapacidad, el pobre tiene diabetes',
          'half the crew knows his paycheck is getting garnished',
          'our lineman in Water is out on FMLA for anxiety so be patient with the schedule',
          'el señor de limpieza salió positivo a covid, no se acerquen a la bodega',
        ],
        miss: [
          'Free diabetes screening at the Westside clinic Friday, no appointment needed.',
          'If you are pregnant, WIC can help: call 311 for the nearest office.',
          'Get well soon, Coach Benny! We miss your yelling already.',
          'Free covid testing at the Westside rec center, no appointment needed.',
        ],
      },
    },
    {
      id: 'judgement.personal_info.whereabouts',
      category: 'personal_info',
      message: {
        en: 'Says where a specific person is right now or where they live. That can put them in danger.',
        es: 'Dice dónde está ahora una persona en particular o dónde vive. Eso puede ponerla en peligro.',
      },
      patterns: [
        '{pi_who} {~4}(?:is|s|esta|anda) (?:at|in|en|over at|eating at|at the|en el|en la) {~6}(?:rn|right now|ahorita|ahora mismo|as we speak|en este momento)',
        // The span is "lives on/at …" up to the place; the street_address detector highlights a full address itself.
        '(?:lives|vive|viven) (?:at|on|off|in|by|near|en|por|cerca de|right by|across from|over on|out on|right behind|behind|next to|around the corner from|down the street from|atras de|detras de|enfrente de|a la vuelta de|junto a)(?= {~5}(?:[0-9]{2,5}|house|casa|calle|street|st|avenue|ave|drive|dr|road|rd|block|cuadra|corner|esquina|apartments|apartamentos|depto|right by|across from|enfrente|next to|al lado|with (?:his|her) (?:mom|grandma|grandpa|parents|girlfriend|boyfriend|wife|husband)|con su (?:mama|abuela|abuelo|esposa|esposo|novia|novio))(?![^ .]))',
        '(?:icu|hospital|er|l d|labor and delivery|providence|del sol|umc|las palmas|terapia intensiva|urgencias|maternidad|labor|valley baptist|baptist|medical center|sanatorio) {~6}(?:bed|room|cama|cuarto|habitacion) [0-9]+',
        // Round 6 (s10-jb): whose child is at which school, and where in it ("the mayor's daughter is at Franklin High, 3rd period in room 118").
        '(?<!(?:my|mi|our|nuestra|nuestro|mis|nuestros) )(?:daughter|son|kid|kids|grandson|granddaughter|hija|hijo|hijos|nieto|nieta) {~2}(?:is at|s at|esta en|anda en|is in|goes to) {~3}(?:high|high school|middle school|middle|elementary|prepa|secundaria|primaria|escuela|academy|colegio)(?![^ .])',
        '(?:bed|room|cama|cuarto|habitacion) [0-9]+ {~4}{pi_hospital}',
        // Round 5 (s8-jb): at a house number ("she's at 301 Calle Sol apt 4"), an address said in a sentence, a kid's school.
        '{pi_who} (?:is|s|esta|vive|lives|stays|se queda) (?:at|en) (?!(?:19|20)[0-9]{2} )[0-9]{2,5} [a-z]+',
        // session 15: a named person and a house number on a street, in either language's order ("Mr. Baca at 4417 Cedar Grove",
        // "la Sra. Quintana de la Clover 5512", "Don Efraín de la 914 de la Ramsey"); they live / moved to a number.
        '{pi_named} (?:\\. )?(?:[^ .]+ ){0,6}(?:at|on|en|de|del|de la|en la|from|in) (?!(?:19|20)[0-9]{2} |[0-9]11 )(?<![0-9] )[1-9][0-9]{2,4} (?!(?:que|who|that|am|pm|dollars|dolares|dlls|people|personas|gallons|galones|units|unidades|times|veces|calls|llamadas|hours|horas|miles|millas|feet|pies|acres|pounds|libras|lbs|students|employees|homes|casas|cases|casos|tickets|permits|meters|metros|years|anos|days|dias|de|del|in|en|and|y|a|for|por|to)(?![^ .]))[a-z]{3,}',
        '{pi_named} (?:\\. )?(?:[^ .]+ ){0,6}(?:de la|del|en la|en el|de la calle|en la calle|calle) (?!(?:cuadra|block|bloque|unidad|unit|troca|truck|camion|ruta|route|estacion|station|oficina|office|cuarto|room|ventanilla|window|extension|ext|numero|caso|case|folio|reporte|cuenta|account|placa|badge|gafete|empleado|pagina|page|linea|line|escuela|school|cuadrilla|crew)(?![^ .]))[a-z]+ (?:[a-z]+ )?(?![0-9]11(?![0-9]))[1-9][0-9]{2,4}(?![^ .])',
        '(?:de la|en la) (?![0-9]11 )[1-9][0-9]{2,4} de la [a-z]+',
        '(?:live|lives|living|moved to|se mudo a|se cambio a|se fue a vivir a) (?:at |to |en |a la |a |on )?(?!(?:19|20)[0-9]{2} |[0-9]11 )[1-9][0-9]{2,4} (?:calle )?[a-z]{3,}',
        '(?:home address|address|direccion|domicilio|su casa) {~6}(?:is|es|it s|its|queda en|esta en) [0-9]{2,5} [a-z]+',
        '(?<!(?:my|mi|our|nuestro|nuestra|nuestros|mis) )(?:daughter|son|kids|kid|grandson|granddaughter|hija|hijo|hijos|nieto|nieta) {~4}(?:goes to|attends|va a|va en|estudia en) {~3}(?:high|high school|middle school|elementary|school|prepa|secundaria|primaria|escuela|academy|colegio|daycare|guarderia)',
        // "Right now" first: "right now councilman Price is at the Starbucks on Mesa".
        '(?:rn|right now|ahorita|ahora mismo|as we speak|en este momento) {~3}{pi_who} {~3}(?:is|s|esta|anda) (?:at|in|en|over at|eating at|sitting at|comiendo en)',
        '(?:daughter|son|kids|hija|hijo|hijos|esposa|esposo|wife|husband) {~4}(?:plays|goes to|attends|va a|estudia en|juega|juega en) {~8}(?:#[0-9]+|number [0-9]+|home games|practices|practice|at [0-9]+|a las [0-9]+|every|todos los)',
      ],
      examples: {
        hit: [
          'the city manager is at the Starbucks on Mesa right now with no security lol',
          'that inspector who wrote me up lives on Hondo Pass right by the church, blue house',
          'Pray for Lt. Garza, she is at UMC in the ICU, bed 14',
          'Chief Soto\'s son plays for Coronado, number 7, home games on Fridays',
          // session 15
          'the lady who keeps calling about the potholes is Mrs. Villegas at 5128 Sunrise, go say hi',
          'el que se quejó del ruido es Don Ramiro Olivas de la Copia 3310, ya saben',
          'Sergeant Avila and his family just moved to 7720 Sandhill, nice place',
        ],
        miss: [
          'The mayor will be at the library opening Saturday at 10!',
          'Our family lives in El Paso and we love this city.',
          'Come meet the crew at Station 14 this Sunday, 10am to 1pm.',
          // session 15
          'La supervisora del 311 nos trajo café, gracias Mireya.',
          'Officer Diaz answered 1200 calls last year, a record.',
          'La compañera de la unidad 4412 ya regresó de vacaciones.',
          'La policía atendió a un hombre herido en la cuadra 3000 de la Montana.',
        ],
      },
    },
    {
      id: 'judgement.personal_info.private_contact',
      category: 'personal_info',
      message: {
        en: "Gives a specific person's personal phone or account number.",
        es: 'Da el teléfono personal o el número de cuenta de una persona en particular.',
      },
      patterns: [
        // The span takes the number too: where the phone detector also flags it, its own finding
        // is the one shown (evaluate.ts dedupe); where it does not, this one says whose number it is.
        '(?:cell|cellphone|cell phone|personal (?:number|phone|line|cell)|home (?:number|phone)|private number|celular|cel|numero personal|telefono personal|whatsapp|su numero|his number|her number)(?: [a-z][^ .]*){0,6} (?:[0-9]{3} )?[0-9]{3} [0-9]{4}(?![^ .])',
        '(?:acct|account|account number|acct no|cuenta|numero de cuenta|no de cuenta)(?: (?:no|number|numero|es|is))?(?= [0-9]{4,})',
        // session 15: an account number split in groups a few words after "cuenta" ("su cuenta es la 5591-0043", "la cuenta de nómina del compañero es la 0274 8819 3301").
        '(?:acct|account|cuenta|numero de cuenta)(?: [^ .]+){0,6} (?:es |is |:)?(?:la |el )?[0-9]{3,}(?: [0-9]{2,}){1,3}(?![^ .])',
        // Part of an SSN or a licence number in words: "her SSN ends in 4471", "TX DL 04829911".
        '(?:ssn|social|social security|seguro social|numero de seguro social)(?: number| no| numero| #)? {~3}(?:ends in|ending in|ending|ends with|last (?:four|4)|termina en|ultimos (?:cuatro|4)|is|es)(?: (?:is|are|es|son|of it))? [0-9]{4}(?![^ .])',
        // "DL" alone: the drivers_license and employee_id detectors read the spelled-out forms themselves.
        '(?:dl|tx dl|nm dl)(?: (?:number|no|numero|is|es|#))? (?:[a-z]{1,2} )?[0-9]{5,}',
        // Round 6 (s10-jb): someone's card or account given by its last digits or its number.
        '(?:tarjeta|card|cuenta|account|debit|credit) {~8}(?:terminacion|termina en|ending in|ends in|last four|last 4|ultimos cuatro|ultimos 4)(?: era| es| is| was| are| son| de)? [0-9]{4}(?![^ .])',
        '(?:su|his|her|their) (?:numero de cuenta|account number|numero|number) (?:es el|es|is|era|was) (?:el )?[0-9]{5,12}(?![^ .])(?<=(?:cuenta|account|agua|water|luz|gas|bill|recibo) (?:[^ .]+ ){0,12}[^ .]+)',
      ],
      examples: {
        hit: [
          'Her cell is 915-555-0148, she said text anytime',
          'El celular del inspector es 956 555 0177, háblenle directo',
          'this customer on Dyer, acct 2210-44871-09, ran up a 900 dollar bill',
        ],
        miss: [
          'Non-emergency? Call 311. Emergency? Call 911.',
          'Library reference desk: 956-555-0100, Mon-Sat 9am-6pm.',
          'Have your account number ready when you call the utility.',
        ],
      },
    },
    {
      id: 'judgement.personal_info.hr_action',
      category: 'personal_info',
      message: {
        en: "Shares a specific person's discipline, firing, leave or investigation. That is private personnel information.",
        es: 'Comparte una sanción, un despido, una licencia o una investigación de una persona en particular. Es información de personal privada.',
      },
      patterns: [
        '(?:from|de|del|de la) (?:the )?[a-z]+ (?:[a-z]+ )?(?:is|s|got|was|esta|va a ser|lo van a|la van a) (?:getting |being |gonna be |going to be |about to be |gonna get |a )?(?:demoted|fired(?! up)|let go|written up|reassigned|suspended|terminated|put on (?:admin|administrative) leave|despedido|despedida|corrido|corrida|suspendido|suspendida|correr|despedir|suspender)',
        '{pi_who} {~3}(?:is|s|got|was|esta|va a ser) (?:getting |being |gonna be |going to be |about to be |gonna get )?(?:demoted|fired(?! up)|let go|written up|suspended|terminated|despedido|despedida|corrido|corrida|suspendido|suspendida)',
        '(?:got|gets|was|is|s) (?:put on|placed on) (?:admin|administrative|unpaid|medical) leave', '(?:got|was|been) (?:fired|let go|terminated|canned) from (?:his|her|their|su) (?:last|old|previous) job'],
      examples: {
        hit: ['Marco from fleet got put on admin leave yesterday, so stop calling him', 'the new assistant director got fired from her last job in Odessa'],
        miss: ['Fired up for the Sun Bowl parade this weekend!', 'Leave requests for December are due Friday.'],
      },
    },
  ],
};
