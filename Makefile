# Roster — every task a developer or CI runs goes through this file.
GO        ?= go
BIN       := bin/roster
PKGS      := ./...
PG_URL    ?= postgres://postgres@127.0.0.1:5432/test?sslmode=disable

.PHONY: all generate migration-freeze web test-web screenshots build run test test-postgres lint bench bench-load seed clean

all: build

## generate: regenerate ent (schema -> ent/, ent.graphqls), then gqlgen (graph/),
## then the unreleased migration files (internal/database/migrations/), which
## need a PostgreSQL database to compute the PostgreSQL ones ($(PG_URL)),
## then the merged schema for clients (schema.graphql)
generate:
	$(GO) run -mod=mod ./ent/entc.go
	$(GO) run ./graph/gqlgen
	ROSTER_MIGRATE_DEV_URL='$(PG_URL)' $(GO) run ./internal/database/migrations/generate.go
	$(GO) run ./graph/printschema ent.graphqls schema.graphqls > schema.graphql.tmp
	mv schema.graphql.tmp schema.graphql

## migration-freeze: at a release, freeze the unreleased migration files as
## VERSION_$(NAME).sql (make migration-freeze NAME=v1.3.0)
migration-freeze:
	@test -n '$(NAME)' || { echo 'usage: make migration-freeze NAME=v1.3.0'; exit 1; }
	$(GO) run ./internal/database/migrations/generate.go -freeze '$(NAME)'

# npm ci runs again whenever package-lock.json changed.
web/node_modules/.package-lock.json: web/package-lock.json
	cd web && npm ci --no-audit --no-fund

## web: rebuild the console and GraphiQL (web/dist), the Relay artifacts and
## web/persisted-queries.json from web/src and schema.graphql (needs node and npm)
web: web/node_modules/.package-lock.json
	cd web && npm run build

## screenshots: run the browser tests and save their pictures for docs/console.md
screenshots: build web/node_modules/.package-lock.json
	cd web && SCREENSHOTS=../docs/console ROSTER_BIN=../$(BIN) npm run test:e2e

## test-web: the browser tests (web/e2e) against a real roster serve on SQLite,
## driving Debian's chromium (CHROMIUM=/usr/bin/chromium)
test-web: build web/node_modules/.package-lock.json
	cd web && ROSTER_BIN=../$(BIN) npm run test:e2e

## build: compile the server into bin/roster
build:
	$(GO) build -o $(BIN) ./cmd/roster

## run: start Roster on the embedded SQLite database (./data/roster.db),
## with a small demo data set the first time; the console is at
## http://127.0.0.1:8080/admin/ and GraphiQL at http://127.0.0.1:8080/graphiql;
## a development database is migrated to the binary's schema
run: build
	./$(BIN) serve --demo-users 200 --migrate=true

## test: all tests on SQLite (and PostgreSQL too when ROSTER_TEST_POSTGRES_URL is set)
test:
	$(GO) test -count=1 -timeout 30m $(PKGS)

## test-postgres: the storage tests on PostgreSQL ($(PG_URL)) and SQLite
test-postgres:
	ROSTER_TEST_POSTGRES_URL='$(PG_URL)' $(GO) test -count=1 -timeout 30m $(PKGS)

## lint: formatting and vet
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

## bench: benchmarks (list queries, search, seed)
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

## bench-load: the load benchmark (not part of make test). Seeds 100k and
## 1M users on PostgreSQL ($(PG_URL) server, databases roster_bench_N) and
## 100k on SQLite (data/bench/), kept for the next run; starts roster serve
## on loopback and prints throughput, p50/p99, SQL statements per request,
## peak RSS and the ratio to a hand-written SQL floor. About 25 minutes
## (plus seeding, ~8 minutes for 1M). Narrow it with BENCH_LOAD_FLAGS, e.g.
## make bench-load BENCH_LOAD_FLAGS='-sets pg:100000 -duration 5s'
BENCH_LOAD_FLAGS ?=
bench-load: build
	$(GO) run ./cmd/benchload -bin $(BIN) -pg '$(dir $(PG_URL))' $(BENCH_LOAD_FLAGS)

clean:
	rm -rf bin
