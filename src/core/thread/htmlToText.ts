/**
 * HTML bodies as lines of text, with quote depth and reply structure kept.
 *
 * The HTML is parsed by html-to-text (htmlparser2 underneath): it is never executed,
 * scripts and styles are dropped, entities are decoded. Its formatters are replaced so
 * that the result is linear in the size of the input:
 *  - html-to-text's own block and blockquote formatters copy a block's text into its
 *    parent and prefix every quoted line once per level, which is quadratic for a
 *    thread that nests a blockquote per reply. Here every element is written inline,
 *    and structure is recorded as private marks (unpaired UTF-16 low surrogates, which
 *    no input can contain: {@link normaliseBody} removes them and entity decoding
 *    never produces them). One pass over the output turns the marks into {@link Line}s.
 *  - htmlparser2 keeps its open elements in an array it shifts and unshifts, so each
 *    tag costs time in proportion to the nesting depth. A body nested more than
 *    {@link MAX_NESTING} levels (no mail client writes that; junk and attacks do) is
 *    read by {@link stripTags}, a single-pass tag stripper, instead.
 *
 * Reply structure that only HTML shows is kept as marks on lines: Outlook's
 * `divRplyFwdMsg` and border-top header separator become {@link LineMark.ReplySeparator}
 * (Gmail's `gmail_quote` does not: it also wraps answers written between quoted
 * passages, and its attribution line and blockquote say enough); Gmail's
 * `gmail_signature`, Outlook's `#Signature` and Thunderbird's `moz-signature` become
 * {@link LineMark.SignatureStart}. Lists get "- " or "1. " bullets, table rows become
 * lines with cells separated by " | ". A line that still starts with ">" (a plain-text
 * reply converted to HTML) is quoted one level deeper per marker.
 */

import { compile } from "html-to-text";
import type { DomNode, FormatCallback, HtmlToTextOptions } from "html-to-text";
import { type Line, LineMark, normaliseBody, readQuoteMarkers } from "./lines";

/** Deeper nesting than this is not from a mail client; such bodies go through {@link stripTags}. */
export const MAX_NESTING = 400;

const QUOTE_OPEN = "\uDC00";
const QUOTE_CLOSE = "\uDC01";
const BLOCK = "\uDC02";
const PARAGRAPH = "\uDC03";
const REPLY_SEPARATOR = "\uDC04";
const SIGNATURE = "\uDC05";
const CELL = "\uDC06";
const MARKS = /[\uDC00-\uDC06]/;
const HAS_TEXT = /[^\s\u00A0]/;

function attr(elem: DomNode, name: string): string {
  const attribs = elem.attribs as Record<string, unknown> | undefined;
  const value = attribs ? attribs[name] : undefined;
  return typeof value === "string" ? value : "";
}

function hasClass(elem: DomNode, name: string): boolean {
  const cls = attr(elem, "class");
  return cls.length > 0 && cls.split(/\s+/).includes(name);
}

/** Outlook desktop's header separator: `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">`. */
function isOutlookSeparator(elem: DomNode): boolean {
  const style = attr(elem, "style").replace(/\s+/g, "").toLowerCase();
  return style.includes("border:none") && style.includes("border-top:solid") && style.includes("padding:3.0pt");
}

function isReplyContainer(elem: DomNode): boolean {
  const id = attr(elem, "id");
  return (
    id === "divRplyFwdMsg" ||
    id === "mail-editor-reference-message-container" ||
    hasClass(elem, "yahoo_quoted") ||
    hasClass(elem, "moz-forward-container") ||
    isOutlookSeparator(elem)
  );
}

function isSignatureContainer(elem: DomNode): boolean {
  const id = attr(elem, "id");
  return (
    id === "Signature" ||
    id === "signature" ||
    id === "ms-outlook-mobile-signature" ||
    id === "AppleMailSignature" ||
    hasClass(elem, "gmail_signature") ||
    hasClass(elem, "moz-signature")
  );
}

/**
 * Inside a table cell that holds a single line of content, block elements do not
 * break the line: Outlook wraps every cell's text in a <p class=MsoNormal>, and a row
 * should still read "Invoice | Amount". Conversion is synchronous, so a counter is enough.
 */
let inlineCells = 0;

function blockMark(mark: string, builder: Parameters<FormatCallback>[2]): void {
  if (inlineCells === 0) builder.addLiteral(mark);
}

