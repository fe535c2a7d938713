import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ageInYears } from '../schema/vocabulary/dates';
import { EHC_PLANS_IN_CARE, VIRTUAL_SCHOOL_PAGE } from '../bench/virtual-school.query';
import { projectRoot } from '../subgraphs/platform/project-root';
import { PILOT_COUNCILS, T4C_MEMBERS } from '../seed/shared/pilot-councils';
import { signToken } from '../subgraphs/platform/identity';
import { backends } from './support/backends';
import { boardToken, pilotToken, TEST_JWT_SECRET } from './support/board-token';
import { Stack, startStackWithTokens } from './support/stack';

/**
 * Education meets children in care, through the gateway: the virtual school's roll is the
 * fostering subgraph's children in care at every date; children in care with an EHC plan, by age
 * band, equal a count made here from the two subgraphs' own tables (fostering's children in care,
 * education's plans); and one request gives an analyst a child's care, adoption and education.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
const DATES = ['2020-04-01', '2021-03-31', '2021-12-31', '2022-03-31', '2022-06-30', '2022-12-31'];
const SEN2_BANDS: [string, number, number][] = [
  ['0-4', 0, 4],
  ['5-10', 5, 10],
  ['11-15', 11, 15],
  ['16-19', 16, 19],
  ['20-25', 20, 25],
  ['26+', 26, 200],
];
const analyst = (authority: string) =>
  signToken(
    { sub: `${authority}-analyst`, role: 'analyst', authority, exp: Math.floor(Date.now() / 1000) + 3600 },
    TEST_JWT_SECRET,
  );

describe.each(backends())('education and children in care through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStackWithTokens(backend);
  });
  afterAll(() => stack.stop());

  it("has the virtual school's roll equal to the fostering subgraph's children in care, every council and date", async () => {
    const fields = DATES.map(
      (d, i) =>
        `c${i}: childrenInCare(at: "${d}") { total { value } } v${i}: virtualSchoolRoll(at: "${d}") { total { value } }`,
    ).join(' ');
    const result = await stack.query(
      `{ t4c: region(code: "T4C") { members { code ${fields} } } atv: region(code: "ATV") { ${fields} members { code ${fields} } } }`,
      undefined,
      pilotToken(),
    );
    expect(result.errors).toBeUndefined();
    const areas = [...result.data!.t4c.members, ...result.data!.atv.members, result.data!.atv];
    expect(areas).toHaveLength(PILOT_COUNCILS.length + 1);
    for (const area of areas)
      DATES.forEach((d, i) => {
        expect(area[`c${i}`].total.value).toBeGreaterThan(0);
        expect([area.code, d, area[`v${i}`].total.value]).toEqual([area.code, d, area[`c${i}`].total.value]);
      });
  });

  it('counts children in care with an EHC plan by age band as the two subgraphs’ tables do, for each T4C council and the partnership', async () => {
    const at = '2022-03-31';
    const result = await stack.query(
      `{ region(code: "T4C") { childrenInCareWithEhcPlan(at: "${at}") { total { value } }
        members { code childrenInCareWithEhcPlan(at: "${at}") { total { value } breakdown(by: AGE_BAND) { key figure { value } } } } } }`,
      undefined,
      boardToken('T4C'),
    );
    expect(result.errors).toBeUndefined();
    const inCare: { child_id: string; date_of_birth: string }[] =
      await stack.subgraphs.fostering.database.dataSource.query(
        `SELECT DISTINCT e.child_id, c.date_of_birth FROM care_episode e JOIN child c ON c.id = e.child_id
       WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)`,
        [at, at],
      );
    const withPlan: { child_id: string }[] = await stack.subgraphs['education-send'].database.dataSource.query(
      `SELECT DISTINCT u.child_id FROM pupil u JOIN ehc_plan p ON p.pupil_id = u.id
       WHERE u.child_id IS NOT NULL AND p.issued_on <= ? AND (p.ceased_on IS NULL OR p.ceased_on > ?)`,
      [at, at],
    );
    const planned = new Set(withPlan.map((r) => String(r.child_id)));
    const both = inCare.filter((c) => planned.has(String(c.child_id)));
    let partnership = 0;
    for (const member of result.data!.region.members) {
      const own = both.filter((c) => String(c.child_id).startsWith(`${member.code}-`));
      expect(own.length).toBeGreaterThan(20);
      partnership += own.length;
      expect(member.childrenInCareWithEhcPlan.total.value).toBe(own.length);
      const expected = SEN2_BANDS.map(([key, from, to]) => ({
        key,
        figure: {
          value: own.filter((c) => {
            const age = ageInYears(String(c.date_of_birth), at);
            return age >= from && age <= to;
          }).length,
        },
      }));
      expect(member.childrenInCareWithEhcPlan.breakdown).toEqual(expected);
    }
    expect(result.data!.region.childrenInCareWithEhcPlan.total.value).toBe(partnership);
    expect(result.data!.region.members.map((m: any) => m.code).sort()).toEqual([...T4C_MEMBERS].sort());
  });

  it("counts children in care's attendance and suspensions over the fostering subgraph's children in care then", async () => {
    const fields = PILOT_COUNCILS.map(
      (code, i) => `la${i}: localAuthority(code: "${code}") {
        autumn: schoolAbsence(period: "2021-09", cohort: "LOOKED_AFTER") { pupils { value } }
        exclusions(period: "2021-09/2022-08", cohort: "LOOKED_AFTER") { suspensions { total { value } } } }`,
    );
    const result = await stack.query(`{ ${fields.join(' ')} }`, undefined, pilotToken());
    expect(result.errors).toBeUndefined();
    const fostering = stack.subgraphs.fostering.database.dataSource;
    const episodes: { child_id: string; start_date: string; end_date: string | null; date_of_birth: string }[] =
      await fostering.query(
        'SELECT e.child_id, e.start_date, e.end_date, c.date_of_birth FROM care_episode e JOIN child c ON c.id = e.child_id',
      );
    const byChild = new Map<string, typeof episodes>();
    for (const e of episodes) byChild.set(String(e.child_id), [...(byChild.get(String(e.child_id)) ?? []), e]);
    const inCareOn = (child: string, day: string) =>
      (byChild.get(child) ?? []).some(
        (e) => String(e.start_date) <= day && (e.end_date === null || String(e.end_date) > day),
      );
    // Reception to Year 11 in 2021/22: aged 4 to 15 on 31 August 2021.
    const termStart = '2021-09-02';
    const schoolAge = (dob: string) => {
      const age = ageInYears(dob, '2021-08-31');
      return age >= 4 && age <= 15;
    };
    const suspensions: { child_id: string; start_on: string }[] = await stack.subgraphs[
      'education-send'
    ].database.dataSource.query(
      `SELECT u.child_id, x.start_on FROM exclusion x JOIN pupil u ON u.id = x.pupil_id
       WHERE u.child_id IS NOT NULL AND x.kind = 'SUSPENSION' AND x.start_on BETWEEN '2021-09-01' AND '2022-08-31'`,
    );
    PILOT_COUNCILS.forEach((code, i) => {
      const la = result.data![`la${i}`];
      const inCare = new Set(
        episodes
          .filter(
            (e) =>
              String(e.child_id).startsWith(`${code}-`) &&
              String(e.start_date) <= termStart &&
              (e.end_date === null || String(e.end_date) > termStart) &&
              schoolAge(String(e.date_of_birth)),
          )
          .map((e) => String(e.child_id)),
      );
      expect(inCare.size).toBeGreaterThan(50);
      expect([code, la.autumn.pupils.value]).toEqual([code, inCare.size]);
      const own = suspensions.filter(
        (x) => String(x.child_id).startsWith(`${code}-`) && inCareOn(String(x.child_id), String(x.start_on)),
      );
      expect([code, la.exclusions.suspensions.total.value]).toEqual([code, own.length]);
    });
  });

  it("gives a council analyst one child's care, adoption journey and education in one request, audit-logged", async () => {
    const education = stack.subgraphs['education-send'].database.dataSource;
    const [row] = await education.query(
      `SELECT u.child_id, COUNT(*) AS n FROM pupil u JOIN ehc_plan p ON p.pupil_id = u.id
       JOIN personal_education_plan e ON e.child_id = u.child_id
       WHERE u.child_id LIKE 'E06000003-%' GROUP BY u.child_id ORDER BY u.child_id LIMIT 1`,
    );
    const id = String(row.child_id);
    const query = `query ($id: ID!) { child(id: $id) { id careEpisodes { startDate } adoptionJourney { id }
      ehcPlans { issuedOn primaryNeed weeksFromRequest } personalEducationPlans { dueOn completedOn inTimescale }
      attendanceSummary { academicYear possibleSessions missedSessions absenceRate } } }`;
    const result = await stack.query(query, { id }, analyst('E06000003'));
    expect(result.errors).toBeUndefined();
    const child = result.data!.child;
    expect(child.careEpisodes.length).toBeGreaterThan(0);
    const plans = await education.query(
      'SELECT p.issued_on FROM ehc_plan p JOIN pupil u ON u.id = p.pupil_id WHERE u.child_id = ? ORDER BY p.issued_on',
      [id],
    );
    expect(child.ehcPlans.map((p: any) => p.issuedOn)).toEqual(plans.map((p: any) => String(p.issued_on)));
    const peps = await education.query(
      'SELECT due_on, completed_on FROM personal_education_plan WHERE child_id = ? ORDER BY due_on',
      [id],
    );
    expect(child.personalEducationPlans).toEqual(
      peps.map((p: any) => ({
        dueOn: String(p.due_on),
        completedOn: p.completed_on == null ? null : String(p.completed_on),
        inTimescale: p.completed_on != null && String(p.completed_on) <= String(p.due_on),
      })),
    );
    const audited = await education.query(
      "SELECT record_type FROM record_access_log WHERE record_id = ? AND record_type IN ('EhcPlan', 'PersonalEducationPlan', 'Attendance')",
      [id],
    );
    expect(new Set(audited.map((a: any) => String(a.record_type)))).toEqual(
      new Set(['EhcPlan', 'PersonalEducationPlan', 'Attendance']),
    );
  });

  it('shows in the README the very queries the bench times (the README examples test their answers)', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    expect(readme).toContain(`<!-- example: virtual-school as ATV -->\n\`\`\`graphql\n${VIRTUAL_SCHOOL_PAGE}\n\`\`\``);
    expect(readme).toContain(`<!-- example: ehc-plans-in-care as T4C -->\n\`\`\`graphql\n${EHC_PLANS_IN_CARE}\n\`\`\``);
  });

  it("refuses a child's education records to anyone but their own council's analysts", async () => {
    const query = `query ($id: ID!) { child(id: $id) { id ehcPlans { issuedOn } } }`;
    const other = await stack.query(query, { id: 'E06000003-C000001' }, analyst('E06000002'));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(other.data ?? {})).not.toContain('issuedOn');
    const board = await stack.query(query, { id: 'E06000003-C000001' }, boardToken('ATV'));
    expect(board.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
