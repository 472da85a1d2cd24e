import { describe, expect, it } from 'vitest';
import {
  type BookingFacts,
  type MessageContext,
  type MessageLocale,
  messageLocale,
  type ReferralFacts,
  renderMessage,
  type Template,
} from './templates.js';

const CLIENT = 'Jo <script>alert("x")</script> Citizen';

// 9:30 am AEDT on Tuesday 1 December 2026
const booking: BookingFacts = {
  reference: 'BK-7Q4M9X',
  treatment: 'Remedial massage',
  durationMinutes: 60,
  start: new Date('2026-11-30T22:30:00Z'),
  end: new Date('2026-11-30T23:30:00Z'),
  therapistName: 'Sam Lee',
  clientName: CLIENT,
  addressLine: '10 King St, Newtown NSW 2042',
  price: 'A$120.00',
  sessionsLeft: 3,
};

const referral: ReferralFacts = {
  code: 'RX-7Q4M9XABCD',
  holderName: CLIENT,
  treatment: 'Remedial massage',
  sessionsAuthorised: 5,
  sessionsUsed: 2,
  expiresOn: '2026-12-15',
};

const links = {
  manage: 'https://book.example.com.au/manage/b1?token=t1&lang=en',
  book: 'https://book.example.com.au/book?treatment=remedial',
  unsubscribe: 'https://book.example.com.au/unsubscribe?token=u1',
  console: 'https://book.example.com.au/console/bookings/b1',
} as const;
type LinkName = keyof typeof links;

const contextIn = (locale: MessageLocale): MessageContext => ({
  locale,
  timeZone: 'Australia/Sydney',
  operatorName: 'Medical massage',
  links: { ...links },
});

const local: Record<MessageLocale, { start: string; previous: string; expires: string; digestTime: string }> = {
  en: {
    start: 'Tuesday 1 December 2026, 9:30 am AEDT',
    previous: 'Wednesday 1 July 2026, 10:30 am AEST',
    expires: 'Tuesday 15 December 2026',
    digestTime: '9:30 am – 10:30 am AEDT',
  },
  'zh-Hans': {
    start: '2026年12月1日星期二 09:30 GMT+11',
    previous: '2026年7月1日星期三 10:30 GMT+10',
    expires: '2026年12月15日星期二',
    digestTime: '09:30 – 10:30 GMT+11',
  },
};

const previousStart = new Date('2026-07-01T00:30:00Z');

interface Case {
  template: Template;
  /** Links the message must carry. */
  links: LinkName[];
  /** What the text and the HTML must both say, per locale. */
  says: (l: (typeof local)[MessageLocale]) => string[];
}

const bookingSays = (l: (typeof local)[MessageLocale]) => [booking.reference, l.start];
const referralSays = () => [referral.code];

const cases: Case[] = [
  { template: { kind: 'booking.confirmation', booking }, links: ['manage'], says: bookingSays },
  {
    template: { kind: 'booking.rescheduled', booking, previousStart },
    links: ['manage'],
    says: (l) => [...bookingSays(l), l.previous],
  },
  { template: { kind: 'booking.cancelled', booking }, links: ['book'], says: bookingSays },
  { template: { kind: 'booking.reminder', booking }, links: ['manage'], says: bookingSays },
  { template: { kind: 'booking.followup', booking }, links: ['book', 'unsubscribe'], says: bookingSays },
  { template: { kind: 'therapist.booking.created', booking }, links: ['console'], says: bookingSays },
  {
    template: { kind: 'therapist.booking.changed', booking, previousStart },
    links: ['console'],
    says: (l) => [...bookingSays(l), l.previous],
  },
  { template: { kind: 'therapist.booking.cancelled', booking }, links: ['console'], says: bookingSays },
  {
    template: { kind: 'therapist.digest', therapistName: 'Sam Lee', date: '2026-12-01', bookings: [booking] },
    links: ['console'],
    says: (l) => [booking.reference, l.digestTime],
  },
  { template: { kind: 'referral.verified', referral }, links: ['book'], says: (l) => [referral.code, l.expires] },
  {
    template: { kind: 'referral.rejected', referral },
    links: [],
    says: referralSays,
  },
  { template: { kind: 'referral.expiring', referral }, links: ['book'], says: (l) => [referral.code, l.expires] },
  { template: { kind: 'referral.exhausted', referral }, links: ['book'], says: referralSays },
  {
    template: { kind: 'staff.referrals.waiting', count: 3, oldestWaitingSince: previousStart },
    links: ['console'],
    says: (l) => [l.previous],
  },
];

