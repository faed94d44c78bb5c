import { today } from '@kansrijk/kit';
import { Coalition, Municipality } from '../entities';
import { knownMunicipality } from '../known-municipality';
import { organisationPage } from '../organisation-page';
import type { QueryResolvers } from '../generated/graphql';

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
      return ctx.dataSource.getRepository(Coalition).find({ order: { name: 'ASC', id: 'ASC' } });
    }
    await knownMunicipality('municipality', municipality, ctx);
    return ctx.loaders.coalitionsByMunicipality.load(municipality);
  },
};
