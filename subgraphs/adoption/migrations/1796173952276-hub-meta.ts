import { MigrationInterface, QueryRunner } from 'typeorm';
import { runSql } from '../../platform/migrations';

/** hub_meta: facts about the database as a whole, e.g. that the synthetic seed made it (the local demo). */
export class HubMeta1796173952276 implements MigrationInterface {
  name = 'HubMeta1796173952276';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: ['CREATE TABLE "hub_meta" ("key" varchar(40) PRIMARY KEY NOT NULL, "value" varchar(200) NOT NULL)'],
      mysql: [
        'CREATE TABLE `hub_meta` (`key` varchar(40) NOT NULL, `value` varchar(200) NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB',
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: ['DROP TABLE "hub_meta"'],
      mysql: ['DROP TABLE `hub_meta`'],
    });
  }
}
