/**
 * A text[] bound as one parameter. The query layer spreads a bound JavaScript array
 * into a list of parameters, so the array travels as JSON and becomes text[] in SQL:
 * write TEXT_ARRAY where the value goes and bind `textArray(values)`.
 */
export const TEXT_ARRAY = 'array(select jsonb_array_elements_text(?::jsonb))';

export const textArray = (values: readonly string[]): string => JSON.stringify(values);
