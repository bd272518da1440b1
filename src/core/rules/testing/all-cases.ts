/** The cases of every rule, in registry order: the rule tests run them and the rules document shows them. */
import { cases as basicEconomicGroups } from '../basic-economic/groups.cases';
import { cases as basicEconomicMatchesGeneral } from '../basic-economic/matches-general.cases';
import { cases as basicEconomicRowSum } from '../basic-economic/row-sum.cases';
import { cases as codesConsistentNames } from '../codes/consistent-names.cases';
import { cases as codesEconomicNames } from '../codes/economic-names.cases';
import { cases as codesFunctionNames } from '../codes/function-names.cases';
import { cases as codesIncomeInExpenditure } from '../codes/income-in-expenditure.cases';
import { cases as codesMissingCode } from '../codes/missing-code.cases';
import { cases as expenditureHierarchy } from '../expenditure/hierarchy.cases';
import { cases as expenditureRowSum } from '../expenditure/row-sum.cases';
import { cases as fiscalClassesMatchFund } from '../fiscal-summary/classes-match-fund.cases';
import { cases as fiscalClassesMatchGeneral } from '../fiscal-summary/classes-match-general.cases';
import { cases as fiscalSummaryRowSum } from '../fiscal-summary/row-sum.cases';
import { cases as fundingRowSum } from '../funding/row-sum.cases';
import { cases as gpsAmountWithinProject } from '../gps/amount-within-project.cases';
import { cases as gpsCodeInCatalog } from '../gps/code-in-catalog.cases';
import { cases as gpsDepartmentScope } from '../gps/department-scope.cases';
import { cases as gpsForbiddenContent } from '../gps/forbidden-content.cases';
import { cases as gpsNameMatchesCode } from '../gps/name-matches-code.cases';
import { cases as gpsProjectExists } from '../gps/project-exists.cases';
import { cases as incomeHierarchy } from '../income/hierarchy.cases';
import { cases as incomeMatchesSummary } from '../income/matches-summary.cases';
import { cases as incomeRowSum } from '../income/row-sum.cases';
import { cases as metaAmountReadable } from '../meta/amount-readable.cases';
import { cases as metaNoDataNote } from '../meta/no-data-note.cases';
import { cases as metaRequiredTables } from '../meta/required-tables.cases';
import { cases as metaUnitLabel } from '../meta/unit-label.cases';
import { cases as metaUnitName } from '../meta/unit-name.cases';
import { cases as metaYear } from '../meta/year.cases';
import { cases as narrativeAmounts } from '../narrative/amounts.cases';
import { cases as narrativeChangeParts } from '../narrative/change-parts.cases';
import { cases as narrativeClassNames } from '../narrative/class-names.cases';
import { cases as narrativeDrafting } from '../narrative/drafting.cases';
import { cases as narrativeItemChanges } from '../narrative/item-changes.cases';
import { cases as narrativeItems } from '../narrative/items.cases';
import { cases as narrativePercentages } from '../narrative/percentages.cases';
import { cases as narrativeProcurementSum } from '../narrative/procurement-sum.cases';
import { cases as narrativeYearOnYear } from '../narrative/year-on-year.cases';
import { cases as narrativeYears } from '../narrative/years.cases';
import { cases as operatingCostMatchesPublic } from '../operating-cost/matches-public.cases';
import { cases as operatingCostUnitsSum } from '../operating-cost/units-sum.cases';
import { cases as projectMatchesExpenditure } from '../project/matches-expenditure.cases';
import { cases as projectUnitSubtotals } from '../project/unit-subtotals.cases';
import { cases as summaryBalance } from '../summary/balance.cases';
import { cases as summaryClassesMatchExpenditure } from '../summary/classes-match-expenditure.cases';
import { cases as summaryExpenditureTotal } from '../summary/expenditure-total.cases';
import { cases as summaryGrandTotals } from '../summary/grand-totals.cases';
import { cases as summaryIncomeTotal } from '../summary/income-total.cases';
import { cases as summaryRowSum } from '../summary/row-sum.cases';
import { cases as threePublicNarrative } from '../three-public/narrative.cases';
import { cases as threePublicSums } from '../three-public/sums.cases';
import type { RuleCases } from './cases';

export const RULE_CASES: readonly RuleCases[] = [
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
