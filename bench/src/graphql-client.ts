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
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLReply; // a GraphQL response body
}
