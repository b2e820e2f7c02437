/**
 * The checks beyond element order: identity, resource references, URLs, icon files,
 * permissions, requirement sets and localised strings. Each takes the parsed root (and,
 * for icons, a way to measure a file) and returns a Report; none touches the file system.
 */
import type { Element } from "@xmldom/xmldom";
import { ancestor, attr, child, children, descendants, path, tag, text, xsiType } from "./dom";
import { Report } from "./report";
import { expectedList, resolve, resourcesOf, type Resource } from "./resources";

/** Pixel size of an image file, or null when there is no such file (or it is not an image). */
export type ReadImageSize = (repoPath: string) => { readonly width: number; readonly height: number } | null;

// ---- identity --------------------------------------------------------------------------------

/** OfficeAppBasicTypesV1_0.xsd: UUID, Version and CultureName patterns. */
const UUID = /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const CULTURE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Checks <Id> (a GUID), <Version> (up to four numbers) and <DefaultLocale> (a culture name). */
export function checkIdentity(root: Element): Report {
  const report = new Report("identity");
  const rules: [string, RegExp, string][] = [
    ["Id", UUID, "a GUID such as 8c9e2a53-3f2b-4b6e-9a51-0c6e5a2f1d47"],
    ["Version", VERSION, "up to four numbers separated by dots, such as 1.0.0.0"],
    ["DefaultLocale", CULTURE, "a culture name such as en-US"],
  ];
  for (const [name, pattern, expected] of rules) {
    const element = child(root, name);
    if (element === undefined) continue; // the schema check reports a missing element
    const value = text(element);
    report.expect(pattern.test(value), () => `<${name}> "${value}" is not ${expected}`, element);
  }
  return report;
}

// ---- resources -------------------------------------------------------------------------------

/**
 * Checks that every `resid` names a resource of the right list (an image for <bt:Image>, a
 * URL for <SourceLocation>, a short string for <Label>, …), that ids fit the schema's 32
 * characters, and that no <Resources> element defines an id twice.
 */
export function checkResources(root: Element): Report {
  const report = new Report("resources");
  for (const versionOverrides of [root, ...descendants(root)].filter((e) => e.localName === "VersionOverrides")) {
    const seen = new Map<string, Resource>();
    for (const resource of resourcesOf(versionOverrides)) {
      const first = seen.get(resource.id);
      if (first !== undefined) {
        const line = first.element.lineNumber;
        report.fail(`resource id "${resource.id}" is defined twice (first in <bt:${first.list}>${line === undefined ? "" : ` on line ${line}`})`, resource.element);
        continue;
      }
      seen.set(resource.id, resource);
      report.expect(resource.id.length <= 32, () => `resource id "${resource.id}" is longer than the 32 characters the schema allows`, resource.element);
    }
  }
  for (const reference of descendants(root).filter((e) => e.hasAttribute("resid"))) {
    const resid = attr(reference, "resid") ?? "";
    const list = expectedList(reference);
    const found = resolve(reference, resid);
    if (found.length === 0) {
      report.fail(`resid "${resid}" on ${tag(reference)} is not defined in <Resources>${list === undefined ? "" : ` (expected in <bt:${list}>)`}`, reference);
      continue;
    }
    if (list !== undefined && !found.some((r) => r.list === list)) {
      report.fail(`resid "${resid}" on ${tag(reference)} must name an entry of <bt:${list}>, but it is defined in <bt:${found[0]?.list ?? "?"}>`, reference);
      continue;
    }
    report.ok();
  }
  return report;
}

// ---- URLs ------------------------------------------------------------------------------------

export type UrlRole = "IconUrl" | "HighResolutionIconUrl" | "SupportUrl" | "SourceLocation" | "AppDomain" | "Image" | "Url";

export interface UrlUse {
  readonly value: string;
  /** What the URL is for: the element that carries it, or the resource list's item. */
  readonly role: UrlRole;
  /** The element the value is written on (an <Override> for a localised value). */
  readonly element: Element;
  /** For a <bt:Image>: the resource element, so icon sizes can be looked up. */
  readonly resource?: Element;
}

