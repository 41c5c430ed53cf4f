import { moveItem, removeItem } from './config-editing';

export interface ItemActionsProps<T> {
  /** What one item is called in the labels: "rule", "step". */
  noun: string;
  items: readonly T[];
  index: number;
  onChange(items: T[]): void;
}

/** ↑, ↓ and Remove on the card of item `index` of an ordered list; the last item left cannot be removed. */
export function ItemActions<T>({ noun, items, index, onChange }: ItemActionsProps<T>) {
  return (
    <span className="card-actions">
      <button type="button" className="link" aria-label={`Move ${noun} ${index + 1} up`} disabled={index === 0} onClick={() => onChange(moveItem(items, index, -1))}>↑</button>
      <button type="button" className="link" aria-label={`Move ${noun} ${index + 1} down`} disabled={index === items.length - 1} onClick={() => onChange(moveItem(items, index, 1))}>↓</button>
      <button type="button" className="link danger" aria-label={`Remove ${noun} ${index + 1}`} disabled={items.length <= 1} onClick={() => onChange(removeItem(items, index))}>Remove</button>
    </span>
  );
}
