import type { z } from 'zod';
import type { Catalogs } from '../app/catalogs';

/** The OpenAPI tags the endpoints are grouped under. */
export type EndpointTag = 'service' | 'warranty' | 'kpis' | 'parts' | 'flows';

/**
 * One endpoint: its route, its request and response schemas (the one definition both the
 * validation and the OpenAPI document are made from) and the domain call behind it.
 */
export interface Endpoint<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly operationId: string;
  readonly tag: EndpointTag;
  readonly summary: string;
  readonly description: string;
  /** The JSON body a POST takes; absent for a GET. */
  readonly request?: Request;
  readonly response: Response;
  /** Answered without an API key (health only). */
  readonly open?: boolean;
  /**
   * The domain call: gets the body as validated and as sent (records are handed on as sent, the
   * domain function validates each one and rejects a bad row in its answer).
   */
  readonly handle: (body: z.output<Request>, raw: z.input<Request>, catalogs: Catalogs) => unknown;
}

/** Declares an endpoint with its types inferred from the schemas. */
export function defineEndpoint<Request extends z.ZodType, Response extends z.ZodType>(
  endpoint: Endpoint<Request, Response>,
): Endpoint {
  return endpoint as unknown as Endpoint;
}
