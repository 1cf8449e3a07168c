package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
)

// Prefixes of the credentials Roster issues; they make a leaked secret
// recognisable to secret scanners and tell the middleware what to look up.
const (
	SessionTokenPrefix = "rs_"
	APIKeyPrefix       = "rk_"
)

// newSecret returns a random credential with the given prefix and the
// SHA-256 hash under which it is stored.
func newSecret(prefix string) (secret string, hash []byte) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("auth: no randomness: " + err.Error())
	}
	secret = prefix + base64.RawURLEncoding.EncodeToString(b[:])
	return secret, HashSecret(secret)
}

// HashSecret returns the stored form of a session token, API key or
// one-time token.
func HashSecret(secret string) []byte {
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}

// NewAPIKey returns a fresh API key, its public prefix (shown in lists,
// for example rk_3f9a1c7b) and its hash. The key itself is shown once and
// never stored.
func NewAPIKey() (key, publicPrefix string, hash []byte) {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("auth: no randomness: " + err.Error())
	}
	id := hex.EncodeToString(b[:])
	secret, _ := newSecret("")
	key = APIKeyPrefix + id + "_" + secret
	return key, APIKeyPrefix + id, HashSecret(key)
}

// NewOneTimeToken returns a token for a mail link and its hash.
func NewOneTimeToken() (token string, hash []byte) { return newSecret("") }

func looksLike(token, prefix string) bool {
	return strings.HasPrefix(token, prefix) && len(token) > len(prefix)+20
}
