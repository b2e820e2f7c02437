/**
 * The thread reader and, later, the analysis come in their own chunk: the HTML parser
 * behind them is a third of the pane's JavaScript, and nothing needs it before the
 * email is read. `index.tsx` starts the download at once, so it arrives while Office.js
 * is still starting up; first paint does not wait for it.
 */
import type * as CoreModule from "../core";

export type Core = typeof CoreModule;

let loading: Promise<Core> | undefined;

/** The pure core, loaded once. */
export function loadCore(): Promise<Core> {
  loading ??= import(/* webpackChunkName: "analysis" */ "../core");
  return loading;
}

/** Starts downloading the email view's chunk, so it arrives with the core. */
export function preloadEmailView(): void {
  import(/* webpackChunkName: "email" */ "./EmailView").catch(() => undefined);
}
