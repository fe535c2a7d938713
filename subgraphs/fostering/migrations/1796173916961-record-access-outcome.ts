import { MigrationInterface, QueryRunner } from 'typeorm';
import { runSql } from '../../platform/migrations';

/**
 * record_access_log.outcome: refused record reads are logged as well as granted ones; the rows
 * already there were all granted reads (SQLite rebuilds the table, copying every row).
 */
export class RecordAccessOutcome1796173916961 implements MigrationInterface {
  name = 'RecordAccessOutcome1796173916961';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: [
        'DROP INDEX "IDX_a9ab433614fde475da0abe2baa"',
        'CREATE TABLE "temporary_record_access_log" ("id" varchar(64) PRIMARY KEY NOT NULL, "read_at" varchar(30) NOT NULL, "subject" varchar(120) NOT NULL, "authority_code" varchar(9) NOT NULL, "record_type" varchar(40) NOT NULL, "record_id" varchar(48) NOT NULL, "outcome" varchar(8) NOT NULL DEFAULT (\'GRANTED\'))',
        'INSERT INTO "temporary_record_access_log"("id", "read_at", "subject", "authority_code", "record_type", "record_id") SELECT "id", "read_at", "subject", "authority_code", "record_type", "record_id" FROM "record_access_log"',
        'DROP TABLE "record_access_log"',
        'ALTER TABLE "temporary_record_access_log" RENAME TO "record_access_log"',
        'CREATE INDEX "IDX_a9ab433614fde475da0abe2baa" ON "record_access_log" ("authority_code", "read_at") ',
      ],
      mysql: ["ALTER TABLE `record_access_log` ADD `outcome` varchar(8) NOT NULL DEFAULT 'GRANTED'"],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: [
        'DROP INDEX "IDX_a9ab433614fde475da0abe2baa"',
        'ALTER TABLE "record_access_log" RENAME TO "temporary_record_access_log"',
        'CREATE TABLE "record_access_log" ("id" varchar(64) PRIMARY KEY NOT NULL, "read_at" varchar(30) NOT NULL, "subject" varchar(120) NOT NULL, "authority_code" varchar(9) NOT NULL, "record_type" varchar(40) NOT NULL, "record_id" varchar(48) NOT NULL)',
        'INSERT INTO "record_access_log"("id", "read_at", "subject", "authority_code", "record_type", "record_id") SELECT "id", "read_at", "subject", "authority_code", "record_type", "record_id" FROM "temporary_record_access_log"',
        'DROP TABLE "temporary_record_access_log"',
        'CREATE INDEX "IDX_a9ab433614fde475da0abe2baa" ON "record_access_log" ("authority_code", "read_at") ',
      ],
      mysql: ['ALTER TABLE `record_access_log` DROP COLUMN `outcome`'],
    });
  }
}
