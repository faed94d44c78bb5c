import { loadExisting, money, moneyOrNull } from '@kansrijk/kit';
import { allocationTotal, setTotal } from '../amounts';
import type { FundingAllocation as FundingAllocationRow } from '../entities';
import { allocationMismatches, overAllocation } from '../findings';
import type { Context } from '../subgraph';
import { paymentSchedule } from '../payment-schedule';
import type { FundingAllocationResolvers } from '../generated/graphql';

async function drawing(allocation: FundingAllocationRow, ctx: Context) {
  return (await ctx.loaders.linesDrawingOnAllocation.load(allocation.id)).map((match) => match.line);
}

async function totalOf(allocation: FundingAllocationRow, ctx: Context) {
  return allocationTotal(await ctx.loaders.termsOfAllocation.load(allocation.id));
}

export const FundingAllocation: FundingAllocationResolvers = {
  fundingStream(allocation, _, ctx) {
    return loadExisting(ctx.loaders.fundingStream, allocation.fundingStreamCode, 'funding stream');
  },
  municipality(allocation) {
    return { code: allocation.municipalityCode };
  },
  terms(allocation, _, ctx) {
    return ctx.loaders.termsOfAllocation.load(allocation.id);
  },
  async total(allocation, _, ctx) {
    return money(await totalOf(allocation, ctx));
  },
  statedTotal(allocation) {
    return moneyOrNull(allocation.statedTotal);
  },
  async planned(allocation, _, ctx) {
    return money(setTotal(await drawing(allocation, ctx)));
  },
  async unallocated(allocation, _, ctx) {
    const [total, lines] = await Promise.all([totalOf(allocation, ctx), drawing(allocation, ctx)]);
    return money(total.minus(setTotal(lines)));
  },
  async paymentSchedule(allocation, _, ctx) {
    const total = await totalOf(allocation, ctx);
    return paymentSchedule(total, allocation.periodStart, allocation.periodEnd, allocation.firstPaymentMonth).map((instalment) => ({
      ...instalment,
      amount: money(instalment.amount),
    }));
  },
  plannedLines(allocation, _, ctx) {
    return drawing(allocation, ctx);
  },
  async findings(allocation, _, ctx) {
    const [terms, lines] = await Promise.all([
      ctx.loaders.termsOfAllocation.load(allocation.id),
      drawing(allocation, ctx),
    ]);
    const over = overAllocation(allocation, terms, lines);
    return [...allocationMismatches(allocation, terms), ...(over ? [over] : [])];
  },
};
