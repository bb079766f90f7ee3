import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fixSelectionCheckboxLabels, labelProgressBars } from './a11yFixes';
import { App } from './App';

fixSelectionCheckboxLabels();
labelProgressBars();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
