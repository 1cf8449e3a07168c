// Package webhook tells other systems about user changes.
//
// Events are written as WebhookDelivery rows — one per subscribed,
// enabled endpoint — by the history hook (internal/audit), in the
// transaction of the change itself: a change that rolls back sends
// nothing, a change that commits will be delivered. A Worker claims due
// deliveries (FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite's single writer
// gives the same guarantee), POSTs them signed as the Standard Webhooks
// specification describes, and retries failures with exponential backoff
// and jitter until a maximum attempt count, after which a delivery is
// DEAD with its last error visible in the API. A claim is a lease: a
// worker that dies mid-delivery loses it when the lease ends and another
// worker retries, so nothing is lost (a receiver may see a message twice
// in that rare case and can drop it by its webhook-id).
//
// Targets are checked against server-side request forgery: addresses
// that resolve to loopback, private, link-local or otherwise internal
// networks are refused at connection time unless the operator allows
// them for development.
package webhook
