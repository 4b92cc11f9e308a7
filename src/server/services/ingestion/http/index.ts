export {
  createIngestionHttp,
  INGESTION_USER_AGENT,
  type IngestionHttpClient,
  type IngestionHttpOptions,
} from './create-ingestion-http';
export { IngestionHttpError, INGESTION_HTTP_ERROR_KINDS, type IngestionHttpErrorKind } from './ingestion-http-error';
export {
  createIngestionPolicies,
  sharedIngestionPolicies,
  type CircuitStateName,
  type IngestionPolicies,
} from './policies';
export { isPublicAddress, parsePrivateHostPolicy, type PrivateHostPolicy } from './address-guard';
export { parseRetryAfter } from './retry-after';
