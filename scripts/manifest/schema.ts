/**
 * The part of the Outlook manifest schema that Outlook is strict about: which children an
 * element may have, in which order, how often, and in which namespace. Each content model
 * is the <xs:sequence> of the complex type in Microsoft's XSDs:
 * - OfficeAppManifestV1_1.xsd (OfficeApp, MailApp, FormSettings, ItemRead, ItemEdit, Rule);
 * - MailAppVersionOverridesV1_0.xsd and MailAppVersionOverridesV1_1.xsd (VersionOverrides,
 *   MailHost, FormFactor, CommandSurfaceExtensionPoint, Group, Button, Supertip, Action);
 * - OfficeAppBasicTypesV1_0.xsd (Requirements, Sets, Resources, IconList, the resources);
 * - MS-OWEMXML 2.2 for ShowTaskpane in 1.1 (SourceLocation, SupportsPinning,
 *   SupportsNoItemContext, SupportsMultiSelect).
 * See "How to find the proper order of manifest elements" on learn.microsoft.com: an
 * element out of order makes the whole manifest invalid, and the add-in does not load.
 */
import type { Element } from "@xmldom/xmldom";
import { NS, childElements, tag, xsiType } from "./dom";
import { Report } from "./report";

/** A child element allowed by a content model. */
interface Particle {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** The namespace the child must be in; defaults to the model's own namespace. */
  readonly ns?: string;
  /** The content model of the child, to check it in turn (omitted: not descended into). */
  readonly model?: (element: Element) => ModelRef;
}

/** Which model a child follows, or why it cannot be placed (a wrong xsi:type). */
type ModelRef = Model | { readonly invalid: string } | undefined;

interface Model {
  /** How the parent is named in messages, e.g. `<Action xsi:type="ShowTaskpane"> (VersionOverrides 1.0)`. */
  readonly label: string;
  /** The namespace of the children, unless a particle says otherwise. */
  readonly ns: string;
  readonly sequence: readonly Particle[];
}

const many = Number.POSITIVE_INFINITY;
const one = (name: string, extra: Partial<Particle> = {}): Particle => ({ name, min: 1, max: 1, ...extra });
const optional = (name: string, extra: Partial<Particle> = {}): Particle => ({ name, min: 0, max: 1, ...extra });
const fixed = (model: Model) => (): Model => model;

/** Models that exist in both VersionOverrides schemas differ only in namespace and version label. */
type Version = "1.0" | "1.1";
const voNamespace = (version: Version): string => (version === "1.0" ? NS.versionOverrides1_0 : NS.versionOverrides1_1);

// ---- OfficeAppBasicTypesV1_0 (the bt: namespace) ------------------------------------------

const btOverride: Model = { label: "Override", ns: NS.basicTypes, sequence: [] };

function btResourceList(listName: string, itemName: string): Model {
  const item: Model = {
    label: `<bt:${itemName}>`,
    ns: NS.basicTypes,
    sequence: [{ name: "Override", min: 0, max: many, model: fixed(btOverride) }],
  };
  return {
    label: `<bt:${listName}>`,
    ns: NS.basicTypes,
    sequence: [{ name: itemName, min: 0, max: many, model: fixed(item) }],
  };
}

const btResources = (version: Version): Model => ({
  label: `<Resources> (VersionOverrides ${version})`,
  ns: NS.basicTypes,
  sequence: [
    optional("Images", { model: fixed(btResourceList("Images", "Image")) }),
    optional("Urls", { model: fixed(btResourceList("Urls", "Url")) }),
    optional("ShortStrings", { model: fixed(btResourceList("ShortStrings", "String")) }),
    optional("LongStrings", { model: fixed(btResourceList("LongStrings", "String")) }),
  ],
});

const btSets: Model = { label: "<bt:Sets>", ns: NS.basicTypes, sequence: [{ name: "Set", min: 1, max: many }] };

const btRequirements = (version: Version): Model => ({
  label: `<Requirements> (VersionOverrides ${version})`,
  ns: NS.basicTypes,
  sequence: [one("Sets", { model: fixed(btSets) })],
});

const iconList = (version: Version): Model => ({
  label: `<Icon> (VersionOverrides ${version})`,
  ns: NS.basicTypes,
  sequence: [{ name: "Image", min: 1, max: many }],
});

// ---- MailAppVersionOverridesV1_0 / V1_1 -----------------------------------------------------

