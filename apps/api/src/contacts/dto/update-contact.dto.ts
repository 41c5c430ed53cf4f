import { ContactFieldsDto } from './contact-fields.dto';

/** PATCH body: only the fields given change; attributes and subscriptions are merged key by key. */
export class UpdateContactDto extends ContactFieldsDto {}
