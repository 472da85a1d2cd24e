import { html, nothing, type TemplateResult } from 'lit';
import { type Alert, type DetailField, type Details, type FieldId, isDetailField } from '../booking-flow.js';
import { alertBox, describedBy, fieldError, stepNav, stepSection, summaryList } from './step-parts.js';

export interface DetailsStepProps {
  details: Details;
  summary: readonly (readonly [string, string])[];
  errors: Partial<Record<FieldId, string>>;
  alert: Alert | null;
  busy: boolean;
  progress: string;
  onInput(field: DetailField, value: string): void;
  onBack(): void;
  onSubmit(): void;
}

interface FieldSpec {
  name: Exclude<DetailField, 'notes'>;
  label: string;
  autocomplete: string;
  type?: string;
  optional?: boolean;
  /** Australian postcodes: four digits. */
  postcode?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Full name', autocomplete: 'name' },
  { name: 'email', label: 'Email', autocomplete: 'email', type: 'email' },
  { name: 'phone', label: 'Phone', autocomplete: 'tel', type: 'tel' },
  { name: 'line1', label: 'Address line 1', autocomplete: 'address-line1' },
  { name: 'line2', label: 'Address line 2 (optional)', autocomplete: 'address-line2', optional: true },
  { name: 'suburb', label: 'Suburb', autocomplete: 'address-level2' },
  { name: 'state', label: 'State (optional)', autocomplete: 'address-level1', optional: true },
  { name: 'postcode', label: 'Postcode', autocomplete: 'postal-code', postcode: true },
];

const field = (spec: FieldSpec, props: DetailsStepProps): TemplateResult => {
  const error = props.errors[spec.name];
  return html`
    <div part="field" class="field">
      <label for=${spec.name}>${spec.label}</label>
      <input
        id=${spec.name}
        name=${spec.name}
        type=${spec.type ?? 'text'}
        autocomplete=${spec.autocomplete}
        ?required=${!spec.optional}
        inputmode=${spec.postcode ? 'numeric' : nothing}
        pattern=${spec.postcode ? '[0-9]{4}' : nothing}
        maxlength=${spec.postcode ? 4 : 200}
        .value=${props.details[spec.name]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(spec.name, error)}
      />
      ${fieldError(spec.name, error)}
    </div>
  `;
};

/** Step 6: who and where, then the booking itself. Native validation guards the required fields. */
export function detailsStep(props: DetailsStepProps): TemplateResult {
  const notesError = props.errors.notes;
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
  return stepSection(
    'details',
    props.progress,
    html`
      ${summaryList(props.summary)}
      <form part="form" class="form" aria-busy=${props.busy} @input=${onInput} @submit=${onSubmit}>
        ${FIELDS.map((spec) => field(spec, props))}
        <div part="field" class="field wide">
          <label for="notes">Health notes (optional)</label>
          <p class="hint" id="notes-hint">
            Health information such as recent surgery, pregnancy, blood clots or skin conditions. It is shared only with
            your therapist.
          </p>
          <textarea
            id="notes"
            name="notes"
            rows="3"
            maxlength="4000"
            .value=${props.details.notes}
            aria-invalid=${notesError ? 'true' : 'false'}
            aria-describedby=${describedBy('notes', notesError, true)}
          ></textarea>
          ${fieldError('notes', notesError)}
        </div>
        <div class="wide">${alertBox(props.alert)}</div>
        ${
          // Not disabled while busy: a disabled button drops keyboard focus; a second submit is ignored instead.
          stepNav(props.onBack, props.busy ? 'Booking…' : 'Confirm booking', true)
        }
      </form>
    `,
  );
}
