import { createServer } from 'node:net';
import { claims } from '@kansrijk/kit/src/testing';
import { data, type Subgraph } from './harness';

const admin = claims('admin');
const venrayOfficer = claims('officer', { municipalities: ['GM0984'] });

const CREATE = `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) {
  id name municipality { code } themes { code } organisations { id } status phase preventionLevel
  targetAgeMin targetAgeMax startYear endYear reach { quantity unit atLeast scope } reachText lessons workingElements sources coalition { id }
} }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) {
  id name status themes { code } organisations { id } lessons targetAgeMin targetAgeMax
} }`;
const ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) {
  id code title npoCategories theme { code } indicators { id name target } intervention { id }
} }`;
const MEASURE = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) {
  id measuredOn value text note indicator { id }
} }`;

/** Rows these tests write all have ids under `gm0984-testinterventie`; measurements exist only in tests. */
async function removeTestRows(sg: Subgraph) {
  const db = sg().dataSource;
  await db.query('DELETE FROM interventions.measurement');
  await db.query("DELETE FROM interventions.indicator WHERE activity_id LIKE 'gm0984-testinterventie%'");
  await db.query("DELETE FROM interventions.activity WHERE intervention_id LIKE 'gm0984-testinterventie%'");
  for (const table of ['intervention_theme', 'intervention_organisation', 'reach_figure']) {
    await db.query(`DELETE FROM interventions.${table} WHERE intervention_id LIKE 'gm0984-testinterventie%'`);
  }
  await db.query("DELETE FROM interventions.intervention WHERE id LIKE 'gm0984-testinterventie%'");
}

const interventionCount = async (sg: Subgraph) => Number((await sg().dataSource.query('SELECT count(*) AS n FROM interventions.intervention'))[0].n);

/** A URL on which nothing listens: a port that was free a moment ago. */
async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

