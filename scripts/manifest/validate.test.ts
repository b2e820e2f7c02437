/**
 * Each check is proved by breaking the real manifest.xml in one way and asserting the
 * exact problem reported; the untouched manifest must pass every check.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { imageSize } from "image-size";
import { formatProblem, validateManifest, type ReadImageSize } from "./validate";

const REPO = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(REPO, "manifest.xml"), "utf8");

/** The icons as committed, without touching the disk in each test. */
const ICONS: Record<string, number> = {
  "assets/icon-16.png": 16,
  "assets/icon-32.png": 32,
  "assets/icon-64.png": 64,
  "assets/icon-80.png": 80,
  "assets/icon-128.png": 128,
};
const fakeIcons: ReadImageSize = (path) => {
  const size = ICONS[path];
  return size === undefined ? null : { width: size, height: size };
};

const realIcons: ReadImageSize = (path) => {
  try {
    const { width, height } = imageSize(readFileSync(join(REPO, path)));
    return { width, height };
  } catch {
    return null;
  }
};

/** The manifest with `from` replaced by `to`; fails loudly if `from` is not in it. */
function mutate(from: string, to: string, options: { all?: boolean } = {}): string {
  expect(MANIFEST).toContain(from);
  return options.all === true ? MANIFEST.split(from).join(to) : MANIFEST.replace(from, to);
}

/** The problems as `[check] message` strings. */
function problems(xml: string, read: ReadImageSize = fakeIcons): string[] {
  return validateManifest(xml, read).problems.map((p) => `[${p.check}] ${p.message}`);
}

/** The 1-based line of the first occurrence of `needle` in `xml`. */
function lineOf(xml: string, needle: string): number {
  const index = xml.indexOf(needle);
  expect(index).toBeGreaterThanOrEqual(0);
  return xml.slice(0, index).split("\n").length;
}

describe("the real manifest.xml", () => {
  it("passes every check with the committed icons", () => {
    const result = validateManifest(MANIFEST, realIcons);
    expect(result.problems).toEqual([]);
    expect(result.passed).toBeGreaterThan(100);
  });

  it("asks for ReadWriteItem, pins only the read pane, and uses one https origin", () => {
    expect(MANIFEST).toContain("<Permissions>ReadWriteItem</Permissions>");
    expect(MANIFEST.match(/<SupportsPinning>true<\/SupportsPinning>/g)).toHaveLength(1);
    const appUrls = [...MANIFEST.matchAll(/(?:DefaultValue|Value)="(\w+:[^"]*)"/g)].map((m) => m[1] ?? "");
    expect(appUrls.length).toBeGreaterThan(10);
    expect(appUrls.every((u) => u.startsWith("https://localhost:3000/"))).toBe(true);
  });

  it("names itself Clear Lines, Klare Linie in German", () => {
    expect(MANIFEST).toMatch(/<DisplayName DefaultValue="Clear Lines">\s*<Override Locale="de-DE" Value="Klare Linie"\/>/);
  });
});

describe("1. well-formed XML", () => {
  it("reports a mismatched end tag with the parser's line and column", () => {
    const xml = mutate("</Hosts>", "</Host>");
    const result = validateManifest(xml, fakeIcons);
    expect(result.passed).toBe(0);
    expect(result.problems).toEqual([
      { check: "well-formed", message: 'not well-formed XML: Opening and ending tag mismatch: "Hosts" != "Host"', position: { line: lineOf(xml, '<Host Name="Mailbox"/>'), column: 27 } },
    ]);
  });

  it("reports what a lenient parser would recover from, such as an HTML entity", () => {
    expect(problems(mutate('Value="Klare Linie"/>', 'Value="Klare&nbsp;Linie"/>'))).toEqual(["[well-formed] not well-formed XML: entity not found:&nbsp;"]);
  });

  it("reports an empty file", () => {
    expect(problems("")).toEqual(["[well-formed] not well-formed XML: missing root element"]);
  });
});