const block: FormatCallback = (elem, walk, builder) => {
  if (isReplyContainer(elem)) builder.addLiteral(REPLY_SEPARATOR);
  if (isSignatureContainer(elem)) builder.addLiteral(SIGNATURE);
  blockMark(BLOCK, builder);
  walk(elem.children, builder);
  blockMark(BLOCK, builder);
};

const paragraph: FormatCallback = (elem, walk, builder) => {
  // Outlook writes every line of a message as <p class=MsoNormal> with no margin: a
  // line, not a paragraph. Empty ones (&nbsp;) are its blank lines.
  const mark = hasClass(elem, "MsoNormal") ? BLOCK : PARAGRAPH;
  blockMark(mark, builder);
  walk(elem.children, builder);
  blockMark(mark, builder);
};

const heading: FormatCallback = (elem, walk, builder) => {
  blockMark(PARAGRAPH, builder);
  walk(elem.children, builder);
  blockMark(PARAGRAPH, builder);
};

const blockquote: FormatCallback = (elem, walk, builder) => {
  builder.addLiteral(QUOTE_OPEN);
  walk(elem.children, builder);
  builder.addLiteral(QUOTE_CLOSE);
};

const lineBreak: FormatCallback = (_elem, _walk, builder) => {
  builder.addLineBreak();
};

const rule: FormatCallback = (_elem, _walk, builder) => {
  builder.addLiteral(PARAGRAPH);
};

const row: FormatCallback = (elem, walk, builder) => {
  builder.addLiteral(BLOCK);
  walk(elem.children, builder);
  builder.addLiteral(BLOCK);
};

const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "span", "font", "b", "strong", "i", "em", "u", "a", "o:p", "center", "small", "big", "sup", "sub",
]);
const LINE_BREAKING_TAGS: ReadonlySet<string> = new Set([
  "table", "tr", "td", "th", "ul", "ol", "li", "blockquote", "pre", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
]);

/**
 * A cell holds one line when its element children (and theirs) are only inline or
 * single-paragraph wrappers. Looks two levels down at most, so each element is
 * inspected a bounded number of times.
 */
function isOneLineCell(elem: DomNode): boolean {
  let blocks = 0;
  for (const child of elem.children) {
    if (child.type !== "tag") continue;
    const name = child.name ?? "";
    if (LINE_BREAKING_TAGS.has(name) || !CONTAINER_TAGS.has(name)) return false;
    if (name === "p" || name === "div") blocks += 1;
    if (blocks > 1) return false;
    for (const grandchild of child.children) {
      if (grandchild.type === "tag" && !CONTAINER_TAGS.has(grandchild.name ?? "")) return false;
    }
  }
  return true;
}

const cell: FormatCallback = (elem, walk, builder) => {
  builder.addLiteral(CELL);
  if (inlineCells > 0 || isOneLineCell(elem)) {
    inlineCells += 1;
    walk(elem.children, builder);
    inlineCells -= 1;
  } else {
    builder.addLiteral(BLOCK);
    walk(elem.children, builder);
    builder.addLiteral(BLOCK);
  }
};

const inline: FormatCallback = (elem, walk, builder) => {
  walk(elem.children, builder);
};

const skip: FormatCallback = () => undefined;

/** List nesting while one conversion runs (conversion is synchronous, so a counter suffices). */
let listDepth = 0;

/** The list bullet's indentation: no-break spaces, so that line trimming keeps them; they become spaces at the end. */
function indent(): string {
  return "\u00A0\u00A0".repeat(Math.max(0, Math.min(listDepth - 1, 8)));
}

const list: FormatCallback = (elem, walk, builder) => {
  const ordered = elem.name === "ol";
  const start = Number.parseInt(attr(elem, "start"), 10);
  let n = Number.isFinite(start) ? start : 1;
  // A list inside a list item continues the item's lines; a top-level list is a paragraph.
  const mark = listDepth > 0 ? BLOCK : PARAGRAPH;
  listDepth += 1;
  blockMark(mark, builder);
  for (const child of elem.children) {
    if (child.type === "tag" && child.name === "li") {
      builder.addLiteral(BLOCK);
      builder.addLiteral(`${indent()}${ordered ? `${n}.` : "-"}\u00A0`);
      n += 1;
      walk(child.children, builder);
      builder.addLiteral(BLOCK);
    } else {
      walk([child], builder);
    }
  }
  listDepth -= 1;
  blockMark(mark, builder);
};

