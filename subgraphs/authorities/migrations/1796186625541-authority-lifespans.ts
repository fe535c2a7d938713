import { MigrationInterface, QueryRunner } from 'typeorm';
import { runSql } from '../../platform/migrations';

/**
 * The dates a council existed (existed_from, existed_until) and which councils succeeded an
 * abolished one (authority_succession). Both columns are added in place (nullable: unknown for
 * rows made before), on SQLite too, so no row is copied and an older table's own gaps are still
 * found by the schema check that follows.
 */
export class AuthorityLifespans1796186625541 implements MigrationInterface {
  name = 'AuthorityLifespans1796186625541';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: [
        'CREATE TABLE "authority_succession" ("predecessor_code" varchar(9) NOT NULL, "successor_code" varchar(9) NOT NULL, PRIMARY KEY ("predecessor_code", "successor_code"))',
        'CREATE INDEX "IDX_e9ce3abb39e98f22d8b953c120" ON "authority_succession" ("successor_code") ',
        'ALTER TABLE "local_authority" ADD COLUMN "existed_from" date',
        'ALTER TABLE "local_authority" ADD COLUMN "existed_until" date',
      ],
      mysql: [
        'CREATE TABLE `authority_succession` (`predecessor_code` varchar(9) NOT NULL, `successor_code` varchar(9) NOT NULL, INDEX `IDX_e9ce3abb39e98f22d8b953c120` (`successor_code`), PRIMARY KEY (`predecessor_code`, `successor_code`)) ENGINE=InnoDB',
        'ALTER TABLE `local_authority` ADD `existed_from` date NULL',
        'ALTER TABLE `local_authority` ADD `existed_until` date NULL',
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: [
        'ALTER TABLE "local_authority" RENAME TO "temporary_local_authority"',
        'CREATE TABLE "local_authority" ("code" varchar(9) PRIMARY KEY NOT NULL, "dfe_code" varchar(3) NOT NULL, "name" varchar(100) NOT NULL, "short_name" varchar(40) NOT NULL, "government_region_code" varchar(9) NOT NULL, CONSTRAINT "UQ_856bc7b4f3a4adf04fef89f2881" UNIQUE ("dfe_code"))',
        'INSERT INTO "local_authority"("code", "dfe_code", "name", "short_name", "government_region_code") SELECT "code", "dfe_code", "name", "short_name", "government_region_code" FROM "temporary_local_authority"',
        'DROP TABLE "temporary_local_authority"',
        'DROP INDEX "IDX_e9ce3abb39e98f22d8b953c120"',
        'DROP TABLE "authority_succession"',
      ],
      mysql: [
        'ALTER TABLE `local_authority` DROP COLUMN `existed_until`',
        'ALTER TABLE `local_authority` DROP COLUMN `existed_from`',
        'DROP INDEX `IDX_e9ce3abb39e98f22d8b953c120` ON `authority_succession`',
        'DROP TABLE `authority_succession`',
      ],
    });
  }
}
