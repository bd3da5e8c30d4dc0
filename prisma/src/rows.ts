/** Row types of every table, for resolver mappers. Both stores share them. */
export type {
  Document as DocumentRow,
  Country as CountryRow,
  Agreement as AgreementRow,
  AgreementDate as AgreementDateRow,
  Indicator as IndicatorRow,
  Person as PersonRow,
  Role as RoleRow,
  Event as EventRow,
  EventDate as EventDateRow,
} from "../generated/sqlite/client";
export type { Corridor as CorridorRow, CorridorDate as CorridorDateRow } from "../generated/sqlite/client";
export type { TradeFlow as TradeFlowRow } from "../generated/sqlite/client";
