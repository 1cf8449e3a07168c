package oidc

import (
	"container/list"
	"crypto/sha256"
	"sync"
	"time"
)

// maxCacheTTL bounds how long a verified bearer token is trusted without
// asking its provider again.
const maxCacheTTL = 60 * time.Second

// tokenCache remembers accepted bearer tokens, keyed by the SHA-256 of
// the token so that the tokens themselves are not kept. It holds at most
// max entries; when full, the oldest insertion is evicted. Failures are
// never stored.
type tokenCache struct {
	mu      sync.Mutex
	max     int
	entries map[[sha256.Size]byte]*list.Element
	order   *list.List // of *cacheEntry, oldest first
}

type cacheEntry struct {
	key     [sha256.Size]byte
	id      Identity
	expires time.Time
}

func newTokenCache(max int) *tokenCache {
	return &tokenCache{max: max, entries: map[[sha256.Size]byte]*list.Element{}, order: list.New()}
}

func tokenKey(token string) [sha256.Size]byte { return sha256.Sum256([]byte(token)) }

// get returns the identity cached for key if it has not expired at now.
func (c *tokenCache) get(key [sha256.Size]byte, now time.Time) (Identity, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return Identity{}, false
	}
	e := el.Value.(*cacheEntry)
	if !now.Before(e.expires) {
		c.order.Remove(el)
		delete(c.entries, key)
		return Identity{}, false
	}
	return e.id, true
}

// put stores id under key until expires.
func (c *tokenCache) put(key [sha256.Size]byte, id Identity, expires time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[key]; ok {
		c.order.Remove(el)
		delete(c.entries, key)
	}
	for c.order.Len() >= c.max {
		oldest := c.order.Front()
		c.order.Remove(oldest)
		delete(c.entries, oldest.Value.(*cacheEntry).key)
	}
	c.entries[key] = c.order.PushBack(&cacheEntry{key: key, id: id, expires: expires})
}

// len returns the number of entries, expired ones included.
func (c *tokenCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// cacheUntil returns when a result for a token expiring at exp (zero:
// unknown) stops being trusted: min(now+60s, exp).
func cacheUntil(now, exp time.Time) time.Time {
	until := now.Add(maxCacheTTL)
	if !exp.IsZero() && exp.Before(until) {
		return exp
	}
	return until
}
