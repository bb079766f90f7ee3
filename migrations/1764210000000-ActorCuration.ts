import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Actor curation: "not the same person" judgements and undoable merges. */
export class ActorCuration1764210000000 implements MigrationInterface {
  name = 'ActorCuration1764210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "actor_judgements" ("actor_a" uuid NOT NULL, "actor_b" uuid NOT NULL, "judged_by" uuid, "judged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_actor_judgements_order" CHECK ("actor_a" < "actor_b"), CONSTRAINT "PK_c99ccb1d88491ddf0542d308e42" PRIMARY KEY ("actor_a", "actor_b"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_actor_judgements_b" ON "actor_judgements"  ("actor_b") `);
    await queryRunner.query(
      `CREATE TABLE "actor_merges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "target_id" uuid NOT NULL, "merged_by" uuid, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "moved" jsonb NOT NULL, "undone_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fa547f80252d0f696bc30b9075e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_actor_merges_target" ON "actor_merges"  ("target_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_actor_merges_source" ON "actor_merges"  ("source_id") `);
    await queryRunner.query(
      `ALTER TABLE "actor_judgements" ADD CONSTRAINT "FK_4659fe7529d6ae7f3a1b054a365" FOREIGN KEY ("actor_a") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actor_judgements" ADD CONSTRAINT "FK_556be733b86bccf5ea16e417651" FOREIGN KEY ("actor_b") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actor_judgements" ADD CONSTRAINT "FK_81e44e47ddabc5e788cf5feef76" FOREIGN KEY ("judged_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actor_merges" ADD CONSTRAINT "FK_ad926209ef43c06fe81ebb1a33f" FOREIGN KEY ("source_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actor_merges" ADD CONSTRAINT "FK_2584ac43f20db190694e1dddd61" FOREIGN KEY ("target_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actor_merges" ADD CONSTRAINT "FK_aa0ec08ce4e9ebbdd26d695e007" FOREIGN KEY ("merged_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actor_merges" DROP CONSTRAINT "FK_aa0ec08ce4e9ebbdd26d695e007"`);
    await queryRunner.query(`ALTER TABLE "actor_merges" DROP CONSTRAINT "FK_2584ac43f20db190694e1dddd61"`);
    await queryRunner.query(`ALTER TABLE "actor_merges" DROP CONSTRAINT "FK_ad926209ef43c06fe81ebb1a33f"`);
    await queryRunner.query(`ALTER TABLE "actor_judgements" DROP CONSTRAINT "FK_81e44e47ddabc5e788cf5feef76"`);
    await queryRunner.query(`ALTER TABLE "actor_judgements" DROP CONSTRAINT "FK_556be733b86bccf5ea16e417651"`);
    await queryRunner.query(`ALTER TABLE "actor_judgements" DROP CONSTRAINT "FK_4659fe7529d6ae7f3a1b054a365"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actor_merges_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actor_merges_target"`);
    await queryRunner.query(`DROP TABLE "actor_merges"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_actor_judgements_b"`);
    await queryRunner.query(`DROP TABLE "actor_judgements"`);
  }
}
