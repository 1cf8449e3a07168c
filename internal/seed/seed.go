package seed

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/schollz/progressbar/v3"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/onetimetoken"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Options tune a seed run.
type Options struct {
	// Users is how many users to create.
	Users int
	// BatchSize is how many users go into one INSERT; 0 means 800.
	BatchSize int
	// Seed makes the run reproducible; runs with the same seed on an
	// empty database create the same people (IDs and times differ).
	Seed uint64
	// Progress receives a progress bar; nil shows none.
	Progress io.Writer
	// Now is the reference time; zero means time.Now.
	Now time.Time
	// Dialect is the database's ent dialect (dialect.SQLite or
	// dialect.Postgres), needed for the hand-built link INSERT.
	Dialect string
}

// Result tells what a run created.
type Result struct {
	Users, Aliases, AuditEntries, Customers, Roles int
}

// Run creates the demo data. Customers and custom roles are created once
// and reused by later runs; users are added, with addresses that do not
// collide with the users already there.
func Run(ctx context.Context, client *ent.Client, o Options) (Result, error) {
	if o.BatchSize <= 0 {
		o.BatchSize = 800
	}
	if o.Dialect == "" {
		return Result{}, errors.New("seed: Options.Dialect is required")
	}
	ctx = audit.WithoutHistory(viewer.SystemContext(ctx))
	if o.Now.IsZero() {
		o.Now = time.Now().UTC()
	}
	g := &generator{dialect: o.Dialect, rnd: rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15)), now: o.Now.Truncate(time.Second)}
	var res Result
	var err error
	if res.Customers, err = g.ensureCustomers(ctx, client); err != nil {
		return res, err
	}
	if res.Roles, err = g.ensureRoles(ctx, client); err != nil {
		return res, err
	}
	err = client.AttributeDefinition.Create().SetKey("membership_number").SetLabel("Membership number").
		SetDescription("Number of the member card.").SetType("STRING").SetUserEditable(false).
		OnConflictColumns("key").DoNothing().Exec(ctx)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return res, fmt.Errorf("seed: create attribute definition: %w", err)
	}
	base, err := client.User.Query().Count(ctx)
	if err != nil {
		return res, fmt.Errorf("seed: count users: %w", err)
	}
	g.offset = base
	var bar *progressbar.ProgressBar
	if o.Progress != nil {
		bar = progressbar.NewOptions(o.Users,
			progressbar.OptionSetWriter(o.Progress),
			progressbar.OptionSetDescription("seeding users"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("users"),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionOnCompletion(func() { _, _ = fmt.Fprintln(o.Progress) }),
		)
	}
	for done := 0; done < o.Users; {
		n := min(o.BatchSize, o.Users-done)
		b, err := g.batch(ctx, client, n)
		if err != nil {
			return res, err
		}
		res.Users += n
		res.Aliases += b.aliases
		res.AuditEntries += b.audits
		done += n
		if bar != nil {
			_ = bar.Add(n)
		}
	}
	return res, nil
}

type generator struct {
	dialect   string
	rnd       *rand.Rand
	now       time.Time
	offset    int
	customers []pulid.ID
	roles     map[string]pulid.ID
}

func (g *generator) ensureCustomers(ctx context.Context, client *ent.Client) (int, error) {
	for i, name := range customerNames {
		err := client.Customer.Create().SetName(name).SetExternalID(fmt.Sprintf("CRM-%04d", 1001+i)).
			OnConflictColumns(customer.FieldName).DoNothing().Exec(ctx)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("seed: create customer %s: %w", name, err)
		}
	}
	ids, err := client.Customer.Query().Where(customer.NameIn(customerNames...)).Order(ent.Asc(customer.FieldName)).IDs(ctx)
	if err != nil {
		return 0, fmt.Errorf("seed: list customers: %w", err)
	}
	g.customers = ids
	return len(ids), nil
}

func (g *generator) ensureRoles(ctx context.Context, client *ent.Client) (int, error) {
	custom := []struct {
		name, description string
		perms             []permission.Permission
	}{
		{"support", "Support agents: read, edit and invite users.", []permission.Permission{permission.UsersRead, permission.UsersWrite, permission.UsersInvite}},
		{"auditor", "Auditors: read users and their history.", []permission.Permission{permission.UsersRead, permission.AuditRead}},
	}
	for _, r := range custom {
		err := client.Role.Create().SetName(r.name).SetDescription(r.description).SetPermissions(r.perms).
			OnConflictColumns(role.FieldName).DoNothing().Exec(ctx)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("seed: create role %s: %w", r.name, err)
		}
	}
	all, err := client.Role.Query().All(ctx)
	if err != nil {
		return 0, fmt.Errorf("seed: list roles: %w", err)
	}
	g.roles = map[string]pulid.ID{}
	for _, r := range all {
		g.roles[r.Name] = r.ID
	}
	for _, name := range []string{"admin", "user", "support", "auditor"} {
		if g.roles[name] == "" {
			return 0, fmt.Errorf("seed: role %s is missing; run roster migrate first", name)
		}
	}
	return len(custom), nil
}

