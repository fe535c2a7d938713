import { BaselineMigration } from '../../platform/migrations';

/**
 * The adoption schema as TypeORM's synchronize made it before migrations: created on a new database,
 * adopted as it is on one that already has these tables (see BaselineMigration).
 */
export class Baseline1796173882299 extends BaselineMigration {
  name = 'Baseline1796173882299';
  protected tables = [
    'adoption_agency',
    'locality_hub',
    'locality_hub_authority',
    'adoption_benchmark',
    'adoption_journey',
    'adoption_journey_status',
    'authority_coverage',
    'record_access_log',
    'agency_event',
    'finance_line',
    'funding_share',
  ];
  protected upSql = {
    sqlite: [
      'CREATE TABLE "record_access_log" ("id" varchar(64) PRIMARY KEY NOT NULL, "read_at" varchar(30) NOT NULL, "subject" varchar(120) NOT NULL, "authority_code" varchar(9) NOT NULL, "record_type" varchar(40) NOT NULL, "record_id" varchar(48) NOT NULL)',
      'CREATE INDEX "IDX_a9ab433614fde475da0abe2baa" ON "record_access_log" ("authority_code", "read_at") ',
      'CREATE TABLE "authority_coverage" ("authority_code" varchar(9) PRIMARY KEY NOT NULL, "records_from" date NOT NULL, "records_to" date NOT NULL)',
      'CREATE TABLE "adoption_agency" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(80) NOT NULL, "records_from" date NOT NULL, "records_to" date NOT NULL)',
      'CREATE TABLE "adoption_benchmark" ("measure" varchar(60) NOT NULL, "period" varchar(20) NOT NULL, "benchmark" varchar(24) NOT NULL, "value" double NOT NULL, "source" varchar(120) NOT NULL, PRIMARY KEY ("measure", "period", "benchmark"))',
      'CREATE TABLE "adoption_journey" ("id" varchar(40) PRIMARY KEY NOT NULL, "child_id" varchar(40) NOT NULL, "authority_code" varchar(9) NOT NULL, "date_of_birth" date NOT NULL, "sex" varchar(1) NOT NULL, "ethnicity" varchar(4) NOT NULL, "disability" boolean NOT NULL, "entered_care" date NOT NULL, "early_notification" date, "decision_date" date, "placement_order_date" date, "match_date" date, "placed_date" date, "adoption_order_date" date, "plan_ceased_date" date, "plan_ceased_reason" varchar(20), "early_permanence" varchar(10) NOT NULL, "foster_placement_start" date, "adopted_by_foster_carer" boolean NOT NULL, "adopter_source" varchar(10), "adopter_agency_code" varchar(12), "adopter_ethnicity" varchar(16), "sibling_group_id" varchar(40), "sibling_group_size" integer NOT NULL, "disrupted_date" date)',
      'CREATE INDEX "IDX_95f895e1a446ad2b4a0d9cd2b1" ON "adoption_journey" ("authority_code") ',
      'CREATE TABLE "agency_event" ("id" varchar(40) PRIMARY KEY NOT NULL, "agency_code" varchar(12) NOT NULL, "hub_code" varchar(30) NOT NULL, "kind" varchar(48) NOT NULL, "event_date" date NOT NULL, "end_date" date, "detail" varchar(120) NOT NULL, "days" integer, "value_gbp" double)',
      'CREATE INDEX "IDX_4b1235700f39a7a450ec070a67" ON "agency_event" ("agency_code", "kind", "event_date") ',
      'CREATE TABLE "finance_line" ("id" varchar(60) PRIMARY KEY NOT NULL, "agency_code" varchar(12) NOT NULL, "owner_code" varchar(30) NOT NULL, "period" varchar(7) NOT NULL, "line" varchar(40) NOT NULL, "flow" varchar(12) NOT NULL, "budget" double, "outturn" double, "comparator" double)',
      'CREATE INDEX "IDX_a07774ed2d5fad6d36f55d5881" ON "finance_line" ("agency_code", "period") ',
      'CREATE TABLE "funding_share" ("agency_code" varchar(12) NOT NULL, "authority_code" varchar(9) NOT NULL, "budget_line" varchar(30) NOT NULL, "period" varchar(7) NOT NULL, "percent" double NOT NULL, PRIMARY KEY ("agency_code", "authority_code", "budget_line", "period"))',
      'CREATE TABLE "adoption_journey_status" ("id" varchar(50) PRIMARY KEY NOT NULL, "journey_id" varchar(40) NOT NULL, "authority_code" varchar(9) NOT NULL, "status_from" date NOT NULL, "status" varchar(30) NOT NULL, "search_scope" varchar(12))',
      'CREATE INDEX "IDX_df815c94833b9424048b058193" ON "adoption_journey_status" ("journey_id") ',
      'CREATE TABLE "locality_hub_authority" ("hub_code" varchar(30) NOT NULL, "authority_code" varchar(9) NOT NULL, PRIMARY KEY ("hub_code", "authority_code"))',
      'CREATE TABLE "locality_hub" ("code" varchar(30) PRIMARY KEY NOT NULL, "agency_code" varchar(12) NOT NULL, "name" varchar(80) NOT NULL)',
    ],
    mysql: [
      'CREATE TABLE `record_access_log` (`id` varchar(64) NOT NULL, `read_at` varchar(30) NOT NULL, `subject` varchar(120) NOT NULL, `authority_code` varchar(9) NOT NULL, `record_type` varchar(40) NOT NULL, `record_id` varchar(48) NOT NULL, INDEX `IDX_a9ab433614fde475da0abe2baa` (`authority_code`, `read_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `authority_coverage` (`authority_code` varchar(9) NOT NULL, `records_from` date NOT NULL, `records_to` date NOT NULL, PRIMARY KEY (`authority_code`)) ENGINE=InnoDB',
      'CREATE TABLE `adoption_agency` (`code` varchar(12) NOT NULL, `name` varchar(80) NOT NULL, `records_from` date NOT NULL, `records_to` date NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB',
      'CREATE TABLE `adoption_benchmark` (`measure` varchar(60) NOT NULL, `period` varchar(20) NOT NULL, `benchmark` varchar(24) NOT NULL, `value` double NOT NULL, `source` varchar(120) NOT NULL, PRIMARY KEY (`measure`, `period`, `benchmark`)) ENGINE=InnoDB',
      'CREATE TABLE `adoption_journey` (`id` varchar(40) NOT NULL, `child_id` varchar(40) NOT NULL, `authority_code` varchar(9) NOT NULL, `date_of_birth` date NOT NULL, `sex` varchar(1) NOT NULL, `ethnicity` varchar(4) NOT NULL, `disability` tinyint NOT NULL, `entered_care` date NOT NULL, `early_notification` date NULL, `decision_date` date NULL, `placement_order_date` date NULL, `match_date` date NULL, `placed_date` date NULL, `adoption_order_date` date NULL, `plan_ceased_date` date NULL, `plan_ceased_reason` varchar(20) NULL, `early_permanence` varchar(10) NOT NULL, `foster_placement_start` date NULL, `adopted_by_foster_carer` tinyint NOT NULL, `adopter_source` varchar(10) NULL, `adopter_agency_code` varchar(12) NULL, `adopter_ethnicity` varchar(16) NULL, `sibling_group_id` varchar(40) NULL, `sibling_group_size` int NOT NULL, `disrupted_date` date NULL, INDEX `IDX_95f895e1a446ad2b4a0d9cd2b1` (`authority_code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `agency_event` (`id` varchar(40) NOT NULL, `agency_code` varchar(12) NOT NULL, `hub_code` varchar(30) NOT NULL, `kind` varchar(48) NOT NULL, `event_date` date NOT NULL, `end_date` date NULL, `detail` varchar(120) NOT NULL, `days` int NULL, `value_gbp` double NULL, INDEX `IDX_4b1235700f39a7a450ec070a67` (`agency_code`, `kind`, `event_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `finance_line` (`id` varchar(60) NOT NULL, `agency_code` varchar(12) NOT NULL, `owner_code` varchar(30) NOT NULL, `period` varchar(7) NOT NULL, `line` varchar(40) NOT NULL, `flow` varchar(12) NOT NULL, `budget` double NULL, `outturn` double NULL, `comparator` double NULL, INDEX `IDX_a07774ed2d5fad6d36f55d5881` (`agency_code`, `period`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `funding_share` (`agency_code` varchar(12) NOT NULL, `authority_code` varchar(9) NOT NULL, `budget_line` varchar(30) NOT NULL, `period` varchar(7) NOT NULL, `percent` double NOT NULL, PRIMARY KEY (`agency_code`, `authority_code`, `budget_line`, `period`)) ENGINE=InnoDB',
      'CREATE TABLE `adoption_journey_status` (`id` varchar(50) NOT NULL, `journey_id` varchar(40) NOT NULL, `authority_code` varchar(9) NOT NULL, `status_from` date NOT NULL, `status` varchar(30) NOT NULL, `search_scope` varchar(12) NULL, INDEX `IDX_df815c94833b9424048b058193` (`journey_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `locality_hub_authority` (`hub_code` varchar(30) NOT NULL, `authority_code` varchar(9) NOT NULL, PRIMARY KEY (`hub_code`, `authority_code`)) ENGINE=InnoDB',
      'CREATE TABLE `locality_hub` (`code` varchar(30) NOT NULL, `agency_code` varchar(12) NOT NULL, `name` varchar(80) NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB',
    ],
  };
  protected downSql = {
    sqlite: [
      'DROP TABLE "locality_hub"',
      'DROP TABLE "locality_hub_authority"',
      'DROP INDEX "IDX_df815c94833b9424048b058193"',
      'DROP TABLE "adoption_journey_status"',
      'DROP TABLE "funding_share"',
      'DROP INDEX "IDX_a07774ed2d5fad6d36f55d5881"',
      'DROP TABLE "finance_line"',
      'DROP INDEX "IDX_4b1235700f39a7a450ec070a67"',
      'DROP TABLE "agency_event"',
      'DROP INDEX "IDX_95f895e1a446ad2b4a0d9cd2b1"',
      'DROP TABLE "adoption_journey"',
      'DROP TABLE "adoption_benchmark"',
      'DROP TABLE "adoption_agency"',
      'DROP TABLE "authority_coverage"',
      'DROP INDEX "IDX_a9ab433614fde475da0abe2baa"',
      'DROP TABLE "record_access_log"',
    ],
    mysql: [
      'DROP TABLE `locality_hub`',
      'DROP TABLE `locality_hub_authority`',
      'DROP INDEX `IDX_df815c94833b9424048b058193` ON `adoption_journey_status`',
      'DROP TABLE `adoption_journey_status`',
      'DROP TABLE `funding_share`',
      'DROP INDEX `IDX_a07774ed2d5fad6d36f55d5881` ON `finance_line`',
      'DROP TABLE `finance_line`',
      'DROP INDEX `IDX_4b1235700f39a7a450ec070a67` ON `agency_event`',
      'DROP TABLE `agency_event`',
      'DROP INDEX `IDX_95f895e1a446ad2b4a0d9cd2b1` ON `adoption_journey`',
      'DROP TABLE `adoption_journey`',
      'DROP TABLE `adoption_benchmark`',
      'DROP TABLE `adoption_agency`',
      'DROP TABLE `authority_coverage`',
      'DROP INDEX `IDX_a9ab433614fde475da0abe2baa` ON `record_access_log`',
      'DROP TABLE `record_access_log`',
    ],
  };
}
