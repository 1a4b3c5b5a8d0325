import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase, type AskFirstDB } from '../../entrypoints/background/db';
import { lazyDatabase } from '../../entrypoints/background/lazyDatabase';

describe('lazyDatabase', () => {
  it('opens nothing until first asked, then the same database every time', async () => {
    let opened = 0;
    const db = lazyDatabase(async () => {
      opened++;
      return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    });
    expect(opened).toBe(0);
    const [a, b] = await Promise.all([db(), db()]);
    expect(opened).toBe(1);
    expect(a).toBe(b);
    await a.decisions.add({ time: 1, site: 'x', categories: [], ruleIds: [], action: 'posted_anyway', textHash: '' });
    expect(await (await db()).decisions.count()).toBe(1);
  });

  it('by default loads the database module and opens Ask First’s database', async () => {
    const db: AskFirstDB = await lazyDatabase()();
    expect(db.name).toBe('ask-first');
    expect(db.verno).toBe(3);
  });
});
