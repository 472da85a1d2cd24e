import { html, nothing, type TemplateResult } from 'lit';
import type { AvailableDay, Slot } from '../../api.js';
import { addDays, formatDate, formatTime } from '../../time-format.js';
import type { Alert, Names } from '../booking-flow.js';
import { alertBox, stepNav, stepSection } from './step-parts.js';

export interface WhenStepProps {
  /** null until loaded. */
  days: AvailableDay[] | null;
  weekStart: string;
  /** The earliest day that may be shown: tomorrow. */
  firstDay: string;
  date: string | null;
  slot: Slot | null;
  names: Names | null;
  therapistId: string | null;
  alert: Alert | null;
  busy: boolean;
  timeZone: string;
  locale: string;
  progress: string;
  onWeek(days: number): void;
  onDay(date: string): void;
  onSlot(slot: Slot): void;
  onTherapist(id: string | null): void;
  onBack(): void;
  onContinue(): void;
}

const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function daysAndTimes(props: WhenStepProps, days: AvailableDay[]): TemplateResult {
  if (days.every((day) => day.slots.length === 0)) {
    return html`<p part="empty" class="empty">No free times this week. Try the next week.</p>`;
  }
  const chosen = days.find((day) => day.date === props.date);
  return html`
    <ul part="days" class="days" aria-label="Days">
      ${days.map(
        (day) => html`
          <li>
            <button
              part="day"
              class="day"
              type="button"
              aria-pressed=${day.date === props.date ? 'true' : 'false'}
              ?disabled=${day.slots.length === 0}
              @click=${() => props.onDay(day.date)}
            >
              <span class="day-name">${formatDate(day.date, props.locale, { weekday: 'short' })}</span>
              <span>${formatDate(day.date, props.locale, DAY_MONTH)}</span>
              <span class="count">${day.slots.length ? plural(day.slots.length, 'time') : 'no times'}</span>
            </button>
          </li>
        `,
      )}
    </ul>
    ${
      chosen
        ? html`
          <h3 id="times-heading">Free times on ${formatDate(chosen.date, props.locale, { weekday: 'long', day: 'numeric', month: 'long' })}</h3>
          <ul part="times" class="times" aria-labelledby="times-heading">
            ${chosen.slots.map(
              (slot) => html`
                <li>
                  <button
                    part="time"
                    class="time"
                    type="button"
                    aria-pressed=${slot.start === props.slot?.start ? 'true' : 'false'}
                    @click=${() => props.onSlot(slot)}
                  >
                    ${formatTime(slot.start, props.timeZone, props.locale)}
                  </button>
                </li>
              `,
            )}
          </ul>
        `
        : nothing
    }
  `;
}

// Names are optional: while they load or if they fail, "any available therapist" still books.
function therapistChoice(props: WhenStepProps, slot: Slot): TemplateResult {
  const bySlot = props.names?.bySlot;
  const choice = (id: string | null, label: string) => html`
    <label class="choice">
      <input
        type="radio"
        name="therapist"
        .checked=${props.therapistId === id}
        @change=${() => props.onTherapist(id)}
      />
      ${label}
    </label>
  `;
  return html`
    <fieldset part="therapists" class="choices" aria-busy=${bySlot === 'loading'}>
      <legend>Therapist</legend>
      ${choice(null, `Any available therapist (${plural(slot.availableTherapists, 'therapist')} free)`)}
      ${
        bySlot instanceof Map
          ? (bySlot.get(Date.parse(slot.start)) ?? []).map((therapist) => choice(therapist.id, therapist.displayName))
          : bySlot === 'failed'
            ? html`<p class="hint">Therapist names could not be loaded; any available therapist can take this time.</p>`
            : html`<p class="hint">Loading therapist names…</p>`
      }
    </fieldset>
  `;
}

/** Step 5: a week of free times from tomorrow, in the widget's time zone; then, optionally, who. */
export function whenStep(props: WhenStepProps): TemplateResult {
  const { days, slot } = props;
  // aria-disabled, not disabled: reaching the first week must not drop the focus of the button just pressed.
  const atStart = props.weekStart <= props.firstDay;
  return stepSection(
    'when',
    props.progress,
    html`
      ${alertBox(props.alert)}
      <div class="week">
        <button
          part="week-button"
          type="button"
          aria-disabled=${atStart ? 'true' : 'false'}
          @click=${() => {
            if (!atStart) props.onWeek(-7);
          }}
        >
          Previous week
        </button>
        <span part="week" class="week-range">
          ${formatDate(props.weekStart, props.locale, DAY_MONTH)} –
          ${formatDate(addDays(props.weekStart, 6), props.locale, DAY_MONTH)}
        </span>
        <button part="week-button" type="button" @click=${() => props.onWeek(7)}>Next week</button>
      </div>
      <div class="slots" aria-busy=${props.busy}>
        ${days ? daysAndTimes(props, days) : props.busy ? html`<p role="status">Loading free times…</p>` : nothing}
      </div>
      ${slot ? therapistChoice(props, slot) : nothing}
      ${stepNav(props.onBack, 'Continue', !!slot, props.onContinue)}
    `,
  );
}