const LOCALES: MessageLocale[] = ['en', 'zh-Hans'];
const HAN = /\p{Script=Han}/u;
const hrefOf = (url: string) => `href="${url.replace(/&/g, '&amp;')}"`;

describe('renderMessage', () => {
  const matrix = cases.flatMap((c) => LOCALES.map((locale) => [c.template.kind, locale, c] as const));

  it('covers every kind of template', () => {
    // A kind added to Template fails to compile here until it is listed, and then fails here until it has a case.
    const kinds = {
      'booking.confirmation': true,
      'booking.rescheduled': true,
      'booking.cancelled': true,
      'booking.reminder': true,
      'booking.followup': true,
      'therapist.booking.created': true,
      'therapist.booking.changed': true,
      'therapist.booking.cancelled': true,
      'therapist.digest': true,
      'referral.verified': true,
      'referral.rejected': true,
      'referral.expiring': true,
      'referral.exhausted': true,
      'staff.referrals.waiting': true,
    } satisfies Record<Template['kind'], true>;
    expect(new Set(cases.map((c) => c.template.kind))).toEqual(new Set(Object.keys(kinds)));
  });

  describe.each(matrix)('%s in %s', (_, locale, c) => {
    const message = renderMessage(c.template, contextIn(locale));

    it('has a subject, a text part and a complete HTML document', () => {
      expect(message.subject.trim()).not.toBe('');
      expect(message.text.trim()).not.toBe('');
      expect(message.html.startsWith('<!doctype html>\n')).toBe(true);
      expect(message.html).toContain(`<html lang="${locale}">`);
      expect(message.html).toContain('<meta charset="utf-8">');
      expect(message.html.trimEnd().endsWith('</html>')).toBe(true);
    });

    it('says the reference and the local time in both parts', () => {
      for (const fact of c.says(local[locale])) {
        expect(message.text).toContain(fact);
        expect(message.html).toContain(fact);
      }
    });

    it('carries each of its links in both parts', () => {
      for (const name of c.links) {
        expect(message.text).toContain(links[name]);
        expect(message.html).toContain(hrefOf(links[name]));
      }
    });

    it('carries the unsubscribe link only if it is a follow-up', () => {
      const isFollowup = c.template.kind === 'booking.followup';
      expect(message.text.includes(links.unsubscribe)).toBe(isFollowup);
      expect(message.html.includes(links.unsubscribe)).toBe(isFollowup);
    });

    it('escapes every value in the HTML', () => {
      expect(message.html).not.toContain('<script');
      if (message.text.includes(CLIENT)) {
        expect(message.html).toContain('Jo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Citizen');
      }
    });

    it('keeps names and treatment out of the subject', () => {
      expect(message.subject).not.toContain('Jo');
      expect(message.subject).not.toContain('Sam');
      expect(message.subject).not.toContain(booking.treatment);
    });

    it(`is written in ${locale === 'en' ? 'English' : 'Chinese'}`, () => {
      for (const part of [message.subject, message.text, message.html]) {
        expect(HAN.test(part)).toBe(locale === 'zh-Hans');
      }
    });
  });

  it('names the client in client and therapist booking messages, escaped in HTML', () => {
    const message = renderMessage({ kind: 'therapist.booking.created', booking }, contextIn('en'));
    expect(message.text).toContain(CLIENT);
    expect(message.html).toContain('Jo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Citizen');
  });

  it.each([
    ['en', 'You have 3 sessions left on your referral.', 'You have 1 session left on your referral.'],
    ['zh-Hans', '您的转诊单还剩 3 次疗程。', '您的转诊单还剩 1 次疗程。'],
  ] as const)('follow-up in %s says how many sessions are left', (locale, three, one) => {
    const render = (sessionsLeft: number | null) =>
      renderMessage({ kind: 'booking.followup', booking: { ...booking, sessionsLeft } }, contextIn(locale));

    expect(render(3).text).toContain(three);
    expect(render(3).html).toContain(three);
    expect(render(1).text).toContain(one);
    expect(render(0).text).toMatch(locale === 'en' ? /used all the sessions/ : /已全部用完/);
    const withoutReferral = render(null);
    expect(withoutReferral.text).not.toMatch(locale === 'en' ? /referral/i : /转诊单/);
    expect(withoutReferral.html).not.toMatch(locale === 'en' ? /referral/i : /转诊单/);
  });

  it('follow-up says that it can be unsubscribed from', () => {
    const { text } = renderMessage({ kind: 'booking.followup', booking }, contextIn('en'));
    expect(text).toContain('you can unsubscribe at any time');
    expect(text).toContain(`Unsubscribe from follow-up emails: ${links.unsubscribe}`);
  });

  it('refuses a follow-up without an unsubscribe link', () => {
    const context = { ...contextIn('en'), links: { book: links.book } };
    expect(() => renderMessage({ kind: 'booking.followup', booking }, context)).toThrow(/unsubscribe/);
  });

  it('leaves out a link it was not given', () => {
    const context = { ...contextIn('en'), links: {} };
    const message = renderMessage({ kind: 'booking.confirmation', booking }, context);
    expect(message.text).not.toContain('https://');
    expect(message.html).not.toContain('<a ');
  });

  it('refuses a link that is not absolute', () => {
    const context = { ...contextIn('en'), links: { manage: '/manage/b1' } };
    expect(() => renderMessage({ kind: 'booking.confirmation', booking }, context)).toThrow(RangeError);
  });

  it('lists the digest in start order', () => {
    const early = { ...booking, reference: 'BK-EARLY1', start: new Date('2026-11-30T21:00:00Z') };
    const late = { ...booking, reference: 'BK-LATE22', start: new Date('2026-12-01T05:00:00Z') };
    const { text, html } = renderMessage(
      { kind: 'therapist.digest', therapistName: 'Sam Lee', date: '2026-12-01', bookings: [late, booking, early] },
      contextIn('en'),
    );
    for (const part of [text, html]) {
      const order = [early, booking, late].map((b) => part.indexOf(b.reference));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
    expect(text).toContain('You have 3 bookings on Tuesday 1 December 2026');
  });

  it.each([
    ['en', 'You have no bookings on Tuesday 1 December 2026.'],
    ['zh-Hans', '您在2026年12月1日星期二没有预约。'],
  ] as const)('says so when the digest day in %s is empty', (locale, empty) => {
    const message = renderMessage(
      { kind: 'therapist.digest', therapistName: 'Sam Lee', date: '2026-12-01', bookings: [] },
      contextIn(locale),
    );
    expect(message.text).toContain(empty);
    expect(message.html).toContain(empty);
  });

  it('names no referral holder or code to staff', () => {
    const message = renderMessage(
      { kind: 'staff.referrals.waiting', count: 1, oldestWaitingSince: previousStart },
      contextIn('en'),
    );
    expect(message.text).toContain('1 referral has been waiting');
    expect(message.text).not.toMatch(/RX-|Jo/);
  });

  it('refuses an unknown time zone', () => {
    const context = { ...contextIn('en'), timeZone: 'Mars/Olympus_Mons' };
    expect(() => renderMessage({ kind: 'booking.confirmation', booking }, context)).toThrow(RangeError);
  });
});

describe('messageLocale', () => {
  it.each(['zh', 'zh-CN', 'zh-cn', 'zh_CN', 'zh-SG', 'zh-Hans', 'zh-Hans-AU'])('reads %s as zh-Hans', (tag) => {
    expect(messageLocale(tag)).toBe('zh-Hans');
  });

  it.each(['en', 'en-AU', 'fr', 'zh-TW', 'zh-Hant', '', 'not a tag!', null, undefined])('reads %s as en', (tag) => {
    expect(messageLocale(tag)).toBe('en');
  });
});
