/**
 * In the list views of networks, meetings and reports, for someone whose role limits them to
 * their networks: which networks those are, or that none is assigned yet (an empty list would
 * otherwise not say why).
 */
import { useEffect, useState } from 'react';
import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { CONTENT_TYPES, myNetworksPath, type MyNetworksResponse } from 'treffpunkt-shared/admin-api';
import { useText } from '../translations/useText';

const TREFFPUNKT_TYPES: readonly string[] = Object.values(CONTENT_TYPES);

export function MyNetworksNotice() {
  const text = useText();
  const { slug } = useParams<{ slug: string }>();
  const { get } = useFetchClient();
  const [mine, setMine] = useState<MyNetworksResponse['data'] | null>(null);
  const applies = Boolean(slug && TREFFPUNKT_TYPES.includes(slug));

  useEffect(() => {
    if (!applies) return;
    get<MyNetworksResponse>(myNetworksPath).then(
      ({ data }) => setMine(data.data),
      () => setMine(null),
    );
  }, [applies, get]);

  if (!applies || !mine?.limited) return null;
  const names = mine.networks.map((network) => network.name).join(', ');
  return (
    <Typography variant="pi" textColor="neutral600" data-testid="treffpunkt-my-networks">
      {mine.networks.length === 0
        ? text('mine.none')
        : mine.below > 0
          ? text('mine.withBelow', { names, count: mine.below })
          : text('mine.only', { names })}
    </Typography>
  );
}
