import type { PolicyPack } from '../schema';
import { elPaso } from './el-paso';
import { harlingen } from './harlingen';

/**
 * Every pack we ship, in the order the welcome and options pages offer them. Adding a
 * built-in city is one pack file and one line here.
 */
export const BUILT_IN_PACKS = [elPaso, harlingen] as const;

export type PackId = (typeof BUILT_IN_PACKS)[number]['id'];
export const PACK_IDS: readonly PackId[] = BUILT_IN_PACKS.map((p) => p.id);

/** Every pack we ship, by id. */
export const PACKS = Object.fromEntries(BUILT_IN_PACKS.map((p) => [p.id, p])) as Record<PackId, PolicyPack>;
