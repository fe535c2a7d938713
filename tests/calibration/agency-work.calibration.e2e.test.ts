import { boardToken } from '../support/board-token';
import { describeCalibration } from '../support/calibration/runner';
import { agencyWork } from './agency-work.declarations';

/** The agencies' own work through the gateway, as a board member of the agency. */
describeCalibration(agencyWork, {
  more: (run) => {
    it('gives NO_DATA for a region that is not an adoption agency', async () => {
      const result = await run
        .stack()
        .query(
          `{ region(code: "E12000005") { agencyWork(period: "2021-22", kind: ADOPTER_APPROVAL) { count { value suppressionReason } } } }`,
        );
      expect(result.data!.region.agencyWork.count).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    });

    it('rejects a malformed detail filter naming the argument', async () => {
      const result = await run
        .stack()
        .query(
          `{ region(code: "ATV") { agencyWork(period: "2021-22", kind: ADOPTER_APPROVAL, detail: "fast track") { count { value } } } }`,
        );
      expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/Argument "detail"/);
    });

    it('counts agency work against SQL written here', async () => {
      const rows: { n: unknown }[] = await run
        .stack()
        .subgraphs.adoption.database.dataSource.query(
          `SELECT COUNT(*) AS n FROM agency_event WHERE agency_code = 'ATV' AND kind = 'adopter_approval' AND event_date >= '2021-04-01' AND event_date <= '2022-03-31'`,
        );
      const result = await run
        .stack()
        .query(
          `{ region(code: "ATV") { agencyWork(period: "2021-22", kind: ADOPTER_APPROVAL) { count { value } } } }`,
          undefined,
          boardToken('ATV'),
        );
      expect(result.data!.region.agencyWork.count.value).toBe(Number(rows[0].n));
    });
  },
});
