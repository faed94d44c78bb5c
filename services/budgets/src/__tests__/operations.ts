/** The budgets mutations as a client sends them; shared by the subgraph suites and the gateway e2e test. */
export const CREATE_PLAN = `mutation ($input: CreateBudgetPlanInput!) {
  createBudgetPlan(input: $input) { id year endYear title source municipality { code } sections { id } total { amount } } }`;

export const UPDATE_PLAN = `mutation ($id: ID!, $input: UpdateBudgetPlanInput!) {
  updateBudgetPlan(id: $id, input: $input) { id year endYear title source } }`;

export const ADD_SECTION = `mutation ($input: AddBudgetSectionInput!) {
  addBudgetSection(input: $input) { id label title note computedTotal { amount } } }`;

export const ADD_LINE = `mutation ($input: AddBudgetLineInput!) {
  addBudgetLine(input: $input) { id number description status amount { amount } statutory fundingStream { code } recipient { id } policyGoal { id } plan { id total { amount } } } }`;

export const UPDATE_LINE = `mutation ($id: ID!, $input: UpdateBudgetLineInput!) {
  updateBudgetLine(id: $id, input: $input) { id number description status amount { amount } statutory fundingStream { code } policyGoal { id number } note } }`;

export const REMOVE_LINE = `mutation ($id: ID!) {
  removeBudgetLine(id: $id) { id computedTotal { amount } lines { id number } subtotals { label computed { amount } matches } } }`;

export const RECORD = `mutation ($input: RecordRealisationInput!) {
  recordRealisation(input: $input) { id year quarter amount { amount currency } correction note line { id number spending { spent { amount } } } } }`;

/** Bad amounts a form or script might send, each refused as BAD_USER_INPUT on the field. */
export const BAD_AMOUNTS: [string, unknown][] = [
  ['negative', '-1.00'],
  ['not a number', 'NaN'],
  ['infinite', '1e309'],
  ['Infinity', 'Infinity'],
  ['three decimals', '10.005'],
  ['text', 'twintig euro'],
  ['a float', 0.1],
  ['an object', { amount: '1.00' }],
  ['an empty string', ''],
];
