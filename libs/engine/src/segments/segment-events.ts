/** The events entering and leaving a segment store (properties: segmentId, segment name). */
export const SEGMENT_ENTERED_EVENT = 'segment_entered';
export const SEGMENT_EXITED_EVENT = 'segment_exited';

/** Segment events do not re-evaluate segments: they are the result of one. */
export function isSegmentEvent(name: string): boolean {
  return name === SEGMENT_ENTERED_EVENT || name === SEGMENT_EXITED_EVENT;
}
