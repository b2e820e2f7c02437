import fc from "fast-check";
import { MAX_SEGMENT, splitSegments, tokenize } from "./segments";

const pieces = (text: string) => splitSegments(text).map((segment) => text.slice(segment.start, segment.end));

describe("splitSegments", () => {
  it("splits at sentence ends, blank lines, list items and a greeting line, not at a hard wrap", () => {
    const text = "Hi Mara,\nthanks for the files! Could you also do the\nflyers?\n\n- menu boards\n- banner\nAnna";
    expect(pieces(text)).toEqual(["Hi Mara,", "thanks for the files!", "Could you also do the\nflyers?", "- menu boards", "- banner\nAnna"]);
  });

  it("keeps abbreviations and German ordinals inside their sentence", () => {
    expect(pieces("Bitte z.B. die Logos bis zum 3. März schicken. Danke")).toEqual(["Bitte z.B. die Logos bis zum 3. März schicken.", "Danke"]);
    expect(pieces("Send e.g. the PDF. Thanks")).toEqual(["Send e.g. the PDF.", "Thanks"]);
  });

  it("keeps runs of marks with their sentence", () => {
    expect(pieces("Any update?? Hello?! Fine...")).toEqual(["Any update??", "Hello?!", "Fine..."]);
  });

  it("cuts an endless line into bounded pieces that cover it", () => {
    const text = "word ".repeat(2000);
    const segments = splitSegments(text);
    expect(segments.every((segment) => segment.end - segment.start <= MAX_SEGMENT)).toBe(true);
    expect(segments.map((segment) => text.slice(segment.start, segment.end)).join(" ")).toBe(text.trim());
  });

  it("returns ordered, non-overlapping, trimmed segments for any input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000, unit: fc.constantFrom("a", "B", " ", "\n", ".", "!", "?", ",", "-", "1", "ß", "😀") }), (text) => {
        let previousEnd = 0;
        for (const segment of splitSegments(text)) {
          expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
          expect(segment.end).toBeGreaterThan(segment.start);
          const piece = text.slice(segment.start, segment.end);
          expect(piece).toBe(piece.trim());
          previousEnd = segment.end;
        }
      }),
    );
  });
});

describe("tokenize", () => {
  it("yields words folded for look-up, with offsets", () => {
    expect(tokenize("Grüße, Änderung: don't")).toEqual([
      { start: 0, end: 5, folded: "gruesse" },
      { start: 7, end: 15, folded: "aenderung" },
      { start: 17, end: 20, folded: "don" },
      { start: 21, end: 22, folded: "t" },
    ]);
  });
});
