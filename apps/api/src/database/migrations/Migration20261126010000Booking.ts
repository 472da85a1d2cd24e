import { Migration } from '@mikro-orm/migrations';

// Frozen: TECHNIQUES and CONDITIONS of @mm/domain/vocabulary as they were when this migration was
// written. A migration must give the same SQL forever, so it never imports live constants: a later
// change to the vocabulary would otherwise change what this (already applied) migration creates.
// A new value takes a new migration that replaces the check constraints.
const TECHNIQUES = [
  'TRIGGER_POINT',
  'DEEP_TISSUE',
  'MYOFASCIAL_RELEASE',
  'NEUROMUSCULAR',
  'LYMPHATIC_DRAINAGE',
  'SWEDISH',
  'SPORTS',
  'PRENATAL',
];
const CONDITIONS = [
  'CHRONIC_PAIN',
  'INJURY',
  'POST_SURGICAL',
  'HEADACHE',
  'FIBROMYALGIA',
  'CIRCULATION_EDEMA',
  'OTHER',
];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export class Migration20261126010000Booking extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table therapist (
        id uuid primary key,
        display_name text not null check (length(display_name) between 1 and 200),
        bio text,
        photo_url text,
        gender text check (gender in ('female', 'male', 'non-binary')),
        techniques text[] not null default '{}' check (techniques <@ array[${list(TECHNIQUES)}]::text[]),
        medical_qualified boolean not null default false,
        licence_number text not null,
        licence_body text not null,
        licence_expires_on date not null,
        time_zone text not null,
        travel_buffer_minutes integer not null default 0 check (travel_buffer_minutes between 0 and 240),
        service_postcodes text[] not null default '{}',
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`
      create table therapist_schedule (
        id uuid primary key,
        therapist_id uuid not null references therapist (id) on delete cascade,
        weekday smallint not null check (weekday between 1 and 7),
        start_time time not null,
        end_time time not null,
        check (end_time > start_time)
      );`);
    this.addSql('create index therapist_schedule_therapist_idx on therapist_schedule (therapist_id);');
    this.addSql(`
      create table therapist_time_off (
        id uuid primary key,
        therapist_id uuid not null references therapist (id) on delete cascade,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        reason text,
        check (ends_at > starts_at)
      );`);
    this.addSql(
      'create index therapist_time_off_range_idx on therapist_time_off using gist (therapist_id, tstzrange(starts_at, ends_at));',
    );
    this.addSql(`
      create table client (
        id uuid primary key,
        name text not null check (length(name) between 1 and 200),
        email text not null unique check (email = lower(email)),
        phone text not null check (phone ~ '^\\+[1-9][0-9]{6,14}$'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`
      create table referral (
        id uuid primary key,
        code text not null unique,
        client_id uuid references client (id),
        treatment_id uuid not null references treatment (id),
        provider_name text not null,
        provider_profession text not null,
        provider_number text,
        provider_practice text,
        provider_contact text,
        conditions text[] not null check (conditions <@ array[${list(CONDITIONS)}]::text[]),
        condition_notes text,
        diagnosis_code text,
        recommended_techniques text[] not null default '{}' check (recommended_techniques <@ array[${list(TECHNIQUES)}]::text[]),
        precautions text,
        sessions_authorised integer not null check (sessions_authorised between 1 and 100),
        sessions_used integer not null default 0,
        issued_on date not null,
        expires_on date not null,
        document_url text,
        status text not null check (status in ('PENDING', 'VERIFIED', 'REJECTED', 'EXHAUSTED', 'EXPIRED')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (sessions_used between 0 and sessions_authorised),
        check (expires_on >= issued_on),
        check ((status = 'EXHAUSTED') = (sessions_used = sessions_authorised) or status in ('REJECTED', 'EXPIRED'))
      );`);
    this.addSql(`
      create table address (
        id uuid primary key,
        line1 text not null check (length(line1) between 1 and 200),
        line2 text,
        suburb text not null check (length(suburb) between 1 and 100),
        state text,
        postcode text not null check (length(postcode) between 3 and 10),
        country char(2) not null check (country ~ '^[A-Z]{2}$')
      );`);
    // busy = [start, end + travel buffer): two live bookings of one therapist
    // whose busy ranges overlap would leave less than the buffer between them.
    this.addSql(`
      create table booking (
        id uuid primary key,
        reference text not null unique,
        manage_token_hash text not null unique,
        idempotency_key text not null unique,
        request_hash text not null,
        status text not null check (status in ('CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
        treatment_id uuid not null references treatment (id),
        therapist_id uuid not null references therapist (id),
        client_id uuid not null references client (id),
        address_id uuid not null references address (id),
        referral_id uuid references referral (id),
        partner_key text,
        duration_minutes integer not null check (duration_minutes between 1 and 480),
        price_amount_minor integer not null check (price_amount_minor > 0),
        price_currency char(3) not null check (price_currency ~ '^[A-Z]{3}$'),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        buffer_minutes integer not null check (buffer_minutes between 0 and 240),
        busy tstzrange not null,
        intake_notes text,
        cancelled_at timestamptz,
        cancel_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (ends_at = starts_at + make_interval(mins => duration_minutes)),
        check (busy = tstzrange(starts_at, ends_at + make_interval(mins => buffer_minutes), '[)')),
        check ((status = 'CANCELLED') = (cancelled_at is not null)),
        constraint booking_no_overlap exclude using gist (therapist_id with =, busy with &&) where (status <> 'CANCELLED')
      );`);
    // Key of the manage tokens' HMAC when TOKEN_SECRET is not configured; drawn once, here.
    this.addSql('create table app_secret (name text primary key, value text not null);');
    this.addSql(
      "insert into app_secret (name, value) values ('manage_token', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'));",
    );
    this.addSql("create index booking_starts_at_idx on booking (starts_at) where status <> 'CANCELLED';");
    this.addSql('create index booking_referral_idx on booking (referral_id) where referral_id is not null;');
  }

  override async down(): Promise<void> {
    for (const table of [
      'app_secret',
      'booking',
      'address',
      'referral',
      'client',
      'therapist_time_off',
      'therapist_schedule',
      'therapist',
    ]) {
      this.addSql(`drop table if exists ${table};`);
    }
  }
}
