/**
 * Resolving `resid` references against the <Resources> of the VersionOverrides they sit
 * in. A 1.1 block's resources "override the specific Resources element in any parent
 * portion of the manifest and merge with the rest" (MailAppVersionOverridesV1_1.xsd), so
 * a reference looks in its own block first, then in the enclosing ones.
 */
import type { Element } from "@xmldom/xmldom";
import { ancestor, attr, child, childElements } from "./dom";

export type ResourceList = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export const RESOURCE_LISTS: readonly ResourceList[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

export interface Resource {
  readonly id: string;
  readonly list: ResourceList;
  readonly element: Element;
}

/**
 * Which list a reference must point into, by the referring element's name: the type of
 * each element in the XSDs (bt:ImageResourceReference, URLResourceReference,
 * ShortResourceReference, LongResourceReference).
 */
export function expectedList(reference: Element): ResourceList | undefined {
  switch (reference.localName) {
    case "Image":
      return "Images";
    case "FunctionFile":
    case "SourceLocation":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return undefined;
  }
}

/** The resources defined directly in one VersionOverrides element, in document order. */
export function resourcesOf(versionOverrides: Element): Resource[] {
  const resources = child(versionOverrides, "Resources");
  if (resources === undefined) return [];
  const result: Resource[] = [];
  for (const list of childElements(resources)) {
    const name = list.localName;
    if (!RESOURCE_LISTS.includes(name as ResourceList)) continue;
    for (const item of childElements(list)) {
      const id = attr(item, "id");
      if (id !== undefined) result.push({ id, list: name as ResourceList, element: item });
    }
  }
  return result;
}

/**
 * Finds the resource a `resid` names: in the reference's own VersionOverrides first, then
 * in each enclosing one.
 *
 * @returns every resource with that id in the nearest block that defines it (empty: none).
 */
export function resolve(reference: Element, resid: string): Resource[] {
  for (let scope = ancestor(reference, "VersionOverrides"); scope !== undefined; scope = ancestor(scope, "VersionOverrides")) {
    const found = resourcesOf(scope).filter((r) => r.id === resid);
    if (found.length > 0) return found;
  }
  return [];
}
