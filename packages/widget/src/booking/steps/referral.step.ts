import { html, nothing, type TemplateResult } from 'lit';
import type { ReferralCheck } from '../../api.js';
import { formatDate } from '../../time-format.js';
import { type Alert, referralFits } from '../booking-flow.js';
import { alertBox, describedBy, fieldError, stepNav, stepSection, type View } from './step-parts.js';

export interface ReferralStepProps {
  code: string;
  check: ReferralCheck | null;
  treatmentId: string;
  treatmentName: string;
  error: string | undefined;
  alert: Alert | null;
  busy: boolean;
  progress: string;
  onInput(code: string): void;
  onCheck(): void;
  onBack(): void;
  onContinue(): void;
  onBlocked(): void;
}

/** What a checked code means for this booking, in the client's words. */
export function referralVerdict(view: View, check: ReferralCheck, treatmentId: string, treatmentName: string) {
  if (!check.valid) return (view.m.serverWords && check.reason) || view.m.referralCannotUse;
  if (!referralFits(check, treatmentId)) return view.m.referralNotFor(treatmentName);
  return view.m.referralValid(
    check.sessionsRemaining,
    check.expiresOn ? formatDate(check.expiresOn, view.locale) : null,
  );
}

/** Step 4, for treatments that require a referral: check the code before going on. */
export function referralStep(view: View, props: ReferralStepProps): TemplateResult {
  const { check } = props;
  const fits = referralFits(check, props.treatmentId);
  const verdict = check ? referralVerdict(view, check, props.treatmentId, props.treatmentName) : undefined;
  // A code that cannot be used is an error on the field, like one the API reports when booking.
  const error = props.error ?? (fits ? undefined : verdict);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onCheck();
  };
  return stepSection(
    view,
    'referral',
    props.progress,
    html`
      <p>${view.m.referralIntro(props.treatmentName)}</p>
      ${alertBox(view, props.alert)}
      <form class="field" novalidate aria-busy=${props.busy} @submit=${onSubmit}>
        <label for="referral">${view.m.referralLabel}</label>
        <div class="inline-form">
          <input
            id="referral"
            name="referral"
            aria-required="true"
            autocomplete="off"
            spellcheck="false"
            .value=${props.code}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy('referral', error, fits)}
            @input=${(event: InputEvent) => event.target instanceof HTMLInputElement && props.onInput(event.target.value)}
          />
          <button part="check-button" type="submit">${view.m.check}</button>
        </div>
        ${fieldError('referral', error)}
        ${fits ? html`<p part="referral-result" class="ok" id="referral-hint">${verdict}</p>` : nothing}
      </form>
      ${stepNav(view, { back: props.onBack, ready: fits, next: props.onContinue, blocked: props.onBlocked })}
    `,
  );
}