describe("2. schema order, placement and namespaces", () => {
  it("rejects two top-level elements swapped", () => {
    const xml = mutate("<Version>1.0.0.0</Version>\n  <ProviderName>Clear Lines</ProviderName>", "<ProviderName>Clear Lines</ProviderName>\n  <Version>1.0.0.0</Version>");
    expect(problems(xml)).toEqual(["[schema] <Version> is out of order in <OfficeApp>: it must come before <ProviderName>"]);
  });

  it("rejects <Permissions> after <Rule>", () => {
    const permissions = "  <Permissions>ReadWriteItem</Permissions>\n";
    const xml = mutate(permissions, "").replace("  <DisableEntityHighlighting>", `${permissions}  <DisableEntityHighlighting>`);
    expect(problems(xml)).toEqual(["[schema] <Permissions> is out of order in <OfficeApp>: it must come before <Rule>"]);
  });

  it("rejects a missing required element", () => {
    const xml = mutate(/ {2}<FormSettings>[\s\S]*?<\/FormSettings>\n/.exec(MANIFEST)?.[0] ?? "<FormSettings>", "");
    expect(problems(xml)).toEqual(["[schema] <OfficeApp> is missing <FormSettings>"]);
  });

  it("rejects <Resources> before <Hosts> inside VersionOverrides", () => {
    const block = /( {4}<Hosts>\n {6}<Host xsi:type="MailHost">[\s\S]*?\n {4}<\/Hosts>\n)( {4}<Resources>[\s\S]*?\n {4}<\/Resources>\n)/.exec(MANIFEST);
    expect(block).not.toBeNull();
    const [whole = "", hosts = "", resources = ""] = block ?? [];
    const xml = MANIFEST.replace(whole, resources + hosts);
    expect(problems(xml)).toEqual(["[schema] <Hosts> is out of order in <VersionOverrides> (1.0): it must come before <Resources>"]);
  });

  it("rejects <SupportsPinning> in a VersionOverrides 1.0 block, whose schema does not have it", () => {
    const xml = mutate(
      '                  <Action xsi:type="ShowTaskpane">\n                    <SourceLocation resid="Taskpane.Url"/>\n                  </Action>',
      '                  <Action xsi:type="ShowTaskpane">\n                    <SourceLocation resid="Taskpane.Url"/>\n                    <SupportsPinning>true</SupportsPinning>\n                  </Action>',
    );
    expect(problems(xml)).toEqual(['[schema] <SupportsPinning> is not allowed in <Action xsi:type="ShowTaskpane"> (VersionOverrides 1.0)']);
  });

  it("rejects <Sets> without the bt: namespace inside VersionOverrides", () => {
    const xml = mutate('<bt:Sets DefaultMinVersion="1.3">\n        <bt:Set Name="Mailbox"/>\n      </bt:Sets>', '<Sets DefaultMinVersion="1.3">\n        <Set Name="Mailbox"/>\n      </Sets>');
    expect(problems(xml)).toEqual([
      "[schema] <Sets> in <Requirements> (VersionOverrides 1.0) must be in namespace http://schemas.microsoft.com/office/officeappbasictypes/1.0 (use the bt: prefix), not http://schemas.microsoft.com/office/mailappversionoverrides",
      "[schema] <Set> in <bt:Sets> must be in namespace http://schemas.microsoft.com/office/officeappbasictypes/1.0 (use the bt: prefix), not http://schemas.microsoft.com/office/mailappversionoverrides",
    ]);
  });

  it("rejects an element that does not belong under its parent", () => {
    expect(problems(mutate("<DisableEntityHighlighting>true</DisableEntityHighlighting>", "<DisableEntityHighlighting>true</DisableEntityHighlighting>\n  <AppDomain>https://localhost:3000</AppDomain>"))).toContain(
      "[schema] <AppDomain> is not allowed in <OfficeApp>",
    );
  });

  it("rejects a VersionOverrides with the wrong xsi:type", () => {
    expect(problems(mutate('xsi:type="VersionOverridesV1_1"', 'xsi:type="VersionOverridesV1_0"'))).toContain(
      '[schema] <VersionOverrides> in namespace http://schemas.microsoft.com/office/mailappversionoverrides/1.1 needs xsi:type="VersionOverridesV1_1"',
    );
  });

  it("rejects a root that is not a MailApp", () => {
    expect(problems(mutate('  xsi:type="MailApp">', '  xsi:type="TaskPaneApp">'))).toEqual(['[schema] <OfficeApp> needs xsi:type="MailApp" for an Outlook add-in']);
  });

  it("gives each problem the line it is on", () => {
    const xml = mutate("<Version>1.0.0.0</Version>\n  <ProviderName>Clear Lines</ProviderName>", "<ProviderName>Clear Lines</ProviderName>\n  <Version>1.0.0.0</Version>");
    const [problem] = validateManifest(xml, fakeIcons).problems;
    expect(problem?.position).toEqual({ line: lineOf(xml, "<Version>"), column: 3 });
  });
});

