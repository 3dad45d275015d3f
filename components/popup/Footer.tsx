// The keyboard hint and the way to the options page.
export function Footer({ onOpenOptions }: { onOpenOptions(): void }) {
  return (
    <footer class="footer">
      <p class="keys">
        <kbd>↑</kbd>
        <kbd>↓</kbd> select · <kbd>Enter</kbd> switch · <kbd>/</kbd> search · <kbd>Esc</kbd> clear or close
      </p>
      <a
        href="#"
        onClick={(e) => {
          e.preventDefault();
          onOpenOptions();
        }}
      >
        Import / export / settings
      </a>
    </footer>
  );
}
