import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { checkAddress, checkEndpointUrl, type EndpointRules, guardedLookup, hostOf } from './endpoint-address.js';

export interface WebhookResponse {
  readonly status: number;
}

/**
 * POSTs one webhook. Addresses are checked as they are connected to; redirects
 * are not followed (a 3xx is a failed delivery); the whole exchange has one
 * deadline. Only the status is kept of the answer.
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  rules: EndpointRules & { timeoutMs: number },
): Promise<WebhookResponse> {
  const target = checkEndpointUrl(url, rules);
  const host = hostOf(target);
  // An address in the URL is connected to without a lookup: check it here.
  if (isIP(host)) checkAddress(host, rules);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        lookup: guardedLookup(rules),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', reject);
      },
    );
    const deadline = setTimeout(
      () => req.destroy(new Error(`no answer within ${rules.timeoutMs} ms`)),
      rules.timeoutMs,
    );
    req.on('close', () => clearTimeout(deadline));
    req.on('error', reject);
    req.end(body);
  });
}
