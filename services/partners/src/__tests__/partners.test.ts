import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { partners } from '../module';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(partners);
});
afterAll(() => subgraph?.close());

describe('partners subgraph', () => {
  it('finds a municipality by its CBS code', async () => {
    const res = await subgraph.query<{ municipality: { code: string; name: string } }>(
      'query ($code: ID!) { municipality(code: $code) { code name province } }',
      { code: 'GM0984' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.municipality).toEqual({ code: 'GM0984', name: 'Venray', province: 'Limburg' });
  });

  it('resolves Municipality references in one batch (_entities)', async () => {
    const res = await subgraph.query<{ _entities: { code: string; name: string }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code name } } }',
      { r: [{ __typename: 'Municipality', code: 'GM0556' }, { __typename: 'Municipality', code: 'GM0986' }] },
    );
    expect(res.data?._entities).toEqual([{ code: 'GM0556', name: 'Maassluis' }, { code: 'GM0986', name: 'Voerendaal' }]);
  });

  it('refuses a request without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities { code } }' }),
    });
    expect(response.status).toBe(401);
  });
});
