package webhook

import (
	"context"
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/apikey"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Manager changes webhook endpoints. Access is the ent policy's
// (webhooks:manage, unrestricted); Manager checks the values.
type Manager struct {
	Client *ent.Client
	// AllowPrivate permits http URLs and private, loopback and link-local
	// targets — for development and tests only.
	AllowPrivate bool
}

// EndpointInput describes an endpoint to create or change; nil fields
// stay as they are on update.
type EndpointInput struct {
	URL         *string
	Description *string
	Events      []string
	Enabled     *bool
	SkipAPIKeys []pulid.ID
}

// checkURL accepts an absolute https URL without credentials whose host,
// when it is a literal IP address, is public (names are checked again
// when connecting, after resolution).
func (m *Manager) checkURL(raw string) error {
	u, err := url.Parse(strings.TrimSpace(raw))
	bad := func(reason, msg string) error { return problem.Invalid("input.url", reason, msg) }
	if err != nil || u.Host == "" || u.User != nil || len(raw) > 2000 {
		return bad("INVALID_URL", "an absolute URL such as https://hooks.example.com/roster")
	}
	if u.Scheme != "https" && !(m.AllowPrivate && u.Scheme == "http") {
		return bad("HTTPS_REQUIRED", "webhook URLs must use https")
	}
	if ip, err := netip.ParseAddr(strings.Trim(u.Hostname(), "[]")); err == nil && !m.AllowPrivate && !PublicAddr(ip) {
		return bad("PRIVATE_TARGET", "the URL points into a private network")
	}
	if !m.AllowPrivate && (u.Hostname() == "localhost" || strings.HasSuffix(u.Hostname(), ".localhost")) {
		return bad("PRIVATE_TARGET", "the URL points into a private network")
	}
	return nil
}

func checkEvents(events []string) error {
	for i, e := range events {
		if !slices.Contains(Types, e) {
			return problem.Invalid(fmt.Sprintf("input.events.%d", i), "UNKNOWN_EVENT", "unknown event type "+e)
		}
	}
	return nil
}

func (m *Manager) checkKeys(ctx context.Context, ids []pulid.ID) ([]string, error) {
	out := make([]string, 0, len(ids))
	for i, id := range ids {
		if ok, err := m.Client.APIKey.Query().Where(apikey.ID(id)).Exist(ctx); err != nil {
			return nil, err
		} else if !ok {
			return nil, problem.Invalid(fmt.Sprintf("input.skipAPIKeyIDs.%d", i), "UNKNOWN_API_KEY", "no API key with this ID")
		}
		out = append(out, string(id))
	}
	return out, nil
}

// Create adds an endpoint and returns it with its secret, which is shown
// only now.
func (m *Manager) Create(ctx context.Context, in EndpointInput) (*ent.WebhookEndpoint, string, error) {
	if in.URL == nil {
		return nil, "", problem.Invalid("input.url", "REQUIRED", "a URL is required")
	}
	if err := m.checkURL(*in.URL); err != nil {
		return nil, "", err
	}
	if err := checkEvents(in.Events); err != nil {
		return nil, "", err
	}
	skip, err := m.checkKeys(ctx, in.SkipAPIKeys)
	if err != nil {
		return nil, "", err
	}
	secret := NewSecret()
	ep, err := m.Client.WebhookEndpoint.Create().SetURL(strings.TrimSpace(*in.URL)).SetNillableDescription(in.Description).
		SetEvents(nonNil(in.Events)).SetNillableEnabled(in.Enabled).SetSkipAPIKeyIds(skip).SetSecret(secret).Save(ctx)
	return ep, secret, err
}

// Update changes an endpoint.
func (m *Manager) Update(ctx context.Context, id pulid.ID, in EndpointInput) (*ent.WebhookEndpoint, error) {
	upd := m.Client.WebhookEndpoint.UpdateOneID(id).SetNillableDescription(in.Description).SetNillableEnabled(in.Enabled)
	if in.URL != nil {
		if err := m.checkURL(*in.URL); err != nil {
			return nil, err
		}
		upd.SetURL(strings.TrimSpace(*in.URL))
	}
	if in.Events != nil {
		if err := checkEvents(in.Events); err != nil {
			return nil, err
		}
		upd.SetEvents(in.Events)
	}
	if in.SkipAPIKeys != nil {
		skip, err := m.checkKeys(ctx, in.SkipAPIKeys)
		if err != nil {
			return nil, err
		}
		upd.SetSkipAPIKeyIds(skip)
	}
	return upd.Save(ctx)
}

// Rotate gives the endpoint a new secret; deliveries are signed with both
// for keep, so receivers can switch without losing messages.
func (m *Manager) Rotate(ctx context.Context, id pulid.ID, keep time.Duration) (*ent.WebhookEndpoint, string, error) {
	if keep < 0 || keep > 7*24*time.Hour {
		return nil, "", problem.Invalid("input.keepPreviousForSeconds", "OUT_OF_RANGE", "between 0 and 604800 seconds")
	}
	ep, err := m.Client.WebhookEndpoint.Get(ctx, id)
	if err != nil {
		return nil, "", err
	}
	secret := NewSecret()
	ep, err = m.Client.WebhookEndpoint.UpdateOne(ep).SetSecret(secret).SetPreviousSecret(ep.Secret).
		SetPreviousSecretExpiresAt(time.Now().UTC().Add(keep)).Save(ctx)
	return ep, secret, err
}

// Redeliver queues a delivery again, whatever its state.
func (m *Manager) Redeliver(ctx context.Context, id pulid.ID) (*ent.WebhookDelivery, error) {
	now := time.Now().UTC()
	// A delivery a worker is sending right now is left to it.
	n, err := m.Client.WebhookDelivery.Update().
		Where(webhookdelivery.IDEQ(id), webhookdelivery.Or(webhookdelivery.ClaimedUntilIsNil(), webhookdelivery.ClaimedUntilLT(now))).
		SetStatus(webhookdelivery.StatusPENDING).SetNextAttemptAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		if _, err := m.Client.WebhookDelivery.Get(ctx, id); err != nil {
			return nil, err
		}
		return nil, &problem.Error{Code: problem.Conflict, Field: "input.deliveryID", Reason: "IN_PROGRESS",
			Message: "this delivery is being sent right now; look again in a moment"}
	}
	return m.Client.WebhookDelivery.Get(ctx, id)
}

