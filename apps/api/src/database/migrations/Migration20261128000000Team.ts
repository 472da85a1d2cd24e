import { Migration } from '@mikro-orm/migrations';

/**
 * Time off and bookings may not overlap, whichever is written first. A constraint
 * cannot span two tables, so two triggers check each other's table under one
 * transaction-scoped advisory lock per therapist: a booking and a time off of the
 * same therapist are written one after the other, and the second one sees the first.
 * Both raise exclusion_violation (23P01), as the bookings' own no-overlap constraint does.
 */
export class Migration20261128000000Team extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function lock_therapist_calendar(therapist uuid) returns void language sql as $$
        select pg_advisory_xact_lock(hashtextextended('therapist-calendar:' || therapist::text, 0))
      $$;`);
    this.addSql(`
      create function time_off_keeps_bookings() returns trigger language plpgsql as $$
      begin
        perform lock_therapist_calendar(new.therapist_id);
        if exists (select 1 from booking b
                    where b.therapist_id = new.therapist_id and b.status <> 'CANCELLED'
                      and b.busy && tstzrange(new.starts_at, new.ends_at)) then
          raise exception 'time off overlaps a live booking of the therapist'
            using errcode = 'exclusion_violation', constraint = 'time_off_over_booking';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger time_off_keeps_bookings before insert or update of therapist_id, starts_at, ends_at
        on therapist_time_off for each row execute function time_off_keeps_bookings();`);
    this.addSql(`
      create function booking_keeps_time_off() returns trigger language plpgsql as $$
      begin
        if new.status <> 'CANCELLED' then
          perform lock_therapist_calendar(new.therapist_id);
          if exists (select 1 from therapist_time_off o
                      where o.therapist_id = new.therapist_id and tstzrange(o.starts_at, o.ends_at) && new.busy) then
            raise exception 'the booking overlaps time off of the therapist'
              using errcode = 'exclusion_violation', constraint = 'booking_over_time_off';
          end if;
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger booking_keeps_time_off before insert or update of therapist_id, busy
        on booking for each row execute function booking_keeps_time_off();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists booking_keeps_time_off on booking;');
    this.addSql('drop function if exists booking_keeps_time_off();');
    this.addSql('drop trigger if exists time_off_keeps_bookings on therapist_time_off;');
    this.addSql('drop function if exists time_off_keeps_bookings();');
    this.addSql('drop function if exists lock_therapist_calendar(uuid);');
  }
}
