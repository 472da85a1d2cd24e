import { html, type TemplateResult } from 'lit';
import type { PriceTier } from '../../api.js';
import { formatTier } from '../../price-format.js';
import { stepNav, stepSection } from './step-parts.js';

export interface LengthStepProps {
  tiers: readonly PriceTier[];
  selected: number | null;
  locale: string;
  progress: string;
  onSelect(minutes: number): void;
  onBack(): void;
  onContinue(): void;
}

/** Step 2: the session length, as native radios (arrow keys and labels for free). */
export const lengthStep = (props: LengthStepProps): TemplateResult =>
  stepSection(
    'length',
    props.progress,
    html`
      <div part="lengths" class="choices" role="radiogroup" aria-labelledby="length-heading">
        ${props.tiers.map(
          (tier) => html`
            <label part="length" class="choice">
              <input
                type="radio"
                name="length"
                .checked=${tier.durationMinutes === props.selected}
                @change=${() => props.onSelect(tier.durationMinutes)}
              />
              ${formatTier(tier.durationMinutes, tier.price, props.locale)}
            </label>
          `,
        )}
      </div>
      ${stepNav(props.onBack, 'Continue', props.selected !== null, props.onContinue)}
    `,
  );
