export { comparisonTable } from './comparison-table.js';
export { reportPlanFromSimulation } from './from-simulation.js';
export type {
  ChannelReach,
  PlanCost,
  ReachPoint,
  ReportData,
  ReportPlan,
  SchoolReach,
  TermCompliance,
} from './report-data.js';
export {
  channelTable,
  complianceTable,
  costTable,
  finalReach,
  planSummaryTable,
  reachBySchoolTable,
  reachOverTimeTable,
} from './report-tables.js';
export {
  channelReachTable,
  schoolReachTable,
  termComplianceTable,
  termReachTable,
} from './simulation-tables.js';
export type { ReportColumn, ReportTable } from './table.js';
export { formatCount, formatQuantity, formatShare } from './table.js';
export { displayWidth, formatTextTable } from './text-table.js';
