import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { toDayNumber } from '../../../schema/vocabulary/dates';
import { assertMayReadRecords, auditRecordReads, authorityOfRecord } from '../../platform/record-access';
import { RequestContext } from '../../platform/request-context';
import * as records from '../data/child-education.queries';
import { ChildStub } from '../education-send.stubs';
import { PERSISTENT_ABSENCE_THRESHOLD } from '../school-absence.measures';
import {
  AttendanceSummary,
  EhcPlanType,
  PersonalEducationPlanType,
  SenSupportSpell,
} from '../types/child-education.types';

/** The access check and audit every read of a child's education records goes through. */
async function checked(context: RequestContext, child: ChildStub, what: string, recordType: string): Promise<void> {
  await assertMayReadRecords(context, what, recordType, [{ authorityCode: authorityOfRecord(child.id), id: child.id }]);
  await auditRecordReads(context, recordType, [child.id]);
}

@Resolver(() => ChildStub)
export class ChildEducationResolver {
  @FieldResolver(() => [EhcPlanType], {
    description:
      "The child's EHC plans, oldest first (analysts of the child's council only; audit-logged). Empty when they never had one.",
  })
  async ehcPlans(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<EhcPlanType[]> {
    await checked(context, child, 'EHC plans', 'EhcPlan');
    return (await records.ehcPlansOfChild(context, child.id)).map((p) =>
      Object.assign(new EhcPlanType(), {
        ...p,
        weeksFromRequest: p.requestReceivedOn
          ? Math.floor((toDayNumber(p.issuedOn) - toDayNumber(p.requestReceivedOn)) / 7)
          : null,
      }),
    );
  }

  @FieldResolver(() => [SenSupportSpell], {
    description: "The child's spells of SEN support (analysts of the child's council only; audit-logged).",
  })
  async senSupport(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<SenSupportSpell[]> {
    await checked(context, child, 'SEN support records', 'SenSupport');
    return (await records.senSupportOfChild(context, child.id)).map((s) => Object.assign(new SenSupportSpell(), s));
  }

  @FieldResolver(() => [PersonalEducationPlanType], {
    description:
      "The child's personal education plans while in care, by due date (analysts of the child's council only; audit-logged).",
  })
  async personalEducationPlans(
    @Root() child: ChildStub,
    @Ctx() context: RequestContext,
  ): Promise<PersonalEducationPlanType[]> {
    await checked(context, child, 'Personal education plans', 'PersonalEducationPlan');
    return (await records.pepsOfChild(context, child.id)).map((p) =>
      Object.assign(new PersonalEducationPlanType(), {
        ...p,
        inTimescale: p.completedOn !== null && p.completedOn <= p.dueOn,
      }),
    );
  }

  @FieldResolver(() => [AttendanceSummary], {
    description: "The child's school attendance by academic year (analysts of the child's council only; audit-logged).",
  })
  async attendanceSummary(@Root() child: ChildStub, @Ctx() context: RequestContext): Promise<AttendanceSummary[]> {
    await checked(context, child, 'Attendance records', 'Attendance');
    return (await records.attendanceOfChild(context, child.id)).map((a) => {
      const rate = a.possibleSessions ? Math.round((a.missedSessions / a.possibleSessions) * 1000) / 10 : 0;
      return Object.assign(new AttendanceSummary(), {
        ...a,
        absenceRate: rate,
        persistentlyAbsent: a.missedSessions * 100 >= PERSISTENT_ABSENCE_THRESHOLD * a.possibleSessions,
      });
    });
  }
}