type batchResult struct{ aliases, audits int }

// batch writes n users and everything that belongs to them in one
// transaction: a handful of multi-row INSERTs whatever n is, and for each
// user with a confirmed alias the statements that keep its alias text
// (internal/aliastext).
func (g *generator) batch(ctx context.Context, client *ent.Client, n int) (batchResult, error) {
	var res batchResult
	tx, err := client.Tx(ctx)
	if err != nil {
		return res, fmt.Errorf("seed: begin: %w", err)
	}
	people := make([]person, n)
	creates := make([]*ent.UserCreate, n)
	for i := range people {
		people[i] = g.person()
		creates[i] = people[i].create(tx.User.Create())
	}
	created, err := tx.User.CreateBulk(creates...).Save(ctx)
	if err != nil {
		return res, rollback(tx, fmt.Errorf("seed: insert users: %w", err))
	}
	if err := insertCustomerLinks(ctx, tx, g.dialect, created, people); err != nil {
		return res, rollback(tx, err)
	}
	var aliases []*ent.EmailAliasCreate
	var audits []*ent.AuditEntryCreate
	var tokens []*ent.OneTimeTokenCreate
	for i, u := range created {
		p := people[i]
		for _, a := range p.aliases {
			c := tx.EmailAlias.Create().SetUserID(u.ID).SetEmail(a.email).SetCreatedAt(a.createdAt)
			if a.confirmed {
				c.SetConfirmedAt(a.createdAt.Add(10 * time.Minute))
			}
			aliases = append(aliases, c)
		}
		for _, h := range p.history {
			audits = append(audits, tx.AuditEntry.Create().SetUserID(u.ID).SetSubjectID(u.ID).
				SetProperty(h.property).SetNillableOldValue(h.oldValue).SetNillableNewValue(h.newValue).
				SetSource(h.source).SetCreatedAt(h.at))
		}
		if p.invitation != nil {
			sum := sha256.Sum256([]byte(fmt.Sprintf("demo-invitation-%s", u.ID)))
			tokens = append(tokens, tx.OneTimeToken.Create().SetUserID(u.ID).SetKind(onetimetoken.KindINVITATION).
				SetTokenHash(sum[:]).SetCreatedAt(*p.invitation).SetExpiresAt(p.invitation.Add(7*24*time.Hour)))
		}
	}
	if len(aliases) > 0 {
		if err := tx.EmailAlias.CreateBulk(aliases...).Exec(ctx); err != nil {
			return res, rollback(tx, fmt.Errorf("seed: insert aliases: %w", err))
		}
	}
	if len(audits) > 0 {
		if err := tx.AuditEntry.CreateBulk(audits...).Exec(ctx); err != nil {
			return res, rollback(tx, fmt.Errorf("seed: insert history: %w", err))
		}
	}
	if len(tokens) > 0 {
		if err := tx.OneTimeToken.CreateBulk(tokens...).Exec(ctx); err != nil {
			return res, rollback(tx, fmt.Errorf("seed: insert invitations: %w", err))
		}
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("seed: commit: %w", err)
	}
	return batchResult{aliases: len(aliases), audits: len(audits)}, nil
}

// insertCustomerLinks writes the user–customer links of a batch in one
// statement; ent's bulk create would write one statement per user.
func insertCustomerLinks(ctx context.Context, tx *ent.Tx, dialect string, created []*ent.User, people []person) error {
	ins := entsql.Dialect(dialect).Insert(user.CustomersTable).Columns(user.CustomersPrimaryKey...)
	rows := 0
	for i, u := range created {
		for _, c := range people[i].customers {
			ins.Values(u.ID, c)
			rows++
		}
	}
	if rows == 0 {
		return nil
	}
	query, args := ins.Query()
	if _, err := tx.ExecContext(ctx, query, args...); err != nil {
		return fmt.Errorf("seed: insert customer links: %w", err)
	}
	return nil
}

func rollback(tx *ent.Tx, err error) error {
	if rerr := tx.Rollback(); rerr != nil {
		return fmt.Errorf("%w (rollback: %v)", err, rerr)
	}
	return err
}

