import { html, nothing, type TemplateResult } from 'lit';
import type { PriceTier, Treatment } from '../../api.js';
import { formatTier } from '../../price-format.js';
import type { Alert } from '../booking-flow.js';
import { alertBox, radioKeydown, stepNav, stepSection, type View } from './step-parts.js';

export interface TreatmentStepProps {
  treatments: readonly Treatment[];
  priceTiers: readonly PriceTier[];
  selectedId: string | null;
  alert: Alert | null;
  busy: boolean;
  progress: string;
  onSelect(treatment: Treatment): void;
  onBack(): void;
  onContinue(): void;
  onBlocked(): void;
}

/** Step 2: the treatments as a custom radio group (kept from the catalogue widget), and the prices. */
export function treatmentStep(view: View, props: TreatmentStepProps): TemplateResult {
  const { treatments, selectedId } = props;
  // Roving tabindex: Tab reaches the checked option, or the first one while none is checked.
  const focusableId = treatments.some((t) => t.id === selectedId) ? selectedId : treatments[0]?.id;
  const check = (index: number) => {
    const treatment = treatments[index];
    if (treatment) props.onSelect(treatment);
  };
  // The leading space keeps the accessible name "Medical massage Referral required", not run together.
  const badge = (treatment: Treatment) =>
    treatment.requiresReferral ? html` <span part="badge" class="badge">${view.m.referralRequired}</span>` : nothing;
  const choices =
    treatments.length === 0
      ? html`<p>${view.m.noTreatments}</p>`
      : html`
          <div part="treatments" class="treatments" role="radiogroup" aria-labelledby="treatment-heading">
            ${treatments.map(
              (treatment, index) => html`
                <div
                  part="treatment"
                  class="treatment"
                  role="radio"
                  aria-checked=${treatment.id === selectedId ? 'true' : 'false'}
                  aria-labelledby="treatment-${index}-name"
                  aria-describedby="treatment-${index}-description"
                  tabindex=${treatment.id === focusableId ? 0 : -1}
                  @click=${() => props.onSelect(treatment)}
                  @keydown=${(event: KeyboardEvent) => radioKeydown(event, index, treatments.length, check)}
                >
                  <span class="indicator" aria-hidden="true"></span>
                  <span id="treatment-${index}-name" class="name">${treatment.name}${badge(treatment)}</span>
                  <p id="treatment-${index}-description" class="description">${treatment.description}</p>
                </div>
              `,
            )}
          </div>
        `;
  return html`
    ${stepSection(view, 'treatment', props.progress, choices)}
    <section aria-labelledby="prices-heading">
      <h3 id="prices-heading">${view.m.prices}</h3>
      <ul part="prices" class="prices">
        ${props.priceTiers.map(
          (tier) => html`<li part="price">${formatTier(view, tier.durationMinutes, tier.price)}</li>`,
        )}
      </ul>
    </section>
    ${alertBox(view, props.alert)}
    ${stepNav(view, { back: props.onBack, ready: !!selectedId && !props.busy, next: props.onContinue, blocked: props.onBlocked })}
  `;
}
