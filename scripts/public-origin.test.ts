import { readFileSync } from "node:fs";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicOrigin, rewriteManifest } = require("./public-origin") as {
  publicOrigin: (isProduction: boolean, configured: string | undefined) => string;
  rewriteManifest: (xml: string, origin: string) => string;
};

describe("the production origin", () => {
  it("stays on localhost in development and when no address is configured", () => {
    expect(publicOrigin(false, "https://addin.example.com")).toBe("https://localhost:3000");
    expect(publicOrigin(true, undefined)).toBe("https://localhost:3000");
  });

  it("takes ADDIN_PUBLIC_URL in production, with or without a path and trailing slash", () => {
    expect(publicOrigin(true, "https://addin.example.com/")).toBe("https://addin.example.com");
    expect(publicOrigin(true, "https://cdn.example.com/clear-lines/")).toBe("https://cdn.example.com/clear-lines");
  });

  it.each([
    ["http://addin.example.com", /must be https/],
    ["addin.example.com", /is not a URL/],
    ["https://addin.example.com/?v=1", /query or fragment/],
  ])("refuses %s", (configured, message) => {
    expect(() => publicOrigin(true, configured)).toThrow(message);
  });

  it("points every URL of the real manifest at the public origin", () => {
    const manifest = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
    const rewritten = rewriteManifest(manifest, "https://addin.example.com");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('DefaultValue="https://addin.example.com/taskpane.html"');
    expect(rewritten.match(/https:\/\/addin\.example\.com\//g)?.length).toBe(manifest.match(/https:\/\/localhost:3000\//g)?.length);
  });
});
