/** Jitsi's toolbar pictures, drawn simply (24 × 24, the colour of the text): no font or file to load. */
const PATHS = {
  mic: 'M12 15a3 3 0 0 0 3-3V6a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-2.1a7 7 0 0 0 6-6.9h-2Z',
  camera: 'M4 6h11a2 2 0 0 1 2 2v2.5l4-3v9l-4-3V16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2Z',
  screen:
    'M3 4h18a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-7v2h3v2H7v-2h3v-2H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Zm9 3-4 4h3v3h2v-3h3l-4-4Z',
  hand: 'M8 11V5a1.5 1.5 0 0 1 3 0v5h1V3.5a1.5 1.5 0 0 1 3 0V10h1V5a1.5 1.5 0 0 1 3 0v9a7 7 0 0 1-12.6 4.2L3 14.5a1.5 1.5 0 0 1 2.3-1.9L8 15V11Z',
  hangup:
    'M12 9c-3.3 0-6.4 1-8.9 2.8a1.2 1.2 0 0 0-.3 1.6l1.4 2.2a1.2 1.2 0 0 0 1.5.4l2.7-1.2a1.2 1.2 0 0 0 .7-1.1V11.5a12 12 0 0 1 5.8 0v2.2a1.2 1.2 0 0 0 .7 1.1l2.7 1.2a1.2 1.2 0 0 0 1.5-.4l1.4-2.2a1.2 1.2 0 0 0-.3-1.6A15 15 0 0 0 12 9Z',
  chevron: 'M7 14l5-5 5 5H7Z',
} as const;

export function Icon({ name, off = false }: { name: keyof typeof PATHS; off?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
      {/* Jitsi crosses a muted micro or a stopped camera out. */}
      {off && <path d="M3 3l18 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />}
    </svg>
  );
}
