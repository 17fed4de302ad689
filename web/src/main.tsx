import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { textsReady } from './i18n';
import './styles.css';
import { App } from './app/App';

// the first page's texts come first, so nothing ever shows a bare key
void textsReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