type alias struct {
	email     string
	confirmed bool
	createdAt time.Time
}

type change struct {
	property           string
	oldValue, newValue *string
	source             auditentry.Source
	at                 time.Time
}

// person is one generated user before insertion.
type person struct {
	email, first, last, phone, street, zip, city, country, company string
	salutation                                                     user.Salutation
	birthday                                                       time.Time
	source                                                         user.Source
	role                                                           pulid.ID
	customers                                                      []pulid.ID
	createdAt                                                      time.Time
	confirmedAt, invitationSentAt, confirmationSentAt              *time.Time
	lockedAt                                                       *time.Time
	lockReason                                                     string
	signIns                                                        int
	currentSignIn, lastSignIn, lastActive                          *time.Time
	currentIP, lastIP                                              string
	aliases                                                        []alias
	history                                                        []change
	invitation                                                     *time.Time
	attributes                                                     map[string]any
}

func (g *generator) pick(list []string) string { return list[g.rnd.IntN(len(list))] }

func (g *generator) ago(maxDays int) time.Time {
	return g.now.Add(-time.Duration(g.rnd.Int64N(int64(maxDays) * int64(24*time.Hour))))
}

func (g *generator) ip() string {
	nets := []string{"192.0.2.", "198.51.100.", "203.0.113."}
	return fmt.Sprintf("%s%d", g.pick(nets), 1+g.rnd.IntN(254))
}

func ptr[T any](v T) *T { return &v }

func (g *generator) person() person {
	g.offset++
	n := g.offset
	p := person{first: g.pick(firstNames), last: g.pick(lastNames)}
	local := strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae", " ", "").Replace(strings.ToLower(p.first + "." + p.last))
	p.email = fmt.Sprintf("%s.%d@%s", local, n, g.pick(domains))
	pl := places[g.rnd.IntN(len(places))]
	p.country, p.city = pl.country, g.pick(pl.cities)
	p.phone = fmt.Sprintf("%s%d%08d", pl.dialCode, 2+g.rnd.IntN(7), g.rnd.IntN(100_000_000))
	p.zip = fmt.Sprintf("%0*d", pl.zipDigits, g.rnd.IntN(pow10(pl.zipDigits)))
	p.street = fmt.Sprintf("%s %d", g.pick(streets), 1+g.rnd.IntN(120))
	p.salutation = []user.Salutation{user.SalutationMR, user.SalutationMRS, user.SalutationDIVERS}[g.rnd.IntN(3)]
	p.birthday = time.Date(1950+g.rnd.IntN(55), time.Month(1+g.rnd.IntN(12)), 1+g.rnd.IntN(28), 0, 0, 0, 0, time.UTC)
	if g.rnd.IntN(3) == 0 {
		p.company = g.pick(companies)
	}
	p.createdAt = g.ago(3 * 365)
	p.attributes = map[string]any{"membership_number": fmt.Sprintf("M-%07d", n)}

	switch r := g.rnd.IntN(100); {
	case r < 1:
		p.role = g.roles["admin"]
	case r < 4:
		p.role = g.roles["support"]
	case r < 5:
		p.role = g.roles["auditor"]
	default:
		p.role = g.roles["user"]
	}
	switch r := g.rnd.IntN(10); {
	case r < 6:
		p.customers = []pulid.ID{g.customers[g.rnd.IntN(len(g.customers))]}
	case r < 7:
		a, b := g.rnd.IntN(len(g.customers)), g.rnd.IntN(len(g.customers))
		p.customers = []pulid.ID{g.customers[a]}
		if b != a {
			p.customers = append(p.customers, g.customers[b])
		}
	}

	after := func(t time.Time, maxHours int) time.Time {
		d := t.Add(time.Duration(1+g.rnd.IntN(maxHours)) * time.Hour)
		if d.After(g.now) {
			return g.now
		}
		return d
	}
	switch r := g.rnd.IntN(100); {
	case r < 70: // confirmed, active to varying degrees
		p.source = []user.Source{user.SourceWEB, user.SourceWEB, user.SourceADMIN, user.SourceAPI}[g.rnd.IntN(4)]
		p.confirmedAt = ptr(after(p.createdAt, 48))
		p.signIns = 1 + g.rnd.IntN(200)
		cur := g.now.Add(-time.Duration(g.rnd.Int64N(int64(g.now.Sub(*p.confirmedAt)) + 1)))
		p.currentSignIn = &cur
		p.currentIP = g.ip()
		if p.signIns > 1 {
			p.lastSignIn = ptr(cur.Add(-time.Duration(1+g.rnd.IntN(30*24)) * time.Hour))
			p.lastIP = g.ip()
		}
		p.lastActive = ptr(after(cur, 5))
	case r < 80: // invited, some invitations expired
		p.source = user.SourceADMIN
		p.invitationSentAt = ptr(after(p.createdAt, 2))
		p.invitation = p.invitationSentAt
	case r < 90: // signed up, confirmation outstanding
		p.source = user.SourceWEB
		p.confirmationSentAt = ptr(p.createdAt)
	default: // account data from another system
		p.source = user.SourceAPI
	}
	if p.confirmedAt != nil && g.rnd.IntN(50) == 0 {
		p.lockedAt = ptr(g.ago(60))
		p.lockReason = "Suspicious sign-ins reported by the user"
	}
	if g.rnd.IntN(5) == 0 {
		a := alias{email: fmt.Sprintf("%s.%d.alt@%s", local, n, g.pick(domains)), confirmed: g.rnd.IntN(10) < 7, createdAt: after(p.createdAt, 24*30)}
		p.aliases = append(p.aliases, a)
	}
	src := map[user.Source]auditentry.Source{user.SourceWEB: auditentry.SourcePROFILE, user.SourceADMIN: auditentry.SourceADMIN, user.SourceAPI: auditentry.SourceAPI}[p.source]
	p.history = append(p.history, change{property: "email", newValue: ptr(p.email), source: src, at: p.createdAt})
	for range g.rnd.IntN(3) {
		prop := g.pick(properties)
		old, cur := g.valueOf(prop)
		p.history = append(p.history, change{property: prop, oldValue: &old, newValue: &cur,
			source: []auditentry.Source{auditentry.SourcePROFILE, auditentry.SourceADMIN, auditentry.SourceAPI}[g.rnd.IntN(3)],
			at:     after(p.createdAt, 24*300)})
	}
	return p
}

