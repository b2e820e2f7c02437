import { compileOrder } from "./compileOrder";

describe("compileOrder", () => {
  it("compiles the German rules first for any German", () => {
    for (const tag of ["de", "de-DE", "de-AT", "de-CH", "DE-de", " de-LI "]) expect(compileOrder(tag)).toEqual(["de", "en"]);
  });

  it("compiles the English rules first for every other language, or none", () => {
    for (const tag of ["en-US", "en-GB", "fr-FR", "nl-NL", "", "dex"]) expect(compileOrder(tag)).toEqual(["en", "de"]);
  });
});
