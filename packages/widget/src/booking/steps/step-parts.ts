import { html, nothing, type TemplateResult } from 'lit';
import { type Alert, STEP_TITLES, type Step } from '../booking-flow.js';

/** One step: a labelled section whose heading takes focus when the step opens. */
export const stepSection = (step: Step, progress: string, body: unknown): TemplateResult => html`
  <section part="step" class="step" aria-labelledby="${step}-heading">
    ${progress ? html`<p part="progress" class="progress">${progress}</p>` : nothing}
    <h2 id="${step}-heading" tabindex="-1">${STEP_TITLES[step]}</h2>
    ${body}
  </section>
`;

export const alertBox = (alert: Alert | null): TemplateResult | typeof nothing =>
  alert
    ? html`
        <div part="error" class="error">
          <p role="alert">${alert.message}</p>
          ${
            alert.retry
              ? html`<button part="retry-button" class="retry" type="button" @click=${alert.retry}>Try again</button>`
              : nothing
          }
        </div>
      `
    : nothing;

/**
 * Back (when there is a previous step) and the forward button. Without `onNext` the forward
 * button submits the step's form, so Enter in a field moves on too.
 */
export const stepNav = (
  onBack: (() => void) | undefined,
  label: string,
  enabled: boolean,
  onNext?: () => void,
): TemplateResult => html`
  <div class="nav">
    ${onBack ? html`<button part="back-button" type="button" @click=${onBack}>Back</button>` : nothing}
    <button part="continue-button" class="primary" type=${onNext ? 'button' : 'submit'} ?disabled=${!enabled} @click=${onNext}>
      ${label}
    </button>
  </div>
`;

/** The message under an input the API (or the flow) found fault with; pairs with {@link describedBy}. */
export const fieldError = (id: string, message: string | undefined): TemplateResult | typeof nothing =>
  message ? html`<p part="field-error" class="field-error" id="${id}-error">${message}</p>` : nothing;

/** `aria-describedby` for an input: its hint and its error, whichever it has. */
export const describedBy = (id: string, message: string | undefined, hint = false): string | typeof nothing =>
  [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

/** Label/value rows, for the summary before booking and the confirmation. */
export const summaryList = (rows: readonly (readonly [string, unknown])[]): TemplateResult => html`
  <dl part="summary" class="summary">
    ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
  </dl>
`;
