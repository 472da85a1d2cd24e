import { Migration } from '@mikro-orm/migrations';

/**
 * Price tiers become dated versions: a change is a new row from its first day, and
 * the row before it ends there. The rows are the history. The database holds that a
 * length has at most one price on any day, and every price is above zero.
 */
export class Migration20261128010000Prices extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table price_tier drop constraint price_tier_duration_minutes_key;');
    this.addSql(`
      alter table price_tier
        add column effective_from date,
        add column effective_until date,
        add column created_by uuid constraint price_tier_created_by_fk references staff_account (id);`);
    // What was on sale so far has been since it was entered.
    this.addSql('update price_tier set effective_from = created_at::date;');
    this.addSql(`
      alter table price_tier
        alter column effective_from set not null,
        add constraint price_tier_days_ordered check (effective_until is null or effective_until > effective_from),
        add constraint price_tier_one_price_a_day exclude using gist
          (duration_minutes with =, daterange(effective_from, effective_until, '[)') with &&);`);
    this.addSql(
      'alter table price_tier rename constraint price_tier_amount_minor_check to price_tier_amount_positive;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table price_tier drop constraint price_tier_one_price_a_day;');
    this.addSql(
      'alter table price_tier drop column effective_from, drop column effective_until, drop column created_by;',
    );
    this.addSql('alter table price_tier add constraint price_tier_duration_minutes_key unique (duration_minutes);');
  }
}
