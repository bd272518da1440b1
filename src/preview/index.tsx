import { FluentProvider, makeStaticStyles, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './PreviewApp';

/** The page is an application frame: no body margin, no page scroll (the grid and the pane scroll). */
const useFrameStyles = makeStaticStyles({ 'html, body': { margin: 0, padding: 0, height: '100%', overflow: 'hidden' } });

function Preview() {
  useFrameStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <PreviewApp />
    </FluentProvider>
  );
}

const container = document.getElementById('container');
if (container) createRoot(container).render(<Preview />);
