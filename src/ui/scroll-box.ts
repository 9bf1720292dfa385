/**
 * Svelte action for scroll boxes (tables that scroll inside a panel, their height capped by CSS max-height):
 * - the box ends at a row boundary, so at rest it shows whole rows, not the top half of the last one
 *   (its height is the bottom of the last row that fits under the CSS cap);
 * - while it really overflows, it is a named, focusable group (not a landmark region: a page would get
 *   landmarks that repeat their section's name), so keyboard users can scroll it with the arrow
 *   keys (WCAG 2.1.1; axe `scrollable-region-focusable`). A box that fits adds no tab stop. The name is the
 *   one given, else the heading just before the box, else that of the table inside (aria-label or caption),
 *   else the title of the section it is in (two boxes in one section each have a heading of their own).
 */
export function scrollBox(node: HTMLElement, label?: string): { update(l?: string): void; destroy(): void } {
  let given = label;
  const name = (): string => {
    if (given) return given;
    const table = node.querySelector('table');
    const caption = node.querySelector('caption')?.textContent?.trim();
    const prev = node.previousElementSibling;
    if (prev?.matches('h2, h3, h4')) return prev.textContent?.trim() ?? '';
    const sectionTitle = node.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby');
    return (
      table?.getAttribute('aria-label') ??
      caption ??
      (sectionTitle ? (document.getElementById(sectionTitle)?.textContent?.trim() ?? '') : '')
    );
  };
  /** Caps the height at the last whole row under the CSS max-height (none when everything fits). */
  const snapToRows = () => {
    node.style.maxHeight = '';
    const cap = parseFloat(getComputedStyle(node).maxHeight);
    if (!Number.isFinite(cap) || node.scrollHeight <= cap + 1) return;
    const top = node.getBoundingClientRect().top - node.scrollTop + node.clientTop;
    let fit = 0;
    for (const row of node.querySelectorAll('tbody tr')) {
      const bottom = row.getBoundingClientRect().bottom - top;
      if (bottom > cap - node.clientTop * 2) break;
      fit = bottom;
    }
    if (fit > 0) node.style.maxHeight = `${Math.ceil(fit + node.clientTop * 2)}px`;
  };
  const apply = () => {
    snapToRows();
    const overflows = node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1;
    if (overflows) {
      node.tabIndex = 0;
      node.setAttribute('role', 'group');
      const n = name();
      if (n) node.setAttribute('aria-label', n);
    } else {
      node.removeAttribute('tabindex');
      node.removeAttribute('role');
      node.removeAttribute('aria-label');
    }
  };
  // Width changes re-wrap rows; rows arrive after the box is drawn (a list filling in, "show more").
  let lastWidth = -1;
  const resize = new ResizeObserver(() => {
    if (node.clientWidth === lastWidth) return; // our own height change: nothing to redo
    lastWidth = node.clientWidth;
    apply();
  });
  resize.observe(node);
  const mutations = new MutationObserver(apply);
  mutations.observe(node, { childList: true, subtree: true, characterData: true });
  apply();
  return {
    update(l?: string) {
      given = l;
      apply();
    },
    destroy() {
      resize.disconnect();
      mutations.disconnect();
    },
  };
}
