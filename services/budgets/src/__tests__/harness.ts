import type { Claims } from '@kansrijk/kit';
import { claims, type GraphQLResult, type TestSubgraph } from '@kansrijk/kit/src/testing';

/** The suites get the running subgraph lazily: it starts in budgets.test.ts's beforeAll. */
export type Subgraph = () => TestSubgraph;

 
export type Json = any;

export const ADMIN = claims('admin');
export const MAASSLUIS_OFFICER = claims('officer', { municipalities: ['GM0556'] });
export const VOERENDAAL_OFFICER = claims('officer', { municipalities: ['GM0986'] });

export async function ok(sg: Subgraph, query: string, variables: Record<string, unknown> = {}, who: Claims = ADMIN): Promise<Json> {
  const res = await sg().query<Json>(query, variables, who);
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** The one error of a refused request: its code and the field it names. */
export function refusal(res: GraphQLResult<Json>): { code: unknown; field: unknown } {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field };
}

/** Every row of the subgraph's tables, to show that a refused write wrote nothing. */
export async function snapshot(sg: Subgraph): Promise<string> {
  const db = sg().dataSource;
  const out: Record<string, unknown> = {};
  for (const table of ['budget_plan', 'budget_section', 'budget_line', 'printed_subtotal', 'available_funds', 'realisation', 'funding_allocation']) {
    out[table] = await db.query(`SELECT * FROM budgets.${table} ORDER BY 1, 2`);
  }
  return JSON.stringify(out);
}
