import type { Severity } from "../core";

/** Fluent badge colours by severity: informative for mild, warning for clear, danger for severe. */
export const SEVERITY_COLOR: Readonly<Record<Severity, "informative" | "warning" | "danger">> = {
  1: "informative",
  2: "warning",
  3: "danger",
};