function action(version: Version, element: Element): ModelRef {
  const type = xsiType(element);
  const ns = voNamespace(version);
  if (type === "ShowTaskpane") {
    const sequence: Particle[] = [one("SourceLocation")];
    // Only the 1.1 schema knows these; in a 1.0 block they make the manifest invalid.
    if (version === "1.1") sequence.push(optional("SupportsPinning"), optional("SupportsNoItemContext"), optional("SupportsMultiSelect"));
    return { label: `<Action xsi:type="ShowTaskpane"> (VersionOverrides ${version})`, ns, sequence };
  }
  if (type === "ExecuteFunction") {
    return { label: `<Action xsi:type="ExecuteFunction"> (VersionOverrides ${version})`, ns, sequence: [one("FunctionName")] };
  }
  return { invalid: `${tag(element)} needs xsi:type="ShowTaskpane" or xsi:type="ExecuteFunction"` };
}

const supertip = (version: Version): Model => ({
  label: `<Supertip> (VersionOverrides ${version})`,
  ns: voNamespace(version),
  sequence: [one("Title"), one("Description")],
});

/** UIControl → UIControlWithIcon → Button / Menu: Label, Supertip, Icon, then Action or Items. */
function control(version: Version, element: Element): ModelRef {
  const ns = voNamespace(version);
  const head: Particle[] = [
    one("Label"),
    one("Supertip", { model: fixed(supertip(version)) }),
    one("Icon", { model: fixed(iconList(version)) }),
  ];
  const type = xsiType(element);
  if (type === "Button") {
    return {
      label: `<Control xsi:type="Button"> (VersionOverrides ${version})`,
      ns,
      sequence: [...head, one("Action", { model: (e) => action(version, e) })],
    };
  }
  if (type === "Menu") {
    const item: Model = {
      label: `<Item> (VersionOverrides ${version})`,
      ns,
      sequence: [head[0] as Particle, head[1] as Particle, optional("Icon", { model: fixed(iconList(version)) }), one("Action", { model: (e) => action(version, e) })],
    };
    const items: Model = { label: `<Items> (VersionOverrides ${version})`, ns, sequence: [{ name: "Item", min: 1, max: many, model: fixed(item) }] };
    return { label: `<Control xsi:type="Menu"> (VersionOverrides ${version})`, ns, sequence: [...head, one("Items", { model: fixed(items) })] };
  }
  return { invalid: `${tag(element)} needs xsi:type="Button" or xsi:type="Menu"` };
}

const group = (version: Version): Model => ({
  label: `<Group> (VersionOverrides ${version})`,
  ns: voNamespace(version),
  sequence: [one("Label"), { name: "Control", min: 1, max: many, model: (e) => control(version, e) }],
});

const officeTab = (version: Version): Model => ({
  label: `<OfficeTab> (VersionOverrides ${version})`,
  ns: voNamespace(version),
  sequence: [{ name: "Group", min: 1, max: many, model: fixed(group(version)) }],
});

const customTab = (version: Version): Model => ({
  label: `<CustomTab> (VersionOverrides ${version})`,
  ns: voNamespace(version),
  sequence: [{ name: "Group", min: 1, max: many, model: fixed(group(version)) }, one("Label")],
});

const COMMAND_SURFACES = new Set([
  "MessageReadCommandSurface",
  "MessageComposeCommandSurface",
  "AppointmentOrganizerCommandSurface",
  "AppointmentAttendeeCommandSurface",
]);

function extensionPoint(version: Version, element: Element): ModelRef {
  const type = xsiType(element);
  if (type === undefined) return { invalid: `${tag(element)} has no xsi:type` };
  // Other extension points (events, modules, …) have models of their own; they are not used here.
  if (!COMMAND_SURFACES.has(type)) return undefined;
  return {
    label: `<ExtensionPoint xsi:type="${type}"> (VersionOverrides ${version})`,
    ns: voNamespace(version),
    sequence: [
      { name: "OfficeTab", min: 0, max: many, model: fixed(officeTab(version)) },
      { name: "CustomTab", min: 0, max: many, model: fixed(customTab(version)) },
    ],
  };
}

const formFactor = (version: Version): Model => ({
  label: `<DesktopFormFactor> (VersionOverrides ${version})`,
  ns: voNamespace(version),
  sequence: [optional("FunctionFile"), { name: "ExtensionPoint", min: 1, max: many, model: (e) => extensionPoint(version, e) }],
});

