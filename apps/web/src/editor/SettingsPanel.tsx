import type { JourneySettings, ReentryMode } from '@cascade/journey';
import { useEditor, useEditorStore } from './editor-context';
import { selectProblems } from './editor-store';

const REENTRY: { mode: ReentryMode; label: string }[] = [
  { mode: 'never', label: 'Never: once per contact' },
  { mode: 'after_exit', label: 'After leaving (with a cooldown)' },
  { mode: 'always', label: 'Always' },
];

/** The journey's goal, exit on goal and re-entry (shown when no node is selected). */
export function SettingsPanel() {
  const store = useEditorStore();
  const settings: JourneySettings = useEditor((state) => state.graph.settings) ?? {};
  const problems = useEditor(selectProblems).general.filter((problem) => problem.path.startsWith('settings'));
  const set = (patch: Partial<JourneySettings>) => store.getState().setSettings(patch);
  const goal = settings.goal;
  const setGoal = (patch: Partial<NonNullable<JourneySettings['goal']>>) => {
    const next = { event: goal?.event ?? '', within: goal?.within ?? 'P7D', ...(goal?.filter ? { filter: goal.filter } : {}), ...patch };
    set({ goal: next.event === '' && !goal?.filter ? undefined : next });
  };
  return (
    <section aria-label="Journey settings" className="settings-panel">
      <h2>Journey settings</h2>
      <label className="field">
        <span>Goal event (conversion)</span>
        <input value={goal?.event ?? ''} placeholder="purchase" onChange={(event) => setGoal({ event: event.target.value })} />
      </label>
      <label className="field">
        <span>Goal window (ISO-8601, e.g. P7D)</span>
        <input value={goal?.within ?? ''} disabled={!goal} onChange={(event) => setGoal({ within: event.target.value })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.exitOnGoal ?? false} onChange={(event) => set({ exitOnGoal: event.target.checked || undefined })} />
        Leave the journey at once on conversion
      </label>
      <label className="field">
        <span>Re-entry</span>
        <select
          value={settings.reentry?.mode ?? ''}
          onChange={(event) => set({ reentry: event.target.value ? { mode: event.target.value as ReentryMode, ...(settings.reentry?.cooldown ? { cooldown: settings.reentry.cooldown } : {}) } : undefined })}
        >
          <option value="">Default</option>
          {REENTRY.map((option) => <option key={option.mode} value={option.mode}>{option.label}</option>)}
        </select>
      </label>
      {settings.reentry?.mode === 'after_exit' && (
        <label className="field">
          <span>Cooldown (ISO-8601, e.g. P30D)</span>
          <input
            value={settings.reentry.cooldown ?? ''}
            onChange={(event) => set({ reentry: { mode: 'after_exit', ...(event.target.value ? { cooldown: event.target.value } : {}) } })}
          />
        </label>
      )}
      {problems.length > 0 && <ul className="problem-list">{problems.map((problem, index) => <li key={index} className="problem">{problem.message}</li>)}</ul>}
    </section>
  );
}