describe("identity", () => {
  it("rejects an Id that is not a GUID", () => {
    expect(problems(mutate("<Id>a3aefc2b-e90f-4795-bf34-fd1651093e8f</Id>", "<Id>clear-lines</Id>"))).toEqual([
      '[identity] <Id> "clear-lines" is not a GUID such as 8c9e2a53-3f2b-4b6e-9a51-0c6e5a2f1d47',
    ]);
  });

  it("rejects a Version with five parts", () => {
    expect(problems(mutate("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>"))).toEqual([
      '[identity] <Version> "1.0.0.0.1" is not up to four numbers separated by dots, such as 1.0.0.0',
    ]);
  });
});

describe("3. resource references", () => {
  it("rejects a resid that no <Resources> defines", () => {
    expect(problems(mutate('<bt:Url id="Taskpane.Url"', '<bt:Url id="Pane.Url"', { all: true }))).toContain(
      '[resources] resid "Taskpane.Url" on <SourceLocation> is not defined in <Resources> (expected in <bt:Urls>)',
    );
  });

  it("resolves a resid missing from the 1.1 block in the enclosing 1.0 block, which 1.1 merges with", () => {
    const inner = '          <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>\n';
    expect(MANIFEST.indexOf(inner)).toBeGreaterThan(0);
    expect(problems(MANIFEST.replace(inner, ""))).toEqual([]);
  });

  it("rejects an id defined twice in one <Resources>", () => {
    const xml = mutate(
      '        <bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>\n',
      '        <bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>\n        <bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>\n',
    );
    expect(problems(xml)).toEqual([`[resources] resource id "Icon.16" is defined twice (first in <bt:Images> on line ${lineOf(xml, '<bt:Image id="Icon.16"')})`]);
  });

  it("rejects a resid that names the wrong kind of resource", () => {
    expect(problems(mutate('<Label resid="Button.Label"/>', '<Label resid="Taskpane.Url"/>'))).toEqual([
      '[resources] resid "Taskpane.Url" on <Label> must name an entry of <bt:ShortStrings>, but it is defined in <bt:Urls>',
    ]);
  });

  it("rejects an id longer than the schema's 32 characters", () => {
    const long = "Taskpane.Url.For.Reading.And.Composing";
    expect(problems(mutate("Taskpane.Url", long, { all: true }))).toContain(`[resources] resource id "${long}" is longer than the 32 characters the schema allows`);
  });
});

describe("4. URLs", () => {
  it("rejects an http URL", () => {
    const xml = mutate('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="http://localhost:3000/commands.html"');
    const result = validateManifest(xml, fakeIcons);
    expect(result.problems.map((p) => p.message)).toEqual(['http://localhost:3000/commands.html on <bt:Url id="Commands.Url"> must use https, not http']);
    expect(result.problems[0]?.position?.line).toBe(lineOf(xml, "http://localhost:3000/commands.html"));
  });

  it("names the URL whose origin differs from all the others", () => {
    expect(problems(mutate('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://clearlines.example/help"/>'))).toEqual([
      "[urls] https://clearlines.example/help on <SupportUrl> is on https://clearlines.example, but the other URLs are on https://localhost:3000",
    ]);
  });

  it("rejects a relative URL", () => {
    expect(problems(mutate('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="/support.html"/>'))).toEqual([
      '[urls] "/support.html" on <SupportUrl> is not an absolute URL',
    ]);
  });
});

