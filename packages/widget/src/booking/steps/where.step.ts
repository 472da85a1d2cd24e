import { html, type TemplateResult } from 'lit';
import type { Alert } from '../booking-flow.js';
import { alertBox, describedBy, fieldError, stepNav, stepSection, type View } from './step-parts.js';

export interface WhereStepProps {
  postcode: string;
  error: string | undefined;
  alert: Alert | null;
  busy: boolean;
  progress: string;
  onContinue(postcode: string): void;
}

/** Step 1: the postcode of the visit, which decides whether and who can come. */
export function whereStep(view: View, props: WhereStepProps): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = event.target instanceof HTMLFormElement ? event.target.elements.namedItem('postcode') : null;
    if (input instanceof HTMLInputElement) props.onContinue(input.value.trim());
  };
  return stepSection(
    view,
    'where',
    props.progress,
    html`
      <form novalidate aria-busy=${props.busy} @submit=${onSubmit}>
        <div class="field">
          <label for="postcode">${view.m.postcodeLabel}</label>
          <input
            id="postcode"
            name="postcode"
            inputmode="numeric"
            maxlength="4"
            autocomplete="postal-code"
            aria-required="true"
            aria-invalid=${props.error ? 'true' : 'false'}
            aria-describedby=${describedBy('postcode', props.error, true)}
            .value=${props.postcode}
          />
          <p class="hint" id="postcode-hint">${view.m.postcodeHint}</p>
          ${fieldError('postcode', props.error)}
        </div>
        ${alertBox(view, props.alert)} ${stepNav(view, { ready: true })}
      </form>
    `,
  );
}
