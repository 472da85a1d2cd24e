import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import {
  ApiError,
  type ApiOptions,
  type AvailabilityInput,
  type Catalogue,
  type CreateBookingInput,
  checkReferral,
  createBooking,
  fetchAvailability,
  fetchCatalogue,
  fetchTherapists,
  GraphQLRequestError,
  type Slot,
  type Treatment,
} from '../api.js';
import { formatTier } from '../price-format.js';
import { addDays, dateIn, formatDateTime, resolveTimeZone } from '../time-format.js';
import styles from './booking.styles.js';
import {
  type DetailField,
  type Details,
  type Flow,
  initialFlow,
  referralFits,
  SERVER_FIELDS,
  STEP_TITLES,
  type Step,
  stepsFor,
} from './booking-flow.js';
import { confirmationStep } from './steps/confirmation.step.js';
import { detailsStep } from './steps/details.step.js';
import { lengthStep } from './steps/length.step.js';
import { referralStep, referralVerdict } from './steps/referral.step.js';
import { alertBox } from './steps/step-parts.js';
import { treatmentStep } from './steps/treatment.step.js';
import { whenStep } from './steps/when.step.js';
import { whereStep } from './steps/where.step.js';

/** Detail of the `mm-treatment-select` event. */
export interface TreatmentSelectDetail {
  treatmentId: string;
  slug: string;
}

/** Detail of the `mm-booking-created` event: nothing secret (no manage token) and no health data. */
export interface BookingCreatedDetail {
  reference: string;
  start: string;
  end: string;
  treatmentId: string;
  durationMinutes: number;
}

type View = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; catalogue: Catalogue };

// Codes whose outcome is "try later", not "no": offered a retry, like an unreachable server.
const RETRYABLE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'RATE_LIMITED']);

const FIRST_INVALID = '[aria-invalid="true"]';

const SLOT_TAKEN = 'That time was just taken — please choose another';

const emptyDetails = (): Details => ({
  name: '',
  email: '',
  phone: '',
  line1: '',
  line2: '',
  suburb: '',
  state: '',
  postcode: '',
  notes: '',
});

/**
 * @summary Lets a client on a partner site book a medical or wellness massage: treatment, length,
 *   referral (medical only), postcode, time, details, confirmation.
 *
 * @event {CustomEvent<TreatmentSelectDetail>} mm-treatment-select - The client chose a treatment
 *   (click, Space, Enter or arrow keys). Never fired on load. Detail: `{ treatmentId, slug }`.
 * @event {CustomEvent<BookingCreatedDetail>} mm-booking-created - A booking was made. Detail:
 *   `{ reference, start, end, treatmentId, durationMinutes }`; never the manage token or health notes.
 *
 * @csspart base - The wrapper around all content.
 * @csspart status - The loading message.
 * @csspart error - An error message and its retry button.
 * @csspart retry-button - The button that repeats what failed.
 * @csspart step - The section of the current step.
 * @csspart progress - "Step 2 of 6" above a step's heading.
 * @csspart back-button - The button back to the previous step.
 * @csspart continue-button - The button on to the next step (or that confirms the booking).
 * @csspart treatments - The radio group of treatments.
 * @csspart treatment - One treatment option.
 * @csspart badge - The "Referral required" badge.
 * @csspart prices - The list of price tiers.
 * @csspart price - One price tier.
 * @csspart lengths - The radio group of session lengths.
 * @csspart length - One session length.
 * @csspart check-button - The button that checks a referral code.
 * @csspart referral-result - What a valid referral allows.
 * @csspart week - The dates of the week shown.
 * @csspart week-button - The previous and next week buttons.
 * @csspart days - The list of days of the week.
 * @csspart day - One day, with its count of free times.
 * @csspart times - The free start times of the chosen day.
 * @csspart time - One start time.
 * @csspart empty - The message for a week without free times.
 * @csspart therapists - The choice of therapist for the chosen time.
 * @csspart summary - The booking summary (before confirming, and in the confirmation).
 * @csspart form - The client details form.
 * @csspart field - One labelled field of the details form.
 * @csspart field-error - The message under a field the booking service found fault with.
 * @csspart confirmation - The confirmed booking.
 * @csspart manage-token - The manage token and what it is for.
 * @csspart copy-button - The button that copies the manage token.
 *
 * @cssproperty --mm-font-family - Font of all text.
 * @cssproperty --mm-color-primary - Accent: selection, focus ring, badge, button.
 * @cssproperty --mm-color-text - Text colour.
 * @cssproperty --mm-color-surface - Background, and text on the accent colour.
 * @cssproperty --mm-color-error - Error messages and the border of invalid fields.
 * @cssproperty --mm-radius - Corner radius of the widget, options and button.
 * @cssproperty --mm-spacing - Base spacing unit.
 */
