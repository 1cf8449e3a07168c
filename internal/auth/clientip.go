package auth

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// RemoteIP returns the address of the client that sent r. Without trusted
// proxies it is the peer of the connection. When the peer is one of
// TrustedProxies (a load balancer or reverse proxy in front of Roster),
// the X-Forwarded-For chain is read from its end: every hop added by a
// trusted proxy is skipped, and the first address that is not a trusted
// proxy is the client's. Addresses a client wrote into the header itself
// sit further left and are never reached, so a client cannot choose the
// address its sign-in attempts are counted against.
func (s *Service) RemoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !s.trustedProxy(peer) {
		return host
	}
	client := peer
	hops := r.Header.Values("X-Forwarded-For")
	for i := len(hops) - 1; i >= 0; i-- {
		parts := strings.Split(hops[i], ",")
		for j := len(parts) - 1; j >= 0; j-- {
			hop := strings.TrimSpace(parts[j])
			a, err := netip.ParseAddr(hop)
			if err != nil {
				// Some proxies write the client's port too.
				if ap, perr := netip.ParseAddrPort(hop); perr == nil {
					a, err = ap.Addr(), nil
				}
			}
			if err != nil {
				// A garbled hop: trust nothing left of it.
				return client.Unmap().String()
			}
			client = a
			if !s.trustedProxy(a) {
				return a.Unmap().String()
			}
		}
	}
	return client.Unmap().String()
}

func (s *Service) trustedProxy(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range s.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
