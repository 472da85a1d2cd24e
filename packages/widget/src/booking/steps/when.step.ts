import { html, nothing, type TemplateResult } from 'lit';
import type { AvailableDay, Slot, TherapistProfile } from '../../api.js';
import { formatDate, formatMonth, formatTime, zoneName } from '../../time-format.js';
import type { Alert, Gender, Names } from '../booking-flow.js';
import { monthWeeks } from '../calendar.js';
import { alertBox, radioKeydown, stepNav, stepSection, type View } from './step-parts.js';

export interface WhenStepProps {
  /** Booking anew, moving a booking, or the next session of a course (the last two keep the therapist). */
  mode: 'when' | 'reschedule' | 'next';
  progress: string;
  /** YYYY-MM shown, and the first and last months with bookable days. */
  month: string;
  firstMonth: string;
  lastMonth: string;
  /** null while loading. */
  days: AvailableDay[] | null;
  date: string | null;
  slot: Slot | null;
  names: Names | null;
  therapistId: string | null;
  /** The therapist who stays (manage modes); null when the client chooses. */
  keptTherapist: string | null;
  gender: Gender;
  genderMust: boolean;
  alert: Alert | null;
  hint: string | undefined;
  busy: boolean;
  confirmLabel: string | undefined;
  onGender(gender: Gender, must: boolean): void;
  onMonth(months: number): void;
  onNextAvailable(): void;
  onDay(date: string): void;
  onSlot(slot: Slot): void;
  onTherapist(id: string | null): void;
  onBack(): void;
  onContinue(): void;
  onBlocked(): void;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

function preferences(view: View, props: WhenStepProps): TemplateResult {
  const { m } = view;
  const radio = (gender: Gender, label: string) => html`
    <label class="choice">
      <input type="radio" name="gender" .checked=${props.gender === gender} @change=${() => props.onGender(gender, props.genderMust)} />
      ${label}
    </label>
  `;
  const strength = (must: boolean, label: string) => html`
    <label class="choice">
      <input type="radio" name="gender-must" .checked=${props.genderMust === must} @change=${() => props.onGender(props.gender, must)} />
      ${label}
    </label>
  `;
  return html`
    <fieldset part="preferences" class="choices row">
      <legend>${m.therapistPreference}</legend>
      ${radio('', m.anyTherapist)} ${radio('female', m.genderFemale)} ${radio('male', m.genderMale)}
    </fieldset>
    ${
      props.gender
        ? html`<fieldset class="choices row">
            <legend class="visually-hidden">${props.gender === 'female' ? m.genderFemale : m.genderMale}</legend>
            ${strength(false, m.genderPrefer)} ${strength(true, m.genderMust)}
          </fieldset>`
        : nothing
    }
  `;
}

const GRID_KEYS: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** Arrow keys move through the month's days (one Tab stop); Page Up/Down change the month. */
function gridKeydown(event: KeyboardEvent, props: WhenStepProps) {
  const button = event.currentTarget;
  if (!(button instanceof HTMLButtonElement)) return;
  const grid = button.closest('[role="grid"]');
  const buttons = [...(grid?.querySelectorAll<HTMLButtonElement>('button[data-date]') ?? [])];
  const index = buttons.indexOf(button);
  const column = index % 7;
  const moves: Record<string, number> = { ...GRID_KEYS, Home: -column, End: 6 - column };
  if (event.key === 'PageUp' || event.key === 'PageDown') {
    event.preventDefault();
    props.onMonth(event.key === 'PageUp' ? -1 : 1);
    return;
  }
  const by = moves[event.key];
  if (by === undefined) return;
  event.preventDefault();
  const target = buttons[Math.min(buttons.length - 1, Math.max(0, index + by))];
  if (!target || target === button) return;
  button.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}

function monthGrid(view: View, props: WhenStepProps, days: AvailableDay[]): TemplateResult {
  const { m, locale } = view;
  const byDate = new Map(days.map((day) => [day.date, day.slots.length]));
  const weeks = monthWeeks(props.month);
  const dates = weeks.flat().filter((d): d is string => !!d);
  const focusable =
    (props.date && dates.includes(props.date) ? props.date : undefined) ??
    dates.find((d) => (byDate.get(d) ?? 0) > 0) ??
    dates.find((d) => byDate.has(d)) ??
    dates[0];
  const monday = Date.UTC(2024, 0, 1); // a Monday
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(monday + i * 86_400_000).toISOString().slice(0, 10));
  return html`
    <table part="calendar" class="calendar" role="grid" aria-labelledby="month-label">
      <thead>
        <tr>
          ${weekdays.map(
            (d) => html`<th scope="col" abbr=${formatDate(d, locale, { weekday: 'long' })}>
              ${formatDate(d, locale, { weekday: 'narrow' })}
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((date) => {
              if (!date) return html`<td role="gridcell"></td>`;
              const count = byDate.get(date) ?? 0;
              const label = m.dayName(formatDate(date, locale, LONG_DATE), count);
              return html`<td role="gridcell" aria-selected=${date === props.date ? 'true' : 'false'}>
                <button
                  part="day"
                  class="day ${count ? 'free' : ''}"
                  type="button"
                  data-date=${date}
                  tabindex=${date === focusable ? 0 : -1}
                  aria-label=${label}
                  aria-pressed=${date === props.date ? 'true' : 'false'}
                  aria-disabled=${count ? 'false' : 'true'}
                  @click=${() => count && props.onDay(date)}
                  @keydown=${(event: KeyboardEvent) => gridKeydown(event, props)}
                >
                  ${Number(date.slice(8))}
                </button>
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}

function times(view: View, props: WhenStepProps, day: AvailableDay): TemplateResult {
  const { m, locale, timeZone } = view;
  const checkedIndex = day.slots.findIndex((slot) => slot.start === props.slot?.start);
  const date = formatDate(day.date, locale, LONG_DATE);
  const check = (index: number) => {
    const slot = day.slots[index];
    if (slot) props.onSlot(slot);
  };
  return html`
    <h3 id="times-heading">${m.freeTimesOn(date)}</h3>
    <div part="times" class="times" role="radiogroup" aria-labelledby="times-heading">
      ${day.slots.map((slot, index) => {
        const time = formatTime(slot.start, timeZone, locale);
        return html`
          <div
            part="time"
            class="time"
            role="radio"
            aria-checked=${index === checkedIndex ? 'true' : 'false'}
            aria-label=${m.timeName(`${date}, ${time}`, slot.availableTherapists)}
            data-start=${slot.start}
            tabindex=${index === Math.max(checkedIndex, 0) ? 0 : -1}
            @click=${() => props.onSlot(slot)}
            @keydown=${(event: KeyboardEvent) => radioKeydown(event, index, day.slots.length, check)}
          >
            ${time}
          </div>
        `;
      })}
    </div>
  `;
}

const profile = (view: View, therapist: TherapistProfile) => html`
  <span class="name">${therapist.displayName}</span>
  ${therapist.bio ? html`<span class="bio">${therapist.bio}</span>` : nothing}
  ${
    therapist.techniques.length
      ? html`<span class="techniques">${therapist.techniques.map((t) => view.techniques.get(t) ?? t).join(' · ')}</span>`
      : nothing
  }
`;

// Names are optional: while they load or if they fail, "any available therapist" still books.
function therapistChoice(view: View, props: WhenStepProps, slot: Slot): TemplateResult {
  const { m } = view;
  if (props.keptTherapist) return html`<p part="therapists">${m.sameTherapist(props.keptTherapist)}</p>`;
  const bySlot = props.names?.bySlot;
  const choice = (id: string | null, label: unknown) => html`
    <label class="choice therapist">
      <input type="radio" name="therapist" .checked=${props.therapistId === id} @change=${() => props.onTherapist(id)} />
      <span class="profile">${label}</span>
    </label>
  `;
  return html`
    <fieldset part="therapists" class="choices" aria-busy=${bySlot === 'loading'}>
      <legend>${m.whoCanCome}</legend>
      ${choice(null, m.anyFree(slot.availableTherapists))}
      ${
        bySlot instanceof Map
          ? (bySlot.get(Date.parse(slot.start)) ?? []).map((t) => choice(t.id, profile(view, t)))
          : html`<p class="hint">${bySlot === 'failed' ? m.namesFailed : m.loadingNames}</p>`
      }
    </fieldset>
  `;
}

/** A month of free times in the visits' zone, then the chosen day's times, then who. */
export function whenStep(view: View, props: WhenStepProps): TemplateResult {
  const { m, locale, timeZone } = view;
  const { days, slot } = props;
  const chosen = days?.find((day) => day.date === props.date);
  const atFirst = props.month <= props.firstMonth;
  const atLast = props.month >= props.lastMonth;
  const firstSlot = days?.find((day) => day.slots.length)?.slots[0];
  // aria-disabled, not disabled: reaching the first month must not drop the focus of the button just pressed.
  const monthButton = (by: number, label: string, stop: boolean) => html`
    <button part="month-button" type="button" aria-disabled=${stop ? 'true' : 'false'} @click=${() => !stop && props.onMonth(by)}>
      ${label}
    </button>
  `;
  const empty = days && !days.some((day) => day.slots.length);
  return stepSection(
    view,
    props.mode,
    props.progress,
    html`
      ${props.mode === 'when' ? preferences(view, props) : nothing}
      ${alertBox(view, props.alert)}
      <div class="month">
        ${monthButton(-1, m.previousMonth, atFirst)}
        <h3 part="month" class="month-label" id="month-label">${formatMonth(props.month, locale)}</h3>
        ${monthButton(1, m.nextMonth, atLast)}
      </div>
      <p class="hint">
        ${m.timesIn(zoneName(timeZone, locale, firstSlot ? Date.parse(firstSlot.start) : Date.now()))}
        <button part="next-available" class="link" type="button" @click=${props.onNextAvailable}>${m.nextAvailable}</button>
      </p>
      <div class="slots" aria-busy=${props.busy}>
        ${days ? monthGrid(view, props, days) : html`<p role="status">${m.loadingTimes}</p>`}
        ${empty ? html`<p part="empty" class="empty">${m.noneThisMonth}</p>` : nothing}
        ${chosen ? times(view, props, chosen) : nothing}
      </div>
      ${slot ? therapistChoice(view, props, slot) : nothing}
      ${alertBox(view, props.hint ? { message: props.hint } : null)}
      ${stepNav(view, {
        back: props.onBack,
        label: props.confirmLabel,
        ready: !!slot && !props.busy,
        next: props.onContinue,
        blocked: props.onBlocked,
      })}
    `,
  );
}
