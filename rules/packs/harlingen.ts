import type { Citation, PolicyPack, PolicySection } from '../schema';
import * as c from './content';

/**
 * City of Harlingen social media policy, as reported by the press ("City sets guidelines on social
 * media use": its "The policy prohibits" list and the passages it quotes). Data only.
 * Each rule below: what it is (id, category, severity), the section it cites, the message the
 * card shows, and what it looks for (the terms with their exceptions, patterns and examples in
 * ./content.ts; a detector's examples here).
 */

/** The sections this pack cites: heading, title, and the policy's own words as the article gives them (verbatim, English). */
const S = {
  profane: {
    section: 'Prohibited content',
    title: 'Profane language',
    quote:
      'The policy prohibits: Profane language',
    es: {
      section: 'Contenido prohibido',
      title: 'Lenguaje grosero',
      quote:
        'La política prohíbe: lenguaje grosero',
    },
  },
  sexual: {
    section: 'Prohibited content',
    title: 'Explicit sexual or harassing content',
    quote:
      'The policy prohibits: Explicit sexual or harassing content including likes to such content',
    es: {
      section: 'Contenido prohibido',
      title: 'Contenido sexual explícito o de acoso',
      quote:
        'La política prohíbe: contenido sexual explícito o de acoso, incluidos los “me gusta” a ese tipo de contenido',
    },
  },
  violent: {
    section: 'Prohibited content',
    title: 'Violent or threatening content',
    quote:
      'The policy prohibits: Violent or threatening content',
    es: {
      section: 'Contenido prohibido',
      title: 'Contenido violento o amenazante',
      quote:
        'La política prohíbe: contenido violento o amenazante',
    },
  },
  commerce: {
    section: 'Prohibited content',
    title: 'Solicitation of commerce, commercial activities, fundraising or sponsorship',
    quote:
      'The policy prohibits: Solicitation of commerce, commercial activities, fundraising or sponsorship',
    es: {
      section: 'Contenido prohibido',
      title: 'Solicitud comercial, actividades comerciales, recaudación de fondos o patrocinio',
      quote:
        'La política prohíbe: la solicitud comercial, las actividades comerciales, la recaudación de fondos o el patrocinio',
    },
  },
  illegal: {
    section: 'Prohibited content',
    title: 'Illegal activity',
    quote:
      'The policy prohibits: Illegal activity',
    es: {
      section: 'Contenido prohibido',
      title: 'Actividades ilegales',
      quote:
        'La política prohíbe: actividades ilegales',
    },
  },
  safety: {
    section: 'Prohibited content',
    title: 'Information that may compromise the safety or security of the public or public systems',
    quote:
      'The policy prohibits: Information that may compromise the safety or security of the public or public systems',
    es: {
      section: 'Contenido prohibido',
      title: 'Información que pueda comprometer la seguridad del público o de los sistemas públicos',
      quote:
        'La política prohíbe: información que pueda comprometer la seguridad del público o de los sistemas públicos',
    },
  },
  political: {
    section: 'Prohibited content',
    title: 'Political activities by city employees',
    quote:
      'The policy prohibits: Political activities by city employees',
    es: {
      section: 'Contenido prohibido',
      title: 'Actividades políticas de los empleados de la ciudad',
      quote:
        'La política prohíbe: actividades políticas de los empleados de la ciudad',
    },
  },
  personalInfo: {
    section: 'Prohibited content',
    title: 'Personal information about employees',
    quote:
      'The policy prohibits: Personal information about employees',
    es: {
      section: 'Contenido prohibido',
      title: 'Información personal de los empleados',
      quote:
        'La política prohíbe: información personal de los empleados',
    },
  },
  conduct: {
    section: 'Employee conduct',
    title: 'Ethnic slurs, personal insults or obscenity',
    quote:
      'Employees are prohibited from using ethnic slurs, personal insults or obscenity or engage in any conduct that would not be acceptable in the workplace.',
    es: {
      section: 'Conducta de los empleados',
      title: 'Insultos étnicos, insultos personales u obscenidades',
      quote:
        'Se prohíbe a los empleados usar insultos étnicos, insultos personales u obscenidades, o tener cualquier conducta que no sería aceptable en el lugar de trabajo.',
    },
  },
  religion: {
    section: 'Employee conduct',
    title: 'Taking a stand on political or religious issues',
    quote:
      'It is generally inappropriate for the government to take a stand on political or religious issues.',
    es: {
      section: 'Conducta de los empleados',
      title: 'Tomar partido en asuntos políticos o religiosos',
      quote:
        'Por lo general, no es apropiado que el gobierno tome partido en asuntos políticos o religiosos.',
    },
  },
  speaks: {
    section: 'Employee conduct',
    title: 'May not imply the employee speaks for the city',
    quote:
      'Employees may not represent, imply or permit the perception that the employee speaks for the city, department or elected officials.',
    es: {
      section: 'Conducta de los empleados',
      title: 'No dar a entender que el empleado habla en nombre de la ciudad',
      quote:
        'Los empleados no pueden representar, dar a entender ni permitir que se perciba que el empleado habla en nombre de la ciudad, del departamento o de los funcionarios electos.',
    },
  },
  confidentiality: {
    section: 'Use of social media',
    title: 'Must not compromise data confidentiality and integrity',
    quote:
      'Use of social media must not compromise data confidentiality and integrity and must be done in a manner that is in good taste and is not offensive to our citizens.',
    es: {
      section: 'Uso de las redes sociales',
      title: 'No comprometer la confidencialidad ni la integridad de los datos',
      quote:
        'El uso de las redes sociales no debe comprometer la confidencialidad ni la integridad de los datos, y debe hacerse con buen gusto y de manera que no resulte ofensiva para nuestros ciudadanos.',
    },
  },
  logo: {
    section: 'Use of social media',
    title: 'No City logo on personal social media sites',
    quote:
      'No employee or volunteer shall under any circumstances utilize the city logo on their personal social media sites.',
    es: {
      section: 'Uso de las redes sociales',
      title: 'Prohibido el logotipo de la Ciudad en sitios personales de redes sociales',
      quote:
        'Ningún empleado ni voluntario deberá, bajo ninguna circunstancia, usar el logotipo de la ciudad en sus sitios personales de redes sociales.',
    },
  },
  officialPolitical: {
    section: 'Departmental accounts',
    title: 'Never follow, like or link to political sites',
    quote:
      'Departments should never ‘follow,’ ‘like’ or link to political sites.',
    es: {
      section: 'Cuentas de los departamentos',
      title: 'Nunca seguir, dar “me gusta” ni enlazar a sitios políticos',
      quote:
        'Los departamentos nunca deben “seguir”, dar “me gusta” ni enlazar a sitios políticos.',
    },
  },
  contactEmail: {
    section: 'Departmental accounts',
    title: 'Personal e-mail addresses as contact information are prohibited',
    quote:
      'According to the policy, “references to personal email addresses as the contact information is prohibited.”',
    es: {
      section: 'Cuentas de los departamentos',
      title: 'Se prohíben las direcciones de correo electrónico personales como información de contacto',
      quote:
        'Según la política, “se prohíbe hacer referencia a direcciones de correo electrónico personales como información de contacto”.',
    },
  },
  passwords: {
    section: 'Departmental accounts',
    title: 'User names and passwords kept by the department',
    quote:
      'Departments must keep an updated list of user names and passwords associated with the department’s official social media accounts.',
    es: {
      section: 'Cuentas de los departamentos',
      title: 'Nombres de usuario y contraseñas que guarda el departamento',
      quote:
        'Los departamentos deben mantener una lista actualizada de los nombres de usuario y las contraseñas de las cuentas oficiales de redes sociales del departamento.',
    },
  },
} satisfies Record<string, PolicySection>;

