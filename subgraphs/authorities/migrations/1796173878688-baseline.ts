import { BaselineMigration } from '../../platform/migrations';

/**
 * The authorities schema as TypeORM's synchronize made it before migrations: created on a new database,
 * adopted as it is on one that already has these tables (see BaselineMigration).
 */
export class Baseline1796173878688 extends BaselineMigration {
  name = 'Baseline1796173878688';
  protected tables = ['local_authority', 'region', 'region_membership', 'district', 'child_population'];
  protected upSql = {
    sqlite: [
      'CREATE TABLE "child_population" ("authority_code" varchar(9) NOT NULL, "year" integer NOT NULL, "count" integer NOT NULL, PRIMARY KEY ("authority_code", "year"))',
      'CREATE TABLE "district" ("code" varchar(9) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "authority_code" varchar(9) NOT NULL)',
      'CREATE INDEX "IDX_2e5280f8b9fd892c78c0846f05" ON "district" ("authority_code") ',
      'CREATE TABLE "local_authority" ("code" varchar(9) PRIMARY KEY NOT NULL, "dfe_code" varchar(3) NOT NULL, "name" varchar(100) NOT NULL, "short_name" varchar(40) NOT NULL, "government_region_code" varchar(9) NOT NULL, CONSTRAINT "UQ_856bc7b4f3a4adf04fef89f2881" UNIQUE ("dfe_code"))',
      'CREATE TABLE "region_membership" ("region_code" varchar(20) NOT NULL, "authority_code" varchar(9) NOT NULL, PRIMARY KEY ("region_code", "authority_code"))',
      'CREATE INDEX "IDX_3021de8557ceb3044ee5925384" ON "region_membership" ("authority_code") ',
      'CREATE TABLE "region" ("code" varchar(20) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "kind" varchar(30) NOT NULL)',
    ],
    mysql: [
      'CREATE TABLE `child_population` (`authority_code` varchar(9) NOT NULL, `year` int NOT NULL, `count` int NOT NULL, PRIMARY KEY (`authority_code`, `year`)) ENGINE=InnoDB',
      'CREATE TABLE `district` (`code` varchar(9) NOT NULL, `name` varchar(100) NOT NULL, `authority_code` varchar(9) NOT NULL, INDEX `IDX_2e5280f8b9fd892c78c0846f05` (`authority_code`), PRIMARY KEY (`code`)) ENGINE=InnoDB',
      'CREATE TABLE `local_authority` (`code` varchar(9) NOT NULL, `dfe_code` varchar(3) NOT NULL, `name` varchar(100) NOT NULL, `short_name` varchar(40) NOT NULL, `government_region_code` varchar(9) NOT NULL, UNIQUE INDEX `IDX_856bc7b4f3a4adf04fef89f288` (`dfe_code`), PRIMARY KEY (`code`)) ENGINE=InnoDB',
      'CREATE TABLE `region_membership` (`region_code` varchar(20) NOT NULL, `authority_code` varchar(9) NOT NULL, INDEX `IDX_3021de8557ceb3044ee5925384` (`authority_code`), PRIMARY KEY (`region_code`, `authority_code`)) ENGINE=InnoDB',
      'CREATE TABLE `region` (`code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `kind` varchar(30) NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB',
    ],
  };
  protected downSql = {
    sqlite: [
      'DROP TABLE "region"',
      'DROP INDEX "IDX_3021de8557ceb3044ee5925384"',
      'DROP TABLE "region_membership"',
      'DROP TABLE "local_authority"',
      'DROP INDEX "IDX_2e5280f8b9fd892c78c0846f05"',
      'DROP TABLE "district"',
      'DROP TABLE "child_population"',
    ],
    mysql: [
      'DROP TABLE `region`',
      'DROP INDEX `IDX_3021de8557ceb3044ee5925384` ON `region_membership`',
      'DROP TABLE `region_membership`',
      'DROP INDEX `IDX_856bc7b4f3a4adf04fef89f288` ON `local_authority`',
      'DROP TABLE `local_authority`',
      'DROP INDEX `IDX_2e5280f8b9fd892c78c0846f05` ON `district`',
      'DROP TABLE `district`',
      'DROP TABLE `child_population`',
    ],
  };
}
