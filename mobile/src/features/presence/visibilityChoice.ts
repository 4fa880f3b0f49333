/** Whether to be listed when checking in: the person's last choice, off until they choose (privacy first). */
const storageKey = 'wsis.presenceVisible';

export function listedByChoice(): boolean {
  try {
    return localStorage.getItem(storageKey) === '1';
  } catch {
    return false;
  }
}

export function rememberListedChoice(listed: boolean): void {
  try {
    localStorage.setItem(storageKey, listed ? '1' : '0');
  } catch {
    // Not remembered: the box starts unticked next time.
  }
}
