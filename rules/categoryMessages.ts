/**
 * What a finding of each category says when its rule gives no message of its own: an
 * organization's custom rule may leave "message" out (rules/settings fills it in).
 * Most are the packs' own category messages; personal_info has no single one there.
 */
import { MSG } from './packs/content';
import { CATEGORIES, type Category, type LocalizedText } from './schema';

const OWN: Partial<Record<Category, LocalizedText>> = {
  personal_info: {
    en: "Personal information about someone: the policy protects people's private facts.",
    es: 'Información personal de alguien: la política protege los datos privados de las personas.',
  },
};

export const CATEGORY_MESSAGES: Record<Category, LocalizedText> = Object.fromEntries(
  CATEGORIES.map((c) => {
    const message = OWN[c] ?? MSG[c];
    if (!message) throw new Error(`no default message for category ${c}`);
    return [c, message];
  }),
) as Record<Category, LocalizedText>;
