import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useChannels, useJourney, usePublish, type Channel, type Journey } from '../api/journeys';
import { ErrorBanner, Loading } from '../ui/Page';
import { Canvas } from './Canvas';
import { EditorStoreContext, useEditor, useEditorStore } from './editor-context';
import { createEditorStore, selectCanRedo, selectCanUndo, type EditorStore } from './editor-store';
import type { Size } from './graph-mapping';
import { ChannelLabelsContext } from './nodes/channel-labels';
import { Palette } from './Palette';
import { ProblemsSummary, useFocusNode } from './ProblemsSummary';
import { PublishDialog } from './PublishDialog';
import { SaveIndicator } from './SaveIndicator';
import { SidePanel } from './SidePanel';
import type { PathHighlight } from './simulate/path-highlight';
import { TryContactPanel } from './simulate/TryContactPanel';
import { LiveStatsToggle } from './stats/LiveStatsToggle';
import { useLiveStatsState } from './stats/use-live-stats';
import { useAutosave } from './use-autosave';
import { VersionsMenu } from './VersionsMenu';

const NO_CHANNELS: Channel[] = [];

/** `#/journeys/:id`: the journey editor. The store is created once per journey from the loaded draft. */
export function EditorPage() {
  const { id = '' } = useParams();
  const journey = useJourney(id);
  const [loaded, setLoaded] = useState<{ id: string; store: EditorStore } | null>(null);

  useEffect(() => {
    if (journey.data && journey.data.id === id && loaded?.id !== id) {
      setLoaded({ id, store: createEditorStore({ graph: journey.data.draft, name: journey.data.name }) });
    }
  }, [journey.data, id, loaded?.id]);

  if (journey.error) return <section className="page"><ErrorBanner error={journey.error} /><a href="#/journeys">Back to journeys</a></section>;
  if (!journey.data || !loaded || loaded.id !== id) return <section className="page"><Loading what="the journey" /></section>;
  return (
    <EditorStoreContext.Provider value={loaded.store}>
      <ReactFlowProvider>
        <Editor key={id} journey={journey.data} store={loaded.store} />
      </ReactFlowProvider>
    </EditorStoreContext.Provider>
  );
}

function Editor({ journey, store }: { journey: Journey; store: EditorStore }) {
  const channelsQuery = useChannels();
  const channels = channelsQuery.data ?? NO_CHANNELS;
  const channelLabels = useMemo(() => new Map(channels.map((channel) => [channel.type, channel.label])), [channels]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const measured = useRef<Record<string, Size>>({});
  // The API refuses edits to an archived journey: nothing is saved, and the page says so.
  const archived = journey.status === 'archived';
  const autosave = useAutosave(journey.id, store, !archived);
  const publish = usePublish(journey.id);
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const focusNode = useFocusNode();

  const [liveOn, setLiveOn] = useState(false);
  const graph = useEditor((state) => state.graph);
  const live = useLiveStatsState(journey.id, liveOn, graph);
  const [pathHighlight, setPathHighlight] = useState<PathHighlight | null>(null);
  const tryContactSlot = <TryContactPanel graph={graph} onPath={setPathHighlight} />;

  useEffect(() => {
    store.getState().setChannels(channelsQuery.data?.map((channel) => ({ type: channel.type, configSchema: channel.configSchema })));
  }, [store, channelsQuery.data]);

  const onPublish = async (note: string) => {
    if (!(await autosave.flush())) throw new Error('The draft could not be saved, so it was not published.');
    const version = await publish.mutateAsync(note);
    setPublished(version.version);
  };

  return (
    <section className="editor-page">
      <header className="editor-head">
        <div className="editor-title">
          <a href="#/journeys" className="small">← Journeys</a>
          <NameInput />
          <span className={`badge ${journey.status}`} data-testid="journey-status">{journey.status}</span>
          <SaveIndicator status={autosave.status} error={autosave.error} onRetry={() => void autosave.flush()} />
        </div>
        <div className="actions editor-actions">
          <UndoRedo />
          <AutoLayoutButton sizes={measured} />
          <ProblemsSummary />
          <LiveStatsToggle on={liveOn} onChange={setLiveOn} error={live.error} refreshing={live.refreshing} />
          <VersionsMenu journeyId={journey.id} />
          <Link to={`/journeys/${journey.id}/experiments`}>Experiments</Link>
          <button type="button" className="primary" disabled={archived} onClick={() => { setPublished(null); setPublishing(true); }}>Publish…</button>
        </div>
      </header>
      {channelsQuery.error && <ErrorBanner error={channelsQuery.error} />}
      {published !== null && <p className="banner ok editor-banner" role="note">Published version {published}.</p>}
      {archived && <p className="banner warn editor-banner" role="note">This journey is archived: changes are not saved. Duplicate it from the journeys list to edit a copy.</p>}
      <ChannelLabelsContext.Provider value={channelLabels}>
        <div className="editor-body">
          <Palette channels={channels} canvasRef={canvasRef} />
          <Canvas canvasRef={canvasRef} stats={live.stats} highlight={pathHighlight} onMeasured={(sizes) => { measured.current = sizes; }} />
          <SidePanel channels={channels} extra={tryContactSlot} />
        </div>
      </ChannelLabelsContext.Provider>
      {publishing && <PublishDialog onPublish={onPublish} onClose={() => setPublishing(false)} onShowNode={focusNode} />}
    </section>
  );
}

function AutoLayoutButton({ sizes }: { sizes: { current: Record<string, Size> } }) {
  const store = useEditorStore();
  const { fitView } = useReactFlow();
  const layout = () => {
    store.getState().autoLayout(sizes.current);
    // Let React Flow take the new positions before fitting them.
    requestAnimationFrame(() => void fitView({ duration: 300, maxZoom: 1.1, padding: 0.15 }));
  };
  return <button type="button" onClick={layout}>Auto-layout</button>;
}

/** A blank name is never saved (the API refuses it, and the graph would not be saved with it). */
function NameInput() {
  const name = useEditor((state) => state.name);
  const setName = useEditor((state) => state.setName);
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const blank = text.trim() === '';
  return (
    <input
      className="editor-name"
      aria-label="Journey name"
      aria-invalid={blank}
      title={blank ? 'A journey needs a name' : undefined}
      value={text}
      maxLength={200}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value.trim() !== '') setName(event.target.value);
      }}
    />
  );
}

function UndoRedo() {
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const undo = useEditor((state) => state.undo);
  const redo = useEditor((state) => state.redo);
  return (
    <>
      <button type="button" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">↶</button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Shift+Ctrl+Z)">↷</button>
    </>
  );
}
