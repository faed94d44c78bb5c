/**
 * The plain lists that could grow with the country are capped: past the cap the answer is
 * OPERATION_LIMIT_EXCEEDED naming the paged field, never a response of unbounded size. The rows past
 * the cap are made here in one set-based statement each (generate_series) and removed afterwards.
 */
import { MAX_UNPAGED_INTERVENTIONS } from '../services/interventions/src/resolvers/municipality';
import { MAX_UNPAGED_ORGANISATIONS } from '../services/partners/src/resolvers/municipality';
import { MAX_UNPAGED_COALITIONS } from '../services/partners/src/resolvers/query';
import { startStack, type Stack } from './stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await cleanUp();
  await stack?.close();
});

async function cleanUp() {
  if (!stack) return;
  await stack.dataSources.partners.query(`DELETE FROM partners.organisation_municipality WHERE organisation_id LIKE 'cap-test-%'`);
  await stack.dataSources.partners.query(`DELETE FROM partners.organisation WHERE id LIKE 'cap-test-%'`);
  await stack.dataSources.partners.query(`DELETE FROM partners.coalition WHERE id LIKE 'cap-test-%'`);
  await stack.dataSources.interventions.query(`DELETE FROM interventions.intervention WHERE id LIKE 'cap-test-%'`);
}

const refusal = (res: { errors?: { message: string; extensions?: { code?: string } }[] }) => res.errors?.map((e) => [e.extensions?.code, e.message]);

it('refuses a municipality’s plain organisation list past its cap, pointing to organisationsPage; the page still answers', async () => {
  await stack.dataSources.partners.query(
    `INSERT INTO partners.organisation (id, name, kind, synthetic) SELECT 'cap-test-' || n, 'Cap test ' || n, 'SCHOOL', true FROM generate_series(1, $1) AS n`,
    [MAX_UNPAGED_ORGANISATIONS + 1],
  );
  await stack.dataSources.partners.query(`INSERT INTO partners.organisation_municipality (organisation_id, municipality_code) SELECT id, 'GM0986' FROM partners.organisation WHERE id LIKE 'cap-test-%'`);
  const plain = await stack.query('{ municipality(code: "GM0986") { name organisations { id } } }');
  expect(refusal(plain)).toEqual([['OPERATION_LIMIT_EXCEEDED', expect.stringContaining('organisationsPage(first, after)')]]);
  const page = await stack.query('{ municipality(code: "GM0986") { organisationsPage(first: 5) { edges { node { id } } pageInfo { hasNextPage } } } }');
  expect(page.errors).toBeUndefined();
  expect(page.data.municipality.organisationsPage.pageInfo.hasNextPage).toBe(true);
});

it('refuses a municipality’s plain intervention list past its cap, pointing to the paged catalogue', async () => {
  await stack.dataSources.interventions.query(
    `INSERT INTO interventions.intervention (id, name, municipality_code, lessons, working_elements, sources)
     SELECT 'cap-test-' || n, 'Cap test ' || n, 'GM0986', '{}', '{}', '{}' FROM generate_series(1, $1) AS n`,
    [MAX_UNPAGED_INTERVENTIONS + 1],
  );
  const plain = await stack.query('{ municipality(code: "GM0986") { interventions { id } } }');
  expect(refusal(plain)).toEqual([['OPERATION_LIMIT_EXCEEDED', expect.stringContaining('interventions(filter: { municipality }')]]);
});

it('refuses the national coalition list past its cap, pointing to the list per municipality', async () => {
  await stack.dataSources.partners.query(
    `INSERT INTO partners.coalition (id, name, kind, municipality_code) SELECT 'cap-test-' || n, 'Cap test ' || n, 'LEA', 'GM0986' FROM generate_series(1, $1) AS n`,
    [MAX_UNPAGED_COALITIONS + 1],
  );
  const national = await stack.query('{ coalitions { id } }');
  expect(refusal(national)).toEqual([['OPERATION_LIMIT_EXCEEDED', expect.stringContaining('coalitions(municipality: ...)')]]);
});
