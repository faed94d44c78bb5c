/** The items of a list in a source text as one string, one item a line. */
export const lines = (...items: string[]) => items.join('\n');
