import { coalitionThemeKey, loadEach } from '../loaders';
import type { CoalitionThemeResolvers } from '../generated/graphql';

export const CoalitionTheme: CoalitionThemeResolvers = {
  code(theme) {
    return theme.themeCode;
  },
  goals(theme, _, ctx) {
    return ctx.loaders.goalsByCoalitionTheme.load(coalitionThemeKey(theme.coalitionId, theme.themeCode));
  },
  async interventions(theme, _, ctx) {
    const rows = await ctx.loaders.interventionIdsByCoalitionTheme.load(coalitionThemeKey(theme.coalitionId, theme.themeCode));
    return loadEach(ctx.loaders.intervention, rows.map((row) => row.id));
  },
};