const strayItem: FormatCallback = (elem, walk, builder) => {
  builder.addLiteral(BLOCK);
  builder.addLiteral("-\u00A0");
  walk(elem.children, builder);
  builder.addLiteral(BLOCK);
};

/** Keeps a <pre>'s indentation through the line trimming that follows. */
const pre: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ isPre: true, leadingLineBreaks: 2 });
  walk(elem.children, builder);
  builder.closeBlock({
    trailingLineBreaks: 2,
    blockTransform: (text) => text.replace(/^ +/gm, (spaces) => "\u00A0".repeat(spaces.length)),
  });
};

const BLOCK_TAGS = [
  "div", "section", "article", "header", "footer", "main", "nav", "aside", "form", "address", "center",
  "dl", "dt", "dd", "figure", "figcaption", "details", "summary", "fieldset", "legend", "table", "caption",
];
const SKIPPED_TAGS = [
  "head", "style", "script", "title", "meta", "link", "template", "noscript", "iframe", "object", "embed",
  "svg", "math", "canvas", "audio", "video", "img", "map", "select", "textarea", "button", "input",
];

let converter: ((html: string) => string) | null = null;

function getConverter(): (html: string) => string {
  if (converter) return converter;
  const selectors: NonNullable<HtmlToTextOptions["selectors"]> = [
    { selector: "*", format: "clInline" },
    { selector: "a", format: "clInline" },
    { selector: "p", format: "clParagraph" },
    { selector: "blockquote", format: "clQuote" },
    { selector: "br", format: "clBreak" },
    { selector: "hr", format: "clRule" },
    { selector: "ul", format: "clList" },
    { selector: "ol", format: "clList" },
    { selector: "li", format: "clItem" },
    { selector: "tr", format: "clRow" },
    { selector: "td", format: "clCell" },
    { selector: "th", format: "clCell" },
    { selector: "pre", format: "clPre" },
    { selector: "wbr", format: "clInline" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, format: "clHeading" })),
    ...BLOCK_TAGS.map((selector) => ({ selector, format: "clBlock" })),
    ...SKIPPED_TAGS.map((selector) => ({ selector, format: "clSkip" })),
  ];
  converter = compile({
    wordwrap: false,
    preserveNewlines: false,
    decodeEntities: true,
    baseElements: { selectors: ["body"], returnDomByDefault: true },
    // The input is bounded by the caller ({@link MAX_NESTING}); these only back that up.
    limits: { maxInputLength: Number.MAX_SAFE_INTEGER, maxDepth: MAX_NESTING + 50, maxChildNodes: undefined, ellipsis: "" },
    formatters: {
      clBlock: block,
      clParagraph: paragraph,
      clHeading: heading,
      clQuote: blockquote,
      clBreak: lineBreak,
      clRule: rule,
      clList: list,
      clItem: strayItem,
      clRow: row,
      clCell: cell,
      clPre: pre,
      clInline: inline,
      clSkip: skip,
    },
    selectors,
  });
  return converter;
}

/**
 * Turns the converter's output, with its private marks, into lines. One pass:
 * quote marks change the depth, block and paragraph marks end a line (a paragraph
 * also asks for a blank line before the next text), cell marks separate cells.
 */
