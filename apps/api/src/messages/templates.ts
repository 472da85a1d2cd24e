import { isValidTimeZone } from '@mm/domain/zoned-time';
import { DateTime } from 'luxon';
import { en, type MessageStrings } from './templates.en.js';
import { zhHans } from './templates.zh-hans.js';

export type MessageLocale = 'en' | 'zh-Hans';

const strings: Record<MessageLocale, MessageStrings> = { en, 'zh-Hans': zhHans };

/** Chinese written in Simplified script (zh, zh-CN, zh-SG, zh-Hans…) gets zh-Hans; anything else, English. */
export const messageLocale = (tag: string | null | undefined): MessageLocale => {
  if (!tag) return 'en';
  let locale = localesOfTags.get(tag);
  if (locale === undefined) {
    locale = localeOf(tag);
    // tags are the callers' words: a cap on how many are remembered
    if (localesOfTags.size >= MAX_REMEMBERED_TAGS) localesOfTags.clear();
    localesOfTags.set(tag, locale);
  }
  return locale;
};

function localeOf(tag: string): MessageLocale {
  try {
    const locale = new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize();
    return locale.language === 'zh' && locale.script === 'Hans' ? 'zh-Hans' : 'en';
  } catch {
    return 'en';
  }
}

/** Each tag's answer, worked out once: Intl's likely subtags cost more than the rest of reading a booking. */
const localesOfTags = new Map<string, MessageLocale>();
const MAX_REMEMBERED_TAGS = 1_000;

// Deliberately no field for health data (diagnosis, condition, precautions, notes): emails are not a safe place for it.
export interface BookingFacts {
  reference: string;
  treatment: string;
  durationMinutes: number;
  start: Date;
  end: Date;
  therapistName: string;
  clientName: string;
  addressLine: string;
  price: string;
  sessionsLeft: number | null;
}

export interface ReferralFacts {
  code: string;
  holderName: string;
  treatment: string;
  sessionsAuthorised: number;
  sessionsUsed: number;
  expiresOn: string;
  // No reason for a rejection: staff write it freely and it may speak of the condition.
}

export interface MessageContext {
  locale: MessageLocale;
  timeZone: string;
  operatorName: string;
  links: {
    manage?: string;
    book?: string;
    unsubscribe?: string;
    console?: string;
  };
}

export type Template =
  | { kind: 'booking.confirmation'; booking: BookingFacts }
  | { kind: 'booking.rescheduled'; booking: BookingFacts; previousStart: Date }
  | { kind: 'booking.cancelled'; booking: BookingFacts }
  | { kind: 'booking.reminder'; booking: BookingFacts }
  | { kind: 'booking.followup'; booking: BookingFacts }
  | { kind: 'therapist.booking.created'; booking: BookingFacts }
  | { kind: 'therapist.booking.changed'; booking: BookingFacts; previousStart: Date }
  | { kind: 'therapist.booking.cancelled'; booking: BookingFacts }
  | { kind: 'therapist.digest'; therapistName: string; date: string; bookings: BookingFacts[] }
  | { kind: 'referral.verified'; referral: ReferralFacts }
  | { kind: 'referral.rejected'; referral: ReferralFacts }
  | { kind: 'referral.expiring'; referral: ReferralFacts }
  | { kind: 'referral.exhausted'; referral: ReferralFacts }
  | { kind: 'staff.referrals.waiting'; count: number; oldestWaitingSince: Date };

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

type Row = readonly [label: string, value: string];

/** A message as content only; `toText` and `toHtml` lay it out, and only `toHtml` needs to escape. */
type Block =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'facts'; readonly title?: string; readonly rows: readonly Row[] }
  | { readonly type: 'link'; readonly label: string; readonly url: string };

interface Draft {
  readonly subject: string;
  readonly blocks: readonly Block[];
}

/** Text as HTML shows it: the five characters HTML reads as markup, escaped. */
export const escapeHtml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Mail clients resolve nothing: a relative or non-web link would be dead, or worse. */
function absoluteUrl(url: string): string {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') throw new RangeError(`Not an absolute web link: ${url}`);
  return url;
}

/** The Luxon token of a zone's short name in the locale (AEDT; GMT+11 in zh-CN). */
const ZONE_NAME = 'ZZZZ';

/** One formatter per locale and zone, made as Luxon makes it for ZZZZ, so that the names are its names. */
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

function zoneName(instant: Date, timeZone: string, locale: string): string {
  const key = `${locale} ${timeZone}`;
  let format = zoneNameFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZoneName: 'short',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    zoneNameFormats.set(key, format);
  }
  return format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

