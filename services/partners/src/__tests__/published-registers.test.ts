/**
 * The registers' files in the shapes they are published in (fixtures/registers/README.md says where each
 * header comes from): a new installation loads CBS's municipalities and mergers, DUO's schools and
 * boards, the LRK's childcare and CBS's wijken and buurten, as a municipality would on its first day.
 * The steps build on each other, in order.
 */
import { join } from 'node:path';
import { dropSchema, formatReport, importSucceeded, migrate, type ImportReport } from '@kansrijk/kit';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { onServer } from '../../../../test/databases';
import { Buurt, Municipality, Neighbourhood, Organisation } from '../entities';
import { partners } from '../subgraph';
import { municipalityLookup, normaliseMunicipalityName } from '../tasks/municipality-lookup';

const fixture = (name: string) => join(__dirname, 'fixtures', 'registers', name);
const importer = (kind: string) => (file: string, options = {}) => partners.tasks!.importers![kind](subgraph.dataSource, fixture(file), options);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(partners);
});
afterAll(async () => {
  // On the embedded database every file shares one database: give the next ones the demo data back.
  if (!onServer()) {
    await dropSchema(subgraph.dataSource);
    await migrate(subgraph.dataSource);
    await partners.seed!(subgraph.dataSource);
  }
  await subgraph?.close();
});

const data = async <T>(query: string, variables: Record<string, unknown> = {}) => {
  const res = await subgraph.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const organisation = (id: string) => subgraph.dataSource.getRepository(Organisation).findOneBy({ id });

describe('CBS municipalities and mergers', () => {
  let first: ImportReport;

  it('loads the list of municipalities as CBS publishes it (comma-separated, UTF-8), names spelled right', async () => {
    first = await importer('municipalities')('cbs-gemeenten-alfabetisch-2025.csv');
    expect(first).toMatchObject({ kind: 'municipalities (CBS gemeenten)', rows: 16, problems: [], read: { encoding: 'UTF-8', delimiter: ',' } });
    expect(first.inserted + first.updated + first.unchanged).toBe(16);
    const fryslan = await subgraph.dataSource.getRepository(Municipality).findOneBy({ code: 'GM1970' });
    expect(fryslan).toMatchObject({ name: 'Noardeast-Fryslân', province: 'Fryslân', ceasedOn: null });
    expect(await subgraph.dataSource.getRepository(Municipality).findOneBy({ code: 'GM0820' })).toMatchObject({ name: 'Nuenen, Gerwen en Nederwetten' });
    const text = formatReport(first);
    expect(text).toContain('(UTF-8, comma-separated): 16 rows');
    expect(text).toContain('Columns not used: Gemeentecode, Provinciecode, ProvinciecodePV.');
    // The demo's municipalities this short list leaves out are named, and kept.
    expect(text).toMatch(/municipality\(ies\) held here are not in this list and stay as they are: .*GM0512 Gorinchem/);
  });

  it('changes nothing the second time, and says that nothing was written and why', async () => {
    const again = await importer('municipalities')('cbs-gemeenten-alfabetisch-2025.csv');
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 16 });
    expect(formatReport(again)).toContain('Nothing was written: every row taken was already stored as it is.');
  });

  it('refuses a mergers file that names successors it cannot place, writing nothing; --partial writes the rest', async () => {
    const strict = await importer('municipalities')('gemeentelijke-herindelingen-2022-2023.csv');
    expect(importSucceeded(strict)).toBe(false);
    expect(strict.problems.map((p) => p.line)).toEqual([3, 6, 7, 8, 9, 10, 11, 12]);
    expect(strict.problems[0].message).toContain('GM0439 is not held here');
    expect(await subgraph.dataSource.getRepository(Municipality).findOneBy({ code: 'GM0398' })).toBeNull();

    const partial = await importer('municipalities')('gemeentelijke-herindelingen-2022-2023.csv', { partial: true });
    expect(importSucceeded(partial)).toBe(true);
    // Weesp, Heerhugowaard, Langedijk, Brielle, Hellevoetsluis and Westvoorne: ceased, added as such.
    expect(partial).toMatchObject({ inserted: 6, partial: true });
    expect(formatReport(partial)).toContain('8 row(s) with problems left out (--partial):');
  });

  it('keeps a ceased municipality with its successor, and lists municipalities as of a date', async () => {
    const result = await data<{ municipality: { name: string; ceasedOn: string; successor: { name: string } }; before: { code: string }[]; now: { code: string }[] }>(
      `{ municipality(code: "GM0398") { name ceasedOn successor { name } }
         before: municipalities(asOf: "2021-12-31") { code } now: municipalities { code } }`,
    );
    expect(result.municipality).toEqual({ name: 'Heerhugowaard', ceasedOn: '2022-01-01', successor: { name: 'Dijk en Waard' } });
    expect(result.before.map((m) => m.code)).toEqual(expect.arrayContaining(['GM0398', 'GM0457', 'GM0501']));
    expect(result.now.map((m) => m.code)).not.toEqual(expect.arrayContaining(['GM0398']));
    expect(result.now.map((m) => m.code)).toEqual(expect.arrayContaining(['GM1980', 'GM1992', 'GM0363']));
  });

  it('matches municipality names as registers vary them, and refuses an ambiguous one', async () => {
    const lookup = await municipalityLookup(subgraph.dataSource);
    expect(normaliseMunicipalityName("Beek (L.)")).toBe(normaliseMunicipalityName('BEEK'));
    expect(lookup.codeOfName('Beek (L.)')).toEqual({ code: 'GM0888' });
    expect(lookup.codeOfName('NOARDEAST-FRYSLAN')).toEqual({ code: 'GM1970' });
    expect(lookup.codeOfName("'s-Gravenhage (gemeente)")).toEqual({ code: 'GM0518' });
    // Two municipalities are called Bergen: CBS tells them apart by province, so must the file (by code).
    expect(lookup.codeOfName('Bergen')).toEqual({ problem: '"Bergen" may be Bergen (NH.) (GM0373) or Bergen (L.) (GM0893): give the CBS code' });
    expect(lookup.problemWith('GM0457')).toBe('GM0457 Weesp ceased on 2022-01-01 and went into GM0363 Amsterdam');
  });
});

