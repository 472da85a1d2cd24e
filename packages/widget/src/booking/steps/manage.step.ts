import { html, nothing, type TemplateResult } from 'lit';
import type { Booking } from '../../api.js';
import { formatPrice } from '../../price-format.js';
import { formatDateTime } from '../../time-format.js';
import type { Alert, FieldId } from '../booking-flow.js';
import { alertBox, describedBy, fieldError, stepSection, summaryList, type View } from './step-parts.js';

export interface ManageStepProps {
  booking: Booking | 'missing' | null;
  now: number;
  cancelling: boolean;
  notice: string;
  errors: Partial<Record<FieldId, string>>;
  alert: Alert | null;
  busy: boolean;
  onReschedule(): void;
  onStartCancel(show: boolean): void;
  onCancel(reason: string): void;
  onBookNext(): void;
}

function cancelForm(view: View, props: ManageStepProps): TemplateResult {
  const error = props.errors.reason;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const reason = event.target instanceof HTMLFormElement ? event.target.elements.namedItem('reason') : null;
    props.onCancel(reason instanceof HTMLTextAreaElement ? reason.value.trim() : '');
  };
  return html`
    <form part="cancel-form" class="field" aria-busy=${props.busy} @submit=${onSubmit}>
      <label for="reason">${view.m.cancelReason}</label>
      <textarea
        id="reason"
        name="reason"
        rows="2"
        maxlength="500"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy('reason', error)}
      ></textarea>
      ${fieldError('reason', error)}
      <div class="nav">
        <button type="button" @click=${() => props.onStartCancel(false)}>${view.m.keep}</button>
        <button part="confirm-cancel" class="primary danger" type="submit">${view.m.confirmCancel}</button>
      </div>
    </form>
  `;
}

/** A booking opened from its manage link: what it is, until when it can change, and the changes. */
export function manageStep(view: View, props: ManageStepProps): TemplateResult {
  const { m, locale, timeZone } = view;
  const { booking } = props;
  if (booking === null) {
    return stepSection(view, 'manage', '', html`<p role="status">${m.manageLoading}</p>${alertBox(view, props.alert)}`);
  }
  if (booking === 'missing') {
    return stepSection(view, 'manage', '', html`<p part="error" class="error" role="alert">${m.manageNotFound}</p>`);
  }
  const until = formatDateTime(booking.freeChangeUntil, timeZone, locale);
  const confirmed = booking.status === 'CONFIRMED';
  const changeable = confirmed && props.now <= Date.parse(booking.freeChangeUntil);
  const sessions = booking.referralSessionsRemaining;
  return stepSection(
    view,
    'manage',
    '',
    html`
      ${summaryList([
        [m.reference, html`<strong>${booking.reference}</strong>`],
        [m.status, m.statuses[booking.status] ?? booking.status],
        [m.when, formatDateTime(booking.start, timeZone, locale)],
        [m.treatment, booking.treatment.name],
        [m.length, m.minutes(booking.durationMinutes)],
        [m.therapist, booking.therapist.displayName],
        [m.price, formatPrice(booking.price, locale)],
        ...(sessions === null ? [] : [[m.sessionsLeft, String(sessions)] as const]),
      ])}
      ${props.notice ? html`<p part="notice" class="ok" role="status" tabindex="-1">${props.notice}</p>` : nothing}
      ${confirmed ? html`<p part="cutoff">${changeable ? m.freeChangeUntil(until) : m.changeClosed(until)}</p>` : nothing}
      ${alertBox(view, props.alert)}
      ${
        props.cancelling && changeable
          ? cancelForm(view, props)
          : html`<div class="nav start">
              ${changeable ? html`<button part="reschedule-button" type="button" @click=${props.onReschedule}>${m.reschedule}</button>` : nothing}
              ${changeable ? html`<button part="cancel-button" type="button" @click=${() => props.onStartCancel(true)}>${m.cancel}</button>` : nothing}
              ${sessions ? html`<button part="next-button" class="primary" type="button" @click=${props.onBookNext}>${m.bookNext}</button>` : nothing}
            </div>`
      }
    `,
  );
}