function marksToLines(out: string): Line[] {
  const lines: Line[] = [];
  let depth = 0;
  let current = "";
  let blankWanted = false;
  let cellPending = false;

  const emit = (text: string, mark: LineMark): void => {
    const last = lines[lines.length - 1];
    if (mark === LineMark.None && text.length === 0) {
      if (last && (last.text.length > 0 || last.mark !== LineMark.None)) {
        lines.push({ depth, text: "", mark: LineMark.None, rawLength: 0 });
      }
      return;
    }
    if (blankWanted && mark === LineMark.None && last && last.text.length > 0 && last.depth === depth) {
      lines.push({ depth, text: "", mark: LineMark.None, rawLength: 0 });
    }
    blankWanted = false;
    if (mark === LineMark.None && text.startsWith(">")) {
      const quoted = readQuoteMarkers(text);
      lines.push({ depth: depth + quoted.depth, text: quoted.text, mark, rawLength: text.length });
      return;
    }
    lines.push({ depth, text, mark, rawLength: text.length });
  };
  const endLine = (force: boolean): void => {
    const text = current.replace(/^[ \t]+/, "").replace(/\u00A0/g, " ").trimEnd();
    // A line of only no-break spaces is a blank line on purpose (Outlook's <p>&nbsp;</p>).
    if (text.length > 0 || force || current.includes("\u00A0")) emit(text, LineMark.None);
    current = "";
    currentHasText = false;
    cellPending = false;
  };
  // Whether `current` holds more than white space; tracked so that no step re-reads the line.
  let currentHasText = false;
  const addText = (piece: string): void => {
    if (piece.length === 0) return;
    const hasText = HAS_TEXT.test(piece);
    if (cellPending && hasText) {
      if (currentHasText) current += " | ";
      cellPending = false;
    }
    current += piece;
    if (hasText) currentHasText = true;
  };

  let start = 0;
  const n = out.length;
  while (start <= n) {
    let end = out.indexOf("\n", start);
    if (end === -1) end = n;
    const raw = out.slice(start, end);
    if (!MARKS.test(raw)) {
      addText(raw);
    } else {
      let from = 0;
      for (let k = 0; k < raw.length; k += 1) {
        const code = raw.charCodeAt(k);
        if (code < 0xdc00 || code > 0xdc06) continue;
        const before = k > 0 ? raw.charCodeAt(k - 1) : 0;
        // A low surrogate right after a high one is half of a real character (an emoji), not a mark.
        if (before >= 0xd800 && before <= 0xdbff) continue;
        addText(raw.slice(from, k));
        from = k + 1;
        switch (code) {
          case 0xdc00:
            endLine(false);
            depth += 1;
            blankWanted = false;
            break;
          case 0xdc01:
            endLine(false);
            depth = Math.max(0, depth - 1);
            blankWanted = false;
            break;
          case 0xdc02:
            endLine(false);
            break;
          case 0xdc03:
            endLine(false);
            blankWanted = true;
            break;
          case 0xdc04:
            endLine(false);
            emit("", LineMark.ReplySeparator);
            break;
          case 0xdc05:
            endLine(false);
            emit("", LineMark.SignatureStart);
            break;
          default:
            cellPending = true;
        }
      }
      addText(raw.slice(from));
    }
    if (end < n) endLine(true);
    else endLine(false);
    start = end + 1;
  }
  return lines;
}

/**
 * Upper bound of the element nesting htmlparser2 will reach on `html`, computed in one
 * pass by mirroring its open-element stack (void elements, implied closes of p, li,
 * td…, close tags that close everything above their match). Returns early once the
 * bound exceeds `limit`. Quoted attribute values and comments are skipped as the
 * tokenizer skips them; anything this scanner reads differently only makes the bound
 * larger, never smaller.
 */
export function nestingDepth(html: string, limit: number): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let max = 0;
  const n = html.length;
  let i = html.indexOf("<");
  while (i !== -1 && i < n - 1) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (html.startsWith("<!--", i)) {
        const close = html.indexOf("-->", i + 4);
        if (close === -1) break;
        i = html.indexOf("<", close + 3);
      } else {
        const close = html.indexOf(">", i + 2);
        if (close === -1) break;
        i = html.indexOf("<", close + 1);
      }
      continue;
    }
    const closing = next === 47; /* / */
    let j = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(j))) {
      if (next === 63 /* ? */) {
        const close = html.indexOf(">", i + 2);
        if (close === -1) break;
        i = html.indexOf("<", close + 1);
      } else {
        i = html.indexOf("<", i + 1);
      }
      continue;
    }
    const nameStart = j;
    while (j < n && !isNameEnd(html.charCodeAt(j))) j += 1;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    if (closing) {
      if (!VOID_ELEMENTS.has(name) && (open.get(name) ?? 0) > 0) {
        for (;;) {
          const top = stack.pop();
          if (top === undefined) break;
          open.set(top, (open.get(top) ?? 1) - 1);
          if (top === name) break;
        }
      }
    } else {
      const implied = IMPLIES_CLOSE.get(name);
      if (implied) {
        for (;;) {
          const top = stack[stack.length - 1];
          if (top === undefined || !implied.has(top)) break;
          stack.pop();
          open.set(top, (open.get(top) ?? 1) - 1);
        }
      }
      if (!VOID_ELEMENTS.has(name)) {
        stack.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
        if (stack.length > max) {
          max = stack.length;
          if (max > limit) return max;
        }
      }
    }
    if (end === -1) break;
    i = html.indexOf("<", end + 1);
  }
  return max;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 47 || code === 62;
}

