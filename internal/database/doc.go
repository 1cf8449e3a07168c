// Package database opens Roster's storage and keeps its schema current.
//
// Two databases are supported: an embedded SQLite file (the pure-Go
// modernc.org/sqlite driver, with foreign keys on, WAL journal and
// immediate write transactions) when no URL or a sqlite:/file: URL is
// given, and PostgreSQL through lib/pq for postgres:// URLs. Open returns an
// ent client; Migrate brings the tables up to the ent schema and creates
// the rows Roster cannot run without (built-in roles, the settings row).
package database
