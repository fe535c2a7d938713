import { BaselineMigration } from '../../platform/migrations';

/**
 * The fostering schema as TypeORM's synchronize made it before migrations: created on a new database,
 * adopted as it is on one that already has these tables (see BaselineMigration).
 */
export class Baseline1796173880355 extends BaselineMigration {
  name = 'Baseline1796173880355';
  protected tables = [
    'child',
    'care_episode',
    'foster_household',
    'fostering_enquiry',
    'authority_coverage',
    'england_reference',
    'record_access_log',
  ];
  protected upSql = {
    sqlite: [
      'CREATE TABLE "record_access_log" ("id" varchar(64) PRIMARY KEY NOT NULL, "read_at" varchar(30) NOT NULL, "subject" varchar(120) NOT NULL, "authority_code" varchar(9) NOT NULL, "record_type" varchar(40) NOT NULL, "record_id" varchar(48) NOT NULL)',
      'CREATE INDEX "IDX_a9ab433614fde475da0abe2baa" ON "record_access_log" ("authority_code", "read_at") ',
      'CREATE TABLE "authority_coverage" ("authority_code" varchar(9) PRIMARY KEY NOT NULL, "records_from" date NOT NULL, "records_to" date NOT NULL)',
      'CREATE TABLE "care_episode" ("id" varchar(48) PRIMARY KEY NOT NULL, "child_id" varchar(40) NOT NULL, "authority_code" varchar(9) NOT NULL, "start_date" date NOT NULL, "end_date" date, "reason_new_episode" varchar(1) NOT NULL, "legal_status" varchar(2) NOT NULL, "category_of_need" varchar(2) NOT NULL, "placement_type" varchar(2) NOT NULL, "placement_provider" varchar(3) NOT NULL, "reason_ceased" varchar(3), "foster_household_id" varchar(40))',
      'CREATE INDEX "IDX_8db74365bd1a3ae338a71ff015" ON "care_episode" ("child_id") ',
      'CREATE INDEX "IDX_de70be09546810a3f7f01a6be2" ON "care_episode" ("authority_code", "end_date") ',
      'CREATE INDEX "IDX_2c54c8b812cf83fd25ef42861f" ON "care_episode" ("authority_code", "start_date", "end_date") ',
      'CREATE TABLE "child" ("id" varchar(40) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "sex" varchar(1) NOT NULL, "date_of_birth" date NOT NULL, "ethnicity" varchar(4) NOT NULL, "uasc" boolean NOT NULL)',
      'CREATE INDEX "IDX_d923a59f3188b65e95eb95bad6" ON "child" ("authority_code") ',
      'CREATE TABLE "england_reference" ("measure" varchar(60) NOT NULL, "date" date NOT NULL, "value" double NOT NULL, "numerator" integer, "denominator" integer, PRIMARY KEY ("measure", "date"))',
      'CREATE TABLE "foster_household" ("id" varchar(40) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "household_type" varchar(12) NOT NULL, "approved_on" date NOT NULL, "places" integer NOT NULL, "deregistered_on" date, "deregistration_reason" varchar(20), "mockingbird_constellation" varchar(40))',
      'CREATE INDEX "IDX_981cc1ab9a5a3b057f0443f6df" ON "foster_household" ("authority_code", "approved_on") ',
      'CREATE TABLE "fostering_enquiry" ("id" varchar(40) PRIMARY KEY NOT NULL, "authority_code" varchar(9) NOT NULL, "enquiry_date" date NOT NULL, "training_invited_on" date, "assessment_started_on" date, "approved_on" date, "household_id" varchar(40))',
      'CREATE INDEX "IDX_2ab412cec77568f08b56aaa640" ON "fostering_enquiry" ("authority_code", "enquiry_date") ',
    ],
    mysql: [
      'CREATE TABLE `record_access_log` (`id` varchar(64) NOT NULL, `read_at` varchar(30) NOT NULL, `subject` varchar(120) NOT NULL, `authority_code` varchar(9) NOT NULL, `record_type` varchar(40) NOT NULL, `record_id` varchar(48) NOT NULL, INDEX `IDX_a9ab433614fde475da0abe2baa` (`authority_code`, `read_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `authority_coverage` (`authority_code` varchar(9) NOT NULL, `records_from` date NOT NULL, `records_to` date NOT NULL, PRIMARY KEY (`authority_code`)) ENGINE=InnoDB',
      'CREATE TABLE `care_episode` (`id` varchar(48) NOT NULL, `child_id` varchar(40) NOT NULL, `authority_code` varchar(9) NOT NULL, `start_date` date NOT NULL, `end_date` date NULL, `reason_new_episode` varchar(1) NOT NULL, `legal_status` varchar(2) NOT NULL, `category_of_need` varchar(2) NOT NULL, `placement_type` varchar(2) NOT NULL, `placement_provider` varchar(3) NOT NULL, `reason_ceased` varchar(3) NULL, `foster_household_id` varchar(40) NULL, INDEX `IDX_8db74365bd1a3ae338a71ff015` (`child_id`), INDEX `IDX_de70be09546810a3f7f01a6be2` (`authority_code`, `end_date`), INDEX `IDX_2c54c8b812cf83fd25ef42861f` (`authority_code`, `start_date`, `end_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `child` (`id` varchar(40) NOT NULL, `authority_code` varchar(9) NOT NULL, `sex` varchar(1) NOT NULL, `date_of_birth` date NOT NULL, `ethnicity` varchar(4) NOT NULL, `uasc` tinyint NOT NULL, INDEX `IDX_d923a59f3188b65e95eb95bad6` (`authority_code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `england_reference` (`measure` varchar(60) NOT NULL, `date` date NOT NULL, `value` double NOT NULL, `numerator` int NULL, `denominator` int NULL, PRIMARY KEY (`measure`, `date`)) ENGINE=InnoDB',
      'CREATE TABLE `foster_household` (`id` varchar(40) NOT NULL, `authority_code` varchar(9) NOT NULL, `household_type` varchar(12) NOT NULL, `approved_on` date NOT NULL, `places` int NOT NULL, `deregistered_on` date NULL, `deregistration_reason` varchar(20) NULL, `mockingbird_constellation` varchar(40) NULL, INDEX `IDX_981cc1ab9a5a3b057f0443f6df` (`authority_code`, `approved_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
      'CREATE TABLE `fostering_enquiry` (`id` varchar(40) NOT NULL, `authority_code` varchar(9) NOT NULL, `enquiry_date` date NOT NULL, `training_invited_on` date NULL, `assessment_started_on` date NULL, `approved_on` date NULL, `household_id` varchar(40) NULL, INDEX `IDX_2ab412cec77568f08b56aaa640` (`authority_code`, `enquiry_date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    ],
  };
  protected downSql = {
    sqlite: [
      'DROP INDEX "IDX_2ab412cec77568f08b56aaa640"',
      'DROP TABLE "fostering_enquiry"',
      'DROP INDEX "IDX_981cc1ab9a5a3b057f0443f6df"',
      'DROP TABLE "foster_household"',
      'DROP TABLE "england_reference"',
      'DROP INDEX "IDX_d923a59f3188b65e95eb95bad6"',
      'DROP TABLE "child"',
      'DROP INDEX "IDX_2c54c8b812cf83fd25ef42861f"',
      'DROP INDEX "IDX_de70be09546810a3f7f01a6be2"',
      'DROP INDEX "IDX_8db74365bd1a3ae338a71ff015"',
      'DROP TABLE "care_episode"',
      'DROP TABLE "authority_coverage"',
      'DROP INDEX "IDX_a9ab433614fde475da0abe2baa"',
      'DROP TABLE "record_access_log"',
    ],
    mysql: [
      'DROP INDEX `IDX_2ab412cec77568f08b56aaa640` ON `fostering_enquiry`',
      'DROP TABLE `fostering_enquiry`',
      'DROP INDEX `IDX_981cc1ab9a5a3b057f0443f6df` ON `foster_household`',
      'DROP TABLE `foster_household`',
      'DROP TABLE `england_reference`',
      'DROP INDEX `IDX_d923a59f3188b65e95eb95bad6` ON `child`',
      'DROP TABLE `child`',
      'DROP INDEX `IDX_2c54c8b812cf83fd25ef42861f` ON `care_episode`',
      'DROP INDEX `IDX_de70be09546810a3f7f01a6be2` ON `care_episode`',
      'DROP INDEX `IDX_8db74365bd1a3ae338a71ff015` ON `care_episode`',
      'DROP TABLE `care_episode`',
      'DROP TABLE `authority_coverage`',
      'DROP INDEX `IDX_a9ab433614fde475da0abe2baa` ON `record_access_log`',
      'DROP TABLE `record_access_log`',
    ],
  };
}
