package oidc

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/rosterhq/roster/internal/metrics"
)

// ErrInvalidToken is wrapped by every error of [Manager.VerifyBearer]
// that rejects the token itself: malformed, badly signed, expired, from an
// unknown issuer, for another audience, inactive or unknown to every
// provider. Callers answer it with UNAUTHENTICATED (HTTP 401).
var ErrInvalidToken = errors.New("invalid token")

// ErrProviderUnavailable is wrapped by errors of [Manager.VerifyBearer]
// that say nothing about the token because a provider could not be asked:
// network failures, timeouts, HTTP 5xx or 429 answers, unreadable
// answers, key sets that cannot be fetched. Such errors never wrap
// [ErrInvalidToken]; callers should answer them as a temporary server
// error, not as a rejected credential.
var ErrProviderUnavailable = errors.New("provider unavailable")

// Identity is what a provider vouches for.
type Identity struct {
	// Provider is the configured provider name ([ProviderConfig.Name]).
	Provider string
	// Issuer is the provider's issuer as its discovery document states
	// it. Issuer and Subject together identify the person.
	Issuer string
	// Subject is the provider's stable identifier of the person; never
	// empty in an Identity returned by this package.
	Subject string
	// Email is the person's email address, possibly empty.
	Email string
	// EmailVerified reports whether the provider verified Email; a
	// boolean claim or the string "true" counts as verified.
	EmailVerified bool
	// GivenName and FamilyName are the person's names, possibly empty.
	GivenName, FamilyName string
	// LinkByEmail is the provider's [ProviderConfig.LinkByEmail]: whether
	// an identity not linked yet may be linked to the existing account
	// whose address the provider verified.
	LinkByEmail bool
}

// Accounts links identities to Roster users and starts sessions; it is
// implemented elsewhere in Roster. The Manager calls it with the request's
// context, unchanged.
type Accounts interface {
	// SignIn links or (if self sign-up is allowed) creates the user for a
	// browser login and returns its ID. An error that is a
	// *problem.Error is reported to the browser as "account_rejected",
	// any other as "server_error".
	SignIn(ctx context.Context, id Identity) (userID string, err error)
	// StartSession creates a Roster session for the user and sets the
	// session cookie on w.
	StartSession(ctx context.Context, w http.ResponseWriter, r *http.Request, userID string) error
	// RedirectAllowed reports whether a return URL's host is in the
	// allowed redirect hosts.
	RedirectAllowed(ctx context.Context, returnTo string) bool
}

// Options tune a [Manager]. The zero value is usable.
type Options struct {
	// StateKey is the 32-byte AES-256-GCM key that encrypts and
	// authenticates the short-lived login-flow cookie. When nil, New
	// generates a random key: a login then has to finish on the instance
	// that started it, so several instances behind a load balancer need
	// a shared key. Any other length than 32 is an error.
	StateKey []byte
	// SecureCookies marks the flow cookie Secure; set it whenever Roster
	// is reached over https.
	SecureCookies bool
	// HTTPClient makes every request to the providers (discovery, keys,
	// token exchange, userinfo, introspection). Nil means a client with a
	// 10-second timeout.
	HTTPClient *http.Client
	// Now is the clock for token expiry, the flow cookie, the token
	// cache and the providers' status. Nil means time.Now.
	Now func() time.Time
	// DefaultReturnTo is where the callback sends the browser when the
	// login named no return_to. It is trusted configuration and is not
	// passed to Accounts.RedirectAllowed. Empty means "/".
	DefaultReturnTo string
	// Metrics counts browser sign-ins (method oidc) that succeed or fail
	// at the callback; nil counts nothing.
	Metrics *metrics.Metrics
	// Logger receives failed browser sign-ins, refused flows and bearer
	// tokens (at debug level) and the providers' availability, with the
	// provider name and the reason, never tokens, codes or secrets. Nil
	// means slog.Default().
	Logger *slog.Logger
	// RetryMin is the first pause before discovery of an unreachable
	// provider is tried again, and the shortest time between two tries.
	// Zero means 2 seconds.
	RetryMin time.Duration
	// RetryMax bounds the pause between tries, which doubles after each
	// failure. Zero means one minute.
	RetryMax time.Duration
}

// Default pauses between discovery attempts (see Options).
const (
	defaultRetryMin = 2 * time.Second
	defaultRetryMax = time.Minute
)

