package sqldb

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// duckArrowQuery reads DuckDB results through DuckDB's Arrow interface. It
// is nil unless spargo is built with the duckdb_arrow tag (duckarrow.go);
// then the database/sql row path serves DuckDB too.
var duckArrowQuery func(ctx context.Context, db *sql.DB, text string, args []any, limit int) (array.RecordReader, error)

// normalSchema gives columnar results the types the row path gives, so a
// bound table looks the same whichever path produced it: every integer up
// to 64 bits signed is int64 (Go's int), float32 is float64, and
// timestamps are instants labelled UTC.
func normalSchema(s *arrow.Schema) *arrow.Schema {
	fields := make([]arrow.Field, s.NumFields())
	for i, f := range s.Fields() {
		f.Type = normalType(f.Type)
		f.Nullable = true
		fields[i] = f
	}
	return arrow.NewSchema(fields, nil)
}

func normalType(t arrow.DataType) arrow.DataType {
	switch t.ID() {
	case arrow.INT8, arrow.INT16, arrow.INT32, arrow.UINT8, arrow.UINT16, arrow.UINT32:
		return arrow.PrimitiveTypes.Int64
	case arrow.FLOAT32:
		return arrow.PrimitiveTypes.Float64
	case arrow.TIMESTAMP:
		// DuckDB's TIMESTAMP is naive and TIMESTAMPTZ is labelled with the
		// session's zone; both hold microseconds since the epoch in UTC.
		return &arrow.TimestampType{Unit: t.(*arrow.TimestampType).Unit, TimeZone: "UTC"}
	}
	return t
}

// normalRecord converts rec's columns to schema's types (from normalSchema).
// The result is a new record the caller releases.
func normalRecord(schema *arrow.Schema, rec arrow.RecordBatch) (arrow.RecordBatch, error) {
	cols := make([]arrow.Array, 0, rec.NumCols())
	defer func() {
		for _, c := range cols {
			c.Release()
		}
	}()
	for i, col := range rec.Columns() {
		c, err := normalArray(schema.Field(i).Type, col)
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", schema.Field(i).Name, err)
		}
		cols = append(cols, c)
	}
	return array.NewRecordBatch(schema, cols, rec.NumRows()), nil
}

// normalArray returns a copy of col as type t, widened when the width
// differs. It always copies: memory imported from DuckDB's C side is freed
// with the whole chunk, whatever Go still references.
func normalArray(t arrow.DataType, col arrow.Array) (arrow.Array, error) {
	if arrow.TypeEqual(t, col.DataType()) {
		return copyArray(col)
	}
	switch c := col.(type) {
	case *array.Float32:
		b := array.NewFloat64Builder(memory.DefaultAllocator)
		defer b.Release()
		b.Reserve(c.Len())
		for i := range c.Len() {
			if c.IsNull(i) {
				b.UnsafeAppendBoolToBitmap(false)
			} else {
				b.UnsafeAppend(float64(c.Value(i)))
			}
		}
		return b.NewArray(), nil
	case *array.Timestamp:
		d := c.Data()
		data := array.NewData(t, d.Len(), d.Buffers(), nil, d.NullN(), d.Offset())
		defer data.Release() // holding the buffers would keep DuckDB's whole chunk
		relabelled := array.MakeFromData(data)
		defer relabelled.Release()
		return copyArray(relabelled)
	}
	return widenInt(col)
}

// widenInt copies a narrower integer column into an int64 column.
func widenInt(col arrow.Array) (arrow.Array, error) {
	get := intGetter(col)
	if get == nil {
		return nil, fmt.Errorf("no conversion from %s", col.DataType())
	}
	b := array.NewInt64Builder(memory.DefaultAllocator)
	defer b.Release()
	b.Reserve(col.Len())
	for i := range col.Len() {
		if col.IsNull(i) {
			b.UnsafeAppendBoolToBitmap(false)
		} else {
			b.UnsafeAppend(get(i))
		}
	}
	return b.NewArray(), nil
}

func intGetter(col arrow.Array) func(int) int64 {
	switch c := col.(type) {
	case *array.Int8:
		return func(i int) int64 { return int64(c.Value(i)) }
	case *array.Int16:
		return func(i int) int64 { return int64(c.Value(i)) }
	case *array.Int32:
		return func(i int) int64 { return int64(c.Value(i)) }
	case *array.Uint8:
		return func(i int) int64 { return int64(c.Value(i)) }
	case *array.Uint16:
		return func(i int) int64 { return int64(c.Value(i)) }
	case *array.Uint32:
		return func(i int) int64 { return int64(c.Value(i)) }
	}
	return nil
}

// copyArray copies col's buffers into Go memory.
func copyArray(col arrow.Array) (arrow.Array, error) {
	out, err := array.Concatenate([]arrow.Array{col}, memory.DefaultAllocator)
	if err != nil {
		return nil, fmt.Errorf("copy %s: %w", col.DataType(), err)
	}
	return out, nil
}
