package auth

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/viewer"
)

// CookieName is the session cookie's name.
const CookieName = "roster_session"

type httpKey struct{}

type httpInfo struct {
	w  http.ResponseWriter
	r  *http.Request
	ip string
}

// ResponseWriter returns the response of the request ctx belongs to, so
// that a resolver can set or clear the session cookie; nil outside HTTP.
func ResponseWriter(ctx context.Context) http.ResponseWriter {
	if h, ok := ctx.Value(httpKey{}).(httpInfo); ok {
		return h.w
	}
	return nil
}

// ClientIP returns the address of the client of the request ctx belongs
// to (Service.RemoteIP), and its User-Agent.
func ClientIP(ctx context.Context) (ip, userAgent string) {
	h, ok := ctx.Value(httpKey{}).(httpInfo)
	if !ok {
		return "", ""
	}
	return h.ip, h.r.UserAgent()
}

// Middleware puts the caller's viewer into every request's context; see
// the package documentation for the order credentials are looked at.
// Requests authenticated by the session cookie that may change state
// (every POST) must come from the server's own origin or a trusted one:
// a cross-site request gets 403 (CSRF protection on top of SameSite=Lax
// and the JSON-only POST body, which already forces a CORS preflight).
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), httpKey{}, httpInfo{w: w, r: r, ip: s.RemoteIP(r)})
		v, viaCookie, err := s.resolve(ctx, r)
		if err != nil {
			switch {
			case errors.Is(err, ErrInvalidCredential):
				s.Log.DebugContext(ctx, "auth: credential refused", "cookie", viaCookie, "reason", err)
				if viaCookie {
					s.ClearCookie(w)
				}
				w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
				writeError(w, http.StatusUnauthorized, "UNAUTHENTICATED", "the credential is invalid, expired or revoked; sign in again")
				return
			case errors.Is(err, ErrCredentialUnavailable):
				s.Log.DebugContext(ctx, "auth: credential cannot be checked now", "reason", err)
				w.Header().Set("Retry-After", strconv.Itoa(oidc.RetryAfterSeconds))
				writeError(w, http.StatusServiceUnavailable, string(problem.Unavailable), "the credential cannot be checked right now; keep it and try again shortly")
				return
			}
			if database.IsTimeout(err) {
				// The database is too busy to answer the caller's lookup
				// within the statement timeout (or the connections are all
				// taken by slow statements): the same request may pass
				// later, as for UNAVAILABLE.
				s.Log.WarnContext(ctx, "auth: statement timeout", "error", err)
				w.Header().Set("Retry-After", strconv.Itoa(problem.RetryAfterSeconds))
				writeError(w, http.StatusServiceUnavailable, string(problem.Timeout), "the database is too busy to check the credential right now; try again in a moment")
				return
			}
			if database.Unavailable(err) {
				s.Log.WarnContext(ctx, "auth: database unavailable", "error", err)
				w.Header().Set("Retry-After", strconv.Itoa(problem.RetryAfterSeconds))
				writeError(w, http.StatusServiceUnavailable, string(problem.Unavailable), "the database cannot be reached right now; try again in a moment")
				return
			}
			s.Log.ErrorContext(ctx, "auth: resolve viewer", "error", err)
			writeError(w, http.StatusInternalServerError, "INTERNAL", "internal error")
			return
		}
		if viaCookie && r.Method != http.MethodGet && r.Method != http.MethodHead && !s.sameOrigin(r) {
			writeError(w, http.StatusForbidden, "FORBIDDEN", "cross-site request refused")
			return
		}
		next.ServeHTTP(w, r.WithContext(viewer.NewContext(ctx, v)))
	})
}

// resolve finds the viewer of r.
func (s *Service) resolve(ctx context.Context, r *http.Request) (v *viewer.Viewer, viaCookie bool, err error) {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, token, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
			return nil, false, refused("the Authorization header is not a bearer credential")
		}
		token = strings.TrimSpace(token)
		switch {
		case looksLike(token, APIKeyPrefix):
			v, err = s.apiKeyViewer(ctx, token)
			if err == nil || errors.Is(err, ErrInvalidCredential) {
				s.Metrics.SignIn(metrics.MethodAPIKey, err == nil)
			}
		case looksLike(token, SessionTokenPrefix):
			v, err = s.sessionViewer(ctx, token)
		case s.Bearer != nil:
			uid, berr := s.Bearer.UserForBearer(ctx, token)
			if berr == nil || errors.Is(berr, ErrInvalidCredential) {
				s.Metrics.SignIn(metrics.MethodOIDCToken, berr == nil)
			}
			if berr != nil {
				return nil, false, berr
			}
			v, err = s.ViewerForUser(ctx, uid, "")
		default:
			err = refused("not a session token or API key, and no OpenID Connect provider is configured")
		}
		return v, false, err
	}
	if c, cerr := r.Cookie(CookieName); cerr == nil && c.Value != "" {
		if !looksLike(c.Value, SessionTokenPrefix) {
			return nil, true, refused("the session cookie holds no session token")
		}
		v, err = s.sessionViewer(ctx, c.Value)
		return v, true, err
	}
	return viewer.FromContext(ctx), false, nil
}

// sameOrigin reports whether a cookie-authenticated request comes from the
// server's own origin or a trusted one. Browsers send Origin on every
// cross-origin and every POST request; Sec-Fetch-Site is a second
// opinion. A request with neither (not a browser) is let through: it
// cannot carry a victim's cookie by accident.
func (s *Service) sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "same-origin" || site == "none" {
		return true
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return r.Header.Get("Sec-Fetch-Site") == ""
	}
	if slices.Contains(s.TrustedOrigins, origin) {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host == r.Host
}

// SetCookie sets the session cookie: HttpOnly, SameSite=Lax, Secure when
// configured, for the session's lifetime.
func (s *Service) SetCookie(w http.ResponseWriter, token string, expires time.Time) {
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: token, Path: "/", Expires: expires,
		MaxAge: int(time.Until(expires).Seconds()), HttpOnly: true, Secure: s.SecureCookies, SameSite: http.SameSiteLaxMode})
}

// ClearCookie removes the session cookie.
func (s *Service) ClearCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.SecureCookies, SameSite: http.SameSiteLaxMode})
}

// writeError answers with a GraphQL-shaped error and no data key.
func writeError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/graphql-response+json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(`{"errors":[{"message":"` + message + `","extensions":{"code":"` + code + `"}}]}`))
}
