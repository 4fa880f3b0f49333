import type { PrizeCategory } from '../../api/generated/contracts';
import { currentLanguage } from '../../i18n';

/** A prize category's title in the UI language, else the English one the organisers always give. */
export function categoryTitle(category: Pick<PrizeCategory, 'name' | 'names'>): string {
  const title = category.names?.[currentLanguage()];
  return title && title.trim() !== '' ? title : category.name;
}
