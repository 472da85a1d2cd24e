import { Migration } from '@mikro-orm/migrations';

// Frozen: TECHNIQUES of @mm/domain/vocabulary as they were when this migration was written. A
// migration must give the same SQL forever, so it never imports live constants: a later change to
// the vocabulary would otherwise change what this (already applied) migration creates. A new
// technique takes a new migration that replaces the check constraint.
const TECHNIQUES = [
  'TRIGGER_POINT',
  'DEEP_TISSUE',
  'MYOFASCIAL_RELEASE',
  'NEUROMUSCULAR',
  'LYMPHATIC_DRAINAGE',
  'SWEDISH',
  'SPORTS',
  'PRENATAL',
];

const techniqueList = TECHNIQUES.map((t) => `'${t}'`).join(', ');

export class Migration20261126000000Catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists btree_gist;');
    this.addSql(`
      create table treatment (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text not null check (length(name) between 1 and 200),
        description text not null,
        requires_referral boolean not null,
        techniques text[] not null default '{}' check (techniques <@ array[${techniqueList}]::text[]),
        position integer not null default 0,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`
      create table price_tier (
        id uuid primary key,
        duration_minutes integer not null unique check (duration_minutes between 1 and 480),
        amount_minor integer not null check (amount_minor > 0),
        currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists price_tier;');
    this.addSql('drop table if exists treatment;');
  }
}
