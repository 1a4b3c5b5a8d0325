/**
 * Messages about settings (the options page, the welcome page, the popup): getSettingsView,
 * setUserSettings (the person's own settings; shape checks here, the settings store validates
 * again with rules/settings) and pause.
 */
import type { Validators } from './index';
import { isRecord, MAX_TERMS, empty, isTermList, MAX_SITE_LENGTH } from './check';
import { CATEGORIES, PACK_IDS, SEVERITIES, type Category, type CategorySettings, type Contact, type CustomRule, type PackId, type SettingKey, type Settings } from '../schema';

/** A managed value the background rejected, and what it used instead. */
export interface InvalidSetting {
  key: string;
  reason: string;
  /** The default used instead, as JSON text. */
  fallback: string;
}

/** Everything the options page needs to show settings and who decides them. */
export interface SettingsView {
  settings: Settings;
  /** Keys set by the organization (managed policy): read-only. */
  managedKeys: SettingKey[];
  invalid: InvalidSetting[];
  /** True when IT set userMayChange = false: every control is locked. */
  locked: boolean;
  /** Epoch ms until which checking is paused; 0 when not paused. */
  pausedUntil: number;
}

/** The settings a person may change on the options page (unless locked or managed). */
export const USER_SETTING_KEYS = [
  'categories', 'allowTerms', 'customRules', 'language', 'historyDays',
  // The welcome page's setup for a personal install (never over a managed value).
  'packs', 'organization', 'workEmailDomains', 'cityPolicy',
] as const;
export type UserSettingKey = (typeof USER_SETTING_KEYS)[number];
/** A change to the person's own settings; `cityPolicy: null` removes an imported city policy. */
export type UserSettingsPatch = Partial<Pick<Settings, Exclude<UserSettingKey, 'cityPolicy'>>> & { cityPolicy?: Settings['cityPolicy'] | null };

export const PAUSE_MINUTES = 10;
export interface PauseRequest {
  /** The site the popup was opened on, for the decisions log. */
  site?: string;
}
export interface PauseResponse {
  pausedUntil: number;
}

function checkCategories(v: unknown): CategorySettings | string {
  if (!isRecord(v)) return 'categories must be an object';
  const out: CategorySettings = {};
  for (const [id, value] of Object.entries(v)) {
    if (!(CATEGORIES as readonly string[]).includes(id)) return `unknown category "${id}"`;
    if (!isRecord(value)) return `categories.${id} must be an object`;
    const { enabled, severity } = value;
    if (enabled !== undefined && typeof enabled !== 'boolean') return `categories.${id}.enabled must be true or false`;
    if (severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(severity)) return `categories.${id}.severity is not a severity`;
    out[id as Category] = {
      ...(enabled !== undefined ? { enabled } : {}),
      ...(severity !== undefined ? { severity: severity as (typeof SEVERITIES)[number] } : {}),
    };
  }
  return out;
}

/** The user's own words: term rules only (patterns are for IT, checked with re2js). */
function checkUserRules(v: unknown): CustomRule[] | string {
  if (!Array.isArray(v) || v.length > MAX_TERMS) return 'customRules must be a list';
  const out: CustomRule[] = [];
  for (const r of v) {
    if (!isRecord(r)) return 'customRules: each rule must be an object';
    const { id, category, severity, terms, message } = r;
    if (typeof id !== 'string' || !id.startsWith('user.') || id.length > 64) return 'customRules: a user rule id starts with "user."';
    if (!(CATEGORIES as readonly unknown[]).includes(category)) return `customRules: bad category in ${id}`;
    if (!(SEVERITIES as readonly unknown[]).includes(severity)) return `customRules: bad severity in ${id}`;
    if (!isTermList(terms) || terms.length === 0) return `customRules: ${id} needs terms`;
    if (typeof message !== 'string' || message.length > 500) return `customRules: bad message in ${id}`;
    if ('pattern' in r) return 'customRules: patterns are for the organization only';
    out.push({ id, category: category as Category, severity: severity as CustomRule['severity'], terms, message });
  }
  return out;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const MAX_FIELD = 200;
const CONTACT_FIELDS = ['role', 'name', 'email', 'phone', 'url'] as const;

/** The person's own "whom to ask" (welcome page setup): at most 20 contacts, short fields, role required. */
function checkOrganization(v: unknown): Settings['organization'] | string {
  if (!isRecord(v)) return 'organization must be an object';
  const { name, contacts } = v;
  if (typeof name !== 'string' || name.length > MAX_FIELD) return 'organization.name must be short text';
  if (!Array.isArray(contacts) || contacts.length > 20) return 'organization.contacts must be a list';
  const out: Contact[] = [];
  for (const c of contacts) {
    if (!isRecord(c)) return 'organization.contacts: each contact must be an object';
    if (Object.keys(c).some((k) => !(CONTACT_FIELDS as readonly string[]).includes(k))) return 'organization.contacts: unknown field';
    if (typeof c.role !== 'string' || !c.role.trim()) return 'organization.contacts: a contact needs a role';
    const contact: Contact = { role: c.role };
    for (const f of CONTACT_FIELDS.slice(1)) {
      const value = c[f];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.length > (f === 'url' ? 500 : MAX_FIELD)) return `organization.contacts: bad ${f}`;
      contact[f] = value;
    }
    out.push(contact);
  }
  return { name, contacts: out };
}

