package users_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/webhook"
)

// The lock-expiry job runs every 30 seconds in every `roster serve`:
// these tests run it as separate instances would, each with a client of
// its own on the test's database.

// instance returns a users service on a client of its own; setup may add
// hooks or interceptors to that client.
func instance(t *testing.T, env *apitest.Env, setup func(c *ent.Client)) *users.Service {
	t.Helper()
	c, err := database.Open(context.Background(), env.Target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if setup != nil {
		setup(c)
	}
	return &users.Service{Client: c, Password: apitest.CheapPassword, Now: time.Now}
}

// afterFirstQuery runs fn once, after the first user query of c returns:
// for the job, between listing the expired locks and unlocking them.
func afterFirstQuery(fn func()) func(c *ent.Client) {
	var once sync.Once
	return func(c *ent.Client) {
		c.User.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
			return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
				v, err := next.Query(ctx, q)
				once.Do(fn)
				return v, err
			})
		}))
	}
}

// expiredLock creates a user whose lock expired age ago.
func expiredLock(env *apitest.Env, email string, age time.Duration) *ent.User {
	return env.NewUser(email, apitest.Confirmed, func(c *ent.UserCreate) {
		c.SetLockedAt(time.Now().Add(-time.Hour)).SetLockReason("cool down").SetLockExpiresAt(time.Now().Add(-age))
	})
}

// hook subscribes an endpoint to user.unlocked, so that announcements
// leave delivery rows to count.
func hook(env *apitest.Env) {
	env.Client.WebhookEndpoint.Create().SetURL("https://hooks.example.com/roster").SetSecret("whsec_test").
		SetEvents([]string{webhook.UserUnlocked}).ExecX(env.Ctx)
}

// unlocks returns, per user, how many times the history records a lock
// being lifted and how many user.unlocked events went out.
func unlocks(t *testing.T, env *apitest.Env) (recorded, announced map[pulid.ID]int) {
	t.Helper()
	recorded, announced = map[pulid.ID]int{}, map[pulid.ID]int{}
	for _, e := range env.Client.AuditEntry.Query().Where(auditentry.Property(user.FieldLockedAt), auditentry.NewValueIsNil()).AllX(env.Ctx) {
		recorded[e.SubjectID]++
	}
	for _, d := range env.Client.WebhookDelivery.Query().Where(webhookdelivery.EventType(webhook.UserUnlocked)).AllX(env.Ctx) {
		var p struct {
			Data webhook.Data `json:"data"`
		}
		if err := json.Unmarshal([]byte(d.Payload), &p); err != nil {
			t.Fatal(err)
		}
		announced[pulid.ID(p.Data.UserID)]++
	}
	return recorded, announced
}

// TestUnlockExpiredKeepsRenewedLock: an admin locks the user again, for
// good, after the job listed the expired lock and before it unlocks: the
// new lock stays, and nothing is recorded or announced.
func TestUnlockExpiredKeepsRenewedLock(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		hook(env)
		u := expiredLock(env, "renewed@example.com", time.Minute)
		job := instance(t, env, afterFirstQuery(func() {
			if _, err := env.Users.Lock(env.Ctx, u.ID, "renewed for good", nil); err != nil {
				t.Errorf("re-lock: %v", err)
			}
		}))
		n, err := job.UnlockExpired(env.Ctx)
		if err != nil || n != 0 {
			t.Fatalf("unlocked %d, %v; want 0, nil", n, err)
		}
		got := env.Client.User.GetX(env.Ctx, u.ID)
		if got.LockedAt == nil || got.LockExpiresAt != nil || got.LockReason == nil || *got.LockReason != "renewed for good" {
			t.Fatalf("the renewed lock was touched: locked %v, expires %v, reason %v", got.LockedAt, got.LockExpiresAt, got.LockReason)
		}
		if recorded, announced := unlocks(t, env); len(recorded)+len(announced) != 0 {
			t.Fatalf("unlock recorded %v, announced %v", recorded, announced)
		}
		// Once that lock is lifted and the user locked with an expiry that
		// passed, the next round unlocks.
		env.Client.User.UpdateOneID(u.ID).SetLockExpiresAt(time.Now().Add(-time.Second)).ExecX(env.Ctx)
		if n, err := job.UnlockExpired(env.Ctx); err != nil || n != 1 {
			t.Fatalf("next round unlocked %d, %v", n, err)
		}
	})
}

