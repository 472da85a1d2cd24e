import { Migration20261126000000Catalog } from './Migration20261126000000Catalog.js';

/** Migrations in the order they run; listed so they load the same from src and dist. */
export const migrationsList = [{ name: 'Migration20261126000000Catalog', class: Migration20261126000000Catalog }];
