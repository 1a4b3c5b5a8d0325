/**
 * The local database (IndexedDB through Dexie), opened by the background only.
 * Built by a factory so tests can pass fake-indexeddb. Bump the version only when
 * data moves, and test every upgrade from the previous schema with seeded rows.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Decision, OfficialPost, SavedDraft } from '../../rules/schema';

export type AskFirstDB = Dexie & {
  decisions: EntityTable<Decision, 'id'>;
  drafts: EntityTable<SavedDraft, 'id'>;
  officialPosts: EntityTable<OfficialPost, 'id'>;
};

export const DB_NAME = 'ask-first';
/** The newest schema version below (IndexedDB sees it ×10, Dexie's convention). */
export const DB_VERSION = 3;

/** Version 1: the decisions log and the saved drafts. Indexes: what the history filters on. */
export const SCHEMA_V1 = {
  decisions: '++id, time, site, action',
  drafts: '++id, time, site',
};

/**
 * Version 2: decisions also indexed by each of their categories (multi-entry), so the
 * history can be filtered by category without reading the whole log. No data moves.
 */
export const SCHEMA_V2 = {
  decisions: '++id, time, site, action, *categories',
  drafts: '++id, time, site',
};

/**
 * Version 3: `officialPosts`, the local copies of posts made as an official account
 * (kept only when IT sets keepOfficialPosts). A new table: no existing data moves.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  officialPosts: '++id, time, site',
};

/**
 * The database as the handlers reach it: opened on first use (lazyDatabase.ts), so that Dexie is
 * not loaded on a woken worker's path to its first check.
 */
export type Database = () => Promise<AskFirstDB>;

export function openDatabase(deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }, name = DB_NAME): AskFirstDB {
  const db = new Dexie(name, deps) as AskFirstDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(DB_VERSION).stores(SCHEMA_V3);
  return db;
}
