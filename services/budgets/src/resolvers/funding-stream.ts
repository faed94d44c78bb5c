import type { FundingStreamResolvers } from '../generated/graphql';

export const FundingStream: FundingStreamResolvers = {
  statutoryTasks(stream, _, ctx) {
    return ctx.loaders.statutoryTasksOfStream.load(stream.code);
  },
};
