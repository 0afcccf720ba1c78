import { promoKeys } from '@promokit/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { type StoreCopy, useCopy } from './i18n.js';

/** A campaign as the demo server lists it (server/demo-control.ts). */
interface DemoCampaign {
  id: string;
  name: string;
  type: string;
  kind: string;
  active: boolean;
  status: 'active' | 'switched off' | 'expired' | 'scheduled' | 'paused';
  codes: string[];
  startDate?: string;
  expirationDate?: string;
}

/** How a campaign stands, in words a prospect reads at a glance (English; the store's copy translates them). */
export const STATUS_WORDS: Record<DemoCampaign['status'], string> = {
  active: 'Active',
  'switched off': 'Switched off',
  expired: 'Expired',
  scheduled: 'Scheduled',
  paused: 'Codes paused',
};

function statusDetail(campaign: DemoCampaign, { t, date }: StoreCopy): string | null {
  if (campaign.status === 'expired' && campaign.expirationDate)
    return t('ended {date}', { date: date(campaign.expirationDate) });
  if (campaign.status === 'scheduled' && campaign.startDate)
    return t('starts {date}', { date: date(campaign.startDate) });
  return null;
}

const campaignsKey = ['demo', 'campaigns'] as const;
const upstreamKey = ['demo', 'upstream'] as const;

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { headers: { 'content-type': 'application/json' }, ...init });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * For the sales team: reset the demo data, and switch campaigns off and on live. A switch changes
 * the engine, which notifies the BFF with a signed webhook, which tells every open page to refresh.
 */
export function SalesPanel(): ReactNode {
  const queryClient = useQueryClient();
  const copy = useCopy();
  const { t, promotionName } = copy;
  const campaigns = useQuery({
    queryKey: campaignsKey,
    queryFn: () => call<DemoCampaign[]>('/demo/campaigns'),
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: campaignsKey }),
      queryClient.invalidateQueries({ queryKey: promoKeys.all }),
    ]);
  const toggle = useMutation({
    mutationFn: (campaign: DemoCampaign) =>
      call(`/demo/campaigns/${encodeURIComponent(campaign.id)}`, {
        method: 'POST',
        body: JSON.stringify({ active: !campaign.active }),
      }),
    onSuccess: refresh,
  });
  const reset = useMutation({
    mutationFn: () => call('/demo/reset', { method: 'POST' }),
    onSuccess: refresh,
  });
  const upstream = useQuery({
    queryKey: upstreamKey,
    queryFn: () => call<{ online: boolean }>('/demo/upstream'),
  });
  const switchUpstream = useMutation({
    mutationFn: (online: boolean) =>
      call<{ online: boolean }>('/demo/upstream', { method: 'POST', body: JSON.stringify({ online }) }),
    onSuccess: async (answer) => {
      queryClient.setQueryData(upstreamKey, answer);
      await queryClient.invalidateQueries({ queryKey: promoKeys.all });
    },
  });
  const online = upstream.data?.online ?? true;
  return (
    <>
      <h1>{t('Sales panel')}</h1>
      <p>
        {t(
          'Switch a campaign off while the store is open in another tab: its offers and codes disappear there within a second. Reset puts every campaign, code, balance and redemption back as seeded.',
        )}
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => reset.mutate()}
        aria-disabled={reset.isPending}
      >
        {reset.isPending ? t('Resetting…') : t('Reset demo data')}
      </button>
      <p role="status">{reset.isSuccess ? t('Demo data reset.') : null}</p>
      <h2>{t('Promotions service')}</h2>
      <p>
        {t(
          'Take the promotions service offline to show that checkout goes on without discounts: codes answer that promotions are unavailable, and orders are still placed.',
        )}
      </p>
      <p role="status">
        {online ? t('The promotions service is online.') : t('The promotions service is offline.')}
      </p>
      <button
        type="button"
        onClick={() => switchUpstream.mutate(!online)}
        aria-disabled={switchUpstream.isPending}
      >
        {online ? t('Take promotions offline') : t('Bring promotions back online')}
      </button>
      <div className="table-scroll">
        <table className="campaigns">
          <caption>{t('Campaigns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Campaign')}</th>
              <th scope="col">{t('Type')}</th>
              <th scope="col">{t('Codes')}</th>
              <th scope="col">{t('Status')}</th>
              <th scope="col">{t('Action')}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.data?.map((campaign) => (
              <tr key={campaign.id} data-status={campaign.status}>
                <th scope="row">{promotionName(campaign.name)}</th>
                <td data-label={t('Type')}>{t(campaign.kind)}</td>
                <td data-label={t('Codes')}>
                  {campaign.codes.length ? (
                    <ul className="codes">
                      {campaign.codes.map((code) => (
                        <li key={code}>
                          <code>{code}</code>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('No code: applies by itself')}</span>
                  )}
                </td>
                <td data-label={t('Status')}>
                  <span>
                    <span className="status-pill" data-status={campaign.status}>
                      {t(STATUS_WORDS[campaign.status])}
                    </span>
                    {statusDetail(campaign, copy) && (
                      <span className="muted"> {statusDetail(campaign, copy)}</span>
                    )}
                  </span>
                </td>
                <td data-label={t('Action')}>
                  <button
                    type="button"
                    onClick={() => toggle.mutate(campaign)}
                    aria-disabled={toggle.isPending}
                  >
                    {t(campaign.active ? 'Disable {campaign}' : 'Enable {campaign}', {
                      campaign: promotionName(campaign.name),
                    })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
