import { badUserInput } from '@kansrijk/kit';
import { type Viewer } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { Measurement } from '../entities';
import { assertMayWrite } from './assert-may-write';
import { writableIndicator } from './writable';
import { optionalText } from './validate';

export interface RecordMeasurementInput {
  indicator: string;
  /** As the client sent it: the `Date` and `Numeric` inputs are checked here (see inputScalars.ts). */
  measuredOn: unknown;
  value?: unknown;
  text?: string | null;
  note?: string | null;
}

/** numeric(1000) is PostgreSQL's limit; a measured count or score has no need for more than this. */
const MAX_DIGITS = 30;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function checkDate(field: string, value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const parsed = new Date(`${text}T00:00:00Z`);
  if (!DATE.test(text) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    throw badUserInput(field, 'must be a date as YYYY-MM-DD');
  }
  return text;
}

function checkNumber(field: string, value: unknown): string {
  if (typeof value !== 'string' || !NUMBER.test(value)) throw badUserInput(field, 'must be a decimal number as a string, e.g. "12.5"');
  if (value.replace(/[-.]/g, '').length > MAX_DIGITS) throw badUserInput(field, `must have at most ${MAX_DIGITS} digits`);
  return value;
}

export async function recordMeasurement(tx: EntityManager, viewer: Viewer, input: RecordMeasurementInput, today: string): Promise<string> {
  assertMayWrite(viewer);
  const indicator = await writableIndicator(tx, viewer, 'input.indicator', input.indicator);
  const measuredOn = checkDate('input.measuredOn', input.measuredOn);
  if (measuredOn > today) throw badUserInput('input.measuredOn', `must not be in the future (after ${today})`);
  const text = optionalText('input.text', input.text, 2000);
  const value = input.value === null || input.value === undefined ? null : checkNumber('input.value', input.value);
  if ((value === null) === (text === null)) throw badUserInput('input.value', 'give exactly one of value and text');

  const id = `${indicator.id}@${measuredOn}`;
  await tx.getRepository(Measurement).upsert(
    {
      id,
      indicatorId: indicator.id,
      measuredOn,
      value,
      valueText: text,
      note: optionalText('input.note', input.note, 2000),
      recordedBy: viewer.id,
      recordedAt: new Date(),
    },
    ['id'],
  );
  return id;
}
