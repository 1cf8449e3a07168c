// Package password hashes and checks passwords with argon2id (RFC 9106),
// stored in the PHC string format:
//
//	$argon2id$v=19$m=65536,t=3,p=2$<salt>$<hash>
//
// The parameters travel with each hash, so they can change: Verify
// reports when a stored hash was made with other parameters than the
// current ones, and the caller re-hashes the password it just verified.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id's cost parameters.
type Params struct {
	// Memory in KiB.
	Memory uint32
	// Iterations (time cost).
	Iterations uint32
	// Parallelism (lanes).
	Parallelism uint8
	// SaltLength and KeyLength in bytes.
	SaltLength, KeyLength uint32
}

// Default is Roster's cost: 64 MiB, 3 passes, 2 lanes, 16-byte salt,
// 32-byte key — the second recommended option of RFC 9106 with lanes
// matched to a small server. About 60-120 ms per hash on one core.
var Default = Params{Memory: 64 * 1024, Iterations: 3, Parallelism: 2, SaltLength: 16, KeyLength: 32}

// ErrMalformed reports a stored hash that is not an argon2id PHC string.
var ErrMalformed = errors.New("password: malformed hash")

var b64 = base64.RawStdEncoding

// hashing admits one argon2id computation at a time for every two
// processors (one per processor with fewer than two). Each computation
// runs its Params.Parallelism lanes (2 by default) on as many processors,
// so more at once would not finish sooner; and each holds Params.Memory
// (64 MiB by default) while it runs: sixteen parallel sign-ins would hold
// 1 GiB. Callers beyond the limit wait their turn.
var hashing = make(chan struct{}, Slots())

// Slots is how many argon2id computations run at once: one per two
// processors, at least one.
func Slots() int { return max(1, runtime.GOMAXPROCS(0)/2) }

// idKey is argon2.IDKey within the hashing limit. The computation's
// memory is garbage once it returns, and the garbage collector would only
// notice it after the next computation had taken 64 MiB more: a full
// collection before the slot is given up (a few milliseconds against the
// computation's 100) lets the next one reuse the same memory, which keeps
// the server's resident size at one computation per slot.
func idKey(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	hashing <- struct{}{}
	defer func() { <-hashing }()
	key := argon2.IDKey(password, salt, time, memory, threads, keyLen)
	runtime.GC()
	return key
}

// Hash returns the PHC string of password under p.
func Hash(password string, p Params) (string, error) {
	salt := make([]byte, p.SaltLength)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: salt: %w", err)
	}
	key := idKey([]byte(password), salt, p.Iterations, p.Memory, p.Parallelism, p.KeyLength)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Iterations, p.Parallelism, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify reports whether password matches the stored hash, comparing in
// constant time, and whether the hash should be replaced because it was
// made with parameters other than current.
func Verify(password, encoded string, current Params) (ok, rehash bool, err error) {
	p, salt, key, err := decode(encoded)
	if err != nil {
		return false, false, err
	}
	got := idKey([]byte(password), salt, p.Iterations, p.Memory, p.Parallelism, uint32(len(key)))
	if subtle.ConstantTimeCompare(got, key) != 1 {
		return false, false, nil
	}
	rehash = p.Memory != current.Memory || p.Iterations != current.Iterations ||
		p.Parallelism != current.Parallelism || uint32(len(key)) != current.KeyLength || uint32(len(salt)) != current.SaltLength
	return true, rehash, nil
}

func decode(encoded string) (Params, []byte, []byte, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return Params{}, nil, nil, ErrMalformed
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return Params{}, nil, nil, ErrMalformed
	}
	var p Params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Iterations, &p.Parallelism); err != nil {
		return Params{}, nil, nil, ErrMalformed
	}
	if p.Memory == 0 || p.Iterations == 0 || p.Parallelism == 0 || p.Memory > 4*1024*1024 || p.Iterations > 100 {
		return Params{}, nil, nil, ErrMalformed
	}
	salt, err := b64.DecodeString(parts[4])
	if err != nil || len(salt) < 8 {
		return Params{}, nil, nil, ErrMalformed
	}
	key, err := b64.DecodeString(parts[5])
	if err != nil || len(key) < 16 {
		return Params{}, nil, nil, ErrMalformed
	}
	p.SaltLength, p.KeyLength = uint32(len(salt)), uint32(len(key))
	return p, salt, key, nil
}
