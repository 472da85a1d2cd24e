import { html, type TemplateResult } from 'lit';
import type { PriceTier } from '../../api.js';
import { formatTier } from '../../price-format.js';
import { alertBox, stepNav, stepSection, type View } from './step-parts.js';

export interface LengthStepProps {
  tiers: readonly PriceTier[];
  selected: number | null;
  hint: string | undefined;
  progress: string;
  onSelect(minutes: number): void;
  onBack(): void;
  onContinue(): void;
  onBlocked(): void;
}

/** Step 3: the session length, as native radios (arrow keys and labels for free). */
export const lengthStep = (view: View, props: LengthStepProps): TemplateResult =>
  stepSection(
    view,
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
              ${formatTier(view, tier.durationMinutes, tier.price)}
            </label>
          `,
        )}
      </div>
      ${alertBox(view, props.hint ? { message: props.hint } : null)}
      ${stepNav(view, { back: props.onBack, ready: props.selected !== null, next: props.onContinue, blocked: props.onBlocked })}
    `,
  );
