import type { Context } from '../subgraph';
import { Coalition, Municipality } from '../entities';
import { knownMunicipality } from '../known-municipality';
import { organisationPage, type OrganisationPageArgs } from '../organisation-page';

export const Query = {
  municipality(_: unknown, { code }: { code: string }, ctx: Context) {
    return knownMunicipality('code', code, ctx);
  },
  municipalities(_: unknown, __: unknown, ctx: Context) {
    return ctx.dataSource.getRepository(Municipality).find({ order: { name: 'ASC' } });
  },
  organisation(_: unknown, { id }: { id: string }, ctx: Context) {
    return ctx.loaders.organisation.load(id);
  },
  async organisations(_: unknown, args: OrganisationPageArgs, ctx: Context) {
    if (args.filter?.municipality != null) await knownMunicipality('filter.municipality', args.filter.municipality, ctx);
    return organisationPage(ctx.dataSource, args);
  },
  coalition(_: unknown, { id }: { id: string }, ctx: Context) {
    return ctx.loaders.coalition.load(id);
  },
  async coalitions(_: unknown, { municipality }: { municipality?: string | null }, ctx: Context) {
    if (municipality == null) {
      return ctx.dataSource.getRepository(Coalition).find({ order: { name: 'ASC', id: 'ASC' } });
    }
    await knownMunicipality('municipality', municipality, ctx);
    return ctx.loaders.coalitionsByMunicipality.load(municipality);
  },
};
