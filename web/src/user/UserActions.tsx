import { Suspense, useState } from 'react';
import { graphql, useFragment, useMutation } from 'react-relay';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { FormErrors } from '../components/Field';
import { displayName } from '../components/format';
import { splitErrors } from '../relay/errors';
import { useCan, useViewer } from '../app/viewer';
import { LockDialog } from './LockDialog';
import { ChangeEmailDialog } from './ChangeEmailDialog';
import { RestrictionsDialog } from './RestrictionsDialog';
import { BlockFieldsDialog } from './BlockFieldsDialog';
import { SendEmailDialog } from '../sendemail/SendEmailDialog';
import type { UserActions_user$key } from './__generated__/UserActions_user.graphql';
import type { UserActionsUnlockMutation } from './__generated__/UserActionsUnlockMutation.graphql';
import type { UserActionsConfirmMutation } from './__generated__/UserActionsConfirmMutation.graphql';
import type { UserActionsInviteMutation } from './__generated__/UserActionsInviteMutation.graphql';
import type { UserActionsDeleteMutation } from './__generated__/UserActionsDeleteMutation.graphql';
import type { UserActionsExportMutation } from './__generated__/UserActionsExportMutation.graphql';
import { downloadJSON, exportFileName } from '../components/download';

type Open = null | 'lock' | 'unlock' | 'confirm' | 'invite' | 'delete' | 'email' | 'restrictions' | 'block' | 'send';

/**
 * UserActions are the buttons of a profile. Each shows only when the
 * caller's permissions allow it and when it applies to this user (Confirm
 * for an unconfirmed user, Unlock for a locked one, ...).
 */
