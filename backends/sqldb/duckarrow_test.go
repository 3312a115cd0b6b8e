//go:build duckdb_arrow

package sqldb

import (
	"context"
	"reflect"
	"testing"

	"github.com/spargo-kernel/spargo/backends/sqlengine"
	"github.com/spargo-kernel/spargo/backends/table"
)

// With duckdb_arrow, DuckDB results are columnar: nested types keep their
// Arrow type (the row path turns them into text), and the other types are
// normalised to what the row path gives.
func TestDuckDBArrowPath(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	rr, err := eng.Query(ctx, sqlengine.Query{MaxRows: -1, SQL: "SELECT (i % 100)::TINYINT AS a, i::UINTEGER AS b, i::FLOAT / 2 AS f, " +
		"TIMESTAMPTZ '2024-01-02 03:04:05+02' AS tz, [i, i + 1] AS l, CASE WHEN i = 1 THEN NULL ELSE i END AS n FROM range(3000) t(i)"})
	if err != nil {
		t.Fatal(err)
	}
	page, err := table.Read(rr, -1)
	rr.Release()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"int64", "int64", "float64", "timestamp[us, tz=UTC]", "list<l: int64, nullable>", "int64"}
	if !reflect.DeepEqual(page.Types, want) {
		t.Errorf("types = %v, want %v", page.Types, want)
	}
	if len(page.Rows) != 3000 {
		t.Fatalf("rows = %d, want 3000", len(page.Rows))
	}
	if got := page.Rows[2999]; got[0] != "99" || got[1] != "2999" || got[2] != "1499.5" || got[3] != "2024-01-02T01:04:05Z" || !page.Nulls[1][5] {
		t.Errorf("row = %v, nulls %v", got, page.Nulls[1])
	}
}