// Manager runs the browser sign-in flow and verifies bearer tokens for a
// fixed set of OpenID providers. It is safe for concurrent use. Call
// [Manager.Close] to stop its background discovery.
type Manager struct {
	slots           []*slot
	byName          map[string]*slot
	byIssuer        map[string]*slot
	accounts        Accounts
	aead            cipher.AEAD
	secure          bool
	metrics         *metrics.Metrics
	client          *http.Client
	now             func() time.Time
	defaultReturnTo string
	logger          *slog.Logger
	cache           *tokenCache
	retryMin        time.Duration
	retryMax        time.Duration

	// stop ends the background discovery; wg waits for it.
	stop      context.CancelFunc
	stopCtx   context.Context
	wg        sync.WaitGroup
	closeOnce sync.Once
}

// provider is one discovered provider: what its discovery document
// says, and the verifiers and clients built from it. It never changes
// once built.
type provider struct {
	cfg    ProviderConfig
	issuer string
	keys   *keySet
	// oauth is nil when the provider has no RedirectURL.
	oauth *oauth2.Config
	// idVerifier checks ID tokens of the browser flow: audience =
	// client ID, the provider's advertised algorithms.
	idVerifier *gooidc.IDTokenVerifier
	// bearerVerifier checks bearer JWTs: audience checked by the
	// Manager, any asymmetric algorithm.
	bearerVerifier   *gooidc.IDTokenVerifier
	userinfoURL      string
	introspectionURL string
	introspectPost   bool
	cookiePath       string
}

type discoveryClaims struct {
	Issuer                string   `json:"issuer"`
	JWKSURL               string   `json:"jwks_uri"`
	UserinfoURL           string   `json:"userinfo_endpoint"`
	IntrospectionURL      string   `json:"introspection_endpoint"`
	IntrospectionAuthMeth []string `json:"introspection_endpoint_auth_methods_supported"`
	IDTokenAlgs           []string `json:"id_token_signing_alg_values_supported"`
}

// asymmetricAlgs are the signing algorithms accepted for bearer JWTs:
// everything go-oidc supports, which excludes "none" and HMAC.
var asymmetricAlgs = []string{
	gooidc.RS256, gooidc.RS384, gooidc.RS512,
	gooidc.ES256, gooidc.ES384, gooidc.ES512,
	gooidc.PS256, gooidc.PS384, gooidc.PS512,
	gooidc.EdDSA,
}

// cacheSize bounds the bearer-token cache.
const cacheSize = 10000

