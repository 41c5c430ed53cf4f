import { ContactFieldsDto } from './contact-fields.dto';

/** POST body: with `externalId`, the workspace's contact of that id is updated, or created. */
export class UpsertContactDto extends ContactFieldsDto {}
