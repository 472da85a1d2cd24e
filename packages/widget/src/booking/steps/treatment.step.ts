import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue, Treatment } from '../../api.js';
import { formatTier } from '../../price-format.js';
import { stepNav, stepSection } from './step-parts.js';

export interface TreatmentStepProps {
  catalogue: Catalogue;
  selectedId: string | null;
  locale: string;
  progress: string;
  onSelect(treatment: Treatment): void;
  onContinue(): void;
}

const KEY_STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

// The leading space keeps the accessible name "Medical massage Referral required", not run together.
const referralBadge = (treatment: Treatment) =>
  treatment.requiresReferral ? html` <span part="badge" class="badge">Referral required</span>` : nothing;

// WAI-ARIA radio group: arrows move focus and check (wrapping); Space, and Enter for convenience, check.
function onKeydown(event: KeyboardEvent, props: TreatmentStepProps, index: number): void {
  const { treatments } = props.catalogue;
  const step = KEY_STEPS[event.key];
  if (step === undefined && event.key !== ' ' && event.key !== 'Enter') return;
  event.preventDefault();
  const target = (index + (step ?? 0) + treatments.length) % treatments.length;
  const treatment = treatments[target];
  if (!treatment) return;
  props.onSelect(treatment);
  const radio = event.currentTarget;
  if (radio instanceof HTMLElement)
    radio.parentElement?.querySelectorAll<HTMLElement>('[role="radio"]')[target]?.focus();
}

/** Step 1: the treatments as a custom radio group (kept from the catalogue widget), and the prices. */
export function treatmentStep(props: TreatmentStepProps): TemplateResult {
  const { catalogue, selectedId } = props;
  const { treatments } = catalogue;
  // Roving tabindex: Tab reaches the checked option, or the first one while none is checked.
  const focusableId = treatments.some((t) => t.id === selectedId) ? selectedId : treatments[0]?.id;
  const choices =
    treatments.length === 0
      ? html`<p>No treatments are available right now.</p>`
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
                    @keydown=${(event: KeyboardEvent) => onKeydown(event, props, index)}
                  >
                    <span class="indicator" aria-hidden="true"></span>
                    <span id="treatment-${index}-name" class="name">${treatment.name}${referralBadge(treatment)}</span>
                    <p id="treatment-${index}-description" class="description">${treatment.description}</p>
                  </div>
                `,
              )}
            </div>
          `;
  return html`
    ${stepSection('treatment', props.progress, choices)}
    <section aria-labelledby="prices-heading">
      <h2 id="prices-heading">Prices</h2>
      <ul part="prices" class="prices">
        ${catalogue.priceTiers.map(
          (tier) => html`<li part="price">${formatTier(tier.durationMinutes, tier.price, props.locale)}</li>`,
        )}
      </ul>
    </section>
    ${stepNav(undefined, 'Continue', !!selectedId, props.onContinue)}
  `;
}
