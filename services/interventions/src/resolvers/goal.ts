import { coalitionThemeKey, loadEach } from '../loaders';
import type { GoalResolvers } from '../generated/graphql';

/**
 * The pacts list actions per theme, not per goal, so a goal is served by its coalition's interventions
 * under its theme: the same loader as `CoalitionTheme.interventions`, hence no query of its own.
 */
export const Goal: GoalResolvers = {
  async interventions(goal, _, ctx) {
    const rows = await ctx.loaders.interventionIdsByCoalitionTheme.load(coalitionThemeKey(goal.coalitionId, goal.themeCode));
    return loadEach(ctx.loaders.intervention, rows.map((row) => row.id));
  },
};