describe('DUO schools and boards', () => {
  it('imports the current primary-schools file (windows-1252, INSTELLINGSCODE/VESTIGINGSCODE): names with their accents, denomination, address', async () => {
    const report = await importer('organisations')('duo-alle-vestigingen-bo-2025.csv');
    expect(report).toMatchObject({ kind: 'organisations (DUO vestigingen)', rows: 10, problems: [], read: { encoding: 'windows-1252', delimiter: ';' } });
    // Ten school locations and the eight boards they name.
    expect(report.inserted).toBe(10 + 8);
    expect(await organisation('school-99vf00')).toMatchObject({ name: 'It Bûtenplak', kind: 'SCHOOL', brin: '99VF00', denomination: expect.any(String) });
    expect((await organisation('school-99vb00'))!.name).toBe('Kindcentrum ’t Bergop');
    expect((await organisation('school-99vd00'))!.name).toBe('Basisschool "De Maaskei"');
    // The current file does not name the boards: they are named after their number until the board register is read.
    expect(await organisation('bevoegd-gezag-99401')).toMatchObject({ name: 'Bevoegd gezag 99401', kind: 'SCHOOL_BOARD' });
    const school = await data<{ organisation: { locations: { street: string; houseNumber: string; postcode: string; place: string; municipality: { code: string } }[]; parent: { id: string } } }>(
      '{ organisation(id: "school-99va01") { parent { id } locations { street houseNumber postcode place municipality { code } } } }',
    );
    expect(school.organisation).toEqual({ parent: { id: 'bevoegd-gezag-99401' }, locations: [{ street: 'Pater Tulpstraat', houseNumber: '1-A', postcode: '5813CD', place: 'YSSELSTEYN LB', municipality: { code: 'GM0984' } }] });
    expect(formatReport(report)).toContain('(windows-1252, semicolon-separated)');
  });

  it('names the boards from DUO’s board register, with their KvK numbers, leaving out boards of other regions', async () => {
    const report = await importer('organisations')('duo-schoolbesturen-po-2025.csv');
    expect(report).toMatchObject({ kind: 'organisations (DUO besturen)', problems: [] });
    expect(await organisation('bevoegd-gezag-99401')).toMatchObject({ name: 'Stichting Kindante Venray', kvkNumber: '41064523' });
    expect(report.updated).toBeGreaterThanOrEqual(6);
  });

  it('reads the older layout (BRIN NUMMER, VESTIGINGSNUMMER) of the same schools as the same organisations', async () => {
    const before = await subgraph.dataSource.getRepository(Organisation).count();
    const report = await importer('organisations')('duo-alle-vestigingen-bo-2019.csv');
    expect(report).toMatchObject({ problems: [], inserted: 0 });
    expect(await subgraph.dataSource.getRepository(Organisation).count()).toBe(before);
    // A board named since (from the register) keeps its name: the schools file has none to give.
    expect((await organisation('bevoegd-gezag-99401'))!.name).toBe('Stichting Kindante Venray');
  });

  it('imports the special and secondary education files', async () => {
    for (const file of ['duo-vestigingen-so-2025.csv', 'duo-vestigingen-vo-2025.csv']) {
      const report = await importer('organisations')(file, { partial: true });
      expect(report.kind).toBe('organisations (DUO vestigingen)');
      expect(report.inserted).toBeGreaterThan(0);
      // Rows for municipalities this installation does not hold are the only ones left out.
      expect(report.problems.every((p) => p.column === 'GEMEENTENUMMER')).toBe(true);
    }
  });
});

