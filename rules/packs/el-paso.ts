import type { PolicyPack } from '../schema';

/**
 * City of El Paso, Social Media Policy (HR administrative policy, 2012).
 * Source text: ../shared/seeds/000_ae286d7199d193dc.txt. Data only: the engine lives in rules/engine.
 */
export const elPaso: PolicyPack = {
  id: 'el-paso',
  name: { en: 'City of El Paso Social Media Policy', es: 'Política de redes sociales de la Ciudad de El Paso' },
  source: 'City of El Paso, Human Resources, Social Media Policy (2012)',
  rules: [
    {
      id: 'el-paso.profanity.strong',
      kind: 'terms',
      category: 'profanity',
      severity: 'violation',
      terms: ['fuck', 'fucking', 'fucked', 'fucker', 'motherfucker', 'shit', 'bullshit', 'asshole', 'bitch', 'son of a bitch',
        'mierda', 'pendejo', 'pendeja', 'cabrón', 'cabron', 'chingada', 'hijo de puta'],
      message: {
        en: 'Profane or foul language. The policy prohibits offensive, demeaning or foul messages.',
        es: 'Lenguaje grosero u obsceno. La política prohíbe los mensajes ofensivos, denigrantes u obscenos.',
      },
      citation: { pack: 'el-paso', section: 'III.A.5.a', title: 'Offensive, demeaning or disruptive messages' },
      examples: {
        hit: ['This is such bullshit', 'What the fuck is this council doing', 'qué pendejo'],
        miss: ['Scunthorpe is a town', 'We shipped the shiitake order', 'an assessment of the budget'],
      },
    },
    {
      id: 'el-paso.profanity.mild',
      kind: 'terms',
      category: 'profanity',
      severity: 'info',
      terms: ['damn', 'crap', 'hell of a'],
      message: {
        en: 'Mild language. Consider whether it fits how the City is seen.',
        es: 'Lenguaje algo grosero. Piense si encaja con la imagen de la Ciudad.',
      },
      citation: { pack: 'el-paso', section: 'III.A.5.a', title: 'Offensive, demeaning or disruptive messages' },
      examples: { hit: ['damn this traffic'], miss: ['the Amistad Dam release'] },
    },
    {
      id: 'el-paso.personal_info.phone',
      kind: 'detector',
      detector: 'us_phone',
      category: 'personal_info',
      severity: 'violation',
      message: {
        en: 'A phone number. Posting someone’s personal information without their permission can be defamation under the policy.',
        es: 'Un número de teléfono. Publicar información personal de alguien sin su permiso puede ser difamación según la política.',
      },
      citation: { pack: 'el-paso', section: 'III.A.5.c.1', title: 'Publishing private facts and personal information' },
      examples: { hit: ['call her at (915) 555-2368', 'text 915.867.5309'], miss: ['call 311 for service', 'invoice 2024-15-3344'] },
    },
    {
      id: 'el-paso.personal_info.ssn',
      kind: 'detector',
      detector: 'ssn',
      category: 'personal_info',
      severity: 'violation',
      message: {
        en: 'A Social Security number. Never post it.',
        es: 'Un número de Seguro Social. Nunca lo publique.',
      },
      citation: { pack: 'el-paso', section: 'III.A.5.c.1', title: 'Publishing private facts and personal information' },
      examples: { hit: ['his SSN is 123-45-6789'], miss: ['the sample 078-05-1120', 'part 000-12-3456'] },
    },
  ],
};
