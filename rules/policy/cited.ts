/**
 * What the pages show from the active policy rather than from a fixed city: its packs
 * (a city's own first) and its advice to ask first (card, options overview, welcome page).
 */
import { BUILT_IN_PACKS, PACK_IDS, PACKS } from '../packs';
import type { Citation, Finding, PolicyPack, PolicySection, Settings } from '../schema';
import { cityPack } from './city';

const isBuiltIn = (id: string) => (PACK_IDS as readonly string[]).includes(id);

/** The packs the settings apply, as the pages list them: the city's own policy first, then the built-in packs chosen. */
export function activePacks(s: Pick<Settings, 'packs' | 'cityPolicy'>): PolicyPack[] {
  const builtIn = BUILT_IN_PACKS.filter((p) => s.packs.includes(p.id));
  return s.cityPolicy ? [cityPack(s.cityPolicy, BUILT_IN_PACKS), ...builtIn] : builtIn;
}

/**
 * The policy's advice to ask first: a city's own (null when its policy has none), else the
 * first built-in pack's that has one, else the first built-in pack's that has one at all.
 */
export function askFirstForPacks(packs: readonly Pick<PolicyPack, 'id' | 'askFirst'>[]): Citation | null {
  const first = packs[0];
  if (first && !isBuiltIn(first.id)) return first.askFirst ?? null;
  return (packs.find((p) => p.askFirst) ?? BUILT_IN_PACKS.find((p) => p.askFirst))?.askFirst ?? null;
}

/** For the card, which knows the policy only from its findings: a city's own (from their citations), else the built-in packs'. */
export function askFirstForFindings(findings: readonly Pick<Finding, 'citation'>[]): Citation | null {
  const city = findings.find((f) => f.citation.policy)?.citation;
  if (!city) return askFirstForPacks(findings.flatMap((f) => (isBuiltIn(f.citation.pack) ? [PACKS[f.citation.pack as keyof typeof PACKS]] : [])));
  const a = city.policy!.askFirst;
  return a ? { pack: city.pack, section: a.section, title: a.title.en, policy: { name: city.policy!.name, title: a.title, askFirst: a } } : null;
}

/**
 * Where a City logo or seal in a personal post is cited: each active pack that speaks of it
 * (a city's own policy as a whole), never a city whose policy does not apply.
 */
export function cityMarksCitations(s: Pick<Settings, 'packs' | 'cityPolicy'>): Citation[] {
  return activePacks(s).flatMap((p) => (p.cityMarks ? [p.cityMarks] : []));
}

/**
 * The packs whose sections the card's reminders cite: the active ones, and when no city's own
 * policy applies, every built-in pack after them (the public-records note keeps its El Paso
 * citation under a Harlingen-only policy, as before).
 */
export function reminderPacks(active: readonly PolicyPack[]): readonly PolicyPack[] {
  return active.some((p) => !isBuiltIn(p.id)) ? active : [...active, ...BUILT_IN_PACKS];
}

/** The section a built-in citation names, with the policy's own words; none for a city's own policy. */
export function sectionFor(c: Pick<Citation, 'pack' | 'section' | 'title'>): PolicySection | undefined {
  const pack: PolicyPack | undefined = isBuiltIn(c.pack) ? PACKS[c.pack as keyof typeof PACKS] : undefined;
  return pack?.sections?.find((s) => s.section === c.section && s.title === c.title);
}

/** The policy's own words for a citation (verbatim, in the policy's language: the UI marks it lang="en"). */
export const quoteFor = (c: Pick<Citation, 'pack' | 'section' | 'title'>): string | undefined => sectionFor(c)?.quote;
