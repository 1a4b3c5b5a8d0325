import type { PackId, PolicyPack } from '../schema';
import { elPaso } from './el-paso';
import { harlingen } from './harlingen';

/** Every pack we ship, by id. */
export const PACKS: Record<PackId, PolicyPack> = { 'el-paso': elPaso, harlingen };
