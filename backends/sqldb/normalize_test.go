package sqldb

import (
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// normalRecord widens and relabels into new memory and keeps no reference
// to the source's buffers: with DuckDB, a kept buffer keeps a whole C chunk
// alive (a relabelled timestamp column once leaked every bound result).
func TestNormalRecordReleasesTheSource(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	src := arrow.NewSchema([]arrow.Field{
		{Name: "a", Type: arrow.PrimitiveTypes.Int32, Nullable: true},
		{Name: "f", Type: arrow.PrimitiveTypes.Float32, Nullable: true},
		{Name: "ts", Type: &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "Europe/Paris"}, Nullable: true},
		{Name: "s", Type: arrow.BinaryTypes.String, Nullable: true},
	}, nil)
	b := array.NewRecordBuilder(mem, src)
	b.Field(0).(*array.Int32Builder).AppendValues([]int32{1, -2, 0}, []bool{true, true, false})
	b.Field(1).(*array.Float32Builder).AppendValues([]float32{1.5, 2, 3}, nil)
	b.Field(2).(*array.TimestampBuilder).AppendValues([]arrow.Timestamp{0, 60_000_000, 1}, nil)
	b.Field(3).(*array.StringBuilder).AppendValues([]string{"x", "", "z"}, []bool{true, false, true})
	rec := b.NewRecordBatch()
	b.Release()

	schema := normalSchema(src)
	out, err := normalRecord(schema, rec)
	if err != nil {
		t.Fatal(err)
	}
	rec.Release()
	mem.AssertSize(t, 0) // nothing of the source is held

	want := "a: int64, f: float64, ts: timestamp[us, tz=UTC], s: utf8"
	got := ""
	for i, f := range out.Schema().Fields() {
		if i > 0 {
			got += ", "
		}
		got += f.Name + ": " + f.Type.String()
	}
	if got != want {
		t.Errorf("schema %s, want %s", got, want)
	}
	a := out.Column(0).(*array.Int64)
	if a.Value(1) != -2 || !a.IsNull(2) || out.Column(1).(*array.Float64).Value(0) != 1.5 {
		t.Errorf("values: %v %v", out.Column(0), out.Column(1))
	}
	if ts := out.Column(2).ValueStr(1); ts != "1970-01-01T00:01:00Z" {
		t.Errorf("timestamp %s", ts)
	}
	if s := out.Column(3); s.ValueStr(2) != "z" || !s.IsNull(1) {
		t.Errorf("strings %v", s)
	}
	out.Release()
}
