// Package auth answers "who is calling?" and signs people in.
//
// Middleware resolves each HTTP request to one viewer (internal/viewer)
// from, in order: an Authorization bearer credential (an API key rk_...,
// a session token rs_..., or an OpenID Connect token verified through
// internal/oidc), else the session cookie, else anonymous. A credential
// that is present but invalid, expired or revoked ends the request with
// 401 UNAUTHENTICATED; it never falls back to anonymous.
//
// Sessions and API keys are random 256-bit secrets; only their SHA-256
// hashes are stored. Passwords are argon2id (internal/password). Login
// answers the same way, in about the same time, for an unknown address
// and a wrong password, and is slowed by per-account and per-address
// limits kept in the database so that every server process shares them.
package auth
