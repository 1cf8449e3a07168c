package budget

import (
	"context"
	"errors"
	"testing"
)

func TestSpend(t *testing.T) {
	ctx := context.Background()
	if err := Spend(ctx, PasswordHash); err != nil {
		t.Fatalf("outside a field: %v", err)
	}
	if err := Spend(ctx, Mail); err != nil {
		t.Fatalf("outside a field: %v", err)
	}

	hashing := Declare(ctx, Declaration{Field: "login", PasswordHash: true})
	if err := Spend(hashing, PasswordHash); err != nil {
		t.Fatalf("declared hash: %v", err)
	}
	err := Spend(hashing, Mail)
	var ue *UndeclaredError
	if !errors.As(err, &ue) || ue.Field != "login" || ue.Kind != Mail {
		t.Fatalf("undeclared mail: %v", err)
	}

	nothing := Declare(ctx, Declaration{Field: "users"})
	if Spend(nothing, PasswordHash) == nil || Spend(nothing, Mail) == nil {
		t.Fatal("a field that declares nothing may not hash or mail")
	}
	if got := (&UndeclaredError{Field: "users", Kind: PasswordHash}).Error(); got == "" {
		t.Fatal("empty message")
	}
}
