// Prepares a PostgreSQL server for the API: `db:migrate` and `db:seed`.
import { ConfigError, loadConfig } from '../config.js';
import { loadKeyRing } from '../health/key-ring.js';
import { seedDemo } from '../seeders/demo.seeder.js';
import { connectServer, DatabaseUnavailableError, migrate } from './database.js';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL is required: the embedded database prepares itself');
  const orm = await connectServer(config.databaseUrl);
  const keys = loadKeyRing(config);
  try {
    if (command === 'migrate') {
      const ran = await migrate(orm, keys);
      console.log(ran.length ? `applied ${ran.join(', ')}` : 'database is up to date');
    } else if (command === 'seed') {
      const lines = await seedDemo(orm.em.fork(), config, Date.now(), keys);
      for (const line of lines.length ? lines : ['demo data already present']) console.log(line);
    } else {
      throw new ConfigError(`unknown command "${command ?? ''}": use migrate or seed`);
    }
  } finally {
    await orm.close(true);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
  console.error(known ? error.message : error);
  process.exit(1);
});
