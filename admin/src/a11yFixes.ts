/**
 * react-admin 5.15's row and page selection checkboxes pass aria-label to MUI 9's Checkbox, which
 * now puts it on the wrapping <span> instead of the <input>: the input has no accessible name (axe
 * "label", critical) and the span carries a prohibited attribute. Until react-admin passes it
 * through slotProps.input, move the label where assistive technology looks for it.
 */
export function fixSelectionCheckboxLabels(root: HTMLElement = document.body): () => void {
  const fix = () => {
    for (const span of root.querySelectorAll<HTMLElement>('span.select-item[aria-label], span.select-all[aria-label]')) {
      const input = span.querySelector('input');
      if (!input) continue;
      input.setAttribute('aria-label', span.getAttribute('aria-label')!);
      span.removeAttribute('aria-label');
    }
  };
  const observer = new MutationObserver(fix);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  fix();
  return () => observer.disconnect();
}

/**
 * react-admin's loading indicator (and MUI spinners in general) render role="progressbar" without
 * a name (axe "aria-progressbar-name", serious). A page that still loads data shows one: name it.
 */
export function labelProgressBars(root: HTMLElement = document.body): () => void {
  const fix = () => {
    for (const bar of root.querySelectorAll<HTMLElement>('[role="progressbar"]:not([aria-label]):not([aria-labelledby])')) {
      bar.setAttribute('aria-label', 'Loading');
    }
  };
  const observer = new MutationObserver(fix);
  observer.observe(root, { childList: true, subtree: true });
  fix();
  return () => observer.disconnect();
}
