import { createDataSource } from './data-source';

/**
 * For the TypeORM CLI (migration:generate and its --check): the entities and
 * migrations against the database in TYPEORM_DATABASE_URL.
 */
const url = process.env.TYPEORM_DATABASE_URL;
if (!url) throw new Error('Set TYPEORM_DATABASE_URL to a database that has every migration applied');

export default createDataSource({ url, poolSize: 2 });
