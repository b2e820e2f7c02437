import { checkNotificationKey, checkReplyHtml, truncateNotification, utf8ByteLength } from "./limits";

describe("utf8ByteLength", () => {
  it.each(["", "plain ascii", "Grüße, Zoë", "价格", "👩‍👩‍👧 family", "lone \ud800 surrogate"])("matches TextEncoder for %j", (text) => {
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe("checkReplyHtml", () => {
  it("allows 32 KB and refuses one byte more", () => {
    expect(checkReplyHtml("a".repeat(32768))).toBeNull();
    expect(checkReplyHtml("a".repeat(32769))?.code).toBe("too-large");
  });
});

describe("checkNotificationKey", () => {
  it("accepts 1 to 32 characters", () => {
    expect(checkNotificationKey("k".repeat(32))).toBeNull();
    expect(checkNotificationKey("")?.code).toBe("too-large");
    expect(checkNotificationKey("k".repeat(33))?.code).toBe("too-large");
  });
});

describe("truncateNotification", () => {
  it("leaves a message of exactly 150 characters alone", () => {
    const message = "m".repeat(150);
    expect(truncateNotification(message)).toBe(message);
  });

  it("cuts between words' trailing spaces and ends in an ellipsis", () => {
    expect(truncateNotification("abc def ghi", 9)).toBe("abc def\u2026");
  });

  it("keeps a letter with a combining accent whole", () => {
    // "e" + U+0301 is one grapheme: cutting after the "e" would drop the accent.
    expect(truncateNotification("aaae\u0301bbb", 5)).toBe("aaa\u2026");
    expect(truncateNotification("aaae\u0301bbb", 6)).toBe("aaae\u0301\u2026");
  });

  it("keeps a ZWJ emoji sequence whole", () => {
    const family = "👩‍👩‍👧";
    const result = truncateNotification(`ab${family}cd`, 6);
    expect(result).toBe("ab\u2026");
    expect(result.length).toBeLessThanOrEqual(6);
  });
});
