# Roster — every task a developer or CI runs goes through this file.
GO        ?= go
BIN       := bin/roster
PKGS      := ./...
PG_URL    ?= postgres://postgres@127.0.0.1:5432/test?sslmode=disable

.PHONY: all generate build run test test-postgres lint bench seed clean

all: build

## generate: regenerate ent (schema -> ent/, ent.graphqls), then gqlgen (graph/)
generate:
	$(GO) run -mod=mod ./ent/entc.go
	$(GO) tool gqlgen generate

## build: compile the server into bin/roster
build:
	$(GO) build -o $(BIN) ./cmd/roster

## run: start Roster on the embedded SQLite database (./data/roster.db),
## with a small demo data set the first time, and GraphiQL at http://127.0.0.1:8080/
run: build
	./$(BIN) serve --demo-users 200

## test: all tests on SQLite (and PostgreSQL too when ROSTER_TEST_POSTGRES_URL is set)
test:
	$(GO) test -count=1 $(PKGS)

## test-postgres: the storage tests on PostgreSQL ($(PG_URL)) and SQLite
test-postgres:
	ROSTER_TEST_POSTGRES_URL='$(PG_URL)' $(GO) test -count=1 $(PKGS)

## lint: formatting and vet
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

## bench: benchmarks (list queries, search, seed)
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

clean:
	rm -rf bin
