// A one-line outcome message; text only.
export type NoticeState = { tone: 'ok' | 'error' | 'warn'; text: string } | null;

export function Notice({ state }: { state: NoticeState }) {
  return (
    <div role="status" aria-live="polite">
      {state && <p class={`notice ${state.tone}`}>{state.text}</p>}
    </div>
  );
}
