import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport } from '@kansrijk/kit';
import { Like } from 'typeorm';
import { Buurt, Neighbourhood, Organisation, OrganisationLocation, OrganisationMunicipality } from '../entities';
import { partners } from '../subgraph';
import { dataOf, type Subgraph } from './helpers';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const importOrganisations = partners.tasks!.importers!.organisations;
const importNeighbourhoods = partners.tasks!.importers!.neighbourhoods;

/** The id prefixes imported organisations get, so the suite can remove what it added. */
const IMPORTED = ['bevoegd-gezag-%', 'school-%', 'kvk-%', 'lrk-%'];

export async function removeImported(subgraph: Subgraph) {
  const db = subgraph().dataSource;
  for (const prefix of IMPORTED) {
    await db.getRepository(OrganisationLocation).delete({ organisationId: Like(prefix) });
    await db.getRepository(OrganisationMunicipality).delete({ organisationId: Like(prefix) });
    await db.getRepository(Organisation).delete({ id: Like(prefix) });
  }
  await db.getRepository(Buurt).delete({ name: Like('Testbuurt %') });
  await db.getRepository(Neighbourhood).delete({ name: Like('Testwijk %') });
}

const ORGANISATION = `query ($identifier: String) { organisations(filter: { identifier: $identifier }) { totalCount edges { node {
  id name kind brin lrkNumber kvkNumber boardNumber childcareType offersEarlyEducation childPlaces registerStatus
  parent { id name kind } municipalities { code }
  locations { id street houseNumber postcode place municipality { code } neighbourhoodCode buurtCode neighbourhood { code } }
} } } }`;

