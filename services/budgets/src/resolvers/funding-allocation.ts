import { money, moneyOrNull } from '@kansrijk/kit';
import { allocationTotal, setTotal } from '../amounts';
import type { FundingAllocation as FundingAllocationRow } from '../entities';
import { allocationMismatches, overAllocation } from '../findings';
import type { Context } from '../subgraph';
import { paymentSchedule } from '../payment-schedule';

async function drawing(allocation: FundingAllocationRow, ctx: Context) {
  return (await ctx.loaders.linesDrawingOnAllocation.load(allocation.id)).map((match) => match.line);
}

async function totalOf(allocation: FundingAllocationRow, ctx: Context) {
  return allocationTotal(await ctx.loaders.termsOfAllocation.load(allocation.id));
}

export const FundingAllocation = {
  fundingStream(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    return ctx.loaders.fundingStream.load(allocation.fundingStreamCode);
  },
  municipality(allocation: FundingAllocationRow) {
    return { code: allocation.municipalityCode };
  },
  terms(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    return ctx.loaders.termsOfAllocation.load(allocation.id);
  },
  async total(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    return money(await totalOf(allocation, ctx));
  },
  statedTotal(allocation: FundingAllocationRow) {
    return moneyOrNull(allocation.statedTotal);
  },
  async planned(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    return money(setTotal(await drawing(allocation, ctx)));
  },
  async unallocated(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    const [total, lines] = await Promise.all([totalOf(allocation, ctx), drawing(allocation, ctx)]);
    return money(total.minus(setTotal(lines)));
  },
  async paymentSchedule(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    const total = await totalOf(allocation, ctx);
    return paymentSchedule(total, allocation.periodStart, allocation.periodEnd, allocation.firstPaymentMonth).map((instalment) => ({
      ...instalment,
      amount: money(instalment.amount),
    }));
  },
  plannedLines(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    return drawing(allocation, ctx);
  },
  async findings(allocation: FundingAllocationRow, _: unknown, ctx: Context) {
    const [terms, lines] = await Promise.all([
      ctx.loaders.termsOfAllocation.load(allocation.id),
      drawing(allocation, ctx),
    ]);
    const over = overAllocation(allocation, terms, lines);
    return [...allocationMismatches(allocation, terms), ...(over ? [over] : [])];
  },
};
