import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';
import { isTechnique, type Technique } from './vocabulary.js';

export interface TreatmentInput {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly requiresReferral: boolean;
  readonly techniques: readonly string[];
  readonly position: number;
}

export interface TreatmentDefinition {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly requiresReferral: boolean;
  readonly techniques: Technique[];
  readonly position: number;
}

const bad = (message: string, field: string) => err(domainError('BAD_USER_INPUT', message, field));

/** A treatment as staff define it, checked and tidied: the same rules in the console and the API. */
export function parseTreatment(input: TreatmentInput): Result<TreatmentDefinition, DomainError> {
  const slug = input.slug.trim().toLowerCase();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 60) {
    return bad('A slug is lower-case words joined by hyphens, such as deep-tissue', 'slug');
  }
  const name = input.name.trim();
  if (name === '' || [...name].length > 200) return bad('A name is 1 to 200 characters', 'name');
  const description = input.description.trim();
  if ([...description].length > 2000) return bad('A description is at most 2000 characters', 'description');
  const techniques = [...new Set(input.techniques)];
  const unknown = techniques.find((t) => !isTechnique(t));
  if (unknown !== undefined) return bad(`Unknown technique ${unknown}`, 'techniques');
  if (!Number.isInteger(input.position) || input.position < 0 || input.position > 1000) {
    return bad('The order is a whole number from 0 to 1000', 'position');
  }
  return ok({
    slug,
    name,
    description,
    requiresReferral: input.requiresReferral,
    techniques: techniques as Technique[],
    position: input.position,
  });
}
