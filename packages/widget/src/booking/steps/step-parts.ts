import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/locale.js';
import type { Alert, Step } from '../booking-flow.js';

/** What every step needs to speak and show times: the words, the locale and the visits' zone. */
export interface View {
  m: Messages;
  locale: string;
  timeZone: string;
  /** Technique → its label (the operator's words, from the API). */
  techniques: ReadonlyMap<string, string>;
}

/** One step: a labelled section whose heading takes focus when the step opens. */
export const stepSection = (view: View, step: Step, progress: string, body: unknown): TemplateResult => html`
  <section part="step" class="step" aria-labelledby="${step}-heading">
    ${progress ? html`<p part="progress" class="progress">${progress}</p>` : nothing}
    <h2 id="${step}-heading" tabindex="-1">${view.m.stepTitle[step]}</h2>
    ${body}
  </section>
`;

export const alertBox = (view: View, alert: Alert | null): TemplateResult | typeof nothing =>
  alert
    ? html`
        <div part="error" class="error">
          <p role="alert">${alert.message}</p>
          ${
            alert.retry
              ? html`<button part="retry-button" class="retry" type="button" @click=${alert.retry}>
                  ${view.m.tryAgain}
                </button>`
              : nothing
          }
        </div>
      `
    : nothing;

export interface NavOptions {
  back?: () => void;
  label?: string;
  /** The step has what it needs: going on is possible. */
  ready: boolean;
  /** Without it the forward button submits the step's form, so Enter in a field moves on too. */
  next?: () => void;
  /** Said when the forward button is pressed too early. */
  blocked?: () => void;
}

/**
 * Back and forward. The forward button is never `disabled`: a disabled button cannot be focused,
 * so keyboard users would skip it without a word. Pressed too early, it says what is missing.
 */
export const stepNav = (view: View, options: NavOptions): TemplateResult => {
  const forward = (event: Event) => {
    if (options.ready) {
      options.next?.();
      return;
    }
    event.preventDefault();
    options.blocked?.();
  };
  return html`
    <div class="nav">
      ${
        options.back
          ? html`<button part="back-button" type="button" @click=${options.back}>${view.m.back}</button>`
          : nothing
      }
      <button
        part="continue-button"
        class="primary"
        type=${options.next ? 'button' : 'submit'}
        aria-disabled=${options.ready ? 'false' : 'true'}
        @click=${forward}
      >
        ${options.label ?? view.m.continue}
      </button>
    </div>
  `;
};

/** The message under an input the flow or the API found fault with; pairs with {@link describedBy}. */
export const fieldError = (id: string, message: string | undefined): TemplateResult | typeof nothing =>
  message ? html`<p part="field-error" class="field-error" id="${id}-error">${message}</p>` : nothing;

/** `aria-describedby` for an input: its hint and its error, whichever it has. */
export const describedBy = (id: string, message: string | undefined, hint = false): string | typeof nothing =>
  [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

/** Label/value rows, for the review, the confirmation and the manage view. */
export const summaryList = (rows: readonly (readonly [string, unknown])[]): TemplateResult => html`
  <dl part="summary" class="summary">
    ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
  </dl>
`;

const KEY_STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * WAI-ARIA radio group with a roving tabindex: arrows move focus and check (wrapping);
 * Space, and Enter for convenience, check. One Tab stop for the whole group.
 */
export function radioKeydown(event: KeyboardEvent, index: number, count: number, check: (index: number) => void) {
  const step = KEY_STEPS[event.key];
  if (step === undefined && event.key !== ' ' && event.key !== 'Enter') return;
  event.preventDefault();
  const target = (index + (step ?? 0) + count) % count;
  check(target);
  const radio = event.currentTarget;
  if (radio instanceof HTMLElement) {
    radio.closest('[role="radiogroup"]')?.querySelectorAll<HTMLElement>('[role="radio"]')[target]?.focus();
  }
}