/** Every URL in the manifest, with what it is for, in document order. */
export function collectUrls(root: Element): UrlUse[] {
  const uses: UrlUse[] = [];
  const addSetting = (element: Element, role: UrlRole, resource?: Element): void => {
    const extra = resource === undefined ? {} : { resource };
    const value = attr(element, "DefaultValue");
    if (value !== undefined) uses.push({ value, role, element, ...extra });
    for (const override of children(element, "Override")) {
      const overrideValue = attr(override, "Value");
      if (overrideValue !== undefined) uses.push({ value: overrideValue, role, element: override, ...extra });
    }
  };
  for (const role of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"] as const) {
    const element = child(root, role);
    if (element !== undefined) addSetting(element, role);
  }
  const appDomains = child(root, "AppDomains");
  for (const domain of appDomains === undefined ? [] : children(appDomains, "AppDomain")) {
    uses.push({ value: text(domain), role: "AppDomain", element: domain });
  }
  for (const element of descendants(root)) {
    const parent = element.parentNode as Element | null;
    if (element.localName === "SourceLocation" && element.hasAttribute("DefaultValue")) addSetting(element, "SourceLocation");
    else if (parent?.localName === "Images" && element.localName === "Image") addSetting(element, "Image", element);
    else if (parent?.localName === "Urls" && element.localName === "Url") addSetting(element, "Url");
  }
  return uses;
}

