import { type AvailabilityRequest, findAvailableSlots } from '@mm/domain/availability';
import { addDays, DAY_MS, instantToLocalDate, localDateTimeToInstant, MINUTE_MS } from '@mm/domain/zoned-time';
import { type Figure, quantile } from './stats.js';

const ZONE = 'Australia/Sydney';

/** 200 therapists working 08:00-20:00 every day, 10,000 bookings over the next 14 days. */
export function syntheticRequest(now: number): AvailabilityRequest {
  const today = instantToLocalDate(now, ZONE);
  const therapists = Array.from({ length: 200 }, (_, n) => ({
    id: `t${n}`,
    timeZone: ZONE,
    weeklySchedule: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
    timeOff: [],
    servicePostcodes: ['2000'],
    techniques: ['DEEP_TISSUE' as const, 'SWEDISH' as const],
    medicalQualified: n % 2 === 0,
    licenceExpiresOn: addDays(today, 400),
    travelBufferMinutes: 15,
  }));
  const bookings = [];
  for (let day = 1; day <= 14 && bookings.length < 10_000; day++) {
    for (const [n] of therapists.entries()) {
      for (let j = 0; j < 4 && bookings.length < 10_000; j++) {
        const start = (localDateTimeToInstant(addDays(today, day), '08:00', ZONE) ?? 0) + j * 2 * 60 * MINUTE_MS;
        bookings.push({ therapistId: `t${n}`, start, end: start + 60 * MINUTE_MS });
      }
    }
  }
  return {
    from: addDays(today, 1),
    to: addDays(today, 14),
    timeZone: ZONE,
    durationMinutes: 90,
    therapists,
    bookings,
    treatment: { requiresReferral: false, techniques: ['DEEP_TISSUE'] },
    policy: { slotStepMinutes: 15, minNoticeMinutes: 180, horizonDays: 60 },
    now,
  };
}

export function benchDomain(runs = 60): Figure[] {
  const request = syntheticRequest(Date.now() - (Date.now() % DAY_MS));
  const samples: number[] = [];
  let slots = 0;
  for (let i = 0; i < runs + 10; i++) {
    const started = performance.now();
    const result = findAvailableSlots(request);
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(result.error.message);
    slots = result.value.reduce((n, d) => n + d.slots.length, 0);
    if (i >= 10) samples.push(ms);
  }
  return [
    {
      name: 'domain availability, 200 therapists x 14 days, median',
      value: quantile(samples, 0.5),
      unit: 'ms',
      target: { value: 20, higherIsBetter: false },
    },
    { name: 'domain availability, p95', value: quantile(samples, 0.95), unit: 'ms' },
    { name: 'slots found (14 days)', value: slots, unit: 'slots' },
  ];
}
