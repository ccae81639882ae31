import { afterEach, describe, expect, it } from 'vitest';
import { contentDateInstant, contentInstantString, formatDate, stockholmIsoDate, stockholmIsoDateTime, stockholmMonthKey } from './dates';

const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatDate', () => {
  it('writes the long Swedish form: lower-case month, no leading zero', () => {
    expect(formatDate('sv', '2018-03-08')).toBe('8 mars 2018');
    expect(formatDate('sv', '2017-12-21T00:00:00+01:00')).toBe('21 december 2017');
  });

  it('writes the English form in the English interface', () => {
    expect(formatDate('en', '2018-03-08T00:00:00+01:00')).toBe('8 March 2018');
  });

  it('shows a date just after midnight in Stockholm on its Stockholm day', () => {
    expect(formatDate('sv', '2018-03-08T00:30:00+01:00')).toBe('8 mars 2018');
    expect(stockholmIsoDate('2018-03-08T00:30:00+01:00')).toBe('2018-03-08');
  });

  it('gives the same answer when the process runs in Los Angeles', () => {
    process.env.TZ = 'America/Los_Angeles';
    // Proves the zone switch took effect: LA is 8 hours behind UTC in January.
    expect(new Date('2018-01-01T12:00:00Z').getTimezoneOffset()).toBe(480);
    expect(formatDate('sv', '2018-03-08T00:30:00+01:00')).toBe('8 mars 2018');
    expect(formatDate('sv', '2018-03-07T23:00:00Z')).toBe('8 mars 2018');
    expect(stockholmIsoDate('2018-03-07T23:00:00Z')).toBe('2018-03-08');
  });

  it('names the month for archive headings', () => {
    expect(formatDate('sv', '2018-03-08T00:30:00+01:00', 'month')).toBe('mars 2018');
    expect(formatDate('en', '2018-03-08T00:30:00+01:00', 'month')).toBe('March 2018');
  });
});

describe('Stockholm ISO timestamps', () => {
  it('carries the winter offset +01:00 and the summer offset +02:00', () => {
    expect(stockholmIsoDateTime('2018-03-07T23:30:00Z')).toBe('2018-03-08T00:30:00+01:00');
    expect(stockholmIsoDateTime('2018-08-12T22:00:00Z')).toBe('2018-08-13T00:00:00+02:00');
  });

  it('groups by the Stockholm month', () => {
    expect(stockholmMonthKey('2018-02-28T23:30:00Z')).toBe('2018-03');
  });
});

describe('content dates', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('mean Stockholm time when the process runs in %s', (zone) => {
    process.env.TZ = zone;
    const instant = (text: string) => contentDateInstant(text)?.toISOString();
    expect(instant('2018-03-08')).toBe('2018-03-07T23:00:00.000Z');
    expect(instant('2018-03-08T00:30:00')).toBe('2018-03-07T23:30:00.000Z');
    expect(instant('2018-07-01T09:30')).toBe('2018-07-01T07:30:00.000Z');
    expect(instant('2018-03-08T09:30:00+01:00')).toBe('2018-03-08T08:30:00.000Z');
    expect(instant('2018-03-08T09:30:00Z')).toBe('2018-03-08T09:30:00.000Z');
    // The hour after the spring switch (02:00 becomes 03:00) and the one before the autumn switch.
    expect(instant('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(instant('2026-10-25T01:30')).toBe('2026-10-24T23:30:00.000Z');
  });

  it('are null when the text is no real date', () => {
    expect(contentDateInstant('2018-02-30')).toBeNull();
    expect(contentDateInstant('2018-03-08T24:00')).toBeNull();
    expect(contentDateInstant('8 mars 2018')).toBeNull();
  });

  it('are written as Contentlayer wrote instants: no fraction when there is none', () => {
    expect(contentInstantString(new Date('2018-03-07T23:00:00.000Z'))).toBe('2018-03-07T23:00:00Z');
    expect(contentInstantString(new Date('2018-03-07T23:00:00.250Z'))).toBe('2018-03-07T23:00:00.25Z');
  });
});
