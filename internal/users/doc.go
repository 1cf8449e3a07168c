// Package users holds the rules about user accounts that every caller
// shares: how a status is derived from an account's timestamps, when an
// account counts as locked, and how the admin search matches users. The
// lifecycle operations (create, invite, confirm, lock, delete ...) live
// here too as they are added.
package users
