import { describe, expect, it } from 'vitest';
import { inviteFacts, parseContentLine, readableIcsTime, unfoldIcs } from './invite-facts';

// As the API writes a booking's invite (apps/api/src/messages/invite.ts): its zone's rules, with their own
// DTSTARTs, come before the event; long lines are folded at 75 octets.
const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//mm//bookings//EN',
  'METHOD:REQUEST',
  'BEGIN:VTIMEZONE',
  'TZID:Australia/Sydney',
  'BEGIN:STANDARD',
  'TZNAME:AEST',
  'DTSTART:19700405T030000',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'TZNAME:AEDT',
  'DTSTART:19701004T020000',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:a3f1c2d4-0000-4000-8000-000000000001@book.example.com.au',
  'SEQUENCE:2',
  'DTSTAMP:20261102T030405Z',
  'DTSTART;TZID=Australia/Sydney:20261201T093000',
  'DTEND;TZID=Australia/Sydney:20261201T103000',
  'SUMMARY:Remedial massage\\, 60 min',
  'LOCATION:Unit 2\\, 10 King St\\; Newtown NSW 2042\\, a very long address that',
  '  goes on and on',
  'DESCRIPTION:Bring: loose clothing\\; water\\nParking',
  "ATTENDEE;PARTSTAT=ACCEPTED;CN=\"Jo 'JJ' Cit",
  ' izen":MAILTO:jo@example.com',
  'STATUS:CONFIRMED',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('inviteFacts', () => {
  it("reads the calendar's method and the event's uid, sequence, start with its zone, summary and location", () => {
    expect(inviteFacts(INVITE)).toEqual({
      method: 'REQUEST',
      uid: 'a3f1c2d4-0000-4000-8000-000000000001@book.example.com.au',
      sequence: '2',
      status: 'CONFIRMED',
      start: { value: '20261201T093000', tzid: 'Australia/Sydney' },
      end: { value: '20261201T103000', tzid: 'Australia/Sydney' },
      summary: 'Remedial massage, 60 min',
      location: 'Unit 2, 10 King St; Newtown NSW 2042, a very long address that goes on and on',
    });
  });

  it('reads a cancellation the same, with LF line ends', () => {
    const cancel = INVITE.replace('METHOD:REQUEST', 'METHOD:CANCEL')
      .replace('STATUS:CONFIRMED', 'STATUS:CANCELLED')
      .replaceAll('\r\n', '\n');
    expect(inviteFacts(cancel)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: '2' });
  });

  it('reads only the first event, and nothing from what is not a calendar', () => {
    const two = INVITE.replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nUID:second\r\nEND:VEVENT\r\nEND:VCALENDAR');
    expect(inviteFacts(two).uid).toBe('a3f1c2d4-0000-4000-8000-000000000001@book.example.com.au');
    expect(inviteFacts('not an invite')).toEqual({});
  });
});

describe('content lines', () => {
  it('unfolds continuation lines', () => {
    expect(unfoldIcs('A:one\r\n two\r\n\tthree\r\nB:x\r\n')).toEqual(['A:onetwothree', 'B:x']);
  });

  it('keeps colons inside quoted parameters out of the value', () => {
    expect(parseContentLine('ORGANIZER;CN="Clinic: Newtown":mailto:a@b.example')).toEqual({
      name: 'ORGANIZER',
      params: { CN: 'Clinic: Newtown' },
      value: 'mailto:a@b.example',
    });
  });
});

describe('readableIcsTime', () => {
  it('writes a local time with its zone, a UTC one as UTC, and leaves anything else as written', () => {
    expect(readableIcsTime('20261201T093000', 'Australia/Sydney')).toBe('2026-12-01 09:30 Australia/Sydney');
    expect(readableIcsTime('20261201T093000Z')).toBe('2026-12-01 09:30 UTC');
    expect(readableIcsTime('20261201')).toBe('2026-12-01');
    expect(readableIcsTime('soon')).toBe('soon');
  });
});
