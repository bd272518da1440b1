/*
 * Runs before the pane's modules, in ES5 that Internet Explorer 11 can parse. Excel 2016/2019 (volume
 * licensed, or Windows without WebView2) show add-ins in IE11 or the old Edge, which cannot run the
 * pane's modules: instead of a blank pane, say so in Chinese and point to the browser review page.
 */
(function () {
  'use strict';

  function modern() {
    if (!('noModule' in document.createElement('script'))) return false;
    try {
      // Syntax the pane's bundles use (ES2020): old Edge runs modules but fails on these.
      return new Function('var a = {}; return a?.b ?? (() => 1)();')() === 1;
    } catch (error) {
      return false;
    }
  }

  if (modern()) return;

  function element(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.setAttribute('style', style);
    return node;
  }

  function show() {
    var container = document.getElementById('container') || document.body;
    var preview = /preview\.html/.test(location.pathname);
    var reviewUrl = location.href.replace(/[^/?#]*([?#].*)?$/, 'preview.html');
    var box = element('div', '', 'font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;line-height:1.6;padding:12px;color:#201f1e');
    box.setAttribute('role', 'alert');
    box.appendChild(element('h1', preview ? '此浏览器无法打开审核页面' : '预算公开助手无法在此版本的 Excel 中运行', 'font-size:16px;margin:0 0 8px'));
    box.appendChild(
      element(
        'p',
        preview
          ? '请改用新版 Microsoft Edge、Chrome 或 Firefox 打开本页面。'
          : '此 Excel 用 Internet Explorer 或旧版 Edge 显示加载项，无法运行本助手。支持的版本：Microsoft 365 或 Office 2021 及以上（Windows 需装有 Microsoft Edge WebView2）、Excel 网页版、Mac 版 Excel。'
      )
    );
    if (!preview) {
      box.appendChild(element('p', '没有这些版本时，可以用新版 Microsoft Edge 或 Chrome 打开审核页面，上传工作簿即可运行同样的检查、修复并下载：'));
      var link = element('a', reviewUrl, 'word-break:break-all');
      link.setAttribute('href', reviewUrl);
      link.setAttribute('target', '_blank');
      box.appendChild(link);
    }
    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(box);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
