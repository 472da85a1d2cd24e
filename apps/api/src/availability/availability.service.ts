import type { EntityManager } from '@mikro-orm/postgresql';
import { type AvailableDay, findAvailableSlots, validateAvailabilityRequest } from '@mm/domain/availability';
import { checkReferralUsable, optionalReferralCode, priceSnapshot, referralCoversDate } from '@mm/domain/booking-rules';
import { type DomainError, domainError } from '@mm/domain/errors';
import type { Money } from '@mm/domain/money';
import { priceTable, tiersDuring } from '@mm/domain/pricing';
import { err, ok, type Result } from '@mm/domain/result';
import { DAY_MS, dayBoundsInZone, instantToLocalDate } from '@mm/domain/zoned-time';
import type { PartnerScope } from '../auth/roles.js';
import { checkId } from '../ids.js';
import { checkPartnerSells } from '../partners/partner-scope.js';
import type { BookingSettings } from '../settings.js';
import {
  type AvailabilityData,
  loadAvailabilityData,
  type TherapistRow,
  type TreatmentRow,
} from './availability.data.js';

export interface AvailabilityRequestInput {
  readonly treatmentId: string;
  readonly durationMinutes: number;
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly postcode?: string | null | undefined;
  readonly therapistId?: string | null | undefined;
  readonly therapistGender?: string | null | undefined;
  readonly referralCode?: string | null | undefined;
}

export interface AvailabilityAnswer {
  readonly days: AvailableDay[];
  readonly therapists: ReadonlyMap<string, TherapistRow>;
}

const blank = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/**
 * The treatment exists and the length has a price on the days asked about (a
 * session's own day when booking): what every booking question needs first.
 */
export function checkTreatmentAndPrice(
  data: AvailabilityData,
  durationMinutes: number,
  days: { readonly from: string; readonly to: string },
): Result<{ treatment: TreatmentRow; price: Money }, DomainError> {
  if (!data.treatment) return err(domainError('BAD_USER_INPUT', 'Unknown treatment', 'treatmentId'));
  const onSale = tiersDuring(data.tiers, days.from, days.to);
  // Over a price change both tiers of a length are on sale; the later one prices the later days.
  const table = priceTable(onSale.filter((t, i) => onSale[i + 1]?.durationMinutes !== t.durationMinutes));
  if (!table.ok) return table;
  const price = priceSnapshot(table.value, durationMinutes);
  return price.ok ? ok({ treatment: data.treatment, price: price.value }) : price;
}

/** A referral asked about must exist, be usable today and be for this treatment. */
function checkReferralGiven(data: AvailabilityData, treatmentId: string, now: number, zone: string) {
  if (!data.referral) return err(domainError('REFERRAL_INVALID', 'Unknown referral code', 'referralCode'));
  const usable = checkReferralUsable(data.referral, treatmentId, now, zone);
  return usable.ok ? ok(data.referral) : usable;
}

/** Free slots per day, with the therapists able to take each. */
export async function findAvailability(
  em: EntityManager,
  settings: BookingSettings,
  input: AvailabilityRequestInput,
  partner: PartnerScope | undefined,
  now: number,
): Promise<Result<AvailabilityAnswer, DomainError>> {
  for (const check of [
    checkId(input.treatmentId, 'treatmentId', 'treatment'),
    checkPartnerSells(partner, input.treatmentId),
    checkId(input.therapistId, 'therapistId', 'therapist'),
    validateAvailabilityRequest(input),
  ]) {
    if (!check.ok) return check;
  }
  const referralCode = optionalReferralCode(input.referralCode);
  // Therapists in other zones and buffers reach past the requested days: a day either side covers both.
  const window = {
    start: dayBoundsInZone(input.from, input.timeZone)[0] - DAY_MS,
    end: dayBoundsInZone(input.to, input.timeZone)[1] + DAY_MS,
  };
  const data = await loadAvailabilityData(em, {
    treatmentId: input.treatmentId,
    referralCode,
    therapistId: blank(input.therapistId),
    postcode: blank(input.postcode),
    window,
  });
  const zone = settings.operator.timeZone;
  const checked = checkTreatmentAndPrice(data, input.durationMinutes, { from: input.from, to: input.to });
  if (!checked.ok) return checked;
  const referral = referralCode ? checkReferralGiven(data, input.treatmentId, now, zone) : ok(undefined);
  if (!referral.ok) return referral;

  const result = findAvailableSlots({
    ...input,
    therapists: data.therapists,
    bookings: data.bookings,
    treatment: checked.value.treatment,
    filters: {
      postcode: blank(input.postcode),
      therapistId: blank(input.therapistId),
      therapistGender: blank(input.therapistGender),
      requiredTechniques: data.referral?.recommendedTechniques,
    },
    policy: settings.policy,
    now,
  });
  if (!result.ok) return result;
  // A referral pays only for sessions inside its window: offer no others.
  const validity = referral.value;
  const days = validity
    ? result.value.map((day) => ({
        ...day,
        slots: day.slots.filter((slot) => referralCoversDate(validity, instantToLocalDate(slot.start, zone))),
      }))
    : result.value;
  return ok({ days, therapists: new Map(data.therapists.map((t) => [t.id, t])) });
}
