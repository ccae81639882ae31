import { describe, expect, it } from 'vitest';
import { stockholmOffsetMinutes, stockholmWallTime } from '../dates';
import { parseContentDate } from './content-date';

function instantOf(value: unknown): string {
  const result = parseContentDate(value);
  if (!result.ok) throw new Error(`expected a date, got: ${result.reason}`);
  return result.instant.toISOString();
}

function reasonOf(value: unknown): string {
  const result = parseContentDate(value);
  if (result.ok) throw new Error(`expected no date, got ${result.instant.toISOString()}`);
  return result.reason;
}

describe('parseContentDate', () => {
  it('reads a date as midnight in Stockholm', () => {
    expect(instantOf('2018-03-08')).toBe('2018-03-07T23:00:00.000Z');
    expect(instantOf('2018-07-01')).toBe('2018-06-30T22:00:00.000Z');
  });

  it('reads a date-time with an offset as that instant', () => {
    expect(instantOf('2018-03-08T09:30:00+01:00')).toBe('2018-03-08T08:30:00.000Z');
    expect(instantOf('2018-03-08T09:30:00Z')).toBe('2018-03-08T09:30:00.000Z');
  });

  it('reads a date-time without an offset as Stockholm wall time, summer and winter', () => {
    expect(instantOf('2018-03-08T09:30:00')).toBe('2018-03-08T08:30:00.000Z');
    expect(instantOf('2018-07-01T09:30')).toBe('2018-07-01T07:30:00.000Z');
  });

  it('accepts 29 February in a leap year and a Date a YAML 1.1 parser would hand over', () => {
    expect(instantOf('2020-02-29')).toBe('2020-02-28T23:00:00.000Z');
    expect(instantOf(new Date('2018-03-08T00:00:00Z'))).toBe('2018-03-08T00:00:00.000Z');
  });

  it('says why a value is not a real date', () => {
    expect(reasonOf('2018-13-45')).toBe('månad 13 finns inte');
    expect(reasonOf('2018-02-30')).toBe('februari 2018 har bara 28 dagar');
    expect(reasonOf('igår')).toBe('det är inget datum');
    expect(reasonOf('2018-03-08 09:30')).toContain('stort T');
    expect(reasonOf('8/3/2018')).toContain('år-månad-dag');
    expect(reasonOf('2018-3-8')).toContain('två siffror');
    expect(reasonOf('2018-03-08T25:00:00')).toContain('klockslaget');
    expect(reasonOf(2018)).toBe('det är inget datum');
    expect(reasonOf(new Date(Number.NaN))).toBe('det är inget datum');
  });
});

describe('Stockholm time', () => {
  it('knows the offset in winter and summer', () => {
    expect(stockholmOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(stockholmOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('finds the instant of a wall-clock time on both sides of the spring change', () => {
    expect(stockholmWallTime(2026, 3, 29, 1, 30).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(stockholmWallTime(2026, 3, 29, 3, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});
