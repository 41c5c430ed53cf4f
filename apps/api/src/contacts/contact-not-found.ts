import { NotFoundException } from '@nestjs/common';

/** Another workspace's contact is indistinguishable from a missing one. */
export function contactNotFound(id: string): NotFoundException {
  const message = `contact ${id} does not exist`;
  return new NotFoundException({ message, details: [{ path: 'id', code: 'contact_not_found', message }] });
}
