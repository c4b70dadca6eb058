// Small inline icons: drawn with SVG so they show on every machine (an emoji needs an emoji font).
export function LockIcon() {
  return (
    <svg className="icon" width="0.9em" height="0.9em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

export function NoEntryIcon() {
  return (
    <svg className="icon" width="0.9em" height="0.9em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <rect x="3.5" y="6.8" width="9" height="2.4" fill="#fff" />
    </svg>
  );
}
