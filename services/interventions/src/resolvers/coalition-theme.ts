import type { Context } from '../subgraph';
import type { CoalitionTheme as CoalitionThemeRow } from '../entities';
import { coalitionThemeKey, loadEach } from '../loaders';

export const CoalitionTheme = {
  code(theme: CoalitionThemeRow) {
    return theme.themeCode;
  },
  goals(theme: CoalitionThemeRow, _: unknown, ctx: Context) {
    return ctx.loaders.goalsByCoalitionTheme.load(coalitionThemeKey(theme.coalitionId, theme.themeCode));
  },
  async interventions(theme: CoalitionThemeRow, _: unknown, ctx: Context) {
    const rows = await ctx.loaders.interventionIdsByCoalitionTheme.load(coalitionThemeKey(theme.coalitionId, theme.themeCode));
    return loadEach(ctx.loaders.intervention, rows.map((row) => row.id));
  },
};
