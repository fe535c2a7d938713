import { EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows for one table: what every area's generator returns and `writeRecords` writes. */
export type RecordSet = [EntityTarget<ObjectLiteral>, ObjectLiteral[]];
