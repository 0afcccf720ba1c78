import { promoKeys } from '@promokit/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';

import { useCopy } from './i18n.js';

interface SessionInfo {
  persona: string;
  personas: { id: string; label: string }[];
}

const sessionKey = ['demo', 'session'] as const;
const sessionUrl = '/api/promotions/session';

async function readSession(): Promise<SessionInfo> {
  const response = await fetch(sessionUrl, { credentials: 'include' });
  if (!response.ok) throw new Error(`Session: ${response.status}`);
  return (await response.json()) as SessionInfo;
}

async function switchPersona(persona: string): Promise<SessionInfo> {
  const response = await fetch(sessionUrl, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`Session: ${response.status}`);
  return (await response.json()) as SessionInfo;
}

/**
 * Switches the shopper in one click (guest, new customer, returning customer, loyalty member,
 * referred friend): the BFF starts a new signed session and every promotion is asked again.
 */
export function PersonaSwitcher(): ReactNode {
  const id = useId();
  const { t } = useCopy();
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: sessionKey, queryFn: readSession });
  const change = useMutation({
    mutationFn: switchPersona,
    onSuccess: async (info) => {
      queryClient.setQueryData(sessionKey, info);
      await queryClient.invalidateQueries({ queryKey: promoKeys.all });
    },
  });
  return (
    <div className="header-field persona" id="persona">
      <label htmlFor={id}>{t('Shopping as')}</label>
      <select
        id={id}
        value={change.variables ?? session.data?.persona ?? ''}
        disabled={!session.data}
        onChange={(event) => change.mutate(event.target.value)}
      >
        {session.data?.personas.map((persona) => (
          <option key={persona.id} value={persona.id}>
            {t(persona.label)}
          </option>
        ))}
      </select>
    </div>
  );
}
