// What a first-time user sees: what the extension does and how to start.
export function EmptyState({ onAdd, onOpenOptions }: { onAdd(): void; onOpenOptions(): void }) {
  return (
    <div class="empty">
      <p class="empty-title">No roles bookmarked yet</p>
      <p>Bookmark the RAM roles you switch to, then switch with one click or a few keystrokes. Each role gets a colour, shown on the console so you always see where you are acting.</p>
      <button type="button" class="button primary" onClick={onAdd}>
        Add your first role
      </button>
      <p class="empty-hint">
        Your team shares a list of roles?{' '}
        <button type="button" class="link" onClick={onOpenOptions}>
          Import a team list
        </button>{' '}
        on the settings page.
      </p>
    </div>
  );
}
