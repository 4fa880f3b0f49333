import type { BadgePrint } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import type { Page } from '../../app/page';
import { t } from '../../i18n';
import { fetchBadges, type BadgeQuery } from '../organisers/organiserApi';
import type { CodePlacement, Paper } from './badgeLayout';
import { badgeSheets } from './badgeSheet';

export interface PrintRequest {
  query: BadgeQuery;
  codes: CodePlacement;
  paper: Paper;
}

/** Reads a print request from the route's query ("?participation=OnSite&skip=0&take=100&codes=slips&paper=a4"). */
export function parsePrintRequest(search: string): PrintRequest {
  const params = new URLSearchParams(search);
  const participation = params.get('participation');
  const codes = params.get('codes');
  return {
    query: {
      text: params.get('q') ?? '',
      participation: participation === 'OnSite' || participation === 'Remote' ? participation : '',
      skip: Math.max(0, Number(params.get('skip') ?? 0) || 0),
      take: Math.min(400, Math.max(1, Number(params.get('take') ?? 100) || 100)),
    },
    codes: codes === 'back' || codes === 'none' ? codes : 'slips',
    paper: params.get('paper') === 'a6' ? 'a6' : 'a4',
  };
}

/**
 * The print view (#/print-badges?...): only the sheets and a toolbar, which print hides. The browser's own print
 * (and "Save as PDF") does the rest.
 */
export function createPrintBadgesPage(request: PrintRequest): Page {
  const element = h('div', { class: 'page page-print' });
  let badges: BadgePrint[] | null = null;
  let error: unknown = null;

  function render(): void {
    const toolbar = h(
      'div',
      { class: 'print-toolbar no-print' },
      h('p', { role: 'status' }, badges ? t('print.count', { count: badges.length }) : t('common.loading')),
      h('button', { type: 'button', class: 'button button-primary', disabled: !badges?.length, 'data-testid': 'print-now', onClick: () => window.print() }, t('print.print')),
      h('a', { class: 'button button-ghost', href: '#/organise/badges' }, t('print.back')),
    );
    replaceChildren(
      element,
      toolbar,
      error ? h('p', { class: 'notice notice-error no-print', role: 'alert' }, describeError(error)) : null,
      badges ? badgeSheets(badges, request.codes, request.paper) : null,
    );
  }

  fetchBadges(request.query)
    .then((loaded) => {
      badges = loaded;
      render();
    })
    .catch((failure: unknown) => {
      error = failure;
      render();
    });
  render();
  return { element, refresh: render, dispose: () => undefined };
}
