import { html, type TemplateResult } from 'lit';
import type { CreatedBooking } from '../../api.js';
import { formatPrice } from '../../price-format.js';
import { formatDateTime } from '../../time-format.js';
import { stepSection, summaryList } from './step-parts.js';

export interface ConfirmationStepProps {
  created: CreatedBooking;
  timeZone: string;
  locale: string;
  onCopy(token: string): void;
}

/** Step 7: what was booked, and the manage token, which the API shows only this once. */
export function confirmationStep({ created, timeZone, locale, onCopy }: ConfirmationStepProps): TemplateResult {
  const { booking, manageToken } = created;
  return stepSection(
    'done',
    '',
    html`
      <div part="confirmation" class="confirmation">
        ${summaryList([
          ['Reference', html`<strong>${booking.reference}</strong>`],
          ['When', formatDateTime(booking.start, timeZone, locale)],
          ['Therapist', booking.therapist.displayName],
          ['Treatment', booking.treatment.name],
          ['Length', `${booking.durationMinutes} min`],
          ['Price', formatPrice(booking.price, locale)],
        ])}
        <div part="manage-token" class="token">
          <p id="token-hint">
            <strong>Keep this manage token.</strong> With your reference it lets you change or cancel the booking. It is
            shown only once.
          </p>
          <code id="manage-token">${manageToken}</code>
          <button part="copy-button" type="button" @click=${() => onCopy(manageToken)}>
            Copy token
          </button>
        </div>
      </div>
    `,
  );
}
