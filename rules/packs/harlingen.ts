import type { PolicyPack } from '../schema';

/**
 * City of Harlingen social media policy, as reported in ../shared/seeds/001_39b5930d39331205.txt
 * ("The policy prohibits" list). Data only.
 */
export const harlingen: PolicyPack = {
  id: 'harlingen',
  name: { en: 'City of Harlingen Social Media Policy', es: 'Política de redes sociales de la Ciudad de Harlingen' },
  source: 'City of Harlingen social media policy, as reported by the press',
  rules: [
    {
      id: 'harlingen.profanity',
      kind: 'terms',
      category: 'profanity',
      severity: 'violation',
      terms: ['fuck', 'fucking', 'shit', 'bullshit', 'asshole', 'mierda', 'pendejo'],
      message: {
        en: 'Profane language is on the policy’s list of prohibited content.',
        es: 'El lenguaje grosero está en la lista de contenido prohibido de la política.',
      },
      citation: { pack: 'harlingen', section: 'Prohibited content', title: 'Profane language' },
      examples: { hit: ['total bullshit'], miss: ['a cocktail party'] },
    },
    {
      id: 'harlingen.personal_info.phone',
      kind: 'detector',
      detector: 'us_phone',
      category: 'personal_info',
      severity: 'violation',
      message: {
        en: 'Personal information about employees is prohibited content.',
        es: 'La información personal de los empleados es contenido prohibido.',
      },
      citation: { pack: 'harlingen', section: 'Prohibited content', title: 'Personal information about employees' },
      examples: { hit: ['my coworker’s cell is 956-555-4821'], miss: ['dial 911 now'] },
    },
  ],
};