/** The origin most URLs share (the first one seen on a tie), or undefined if none parse. */
export function mainOrigin(uses: readonly UrlUse[]): string | undefined {
  const counts = new Map<string, number>();
  for (const use of uses) {
    if (use.role === "AppDomain") continue;
    const origin = originOf(use.value);
    if (origin !== undefined) counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [origin, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = origin;
  return best;
}

function originOf(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

function describeUse(use: UrlUse): string {
  const owner = use.resource ?? (use.element.localName === "Override" ? (use.element.parentNode as Element) : use.element);
  const id = attr(owner, "id");
  return id === undefined ? `<${owner.tagName}>` : `<${owner.tagName} id="${id}">`;
}

/**
 * Checks that every URL is absolute https and that all of them (AppDomains aside, which
 * exist to name other origins) share one origin, naming the odd one out. Outlook refuses
 * http pages, and the production build swaps exactly one origin (webpack.config.js).
 */
export function checkUrls(root: Element): Report {
  const report = new Report("urls");
  const uses = collectUrls(root);
  const origin = mainOrigin(uses);
  for (const use of uses) {
    let url: URL;
    try {
      url = new URL(use.value);
    } catch {
      report.fail(`"${use.value}" on ${describeUse(use)} is not an absolute URL`, use.element);
      continue;
    }
    if (url.protocol !== "https:") {
      report.fail(`${use.value} on ${describeUse(use)} must use https, not ${url.protocol.replace(":", "")}`, use.element);
      continue;
    }
    if (use.role !== "AppDomain" && origin !== undefined && url.origin !== origin) {
      report.fail(`${use.value} on ${describeUse(use)} is on ${url.origin}, but the other URLs are on ${origin}`, use.element);
      continue;
    }
    report.ok();
  }
  return report;
}

// ---- icons -----------------------------------------------------------------------------------

/** ImageResourceReference: "Mandatory values are 16, 32, and 80", optional 20, 24, 40, 48, 64. */
const MANDATORY_ICON_SIZES = [16, 32, 80];
const ALLOWED_ICON_SIZES = new Set([16, 20, 24, 32, 40, 48, 64, 80]);

/** IconUrl and HighResolutionIconUrl reference pages: 64 × 64 and 128 × 128 for mail add-ins. */
const APP_ICON_SIZE: Partial<Record<UrlRole, number>> = { IconUrl: 64, HighResolutionIconUrl: 128 };

/**
 * Checks that each <Icon> offers the mandatory sizes, and that every icon URL on the app's
 * origin names a file in assets/ of the size it is used at: 64 px for <IconUrl>, 128 px for
 * <HighResolutionIconUrl>, and a <bt:Image> resource at the `size` its references give.
 */
export function checkIcons(root: Element, readImageSize: ReadImageSize): Report {
  const report = new Report("icons");
  // Which sizes each image resource is used at, from <Icon><bt:Image size="16" resid="…"/>.
  const usedAt = new Map<Element, Set<number>>();
  for (const icon of descendants(root).filter((e) => e.localName === "Icon")) {
    const sizes = children(icon, "Image").map((image) => ({ image, size: Number(attr(image, "size")) }));
    for (const { image, size } of sizes) {
      report.expect(ALLOWED_ICON_SIZES.has(size), () => `<bt:Image size="${attr(image, "size") ?? ""}"> is not a size Outlook uses (${[...ALLOWED_ICON_SIZES].join(", ")})`, image);
      for (const resource of resolve(image, attr(image, "resid") ?? "")) {
        const set = usedAt.get(resource.element) ?? new Set<number>();
        set.add(size);
        usedAt.set(resource.element, set);
      }
    }
    for (const mandatory of MANDATORY_ICON_SIZES) {
      report.expect(sizes.some((s) => s.size === mandatory), () => `<Icon> has no ${mandatory} px image (16, 32 and 80 are mandatory)`, icon);
    }
  }

  const uses = collectUrls(root);
  const origin = mainOrigin(uses);
  for (const use of uses) {
    if (use.role !== "Image" && APP_ICON_SIZE[use.role] === undefined) continue;
    let url: URL;
    try {
      url = new URL(use.value);
    } catch {
      continue; // the urls check reports it
    }
    if (url.origin !== origin) continue; // served from elsewhere: the urls check reports it
    let file: string;
    try {
      file = decodeURIComponent(url.pathname).replace(/^\/+/, "");
    } catch {
      report.fail(`icon ${use.value} on ${describeUse(use)} has a malformed %-escape in its path`, use.element);
      continue;
    }
    if (!file.startsWith("assets/")) {
      report.fail(`icon ${use.value} on ${describeUse(use)} must be served from /assets/ (the build copies only assets/*.png)`, use.element);
      continue;
    }
    const size = readImageSize(file);
    if (size === null) {
      report.fail(`icon file ${file} (for ${describeUse(use)}) does not exist or is not an image`, use.element);
      continue;
    }
    let expected: number[];
    const appIconSize = APP_ICON_SIZE[use.role];
    if (appIconSize !== undefined) expected = [appIconSize];
    else {
      expected = [...(use.resource === undefined ? [] : (usedAt.get(use.resource) ?? []))].sort((a, b) => a - b);
      if (expected.length > 1) {
        report.fail(`image ${describeUse(use)} is used at sizes ${expected.join(" and ")}; give each size its own file`, use.element);
        continue;
      }
    }
    const want = expected[0];
    if (want === undefined) {
      report.ok(); // an image resource no <Icon> uses: it exists, and no size is asked of it
      continue;
    }
    report.expect(
      size.width === want && size.height === want,
      () => `icon file ${file} is ${size.width}×${size.height} px, but ${describeUse(use)} needs ${want}×${want}`,
      use.element,
    );
  }
  return report;
}

// ---- permissions -----------------------------------------------------------------------------

const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];

/**
 * Checks that there is one <Permissions> with a value the MailApp schema allows, and that it
 * is not ReadWriteMailbox: the add-in only reads the open item and writes into it, so by
 * policy it asks for no more (least privilege, as the schema's documentation advises).
 */
export function checkPermissions(root: Element): Report {
  const report = new Report("permissions");
  const elements = children(root, "Permissions");
  const element = elements[0];
  if (element === undefined) {
    report.fail("<Permissions> is missing: declare ReadWriteItem (or less) explicitly", root);
    return report;
  }
  if (elements.length > 1) {
    report.fail(`there are ${elements.length} <Permissions> elements; declare exactly one`, elements[1]);
    return report;
  }
  const value = text(element);
  if (!PERMISSIONS.includes(value)) {
    report.fail(`<Permissions> "${value}" is not one of ${PERMISSIONS.join(", ")}`, element);
    return report;
  }
  report.expect(value !== "ReadWriteMailbox", () => "<Permissions> ReadWriteMailbox is refused by policy: Clear Lines needs ReadWriteItem at most", element);
  return report;
}

// ---- requirement sets ------------------------------------------------------------------------

/** OfficeAppBasicTypesV1_0.xsd ShortVersion: "([0-9]{1,5})\.([0-9]{1,5})". */
const SHORT_VERSION = /^[0-9]{1,5}\.[0-9]{1,5}$/;
/** Pinnable task panes arrived in Mailbox 1.5 ("Outlook add-in API requirement set 1.5"). */
const PINNING_VERSION = "1.5";

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor === bMajor ? aMinor - bMinor : aMajor - bMajor;
}

/**
 * Reads one <Sets> element: checks its version attributes and its Mailbox set.
 *
 * @returns the Mailbox version it requires, or null when it names one that cannot be read
 *   (already reported), or undefined when it does not name the Mailbox set.
 */
function mailboxVersion(sets: Element, report: Report): string | null | undefined {
  const defaultVersion = attr(sets, "DefaultMinVersion");
  if (defaultVersion !== undefined) {
    report.expect(SHORT_VERSION.test(defaultVersion), () => `DefaultMinVersion "${defaultVersion}" on ${tag(sets)} is not a version like "1.5"`, sets);
  }
  let mailbox: string | null | undefined;
  let found = false;
  for (const set of children(sets, "Set")) {
    const name = attr(set, "Name") ?? "";
    const minVersion = attr(set, "MinVersion");
    if (minVersion !== undefined) {
      report.expect(SHORT_VERSION.test(minVersion), () => `MinVersion "${minVersion}" on <${set.tagName} Name="${name}"> is not a version like "1.5"`, set);
    }
    if (name === "Mailbox") {
      found = true;
      const version = minVersion ?? defaultVersion ?? "1.1"; // the schema's default
      mailbox = SHORT_VERSION.test(version) ? version : null;
    } else if (name.toLowerCase() === "mailbox") {
      report.fail(`requirement set "${name}" must be spelled "Mailbox"`, set);
      found = true;
    }
  }
  report.expect(found, () => `${tag(sets)} does not name the Mailbox requirement set`, sets);
  return mailbox;
}

/**
 * Checks the top-level <Requirements> and each VersionOverrides' <Requirements>: versions
 * are well formed, the Mailbox set is named, no VersionOverrides asks for less than the
 * level it overrides, and a block that pins its task pane asks for at least Mailbox 1.5.
 */
export function checkRequirements(root: Element): Report {
  const report = new Report("requirements");
  const topSets = path(root, "Requirements", "Sets");
  const topVersion = topSets === undefined ? undefined : (mailboxVersion(topSets, report) ?? undefined);
  if (topSets === undefined) report.fail("<Requirements> has no <Sets>: declare the Mailbox requirement set", child(root, "Requirements") ?? root);

  const versionOf = new Map<Element, string | undefined>();
  for (const versionOverrides of descendants(root).filter((e) => e.localName === "VersionOverrides")) {
    const label = `<VersionOverrides> (${xsiType(versionOverrides) === "VersionOverridesV1_1" ? "1.1" : "1.0"})`;
    const outer = ancestor(versionOverrides, "VersionOverrides");
    const inherited = outer === undefined ? topVersion : versionOf.get(outer);
    const sets = path(versionOverrides, "Requirements", "Sets");
    const own = sets === undefined ? undefined : mailboxVersion(sets, report);
    // An unreadable version (null) was reported; comparing it would only add noise.
    const effective = own === null ? undefined : (own ?? inherited);
    versionOf.set(versionOverrides, effective);
    if (typeof own === "string" && inherited !== undefined) {
      const parentLabel = outer === undefined ? "the top-level <Requirements>" : "the enclosing <VersionOverrides>";
      report.expect(
        compareVersions(own, inherited) >= 0,
        () => `${label} requires Mailbox ${own}, lower than the Mailbox ${inherited} of ${parentLabel}`,
        sets,
      );
    }
    // Only the 1.1 schema has <SupportsPinning>; in a 1.0 block the schema check reports it.
    const pinning =
      xsiType(versionOverrides) === "VersionOverridesV1_1"
        ? descendants(versionOverrides).find((e) => e.localName === "SupportsPinning" && ancestor(e, "VersionOverrides") === versionOverrides)
        : undefined;
    if (pinning !== undefined && effective !== undefined) {
      report.expect(
        compareVersions(effective, PINNING_VERSION) >= 0,
        () => `<SupportsPinning> needs Mailbox ${PINNING_VERSION}, but ${label} requires only Mailbox ${effective}`,
        pinning,
      );
    }
  }
  return report;
}

// ---- strings ---------------------------------------------------------------------------------

/** The locales every user-visible string must be translated into. */
export const REQUIRED_LOCALES = ["de-DE"] as const;

/** ShortString and LongString in the XSDs: 1 to 125 and 1 to 250 characters. */
const SHORT = 125;
const LONG = 250;

/**
 * Checks every user-visible string (DisplayName, Description, ProviderName, the
 * ShortStrings and LongStrings): within the schema's length, not empty, and translated
 * into each of REQUIRED_LOCALES with an <Override>.
 */
export function checkStrings(root: Element): Report {
  const report = new Report("strings");
  const checkLength = (value: string, max: number, what: string, at: Element): void => {
    report.expect(value.length >= 1 && value.length <= max, () => `${what} is ${value.length} characters long; the schema allows 1 to ${max}`, at);
  };
  const checkSetting = (element: Element, max: number, what: string): void => {
    checkLength(attr(element, "DefaultValue") ?? "", max, what, element);
    const overrides = children(element, "Override");
    for (const override of overrides) checkLength(attr(override, "Value") ?? "", max, `the ${attr(override, "Locale") ?? "?"} text of ${what}`, override);
    for (const locale of REQUIRED_LOCALES) {
      report.expect(overrides.some((o) => attr(o, "Locale") === locale), () => `${what} has no <Override Locale="${locale}">`, element);
    }
  };

  const provider = child(root, "ProviderName");
  if (provider !== undefined) checkLength(text(provider), SHORT, "<ProviderName>", provider);
  const displayName = child(root, "DisplayName");
  if (displayName !== undefined) checkSetting(displayName, SHORT, "<DisplayName>");
  const description = child(root, "Description");
  if (description !== undefined) checkSetting(description, LONG, "<Description>");

  for (const list of descendants(root).filter((e) => e.localName === "ShortStrings" || e.localName === "LongStrings")) {
    const max = list.localName === "ShortStrings" ? SHORT : LONG;
    for (const string of children(list, "String")) checkSetting(string, max, `string "${attr(string, "id") ?? "?"}"`);
  }
  return report;
}
