import { Migration } from '@mikro-orm/migrations';
import { OUTBOX_STATUSES, WEBHOOK_TOPICS } from '../../messages/topics.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Messages and webhooks: every event is written to `outbox` in the transaction
 * of the change it reports, one row per recipient (an email to someone, a POST
 * to a partner's endpoint), and delivered after commit by whichever instance
 * claims the row first. Emails as sent (or, without SMTP, kept) are in
 * `message`; a booking's `sequence` numbers its calendar invites.
 */
export class Migration20261130000000Messages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table booking
        add column sequence integer not null default 0 constraint booking_sequence_positive check (sequence >= 0),
        add column locale text not null default 'en' constraint booking_locale_known check (locale in ('en', 'zh-Hans'));`);
    this.addSql('alter table client add column followups_stopped_at timestamptz;');
    this.addSql(`
      create table webhook_endpoint (
        id uuid primary key,
        partner_id uuid not null constraint webhook_endpoint_partner_fk references partner (id) on delete cascade,
        url text not null constraint webhook_endpoint_url_length check (length(url) between 8 and 2000),
        topics text[] not null constraint webhook_endpoint_topics_known
          check (cardinality(topics) > 0 and topics <@ array[${list(WEBHOOK_TOPICS)}]::text[]),
        secret bytea not null,
        previous_secret bytea,
        previous_valid_until timestamptz,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint webhook_endpoint_previous_whole check ((previous_secret is null) = (previous_valid_until is null))
      );`);
    this.addSql('create index webhook_endpoint_partner_idx on webhook_endpoint (partner_id) where active;');
    this.addSql(`
      create table outbox (
        id uuid primary key,
        topic text not null,
        channel text not null constraint outbox_channel check (channel in ('EMAIL', 'WEBHOOK')),
        template text,
        recipient text not null,
        dedupe_key text not null constraint outbox_dedupe_key_unique unique,
        booking_id uuid constraint outbox_booking_fk references booking (id) on delete cascade,
        referral_id uuid constraint outbox_referral_fk references referral (id) on delete cascade,
        partner_id uuid constraint outbox_partner_fk references partner (id) on delete cascade,
        endpoint_id uuid constraint outbox_endpoint_fk references webhook_endpoint (id) on delete cascade,
        payload jsonb not null default '{}',
        status text not null default 'PENDING' constraint outbox_status check (status in (${list(OUTBOX_STATUSES)})),
        attempts integer not null default 0 constraint outbox_attempts_positive check (attempts >= 0),
        due_at timestamptz not null default now(),
        locked_until timestamptz,
        last_error text,
        response_code integer,
        sent_at timestamptz,
        created_at timestamptz not null default now(),
        constraint outbox_email_has_template check ((channel = 'EMAIL') = (template is not null)),
        constraint outbox_webhook_has_endpoint check ((channel = 'WEBHOOK') = (endpoint_id is not null)),
        constraint outbox_sent_when check ((status = 'SENT') = (sent_at is not null))
      );`);
    this.addSql("create index outbox_due_idx on outbox (due_at) where status = 'PENDING';");
    this.addSql("create index outbox_booking_pending_idx on outbox (booking_id) where status = 'PENDING';");
    this.addSql('create index outbox_channel_created_idx on outbox (channel, created_at desc, id desc);');
    this.addSql(
      "create index outbox_partner_created_idx on outbox (partner_id, created_at desc, id desc) where channel = 'WEBHOOK';",
    );
    // One message per outbox row: a delivery retried after a crash cannot keep two.
    this.addSql(`
      create table message (
        id uuid primary key,
        outbox_id uuid not null constraint message_outbox_unique unique constraint message_outbox_fk references outbox (id) on delete cascade,
        to_address text not null,
        subject text not null,
        text_body text not null,
        html_body text not null,
        invite text,
        message_id text not null,
        transport text not null constraint message_transport check (transport in ('SMTP', 'KEPT')),
        created_at timestamptz not null default now()
      );`);
    this.addSql('create index message_created_idx on message (created_at desc, id desc);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table message;');
    this.addSql('drop table outbox;');
    this.addSql('drop table webhook_endpoint;');
    this.addSql('alter table client drop column followups_stopped_at;');
    this.addSql('alter table booking drop column sequence, drop column locale;');
  }
}