export function registersSuite(subgraph: Subgraph) {
  const db = () => subgraph().dataSource;
  const find = async (identifier: string) => {
    const { organisations } = dataOf(await subgraph().query<{ organisations: { totalCount: number; edges: { node: any }[] } }>(ORGANISATION, { identifier }));
    expect(organisations.totalCount).toBeLessThanOrEqual(1);
    return organisations.edges[0]?.node ?? null;
  };
  const tableCounts = async () => ({
    organisations: await db().getRepository(Organisation).count(),
    links: await db().getRepository(OrganisationMunicipality).count(),
    locations: await db().getRepository(OrganisationLocation).count(),
  });

  beforeAll(() => removeImported(subgraph));
  afterAll(() => removeImported(subgraph));

  describe('DUO schools file', () => {
    it('imports school boards and schools with their addresses', async () => {
      const report = await importOrganisations(db(), fixture('duo-vestigingen.csv'));
      expect(report).toMatchObject({ kind: 'organisations (DUO vestigingen)', file: 'duo-vestigingen.csv', rows: 3, inserted: 5, updated: 0, unchanged: 0, problems: [] });

      expect(await find('99ZZ01')).toEqual({
        id: 'school-99zz01',
        name: 'Testschool De Proef, dependance Het Monster',
        kind: 'SCHOOL',
        brin: '99ZZ01',
        lrkNumber: null,
        kvkNumber: null,
        boardNumber: null,
        childcareType: null,
        offersEarlyEducation: null,
        childPlaces: null,
        registerStatus: null,
        // DUO's schools file does not name the bevoegd gezag: it is named after its number until someone renames it.
        parent: { id: 'bevoegd-gezag-99901', name: 'Bevoegd gezag 99901', kind: 'SCHOOL_BOARD' },
        municipalities: [{ code: 'GM0984' }],
        locations: [
          {
            id: 'school-99zz01:register', street: 'Proefstraat', houseNumber: '3a', postcode: '5800AB', place: 'VENRAY',
            municipality: { code: 'GM0984' }, neighbourhoodCode: null, buurtCode: null, neighbourhood: null,
          },
        ],
      });
      // A two-digit VESTIGINGSNUMMER is appended to the BRIN.
      expect(await find('99ZY00')).toMatchObject({ name: 'Testschool Het Experiment', parent: { id: 'bevoegd-gezag-99902' }, municipalities: [{ code: 'GM0986' }] });
      expect(await find('99901')).toMatchObject({ id: 'bevoegd-gezag-99901', kind: 'SCHOOL_BOARD', boardNumber: '99901', municipalities: [{ code: 'GM0984' }] });
    });

    it('changes nothing when the same file is imported again', async () => {
      const before = await tableCounts();
      const report = await importOrganisations(db(), fixture('duo-vestigingen.csv'));
      expect(report).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 5, problems: [] });
      expect(formatReport(report)).toBe(
        [
          'organisations (DUO vestigingen) import of duo-vestigingen.csv (UTF-8, semicolon-separated): 3 rows; 0 inserted, 0 updated, 5 unchanged.',
          'Nothing was written: every row taken was already stored as it is.',
          'Columns not used: PROVINCIE, GEMEENTENAAM, TELEFOONNUMMER, INTERNETADRES.',
        ].join('\n'),
      );
      expect(await tableCounts()).toEqual(before);
    });

    it('updates on the identifier, keeping the id and a name given since', async () => {
      await db().getRepository(Organisation).update({ id: 'bevoegd-gezag-99901' }, { name: 'Stichting Testonderwijs' });
      const dir = mkdtempSync(join(tmpdir(), 'kansrijk-duo-'));
      const file = join(dir, 'duo-vestigingen.csv');
      writeFileSync(file, readFileSync(fixture('duo-vestigingen.csv'), 'utf8').replace('Testschool Het Experiment', 'Testschool Het Nieuwe Experiment'));
      const report = await importOrganisations(db(), file);
      expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 4, problems: [] });
      expect(await find('99ZY00')).toMatchObject({ id: 'school-99zy00', name: 'Testschool Het Nieuwe Experiment' });
      expect(await find('99901')).toMatchObject({ name: 'Stichting Testonderwijs' });
    });

    it('reads the edition without VESTIGINGSNUMMER: a four-character BRIN is the main location', async () => {
      const report = await importOrganisations(db(), fixture('duo-zonder-vestigingsnummer.csv'));
      expect(report).toMatchObject({ rows: 2, inserted: 3, updated: 0, problems: [] });
      expect(await find('99ZX00')).toMatchObject({ name: 'Testschool Het Proefwerk', municipalities: [{ code: 'GM0556' }] });
      expect(await find('99ZW02')).toMatchObject({ name: 'Testschool De Steekproef', parent: { id: 'bevoegd-gezag-99903' } });
    });

    it('writes nothing from a file with bad rows, and reports every one with line and column', async () => {
      const before = await tableCounts();
      const report = await importOrganisations(db(), fixture('duo-fout.csv'));
      expect(report.problems).toEqual([
        { line: 3, column: 'BRIN NUMMER', message: expect.stringContaining('two digits and two capitals') },
        { line: 4, column: 'BEVOEGD GEZAG NUMMER', message: expect.stringContaining('five digits') },
        { line: 5, column: 'GEMEENTENUMMER', message: expect.stringContaining('unknown municipality GM9999') },
        { line: 6, column: 'VESTIGINGSNUMMER', message: expect.stringContaining('two digits') },
        { line: 6, column: 'POSTCODE', message: expect.stringContaining('four digits and two capitals') },
        { line: 7, column: 'VESTIGINGSNUMMER', message: '99ZV00 already appears on line 2' },
        { line: 8, column: 'VESTIGINGSNAAM', message: 'is empty' },
        { line: 8, column: 'GEMEENTENUMMER', message: expect.stringContaining('four digits') },
      ]);
      expect(report).toMatchObject({ rows: 7, inserted: 0, updated: 0, unchanged: 0 });
      expect(formatReport(report)).toContain('NOTHING WRITTEN, 8 problem(s)');
      expect(await tableCounts()).toEqual(before);
      // The one good row was not written either.
      expect(await find('99ZV00')).toBeNull();
    });
  });

  describe('LRK export', () => {
    it('imports childcare organisations (houders) and their locations', async () => {
      const report = await importOrganisations(db(), fixture('lrk-export.csv'));
      // The childminder's home (VGO) is left out: a private person's address.
      expect(report).toMatchObject({ rows: 4, inserted: 5, updated: 0, unchanged: 0, problems: [], skipped: { "childminders' homes (VGO): a private person's address, not kept": 1 } });
      expect(await find('999000001')).toMatchObject({
        id: 'lrk-999000001',
        name: 'Testopvang Het Proefje',
        kind: 'CHILDCARE_LOCATION',
        lrkNumber: '999000001',
        kvkNumber: null,
        childcareType: 'KDV',
        offersEarlyEducation: true,
        childPlaces: 16,
        registerStatus: 'Ingeschreven',
        parent: { id: 'kvk-99999901', name: 'Stichting Testopvang', kind: 'CHILDCARE_ORGANISATION' },
        locations: [{ street: 'Proeflaan', houseNumber: '5', postcode: '5800AC', place: 'Venray', municipality: { code: 'GM0984' } }],
      });
      expect(await find('999000002')).toMatchObject({ childcareType: 'PSZ', offersEarlyEducation: true });
      expect(await find('999000003')).toMatchObject({ childcareType: 'BSO', offersEarlyEducation: false, registerStatus: 'Uitgeschreven' });
      // verantwoordelijke_gemeente is a name; it is matched to the CBS code (Voerendaal: GM0986).
      expect(await find('999000004')).toBeNull();
      const holder = await find('99999902');
      expect(holder).toMatchObject({ kind: 'CHILDCARE_ORGANISATION', kvkNumber: '99999902' });
      expect(holder.municipalities.map((m: { code: string }) => m.code).sort()).toEqual(['GM0986']);
      expect(holder.locations).toEqual([]);
    });

    it('changes nothing when the same export is imported again', async () => {
      const before = await tableCounts();
      expect(await importOrganisations(db(), fixture('lrk-export.csv'))).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, problems: [] });
      expect(await tableCounts()).toEqual(before);
    });

    it('writes nothing from an export with bad rows, and reports every one with line and column', async () => {
      const before = await tableCounts();
      const report = await importOrganisations(db(), fixture('lrk-fout.csv'));
      expect(report.problems).toEqual([
        { line: 3, column: 'lrk_id', message: expect.stringContaining('nine digits') },
        { line: 4, column: 'type_oko', message: 'must be KDV, BSO or PSZ (VGO and GOB rows are left out), not "XYZ"' },
        { line: 4, column: 'aantal_kindplaatsen', message: expect.stringContaining('whole number') },
        { line: 4, column: 'vve', message: expect.stringContaining('J/N') },
        { line: 5, column: 'verantwoordelijke_gemeente', message: 'unknown municipality "Atlantis"' },
        // Its kvk_nummer_houder of seven digits is one whose leading zero a spreadsheet dropped: padded, no problem.
        { line: 6, column: 'lrk_id', message: '999000011 already appears on line 2' },
        { line: 6, column: 'status', message: 'is empty' },
        { line: 6, column: 'opvanglocatie_postcode', message: expect.stringContaining('postcode') },
        { line: 6, column: 'naam_houder', message: 'is empty' },
      ]);
      expect(await tableCounts()).toEqual(before);
      expect(await find('999000011')).toBeNull();
    });
  });

  it('refuses a file of another format, and one that lacks a required column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kansrijk-import-'));
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'naam,plaats\nTestschool,Venray\n');
    expect((await importOrganisations(db(), other)).problems).toEqual([{ line: 1, column: null, message: expect.stringContaining('BRIN NUMMER') }]);
    const short = join(dir, 'short.csv');
    writeFileSync(short, 'lrk_id;type_oko;actuele_naam_oko\n999000021;KDV;Testopvang Kort\n');
    const problems = (await importOrganisations(db(), short)).problems;
    expect(problems.map((p) => p.column)).toEqual(['status', 'opvanglocatie_postcode', 'verantwoordelijke_gemeente', 'naam_houder', 'kvk_nummer_houder']);
    expect(problems.every((p) => p.line === 1 && p.message === 'required column is missing')).toBe(true);
  });

  describe('CBS wijken', () => {
    const NEIGHBOURHOODS = '{ municipality(code: "GM0984") { neighbourhoods { code name municipality { code } } } }';

    it('refuses a wijk of a municipality Kansrijk does not hold, writing nothing (never a silent skip)', async () => {
      const report = await importNeighbourhoods(db(), fixture('cbs-wijken.csv'));
      expect(report).toMatchObject({ kind: 'neighbourhoods (CBS StatLine WijkenEnBuurten)', rows: 6, inserted: 0 });
      expect(report.problems).toEqual([{ line: 7, column: 'Key', message: expect.stringContaining('WK999901: unknown municipality GM9999') }]);
      expect(formatReport(report)).toContain('NOTHING WRITTEN, 1 problem(s)');
      expect(await db().getRepository(Neighbourhood).countBy({ code: 'WK098498' })).toBe(0);
    });

    it('with --partial imports the wijken and buurten of the municipalities Kansrijk holds and reports the rest', async () => {
      const report = await importNeighbourhoods(db(), fixture('cbs-wijken.csv'), { partial: true });
      // Three wijken and the buurt of one of them; the municipality row is no area; GM9999's wijk is reported.
      expect(report).toMatchObject({ rows: 6, inserted: 4, updated: 0, unchanged: 0, partial: true, skipped: { 'rows of the country and municipalities (not wijken or buurten)': 1 } });
      expect(report.problems).toHaveLength(1);
      expect(formatReport(report)).toContain('1 row(s) with problems left out (--partial):');
      const data = dataOf(await subgraph().query<{ municipality: { neighbourhoods: unknown[] } }>(NEIGHBOURHOODS));
      expect(data.municipality.neighbourhoods).toEqual([
        { code: 'WK098498', name: 'Testwijk Proefkwartier', municipality: { code: 'GM0984' } },
        { code: 'WK098499', name: 'Testwijk Oefenveld', municipality: { code: 'GM0984' } },
      ]);
      expect(await db().getRepository(Neighbourhood).countBy({ code: 'WK999901' })).toBe(0);
    });

    it('changes nothing on a second import', async () => {
      expect(await importNeighbourhoods(db(), fixture('cbs-wijken.csv'), { partial: true })).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    });

    it('serves the wijk of a location that gives its wijkcode', async () => {
      await db().getRepository(OrganisationLocation).update({ id: 'school-99zz00:register' }, { neighbourhoodCode: 'WK098498' });
      expect((await find('99ZZ00')).locations[0]).toMatchObject({ neighbourhoodCode: 'WK098498', neighbourhood: { code: 'WK098498' } });
      const data = dataOf(
        await subgraph().query<{ municipality: { neighbourhoods: { code: string; organisations: { id: string }[] }[] } }>(
          '{ municipality(code: "GM0984") { neighbourhoods { code organisations { id locations { organisation { id } } } } } }',
        ),
      );
      expect(data.municipality.neighbourhoods).toEqual([
        { code: 'WK098498', organisations: [{ id: 'school-99zz00', locations: [{ organisation: { id: 'school-99zz00' } }] }] },
        { code: 'WK098499', organisations: [] },
      ]);
    });

    it('writes nothing from a file with bad rows, and reports every one', async () => {
      const before = await db().getRepository(Neighbourhood).count();
      expect((await importNeighbourhoods(db(), fixture('cbs-wijken-fout.csv'))).problems).toEqual([
        { line: 3, column: 'Key', message: expect.stringContaining('CBS area code') },
        { line: 4, column: 'Key', message: 'WK098496 already appears on line 2' },
        { line: 5, column: 'Title', message: 'is empty' },
      ]);
      expect(await db().getRepository(Neighbourhood).count()).toBe(before);
    });
  });
}
