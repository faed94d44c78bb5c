/**
 * `npm run new-subgraph`: which names it refuses and why, the names it derives, and that the files it
 * edits keep their hand-made layout. That a scaffolded subgraph type-checks, composes, migrates and
 * answers through the gateway is proven by scripts/check-new-subgraph.sh (in CI), on a throwaway copy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, checkName, plural, subgraphNames } from '../scripts/scaffold/names';
import { formatRegistry, nextPort, withWorkspace } from '../scripts/scaffold/registry-file';

const ROOT = join(__dirname, '..');
const REGISTRY = join(ROOT, 'services', 'domain', 'registry.json');
const EXISTING = ['partners', 'children', 'budgets', 'interventions'];
const NONE = { types: new Set<string>(), municipalityFields: new Set<string>() };

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('new-subgraph names', () => {
  it('accepts one lower-case word or kebab-case words', () => {
    for (const name of ['sport', 'youth-care', 'vve2', 'a-b-c']) expect(() => checkName(name, EXISTING)).not.toThrow();
  });

  it('refuses malformed, existing and reserved names, saying why', () => {
    for (const name of ['Sport', 'youth_care', 'youth--care', '-sport', 'sport-', '2sport', 'sport care', '']) {
      expect(refusal(() => checkName(name, EXISTING))).toMatch(/is not a subgraph name: use lower-case letters/);
    }
    expect(refusal(() => checkName('budgets', EXISTING))).toMatch(/"budgets" is already a subgraph/);
    for (const name of ['kit', 'domain', 'demo', 'gateway', 'postgres', 'public', 'class', 'new', 'pg-stats']) {
      expect(refusal(() => checkName(name, EXISTING))).toMatch(/is reserved/);
    }
    expect(refusal(() => checkName('a'.repeat(31), EXISTING))).toMatch(/too long/);
  });

  it('derives every name from the subgraph name, or from --entity and --field', () => {
    expect(subgraphNames('youth-care', {}, NONE)).toEqual({
      name: 'youth-care',
      exportName: 'youthCare',
      entity: 'YouthCareRecord',
      entityFile: 'youth-care-record',
      table: 'youth_care_record',
      entityLoader: 'youthCareRecord',
      field: 'youthCareRecords',
      fieldLoader: 'youthCareRecordsByMunicipality',
    });
    expect(subgraphNames('sport', { entity: 'SportClub' }, NONE)).toMatchObject({ entityFile: 'sport-club', table: 'sport_club', field: 'sportClubs' });
    expect(subgraphNames('sport', { entity: 'Facility', field: 'sportFacilities' }, NONE)).toMatchObject({ field: 'sportFacilities' });
    expect(['activity', 'class', 'box', 'match', 'day'].map(plural)).toEqual(['activities', 'classes', 'boxes', 'matches', 'days']);
  });

  it('refuses an entity or field another subgraph already has', () => {
    const taken = { types: new Set(['Intervention']), municipalityFields: new Set(['interventions']) };
    expect(refusal(() => subgraphNames('sport', { entity: 'Intervention' }, taken))).toMatch(/already defines the type Intervention/);
    expect(refusal(() => subgraphNames('sport', { entity: 'Municipality' }, NONE))).toMatch(/already defines the type Municipality/);
    expect(refusal(() => subgraphNames('sport', { field: 'interventions' }, taken))).toMatch(/Municipality already has a field interventions/);
    expect(refusal(() => subgraphNames('sport', { entity: 'sport_club' }, NONE))).toMatch(/PascalCase/);
    expect(refusal(() => subgraphNames('sport', { field: 'Clubs' }, NONE))).toMatch(/camelCase/);
  });
});

describe('new-subgraph registry edits', () => {
  it('writes registry.json in its own layout, so a new subgraph is a one-line diff', () => {
    const text = readFileSync(REGISTRY, 'utf8');
    const registry = JSON.parse(text);
    expect(formatRegistry(registry)).toBe(text);
    const added = formatRegistry({ ...registry, subgraphs: [...registry.subgraphs, { name: 'sport', port: nextPort(registry), title: 'sport', asks: [] }] });
    expect(added.split('\n').length).toBe(text.split('\n').length + 1);
    expect(JSON.parse(added).subgraphs.at(-1)).toEqual({ name: 'sport', port: Math.max(...registry.subgraphs.map((s: any) => s.port), registry.gateway.port) + 1, title: 'sport', asks: [] });
  });

  it('adds the workspace after the last subgraph, once', () => {
    const workspaces = ['services/kit', 'services/partners', 'gateway'];
    expect(withWorkspace(workspaces, 'services/sport')).toEqual(['services/kit', 'services/partners', 'services/sport', 'gateway']);
    expect(withWorkspace(['services/kit', 'services/sport', 'gateway'], 'services/sport')).toEqual(['services/kit', 'services/sport', 'gateway']);
  });
});

describe('npm run new-subgraph on bad usage', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'new-subgraph.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it.each([
    [['partners'], /"partners" is already a subgraph/],
    [['Youth_Care'], /is not a subgraph name/],
    [[], /the name of the new subgraph is missing/],
    [['sport', '--colour', 'red'], /unknown option --colour/],
  ])('%j: exit code 2, the reason and the usage, nothing written', (args, reason) => {
    const before = readFileSync(REGISTRY, 'utf8');
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toMatch(/usage: npm run new-subgraph -- <name>/);
    expect(readFileSync(REGISTRY, 'utf8')).toBe(before);
  });
});
