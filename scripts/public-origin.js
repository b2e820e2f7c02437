/**
 * Where the add-in is hosted. Development serves https://localhost:3000 (the origin
 * manifest.xml is written for); a production build points every manifest URL at
 * ADDIN_PUBLIC_URL instead, so the same manifest source serves both.
 */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * @param {boolean} isProduction
 * @param {string | undefined} configured the ADDIN_PUBLIC_URL value
 * @returns {string} an https origin (with any path prefix), no trailing slash
 */
function publicOrigin(isProduction, configured) {
  if (!isProduction || !configured) return DEV_ORIGIN;
  let url;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${configured}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be https (Outlook refuses anything else), got ${configured}`);
  if (url.search || url.hash) throw new Error(`ADDIN_PUBLIC_URL must not carry a query or fragment, got ${configured}`);
  return url.href.replace(/\/$/, "");
}

/** The manifest with every development URL pointed at `origin`. */
function rewriteManifest(xml, origin) {
  return xml.split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, publicOrigin, rewriteManifest };
