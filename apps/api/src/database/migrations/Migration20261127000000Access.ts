import { Migration } from '@mikro-orm/migrations';

// Names instead of PostgreSQL's generated ones (the code matches some of them).
const RENAMED_CONSTRAINTS = [
  ['referral', 'referral_check', 'referral_sessions_used_within_authorised'],
  ['referral', 'referral_check1', 'referral_window_ordered'],
  ['referral', 'referral_check2', 'referral_exhausted_when_used_up'],
  ['referral', 'referral_code_key', 'referral_code_unique'],
  ['booking', 'booking_check', 'booking_end_matches_duration'],
  ['booking', 'booking_check1', 'booking_busy_matches_buffer'],
  ['booking', 'booking_check2', 'booking_cancelled_at_iff_cancelled'],
  ['booking', 'booking_idempotency_key_key', 'booking_idempotency_key_unique'],
  ['booking', 'booking_reference_key', 'booking_reference_unique'],
  ['booking', 'booking_manage_token_hash_key', 'booking_manage_token_hash_unique'],
  ['client', 'client_email_key', 'client_email_unique'],
  ['therapist_schedule', 'therapist_schedule_check', 'therapist_schedule_end_after_start'],
  ['therapist_time_off', 'therapist_time_off_check', 'therapist_time_off_end_after_start'],
] as const;

/**
 * Staff accounts and sessions, partners and their keys, shared rate-limit
 * counters, change notifications for the caches; bookings keep the contact
 * details they were made with and name their partner; referral codes are
 * stored in one spelling; constraints the code relies on get names of ours.
 * Every value is frozen in this file: this migration never reads live constants.
 */