export function writesTests(sg: Subgraph, partners: Subgraph, peers: Record<string, string>) {
  describe('writes', () => {
    afterAll(() => removeTestRows(sg));

    it('creates an intervention with its themes, organisations and reach, in a coalition of its municipality', async () => {
      const res = await sg().query<{ createIntervention: Record<string, unknown> }>(CREATE, {
        input: {
          municipality: 'GM0984', name: ' Testinterventie Huiswerkklas ', themes: ['TALENTONTWIKKELING', 'BRUKSKE_GEZONDE_JEUGD'],
          organisations: ['spovenray', 'unik'], status: 'PILOT', phase: 'PREPARATION', preventionLevel: 'SELECTIVE',
          targetAgeMin: 8, targetAgeMax: 12, startYear: 2024, reach: [{ quantity: 30, unit: 'leerlingen', atLeast: true }],
          lessons: ['Eerst klein beginnen'], sources: ['Verslag werkgroep'], coalition: 'venray-brukske',
        },
      }, venrayOfficer);
      expect(res.errors).toBeUndefined();
      expect(res.data?.createIntervention).toEqual({
        id: 'gm0984-testinterventie-huiswerkklas', name: 'Testinterventie Huiswerkklas', municipality: { code: 'GM0984' },
        themes: [{ code: 'TALENTONTWIKKELING' }, { code: 'BRUKSKE_GEZONDE_JEUGD' }], organisations: [{ id: 'spovenray' }, { id: 'unik' }],
        status: 'PILOT', phase: 'PREPARATION', preventionLevel: 'SELECTIVE', targetAgeMin: 8, targetAgeMax: 12, startYear: 2024, endYear: null,
        reach: [{ quantity: 30, unit: 'leerlingen', atLeast: true, scope: null }], reachText: null,
        lessons: ['Eerst klein beginnen'], workingElements: [], sources: ['Verslag werkgroep'], coalition: { id: 'venray-brukske' },
      });
    });

    it('lists a new intervention of a coalition theme under every goal of that theme', async () => {
      const res = await data<{ _entities: { themes: { code: string; goals: { interventions: { id: string }[] }[] }[] }[] }>(
        sg,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Coalition { themes { code goals { interventions { id } } } } } }',
        { r: [{ __typename: 'Coalition', id: 'venray-brukske' }] },
      );
      const jeugd = res._entities[0].themes.find((t) => t.code === 'BRUKSKE_GEZONDE_JEUGD')!;
      for (const goal of jeugd.goals) expect(goal.interventions.map((i) => i.id)).toContain('gm0984-testinterventie-huiswerkklas');
    });

    it('updates only the fields given; a list given replaces the list', async () => {
      const res = await sg().query<{ updateIntervention: Record<string, unknown> }>(
        UPDATE, { id: 'gm0984-testinterventie-huiswerkklas', input: { status: 'EMBEDDED', organisations: ['unik'] } }, venrayOfficer,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateIntervention).toMatchObject({
        name: 'Testinterventie Huiswerkklas', status: 'EMBEDDED', organisations: [{ id: 'unik' }], lessons: ['Eerst klein beginnen'],
        themes: [{ code: 'TALENTONTWIKKELING' }, { code: 'BRUKSKE_GEZONDE_JEUGD' }], targetAgeMin: 8, targetAgeMax: 12,
      });
    });

    it('links an intervention to a publication, keeps the link through an update that does not name it, and unlinks on null', async () => {
      const id = 'gm0984-testinterventie-huiswerkklas';
      const PUB = `mutation ($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id publication { id } } }`;
      const linked = await sg().query<{ updateIntervention: unknown }>(PUB, { id, input: { publication: 'gka-land-vol-kansen' } }, venrayOfficer);
      expect(linked.errors).toBeUndefined();
      expect(linked.data?.updateIntervention).toEqual({ id, publication: { id: 'gka-land-vol-kansen' } });
      const kept = await sg().query<{ updateIntervention: unknown }>(PUB, { id, input: { reachText: 'Dertig leerlingen' } }, venrayOfficer);
      expect(kept.data?.updateIntervention).toEqual({ id, publication: { id: 'gka-land-vol-kansen' } });
      const unknown = await sg().query(PUB, { id, input: { publication: 'no-such-publication' } }, venrayOfficer);
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.publication' });
      const unlinked = await sg().query<{ updateIntervention: unknown }>(PUB, { id, input: { publication: null } }, venrayOfficer);
      expect(unlinked.data?.updateIntervention).toEqual({ id, publication: null });
    });

    it('moves an intervention to another municipality only for who may write for both, checking its themes there', async () => {
      const id = 'gm0984-testinterventie-huiswerkklas';
      const move = (input: Record<string, unknown>, who = claims('officer', { municipalities: ['GM0984', 'GM0986'] })) =>
        sg().query<{ updateIntervention: { id: string } }>(
          'mutation ($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }', { id, input }, who,
        );
      expect((await move({ municipality: 'GM0986' }, venrayOfficer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await move({ municipality: 'GM0986', themes: ['BRUKSKE_GEZONDE_JEUGD'] })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT', field: 'input.themes[0]',
      });
      expect((await move({ municipality: 'GM0986', themes: ['TALENTONTWIKKELING'] })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT', field: 'input.coalition',
      });
      const where = () => data<{ intervention: { municipality: { code: string } } }>(sg, `{ intervention(id: "${id}") { municipality { code } } }`);
      expect((await where()).intervention.municipality.code).toBe('GM0984');
      expect((await move({ municipality: 'GM0986', themes: ['TALENTONTWIKKELING'], coalition: null })).errors).toBeUndefined();
      expect((await where()).intervention.municipality.code).toBe('GM0986');
      const back = await move({ municipality: 'GM0984', themes: ['TALENTONTWIKKELING', 'BRUKSKE_GEZONDE_JEUGD'], coalition: 'venray-brukske' });
      expect(back.errors).toBeUndefined();
    });

    it('refuses bad input naming the field, and writes nothing', async () => {
      const base = { municipality: 'GM0984', name: 'Testinterventie Fout' };
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '  ' }, 'input.name'],
        [{ municipality: 'Venray' }, 'input.municipality'],
        [{ themes: ['TALENTONTWIKKELING', 'NO_SUCH_THEME'] }, 'input.themes[1]'],
        [{ themes: ['VOERENDAAL_TALENT'] }, 'input.themes[0]'],
        [{ organisations: ['unik', 'no-such-organisation'] }, 'input.organisations[1]'],
        [{ municipality: 'GM9999' }, 'input.municipality'],
        [{ organisations: ['unik', 'unik'] }, 'input.organisations[1]'],
        [{ targetAgeMin: 12, targetAgeMax: 4 }, 'input.targetAgeMax'],
        [{ targetAgeMin: -1 }, 'input.targetAgeMin'],
        [{ startYear: 1850 }, 'input.startYear'],
        [{ startYear: 2024, endYear: 2020 }, 'input.endYear'],
        [{ coalition: 'voerendaal-lea' }, 'input.coalition'],
        [{ reach: [{ quantity: -3, unit: 'scholen' }] }, 'input.reach[0].quantity'],
        [{ lessons: ['goed', ''] }, 'input.lessons[1]'],
        [{ publication: 'no-such-publication' }, 'input.publication'],
      ];
      const before = await interventionCount(sg);
      for (const [change, field] of cases) {
        const res = await sg().query(CREATE, { input: { ...base, ...change } }, admin);
        expect([field, res.errors?.[0].extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      }
      expect(await interventionCount(sg)).toBe(before);
      const dup = await sg().query(CREATE, { input: { municipality: 'GM0984', name: 'testinterventie huiswerkklas' } }, admin);
      expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    });

    it('links an organisation partners created a moment ago: existence is asked of partners, not a fixed list', async () => {
      const created = await partners().query<{ createOrganisation: { id: string } }>(
        'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        { input: { name: 'Testinterventie Huiswerkhuis', kind: 'OTHER', municipalities: ['GM0984'] } }, admin,
      );
      expect(created.errors).toBeUndefined();
      const orgId = created.data!.createOrganisation.id;
      try {
        const res = await sg().query<{ createIntervention: { organisations: { id: string }[] } }>(
          CREATE, { input: { municipality: 'GM0984', name: 'Testinterventie Huiswerkhuis', organisations: ['unik', orgId] } }, venrayOfficer,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.createIntervention.organisations).toEqual([{ id: 'unik' }, { id: orgId }]);
      } finally {
        await partners().dataSource.query('DELETE FROM partners.organisation_municipality WHERE organisation_id = $1', [orgId]);
        await partners().dataSource.query('DELETE FROM partners.organisation WHERE id = $1', [orgId]);
      }
    });

    it('when partners cannot be reached, refuses the write without a host or URL in the answer and writes nothing', async () => {
      const reachable = peers.partners;
      peers.partners = await closedUrl();
      try {
        const before = await interventionCount(sg);
        const res = await sg().query(CREATE, { input: { municipality: 'GM0984', name: 'Testinterventie Onbereikbaar', organisations: ['unik'] } }, admin);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        expect(res.errors?.[0].message).toMatch(/partners.*nothing was written/);
        expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|localhost|http:|ECONNREFUSED/);
        expect(await interventionCount(sg)).toBe(before);
        // A change that links no new key needs no answer from partners.
        const upd = await sg().query(UPDATE, { id: 'gm0984-testinterventie-huiswerkklas', input: { lessons: ['Eerst klein beginnen'] } }, admin);
        expect(upd.errors).toBeUndefined();
      } finally {
        peers.partners = reachable;
      }
    });

    it('refuses writes by analysts, LEA members, partners and officers of another municipality', async () => {
      const who = [claims('analyst'), claims('lea', { municipalities: ['GM0984'] }), claims('partner', { organisations: ['unik'] }),
        claims('officer', { municipalities: ['GM0986'] })];
      for (const viewer of who) {
        const res = await sg().query(CREATE, { input: { municipality: 'GM0984', name: 'Testinterventie Verboden' } }, viewer);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const upd = await sg().query(UPDATE, { id: 'gm0984-testinterventie-huiswerkklas', input: { status: 'ENDED' } }, viewer);
        expect(upd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const res = await data<{ intervention: { status: string } | null; gone: null }>(
        sg, '{ intervention(id: "gm0984-testinterventie-huiswerkklas") { status } gone: intervention(id: "gm0984-testinterventie-verboden") { id } }',
      );
      expect(res).toEqual({ intervention: { status: 'EMBEDDED' }, gone: null });
    });

    it('creates an activity with indicators, then records measurements that come back oldest first', async () => {
      const act = await sg().query<{ createActivity: Record<string, unknown> }>(ACTIVITY, {
        input: {
          intervention: 'gm0984-testinterventie-huiswerkklas', code: 'a', title: 'Huiswerkbegeleiding', theme: 'BRUKSKE_GEZONDE_JEUGD',
          npoCategories: ['SCHOOL_WIDE_MEASURES'], indicators: [{ name: 'Aantal deelnemers', target: '30' }, { name: 'Tevredenheid' }],
        },
      }, venrayOfficer);
      expect(act.errors).toBeUndefined();
      expect(act.data?.createActivity).toEqual({
        id: 'gm0984-testinterventie-huiswerkklas-a', code: 'a', title: 'Huiswerkbegeleiding', npoCategories: ['SCHOOL_WIDE_MEASURES'],
        theme: { code: 'BRUKSKE_GEZONDE_JEUGD' }, intervention: { id: 'gm0984-testinterventie-huiswerkklas' },
        indicators: [
          { id: 'gm0984-testinterventie-huiswerkklas-a-1', name: 'Aantal deelnemers', target: '30' },
          { id: 'gm0984-testinterventie-huiswerkklas-a-2', name: 'Tevredenheid', target: null },
        ],
      });
      const indicator = 'gm0984-testinterventie-huiswerkklas-a-1';
      for (const [measuredOn, value] of [['2024-06-01', '24'], ['2023-12-01', '12.5'], ['2024-06-01', '26']]) {
        const res = await sg().query(MEASURE, { input: { indicator, measuredOn, value } }, venrayOfficer);
        expect(res.errors).toBeUndefined();
      }
      const text = await sg().query(MEASURE, { input: { indicator: 'gm0984-testinterventie-huiswerkklas-a-2', measuredOn: '2024-01-15', text: 'tevreden', note: 'enquête' } }, admin);
      expect(text.data?.recordMeasurement).toEqual({
        id: 'gm0984-testinterventie-huiswerkklas-a-2@2024-01-15', measuredOn: '2024-01-15', value: null, text: 'tevreden', note: 'enquête',
        indicator: { id: 'gm0984-testinterventie-huiswerkklas-a-2' },
      });
      const read = await data<{ activity: { indicators: { measurements: { measuredOn: string; value: string | null; text: string | null }[] }[] } }>(
        sg, '{ activity(id: "gm0984-testinterventie-huiswerkklas-a") { indicators { measurements { measuredOn value text } } } }',
      );
      expect(read.activity.indicators[0].measurements).toEqual([
        { measuredOn: '2023-12-01', value: '12.5', text: null },
        { measuredOn: '2024-06-01', value: '26', text: null },
      ]);
    });

    it('refuses bad activity and measurement input naming the field', async () => {
      const activity = (input: Record<string, unknown>) =>
        sg().query(ACTIVITY, { input: { intervention: 'gm0984-testinterventie-huiswerkklas', code: 'b', title: 'Iets', ...input } }, admin);
      const measure = (input: Record<string, unknown>) =>
        sg().query(MEASURE, { input: { indicator: 'gm0984-testinterventie-huiswerkklas-a-1', measuredOn: '2024-02-01', ...input } }, admin);
      const cases: [Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, string][] = [
        [activity({ code: 'a' }), 'input.code'],
        [activity({ code: 'b c' }), 'input.code'],
        [activity({ title: '' }), 'input.title'],
        [activity({ theme: 'VOERENDAAL_TALENT' }), 'input.theme'],
        [activity({ npoCategories: ['COOPERATION', 'COOPERATION'] }), 'input.npoCategories[1]'],
        [activity({ indicators: [{ name: ' ' }] }), 'input.indicators[0].name'],
        [activity({ intervention: 'no-such-intervention' }), 'input.intervention'],
        [measure({}), 'input.value'],
        [measure({ value: '3', text: 'drie' }), 'input.value'],
        [measure({ measuredOn: '2999-01-01', value: '3' }), 'input.measuredOn'],
        [measure({ indicator: 'nope', value: '3' }), 'input.indicator'],
        [measure({ value: '3,5' }), 'input.value'],
        [measure({ measuredOn: '2024-02-30', value: '3' }), 'input.measuredOn'],
      ];
      for (const [pending, field] of cases) {
        const res = await pending;
        expect([field, res.errors?.[0].extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      }
      const rows = await sg().dataSource.query("SELECT id FROM interventions.activity WHERE id LIKE 'gm0984-testinterventie%'");
      expect(rows).toEqual([{ id: 'gm0984-testinterventie-huiswerkklas-a' }]);
    });
  });
}