export const SETTINGS_VALIDATORS: Validators<'getSettingsView' | 'setUserSettings' | 'pause'> = {
  getSettingsView: empty('getSettingsView'),
  setUserSettings(data) {
    if (!isRecord(data)) return 'setUserSettings: payload must be an object';
    const patch: UserSettingsPatch = {};
    for (const [key, value] of Object.entries(data)) {
      switch (key) {
        case 'categories': {
          const c = checkCategories(value);
          if (typeof c === 'string') return `setUserSettings: ${c}`;
          patch.categories = c;
          break;
        }
        case 'allowTerms':
          if (!isTermList(value)) return 'setUserSettings: allowTerms must be a list of short terms';
          patch.allowTerms = value;
          break;
        case 'customRules': {
          const r = checkUserRules(value);
          if (typeof r === 'string') return `setUserSettings: ${r}`;
          patch.customRules = r;
          break;
        }
        case 'language':
          if (value !== 'auto' && value !== 'en' && value !== 'es') return 'setUserSettings: bad language';
          patch.language = value;
          break;
        case 'historyDays':
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 3650) {
            return 'setUserSettings: historyDays must be a whole number of days from 1 to 3650';
          }
          patch.historyDays = value;
          break;
        // Shape checks only: the settings store validates again with rules/settings (which
        // pulls in re2js, kept out of the content script that also loads this file).
        case 'packs':
          if (!Array.isArray(value) || new Set(value).size !== value.length || !value.every((p) => (PACK_IDS as readonly unknown[]).includes(p))) {
            return 'setUserSettings: packs must be a list of pack ids';
          }
          patch.packs = value as PackId[];
          break;
        case 'organization': {
          const o = checkOrganization(value);
          if (typeof o === 'string') return `setUserSettings: ${o}`;
          patch.organization = o;
          break;
        }
        // A city policy file (issue #13): shape only here; checked in full by the settings store (rules/policy/city.ts).
        case 'cityPolicy':
          if (value === null) {
            patch.cityPolicy = null; // "Remove imported policy"
            break;
          }
          if (!isRecord(value)) return 'setUserSettings: cityPolicy must be an object or null';
          patch.cityPolicy = value as unknown as NonNullable<UserSettingsPatch['cityPolicy']>;
          break;
        case 'workEmailDomains':
          if (!Array.isArray(value) || value.length > 50 || !value.every((d) => typeof d === 'string' && DOMAIN.test(d))) {
            return 'setUserSettings: workEmailDomains must be a list of domain names';
          }
          patch.workEmailDomains = value as string[];
          break;
        default:
          return `setUserSettings: "${key}" is not a user setting`;
      }
    }
    return patch;
  },
  pause(data) {
    if (!isRecord(data)) return 'pause: payload must be an object';
    const { site } = data;
    if (site !== undefined && (typeof site !== 'string' || site.length > MAX_SITE_LENGTH)) return 'pause: bad site';
    return site === undefined ? {} : { site };
  },
};