export function UserActions({ user }: { user: UserActions_user$key }) {
  const u = useFragment(
    graphql`
      fragment UserActions_user on User {
        id
        email
        firstName
        lastName
        status
        locked
        confirmedAt
        invitationSentAt
        ...ChangeEmailDialog_user
        ...RestrictionsDialog_user
        ...BlockFieldsDialog_user
        ...SendEmailDialog_user
      }
    `,
    user,
  );
  const viewer = useViewer();
  const self = viewer.userId === u.id;
  const can = {
    write: useCan('USERS_WRITE'),
    lock: useCan('USERS_LOCK') && !self,
    invite: useCan('USERS_INVITE'),
    remove: useCan('USERS_DELETE') && !self,
    audit: useCan('AUDIT_READ'),
    email: useCan('USERS_EMAIL'),
    export: useCan('USERS_EXPORT'),
  };
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [exportErrors, setExportErrors] = useState<string[]>([]);
  const close = () => {
    setOpen(null);
    setErrors([]);
  };
  const done = (message: string) => {
    close();
    setNotice(message);
  };
  const failed = (err: Error) => setErrors(splitErrors(err).general);
  const name = displayName(u);

  const [unlock, unlocking] = useMutation<UserActionsUnlockMutation>(graphql`
    mutation UserActionsUnlockMutation($input: UserIDInput!) {
      unlockUser(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const [confirm, confirming] = useMutation<UserActionsConfirmMutation>(graphql`
    mutation UserActionsConfirmMutation($input: UserIDInput!) {
      confirmUser(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const [invite, inviting] = useMutation<UserActionsInviteMutation>(graphql`
    mutation UserActionsInviteMutation($input: UserIDInput!) {
      resendInvitation(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const [remove, removing] = useMutation<UserActionsDeleteMutation>(graphql`
    mutation UserActionsDeleteMutation($input: UserIDInput!) {
      deleteUser(input: $input) {
        deletedID @deleteRecord
      }
    }
  `);
  const [exportUser, exporting] = useMutation<UserActionsExportMutation>(graphql`
    mutation UserActionsExportMutation($input: UserIDInput!) {
      exportUser(input: $input) {
        document
      }
    }
  `);
  const input = { input: { id: u.id } };
  const runExport = () => {
    setNotice('');
    setExportErrors([]);
    exportUser({
      variables: input,
      onCompleted: (res) => {
        const file = exportFileName(u.id);
        downloadJSON(file, res.exportUser.document);
        setNotice(`The personal data of ${name} is downloaded as ${file}. The export is recorded in the history.`);
      },
      onError: (err) => setExportErrors(splitErrors(err).general),
    });
  };
  const inviteLabel = u.invitationSentAt ? 'Resend invitation' : 'Send invitation';
  return (
    <>
      <div className="actions" role="toolbar" aria-label="Actions on this user">
        {can.write && <Link className="button-link secondary" to={`/admin/users/${u.id}/edit`}>Edit</Link>}
        {can.audit && <Link className="button-link secondary" to={`/admin/users/${u.id}/history`}>History</Link>}
        {can.lock && !u.locked && <button type="button" onClick={() => setOpen('lock')}>Lock</button>}
        {can.lock && u.locked && <button type="button" onClick={() => setOpen('unlock')}>Unlock</button>}
        {can.invite && !u.confirmedAt && <button type="button" onClick={() => setOpen('invite')}>{inviteLabel}</button>}
        {can.write && !u.confirmedAt && <button type="button" onClick={() => setOpen('confirm')}>Confirm</button>}
        {can.write && <button type="button" onClick={() => setOpen('email')}>Change email</button>}
        {can.write && <button type="button" onClick={() => setOpen('restrictions')}>Change restrictions</button>}
        {can.write && <button type="button" onClick={() => setOpen('block')}>Block fields</button>}
        {can.email && <button type="button" onClick={() => setOpen('send')}>Send email</button>}
        {can.export && (
          <button type="button" disabled={exporting} onClick={runExport}>
            {exporting ? 'Exporting…' : 'Export data'}
          </button>
        )}
        {can.remove && <button type="button" className="danger" onClick={() => setOpen('delete')}>Delete</button>}
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <FormErrors messages={exportErrors} />
      <LockDialog open={open === 'lock'} userId={u.id} name={name} onClose={close} onDone={() => done(`${name} is locked and signed out.`)} />
      <ConfirmDialog
        title="Unlock user"
        open={open === 'unlock'}
        message={<p>Unlock {name}? They can sign in again.</p>}
        confirmLabel="Unlock"
        pending={unlocking}
        error={errors}
        onClose={close}
        onConfirm={() => unlock({ variables: input, onCompleted: () => done(`${name} is unlocked.`), onError: failed })}
      />
      <ConfirmDialog
        title={inviteLabel}
        open={open === 'invite'}
        message={<p>Send {u.email} a new invitation? An earlier invitation link stops working.</p>}
        confirmLabel={inviteLabel}
        pending={inviting}
        error={errors}
        onClose={close}
        onConfirm={() => invite({ variables: input, onCompleted: () => done(`An invitation is on its way to ${u.email}.`), onError: failed })}
      />
      <ConfirmDialog
        title="Confirm user"
        open={open === 'confirm'}
        message={<p>Confirm {name}'s account by hand, without the email round trip?</p>}
        confirmLabel="Confirm"
        pending={confirming}
        error={errors}
        onClose={close}
        onConfirm={() => confirm({ variables: input, onCompleted: () => done(`${name} is confirmed.`), onError: failed })}
      />
      <ConfirmDialog
        title="Delete user"
        open={open === 'delete'}
        danger
        message={
          <p>
            Delete <strong>{name}</strong> ({u.email}) and all their data? Their history goes too; only the newsletter subscription stays. This
            cannot be undone.
          </p>
        }
        confirmLabel={`Delete ${name}`}
        pending={removing}
        error={errors}
        onClose={close}
        onConfirm={() => remove({ variables: input, onCompleted: () => {
              void navigate('/admin/users', { replace: true });
            }, onError: failed })}
      />
      <ChangeEmailDialog open={open === 'email'} user={u} onClose={close} onDone={done} />
      <Dialog title="Change restrictions" open={open === 'restrictions'} onClose={close}>
        <Suspense fallback={<Loading />}>
          <RestrictionsDialog user={u} onClose={close} onDone={done} />
        </Suspense>
      </Dialog>
      <BlockFieldsDialog open={open === 'block'} user={u} onClose={close} onDone={done} />
      <SendEmailDialog open={open === 'send'} user={u} onClose={close} onDone={done} />
    </>
  );
}
