import type { DataSource, EntityManager } from 'typeorm';
import {
  Activity, CoalitionTheme, Goal, Indicator, Intervention, InterventionOrganisation, InterventionTheme, Publication, PublicationLesson, ReachFigure,
  Theme,
} from '../entities';
import { BRUKSKE_INTERVENTIONS, BRUKSKE_MODEL, BRUKSKE_MUNICIPALITY } from './brukske';
import { GKA_INTERVENTIONS } from './gka-interventions';
import { LAND_VOL_KANSEN } from './land-vol-kansen';
import { NATIONAL_THEMES } from './themes';
import type { CoalitionModelData, InterventionData, PublicationData } from './types';
import { VOERENDAAL_MODEL, VOERENDAAL_MUNICIPALITY, VOERENDAAL_NPO_PLAN } from './voerendaal';

export const DEMO_PUBLICATIONS: PublicationData[] = [LAND_VOL_KANSEN];

export const DEMO_INTERVENTIONS: InterventionData[] = [...GKA_INTERVENTIONS, ...BRUKSKE_INTERVENTIONS, VOERENDAAL_NPO_PLAN];

/** Coalition models and the municipality whose local themes they define. */
export const DEMO_COALITION_MODELS: { model: CoalitionModelData; municipality: string }[] = [
  { model: BRUKSKE_MODEL, municipality: BRUKSKE_MUNICIPALITY },
  { model: VOERENDAAL_MODEL, municipality: VOERENDAAL_MUNICIPALITY },
];

/** Every row of the demo data, with deterministic keys, as plain objects per table. */
export function demoRows() {
  const themes: Partial<Theme>[] = NATIONAL_THEMES.map((t, i) => ({
    code: t.code, name: t.name, national: true, municipalityCode: null, position: i + 1,
  }));
  const coalitionThemes: Partial<CoalitionTheme>[] = [];
  const goals: Partial<Goal>[] = [];
  for (const { model, municipality } of DEMO_COALITION_MODELS) {
    model.themes.forEach((t, i) => {
      // A coalition's DIN theme is also a local theme that interventions can be filed under.
      themes.push({ code: t.code, name: t.name, national: false, municipalityCode: municipality, position: i + 1 });
      coalitionThemes.push({ coalitionId: model.coalition, themeCode: t.code, position: i + 1, name: t.name, description: t.description ?? null });
      t.goals.forEach((g, j) =>
        goals.push({
          id: `${model.coalition}-t${i + 1}-${j + 1}`, coalitionId: model.coalition, themeCode: t.code, position: j + 1, kind: g.kind, text: g.text,
        }),
      );
    });
  }

  const publications: Partial<Publication>[] = [];
  const publicationLessons: Partial<PublicationLesson>[] = [];
  for (const p of DEMO_PUBLICATIONS) {
    publications.push({
      id: p.id,
      title: p.title,
      publisher: p.publisher,
      year: p.year ?? null,
      introduction: p.introduction ?? null,
      introductionAuthor: p.introductionAuthor ?? null,
      lessonsHeading: p.lessonsHeading ?? null,
      lessonsIntroduction: p.lessonsIntroduction ?? null,
    });
    p.lessons.forEach((l, i) => publicationLessons.push({ publicationId: p.id, number: i + 1, heading: l.heading, text: l.text }));
  }

  const interventions: Partial<Intervention>[] = [];
  const interventionThemes: Partial<InterventionTheme>[] = [];
  const interventionOrganisations: Partial<InterventionOrganisation>[] = [];
  const reach: Partial<ReachFigure>[] = [];
  const activities: Partial<Activity>[] = [];
  const indicators: Partial<Indicator>[] = [];
  for (const d of DEMO_INTERVENTIONS) {
    interventions.push({
      id: d.id,
      name: d.name,
      summary: d.summary ?? null,
      municipalityCode: d.municipality,
      region: d.region ?? null,
      status: d.status ?? null,
      phase: d.phase ?? null,
      preventionLevel: d.preventionLevel ?? null,
      targetAgeMin: d.targetAge?.[0] ?? null,
      targetAgeMax: d.targetAge?.[1] ?? null,
      startYear: d.startYear ?? null,
      endYear: d.endYear ?? null,
      reachText: d.reachText ?? null,
      lessons: d.lessons ?? [],
      workingElements: d.workingElements ?? [],
      sources: d.sources,
      publicationId: d.publication ?? null,
      coalitionId: d.coalition ?? null,
    });
    d.themes.forEach((themeCode) => interventionThemes.push({ interventionId: d.id, themeCode }));
    d.organisations.forEach((organisationId, i) => interventionOrganisations.push({ interventionId: d.id, organisationId, position: i + 1 }));
    (d.reach ?? []).forEach((r, i) =>
      reach.push({ interventionId: d.id, position: i + 1, quantity: r.quantity, unit: r.unit, atLeast: r.atLeast ?? false, scope: r.scope ?? null }),
    );
    for (const a of d.activities ?? []) {
      const id = `${d.activityIdPrefix ?? d.id}-${a.code}`;
      activities.push({
        id, interventionId: d.id, code: a.code, title: a.title, description: a.description ?? null, npoCategories: a.npoCategories ?? [], themeCode: a.theme ?? null,
      });
      (a.indicators ?? []).forEach((ind, i) =>
        indicators.push({ id: `${id}-${i + 1}`, activityId: id, position: i + 1, name: ind.name, target: ind.target ?? null }),
      );
    }
  }
  return { themes, coalitionThemes, goals, publications, publicationLessons, interventions, interventionThemes, interventionOrganisations, reach, activities, indicators };
}

async function upsertAll(tx: EntityManager) {
  const rows = demoRows();
  await tx.getRepository(Theme).upsert(rows.themes, ['code']);
  await tx.getRepository(CoalitionTheme).upsert(rows.coalitionThemes, ['coalitionId', 'themeCode']);
  await tx.getRepository(Goal).upsert(rows.goals, ['id']);
  await tx.getRepository(Publication).upsert(rows.publications, ['id']);
  await tx.getRepository(PublicationLesson).upsert(rows.publicationLessons, ['publicationId', 'number']);
  await tx.getRepository(Intervention).upsert(rows.interventions, ['id']);
  await tx.getRepository(InterventionTheme).upsert(rows.interventionThemes, ['interventionId', 'themeCode']);
  await tx.getRepository(InterventionOrganisation).upsert(rows.interventionOrganisations, ['interventionId', 'organisationId']);
  await tx.getRepository(ReachFigure).upsert(rows.reach, ['interventionId', 'position']);
  await tx.getRepository(Activity).upsert(rows.activities, ['id']);
  await tx.getRepository(Indicator).upsert(rows.indicators, ['id']);
}

/** Loads the demo data in one transaction; upserts on primary keys, so a second run changes nothing. */
export async function seed(db: DataSource): Promise<void> {
  await db.transaction(upsertAll);
}

export async function hasData(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Intervention).count()) > 0;
}
