import type { EntityManager } from '@mikro-orm/postgresql';
import { therapistSeesCareNotes } from '@mm/domain/referrals';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Caller } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { type AccessBy, accessBy, auditHealth } from '../health/audit.js';
import { type KeyRing, placeOf } from '../health/cipher.js';
import { StaffBookingType } from './staff-booking.types.js';

@ObjectType('CareNotes', {
  description: "What a therapist needs to treat safely: the referral's precautions and the client's intake notes.",
})
export class CareNotesType {
  @Field(() => String, { nullable: true, description: 'from the referral' })
  precautions!: string | null;

  @Field(() => String, { nullable: true, description: 'from the client, when booking' })
  intakeNotes!: string | null;
}

/** The office always; a therapist for their own bookings, from 48 h before until 7 days after. */
function mayRead(caller: Caller, booking: StaffBookingType, now: number): boolean {
  if (caller.kind !== 'staff') return false;
  if (caller.role !== 'THERAPIST') return true;
  return (
    booking.therapist.id === caller.therapistId &&
    therapistSeesCareNotes({ start: booking.start.getTime(), end: booking.end.getTime() }, now)
  );
}

/** Reads and opens the notes, recording the read of each record in the same transaction. */
async function loadCareNotes(
  em: EntityManager,
  keys: KeyRing,
  bookingId: string,
  by: AccessBy,
): Promise<CareNotesType> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<
      { intake_notes: Buffer | null; referral_id: string | null; precautions: Buffer | null }[]
    >(
      `select b.intake_notes, r.id as referral_id, r.precautions
         from booking b left join referral r on r.id = b.referral_id where b.id = ?`,
      [bookingId],
    );
    await auditHealth(tx, {
      ...by,
      action: 'READ',
      recordType: 'booking',
      recordIds: [bookingId],
      fields: ['intake_notes'],
    });
    if (row?.referral_id) {
      await auditHealth(tx, {
        ...by,
        action: 'READ',
        recordType: 'referral',
        recordIds: [row.referral_id],
        fields: ['precautions'],
      });
    }
    return Object.assign(new CareNotesType(), {
      intakeNotes: keys.openText(row?.intake_notes ?? null, placeOf('booking', 'intake_notes', bookingId)),
      precautions: row?.referral_id
        ? keys.openText(row.precautions, placeOf('referral', 'precautions', row.referral_id))
        : null,
    });
  });
}

@Resolver(() => StaffBookingType)
export class CareNotesResolver {
  @FieldResolver(() => CareNotesType, {
    nullable: true,
    description:
      'Health data, audited on every read. The office always sees it; a therapist only on their own bookings, from 48 h before the session until 7 days after it (null otherwise).',
    complexity: 20,
  })
  async careNotes(@Root() booking: StaffBookingType, @Ctx() ctx: Context): Promise<CareNotesType | null> {
    if (!mayRead(ctx.caller, booking, Date.now())) return null;
    return loadCareNotes(ctx.em, ctx.settings.keys, booking.id, accessBy(ctx));
  }
}
