import { assertMunicipalityCode, badUserInput } from '@kansrijk/kit';
import type { Context } from '../context';

export const Query = {
  async targetGroupDefinitions(_: unknown, args: { municipality: string }, ctx: Context) {
    const code = assertMunicipalityCode('municipality', args.municipality);
    const definitions = await ctx.loaders.definitionsByMunicipality.load(code);
    // Every municipality must have a definition by law, so one without any is unknown here.
    if (definitions.length === 0) throw badUserInput('municipality', `no target-group definition is known for ${code}`);
    return definitions;
  },
};