// SendTest queues a webhook.test event to one endpoint.
func (m *Manager) SendTest(ctx context.Context, endpoint pulid.ID, actor Actor) (*ent.WebhookDelivery, error) {
	if _, err := m.Client.WebhookEndpoint.Get(ctx, endpoint); err != nil {
		return nil, err
	}
	b, err := newDelivery(m.Client, endpoint, Test, Data{Changes: []Change{}, Source: "SYSTEM", Actor: actor})
	if err != nil {
		return nil, err
	}
	return b.Save(ctx)
}

// EventName turns an API enum value (USER_EMAIL_CHANGED) into an event
// type (user.email_changed) and back.
func EventName(enum string) string {
	return strings.Replace(strings.ToLower(enum), "_", ".", 1)
}

// EnumName is the inverse of EventName.
func EnumName(event string) string {
	return strings.ToUpper(strings.Replace(event, ".", "_", 1))
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Prune deletes the deliveries nobody needs any more, with their
// attempts: those that succeeded before succeeded, and DEAD ones last
// touched before dead (usually kept longer, so that someone can look into
// them or redeliver). A zero time deletes none of its kind; pending
// deliveries always stay. Their payloads hold old and new values of
// users, so they are not meant to be kept for ever. It returns how many
// went.
func Prune(ctx context.Context, client *ent.Client, succeeded, dead time.Time) (int, error) {
	var which []predicate.WebhookDelivery
	if !succeeded.IsZero() {
		which = append(which, webhookdelivery.And(webhookdelivery.StatusEQ(webhookdelivery.StatusSUCCEEDED), webhookdelivery.DeliveredAtLT(succeeded)))
	}
	if !dead.IsZero() {
		which = append(which, webhookdelivery.And(webhookdelivery.StatusEQ(webhookdelivery.StatusDEAD), webhookdelivery.UpdatedAtLT(dead)))
	}
	if len(which) == 0 {
		return 0, nil
	}
	n, err := client.WebhookDelivery.Delete().Where(webhookdelivery.Or(which...)).Exec(viewer.SystemContext(ctx))
	if err != nil {
		return n, fmt.Errorf("webhook: prune: %w", err)
	}
	return n, nil
}
