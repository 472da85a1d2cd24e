import { Migration20261126000000Catalog } from './Migration20261126000000Catalog.js';
import { Migration20261126010000Booking } from './Migration20261126010000Booking.js';
import { Migration20261127000000Access } from './Migration20261127000000Access.js';
import { Migration20261128000000Team } from './Migration20261128000000Team.js';
import { Migration20261128010000Prices } from './Migration20261128010000Prices.js';
import { Migration20261129000000Referrals } from './Migration20261129000000Referrals.js';
import { Migration20261130000000Messages } from './Migration20261130000000Messages.js';

/** Migrations in the order they run; listed so they load the same from src and dist. */
export const migrationsList = [
  { name: 'Migration20261126000000Catalog', class: Migration20261126000000Catalog },
  { name: 'Migration20261126010000Booking', class: Migration20261126010000Booking },
  { name: 'Migration20261127000000Access', class: Migration20261127000000Access },
  { name: 'Migration20261128000000Team', class: Migration20261128000000Team },
  { name: 'Migration20261128010000Prices', class: Migration20261128010000Prices },
  { name: 'Migration20261129000000Referrals', class: Migration20261129000000Referrals },
  { name: 'Migration20261130000000Messages', class: Migration20261130000000Messages },
];
