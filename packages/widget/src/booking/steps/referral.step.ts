import { html, nothing, type TemplateResult } from 'lit';
import type { ReferralCheck } from '../../api.js';
import { formatDate } from '../../time-format.js';
import { type Alert, referralFits } from '../booking-flow.js';
import { alertBox, describedBy, fieldError, stepNav, stepSection } from './step-parts.js';

export interface ReferralStepProps {
  code: string;
  check: ReferralCheck | null;
  treatmentId: string;
  treatmentName: string;
  error: string | undefined;
  alert: Alert | null;
  busy: boolean;
  locale: string;
  progress: string;
  onInput(code: string): void;
  onCheck(): void;
  onBack(): void;
  onContinue(): void;
}

/** What a checked code means for this booking, in the client's words. */
export function referralVerdict(check: ReferralCheck, treatmentId: string, treatmentName: string, locale: string) {
  if (!check.valid) return check.reason ?? 'This referral code cannot be used.';
  if (!referralFits(check, treatmentId)) return `This referral is not for ${treatmentName}.`;
  const sessions = `${check.sessionsRemaining} session${check.sessionsRemaining === 1 ? '' : 's'} left`;
  return `Valid: ${sessions}${check.expiresOn ? `, expires on ${formatDate(check.expiresOn, locale)}` : ''}.`;
}

/** Step 3, for treatments that require a referral: check the code before going on. */
export function referralStep(props: ReferralStepProps): TemplateResult {
  const { check } = props;
  const fits = referralFits(check, props.treatmentId);
  const verdict = check ? referralVerdict(check, props.treatmentId, props.treatmentName, props.locale) : undefined;
  // A code that cannot be used is an error on the field, like one the API reports when booking.
  const error = props.error ?? (fits ? undefined : verdict);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onCheck();
  };
  return stepSection(
    'referral',
    props.progress,
    html`
      <p>${props.treatmentName} is prescribed by your healthcare provider. Enter the referral code you were given.</p>
      ${alertBox(props.alert)}
      <form class="field" aria-busy=${props.busy} @submit=${onSubmit}>
        <label for="referral">Referral code</label>
        <div class="inline-form">
          <input
            id="referral"
            name="referral"
            required
            autocomplete="off"
            spellcheck="false"
            .value=${props.code}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy('referral', error, fits)}
            @input=${(event: InputEvent) => event.target instanceof HTMLInputElement && props.onInput(event.target.value)}
          />
          <button part="check-button" type="submit">Check</button>
        </div>
        ${fieldError('referral', error)}
        ${fits ? html`<p part="referral-result" class="ok" id="referral-hint">${verdict}</p>` : nothing}
      </form>
      ${stepNav(props.onBack, 'Continue', fits, props.onContinue)}
    `,
  );
}