function formatsFor(s: MessageStrings, timeZone: string) {
  // the domain's check remembers zones found valid (Luxon's builds a formatter each time)
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const at = (instant: Date, pattern: string): string => {
    const local = DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(s.luxonLocale);
    if (!local.isValid) throw new RangeError('Invalid date');
    // ZZZZ is written here: Luxon builds an Intl formatter for each zone name it writes
    const parts = pattern.split(ZONE_NAME);
    if (parts.length === 1) return local.toFormat(pattern);
    return parts.map((part) => (part ? local.toFormat(part) : '')).join(zoneName(instant, timeZone, s.luxonLocale));
  };
  return {
    dateTime: (instant: Date) => at(instant, s.format.dateTime),
    time: (instant: Date) => at(instant, s.format.time),
    timeZoned: (instant: Date) => at(instant, s.format.timeZoned),
    day: (isoDate: string): string => {
      const day = DateTime.fromFormat(isoDate, 'yyyy-MM-dd', { zone: timeZone, locale: s.luxonLocale });
      if (!day.isValid) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
      return day.toFormat(s.format.day);
    },
  };
}

type Formats = ReturnType<typeof formatsFor>;

const sessionsLeft = (r: ReferralFacts): number => Math.max(0, r.sessionsAuthorised - r.sessionsUsed);

function draft(template: Template, s: MessageStrings, f: Formats, context: MessageContext): Draft {
  const { links } = context;
  const text = (value: string): Block => ({ type: 'text', text: value });
  const link = (label: string, url: string | undefined): Block[] =>
    url === undefined ? [] : [{ type: 'link', label, url: absoluteUrl(url) }];
  const signOff = text(s.signOff(context.operatorName));
  const when = (b: BookingFacts): Row[] => [
    [s.label.when, f.dateTime(b.start)],
    [s.label.duration, s.durationUntil(b.durationMinutes, f.time(b.end))],
  ];
  const previously = (start: Date): Row[] => [[s.label.previously, f.dateTime(start)]];

  const toClient = (
    texts: { subject: (reference: string) => string; intro: string },
    b: BookingFacts,
    extraRows: Row[],
    after: Block[],
  ): Draft => ({
    subject: texts.subject(b.reference),
    blocks: [
      text(s.greeting(b.clientName)),
      text(texts.intro),
      {
        type: 'facts',
        rows: [
          [s.label.reference, b.reference],
          [s.label.treatment, b.treatment],
          ...when(b),
          ...extraRows,
          [s.label.therapist, b.therapistName],
          [s.label.address, b.addressLine],
          [s.label.price, b.price],
        ],
      },
      ...after,
      signOff,
    ],
  });

  const therapistRows = (b: BookingFacts): Row[] => [
    [s.label.treatment, b.treatment],
    [s.label.client, b.clientName],
    [s.label.address, b.addressLine],
    [s.label.reference, b.reference],
  ];
  const toTherapist = (
    texts: { subject: (reference: string) => string; intro: string },
    b: BookingFacts,
    extraRows: Row[],
  ): Draft => ({
    subject: texts.subject(b.reference),
    blocks: [
      text(s.greeting(b.therapistName)),
      text(texts.intro),
      { type: 'facts', rows: [...when(b), ...extraRows, ...therapistRows(b)] },
      ...link(s.link.console, links.console),
      signOff,
    ],
  });

  const referralFacts = (r: ReferralFacts): Block => ({
    type: 'facts',
    rows: [
      [s.label.code, r.code],
      [s.label.holder, r.holderName],
      [s.label.treatment, r.treatment],
      [s.label.sessionsAuthorised, String(r.sessionsAuthorised)],
      [s.label.sessionsUsed, String(r.sessionsUsed)],
      [s.label.sessionsLeft, String(sessionsLeft(r))],
      [s.label.expiresOn, f.day(r.expiresOn)],
    ],
  });
  const toHolder = (subject: string, r: ReferralFacts, body: Block[]): Draft => ({
    subject,
    blocks: [text(s.greeting(r.holderName)), ...body, signOff],
  });

  switch (template.kind) {
    case 'booking.confirmation':
      return toClient(s.booking.confirmation, template.booking, [], link(s.link.manage, links.manage));
    case 'booking.rescheduled':
      return toClient(
        s.booking.rescheduled,
        template.booking,
        previously(template.previousStart),
        link(s.link.manage, links.manage),
      );
    case 'booking.cancelled':
      return toClient(
        s.booking.cancelled,
        template.booking,
        [],
        [text(s.booking.cancelled.rebook), ...link(s.link.book, links.book)],
      );
    case 'booking.reminder':
      return toClient(s.booking.reminder, template.booking, [], link(s.link.manage, links.manage));
    case 'booking.followup': {
      const b = template.booking;
      const t = s.booking.followup;
      // Follow-ups are the one optional kind of mail: never send one a client cannot stop.
      if (links.unsubscribe === undefined) throw new Error('A follow-up needs an unsubscribe link');
      return {
        subject: t.subject(b.reference),
        blocks: [
          text(s.greeting(b.clientName)),
          text(t.intro),
          {
            type: 'facts',
            rows: [
              [s.label.reference, b.reference],
              [s.label.treatment, b.treatment],
              [s.label.when, f.dateTime(b.start)],
              [s.label.therapist, b.therapistName],
            ],
          },
          ...(b.sessionsLeft === null ? [] : [text(t.sessionsLeft(b.sessionsLeft))]),
          text(t.next),
          ...link(s.link.book, links.book),
          signOff,
          text(t.unsubscribe),
          ...link(s.link.unsubscribe, links.unsubscribe),
        ],
      };
    }
    case 'therapist.booking.created':
      return toTherapist(s.therapist.created, template.booking, []);
    case 'therapist.booking.changed':
      return toTherapist(s.therapist.changed, template.booking, previously(template.previousStart));
    case 'therapist.booking.cancelled':
      return toTherapist(s.therapist.cancelled, template.booking, []);
    case 'therapist.digest': {
      const t = s.therapist.digest;
      const day = f.day(template.date);
      const bookings = [...template.bookings].sort((a, b) => a.start.getTime() - b.start.getTime());
      return {
        subject: t.subject(day),
        blocks: [
          text(s.greeting(template.therapistName)),
          text(bookings.length === 0 ? t.empty(day) : t.intro(day, bookings.length)),
          ...bookings.map(
            (b): Block => ({
              type: 'facts',
              title: `${f.time(b.start)} – ${f.timeZoned(b.end)}`,
              rows: therapistRows(b),
            }),
          ),
          ...link(s.link.console, links.console),
          signOff,
        ],
      };
    }
    case 'referral.verified': {
      const r = template.referral;
      return toHolder(s.referral.verified.subject, r, [
        text(s.referral.verified.intro),
        referralFacts(r),
        ...link(s.link.book, links.book),
      ]);
    }
    case 'referral.rejected': {
      const r = template.referral;
      const t = s.referral.rejected;
      return toHolder(t.subject, r, [
        text(t.intro),
        {
          type: 'facts',
          rows: [
            [s.label.code, r.code],
            [s.label.holder, r.holderName],
            [s.label.treatment, r.treatment],
          ],
        },
        text(t.next),
      ]);
    }
    case 'referral.expiring': {
      const r = template.referral;
      const t = s.referral.expiring;
      return toHolder(t.subject, r, [
        text(t.intro(f.day(r.expiresOn), sessionsLeft(r))),
        referralFacts(r),
        text(t.next),
        ...link(s.link.book, links.book),
      ]);
    }
    case 'referral.exhausted': {
      const r = template.referral;
      const t = s.referral.exhausted;
      return toHolder(t.subject, r, [text(t.intro), referralFacts(r), text(t.next), ...link(s.link.book, links.book)]);
    }
    case 'staff.referrals.waiting': {
      const t = s.staff.referralsWaiting;
      return {
        subject: t.subject(template.count),
        blocks: [
          text(s.greetingTeam),
          text(t.intro(template.count)),
          text(t.oldest(f.dateTime(template.oldestWaitingSince))),
          ...link(s.link.console, links.console),
          signOff,
        ],
      };
    }
  }
}