// New validates providers (with the rules and defaults of
// [ParseProviders]), runs OpenID discovery for each, at the same time,
// and returns a Manager. It fails only if a configuration is invalid,
// the state key has the wrong length or accounts is nil. No providers is
// allowed: the Manager then refuses every login and token.
//
// A provider whose discovery fails — unreachable, another issuer than
// configured, no jwks_uri, an insecure (non-https, non-loopback)
// userinfo or introspection endpoint — does not stop New: it is
// reported unavailable (see [Manager.Status]) and discovery is tried
// again in the background, after 2 s (Options.RetryMin), then after
// pauses that double up to a minute (Options.RetryMax), until it
// succeeds or [Manager.Close] is called. A token or login for it in the
// meantime moves the next try forward (but never closer than RetryMin to
// the last one). ctx bounds the first discovery only.
func New(ctx context.Context, providers []ProviderConfig, accounts Accounts, opts Options) (*Manager, error) {
	if accounts == nil {
		return nil, errors.New("oidc: new: accounts is nil")
	}
	cfgs, err := normalizeProviders(providers)
	if err != nil {
		return nil, err
	}
	key := opts.StateKey
	if key == nil {
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, fmt.Errorf("oidc: new: state key: %w", err)
		}
	} else if len(key) != 32 {
		return nil, fmt.Errorf("oidc: new: state key has %d bytes, want 32", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("oidc: new: state key: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("oidc: new: state key: %w", err)
	}
	m := &Manager{
		byName:          map[string]*slot{},
		byIssuer:        map[string]*slot{},
		accounts:        accounts,
		aead:            aead,
		secure:          opts.SecureCookies,
		metrics:         opts.Metrics,
		client:          opts.HTTPClient,
		now:             opts.Now,
		defaultReturnTo: opts.DefaultReturnTo,
		logger:          opts.Logger,
		cache:           newTokenCache(cacheSize),
		retryMin:        opts.RetryMin,
		retryMax:        opts.RetryMax,
	}
	if m.client == nil {
		m.client = &http.Client{Timeout: 10 * time.Second}
	}
	if m.now == nil {
		m.now = time.Now
	}
	if m.defaultReturnTo == "" {
		m.defaultReturnTo = "/"
	}
	if m.logger == nil {
		m.logger = slog.Default()
	}
	if m.retryMin <= 0 {
		m.retryMin = defaultRetryMin
	}
	if m.retryMax < m.retryMin {
		m.retryMax = max(defaultRetryMax, m.retryMin)
	}
	m.stopCtx, m.stop = context.WithCancel(context.Background())
	for _, cfg := range cfgs {
		s := newSlot(cfg, m.now())
		m.slots = append(m.slots, s)
		m.byName[cfg.Name] = s
		m.byIssuer[cfg.Issuer] = s
	}
	var first sync.WaitGroup
	for _, s := range m.slots {
		first.Go(func() { m.tryDiscovery(ctx, s) })
	}
	first.Wait()
	for _, s := range m.slots {
		if s.provider() == nil {
			m.wg.Go(func() { m.keepDiscovering(s) })
		}
	}
	return m, nil
}

// Close stops the background discovery and waits for it to end. The
// Manager keeps serving the providers discovered so far.
func (m *Manager) Close() {
	m.closeOnce.Do(func() {
		m.stop()
		m.wg.Wait()
	})
}

// discover reads cfg's discovery document and builds the provider.
func (m *Manager) discover(ctx context.Context, cfg ProviderConfig) (*provider, error) {
	op, err := gooidc.NewProvider(gooidc.ClientContext(ctx, m.client), cfg.Issuer)
	if err != nil {
		return nil, fmt.Errorf("oidc: provider %q: discovery: %w", cfg.Name, stripURLError(err))
	}
	var d discoveryClaims
	if err := op.Claims(&d); err != nil {
		return nil, fmt.Errorf("oidc: provider %q: discovery document: %w", cfg.Name, err)
	}
	if d.JWKSURL == "" {
		return nil, fmt.Errorf("oidc: provider %q: discovery document has no jwks_uri", cfg.Name)
	}
	if d.UserinfoURL != "" && !secureEndpoint(d.UserinfoURL) {
		return nil, fmt.Errorf("oidc: provider %q: discovery document has an insecure userinfo_endpoint", cfg.Name)
	}
	if d.IntrospectionURL != "" && !secureEndpoint(d.IntrospectionURL) {
		return nil, fmt.Errorf("oidc: provider %q: discovery document has an insecure introspection_endpoint", cfg.Name)
	}
	keys := newKeySet(gooidc.ClientContext(context.Background(), m.client), d.JWKSURL)
	var idAlgs []string
	for _, a := range d.IDTokenAlgs {
		if slices.Contains(asymmetricAlgs, a) {
			idAlgs = append(idAlgs, a)
		}
	}
	if len(idAlgs) == 0 {
		idAlgs = []string{gooidc.RS256}
	}
	p := &provider{
		cfg:    cfg,
		issuer: d.Issuer,
		keys:   keys,
		idVerifier: gooidc.NewVerifier(d.Issuer, keys, &gooidc.Config{
			ClientID:             cfg.ClientID,
			SupportedSigningAlgs: idAlgs,
			Now:                  m.now,
		}),
		bearerVerifier: gooidc.NewVerifier(d.Issuer, keys, &gooidc.Config{
			SkipClientIDCheck:    true,
			SupportedSigningAlgs: asymmetricAlgs,
			Now:                  m.now,
		}),
		userinfoURL:      d.UserinfoURL,
		introspectionURL: d.IntrospectionURL,
		cookiePath:       cookiePath(cfg),
	}
	// client_secret_basic is the default (RFC 8414); use the form only
	// when the provider offers post and not basic.
	if len(d.IntrospectionAuthMeth) > 0 &&
		!slices.Contains(d.IntrospectionAuthMeth, "client_secret_basic") &&
		slices.Contains(d.IntrospectionAuthMeth, "client_secret_post") {
		p.introspectPost = true
	}
	if cfg.RedirectURL != "" {
		p.oauth = &oauth2.Config{
			ClientID:     cfg.ClientID,
			ClientSecret: cfg.ClientSecret,
			Endpoint:     op.Endpoint(),
			RedirectURL:  cfg.RedirectURL,
			Scopes:       cfg.Scopes,
		}
	}
	return p, nil
}

// cookiePath is the path of the flow cookie: the redirect URL's, else /.
func cookiePath(cfg ProviderConfig) string {
	if u, err := url.Parse(cfg.RedirectURL); err == nil && u.Path != "" {
		return u.Path
	}
	return "/"
}

// Providers returns the names of the providers offered for browser
// sign-in (those with a RedirectURL), in configuration order, whether
// or not they are available right now.
func (m *Manager) Providers() []string {
	var names []string
	for _, s := range m.slots {
		if s.cfg.RedirectURL != "" {
			names = append(names, s.cfg.Name)
		}
	}
	return names
}
