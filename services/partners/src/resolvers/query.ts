import { today, tooManyToList } from '@kansrijk/kit';
import { Coalition, Municipality } from '../entities';
import { knownMunicipality } from '../known-municipality';
import { organisationPage } from '../organisation-page';
import type { QueryResolvers } from '../generated/graphql';

/** Every LEA table of the country is a few hundred; past this the national list is refused. */
export const MAX_UNPAGED_COALITIONS = 2000;

export const Query: QueryResolvers = {
  municipality(_, { code }, ctx) {
    return knownMunicipality('code', code, ctx);
  },
  municipalities(_, { asOf }, ctx) {
    // As of a date: established by then (or always known) and not yet ceased.
    return ctx.dataSource
      .getRepository(Municipality)
      .createQueryBuilder('m')
      .where('(m.establishedOn IS NULL OR m.establishedOn <= :day) AND (m.ceasedOn IS NULL OR m.ceasedOn > :day)', { day: asOf ?? today() })
      .orderBy('m.name', 'ASC')
      .addOrderBy('m.code', 'ASC')
      .getMany();
  },
  organisation(_, { id }, ctx) {
    return ctx.loaders.organisation.load(id);
  },
  async organisations(_, args, ctx) {
    if (args.filter?.municipality != null) await knownMunicipality('filter.municipality', args.filter.municipality, ctx);
    return organisationPage(ctx.dataSource, args);
  },
  coalition(_, { id }, ctx) {
    return ctx.loaders.coalition.load(id);
  },
  async coalitions(_, { municipality }, ctx) {
    if (municipality == null) {
      // The national list: one row past the cap tells that it is too long to send whole.
      const all = await ctx.dataSource.getRepository(Coalition).find({ order: { name: 'ASC', id: 'ASC' }, take: MAX_UNPAGED_COALITIONS + 1 });
      if (all.length > MAX_UNPAGED_COALITIONS) throw tooManyToList('the coalitions of the country', MAX_UNPAGED_COALITIONS, 'coalitions(municipality: ...) per municipality');
      return all;
    }
    await knownMunicipality('municipality', municipality, ctx);
    return ctx.loaders.coalitionsByMunicipality.load(municipality);
  },
};
