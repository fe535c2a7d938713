import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES } from '../subgraphs/platform/error-mask';

/**
 * An invalid document or variable that only a subgraph could see (the gateway's schema does not
 * know what a Date or Period accepts, so `at: 20220331` passes it): the request is invalid as a
 * whole, as if the gateway had found it, so it is answered 400 with the errors and no data.
 */
const invalidRequest = (e: GraphQLFormattedError) =>
  e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ||
  (e.extensions?.code === 'BAD_USER_INPUT' && e.message.startsWith('Variable "$'));

/** Only the caller's own mistakes, none of ours (a subgraph down is not the caller's fault). */
const callersFault = (e: GraphQLFormattedError) => {
  const code = e.extensions?.code;
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code) && !code.startsWith('SUBGRAPH_');
};

/**
 * The HTTP status says whose mistake it was: an invalid request (above) is answered 400 with the
 * errors and no data, as if the gateway had found it; one that produced no data only because of
 * the caller (an unknown code) is answered 400. Answers with data keep 200 (a partial result is
 * still a result). Null: leave the answer as it is. Shared by both gateway engines.
 */
export function callersErrorAnswer(
  data: unknown,
  errors: readonly GraphQLFormattedError[] | undefined,
): { status: 400; dropData: boolean } | null {
  if (!errors?.length) return null;
  if (errors.some(invalidRequest)) return { status: 400, dropData: true };
  if (!data && errors.every(callersFault)) return { status: 400, dropData: false };
  return null;
}

/** `callersErrorAnswer` for @apollo/server. */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || (response.http.status ?? 200) !== 200) return;
          const { data, errors } = response.body.singleResult;
          const answer = callersErrorAnswer(data, errors);
          if (!answer) return;
          if (answer.dropData) response.body = { kind: 'single', singleResult: { errors } };
          response.http.status = answer.status;
        },
      };
    },
  };
}
