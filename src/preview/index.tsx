import { createRoot } from 'react-dom/client';

const container = document.getElementById('container');
if (container) createRoot(container).render(<div>预算公开助手 · 浏览器预览</div>);
