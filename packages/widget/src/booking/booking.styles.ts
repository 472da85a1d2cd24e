import { css } from 'lit';

export default css`
  :host {
    --mm-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --mm-color-primary: #2563eb;
    --mm-color-text: #1f2937;
    --mm-color-surface: #ffffff;
    --mm-color-error: #b42318;
    --mm-radius: 0.5rem;
    --mm-spacing: 1rem;

    display: block;
    box-sizing: border-box;
    font-family: var(--mm-font-family);
    color: var(--mm-color-text);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  section {
    display: grid;
    gap: calc(var(--mm-spacing) / 2);
  }

  .base,
  .step,
  .form,
  .confirmation {
    display: grid;
    gap: var(--mm-spacing);
  }

  .base {
    padding: var(--mm-spacing);
    background: var(--mm-color-surface);
    border-radius: var(--mm-radius);
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.125rem;
  }

  h3 {
    font-size: 1rem;
  }

  /* Headings take focus only to orient screen readers after a step change. */
  h2:focus {
    outline: none;
  }

  /* The step counter belongs to the heading under it. */
  .progress {
    margin-bottom: calc(var(--mm-spacing) / -2);
  }

  /* Secondary text is a mix of the text colour, never opacity: contrast stays above 4.5:1 on the surface. */
  .progress,
  .hint {
    font-size: 0.875rem;
    color: color-mix(in srgb, var(--mm-color-text) 85%, var(--mm-color-surface));
  }

  .treatments,
  .prices,
  .choices,
  .times {
    display: grid;
    gap: calc(var(--mm-spacing) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  fieldset {
    border: 0;
    padding: 0;
  }

  legend {
    padding: 0;
    margin-bottom: calc(var(--mm-spacing) / 2);
    font-weight: 600;
  }

  .treatment,
  .choice {
    border: 1px solid color-mix(in srgb, var(--mm-color-text) 20%, transparent);
    border-radius: var(--mm-radius);
    cursor: pointer;
  }

  .treatment {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 calc(var(--mm-spacing) / 2);
    padding: calc(var(--mm-spacing) * 0.75);
  }

  .choice {
    display: flex;
    gap: calc(var(--mm-spacing) / 2);
    align-items: center;
    padding: calc(var(--mm-spacing) / 2) calc(var(--mm-spacing) * 0.75);
  }

  .treatment[aria-checked='true'],
  .choice:has(:checked) {
    border-color: var(--mm-color-primary);
    box-shadow: inset 0 0 0 1px var(--mm-color-primary);
  }

  input[type='radio'] {
    margin: 0;
    accent-color: var(--mm-color-primary);
  }

  [role='radio']:focus-visible,
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--mm-color-primary);
    outline-offset: 2px;
  }

  .indicator {
    grid-row: span 2;
    width: 1rem;
    height: 1rem;
    margin-top: 0.25rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }

  .treatment[aria-checked='true'] .indicator {
    border-color: var(--mm-color-primary);
    background: radial-gradient(var(--mm-color-primary) 45%, transparent 50%);
  }

  .name,
  .label,
  .summary dt,
  label {
    font-weight: 600;
  }

  .description {
    grid-column: 2;
  }

  .badge {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--mm-color-primary);
    color: var(--mm-color-surface);
    font-size: 0.75rem;
    font-weight: 600;
    vertical-align: middle;
  }

  .error {
    display: grid;
    gap: calc(var(--mm-spacing) / 2);
    justify-items: start;
  }

  .error p,
  .field-error {
    color: var(--mm-color-error);
  }

  .ok {
    color: color-mix(in srgb, var(--mm-color-primary) 70%, var(--mm-color-text));
  }

  button {
    padding: 0.45em 1em;
    border: 1px solid var(--mm-color-primary);
    border-radius: var(--mm-radius);
    background: var(--mm-color-surface);
    color: var(--mm-color-primary);
    font: inherit;
    cursor: pointer;
  }

  .primary,
  .retry,
  [aria-pressed='true'],
  .time[aria-checked='true'] {
    background: var(--mm-color-primary);
    color: var(--mm-color-surface);
  }

  .danger {
    border-color: var(--mm-color-error);
    background: var(--mm-color-error);
  }

  /* Not yet possible, but still focusable and announced; its colours keep 4.5:1. */
  button[aria-disabled='true'] {
    border-color: color-mix(in srgb, var(--mm-color-text) 30%, transparent);
    color: color-mix(in srgb, var(--mm-color-text) 75%, var(--mm-color-surface));
    background: transparent;
    cursor: not-allowed;
  }

  .link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }

  a.button {
    display: inline-block;
    padding: 0.45em 1em;
    border: 1px solid var(--mm-color-primary);
    border-radius: var(--mm-radius);
    color: var(--mm-color-primary);
    text-decoration: none;
  }

  .nav,
  .month,
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--mm-spacing) / 2);
    align-items: center;
  }

  .nav {
    justify-content: space-between;
  }

  .nav .primary {
    margin-inline-start: auto;
  }

  .nav.start .primary {
    margin-inline-start: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
  }

  .check {
    display: flex;
    gap: calc(var(--mm-spacing) / 2);
    align-items: flex-start;
    font-weight: 400;
  }

  .check input {
    margin-top: 0.3em;
    accent-color: var(--mm-color-primary);
  }

  .policy {
    display: grid;
    gap: calc(var(--mm-spacing) / 2);
    padding: calc(var(--mm-spacing) * 0.75);
    border: 1px solid color-mix(in srgb, var(--mm-color-text) 20%, transparent);
    border-radius: var(--mm-radius);
  }

  .profile {
    display: grid;
  }

  .bio,
  .techniques {
    font-size: 0.875rem;
    font-weight: 400;
  }

  a {
    color: var(--mm-color-primary);
  }

  .inline-form {
    flex-wrap: nowrap;
    align-items: stretch;
    max-width: 28rem;
  }

  .month {
    display: grid;
    grid-template-columns: auto 1fr auto;
  }

  .month > :last-child {
    justify-self: end;
  }

  .month-label {
    text-align: center;
  }

  /* On a phone the month takes its own row, above the buttons. */
  @media (max-width: 30rem) {
    .month {
      grid-template-columns: 1fr 1fr;
    }

    .month-label {
      grid-area: 1 / 1 / 2 / 3;
    }
  }

  .calendar {
    width: 100%;
    max-width: 28rem;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .calendar th {
    padding-bottom: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }

  .calendar td {
    padding: 2px;
    text-align: center;
  }

  .slots {
    display: grid;
    gap: calc(var(--mm-spacing) * 0.75);
  }

  .day {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.25em 0;
  }

  /* Days with free times: bold and underlined, so that the mark does not depend on colour alone. */
  .day.free {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .day[aria-disabled='true'] {
    border-color: transparent;
  }

  .times {
    grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
  }

  .time {
    padding: 0.35em 0.25em;
    border: 1px solid var(--mm-color-primary);
    border-radius: var(--mm-radius);
    color: var(--mm-color-primary);
    text-align: center;
    cursor: pointer;
  }

  button.time {
    width: 100%;
  }

  .form {
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }

  .form .wide,
  .form fieldset,
  .form .nav {
    grid-column: 1 / -1;
  }

  .form .wide:empty {
    display: none;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }

  input:not([type='radio'], [type='checkbox']),
  textarea {
    width: 100%;
    padding: 0.45em 0.6em;
    border: 1px solid color-mix(in srgb, var(--mm-color-text) 35%, transparent);
    border-radius: var(--mm-radius);
    background: var(--mm-color-surface);
    color: inherit;
    font: inherit;
  }

  [aria-invalid='true'] {
    border-color: var(--mm-color-error);
    box-shadow: inset 0 0 0 1px var(--mm-color-error);
  }

  .summary {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: calc(var(--mm-spacing) * 0.75);
    border-radius: var(--mm-radius);
    background: color-mix(in srgb, var(--mm-color-primary) 7%, var(--mm-color-surface));
  }

  .summary div {
    display: grid;
    grid-template-columns: 7rem 1fr;
    gap: calc(var(--mm-spacing) / 2);
  }

  .summary dd {
    margin: 0;
  }

  .token {
    display: grid;
    gap: calc(var(--mm-spacing) / 2);
    justify-items: start;
    padding: calc(var(--mm-spacing) * 0.75);
    border: 1px dashed var(--mm-color-primary);
    border-radius: var(--mm-radius);
  }

  code {
    max-width: 100%;
    overflow-wrap: anywhere;
    font-size: 0.875rem;
    user-select: all;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
