import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { FormErrors } from '../components/Field';
import { formatTime } from '../components/format';
import { splitErrors } from '../relay/errors';
import type { AccountNewsletterQuery } from './__generated__/AccountNewsletterQuery.graphql';
import type { AccountNewsletterSubscribeMutation } from './__generated__/AccountNewsletterSubscribeMutation.graphql';
import type { AccountNewsletterUnsubscribeMutation } from './__generated__/AccountNewsletterUnsubscribeMutation.graphql';

/** AccountNewsletter subscribes the signed-in user to the newsletter or unsubscribes them. */
export default function AccountNewsletter() {
  const data = useLazyLoadQuery<AccountNewsletterQuery>(
    graphql`
      query AccountNewsletterQuery {
        viewer {
          user {
            id
            email
            newsletterSubscription {
              id
              subscribedAt
              unsubscribedAt
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'network-only' },
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [subscribe, subscribing] = useMutation<AccountNewsletterSubscribeMutation>(graphql`
    mutation AccountNewsletterSubscribeMutation {
      subscribeNewsletter {
        subscription {
          ...AccountNewsletter_subscription @relay(mask: false)
        }
      }
    }
  `);
  const [unsubscribe, unsubscribing] = useMutation<AccountNewsletterUnsubscribeMutation>(graphql`
    mutation AccountNewsletterUnsubscribeMutation {
      unsubscribeNewsletter {
        subscription {
          ...AccountNewsletter_subscription @relay(mask: false)
        }
      }
    }
  `);
  const u = data.viewer.user;
  if (!u) return null;
  const sub = u.newsletterSubscription;
  const subscribed = !!sub && !sub.unsubscribedAt;
  const onError = (err: Error) => setErrors(splitErrors(err).general);
  return (
    <div>
      <h1>Newsletter</h1>
      <div className="panel">
        <FormErrors messages={errors} />
        <p role="status">
          {subscribed
            ? `${u.email} is subscribed since ${formatTime(sub?.subscribedAt)}.`
            : `${u.email} is not subscribed${sub?.unsubscribedAt ? ` (unsubscribed ${formatTime(sub.unsubscribedAt)})` : ''}.`}
        </p>
        {subscribed ? (
          <button type="button" disabled={unsubscribing} onClick={() => unsubscribe({ variables: {}, onError })}>
            Unsubscribe
          </button>
        ) : (
          <button type="button" className="primary" disabled={subscribing} onClick={() => subscribe({ variables: {}, onError })}>
            Subscribe
          </button>
        )}
      </div>
    </div>
  );
}

// What both mutations select: the subscription and the user's link to it,
// so the page shows the new state without asking again.
graphql`
  fragment AccountNewsletter_subscription on NewsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
    user {
      id
      newsletterSubscription {
        id
      }
    }
  }
`;
