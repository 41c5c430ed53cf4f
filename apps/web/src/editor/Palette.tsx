import { useReactFlow } from '@xyflow/react';
import { useRef, type DragEvent, type RefObject } from 'react';
import type { Channel } from '../api/journeys';
import { DEFAULT_NODE_WIDTH } from './auto-layout';
import { useEditorStore } from './editor-context';
import { PALETTE_MIME, paletteItems, type PaletteItem } from './palette-items';

/**
 * Every node type and every channel ("Send via Email"). Drag an item onto the canvas, or click it
 * (keyboard: Tab + Enter) to add it in the middle of the visible canvas.
 */
export function Palette({ channels, canvasRef }: { channels: readonly Channel[]; canvasRef: RefObject<HTMLDivElement | null> }) {
  const store = useEditorStore();
  const { screenToFlowPosition } = useReactFlow();
  const clicks = useRef(0);
  const items = paletteItems(channels);

  const onDragStart = (event: DragEvent, item: PaletteItem) => {
    event.dataTransfer.setData(PALETTE_MIME, JSON.stringify({ type: item.type, channel: item.channel }));
    event.dataTransfer.setData('text/plain', item.label);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const addAtCentre = (item: PaletteItem) => {
    const rect = canvasRef.current?.getBoundingClientRect();
    const centre = rect ? screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
    const stagger = (clicks.current++ % 6) * 24;
    store.getState().addNode(item.type, { x: centre.x - DEFAULT_NODE_WIDTH / 2 + stagger, y: centre.y - 40 + stagger }, item.channel);
  };

  return (
    <aside className="editor-palette" aria-label="Steps">
      <h2>Steps</h2>
      <p className="muted small">Drag onto the canvas, or click to add.</p>
      <ul>
        {items.map((item, index) => (
          <li key={item.key} className={item.channel && !items[index - 1]?.channel ? 'palette-channels-start' : undefined}>
            <button
              type="button"
              className={`palette-item palette-item-${item.type}`}
              draggable
              aria-label={item.label}
              title={`Drag onto the canvas or click to add: ${item.label}`}
              onDragStart={(event) => onDragStart(event, item)}
              onClick={() => addAtCentre(item)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
