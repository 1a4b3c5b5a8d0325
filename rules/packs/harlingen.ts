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
  },
  sexual: {
    section: 'Prohibited content',
    title: 'Explicit sexual or harassing content',
    quote:
      'The policy prohibits: Explicit sexual or harassing content including likes to such content',
  },
  violent: {
    section: 'Prohibited content',
    title: 'Violent or threatening content',
    quote:
      'The policy prohibits: Violent or threatening content',
  },
  commerce: {
    section: 'Prohibited content',
    title: 'Solicitation of commerce, commercial activities, fundraising or sponsorship',
    quote:
      'The policy prohibits: Solicitation of commerce, commercial activities, fundraising or sponsorship',
  },
  illegal: {
    section: 'Prohibited content',
    title: 'Illegal activity',
    quote:
      'The policy prohibits: Illegal activity',
  },
  safety: {
    section: 'Prohibited content',
    title: 'Information that may compromise the safety or security of the public or public systems',
    quote:
      'The policy prohibits: Information that may compromise the safety or security of the public or public systems',
  },
  political: {
    section: 'Prohibited content',
    title: 'Political activities by city employees',
    quote:
      'The policy prohibits: Political activities by city employees',
  },
  personalInfo: {
    section: 'Prohibited content',
    title: 'Personal information about employees',
    quote:
      'The policy prohibits: Personal information about employees',
  },
  conduct: {
    section: 'Employee conduct',
    title: 'Ethnic slurs, personal insults or obscenity',
    quote:
      'Employees are prohibited from using ethnic slurs, personal insults or obscenity or engage in any conduct that would not be acceptable in the workplace.',
  },
  religion: {
    section: 'Employee conduct',
    title: 'Taking a stand on political or religious issues',
    quote:
      'It is generally inappropriate for the government to take a stand on political or religious issues.',
  },
  speaks: {
    section: 'Employee conduct',
    title: 'May not imply the employee speaks for the city',
    quote:
      'Employees may not represent, imply or permit the perception that the employee speaks for the city, department or elected officials.',
  },
  confidentiality: {
    section: 'Use of social media',
    title: 'Must not compromise data confidentiality and integrity',
    quote:
      'Use of social media must not compromise data confidentiality and integrity and must be done in a manner that is in good taste and is not offensive to our citizens.',
  },
  logo: {
    section: 'Use of social media',
    title: 'No City logo on personal social media sites',
    quote:
      'No employee or volunteer shall under any circumstances utilize the city logo on their personal social media sites.',
  },
  officialPolitical: {
    section: 'Departmental accounts',
    title: 'Never follow, like or link to political sites',
    quote:
      'Departments should never ‘follow,’ ‘like’ or link to political sites.',
  },
  contactEmail: {
    section: 'Departmental accounts',
    title: 'Personal e-mail addresses as contact information are prohibited',
    quote:
      'According to the policy, “references to personal email addresses as the contact information is prohibited.”',
  },
  passwords: {
    section: 'Departmental accounts',
    title: 'User names and passwords kept by the department',
    quote:
      'Departments must keep an updated list of user names and passwords associated with the department’s official social media accounts.',
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
