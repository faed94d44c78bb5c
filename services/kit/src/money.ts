import DecimalJs from 'decimal.js';
import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors';

/**
 * Exact decimal arithmetic for money. Binary floats cannot hold 0.1; NUMERIC in PostgreSQL and
 * decimal.js in code can. Rounding is half-up to the cent (the way Dutch municipal budgets round).
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const CURRENCY = 'EUR';

export interface Money {
  amount: string;
  currency: string;
}

/** A value rounded half-up to two decimals, as the API's `Decimal` string. */
export function toCents(value: DecimalJs.Value): string {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function money(value: DecimalJs.Value): Money {
  return { amount: toCents(value), currency: CURRENCY };
}

export function moneyOrNull(value: DecimalJs.Value | null | undefined): Money | null {
  return value === null || value === undefined ? null : money(value);
}

export function sum(values: Iterable<DecimalJs.Value | null | undefined>): Decimal {
  let total = new Decimal(0);
  for (const v of values) if (v !== null && v !== undefined) total = total.plus(v);
  return total;
}

const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

/**
 * Parses an amount given by a client: a decimal string (or integer) with at most two decimals.
 * Floats like 0.1 + 0.2, NaN, Infinity, exponents and three decimals are refused, naming the field.
 */
export function parseAmount(field: string, input: unknown, { allowNegative = false } = {}): Decimal {
  const text = typeof input === 'number' && Number.isSafeInteger(input) ? String(input) : input;
  if (typeof text !== 'string' || !MONEY_PATTERN.test(text.trim())) {
    throw badUserInput(field, 'must be a decimal amount with at most two decimals, e.g. "1943621.00"');
  }
  const value = new Decimal(text.trim());
  if (!allowNegative && value.isNegative()) throw badUserInput(field, 'must not be negative');
  return value;
}

const NUMERIC_PATTERN = /^-?\d+(\.\d+)?$/;

/** `Decimal`: a money amount as a string with exactly two decimals, e.g. "1943621.00". */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'A money amount as a string with exactly two decimals, e.g. "1943621.00". Never a float.',
  serialize: (value) => toCents(value as DecimalJs.Value),
  parseValue: (value) => parseAmount('amount', value, { allowNegative: true }).toFixed(2),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) throw badUserInput('amount', 'must be a decimal string');
    return parseAmount('amount', ast.value, { allowNegative: true }).toFixed(2);
  },
});

/** `Numeric`: an exact decimal of any scale as a string (quantities and rates: "145.655"). */
export const NumericScalar = new GraphQLScalarType({
  name: 'Numeric',
  description: 'An exact decimal number of any scale as a string, e.g. "145.655". Never a float.',
  serialize: (value) => {
    const text = value instanceof DecimalJs ? value.toFixed() : String(value);
    if (!NUMERIC_PATTERN.test(text)) throw new TypeError(`Not a decimal: ${text}`);
    return new Decimal(text).toFixed();
  },
  parseValue: (value) => {
    if (typeof value !== 'string' || !NUMERIC_PATTERN.test(value)) throw badUserInput('value', 'must be a decimal string');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !NUMERIC_PATTERN.test(ast.value)) throw badUserInput('value', 'must be a decimal string');
    return ast.value;
  },
});
