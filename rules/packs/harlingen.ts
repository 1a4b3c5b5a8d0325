import type { Citation, PolicyPack } from '../schema';
import * as c from './content';

/**
 * City of Harlingen social media policy, as reported by the press ("City sets guidelines on social
 * media use")
 * ("The policy prohibits" list and the quoted passages). Data only.
 */
const cite = (title: string): Citation => ({ pack: 'harlingen', section: 'Prohibited content', title });
const CONDUCT: Citation = { pack: 'harlingen', section: 'Employee conduct', title: 'Ethnic slurs, personal insults or obscenity' };
const SPEAKS: Citation = { pack: 'harlingen', section: 'Employee conduct', title: 'May not imply the employee speaks for the city' };
const CONFIDENTIALITY: Citation = { pack: 'harlingen', section: 'Use of social media', title: 'Must not compromise data confidentiality and integrity' };
const PASSWORDS: Citation = { pack: 'harlingen', section: 'Departmental accounts', title: 'User names and passwords kept by the department' };

export const harlingen: PolicyPack<'harlingen'> = {
  id: 'harlingen',
  name: { en: 'City of Harlingen Social Media Policy', es: 'Política de redes sociales de la Ciudad de Harlingen' },
  source: 'City of Harlingen social media policy, as reported by the press',
  links: {
    political: cite('Political activities by city employees'),
    officialPolitical: { pack: 'harlingen', section: 'Departmental accounts', title: 'Never follow, like or link to political sites' },
    officialContact: { pack: 'harlingen', section: 'Departmental accounts', title: 'Personal e-mail addresses as contact information are prohibited' },
  },
  cityMarks: { pack: 'harlingen', section: 'Use of social media', title: 'No City logo on personal social media sites' },
  /**
   * The policy's own words for each section cited (by section, or section|title), verbatim from the
   * source document, shown on the options page beside the rules. Kept in the policy's language.
   */
  quotes: {
    'Prohibited content|Profane language':
      'The policy prohibits: Profane language',
    'Prohibited content|Explicit sexual or harassing content':
      'The policy prohibits: Explicit sexual or harassing content including likes to such content',
    'Prohibited content|Violent or threatening content':
      'The policy prohibits: Violent or threatening content',
    'Prohibited content|Solicitation of commerce, commercial activities, fundraising or sponsorship':
      'The policy prohibits: Solicitation of commerce, commercial activities, fundraising or sponsorship',
    'Prohibited content|Illegal activity':
      'The policy prohibits: Illegal activity',
    'Prohibited content|Information that may compromise the safety or security of the public or public systems':
      'The policy prohibits: Information that may compromise the safety or security of the public or public systems',
    'Prohibited content|Political activities by city employees':
      'The policy prohibits: Political activities by city employees',
    'Prohibited content|Personal information about employees':
      'The policy prohibits: Personal information about employees',
    'Employee conduct|Ethnic slurs, personal insults or obscenity':
      'Employees are prohibited from using ethnic slurs, personal insults or obscenity or engage in any conduct that would not be acceptable in the workplace.',
    'Employee conduct|Taking a stand on political or religious issues':
      'It is generally inappropriate for the government to take a stand on political or religious issues.',
    'Employee conduct|May not imply the employee speaks for the city':
      'Employees may not represent, imply or permit the perception that the employee speaks for the city, department or elected officials.',
    'Use of social media|Must not compromise data confidentiality and integrity':
      'Use of social media must not compromise data confidentiality and integrity and must be done in a manner that is in good taste and is not offensive to our citizens.',
    'Use of social media|No City logo on personal social media sites':
      'No employee or volunteer shall under any circumstances utilize the city logo on their personal social media sites.',
    'Departmental accounts|Personal e-mail addresses as contact information are prohibited':
      'According to the policy, “references to personal email addresses as the contact information is prohibited.”',
    'Departmental accounts|User names and passwords kept by the department':
      'Departments must keep an updated list of user names and passwords associated with the department’s official social media accounts.',
  },
  rules: [
    {
      id: 'harlingen.profanity', category: 'profanity', severity: 'violation', citation: cite('Profane language'),
      message: { en: 'Profane language is on the policy’s list of prohibited content.', es: 'El lenguaje grosero está en la lista de contenido prohibido de la política.' },
      ...c.PROFANITY_STRONG,
    },
    { id: 'harlingen.sexual', category: 'sexual', severity: 'violation', message: c.MSG.sexual!, citation: cite('Explicit sexual or harassing content'), ...c.SEXUAL },
    { id: 'harlingen.slur', category: 'slur', severity: 'violation', message: c.MSG.slur!, citation: CONDUCT, ...c.SLURS },
    { id: 'harlingen.harassment.insult', category: 'harassment', severity: 'violation', message: c.MSG.harassment!, citation: CONDUCT, ...c.INSULTS },
    { id: 'harlingen.harassment.group', category: 'harassment', severity: 'violation', message: c.MSG.harassment!, citation: cite('Explicit sexual or harassing content'), ...c.GROUP_INSULT },
    { id: 'harlingen.harassment.worth', category: 'harassment', severity: 'violation', message: c.MSG.harassment!, citation: cite('Explicit sexual or harassing content'), ...c.NEGATED_WORTH },
    { id: 'harlingen.violence', category: 'violence', severity: 'violation', message: c.MSG.violence!, citation: cite('Violent or threatening content'), ...c.THREATS },
    { id: 'harlingen.commercial', category: 'commercial', severity: 'caution', message: c.MSG.commercial!, citation: cite('Solicitation of commerce, commercial activities, fundraising or sponsorship'), ...c.COMMERCIAL },
    { id: 'harlingen.illegal', category: 'illegal', severity: 'violation', message: c.MSG.illegal!, citation: cite('Illegal activity'), ...c.ILLEGAL },
    { id: 'harlingen.security', category: 'security', severity: 'violation', message: c.MSG.security!, citation: cite('Information that may compromise the safety or security of the public or public systems'), ...c.SECURITY },
    { id: 'harlingen.security.access_code', category: 'security', severity: 'violation', message: c.MSG.access_code!, citation: cite('Information that may compromise the safety or security of the public or public systems'), ...c.detector('access_code', ['gate code is 7712'], ['area code 956']) },
    { id: 'harlingen.political', category: 'political', severity: 'caution', message: c.MSG.political!, citation: cite('Political activities by city employees'), ...c.POLITICAL },
    { id: 'harlingen.religious', category: 'religious', severity: 'caution', message: c.MSG.religious!, citation: { pack: 'harlingen', section: 'Employee conduct', title: 'Taking a stand on political or religious issues' }, ...c.RELIGIOUS },
    { id: 'harlingen.official_voice', category: 'official_voice', severity: 'caution', message: c.MSG.official_voice!, citation: SPEAKS, ...c.OFFICIAL_VOICE },
    { id: 'harlingen.confidential', category: 'confidential', severity: 'violation', message: c.MSG.confidential!, citation: CONFIDENTIALITY, ...c.CONFIDENTIAL },
    {
      id: 'harlingen.personal_info.phone', category: 'personal_info', severity: 'violation', citation: cite('Personal information about employees'),
      message: { en: 'Personal information about employees is prohibited content.', es: 'La información personal de los empleados es contenido prohibido.' },
      ...c.detector('us_phone', ['my coworker’s cell is 956-555-4821'], ['dial 911 now']),
    },
    { id: 'harlingen.personal_info.ssn', category: 'personal_info', severity: 'violation', message: c.MSG.ssn!, citation: cite('Personal information about employees'), ...c.detector('ssn', ['SSN 219-45-6781'], ['219-09-9999']) },
    { id: 'harlingen.personal_info.email', category: 'personal_info', severity: 'caution', message: c.MSG.email!, citation: { pack: 'harlingen', section: 'Departmental accounts', title: 'Personal e-mail addresses as contact information are prohibited' }, ...c.detector('email', ['contact me at jgarza78@yahoo.com'], ['contact press@harlingentx.gov']) },
    { id: 'harlingen.personal_info.personnel', category: 'personal_info', severity: 'violation', message: c.MSG.personnel!, citation: cite('Personal information about employees'), ...c.PERSONNEL_DETAILS },
    { id: 'harlingen.credentials.assignment', category: 'credentials', severity: 'violation', message: c.MSG.credentials!, citation: PASSWORDS, ...c.detector('credential_assignment', ['password = Harl1ngen!2024'], ['forgot password?']) },
    { id: 'harlingen.credentials.token', category: 'credentials', severity: 'violation', message: c.MSG.credentials!, citation: PASSWORDS, ...c.detector('token_format', ['AKIAIOSFODNN7EXAMPLF'], ['AKIA']) },
  ],
};
