// Writes the printed schema to apps/api/schema.graphql (the file clients generate types from).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printApiSchema } from './schema.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
writeFileSync(target, await printApiSchema());
console.log(`wrote ${target}`);
