// Package smtptest runs an SMTP server (github.com/emersion/go-smtp) on
// the loopback interface for tests: STARTTLS or implicit TLS with a
// self-signed certificate, optional AUTH PLAIN, and every accepted
// message kept for inspection. ParseMail takes a received message apart.
// It is imported by tests only.
package smtptest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	netmail "net/mail"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Config describes a test server.
type Config struct {
	// Users, when not nil, enables AUTH PLAIN with these user → password
	// pairs and requires it before MAIL FROM.
	Users map[string]string
	// StartTLS offers STARTTLS with the server's self-signed certificate.
	StartTLS bool
	// ImplicitTLS speaks TLS from the first byte (smtps).
	ImplicitTLS bool
	// RejectRcpt, when not empty, refuses every recipient with a 550 and
	// this text.
	RejectRcpt string
}

// Server is an SMTP server on 127.0.0.1 that keeps what it receives.
type Server struct {
	// Host and Port are where it listens.
	Host string
	Port int
	// Roots trusts its certificate.
	Roots *x509.CertPool

	cfg  Config
	mu   sync.Mutex
	msgs []ReceivedMail
	// authFailures counts rejected AUTH attempts.
	authFailures int
}

// ReceivedMail is one message the test server accepted.
type ReceivedMail struct {
	From string
	To   []string
	Data []byte
	// TLS tells whether the session was encrypted, User who signed in.
	TLS  bool
	User string
}

// Start starts a server for the test; it stops at cleanup.
func Start(t testing.TB, cfg Config) *Server {
	t.Helper()
	cert, roots := selfSignedCert(t)
	s := &Server{Host: "127.0.0.1", Roots: roots, cfg: cfg}
	srv := smtp.NewServer(s)
	srv.Domain = "mx.test"
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	srv.MaxMessageBytes = 1 << 20
	srv.MaxRecipients = 10
	srv.ErrorLog = testLogger{t}
	tlsConfig := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if cfg.StartTLS {
		srv.TLSConfig = tlsConfig
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.ImplicitTLS {
		ln = tls.NewListener(ln, tlsConfig)
	}
	s.Port = ln.Addr().(*net.TCPAddr).Port
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	t.Cleanup(func() {
		// Close the listener too: srv.Close misses it when Serve has not
		// registered it yet, and Serve would then wait forever.
		_ = srv.Close()
		_ = ln.Close()
		<-done
	})
	return s
}

// URL returns scheme://[user:pass@]127.0.0.1:port plus query.
func (s *Server) URL(scheme string, user *url.Userinfo, query string) string {
	u := url.URL{Scheme: scheme, User: user, Host: net.JoinHostPort(s.Host, strconv.Itoa(s.Port)), RawQuery: query}
	return u.String()
}

// Messages returns what the server received so far.
func (s *Server) Messages() []ReceivedMail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ReceivedMail(nil), s.msgs...)
}

// AuthFailures returns how many AUTH attempts were rejected.
func (s *Server) AuthFailures() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.authFailures
}

// NewSession implements smtp.Backend.
func (s *Server) NewSession(c *smtp.Conn) (smtp.Session, error) {
	_, isTLS := c.TLSConnectionState()
	return &testSession{server: s, conn: c, tls: isTLS}, nil
}

type testSession struct {
	server *Server
	conn   *smtp.Conn
	tls    bool
	user   string
	from   string
	to     []string
}

func (s *testSession) AuthMechanisms() []string {
	if s.server.cfg.Users == nil {
		return nil
	}
	return []string{sasl.Plain}
}

func (s *testSession) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain || s.server.cfg.Users == nil {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if want, ok := s.server.cfg.Users[username]; ok && want == password && (identity == "" || identity == username) {
			s.user = username
			return nil
		}
		s.server.mu.Lock()
		s.server.authFailures++
		s.server.mu.Unlock()
		return smtp.ErrAuthFailed
	}), nil
}

func (s *testSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.server.cfg.Users != nil && s.user == "" {
		return smtp.ErrAuthRequired
	}
	// The session may have been upgraded with STARTTLS since it began.
	_, s.tls = s.conn.TLSConnectionState()
	s.from = from
	return nil
}

func (s *testSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.server.cfg.RejectRcpt != "" {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: s.server.cfg.RejectRcpt}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *testSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.server.mu.Lock()
	s.server.msgs = append(s.server.msgs, ReceivedMail{From: s.from, To: s.to, Data: b, TLS: s.tls, User: s.user})
	s.server.mu.Unlock()
	return nil
}

func (s *testSession) Reset()        { s.from, s.to = "", nil }
func (s *testSession) Logout() error { return nil }

type testLogger struct{ t testing.TB }

func (l testLogger) Printf(format string, v ...any) { l.t.Logf("smtp server: "+format, v...) }
func (l testLogger) Println(v ...any)               { l.t.Log(append([]any{"smtp server:"}, v...)...) }

// selfSignedCert makes a certificate for 127.0.0.1 and localhost, and a
// pool that trusts it.
func selfSignedCert(t testing.TB) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "roster test smtp"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}

// ParsedMail is a received message taken apart.
type ParsedMail struct {
	Header netmail.Header
	// Subject is decoded (RFC 2047).
	Subject string
	// ContentType is the top-level media type.
	ContentType string
	// Parts maps the media type of each leaf part to its decoded body.
	Parts map[string]string
}

// ParseMail decodes a received message, following nested multiparts.
func ParseMail(t testing.TB, data []byte) ParsedMail {
	t.Helper()
	m, err := netmail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("read message: %v\n%s", err, data)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		t.Fatalf("decode subject: %v", err)
	}
	p := ParsedMail{Header: m.Header, Subject: subject, Parts: map[string]string{}}
	mediaType, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("content type %q: %v", m.Header.Get("Content-Type"), err)
	}
	p.ContentType = mediaType
	if err := collectParts(m.Body, mediaType, params, m.Header.Get("Content-Transfer-Encoding"), p.Parts); err != nil {
		t.Fatalf("parse body: %v\n%s", err, data)
	}
	return p
}

func collectParts(body io.Reader, mediaType string, params map[string]string, encoding string, into map[string]string) error {
	if !strings.HasPrefix(mediaType, "multipart/") {
		if strings.EqualFold(encoding, "quoted-printable") {
			// multipart.Reader decodes parts itself; a single-part
			// message is decoded here.
			body = quotedprintable.NewReader(body)
		}
		b, err := io.ReadAll(body)
		if err != nil {
			return err
		}
		into[mediaType] = strings.ReplaceAll(string(b), "\r\n", "\n")
		return nil
	}
	mr := multipart.NewReader(body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		mt, ps, err := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if err != nil {
			return err
		}
		if err := collectParts(part, mt, ps, part.Header.Get("Content-Transfer-Encoding"), into); err != nil {
			return err
		}
	}
}
