import { afterAll, beforeAll, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const DASHBOARD = `{ dashboard {
  today
  bookingsPerDay { date booked cancelled noShow }
  revenueByLength { label sessions revenue { amountMinor formatted } }
  revenueByChannel { label sessions revenue { amountMinor } }
  outcomes { bookings cancelled noShow }
  utilisation { displayName bookedHours scheduledHours }
  licencesDue { displayName expiresOn }
} }`;

type Dashboard = {
  today: string;
  bookingsPerDay: { date: string; booked: number; cancelled: number; noShow: number }[];
  revenueByLength: { label: string; sessions: number; revenue: { amountMinor: number } }[];
  revenueByChannel: { label: string; sessions: number; revenue: { amountMinor: number } }[];
  outcomes: { bookings: number; cancelled: number; noShow: number };
  utilisation: { displayName: string; bookedHours: number; scheduledHours: number }[];
  licencesDue: { displayName: string; expiresOn: string }[];
};

const sydneyDate = (value: string | Date) =>
  new Date(value).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });

it("shows the demo's weeks as PostgreSQL counts them, matching the bookings one by one", async () => {
  const coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
  const { data, errors } = await t.graphql<{ dashboard: Dashboard }>(DASHBOARD, {}, coordinator);
  expect(errors).toBeUndefined();
  const d = data?.dashboard as Dashboard;
  expect(d.bookingsPerDay).toHaveLength(56);
  expect(d.bookingsPerDay.at(-1)?.date).toBe(d.today);

  // the same counts, by reading every booking and bucketing it here
  const rows = await t.sql<{ starts_at: string; status: string; price_amount_minor: number }>(
    'select starts_at, status, price_amount_minor from booking',
  );
  const days = new Set(d.bookingsPerDay.map((x) => x.date));
  const expected = new Map<string, { booked: number; cancelled: number; noShow: number }>();
  for (const r of rows) {
    const date = sydneyDate(r.starts_at);
    if (!days.has(date)) continue;
    const e = expected.get(date) ?? { booked: 0, cancelled: 0, noShow: 0 };
    if (r.status === 'CANCELLED') e.cancelled++;
    else if (r.status === 'NO_SHOW') e.noShow++;
    else e.booked++;
    expected.set(date, e);
  }
  for (const day of d.bookingsPerDay) {
    expect({ booked: day.booked, cancelled: day.cancelled, noShow: day.noShow }, day.date).toEqual(
      expected.get(day.date) ?? { booked: 0, cancelled: 0, noShow: 0 },
    );
  }
  const total = (xs: Dashboard['bookingsPerDay'], k: 'cancelled' | 'noShow') => xs.reduce((n, x) => n + x[k], 0);
  expect(total(d.bookingsPerDay, 'cancelled')).toBeGreaterThan(0);
  expect(total(d.bookingsPerDay, 'noShow')).toBeGreaterThan(0);

  expect(d.revenueByLength.map((r) => r.label)).toEqual(['60 min', '75 min', '90 min']);
  const byLength = d.revenueByLength.reduce((n, r) => n + r.revenue.amountMinor, 0);
  const byChannel = d.revenueByChannel.reduce((n, r) => n + r.revenue.amountMinor, 0);
  expect(byChannel).toBe(byLength);
  expect(d.revenueByChannel.map((r) => r.label).sort()).toEqual(['Harbourside Physio', 'Own site']);
  expect(d.outcomes.cancelled + d.outcomes.noShow).toBeLessThan(d.outcomes.bookings);

  expect(d.utilisation).toHaveLength(12);
  for (const u of d.utilisation) expect(u.bookedHours).toBeLessThanOrEqual(u.scheduledHours);
  expect(d.utilisation.some((u) => u.bookedHours > 0)).toBe(true);
  expect(d.licencesDue.map((l) => l.displayName).length).toBe(2);
});
