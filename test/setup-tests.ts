// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName, …) to expect.
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// The pane loads the analysis core on demand; under ts-jest its first import compiles
// the rules and templates, which can take a few seconds on a busy two-core machine.
configure({ asyncUtilTimeout: 8_000 });
