package password

import (
	"strings"
	"testing"
)

var cheap = Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

func TestHashVerify(t *testing.T) {
	h, err := Hash("correct horse battery staple", Default)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=2$") {
		t.Fatalf("hash %q does not carry the default parameters", h)
	}
	ok, rehash, err := Verify("correct horse battery staple", h, Default)
	if err != nil || !ok || rehash {
		t.Fatalf("verify: ok=%v rehash=%v err=%v", ok, rehash, err)
	}
	ok, _, err = Verify("correct horse battery stapler", h, Default)
	if err != nil || ok {
		t.Fatalf("wrong password accepted: ok=%v err=%v", ok, err)
	}
	h2, _ := Hash("correct horse battery staple", Default)
	if h2 == h {
		t.Fatal("two hashes of one password are equal: the salt is not random")
	}
}

func TestRehashWhenParametersChange(t *testing.T) {
	h, err := Hash("pw-1234567890", cheap)
	if err != nil {
		t.Fatal(err)
	}
	ok, rehash, err := Verify("pw-1234567890", h, Default)
	if err != nil || !ok || !rehash {
		t.Fatalf("old parameters: ok=%v rehash=%v err=%v", ok, rehash, err)
	}
	_, rehash, _ = Verify("pw-1234567890", h, cheap)
	if rehash {
		t.Fatal("rehash asked although parameters are current")
	}
}

func TestMalformed(t *testing.T) {
	for _, h := range []string{"", "plain", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=18$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=0,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=1024,t=1,p=1$!!!$a2V5a2V5a2V5a2V5a2V5a2V5"} {
		if _, _, err := Verify("x", h, Default); err != ErrMalformed {
			t.Errorf("%q: err = %v, want ErrMalformed", h, err)
		}
	}
}

func BenchmarkHashDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Hash("correct horse battery staple", Default); err != nil {
			b.Fatal(err)
		}
	}
}
