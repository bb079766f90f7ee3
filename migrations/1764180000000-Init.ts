import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outlets, articles, actors and their roles, quotes, issues, and the links between them. */
export class Init1764180000000 implements MigrationInterface {
  name = 'Init1764180000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const database = queryRunner.connection.driver.database;
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    // Immutable, so it can feed generated columns: array_to_string itself is only stable.
    await queryRunner.query(
      `CREATE FUNCTION newsroom_names_text(name text, aliases text[], misspellings text[]) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT lower(array_to_string(ARRAY[name] || aliases || misspellings, ' | ')) $$`,
    );
    await queryRunner.query(`CREATE TYPE "public"."actor_kind" AS ENUM('PERSON', 'ORGANIZATION', 'COUNTRY', 'GOVERNMENT_BODY', 'MEDIA')`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [database, 'public', 'actors', 'GENERATED_COLUMN', 'search_names', 'newsroom_names_text(name, aliases, misspellings)'],
    );
    await queryRunner.query(
      `CREATE TABLE "actors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."actor_kind" NOT NULL, "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "misspellings" text array NOT NULL DEFAULT '{}', "description" text, "wikidata_qid" text, "search_names" text GENERATED ALWAYS AS (newsroom_names_text(name, aliases, misspellings)) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8608598c2c4f907a78de2ae461" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_actors_wikidata_qid" ON "actors"  ("wikidata_qid") WHERE wikidata_qid IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_actors_created_at" ON "actors"  ("created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_actors_name" ON "actors"  ("name", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_actors_kind" ON "actors"  ("kind", "name", "id")`);
    await queryRunner.query(
      `CREATE TABLE "actor_roles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "title" text NOT NULL, "organization_id" uuid, "started_on" date, "ended_on" date, CONSTRAINT "CHK_actor_roles_dates" CHECK ("ended_on" IS NULL OR "started_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "PK_86b62db2cf1945e234afc642eab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_actor_roles_organization" ON "actor_roles"  ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_actor_roles_actor" ON "actor_roles"  ("actor_id", "started_on")`);
    await queryRunner.query(
      `CREATE TABLE "outlets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f218ad1778c5c01d7bf77bab02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        database,
        'public',
        'articles',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, body), 'B')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "published_on" date NOT NULL, "outlet_id" uuid, "url" text, "language" text NOT NULL DEFAULT 'en', "body" text NOT NULL, "content_hash" character(64) NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, body), 'B')) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_articles_outlet_id" ON "articles"  ("outlet_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_articles_content_hash" ON "articles"  ("content_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_articles_created_at" ON "articles"  ("created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_articles_published_on" ON "articles"  ("published_on", "id")`);
    await queryRunner.query(
      `CREATE TABLE "article_mentions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "CHK_article_mentions_offsets" CHECK ("start_offset" >= 0 AND "end_offset" > "start_offset"), CONSTRAINT "PK_f3fbaeccd3889ab0b3d7ea48b12" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_article_mentions_actor" ON "article_mentions"  ("actor_id", "article_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_article_mentions_article" ON "article_mentions"  ("article_id", "start_offset")`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [database, 'public', 'issues', 'GENERATED_COLUMN', 'search_names', "newsroom_names_text(title, aliases, '{}'::text[])"],
    );
    await queryRunner.query(
      `CREATE TABLE "issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "slug" text NOT NULL, "description" text, "aliases" text array NOT NULL DEFAULT '{}', "parent_id" uuid, "search_names" text GENERATED ALWAYS AS (newsroom_names_text(title, aliases, '{}'::text[])) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9d8ecbbeff46229c700f0449257" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_issues_slug" ON "issues"  ("slug")`);
    await queryRunner.query(`CREATE INDEX "IDX_issues_parent" ON "issues"  ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_issues_created_at" ON "issues"  ("created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_issues_title" ON "issues"  ("title", "id")`);
    await queryRunner.query(
      `CREATE TABLE "issue_actors" ("issue_id" uuid NOT NULL, "actor_id" uuid NOT NULL, CONSTRAINT "PK_4797f1f0a1cd99f2444380abaa4" PRIMARY KEY ("issue_id", "actor_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_issue_actors_actor" ON "issue_actors"  ("actor_id")`);
    await queryRunner.query(`CREATE TYPE "public"."quote_kind" AS ENUM('DIRECT', 'PARAPHRASE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."quote_delivery" AS ENUM('INTERVIEW', 'READOUT', 'PRESS_CONFERENCE', 'STATEMENT', 'MEDIA_REPORT', 'SOCIAL_MEDIA', 'OTHER')`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [database, 'public', 'quotes', 'GENERATED_COLUMN', 'search_vector', "to_tsvector('english'::regconfig, text)"],
    );
    await queryRunner.query(
      `CREATE TABLE "quotes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "text" text NOT NULL, "kind" "public"."quote_kind" NOT NULL, "speaker_id" uuid NOT NULL, "article_id" uuid NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, "said_on" date NOT NULL, "delivery" "public"."quote_delivery" NOT NULL, "delivery_context" text, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_quotes_offsets" CHECK ("start_offset" >= 0 AND "end_offset" > "start_offset"), CONSTRAINT "PK_99a0e8bcbcd8719d3a41f23c263" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_quotes_delivery" ON "quotes"  ("delivery", "said_on", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_quotes_kind" ON "quotes"  ("kind", "said_on", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_quotes_article" ON "quotes"  ("article_id", "start_offset")`);
    await queryRunner.query(`CREATE INDEX "IDX_quotes_speaker" ON "quotes"  ("speaker_id", "said_on", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_quotes_created_at" ON "quotes"  ("created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_quotes_said_on" ON "quotes"  ("said_on", "id")`);
    await queryRunner.query(
      `CREATE TABLE "quote_co_speakers" ("quote_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_5bba41cf609bdc32d86b79a8093" PRIMARY KEY ("quote_id", "actor_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_quote_co_speakers_actor" ON "quote_co_speakers"  ("actor_id")`);
    await queryRunner.query(
      `CREATE TABLE "quote_issues" ("quote_id" uuid NOT NULL, "issue_id" uuid NOT NULL, CONSTRAINT "PK_78cbedea6986158396350ca5d2c" PRIMARY KEY ("quote_id", "issue_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_quote_issues_issue" ON "quote_issues"  ("issue_id", "quote_id")`);
    await queryRunner.query(
      `ALTER TABLE "actor_roles" ADD CONSTRAINT "FK_3fb5acd4129ca251100397bd289" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actor_roles" ADD CONSTRAINT "FK_aec084576d5b35c6178801e887d" FOREIGN KEY ("organization_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_a6630736720edfb1fd62e6c6d1c" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_mentions" ADD CONSTRAINT "FK_7fb3c335770fc0bd85baca3b7cb" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_mentions" ADD CONSTRAINT "FK_c0139fb7d92f8c3352952c33da8" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issues" ADD CONSTRAINT "FK_98fad9e9dacbfd3f12a9628578e" FOREIGN KEY ("parent_id") REFERENCES "issues"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issue_actors" ADD CONSTRAINT "FK_016c6cf157f095549888a4f3b0d" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issue_actors" ADD CONSTRAINT "FK_bb7645ca7c4b19e744367231dcd" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotes" ADD CONSTRAINT "FK_5db9cffcac4ec708d668ad1ba00" FOREIGN KEY ("speaker_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotes" ADD CONSTRAINT "FK_9a205506b585071dab45491e5ab" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quote_co_speakers" ADD CONSTRAINT "FK_53b0cdea82dea5e803cb092b7f2" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quote_co_speakers" ADD CONSTRAINT "FK_615b799df931be90580d2c43353" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quote_issues" ADD CONSTRAINT "FK_8713adf4c6066bb6aa879f82a7c" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quote_issues" ADD CONSTRAINT "FK_4122bc2215f5668accd51a696fb" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Indexes TypeORM cannot describe (entities list them with synchronize: false).
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_outlets_name_lower" ON "outlets" (lower("name"))`);
    await queryRunner.query(`CREATE INDEX "IDX_articles_search" ON "articles" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_articles_title_trgm" ON "articles" USING gin (lower("title") gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_quotes_search" ON "quotes" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_actors_names_trgm" ON "actors" USING gin ("search_names" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_issues_names_trgm" ON "issues" USING gin ("search_names" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const database = queryRunner.connection.driver.database;
    await queryRunner.query(`DROP INDEX "IDX_issues_names_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_actors_names_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_quotes_search"`);
    await queryRunner.query(`DROP INDEX "IDX_articles_title_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_articles_search"`);
    await queryRunner.query(`DROP INDEX "UQ_outlets_name_lower"`);
    await queryRunner.query(`ALTER TABLE "quote_issues" DROP CONSTRAINT "FK_4122bc2215f5668accd51a696fb"`);
    await queryRunner.query(`ALTER TABLE "quote_issues" DROP CONSTRAINT "FK_8713adf4c6066bb6aa879f82a7c"`);
    await queryRunner.query(`ALTER TABLE "quote_co_speakers" DROP CONSTRAINT "FK_615b799df931be90580d2c43353"`);
    await queryRunner.query(`ALTER TABLE "quote_co_speakers" DROP CONSTRAINT "FK_53b0cdea82dea5e803cb092b7f2"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_9a205506b585071dab45491e5ab"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_5db9cffcac4ec708d668ad1ba00"`);
    await queryRunner.query(`ALTER TABLE "issue_actors" DROP CONSTRAINT "FK_bb7645ca7c4b19e744367231dcd"`);
    await queryRunner.query(`ALTER TABLE "issue_actors" DROP CONSTRAINT "FK_016c6cf157f095549888a4f3b0d"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_98fad9e9dacbfd3f12a9628578e"`);
    await queryRunner.query(`ALTER TABLE "article_mentions" DROP CONSTRAINT "FK_c0139fb7d92f8c3352952c33da8"`);
    await queryRunner.query(`ALTER TABLE "article_mentions" DROP CONSTRAINT "FK_7fb3c335770fc0bd85baca3b7cb"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_a6630736720edfb1fd62e6c6d1c"`);
    await queryRunner.query(`ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_aec084576d5b35c6178801e887d"`);
    await queryRunner.query(`ALTER TABLE "actor_roles" DROP CONSTRAINT "FK_3fb5acd4129ca251100397bd289"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quote_issues_issue"`);
    await queryRunner.query(`DROP TABLE "quote_issues"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quote_co_speakers_actor"`);
    await queryRunner.query(`DROP TABLE "quote_co_speakers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quotes_said_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quotes_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quotes_speaker"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quotes_article"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quotes_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quotes_delivery"`);
    await queryRunner.query(`DROP TABLE "quotes"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search_vector', database, 'public', 'quotes'],
    );
    await queryRunner.query(`DROP TYPE "public"."quote_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."quote_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_issue_actors_actor"`);
    await queryRunner.query(`DROP TABLE "issue_actors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_issues_title"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_issues_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_issues_parent"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_issues_slug"`);
    await queryRunner.query(`DROP TABLE "issues"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search_names', database, 'public', 'issues'],
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_article_mentions_article"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_article_mentions_actor"`);
    await queryRunner.query(`DROP TABLE "article_mentions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_articles_published_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_articles_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_articles_content_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_articles_outlet_id"`);
    await queryRunner.query(`DROP TABLE "articles"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search_vector', database, 'public', 'articles'],
    );
    await queryRunner.query(`DROP TABLE "outlets"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actor_roles_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actor_roles_organization"`);
    await queryRunner.query(`DROP TABLE "actor_roles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actors_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actors_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actors_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_actors_wikidata_qid"`);
    await queryRunner.query(`DROP TABLE "actors"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search_names', database, 'public', 'actors'],
    );
    await queryRunner.query(`DROP TYPE "public"."actor_kind"`);
    await queryRunner.query(`DROP FUNCTION newsroom_names_text(text, text[], text[])`);
  }
}
