import { FundingStream } from '../entities';
import type { Context } from '../subgraph';

export const Query = {
  budgetPlan(_: unknown, { id }: { id: string }, ctx: Context) {
    return ctx.loaders.plan.load(id);
  },
  fundingStreams(_: unknown, __: unknown, ctx: Context) {
    return ctx.dataSource.getRepository(FundingStream).find({ order: { name: 'ASC' } });
  },
};
