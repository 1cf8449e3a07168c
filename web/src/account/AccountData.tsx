import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { FormErrors } from '../components/Field';
import { downloadJSON, exportFileName } from '../components/download';
import { splitErrors } from '../relay/errors';
import type { AccountDataQuery } from './__generated__/AccountDataQuery.graphql';
import type { AccountDataExportMutation } from './__generated__/AccountDataExportMutation.graphql';

/**
 * AccountData lets signed-in users download everything Roster stores
 * about them as one JSON document (exportMe).
 */
export default function AccountData() {
  const data = useLazyLoadQuery<AccountDataQuery>(
    graphql`
      query AccountDataQuery {
        viewer {
          user {
            id
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-or-network' },
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [exportMe, exporting] = useMutation<AccountDataExportMutation>(graphql`
    mutation AccountDataExportMutation {
      exportMe {
        document
      }
    }
  `);
  const id = data.viewer.user?.id;
  if (!id) return null;
  const run = () => {
    setErrors([]);
    setNotice('');
    exportMe({
      variables: {},
      onCompleted: (res) => {
        const file = exportFileName(id);
        downloadJSON(file, res.exportMe.document);
        setNotice(`Your data is downloaded as ${file}.`);
      },
      onError: (err) => setErrors(splitErrors(err).general),
    });
  };
  return (
    <div>
      <h1>My data</h1>
      <div className="panel">
        <p>
          Download everything Roster stores about you as one JSON file: your account and profile, email addresses, linked
          sign-in providers, sessions, newsletter subscriptions, the history of your account, the mails sent to you (without
          their text) and the webhook events about you. Passwords and secret tokens are never part of it. Each export is recorded in your
          history.
        </p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <FormErrors messages={errors} />
        <button type="button" className="primary" disabled={exporting} onClick={run}>
          {exporting ? 'Exporting…' : 'Export my data'}
        </button>
      </div>
    </div>
  );
}
