import { FundingStream } from '../entities';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  budgetPlan(_, { id }, ctx) {
    return ctx.loaders.plan.load(id);
  },
  fundingStreams(_, __, ctx) {
    return ctx.dataSource.getRepository(FundingStream).find({ order: { name: 'ASC' } });
  },
};
