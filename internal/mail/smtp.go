package mail

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	netmail "net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// DefaultSMTPTimeout bounds connecting (TCP, TLS, greeting, STARTTLS,
// AUTH) and, separately, sending one message (MAIL FROM to the end of
// DATA).
const DefaultSMTPTimeout = 15 * time.Second

// Default ports by scheme and TLS mode.
const (
	SubmissionPort = 587 // smtp:// with STARTTLS (mandatory or opportunistic)
	SMTPSPort      = 465 // smtps://, implicit TLS
	RelayPort      = 25  // smtp://…?tls=none, a local relay
)

// TLS modes of an SMTP URL.
const (
	// TLSStartTLS upgrades the connection with STARTTLS and fails when the
	// server does not offer it: smtp://, the default.
	TLSStartTLS = "starttls"
	// TLSStartTLSOpportunistic upgrades when the server offers STARTTLS
	// and goes on in clear text otherwise: smtp://…?starttls=opportunistic.
	TLSStartTLSOpportunistic = "starttls-opportunistic"
	// TLSImplicit speaks TLS from the first byte: smtps://.
	TLSImplicit = "implicit"
	// TLSNone never encrypts: smtp://…?tls=none, for a relay on the same
	// host or a development server.
	TLSNone = "none"
)

// SMTPTransport delivers messages to an SMTP server with
// github.com/wneessen/go-mail, one connection per message. Build it with
// NewSMTPTransport; it is safe for concurrent use.
type SMTPTransport struct {
	host     string
	port     int
	tlsMode  string
	user     string
	password string
	// auth is "" without a user, else auto, plain or login.
	auth      string
	helo      string
	from      *netmail.Address
	tlsConfig *tls.Config
	timeout   time.Duration
	redacted  string
}

var _ Transport = (*SMTPTransport)(nil)

// SMTPOption adjusts an SMTPTransport.
type SMTPOption func(*smtpOptions)

type smtpOptions struct {
	roots     *x509.CertPool
	tlsConfig *tls.Config
	timeout   time.Duration
}

// WithSMTPRootCAs makes the transport trust the certificates of pool
// instead of the system's, for example a test server's self-signed
// certificate or a company CA.
func WithSMTPRootCAs(pool *x509.CertPool) SMTPOption {
	return func(o *smtpOptions) { o.roots = pool }
}

// WithSMTPTLSConfig is the base TLS configuration (cloned; ServerName
// defaults to the URL's host and MinVersion to TLS 1.2).
func WithSMTPTLSConfig(c *tls.Config) SMTPOption {
	return func(o *smtpOptions) { o.tlsConfig = c }
}

// WithSMTPTimeout replaces DefaultSMTPTimeout.
func WithSMTPTimeout(d time.Duration) SMTPOption {
	return func(o *smtpOptions) { o.timeout = d }
}

// NewSMTPTransport builds a transport from a URL and a sender address.
//
//	smtp://user:pass@host:587                 STARTTLS required (default port 587)
//	smtp://user:pass@host?starttls=opportunistic  STARTTLS when offered
//	smtp://host:25?tls=none                   no TLS (default port 25), local relays
//	smtps://user:pass@host:465                implicit TLS (default port 465)
//
// User and password are percent-decoded; without a user there is no
// AUTH. With one, the mechanism is chosen from what the server offers
// (PLAIN, then LOGIN, else go-mail's discovery of challenge-response
// mechanisms); ?auth=plain or ?auth=login forces one. PLAIN and LOGIN are
// refused on a connection that is not encrypted, unless the server is on
// the loopback address. ?helo=NAME sets the EHLO name (default: the host
// name). from is an RFC 5322 address such as "Roster <no-reply@example.com>".
//
// Errors never contain the password; log the URL with Redacted.
func NewSMTPTransport(rawURL, from string, opts ...SMTPOption) (*SMTPTransport, error) {
	var o smtpOptions
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	t := &SMTPTransport{timeout: DefaultSMTPTimeout}
	if o.timeout > 0 {
		t.timeout = o.timeout
	}
	if err := t.parseURL(rawURL); err != nil {
		return nil, err
	}
	if strings.TrimSpace(from) == "" {
		return nil, errors.New("mail: smtp: the sender address (from) is required")
	}
	addr, err := netmail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("mail: smtp: the sender address %q is not an RFC 5322 address: %w", from, err)
	}
	t.from = addr

	t.tlsConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	if o.tlsConfig != nil {
		t.tlsConfig = o.tlsConfig.Clone()
		if t.tlsConfig.MinVersion == 0 {
			t.tlsConfig.MinVersion = tls.VersionTLS12
		}
	}
	if t.tlsConfig.ServerName == "" {
		t.tlsConfig.ServerName = t.host
	}
	if o.roots != nil {
		t.tlsConfig.RootCAs = o.roots
	}
	return t, nil
}

