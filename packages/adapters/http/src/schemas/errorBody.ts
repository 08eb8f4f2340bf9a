import { type AftersalesIssue, createIssue, type ErrorCode, type IssueParams } from '@aftersales/core';
import { z } from 'zod';
import { IssueSchema, LocalizedTextSchema } from './common';

/**
 * Every refused request answers with this body: the code and message of the first issue, and the
 * issues themselves (all of them, each with its path in the request) where there are several or
 * a field is named.
 */
export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({
    code: IssueSchema.shape.code,
    message: LocalizedTextSchema,
    issues: z.array(IssueSchema).optional(),
    /** For `http.internal`: the reference under which the failure was logged. */
    reference: z.string().optional(),
  }),
});

/** The body of a refused request; see {@link ErrorBodySchema}. */
export type ErrorBody = z.output<typeof ErrorBodySchema>;

/** An issue as the body carries it (mutable arrays, as the schema infers them). */
const plainIssue = (issue: AftersalesIssue): z.output<typeof IssueSchema> =>
  ({ ...issue, path: [...issue.path] }) as z.output<typeof IssueSchema>;

/** The error body of a list of issues (at least one). */
export function errorBodyOf(issues: readonly AftersalesIssue[], reference?: string): ErrorBody {
  const first = issues[0] ?? createIssue('input.invalid');
  const named = issues.length > 1 || first.path.length > 0;
  return {
    error: {
      code: first.code,
      message: first.message,
      ...(named ? { issues: issues.map(plainIssue) } : {}),
      ...(reference === undefined ? {} : { reference }),
    },
  };
}

/** The error body of one coded issue. */
export function errorBody(
  code: ErrorCode,
  path: readonly (string | number)[] = [],
  params: IssueParams = {},
) {
  return errorBodyOf([createIssue(code, path, params)]);
}
