// The switch status as the popup's status area shows it.
import { t } from '../i18n';
import type { SwitchStatus, SwitchStep, SwitchTarget } from '../switch/types';

export type StatusTone = 'progress' | 'success' | 'error' | 'warning';

export interface StatusView {
  tone: StatusTone;
  text: string;
  /** A second line: the step under way. */
  detail?: string;
  /** The console's own words, quoted, when a failure came with them. */
  consoleText?: string;
}

/** How long after it ended a switch is still shown when the popup opens. */
export const RECENT_STATUS_MS = 2 * 60_000;

const STEPS = {
  opening: 'status_stepOpening',
  filling: 'status_stepFilling',
  submitted: 'status_stepSubmitted',
} as const satisfies Record<SwitchStep, string>;

export function targetName(target: SwitchTarget | undefined): string {
  if (!target) return t('status_theRole');
  return t('status_targetIn', { role: target.label || target.roleName, account: target.account });
}

export function describeStatus(status: SwitchStatus): StatusView {
  switch (status.state) {
    case 'running':
      return {
        tone: 'progress',
        text: status.kind === 'back' ? t('status_switchingBack') : t('status_switchingTo', { target: targetName(status.target) }),
        detail: t(STEPS[status.step]),
      };
    case 'succeeded':
      return { tone: 'success', text: status.message };
    case 'failed': {
      const view: StatusView = { tone: 'error', text: status.message };
      // The background usually quotes the console in the message already; never say it twice.
      if (status.consoleText && !status.message.includes(status.consoleText)) view.consoleText = status.consoleText;
      return view;
    }
    case 'fallback':
      return { tone: 'warning', text: status.message };
  }
}

/** Whether the popup shows a job when it opens: one under way, or one that ended lately. */
export function showOnOpen(status: SwitchStatus | null, now: number): boolean {
  if (!status) return false;
  if (status.state === 'running') return true;
  return now - status.at <= RECENT_STATUS_MS;
}

function timeOf(s: SwitchStatus): number {
  return s.state === 'running' ? s.startedAt : s.at;
}

/**
 * Whether `incoming` replaces `current`. A reply can arrive after a broadcast that overtook it:
 * a "running" for a job that has already ended is stale and ignored.
 */
export function supersedes(current: SwitchStatus | null, incoming: SwitchStatus): boolean {
  if (!current) return true;
  if (incoming.state === 'running' && current.state !== 'running') return incoming.startedAt >= current.at;
  if (incoming.state === 'running' && current.state === 'running') return incoming.startedAt >= current.startedAt;
  return timeOf(incoming) >= timeOf(current);
}
