import { useEffect, useState } from "react";
import { loadCore, type Core } from "./loadCore";

/** The core once its chunk has loaded (null until then, or an error when it cannot load). */
export function useCore(): { core: Core | null; error: unknown } {
  const [state, setState] = useState<{ core: Core | null; error: unknown }>({ core: null, error: null });
  useEffect(() => {
    let current = true;
    loadCore().then(
      (core) => current && setState({ core, error: null }),
      (error: unknown) => current && setState({ core: null, error }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