export class MmBooking extends LitElement {
  static override styles = styles;

  static override properties = {
    apiUrl: { type: String, attribute: 'api-url' },
    partnerKey: { type: String, attribute: 'partner-key' },
    locale: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    view: { state: true },
    selectedId: { state: true },
    flow: { state: true },
    announcement: { state: true },
  };

  /** The GraphQL endpoint, e.g. `https://api.example.com/graphql`. */
  declare apiUrl: string;
  /** Publishable key (`pk_…`), sent as `X-Partner-Key` on every request. */
  declare partnerKey: string;
  /** BCP 47 locale for prices, dates and times; when empty prices show the API's `price.formatted`. */
  declare locale: string;
  /** IANA time zone to show and choose times in, e.g. `Australia/Sydney`; empty: the browser's. */
  declare timeZone: string;
  declare private view: View;
  declare private selectedId: string | null;
  declare private flow: Flow;
  /** Read out by the polite live region: step changes and results. */
  declare private announcement: string;

  #abort: AbortController | undefined;
  /** The latest request of each kind; a newer one (another week, another day) supersedes it. */
  #requests = new Map<'slots' | 'names' | 'referral', AbortController>();
  // Kept out of reactive state: typing needs no re-render, the inputs hold the values.
  #details = emptyDetails();
  #idempotencyKey: string | undefined;
  /** Selector of the element to focus once the next render is in the DOM. */
  #focus: string | undefined;

  constructor() {
    super();
    this.apiUrl = '';
    this.partnerKey = '';
    this.locale = '';
    this.timeZone = '';
    this.view = { kind: 'loading' };
    this.selectedId = null;
    this.flow = initialFlow();
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Resume a load that disconnectedCallback cancelled (element moved in the DOM).
    if (this.hasUpdated && this.view.kind === 'loading') void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiUrl') || changed.has('partnerKey')) void this.#load();
  }

  protected override updated(): void {
    if (this.#focus) this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  // Removing an attribute sets its property to null.
  #options(signal?: AbortSignal): ApiOptions {
    return { url: this.apiUrl, partnerKey: this.partnerKey ?? '', signal };
  }

  get #zone(): string {
    return resolveTimeZone(this.timeZone);
  }

  get #locale(): string {
    return this.locale ?? '';
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.flow = initialFlow();
    if (!this.apiUrl) {
      this.view = { kind: 'error', message: 'Online booking is not set up on this site (missing api-url).' };
      return;
    }
    this.view = { kind: 'loading' };
    try {
      const catalogue = await fetchCatalogue(this.#options(abort.signal));
      if (!abort.signal.aborted) this.view = { kind: 'ready', catalogue };
    } catch (error) {
      if (abort.signal.aborted) return;
      const message = error instanceof ApiError ? error.message : 'Something went wrong while loading the treatments.';
      this.view = { kind: 'error', message };
    }
  }

