import { html, nothing, type TemplateResult } from 'lit';
import type { CreatedBooking } from '../../api.js';
import { formatPrice } from '../../price-format.js';
import { formatDateTime } from '../../time-format.js';
import { stepSection, summaryList, type View } from './step-parts.js';

export interface ConfirmationStepProps {
  created: CreatedBooking;
  address: string;
  manageLink: string;
  calendarFile: { name: string; href: string };
  notice: string;
  onCopy(link: string): void;
  onBookAnother(): void;
}

/** What was booked, with the manage link (the only time the token is shown) and a calendar file. */
export function confirmationStep(view: View, props: ConfirmationStepProps): TemplateResult {
  const { m, locale, timeZone } = view;
  const { booking } = props.created;
  const sessions = booking.referralSessionsRemaining;
  return stepSection(
    view,
    'done',
    '',
    html`
      <div part="confirmation" class="confirmation">
        ${summaryList([
          [m.reference, html`<strong>${booking.reference}</strong>`],
          [m.when, formatDateTime(booking.start, timeZone, locale)],
          [m.treatment, booking.treatment.name],
          [m.length, m.minutes(booking.durationMinutes)],
          [m.therapist, booking.therapist.displayName],
          ...(props.address ? [[m.address, props.address] as const] : []),
          [m.price, formatPrice(booking.price, locale)],
          ...(sessions === null ? [] : [[m.sessionsLeft, String(sessions)] as const]),
        ])}
        <div part="manage-link" class="token">
          <h3>${m.manageTitle}</h3>
          <p id="manage-hint">${m.manageHint}</p>
          <a part="manage-anchor" href=${props.manageLink} aria-describedby="manage-hint">${m.manageLink}</a>
          <div class="inline-form">
            <button part="copy-button" type="button" @click=${() => props.onCopy(props.manageLink)}>${m.copyLink}</button>
            <a part="calendar-link" class="button" href=${props.calendarFile.href} download=${props.calendarFile.name}>
              ${m.addToCalendar}
            </a>
          </div>
          ${props.notice ? html`<p part="notice" class="ok" role="status">${props.notice}</p>` : nothing}
        </div>
        <div class="nav">
          <button part="book-another" class="primary" type="button" @click=${props.onBookAnother}>${m.bookAnother}</button>
        </div>
      </div>
    `,
  );
}
