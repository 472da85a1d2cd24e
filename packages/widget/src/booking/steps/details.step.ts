import { html, nothing, type TemplateResult } from 'lit';
import type { Alert, DetailField, Details, FieldId, HealthQuestion } from '../booking-flow.js';
import { HEALTH_QUESTIONS, isDetailField } from '../booking-flow.js';
import { alertBox, describedBy, fieldError, stepNav, stepSection, type View } from './step-parts.js';

export interface DetailsStepProps {
  details: Details;
  postcode: string;
  forSomeoneElse: boolean;
  health: readonly HealthQuestion[];
  consent: boolean;
  freeChangeHours: number;
  errors: Partial<Record<FieldId, string>>;
  alert: Alert | null;
  progress: string;
  onInput(field: DetailField, value: string): void;
  onForSomeoneElse(value: boolean): void;
  onHealth(question: HealthQuestion, checked: boolean): void;
  onConsent(value: boolean): void;
  onChangePostcode(): void;
  onBack(): void;
  onSubmit(): void;
}

interface FieldSpec {
  name: Exclude<DetailField, 'notes'>;
  autocomplete: string;
  type?: string;
  optional?: boolean;
  hint?: boolean;
}

const label = (view: View, props: DetailsStepProps, name: FieldSpec['name']): string =>
  name === 'name' && props.forSomeoneElse ? view.m.theirName : name === 'booker' ? view.m.yourName : view.m[name];

const input = (view: View, props: DetailsStepProps, spec: FieldSpec): TemplateResult => {
  const error = props.errors[spec.name];
  return html`
    <div part="field" class="field">
      <label for=${spec.name}>${label(view, props, spec.name)}</label>
      <input
        id=${spec.name}
        name=${spec.name}
        type=${spec.type ?? 'text'}
        autocomplete=${spec.autocomplete}
        aria-required=${spec.optional ? 'false' : 'true'}
        maxlength="200"
        .value=${props.details[spec.name]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(spec.name, error, spec.hint)}
      />
      ${spec.hint ? html`<p class="hint" id="${spec.name}-hint">${view.m.contactHint}</p>` : nothing}
      ${fieldError(spec.name, error)}
    </div>
  `;
};

const PERSON: readonly FieldSpec[] = [
  { name: 'email', autocomplete: 'email', type: 'email', hint: true },
  { name: 'phone', autocomplete: 'tel', type: 'tel' },
];

const ADDRESS: readonly FieldSpec[] = [
  { name: 'line1', autocomplete: 'address-line1' },
  { name: 'line2', autocomplete: 'address-line2', optional: true },
  { name: 'suburb', autocomplete: 'address-level2' },
  { name: 'state', autocomplete: 'address-level1', optional: true },
];

/** Who, where, health questions and the cancellation policy; checked here before the review. */
export function detailsStep(view: View, props: DetailsStepProps): TemplateResult {
  const { m } = view;
  const onInput = (event: Event) => {
    const target = event.target;
    if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && isDetailField(target.name)) {
      props.onInput(target.name, target.value);
    }
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const notesError = props.errors.notes;
  const consentError = props.errors.consent;
  const whoFor = (value: boolean, text: string) => html`
    <label class="choice">
      <input type="radio" name="for" .checked=${props.forSomeoneElse === value} @change=${() => props.onForSomeoneElse(value)} />
      ${text}
    </label>
  `;
  return stepSection(
    view,
    'details',
    props.progress,
    html`
      <form part="form" class="form" novalidate @input=${onInput} @submit=${onSubmit}>
        <fieldset class="choices row wide">
          <legend>${m.whoFor}</legend>
          ${whoFor(false, m.forMe)} ${whoFor(true, m.forSomeoneElse)}
        </fieldset>
        ${input(view, props, { name: 'name', autocomplete: props.forSomeoneElse ? 'off' : 'name' })}
        ${props.forSomeoneElse ? input(view, props, { name: 'booker', autocomplete: 'name' }) : nothing}
        ${PERSON.map((spec) => input(view, props, spec))} ${ADDRESS.map((spec) => input(view, props, spec))}
        <div part="field" class="field">
          <span class="label" id="postcode-label">${m.postcode}</span>
          <p class="inline-form" aria-labelledby="postcode-label">
            <strong>${props.postcode}</strong>
            <button type="button" class="link" @click=${props.onChangePostcode}>${m.edit}</button>
          </p>
        </div>
        <fieldset part="health" class="choices wide" aria-describedby="health-hint">
          <legend>${m.healthQuestions}</legend>
          <p class="hint" id="health-hint">${m.healthHint}</p>
          ${HEALTH_QUESTIONS.map(
            (question) => html`
              <label class="check">
                <input
                  type="checkbox"
                  name="health"
                  .checked=${props.health.includes(question)}
                  @change=${(event: Event) =>
                    event.target instanceof HTMLInputElement && props.onHealth(question, event.target.checked)}
                />
                ${m.health[question]}
              </label>
            `,
          )}
          <label for="notes">${m.healthNotes}</label>
          <textarea
            id="notes"
            name="notes"
            rows="3"
            maxlength="3000"
            .value=${props.details.notes}
            aria-invalid=${notesError ? 'true' : 'false'}
            aria-describedby=${describedBy('notes', notesError)}
          ></textarea>
          ${fieldError('notes', notesError)}
        </fieldset>
        <div part="policy" class="policy wide">
          <h3 id="policy-heading">${m.policyTitle}</h3>
          <p id="policy-text">${m.policy(props.freeChangeHours)}</p>
          <label class="check">
            <input
              id="consent"
              type="checkbox"
              name="consent"
              aria-required="true"
              .checked=${props.consent}
              aria-invalid=${consentError ? 'true' : 'false'}
              aria-describedby=${['policy-text', consentError ? 'consent-error' : ''].filter(Boolean).join(' ')}
              @change=${(event: Event) => event.target instanceof HTMLInputElement && props.onConsent(event.target.checked)}
            />
            ${m.consent}
          </label>
          ${fieldError('consent', consentError)}
        </div>
        <div class="wide">${alertBox(view, props.alert)}</div>
        ${stepNav(view, { back: props.onBack, label: m.review, ready: true })}
      </form>
    `,
  );
}
