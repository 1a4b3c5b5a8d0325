import type { Citation } from '../schema';

/**
 * The policy's own words for each section our rules cite, verbatim from the source
 * documents (the El Paso policy; the press article on Harlingen's). Shown on
 * the options page beside the rules. Kept in the policy's language (English): a quote is
 * not translated, and the UI marks it lang="en".
 */
const QUOTES: Record<string, string> = {
  'el-paso|III.A.5.a':
    'Offensive, demeaning or disruptive messages are prohibited. This includes, but is not limited to, messages that are inconsistent with the City’s policy concerning equal employment opportunity and its policy prohibiting sexual and other unlawful harassment.',
  'el-paso|III.A.5.a|Political, religious or other controversial causes':
    'Moreover, the use of the City’s electronic communications systems and equipment in support of political, religious or other controversial causes is an inappropriate use of the system.',
  'el-paso|III.A.5.b':
    'Employees may not divulge information gained by reason of their position or authority; make any statements, speeches, appearances, and endorsements; or publish materials that could reasonably be considered to represent the views or positions of the City or their department without express authorization from the Department Head and PAO.',
  'el-paso|III.A.5.c':
    'All employees, board members or volunteers should be aware that they may be subject to civil litigation for publishing or posting false information that harms the reputation of another person, group, or organization otherwise known as defamation.',
  'el-paso|III.A.5.c.1':
    'Publishing or posting private facts and personal information about someone without their permission that has not been previously revealed to the public, is not of legitimate public concern, and would be offensive to a reasonable person.',
  'el-paso|III.A.3.f':
    'Employees, board members and volunteers shall not post, transmit, or otherwise disseminate any information to which they have access as a result of their employment or assignment without written permission from their Department Head or designee.',
  'el-paso|III.A.3.g':
    'Employees may not use social media in connection with or to support any business ventures other than those of the City while using City own or controlled property/resources.',
  'el-paso|III.A.1':
    'The identifiable City symbols, logo, or seal, as well as the department’s logo, may not be used for commercial purpose or gain. These symbols, logos or seals must not be used to present the City in a false light.',
  'el-paso|III.B.1':
    'If an employee has any doubt whether online activities violate this policy, he or she should ask a member of the Human Resources Department or management before engaging in the conduct. Tweeting or Facebooking first, and asking questions later, is not acceptable and will not immunize any improper conduct or violation of this policy.',
  'harlingen|Prohibited content|Profane language': 'The policy prohibits: Profane language',
  'harlingen|Prohibited content|Explicit sexual or harassing content': 'The policy prohibits: Explicit sexual or harassing content including likes to such content',
  'harlingen|Prohibited content|Violent or threatening content': 'The policy prohibits: Violent or threatening content',
  'harlingen|Prohibited content|Solicitation of commerce, commercial activities, fundraising or sponsorship':
    'The policy prohibits: Solicitation of commerce, commercial activities, fundraising or sponsorship',
  'harlingen|Prohibited content|Illegal activity': 'The policy prohibits: Illegal activity',
  'harlingen|Prohibited content|Information that may compromise the safety or security of the public or public systems':
    'The policy prohibits: Information that may compromise the safety or security of the public or public systems',
  'harlingen|Prohibited content|Political activities by city employees': 'The policy prohibits: Political activities by city employees',
  'harlingen|Prohibited content|Personal information about employees': 'The policy prohibits: Personal information about employees',
  'harlingen|Employee conduct|Ethnic slurs, personal insults or obscenity':
    'Employees are prohibited from using ethnic slurs, personal insults or obscenity or engage in any conduct that would not be acceptable in the workplace.',
  'harlingen|Employee conduct|Taking a stand on political or religious issues':
    'It is generally inappropriate for the government to take a stand on political or religious issues.',
  'harlingen|Employee conduct|May not imply the employee speaks for the city':
    'Employees may not represent, imply or permit the perception that the employee speaks for the city, department or elected officials.',
  'harlingen|Use of social media|Must not compromise data confidentiality and integrity':
    'Use of social media must not compromise data confidentiality and integrity and must be done in a manner that is in good taste and is not offensive to our citizens.',
  'harlingen|Use of social media|No City logo on personal social media sites':
    'No employee or volunteer shall under any circumstances utilize the city logo on their personal social media sites.',
  'harlingen|Departmental accounts|Personal e-mail addresses as contact information are prohibited':
    'According to the policy, “references to personal email addresses as the contact information is prohibited.”',
  'harlingen|Departmental accounts|User names and passwords kept by the department':
    'Departments must keep an updated list of user names and passwords associated with the department’s official social media accounts.',
};

/** The policy's sentence for a citation: by pack, section and title, else by pack and section. */
export function quoteFor(c: Pick<Citation, 'pack' | 'section' | 'title'>): string | undefined {
  return QUOTES[`${c.pack}|${c.section}|${c.title}`] ?? QUOTES[`${c.pack}|${c.section}`];
}

export const QUOTED_KEYS = Object.keys(QUOTES);
