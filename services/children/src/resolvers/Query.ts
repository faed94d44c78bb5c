import { assertMunicipalityCode, badUserInput, decodeCursor, encodeCursor, forbidden, pageSize } from '@kansrijk/kit';
import type { Context } from '../context';
import { AuditLog } from '../entities';

export const Query = {
  async targetGroupDefinitions(_: unknown, args: { municipality: string }, ctx: Context) {
    const code = assertMunicipalityCode('municipality', args.municipality);
    const definitions = await ctx.loaders.definitionsByMunicipality.load(code);
    // Every municipality must have a definition by law, so one without any is unknown here.
    if (definitions.length === 0) throw badUserInput('municipality', `no target-group definition is known for ${code}`);
    return definitions;
  },

  /** Keyset paging on the id (newest first): stable while new entries are being written. */
  async auditLog(_: unknown, args: { first?: number | null; after?: string | null; organisation?: string | null }, ctx: Context) {
    if (!ctx.viewer.isAdmin) throw forbidden('Only admins may read the audit log');
    const first = pageSize('first', args.first);
    const after = decodeCursor('after', args.after);
    if (after && (after.length !== 1 || typeof after[0] !== 'string' || !/^\d+$/.test(after[0]))) throw badUserInput('after', 'is not a cursor this API issued');
    const query = ctx.dataSource.getRepository(AuditLog).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(first + 1);
    if (after) query.andWhere('a.id < :after', { after: after[0] });
    if (args.organisation) query.andWhere('a.organisation_id = :organisation', { organisation: args.organisation });
    const rows = await query.getMany();
    const entries = rows.slice(0, first);
    return {
      entries,
      hasNextPage: rows.length > first,
      endCursor: entries.length ? encodeCursor([entries[entries.length - 1].id]) : null,
    };
  },
};
