package sqldb

import (
	"database/sql"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/decimal128"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/duckdb/duckdb-go/v2"
)

// batchRows is how many rows one Arrow record holds.
const batchRows = 1024

// rowReader streams *sql.Rows as Arrow records, batchRows at a time, and
// stops reading after limit rows (limit < 0: all), so a display of the
// first rows never pulls the whole result.
type rowReader struct {
	refs   atomic.Int64
	rows   *sql.Rows
	schema *arrow.Schema
	kinds  []kind
	limit  int
	read   int
	cur    arrow.RecordBatch
	err    error
	done   bool
	// drained: rows.Next returned false, the result was read to its end
	drained bool
	cancel  func()
}

type kind int

const (
	kString kind = iota
	kInt
	kFloat
	kBool
	kTime
	kDate
	kDecimal
	kBinary
)

// newRowReader maps the result's column types to Arrow types.
func newRowReader(rows *sql.Rows, limit int, cancel func()) (*rowReader, error) {
	cts, err := rows.ColumnTypes()
	if err != nil {
		return nil, fmt.Errorf("read column types: %w", err)
	}
	fields := make([]arrow.Field, len(cts))
	kinds := make([]kind, len(cts))
	for i, ct := range cts {
		var t arrow.DataType
		kinds[i], t = arrowType(ct)
		fields[i] = arrow.Field{Name: ct.Name(), Type: t, Nullable: true}
	}
	r := &rowReader{rows: rows, schema: arrow.NewSchema(fields, nil), kinds: kinds, limit: limit, cancel: cancel}
	r.refs.Store(1)
	return r, nil
}

// arrowType picks the Arrow type of a column from its database type name.
func arrowType(ct *sql.ColumnType) (kind, arrow.DataType) {
	name := strings.ToUpper(ct.DatabaseTypeName())
	switch {
	case name == "HUGEINT" || name == "UHUGEINT" || name == "UBIGINT":
		// 128-bit and unsigned 64-bit integers (DuckDB's sum of BIGINT).
		return kDecimal, &arrow.Decimal128Type{Precision: 38, Scale: 0}
	case strings.Contains(name, "INT") && !strings.Contains(name, "INTERVAL") && !strings.Contains(name, "POINT"):
		return kInt, arrow.PrimitiveTypes.Int64
	case name == "FLOAT" || name == "DOUBLE" || name == "REAL" || strings.HasPrefix(name, "FLOAT") || name == "DOUBLE PRECISION":
		return kFloat, arrow.PrimitiveTypes.Float64
	case name == "BOOL" || name == "BOOLEAN":
		return kBool, arrow.FixedWidthTypes.Boolean
	case name == "NUMERIC" || name == "DECIMAL" || strings.HasPrefix(name, "DECIMAL"):
		p, s, ok := ct.DecimalSize()
		if !ok { // DuckDB names the size in the type: DECIMAL(10,2)
			_, err := fmt.Sscanf(name, "DECIMAL(%d,%d)", &p, &s)
			ok = err == nil
		}
		if ok && p > 0 && p <= 38 {
			return kDecimal, &arrow.Decimal128Type{Precision: int32(p), Scale: int32(s)}
		}
		return kString, arrow.BinaryTypes.String // unbounded NUMERIC: exact as text
	case strings.HasPrefix(name, "TIMESTAMP") || name == "DATETIME":
		return kTime, &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}
	case name == "DATE":
		return kDate, arrow.FixedWidthTypes.Date32
	case name == "BYTEA" || name == "BLOB" || strings.HasSuffix(name, "BINARY"):
		return kBinary, arrow.BinaryTypes.Binary
	default:
		return kString, arrow.BinaryTypes.String
	}
}

func (r *rowReader) Retain() { r.refs.Add(1) }

// Release closes the rows (ending the query) when the last reference goes.
func (r *rowReader) Release() {
	if r.refs.Add(-1) == 0 {
		if r.cur != nil {
			r.cur.Release()
			r.cur = nil
		}
		// Cancel before closing: closing first would make the driver read
		// (and the server send) every remaining row of a large result.
		if r.cancel != nil && !r.drained {
			r.cancel()
		}
		r.rows.Close()
		if r.cancel != nil {
			r.cancel()
		}
	}
}

func (r *rowReader) Schema() *arrow.Schema          { return r.schema }
func (r *rowReader) Err() error                     { return r.err }
func (r *rowReader) RecordBatch() arrow.RecordBatch { return r.cur }

// Record is the deprecated name of RecordBatch.
func (r *rowReader) Record() arrow.RecordBatch { return r.cur }

