/** Every rule, in the order findings are reported. Severity per rule is configuration (see engine). */
import { basicEconomicGroups } from './basic-economic/groups';
import { basicEconomicMatchesGeneral } from './basic-economic/matches-general';
import { basicEconomicRowSum } from './basic-economic/row-sum';
import { codesConsistentNames } from './codes/consistent-names';
import { codesEconomicNames } from './codes/economic-names';
import { codesFunctionNames } from './codes/function-names';
import { codesIncomeInExpenditure } from './codes/income-in-expenditure';
import { codesMissingCode } from './codes/missing-code';
import { expenditureHierarchy } from './expenditure/hierarchy';
import { expenditureRowSum } from './expenditure/row-sum';
import { fiscalClassesMatchFund } from './fiscal-summary/classes-match-fund';
import { fiscalClassesMatchGeneral } from './fiscal-summary/classes-match-general';
import { fiscalSummaryRowSum } from './fiscal-summary/row-sum';
import { fundingRowSum } from './funding/row-sum';
import { gpsAmountWithinProject } from './gps/amount-within-project';
import { gpsCodeInCatalog } from './gps/code-in-catalog';
import { gpsDepartmentScope } from './gps/department-scope';
import { gpsForbiddenContent } from './gps/forbidden-content';
import { gpsNameMatchesCode } from './gps/name-matches-code';
import { gpsProjectExists } from './gps/project-exists';
import { incomeHierarchy } from './income/hierarchy';
import { incomeMatchesSummary } from './income/matches-summary';
import { incomeRowSum } from './income/row-sum';
import { metaAmountReadable } from './meta/amount-readable';
import { metaNoDataNote } from './meta/no-data-note';
import { metaRequiredTables } from './meta/required-tables';
import { metaUnitLabel } from './meta/unit-label';
import { metaUnitName } from './meta/unit-name';
import { metaYear } from './meta/year';
import { narrativeAmounts } from './narrative/amounts';
import { narrativeClassNames } from './narrative/class-names';
import { narrativeChangeParts } from './narrative/change-parts';
import { narrativeDrafting } from './narrative/drafting';
import { narrativeYears } from './narrative/years';
import { narrativeItemChanges } from './narrative/item-changes';
import { narrativeItems } from './narrative/items';
import { narrativePercentages } from './narrative/percentages';
import { narrativeProcurementSum } from './narrative/procurement-sum';
import { narrativeYearOnYear } from './narrative/year-on-year';
import { operatingCostMatchesPublic } from './operating-cost/matches-public';
import { operatingCostUnitsSum } from './operating-cost/units-sum';
import { projectMatchesExpenditure } from './project/matches-expenditure';
import { projectUnitSubtotals } from './project/unit-subtotals';
import { summaryBalance } from './summary/balance';
import { summaryClassesMatchExpenditure } from './summary/classes-match-expenditure';
import { summaryExpenditureTotal } from './summary/expenditure-total';
import { summaryGrandTotals } from './summary/grand-totals';
import { summaryIncomeTotal } from './summary/income-total';
import { summaryRowSum } from './summary/row-sum';
import { threePublicNarrative } from './three-public/narrative';
import { threePublicSums } from './three-public/sums';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  metaRequiredTables,
  metaYear,
  metaUnitName,
  metaUnitLabel,
  metaNoDataNote,
  metaAmountReadable,
  summaryIncomeTotal,
  summaryRowSum,
  summaryExpenditureTotal,
  summaryGrandTotals,
  summaryBalance,
  summaryClassesMatchExpenditure,
  incomeRowSum,
  incomeHierarchy,
  incomeMatchesSummary,
  expenditureRowSum,
  expenditureHierarchy,
  fiscalSummaryRowSum,
  fiscalClassesMatchGeneral,
  fiscalClassesMatchFund,
  basicEconomicRowSum,
  basicEconomicGroups,
  basicEconomicMatchesGeneral,
  threePublicSums,
  threePublicNarrative,
  operatingCostUnitsSum,
  operatingCostMatchesPublic,
  fundingRowSum,
  projectUnitSubtotals,
  projectMatchesExpenditure,
  codesFunctionNames,
  codesMissingCode,
  codesEconomicNames,
  codesConsistentNames,
  codesIncomeInExpenditure,
  gpsCodeInCatalog,
  gpsNameMatchesCode,
  gpsAmountWithinProject,
  gpsProjectExists,
  gpsForbiddenContent,
  gpsDepartmentScope,
  narrativeAmounts,
  narrativeItems,
  narrativeItemChanges,
  narrativeChangeParts,
  narrativeDrafting,
  narrativeYears,
  narrativePercentages,
  narrativeYearOnYear,
  narrativeClassNames,
  narrativeProcurementSum,
];
