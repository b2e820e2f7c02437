import { LineMark, linesOf, normaliseBody, splitTextLines } from "./lines";

function view(text: string): string[] {
  const lines = splitTextLines(normaliseBody(text));
  return Array.from({ length: lines.count }, (_, i) => `${lines.depth(i)}:${lines.text(i)}`);
}

describe("splitTextLines", () => {
  it("reads quote depth with and without spaces between markers", () => {
    expect(view("a\n> b\n>> c\n> > d\n   > e\n>f\n>")).toEqual(["0:a", "1:b", "2:c", "2:d", "1:e", "1:f", "1:"]);
  });

  it("keeps indentation after the marker's space and drops trailing white space", () => {
    expect(view(">    code  \n  indented\t")).toEqual(["1:   code", "0:  indented"]);
  });

  it("gives the wrapped tail of a long quoted line back to the quote", () => {
    const text = [
      "> Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nullam pharetra d",
      "ignissim odio?",
      "> Vestibulum nec dui luctus",
    ].join("\n");
    expect(view(text)).toEqual(["1:Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nullam pharetra d", "1:ignissim odio?", "1:Vestibulum nec dui luctus"]);
  });

  it("leaves an inline answer between quoted lines to the author", () => {
    const text = ["> Lorem ipsum dolor sit amet, consectetur adipiscing elit. Can we do this?", "Yes, we can.", "> Next question"].join("\n");
    expect(view(text)[1]).toBe("0:Yes, we can.");
    expect(view("> short question?\nyes\n> next")[1]).toBe("0:yes");
  });
});

describe("the lines of a plain-text body", () => {
  it("answers for every line, and as nothing past either end", () => {
    const lines = splitTextLines("a\n\n> b  \n");
    expect(lines.count).toBe(4);
    expect([0, 1, 2, 3].map((i) => [lines.depth(i), lines.text(i), lines.isBlank(i), lines.mark(i)])).toEqual([
      [0, "a", false, LineMark.None],
      [0, "", true, LineMark.None],
      [1, "b", false, LineMark.None],
      [0, "", true, LineMark.None],
    ]);
    expect([lines.text(4), lines.isBlank(4), lines.isBlank(-1), lines.text(-1)]).toEqual(["", false, false, ""]);
  });

  it("reads an array of line objects the same way (the HTML reader's lines)", () => {
    const lines = linesOf([
      { depth: 0, text: "a", mark: LineMark.None, rawLength: 1 },
      { depth: 1, text: "", mark: LineMark.SignatureStart, rawLength: 0 },
    ]);
    expect([lines.count, lines.text(0), lines.isBlank(0), lines.isBlank(1), lines.mark(1), lines.depth(1), lines.text(2)]).toEqual([
      2, "a", false, false, LineMark.SignatureStart, 1, "",
    ]);
  });
});

describe("normaliseBody", () => {
  it("removes control characters, byte-order marks and unpaired surrogates, and unifies line ends", () => {
    expect(normaliseBody("\uFEFFa\u0000b\r\nc\rd\u00A0e\uD800f\uDC00g😀")).toBe("ab\nc\nd efg😀");
  });

  it("cleans each kind of character also when it is the only kind in the body, and leaves a clean body as it is", () => {
    expect(normaliseBody("a\r\nb\rc")).toBe("a\nb\nc");
    expect(normaliseBody("a\u00A0b")).toBe("a b");
    expect(normaliseBody("a\u0007b")).toBe("ab");
    expect(normaliseBody("a😀b")).toBe("a😀b");
    const clean = "Hello Anna,\n> quoted\n";
    expect(normaliseBody(clean)).toBe(clean);
  });
});
