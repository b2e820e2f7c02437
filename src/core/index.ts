/**
 * The core's public surface: pure functions of their input, no Office, no DOM, no I/O.
 * Import from here, not from the files behind it.
 */

export { readThread } from "./thread/readThread";
export type { Language, ReadThreadOptions, ThreadMessage } from "./thread/readThread";
export { detectLanguage } from "./thread/language";
export { parseMailDate } from "./thread/dates";

export { analyzeThread, prepareAnalysis } from "./signals/analyzeThread";
export type { AnalysisSettings, MessageAnalysis, ThreadAnalysis } from "./signals/analyzeThread";
export type { SignalSummary, ThreadSummary } from "./signals/summary";
export { SIGNAL_IDS, SIGNAL_KIND, isSignalId } from "./signals/signalIds";
export type { SignalId, SignalKind } from "./signals/signalIds";
export type { Evidence, Finding, LocalizedText, PhraseRule, Severity } from "./signals/types";
export { createMemoryStore } from "./storage/keyValueStore";
export type { KeyValueStore, MemoryStore } from "./storage/keyValueStore";
export { findingKey, readFindingPreferences, writeFindingPreferences } from "./storage/preferences";
export type { FindingPreferences } from "./storage/preferences";
export { ruleById } from "./signals/rules";
export { REPLY_TEMPLATES } from "./templates/templates";
export { renderTemplate, textToHtml, escapeHtml } from "./templates/render";
export type { FieldValues, RenderedText } from "./templates/render";
export { FIELDS, fieldDefinition, settingsFieldValues, formatDate } from "./templates/fields";
export type { FieldDefinition } from "./templates/fields";
export { emailFieldValues, registerFor } from "./templates/emailFacts";
export { rankTemplates, suggestedTemplateIds } from "./templates/rank";
export type { RankedTemplate } from "./templates/rank";
export { TEMPLATE_IDS } from "./templates/types";
export type { FieldId, Register, ReplyTemplate, TemplateId, TemplateText, Variant } from "./templates/types";

export { CLIENT_LIMITS, isPlausibleAddress, mergeClientMaps, mergeRecords, normaliseAddress, sortClientsForList } from "./clients/clientRecords";
export type { ClientRecord, HistoryEntry, SignalCounts } from "./clients/clientRecords";
export { CLIENTS_BACKUP_KEY, CLIENTS_KEY, CLIENTS_SCHEMA_VERSION, SIGNAL_CODES, decodeClients, encodeClients } from "./clients/schema";
export type { StoredClient, StoredClients, StoredRead } from "./clients/schema";
export { CLIENTS_BUDGET, fitToBudget, floorSize, serialisedSize } from "./clients/budget";
export type { BudgetFit } from "./clients/budget";
export { createClientStore } from "./clients/clientStore";
export type { ClientMutationResult, ClientStoragePort, ClientStore, ClientStoreOptions, ClientStoreProblem, ClientStoreStatus } from "./clients/clientStore";
export { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS, exportClients, importClients } from "./clients/exchange";
export type { ImportResult } from "./clients/exchange";
export { PART_WAYS, SEVERE_SIGNALS, adviseOnClient } from "./clients/advice";
export type { AdviceReason, AdviceVerdict, ClientAdvice } from "./clients/advice";
