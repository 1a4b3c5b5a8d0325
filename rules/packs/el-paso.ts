import type { Citation, PolicyPack, PolicySection } from '../schema';
import * as c from './content';

/**
 * City of El Paso, Social Media Policy (HR administrative policy, 2012).
 * Source: the policy document itself (City of El Paso HR). Data only: the engine lives in rules/engine.
 * Each rule below: what it is (id, category, severity), the section it cites, the message the
 * card shows, and what it looks for (the terms with their exceptions, patterns and examples in
 * ./content.ts; a detector's examples here).
 */

/** The sections this pack cites: number, title, and the policy's own words (verbatim from the source document, English). */
const S = {
  offensive: {
    section: 'III.A.5.a',
    title: 'Offensive, demeaning or disruptive messages',
    quote:
      'Offensive, demeaning or disruptive messages are prohibited. This includes, but is not limited to, messages that are inconsistent with the City’s policy concerning equal employment opportunity and its policy prohibiting sexual and other unlawful harassment.',
    es: {
      title: 'Mensajes ofensivos, denigrantes o perturbadores',
      quote:
        'Se prohíben los mensajes ofensivos, denigrantes o perturbadores. Esto incluye, entre otros, los mensajes que contradigan la política de la Ciudad sobre igualdad de oportunidades en el empleo y su política que prohíbe el acoso sexual y otras formas de acoso ilícito.',
    },
  },
  causes: {
    section: 'III.A.5.a',
    title: 'Political, religious or other controversial causes',
    quote:
      'Moreover, the use of the City’s electronic communications systems and equipment in support of political, religious or other controversial causes is an inappropriate use of the system.',
    es: {
      title: 'Causas políticas, religiosas u otras causas controvertidas',
      quote:
        'Además, usar los sistemas y equipos de comunicación electrónica de la Ciudad para apoyar causas políticas, religiosas u otras causas controvertidas es un uso inapropiado del sistema.',
    },
  },
  divulge: {
    section: 'III.A.5.b',
    title: 'Divulging information, speaking for the City, sensitive information',
    quote:
      'Employees may not divulge information gained by reason of their position or authority; make any statements, speeches, appearances, and endorsements; or publish materials that could reasonably be considered to represent the views or positions of the City or their department without express authorization from the Department Head and PAO.',
    es: {
      title: 'Divulgar información, hablar en nombre de la Ciudad, información delicada',
      quote:
        'Los empleados no pueden divulgar información obtenida en razón de su puesto o autoridad; hacer declaraciones, discursos, apariciones ni respaldos; ni publicar materiales que razonablemente pudieran considerarse como las opiniones o posturas de la Ciudad o de su departamento sin la autorización expresa del director del departamento y de la Oficina de Asuntos Públicos (PAO).',
    },
  },
  defamation: {
    section: 'III.A.5.c',
    title: 'Defamation: false information that harms reputation',
    quote:
      'All employees, board members or volunteers should be aware that they may be subject to civil litigation for publishing or posting false information that harms the reputation of another person, group, or organization otherwise known as defamation.',
    es: {
      title: 'Difamación: información falsa que daña la reputación',
      quote:
        'Todos los empleados, miembros de juntas y voluntarios deben saber que pueden ser objeto de una demanda civil por publicar información falsa que dañe la reputación de otra persona, grupo u organización, lo que se conoce como difamación.',
    },
  },
  privateFacts: {
    section: 'III.A.5.c.1',
    title: 'Publishing private facts and personal information',
    quote:
      'Publishing or posting private facts and personal information about someone without their permission that has not been previously revealed to the public, is not of legitimate public concern, and would be offensive to a reasonable person.',
    es: {
      title: 'Publicar hechos privados e información personal',
      quote:
        'Publicar hechos privados e información personal sobre alguien sin su permiso, que no se hayan dado a conocer antes al público, que no sean de legítimo interés público y que resultarían ofensivos para una persona razonable.',
    },
  },
  openRecords: {
    section: 'III.A.5.c.6',
    title: 'Social media content is subject to open records laws',
    quote: 'Social media content is subject to open records laws.',
    es: {
      title: 'El contenido de las redes sociales está sujeto a las leyes de acceso a la información pública',
      quote:
        'El contenido de las redes sociales está sujeto a las leyes de acceso a la información pública.',
    },
  },
  personalUse: {
    section: 'III.A.3.b',
    title: 'Personal use limited to times when not performing duties',
    quote:
      'While occasional personal use of social media websites is permitted, such use should be limited to times when the employee is not required to be performing any duties for the City.',
    es: {
      title: 'Uso personal solo cuando no se estén desempeñando funciones',
      quote:
        'Aunque se permite el uso personal ocasional de sitios de redes sociales, dicho uso debe limitarse a los momentos en que el empleado no tenga que desempeñar ninguna función para la Ciudad.',
    },
  },
  jobInfo: {
    section: 'III.A.3.f',
    title: 'Information obtained through employment',
    quote:
      'Employees, board members and volunteers shall not post, transmit, or otherwise disseminate any information to which they have access as a result of their employment or assignment without written permission from their Department Head or designee.',
    es: {
      title: 'Información obtenida por medio del empleo',
      quote:
        'Los empleados, miembros de juntas y voluntarios no deberán publicar, transmitir ni difundir de ninguna otra forma información a la que tengan acceso como resultado de su empleo o asignación sin el permiso por escrito del director de su departamento o de la persona que este designe.',
    },
  },
  business: {
    section: 'III.A.3.g',
    title: 'Business ventures other than the City’s',
    quote:
      'Employees may not use social media in connection with or to support any business ventures other than those of the City while using City own or controlled property/resources.',
    es: {
      title: 'Negocios distintos de los de la Ciudad',
      quote:
        'Los empleados no pueden usar las redes sociales en relación con negocios distintos de los de la Ciudad, ni para apoyarlos, mientras usen bienes o recursos que sean propiedad de la Ciudad o estén bajo su control.',
    },
  },
  cityMarks: {
    section: 'III.A.1',
    title: 'City symbols, logo or seal: not for commercial gain or a false light',
    quote:
      'The identifiable City symbols, logo, or seal, as well as the department’s logo, may not be used for commercial purpose or gain. These symbols, logos or seals must not be used to present the City in a false light.',
    es: {
      title: 'Símbolos, logotipo o sello de la Ciudad: ni con fines comerciales ni para dar una imagen falsa',
      quote:
        'Los símbolos identificables de la Ciudad, su logotipo o su sello, así como el logotipo del departamento, no pueden usarse con fines comerciales ni de lucro. Estos símbolos, logotipos o sellos no deben usarse para dar una imagen falsa de la Ciudad.',
    },
  },
  askFirst: {
    section: 'III.B.1',
    title: 'Process: ask Human Resources or management before posting',
    quote:
      'If an employee has any doubt whether online activities violate this policy, he or she should ask a member of the Human Resources Department or management before engaging in the conduct. Tweeting or Facebooking first, and asking questions later, is not acceptable and will not immunize any improper conduct or violation of this policy.',
    es: {
      title: 'Procedimiento: pregunte a Recursos Humanos o a la gerencia antes de publicar',
      quote:
        'Si un empleado tiene alguna duda sobre si sus actividades en línea violan esta política, debe preguntar a un miembro del Departamento de Recursos Humanos o a la gerencia antes de actuar. Publicar primero en Twitter o Facebook y preguntar después no es aceptable y no justifica ninguna conducta indebida ni ninguna violación de esta política.',
    },
  },
} satisfies Record<string, PolicySection>;

