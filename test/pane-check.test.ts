/**
 * @jest-environment jsdom
 *
 * The pages' first script must parse in Internet Explorer 11 (ES5) and, where the bundles cannot run,
 * replace the blank pane with a Chinese explanation and a link to the browser review page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = readFileSync(path.join(ROOT, 'src/bootstrap/pane-check.js'), 'utf8');

function page(file: string): void {
  window.history.replaceState(null, '', `/addin/${file}?_host_Info=Excel`);
  document.body.innerHTML = '<div id="container"><p>原内容</p></div>';
}

/** Runs the script as a browser would, with or without the features the bundles need. */
function runScript(modern: boolean): void {
  if (modern) Object.defineProperty(HTMLScriptElement.prototype, 'noModule', { configurable: true, get: () => false });
  else delete (HTMLScriptElement.prototype as { noModule?: boolean }).noModule;
  window.eval(SCRIPT);
}

describe('pane-check.js', () => {
  it('is ES5: Internet Explorer 11 can parse it', () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });

  it('is loaded first by the task pane and the review page, and copied into the build', () => {
    for (const template of ['src/ui/taskpane/taskpane.html', 'src/preview/preview.html']) {
      const html = readFileSync(path.join(ROOT, template), 'utf8');
      expect(html.indexOf('<script src="pane-check.js"></script>')).toBeGreaterThan(0);
      expect(html.indexOf('pane-check.js')).toBe(html.indexOf('<script') + '<script src="'.length);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(require('../webpack.config.js').PANE_CHECK).toEqual({ from: 'src/bootstrap/pane-check.js', to: 'pane-check.js' });
  });

  it('explains in Chinese, with the review page link, where the pane cannot run', () => {
    page('taskpane.html');
    runScript(false);
    const alert = document.querySelector('[role=alert]');
    expect(alert?.querySelector('h1')?.textContent).toBe('预算公开助手无法在此版本的 Excel 中运行');
    expect(alert?.textContent).toMatch(/Microsoft 365 或 Office 2021 及以上.*Excel 网页版/);
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('http://localhost/addin/preview.html');
    expect(document.getElementById('container')?.textContent).not.toContain('原内容');
  });

  it('asks for a current browser on the review page itself', () => {
    page('preview.html');
    runScript(false);
    expect(document.querySelector('[role=alert] h1')?.textContent).toBe('此浏览器无法打开审核页面');
    expect(document.querySelector('[role=alert] a')).toBeNull();
  });

  it('leaves the page alone where the bundles run', () => {
    page('taskpane.html');
    runScript(true);
    expect(document.getElementById('container')?.innerHTML).toBe('<p>原内容</p>');
  });
});
