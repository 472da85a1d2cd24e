import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  ApiError,
  type ApiOptions,
  type AvailabilityInput,
  type AvailableDay,
  type Booking,
  bookNextSession,
  type CreateBookingInput,
  type CreatedBooking,
  cancelBooking,
  checkReferral,
  checkServiceArea,
  createBooking,
  fetchAvailability,
  fetchManagedBooking,
  fetchPricesOn,
  fetchStart,
  fetchTherapists,
  GraphQLRequestError,
  type ManageKey,
  type ReferralHolder,
  rescheduleBooking,
  type Slot,
  type Start,
  type Treatment,
} from '../api.js';
import { loadMessages, type Messages, SOURCE_LOCALE, supportedLocale } from '../i18n/locale.js';
import { formatPrice } from '../price-format.js';
import { addDays, dateIn, formatDateTime, formatMonth } from '../time-format.js';
import styles from './booking.styles.js';
import {
  type DetailField,
  type Details,
  type FieldId,
  type Flow,
  fieldStep,
  type Gender,
  type HealthQuestion,
  initialFlow,
  nearestSlots,
  possibleBirthDate,
  type ReferralField,
  referralFits,
  SERVER_FIELDS,
  type Step,
  stepsFor,
} from './booking-flow.js';
import { addMonths, firstOfMonth, lastOfMonth, monthOf } from './calendar.js';
import { calendarFile, calendarHref } from './calendar-file.js';
import { manageLink, readManageLink } from './manage-link.js';
import { confirmationStep } from './steps/confirmation.step.js';
import { detailsStep } from './steps/details.step.js';
import { lengthStep } from './steps/length.step.js';
import { manageStep } from './steps/manage.step.js';
import { referralStep, referralVerdict } from './steps/referral.step.js';
import { reviewStep } from './steps/review.step.js';
import { alertBox, type View } from './steps/step-parts.js';
import { treatmentStep } from './steps/treatment.step.js';
import { whenStep } from './steps/when.step.js';
import { whereStep } from './steps/where.step.js';

/** Detail of `mm-booking-created` and `mm-booking-changed`: the reference and treatment, nothing personal. */
export interface BookingEventDetail {
  reference: string;
  treatmentId: string;
}

/** Detail of `mm-booking-changed`. */
export interface BookingChangedDetail extends BookingEventDetail {
  change: 'rescheduled' | 'cancelled';
}

/** Detail of `mm-step-change`. */
export interface StepChangeDetail {
  step: Step;
}

/** Detail of `mm-error`: the contract's code, or `unreachable`, `timeout` or `http` when no answer came. */
export interface ErrorDetail {
  code: string;
}

/** Requests of one kind supersede each other; `change` is a booking made, moved or cancelled. */
type RequestKind = 'slots' | 'names' | 'check' | 'change' | 'price';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  /** `techniques`: each technique's label, made once from the start answer. */
  | { kind: 'ready'; start: Start; techniques: ReadonlyMap<string, string> };

/** Codes whose outcome is "try later", not "no": offered a retry, like an unreachable server. */
const RETRYABLE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'RATE_LIMITED']);
/** Codes about the site's set-up or the service's state, always in the widget's own words. */
const SERVICE_CODES: Readonly<Record<string, keyof Messages>> = {
  UNAUTHENTICATED: 'notSetUp',
  FORBIDDEN: 'notEnabled',
  RATE_LIMITED: 'busy',
  INTERNAL_SERVER_ERROR: 'serverError',
};

const FIRST_INVALID = '[aria-invalid="true"]';
/** Shown only when not even the words could be fetched: the one sentence without a catalogue. */
const UNREACHABLE = 'The booking service could not be reached. Check your connection and try again.';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{8,20}$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Alternatives offered when the chosen time was taken. */
const ALTERNATIVES = 4;

const emptyDetails = (): Details => ({
  name: '',
  booker: '',
  email: '',
  phone: '',
  line1: '',
  line2: '',
  suburb: '',
  state: '',
  notes: '',
});