// parseURL fills the connection settings. Its errors never quote the URL,
// which may hold the password.
func (t *SMTPTransport) parseURL(rawURL string) error {
	if strings.TrimSpace(rawURL) == "" {
		return errors.New("mail: smtp: the URL is empty")
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		// *url.Error quotes the whole URL: keep only the reason.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("mail: smtp: invalid URL: %s", scrubUserinfo(err.Error(), rawURL))
	}
	switch u.Scheme {
	case "smtp", "smtps":
	case "":
		return errors.New("mail: smtp: the URL needs a scheme: smtp:// or smtps://")
	default:
		return fmt.Errorf("mail: smtp: unsupported scheme %q: use smtp:// (STARTTLS) or smtps:// (implicit TLS)", u.Scheme)
	}
	if u.Opaque != "" {
		return errors.New("mail: smtp: invalid URL: write smtp://host:port")
	}
	if u.Path != "" && u.Path != "/" {
		return errors.New("mail: smtp: the URL must not have a path")
	}
	if u.Fragment != "" {
		return errors.New("mail: smtp: the URL must not have a fragment")
	}
	t.host = u.Hostname()
	if t.host == "" {
		return errors.New("mail: smtp: the URL has no host")
	}
	if u.User != nil {
		t.user = u.User.Username()
		t.password, _ = u.User.Password()
		if t.user == "" {
			return errors.New("mail: smtp: the URL has a password but no user")
		}
		if t.password == "" {
			return fmt.Errorf("mail: smtp: the URL has the user %q but no password", t.user)
		}
	}

	q := u.Query()
	for k, v := range q {
		if len(v) != 1 {
			return fmt.Errorf("mail: smtp: URL parameter %q is given %d times", k, len(v))
		}
		switch k {
		case "tls", "starttls", "auth", "helo":
		default:
			return fmt.Errorf("mail: smtp: unknown URL parameter %q (known: tls, starttls, auth, helo)", k)
		}
	}
	if u.Scheme == "smtps" {
		t.tlsMode = TLSImplicit
		if q.Has("tls") || q.Has("starttls") {
			return errors.New("mail: smtp: smtps:// is implicit TLS: tls= and starttls= apply to smtp:// only")
		}
	} else {
		t.tlsMode = TLSStartTLS
		switch tlsParam := q.Get("tls"); tlsParam {
		case "", "starttls":
		case "none":
			t.tlsMode = TLSNone
		default:
			return fmt.Errorf("mail: smtp: tls=%q: use tls=none, or smtps:// for implicit TLS", tlsParam)
		}
		switch st := q.Get("starttls"); st {
		case "", "mandatory":
		case "opportunistic":
			if t.tlsMode == TLSNone {
				return errors.New("mail: smtp: tls=none and starttls=opportunistic contradict each other")
			}
			t.tlsMode = TLSStartTLSOpportunistic
		default:
			return fmt.Errorf("mail: smtp: starttls=%q: use mandatory or opportunistic", st)
		}
		if t.tlsMode == TLSNone && q.Get("starttls") == "mandatory" {
			return errors.New("mail: smtp: tls=none and starttls=mandatory contradict each other")
		}
	}

	switch a := strings.ToLower(q.Get("auth")); a {
	case "", "auto", "plain", "login":
		if t.user == "" {
			if a != "" {
				return fmt.Errorf("mail: smtp: auth=%s needs a user in the URL", a)
			}
		} else {
			t.auth = a
			if a == "" {
				t.auth = "auto"
			}
		}
	default:
		return fmt.Errorf("mail: smtp: auth=%q: use auto, plain or login", q.Get("auth"))
	}
	if h := q.Get("helo"); h != "" {
		if strings.ContainsAny(h, " \t\r\n") {
			return errors.New("mail: smtp: helo must be a host name")
		}
		t.helo = h
	}

	switch p := u.Port(); {
	case p != "":
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return fmt.Errorf("mail: smtp: invalid port %q", p)
		}
		t.port = n
	case t.tlsMode == TLSImplicit:
		t.port = SMTPSPort
	case t.tlsMode == TLSNone:
		t.port = RelayPort
	default:
		t.port = SubmissionPort
	}

	red := *u
	if red.User != nil {
		if _, has := red.User.Password(); has {
			red.User = url.UserPassword(red.User.Username(), "xxxxx")
		}
	}
	t.redacted = red.String()
	return nil
}

