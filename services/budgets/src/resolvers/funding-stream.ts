import type { FundingStream as FundingStreamRow } from '../entities';
import type { Context } from '../subgraph';

export const FundingStream = {
  statutoryTasks(stream: FundingStreamRow, _: unknown, ctx: Context) {
    return ctx.loaders.statutoryTasksOfStream.load(stream.code);
  },
};
