import { DomainError } from '@cascade/errors';

export type RfmErrorCode = 'rfm_input_invalid' | 'rfm_cell_rules_invalid';

/** RFM input (contacts, period, levels) or a cell mapping refused before anything is scored. */
export class RfmError extends DomainError<RfmErrorCode> {
  constructor(code: RfmErrorCode, message: string) {
    super('invalid', code, message);
    this.name = 'RfmError';
  }
}
