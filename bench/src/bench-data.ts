/** The benchmark's operator, on top of the demo seed: how many therapists and bookings. */
export interface BenchData {
  /** Therapists 'Bench 001' …, working 08:00-20:00 every day. */
  readonly therapists: number;
  /** Bookings over the next 14 days: four a day per therapist, two hours apart, day by day, until this many. */
  readonly bookings: number;
  /** Completed bookings before today (the history a live table keeps): four a day per therapist, going back. */
  readonly pastBookings?: number;
}

/** What the bench's headline figures are measured on. */
export const STANDARD_DATA: BenchData = { therapists: 200, bookings: 10_000 };

export const describeData = (data: BenchData): string =>
  `${data.therapists} therapists, ${(data.bookings + (data.pastBookings ?? 0)).toLocaleString('en')} bookings` +
  (data.pastBookings ? ` (${data.pastBookings.toLocaleString('en')} of them in the past)` : '');

/** Bookings of the bench therapists, `days` from today (a series), four a day, numbered from `prefix`. */
const bookingsSql = (limit: number, days: string, status: string, prefix: string) =>
  `insert into booking (id, reference, manage_token_hash, idempotency_key, request_hash, status, treatment_id,
     therapist_id, client_id, client_name, client_email, client_phone, address_id, duration_minutes,
     price_amount_minor, price_currency, starts_at, ends_at, buffer_minutes, busy)
   select gen_random_uuid(), '${prefix}-' || lpad(n::text, 6, '0'), md5('${prefix}' || n), '${prefix}-' || n, 'bench',
          '${status}', (select id from treatment where slug = 'deep-tissue'), therapist_id,
          (select id from client where email = 'bench@example.com'), 'Bench Client', 'bench@example.com', '+61400000001',
          '00000000-0000-4000-8000-00000000be4c',
          60, 13900, 'AUD', s, s + interval '60 minutes', 15, tstzrange(s, s + interval '75 minutes', '[)')
     from (
       select row_number() over (order by abs(day), t.display_name, j) as n, t.id as therapist_id,
              ((current_date + day)::timestamp + time '08:00' + j * interval '2 hours') at time zone 'Australia/Sydney' as s
         from therapist t, ${days} as day, generate_series(0, 3) as j
        where t.display_name like 'Bench %'
     ) as planned
    where n <= ${limit}`;

/** The statements that add `data` to a migrated, seeded database (then `analyze`). */
export function benchDataSql(data: BenchData): string[] {
  const { therapists, bookings, pastBookings = 0 } = data;
  const perDay = therapists * 4;
  return [
    `insert into therapist (id, display_name, techniques, medical_qualified, licence_number, licence_body,
       licence_expires_on, time_zone, travel_buffer_minutes, service_postcodes)
     select gen_random_uuid(), 'Bench ' || lpad(n::text, 3, '0'), '{DEEP_TISSUE,TRIGGER_POINT,SWEDISH}', n % 2 = 0,
            'B' || n, 'Board', current_date + 400, 'Australia/Sydney', 15, array['2000', (2000 + n % 50)::text]
       from generate_series(1, ${therapists}) as n`,
    `insert into therapist_schedule (id, therapist_id, weekday, start_time, end_time)
     select gen_random_uuid(), t.id, d, '08:00', '20:00'
       from therapist t cross join generate_series(1, 7) as d where t.display_name like 'Bench %'`,
    `insert into client (id, name, email, phone) values (gen_random_uuid(), 'Bench Client', 'bench@example.com', '+61400000001')
     on conflict (email) do nothing`,
    `insert into address (id, line1, suburb, postcode, country)
     values ('00000000-0000-4000-8000-00000000be4c', '1 Bench St', 'Sydney', '2000', 'AU')`,
    bookingsSql(bookings, `generate_series(1, ${Math.ceil(bookings / perDay)})`, 'CONFIRMED', 'BN'),
    ...(pastBookings > 0
      ? [bookingsSql(pastBookings, `generate_series(-${Math.ceil(pastBookings / perDay)}, -1)`, 'COMPLETED', 'BP')]
      : []),
  ];
}
