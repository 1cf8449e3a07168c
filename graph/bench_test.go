package graph_test

import (
	"os"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/seed"
)

// benchEnvs returns a database with 5,000 seeded users per available
// dialect.
func benchEnvs(b *testing.B) map[string]*apitest.Env {
	envs := map[string]*apitest.Env{"sqlite": apitest.New(b, dialect.SQLite)}
	if os.Getenv(apitest.PostgresEnv) != "" {
		envs["postgres"] = apitest.New(b, dialect.Postgres)
	}
	for _, env := range envs {
		if _, err := seed.Run(env.Ctx, env.Client, seed.Options{Users: 5000, Seed: 7, Dialect: env.Dialect}); err != nil {
			b.Fatal(err)
		}
	}
	return envs
}

// BenchmarkUsersPage measures one admin list page over HTTP: 50 users
// with role, customers and aliases, plus totalCount.
func BenchmarkUsersPage(b *testing.B) {
	const q = `{ users(first: 50, orderBy: {field: LAST_NAME}) { totalCount edges { node {
		id email status locked firstName lastName role { name } customers { name } emailAliases { email } } } } }`
	for name, env := range benchEnvs(b) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				env.MustQuery(q, nil, nil)
			}
		})
	}
}

// BenchmarkUsersSearch measures the admin search box over 5,000 users.
func BenchmarkUsersSearch(b *testing.B) {
	const q = `query($s: String) { users(first: 20, search: $s) { totalCount edges { node { id email } } } }`
	for name, env := range benchEnvs(b) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				env.MustQuery(q, map[string]any{"s": "anna mül"}, nil)
			}
		})
	}
}

// BenchmarkUsersFilterDormant measures a lifecycle filter: confirmed users
// not active for 90 days, newest first.
func BenchmarkUsersFilterDormant(b *testing.B) {
	const q = `{ users(first: 50, where: {status: CONFIRMED, lastActiveAtLT: "2026-08-01T00:00:00Z"}, orderBy: {field: LAST_ACTIVE_AT, direction: DESC}) { totalCount edges { node { id } } } }`
	for name, env := range benchEnvs(b) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				env.MustQuery(q, nil, nil)
			}
		})
	}
}
