package webhook

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/webhookendpoint"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Event types.
const (
	UserCreated      = "user.created"
	UserUpdated      = "user.updated"
	UserDeleted      = "user.deleted"
	UserLocked       = "user.locked"
	UserUnlocked     = "user.unlocked"
	UserEmailChanged = "user.email_changed"
	// Test is sent by sendTestEvent only.
	Test = "webhook.test"
)

// Types lists the event types an endpoint can subscribe to.
var Types = []string{UserCreated, UserUpdated, UserDeleted, UserLocked, UserUnlocked, UserEmailChanged}

// Change is one changed property.
type Change struct {
	Property string  `json:"property"`
	Old      *string `json:"old"`
	New      *string `json:"new"`
}

// Actor is who made a change.
type Actor struct {
	// Type is "user", "api_key" or "system".
	Type string `json:"type"`
	// ID is the user's or API key's ID; empty for the system.
	ID string `json:"id,omitempty"`
}

// Payload is the JSON body of a delivery.
type Payload struct {
	Type      string    `json:"type"`
	Timestamp time.Time `json:"timestamp"`
	Data      Data      `json:"data"`
}

// Data is the event's content.
type Data struct {
	UserID  string   `json:"user_id,omitempty"`
	Changes []Change `json:"changes"`
	// Source is PROFILE, ADMIN, API or SYSTEM, as in the history.
	Source string `json:"source"`
	Actor  Actor  `json:"actor"`
}

// ActorOf describes the viewer of ctx.
func ActorOf(ctx context.Context) Actor {
	v := viewer.FromContext(ctx)
	switch v.Kind {
	case viewer.User:
		return Actor{Type: "user", ID: string(v.UserID)}
	case viewer.APIKey:
		return Actor{Type: "api_key", ID: string(v.APIKeyID)}
	}
	return Actor{Type: "system"}
}

// Emit writes one delivery of the event per enabled endpoint that
// subscribes to its type (an endpoint with no types subscribes to all)
// and does not skip the acting API key. Pass the change's transaction
// client.
func Emit(ctx context.Context, client *ent.Client, eventType string, data Data) error {
	sys := viewer.SystemContext(ctx)
	endpoints, err := client.WebhookEndpoint.Query().Where(webhookendpoint.Enabled(true)).All(sys)
	if err != nil {
		return fmt.Errorf("webhook: endpoints: %w", err)
	}
	if data.Changes == nil {
		data.Changes = []Change{}
	}
	var builders []*ent.WebhookDeliveryCreate
	for _, ep := range endpoints {
		if len(ep.Events) > 0 && !slices.Contains(ep.Events, eventType) {
			continue
		}
		if data.Actor.Type == "api_key" && slices.Contains(ep.SkipAPIKeyIds, data.Actor.ID) {
			continue
		}
		b, err := newDelivery(client, ep.ID, eventType, data)
		if err != nil {
			return err
		}
		builders = append(builders, b)
	}
	if len(builders) == 0 {
		return nil
	}
	if err := client.WebhookDelivery.CreateBulk(builders...).Exec(sys); err != nil {
		return fmt.Errorf("webhook: enqueue %s: %w", eventType, err)
	}
	return nil
}

func newDelivery(client *ent.Client, endpoint pulid.ID, eventType string, data Data) (*ent.WebhookDeliveryCreate, error) {
	now := time.Now().UTC().Truncate(time.Microsecond)
	body, err := json.Marshal(Payload{Type: eventType, Timestamp: now, Data: data})
	if err != nil {
		return nil, fmt.Errorf("webhook: payload: %w", err)
	}
	return client.WebhookDelivery.Create().SetEndpointID(endpoint).SetEventID(string(pulid.New("msg"))).
		SetEventType(eventType).SetPayload(string(body)).SetNextAttemptAt(now), nil
}