const cite = (s: PolicySection): Citation => ({ pack: 'el-paso', section: s.section, title: s.title });

export const elPaso: PolicyPack<'el-paso'> = {
  id: 'el-paso',
  name: { en: 'City of El Paso Social Media Policy', es: 'Política de redes sociales de la Ciudad de El Paso' },
  source: 'City of El Paso, Human Resources, Social Media Policy (2012)',
  sections: Object.values(S),
  askFirst: cite(S.askFirst),
  links: { political: cite(S.causes) },
  reminders: { official_record: cite(S.openRecords), duty_hours: cite(S.personalUse) },
  cityMarks: cite(S.cityMarks),
  rules: [
    {
      id: 'el-paso.profanity.strong',
      category: 'profanity',
      severity: 'violation',
      citation: cite(S.offensive),
      message: c.MSG.profanity!,
      ...c.PROFANITY_STRONG,
    },
    {
      id: 'el-paso.profanity.mild',
      category: 'profanity',
      severity: 'info',
      citation: cite(S.offensive),
      message: c.MSG.mild!,
      ...c.PROFANITY_MILD,
    },
    {
      id: 'el-paso.sexual',
      category: 'sexual',
      severity: 'violation',
      citation: cite(S.offensive),
      message: c.MSG.sexual!,
      ...c.SEXUAL,
    },
    {
      id: 'el-paso.slur',
      category: 'slur',
      severity: 'violation',
      citation: cite(S.offensive),
      message: c.MSG.slur!,
      ...c.SLURS,
    },
    {
      id: 'el-paso.harassment.insult',
      category: 'harassment',
      severity: 'violation',
      citation: cite(S.offensive),
      message: c.MSG.harassment!,
      ...c.INSULTS,
    },
    {
      id: 'el-paso.harassment.group',
      category: 'harassment',
      severity: 'violation',
      citation: cite(S.offensive),
      message: c.MSG.harassment!,
      ...c.GROUP_INSULT,
    },
    {
      id: 'el-paso.harassment.worth',
      category: 'harassment',
      severity: 'violation',
      citation: cite(S.offensive),
      message: c.MSG.harassment!,
      ...c.NEGATED_WORTH,
    },
    {
      id: 'el-paso.violence.threat',
      category: 'violence',
      severity: 'violation',
      citation: cite(S.offensive),
      message: c.MSG.violence!,
      ...c.THREATS,
    },
    {
      id: 'el-paso.political',
      category: 'political',
      severity: 'caution',
      citation: cite(S.causes),
      message: c.MSG.political!,
      ...c.POLITICAL,
    },
    {
      id: 'el-paso.religious',
      category: 'religious',
      severity: 'caution',
      citation: cite(S.causes),
      message: c.MSG.religious!,
      ...c.RELIGIOUS,
    },
    {
      id: 'el-paso.commercial',
      category: 'commercial',
      severity: 'caution',
      citation: cite(S.business),
      message: c.MSG.commercial!,
      ...c.COMMERCIAL,
    },
    {
      id: 'el-paso.confidential',
      category: 'confidential',
      severity: 'violation',
      citation: cite(S.jobInfo),
      message: c.MSG.confidential!,
      ...c.CONFIDENTIAL,
    },
    {
      id: 'el-paso.security',
      category: 'security',
      severity: 'violation',
      citation: cite(S.divulge),
      message: c.MSG.security!,
      ...c.SECURITY,
    },
    {
      id: 'el-paso.security.access_code',
      category: 'security',
      severity: 'violation',
      citation: cite(S.divulge),
      message: c.MSG.access_code!,
      kind: 'detector',
      detector: 'access_code',
      examples: { hit: ['the alarm code is 4471', 'door code: 90210#'], miss: ['call code 3 units', 'zip code 79901'] },
    },
    {
      id: 'el-paso.security.network',
      category: 'security',
      severity: 'caution',
      citation: cite(S.divulge),
      message: c.MSG.network!,
      kind: 'detector',
      detector: 'ip_address',
      examples: { hit: ['the camera server is at 10.20.30.44'], miss: ['version 1.2.3 released', 'score 3.5'] },
    },
    {
      id: 'el-paso.security.mac',
      category: 'security',
      severity: 'caution',
      citation: cite(S.divulge),
      message: c.MSG.network!,
      kind: 'detector',
      detector: 'mac_address',
      examples: { hit: ['controller 00:1A:2B:3C:4D:5E'], miss: ['time 10:30:45'] },
    },
    {
      id: 'el-paso.official_voice',
      category: 'official_voice',
      severity: 'caution',
      citation: cite(S.divulge),
      message: c.MSG.official_voice!,
      ...c.OFFICIAL_VOICE,
    },
    {
      id: 'el-paso.defamation',
      category: 'defamation',
      severity: 'caution',
      citation: cite(S.defamation),
      message: c.MSG.defamation!,
      ...c.DEFAMATION,
    },
    {
      id: 'el-paso.personal_info.phone',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.phone!,
      kind: 'detector',
      detector: 'us_phone',
      examples: { hit: ['call her at (915) 555-2368', 'text 915.867.5309'], miss: ['call 311 for service', 'invoice 2024-15-3344'] },
    },
    {
      id: 'el-paso.personal_info.ssn',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.ssn!,
      kind: 'detector',
      detector: 'ssn',
      examples: { hit: ['his SSN is 123-45-6780'], miss: ['the sample 078-05-1120', 'part 000-12-3456'] },
    },
    {
      id: 'el-paso.personal_info.card',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'payment_card',
      examples: { hit: ['card 4111 1111 1111 1111'], miss: ['order 4111 1111 1111 1112'] },
    },
    {
      id: 'el-paso.personal_info.iban',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'iban',
      examples: { hit: ['IBAN GB82 WEST 1234 5698 7654 32'], miss: ['GB82 WEST 1234 5698 7654 33'] },
    },
    {
      id: 'el-paso.personal_info.email',
      category: 'personal_info',
      severity: 'caution',
      citation: cite(S.privateFacts),
      message: c.MSG.email!,
      kind: 'detector',
      detector: 'email',
      examples: { hit: ['write to maria.lopez@gmail.com'], miss: ['write to info@elpasotexas.gov'] },
    },
    {
      id: 'el-paso.personal_info.dob',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.dob!,
      kind: 'detector',
      detector: 'date_of_birth',
      examples: { hit: ['born 04/12/1987'], miss: ['meeting 04/12/2025'] },
    },
    {
      id: 'el-paso.personal_info.address',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.address!,
      kind: 'detector',
      detector: 'street_address',
      examples: { hit: ['she lives at 4521 Ridgeview Dr'], miss: ['the event is at 300 N Campbell St'] },
    },
    {
      id: 'el-paso.personal_info.license',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'drivers_license',
      examples: { hit: ["driver's license 12345678"], miss: ['license plate fees rose 12345678 dollars'] },
    },
    {
      id: 'el-paso.personal_info.itin',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'itin',
      examples: { hit: ['ITIN 912-70-1234'], miss: ['912-40-1234'] },
    },
    {
      id: 'el-paso.personal_info.medicare',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'medicare_id',
      examples: { hit: ['Medicare 1EG4-TE5-MK73'], miss: ['order 1EG4-TE5-MK7'] },
    },
    {
      id: 'el-paso.personal_info.spanish_id',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'spanish_id',
      examples: { hit: ['DNI 12345678Z', 'NIE X1234567L'], miss: ['DNI 12345678A'] },
    },
    {
      id: 'el-paso.personal_info.passport',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'passport',
      examples: { hit: ['passport: C03005988'], miss: ['order C03005988'] },
    },
    {
      id: 'el-paso.personal_info.bank',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'bank_account',
      examples: { hit: ['checking account 000123456789'], miss: ['ticket 000123456789'] },
    },
    {
      id: 'el-paso.personal_info.wallet',
      category: 'personal_info',
      severity: 'caution',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'crypto_wallet',
      examples: { hit: ['send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'], miss: ['order 31234567890123456789012345'] },
    },
    {
      id: 'el-paso.personal_info.routing',
      category: 'personal_info',
      severity: 'caution',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'aba_routing',
      examples: { hit: ['routing 111000025'], miss: ['order 111000025'] },
    },
    {
      id: 'el-paso.personal_info.employee_id',
      category: 'personal_info',
      severity: 'caution',
      citation: cite(S.privateFacts),
      message: c.MSG.id_number!,
      kind: 'detector',
      detector: 'employee_id',
      examples: { hit: ['employee ID 0048213'], miss: ['room 0048213'] },
    },
    {
      id: 'el-paso.personal_info.personnel',
      category: 'personal_info',
      severity: 'violation',
      citation: cite(S.privateFacts),
      message: c.MSG.personnel!,
      ...c.PERSONNEL_DETAILS,
    },
    {
      id: 'el-paso.credentials.assignment',
      category: 'credentials',
      severity: 'violation',
      citation: cite(S.divulge),
      message: c.MSG.credentials!,
      kind: 'detector',
      detector: 'credential_assignment',
      examples: { hit: ['wifi password: Tr0ub4dor&3', 'api_key = "a8f5f167f44f4964e6c998dee827110c"'], miss: ['password: <your password>', 'reset your password today'] },
    },
    {
      id: 'el-paso.credentials.token',
      category: 'credentials',
      severity: 'violation',
      citation: cite(S.divulge),
      message: c.MSG.credentials!,
      kind: 'detector',
      detector: 'token_format',
      examples: { hit: ['token 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'], miss: ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] },
    },
    {
      id: 'el-paso.credentials.private_key',
      category: 'credentials',
      severity: 'violation',
      citation: cite(S.divulge),
      message: c.MSG.credentials!,
      kind: 'detector',
      detector: 'private_key',
      examples: { hit: ['-----BEGIN RSA PRIVATE KEY-----'], miss: ['-----BEGIN PUBLIC KEY-----'] },
    },
    {
      id: 'el-paso.credentials.url',
      category: 'credentials',
      severity: 'violation',
      citation: cite(S.divulge),
      message: c.MSG.credentials!,
      kind: 'detector',
      detector: 'url_credentials',
      examples: { hit: ['ftp://admin:S3cretPw@files.city.local'], miss: ['https://user:password@example.com'] },
    },
    {
      id: 'el-paso.credentials.entropy',
      category: 'credentials',
      severity: 'violation',
      citation: cite(S.divulge),
      message: c.MSG.credentials!,
      kind: 'detector',
      detector: 'high_entropy_secret',
      examples: { hit: ['the token 9fK2mQ7xLp3RvT8wZ1bN5cJ4'], miss: ['the file report_2024_final_version.pdf'] },
    },
  ],
};