export class Migration20261127000000Access extends Migration {
  override async up(): Promise<void> {
    for (const [table, from, to] of RENAMED_CONSTRAINTS) {
      this.addSql(`alter table ${table} rename constraint ${from} to ${to};`);
    }

    // One spelling of a code: trimmed, upper case. Callers' input is normalised the same way.
    this.addSql('update referral set code = upper(btrim(code));');
    this.addSql(
      "alter table referral add constraint referral_code_normalised check (code = upper(btrim(code)) and code ~ '^[A-Z0-9-]{4,40}$');",
    );

    this.addSql(`
      alter table address
        add constraint address_line2_length check (line2 is null or length(line2) between 1 and 200),
        add constraint address_state_length check (state is null or length(state) between 1 and 50);`);

    this.addSql(`
      create table partner (
        id uuid primary key,
        name text not null constraint partner_name_length check (length(name) between 1 and 200),
        origins text[] not null default '{}'
          constraint partner_origins_shape check (array_to_string(origins, ' ') ~ '^(https?://[a-z0-9.:\\[\\]-]+( |$))*$'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`
      create table partner_treatment (
        partner_id uuid not null constraint partner_treatment_partner_fk references partner (id) on delete cascade,
        treatment_id uuid not null constraint partner_treatment_treatment_fk references treatment (id),
        constraint partner_treatment_pk primary key (partner_id, treatment_id)
      );`);
    this.addSql(`
      create table partner_key (
        id uuid primary key,
        partner_id uuid not null constraint partner_key_partner_fk references partner (id) on delete cascade,
        kind text not null constraint partner_key_kind check (kind in ('PUBLISHABLE', 'SECRET')),
        token_hash text not null constraint partner_key_token_hash_unique unique,
        publishable_key text constraint partner_key_publishable_unique unique,
        hint text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        constraint partner_key_only_publishable_in_clear check ((kind = 'PUBLISHABLE') = (publishable_key is not null))
      );`);
    this.addSql('create index partner_key_partner_idx on partner_key (partner_id);');

    this.addSql('alter table booking drop column partner_key;');
    this.addSql(
      'alter table booking add column partner_id uuid constraint booking_partner_fk references partner (id);',
    );
    this.addSql(
      'create index booking_partner_created_idx on booking (partner_id, created_at desc, id desc) where partner_id is not null;',
    );
    // The contact details a booking was made with; the client row keeps the first ones seen.
    this.addSql(
      'alter table booking add column client_name text, add column client_email text, add column client_phone text;',
    );
    this.addSql(
      'update booking b set client_name = c.name, client_email = c.email, client_phone = c.phone from client c where c.id = b.client_id;',
    );
    this.addSql(`
      alter table booking
        alter column client_name set not null,
        alter column client_email set not null,
        alter column client_phone set not null,
        add constraint booking_client_name_length check (length(client_name) between 1 and 200),
        add constraint booking_client_email_lower check (client_email = lower(client_email) and length(client_email) <= 254),
        add constraint booking_client_phone_e164 check (client_phone ~ '^\\+[1-9][0-9]{6,14}$');`);

    this.addSql(`
      create table staff_account (
        id uuid primary key,
        email text not null constraint staff_account_email_unique unique
          constraint staff_account_email_lower check (email = lower(email) and length(email) between 3 and 254),
        display_name text not null constraint staff_account_display_name_length check (length(display_name) between 1 and 200),
        role text not null constraint staff_account_role check (role in ('ADMIN', 'COORDINATOR', 'THERAPIST')),
        therapist_id uuid constraint staff_account_therapist_fk references therapist (id),
        password_hash text not null constraint staff_account_password_argon2id check (password_hash like '$argon2id$%'),
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint staff_account_therapist_iff_role check ((role = 'THERAPIST') = (therapist_id is not null))
      );`);
    // A session is known by the hash of its token; the token itself lives only in the cookie.
    this.addSql(`
      create table staff_session (
        id text primary key,
        account_id uuid not null constraint staff_session_account_fk references staff_account (id) on delete cascade,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        constraint staff_session_expires_after_created check (expires_at > created_at)
      );`);
    this.addSql('create index staff_session_account_idx on staff_session (account_id);');

    // Counters of the rate limiter, shared by every API instance. Unlogged: no WAL for
    // a write per request, and a crash that empties the table only forgives some requests.
    this.addSql(`
      create unlogged table rate_limit (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      );`);

    // Every instance caches the catalogue and the partners; a change tells them all.
    this.addSql(`
      create function notify_change() returns trigger language plpgsql as $$
      begin
        perform pg_notify(tg_argv[0], '');
        return null;
      end $$;`);
    // Key use stamps last_used_at: that alone changes nothing a cache holds.
    for (const [table, events, channel] of [
      ['treatment', 'insert or update or delete or truncate', 'mm_catalog_changed'],
      ['price_tier', 'insert or update or delete or truncate', 'mm_catalog_changed'],
      ['partner', 'insert or update or delete or truncate', 'mm_partners_changed'],
      ['partner_treatment', 'insert or update or delete or truncate', 'mm_partners_changed'],
      [
        'partner_key',
        'insert or update of revoked_at, kind, token_hash, partner_id or delete or truncate',
        'mm_partners_changed',
      ],
    ]) {
      this.addSql(
        `create trigger ${table}_changed after ${events} on ${table}
           for each statement execute function notify_change('${channel}');`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['treatment', 'price_tier', 'partner', 'partner_treatment', 'partner_key']) {
      this.addSql(`drop trigger if exists ${table}_changed on ${table};`);
    }
    this.addSql('drop function if exists notify_change();');
    this.addSql('drop table if exists rate_limit;');
    this.addSql('drop table if exists staff_session;');
    this.addSql('drop table if exists staff_account;');
    this.addSql('alter table booking drop column client_name, drop column client_email, drop column client_phone;');
    this.addSql('alter table booking drop column partner_id;');
    this.addSql('alter table booking add column partner_key text;');
    this.addSql('drop table if exists partner_key;');
    this.addSql('drop table if exists partner_treatment;');
    this.addSql('drop table if exists partner;');
    this.addSql('alter table address drop constraint address_line2_length, drop constraint address_state_length;');
    this.addSql('alter table referral drop constraint referral_code_normalised;');
    for (const [table, from, to] of RENAMED_CONSTRAINTS) {
      this.addSql(`alter table ${table} rename constraint ${to} to ${from};`);
    }
  }
}
