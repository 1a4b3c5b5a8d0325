/**
 * The local database, loaded and opened on first use. Dexie's module takes ~20–40 ms to evaluate
 * (measured in a fresh process, docs/architecture.md "The background"), and a worker woken by a
 * keystroke needs no database to answer it (issue 18).
 *
 * `import('./db')` is not a run-time import(): Chrome refuses import() in service workers, and
 * the background ships as one classic script (IIFE). The bundler inlines the module behind a lazy
 * initializer: its code and Dexie's run at the first call, not when the script starts (checked
 * on the built bundle: `Promise.resolve().then(() => (init_db(), db_exports))`, no import()).
 */
import type { AskFirstDB, Database } from './db';

export function lazyDatabase(open: () => Promise<AskFirstDB> = () => import('./db').then((m) => m.openDatabase())): Database {
  let db: Promise<AskFirstDB> | undefined;
  return () => (db ??= open());
}
