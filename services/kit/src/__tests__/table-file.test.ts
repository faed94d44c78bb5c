/** Register tables as published: encodings, separators, line ends, quotes, header variants. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnKey, detectDelimiter, matchColumns, openTable, readRows, readTextFile } from '../table-file';

const dir = mkdtempSync(join(tmpdir(), 'kansrijk-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(bytes: Buffer | string): string {
  const path = join(dir, `t${++n}.csv`);
  writeFileSync(path, bytes);
  return path;
}

/** windows-1252 bytes of `text` (every character here is in Latin-1, where both agree). */
const cp1252 = (text: string) => Buffer.from(text, 'latin1');

async function all(path: string) {
  const table = await openTable(path);
  const rows = [];
  for await (const row of table.rows()) rows.push(row);
  return { table, rows };
}

describe('openTable', () => {
  it('reads windows-1252 with CRLF as such, and says so: no name becomes �', async () => {
    const { table, rows } = await all(file(cp1252('VESTIGINGSNAAM;PLAATSNAAM\r\nIt Bûtenplak;Wâldsein\r\nSt. Café;Sint-Annaparochie\r\n')));
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(rows.map((r) => r.values.VESTIGINGSNAAM)).toEqual(['It Bûtenplak', 'St. Café']);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(JSON.stringify(rows)).not.toContain('\uFFFD');
  });

  it('reads UTF-8 with and without a byte-order mark', async () => {
    const body = 'naam,plaats\n"It Bûtenplak",Wâldsein\n';
    const plain = await all(file(Buffer.from(body, 'utf8')));
    const bom = await all(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')])));
    expect(plain.table.encoding).toBe('UTF-8');
    expect(bom.table.encoding).toBe('UTF-8 with BOM');
    expect(bom.table.columns).toEqual(['naam', 'plaats']);
    expect(bom.rows[0].values).toEqual(plain.rows[0].values);
    expect(plain.rows[0].values.naam).toBe('It Bûtenplak');
  });

  it('tells UTF-8 from windows-1252 even when the only non-ASCII byte is far into the file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `school ${i};plaats`).join('\r\n');
    const { table, rows: read } = await all(file(cp1252(`naam;plaats\r\n${rows}\r\nSúdwest;Snits\r\n`)));
    expect(table.encoding).toBe('windows-1252');
    expect(read.at(-1)!.values.naam).toBe('Súdwest');
    expect(read).toHaveLength(20_001);
  });

  it('keeps quoted separators and quotes, reads short rows as empty cells, and skips empty rows', async () => {
    const { rows } = await all(file('a;b;c\n"x;y";"say ""hi""";z\n1;2\n;;\n\n3;4;5\n'));
    expect(rows.map((r) => r.values)).toEqual([
      { a: 'x;y', b: 'say "hi"', c: 'z' },
      { a: '1', b: '2', c: '' },
      { a: '3', b: '4', c: '5' },
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 6]);
  });

  it('reads tab-separated exports', async () => {
    const { table, rows } = await all(file('Key\tTitle\nWK098400\tWijk 00 Venray\n'));
    expect(table.delimiter).toBe('\t');
    expect(rows[0].values).toEqual({ Key: 'WK098400', Title: 'Wijk 00 Venray' });
  });

  it('reports the bytes it has read, up to the whole file', async () => {
    const path = file('a;b\n1;2\n');
    const seen: number[] = [];
    const table = await openTable(path, { progress: (read, total) => seen.push(read / total) });
    for await (const row of table.rows()) void row;
    expect(seen.at(-1)).toBe(1);
  });
});

describe('columns', () => {
  it('guesses the separator from the header, outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('Key\tTitle')).toBe('\t');
  });

  it('matches column names in any case and spelling of spaces, hyphens and underscores, and lists the rest', () => {
    expect(columnKey(' GM_CODE ')).toBe(columnKey('gm code'));
    const { found, ignored } = matchColumns(['gm_code', 'GM_NAAM', 'Extra', 'WATER'], { code: ['GM_CODE', 'Gemeentecode'], name: ['GM_NAAM'], province: ['Provincienaam'] });
    expect(found).toEqual({ code: 'gm_code', name: 'GM_NAAM' });
    expect(ignored).toEqual(['Extra', 'WATER']);
  });
});

describe('readTextFile', () => {
  it('decodes a small file in the encoding its bytes are in, without the byte-order mark', async () => {
    expect(await readTextFile(file(cp1252('omschrijving\r\nVoorschoolse educatie in Súdwest-Fryslân\r\n')))).toEqual({ text: 'omschrijving\r\nVoorschoolse educatie in Súdwest-Fryslân\r\n', encoding: 'windows-1252' });
    expect(await readTextFile(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a;b\n', 'utf8')])))).toEqual({ text: 'a;b\n', encoding: 'UTF-8 with BOM' });
  });
});

describe('readRows', () => {
  const FIELDS = { code: { names: ['GM_CODE', 'gemeentecode'], required: true }, name: { names: ['GM_NAAM'] } };

  it('names every missing required column at line 1 and reads no row', async () => {
    const table = await openTable(file('naam;plaats\nx;y\n'));
    const read = await readRows(table, FIELDS, () => 'kept');
    expect(read).toMatchObject({ rows: 0, kept: [], problems: [{ line: 1, column: 'GM_CODE', message: 'required column is missing (also read as gemeentecode)' }] });
  });

  it('keeps the good rows, collects every problem with its line and the column as the file spells it, counts skips by reason', async () => {
    const table = await openTable(file('gemeentecode;GM_NAAM;extra\nGM0984;Venray;1\nX;;2\nNL00;Nederland;3\n'));
    const read = await readRows(table, FIELDS, (row) => {
      if (row.get('code') === 'NL00') return void row.skip('the country');
      if (!/^GM\d{4}$/.test(row.get('code'))) row.problem('code', 'is no code');
      if (!row.get('name')) row.problem('name', 'is empty');
      return row.get('code');
    });
    expect(read.kept).toEqual([{ line: 2, value: 'GM0984' }]);
    expect(read.problems).toEqual([
      { line: 3, column: 'gemeentecode', message: 'is no code' },
      { line: 3, column: 'GM_NAAM', message: 'is empty' },
    ]);
    expect(read.skipped).toEqual({ 'the country': 1 });
    expect(read.ignoredColumns).toEqual(['extra']);
    expect(read.rows).toBe(3);
  });
});
