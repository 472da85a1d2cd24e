/** An origin exactly as a browser sends it in `Origin`: scheme, host and port, nothing else. */
export function isOrigin(value: string): boolean {
  return normaliseOrigin(value) === value;
}

/**
 * The origin a person meant ("https://Physio.example/" is "https://physio.example"),
 * or undefined when the text names a path, a query or credentials, or is no http(s) URL.
 */
export function normaliseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    const plain = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return ['http:', 'https:'].includes(url.protocol) && plain ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
