/**
 * "Followers by e-mail" beside a network's edit view: how many follow it and what they chose
 * (anyone who may open the network); the addresses, their export and deletion only for roles
 * with "Followers by e-mail" (ACTIONS.manageSubscribers; the Super Admin has it).
 */
import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Field, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Download, Trash } from '@strapi/icons';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import {
  ACTIONS,
  CONTENT_TYPES,
  networkFollowersPath,
  subscribersDeletePath,
  subscribersPath,
  type DeleteSubscribersRequest,
  type DeleteSubscribersResponse,
  type FollowerCountsResponse,
  type Subscriber,
  type SubscribersFilter,
  type SubscribersResponse,
} from 'treffpunkt-shared/admin-api';
import { useText } from '../translations/useText';

interface PanelProps {
  model: string;
  documentId?: string;
}

const MANAGE = [{ action: ACTIONS.manageSubscribers, subject: null }];
/** What the export buttons export: this network's followers, or every network's. */
const EXPORTS = ['network', 'all'] as const;

/** Saves an answer of the admin API as a file. */
function useDownload() {
  const { get } = useFetchClient();
  return useCallback(
    async (filter: SubscribersFilter, name: string) => {
      const { data } = await get<Blob>(subscribersPath(filter), { responseType: 'blob' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(data);
      link.download = name;
      link.click();
      URL.revokeObjectURL(link.href);
    },
    [get],
  );
}

function SubscriberList({ subscribers, onDelete }: { subscribers: Subscriber[]; onDelete(subscriber: Subscriber): void }) {
  const text = useText();
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {subscribers.map((subscriber) => (
        <Flex tag="li" key={subscriber.id} justifyContent="space-between" alignItems="flex-start" gap={2}>
          <Flex direction="column" alignItems="flex-start">
            <Typography fontWeight="semiBold">{subscriber.email}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {[
                subscriber.network.name,
                subscriber.confirmedAt
                  ? text('followers.since', { date: new Date(subscriber.confirmedAt).toLocaleDateString() })
                  : text('followers.unconfirmed'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </Flex>
          <IconButton label={text('followers.delete', { email: subscriber.email })} variant="ghost" onClick={() => onDelete(subscriber)}>
            <Trash />
          </IconButton>
        </Flex>
      ))}
    </Flex>
  );
}

/** The addresses of this network, their export, and one address looked up in all networks. */
function Addresses({ documentId, onChange }: { documentId: string; onChange(): void }) {
  const text = useText();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const download = useDownload();
  const [own, setOwn] = useState<Subscriber[]>([]);
  const [email, setEmail] = useState('');
  const [found, setFound] = useState<Subscriber[] | null>(null);

  const load = useCallback(async () => {
    setOwn((await get<SubscribersResponse>(subscribersPath({ network: documentId }))).data.data);
  }, [documentId, get]);
  useEffect(() => {
    load().catch(() => toggleNotification({ type: 'danger', message: text('followers.loadFailed') }));
  }, [load, text, toggleNotification]);

  const find = async () => setFound((await get<SubscribersResponse>(subscribersPath({ email: email.trim() }))).data.data);

  async function remove(selection: DeleteSubscribersRequest) {
    try {
      const { data } = await post<DeleteSubscribersResponse>(subscribersDeletePath, selection);
      toggleNotification({ type: 'success', message: text('followers.deleted', { count: data.data.deleted }) });
      await load();
      if (found) await find();
      onChange();
    } catch {
      toggleNotification({ type: 'danger', message: text('followers.failed') });
    }
  }

  const exportAs = (filter: SubscribersFilter, name: string) =>
    download(filter, name).catch(() => toggleNotification({ type: 'danger', message: text('followers.failed') }));

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {own.length > 0 && (
        <>
          <Typography variant="sigma">{text('followers.addresses')}</Typography>
          <SubscriberList subscribers={own} onDelete={(subscriber) => remove({ ids: [subscriber.id] })} />
        </>
      )}
      <Typography variant="sigma">{text('followers.export')}</Typography>
      <Flex wrap="wrap" gap={2}>
        {EXPORTS.flatMap((scope) =>
          (['csv', 'json'] as const).map((format) => (
            <Button
              key={`${scope}-${format}`}
              variant="tertiary"
              size="S"
              startIcon={<Download />}
              onClick={() => exportAs({ network: scope === 'network' ? documentId : undefined, format }, `followers-${scope}.${format}`)}
            >
              {text(`followers.export.${scope}`, { format: format.toUpperCase() })}
            </Button>
          )),
        )}
      </Flex>
      <Field.Root name="treffpunkt-find-follower" hint={text('followers.find.hint')}>
        <Field.Label>{text('followers.find')}</Field.Label>
        <Flex gap={2}>
          <TextInput type="email" value={email} onChange={(event: { target: { value: string } }) => setEmail(event.target.value)} />
          <Button
            variant="secondary"
            onClick={() => find().catch(() => toggleNotification({ type: 'danger', message: text('followers.failed') }))}
          >
            {text('followers.find.button')}
          </Button>
        </Flex>
        <Field.Hint />
      </Field.Root>
      {found &&
        (found.length === 0 ? (
          <Typography>{text('followers.find.none')}</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <SubscriberList subscribers={found} onDelete={(subscriber) => remove({ ids: [subscriber.id] })} />
            <Flex wrap="wrap" gap={2}>
              <Button
                variant="tertiary"
                size="S"
                startIcon={<Download />}
                onClick={() => exportAs({ email: found[0].email, format: 'json' }, 'follower.json')}
              >
                {text('followers.find.export')}
              </Button>
              <Button variant="danger-light" size="S" startIcon={<Trash />} onClick={() => remove({ email: found[0].email })}>
                {text('followers.find.delete')}
              </Button>
            </Flex>
          </Flex>
        ))}
    </Flex>
  );
}

function Followers({ documentId, canManage }: { documentId: string; canManage: boolean }) {
  const text = useText();
  const { get } = useFetchClient();
  const [counts, setCounts] = useState<FollowerCountsResponse['data'] | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    get<FollowerCountsResponse>(networkFollowersPath(documentId)).then(
      ({ data }) => setCounts(data.data),
      () => setFailed(true),
    );
  }, [documentId, get]);
  useEffect(load, [load]);
  if (failed) return <Typography textColor="danger600">{text('followers.loadFailed')}</Typography>;
  if (!counts) return null;
  if (!counts.email && counts.confirmed + counts.pending === 0) return <Typography>{text('followers.emailOff')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box>
        <Typography>{text('followers.counts', { confirmed: counts.confirmed })}</Typography>
        {counts.confirmed > 0 && (
          <Typography tag="p" variant="pi" textColor="neutral600">
            {text('followers.choices', { reports: counts.reports, digest: counts.digest, reminders: counts.reminders })}
          </Typography>
        )}
        {counts.pending > 0 && (
          <Typography tag="p" variant="pi" textColor="neutral600">
            {text('followers.pending', { pending: counts.pending })}
          </Typography>
        )}
      </Box>
      {canManage && <Addresses documentId={documentId} onChange={load} />}
    </Flex>
  );
}

export function FollowersPanel({ model, documentId }: PanelProps) {
  const text = useText();
  const { allowedActions, isLoading } = useRBAC(MANAGE);
  if (model !== CONTENT_TYPES.network || isLoading) return null;
  return {
    title: text('followers.title'),
    content: documentId ? (
      <Followers documentId={documentId} canManage={Boolean(allowedActions.canManage)} />
    ) : (
      <Typography>{text('followers.saveFirst')}</Typography>
    ),
  };
}
FollowersPanel.type = 'treffpunkt-followers';
