/**
 * What the pane and its analysis worker say to each other. Everything crosses by
 * structured clone: the thread's dates stay dates, findings stay plain objects.
 */
import type { AnalysisSettings, ReadThreadOptions, ThreadAnalysis, ThreadMessage } from "../../core";

export type AnalysisRequest =
  | { readonly id: number; readonly kind: "read"; readonly body: string; readonly options: ReadThreadOptions }
  | { readonly id: number; readonly kind: "analyze"; readonly messages: readonly ThreadMessage[]; readonly settings: AnalysisSettings };

export type AnalysisResponse =
  | { readonly id: number; readonly ok: true; readonly result: readonly ThreadMessage[] | ThreadAnalysis }
  | { readonly id: number; readonly ok: false; readonly error: string };
