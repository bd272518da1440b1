import { createRoot } from 'react-dom/client';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<div>预算公开助手</div>);
});
