// Package oidc signs people in to Roster with OpenID Connect providers and
// verifies the providers' tokens sent as bearer credentials.
//
// It works with any standard provider through OpenID Connect Discovery,
// and several providers may be configured at once (see [ParseProviders]
// for the configuration format, read from ROSTER_OIDC_PROVIDERS). It never
// touches the database: linking identities to users and starting sessions
// is the job of an [Accounts] implementation supplied by the rest of
// Roster.
//
// A [Manager], built by [New], offers:
//
//   - the browser flow: [Manager.LoginHandler] (mount it at
//     GET /auth/oidc/login) sends the browser to the provider with an
//     authorization code request protected by PKCE (S256), state and
//     nonce, kept in a short-lived encrypted cookie;
//     [Manager.CallbackHandler] (mount it at GET /auth/oidc/callback,
//     the redirect_url registered at each provider) verifies the answer
//     and the ID token, calls [Accounts.SignIn] and
//     [Accounts.StartSession], and redirects to an allowed return URL;
//   - bearer tokens: [Manager.VerifyBearer] checks a JWT (ID token or JWT
//     access token) locally against the keys of the provider that issued
//     it, or an opaque access token through the providers' introspection
//     endpoints (RFC 7662), with a small in-memory cache. A public client
//     (no secret) accepts only JWTs issued to Roster and no opaque token;
//   - availability: a provider that cannot be discovered when New runs
//     does not stop Roster; discovery is retried in the background with
//     growing pauses, and [Manager.Status] tells, without any request,
//     which providers are ready (for readiness probes and metrics).
//
// Token rejections wrap [ErrInvalidToken] (answer UNAUTHENTICATED);
// providers that cannot be reached, or not discovered yet, give errors
// wrapping [ErrProviderUnavailable] instead (answer UNAVAILABLE, HTTP
// 503). No token, code, cookie value or client secret is ever logged or
// shown to the browser; refused logins and callbacks are logged at debug
// level with their reason.
//
// The flow cookie is encrypted with Options.StateKey. Without one, each
// Manager makes a random key, so instances behind one load balancer must
// share a configured key for logins to finish on any of them.
package oidc
