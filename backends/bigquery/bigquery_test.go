package bigquery

import (
	"context"
	"strings"
	"testing"

	bq "cloud.google.com/go/bigquery"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
)

func TestParse(t *testing.T) {
	s, err := Parse("bigquery://proj/ds?location=EU&endpoint=http://127.0.0.1:9050&max_bytes_billed=1000", "/k.json")
	if err != nil {
		t.Fatal(err)
	}
	want := Settings{Project: "proj", Dataset: "ds", Location: "EU", Endpoint: "http://127.0.0.1:9050", MaxBytesBilled: 1000, CredentialsFile: "/k.json"}
	if s != want {
		t.Errorf("Parse = %+v, want %+v", s, want)
	}
	for _, bad := range []string{"postgres://h/db", "bigquery:///ds", "bigquery://p/d?max_bytes_billed=lots"} {
		if _, err := Parse(bad, ""); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

// TestQuerySettings checks what is sent with each query: the byte limit
// (enforced by BigQuery before the query runs), the default dataset and
// Go values as positional parameters, never in the SQL text.
func TestQuerySettings(t *testing.T) {
	e, err := Open(context.Background(), Settings{Project: "p", Dataset: "d", MaxBytesBilled: 5 << 30, Endpoint: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	vals := map[string]any{"region": "x' OR '1'='1", "n": 3}
	q, err := e.query(sqlengine.Query{SQL: "SELECT * FROM t WHERE region = :region AND n > :n AND s = ':no'",
		Params: func(n string) (any, error) { return vals[n], nil }})
	if err != nil {
		t.Fatal(err)
	}
	if q.Q != "SELECT * FROM t WHERE region = ? AND n > ? AND s = ':no'" {
		t.Errorf("SQL = %q", q.Q)
	}
	if q.MaxBytesBilled != 5<<30 || q.DefaultDatasetID != "d" || q.DefaultProjectID != "p" {
		t.Errorf("settings not applied: %+v", q.QueryConfig)
	}
	if len(q.Parameters) != 2 || q.Parameters[0] != (bq.QueryParameter{Value: "x' OR '1'='1"}) || q.Parameters[1].Value != 3 {
		t.Errorf("parameters = %+v", q.Parameters)
	}
	if got := humanBytes(5 << 30); got != "5.0 GiB" {
		t.Errorf("humanBytes = %q", got)
	}
	if err := e.explain(errString("googleapi: Error 400: Query exceeded limit for bytes billed: 1000. 20971520 or higher required., bytesBilledLimitExceeded")); !strings.Contains(err.Error(), "did not run") {
		t.Errorf("explain = %v", err)
	}
}

type errString string

func (e errString) Error() string { return string(e) }