describe("5. icon files", () => {
  it("rejects an icon URL whose file is missing from assets/", () => {
    expect(problems(mutate("assets/icon-64.png", "assets/icon-65.png"))).toEqual(["[icons] icon file assets/icon-65.png (for <IconUrl>) does not exist or is not an image"]);
  });

  it("rejects a button image of the wrong size", () => {
    const xml = mutate('<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>', '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>');
    expect(problems(xml)).toEqual(['[icons] icon file assets/icon-32.png is 32×32 px, but <bt:Image id="Icon.16"> needs 16×16']);
  });

  it("rejects an <IconUrl> that is not 64 px and a <HighResolutionIconUrl> that is not 128 px", () => {
    const xml = mutate('<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>\n  <HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>\n  <HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>');
    expect(problems(xml)).toEqual([
      "[icons] icon file assets/icon-32.png is 32×32 px, but <IconUrl> needs 64×64",
      "[icons] icon file assets/icon-80.png is 80×80 px, but <HighResolutionIconUrl> needs 128×128",
    ]);
  });

  it("rejects an icon served from outside /assets/", () => {
    expect(problems(mutate("https://localhost:3000/assets/icon-128.png", "https://localhost:3000/icon-128.png"))).toEqual([
      "[icons] icon https://localhost:3000/icon-128.png on <HighResolutionIconUrl> must be served from /assets/ (the build copies only assets/*.png)",
    ]);
  });

  it("rejects an <Icon> without the mandatory 80 px image", () => {
    const xml = mutate('                    <bt:Image size="80" resid="Icon.80"/>\n', "");
    expect(problems(xml)).toEqual(["[icons] <Icon> has no 80 px image (16, 32 and 80 are mandatory)"]);
  });

  it("rejects an image size Outlook does not use", () => {
    expect(problems(mutate('<bt:Image size="32" resid="Icon.32"/>', '<bt:Image size="36" resid="Icon.32"/>'))).toEqual([
      '[icons] <bt:Image size="36"> is not a size Outlook uses (16, 20, 24, 32, 40, 48, 64, 80)',
      "[icons] <Icon> has no 32 px image (16, 32 and 80 are mandatory)",
      '[icons] image <bt:Image id="Icon.32"> is used at sizes 32 and 36; give each size its own file',
    ]);
  });

  it("rejects one image resource used at two sizes", () => {
    expect(problems(mutate('<bt:Image size="32" resid="Icon.32"/>', '<bt:Image size="32" resid="Icon.16"/>'))).toEqual([
      '[icons] image <bt:Image id="Icon.16"> is used at sizes 16 and 32; give each size its own file',
    ]);
  });
});

describe("6. permissions", () => {
  it("refuses ReadWriteMailbox by policy", () => {
    expect(problems(mutate("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"))).toEqual([
      "[permissions] <Permissions> ReadWriteMailbox is refused by policy: Clear Lines needs ReadWriteItem at most",
    ]);
  });

  it("rejects a value the schema does not know", () => {
    expect(problems(mutate("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWrite</Permissions>"))).toEqual([
      '[permissions] <Permissions> "ReadWrite" is not one of Restricted, ReadItem, ReadWriteItem, ReadWriteMailbox',
    ]);
  });

  it("rejects a manifest that leaves the permission implicit", () => {
    expect(problems(mutate("  <Permissions>ReadWriteItem</Permissions>\n", ""))).toEqual([
      "[permissions] <Permissions> is missing: declare ReadWriteItem (or less) explicitly",
    ]);
  });
});