/**
 * @summary Lets a client on a partner site book a medical or wellness massage (postcode, treatment,
 *   length, referral for medical massage, time, details, review, confirmation), and later change,
 *   cancel or continue it from the manage link the confirmation gives.
 *
 * @event {CustomEvent<void>} mm-ready - The first step is shown.
 * @event {CustomEvent<StepChangeDetail>} mm-step-change - Another step is shown. Detail: `{ step }`.
 * @event {CustomEvent<BookingEventDetail>} mm-booking-created - A booking was made. Detail:
 *   `{ reference, treatmentId }`; never the manage token, personal or health data.
 * @event {CustomEvent<BookingChangedDetail>} mm-booking-changed - A booking was moved or cancelled.
 *   Detail: `{ reference, treatmentId, change }`.
 * @event {CustomEvent<ErrorDetail>} mm-error - A request failed and the client was told. Detail: `{ code }`.
 *
 * @csspart base - The wrapper around all content.
 * @csspart status - The loading message.
 * @csspart error - An error message and its retry button.
 * @csspart retry-button - The button that repeats what failed.
 * @csspart step - The section of the current step.
 * @csspart progress - "Step 2 of 7" above a step's heading.
 * @csspart back-button - The button back to the previous step.
 * @csspart continue-button - The button on to the next step (or that confirms).
 * @csspart treatments - The radio group of treatments.
 * @csspart treatment - One treatment option.
 * @csspart badge - The "Referral required" badge.
 * @csspart prices - The list of price tiers.
 * @csspart price - One price tier.
 * @csspart lengths - The radio group of session lengths.
 * @csspart length - One session length.
 * @csspart check-button - The button that checks a referral code.
 * @csspart referral-result - What a valid referral allows.
 * @csspart preferences - The choice of any therapist or a gender.
 * @csspart month - The name of the month shown.
 * @csspart month-button - The previous and next month buttons.
 * @csspart next-available - The button that jumps to the first day with free times.
 * @csspart calendar - The month's grid of days.
 * @csspart day - One day of the month.
 * @csspart times - The free start times of the chosen day.
 * @csspart time - One start time.
 * @csspart empty - The message for a month without free times.
 * @csspart therapists - The choice of therapist for the chosen time.
 * @csspart summary - A booking's summary (review, confirmation, manage view).
 * @csspart form - The client details form.
 * @csspart field - One labelled field of the details form.
 * @csspart field-error - The message under a field in error.
 * @csspart health - The health questions.
 * @csspart policy - The cancellation policy and its consent.
 * @csspart alternatives - Free times offered when the chosen one was taken.
 * @csspart alternative - One such time.
 * @csspart confirmation - The confirmed booking.
 * @csspart manage-link - The manage link, its copy button and the calendar file.
 * @csspart manage-anchor - The manage link itself.
 * @csspart copy-button - The button that copies the manage link.
 * @csspart calendar-link - The link that downloads the .ics file.
 * @csspart notice - A confirmation line such as "Link copied."
 * @csspart book-another - The button that starts a new booking.
 * @csspart cutoff - Until when a booking can change free of charge.
 * @csspart reschedule-button - Starts moving a booking.
 * @csspart cancel-button - Starts cancelling a booking.
 * @csspart cancel-form - The reason and the button that cancels.
 * @csspart confirm-cancel - The button that cancels the booking.
 * @csspart next-button - Starts booking a referral's next session.
 *
 * @cssproperty --mm-font-family - Font of all text.
 * @cssproperty --mm-color-primary - Accent: selection, focus ring, badge, buttons.
 * @cssproperty --mm-color-text - Text colour.
 * @cssproperty --mm-color-surface - Background, and text on the accent colour.
 * @cssproperty --mm-color-error - Error messages and the border of fields in error.
 * @cssproperty --mm-radius - Corner radius of the widget, options and buttons.
 * @cssproperty --mm-spacing - Base spacing unit.
 */
export class MmBooking extends LitElement {
  static override styles = styles;

  static override properties = {
    apiUrl: { type: String, attribute: 'api-url' },
    partnerKey: { type: String, attribute: 'partner-key' },
    locale: { type: String },
    reference: { type: String },
    manageToken: { type: String, attribute: 'manage-token' },
    loaded: { state: true },
    words: { state: true },
    selectedId: { state: true },
    flow: { state: true },
    announcement: { state: true },
  };

  /** The GraphQL endpoint, e.g. `https://api.example.com/graphql`. */
  declare apiUrl: string;
  /** Publishable key (`pk_…`), sent as `X-Partner-Key` on every request. */
  declare partnerKey: string;
  /** BCP 47 locale of the words, dates, times and prices; empty: the page's `lang`. English and Chinese. */
  declare locale: string;
  /** With `manage-token`: opens that booking to change it (the page's `#mm-manage=` fragment does too). */
  declare reference: string;
  /** The manage token the booking's confirmation gave. */
  declare manageToken: string;
  declare private loaded: Loaded;
  /** The catalogue of the locale shown; undefined until it has loaded. */
  declare private words: { locale: string; m: Messages } | undefined;
  declare private selectedId: string | null;
  declare private flow: Flow;
  /** Read out by the polite live region: step changes and results. */
  declare private announcement: string;

