import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, type Catalogue, fetchCatalogue, type Money, type Treatment } from '../api.js';
import styles from './booking.styles.js';

/** Detail of the `mm-treatment-select` event. */
export interface TreatmentSelectDetail {
  treatmentId: string;
  slug: string;
}

type View = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; catalogue: Catalogue };

const KEY_STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

const formatPrice = (price: Money, locale: string): string => {
  if (!locale) return price.formatted;
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency });
    return format.format(price.amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  } catch {
    // A malformed locale attribute on the partner's page must not hide the prices.
    return price.formatted;
  }
};

// The leading space keeps the accessible name "Medical massage Referral required", not run together.
const referralBadge = (treatment: Treatment) =>
  treatment.requiresReferral ? html` <span part="badge" class="badge">Referral required</span>` : nothing;

/**
 * @summary Lets a client on a partner site choose a medical massage treatment and see the prices.
 *
 * @event {CustomEvent<TreatmentSelectDetail>} mm-treatment-select - The client chose a treatment
 *   (click, Space, Enter or arrow keys). Never fired on load. Detail: `{ treatmentId, slug }`.
 *
 * @csspart base - The wrapper around all content.
 * @csspart status - The loading message.
 * @csspart error - The error message and its retry button.
 * @csspart retry-button - The button that loads the treatments again.
 * @csspart treatments - The radio group of treatments.
 * @csspart treatment - One treatment option.
 * @csspart badge - The "Referral required" badge.
 * @csspart prices - The list of price tiers.
 * @csspart price - One price tier.
 *
 * @cssproperty --mm-font-family - Font of all text.
 * @cssproperty --mm-color-primary - Accent: selection, focus ring, badge, button.
 * @cssproperty --mm-color-text - Text colour.
 * @cssproperty --mm-color-surface - Background, and text on the accent colour.
 * @cssproperty --mm-radius - Corner radius of the widget, options and button.
 * @cssproperty --mm-spacing - Base spacing unit.
 */
export class MmBooking extends LitElement {
  static override styles = styles;

  static override properties = {
    apiUrl: { type: String, attribute: 'api-url' },
    partnerKey: { type: String, attribute: 'partner-key' },
    locale: { type: String },
    view: { state: true },
    selectedId: { state: true },
  };

  /** The GraphQL endpoint, e.g. `https://api.example.com/graphql`. */
  declare apiUrl: string;
  /** Publishable key (`pk_…`), sent as `X-Partner-Key` on every request. */
  declare partnerKey: string;
  /** BCP 47 locale for prices; when empty the API's `price.formatted` is shown. */
  declare locale: string;
  declare private view: View;
  declare private selectedId: string | null;

  #abort: AbortController | undefined;

  constructor() {
    super();
    this.apiUrl = '';
    this.partnerKey = '';
    this.locale = '';
    this.view = { kind: 'loading' };
    this.selectedId = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Resume a load that disconnectedCallback cancelled (element moved in the DOM).
    if (this.hasUpdated && this.view.kind === 'loading') void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiUrl') || changed.has('partnerKey')) void this.#load();
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    if (!this.apiUrl) {
      this.view = { kind: 'error', message: 'Online booking is not set up on this site (missing api-url).' };
      return;
    }
    this.view = { kind: 'loading' };
    try {
      // Removing the attribute sets the property to null.
      const catalogue = await fetchCatalogue({
        url: this.apiUrl,
        partnerKey: this.partnerKey ?? '',
        signal: abort.signal,
      });
      if (!abort.signal.aborted) this.view = { kind: 'ready', catalogue };
    } catch (error) {
      if (abort.signal.aborted) return;
      const message = error instanceof ApiError ? error.message : 'Something went wrong while loading the treatments.';
      this.view = { kind: 'error', message };
    }
  }

  #select(treatment: Treatment): void {
    if (treatment.id === this.selectedId) return;
    this.selectedId = treatment.id;
    this.dispatchEvent(
      new CustomEvent<TreatmentSelectDetail>('mm-treatment-select', {
        detail: { treatmentId: treatment.id, slug: treatment.slug },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // WAI-ARIA radio group: arrows move focus and check (wrapping); Space, and Enter for convenience, check.
  #onKeydown(event: KeyboardEvent, treatments: readonly Treatment[], index: number): void {
    const step = KEY_STEPS[event.key];
    if (step === undefined && event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    const target = (index + (step ?? 0) + treatments.length) % treatments.length;
    const treatment = treatments[target];
    if (!treatment) return;
    this.#select(treatment);
    this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')[target]?.focus();
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" aria-busy=${this.view.kind === 'loading'}>${this.#renderView()}</div>`;
  }

  #renderView(): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return html`<p part="status" class="status" role="status">Loading treatments…</p>`;
      case 'error':
        return html`
          <div part="error" class="error">
            <p role="alert">${view.message}</p>
            <button part="retry-button" class="retry" type="button" @click=${() => this.#load()}>Try again</button>
          </div>
        `;
      case 'ready':
        return html`${this.#renderTreatments(view.catalogue.treatments)}${this.#renderPrices(view.catalogue)}`;
    }
  }

  #renderTreatments(treatments: readonly Treatment[]): TemplateResult {
    // Roving tabindex: Tab reaches the checked option, or the first one while none is checked.
    const focusableId = treatments.some((t) => t.id === this.selectedId) ? this.selectedId : treatments[0]?.id;
    return html`
      <section aria-labelledby="treatments-heading">
        <h2 id="treatments-heading">Choose a treatment</h2>
        ${
          treatments.length === 0
            ? html`<p>No treatments are available right now.</p>`
            : html`
              <div part="treatments" class="treatments" role="radiogroup" aria-labelledby="treatments-heading">
                ${treatments.map(
                  (treatment, index) => html`
                    <div
                      part="treatment"
                      class="treatment"
                      role="radio"
                      aria-checked=${treatment.id === this.selectedId ? 'true' : 'false'}
                      aria-labelledby="treatment-${index}-name"
                      aria-describedby="treatment-${index}-description"
                      tabindex=${treatment.id === focusableId ? 0 : -1}
                      @click=${() => this.#select(treatment)}
                      @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, treatments, index)}
                    >
                      <span class="indicator" aria-hidden="true"></span>
                      <span id="treatment-${index}-name" class="name">${treatment.name}${referralBadge(treatment)}</span>
                      <p id="treatment-${index}-description" class="description">${treatment.description}</p>
                    </div>
                  `,
                )}
              </div>
            `
        }
      </section>
    `;
  }

  #renderPrices({ priceTiers }: Catalogue): TemplateResult {
    return html`
      <section aria-labelledby="prices-heading">
        <h2 id="prices-heading">Prices</h2>
        <ul part="prices" class="prices">
          ${priceTiers.map(
            (tier) => html`<li part="price">${tier.durationMinutes} min — ${formatPrice(tier.price, this.locale)}</li>`,
          )}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mm-booking': MmBooking;
  }
  interface HTMLElementEventMap {
    'mm-treatment-select': CustomEvent<TreatmentSelectDetail>;
  }
}
