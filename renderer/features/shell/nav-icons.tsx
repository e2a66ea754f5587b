import type { Screen } from './use-hash-route';

/** Line icons for the navigation; decorative, since every link has its text beside it. */
const PATHS: Record<Screen, string> = {
  journal: 'M6 3h10l4 4v14H6zM9 10h8M9 14h8M9 18h5',
  trends: 'M3 20h18M5 16l4-5 4 3 6-8',
  guidance: 'M4 5a2 2 0 0 1 2-2h5v17H6a2 2 0 0 0-2 2zM20 5a2 2 0 0 0-2-2h-5v17h5a2 2 0 0 1 2 2z',
  report: 'M7 3h10v18H7zM10 8h4M10 12h4M10 16h2',
  data: 'M12 3v12M7 10l5 5l5-5M4 17v4h16v-4',
  settings: 'M12 8a4 4 0 1 0 0 8a4 4 0 0 0 0-8zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2',
};

export function NavIcon({ screen }: { screen: Screen }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[screen]} />
    </svg>
  );
}