function toText(message: Draft, s: MessageStrings): string {
  const blockText = (block: Block): string => {
    switch (block.type) {
      case 'text':
        return block.text;
      case 'facts':
        return [
          ...(block.title === undefined ? [] : [block.title]),
          ...block.rows.map(([label, value]) => s.labelled(label, value)),
        ].join('\n');
      case 'link':
        return s.labelled(block.label, block.url);
    }
  };
  return `${message.blocks.map(blockText).join('\n\n')}\n`;
}

const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, 'PingFang SC', 'Microsoft YaHei', sans-serif";

function toHtml(message: Draft, s: MessageStrings): string {
  const escapeLines = (value: string) => escapeHtml(value).replace(/\n/g, '<br>');
  const blockHtml = (block: Block): string => {
    switch (block.type) {
      case 'text':
        return `<p style="margin:0 0 16px">${escapeLines(block.text)}</p>`;
      case 'facts': {
        const title =
          block.title === undefined ? '' : `<p style="margin:0 0 4px;font-weight:bold">${escapeHtml(block.title)}</p>`;
        const rows = block.rows
          .map(
            ([label, value]) =>
              `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:2px 16px 2px 0;color:#555;font-weight:normal">${escapeHtml(label)}</th><td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
          )
          .join('');
        return `${title}<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${rows}</table>`;
      }
      case 'link':
        return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="color:#0b5c8a">${escapeHtml(block.label)}</a></p>`;
    }
  };
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(s.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(message.subject)}</title>`,
    '</head>',
    `<body style="margin:0;padding:24px;background:#f4f4f2;color:#222;font-family:${FONT};font-size:15px;line-height:1.5">`,
    '<div style="max-width:560px;margin:0 auto;padding:24px;background:#fff;border-radius:6px">',
    ...message.blocks.map(blockHtml),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function renderMessage(template: Template, context: MessageContext): RenderedMessage {
  const s = strings[context.locale];
  const message = draft(template, s, formatsFor(s, context.timeZone), context);
  return { subject: message.subject, text: toText(message, s), html: toHtml(message, s) };
}
