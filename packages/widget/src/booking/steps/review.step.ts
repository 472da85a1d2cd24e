import { html, nothing, type TemplateResult } from 'lit';
import type { Slot } from '../../api.js';
import { formatDate, formatTime } from '../../time-format.js';
import type { Alert, Alternatives } from '../booking-flow.js';
import { alertBox, stepNav, stepSection, summaryList, type View } from './step-parts.js';

export interface ReviewStepProps {
  rows: readonly (readonly [string, unknown])[];
  alert: Alert | null;
  alternatives: Alternatives | null;
  busy: boolean;
  progress: string;
  onAlternative(slot: Slot): void;
  onChooseDay(): void;
  onBack(): void;
  onConfirm(): void;
}

function alternatives(view: View, props: ReviewStepProps, offer: Alternatives): TemplateResult {
  const { m, locale, timeZone } = view;
  const date = formatDate(offer.date, locale, { weekday: 'long', day: 'numeric', month: 'long' });
  return html`
    <div part="alternatives" class="alternatives">
      ${
        offer.slots.length
          ? html`<p id="alternatives-label">${offer.sameDay ? m.alternativesOn(date) : m.alternativesNext(date)}</p>
              <ul class="times" aria-labelledby="alternatives-label">
                ${offer.slots.map(
                  (slot) => html`<li>
                    <button part="alternative" class="time" type="button" @click=${() => props.onAlternative(slot)}>
                      ${formatTime(slot.start, timeZone, locale)}
                    </button>
                  </li>`,
                )}
              </ul>`
          : html`<p>${m.noAlternatives}</p>`
      }
      <button type="button" class="link" @click=${props.onChooseDay}>${m.chooseAnother}</button>
    </div>
  `;
}

/** Everything on one screen, with the price; the booking is made once, here. */
export function reviewStep(view: View, props: ReviewStepProps): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return stepSection(
    view,
    'review',
    props.progress,
    html`
      ${summaryList(props.rows)} ${alertBox(view, props.alert)}
      ${props.alternatives ? alternatives(view, props, props.alternatives) : nothing}
      <form aria-busy=${props.busy} @submit=${onSubmit}>
        ${
          // Never disabled while busy: a disabled button drops keyboard focus; a second submit is ignored instead.
          stepNav(view, {
            back: props.onBack,
            label: props.busy ? view.m.booking : view.m.confirm,
            ready: !props.alternatives,
          })
        }
      </form>
    `,
  );
}
