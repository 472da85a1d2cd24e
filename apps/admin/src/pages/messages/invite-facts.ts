/** One property of an iCalendar (RFC 5545) content line: its name, parameters and value, unescaped. */
export type IcsProperty = {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
};

/** What a calendar invite says, as a person checks it: how it is meant, which event, when and where. */
export type InviteFacts = {
  readonly method?: string | undefined;
  readonly sequence?: string | undefined;
  readonly uid?: string | undefined;
  readonly status?: string | undefined;
  /** The start as written (20261201T093000), with the zone it is in (TZID) or Z for UTC. */
  readonly start?: { readonly value: string; readonly tzid?: string | undefined } | undefined;
  readonly end?: { readonly value: string; readonly tzid?: string | undefined } | undefined;
  readonly summary?: string | undefined;
  readonly location?: string | undefined;
};

/** Content lines, unfolded: a line break followed by one space or tab continues the line before. */
export const unfoldIcs = (text: string): string[] =>
  text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');

/** TEXT values escape backslash, semicolon, comma and newline. */
const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** NAME;PARAM=value;PARAM="quoted:value":VALUE; the first colon outside quotes ends the name and parameters. */
export function parseContentLine(line: string): IcsProperty | undefined {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 1) return undefined;
  const [name = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';');
  const params: Record<string, string> = {};
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    if (eq > 0) params[raw.slice(0, eq).toUpperCase()] = raw.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  }
  return { name: name.toUpperCase(), params, value: unescapeText(line.slice(colon + 1)) };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/**
 * The facts of an invite's calendar (METHOD) and of its first event: the start named
 * there, not the DTSTARTs of its time zone's rules (VTIMEZONE), which come first.
 */
export function inviteFacts(ics: string): InviteFacts {
  const path: string[] = [];
  const facts: { -readonly [K in keyof InviteFacts]: InviteFacts[K] } = {};
  let eventsSeen = 0;
  for (const line of unfoldIcs(ics)) {
    const property = parseContentLine(line);
    if (!property) continue;
    const { name, params, value } = property;
    if (name === 'BEGIN') {
      path.push(value.toUpperCase());
      if (value.toUpperCase() === 'VEVENT') eventsSeen++;
      continue;
    }
    if (name === 'END') {
      path.pop();
      continue;
    }
    const where = path.at(-1);
    if (where === 'VCALENDAR' && name === 'METHOD') facts.method = value;
    if (where !== 'VEVENT' || eventsSeen !== 1) continue;
    if (name === 'UID') facts.uid = value;
    else if (name === 'SEQUENCE') facts.sequence = value;
    else if (name === 'STATUS') facts.status = value;
    else if (name === 'SUMMARY') facts.summary = value;
    else if (name === 'LOCATION') facts.location = value;
    else if (name === 'DTSTART') facts.start = { value, tzid: params.TZID };
    else if (name === 'DTEND') facts.end = { value, tzid: params.TZID };
  }
  return facts;
}

/** 20261201T093000 as "2026-12-01 09:30" (with "UTC" for a trailing Z); anything else as written. */
export function readableIcsTime(value: string, tzid?: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!m) return tzid ? `${value} (${tzid})` : value;
  const [, y, mo, d, h, mi, , z] = m;
  const date = `${y}-${mo}-${d}`;
  const time = h === undefined ? '' : ` ${h}:${mi}`;
  const zone = z ? ' UTC' : tzid ? ` ${tzid}` : h === undefined ? '' : ' (floating: no time zone)';
  return `${date}${time}${zone}`;
}
