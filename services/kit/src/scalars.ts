import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** `Date`: `YYYY-MM-DD`. PostgreSQL `date` columns arrive from pg as strings or Dates; both serialise. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form (YYYY-MM-DD).',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && isRealDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new TypeError(`Not a date: ${String(value)}`);
  },
  parseValue: (value) => {
    if (typeof value !== 'string' || !isRealDate(value)) throw badUserInput('date', 'must be a date as YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isRealDate(ast.value)) throw badUserInput('date', 'must be a date as YYYY-MM-DD');
    return ast.value;
  },
});
