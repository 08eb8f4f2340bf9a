import { type Citation, defineRule, type Rule } from '@aftersales/core';

/** The manuals' stocktake tolerance: variance (gain/loss) within 0.3 % of the book value. */
export const STOCKTAKE_TOLERANCE_PERCENT = '0.3';

/** Where the default tolerance comes from (每季度盘点，盘查率0.3%). */
export const STOCKTAKE_CITE: Citation = 'manual:parts.stocktake';

/** The two checks of a count against the tolerance. */
export interface StocktakeRules {
  /** `parts.stocktake.gross-variance`: Σ |difference value| ≤ tolerance × book value. */
  readonly gross: Rule;
  /** `parts.stocktake.net-variance`: |gains − losses| ≤ tolerance × book value. */
  readonly net: Rule;
}

/**
 * Declares the stocktake variance rules with the citation of the tolerance in force: the manual's
 * (`manual:parts.stocktake`) unless a dealer's or carmaker's tolerance names its own source.
 *
 * @example
 * const rules = createStocktakeRules('manual:parts.stocktake');
 * rules.gross.id; // 'parts.stocktake.gross-variance'
 */
export function createStocktakeRules(cite: Citation = STOCKTAKE_CITE): StocktakeRules {
  return {
    gross: defineRule({
      id: 'parts.stocktake.gross-variance',
      cite,
      title: { en: 'Stocktake gross variance within tolerance', zh: '盘点总差异率在允许范围内' },
    }),
    net: defineRule({
      id: 'parts.stocktake.net-variance',
      cite,
      title: { en: 'Stocktake net variance within tolerance', zh: '盘点净差异率在允许范围内' },
    }),
  };
}