// scrubUserinfo removes from msg anything between the scheme and the host
// of rawURL, in case a parser quoted it.
func scrubUserinfo(msg, rawURL string) string {
	rest := rawURL
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	if at := strings.LastIndex(rest, "@"); at > 0 {
		userinfo := rest[:at]
		if userinfo != "" {
			msg = strings.ReplaceAll(msg, userinfo, "xxxxx")
		}
	}
	return msg
}

// Redacted returns the URL with the password replaced by xxxxx.
func (t *SMTPTransport) Redacted() string { return t.redacted }

// String returns Redacted, so that printing the transport is safe.
func (t *SMTPTransport) String() string { return t.redacted }

// LogValue implements slog.LogValuer with Redacted.
func (t *SMTPTransport) LogValue() slog.Value { return slog.StringValue(t.redacted) }

// Addr returns host:port.
func (t *SMTPTransport) Addr() string { return net.JoinHostPort(t.host, strconv.Itoa(t.port)) }

// TLSMode returns one of TLSStartTLS, TLSStartTLSOpportunistic,
// TLSImplicit or TLSNone.
func (t *SMTPTransport) TLSMode() string { return t.tlsMode }

// From returns the sender address.
func (t *SMTPTransport) From() string { return t.from.String() }

// Send implements Transport: it connects, authenticates, sends m as
// multipart/alternative (text and HTML) and quits. Cancelling ctx closes
// the connection at once. Once the server has accepted the message, an
// error on QUIT is ignored, so that the message is not sent twice.
func (t *SMTPTransport) Send(ctx context.Context, m Message) error {
	msg, err := t.message(m)
	if err != nil {
		return err
	}
	// Connecting and sending get one timeout each; the whole exchange is
	// bounded by both, also when the server trickles its answers.
	ctx, cancel := context.WithTimeout(ctx, 2*t.timeout)
	defer cancel()

	client, err := gomail.NewClient(t.host, t.clientOptions(ctx)...)
	if err != nil {
		return t.errorf(ctx, err, "configure the client for %s", t.Addr())
	}
	conn, err := client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return t.errorf(ctx, err, "connect to %s (%s)", t.Addr(), t.tlsMode)
	}
	if err := client.SendWithSMTPClient(conn, msg); err != nil {
		_ = conn.Close()
		return t.errorf(ctx, err, "send to %s via %s", m.To, t.Addr())
	}
	_ = client.CloseWithSMTPClient(conn)
	return nil
}

