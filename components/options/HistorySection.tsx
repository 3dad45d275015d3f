// The recent-roles history: how many there are, and clearing it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { db } from '../../lib/store/db';
import { clearHistory, listHistory } from '../../lib/store/history';
import { Notice, type NoticeState } from './Notice';

export function HistorySection() {
  const [count, setCount] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  const load = async () => setCount((await listHistory(await db())).length);
  useEffect(() => void load(), []);

  async function clear() {
    try {
      await clearHistory(await db());
      await load();
      setNotice({ tone: 'ok', text: t('history_cleared') });
    } catch (e) {
      setNotice({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history_heading')}</h2>
      <p class="hint">{count === null ? t('history_reading') : count === 1 ? t('history_countOne') : t('history_count', { count })}</p>
      <button type="button" onClick={clear} disabled={!count}>
        {t('history_clear')}
      </button>
      <Notice state={notice} />
    </section>
  );
}
