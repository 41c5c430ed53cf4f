import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/**
 * The schema of a keyset page of `item`s (common/page.ts): subclass it under the page's own name,
 * `export class ContactPageResponse extends PageResponse(ContactResponse) {}`, so the schema keeps that name.
 */
export function PageResponse<Item>(item: Type<Item>) {
  class Page {
    @ApiProperty({ type: () => [item] })
    items!: Item[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last one.' })
    nextCursor!: string | null;
  }
  return Page;
}
