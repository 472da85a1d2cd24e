import { html, nothing, type TemplateResult } from 'lit';
import type { ReferralCheck, ReferralHolder } from '../../api.js';
import { formatDate } from '../../time-format.js';
import { type Alert, type FieldId, isReferralField, type ReferralField, referralFits } from '../booking-flow.js';
import { alertBox, describedBy, fieldError, stepNav, stepSection, type View } from './step-parts.js';

export interface ReferralStepProps {
  code: string;
  holder: ReferralHolder;
  check: ReferralCheck | null;
  treatmentId: string;
  treatmentName: string;
  errors: Partial<Record<FieldId, string>>;
  alert: Alert | null;
  busy: boolean;
  progress: string;
  onInput(field: ReferralField, value: string): void;
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

// A native date input: typed segment by segment from the keyboard, in the visitor's own date order.
const HOLDER_INPUTS = {
  familyName: { type: 'text', autocomplete: 'family-name' },
  dateOfBirth: { type: 'date', autocomplete: 'bday' },
} as const;

/** Family name or date of birth: described by the shared hint, and by its error when it has one. */
const holderField = (props: ReferralStepProps, name: keyof ReferralHolder, label: string): TemplateResult => {
  const { type, autocomplete } = HOLDER_INPUTS[name];
  const error = props.errors[name];
  return html`
    <div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        aria-required="true"
        maxlength=${type === 'text' ? 200 : nothing}
        .value=${props.holder[name]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${['holder-hint', error ? `${name}-error` : ''].filter(Boolean).join(' ')}
      />
      ${fieldError(name, error)}
    </div>
  `;
};

/**
 * Step 4, for treatments that require a referral: the code and whom it was written for (family
 * name, date of birth), checked together before going on; the API says nothing of a code alone.
 */
export function referralStep(view: View, props: ReferralStepProps): TemplateResult {
  const { m } = view;
  const { check } = props;
  const fits = referralFits(check, props.treatmentId);
  const verdict = check ? referralVerdict(view, check, props.treatmentId, props.treatmentName) : undefined;
  // A code that cannot be used is an error on the code, like one the API reports when booking.
  const error = props.errors.referral ?? (fits ? undefined : verdict);
  const onInput = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && isReferralField(target.name)) props.onInput(target.name, target.value);
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onCheck();
  };
  return stepSection(
    view,
    'referral',
    props.progress,
    html`
      <p>${m.referralIntro(props.treatmentName)}</p>
      ${alertBox(view, props.alert)}
      <form class="form" novalidate aria-busy=${props.busy} @input=${onInput} @submit=${onSubmit}>
        <div class="field">
          <label for="referral">${m.referralLabel}</label>
          <input
            id="referral"
            name="referral"
            aria-required="true"
            autocomplete="off"
            spellcheck="false"
            .value=${props.code}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy('referral', error, fits)}
          />
          ${fieldError('referral', error)}
        </div>
        <p class="hint wide" id="holder-hint">${m.holderHint}</p>
        ${holderField(props, 'familyName', m.familyNameLabel)} ${holderField(props, 'dateOfBirth', m.dateOfBirthLabel)}
        <div class="wide"><button part="check-button" type="submit">${m.check}</button></div>
        ${fits ? html`<p part="referral-result" class="ok wide" id="referral-hint">${verdict}</p>` : nothing}
      </form>
      ${stepNav(view, { back: props.onBack, ready: fits, next: props.onContinue, blocked: props.onBlocked })}
    `,
  );
}
