import { css } from 'lit';

export default css`
  :host {
    --mm-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --mm-color-primary: #2563eb;
    --mm-color-text: #1f2937;
    --mm-color-surface: #ffffff;
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

  .base {
    display: grid;
    gap: var(--mm-spacing);
    padding: var(--mm-spacing);
    background: var(--mm-color-surface);
    border-radius: var(--mm-radius);
  }

  h2 {
    margin: 0 0 calc(var(--mm-spacing) / 2);
    font-size: 1.125rem;
  }

  .treatments,
  .prices {
    display: grid;
    gap: calc(var(--mm-spacing) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .treatment {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 calc(var(--mm-spacing) / 2);
    padding: calc(var(--mm-spacing) * 0.75);
    border: 1px solid color-mix(in srgb, var(--mm-color-text) 20%, transparent);
    border-radius: var(--mm-radius);
    cursor: pointer;
  }

  .treatment[aria-checked='true'] {
    border-color: var(--mm-color-primary);
    box-shadow: inset 0 0 0 1px var(--mm-color-primary);
  }

  .treatment:focus-visible,
  .retry:focus-visible {
    outline: 2px solid var(--mm-color-primary);
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

  .name {
    font-weight: 600;
  }

  .description {
    grid-column: 2;
    margin: 0;
    opacity: 0.85;
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
  .status {
    margin: 0;
  }

  .retry {
    padding: 0.4em 1em;
    border: none;
    border-radius: var(--mm-radius);
    background: var(--mm-color-primary);
    color: var(--mm-color-surface);
    font: inherit;
    cursor: pointer;
  }
`;
