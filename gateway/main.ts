import 'reflect-metadata';
import { stopOnSignals } from '../subgraphs/platform/http-service';
import { startGateway } from './gateway-service';

/** Entry point of the gateway run alone (its own container). */
startGateway().then(
  (service) => {
    console.log(`gateway ready at ${service.url}`);
    stopOnSignals(() => [service]);
  },
  (error) => {
    console.error('gateway failed to start:', error);
    process.exit(1);
  },
);