// TestUnlockExpiredConcurrently: several instances run the job at the
// same moment; every expired lock is lifted once, recorded once and
// announced once, and the counts the instances report add up.
func TestUnlockExpiredConcurrently(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		hook(env)
		const instances, perRound, rounds = 4, 12, 3
		jobs := make([]*users.Service, instances)
		for i := range jobs {
			jobs[i] = instance(t, env, nil)
		}
		var all []pulid.ID
		for round := range rounds {
			for i := range perRound {
				all = append(all, expiredLock(env, fmt.Sprintf("r%d.u%02d@example.com", round, i), time.Duration(i+1)*time.Second).ID)
			}
			var wg sync.WaitGroup
			start := make(chan struct{})
			counts := make([]int, instances)
			errs := make([]error, instances)
			for i, job := range jobs {
				wg.Go(func() {
					<-start
					counts[i], errs[i] = job.UnlockExpired(env.Ctx)
				})
			}
			close(start)
			wg.Wait()
			total := 0
			for i := range jobs {
				if errs[i] != nil {
					t.Fatalf("round %d, instance %d: %v", round, i, errs[i])
				}
				total += counts[i]
			}
			if total != perRound {
				t.Fatalf("round %d: the instances report %v unlocked, want %d in all", round, counts, perRound)
			}
		}
		if n := env.Client.User.Query().Where(user.LockedAtNotNil()).CountX(env.Ctx); n != 0 {
			t.Fatalf("%d users still locked", n)
		}
		recorded, announced := unlocks(t, env)
		for _, id := range all {
			if recorded[id] != 1 || announced[id] != 1 {
				t.Errorf("%s: unlock recorded %d times, announced %d times", id, recorded[id], announced[id])
			}
		}
	})
}

// TestUnlockConcurrently: of admins unlocking the same user at once, one
// does; the others are told NOT_LOCKED, and the unlock is recorded once.
func TestUnlockConcurrently(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		hook(env)
		u := env.NewUser("locked@example.com", apitest.Confirmed, func(c *ent.UserCreate) {
			c.SetLockedAt(time.Now().Add(-time.Hour)).SetLockReason("for good")
		})
		const admins = 4
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, admins)
		for i := range admins {
			svc := instance(t, env, nil)
			wg.Go(func() {
				<-start
				_, errs[i] = svc.Unlock(env.Ctx, u.ID)
			})
		}
		close(start)
		wg.Wait()
		ok := 0
		for _, err := range errs {
			var pe *problem.Error
			switch {
			case err == nil:
				ok++
			case !errors.As(err, &pe) || pe.Reason != "NOT_LOCKED":
				t.Errorf("unexpected error: %v", err)
			}
		}
		recorded, announced := unlocks(t, env)
		if ok != 1 || recorded[u.ID] != 1 || announced[u.ID] != 1 {
			t.Fatalf("%d unlocks succeeded, recorded %d, announced %d; want 1 each", ok, recorded[u.ID], announced[u.ID])
		}
	})
}

// TestUnlockExpiredGoesOnAfterFailures: users deleted or unlocked by an
// admin after the job listed them are skipped quietly, and one whose
// unlock fails is reported without stopping the round.
func TestUnlockExpiredGoesOnAfterFailures(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		hook(env)
		// Listed oldest expiry first: the failures come before the rest.
		deleted := expiredLock(env, "deleted@example.com", 5*time.Minute)
		unlocked := expiredLock(env, "unlocked@example.com", 4*time.Minute)
		failing := expiredLock(env, "failing@example.com", 3*time.Minute)
		rest := []*ent.User{expiredLock(env, "rest1@example.com", 2*time.Minute), expiredLock(env, "rest2@example.com", time.Minute)}
		boom := errors.New("boom")
		job := instance(t, env, func(c *ent.Client) {
			afterFirstQuery(func() {
				if err := env.Users.Delete(env.Ctx, deleted.ID); err != nil {
					t.Errorf("delete: %v", err)
				}
				if _, err := env.Users.Unlock(env.Ctx, unlocked.ID); err != nil {
					t.Errorf("unlock: %v", err)
				}
			})(c)
			c.User.Use(func(next ent.Mutator) ent.Mutator {
				return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
					if um, ok := m.(*ent.UserMutation); ok {
						if id, _ := um.ID(); id == failing.ID {
							return nil, boom
						}
					}
					return next.Mutate(ctx, m)
				})
			})
		})
		n, err := job.UnlockExpired(env.Ctx)
		if n != len(rest) || !errors.Is(err, boom) || !strings.Contains(err.Error(), string(failing.ID)) {
			t.Fatalf("unlocked %d, %v; want %d and the failing user's error", n, err, len(rest))
		}
		for _, id := range []pulid.ID{deleted.ID, unlocked.ID} {
			if strings.Contains(err.Error(), string(id)) {
				t.Errorf("error names %s, which was skipped: %v", id, err)
			}
		}
		for _, u := range rest {
			if env.Client.User.GetX(env.Ctx, u.ID).LockedAt != nil {
				t.Errorf("%s still locked", u.Email)
			}
		}
		if env.Client.User.GetX(env.Ctx, failing.ID).LockedAt == nil {
			t.Errorf("the failing user was unlocked")
		}
		recorded, announced := unlocks(t, env)
		want := map[pulid.ID]int{unlocked.ID: 1, rest[0].ID: 1, rest[1].ID: 1}
		for _, m := range []map[pulid.ID]int{recorded, announced} {
			if fmt.Sprint(m) != fmt.Sprint(want) {
				t.Errorf("unlocks %v, want %v (the admin's and the job's)", m, want)
			}
		}
		// The failure is not permanent: the next round unlocks the user.
		if n, err := instance(t, env, nil).UnlockExpired(env.Ctx); err != nil || n != 1 {
			t.Fatalf("next round: %d, %v", n, err)
		}
	})
}
