package oidc

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"
)

// State says whether Roster can use a provider right now.
type State string

// The states of a provider.
const (
	// StateReady: the provider's discovery document was read, and the
	// last request to the provider (keys, userinfo, introspection, code
	// exchange) did not fail for want of an answer.
	StateReady State = "ready"
	// StateUnavailable: discovery has not succeeded yet (it is retried
	// in the background), or the last request to the provider could not
	// get an answer. Its tokens and logins are answered as temporary
	// failures (see ErrProviderUnavailable), never as rejections.
	StateUnavailable State = "unavailable"
)

// ProviderStatus is what Roster knows about one provider's availability.
type ProviderStatus struct {
	// Name is the provider's configured name.
	Name string
	// State is StateReady or StateUnavailable.
	State State
	// Discovered reports whether the discovery document was read; until
	// then nothing of the provider can be used.
	Discovered bool
	// Since is when the provider entered State.
	Since time.Time
	// Reason says why the provider is unavailable (empty when ready). It
	// names the failing step and its error, never a token or a secret,
	// and is meant for logs and operators, not for anonymous callers.
	Reason string
	// Failures counts the discovery attempts that failed in a row; zero
	// once discovered.
	Failures int
	// NextAttempt is when discovery is tried next; zero once discovered,
	// and while an attempt runs (its schedule is set with its outcome).
	NextAttempt time.Time
}

// Up reports whether the provider is ready.
func (s ProviderStatus) Up() bool { return s.State == StateReady }

// slot is one configured provider: its configuration, the discovered
// provider once discovery succeeded, and its status.
type slot struct {
	cfg ProviderConfig
	// p is nil until discovery succeeds; then it never changes.
	p atomic.Pointer[provider]
	// wake asks the background discovery to try now.
	wake chan struct{}

	mu     sync.Mutex
	status ProviderStatus
	last   time.Time // start of the last discovery attempt
}

func newSlot(cfg ProviderConfig, now time.Time) *slot {
	return &slot{cfg: cfg, wake: make(chan struct{}, 1), status: ProviderStatus{
		Name: cfg.Name, State: StateUnavailable, Since: now, Reason: "discovery not tried yet",
	}}
}

// provider returns the discovered provider, or nil.
func (s *slot) provider() *provider { return s.p.Load() }

// Status returns the status of every configured provider, in
// configuration order. It is cheap, safe for concurrent use, and makes
// no request: metrics and readiness probes may call it as often as they
// like.
func (m *Manager) Status() []ProviderStatus {
	out := make([]ProviderStatus, len(m.slots))
	for i, s := range m.slots {
		s.mu.Lock()
		out[i] = s.status
		s.mu.Unlock()
	}
	return out
}

// tryDiscovery runs one discovery attempt for s and records its outcome.
func (m *Manager) tryDiscovery(ctx context.Context, s *slot) {
	s.mu.Lock()
	s.last = m.now()
	s.status.NextAttempt = time.Time{}
	s.mu.Unlock()
	p, err := m.discover(ctx, s.cfg)
	if err != nil {
		s.mu.Lock()
		s.status.Failures++
		failures := s.status.Failures
		s.mu.Unlock()
		m.setState(s, StateUnavailable, err.Error())
		m.logger.Warn("oidc: provider unavailable; discovery will be retried",
			"provider", s.cfg.Name, "failures", failures, "error", err)
		return
	}
	s.p.Store(p)
	s.mu.Lock()
	s.status = ProviderStatus{Name: s.cfg.Name, State: StateReady, Discovered: true, Since: m.now()}
	s.mu.Unlock()
	m.logger.Info("oidc: provider ready", "provider", s.cfg.Name, "browser_sign_in", p.oauth != nil)
}

// keepDiscovering retries discovery of s until it succeeds or the
// Manager is closed: after retryMin, then after pauses that double up to
// retryMax, with up to 10% jitter. A nudge (a token or login for s)
// brings the next try forward to retryMin after the last one.
func (m *Manager) keepDiscovering(s *slot) {
	pause := m.retryMin
	for s.provider() == nil {
		s.mu.Lock()
		last := s.last
		s.mu.Unlock()
		wait := pause + time.Duration(rand.Int64N(int64(pause)/10+1))
		m.setNextAttempt(s, last.Add(wait))
		timer := time.NewTimer(wait - m.now().Sub(last))
		select {
		case <-m.stopCtx.Done():
			timer.Stop()
			return
		case <-timer.C:
		case <-s.wake:
			timer.Stop()
			// Never closer than retryMin to the last attempt.
			if early := m.retryMin - m.now().Sub(last); early > 0 {
				m.setNextAttempt(s, last.Add(m.retryMin))
				select {
				case <-m.stopCtx.Done():
					return
				case <-time.After(early):
				}
			}
		}
		ctx, cancel := context.WithTimeout(m.stopCtx, m.discoveryTimeout())
		m.tryDiscovery(ctx, s)
		cancel()
		pause = min(pause*2, m.retryMax)
	}
}

// discoveryTimeout bounds one background discovery attempt.
func (m *Manager) discoveryTimeout() time.Duration {
	if m.client.Timeout > 0 {
		return m.client.Timeout
	}
	return 10 * time.Second
}

func (m *Manager) setNextAttempt(s *slot, at time.Time) {
	s.mu.Lock()
	s.status.NextAttempt = at
	s.mu.Unlock()
}

// nudge asks the background discovery of s to try soon.
func (s *slot) nudge() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// setState records that s is in state for reason, logging changes of a
// discovered provider's state.
func (m *Manager) setState(s *slot, state State, reason string) {
	s.mu.Lock()
	changed := s.status.State != state
	if changed {
		s.status.State = state
		s.status.Since = m.now()
	}
	s.status.Reason = reason
	discovered := s.status.Discovered
	s.mu.Unlock()
	if !changed || !discovered {
		return
	}
	if state == StateReady {
		m.logger.Info("oidc: provider answers again", "provider", s.cfg.Name)
	} else {
		m.logger.Warn("oidc: provider unavailable", "provider", s.cfg.Name, "error", reason)
	}
}

// observe records what a request to the discovered provider of s taught
// about its availability: err wrapping ErrProviderUnavailable marks it
// unavailable, an answer (nil, or a verdict on the token) marks it
// ready. Nothing is learnt when the caller's ctx ended.
func (m *Manager) observe(ctx context.Context, s *slot, err error) {
	if s.provider() == nil || ctx.Err() != nil {
		return
	}
	if errors.Is(err, ErrProviderUnavailable) {
		m.setState(s, StateUnavailable, err.Error())
		return
	}
	m.setState(s, StateReady, "")
}

// notDiscovered is the error for a token or login of a provider whose
// discovery has not succeeded; it nudges the background discovery.
func (m *Manager) notDiscovered(s *slot) error {
	s.nudge()
	return fmt.Errorf("oidc: provider %q: discovery has not succeeded yet: %w", s.cfg.Name, ErrProviderUnavailable)
}
