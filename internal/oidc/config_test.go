package oidc

import (
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"testing"
)

func TestParseProvidersValid(t *testing.T) {
	spec := `[
	  {"name": "google", "issuer": "https://accounts.google.com",
	   "client_id": "123.apps.example", "client_secret": "s3cr3t",
	   "redirect_url": "https://id.example.com/auth/oidc/callback"},
	  {"name": "corp-1", "issuer": "http://127.0.0.1:9998/realms/x", "client_id": "roster",
	   "scopes": ["email", "groups"], "audiences": ["roster", "api://roster"]},
	  {"name": "dev", "issuer": "http://localhost:8081/", "client_id": "dev"}
	]`
	got, err := ParseProviders(spec)
	if err != nil {
		t.Fatal(err)
	}
	want := []ProviderConfig{
		{Name: "google", Issuer: "https://accounts.google.com", ClientID: "123.apps.example", ClientSecret: "s3cr3t",
			Scopes: []string{"openid", "email", "profile"}, Audiences: []string{"123.apps.example"},
			RedirectURL: "https://id.example.com/auth/oidc/callback"},
		{Name: "corp-1", Issuer: "http://127.0.0.1:9998/realms/x", ClientID: "roster",
			Scopes: []string{"openid", "email", "groups"}, Audiences: []string{"roster", "api://roster"}},
		{Name: "dev", Issuer: "http://localhost:8081/", ClientID: "dev",
			Scopes: []string{"openid", "email", "profile"}, Audiences: []string{"dev"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
	for _, blank := range []string{"", "  \n"} {
		got, err := ParseProviders(blank)
		if err != nil || got != nil {
			t.Errorf("ParseProviders(%q) = %v, %v; want nil, nil", blank, got, err)
		}
	}
}

func TestParseProvidersInvalid(t *testing.T) {
	const secret = "TOP-SECRET-VALUE"
	one := func(fields string) string {
		return fmt.Sprintf(`[{"client_secret": %q, %s}]`, secret, fields)
	}
	cases := map[string]string{
		"not an array":       `{"name": "a"}`,
		"syntax":             `[{"name": "a",]`,
		"trailing data":      `[] []`,
		"unknown field":      one(`"name": "a", "issuer": "https://a.example", "client_id": "c", "clientid": "x"`),
		"wrong type":         one(`"name": "a", "issuer": "https://a.example", "client_id": 7`),
		"empty name":         one(`"name": "", "issuer": "https://a.example", "client_id": "c"`),
		"upper-case name":    one(`"name": "Google", "issuer": "https://a.example", "client_id": "c"`),
		"name with space":    one(`"name": "a b", "issuer": "https://a.example", "client_id": "c"`),
		"missing issuer":     one(`"name": "a", "client_id": "c"`),
		"http issuer":        one(`"name": "a", "issuer": "http://a.example", "client_id": "c"`),
		"relative issuer":    one(`"name": "a", "issuer": "a.example", "client_id": "c"`),
		"issuer with query":  one(`"name": "a", "issuer": "https://a.example/?x=1", "client_id": "c"`),
		"issuer user info":   one(`"name": "a", "issuer": "https://u:p@a.example", "client_id": "c"`),
		"ftp issuer":         one(`"name": "a", "issuer": "ftp://a.example", "client_id": "c"`),
		"missing client id":  one(`"name": "a", "issuer": "https://a.example"`),
		"blank client id":    one(`"name": "a", "issuer": "https://a.example", "client_id": " "`),
		"http redirect":      one(`"name": "a", "issuer": "https://a.example", "client_id": "c", "redirect_url": "http://id.example/cb"`),
		"bad scope":          one(`"name": "a", "issuer": "https://a.example", "client_id": "c", "scopes": ["a b"]`),
		"empty audience":     one(`"name": "a", "issuer": "https://a.example", "client_id": "c", "audiences": [""]`),
		"duplicate name":     `[{"name": "a", "issuer": "https://a.example", "client_id": "c"}, {"name": "a", "issuer": "https://b.example", "client_id": "c"}]`,
		"duplicate issuer":   `[{"name": "a", "issuer": "https://a.example", "client_id": "c"}, {"name": "b", "issuer": "https://a.example/", "client_id": "d"}]`,
		"null element field": one(`"name": "a", "issuer": "https://a.example", "client_id": null`),
	}
	for name, spec := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := ParseProviders(spec)
			if err == nil {
				t.Fatalf("ParseProviders accepted %s: %+v", spec, got)
			}
			if !strings.HasPrefix(err.Error(), "oidc: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("error %q reveals the client secret", err)
			}
		})
	}
}

func TestProviderConfigRedactsSecret(t *testing.T) {
	c := ProviderConfig{Name: "a", Issuer: "https://a.example", ClientID: "c", ClientSecret: "TOP-SECRET-VALUE"}
	var b strings.Builder
	slog.New(slog.NewJSONHandler(&b, nil)).Info("cfg", "provider", c)
	slog.New(slog.NewTextHandler(&b, nil)).Info("cfg", "provider", c)
	fmt.Fprintf(&b, "%v %+v %s", c, c, c)
	if strings.Contains(b.String(), "TOP-SECRET-VALUE") {
		t.Fatalf("secret printed: %s", b.String())
	}
}
