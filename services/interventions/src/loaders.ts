import { groupedLoader, keyedLoader } from '@kansrijk/kit';
import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import {
  Activity, CoalitionTheme, Goal, Indicator, Intervention, InterventionOrganisation, InterventionTheme, Measurement, Publication, PublicationLesson,
  ReachFigure, Theme,
} from './entities';

/** A coalition theme is keyed by its coalition and its theme code; keep the property order fixed for cache keys. */
export interface CoalitionThemeKey {
  coalitionId: string;
  themeCode: string;
}

export const coalitionThemeKey = (coalitionId: string, themeCode: string): CoalitionThemeKey => ({ coalitionId, themeCode });

interface IdRow {
  key: string;
  id: string;
}

/**
 * Per-request loaders: each batches every lookup of one kind in a request into one `IN` query.
 * Relations through a link table return ids (in the order the API promises); the entity loaders
 * then fetch the rows, so a page of N interventions costs two queries, not N.
 */
export function createLoaders(db: DataSource) {
  return {
    intervention: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Intervention).findBy({ id: In([...ids]) }),
      (i) => i.id,
    ),
    activity: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Activity).findBy({ id: In([...ids]) }),
      (a) => a.id,
    ),
    theme: keyedLoader(
      (codes: readonly string[]) => db.getRepository(Theme).findBy({ code: In([...codes]) }),
      (t) => t.code,
    ),

    /** Theme codes per intervention: national themes first in GKA order, then local ones by name. */
    themeCodesByIntervention: groupedLoader(
      (ids: readonly string[]) =>
        db
          .getRepository(InterventionTheme)
          .createQueryBuilder('it')
          .innerJoin(Theme, 't', 't.code = it.theme_code')
          .select('it.intervention_id', 'key')
          .addSelect('it.theme_code', 'id')
          .where('it.intervention_id IN (:...ids)', { ids })
          .orderBy('t.national', 'DESC')
          .addOrderBy('t.position')
          .addOrderBy('t.name')
          .getRawMany<IdRow>(),
      (row) => row.key,
    ),
    organisationLinksByIntervention: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(InterventionOrganisation).find({ where: { interventionId: In([...ids]) }, order: { position: 'ASC' } }),
      (link) => link.interventionId,
    ),
    reachByIntervention: groupedLoader(
      (ids: readonly string[]) => db.getRepository(ReachFigure).find({ where: { interventionId: In([...ids]) }, order: { position: 'ASC' } }),
      (r) => r.interventionId,
    ),
    activitiesByIntervention: groupedLoader(
      (ids: readonly string[]) => db.getRepository(Activity).find({ where: { interventionId: In([...ids]) }, order: { code: 'ASC' } }),
      (a) => a.interventionId,
    ),
    indicator: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Indicator).findBy({ id: In([...ids]) }),
      (i) => i.id,
    ),
    measurement: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Measurement).findBy({ id: In([...ids]) }),
      (m) => m.id,
    ),
    /** Measurements per indicator, oldest first, so a chart can draw them as they come. */
    measurementsByIndicator: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(Measurement).find({ where: { indicatorId: In([...ids]) }, order: { measuredOn: 'ASC' } }),
      (m) => m.indicatorId,
    ),
    indicatorsByActivity: groupedLoader(
      (ids: readonly string[]) => db.getRepository(Indicator).find({ where: { activityId: In([...ids]) }, order: { position: 'ASC' } }),
      (i) => i.activityId,
    ),
    publication: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Publication).findBy({ id: In([...ids]) }),
      (p) => p.id,
    ),
    lessonsByPublication: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(PublicationLesson).find({ where: { publicationId: In([...ids]) }, order: { number: 'ASC' } }),
      (l) => l.publicationId,
    ),
    interventionsByPublication: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(Intervention).find({ where: { publicationId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } }),
      (i) => i.publicationId!,
    ),
    interventionsByMunicipality: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(Intervention).find({ where: { municipalityCode: In([...codes]) }, order: { name: 'ASC', id: 'ASC' } }),
      (i) => i.municipalityCode,
    ),

    /** Intervention ids per organisation, by intervention name. */
    interventionIdsByOrganisation: groupedLoader(
      (ids: readonly string[]) =>
        db
          .getRepository(InterventionOrganisation)
          .createQueryBuilder('io')
          .innerJoin(Intervention, 'i', 'i.id = io.intervention_id')
          .select('io.organisation_id', 'key')
          .addSelect('io.intervention_id', 'id')
          .where('io.organisation_id IN (:...ids)', { ids })
          .orderBy('i.name')
          .addOrderBy('i.id')
          .getRawMany<IdRow>(),
      (row) => row.key,
    ),

    coalitionThemesByCoalition: groupedLoader(
      (ids: readonly string[]) => db.getRepository(CoalitionTheme).find({ where: { coalitionId: In([...ids]) }, order: { position: 'ASC' } }),
      (t) => t.coalitionId,
    ),
    // One query per batch: all goals of the coalitions asked for; rows of themes not asked for are dropped.
    goalsByCoalitionTheme: groupedLoader(
      (keys: readonly CoalitionThemeKey[]) =>
        db.getRepository(Goal).find({
          where: { coalitionId: In([...new Set(keys.map((k) => k.coalitionId))]) },
          order: { position: 'ASC' },
        }),
      (g) => coalitionThemeKey(g.coalitionId, g.themeCode),
    ),

    /** Intervention ids per coalition theme: the coalition's interventions that serve that theme, by name. */
    interventionIdsByCoalitionTheme: groupedLoader(
      (keys: readonly CoalitionThemeKey[]) =>
        db
          .getRepository(Intervention)
          .createQueryBuilder('i')
          .innerJoin(InterventionTheme, 'it', 'it.intervention_id = i.id')
          .select('i.coalition_id', 'coalitionId')
          .addSelect('it.theme_code', 'themeCode')
          .addSelect('i.id', 'id')
          .where('i.coalition_id IN (:...ids)', { ids: [...new Set(keys.map((k) => k.coalitionId))] })
          .orderBy('i.name')
          .addOrderBy('i.id')
          .getRawMany<CoalitionThemeKey & { id: string }>(),
      (row) => coalitionThemeKey(row.coalitionId, row.themeCode),
    ),

    /**
     * Intervention ids per coalition, ordered by the first coalition theme each serves, then by name.
     * An intervention under several themes (Voerendaal's NPO plan) appears once.
     */
    interventionIdsByCoalition: groupedLoader(
      (ids: readonly string[]) =>
        db
          .getRepository(Intervention)
          .createQueryBuilder('i')
          .leftJoin(InterventionTheme, 'it', 'it.intervention_id = i.id')
          .leftJoin(CoalitionTheme, 'ct', 'ct.coalition_id = i.coalition_id AND ct.theme_code = it.theme_code')
          .select('i.coalition_id', 'key')
          .addSelect('i.id', 'id')
          .where('i.coalition_id IN (:...ids)', { ids })
          .groupBy('i.coalition_id')
          .addGroupBy('i.id')
          .addGroupBy('i.name')
          .orderBy('MIN(ct.position)', 'ASC', 'NULLS LAST')
          .addOrderBy('i.name')
          .addOrderBy('i.id')
          .getRawMany<IdRow>(),
      (row) => row.key,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads every key through a keyed loader (one batch) and drops keys it does not know. */
export async function loadEach<V extends object>(loader: DataLoader<string, V | null, string>, keys: readonly string[]): Promise<V[]> {
  const rows: (V | null)[] = await Promise.all(keys.map((key) => loader.load(key)));
  return rows.filter((row): row is V => row !== null);
}
