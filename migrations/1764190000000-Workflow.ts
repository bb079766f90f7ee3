import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, sessions and API tokens; review state on curated records; revisions;
 * the append-only audit log; and `published_*` twins of the curated tables that
 * hold the approved revision of each record (what anonymous clients read).
 */
export class Workflow1764190000000 implements MigrationInterface {
  name = 'Workflow1764190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('EDITOR', 'REVIEWER', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "role" "public"."user_role" NOT NULL, "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "action" text NOT NULL, "entity_type" text, "entity_id" uuid, "request_id" text, "success" boolean NOT NULL DEFAULT true, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_action" ON "audit_log"  ("action", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_user" ON "audit_log"  ("user_id", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_entity" ON "audit_log"  ("entity_id", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_at" ON "audit_log"  ("at")`);
    await queryRunner.query(`CREATE TYPE "public"."curated_type" AS ENUM('ARTICLE', 'ACTOR', 'QUOTE', 'ISSUE')`);
    await queryRunner.query(
      `CREATE TABLE "revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" "public"."curated_type" NOT NULL, "entity_id" uuid NOT NULL, "number" integer NOT NULL, "action" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "snapshot" jsonb NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "restored_from" integer, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4aa9ee2c71c50508c3c501573c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_revisions_entity_number" ON "revisions"  ("entity_id", "number")`);
    await queryRunner.query(
      `CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_tokens_hash" ON "api_tokens"  ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_api_tokens_user" ON "api_tokens"  ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sessions_expires" ON "sessions"  ("expires_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_sessions_user" ON "sessions"  ("user_id")`);
    await queryRunner.query(`CREATE TYPE "public"."review_status" AS ENUM('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED')`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "status" "public"."review_status" NOT NULL DEFAULT 'DRAFT'`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "approved_version" integer`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "review_note" text`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "submitted_by" uuid`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "assigned_reviewer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "created_by" uuid`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "updated_by" uuid`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "changes_requested_version" integer`);
    await queryRunner.query(`ALTER TABLE "actors" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "status" "public"."review_status" NOT NULL DEFAULT 'DRAFT'`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "approved_version" integer`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "review_note" text`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "submitted_by" uuid`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "assigned_reviewer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "created_by" uuid`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "updated_by" uuid`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "changes_requested_version" integer`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "status" "public"."review_status" NOT NULL DEFAULT 'DRAFT'`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "approved_version" integer`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "review_note" text`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "submitted_by" uuid`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "assigned_reviewer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "created_by" uuid`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "updated_by" uuid`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "changes_requested_version" integer`);
    await queryRunner.query(`ALTER TABLE "issues" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "status" "public"."review_status" NOT NULL DEFAULT 'DRAFT'`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "approved_version" integer`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "review_note" text`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "submitted_by" uuid`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "assigned_reviewer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "created_by" uuid`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "updated_by" uuid`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "changes_requested_version" integer`);
    await queryRunner.query(`ALTER TABLE "quotes" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_actors_review" ON "actors"  ("status", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_articles_review" ON "articles"  ("status", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_issues_review" ON "issues"  ("status", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_quotes_review" ON "quotes"  ("status", "submitted_at")`);
    await queryRunner.query(
      `ALTER TABLE "actors" ADD CONSTRAINT "FK_9e9a02e52b172cc23feddfb0103" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actors" ADD CONSTRAINT "FK_8acacce5b1afc8ec2a81bb5b636" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actors" ADD CONSTRAINT "FK_3365783fc4527bfc34582c1e3db" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actors" ADD CONSTRAINT "FK_6f2a05fe443d66b0df8db84f9fb" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_fe4b9d2224c5c7021f2358f49c2" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_2ad35bc891e3ed5c3eb49f5d18d" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_93c112ea984ff2e43deaa5dd202" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_bdb780e06671ab00c66102c7997" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issues" ADD CONSTRAINT "FK_14f311b9c676f2e2edc032a9024" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issues" ADD CONSTRAINT "FK_b1157a1ea0f6ad360b89dec4d7e" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issues" ADD CONSTRAINT "FK_ca98dc94d6ee237326250c75ac3" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "issues" ADD CONSTRAINT "FK_1771afd0fac84983590ac7bd98d" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotes" ADD CONSTRAINT "FK_4da6a9976a94b57b744c69c9bc2" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotes" ADD CONSTRAINT "FK_5a912d213594237fa007503cf56" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotes" ADD CONSTRAINT "FK_7597d56df256df54e6fda6cd646" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotes" ADD CONSTRAINT "FK_243aeb4edb20e4a4677985edca6" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "revisions" ADD CONSTRAINT "FK_442d787c81146b97952714651ba" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "revisions" ADD CONSTRAINT "FK_e309db282fc13ea553831b79706" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_email_lower" ON "users" (lower("email"))`);
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_actors" (LIKE "actors" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_actor_roles" (LIKE "actor_roles" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_articles" (LIKE "articles" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_article_mentions" (LIKE "article_mentions" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_issues" (LIKE "issues" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_issue_actors" (LIKE "issue_actors" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_quotes" (LIKE "quotes" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_quote_co_speakers" (LIKE "quote_co_speakers" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_quote_issues" (LIKE "quote_issues" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_actor_roles" ADD CONSTRAINT "FK_published_actor_roles_actor_id" FOREIGN KEY ("actor_id") REFERENCES "published_actors"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_actor_roles_actor_id" ON "published_actor_roles" ("actor_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_actor_roles" ADD CONSTRAINT "FK_published_actor_roles_organization_id" FOREIGN KEY ("organization_id") REFERENCES "published_actors"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "IDX_published_actor_roles_organization_id" ON "published_actor_roles" ("organization_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_articles" ADD CONSTRAINT "FK_published_articles_outlet_id" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_articles_outlet_id" ON "published_articles" ("outlet_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_article_mentions" ADD CONSTRAINT "FK_published_article_mentions_article_id" FOREIGN KEY ("article_id") REFERENCES "published_articles"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "IDX_published_article_mentions_article_id" ON "published_article_mentions" ("article_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_article_mentions" ADD CONSTRAINT "FK_published_article_mentions_actor_id" FOREIGN KEY ("actor_id") REFERENCES "published_actors"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "IDX_published_article_mentions_actor_id" ON "published_article_mentions" ("actor_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_issues" ADD CONSTRAINT "FK_published_issues_parent_id" FOREIGN KEY ("parent_id") REFERENCES "published_issues"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_issues_parent_id" ON "published_issues" ("parent_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_issue_actors" ADD CONSTRAINT "FK_published_issue_actors_issue_id" FOREIGN KEY ("issue_id") REFERENCES "published_issues"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_issue_actors_issue_id" ON "published_issue_actors" ("issue_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_issue_actors" ADD CONSTRAINT "FK_published_issue_actors_actor_id" FOREIGN KEY ("actor_id") REFERENCES "published_actors"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_issue_actors_actor_id" ON "published_issue_actors" ("actor_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_quotes" ADD CONSTRAINT "FK_published_quotes_speaker_id" FOREIGN KEY ("speaker_id") REFERENCES "published_actors"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_quotes_speaker_id" ON "published_quotes" ("speaker_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_quotes" ADD CONSTRAINT "FK_published_quotes_article_id" FOREIGN KEY ("article_id") REFERENCES "published_articles"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_quotes_article_id" ON "published_quotes" ("article_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_quote_co_speakers" ADD CONSTRAINT "FK_published_quote_co_speakers_quote_id" FOREIGN KEY ("quote_id") REFERENCES "published_quotes"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "IDX_published_quote_co_speakers_quote_id" ON "published_quote_co_speakers" ("quote_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_quote_co_speakers" ADD CONSTRAINT "FK_published_quote_co_speakers_actor_id" FOREIGN KEY ("actor_id") REFERENCES "published_actors"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "IDX_published_quote_co_speakers_actor_id" ON "published_quote_co_speakers" ("actor_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_quote_issues" ADD CONSTRAINT "FK_published_quote_issues_quote_id" FOREIGN KEY ("quote_id") REFERENCES "published_quotes"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_quote_issues_quote_id" ON "published_quote_issues" ("quote_id")`);
    await queryRunner.query(
      `ALTER TABLE "published_quote_issues" ADD CONSTRAINT "FK_published_quote_issues_issue_id" FOREIGN KEY ("issue_id") REFERENCES "published_issues"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "IDX_published_quote_issues_issue_id" ON "published_quote_issues" ("issue_id")`);
    // Records stored before review existed were curated by hand: they become approved and public as they are.
    await queryRunner.query(`UPDATE "articles" SET "status" = 'APPROVED', "approved_version" = 1`);
    await queryRunner.query(`UPDATE "actors" SET "status" = 'APPROVED', "approved_version" = 1`);
    await queryRunner.query(`UPDATE "issues" SET "status" = 'APPROVED', "approved_version" = 1`);
    await queryRunner.query(`UPDATE "quotes" SET "status" = 'APPROVED', "approved_version" = 1`);
    await queryRunner.query(
      `INSERT INTO "revisions" ("entity_type", "entity_id", "number", "action", "snapshot", "changes")
       SELECT 'ARTICLE'::curated_type, id, 1, 'migrate', to_jsonb(t) - 'search_vector', '[]'::jsonb FROM "articles" t
       UNION ALL SELECT 'ACTOR', id, 1, 'migrate', to_jsonb(t) - 'search_names', '[]' FROM "actors" t
       UNION ALL SELECT 'ISSUE', id, 1, 'migrate', to_jsonb(t) - 'search_names', '[]' FROM "issues" t
       UNION ALL SELECT 'QUOTE', id, 1, 'migrate', to_jsonb(t) - 'search_vector', '[]' FROM "quotes" t`,
    );
    await queryRunner.query(`DO $do$
      DECLARE t text; cols text;
      BEGIN
        FOREACH t IN ARRAY ARRAY['actors', 'actor_roles', 'articles', 'article_mentions', 'issues', 'issue_actors', 'quotes', 'quote_co_speakers', 'quote_issues'] LOOP
          SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
            FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = t AND is_generated = 'NEVER';
          EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I', 'published_' || t, cols, cols, t);
        END LOOP;
      END $do$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "published_quote_issues"`);
    await queryRunner.query(`DROP TABLE "published_quote_co_speakers"`);
    await queryRunner.query(`DROP TABLE "published_quotes"`);
    await queryRunner.query(`DROP TABLE "published_issue_actors"`);
    await queryRunner.query(`DROP TABLE "published_issues"`);
    await queryRunner.query(`DROP TABLE "published_article_mentions"`);
    await queryRunner.query(`DROP TABLE "published_articles"`);
    await queryRunner.query(`DROP TABLE "published_actor_roles"`);
    await queryRunner.query(`DROP TABLE "published_actors"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_change ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX "UQ_users_email_lower"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"`);
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "FK_e309db282fc13ea553831b79706"`);
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "FK_442d787c81146b97952714651ba"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_243aeb4edb20e4a4677985edca6"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_7597d56df256df54e6fda6cd646"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_5a912d213594237fa007503cf56"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP CONSTRAINT "FK_4da6a9976a94b57b744c69c9bc2"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_1771afd0fac84983590ac7bd98d"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_ca98dc94d6ee237326250c75ac3"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_b1157a1ea0f6ad360b89dec4d7e"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_14f311b9c676f2e2edc032a9024"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_bdb780e06671ab00c66102c7997"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_93c112ea984ff2e43deaa5dd202"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_2ad35bc891e3ed5c3eb49f5d18d"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_fe4b9d2224c5c7021f2358f49c2"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP CONSTRAINT "FK_6f2a05fe443d66b0df8db84f9fb"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP CONSTRAINT "FK_3365783fc4527bfc34582c1e3db"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP CONSTRAINT "FK_8acacce5b1afc8ec2a81bb5b636"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP CONSTRAINT "FK_9e9a02e52b172cc23feddfb0103"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quotes_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_issues_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_articles_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actors_review"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "changes_requested_version"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "updated_by"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "assigned_reviewer_id"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "submitted_by"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "review_note"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "approved_version"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "quotes" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "changes_requested_version"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "updated_by"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "assigned_reviewer_id"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "submitted_by"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "review_note"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "approved_version"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "issues" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "changes_requested_version"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "updated_by"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "assigned_reviewer_id"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "submitted_by"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "review_note"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "approved_version"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "changes_requested_version"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "updated_by"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "assigned_reviewer_id"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "submitted_by"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "review_note"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "approved_version"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "actors" DROP COLUMN "status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sessions_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sessions_expires"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_api_tokens_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_api_tokens_hash"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_revisions_entity_number"`);
    await queryRunner.query(`DROP TABLE "revisions"`);
    await queryRunner.query(`DROP TYPE "public"."curated_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_action"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TYPE "public"."review_status"`);
  }
}
