import { ANONYMOUS, BoundedLabel, OTHER, metricsAccess, metricsProblems } from '../metrics';
import { statementKind } from '../subgraph-metrics';

describe('BoundedLabel', () => {
  it('keeps known names, admits others up to the cap, and counts the rest as (other)', () => {
    const label = new BoundedLabel(2, ['LeaOverview']);
    expect(label.of('First')).toBe('First');
    expect(label.of('Second')).toBe('Second');
    expect(label.of('Third')).toBe(OTHER);
    expect(label.of('LeaOverview')).toBe('LeaOverview');
    // Admitted once, kept: the series does not come and go.
    expect(label.of('First')).toBe('First');
  });

  it('does not admit what only looks, nor what is not shaped like a name', () => {
    const label = new BoundedLabel(10, ['Known']);
    expect(label.of('Unvalidated', false)).toBe(OTHER);
    expect(label.of('Known', false)).toBe('Known');
    expect(label.of('http://internal:4001')).toBe(OTHER);
    expect(label.of('x'.repeat(65))).toBe(OTHER);
    expect(label.of(null)).toBe(ANONYMOUS);
    expect(label.of('')).toBe(ANONYMOUS);
    // None of those took a place under the cap.
    for (let i = 0; i < 10; i++) expect(label.of(`Op${i}`)).toBe(`Op${i}`);
    expect(label.of('Op10')).toBe(OTHER);
  });
});

describe('statementKind', () => {
  it.each([
    ['SELECT 1', 'select'],
    ['  select * from x', 'select'],
    ['WITH a AS (SELECT 1) INSERT INTO t SELECT * FROM a', 'with'],
    ['-- a comment\nUPDATE t SET a = 1', 'update'],
    ['/* hint */ DELETE FROM t', 'delete'],
    ['START TRANSACTION', 'start'],
    ['COMMIT', 'commit'],
    ['EXPLAIN ANALYZE SELECT 1', 'other'],
    ["SELECT 'secret'", 'select'],
    ['', 'other'],
  ])('%j is %s', (sql, kind) => {
    expect(statementKind(sql)).toBe(kind);
  });
});

describe('metricsAccess', () => {
  it('serves the main port outside production, in production only with a token, never beside METRICS_PORT', () => {
    expect(metricsAccess({}, false)).toEqual({ onMainPort: true, token: undefined });
    expect(metricsAccess({}, true)).toEqual({ onMainPort: false, token: undefined });
    expect(metricsAccess({ METRICS_TOKEN: 't' }, true)).toEqual({ onMainPort: true, token: 't' });
    expect(metricsAccess({ METRICS_PORT: 9464 }, false).onMainPort).toBe(false);
    expect(metricsProblems({ PORT: 4001, METRICS_PORT: 4001 })).toEqual([{ variable: 'METRICS_PORT', message: 'must differ from PORT' }]);
    expect(metricsProblems({ PORT: 4001, METRICS_PORT: 9464 })).toEqual([]);
  });
});