describe('the LRK export', () => {
  it('imports childcare locations and houders by CBS code, splits the address, restores KvK leading zeros, leaves out childminders', async () => {
    const report = await importer('organisations')('lrk-export-2025.csv');
    expect(report).toMatchObject({ kind: 'organisations (LRK)', problems: [], read: { encoding: 'UTF-8 with BOM', delimiter: ';' } });
    expect(report.skipped).toMatchObject({ "childminders' homes (VGO): a private person's address, not kept": 1, 'childminder agencies (GOB): no childcare location': 1 });
    const location = await data<{ organisation: Record<string, unknown> }>(
      '{ organisation(id: "lrk-234567890") { name childcareType offersEarlyEducation childPlaces registerStatus parent { id name } locations { street houseNumber postcode place municipality { code } } } }',
    );
    expect(location.organisation).toEqual({
      name: 'Kinderopvang Het Brukske',
      childcareType: 'KDV',
      offersEarlyEducation: true,
      childPlaces: 16,
      registerStatus: 'Ingeschreven',
      parent: { id: 'kvk-41064521', name: 'Stichting Kinderopvang Venray' },
      locations: [{ street: 'Brukske', houseNumber: '7', postcode: '5801AA', place: 'Venray', municipality: { code: 'GM0984' } }],
    });
    // A KvK number that lost its leading zero in a spreadsheet (1234567) is the houder 01234567.
    expect(await organisation('kvk-01234567')).toMatchObject({ kind: 'CHILDCARE_ORGANISATION', kvkNumber: '01234567' });
    // 's-Gravenhage, by its CBS code.
    expect(await subgraph.dataSource.getRepository(Organisation).findOneBy({ lrkNumber: '234567899' })).not.toBeNull();
    expect(formatReport(report)).toMatch(/2 skipped \(1 childminders' homes/);
  });

  it('changes nothing when the same export is imported again', async () => {
    const again = await importer('organisations')('lrk-export-2025.csv');
    expect(again).toMatchObject({ inserted: 0, updated: 0, problems: [] });
    expect(again.unchanged).toBeGreaterThan(0);
  });
});

describe('CBS wijken and buurten', () => {
  it('imports wijken and buurten from StatLine, leaving out the country and municipality rows', async () => {
    const report = await importer('neighbourhoods')('cbs-statline-wijken-en-buurten.csv');
    expect(report).toMatchObject({ kind: 'neighbourhoods (CBS StatLine WijkenEnBuurten)', problems: [] });
    expect(report.skipped).toEqual({ 'rows of the country and municipalities (not wijken or buurten)': expect.any(Number) });
    expect(await subgraph.dataSource.getRepository(Neighbourhood).findOneBy({ code: 'WK190008' })).toMatchObject({ name: 'Wijk 08 Sneek', municipalityCode: 'GM1900' });
    expect(await subgraph.dataSource.getRepository(Buurt).findOneBy({ code: 'BU09840000' })).toMatchObject({ name: 'Venray-Centrum', neighbourhoodCode: 'WK098400' });
  });

  it('refuses buurten whose wijk is not held, writing nothing; with --partial takes those of held wijken', async () => {
    const strict = await importer('neighbourhoods')('cbs-wijk-en-buurtkaart-2021-buurten.csv');
    expect(importSucceeded(strict)).toBe(false);
    expect(strict.problems.some((p) => p.message.includes('WK098601, which is not held here'))).toBe(true);
    expect(await subgraph.dataSource.getRepository(Buurt).findOneBy({ code: 'BU09840001' })).toBeNull();

    const partial = await importer('neighbourhoods')('cbs-wijk-en-buurtkaart-2021-buurten.csv', { partial: true });
    expect(partial).toMatchObject({ kind: 'neighbourhoods (CBS wijk- en buurtkaart)', read: { encoding: 'windows-1252' } });
    expect(await subgraph.dataSource.getRepository(Buurt).findOneBy({ code: 'BU09840001' })).toMatchObject({ name: 'Venray-Noord' });
    expect(await subgraph.dataSource.getRepository(Buurt).findOneBy({ code: 'BU19000801' })).toMatchObject({ name: 'Sneek-Binnenstad' });
  });

  it('reads the lower-case columns of the newer wijk- en buurtkaart as the same buurten', async () => {
    const report = await importer('neighbourhoods')('cbs-wijk-en-buurtkaart-2024-buurten.csv', { partial: true });
    expect(report.read).toMatchObject({ encoding: 'UTF-8' });
    expect(report.inserted).toBe(0);
    const wijk = await data<{ municipality: { neighbourhoods: { code: string; buurten: { code: string; name: string; neighbourhood: { code: string } }[] }[] } }>(
      '{ municipality(code: "GM0984") { neighbourhoods { code buurten { code name neighbourhood { code } } } } }',
    );
    expect(wijk.municipality.neighbourhoods.find((n) => n.code === 'WK098400')!.buurten.map((b) => b.code)).toEqual(['BU09840000', 'BU09840001']);
  });
});
