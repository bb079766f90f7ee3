import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quotes of one issue, newest first, straight from an index: each quote–issue link carries its quote's
 * `said_on` (kept equal by triggers on the working tables; the published twins are copied from them on
 * approval), with an index on (issue_id, said_on, quote_id) that returns a page without reading every
 * quote of the issue.
 */
export class QuoteIssueOrder1764220000000 implements MigrationInterface {
  name = 'QuoteIssueOrder1764220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [links, quotes] of [
      ['quote_issues', 'quotes'],
      ['published_quote_issues', 'published_quotes'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${links}" ADD "said_on" date`);
      await queryRunner.query(`UPDATE "${links}" l SET said_on = q.said_on FROM "${quotes}" q WHERE q.id = l.quote_id`);
      await queryRunner.query(`ALTER TABLE "${links}" ALTER COLUMN "said_on" SET NOT NULL`);
    }
    await queryRunner.query(`DROP INDEX "IDX_quote_issues_issue"`);
    await queryRunner.query(`CREATE INDEX "IDX_quote_issues_issue_said_on" ON "quote_issues" ("issue_id", "said_on", "quote_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_published_quote_issues_issue_said_on" ON "published_quote_issues" ("issue_id", "said_on", "quote_id")`,
    );
    // A new or re-pointed link takes its quote's date; a quote's new date reaches its links.
    await queryRunner.query(`CREATE FUNCTION quote_issues_take_said_on() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT q.said_on INTO NEW.said_on FROM quotes q WHERE q.id = NEW.quote_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER quote_issues_take_said_on BEFORE INSERT OR UPDATE OF quote_id, said_on ON quote_issues FOR EACH ROW EXECUTE FUNCTION quote_issues_take_said_on()`,
    );
    await queryRunner.query(`CREATE FUNCTION quotes_said_on_to_links() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE quote_issues SET said_on = NEW.said_on WHERE quote_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER quotes_said_on_to_links AFTER UPDATE OF said_on ON quotes FOR EACH ROW WHEN (OLD.said_on IS DISTINCT FROM NEW.said_on) EXECUTE FUNCTION quotes_said_on_to_links()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER quotes_said_on_to_links ON quotes`);
    await queryRunner.query(`DROP FUNCTION quotes_said_on_to_links()`);
    await queryRunner.query(`DROP TRIGGER quote_issues_take_said_on ON quote_issues`);
    await queryRunner.query(`DROP FUNCTION quote_issues_take_said_on()`);
    await queryRunner.query(`DROP INDEX "IDX_published_quote_issues_issue_said_on"`);
    await queryRunner.query(`DROP INDEX "IDX_quote_issues_issue_said_on"`);
    await queryRunner.query(`CREATE INDEX "IDX_quote_issues_issue" ON "quote_issues" ("issue_id", "quote_id") `);
    await queryRunner.query(`ALTER TABLE "published_quote_issues" DROP COLUMN "said_on"`);
    await queryRunner.query(`ALTER TABLE "quote_issues" DROP COLUMN "said_on"`);
  }
}
