import { z } from 'zod';
import { addInconsistency, compareDecimals, onlyWhenValid } from './checks';
import {
  decimalStringSchema,
  extensionsSchema,
  idSchema,
  instantSchema,
  positiveDecimalSchema,
  textSchema,
} from './primitives';

/**
 * One answer of a survey: `questionId` 题号 · `score` 得分 · `text` 文字回答.
 *
 * @example
 * SurveyAnswerSchema.parse({ questionId: 'Q1', score: '9' });
 */
export const SurveyAnswerSchema = z.strictObject({
  questionId: idSchema,
  score: decimalStringSchema.optional(),
  text: textSchema.optional(),
});

/** One answer of a survey; see {@link SurveyAnswerSchema}. */
export type SurveyAnswer = z.output<typeof SurveyAnswerSchema>;

/**
 * A survey result: a customer-satisfaction survey (`csi`, 客户满意度), a mystery-shopper visit
 * (`mystery`, 神秘客) or a phone survey (`phone`, 电话调查).
 *
 * Fields: `id` · `dealerId` · `roId` 工单 (absent for a mystery shopper) · `customerId` · `surveyedAt`
 * 调查时间 · `kind` 类型 · `score` 得分 · `scaleMin` 最低分 (default `'0'`) · `scaleMax` 满分 (e.g. `'10'`,
 * `'100'`, `'1000'`) · `answers` 明细 (default none) · `extensions`. KPIs scale `score` to 0–100 with
 * the scale, so surveys on different scales can be averaged.
 *
 * Checks: `scaleMax` above `scaleMin`; `score` within the scale.
 *
 * @example
 * SurveyResponseSchema.parse({
 *   id: 'SRV-2024-0311', dealerId: 'DLR-SH-001', roId: 'RO-2024-000817',
 *   surveyedAt: '2024-03-06T19:00:00+08:00', kind: 'csi', score: '9', scaleMax: '10',
 * });
 */
export const SurveyResponseSchema = z
  .strictObject({
    id: idSchema,
    dealerId: idSchema,
    roId: idSchema.optional(),
    customerId: idSchema.optional(),
    surveyedAt: instantSchema,
    kind: z.enum(['csi', 'mystery', 'phone']),
    score: decimalStringSchema,
    scaleMin: decimalStringSchema.default('0'),
    scaleMax: positiveDecimalSchema,
    answers: z.array(SurveyAnswerSchema).default([]),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((survey, ctx) => {
    if (compareDecimals(survey.scaleMax, survey.scaleMin) === 1) {
      if (compareDecimals(survey.score, survey.scaleMax) === 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['score'],
          params: { code: 'input.too_big', maximum: survey.scaleMax },
        });
      }
      if (compareDecimals(survey.score, survey.scaleMin) === -1) {
        ctx.addIssue({
          code: 'custom',
          path: ['score'],
          params: { code: 'input.too_small', minimum: survey.scaleMin },
        });
      }
    } else if (compareDecimals(survey.scaleMax, survey.scaleMin) !== undefined) {
      addInconsistency(
        ctx,
        ['scaleMax'],
        `scaleMax (${survey.scaleMax}) is not above scaleMin (${survey.scaleMin})`,
        `满分（${survey.scaleMax}）不高于最低分（${survey.scaleMin}）`,
      );
    }
  }, onlyWhenValid);

/** A survey result as validated; see {@link SurveyResponseSchema}. */
export type SurveyResponse = z.output<typeof SurveyResponseSchema>;
/** A survey result as accepted (scores may be JSON numbers; `scaleMin` may be absent). */
export type SurveyResponseInput = z.input<typeof SurveyResponseSchema>;
