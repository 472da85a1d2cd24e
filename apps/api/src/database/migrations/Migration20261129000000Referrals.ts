import { Migration } from '@mikro-orm/migrations';

/** Health-data columns: stored sealed (see health/cipher.ts). */
const SEALED = [
  ['referral', 'diagnosis'],
  ['referral', 'diagnosis_code'],
  ['referral', 'precautions'],
  ['booking', 'intake_notes'],
] as const;

/**
 * Referrals as prescriptions: whom each was written for (checked when booking
 * with its code), who entered and decided it, its history of decisions and
 * amendments, one attached document, and health data sealed at rest. Every
 * read and change of health data is recorded in `health_audit`, which no one
 * can alter: triggers refuse UPDATE, DELETE and TRUNCATE, owner or not.
 */
export class Migration20261129000000Referrals extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table referral rename column condition_notes to diagnosis;');
    // What was stored as text is kept, marked 0x00 (not yet sealed); the API seals it when it starts.
    for (const [table, column] of SEALED) {
      this.addSql(
        `alter table ${table} alter column ${column} type bytea using case when ${column} is null then null else '\\x00'::bytea || convert_to(${column}, 'UTF8') end;`,
      );
    }
    this.addSql(`
      alter table referral
        drop column document_url,
        add column provider_notes bytea,
        add column holder_family_name text constraint referral_holder_family_name_length check (length(holder_family_name) between 1 and 200),
        add column holder_given_names text constraint referral_holder_given_names_length check (length(holder_given_names) between 1 and 200),
        add column holder_birth_date date,
        add column submitted_via text not null default 'STAFF' constraint referral_submitted_via_known check (submitted_via in ('STAFF', 'PARTNER', 'CLIENT')),
        add column partner_id uuid constraint referral_partner_fk references partner (id),
        add column entered_by uuid constraint referral_entered_by_fk references staff_account (id),
        add column decided_at timestamptz,
        add column decided_by uuid constraint referral_decided_by_fk references staff_account (id),
        add column purged_at timestamptz,
        add constraint referral_holder_whole check ((holder_family_name is null) = (holder_birth_date is null)),
        add constraint referral_pending_unused check (status not in ('PENDING', 'REJECTED') or sessions_used = 0),
        add constraint referral_decided check ((status = 'PENDING') = (decided_at is null));`);
    this.addSql("update referral set decided_at = created_at where status <> 'PENDING';");
    this.addSql("create index referral_pending_idx on referral (created_at) where status = 'PENDING';");
    this.addSql('create index referral_client_idx on referral (client_id) where client_id is not null;');
    this.addSql(`
      create table referral_document (
        referral_id uuid primary key references referral (id) on delete cascade,
        content_type text not null constraint referral_document_type_known check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
        byte_size integer not null constraint referral_document_size_limited check (byte_size between 1 and 10485760),
        content bytea,
        stored_file text constraint referral_document_file_name check (stored_file ~ '^[0-9a-f-]{36}\\.sealed$'),
        uploaded_by uuid references staff_account (id),
        uploaded_at timestamptz not null default now(),
        constraint referral_document_stored_once check ((content is null) <> (stored_file is null))
      );`);
    this.addSql(`
      create table referral_change (
        id uuid primary key,
        referral_id uuid not null references referral (id) on delete cascade,
        action text not null constraint referral_change_action_known check (action in ('ENTERED', 'SUBMITTED', 'VERIFIED', 'REJECTED', 'AMENDED', 'DOCUMENT_ATTACHED', 'PURGED')),
        reason text constraint referral_change_reason_length check (length(reason) between 1 and 500),
        sessions_authorised_before integer,
        sessions_authorised_after integer,
        expires_on_before date,
        expires_on_after date,
        actor_id uuid references staff_account (id),
        at timestamptz not null default now()
      );`);
    this.addSql('create index referral_change_referral_idx on referral_change (referral_id, at);');
    this.addSql(`
      create table health_audit (
        id bigint generated always as identity primary key,
        at timestamptz not null default now(),
        actor_id uuid,
        actor_role text not null,
        action text not null constraint health_audit_action_known check (action in ('READ', 'CREATE', 'UPDATE', 'PURGE')),
        record_type text not null constraint health_audit_record_known check (record_type in ('referral', 'referral_document', 'booking')),
        record_id uuid not null,
        fields text[] not null,
        request_id text
      );`);
    this.addSql(`
      create function health_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'health_audit can only be appended to' using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(
      'create trigger health_audit_no_change before update or delete on health_audit for each row execute function health_audit_append_only();',
    );
    this.addSql(
      'create trigger health_audit_no_truncate before truncate on health_audit for each statement execute function health_audit_append_only();',
    );
    this.addSql('revoke update, delete, truncate on health_audit from public;');
    this.addSql('create index health_audit_at_idx on health_audit (at desc);');
    this.addSql('create index health_audit_record_idx on health_audit (record_id, at desc);');
    this.addSql('create index health_audit_actor_idx on health_audit (actor_id, at desc);');
  }

  override async down(): Promise<void> {
    for (const table of ['health_audit', 'referral_change', 'referral_document']) this.addSql(`drop table ${table};`);
    this.addSql('drop function health_audit_append_only();');
    this.addSql(`
      alter table referral
        drop constraint referral_holder_whole, drop constraint referral_pending_unused, drop constraint referral_decided,
        drop column provider_notes, drop column holder_family_name, drop column holder_given_names,
        drop column holder_birth_date, drop column submitted_via, drop column partner_id, drop column entered_by,
        drop column decided_at, drop column decided_by, drop column purged_at,
        add column document_url text;`);
    for (const [table, column] of SEALED) {
      this.addSql(`alter table ${table} alter column ${column} type text using null;`);
    }
    this.addSql('alter table referral rename column diagnosis to condition_notes;');
  }
}