function mailHost(version: Version, element: Element): ModelRef {
  if (xsiType(element) !== "MailHost") return { invalid: `${tag(element)} in VersionOverrides needs xsi:type="MailHost"` };
  const sequence: Particle[] = [optional("DesktopFormFactor", { model: fixed(formFactor(version)) })];
  if (version === "1.1") sequence.push(optional("MobileFormFactor"));
  return { label: `<Host xsi:type="MailHost"> (VersionOverrides ${version})`, ns: voNamespace(version), sequence };
}

const voHosts = (version: Version): Model => ({
  label: `<Hosts> (VersionOverrides ${version})`,
  ns: voNamespace(version),
  sequence: [{ name: "Host", min: 1, max: many, model: (e) => mailHost(version, e) }],
});

function versionOverrides(version: Version, element: Element): ModelRef {
  const expectedType = version === "1.0" ? "VersionOverridesV1_0" : "VersionOverridesV1_1";
  if (xsiType(element) !== expectedType) {
    return { invalid: `${tag(element)} in namespace ${voNamespace(version)} needs xsi:type="${expectedType}"` };
  }
  const nested: Particle =
    version === "1.0"
      ? optional("VersionOverrides", { ns: NS.versionOverrides1_1, model: (e) => versionOverrides("1.1", e) })
      : // A 1.2 block would follow its own schema, which Outlook has not published.
        optional("VersionOverrides", { ns: "http://schemas.microsoft.com/office/mailappversionoverrides/1.2" });
  return {
    label: `<VersionOverrides> (${version})`,
    ns: voNamespace(version),
    sequence: [
      optional("Description"),
      optional("Requirements", { model: fixed(btRequirements(version)) }),
      optional("Hosts", { model: fixed(voHosts(version)) }),
      optional("Resources", { model: fixed(btResources(version)) }),
      nested,
    ],
  };
}

// ---- OfficeAppManifestV1_1 (MailApp) ---------------------------------------------------------

const localeSetting = (name: string): Model => ({
  label: `<${name}>`,
  ns: NS.officeApp,
  sequence: [{ name: "Override", min: 0, max: many }],
});

function form(element: Element): ModelRef {
  const type = xsiType(element);
  const sourceLocation = one("SourceLocation", { model: fixed(localeSetting("SourceLocation")) });
  if (type === "ItemRead") {
    const desktop: Model = { label: "<DesktopSettings> (ItemRead)", ns: NS.officeApp, sequence: [sourceLocation, one("RequestedHeight")] };
    const tablet: Model = { label: "<TabletSettings> (ItemRead)", ns: NS.officeApp, sequence: [sourceLocation, one("RequestedHeight")] };
    const phone: Model = { label: "<PhoneSettings> (ItemRead)", ns: NS.officeApp, sequence: [sourceLocation] };
    return {
      label: '<Form xsi:type="ItemRead">',
      ns: NS.officeApp,
      sequence: [one("DesktopSettings", { model: fixed(desktop) }), optional("TabletSettings", { model: fixed(tablet) }), optional("PhoneSettings", { model: fixed(phone) })],
    };
  }
  if (type === "ItemEdit") {
    const settings = (name: string): Model => ({ label: `<${name}> (ItemEdit)`, ns: NS.officeApp, sequence: [sourceLocation] });
    return {
      label: '<Form xsi:type="ItemEdit">',
      ns: NS.officeApp,
      sequence: [
        one("DesktopSettings", { model: fixed(settings("DesktopSettings")) }),
        optional("TabletSettings", { model: fixed(settings("TabletSettings")) }),
        optional("PhoneSettings", { model: fixed(settings("PhoneSettings")) }),
      ],
    };
  }
  return { invalid: `${tag(element)} needs xsi:type="ItemRead" or xsi:type="ItemEdit"` };
}

function rule(element: Element): ModelRef {
  const type = xsiType(element);
  if (type === "RuleCollection") {
    return { label: '<Rule xsi:type="RuleCollection">', ns: NS.officeApp, sequence: [{ name: "Rule", min: 1, max: many, model: rule }] };
  }
  if (type === "ItemIs" || type === "ItemHasAttachment" || type === "ItemHasKnownEntity" || type === "ItemHasRegularExpressionMatch") {
    return { label: `<Rule xsi:type="${type}">`, ns: NS.officeApp, sequence: [] };
  }
  return { invalid: `${tag(element)} has an unknown xsi:type "${xsiType(element) ?? ""}"` };
}