// Next reads the next batch of rows.
func (r *rowReader) Next() bool {
	if r.cur != nil {
		r.cur.Release()
		r.cur = nil
	}
	if r.done || r.err != nil {
		return false
	}
	b := array.NewRecordBuilder(memory.DefaultAllocator, r.schema)
	defer b.Release()
	vals := make([]any, len(r.kinds))
	ptrs := make([]any, len(r.kinds))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for n < batchRows && (r.limit < 0 || r.read < r.limit) {
		if !r.rows.Next() {
			r.done, r.drained = true, true
			if err := r.rows.Err(); err != nil {
				r.err = err
			}
			break
		}
		if err := r.rows.Scan(ptrs...); err != nil {
			r.err = fmt.Errorf("read row %d: %w", r.read+1, err)
			return false
		}
		for i, v := range vals {
			if err := appendValue(b.Field(i), r.kinds[i], v); err != nil {
				r.err = fmt.Errorf("row %d, column %s: %w", r.read+1, r.schema.Field(i).Name, err)
				return false
			}
		}
		n++
		r.read++
	}
	if r.limit >= 0 && r.read >= r.limit {
		r.done = true
	}
	if n == 0 {
		return false
	}
	r.cur = b.NewRecordBatch()
	return true
}

// appendValue appends one scanned value to its column builder.
func appendValue(b array.Builder, k kind, v any) error {
	if v == nil {
		b.AppendNull()
		return nil
	}
	switch k {
	case kInt:
		switch x := v.(type) {
		case int64:
			b.(*array.Int64Builder).Append(x)
			return nil
		case int32:
			b.(*array.Int64Builder).Append(int64(x))
			return nil
		case []byte, string:
			var n int64
			if _, err := fmt.Sscan(fmt.Sprint(asString(x)), &n); err != nil {
				return err
			}
			b.(*array.Int64Builder).Append(n)
			return nil
		}
	case kFloat:
		switch x := v.(type) {
		case float64:
			b.(*array.Float64Builder).Append(x)
			return nil
		case float32:
			b.(*array.Float64Builder).Append(float64(x))
			return nil
		case []byte, string:
			var f float64
			if _, err := fmt.Sscan(asString(x), &f); err != nil {
				return err
			}
			b.(*array.Float64Builder).Append(f)
			return nil
		}
	case kBool:
		if x, ok := v.(bool); ok {
			b.(*array.BooleanBuilder).Append(x)
			return nil
		}
	case kTime, kDate:
		t, ok := v.(time.Time)
		if !ok {
			return fmt.Errorf("unexpected %T for a time column", v)
		}
		if k == kDate {
			b.(*array.Date32Builder).Append(arrow.Date32FromTime(t))
		} else {
			b.(*array.TimestampBuilder).Append(arrow.Timestamp(t.UTC().UnixMicro()))
		}
		return nil
	case kDecimal:
		dt := b.Type().(*arrow.Decimal128Type)
		d, err := toDecimal(v, dt.Precision, dt.Scale)
		if err != nil {
			return err
		}
		b.(*array.Decimal128Builder).Append(d)
		return nil
	case kBinary:
		if x, ok := v.([]byte); ok {
			b.(*array.BinaryBuilder).Append(x)
			return nil
		}
	}
	sb, ok := b.(*array.StringBuilder)
	if !ok {
		return fmt.Errorf("unexpected %T value for a %s column", v, b.Type())
	}
	sb.Append(asString(v))
	return nil
}

func asString(v any) string {
	switch x := v.(type) {
	case []byte:
		return string(x)
	case string:
		return x
	case time.Time:
		return x.Format(time.RFC3339Nano)
	default:
		return fmt.Sprint(x)
	}
}

// toDecimal converts a driver's decimal (text, float or a type with a
// String method) to Decimal128 without going through float64.
func toDecimal(v any, prec, scale int32) (decimal128.Num, error) {
	switch x := v.(type) {
	case float64:
		return decimal128.FromFloat64(x, prec, scale)
	case *big.Float:
		return decimal128.FromString(x.Text('f', int(scale)), prec, scale)
	case *big.Int:
		return decimal128.FromBigInt(x), nil
	case duckdb.Decimal:
		n := decimal128.FromBigInt(x.Value)
		if int32(x.Scale) != scale {
			return n.Rescale(int32(x.Scale), scale)
		}
		return n, nil
	case uint64:
		return decimal128.FromU64(x), nil
	case int64:
		return decimal128.FromI64(x), nil
	}
	return decimal128.FromString(asString(v), prec, scale)
}