  #abort: AbortController | undefined;
  /** The latest request of each kind; a newer one (another month, another day) supersedes it. */
  #requests = new Map<RequestKind, AbortController>();
  // Kept out of reactive state: typing needs no re-render, the inputs hold the values.
  #details = emptyDetails();
  #idempotencyKey: string | undefined;
  #manageKey: ManageKey | undefined;
  /** Selector of the element to focus once the next render is in the DOM. */
  #focus: string | undefined;
  /** A message for a forward button pressed too early, on the step it was pressed. */
  #blocked: { step: Step; message: string } | undefined;
  /** A manage link followed on the page that is already open (another booking's, or this one's again). */
  #onHashChange = () => {
    const key = readManageLink(location.hash);
    const same = key?.reference === this.#manageKey?.reference && key?.manageToken === this.#manageKey?.manageToken;
    if (key && !same && this.loaded.kind === 'ready') void this.#openManage(key);
  };

  constructor() {
    super();
    this.apiUrl = '';
    this.partnerKey = '';
    this.locale = '';
    this.reference = '';
    this.manageToken = '';
    this.loaded = { kind: 'loading' };
    this.words = undefined;
    this.selectedId = null;
    this.flow = initialFlow();
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    // Resume a load that disconnectedCallback cancelled (element moved in the DOM).
    if (this.hasUpdated && this.loaded.kind === 'loading') void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['apiUrl', 'partnerKey', 'reference', 'manageToken'] as const;
    if (keys.some((key) => changed.has(key))) void this.#load();
    // A catalogue that cannot be fetched leaves the words shown as they are.
    else if (changed.has('locale')) void this.#loadWords().catch(() => undefined);
  }

  protected override updated(): void {
    if (this.#focus) this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  // Removing an attribute sets its property to null.
  #options(signal?: AbortSignal): ApiOptions {
    return { url: this.apiUrl, partnerKey: this.partnerKey ?? '', signal };
  }

  /** The words; only read once they have loaded (everything but the first load waits for them). */
  get #m(): Messages {
    if (!this.words) throw new Error('the catalogue has not loaded');
    return this.words.m;
  }

  get #locale(): string {
    return this.words?.locale ?? SOURCE_LOCALE;
  }

  /** The `locale` attribute, else the nearest `lang` (the host page's). */
  #localeTag(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return supportedLocale(lang || SOURCE_LOCALE);
  }

  async #loadWords(): Promise<void> {
    // The language can change while a catalogue loads (a page sets `locale` just after the element
    // starts): words that arrive for a language no longer asked for are not shown, and the latest is loaded.
    for (let locale = this.#localeTag(); locale !== this.words?.locale; locale = this.#localeTag()) {
      const m = await loadMessages(locale);
      if (locale === this.#localeTag()) this.words = { locale, m };
    }
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.flow = initialFlow();
    if (!this.apiUrl) {
      await this.#loadWords().catch(() => undefined);
      this.loaded = { kind: 'error', message: this.words ? this.#m.missingApiUrl : UNREACHABLE };
      return;
    }
    this.loaded = { kind: 'loading' };
    try {
      const [start] = await Promise.all([fetchStart(this.#options(abort.signal)), this.#loadWords()]);
      if (abort.signal.aborted) return;
      this.loaded = { kind: 'ready', start, techniques: new Map(start.techniques.map((t) => [t.technique, t.label])) };
      this.#emit('mm-ready', undefined);
      const key =
        this.reference && this.manageToken
          ? { reference: this.reference, manageToken: this.manageToken }
          : readManageLink(location.hash);
      if (key) void this.#openManage(key);
    } catch (error) {
      if (abort.signal.aborted) return;
      await this.#loadWords().catch(() => undefined);
      this.loaded = { kind: 'error', message: this.words ? this.#failureMessage(error) : UNREACHABLE };
      this.#emitError(error);
    }
  }

  get #start(): Start | undefined {
    return this.loaded.kind === 'ready' ? this.loaded.start : undefined;
  }

  get #zone(): string {
    return this.#start?.bookingPolicy.timeZone ?? 'UTC';
  }

  #view(): View {
    return {
      m: this.#m,
      locale: this.#locale,
      timeZone: this.#zone,
      techniques: this.loaded.kind === 'ready' ? this.loaded.techniques : new Map(),
    };
  }

  #treatment(): Treatment | undefined {
    return this.#start?.treatments.find((treatment) => treatment.id === this.selectedId);
  }

  #patch(changes: Partial<Flow>): void {
    this.flow = { ...this.flow, ...changes };
  }

  #emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  #emitError(error: unknown): void {
    const code =
      error instanceof GraphQLRequestError
        ? (error.code ?? 'UNKNOWN')
        : error instanceof ApiError
          ? error.failure
          : 'UNKNOWN';
    this.#emit<ErrorDetail>('mm-error', { code });
  }

  #announce(message: string): void {
    this.announcement = message;
  }

  #progress(step: Step): string {
    const steps: Step[] = stepsFor(this.#treatment());
    const index = steps.indexOf(step);
    return index < 0 ? '' : this.#m.step(index + 1, steps.length);
  }

  // The heading takes focus so that keyboard and screen reader users start at the top of the new step.
  #go(step: Step, announcement?: string): void {
    this.#patch({ step, alert: null, errors: {}, busy: false, notice: '' });
    this.#blocked = undefined;
    this.#focus = '.step h2';
    const progress = this.#progress(step);
    this.#announce(announcement ?? `${progress ? `${progress}: ` : ''}${this.#m.stepTitle[step]}`);
    this.#emit<StepChangeDetail>('mm-step-change', { step });
  }

  #move(by: 1 | -1): void {
    const steps: Step[] = stepsFor(this.#treatment());
    const step = steps[steps.indexOf(this.flow.step) + by];
    if (step) this.#go(step);
    if (step === 'when') void this.#openFirstFree();
  }

  /** A forward button pressed before its step is complete: say what is missing, where it was pressed. */
  #block(message: string): void {
    this.#blocked = { step: this.flow.step, message };
    this.#announce(message);
    this.requestUpdate();
  }

  #hint(): string | undefined {
    return this.#blocked?.step === this.flow.step ? this.#blocked.message : undefined;
  }

  #signal(kind: RequestKind): AbortSignal {
    this.#requests.get(kind)?.abort();
    const controller = new AbortController();
    this.#requests.set(kind, controller);
    return controller.signal;
  }

  /**
   * One request of the step: busy while it runs, superseded by a newer one of its kind, and on
   * failure shown where the client can act on it (`again` retries), unless `refused` took care of
   * the refusal. Undefined when it failed or was superseded.
   */
  async #ask<T>(
    kind: RequestKind,
    work: (options: ApiOptions) => Promise<T>,
    again: () => void,
    refused?: (error: GraphQLRequestError) => boolean,
  ): Promise<T | undefined> {
    const signal = this.#signal(kind);
    this.#patch({ busy: true, alert: null });
    try {
      const value = await work(this.#options(signal));
      if (!signal.aborted) {
        this.#patch({ busy: false });
        return value;
      }
    } catch (error) {
      if (signal.aborted) return undefined;
      this.#patch({ busy: false });
      if (!(error instanceof GraphQLRequestError && refused?.(error))) this.#fail(error, again);
    }
    return undefined;
  }

  /** The first day a session can start: minimum notice from now, in the visits' zone. */
  #firstDay(): string {
    const minutes = this.#start?.bookingPolicy.minNoticeMinutes ?? 0;
    return dateIn(this.#zone, Date.now() + minutes * MINUTE_MS);
  }

  #lastDay(): string {
    return dateIn(this.#zone, Date.now() + (this.#start?.bookingPolicy.horizonDays ?? 60) * DAY_MS);
  }

  #failureMessage(error: unknown): string {
    const m = this.#m;
    if (error instanceof ApiError) return error.failure === 'http' ? m.serverError : m[error.failure];
    if (!(error instanceof GraphQLRequestError)) return m.serverError;
    const own = error.code ? SERVICE_CODES[error.code] : undefined;
    if (own) return String(m[own]);
    if (m.serverWords) return error.message;
    return (error.code && m.refusals?.[error.code]) || m.serverError;
  }

  /** Shows a failure where the client can act on it: the field at fault, or an alert (with a retry when it may help). */
  #fail(error: unknown, retry: () => void): void {
    this.#emitError(error);
    const refused = error instanceof GraphQLRequestError ? error : undefined;
    const message = this.#failureMessage(error);
    const field = refused?.field ? SERVER_FIELDS[refused.field] : undefined;
    const referralRefused = refused?.code === 'REFERRAL_REQUIRED' || refused?.code === 'REFERRAL_INVALID';
    // The referral or its holder refused later on (times, booking): back to its step, to be checked again.
    if (referralRefused || (field && fieldStep(field) === 'referral')) {
      if (this.flow.step !== 'referral' && this.#treatment()?.requiresReferral) this.#go('referral');
      const words = referralRefused || this.#m.serverWords ? message : this.#m.fieldRefused;
      this.#patch({ errors: { [field ?? 'referral']: words }, referral: null });
      this.#focus = FIRST_INVALID;
      return;
    }
    if (field && this.flow.step === 'review' && field !== 'postcode') {
      // The details step shows the field; the review sent it.
      this.#go('details');
    }
    if (field && this.#fieldShown(field)) {
      const fieldMessage = this.#m.serverWords ? message : this.#m.fieldRefused;
      this.#patch({ errors: { [field]: fieldMessage } });
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

  #fieldShown(field: FieldId): boolean {
    return fieldStep(field) === this.flow.step;
  }

  // ——— booking ———

  async #chooseWhere(raw: string): Promise<void> {
    const postcode = raw.trim();
    const invalid = !/^\d{4}$/.test(postcode);
    this.#patch({ errors: {}, postcode });
    const area = invalid
      ? { served: false }
      : await this.#ask(
          'check',
          (o) => checkServiceArea(o, postcode),
          () => void this.#chooseWhere(postcode),
        );
    if (!area) return;
    if (area.served) return this.#go('treatment');
    const message = invalid ? this.#m.postcodeInvalid : this.#m.notServed(postcode);
    this.#patch({ errors: { postcode: message } });
    this.#focus = FIRST_INVALID;
    this.#announce(message);
  }

  #selectTreatment(treatment: Treatment): void {
    this.#blocked = undefined;
    this.#patch({ alert: null });
    this.selectedId = treatment.id;
  }

  /** A postcode served for massage may still have no therapist qualified for this treatment. */
  async #confirmTreatment(treatment: Treatment): Promise<void> {
    const { postcode } = this.flow;
    const area = await this.#ask(
      'check',
      (o) => checkServiceArea(o, postcode, treatment.id),
      () => void this.#confirmTreatment(treatment),
    );
    if (area?.served) this.#move(1);
    else if (area) this.#patch({ alert: { message: this.#m.notServedFor(postcode, treatment.name) } });
  }

  /** Whom the referral is for, as typed, trimmed. */
  #referralHolder(): ReferralHolder {
    const { familyName, dateOfBirth } = this.flow.referralHolder;
    return { familyName: familyName.trim(), dateOfBirth };
  }

  // A change to the code or its holder makes the check stale: its verdict goes, with the code's error.
  #onReferralInput(field: ReferralField, value: string): void {
    const { referralCode, referralHolder, errors } = this.flow;
    this.#patch({
      referralCode: field === 'referral' ? value : referralCode,
      referralHolder: field === 'referral' ? referralHolder : { ...referralHolder, [field]: value },
      referral: null,
      errors: { ...errors, referral: undefined, [field]: undefined },
    });
  }

  async #checkReferral(treatment: Treatment): Promise<void> {
    const m = this.#m;
    const code = this.flow.referralCode.trim();
    const holder = this.#referralHolder();
    const errors: Partial<Record<FieldId, string>> = {};
    if (!code) errors.referral = m.referralMissing;
    if (!holder.familyName) errors.familyName = m.familyNameMissing;
    if (!possibleBirthDate(holder.dateOfBirth, dateIn(this.#zone, Date.now())))
      errors.dateOfBirth = m.dateOfBirthInvalid;
    this.#patch({ referral: null, errors });
    if (Object.keys(errors).length) {
      this.#focus = FIRST_INVALID;
      return;
    }
    const referral = await this.#ask(
      'check',
      (o) => checkReferral(o, code, holder),
      () => void this.#checkReferral(treatment),
    );
    if (!referral) return;
    this.#patch({ referral });
    this.#announce(referralVerdict(this.#view(), referral, treatment.id, treatment.name));
    // Refused, the verdict is the code's error: focus goes there.
    if (!referralFits(referral, treatment.id)) this.#focus = FIRST_INVALID;
  }

  /** What the times step asks about: the new booking, or the managed one (same treatment, length, therapist). */
  #availabilityInput(from: string, to: string): AvailabilityInput | undefined {
    const managed = this.flow.managed;
    if ((this.flow.step === 'reschedule' || this.flow.step === 'next') && managed && managed !== 'missing') {
      return {
        treatmentId: managed.treatment.id,
        durationMinutes: managed.durationMinutes,
        therapistId: managed.therapist.id,
        from,
        to,
        timeZone: this.#zone,
      };
    }
    const treatment = this.#treatment();
    const { durationMinutes, postcode, referralCode, gender, genderMust } = this.flow;
    if (!treatment || durationMinutes === null) return undefined;
    return {
      treatmentId: treatment.id,
      durationMinutes,
      from,
      to,
      timeZone: this.#zone,
      postcode,
      ...(gender && genderMust ? { therapistGender: gender } : {}),
      ...(treatment.requiresReferral ? { referralCode: referralCode.trim() } : {}),
    };
  }

  /** The bookable days of a month: from the first day a session can start to the horizon. */
  #monthRange(month: string): [string, string] {
    // YYYY-MM-DD sort as text: the later start and the earlier end.
    const [, from = ''] = [firstOfMonth(month), this.#firstDay()].sort();
    const [to = ''] = [lastOfMonth(month), this.#lastDay()].sort();
    return [from, to];
  }

  /** Loads a month's free times in one request; `pick` says whether the day shown may stay. */
  async #openMonth(month: string, pick: 'keep' | 'first' = 'keep'): Promise<boolean> {
    const [from, to] = this.#monthRange(month);
    const input = this.#availabilityInput(from, to);
    if (!input) return false;
    this.#requests.get('names')?.abort();
    this.#patch({ month, days: null, slot: null, names: null, therapistId: null });
    const days =
      to < from
        ? []
        : await this.#ask(
            'slots',
            (o) => fetchAvailability(o, input),
            () => void this.#openMonth(month, pick),
          );
    if (!days) return false;
    const free = days.filter((day) => day.slots.length);
    // The day shown stays when it still has free times; otherwise the month's first free day opens.
    const kept = pick === 'keep' ? free.find((day) => day.date === this.flow.date)?.date : undefined;
    this.#patch({ days, date: kept ?? free[0]?.date ?? null });
    this.#announce(this.#m.freeThisMonth(free.length, formatMonth(month, this.#locale)));
    return free.length > 0;
  }

  #changeMonth(by: number): void {
    const month = addMonths(this.flow.month, by);
    if (month < monthOf(this.#firstDay()) || month > monthOf(this.#lastDay())) return;
    void this.#openMonth(month, 'first');
  }

  /** Opens the first month with free times, from this one up to the horizon, on its first free day. */
  async #openFirstFree(): Promise<boolean> {
    const last = monthOf(this.#lastDay());
    for (let month = monthOf(this.#firstDay()); month <= last; month = addMonths(month, 1)) {
      if (await this.#openMonth(month, 'first')) return true;
      // A failure is on screen with its retry: stop there.
      if (this.flow.alert) return false;
    }
    this.#patch({ alert: { message: this.#m.noneAtAll } });
    return false;
  }

  /** "Next available": the first day with free times, and focus on its times. */
  async #nextAvailable(): Promise<void> {
    if ((await this.#openFirstFree()) && this.flow.date) this.#chooseDay(this.flow.date);
  }

  // Choosing a day moves focus to its times: one Tab stop fewer, and the times are what comes next.
  #chooseDay(date: string): void {
    this.#blocked = undefined;
    this.#patch({ date, slot: null, therapistId: null });
    this.#focus = '[part="time"][tabindex="0"]';
  }

  #chooseSlot(slot: Slot): void {
    this.#blocked = undefined;
    this.#patch({ slot, therapistId: null, alert: null });
    if (this.flow.step === 'when') void this.#loadNames(slot);
  }

  // Names only now that a time is chosen, for that one day (the contract: ask for names only when needed).
  async #loadNames(slot: Slot): Promise<void> {
    const { date, names } = this.flow;
    if (!date) return;
    const announce = () => this.#announceTherapists(slot);
    if (names?.date === date && names.bySlot instanceof Map) {
      announce();
      return;
    }
    const input = this.#availabilityInput(date, date);
    if (!input) return;
    const signal = this.#signal('names');
    this.#patch({ names: { date, bySlot: 'loading' } });
    // Names are optional: a failure leaves "any available therapist", with a word, and no alert.
    const bySlot = await fetchTherapists(this.#options(signal), input).catch(() => 'failed' as const);
    if (signal.aborted) return;
    this.#patch({ names: { date, bySlot } });
    announce();
  }

  /** Says who can come; with a preferred gender, chooses such a therapist when one is free. */
  #announceTherapists(slot: Slot): void {
    const m = this.#m;
    const bySlot = this.flow.names?.bySlot;
    const free = bySlot instanceof Map ? (bySlot.get(Date.parse(slot.start)) ?? []) : [];
    const time = formatDateTime(slot.start, this.#zone, this.#locale);
    const { gender, genderMust } = this.flow;
    if (gender && !genderMust) {
      const preferred = free.find((therapist) => therapist.gender === gender);
      if (preferred) this.#patch({ therapistId: preferred.id });
      this.#announce(preferred ? m.preferredChosen(preferred.displayName) : m.noPreferred);
      return;
    }
    this.#announce(m.therapistsFree(slot.availableTherapists, time));
  }

  // Only a gender that is a must filters the times; a preference acts once names are known.
  #setGender(gender: Gender, must: boolean): void {
    const filter = (flow: Flow) => (flow.genderMust ? flow.gender : '');
    const before = filter(this.flow);
    this.#patch({ gender, genderMust: must && !!gender });
    if (filter(this.flow) !== before) void this.#openMonth(this.flow.month);
  }

  #onDetailInput(field: DetailField, value: string): void {
    this.#details[field] = value;
    if (this.flow.errors[field]) this.#patch({ errors: { ...this.flow.errors, [field]: undefined } });
  }

  /** The details form's own checks, before anything is sent. */
  #checkDetails(): Partial<Record<FieldId, string>> {
    const m = this.#m;
    const d = this.#details;
    const errors: Partial<Record<FieldId, string>> = {};
    const required = (field: DetailField, label: string) => {
      if (!d[field].trim()) errors[field] = m.required(label);
    };
    required('name', this.flow.forSomeoneElse ? m.theirName : m.name);
    if (this.flow.forSomeoneElse) required('booker', m.yourName);
    if (!EMAIL.test(d.email.trim())) errors.email = m.emailInvalid;
    if (!PHONE.test(d.phone.trim())) errors.phone = m.phoneInvalid;
    required('line1', m.line1);
    required('suburb', m.suburb);
    if (!this.flow.consent) errors.consent = m.consentNeeded;
    return errors;
  }

  #submitDetails(): void {
    const errors = this.#checkDetails();
    const count = Object.keys(errors).length;
    if (count) {
      this.#patch({ errors });
      this.#focus = FIRST_INVALID;
      this.#announce(this.#m.fixErrors(count));
      return;
    }
    void this.#toReview();
  }

  /** The review, once the price of the session's own day is known. */
  async #toReview(): Promise<void> {
    const { slot, durationMinutes } = this.flow;
    if (!slot || durationMinutes === null) return;
    const on = dateIn(this.#zone, Date.parse(slot.start));
    const tiers = await this.#ask(
      'price',
      (options) => fetchPricesOn(options, on),
      () => void this.#toReview(),
    );
    if (!tiers) return;
    this.#patch({ sessionPrice: tiers.find((t) => t.durationMinutes === durationMinutes)?.price ?? null });
    if (this.flow.step !== 'review') this.#go('review');
  }

  /** The intake notes the therapist reads, in the operator's language (`operator`) whatever the widget's. */
  #intakeNotes(operator: Messages): string | undefined {
    const d = this.#details;
    const lines = [
      this.flow.forSomeoneElse ? `Booked by ${d.booker.trim()} for the client.` : '',
      this.flow.health.length ? `Health questions: ${this.flow.health.map((q) => operator.health[q]).join('; ')}.` : '',
      d.notes.trim(),
    ].filter(Boolean);
    return lines.length ? lines.join('\n') : undefined;
  }

  #address(): string {
    const d = this.#details;
    return [d.line1, d.line2, d.suburb, d.state, this.flow.postcode]
      .map((part) => part.trim())
      .filter(Boolean)
      .join(', ');
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
      referralHolder: treatment.requiresReferral ? this.#referralHolder() : undefined,
      client: { name: details.name.trim(), email: details.email.trim(), phone: details.phone.trim() },
      address: {
        line1: details.line1.trim(),
        line2: optional(details.line2),
        suburb: details.suburb.trim(),
        state: optional(details.state),
        postcode: this.flow.postcode,
        country: 'AU',
      },
    };
    this.#patch({ errors: {} });
    const created = await this.#ask(
      'change',
      async (o) =>
        createBooking(o, {
          ...input,
          intakeNotes: this.#intakeNotes(await loadMessages(SOURCE_LOCALE)),
          locale: this.#locale,
        }),
      () => void this.#book(treatment, durationMinutes, slot),
      (error) => {
        if (error.code === 'SLOT_UNAVAILABLE') {
          void this.#offerAlternatives(slot);
          return true;
        }
        if (error.field !== 'idempotencyKey') return false;
        // An earlier submission whose answer was lost did book, with other details: say so, and
        // let the client decide; a new key makes a new booking.
        this.#idempotencyKey = undefined;
        this.#patch({ alert: { message: this.#m.alreadyBooked } });
        return true;
      },
    );
    if (!created) return;
    this.#idempotencyKey = undefined;
    this.#created(created);
  }

  #created(created: CreatedBooking): void {
    const { booking } = created;
    this.#patch({ created });
    this.#go('done', this.#m.confirmed(booking.reference));
    this.#emit<BookingEventDetail>('mm-booking-created', {
      reference: booking.reference,
      treatmentId: booking.treatment.id,
    });
  }

  /** The chosen time was taken: offer the nearest free times that day, else the next free day's. */
  async #offerAlternatives(taken: Slot): Promise<void> {
    const date = dateIn(this.#zone, Date.parse(taken.start));
    const input = this.#availabilityInput(date, addDays(date, 13));
    if (!input) return;
    const days = await this.#ask(
      'slots',
      (o) => fetchAvailability(o, input),
      () => void this.#offerAlternatives(taken),
    );
    if (!days) return;
    const others = (day: AvailableDay) => day.slots.filter((slot) => slot.start !== taken.start);
    const next = days.find((day) => others(day).length) ?? { date, slots: [] };
    const sameDay = next.date === date;
    const slots = sameDay
      ? nearestSlots(others(next), Date.parse(taken.start), ALTERNATIVES)
      : next.slots.slice(0, ALTERNATIVES);
    // The alert is read out by its role; the live region stays quiet so that it is not said twice.
    this.#patch({
      alert: { message: this.#m.slotTaken },
      alternatives: { date: next.date, sameDay, slots },
      names: null,
      therapistId: null,
    });
    this.#focus = '[part="alternative"]';
  }

  #takeAlternative(slot: Slot): void {
    const date = dateIn(this.#zone, Date.parse(slot.start));
    this.#patch({ slot, date, alternatives: null, alert: null, therapistId: null, names: null, sessionPrice: null });
    this.#announce(formatDateTime(slot.start, this.#zone, this.#locale));
    this.#focus = '[part="continue-button"]';
    void this.#toReview();
  }

  async #copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.#patch({ notice: this.#m.copied });
    } catch {
      this.#patch({ notice: this.#m.copyFailed });
    }
  }

  #bookAnother(): void {
    this.#manageKey = undefined;
    this.selectedId = null;
    this.flow = initialFlow(this.flow.postcode);
    this.#go('where');
  }

  // ——— managing a booking ———

  async #openManage(key: ManageKey): Promise<void> {
    this.#manageKey = key;
    this.flow = { ...initialFlow(), step: 'manage' };
    this.#emit<StepChangeDetail>('mm-step-change', { step: 'manage' });
    const booking = await this.#ask(
      'check',
      (o) => fetchManagedBooking(o, key),
      () => void this.#openManage(key),
    );
    if (booking === undefined) return;
    // "Not found" is an alert, read out by its role.
    this.#patch({ managed: booking ?? 'missing' });
    if (booking) this.#announce(this.#m.stepTitle.manage);
  }

  #startChange(step: 'reschedule' | 'next'): void {
    this.#go(step);
    void this.#openFirstFree();
  }

  /** A change the API refused because the time was taken meanwhile: say so and show the month again. */
  #taken = (error: GraphQLRequestError): boolean => {
    if (error.code !== 'SLOT_UNAVAILABLE') return false;
    void this.#openMonth(this.flow.month).then(() => this.#patch({ alert: { message: this.#m.slotTaken } }));
    return true;
  };

  #changed(booking: Booking, change: BookingChangedDetail['change'], notice: string): void {
    this.#patch({ managed: booking, step: 'manage', cancelling: false, notice, slot: null, days: null });
    this.#focus = '[part="notice"]';
    this.#emit<BookingChangedDetail>('mm-booking-changed', {
      reference: booking.reference,
      treatmentId: booking.treatment.id,
      change,
    });
  }

  async #reschedule(key: ManageKey, slot: Slot): Promise<void> {
    if (this.flow.busy) return;
    const again = () => void this.#reschedule(key, slot);
    const moved = await this.#ask('change', (o) => rescheduleBooking(o, key, slot.start), again, this.#taken);
    if (moved) {
      const when = formatDateTime(moved.start, this.#zone, this.#locale);
      this.#changed(moved, 'rescheduled', this.#m.rescheduled(when));
    }
  }

  async #cancel(key: ManageKey, reason: string): Promise<void> {
    if (this.flow.busy) return;
    this.#patch({ errors: {} });
    const cancelled = await this.#ask(
      'change',
      (o) => cancelBooking(o, key, reason),
      () => void this.#cancel(key, reason),
    );
    if (cancelled) this.#changed(cancelled, 'cancelled', this.#m.cancelled);
  }

  async #bookNext(key: ManageKey, slot: Slot): Promise<void> {
    if (this.flow.busy) return;
    this.#idempotencyKey ??= crypto.randomUUID();
    const idempotencyKey = this.#idempotencyKey;
    const again = () => void this.#bookNext(key, slot);
    const created = await this.#ask(
      'change',
      (o) => bookNextSession(o, key, slot.start, idempotencyKey),
      again,
      this.#taken,
    );
    if (!created) return;
    this.#idempotencyKey = undefined;
    this.#created(created);
  }

  // ——— rendering ———

  override render(): TemplateResult {
    return html`
      <div part="base" class="base" lang=${this.#locale} aria-busy=${this.loaded.kind === 'loading'}>
        ${this.#renderLoaded()}
      </div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  #renderLoaded(): unknown {
    const loaded = this.loaded;
    switch (loaded.kind) {
      case 'loading':
        return html`<p part="status" class="status" role="status">${this.words?.m.loading}</p>`;
      case 'error':
        return this.words
          ? alertBox(this.#view(), { message: loaded.message, retry: () => void this.#load() })
          : html`<div part="error" class="error">
              <p role="alert">${loaded.message}</p>
              <button part="retry-button" class="retry" type="button" aria-label="Try again" @click=${() => void this.#load()}>↻</button>
            </div>`;
      case 'ready':
        return this.#renderStep(loaded.start);
    }
  }

  #renderStep(start: Start): unknown {
    const view = this.#view();
    const m = this.#m;
    const flow = this.flow;
    const treatment = this.#treatment();
    const progress = this.#progress(flow.step);
    const back = () => this.#move(-1);
    const key = this.#manageKey;
    const managed = flow.managed;
    switch (flow.step) {
      case 'where':
        return whereStep(view, {
          postcode: flow.postcode,
          error: flow.errors.postcode,
          alert: flow.alert,
          busy: flow.busy,
          progress,
          onContinue: (postcode) => void this.#chooseWhere(postcode),
        });
      case 'treatment':
        return treatmentStep(view, {
          treatments: start.treatments,
          priceTiers: start.priceTiers,
          selectedId: this.selectedId,
          alert: flow.alert ?? (this.#hint() ? { message: this.#hint() ?? '' } : null),
          busy: flow.busy,
          progress,
          onSelect: (chosen) => this.#selectTreatment(chosen),
          onBack: back,
          onContinue: () => treatment && void this.#confirmTreatment(treatment),
          onBlocked: () => this.#block(m.choiceNeeded.treatment),
        });
      case 'length':
        return lengthStep(view, {
          tiers: start.priceTiers,
          selected: flow.durationMinutes,
          hint: this.#hint(),
          progress,
          onSelect: (minutes) => {
            this.#blocked = undefined;
            this.#patch({ durationMinutes: minutes });
          },
          onBack: back,
          onContinue: () => this.#move(1),
          onBlocked: () => this.#block(m.choiceNeeded.length),
        });
      case 'referral':
        if (!treatment) return nothing;
        return referralStep(view, {
          code: flow.referralCode,
          holder: flow.referralHolder,
          check: flow.referral,
          treatmentId: treatment.id,
          treatmentName: treatment.name,
          errors: flow.errors,
          alert: flow.alert ?? (this.#hint() ? { message: this.#hint() ?? '' } : null),
          busy: flow.busy,
          progress,
          onInput: (field, value) => this.#onReferralInput(field, value),
          onCheck: () => void this.#checkReferral(treatment),
          onBack: back,
          onContinue: () => this.#move(1),
          onBlocked: () => this.#block(m.choiceNeeded.referral),
        });
      case 'when':
      case 'reschedule':
      case 'next':
        return this.#renderWhen(view, progress, key);
      case 'details':
        return detailsStep(view, {
          details: this.#details,
          postcode: flow.postcode,
          forSomeoneElse: flow.forSomeoneElse,
          health: flow.health,
          consent: flow.consent,
          freeChangeHours: start.bookingPolicy.freeChangeHours,
          errors: flow.errors,
          alert: flow.alert,
          progress,
          onInput: (field, value) => this.#onDetailInput(field, value),
          onForSomeoneElse: (value) => this.#patch({ forSomeoneElse: value, errors: {} }),
          onHealth: (question: HealthQuestion, checked) =>
            this.#patch({ health: checked ? [...flow.health, question] : flow.health.filter((q) => q !== question) }),
          onConsent: (value) => this.#patch({ consent: value, errors: { ...flow.errors, consent: undefined } }),
          onChangePostcode: () => this.#go('where'),
          onBack: back,
          onSubmit: () => this.#submitDetails(),
        });
      case 'review':
        return this.#renderReview(view, start, progress);
      case 'done':
        return flow.created ? this.#renderDone(view, flow.created) : nothing;
      case 'manage':
        return manageStep(view, {
          booking: managed,
          now: Date.now(),
          cancelling: flow.cancelling,
          notice: flow.notice,
          errors: flow.errors,
          alert: flow.alert,
          busy: flow.busy,
          onReschedule: () => this.#startChange('reschedule'),
          onStartCancel: (show) => {
            this.#patch({ cancelling: show, notice: '' });
            this.#focus = show ? '#reason' : '[part="cancel-button"]';
          },
          onCancel: (reason) => key && void this.#cancel(key, reason),
          onBookNext: () => this.#startChange('next'),
        });
    }
  }

  #renderWhen(view: View, progress: string, key: ManageKey | undefined): TemplateResult {
    const m = this.#m;
    const flow = this.flow;
    const managed = flow.managed && flow.managed !== 'missing' ? flow.managed : undefined;
    const mode = flow.step === 'reschedule' || flow.step === 'next' ? flow.step : 'when';
    const slot = flow.slot;
    return whenStep(view, {
      mode,
      progress,
      month: flow.month,
      firstMonth: monthOf(this.#firstDay()),
      lastMonth: monthOf(this.#lastDay()),
      days: flow.days,
      date: flow.date,
      slot,
      names: flow.names,
      therapistId: flow.therapistId,
      keptTherapist: mode === 'when' ? null : (managed?.therapist.displayName ?? null),
      gender: flow.gender,
      genderMust: flow.genderMust,
      alert: flow.alert,
      hint: this.#hint(),
      busy: flow.busy,
      confirmLabel: mode === 'reschedule' ? m.moveTo : mode === 'next' ? m.confirm : undefined,
      onGender: (gender, must) => this.#setGender(gender, must),
      onMonth: (by) => this.#changeMonth(by),
      onNextAvailable: () => void this.#nextAvailable(),
      onDay: (date) => this.#chooseDay(date),
      onSlot: (chosen) => this.#chooseSlot(chosen),
      onTherapist: (id) => this.#patch({ therapistId: id }),
      onBack: () => (mode === 'when' ? this.#move(-1) : this.#go('manage')),
      onContinue: () => {
        if (mode === 'when') this.#move(1);
        else if (key && slot) void (mode === 'reschedule' ? this.#reschedule(key, slot) : this.#bookNext(key, slot));
      },
      onBlocked: () => this.#block(m.choiceNeeded.when),
    });
  }

  #therapistName(): string {
    const { names, slot, therapistId } = this.flow;
    const bySlot = names?.bySlot;
    const chosen = slot && bySlot instanceof Map ? bySlot.get(Date.parse(slot.start)) : undefined;
    return chosen?.find((therapist) => therapist.id === therapistId)?.displayName ?? this.#m.anyTherapist;
  }

  #renderReview(view: View, start: Start, progress: string): unknown {
    const m = this.#m;
    const flow = this.flow;
    const treatment = this.#treatment();
    const { durationMinutes, slot } = flow;
    if (!treatment || durationMinutes === null || !slot) return nothing;
    const price = flow.sessionPrice ?? start.priceTiers.find((t) => t.durationMinutes === durationMinutes)?.price;
    const d = this.#details;
    return reviewStep(view, {
      rows: [
        [m.treatment, treatment.name],
        [m.length, m.minutes(durationMinutes)],
        [m.when, formatDateTime(slot.start, this.#zone, this.#locale)],
        [m.therapist, this.#therapistName()],
        [m.forWhom, flow.forSomeoneElse ? `${d.name.trim()} (${d.booker.trim()})` : d.name.trim()],
        [m.address, this.#address()],
        ...(treatment.requiresReferral ? [[m.referral, flow.referralCode.trim().toUpperCase()] as const] : []),
        [m.price, html`<strong>${price ? formatPrice(price, this.#locale) : ''}</strong>`],
      ],
      alert: flow.alert,
      alternatives: flow.alternatives,
      busy: flow.busy,
      progress,
      onAlternative: (chosen) => this.#takeAlternative(chosen),
      onChooseDay: () => {
        this.#go('when');
        void this.#openMonth(flow.month);
      },
      onBack: () => this.#move(-1),
      onConfirm: () => void this.#book(treatment, durationMinutes, slot),
    });
  }

  #renderDone(view: View, created: CreatedBooking): TemplateResult {
    const { booking, manageToken } = created;
    const link = manageLink(location.href, { reference: booking.reference, manageToken });
    const ics = calendarFile({
      uid: `${booking.reference}@mm-booking`,
      start: booking.start,
      end: booking.end,
      summary: this.#m.calendarTitle(booking.treatment.name),
      description: `${this.#m.reference}: ${booking.reference}\n${this.#m.manageLink}: ${link}`,
      url: link,
    });
    return confirmationStep(view, {
      created,
      // Known only when booked here; the next session of a course goes to the same address.
      address: this.flow.managed ? '' : this.#address(),
      manageLink: link,
      calendarFile: { name: `${booking.reference}.ics`, href: calendarHref(ics) },
      notice: this.flow.notice,
      onCopy: (text) => void this.#copy(text),
      onBookAnother: () => this.#bookAnother(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mm-booking': MmBooking;
  }
  interface HTMLElementEventMap {
    'mm-ready': CustomEvent<void>;
    'mm-step-change': CustomEvent<StepChangeDetail>;
    'mm-booking-created': CustomEvent<BookingEventDetail>;
    'mm-booking-changed': CustomEvent<BookingChangedDetail>;
    'mm-error': CustomEvent<ErrorDetail>;
  }
}
