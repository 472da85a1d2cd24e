import type { TherapistProfileType } from '../therapists/therapist.types.js';

/**
 * Who can take one day's slots, shared by the day and its slots: the day's list
 * (each profile once, in the order the slots first name them) and each slot's
 * positions in it are worked out once, and only when a query asks for them.
 */
export class DayTherapists {
  #indexed: { list: TherapistProfileType[]; positions: Map<string, number> } | undefined;

  constructor(
    private readonly slotTherapistIds: readonly (readonly string[])[],
    /** Profiles of every therapist in the answer, shared by all its days. */
    private readonly profiles: ReadonlyMap<string, TherapistProfileType>,
  ) {}

  /** Everyone who can take one of the day's slots, once. */
  list(): TherapistProfileType[] {
    return this.#index().list;
  }

  /** The profiles of `ids`, in their order. */
  profilesOf(ids: readonly string[]): TherapistProfileType[] {
    const found: TherapistProfileType[] = [];
    for (const id of ids) {
      const profile = this.profiles.get(id);
      if (profile) found.push(profile);
    }
    return found;
  }

  /** Where each of `ids` stands in list(), in their order. */
  positionsOf(ids: readonly string[]): number[] {
    const { positions } = this.#index();
    const found: number[] = [];
    for (const id of ids) {
      const position = positions.get(id);
      if (position !== undefined) found.push(position);
    }
    return found;
  }

  #index(): { list: TherapistProfileType[]; positions: Map<string, number> } {
    if (!this.#indexed) {
      const list: TherapistProfileType[] = [];
      const positions = new Map<string, number>();
      for (const ids of this.slotTherapistIds) {
        for (const id of ids) {
          const profile = positions.has(id) ? undefined : this.profiles.get(id);
          if (profile) {
            positions.set(id, list.length);
            list.push(profile);
          }
        }
      }
      this.#indexed = { list, positions };
    }
    return this.#indexed;
  }
}
