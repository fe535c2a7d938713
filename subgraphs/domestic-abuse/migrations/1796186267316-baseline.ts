import { MigrationInterface, QueryRunner } from 'typeorm';
import { runSql } from '../../platform/migrations';

/** Baseline (domestic-abuse). */
export class Baseline1796186267316 implements MigrationInterface {
  name = 'Baseline1796186267316';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: [
        'CREATE TABLE "record_coverage" ("authority_code" varchar(9) NOT NULL, "records" varchar(40) NOT NULL, "records_from" date NOT NULL, "records_to" date NOT NULL, PRIMARY KEY ("authority_code", "records"))',
        'CREATE TABLE "hub_meta" ("key" varchar(40) PRIMARY KEY NOT NULL, "value" varchar(200) NOT NULL)',
        'CREATE TABLE "commissioning_contract" ("id" varchar(48) PRIMARY KEY NOT NULL, "area_code" varchar(20) NOT NULL, "name" varchar(100) NOT NULL, "service" varchar(200) NOT NULL, "provider" varchar(200) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "annual_value" decimal(12,2) NOT NULL)',
        'CREATE INDEX "IDX_de4bd7dcf907e089fe77c6551f" ON "commissioning_contract" ("area_code") ',
        'CREATE TABLE "contract_extension" ("contract_id" varchar(48) NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "stated_years" integer NOT NULL, PRIMARY KEY ("contract_id", "from_date"))',
        'CREATE TABLE "contract_funding" ("contract_id" varchar(48) NOT NULL, "funder" varchar(40) NOT NULL, "annual_amount" decimal(12,2) NOT NULL, "published_share_pct" decimal(5,1), PRIMARY KEY ("contract_id", "funder"))',
        'CREATE TABLE "referral" ("id" varchar(48) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "district_code" varchar(9), "service" varchar(12) NOT NULL, "age_group" varchar(28) NOT NULL, "received_date" date NOT NULL, "source" varchar(24) NOT NULL, "unit" varchar(10) NOT NULL, "is_duplicate" boolean NOT NULL, "is_out_of_area" boolean NOT NULL, "is_inappropriate" boolean NOT NULL, "accepted" boolean NOT NULL, "supported" boolean NOT NULL, "support_level" varchar(20), "risk_level" varchar(10))',
        'CREATE INDEX "IDX_1b68a14fc50c51a3148eed45c8" ON "referral" ("authority_code", "received_date") ',
        'CREATE TABLE "domestic_homicide_review" ("id" varchar(48) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "district_code" varchar(9), "notified_date" date NOT NULL)',
        'CREATE INDEX "IDX_154844e6e84afc734e609cc83c" ON "domestic_homicide_review" ("authority_code", "notified_date") ',
        'CREATE TABLE "marac_case" ("id" varchar(48) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "district_code" varchar(9), "heard_date" date NOT NULL, "is_repeat" boolean NOT NULL, "children" integer NOT NULL, "source" varchar(24) NOT NULL)',
        'CREATE INDEX "IDX_84e95c36916350e9e0b0c8ec91" ON "marac_case" ("authority_code", "heard_date") ',
        'CREATE TABLE "dhr_stage" ("review_id" varchar(48) NOT NULL, "from_date" date NOT NULL, "stage" varchar(12) NOT NULL, PRIMARY KEY ("review_id", "from_date"))',
        'CREATE INDEX "IDX_2264798a83e9e12c10c19c0cc2" ON "dhr_stage" ("review_id", "from_date") ',
        'CREATE TABLE "safe_accommodation_support" ("id" varchar(48) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "accommodation_type" varchar(20) NOT NULL, "start_date" date NOT NULL, "end_date" date, "children" integer NOT NULL, "declined_for_capacity" boolean NOT NULL)',
        'CREATE INDEX "IDX_9689859ba962401525ce8f9794" ON "safe_accommodation_support" ("authority_code", "start_date") ',
        'CREATE TABLE "satisfaction_response" ("id" varchar(48) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "service" varchar(12) NOT NULL, "support_level" varchar(20) NOT NULL, "response_date" date NOT NULL, "satisfied" boolean NOT NULL)',
        'CREATE INDEX "IDX_4ac312bfda445a18a8cb4f000f" ON "satisfaction_response" ("authority_code", "response_date") ',
      ],
      mysql: [
        'CREATE TABLE `record_coverage` (`authority_code` varchar(9) NOT NULL, `records` varchar(40) NOT NULL, `records_from` date NOT NULL, `records_to` date NOT NULL, PRIMARY KEY (`authority_code`, `records`)) ENGINE=InnoDB',
        'CREATE TABLE `hub_meta` (`key` varchar(40) NOT NULL, `value` varchar(200) NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB',
        'CREATE TABLE `commissioning_contract` (`id` varchar(48) NOT NULL, `area_code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `service` varchar(200) NOT NULL, `provider` varchar(200) NOT NULL, `start_date` date NOT NULL, `end_date` date NOT NULL, `annual_value` decimal(12,2) NOT NULL, INDEX `IDX_de4bd7dcf907e089fe77c6551f` (`area_code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
        'CREATE TABLE `contract_extension` (`contract_id` varchar(48) NOT NULL, `from_date` date NOT NULL, `to_date` date NOT NULL, `stated_years` int NOT NULL, PRIMARY KEY (`contract_id`, `from_date`)) ENGINE=InnoDB',
        'CREATE TABLE `contract_funding` (`contract_id` varchar(48) NOT NULL, `funder` varchar(40) NOT NULL, `annual_amount` decimal(12,2) NOT NULL, `published_share_pct` decimal(5,1) NULL, PRIMARY KEY (`contract_id`, `funder`)) ENGINE=InnoDB',
        'CREATE TABLE `referral` (`id` varchar(48) NOT NULL, `authority_code` varchar(9) NOT NULL, `district_code` varchar(9) NULL, `service` varchar(12) NOT NULL, `age_group` varchar(28) NOT NULL, `received_date` date NOT NULL, `source` varchar(24) NOT NULL, `unit` varchar(10) NOT NULL, `is_duplicate` tinyint NOT NULL, `is_out_of_area` tinyint NOT NULL, `is_inappropriate` tinyint NOT NULL, `accepted` tinyint NOT NULL, `supported` tinyint NOT NULL, `support_level` varchar(20) NULL, `risk_level` varchar(10) NULL, INDEX `IDX_1b68a14fc50c51a3148eed45c8` (`authority_code`, `received_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
        'CREATE TABLE `domestic_homicide_review` (`id` varchar(48) NOT NULL, `authority_code` varchar(9) NOT NULL, `district_code` varchar(9) NULL, `notified_date` date NOT NULL, INDEX `IDX_154844e6e84afc734e609cc83c` (`authority_code`, `notified_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
        'CREATE TABLE `marac_case` (`id` varchar(48) NOT NULL, `authority_code` varchar(9) NOT NULL, `district_code` varchar(9) NULL, `heard_date` date NOT NULL, `is_repeat` tinyint NOT NULL, `children` int NOT NULL, `source` varchar(24) NOT NULL, INDEX `IDX_84e95c36916350e9e0b0c8ec91` (`authority_code`, `heard_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
        'CREATE TABLE `dhr_stage` (`review_id` varchar(48) NOT NULL, `from_date` date NOT NULL, `stage` varchar(12) NOT NULL, INDEX `IDX_2264798a83e9e12c10c19c0cc2` (`review_id`, `from_date`), PRIMARY KEY (`review_id`, `from_date`)) ENGINE=InnoDB',
        'CREATE TABLE `safe_accommodation_support` (`id` varchar(48) NOT NULL, `authority_code` varchar(9) NOT NULL, `accommodation_type` varchar(20) NOT NULL, `start_date` date NOT NULL, `end_date` date NULL, `children` int NOT NULL, `declined_for_capacity` tinyint NOT NULL, INDEX `IDX_9689859ba962401525ce8f9794` (`authority_code`, `start_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
        'CREATE TABLE `satisfaction_response` (`id` varchar(48) NOT NULL, `authority_code` varchar(9) NOT NULL, `service` varchar(12) NOT NULL, `support_level` varchar(20) NOT NULL, `response_date` date NOT NULL, `satisfied` tinyint NOT NULL, INDEX `IDX_4ac312bfda445a18a8cb4f000f` (`authority_code`, `response_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runSql(queryRunner, {
      sqlite: [
        'DROP INDEX "IDX_4ac312bfda445a18a8cb4f000f"',
        'DROP TABLE "satisfaction_response"',
        'DROP INDEX "IDX_9689859ba962401525ce8f9794"',
        'DROP TABLE "safe_accommodation_support"',
        'DROP INDEX "IDX_2264798a83e9e12c10c19c0cc2"',
        'DROP TABLE "dhr_stage"',
        'DROP INDEX "IDX_84e95c36916350e9e0b0c8ec91"',
        'DROP TABLE "marac_case"',
        'DROP INDEX "IDX_154844e6e84afc734e609cc83c"',
        'DROP TABLE "domestic_homicide_review"',
        'DROP INDEX "IDX_1b68a14fc50c51a3148eed45c8"',
        'DROP TABLE "referral"',
        'DROP TABLE "contract_funding"',
        'DROP TABLE "contract_extension"',
        'DROP INDEX "IDX_de4bd7dcf907e089fe77c6551f"',
        'DROP TABLE "commissioning_contract"',
        'DROP TABLE "hub_meta"',
        'DROP TABLE "record_coverage"',
      ],
      mysql: [
        'DROP INDEX `IDX_4ac312bfda445a18a8cb4f000f` ON `satisfaction_response`',
        'DROP TABLE `satisfaction_response`',
        'DROP INDEX `IDX_9689859ba962401525ce8f9794` ON `safe_accommodation_support`',
        'DROP TABLE `safe_accommodation_support`',
        'DROP INDEX `IDX_2264798a83e9e12c10c19c0cc2` ON `dhr_stage`',
        'DROP TABLE `dhr_stage`',
        'DROP INDEX `IDX_84e95c36916350e9e0b0c8ec91` ON `marac_case`',
        'DROP TABLE `marac_case`',
        'DROP INDEX `IDX_154844e6e84afc734e609cc83c` ON `domestic_homicide_review`',
        'DROP TABLE `domestic_homicide_review`',
        'DROP INDEX `IDX_1b68a14fc50c51a3148eed45c8` ON `referral`',
        'DROP TABLE `referral`',
        'DROP TABLE `contract_funding`',
        'DROP TABLE `contract_extension`',
        'DROP INDEX `IDX_de4bd7dcf907e089fe77c6551f` ON `commissioning_contract`',
        'DROP TABLE `commissioning_contract`',
        'DROP TABLE `hub_meta`',
        'DROP TABLE `record_coverage`',
      ],
    });
  }
}
