/**
 * Parsing the manifest and walking its elements, with the source position of every node
 * so that each problem can name the line it is on.
 */
import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  versionOverrides1_0: "http://schemas.microsoft.com/office/mailappversionoverrides",
  versionOverrides1_1: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Where something is in the manifest text: 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type ParseResult =
  | { readonly ok: true; readonly document: Document; readonly root: Element }
  | { readonly ok: false; readonly errors: readonly { readonly message: string; readonly position: Position | undefined }[] };

function positionOf(locator: unknown): Position | undefined {
  if (typeof locator !== "object" || locator === null) return undefined;
  const { lineNumber, columnNumber } = locator as { lineNumber?: unknown; columnNumber?: unknown };
  if (typeof lineNumber !== "number" || lineNumber < 1) return undefined;
  return { line: lineNumber, column: typeof columnNumber === "number" ? columnNumber : 1 };
}

/**
 * Parses the manifest text. Every message the parser reports counts as a failure, warnings
 * included: xmldom recovers from things (an unquoted attribute, an undefined entity) that
 * Outlook's strict parser rejects.
 *
 * @returns the document and its root element, or the parser's messages with positions.
 */
export function parseXml(text: string): ParseResult {
  const errors: { message: string; position: Position | undefined }[] = [];
  let document: Document | undefined;
  try {
    document = new DOMParser({
      onError: (_level, message, context: unknown) => {
        const locator = typeof context === "object" && context !== null ? (context as { locator?: unknown }).locator : undefined;
        errors.push({ message: message.trim(), position: positionOf(locator) });
      },
    }).parseFromString(text, "text/xml");
  } catch (error) {
    // A fatal error was already passed to onError before xmldom threw its ParseError.
    if (errors.length === 0) errors.push({ message: error instanceof Error ? error.message : String(error), position: undefined });
  }
  if (errors.length > 0 || document === undefined) return { ok: false, errors };
  const root = document.documentElement;
  if (root === null) return { ok: false, errors: [{ message: "the document has no root element", position: undefined }] };
  return { ok: true, document, root };
}

/** The source position of a node (xmldom records it while parsing). */
export function positionOfNode(node: Node): Position | undefined {
  const { lineNumber, columnNumber } = node;
  if (lineNumber === undefined) return undefined;
  return { line: lineNumber, column: columnNumber ?? 1 };
}

/** The element children of an element, in document order (text and comments skipped). */
export function childElements(element: Element): Element[] {
  const result: Element[] = [];
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1) result.push(node as Element);
  }
  return result;
}

/** All element descendants of an element, depth first, in document order. */
export function descendants(element: Element): Element[] {
  const result: Element[] = [];
  const walk = (parent: Element): void => {
    for (const child of childElements(parent)) {
      result.push(child);
      walk(child);
    }
  };
  walk(element);
  return result;
}

/** The first element child with the given local name, if any. */
export function child(element: Element, localName: string): Element | undefined {
  return childElements(element).find((c) => c.localName === localName);
}

/** The element children with the given local name. */
export function children(element: Element, localName: string): Element[] {
  return childElements(element).filter((c) => c.localName === localName);
}

/** Follows a path of local names from an element, taking the first match at each step. */
export function path(element: Element, ...localNames: string[]): Element | undefined {
  let current: Element | undefined = element;
  for (const name of localNames) {
    if (current === undefined) return undefined;
    current = child(current, name);
  }
  return current;
}

/** The nearest ancestor with the given local name, if any. */
export function ancestor(element: Element, localName: string): Element | undefined {
  for (let node = element.parentNode; node !== null; node = node.parentNode) {
    if (node.nodeType === 1 && (node as Element).localName === localName) return node as Element;
  }
  return undefined;
}

/** The value of xsi:type without any namespace prefix ("mailappor:X" → "X"), or undefined. */
export function xsiType(element: Element): string | undefined {
  const value = element.getAttributeNS(NS.xsi, "type");
  if (value === null || value === "") return undefined;
  return value.slice(value.indexOf(":") + 1);
}

/** An attribute's value, or undefined when it is absent. */
export function attr(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

/** The trimmed text content of an element. */
export function text(element: Element): string {
  return (element.textContent ?? "").trim();
}

/** How an element is written in the source, for messages: `<bt:Image>`. */
export function tag(element: Element): string {
  return `<${element.tagName}>`;
}
