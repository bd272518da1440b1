/**
 * The production manifest: the development origin replaced by the public URL the build is
 * deployed to (ADDIN_PUBLIC_URL). Used by webpack.config.js when it copies manifest.xml to dist/.
 */
export const DEV_ORIGIN = 'https://localhost:3000';
export const DEFAULT_PUBLIC_URL = 'https://budget-assistant.example.gov.cn';

export function productionManifest(xml: string, publicUrl: string = DEFAULT_PUBLIC_URL): string {
  let url: URL;
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
