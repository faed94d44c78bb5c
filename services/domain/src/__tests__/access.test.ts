import { Viewer } from '../access';
import { SUBGRAPHS, subgraphEntry, subgraphUrlsFromEnv, urlVariable } from '../registry';

describe('access rules', () => {
  it('lets only staff of the organisation (and admins) see its children', () => {
    const staff = new Viewer({ sub: 'p', roles: ['partner'], municipalities: [], organisations: ['org-1'] });
    expect(staff.canSeeChildrenOf('org-1')).toBe(true);
    expect(staff.canSeeChildrenOf('org-2')).toBe(false);
    expect(new Viewer({ sub: 'l', roles: ['lea'], municipalities: ['GM0984'], organisations: ['org-1'] }).canSeeChildrenOf('org-1')).toBe(false);
    expect(new Viewer({ sub: 'a', roles: ['admin'], municipalities: [], organisations: [] }).canSeeChildrenOf('org-9')).toBe(true);
  });

  it('lets officers write only for their own municipalities', () => {
    const officer = new Viewer({ sub: 'o', roles: ['officer'], municipalities: ['GM0984'], organisations: [] });
    expect(officer.canWriteFor('GM0984')).toBe(true);
    expect(officer.canWriteFor('GM0556')).toBe(false);
  });
});

describe('the registry of subgraphs', () => {
  it('finds a subgraph at <NAME>_URL, else at its default port on this machine', () => {
    expect(subgraphUrlsFromEnv({})).toMatchObject({ partners: 'http://127.0.0.1:4001/graphql' });
    expect(subgraphUrlsFromEnv({ PARTNERS_URL: 'http://partners:4001/graphql' }).partners).toBe('http://partners:4001/graphql');
    expect(subgraphUrlsFromEnv({ BUDGETS_URL: 'http://b/graphql' })).toMatchObject({ budgets: 'http://b/graphql', interventions: 'http://127.0.0.1:4004/graphql' });
    expect(urlVariable('interventions')).toBe('INTERVENTIONS_URL');
  });

  it('gives every subgraph its own port, asks only subgraphs it lists, and names unknown ones', () => {
    const ports = SUBGRAPHS.map((s) => s.port);
    expect(new Set(ports).size).toBe(ports.length);
    for (const s of SUBGRAPHS) for (const other of s.asks) expect(SUBGRAPHS.map((x) => x.name)).toContain(other);
    expect(() => subgraphEntry('nope')).toThrow(/Unknown subgraph nope; one of partners, children/);
  });
});
