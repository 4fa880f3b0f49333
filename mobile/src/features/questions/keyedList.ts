/**
 * A list whose items keep their DOM element while their content is unchanged, so a live re-order moves nodes
 * instead of rebuilding them (no flicker, focus and scroll stay put).
 */
export class KeyedList<T, K = number> {
  private readonly items = new Map<K, { element: HTMLElement; signature: string }>();

  constructor(
    readonly element: HTMLElement,
    private readonly key: (item: T) => K,
    private readonly signature: (item: T) => string,
    private readonly render: (item: T) => HTMLElement,
  ) {}

  update(items: readonly T[]): void {
    const keep = new Set<K>();
    items.forEach((item, index) => {
      const id = this.key(item);
      keep.add(id);
      const signature = this.signature(item);
      let entry = this.items.get(id);
      if (!entry || entry.signature !== signature) {
        const element = this.render(item);
        if (entry) {
          const hadFocus = entry.element.contains(document.activeElement);
          const focusedId = hadFocus ? (document.activeElement as HTMLElement).dataset.testid : undefined;
          entry.element.replaceWith(element);
          if (focusedId) {
            element.querySelector<HTMLElement>(`[data-testid="${focusedId}"]`)?.focus();
          }
        }
        entry = { element, signature };
        this.items.set(id, entry);
      }
      const atIndex = this.element.children.item(index);
      if (atIndex !== entry.element) {
        this.element.insertBefore(entry.element, atIndex);
      }
    });
    for (const [id, entry] of this.items) {
      if (!keep.has(id)) {
        entry.element.remove();
        this.items.delete(id);
      }
    }
  }

  /** Forgets every element (after a language change every item must be drawn again). */
  clear(): void {
    this.items.clear();
    this.element.replaceChildren();
  }
}