  #treatment(): Treatment | undefined {
    return this.view.kind === 'ready'
      ? this.view.catalogue.treatments.find((treatment) => treatment.id === this.selectedId)
      : undefined;
  }

  #patch(changes: Partial<Flow>): void {
    this.flow = { ...this.flow, ...changes };
  }

  #announce(message: string): void {
    this.announcement = message;
  }

  #progress(step: Step): string {
    const steps = stepsFor(this.#treatment());
    return `Step ${steps.indexOf(step) + 1} of ${steps.length}`;
  }

  // The heading takes focus so that keyboard and screen reader users start at the top of the new step.
  #go(step: Step, announcement = `${this.#progress(step)}: ${STEP_TITLES[step]}`): void {
    this.#patch({ step, alert: null, errors: {}, busy: false });
    this.#focus = '.step h2';
    this.#announce(announcement);
  }

  #move(by: 1 | -1): void {
    const steps = stepsFor(this.#treatment());
    const step = steps[steps.indexOf(this.flow.step) + by];
    if (step) this.#go(step);
  }

  #signal(kind: 'slots' | 'names' | 'referral'): AbortSignal {
    this.#requests.get(kind)?.abort();
    const controller = new AbortController();
    this.#requests.set(kind, controller);
    return controller.signal;
  }

  /** Tomorrow in the widget's zone: the first day a client may book. */
  #firstDay(): string {
    return addDays(dateIn(this.#zone, Date.now()), 1);
  }

  #availabilityInput(treatment: Treatment, durationMinutes: number, from: string, to: string): AvailabilityInput {
    const { postcode, referralCode } = this.flow;
    return {
      treatmentId: treatment.id,
      durationMinutes,
      from,
      to,
      timeZone: this.#zone,
      postcode,
      ...(treatment.requiresReferral ? { referralCode: referralCode.trim() } : {}),
    };
  }

  /** Shows a failure where the client can act on it: the field at fault, the referral step, or an alert. */
  #fail(error: unknown, retry: () => void): void {
    const refused = error instanceof GraphQLRequestError ? error : undefined;
    const message = error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
    const field = refused?.field ? SERVER_FIELDS[refused.field] : undefined;
    this.#patch({ busy: false });
    const aboutReferral = refused?.code === 'REFERRAL_REQUIRED' || refused?.code === 'REFERRAL_INVALID';
    if (
      (aboutReferral || field === 'referral') &&
      this.flow.step !== 'referral' &&
      this.#treatment()?.requiresReferral
    ) {
      this.#go('referral');
    }
    if (field && (this.flow.step === 'details' || field === 'referral')) {
      this.#patch({ errors: { [field]: message }, ...(field === 'referral' ? { referral: null } : {}) });
      this.#focus = FIRST_INVALID;
      return;
    }
    if (refused && !RETRYABLE_CODES.has(refused.code ?? '')) {
      this.#patch({ alert: { message } });
      return;
    }
    this.#patch({ alert: { message, retry } });
    // The button that failed may be gone (or was the previous retry button): keep keyboard focus in the widget.
    this.#focus = '[part="retry-button"]';
  }

  #selectTreatment(treatment: Treatment): void {
    if (treatment.id === this.selectedId) return;
    this.selectedId = treatment.id;
    this.dispatchEvent(
      new CustomEvent<TreatmentSelectDetail>('mm-treatment-select', {
        detail: { treatmentId: treatment.id, slug: treatment.slug },
        bubbles: true,
        composed: true,
      }),
    );
  }

  async #checkReferral(treatment: Treatment): Promise<void> {
    const code = this.flow.referralCode.trim();
    const signal = this.#signal('referral');
    this.#patch({ busy: true, referral: null, alert: null, errors: {} });
    try {
      const referral = await checkReferral(this.#options(signal), code);
      if (signal.aborted) return;
      this.#patch({ busy: false, referral });
      this.#announce(referralVerdict(referral, treatment.id, treatment.name, this.#locale));
    } catch (error) {
      if (!signal.aborted) this.#fail(error, () => void this.#checkReferral(treatment));
    }
  }

  #chooseWhere(postcode: string): void {
    this.#details.postcode = postcode;
    this.#patch({ postcode, weekStart: this.#firstDay() });
    this.#go('when');
    void this.#loadSlots();
  }

  async #loadSlots(): Promise<void> {
    const treatment = this.#treatment();
    const { durationMinutes, weekStart } = this.flow;
    if (!treatment || durationMinutes === null) return;
    const signal = this.#signal('slots');
    this.#requests.get('names')?.abort();
    this.#patch({ busy: true, days: null, date: null, slot: null, names: null, therapistId: null });
    try {
      const input = this.#availabilityInput(treatment, durationMinutes, weekStart, addDays(weekStart, 6));
      const days = await fetchAvailability(this.#options(signal), input);
      if (signal.aborted) return;
      const free = days.reduce((count, day) => count + day.slots.length, 0);
      // Open the first day with free times: one click fewer, and the week's shape is still visible.
      this.#patch({ busy: false, days, date: days.find((day) => day.slots.length > 0)?.date ?? null });
      this.#announce(free ? `${free} free times this week` : 'No free times this week');
    } catch (error) {
      if (!signal.aborted) this.#fail(error, () => void this.#loadSlots());
    }
  }

  #moveWeek(days: number): void {
    const firstDay = this.#firstDay();
    let weekStart = addDays(this.flow.weekStart, days);
    // YYYY-MM-DD compare as strings. Never before tomorrow, even if the page stayed open overnight.
    if (weekStart < firstDay) weekStart = firstDay;
    this.#patch({ weekStart, alert: null });
    void this.#loadSlots();
  }

  #chooseSlot(slot: Slot): void {
    this.#patch({ slot, therapistId: null, alert: null });
    void this.#loadNames();
  }

  // Names only now that a time is chosen, for that one day (the contract: ask for names only when needed).
  async #loadNames(): Promise<void> {
    const { date, names, durationMinutes } = this.flow;
    const treatment = this.#treatment();
    if (!treatment || !date || durationMinutes === null) return;
    if (names?.date === date && names.bySlot !== 'failed') return;
    const signal = this.#signal('names');
    this.#patch({ names: { date, bySlot: 'loading' } });
    try {
      const bySlot = await fetchTherapists(
        this.#options(signal),
        this.#availabilityInput(treatment, durationMinutes, date, date),
      );
      if (!signal.aborted) this.#patch({ names: { date, bySlot } });
    } catch {
      if (!signal.aborted) this.#patch({ names: { date, bySlot: 'failed' } });
    }
  }

  #therapistName(): string {
    const { names, slot, therapistId } = this.flow;
    const bySlot = names?.bySlot;
    const chosen = slot && bySlot instanceof Map ? bySlot.get(Date.parse(slot.start)) : undefined;
    return chosen?.find((therapist) => therapist.id === therapistId)?.displayName ?? 'Any available therapist';
  }

  #onDetailInput(field: DetailField, value: string): void {
    this.#details[field] = value;
    if (this.flow.errors[field]) this.#patch({ errors: { ...this.flow.errors, [field]: undefined } });
  }

  async #book(treatment: Treatment, durationMinutes: number, slot: Slot): Promise<void> {
    if (this.flow.busy) return;
    const details = this.#details;
    const optional = (value: string) => value.trim() || undefined;
    // One key per booking, reused for every submission until one succeeds: a retry after a lost answer
    // (even with corrected details) can then never make a second booking.
    this.#idempotencyKey ??= crypto.randomUUID();
    const input: CreateBookingInput = {
      idempotencyKey: this.#idempotencyKey,
      treatmentId: treatment.id,
      durationMinutes,
      start: slot.start,
      therapistId: this.flow.therapistId ?? undefined,
      referralCode: treatment.requiresReferral ? this.flow.referralCode.trim() : undefined,
      client: { name: details.name.trim(), email: details.email.trim(), phone: details.phone.trim() },
      address: {
        line1: details.line1.trim(),
        line2: optional(details.line2),
        suburb: details.suburb.trim(),
        state: optional(details.state),
        postcode: details.postcode.trim(),
        country: 'AU',
      },
      intakeNotes: optional(details.notes),
    };
    // A changed postcode is where the visit is: times reloaded after a refusal must be for it.
    this.#patch({ busy: true, alert: null, errors: {}, postcode: input.address.postcode });
    try {
      const created = await createBooking(this.#options(), input);
      this.#idempotencyKey = undefined;
      const { booking } = created;
      this.#patch({ created });
      this.#go('done', `Booking confirmed. Your reference is ${booking.reference}.`);
      this.dispatchEvent(
        new CustomEvent<BookingCreatedDetail>('mm-booking-created', {
          detail: {
            reference: booking.reference,
            start: booking.start,
            end: booking.end,
            treatmentId: booking.treatment.id,
            durationMinutes: booking.durationMinutes,
          },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'SLOT_UNAVAILABLE') {
        this.#go('when');
        this.#patch({ alert: { message: SLOT_TAKEN } });
        void this.#loadSlots();
      } else if (error instanceof GraphQLRequestError && error.field === 'idempotencyKey') {
        // An earlier submission whose answer was lost did book, with other details: say so, and
        // let the client decide; a new key makes a new booking.
        this.#idempotencyKey = undefined;
        this.#patch({
          busy: false,
          alert: {
            message:
              'An earlier attempt already booked this with different details. Check your email before booking again.',
          },
        });
      } else {
        this.#fail(error, () => void this.#book(treatment, durationMinutes, slot));
      }
    }
  }

  async #copy(token: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(token);
      this.#announce('Manage token copied.');
    } catch {
      this.#announce('Copying failed: select the token and copy it.');
    }
  }

  override render(): TemplateResult {
    return html`
      <div part="base" class="base" aria-busy=${this.view.kind === 'loading'}>${this.#renderView()}</div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  #renderView(): unknown {
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return html`<p part="status" class="status" role="status">Loading treatments…</p>`;
      case 'error':
        return alertBox({ message: view.message, retry: () => void this.#load() });
      case 'ready':
        return this.#renderStep(view.catalogue);
    }
  }

  #renderStep(catalogue: Catalogue): unknown {
    const flow = this.flow;
    const treatment = this.#treatment();
    const { durationMinutes, slot } = flow;
    const locale = this.#locale;
    const progress = this.#progress(flow.step);
    const back = () => this.#move(-1);
    const next = () => this.#move(1);
    if (flow.step === 'done' && flow.created) {
      return confirmationStep({
        created: flow.created,
        timeZone: this.#zone,
        locale,
        onCopy: (token) => void this.#copy(token),
      });
    }
    if (flow.step === 'treatment' || !treatment) {
      return treatmentStep({
        catalogue,
        selectedId: this.selectedId,
        locale,
        progress,
        onSelect: (chosen) => this.#selectTreatment(chosen),
        onContinue: next,
      });
    }
    if (flow.step === 'length' || durationMinutes === null) {
      return lengthStep({
        tiers: catalogue.priceTiers,
        selected: durationMinutes,
        locale,
        progress,
        onSelect: (minutes) => this.#patch({ durationMinutes: minutes }),
        onBack: back,
        onContinue: next,
      });
    }
    if (flow.step === 'referral' || (treatment.requiresReferral && !referralFits(flow.referral, treatment.id))) {
      return referralStep({
        code: flow.referralCode,
        check: flow.referral,
        treatmentId: treatment.id,
        treatmentName: treatment.name,
        error: flow.errors.referral,
        alert: flow.alert,
        busy: flow.busy,
        locale,
        progress,
        onInput: (code) => this.#patch({ referralCode: code, referral: null, errors: {} }),
        onCheck: () => void this.#checkReferral(treatment),
        onBack: back,
        onContinue: next,
      });
    }
    if (flow.step === 'where') {
      return whereStep({
        postcode: flow.postcode,
        progress,
        onBack: back,
        onContinue: (postcode) => this.#chooseWhere(postcode),
      });
    }
    if (flow.step === 'when' || !slot) {
      return whenStep({
        ...flow,
        firstDay: this.#firstDay(),
        timeZone: this.#zone,
        locale,
        progress,
        onWeek: (days) => this.#moveWeek(days),
        onDay: (date) => this.#patch({ date, slot: null, therapistId: null }),
        onSlot: (chosen) => this.#chooseSlot(chosen),
        onTherapist: (therapistId) => this.#patch({ therapistId }),
        onBack: back,
        onContinue: next,
      });
    }
    const tier = catalogue.priceTiers.find((t) => t.durationMinutes === durationMinutes);
    return detailsStep({
      details: this.#details,
      summary: [
        ['Treatment', tier ? `${treatment.name}, ${formatTier(durationMinutes, tier.price, locale)}` : treatment.name],
        ['When', formatDateTime(slot.start, this.#zone, locale)],
        ['Therapist', this.#therapistName()],
      ],
      errors: flow.errors,
      alert: flow.alert,
      busy: flow.busy,
      progress,
      onInput: (field, value) => this.#onDetailInput(field, value),
      onBack: back,
      onSubmit: () => void this.#book(treatment, durationMinutes, slot),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mm-booking': MmBooking;
  }
  interface HTMLElementEventMap {
    'mm-treatment-select': CustomEvent<TreatmentSelectDetail>;
    'mm-booking-created': CustomEvent<BookingCreatedDetail>;
  }
}