/** The content model of <OfficeApp xsi:type="MailApp">: OfficeApp's sequence, then MailApp's. */
export const MAIL_APP: Model = {
  label: "<OfficeApp>",
  ns: NS.officeApp,
  sequence: [
    one("Id"),
    optional("AlternateId"),
    one("Version"),
    one("ProviderName"),
    one("DefaultLocale"),
    one("DisplayName", { model: fixed(localeSetting("DisplayName")) }),
    one("Description", { model: fixed(localeSetting("Description")) }),
    optional("IconUrl", { model: fixed(localeSetting("IconUrl")) }),
    optional("HighResolutionIconUrl", { model: fixed(localeSetting("HighResolutionIconUrl")) }),
    optional("SupportUrl", { model: fixed(localeSetting("SupportUrl")) }),
    optional("AppDomains", { model: fixed({ label: "<AppDomains>", ns: NS.officeApp, sequence: [{ name: "AppDomain", min: 1, max: many }] }) }),
    optional("Hosts", { model: fixed({ label: "<Hosts>", ns: NS.officeApp, sequence: [{ name: "Host", min: 1, max: many }] }) }),
    one("Requirements", { model: fixed({ label: "<Requirements>", ns: NS.officeApp, sequence: [one("Sets", { model: fixed({ label: "<Sets>", ns: NS.officeApp, sequence: [{ name: "Set", min: 1, max: many }] }) })] }) }),
    one("FormSettings", { model: fixed({ label: "<FormSettings>", ns: NS.officeApp, sequence: [{ name: "Form", min: 1, max: 2, model: form }] }) }),
    optional("Permissions"),
    one("Rule", { model: rule }),
    optional("DisableEntityHighlighting"),
    optional("VersionOverrides", { ns: NS.versionOverrides1_0, model: (e) => versionOverrides("1.0", e) }),
    optional("Signature", { ns: "http://www.w3.org/2000/09/xmldsig#" }),
  ],
};

function describeNs(ns: string): string {
  return ns === NS.basicTypes ? `${ns} (use the bt: prefix)` : ns;
}

/** Checks one element's children against its model, then descends into each child. */
function checkModel(element: Element, model: Model, report: Report): void {
  const sequence = model.sequence;
  const counts = new Array<number>(sequence.length).fill(0);
  // The children seen so far in schema order, with their index in the sequence.
  const placed: { index: number; element: Element }[] = [];
  for (const childElement of childElements(element)) {
    const name = childElement.localName ?? "";
    const index = sequence.findIndex((p) => p.name === name);
    const particle = sequence[index];
    if (particle === undefined) {
      report.fail(`${tag(childElement)} is not allowed in ${model.label}`, childElement);
      continue;
    }
    const later = placed.find((p) => p.index > index);
    if (later !== undefined) {
      report.fail(`${tag(childElement)} is out of order in ${model.label}: it must come before ${tag(later.element)}`, childElement);
    } else {
      report.ok();
      placed.push({ index, element: childElement });
    }
    counts[index] = (counts[index] ?? 0) + 1;
    const ns = particle.ns ?? model.ns;
    if (childElement.namespaceURI !== ns) {
      report.fail(`${tag(childElement)} in ${model.label} must be in namespace ${describeNs(ns)}, not ${childElement.namespaceURI ?? "no namespace"}`, childElement);
    }
    const ref = particle.model?.(childElement);
    if (ref === undefined) continue;
    if ("invalid" in ref) report.fail(ref.invalid, childElement);
    else checkModel(childElement, ref, report);
  }
  sequence.forEach((particle, index) => {
    const count = counts[index] ?? 0;
    if (count < particle.min) report.fail(`${model.label} is missing <${particle.name}>`, element);
    else if (count > particle.max) report.fail(`${model.label} has ${count} <${particle.name}> elements; at most ${particle.max} allowed`, element);
    else report.ok();
  });
}

/**
 * Checks that the root is <OfficeApp xsi:type="MailApp"> in the 1.1 namespace and that
 * every element below it sits under a parent that allows it, in schema order, as often as
 * allowed, and in the right namespace.
 */
export function checkSchema(root: Element): Report {
  const report = new Report("schema");
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.officeApp) {
    report.fail(`the root element must be <OfficeApp> in namespace ${NS.officeApp}`, root);
    return report;
  }
  if (xsiType(root) !== "MailApp") {
    report.fail('<OfficeApp> needs xsi:type="MailApp" for an Outlook add-in', root);
    return report;
  }
  report.ok();
  checkModel(root, MAIL_APP, report);
  return report;
}
