package auth

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestRemoteIP(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}
	cases := []struct {
		name    string
		trusted []netip.Prefix
		peer    string
		xff     []string
		want    string
	}{
		{"no proxies configured: the peer, header ignored", nil, "203.0.113.7:5000", []string{"198.51.100.1"}, "203.0.113.7"},
		{"untrusted peer: its header is ignored", proxies, "203.0.113.7:5000", []string{"198.51.100.1"}, "203.0.113.7"},
		{"trusted peer: the hop it saw", proxies, "10.1.2.3:443", []string{"198.51.100.1"}, "198.51.100.1"},
		{"spoofed entries left of the real hop are not reached", proxies, "10.1.2.3:443", []string{"1.2.3.4, 198.51.100.1"}, "198.51.100.1"},
		{"a chain of trusted proxies is skipped", proxies, "10.1.2.3:443", []string{"198.51.100.1, 10.9.9.9", "10.8.8.8"}, "198.51.100.1"},
		{"only proxies: the leftmost", proxies, "10.1.2.3:443", []string{"10.4.4.4, 10.5.5.5"}, "10.4.4.4"},
		{"no header from a trusted peer: the peer", proxies, "10.1.2.3:443", nil, "10.1.2.3"},
		{"garbage stops the walk", proxies, "10.1.2.3:443", []string{"198.51.100.1, not-an-ip, 10.5.5.5"}, "10.5.5.5"},
		{"hops with ports", proxies, "10.1.2.3:443", []string{"198.51.100.1:5678, [2001:db8::9]:443"}, "2001:db8::9"},
		{"IPv6 behind an IPv6 proxy", proxies, "[fd00::1]:443", []string{"2001:db8::5"}, "2001:db8::5"},
		{"IPv4-mapped peer is matched as IPv4", proxies, "[::ffff:10.1.2.3]:443", []string{"198.51.100.1"}, "198.51.100.1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &Service{TrustedProxies: c.trusted}
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = c.peer
			for _, v := range c.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := s.RemoteIP(r); got != c.want {
				t.Fatalf("RemoteIP = %s, want %s", got, c.want)
			}
		})
	}
}
