import { badUserInput } from '@kansrijk/kit';

/**
 * Checks for write input. Each names the field as the client sent it (`input.name`, `input.themes[2]`),
 * so a form can show the message next to it.
 */

export function requiredText(field: string, value: unknown, max = 500): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw badUserInput(field, 'must not be empty');
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return text;
}

/** Empty text means "not known", like a left-out field. */
export function optionalText(field: string, value: unknown, max = 5000): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return text || null;
}

export function textList(field: string, values: readonly unknown[] | null | undefined, max = 5000): string[] {
  return (values ?? []).map((value, i) => requiredText(`${field}[${i}]`, value, max));
}

export function intInRange(field: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) throw badUserInput(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

/** Lists of keys (themes, organisations, categories) name each entry once. */
export function distinct<T>(field: string, values: readonly T[]): T[] {
  const seen = new Set<T>();
  values.forEach((value, i) => {
    if (seen.has(value)) throw badUserInput(`${field}[${i}]`, `lists ${String(value)} twice`);
    seen.add(value);
  });
  return [...values];
}

/** Whether a partial-update input mentions a field at all (null included: null clears it). */
export function given<T extends object>(input: T, key: keyof T): boolean {
  return Object.prototype.hasOwnProperty.call(input, key);
}
