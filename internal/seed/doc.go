// Package seed fills a database with realistic demo data: customers,
// custom roles, and users in every status with contact data, aliases,
// sign-in facts, invitations and change history. Users are written in
// batches, so 100,000 users take seconds, not minutes. The data is made
// from a seeded random source, so a run is reproducible; addresses use
// the example.com/.org/.net domains reserved for documentation, phone
// numbers are well-formed E.164, IP addresses come from the
// documentation ranges.
package seed
