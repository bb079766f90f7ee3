import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fixSelectionCheckboxLabels } from './a11yFixes';
import { App } from './App';

fixSelectionCheckboxLabels();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
