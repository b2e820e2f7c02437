import fc from "fast-check";
import { escapeHtml, renderTemplate, textToHtml } from "./render";
import type { FieldId } from "./types";

const label = (field: FieldId) => `label of ${field}`;

describe("renderTemplate", () => {
  const template = {
    subject: "Re: {subject}",
    body: "Hi {clientFirstName},\n\nI estimate this at {quote}[[ at my rate of {hourlyRate}]].\n\nThese stay on my list:\n{openTasks}\n\nBest,\n{userName}",
  };

  it("fills every field, keeps optional stretches whose fields are known, and lists tasks one per line", () => {
    const rendered = renderTemplate(
      template,
      { clientFirstName: "Anna", subject: "Menu boards", quote: "6 hours", hourlyRate: "€85 per hour", openTasks: ["Logo", "Flyer"], userName: "Mara" },
      label,
      "Mara Lindqvist\nLindqvist Studio",
    );
    expect(rendered).toEqual({
      subject: "Re: Menu boards",
      text: "Hi Anna,\n\nI estimate this at 6 hours at my rate of €85 per hour.\n\nThese stay on my list:\n- Logo\n- Flyer\n\nBest,\nMara\n\nMara Lindqvist\nLindqvist Studio",
      missing: [],
    });
  });

  it("drops an optional stretch with a missing field, and names missing required fields instead of leaving {placeholders}", () => {
    const rendered = renderTemplate(template, { clientFirstName: "Anna", subject: "Menu boards", userName: "Mara" }, label);
    expect(rendered.text).toBe("Hi Anna,\n\nI estimate this at [label of quote].\n\nThese stay on my list:\n- [label of openTasks]\n\nBest,\nMara");
    expect(rendered.missing).toEqual(["quote", "openTasks"]);
    expect(rendered.text).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it("treats blank values as missing", () => {
    expect(renderTemplate({ subject: "", body: "Hi {clientFirstName}," }, { clientFirstName: "  " }, label).missing).toEqual(["clientFirstName"]);
  });
});

describe("textToHtml", () => {
  it("makes paragraphs, line breaks and lists, escaping every character", () => {
    expect(textToHtml("Hi <Anna> & co,\n\nline one\nline two\n\n- first \"item\"\n- it's second\nafter")).toBe(
      "<p>Hi &lt;Anna&gt; &amp; co,</p><p>line one<br>line two</p><ul><li>first &quot;item&quot;</li><li>it&#39;s second</li></ul><p>after</p>",
    );
  });

  it("never lets a value open a tag, whatever it contains", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const html = textToHtml(renderTemplate({ subject: "", body: "Hi {clientFirstName}, {quote}" }, { clientFirstName: value, quote: value }, label).text);
        expect(html).not.toMatch(/<(?!\/?(p|br|ul|li)>)/);
      }),
    );
  });

  it("says the same as the text it came from", () => {
    const text = "Hi Anna,\n\nthe rate is €85 & up.\n\n- one\n- two";
    const back = textToHtml(text)
      .replace(/<li>/g, "- ")
      .replace(/<\/li>/g, "\n")
      .replace(/<br>/g, "\n")
      .replace(/<\/p>/g, "\n\n")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .trim();
    expect(back.replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
  });
});

describe("escapeHtml", () => {
  it("escapes the five special characters", () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & more`)).toBe("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more");
  });
});
