import { badUserInput, forbidden, keysetPage, type KeysetColumn } from '@kansrijk/kit';
import { assertMunicipalityCode } from '@kansrijk/domain';
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
  missing: number;
  total: number;
}

/** Withheld values last, then ±value, then the code, which is unique. */
const RANKING_ORDER: KeysetColumn<RankedRow>[] = [
  { column: 'missing', type: 'number', of: (r) => (r.value === null ? 1 : 0) },
  { column: 'sort', type: 'number', of: (r) => r.sort },
  { column: 'code', type: 'string', of: (r) => r.code },
];

/** Newest first: ids only grow, so entries written meanwhile never shift a page. */
const AUDIT_ORDER: KeysetColumn<AuditLog>[] = [{ column: 'a.id', direction: 'DESC', type: 'digits', of: (a) => a.id }];

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
    // Sorting ascending on ±value keeps one keyset comparison for both orders.
    const sign = args.order === 'ASC' ? 1 : -1;
    // Every fetched row carries the total, the look-ahead row too (so `first: 0` needs no count).
    let fetched: RankedRow[] = [];
    const { edges: ranked, pageInfo } = await keysetPage<RankedRow>({
      orderBy: RANKING_ORDER,
      first: args.first,
      after: args.after,
      fetch: async (after, limit) =>
        (fetched = await ctx.dataSource.query(
          `WITH ranked AS (
             SELECT municipality_code AS code, ${column}::float8 AS value,
                    CASE WHEN ${column} IS NULL THEN NULL ELSE rank() OVER (PARTITION BY ${column} IS NULL ORDER BY $2::int * ${column}) END::int AS rank,
                    COALESCE($2::int * ${column}, 0)::float8 AS sort, (${column} IS NULL)::int AS missing
             FROM children.figures_publication WHERE year = $1 AND current
           )
           SELECT code, value, rank, sort, missing, (SELECT count(*) FROM ranked)::int AS total FROM ranked
           WHERE $3::int IS NULL OR (missing, sort, code) > ($3::int, $4::float8, $5::text)
           ORDER BY missing, sort, code LIMIT $6`,
          [year, sign, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
        )),
    });
    const edges = ranked.map(({ cursor, node: r }) => ({
      cursor,
      rank: r.rank,
      value: r.value,
      municipality: { code: r.code },
      figures: figuresRef(r.code, year),
    }));
    const total = fetched[0]?.total ?? (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM children.figures_publication WHERE year = $1 AND current`, [year]))[0].n;
    return { totalCount: total, edges, pageInfo };
  },

  /** Keyset paging on the id (newest first): stable while new entries are being written. */
  async auditLog(_, args, ctx) {
    if (!ctx.viewer.isAdmin) throw forbidden('Only admins may read the audit log');
    return keysetPage({
      orderBy: AUDIT_ORDER,
      first: args.first,
      after: args.after,
      query: () => {
        const query = ctx.dataSource.getRepository(AuditLog).createQueryBuilder('a');
        if (args.organisation) query.andWhere('a.organisation_id = :organisation', { organisation: args.organisation });
        return query;
      },
    });
  },
};
