package metrics

import (
	"fmt"
	"testing"
	"time"
)

// operations returns the operation label values of the request counter.
func operations(t *testing.T, m *Metrics) map[string]float64 {
	t.Helper()
	families, err := m.registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, f := range families {
		if f.GetName() != "roster_graphql_requests_total" {
			continue
		}
		for _, s := range f.GetMetric() {
			for _, l := range s.GetLabel() {
				if l.GetName() == "operation" {
					out[l.GetValue()] += s.GetCounter().GetValue()
				}
			}
		}
	}
	return out
}

func TestOperationNamesAreBounded(t *testing.T) {
	m := New()
	for i := range MaxOperationNames + 50 {
		m.GraphQL(fmt.Sprintf("Op%d", i), "query", time.Millisecond, nil)
	}
	// A name seen before the bound keeps its own series afterwards.
	m.GraphQL("Op0", "query", time.Millisecond, nil)
	// Not GraphQL names: never a label value.
	m.GraphQL("someone@example.com", "query", time.Millisecond, nil)
	m.GraphQL("Bearer rst_abcdef", "mutation", time.Millisecond, nil)
	m.GraphQL("", "query", time.Millisecond, nil)
	m.GraphQL("Ignored", "", time.Millisecond, []string{"GRAPHQL_PARSE_FAILED"})

	got := operations(t, m)
	if len(got) != MaxOperationNames+3 {
		t.Errorf("%d operation label values, want %d (the bound, other, anonymous, unknown)", len(got), MaxOperationNames+3)
	}
	if got["Op0"] != 2 {
		t.Errorf("Op0 = %v, want 2", got["Op0"])
	}
	if got[OperationOther] != 52 {
		t.Errorf("other = %v, want 52 (50 past the bound, 2 invalid names)", got[OperationOther])
	}
	if got[OperationAnonymous] != 1 || got[OperationUnknown] != 1 {
		t.Errorf("anonymous = %v, unknown = %v, want 1 each", got[OperationAnonymous], got[OperationUnknown])
	}
	if _, ok := got[fmt.Sprintf("Op%d", MaxOperationNames)]; ok {
		t.Errorf("a name past the bound has a series of its own")
	}
}

func TestNilMetricsRecordNothing(t *testing.T) {
	var m *Metrics
	m.GraphQL("Op", "query", time.Second, []string{"INTERNAL"})
	m.HTTP("graphql", 200, time.Second)
	m.SignIn(MethodPassword, true)
	m.RateLimited("login_ip")
	m.Delivery(QueueMail, DeliverySuccess)
	m.JobRun(JobRetention, nil, time.Now())
	m.LocksExpired(1)
	m.RetentionDeleted(1)
	m.Register()
}
