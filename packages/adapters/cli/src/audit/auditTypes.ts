import type { AftersalesIssue, LocalizedText } from '@aftersales/core';
import type { ScorecardRow, ScorecardSummary } from '@aftersales/kpi';
import type { PartsHealthFinding, PartsHealthKpi } from '@aftersales/parts';
import type { ClaimAuditSummary, ClaimFinding, RightsDecision } from '@aftersales/warranty';

/**
 * The dealer an audit is about: who it is and whose clock it keeps.
 *
 * @example
 * const dealer: DealerProfile = { id: 'D0571', name: '杭州华夏汽车 4S 店', timeZone: 'Asia/Shanghai', currency: 'CNY' };
 */
export interface DealerProfile {
  readonly id: string;
  readonly name: string;
  /** The brand the dealer sells and services, when the scorecard's targets depend on it. */
  readonly brand?: string;
  /** IANA zone: every date of the audit is a date on this clock. */
  readonly timeZone: string;
  readonly currency: string;
}

/**
 * Everything an audit reads, as plain records. Each list is checked by the package that owns it
 * (core's schemas through kpi, parts and warranty); a record they refuse comes out as a rejection
 * in the report, never dropped.
 *
 * @example
 * const empty: DealerDataset = {
 *   dealer: { id: 'D1', name: 'Demo', timeZone: 'Asia/Shanghai', currency: 'CNY' },
 *   period: { from: '2024-01-01', to: '2024-12-31' },
 *   asOf: '2025-01-01',
 *   repairOrders: [], complaints: [], appointments: [], surveys: [],
 *   warranty: { vehicles: [], repairOrders: [], claims: [], laborTimes: [], partGroups: {}, partPrices: {} },
 *   parts: { parts: [], movements: [], positions: [] },
 *   vehicleCases: [],
 * };
 */
export interface DealerDataset {
  readonly dealer: DealerProfile;
  /** The audited period, calendar dates on the dealer's clock, both ends included. */
  readonly period: { readonly from: string; readonly to: string };
  /** The audit's "today" on the dealer's clock: ages, deadlines and open items are counted to it. */
  readonly asOf: string;
  /** Repair orders (core `RepairOrderInput`), with their jobs, lines and charges. */
  readonly repairOrders: readonly unknown[];
  /** Customer complaints (core `ComplaintInput`). */
  readonly complaints: readonly unknown[];
  /** Appointments (core `AppointmentInput`). */
  readonly appointments: readonly unknown[];
  /** Customer survey responses (core `SurveyResponseInput`). Follow-up calls ride on the ROs. */
  readonly surveys: readonly unknown[];
  /** What the carmaker's claim audit reads. */
  readonly warranty: {
    readonly vehicles: readonly unknown[];
    /** RO headers the audit checks claims against (warranty `RepairOrderHeaderSchema`). */
    readonly repairOrders: readonly unknown[];
    readonly claims: readonly unknown[];
    /** The carmaker's standard labor times (warranty `LaborTimeSchema`). */
    readonly laborTimes: readonly unknown[];
    /** Part number → part group. */
    readonly partGroups: Readonly<Record<string, string>>;
    /** Part number → the carmaker's price, a decimal string. */
    readonly partPrices: Readonly<Record<string, string>>;
  };
  /** The parts department. */
  readonly parts: {
    /** The parts master (core `PartInput`). */
    readonly parts: readonly unknown[];
    /** Stock movements (core `StockMovementInput`), two years of them in the demo. */
    readonly movements: readonly unknown[];
    /** Stock positions (parts `StockPositionSchema`). */
    readonly positions: readonly unknown[];
  };
  /** Vehicles with their repair histories, for the 三包 rights (warranty `VehicleCaseSchema`). */
  readonly vehicleCases: readonly unknown[];
}

/** A record an audit could not use, with the input it came from, its position and why. */
export interface AuditRejection {
  /** Which input: `repairOrders`, `warranty.claims`, `parts.movements`, … */
  readonly input: string;
  /** Position in that input, 0-based; or, for a record read from a file, its spreadsheet row. */
  readonly row: number;
  readonly issues: readonly AftersalesIssue[];
}

/** How many records of an input were read, and how many were used or refused. */
export interface InputCount {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** A monthly series of one KPI, oldest month first. */
export interface KpiTrend {
  readonly kpi: string;
  readonly name: LocalizedText;
  readonly unit: string;
  readonly months: readonly { readonly month: string; readonly value: string | null }[];
  /** The target's bound in force, when the KPI has one: drawn as a line on the chart. */
  readonly target?: string;
}

/** One record behind a KPI cell: a comeback, a complaint. */
export interface DrillDownItem {
  readonly id: string;
  readonly date: string;
  readonly label: LocalizedText;
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
}

/** The service department: RO audits, the scorecard, trends and drill-downs. */
export interface ServiceSection {
  /** Repair orders with missing steps or broken rules, by the flow audit. */
  readonly repairOrderAudit: {
    readonly audited: number;
    readonly withFindings: number;
    readonly byCode: Readonly<Record<string, number>>;
    readonly findings: readonly {
      readonly repairOrderId: string;
      readonly code: string;
      readonly rule: string;
      readonly cite: string;
      readonly message: LocalizedText;
    }[];
  };
  /** The scorecard for the whole period against the manuals' targets. */
  readonly scorecard: { readonly rows: readonly ScorecardRow[]; readonly summary: ScorecardSummary };
  readonly trends: readonly KpiTrend[];
  readonly comebacks: readonly DrillDownItem[];
  readonly complaints: readonly DrillDownItem[];
}

/** The parts department: health, ABC, ageing and the suggested order. */
export interface PartsSection {
  readonly health: {
    readonly kpis: readonly PartsHealthKpi[];
    readonly findings: readonly PartsHealthFinding[];
  };
  /** Parts and stock value per ABC class (A: the top 80 % of consumption value, per the manual). */
  readonly abc: readonly {
    readonly class: 'A' | 'B' | 'C' | 'none';
    readonly parts: number;
    readonly stockValue: string;
  }[];
  /** Stock value by age since the part last moved. */
  readonly ageing: readonly {
    readonly bucket: string;
    readonly label: LocalizedText;
    readonly stockValue: string;
  }[];
  readonly suggestedOrder: {
    readonly lines: number;
    readonly value: string;
    readonly top: readonly {
      readonly partNumber: string;
      readonly quantity: string;
      readonly value: string;
      readonly reason: LocalizedText;
    }[];
  };
}

/** The warranty department: the carmaker's claim audit and the 三包 cases. */
export interface WarrantySection {
  readonly claims: {
    readonly summary: ClaimAuditSummary;
    readonly findings: readonly (ClaimFinding & { readonly claimId: string | null; readonly row: number })[];
  };
  /** Vehicles whose repair history gives (or nearly gives) 三包 rights. */
  readonly sanbao: readonly {
    readonly vin: string;
    readonly jurisdiction: string;
    readonly decision: RightsDecision;
  }[];
}

/**
 * What `aftersales demo` and `aftersales audit` produce: plain JSON, the input of every output
 * format (terminal tables, JSON, CSV, the HTML report).
 */
export interface AuditReport {
  readonly dealer: DealerProfile;
  readonly period: { readonly from: string; readonly to: string };
  readonly asOf: string;
  readonly inputs: Readonly<Record<string, InputCount>>;
  readonly rejections: readonly AuditRejection[];
  readonly service: ServiceSection;
  readonly parts: PartsSection;
  readonly warranty: WarrantySection;
  /** Findings in all sections, rejections excluded: 0 means a clean audit (exit code 0). */
  readonly findingCount: number;
}
