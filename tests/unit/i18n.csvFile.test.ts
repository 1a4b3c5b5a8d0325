/**
 * The CSV file as saved: its bytes start with the UTF-8 byte-order mark, so Excel on
 * Windows reads "Categorías" and "Información personal" instead of "CategorÃ­as". The
 * e2e options test downloads the file in Chromium and checks the same bytes on disk.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslate } from '../../components/i18n';
import { toCsv } from '../../entrypoints/background/history';
import { saveFile } from '../../entrypoints/options/download';

afterEach(() => vi.restoreAllMocks());

/** The bytes saveFile hands the browser, and the name it offers. */
async function saved(name: string, content: string, type: string): Promise<{ bytes: Uint8Array; download: string }> {
  let blob: Blob | undefined;
  let download = '';
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    download = this.download;
  });
  saveFile(name, content, type);
  return { bytes: new Uint8Array(await blob!.arrayBuffer()), download };
}

describe('saved files', () => {
  it('a CSV starts with the UTF-8 byte-order mark, then the Spanish headers in UTF-8', async () => {
    const csv = toCsv([{ time: Date.UTC(2026, 10, 22), site: 'x', categories: ['personal_info'], ruleIds: ['r'], action: 'asked', textHash: 'h' }], createTranslate('es'));
    const { bytes, download } = await saved('ask-first-history-2026-11-22.csv', csv, 'text/csv');
    expect(download).toBe('ask-first-history-2026-11-22.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`\uFEFF${csv}`);
    // "í" of "Categorías" is two UTF-8 bytes (C3 AD), not one Latin-1 byte.
    const header = bytes.slice(3, bytes.indexOf(0x0d));
    expect(new TextDecoder().decode(header)).toBe('Fecha y hora (UTC),Sitio,Categorías,Reglas (id),Lo que hizo,Motivo,Huella del texto (SHA-256),Texto');
    expect(header.some((b, i) => b === 0xc3 && header[i + 1] === 0xad)).toBe(true);
    expect(text).toContain('Información personal,r,Preguntó primero');
  });

  it('a JSON file (my words) gets no byte-order mark: JSON.parse would refuse it elsewhere', async () => {
    const { bytes } = await saved('ask-first-words.json', '{"a":"ñ"}', 'application/json');
    expect(bytes[0]).toBe('{'.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe('{"a":"ñ"}');
  });
});
