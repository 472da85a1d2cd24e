/**
 * The benchmark's operator, on top of the demo seed: 200 therapists working
 * 08:00-20:00 every day, and 10,000 bookings over the next 14 days
 * (four a day per therapist, two hours apart, until 10,000).
 */
export const BENCH_DATA_SQL = [
  `insert into therapist (id, display_name, techniques, medical_qualified, licence_number, licence_body,
     licence_expires_on, time_zone, travel_buffer_minutes, service_postcodes)
   select gen_random_uuid(), 'Bench ' || lpad(n::text, 3, '0'), '{DEEP_TISSUE,TRIGGER_POINT,SWEDISH}', n % 2 = 0,
          'B' || n, 'Board', current_date + 400, 'Australia/Sydney', 15, array['2000', (2000 + n % 50)::text]
     from generate_series(1, 200) as n`,
  `insert into therapist_schedule (id, therapist_id, weekday, start_time, end_time)
   select gen_random_uuid(), t.id, d, '08:00', '20:00'
     from therapist t cross join generate_series(1, 7) as d where t.display_name like 'Bench %'`,
  `insert into client (id, name, email, phone) values (gen_random_uuid(), 'Bench Client', 'bench@example.com', '+61400000001')
   on conflict (email) do nothing`,
  `insert into address (id, line1, suburb, postcode, country)
   values ('00000000-0000-4000-8000-00000000be4c', '1 Bench St', 'Sydney', '2000', 'AU')`,
  `insert into booking (id, reference, manage_token_hash, idempotency_key, request_hash, status, treatment_id,
     therapist_id, client_id, client_name, client_email, client_phone, address_id, duration_minutes,
     price_amount_minor, price_currency, starts_at, ends_at, buffer_minutes, busy)
   select gen_random_uuid(), 'BN-' || lpad(n::text, 6, '0'), md5('bench' || n), 'bench-' || n, 'bench', 'CONFIRMED',
          (select id from treatment where slug = 'deep-tissue'), therapist_id,
          (select id from client where email = 'bench@example.com'), 'Bench Client', 'bench@example.com', '+61400000001',
          '00000000-0000-4000-8000-00000000be4c',
          60, 13900, 'AUD', s, s + interval '60 minutes', 15, tstzrange(s, s + interval '75 minutes', '[)')
     from (
       select row_number() over (order by day, t.display_name, j) as n, t.id as therapist_id,
              ((current_date + day)::timestamp + time '08:00' + j * interval '2 hours') at time zone 'Australia/Sydney' as s
         from therapist t, generate_series(1, 14) as day, generate_series(0, 3) as j
        where t.display_name like 'Bench %'
     ) as planned
    where n <= 10000`,
];
