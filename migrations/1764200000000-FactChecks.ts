import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Fact-checks of quotes with their evidence, reviewed like the other curated records. */
export class FactChecks1764200000000 implements MigrationInterface {
  name = 'FactChecks1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."verdict" AS ENUM('ACCURATE', 'MOSTLY_ACCURATE', 'UNSUPPORTED', 'MISLEADING', 'FALSE', 'MISATTRIBUTED', 'MISQUOTED', 'NOT_CHECKABLE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "fact_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."review_status" NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL DEFAULT '1', "approved_version" integer, "review_note" text, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "assigned_reviewer_id" uuid, "created_by" uuid, "updated_by" uuid, "changes_requested_version" integer, "deleted_at" TIMESTAMP WITH TIME ZONE, "quote_id" uuid NOT NULL, "verdict" "public"."verdict" NOT NULL, "summary" text NOT NULL, "context" text, "checked_by" uuid, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed37ea7c2b4eb84dd4bada99a4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fact_checks_verdict" ON "fact_checks"  ("verdict", "checked_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_fact_checks_quote" ON "fact_checks"  ("quote_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_fact_checks_review" ON "fact_checks"  ("status", "submitted_at")`);
    await queryRunner.query(
      `CREATE TABLE "fact_check_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fact_check_id" uuid NOT NULL, "url" text NOT NULL, "title" text, "note" text, "accessed_on" date, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_9cd393d54de5302aaaf34bb6a0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fact_check_evidence_check" ON "fact_check_evidence"  ("fact_check_id", "position")`);
    await queryRunner.query(`ALTER TYPE "public"."curated_type" ADD VALUE 'FACT_CHECK'`);
    await queryRunner.query(
      `ALTER TABLE "fact_checks" ADD CONSTRAINT "FK_c234c325e67722b4482e612e312" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_checks" ADD CONSTRAINT "FK_b9512c9f58bdafe2afae27e60f3" FOREIGN KEY ("assigned_reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_checks" ADD CONSTRAINT "FK_1ef3febf9238d508390af9b8f12" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_checks" ADD CONSTRAINT "FK_e1e4c2d747683a1158b5db0846a" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_checks" ADD CONSTRAINT "FK_ff8a17da815f32d219bf2b834e5" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_checks" ADD CONSTRAINT "FK_3adf81495a4b1a2e04e02b1d3ac" FOREIGN KEY ("checked_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_check_evidence" ADD CONSTRAINT "FK_6d2da972708b5e59b537029f6ab" FOREIGN KEY ("fact_check_id") REFERENCES "fact_checks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The approved copies that anonymous clients read, as for the other curated records.
    await queryRunner.query(
      `CREATE TABLE "published_fact_checks" (LIKE "fact_checks" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `CREATE TABLE "published_fact_check_evidence" (LIKE "fact_check_evidence" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_fact_checks" ADD CONSTRAINT "FK_published_fact_checks_quote_id" FOREIGN KEY ("quote_id") REFERENCES "published_quotes"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "published_fact_check_evidence" ADD CONSTRAINT "FK_published_fact_check_evidence_fact_check_id" FOREIGN KEY ("fact_check_id") REFERENCES "published_fact_checks"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "published_fact_check_evidence"`);
    await queryRunner.query(`DROP TABLE "published_fact_checks"`);
    await queryRunner.query(`ALTER TABLE "fact_check_evidence" DROP CONSTRAINT "FK_6d2da972708b5e59b537029f6ab"`);
    await queryRunner.query(`ALTER TABLE "fact_checks" DROP CONSTRAINT "FK_3adf81495a4b1a2e04e02b1d3ac"`);
    await queryRunner.query(`ALTER TABLE "fact_checks" DROP CONSTRAINT "FK_ff8a17da815f32d219bf2b834e5"`);
    await queryRunner.query(`ALTER TABLE "fact_checks" DROP CONSTRAINT "FK_e1e4c2d747683a1158b5db0846a"`);
    await queryRunner.query(`ALTER TABLE "fact_checks" DROP CONSTRAINT "FK_1ef3febf9238d508390af9b8f12"`);
    await queryRunner.query(`ALTER TABLE "fact_checks" DROP CONSTRAINT "FK_b9512c9f58bdafe2afae27e60f3"`);
    await queryRunner.query(`ALTER TABLE "fact_checks" DROP CONSTRAINT "FK_c234c325e67722b4482e612e312"`);
    await queryRunner.query(`CREATE TYPE "public"."curated_type_old" AS ENUM('ARTICLE', 'ACTOR', 'QUOTE', 'ISSUE')`);
    await queryRunner.query(
      `ALTER TABLE "revisions" ALTER COLUMN "entity_type" TYPE "public"."curated_type_old" USING "entity_type"::"text"::"public"."curated_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."curated_type"`);
    await queryRunner.query(`ALTER TYPE "public"."curated_type_old" RENAME TO "curated_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fact_check_evidence_check"`);
    await queryRunner.query(`DROP TABLE "fact_check_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fact_checks_review"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_fact_checks_quote"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fact_checks_verdict"`);
    await queryRunner.query(`DROP TABLE "fact_checks"`);
    await queryRunner.query(`DROP TYPE "public"."verdict"`);
  }
}
