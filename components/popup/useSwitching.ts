// Binds the SwitchController to component state.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupHost } from '../../lib/popup/host';
import { readingIdentity, type IdentityView } from '../../lib/popup/identity';
import type { StatusView } from '../../lib/popup/status';
import { SwitchController } from '../../lib/popup/switching';
import type { SwitchTarget, TabIdentity } from '../../lib/switch/types';

export interface Switching {
  identity: IdentityView;
  /** The tab's identity as the background reported it; null for none or not yet known. */
  tab: TabIdentity | null;
  status: StatusView | null;
  start(target: SwitchTarget): void;
  back(): void;
}

/** `onEnded` runs when a switch ends. */
export function useSwitching(host: PopupHost, onEnded: () => void): Switching {
  const [identity, setIdentity] = useState<{ view: IdentityView; tab: TabIdentity | null }>(() => ({ view: readingIdentity(), tab: null }));
  const [status, setStatus] = useState<StatusView | null>(null);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  const [controller] = useState(
    () =>
      new SwitchController(host, {
        identity: (view, tab) => setIdentity({ view, tab }),
        status: setStatus,
        ended: () => ended.current(),
      }),
  );
  useEffect(() => controller.open(), [controller]);
  return { identity: identity.view, tab: identity.tab, status, start: controller.start, back: controller.back };
}
