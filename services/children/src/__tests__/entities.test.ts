import { claims, startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { children } from '../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(() => subgraph?.close());

const ENTITIES = (selection: string) => `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;

describe('_entities: Municipality', () => {
  it('resolves several references in order; an unknown code has no figures ("."), not zeros', async () => {
    const res = await subgraph.query<{ _entities: { code: string; targetGroupDefinitions: { version: string }[]; earlyEducation: { year: number; indicated: { label: string } } }[] }>(
      ENTITIES('... on Municipality { code targetGroupDefinitions { version } earlyEducation(year: 2023) { year indicated { label } } }'),
      { r: ['GM0556', 'GM0984', 'GM9998'].map((code) => ({ __typename: 'Municipality', code })) },
    );
    expect(res.errors).toBeUndefined();
    const [maassluis, venray, unknown] = res.data!._entities;
    expect(maassluis.code).toBe('GM0556');
    expect(maassluis.targetGroupDefinitions).toEqual([{ version: '2019-01' }, { version: '2022-01' }]);
    expect(Number(maassluis.earlyEducation.indicated.label)).toBeGreaterThan(20);
    expect(venray.code).toBe('GM0984');
    expect(venray.targetGroupDefinitions).toEqual([{ version: '2019-01' }]);
    expect(unknown).toEqual({ code: 'GM9998', targetGroupDefinitions: [], earlyEducation: { year: 2023, indicated: { label: '.' } } });
  });
});

describe('_entities: Organisation', () => {
  const orgs = ['kinderopvang-t-nest', 'humankind-de-auvermennekes', 'spovenray'];
  const refs = orgs.map((id) => ({ __typename: 'Organisation', id }));

  it('resolves several references to their placements for an admin', async () => {
    const res = await subgraph.query<{ _entities: { id: string; placements: { id: string; location: { id: string } }[] }[] }>(
      ENTITIES('... on Organisation { id placements { id location { id } } }'),
      { r: refs },
      claims('admin'),
    );
    expect(res.errors).toBeUndefined();
    const expected: { location_id: string; n: number }[] = await subgraph.dataSource.query(
      `SELECT location_id, count(*)::int AS n FROM children.placement WHERE location_id = ANY ($1) GROUP BY location_id`,
      [orgs],
    );
    const entities = res.data!._entities;
    expect(entities.map((e) => e.id)).toEqual(orgs);
    expect(entities.map((e) => e.placements.length)).toEqual(orgs.map((id) => expected.find((x) => x.location_id === id)?.n ?? 0));
    expect(entities[0].placements.length).toBeGreaterThan(50);
    expect(entities[1].placements.length).toBeGreaterThan(5);
    for (const e of entities) expect(e.placements.every((p) => p.location.id === e.id)).toBe(true);
  });

  it('resolves references without child-level fields for anyone, and refuses placements per reference', async () => {
    const ids = await subgraph.query<{ _entities: { id: string }[] }>(ENTITIES('... on Organisation { id }'), { r: refs }, claims('analyst'));
    expect(ids.errors).toBeUndefined();
    expect(ids.data!._entities).toEqual(orgs.map((id) => ({ id })));

    const placements = await subgraph.query<{ _entities: unknown[] }>(ENTITIES('... on Organisation { id placements { id } }'), { r: refs }, claims('analyst'));
    expect(placements.data!._entities).toEqual(orgs.map((id) => ({ id, placements: null })));
    expect(placements.errors!.map((e) => [e.extensions?.code, e.path])).toEqual(
      orgs.map((_, i) => ['FORBIDDEN', ['_entities', i, 'placements']]),
    );
  });
});
