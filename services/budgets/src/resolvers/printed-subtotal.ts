import { Decimal, money } from '@kansrijk/kit';
import { coveredLines, setTotal } from '../amounts';
import type { PrintedSubtotal as PrintedSubtotalRow } from '../entities';
import type { Context } from '../subgraph';
import type { PrintedSubtotalResolvers } from '../generated/graphql';

async function computed(subtotal: PrintedSubtotalRow, ctx: Context) {
  return setTotal(coveredLines(subtotal, await ctx.loaders.linesOfSection.load(subtotal.sectionId)));
}

export const PrintedSubtotal: PrintedSubtotalResolvers = {
  stated(subtotal) {
    return money(subtotal.stated);
  },
  async computed(subtotal, _, ctx) {
    return money(await computed(subtotal, ctx));
  },
  async matches(subtotal, _, ctx) {
    return new Decimal(subtotal.stated).equals(await computed(subtotal, ctx));
  },
  fundingStream(subtotal, _, ctx) {
    return subtotal.fundingStreamCode === null ? null : ctx.loaders.fundingStream.load(subtotal.fundingStreamCode);
  },
};
