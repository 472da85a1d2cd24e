import { describe, expect, it } from 'vitest';
import { calendarFile } from './calendar-file.js';
import { manageLink, readManageLink } from './manage-link.js';

describe('the calendar file', () => {
  const ics = calendarFile(
    {
      uid: 'BK-7Q4M9X@mm-booking',
      start: '2026-12-02T09:30:00+11:00',
      end: '2026-12-02T10:30:00+11:00',
      summary: 'Deep tissue; 60 min, at home',
      description: `Reference BK-7Q4M9X\nManage: https://partner.example/book#mm-manage=${'x'.repeat(80)}`,
      url: 'https://partner.example/book',
    },
    Date.parse('2026-11-27T00:00:00Z'),
  );

  it('holds one event in UTC, with escaped text and CRLF lines', () => {
    expect(ics).toContain('DTSTART:20261201T223000Z\r\n');
    expect(ics).toContain('DTEND:20261201T233000Z\r\n');
    expect(ics).toContain('DTSTAMP:20261127T000000Z\r\n');
    expect(ics).toContain('SUMMARY:Deep tissue\\; 60 min\\, at home\r\n');
    expect(ics).toContain('UID:BK-7Q4M9X@mm-booking\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('folds lines longer than 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');
  });
});

describe('the manage link', () => {
  it("puts the reference and token in the page's fragment and reads them back", () => {
    const key = { reference: 'BK-7Q4M9X', manageToken: 'abc-_DEF123' };
    const link = manageLink('https://partner.example/book?x=1#top', key);
    expect(link).toBe('https://partner.example/book?x=1#mm-manage=BK-7Q4M9X.abc-_DEF123');
    expect(readManageLink(new URL(link).hash)).toEqual(key);
  });

  it('ignores fragments that are not manage links', () => {
    expect(readManageLink('')).toBeUndefined();
    expect(readManageLink('#top')).toBeUndefined();
    expect(readManageLink('#mm-manage=BK-1')).toBeUndefined();
    expect(readManageLink('#mm-manage=.token')).toBeUndefined();
    expect(readManageLink('#mm-manage=BK-1.%E0%A4%A')).toBeUndefined();
  });
});
