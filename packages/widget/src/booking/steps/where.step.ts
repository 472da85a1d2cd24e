import { html, type TemplateResult } from 'lit';
import { stepNav, stepSection } from './step-parts.js';

export interface WhereStepProps {
  postcode: string;
  progress: string;
  onBack(): void;
  onContinue(postcode: string): void;
}

/** Step 4: the postcode of the visit, which decides who can come. */
export function whereStep(props: WhereStepProps): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = event.target instanceof HTMLFormElement ? event.target.elements.namedItem('postcode') : null;
    if (input instanceof HTMLInputElement) props.onContinue(input.value.trim());
  };
  return stepSection(
    'where',
    props.progress,
    html`
      <form @submit=${onSubmit}>
        <div class="field">
          <label for="visit-postcode">Postcode of the visit</label>
          <input
            id="visit-postcode"
            name="postcode"
            required
            inputmode="numeric"
            pattern="[0-9]{4}"
            maxlength="4"
            autocomplete="postal-code"
            aria-describedby="visit-postcode-hint"
            .value=${props.postcode}
          />
          <p class="hint" id="visit-postcode-hint">Four digits. Our therapists come to you.</p>
        </div>
        ${stepNav(props.onBack, 'Continue', true)}
      </form>
    `,
  );
}
