import 'reflect-metadata';
import { stopOnSignals } from '../subgraphs/platform/http-service';
import { startHiveGateway } from './hive-gateway-service';

/** Entry point of the Hive Gateway run alone (its own container, the compose profile `hive`). */
startHiveGateway().then(
  (service) => {
    console.log(`hive gateway ready at ${service.url}`);
    stopOnSignals(() => [service]);
  },
  (error) => {
    console.error('hive gateway failed to start:', error);
    process.exit(1);
  },
);
