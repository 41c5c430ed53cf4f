export type RfmErrorCode = 'rfm_input_invalid' | 'rfm_cell_rules_invalid';

/** RFM input (contacts, period, levels) or a cell mapping refused before anything is scored. */
export class RfmError extends Error {
  constructor(readonly code: RfmErrorCode, message: string) {
    super(message);
    this.name = 'RfmError';
  }
}
