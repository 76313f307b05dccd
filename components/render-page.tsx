import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsProvider } from '../hooks/use-settings';
import './page.css';

/** Mounts one of Déclic's own pages, with the settings read once for the whole page. */
export function renderPage(node: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Déclic page without #root');
  createRoot(container).render(
    <StrictMode>
      <SettingsProvider>{node}</SettingsProvider>
    </StrictMode>,
  );
}
