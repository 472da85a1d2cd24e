export interface GraphQLReply {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Readonly<Record<string, string>> = {},
): Promise<GraphQLReply> {
  return (await timedPost(url, query, variables, headers)).reply;
}

/**
 * A request timed from sending it to the answer's last byte; the answer is parsed
 * after the clock stops (reading a large answer is the client's work, not the API's).
 */
export async function timedPost(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Readonly<Record<string, string>> = {},
): Promise<{ ms: number; reply: GraphQLReply }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  return { ms, reply: JSON.parse(text) as GraphQLReply }; // a GraphQL response body
}
