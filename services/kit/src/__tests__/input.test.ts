/** The kit's input checks: each names the field, returns what is stored, and refuses what it must. */
import { GraphQLError } from 'graphql';
import { dateWithin, distinct, month, notCleared, notInFuture, numberInRange, optionalText, patch, requiredText, textList, today, wholeNumber, year } from '../input';

/** The field and message of the BAD_USER_INPUT `run` throws. */
function refusal(run: () => unknown): { field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return { field: e.extensions.field, message: e.message };
  }
  throw new Error('expected a refusal');
}

describe('text', () => {
  it('trims, stores no empty text, and keeps to its limit', () => {
    expect(requiredText('input.name', '  De Kikker ')).toBe('De Kikker');
    expect(optionalText('input.note', '   ')).toBeNull();
    expect(optionalText('input.note', undefined)).toBeNull();
    expect(refusal(() => requiredText('input.name', ' '))).toEqual({ field: 'input.name', message: 'input.name: must not be empty' });
    expect(refusal(() => requiredText('input.name', null)).field).toBe('input.name');
    expect(refusal(() => optionalText('input.note', 'x'.repeat(11), 10)).message).toBe('input.note: must be at most 10 characters');
    expect(optionalText('input.note', 'x'.repeat(10), 10)).toHaveLength(10);
    expect(refusal(() => optionalText('input.note', 12)).message).toMatch(/must be text/);
  });

  it('has a limit by default: free text at 5000 characters, a line at 500', () => {
    expect(refusal(() => optionalText('input.note', 'x'.repeat(5001))).field).toBe('input.note');
    expect(refusal(() => requiredText('input.title', 'x'.repeat(501))).field).toBe('input.title');
  });

  it('names the entry of a list', () => {
    expect(textList('input.lessons', [' a ', 'b'])).toEqual(['a', 'b']);
    expect(textList('input.lessons', null)).toEqual([]);
    expect(refusal(() => textList('input.lessons', ['a', ''])).field).toBe('input.lessons[1]');
  });
});

describe('numbers and years', () => {
  it('checks whole numbers and ranges', () => {
    expect(wholeNumber('input.days', 3, 0, 31)).toBe(3);
    expect(wholeNumber('input.days', null, 0, 31)).toBeNull();
    expect(refusal(() => wholeNumber('input.days', 3.5, 0, 31)).message).toBe('input.days: must be a whole number from 0 to 31');
    expect(refusal(() => wholeNumber('input.days', 32, 0, 31)).field).toBe('input.days');
    expect(numberInRange('input.hours', 30, { min: 0, inclusive: false, max: 30 })).toBe(30);
    expect(refusal(() => numberInRange('input.hours', 0, { min: 0, inclusive: false, max: 30 })).message).toBe('input.hours: must be more than 0 and at most 30');
    expect(refusal(() => numberInRange('input.hours', Number.NaN, { min: 0, max: 30 })).field).toBe('input.hours');
  });

  it('catches a year typo', () => {
    expect(year('input.year', 2023)).toBe(2023);
    expect(refusal(() => year('input.year', 20233)).message).toBe('input.year: must be a year between 1900 and 2100');
    expect(refusal(() => year('input.year', 1980, { from: 1990 })).message).toMatch(/between 1990 and 2100/);
  });

  it('refuses a key listed twice, naming the second', () => {
    expect(distinct('input.themes', ['a', 'b'])).toEqual(['a', 'b']);
    expect(refusal(() => distinct('input.themes', ['a', 'b', 'a'])).field).toBe('input.themes[2]');
  });
});

describe('patches', () => {
  it('checks and returns only the fields the input mentions, null included', () => {
    const checks = {
      title: (v: unknown, field: string) => requiredText(field, v),
      note: (v: unknown, field: string) => optionalText(field, v),
    };
    expect(patch({ note: null } as { title?: string; note?: string | null }, checks)).toEqual({ note: null });
    expect(patch({} as { title?: string }, checks)).toEqual({});
    expect(refusal(() => patch({ title: ' ' } as { title?: string }, checks)).field).toBe('input.title');
  });

  it('refuses clearing a field that cannot be empty', () => {
    expect(notCleared('input.name', 'x')).toBe('x');
    expect(refusal(() => notCleared('input.name', null)).message).toBe('input.name: cannot be cleared');
  });
});

describe('dates and months', () => {
  it('reads a month as its first day', () => {
    expect(month('input.month', '2024-02')).toBe('2024-02-01');
    expect(refusal(() => month('input.month', '2024-13')).field).toBe('input.month');
    expect(refusal(() => month('input.month', '2024-2')).field).toBe('input.month');
  });

  it('keeps dates in order, naming what they may not precede or follow', () => {
    const bounds = { earliest: ['2024-01-10', 'the date of issue'] as [string, string], latest: ['2024-06-30', 'the indication expired'] as [string, string] };
    expect(dateWithin('input.startDate', '2024-01-10', bounds)).toBe('2024-01-10');
    expect(refusal(() => dateWithin('input.startDate', '2024-01-09', bounds)).message).toBe('input.startDate: lies before the date of issue');
    expect(refusal(() => dateWithin('input.startDate', '2024-07-01', bounds)).message).toBe('input.startDate: lies after the indication expired');
    // An unknown bound (null) does not bind.
    expect(dateWithin('input.startDate', '2030-01-01', { latest: [null, 'the end'] })).toBe('2030-01-01');
  });

  it('takes today in the Netherlands, and refuses the future', () => {
    // 23:30 UTC on 30 June is already 1 July in Amsterdam (summer time, UTC+2).
    expect(today(new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    expect(today(new Date('2024-01-15T12:00:00Z'))).toBe('2024-01-15');
    expect(notInFuture('input.joinedOn', '2024-07-01', '2024-07-01')).toBe('2024-07-01');
    expect(refusal(() => notInFuture('input.joinedOn', '2024-07-02', '2024-07-01')).message).toBe('input.joinedOn: must not be in the future (after 2024-07-01)');
  });
});
