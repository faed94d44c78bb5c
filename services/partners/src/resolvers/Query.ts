import { assertMunicipalityCode, badUserInput } from '@kansrijk/kit';
import { Municipality } from '../entities';
import type { Context } from '../context';

export const Query = {
  async municipality(_: unknown, { code }: { code: string }, ctx: Context) {
    assertMunicipalityCode('code', code);
    const municipality = await ctx.loaders.municipality.load(code);
    if (!municipality) throw badUserInput('code', `unknown municipality ${code}`);
    return municipality;
  },
  municipalities(_: unknown, __: unknown, ctx: Context) {
    return ctx.dataSource.getRepository(Municipality).find({ order: { name: 'ASC' } });
  },
};
