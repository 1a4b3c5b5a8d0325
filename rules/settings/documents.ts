/**
 * What the one settings spec (keys.ts) is written out as: Chrome's storage.managed_schema
 * (public/managed_schema.json, scripts/admin-templates.ts) and the admin templates' key docs.
 */
import type { AnySpec } from './spec';
import { categorySetting, MANAGED_SPEC, SETTING_KEYS } from './keys';
import { DEFAULT_SETTINGS, SEVERITIES } from '../schema';

// Chrome's schema dialect (storage.managed_schema).

/**
 * The schema Chrome gets: types and descriptions only. Chromium (156, measured in
 * tests/e2e/managed.e2e.test.ts) erases an extension policy whose value fails any part of
 * its schema, without a word on chrome://policy or to the extension: an `enum` inside one
 * custom rule took the whole list, a `required` field missing from dutyHours took dutyHours.
 * So enum, required, minimum/maximum, lengths and the RE2 check are all validatePolicy's,
 * which skips only the bad item and reports it by name on the options page and in the CLI.
 * A value of the wrong type is still dropped by Chromium; `npm run check -- --policy` names it.
 */
export function chromeSchema(spec: AnySpec = MANAGED_SPEC as unknown as AnySpec): Record<string, unknown> {
  // Chrome allows one type per field: a text IT may localize is declared as a string
  // (what every existing policy holds); the {en, es} form works in Firefox, the CLI and files.
  const out: Record<string, unknown> = { type: spec.type === 'localizable' ? 'string' : spec.type, description: spec.description };
  if (spec.items) out.items = chromeSchema(spec.items);
  if (spec.properties) {
    out.properties = Object.fromEntries(Object.entries(spec.properties).map(([k, s]) => [k, chromeSchema(s)]));
  }
  return out;
}

/** The exact text of public/managed_schema.json. */
export function chromeSchemaJson(): string {
  return `${JSON.stringify(chromeSchema(), null, 2)}\n`;
}

export interface KeyDoc {
  path: string;
  type: string;
  /** Top-level keys: the default (JSON). Fields: "required" or "optional". */
  note: string;
  description: string;
}

/** One line per key (and nested field) for the admin templates and the IT guide. */
export function documentKeys(): KeyDoc[] {
  const rows: KeyDoc[] = [];
  const walk = (spec: AnySpec, path: string, note: string) => {
    let type: string = spec.type;
    if (spec.enum) type = spec.enum.map((e) => `"${e}"`).join(' | ');
    if (spec.type === 'integer') type = `integer ${spec.minimum}–${spec.maximum}`;
    if (spec.type === 'string' && !spec.enum) type = `text ≤ ${spec.maxLength}`;
    if (spec.type === 'localizable') type = `text ≤ ${spec.maxLength}, or {"en", "es"}`;
    if (spec.type === 'array') type = `list ≤ ${spec.maxItems}`;
    rows.push({ path, type, note, description: spec.description });
    if (spec.items) walk(spec.items, `${path}[]`, '');
    if (spec.properties && path !== 'categories') {
      for (const [k, s] of Object.entries(spec.properties)) walk(s, `${path}.${k}`, spec.required?.includes(k) ? 'required' : 'optional');
    }
  };
  for (const k of SETTING_KEYS) walk(MANAGED_SPEC.properties[k] as AnySpec, k, `default ${JSON.stringify(DEFAULT_SETTINGS[k])}`);
  rows.push(
    ...Object.entries(categorySetting.properties).map(([k, s]) => ({
      path: `categories.<category>.${k}`,
      type: s.type === 'string' ? SEVERITIES.map((e) => `"${e}"`).join(' | ') : s.type,
      note: 'optional',
      description: s.description,
    })),
  );
  return rows;
}
