/** A screen of the app. The shell mounts `element`, calls `refresh` when the language changes and `dispose` on leaving. */
export interface Page {
  readonly element: HTMLElement;
  refresh(): void;
  dispose(): void;
}
