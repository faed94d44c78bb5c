import { findInterventions, type InterventionFilter } from '../catalogue';
import type { Context } from '../subgraph';
import { Publication, Theme } from '../entities';

export const Query = {
  intervention(_: unknown, { id }: { id: string }, ctx: Context) {
    return ctx.loaders.intervention.load(id);
  },
  interventions(
    _: unknown,
    { filter, first, after }: { filter?: InterventionFilter | null; first?: number | null; after?: string | null },
    ctx: Context,
  ) {
    return findInterventions(ctx.dataSource, filter ?? {}, first, after);
  },
  activity(_: unknown, { id }: { id: string }, ctx: Context) {
    return ctx.loaders.activity.load(id);
  },
  publication(_: unknown, { id }: { id: string }, ctx: Context) {
    return ctx.loaders.publication.load(id);
  },
  publications(_: unknown, __: unknown, ctx: Context) {
    return ctx.dataSource.getRepository(Publication).find({ order: { title: 'ASC', id: 'ASC' } });
  },
  /** The six national themes in the GKA's order, then the local themes by name. */
  themes(_: unknown, __: unknown, ctx: Context) {
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
