/**
 * The core's public surface: pure functions of their input, no Office, no DOM, no I/O.
 * Import from here, not from the files behind it.
 */

export { readThread } from "./thread/readThread";
export type { Language, ReadThreadOptions, ThreadMessage } from "./thread/readThread";
export { detectLanguage } from "./thread/language";
export { parseMailDate } from "./thread/dates";

export { analyzeThread } from "./signals/analyzeThread";
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
