import { htmlToLines, MAX_NESTING, nestingDepth, stripTags } from "./htmlToText";
import { LineMark } from "./lines";

function texts(html: string): string[] {
  return htmlToLines(html).map((l) => `${l.depth}${l.mark === LineMark.None ? "" : `#${l.mark}`}:${l.text}`);
}

describe("htmlToLines", () => {
  it("decodes entities and breaks lines at <br> and blocks", () => {
    expect(texts("<div>Gr&uuml;&szlig;e &amp; &lt;Dank&gt;<br>zweite&nbsp;Zeile</div><div>dritte</div>")).toEqual([
      "0:Grüße & <Dank>",
      "0:zweite Zeile",
      "0:dritte",
    ]);
  });

  it("separates paragraphs by one blank line, and keeps Outlook's &nbsp; lines as blank lines", () => {
    expect(texts("<p>one</p><p>two</p>")).toEqual(["0:one", "0:", "0:two"]);
    expect(texts('<p class="MsoNormal">one</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">two</p>')).toEqual([
      "0:one",
      "0:",
      "0:two",
    ]);
  });

  it("counts blockquotes as quote depth", () => {
    expect(texts("new<blockquote>old<blockquote>older</blockquote>old again</blockquote>")).toEqual([
      "0:new",
      "1:old",
      "2:older",
      "1:old again",
    ]);
  });

  it("marks Outlook's and Gmail's reply separators and signature blocks", () => {
    expect(texts('<div id="divRplyFwdMsg"><b>From:</b> Anna</div>')).toEqual(["0#1:", "0:From: Anna"]);
    expect(texts('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p>Von: Anna</p></div>')).toEqual([
      "0#1:",
      "0:Von: Anna",
    ]);
    expect(texts('<div class="gmail_quote">On … wrote:</div>')).toEqual(["0:On … wrote:"]);
    expect(texts('<div class="gmail_signature">Anna</div>')).toEqual(["0#2:", "0:Anna"]);
    expect(texts('<div id="Signature">Anna</div>')).toEqual(["0#2:", "0:Anna"]);
  });

  it("reads '>' markers left in HTML converted from a plain-text reply", () => {
    expect(texts("<div>answer</div><div>&gt; question</div><div>&gt;&gt; older</div>")).toEqual(["0:answer", "1:question", "2:older"]);
  });

  it("writes lists with bullets and numbers, nested lists indented", () => {
    expect(texts('<ul><li>a</li><li>b<ol start="3"><li>c</li></ol></li></ul>')).toEqual(["0:- a", "0:- b", "0:  3. c"]);
  });

  it("writes a table row per line with cells separated by a bar", () => {
    expect(texts('<table><tr><td><p class="MsoNormal">Item</p></td><td>Price</td></tr><tr><td>Logo</td><td>900 €</td></tr></table>')).toEqual([
      "0:Item | Price",
      "0:Logo | 900 €",
    ]);
  });

  it("keeps the indentation of preformatted text", () => {
    expect(texts("<pre>if (x) {\n    y();\n}</pre>")).toEqual(["0:if (x) {", "0:    y();", "0:}"]);
  });

  it("drops scripts, styles, the head and images", () => {
    expect(texts("<head><title>t</title></head><style>p{}</style><script>x()</script><img src=a alt=b>ok")).toEqual(["0:ok"]);
  });

  it("cannot be fooled into structure by private-use marks in the input", () => {
    expect(texts("a\uDC00b&#xDC01;c&#56320;d")).toEqual(["0:ab\uFFFDc\uFFFDd"]);
  });

  it("keeps emoji whose second half looks like a mark", () => {
    expect(texts("<div>\u{1F400} rat</div>")).toEqual(["0:\u{1F400} rat"]);
  });

  it("reads bodies nested deeper than a mail client ever nests with the plain stripper", () => {
    const deep = "<blockquote>".repeat(MAX_NESTING + 10) + "deep &amp; dark" + "</blockquote>".repeat(MAX_NESTING + 10);
    const lines = htmlToLines(deep);
    expect(lines).toEqual([{ depth: MAX_NESTING + 10, text: "deep & dark", mark: LineMark.None, rawLength: 11 }]);
  });
});

describe("nestingDepth", () => {
  it("follows htmlparser2's open elements: void elements, implied closes, unmatched closes", () => {
    expect(nestingDepth("<div><p>a<p>b<p>c</div>", 100)).toBe(2);
    expect(nestingDepth("<ul><li>a<li>b<li>c</ul>", 100)).toBe(2);
    expect(nestingDepth("<div><br><img><hr><input></div>", 100)).toBe(1);
    expect(nestingDepth("<div></span></span><div>", 100)).toBe(2);
    expect(nestingDepth("<div><!-- <div><div> --><div>", 100)).toBe(2);
    expect(nestingDepth('<div title="<div><div>"><div>', 100)).toBe(2);
  });

  it("never reports less than the parser will see", () => {
    expect(nestingDepth("<div>".repeat(1000), 10_000)).toBe(1000);
    expect(nestingDepth("<span>".repeat(1000), 500)).toBeGreaterThan(500);
  });
});

describe("stripTags", () => {
  it("reads text, line breaks, quote depth and common entities in one pass", () => {
    expect(stripTags("a<br>b<blockquote>c &amp; d<script>x<y</script></blockquote><p>e</p>").map((l) => `${l.depth}:${l.text}`)).toEqual([
      "0:a",
      "0:b",
      "1:c & d",
      "0:e",
    ]);
  });
});
