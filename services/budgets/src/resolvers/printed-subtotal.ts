import { Decimal, money } from '@kansrijk/kit';
import { coveredLines, setTotal } from '../amounts';
import type { PrintedSubtotal as PrintedSubtotalRow } from '../entities';
import type { Context } from '../subgraph';

async function computed(subtotal: PrintedSubtotalRow, ctx: Context) {
  return setTotal(coveredLines(subtotal, await ctx.loaders.linesOfSection.load(subtotal.sectionId)));
}

export const PrintedSubtotal = {
  stated(subtotal: PrintedSubtotalRow) {
    return money(subtotal.stated);
  },
  async computed(subtotal: PrintedSubtotalRow, _: unknown, ctx: Context) {
    return money(await computed(subtotal, ctx));
  },
  async matches(subtotal: PrintedSubtotalRow, _: unknown, ctx: Context) {
    return new Decimal(subtotal.stated).equals(await computed(subtotal, ctx));
  },
  fundingStream(subtotal: PrintedSubtotalRow, _: unknown, ctx: Context) {
    return subtotal.fundingStreamCode === null ? null : ctx.loaders.fundingStream.load(subtotal.fundingStreamCode);
  },
};
