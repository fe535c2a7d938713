import { ExtraHttp } from '../../subgraphs/platform/http-service';
import { reportRoutes } from '../reports/report-routes';
import { loadSavedReports } from '../reports/saved-report';
import { compressResponse } from './compression';

/**
 * What the gateway serves besides GraphQL and health: every response compressed as the caller
 * accepts (gzip or br), and the saved reports at /reports. Read at start: a broken report file
 * stops the gateway from starting.
 */
export function gatewayHttp(): ExtraHttp {
  const reports = reportRoutes(loadSavedReports());
  return {
    prepare: compressResponse,
    route: reports,
  };
}