const cite = (s: PolicySection): Citation => ({ pack: 'harlingen', section: s.section, title: s.title });

export const harlingen: PolicyPack<'harlingen'> = {
  id: 'harlingen',
  name: { en: 'City of Harlingen Social Media Policy', es: 'Política de redes sociales de la Ciudad de Harlingen' },
  source: 'City of Harlingen social media policy, as reported by the press',
  sections: Object.values(S),
  links: {
    political: cite(S.political),
    officialPolitical: cite(S.officialPolitical),
    officialContact: cite(S.contactEmail),
  },
  cityMarks: cite(S.logo),
  rules: [
    {
      id: 'harlingen.profanity',
      category: 'profanity',
      severity: 'violation',
      citation: cite(S.profane),
      message: {
        en: 'Profane language is on the policy’s list of prohibited content.',
        es: 'El lenguaje grosero está en la lista de contenido prohibido de la política.',
      },
      ...c.PROFANITY_STRONG,
    },
    {
      id: 'harlingen.sexual',
      category: 'sexual',
      severity: 'violation',
      citation: cite(S.sexual),
      message: c.MSG.sexual!,
      ...c.SEXUAL,
    },
    {
      id: 'harlingen.slur',
      category: 'slur',
      severity: 'violation',
      citation: cite(S.conduct),
      message: c.MSG.slur!,
      ...c.SLURS,
    },
    {
      id: 'harlingen.harassment.insult',
      category: 'harassment',
      severity: 'violation',
      citation: cite(S.conduct),
      message: c.MSG.harassment!,
      ...c.INSULTS,
    },
    {
      id: 'harlingen.harassment.group',
      category: 'harassment',
      severity: 'violation',
      citation: cite(S.sexual),
      message: c.MSG.harassment!,
      ...c.GROUP_INSULT,
    },
    {
      id: 'harlingen.harassment.worth',
      category: 'harassment',
      severity: 'violation',
      citation: cite(S.sexual),
      message: c.MSG.harassment!,
      ...c.NEGATED_WORTH,
    },
    {
      id: 'harlingen.violence',
      category: 'violence',
      severity: 'violation',
      citation: cite(S.violent),
      message: c.MSG.violence!,
      ...c.THREATS,
    },
    {
      id: 'harlingen.commercial',
      category: 'commercial',
      severity: 'caution',
      citation: cite(S.commerce),
      message: c.MSG.commercial!,
      ...c.COMMERCIAL,
    },
    {
      id: 'harlingen.illegal',
      category: 'illegal',
      severity: 'violation',
      citation: cite(S.illegal),
      message: c.MSG.illegal!,
      ...c.ILLEGAL,
    },
    {
      id: 'harlingen.security',
      category: 'security',
      severity: 'violation',
      citation: cite(S.safety),
      message: c.MSG.security!,
      ...c.SECURITY,
    },
    {
      id: 'harlingen.security.access_code',
      category: 'security',
      severity: 'violation',
      citation: cite(S.safety),
      message: c.MSG.access_code!,
      kind: 'detector',
      detector: 'access_code',
      examples: { hit: ['gate code is 7712'], miss: ['area code 956'] },
    },
    {
      id: 'harlingen.political',
      category: 'political',
      severity: 'caution',
      citation: cite(S.political),
      message: c.MSG.political!,
      ...c.POLITICAL,
    },
    {
      id: 'harlingen.religious',
      category: 'religious',
      severity: 'caution',
      citation: cite(S.religion),
      message: c.MSG.religious!,
      ...c.RELIGIOUS,
    },
    {
      id: 'harlingen.official_voice',
      category: 'official_voice',
      severity: 'caution',
      citation: cite(S.speaks),
      message: c.MSG.official_voice!,
      ...c.OFFICIAL_VOICE,
    },
    {
      id: 'harlingen.confidential',
      category: 'confidential',
      severity: 'violation',
      citation: cite(S.confidentiality),
      message: c.MSG.confidential!,
      ...c.CONFIDENTIAL,
    },
    {
      id: 'harlingen.personal_info.phone',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.personalInfo),
      message: {
        en: 'Personal information about employees is prohibited content.',
        es: 'La información personal de los empleados es contenido prohibido.',
      },
      kind: 'detector',
      detector: 'us_phone',
      examples: { hit: ['my coworker’s cell is 956-555-4821'], miss: ['dial 911 now'] },
    },
    {
      id: 'harlingen.personal_info.ssn',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.personalInfo),
      message: c.MSG.ssn!,
      kind: 'detector',
      detector: 'ssn',
      examples: { hit: ['SSN 219-45-6781'], miss: ['219-09-9999'] },
    },
    {
      id: 'harlingen.personal_info.email',
      category: 'personal_info',
      severity: 'caution',
      citation: cite(S.contactEmail),
      message: c.MSG.email!,
      kind: 'detector',
      detector: 'email',
      examples: { hit: ['contact me at jgarza78@yahoo.com'], miss: ['contact press@harlingentx.gov'] },
    },
    {
      id: 'harlingen.personal_info.personnel',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.personalInfo),
      message: c.MSG.personnel!,
      ...c.PERSONNEL_DETAILS,
    },
    {
      id: 'harlingen.credentials.assignment',
      category: 'credentials',
      severity: 'violation',
      citation: cite(S.passwords),
      message: c.MSG.credentials!,
      kind: 'detector',
      detector: 'credential_assignment',
      examples: { hit: ['password = Harl1ngen!2024'], miss: ['forgot password?'] },
    },
    {
      id: 'harlingen.credentials.token',
      category: 'credentials',
      severity: 'violation',
      citation: cite(S.passwords),
      message: c.MSG.credentials!,
      kind: 'detector',
      detector: 'token_format',
      examples: { hit: ['AKIAIOSFODNN7EXAMPLF'], miss: ['AKIA'] },
    },
  ],
};