/** Index of the ">" that ends the tag whose attributes start at `from`, skipping quoted values; -1 if none. */
function tagEnd(html: string, from: number): number {
  const n = html.length;
  let k = from;
  let afterEquals = false;
  while (k < n) {
    const code = html.charCodeAt(k);
    if (code === 62 /* > */) return k;
    if (code === 61 /* = */) {
      afterEquals = true;
      k += 1;
      continue;
    }
    if (afterEquals && (code === 34 || code === 39)) {
      const close = html.indexOf(code === 34 ? '"' : "'", k + 1);
      if (close === -1) return -1;
      k = close + 1;
      afterEquals = false;
      continue;
    }
    if (!(code === 32 || code === 9 || code === 10 || code === 12 || code === 13)) afterEquals = false;
    k += 1;
  }
  return -1;
}

const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex",
  "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

const P_ONLY: ReadonlySet<string> = new Set(["p"]);
const FORM_TAGS: ReadonlySet<string> = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t): [string, ReadonlySet<string>] => [t, FORM_TAGS]),
  ...[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section",
    "table", "ul",
  ].map((t): [string, ReadonlySet<string>] => [t, P_ONLY]),
]);

const BREAK_TAGS: ReadonlySet<string> = new Set([
  "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "article",
  "header", "footer", "pre", "hr", "dd", "dt", "address",
]);
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(["script", "style", "head", "title", "template", "noscript"]);

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"], ["nbsp", " "],
  ["auml", "ä"], ["ouml", "ö"], ["uuml", "ü"], ["Auml", "Ä"], ["Ouml", "Ö"], ["Uuml", "Ü"], ["szlig", "ß"],
  ["eacute", "é"], ["egrave", "è"], ["euro", "€"], ["ndash", "–"], ["mdash", "—"], ["hellip", "…"],
  ["rsquo", "’"], ["lsquo", "‘"], ["rdquo", "”"], ["ldquo", "“"], ["bdquo", "„"], ["copy", "©"],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // Surrogates and out-of-range code points decode to U+FFFD, as in HTML.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
      return String.fromCodePoint(code);
    }
    return ENTITIES.get(body) ?? whole;
  });
}

/** Index of the next "</name" (any letter case) at or after `from`, or the end of the input. */
function findClosingTag(html: string, name: string, from: number): number {
  let k = html.indexOf("</", from);
  while (k !== -1) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
    k = html.indexOf("</", k + 2);
  }
  return html.length;
}

/**
 * Reads HTML without building a tree: one pass that drops tags (and the content of
 * script, style and head), breaks lines at block tags, counts blockquotes for the
 * quote depth and decodes the common entities. Used for bodies too deeply nested for
 * the parser; less faithful (no lists, tables or reply marks), never slow.
 */
export function stripTags(html: string): Line[] {
  const lines: Line[] = [];
  let depth = 0;
  let current = "";
  const flush = (force: boolean): void => {
    const text = decodeEntities(current).replace(/\s+/g, " ").trim();
    if (text.length > 0 || force) lines.push({ depth, text, mark: LineMark.None, rawLength: text.length });
    current = "";
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      current += html.slice(i);
      break;
    }
    current += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 47;
    let j = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(j))) {
      current += "<";
      i = lt + 1;
      continue;
    }
    const nameStart = j;
    while (j < n && !isNameEnd(html.charCodeAt(j))) j += 1;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    i = end === -1 ? n : end + 1;
    if (!closing && RAW_TEXT_TAGS.has(name)) {
      i = findClosingTag(html, name, i);
      continue;
    }
    if (name === "blockquote") {
      flush(false);
      depth = closing ? Math.max(0, depth - 1) : depth + 1;
    } else if (name === "br") {
      flush(true);
    } else if (BREAK_TAGS.has(name)) {
      flush(false);
    }
  }
  flush(false);
  return lines;
}

/**
 * Converts an HTML body to lines of text.
 *
 * Takes the HTML as Outlook, Gmail or Apple Mail produce it (any junk too); returns
 * its lines with quote depth and reply/signature marks. Never executes anything and
 * never throws on malformed markup.
 */
export function htmlToLines(html: string): Line[] {
  const clean = normaliseBody(html);
  if (nestingDepth(clean, MAX_NESTING) > MAX_NESTING) return stripTags(clean);
  listDepth = 0;
  inlineCells = 0;
  let out: string;
  try {
    out = getConverter()(clean);
  } catch {
    return stripTags(clean);
  }
  return marksToLines(out);
}