// valueOf returns a plausible old and new value of a property.
func (g *generator) valueOf(prop string) (string, string) {
	switch prop {
	case "first_name":
		return g.pick(firstNames), g.pick(firstNames)
	case "last_name":
		return g.pick(lastNames), g.pick(lastNames)
	case "company":
		return g.pick(companies), g.pick(companies)
	case "street":
		return fmt.Sprintf("%s %d", g.pick(streets), 1+g.rnd.IntN(99)), fmt.Sprintf("%s %d", g.pick(streets), 1+g.rnd.IntN(99))
	case "zip":
		return fmt.Sprintf("%05d", g.rnd.IntN(99999)), fmt.Sprintf("%05d", g.rnd.IntN(99999))
	case "phone":
		return fmt.Sprintf("+4930%07d", g.rnd.IntN(9999999)), fmt.Sprintf("+4940%07d", g.rnd.IntN(9999999))
	default:
		c := places[g.rnd.IntN(len(places))].cities
		return c[0], c[len(c)-1]
	}
}

func pow10(n int) int {
	v := 1
	for range n {
		v *= 10
	}
	return v
}

// create fills a user builder from the person.
func (p person) create(c *ent.UserCreate) *ent.UserCreate {
	c.SetEmail(p.email).SetSource(p.source).SetRoleID(p.role).
		SetFirstName(p.first).SetLastName(p.last).SetSalutation(p.salutation).
		SetPhone(p.phone).SetBirthday(p.birthday).SetStreet(p.street).SetZip(p.zip).
		SetCity(p.city).SetCountry(p.country).SetCustomAttributes(p.attributes).
		SetCreatedAt(p.createdAt).SetUpdatedAt(p.createdAt).
		SetNillableConfirmedAt(p.confirmedAt).
		SetNillableInvitationSentAt(p.invitationSentAt).SetNillableInvitationCreatedAt(p.invitationSentAt).
		SetNillableConfirmationSentAt(p.confirmationSentAt).
		SetSignInCount(p.signIns).
		SetNillableCurrentSignInAt(p.currentSignIn).SetNillableLastSignInAt(p.lastSignIn).
		SetNillableLastActiveAt(p.lastActive).
		SetNillableLockedAt(p.lockedAt)
	if p.company != "" {
		c.SetCompany(p.company)
	}
	if p.currentIP != "" {
		c.SetCurrentSignInIP(p.currentIP)
	}
	if p.lastIP != "" {
		c.SetLastSignInIP(p.lastIP)
	}
	if p.lockedAt != nil {
		c.SetLockReason(p.lockReason)
	}
	return c
}
