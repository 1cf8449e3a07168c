// Package settings validates and applies changes to the instance settings
// and to the custom attribute definitions. Access is the ent policy's
// (settings:manage, unrestricted); this package checks the values.
package settings

import (
	"context"
	"fmt"
	"net"
	"regexp"
	"slices"
	"strings"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/attributedefinition"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
)

// Changes are the settings to change; nil fields stay.
type Changes struct {
	AllowedRedirectHosts      []string
	SelfSignupEnabled         *bool
	PasswordMinLength         *int
	PasswordForbidNames       *bool
	PasswordForbidCommon      *bool
	SessionLifetimeSeconds    *int
	SessionIdleTimeoutSeconds *int
	InvitationLifetimeSeconds *int
}

var hostPattern = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$`)

// Get returns the settings row.
func Get(ctx context.Context, client *ent.Client) (*ent.Settings, error) {
	return client.Settings.Get(ctx, database.SettingsID)
}

// Update validates and applies c.
func Update(ctx context.Context, client *ent.Client, c Changes) (*ent.Settings, error) {
	upd := client.Settings.UpdateOneID(database.SettingsID)
	if c.AllowedRedirectHosts != nil {
		hosts := []string{}
		for i, h := range c.AllowedRedirectHosts {
			h = strings.ToLower(strings.TrimSpace(h))
			if net.ParseIP(h) == nil && !hostPattern.MatchString(h) {
				return nil, problem.Invalid(fmt.Sprintf("input.allowedRedirectHosts.%d", i), "INVALID_HOST", "a host name such as app.example.com, without scheme or port")
			}
			if !slices.Contains(hosts, h) {
				hosts = append(hosts, h)
			}
		}
		upd.SetAllowedRedirectHosts(hosts)
	}
	ranges := []struct {
		field    string
		v        *int
		min, max int
		set      func(int)
	}{
		{"input.passwordMinLength", c.PasswordMinLength, 8, 128, func(v int) { upd.SetPasswordMinLength(v) }},
		{"input.sessionLifetimeSeconds", c.SessionLifetimeSeconds, 300, 366 * 86400, func(v int) { upd.SetSessionLifetimeSeconds(int64(v)) }},
		{"input.sessionIdleTimeoutSeconds", c.SessionIdleTimeoutSeconds, 300, 366 * 86400, func(v int) { upd.SetSessionIdleTimeoutSeconds(int64(v)) }},
		{"input.invitationLifetimeSeconds", c.InvitationLifetimeSeconds, 3600, 90 * 86400, func(v int) { upd.SetInvitationLifetimeSeconds(int64(v)) }},
	}
	for _, r := range ranges {
		if r.v == nil {
			continue
		}
		if *r.v < r.min || *r.v > r.max {
			return nil, problem.Invalid(r.field, "OUT_OF_RANGE", fmt.Sprintf("between %d and %d", r.min, r.max))
		}
		r.set(*r.v)
	}
	upd.SetNillableSelfSignupEnabled(c.SelfSignupEnabled).SetNillablePasswordForbidNames(c.PasswordForbidNames).
		SetNillablePasswordForbidCommon(c.PasswordForbidCommon)
	return upd.Save(ctx)
}

// Definition is a custom attribute definition to create or change.
type Definition struct {
	Key, Label    string
	Description   *string
	Type          attributedefinition.Type
	Required      *bool
	AllowedValues []string
	UserEditable  *bool
}

func checkValues(t attributedefinition.Type, values []string) error {
	if t == attributedefinition.TypeENUM && len(values) == 0 {
		return problem.Invalid("input.allowedValues", "REQUIRED", "an ENUM attribute needs allowed values")
	}
	if t != attributedefinition.TypeENUM && len(values) > 0 {
		return problem.Invalid("input.allowedValues", "NOT_ALLOWED", "only ENUM attributes have allowed values")
	}
	for i, v := range values {
		if strings.TrimSpace(v) == "" || len(v) > 200 {
			return problem.Invalid(fmt.Sprintf("input.allowedValues.%d", i), "INVALID_VALUE", "a value of 1 to 200 characters")
		}
	}
	return nil
}

var keyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)

// CreateDefinition adds an attribute definition.
func CreateDefinition(ctx context.Context, client *ent.Client, d Definition) (*ent.AttributeDefinition, error) {
	if !keyPattern.MatchString(d.Key) {
		return nil, problem.Invalid("input.key", "INVALID_KEY", "lower snake case such as membership_number, at most 64 characters")
	}
	if strings.TrimSpace(d.Label) == "" {
		return nil, problem.Invalid("input.label", "REQUIRED", "a label is required")
	}
	if err := attributedefinition.TypeValidator(d.Type); err != nil {
		return nil, problem.Invalid("input.type", "INVALID_TYPE", "unknown type")
	}
	if err := checkValues(d.Type, d.AllowedValues); err != nil {
		return nil, err
	}
	return client.AttributeDefinition.Create().SetKey(d.Key).SetLabel(strings.TrimSpace(d.Label)).
		SetNillableDescription(d.Description).SetType(d.Type).SetNillableRequired(d.Required).
		SetAllowedValues(d.AllowedValues).SetNillableUserEditable(d.UserEditable).Save(ctx)
}

// UpdateDefinition changes an attribute definition (its key and type stay).
func UpdateDefinition(ctx context.Context, client *ent.Client, id pulid.ID, label *string, d Definition) (*ent.AttributeDefinition, error) {
	cur, err := client.AttributeDefinition.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := client.AttributeDefinition.UpdateOne(cur).SetNillableDescription(d.Description).
		SetNillableRequired(d.Required).SetNillableUserEditable(d.UserEditable)
	if label != nil {
		if strings.TrimSpace(*label) == "" {
			return nil, problem.Invalid("input.label", "REQUIRED", "a label is required")
		}
		upd.SetLabel(strings.TrimSpace(*label))
	}
	if d.AllowedValues != nil {
		if err := checkValues(cur.Type, d.AllowedValues); err != nil {
			return nil, err
		}
		upd.SetAllowedValues(d.AllowedValues)
	}
	return upd.Save(ctx)
}
