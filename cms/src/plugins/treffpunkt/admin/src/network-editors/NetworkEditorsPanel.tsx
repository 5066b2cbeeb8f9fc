/**
 * "Editors of this network" beside a network's edit view, for the office (the permission
 * "Assign editors to networks"; the Super Admin has it): who edits this network, who edits it
 * through a parent network, and a field to assign anyone with an admin account. Saved at once,
 * apart from the form; what the office typed in the network itself stays as it is.
 */
import { useCallback, useEffect, useState } from 'react';
import { Box, Combobox, ComboboxOption, Field, Flex, IconButton, Link, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useAPIErrorHandler, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import {
  ACTIONS,
  CONTENT_TYPES,
  networkEditorsPath,
  type AdminUserChoice,
  type NetworkEditorsResponse,
  type NetworkEditorsUpdate,
} from 'treffpunkt-shared/admin-api';
import { useText } from '../translations/useText';

interface PanelProps {
  model: string;
  documentId?: string;
}

type Editors = NetworkEditorsResponse['data'];

const MANAGE = [{ action: ACTIONS.manageEditors, subject: null }];

function Person({ user, onRemove }: { user: AdminUserChoice; onRemove(): void }) {
  const text = useText();
  const notes = [!user.active && text('editors.invited'), user.reach !== 'assigned' && text(`editors.reach.${user.reach}`)].filter(Boolean);
  return (
    <Flex tag="li" justifyContent="space-between" alignItems="flex-start" gap={2}>
      <Flex direction="column" alignItems="flex-start">
        <Typography fontWeight="semiBold">{user.name}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {user.email}
        </Typography>
        {notes.length > 0 && (
          <Typography variant="pi" textColor="warning600">
            {notes.join('; ')}
          </Typography>
        )}
      </Flex>
      <IconButton label={text('editors.remove', { name: user.name })} variant="ghost" onClick={onRemove}>
        <Trash />
      </IconButton>
    </Flex>
  );
}

function useNetworkEditors(documentId: string) {
  const { get, put } = useFetchClient();
  const [editors, setEditors] = useState<Editors | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    get<NetworkEditorsResponse>(networkEditorsPath(documentId)).then(
      ({ data }) => setEditors(data.data),
      () => setFailed(true),
    );
  }, [documentId, get]);
  const save = useCallback(
    async (ids: number[]) => {
      const { data } = await put<NetworkEditorsResponse>(networkEditorsPath(documentId), { editors: ids } satisfies NetworkEditorsUpdate);
      setEditors(data.data);
    },
    [documentId, put],
  );
  return { editors, failed, save };
}

function NetworkEditors({ documentId }: { documentId: string }) {
  const text = useText();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  const { editors, failed, save } = useNetworkEditors(documentId);
  if (failed) return <Typography textColor="danger600">{text('editors.loadFailed')}</Typography>;
  if (!editors) return null;

  const assigned = new Set(editors.editors.map((user) => user.id));
  async function change(ids: number[], done: string) {
    try {
      await save(ids);
      toggleNotification({ type: 'success', message: done });
    } catch (error) {
      toggleNotification({ type: 'danger', title: text('editors.failed'), message: formatAPIError(error as never) });
    }
  }
  const add = (id: number) => {
    const user = editors.users.find((candidate) => candidate.id === id);
    if (user) change([...assigned, id], text('editors.added', { name: user.name }));
  };
  const remove = (user: AdminUserChoice) =>
    change(
      [...assigned].filter((id) => id !== user.id),
      text('editors.removed', { name: user.name }),
    );

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="pi" textColor="neutral600">
        {text('editors.intro')}
      </Typography>
      {editors.editors.length === 0 ? (
        <Typography>{text('editors.none')}</Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {editors.editors.map((user) => (
            <Person key={user.id} user={user} onRemove={() => remove(user)} />
          ))}
        </Flex>
      )}
      {editors.inherited.map(({ network, editors: through }) => (
        <Typography key={network} variant="pi" textColor="neutral600">
          {text('editors.inherited', { network, names: through.map((user) => user.name).join(', ') })}
        </Typography>
      ))}
      <Field.Root name="treffpunkt-assign-editor" hint={text('editors.add.hint')}>
        <Field.Label>{text('editors.add')}</Field.Label>
        {/* A new key after each change empties the field for the next person. */}
        <Combobox key={assigned.size} autocomplete={{ type: 'list', filter: 'contains' }} onChange={(value) => value && add(Number(value))}>
          {editors.users
            .filter((user) => !assigned.has(user.id))
            .map((user) => (
              <ComboboxOption key={user.id} value={String(user.id)}>
                {`${user.name} (${user.email})`}
              </ComboboxOption>
            ))}
        </Combobox>
        <Field.Hint />
      </Field.Root>
      <Box>
        <Link tag={NavLink} to="/settings/users">
          {text('editors.invite')}
        </Link>
      </Box>
    </Flex>
  );
}

export function NetworkEditorsPanel({ model, documentId }: PanelProps) {
  const text = useText();
  const { allowedActions, isLoading } = useRBAC(MANAGE);
  if (model !== CONTENT_TYPES.network || isLoading || !allowedActions.canManage) return null;
  return {
    title: text('editors.title'),
    content: documentId ? <NetworkEditors documentId={documentId} /> : <Typography>{text('editors.saveFirst')}</Typography>,
  };
}
NetworkEditorsPanel.type = 'treffpunkt-network-editors';
