// The production manifest: the development origin replaced by the public URL the build is deployed
// to (ADDIN_PUBLIC_URL). CommonJS so webpack.config.js and jest load it without a TypeScript loader.
const DEV_ORIGIN = 'https://localhost:3000';
const DEFAULT_PUBLIC_URL = 'https://budget-assistant.example.gov.cn';

function productionManifest(xml, publicUrl = DEFAULT_PUBLIC_URL) {
  let url;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL 不是有效的地址：“${publicUrl}”`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_PUBLIC_URL 必须使用 https：“${publicUrl}”`);
  if (url.search || url.hash || /[<>&"']/.test(publicUrl)) throw new Error(`ADDIN_PUBLIC_URL 不能包含查询参数、锚点或 XML 特殊字符：“${publicUrl}”`);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return xml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replaceAll(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`)
    .replaceAll(DEV_ORIGIN, base);
}

module.exports = { DEV_ORIGIN, DEFAULT_PUBLIC_URL, productionManifest };
