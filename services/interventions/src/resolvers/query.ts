import { findInterventions } from '../catalogue';
import { Publication, Theme } from '../entities';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  intervention(_, { id }, ctx) {
    return ctx.loaders.intervention.load(id);
  },
  interventions(_, { filter, first, after }, ctx) {
    return findInterventions(ctx.dataSource, filter ?? {}, first, after);
  },
  activity(_, { id }, ctx) {
    return ctx.loaders.activity.load(id);
  },
  publication(_, { id }, ctx) {
    return ctx.loaders.publication.load(id);
  },
  publications(_, __, ctx) {
    return ctx.dataSource.getRepository(Publication).find({ order: { title: 'ASC', id: 'ASC' } });
  },
  /** The six national themes in the GKA's order, then the local themes by name. */
  themes(_, __, ctx) {
    return ctx.dataSource
      .getRepository(Theme)
      .createQueryBuilder('t')
      .orderBy('t.national', 'DESC')
      .addOrderBy('CASE WHEN t.national THEN t.position END')
      .addOrderBy('t.name')
      .addOrderBy('t.code')
      .getMany();
  },
};
