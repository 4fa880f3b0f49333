import type { OutcomeFigures, OutcomeReport, OutcomeTag } from '../../api/generated/contracts';

/** One headline figure of the forum. */
export interface OutcomeTile {
  readonly key: 'sessionsHeld' | 'participantsOnSite' | 'participantsRemote' | 'countries' | 'questionsAsked' | 'questionsAnswered' | 'pollsRun' | 'contactsMade' | 'prizeVotes';
  readonly value: number;
}

/** Bars for a chart: one label per bar, on-site and remote values side by side. */
export interface OutcomeSeries {
  readonly labels: readonly string[];
  readonly onSite: readonly number[];
  readonly remote: readonly number[];
}

/** A row of the figures tables: a day, an action line or an SDG. */
export interface OutcomeRow {
  readonly id: string;
  readonly figures: OutcomeFigures;
}

/**
 * The outcome screen's state: the report as the server sent it, and what the view shows of it (headline tiles,
 * chart series, table rows). No DOM, so it is tested on its own.
 */
export class OutcomeState {
  private current: OutcomeReport | null = null;

  apply(report: OutcomeReport): void {
    this.current = report;
  }

  get report(): OutcomeReport | null {
    return this.current;
  }

  get tiles(): readonly OutcomeTile[] {
    const forum = this.current?.forum;
    if (!forum) {
      return [];
    }
    return [
      { key: 'sessionsHeld', value: forum.sessionsHeld },
      { key: 'participantsOnSite', value: forum.participantsOnSite },
      { key: 'participantsRemote', value: forum.participantsRemote },
      { key: 'countries', value: forum.countries },
      { key: 'questionsAsked', value: forum.questionsAsked },
      { key: 'questionsAnswered', value: forum.questionsAnswered },
      { key: 'pollsRun', value: forum.pollsRun },
      { key: 'contactsMade', value: forum.contactsMade ?? 0 },
      { key: 'prizeVotes', value: Number(forum.prizeVotes ?? 0) },
    ];
  }

  /** Participants per forum day that had sessions (days with only contacts have no participants to draw). */
  get byDay(): OutcomeSeries {
    const days = (this.current?.days ?? []).filter((d) => d.figures.sessionsScheduled > 0);
    return series(days.map((d) => ({ id: d.date, figures: d.figures })));
  }

  /** Participants per action line, C1 to C11. */
  get byActionLine(): OutcomeSeries {
    return series(rows(this.current?.actionLines ?? []));
  }

  get days(): readonly OutcomeRow[] {
    return (this.current?.days ?? []).map((d) => ({ id: d.date, figures: d.figures }));
  }

  get actionLines(): readonly OutcomeRow[] {
    return rows(this.current?.actionLines ?? []);
  }

  /** The SDGs that any session carried. */
  get sdgs(): readonly OutcomeRow[] {
    return rows(this.current?.sdgs ?? []).filter((r) => r.figures.sessionsScheduled > 0);
  }

  /** The forum's participants by country, small countries merged into "other" by the server. */
  get countries(): readonly { country: string; participants: number }[] {
    return this.current?.forum.byCountry ?? [];
  }
}

function rows(tags: readonly OutcomeTag[]): OutcomeRow[] {
  return tags.map((tag) => ({ id: tag.tag, figures: tag.figures }));
}

function series(parts: readonly OutcomeRow[]): OutcomeSeries {
  return {
    labels: parts.map((p) => p.id),
    onSite: parts.map((p) => p.figures.participantsOnSite),
    remote: parts.map((p) => p.figures.participantsRemote),
  };
}