func (t *SMTPTransport) clientOptions(sendCtx context.Context) []gomail.Option {
	opts := []gomail.Option{
		gomail.WithPort(t.port),
		gomail.WithTimeout(t.timeout),
		gomail.WithTLSConfig(t.tlsConfig),
		gomail.WithDialContextFunc(t.dialer(sendCtx)),
	}
	switch t.tlsMode {
	case TLSStartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case TLSStartTLSOpportunistic:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	default:
		// No STARTTLS: either there is no TLS at all, or the dialer
		// already speaks it (implicit TLS).
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if t.helo != "" {
		opts = append(opts, gomail.WithHELO(t.helo))
	}
	if t.user != "" {
		opts = append(opts, gomail.WithUsername(t.user), gomail.WithPassword(t.password))
		switch t.auth {
		case "plain":
			opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthPlain))
		case "login":
			opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthLogin))
		default:
			// PLAIN or LOGIN when offered; otherwise go-mail discovers a
			// challenge-response mechanism (SCRAM, CRAM-MD5, ...).
			opts = append(opts, gomail.WithOpportunisticSMTPAuth(gomail.SMTPAuthPlain, gomail.SMTPAuthLogin))
		}
	}
	return opts
}

// dialer opens the TCP connection (and, for smtps, the TLS session) and
// closes it when the Send's context ends, so that cancelling interrupts a
// server that does not answer.
func (t *SMTPTransport) dialer(sendCtx context.Context) gomail.DialContextFunc {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		var d net.Dialer
		conn, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		context.AfterFunc(sendCtx, func() { _ = conn.Close() })
		if t.tlsMode != TLSImplicit {
			return conn, nil
		}
		tc := tls.Client(conn, t.tlsConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			_ = conn.Close()
			return nil, err
		}
		return tc, nil
	}
}

// message builds the MIME message: multipart/alternative with the text
// and the HTML, From, To, Subject, Date and a Message-ID in the sender's
// domain.
func (t *SMTPTransport) message(m Message) (*gomail.Msg, error) {
	if strings.TrimSpace(m.To) == "" {
		return nil, errors.New("mail: smtp: the message has no recipient")
	}
	if m.Text == "" && m.HTML == "" {
		return nil, fmt.Errorf("mail: smtp: message %q to %s has no body", m.Template, m.To)
	}
	msg := gomail.NewMsg()
	msg.FromMailAddress(t.from)
	if err := msg.To(m.To); err != nil {
		return nil, fmt.Errorf("mail: smtp: recipient %q: %w", m.To, err)
	}
	msg.Subject(m.Subject)
	msg.SetDateWithValue(time.Now())
	msg.SetMessageIDWithValue(messageID(t.from.Address))
	msg.SetGenHeader("Auto-Submitted", "auto-generated")
	msg.SetUserAgent("Roster")
	switch {
	case m.Text != "" && m.HTML != "":
		msg.SetBodyString(gomail.TypeTextPlain, m.Text)
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	case m.Text != "":
		msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	default:
		msg.SetBodyString(gomail.TypeTextHTML, m.HTML)
	}
	return msg, nil
}

// messageID returns a unique id in the domain of the sender address.
func messageID(from string) string {
	domain := "localhost"
	if at := strings.LastIndex(from, "@"); at >= 0 && at < len(from)-1 {
		domain = from[at+1:]
	}
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:]) + "@" + domain
}

// errorf wraps err as "mail: smtp: <what>: <err>", with the password
// removed from the text (the wrapped error stays reachable through
// errors.Is/As) and the context's error added when it ended.
func (t *SMTPTransport) errorf(ctx context.Context, err error, format string, args ...any) error {
	if ctxErr := context.Cause(ctx); ctxErr != nil && !errors.Is(err, ctxErr) {
		err = fmt.Errorf("%w (%w)", ctxErr, err)
	}
	text := "mail: smtp: " + fmt.Sprintf(format, args...) + ": " + err.Error()
	return &smtpError{text: t.scrub(text), err: err}
}

// scrub removes the password, raw and percent-encoded, from s.
func (t *SMTPTransport) scrub(s string) string {
	if t.password == "" {
		return s
	}
	for _, p := range []string{t.password, url.QueryEscape(t.password), url.PathEscape(t.password)} {
		s = strings.ReplaceAll(s, p, "xxxxx")
	}
	return s
}

type smtpError struct {
	text string
	err  error
}

func (e *smtpError) Error() string { return e.text }
func (e *smtpError) Unwrap() error { return e.err }
