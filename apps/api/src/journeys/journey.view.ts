import type { Journey, JourneyStatus, JourneyVersion } from '@cascade/db';
import type { GraphProblem, JourneyGraph } from '@cascade/journey';
import type { JourneyCounts } from './journey-counts';

/** A journey as the API shows it. */
export interface JourneyView {
  id: string;
  name: string;
  /**
   * `draft`: never published. `active`: new contacts enter the latest version.
   * `paused`: no new enrollments; contacts already in the journey continue.
   * `archived`: deleted; no new enrollments, running ones continue, no more edits.
   */
  status: JourneyStatus;
  /** The editable graph (docs/journeys.md#the-graph-contract); publishing freezes a copy into a version. */
  draft: JourneyGraph;
  createdAt: Date;
  updatedAt: Date;
  /** The newest published version number, or null when never published. */
  latestVersion: number | null;
}

/** A saved draft with what validation found in it; a draft may be saved with problems. */
export interface JourneyDraftView extends JourneyView {
  problems: GraphProblem[];
}

/** A journey in the list, with its enrollment and conversion counts. */
export type JourneyListItem = JourneyView & JourneyCounts;

export interface VersionView {
  version: number;
  publishedAt: Date;
  note: string | null;
}

export interface PublishedView extends VersionView {
  journeyId: string;
}

export function journeyView(journey: Journey, latestVersion: number | null): JourneyView {
  const { id, name, status, draft, createdAt, updatedAt } = journey;
  return { id, name, status, draft, createdAt, updatedAt, latestVersion };
}

export function draftView(journey: Journey, latestVersion: number | null, problems: GraphProblem[]): JourneyDraftView {
  return { ...journeyView(journey, latestVersion), problems };
}

export function versionView({ version, publishedAt, note }: JourneyVersion): VersionView {
  return { version, publishedAt, note };
}

export function publishedView(row: JourneyVersion): PublishedView {
  return { journeyId: row.journeyId, ...versionView(row) };
}
