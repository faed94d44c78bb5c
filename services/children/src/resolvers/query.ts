import { assertMunicipalityCode, badUserInput, decodeCursor, encodeCursor, forbidden, pageSize } from '@kansrijk/kit';
import { AuditLog } from '../entities';
import { figuresRef, figuresYear } from './municipality';
import type { QueryResolvers } from '../generated/graphql';

const MEASURES = {
  INDICATED: 'indicated_value',
  PLACED: 'placed_value',
  REACH_RATE: 'reach_rate',
  NORM_REACHED: 'norm_rate',
  ON_TRACK: 'on_track_rate',
  AVERAGE_HOURS: 'average_hours',
} as const;

interface RankedRow {
  code: string;
  value: number | null;
  rank: number | null;
  sort: number;
  total: number;
}

export const Query: QueryResolvers = {
  async targetGroupDefinitions(_, args, ctx) {
    const code = assertMunicipalityCode('municipality', args.municipality);
    const definitions = await ctx.loaders.definitionsByMunicipality.load(code);
    // Every municipality must have a definition by law, so one without any is unknown here.
    if (definitions.length === 0) throw badUserInput('municipality', `no target-group definition is known for ${code}`);
    return definitions;
  },

  /**
   * One statement over the current publications of the year: ranks over the published values (equal
   * values share a rank), withheld ones last without a rank, keyset paging on (withheld, value, code).
   */
  async earlyEducationRanking(_, args, ctx) {
    const year = figuresYear(args.year);
    const column = MEASURES[args.by];
    const first = pageSize('first', args.first);
    const after = decodeCursor('after', args.after);
    if (after && (after.length !== 3 || typeof after[0] !== 'number' || typeof after[1] !== 'number' || typeof after[2] !== 'string')) {
      throw badUserInput('after', 'is not a cursor this API issued');
    }
    // Sorting ascending on ±value keeps one keyset comparison for both orders.
    const sign = args.order === 'ASC' ? 1 : -1;
    const rows: RankedRow[] = await ctx.dataSource.query(
      `WITH ranked AS (
         SELECT municipality_code AS code, ${column}::float8 AS value,
                CASE WHEN ${column} IS NULL THEN NULL ELSE rank() OVER (PARTITION BY ${column} IS NULL ORDER BY $2::int * ${column}) END::int AS rank,
                COALESCE($2::int * ${column}, 0)::float8 AS sort, (${column} IS NULL)::int AS missing
         FROM children.figures_publication WHERE year = $1 AND current
       )
       SELECT code, value, rank, sort, missing, (SELECT count(*) FROM ranked)::int AS total FROM ranked
       WHERE $3::int IS NULL OR (missing, sort, code) > ($3::int, $4::float8, $5::text)
       ORDER BY missing, sort, code LIMIT $6`,
      [year, sign, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, first + 1],
    );
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({
      cursor: encodeCursor([r.value === null ? 1 : 0, r.sort, r.code]),
      rank: r.rank,
      value: r.value,
      municipality: { code: r.code },
      figures: figuresRef(r.code, year),
    }));
    const total = rows[0]?.total ?? (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM children.figures_publication WHERE year = $1 AND current`, [year]))[0].n;
    return { totalCount: total, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
  },

  /** Keyset paging on the id (newest first): stable while new entries are being written. */
  async auditLog(_, args, ctx) {
    if (!ctx.viewer.isAdmin) throw forbidden('Only admins may read the audit log');
    const first = pageSize('first', args.first);
    const after = decodeCursor('after', args.after);
    if (after && (after.length !== 1 || typeof after[0] !== 'string' || !/^\d+$/.test(after[0]))) throw badUserInput('after', 'is not a cursor this API issued');
    const query = ctx.dataSource.getRepository(AuditLog).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(first + 1);
    if (after) query.andWhere('a.id < :after', { after: after[0] });
    if (args.organisation) query.andWhere('a.organisation_id = :organisation', { organisation: args.organisation });
    const rows = await query.getMany();
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
  },
};
