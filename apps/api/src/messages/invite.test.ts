import ical, { type ParameterValue, type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { bookingInvite, type InviteInput } from './invite.js';

const summer: InviteInput = {
  uid: 'a3f1c2d4-0000-4000-8000-000000000001@book.example.com.au',
  sequence: 0,
  method: 'REQUEST',
  // 9:30 am AEDT (UTC+11)
  start: new Date('2026-11-30T22:30:00Z'),
  end: new Date('2026-11-30T23:30:00Z'),
  timeZone: 'Australia/Sydney',
  summary: 'Remedial massage, 60 min',
  description: 'Bring: loose clothing; water\nParking at the back, gate code on arrival',
  location: 'Unit 2, 10 King St; Newtown NSW 2042',
  url: 'https://book.example.com.au/manage?token=abc&lang=en',
  organizer: { name: 'Medical massage', email: 'bookings@example.com.au' },
  attendee: { name: 'Jo "JJ" Citizen', email: 'jo@example.com' },
  now: new Date('2026-11-02T03:04:05Z'),
};

// 2:15 pm AEST (UTC+10)
const winter: InviteInput = {
  ...summer,
  sequence: 3,
  start: new Date('2026-07-14T04:15:00Z'),
  end: new Date('2026-07-14T05:45:00Z'),
};

const plain = <P>(v: string | { val: string; params: P } | undefined): string | undefined =>
  typeof v === 'object' ? v.val : v;

function parse(text: string) {
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  const [event] = events;
  if (!event) throw new Error('no VEVENT');
  return { event, calendar: parsed.vcalendar };
}

/** Unfolds RFC 5545 content lines, so a property can be matched whole. */
const unfold = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('bookingInvite', () => {
  it.each([
    ['summer time (AEDT)', summer, '20261201T093000', '20261201T103000'],
    ['winter time (AEST)', winter, '20260714T141500', '20260714T154500'],
  ])('writes the exact instants of a booking in %s as local Sydney time', (_, input, localStart, localEnd) => {
    const text = bookingInvite(input);
    const { event } = parse(text);

    expect(event.start.getTime()).toBe(input.start.getTime());
    expect(event.end?.getTime()).toBe(input.end.getTime());
    expect(event.start.tz).toBe('Australia/Sydney');
    const lines = unfold(text);
    expect(lines).toContain(`DTSTART;TZID=Australia/Sydney:${localStart}`);
    expect(lines).toContain(`DTEND;TZID=Australia/Sydney:${localEnd}`);
  });

  it('carries the uid, sequence, stamp, organizer and attendee given', () => {
    const text = bookingInvite(winter);
    const { event, calendar } = parse(text);

    expect(calendar?.method).toBe('REQUEST');
    expect(event.uid).toBe(winter.uid);
    expect(event.sequence).toBe(3);
    expect(event.dtstamp.getTime()).toBe(winter.now.getTime());
    expect(unfold(text)).toContain('DTSTAMP:20261102T030405Z');
    expect(event.status).toBe('CONFIRMED');
    expect(JSON.stringify(event.organizer)).toContain('bookings@example.com.au');
    const attendee = Array.isArray(event.attendee) ? event.attendee[0] : event.attendee;
    expect(plain(attendee)?.toLowerCase()).toBe('mailto:jo@example.com');
    expect(typeof attendee === 'object' ? attendee.params.CN : undefined).toBe("Jo 'JJ' Citizen");
  });

  it('names the operator zone as TZID and includes its VTIMEZONE', () => {
    const text = bookingInvite(summer);
    const parsed = ical.sync.parseICS(text);
    const zones = Object.values(parsed).filter((c) => c?.type === 'VTIMEZONE');

    expect(zones).toHaveLength(1);
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Australia\/Sydney\r\n/);
    expect(text).toMatch(/TZNAME:AEDT/);
    expect(text).toMatch(/TZNAME:AEST/);
  });

  it('names the canonical zone, matching its VTIMEZONE, when given an alias', () => {
    const text = bookingInvite({ ...summer, timeZone: 'Australia/ACT' });
    const { event } = parse(text);

    expect(text).toContain('TZID:Australia/Sydney\r\n');
    expect(text).toContain('DTSTART;TZID=Australia/Sydney:20261201T093000');
    expect(event.start.getTime()).toBe(summer.start.getTime());
  });

  it('refuses a zone it has no VTIMEZONE for', () => {
    expect(() => bookingInvite({ ...summer, timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same uid', () => {
    const text = bookingInvite({ ...summer, method: 'CANCEL', sequence: 4 });
    const { event, calendar } = parse(text);

    expect(text).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(text).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(calendar?.method).toBe('CANCEL');
    expect(event.status).toBe('CANCELLED');
    expect(event.uid).toBe(summer.uid);
    expect(event.sequence).toBe(4);
  });

  it('keeps commas, semicolons and newlines in text values', () => {
    const { event } = parse(bookingInvite(summer));

    expect(plain(event.summary)).toBe(summer.summary);
    expect(plain(event.description)).toBe(summer.description);
    expect(plain(event.location)).toBe(summer.location);
    // node-ical types URL as a string, but it keeps the VALUE=URI parameter with it.
    expect(plain(event.url as ParameterValue | undefined)).toBe(summer.url);
  });

  it('folds lines at 75 octets of UTF-8, never inside a character, and unfolds to the text given', () => {
    // one, two, three and four octets a character (the last a surrogate pair), in long runs
    const description = `${'a'.repeat(90)} ${'é'.repeat(60)} ${'按摩'.repeat(40)} ${'💆'.repeat(30)}`;
    const text = bookingInvite({ ...summer, description });

    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(plain(parse(text).event.description)).toBe(description);
  });
});
