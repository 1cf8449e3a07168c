package graph

import (
	"context"
	"net/url"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/graph/model"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// viewerKind names the kind of caller in the API. The system viewer never
// reaches the API; should it, it shows as anonymous rather than leak.
func viewerKind(v *viewer.Viewer) model.ViewerKind {
	switch v.Kind {
	case viewer.User:
		return model.ViewerKindUser
	case viewer.APIKey:
		return model.ViewerKindAPIKey
	default:
		return model.ViewerKindAnonymous
	}
}

// startSession signs u in after a flow that proved who they are (an
// accepted invitation): a session, its cookie, and the token for apps.
func (r *Resolver) startSession(ctx context.Context, u *ent.User) (string, error) {
	ip, ua := auth.ClientIP(ctx)
	token, sess, err := r.Auth.SignIn(ctx, u, session.MethodPASSWORD, ip, ua)
	if err != nil {
		return "", err
	}
	if w := auth.ResponseWriter(ctx); w != nil {
		r.Auth.SetCookie(w, token, sess.ExpiresAt)
	}
	return token, r.actAs(ctx, u.ID, sess.ID)
}

// actAs makes the rest of the request run as the user who just signed in,
// so that the payload (user { role }, session { ... }) is read with their
// rights.
func (r *Resolver) actAs(ctx context.Context, userID, sessionID pulid.ID) error {
	v, err := r.Auth.ViewerForUser(ctx, userID, sessionID)
	if err != nil {
		return err
	}
	viewer.Replace(ctx, v)
	return nil
}

// eventNames turns API enum values into event types (USER_CREATED →
// user.created); nil stays nil.
func eventNames(events []model.WebhookEventType) []string {
	if events == nil {
		return nil
	}
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = webhook.EventName(string(e))
	}
	return out
}

// signInOptions answers signInOptions: the browser sign-in providers,
// whether self sign-up is on, and the password policy.
func (r *Resolver) signInOptions(ctx context.Context) (*model.SignInOptions, error) {
	selfSignup, policy, err := r.Users.SignUpOptions(ctx)
	if err != nil {
		return nil, err
	}
	out := &model.SignInOptions{
		OidcProviders:     []*model.OIDCProvider{},
		SelfSignupEnabled: selfSignup,
		PasswordPolicy: &model.PasswordPolicy{MinLength: policy.MinLength, MaxLength: policy.Longest(),
			ForbidNames: policy.ForbidNames, ForbidCommon: policy.ForbidCommon},
	}
	for _, name := range r.Auth.BrowserProviders {
		out.OidcProviders = append(out.OidcProviders, &model.OIDCProvider{Name: name, LoginURL: "/auth/oidc/login?provider=" + url.QueryEscape(name)})
	}
	return out, nil
}
