// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName, …) to expect.
import "@testing-library/jest-dom";
