import { loadAll, loadExisting, money } from '@kansrijk/kit';
import { setTotal } from '../amounts';
import type { BudgetPlan as BudgetPlanRow } from '../entities';
import { availableFundsFindings, overAllocation, overspentFindings, subtotalFindings, type Finding } from '../findings';
import { spending, spendingBy, spendingByQuarter, type LinesWithEntries } from '../spending';
import type { Context } from '../subgraph';
import type { BudgetPlanResolvers } from '../generated/graphql';

const yearOf = (date: string) => Number.parseInt(date.slice(0, 4), 10);

async function linesOfPlan(plan: BudgetPlanRow, ctx: Context) {
  const sections = await ctx.loaders.sectionsOfPlan.load(plan.id);
  return (await loadAll(ctx.loaders.linesOfSection, sections.map((s) => s.id))).flat();
}

async function linesWithEntries(plan: BudgetPlanRow, ctx: Context): Promise<LinesWithEntries> {
  const lines = await linesOfPlan(plan, ctx);
  return { lines, entries: await loadAll(ctx.loaders.realisationsOfLine, lines.map((line) => line.id)) };
}

/** OVER_ALLOCATED for allocations the plan draws on (same stream, overlapping period). */
async function overAllocations(plan: BudgetPlanRow, ctx: Context): Promise<Finding[]> {
  const streams = new Set((await linesOfPlan(plan, ctx)).map((line) => line.fundingStreamCode));
  const allocations = await ctx.loaders.allocationsOfMunicipality.load({ owner: plan.municipalityCode, argument: null });
  const drawnOn = allocations.filter(
    (a) => streams.has(a.fundingStreamCode) && yearOf(a.periodStart) <= plan.endYear && yearOf(a.periodEnd) >= plan.year,
  );
  const ids = drawnOn.map((a) => a.id);
  const [terms, drawing] = await Promise.all([
    loadAll(ctx.loaders.termsOfAllocation, ids),
    loadAll(ctx.loaders.linesDrawingOnAllocation, ids),
  ]);
  return drawnOn
    .map((allocation, i) => overAllocation(allocation, terms[i], drawing[i].map((d) => d.line)))
    .filter((f): f is Finding => f !== null);
}

export const BudgetPlan: BudgetPlanResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.plan.load(ref.id);
  },
  municipality(plan) {
    return { code: plan.municipalityCode };
  },
  sections(plan, _, ctx) {
    return ctx.loaders.sectionsOfPlan.load(plan.id);
  },
  async total(plan, _, ctx) {
    return money(setTotal(await linesOfPlan(plan, ctx)));
  },
  async findings(plan, _, ctx) {
    const sections = await ctx.loaders.sectionsOfPlan.load(plan.id);
    const ids = sections.map((s) => s.id);
    const [subtotals, lines, funds] = await Promise.all([
      loadAll(ctx.loaders.subtotalsOfSection, ids),
      loadAll(ctx.loaders.linesOfSection, ids),
      loadAll(ctx.loaders.availableFundsOfSection, ids),
    ]);
    const entries = await Promise.all(lines.map((ls) => loadAll(ctx.loaders.realisationsOfLine, ls.map((line) => line.id))));
    const mismatches = sections.flatMap((section, i) => subtotalFindings(section, subtotals[i], lines[i]));
    const exceeded = sections.flatMap((section, i) => availableFundsFindings(section, funds[i], lines[i]));
    const overspent = sections.flatMap((section, i) => overspentFindings(section, lines[i], entries[i]));
    return [...mismatches, ...exceeded, ...(await overAllocations(plan, ctx)), ...overspent];
  },
  async spending(plan, _, ctx) {
    const { lines, entries } = await linesWithEntries(plan, ctx);
    return spending(lines, entries.flat());
  },
  async spendingByStream(plan, _, ctx) {
    return spendingBy(await linesWithEntries(plan, ctx), (line) => line.fundingStreamCode).map(({ key, spending: s }) => ({
      fundingStream: loadExisting(ctx.loaders.fundingStream, key, 'funding stream'),
      spending: s,
    }));
  },
  async spendingByPolicyGoal(plan, _, ctx) {
    const groups = spendingBy(await linesWithEntries(plan, ctx), (line) => line.policyGoalId);
    const goals = await loadAll(ctx.loaders.policyGoal, groups.map((g) => g.key));
    return groups
      .map(({ spending: s }, i) => ({ policyGoal: goals[i]!, spending: s }))
      .sort((a, b) => a.policyGoal.fromYear - b.policyGoal.fromYear || a.policyGoal.number - b.policyGoal.number);
  },
  async spendingByQuarter(plan, _, ctx) {
    return spendingByQuarter((await linesWithEntries(plan, ctx)).entries.flat());
  },
};
