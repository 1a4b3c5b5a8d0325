import type { Citation, PolicyPack } from '../schema';
import * as c from './content';

/**
 * City of El Paso, Social Media Policy (HR administrative policy, 2012).
 * Source: the policy document itself (City of El Paso HR). Data only: the engine lives in rules/engine.
 */
const OFFENSIVE: Citation = { pack: 'el-paso', section: 'III.A.5.a', title: 'Offensive, demeaning or disruptive messages' };
const DIVULGE: Citation = { pack: 'el-paso', section: 'III.A.5.b', title: 'Divulging information, speaking for the City, sensitive information' };
const PRIVATE_FACTS: Citation = { pack: 'el-paso', section: 'III.A.5.c.1', title: 'Publishing private facts and personal information' };
const DEFAMATION: Citation = { pack: 'el-paso', section: 'III.A.5.c', title: 'Defamation: false information that harms reputation' };
const JOB_INFO: Citation = { pack: 'el-paso', section: 'III.A.3.f', title: 'Information obtained through employment' };
const BUSINESS: Citation = { pack: 'el-paso', section: 'III.A.3.g', title: 'Business ventures other than the City’s' };

export const elPaso: PolicyPack<'el-paso'> = {
  id: 'el-paso',
  name: { en: 'City of El Paso Social Media Policy', es: 'Política de redes sociales de la Ciudad de El Paso' },
  source: 'City of El Paso, Human Resources, Social Media Policy (2012)',
  askFirst: { pack: 'el-paso', section: 'III.B.1', title: 'Process: ask Human Resources or management before posting' },
  links: { political: { pack: 'el-paso', section: 'III.A.5.a', title: 'Political, religious or other controversial causes' } },
  reminders: {
    official_record: { pack: 'el-paso', section: 'III.A.5.c.6', title: 'Social media content is subject to open records laws' },
    duty_hours: { pack: 'el-paso', section: 'III.A.3.b', title: 'Personal use limited to times when not performing duties' },
  },
  cityMarks: { pack: 'el-paso', section: 'III.A.1', title: 'City symbols, logo or seal: not for commercial gain or a false light' },
  /**
   * The policy's own words for each section cited (by section, or section|title), verbatim from the
   * source document, shown on the options page beside the rules. Kept in the policy's language.
   */
  quotes: {
    'III.A.5.a':
      'Offensive, demeaning or disruptive messages are prohibited. This includes, but is not limited to, messages that are inconsistent with the City’s policy concerning equal employment opportunity and its policy prohibiting sexual and other unlawful harassment.',
    'III.A.5.a|Political, religious or other controversial causes':
      'Moreover, the use of the City’s electronic communications systems and equipment in support of political, religious or other controversial causes is an inappropriate use of the system.',
    'III.A.5.b':
      'Employees may not divulge information gained by reason of their position or authority; make any statements, speeches, appearances, and endorsements; or publish materials that could reasonably be considered to represent the views or positions of the City or their department without express authorization from the Department Head and PAO.',
    'III.A.5.c':
      'All employees, board members or volunteers should be aware that they may be subject to civil litigation for publishing or posting false information that harms the reputation of another person, group, or organization otherwise known as defamation.',
    'III.A.5.c.1':
      'Publishing or posting private facts and personal information about someone without their permission that has not been previously revealed to the public, is not of legitimate public concern, and would be offensive to a reasonable person.',
    'III.A.3.f':
      'Employees, board members and volunteers shall not post, transmit, or otherwise disseminate any information to which they have access as a result of their employment or assignment without written permission from their Department Head or designee.',
    'III.A.3.g':
      'Employees may not use social media in connection with or to support any business ventures other than those of the City while using City own or controlled property/resources.',
    'III.A.1':
      'The identifiable City symbols, logo, or seal, as well as the department’s logo, may not be used for commercial purpose or gain. These symbols, logos or seals must not be used to present the City in a false light.',
    'III.B.1':
      'If an employee has any doubt whether online activities violate this policy, he or she should ask a member of the Human Resources Department or management before engaging in the conduct. Tweeting or Facebooking first, and asking questions later, is not acceptable and will not immunize any improper conduct or violation of this policy.',
  },
  rules: [
    { id: 'el-paso.profanity.strong', category: 'profanity', severity: 'violation', message: c.MSG.profanity!, citation: OFFENSIVE, ...c.PROFANITY_STRONG },
    { id: 'el-paso.profanity.mild', category: 'profanity', severity: 'info', message: c.MSG.mild!, citation: OFFENSIVE, ...c.PROFANITY_MILD },
    { id: 'el-paso.sexual', category: 'sexual', severity: 'violation', message: c.MSG.sexual!, citation: OFFENSIVE, ...c.SEXUAL },
    { id: 'el-paso.slur', category: 'slur', severity: 'violation', message: c.MSG.slur!, citation: OFFENSIVE, ...c.SLURS },
    { id: 'el-paso.harassment.insult', category: 'harassment', severity: 'violation', message: c.MSG.harassment!, citation: OFFENSIVE, ...c.INSULTS },
    { id: 'el-paso.harassment.group', category: 'harassment', severity: 'violation', message: c.MSG.harassment!, citation: OFFENSIVE, ...c.GROUP_INSULT },
    { id: 'el-paso.harassment.worth', category: 'harassment', severity: 'violation', message: c.MSG.harassment!, citation: OFFENSIVE, ...c.NEGATED_WORTH },
    { id: 'el-paso.violence.threat', category: 'violence', severity: 'violation', message: c.MSG.violence!, citation: OFFENSIVE, ...c.THREATS },
    { id: 'el-paso.political', category: 'political', severity: 'caution', message: c.MSG.political!, citation: { ...OFFENSIVE, title: 'Political, religious or other controversial causes' }, ...c.POLITICAL },
    { id: 'el-paso.religious', category: 'religious', severity: 'caution', message: c.MSG.religious!, citation: { ...OFFENSIVE, title: 'Political, religious or other controversial causes' }, ...c.RELIGIOUS },
    { id: 'el-paso.commercial', category: 'commercial', severity: 'caution', message: c.MSG.commercial!, citation: BUSINESS, ...c.COMMERCIAL },
    { id: 'el-paso.confidential', category: 'confidential', severity: 'violation', message: c.MSG.confidential!, citation: JOB_INFO, ...c.CONFIDENTIAL },
    { id: 'el-paso.security', category: 'security', severity: 'violation', message: c.MSG.security!, citation: DIVULGE, ...c.SECURITY },
    { id: 'el-paso.security.access_code', category: 'security', severity: 'violation', message: c.MSG.access_code!, citation: DIVULGE, ...c.detector('access_code', ['the alarm code is 4471', 'door code: 90210#'], ['call code 3 units', 'zip code 79901']) },
    { id: 'el-paso.security.network', category: 'security', severity: 'caution', message: c.MSG.network!, citation: DIVULGE, ...c.detector('ip_address', ['the camera server is at 10.20.30.44'], ['version 1.2.3 released', 'score 3.5']) },
    { id: 'el-paso.security.mac', category: 'security', severity: 'caution', message: c.MSG.network!, citation: DIVULGE, ...c.detector('mac_address', ['controller 00:1A:2B:3C:4D:5E'], ['time 10:30:45'] ) },
    { id: 'el-paso.official_voice', category: 'official_voice', severity: 'caution', message: c.MSG.official_voice!, citation: DIVULGE, ...c.OFFICIAL_VOICE },
    { id: 'el-paso.defamation', category: 'defamation', severity: 'caution', message: c.MSG.defamation!, citation: DEFAMATION, ...c.DEFAMATION },
    { id: 'el-paso.personal_info.phone', category: 'personal_info', severity: 'violation', message: c.MSG.phone!, citation: PRIVATE_FACTS, ...c.detector('us_phone', ['call her at (915) 555-2368', 'text 915.867.5309'], ['call 311 for service', 'invoice 2024-15-3344']) },
    { id: 'el-paso.personal_info.ssn', category: 'personal_info', severity: 'violation', message: c.MSG.ssn!, citation: PRIVATE_FACTS, ...c.detector('ssn', ['his SSN is 123-45-6780'], ['the sample 078-05-1120', 'part 000-12-3456']) },
    { id: 'el-paso.personal_info.card', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('payment_card', ['card 4111 1111 1111 1111'], ['order 4111 1111 1111 1112']) },
    { id: 'el-paso.personal_info.iban', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('iban', ['IBAN GB82 WEST 1234 5698 7654 32'], ['GB82 WEST 1234 5698 7654 33']) },
    { id: 'el-paso.personal_info.email', category: 'personal_info', severity: 'caution', message: c.MSG.email!, citation: PRIVATE_FACTS, ...c.detector('email', ['write to maria.lopez@gmail.com'], ['write to info@elpasotexas.gov']) },
    { id: 'el-paso.personal_info.dob', category: 'personal_info', severity: 'violation', message: c.MSG.dob!, citation: PRIVATE_FACTS, ...c.detector('date_of_birth', ['born 04/12/1987'], ['meeting 04/12/2025']) },
    { id: 'el-paso.personal_info.address', category: 'personal_info', severity: 'violation', message: c.MSG.address!, citation: PRIVATE_FACTS, ...c.detector('street_address', ['she lives at 4521 Ridgeview Dr'], ['the event is at 300 N Campbell St']) },
    { id: 'el-paso.personal_info.license', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('drivers_license', ["driver's license 12345678"], ['license plate fees rose 12345678 dollars']) },
    { id: 'el-paso.personal_info.itin', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('itin', ['ITIN 912-70-1234'], ['912-40-1234']) },
    { id: 'el-paso.personal_info.medicare', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('medicare_id', ['Medicare 1EG4-TE5-MK73'], ['order 1EG4-TE5-MK7']) },
    { id: 'el-paso.personal_info.spanish_id', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('spanish_id', ['DNI 12345678Z', 'NIE X1234567L'], ['DNI 12345678A']) },
    { id: 'el-paso.personal_info.passport', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('passport', ['passport: C03005988'], ['order C03005988']) },
    { id: 'el-paso.personal_info.bank', category: 'personal_info', severity: 'violation', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('bank_account', ['checking account 000123456789'], ['ticket 000123456789']) },
    { id: 'el-paso.personal_info.wallet', category: 'personal_info', severity: 'caution', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('crypto_wallet', ['send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'], ['order 31234567890123456789012345']) },
    { id: 'el-paso.personal_info.routing', category: 'personal_info', severity: 'caution', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('aba_routing', ['routing 111000025'], ['order 111000025']) },
    { id: 'el-paso.personal_info.employee_id', category: 'personal_info', severity: 'caution', message: c.MSG.id_number!, citation: PRIVATE_FACTS, ...c.detector('employee_id', ['employee ID 0048213'], ['room 0048213']) },
    { id: 'el-paso.personal_info.personnel', category: 'personal_info', severity: 'violation', message: c.MSG.personnel!, citation: PRIVATE_FACTS, ...c.PERSONNEL_DETAILS },
    { id: 'el-paso.credentials.assignment', category: 'credentials', severity: 'violation', message: c.MSG.credentials!, citation: DIVULGE, ...c.detector('credential_assignment', ['wifi password: Tr0ub4dor&3', 'api_key = "a8f5f167f44f4964e6c998dee827110c"'], ['password: <your password>', 'reset your password today']) },
    { id: 'el-paso.credentials.token', category: 'credentials', severity: 'violation', message: c.MSG.credentials!, citation: DIVULGE, ...c.detector('token_format', ['token 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'], ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']) },
    { id: 'el-paso.credentials.private_key', category: 'credentials', severity: 'violation', message: c.MSG.credentials!, citation: DIVULGE, ...c.detector('private_key', ['-----BEGIN RSA PRIVATE KEY-----'], ['-----BEGIN PUBLIC KEY-----']) },
    { id: 'el-paso.credentials.url', category: 'credentials', severity: 'violation', message: c.MSG.credentials!, citation: DIVULGE, ...c.detector('url_credentials', ['ftp://admin:S3cretPw@files.city.local'], ['https://user:password@example.com']) },
    { id: 'el-paso.credentials.entropy', category: 'credentials', severity: 'violation', message: c.MSG.credentials!, citation: DIVULGE, ...c.detector('high_entropy_secret', ['the token 9fK2mQ7xLp3RvT8wZ1bN5cJ4'], ['the file report_2024_final_version.pdf']) },
  ],
};
