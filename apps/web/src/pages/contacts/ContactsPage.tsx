import { useState } from 'react';
import { Link } from 'react-router';
import { Empty, ErrorBanner, Loading, LoadMore, Page } from '../../ui/Page';
import { formatDateTime } from '../../ui/format';
import { useContactSearch } from './contacts-api';
import { useDebounced } from '../../ui/use-debounced';
import './contacts.css';

/** Contacts of the workspace, searched by email, external id or phone. */
export function ContactsPage() {
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const contacts = useContactSearch(search);
  const rows = contacts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title="Contacts">
      <label className="field contacts-search">
        <span>Search</span>
        <input type="search" aria-label="Search contacts" placeholder="Email, external id or phone" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <ErrorBanner error={contacts.error} />
      {contacts.isPending && <Loading what="contacts" />}
      {contacts.isSuccess && rows.length === 0 && <Empty>{search ? `No contact matches “${search}”.` : 'No contacts yet.'}</Empty>}
      {rows.length > 0 && (
        <table className="data">
          <thead>
            <tr><th>External id</th><th>Email</th><th>Phone</th><th>Created</th></tr>
          </thead>
          <tbody>
            {rows.map((contact) => (
              <tr key={contact.id}>
                <td><Link to={`/contacts/${contact.id}`}>{contact.externalId ?? <span className="muted">(no external id)</span>}</Link></td>
                <td>{contact.email ?? '—'}</td>
                <td>{contact.phone ?? '—'}</td>
                <td>{formatDateTime(contact.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore pages={contacts} />
    </Page>
  );
}
