import { MigrationInterface, QueryRunner } from 'typeorm';
import { runSql } from '../../platform/migrations';
import { rebuildCareStock } from '../data/care-stock';

/**
 * care_stock: children in care at every quarter end by one attribute at a time, derived from the
 * episodes (see data/care-stock.ts), filled here from the records a database already holds.
 */
export class CareStock1796186372496 implements MigrationInterface {
  name = 'CareStock1796186372496';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      // WITHOUT ROWID: the primary key is the table, so a count is read from the key's own pages.
      sqlite: [
        'CREATE TABLE "care_stock" ("attribute" varchar(20) NOT NULL, "at" date NOT NULL, "authority_code" varchar(9) NOT NULL, "value" varchar(12) NOT NULL, "n" integer NOT NULL, PRIMARY KEY ("attribute", "at", "authority_code", "value")) WITHOUT ROWID',
      ],
      mysql: [
        'CREATE TABLE `care_stock` (`attribute` varchar(20) NOT NULL, `at` date NOT NULL, `authority_code` varchar(9) NOT NULL, `value` varchar(12) NOT NULL, `n` int NOT NULL, PRIMARY KEY (`attribute`, `at`, `authority_code`, `value`)) ENGINE=InnoDB',
      ],
    });
    await rebuildCareStock(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: ['DROP TABLE "care_stock"'],
      mysql: ['DROP TABLE `care_stock`'],
    });
  }
}
