import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDatabase } from '../../entrypoints/background/db';

describe('openDatabase', () => {
  it('DB_VERSION is the newest schema version the database declares (tests that open it raw rely on it)', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    db.close();
  });

  it('stores and queries decisions and drafts by time and site', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.decisions.bulkAdd([
      { time: 1, site: 'x', categories: ['profanity'], ruleIds: ['a'], action: 'edited', textHash: 'h1' },
      { time: 2, site: 'facebook', categories: ['political'], ruleIds: ['b'], action: 'posted_anyway', textHash: 'h2' },
    ]);
    await db.drafts.add({ time: 3, site: 'x', text: 'draft', findings: [] });
    expect((await db.decisions.where('site').equals('x').toArray()).map((d) => d.action)).toEqual(['edited']);
    expect(await db.decisions.where('time').above(1).count()).toBe(1);
    expect((await db.drafts.toArray())[0]).toMatchObject({ id: 1, text: 'draft' });
    db.close();
  });
});