describe("7. requirement sets", () => {
  it("rejects a MinVersion that is not major.minor", () => {
    expect(problems(mutate('<Set Name="Mailbox" MinVersion="1.1"/>', '<Set Name="Mailbox" MinVersion="1"/>'))).toEqual([
      '[requirements] MinVersion "1" on <Set Name="Mailbox"> is not a version like "1.5"',
    ]);
  });

  it("rejects a DefaultMinVersion that is not major.minor", () => {
    expect(problems(mutate('<bt:Sets DefaultMinVersion="1.5">', '<bt:Sets DefaultMinVersion="1.x">'))).toEqual([
      '[requirements] DefaultMinVersion "1.x" on <bt:Sets> is not a version like "1.5"',
    ]);
  });

  it("rejects requirements that do not name the Mailbox set", () => {
    expect(problems(mutate('<Set Name="Mailbox" MinVersion="1.1"/>', '<Set Name="Mail" MinVersion="1.1"/>'))).toEqual([
      "[requirements] <Sets> does not name the Mailbox requirement set",
    ]);
  });

  it("rejects Mailbox spelled another way", () => {
    expect(problems(mutate('<Set Name="Mailbox" MinVersion="1.1"/>', '<Set Name="MailBox" MinVersion="1.1"/>'))).toEqual([
      '[requirements] requirement set "MailBox" must be spelled "Mailbox"',
    ]);
  });

  it("rejects a VersionOverrides that asks for less than the level it overrides", () => {
    const xml = mutate('<Set Name="Mailbox" MinVersion="1.1"/>', '<Set Name="Mailbox" MinVersion="1.4"/>');
    expect(problems(xml)).toEqual(["[requirements] <VersionOverrides> (1.0) requires Mailbox 1.3, lower than the Mailbox 1.4 of the top-level <Requirements>"]);
  });

  it("rejects a nested 1.1 block below its 1.0 parent", () => {
    expect(problems(mutate('<bt:Sets DefaultMinVersion="1.5">\n          <bt:Set Name="Mailbox"/>', '<bt:Sets DefaultMinVersion="1.5">\n          <bt:Set Name="Mailbox" MinVersion="1.2"/>'))).toEqual([
      "[requirements] <VersionOverrides> (1.1) requires Mailbox 1.2, lower than the Mailbox 1.3 of the enclosing <VersionOverrides>",
      "[requirements] <SupportsPinning> needs Mailbox 1.5, but <VersionOverrides> (1.1) requires only Mailbox 1.2",
    ]);
  });

  it("rejects a pinnable pane in a block that allows clients older than Mailbox 1.5", () => {
    expect(problems(mutate('<bt:Sets DefaultMinVersion="1.5">', '<bt:Sets DefaultMinVersion="1.3">'))).toEqual([
      "[requirements] <SupportsPinning> needs Mailbox 1.5, but <VersionOverrides> (1.1) requires only Mailbox 1.3",
    ]);
  });
});

describe("localised strings", () => {
  it("rejects a string without its German text", () => {
    expect(problems(mutate('<bt:String id="Button.Title" DefaultValue="Open Clear Lines">\n          <bt:Override Locale="de-DE" Value="Klare Linie öffnen"/>\n        </bt:String>', '<bt:String id="Button.Title" DefaultValue="Open Clear Lines"/>'))).toEqual([
      '[strings] string "Button.Title" has no <Override Locale="de-DE">',
    ]);
  });

  it("rejects a display name longer than a ShortString", () => {
    const name = "Clear Lines ".repeat(11).trim();
    expect(problems(mutate('<DisplayName DefaultValue="Clear Lines">', `<DisplayName DefaultValue="${name}">`))).toEqual([
      `[strings] <DisplayName> is ${name.length} characters long; the schema allows 1 to 125`,
    ]);
  });
});

describe("formatProblem", () => {
  it("writes one line that editors can jump to", () => {
    expect(formatProblem("manifest.xml", { check: "urls", message: "x must use https", position: { line: 12, column: 5 } })).toBe("manifest.xml:12:5: [urls] x must use https");
    expect(formatProblem("manifest.xml", { check: "permissions", message: "missing" })).toBe("manifest.xml: [permissions] missing");
  });
});
