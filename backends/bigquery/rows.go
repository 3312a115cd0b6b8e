package bigquery

import (
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	bq "cloud.google.com/go/bigquery"
	"cloud.google.com/go/civil"
	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/decimal128"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

const batchRows = 1024

// rowReader streams a job's rows as Arrow records, reading pages only as
// far as limit (<0: all).
type rowReader struct {
	refs   atomic.Int64
	it     *bq.RowIterator
	schema *arrow.Schema
	types  []bq.FieldType
	limit  int
	read   int
	next   []bq.Value // a row fetched ahead (the schema needs one fetch)
	cur    arrow.RecordBatch
	err    error
	done   bool
}

func newRowReader(it *bq.RowIterator, limit int) (*rowReader, error) {
	r := &rowReader{it: it, limit: limit}
	r.refs.Store(1)
	if err := it.Next(&r.next); done(err) {
		r.done, r.next = true, nil
	} else if err != nil {
		return nil, err
	}
	var fields []arrow.Field
	for _, f := range it.Schema {
		fields = append(fields, arrow.Field{Name: f.Name, Type: arrowType(f), Nullable: true})
		r.types = append(r.types, f.Type)
	}
	r.schema = arrow.NewSchema(fields, nil)
	return r, nil
}

func arrowType(f *bq.FieldSchema) arrow.DataType {
	if f.Repeated {
		return arrow.BinaryTypes.String
	}
	switch f.Type {
	case bq.IntegerFieldType:
		return arrow.PrimitiveTypes.Int64
	case bq.FloatFieldType:
		return arrow.PrimitiveTypes.Float64
	case bq.BooleanFieldType:
		return arrow.FixedWidthTypes.Boolean
	case bq.NumericFieldType:
		return &arrow.Decimal128Type{Precision: 38, Scale: 9}
	case bq.TimestampFieldType:
		return &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}
	case bq.DateFieldType:
		return arrow.FixedWidthTypes.Date32
	case bq.BytesFieldType:
		return arrow.BinaryTypes.Binary
	}
	return arrow.BinaryTypes.String
}

func (r *rowReader) Retain()                        { r.refs.Add(1) }
func (r *rowReader) Schema() *arrow.Schema          { return r.schema }
func (r *rowReader) Err() error                     { return r.err }
func (r *rowReader) RecordBatch() arrow.RecordBatch { return r.cur }

// Record is the deprecated name of RecordBatch.
func (r *rowReader) Record() arrow.RecordBatch { return r.cur }

func (r *rowReader) Release() {
	if r.refs.Add(-1) == 0 && r.cur != nil {
		r.cur.Release()
		r.cur = nil
	}
}

// Next builds the next batch of rows.
func (r *rowReader) Next() bool {
	if r.cur != nil {
		r.cur.Release()
		r.cur = nil
	}
	if r.err != nil {
		return false
	}
	b := array.NewRecordBuilder(memory.DefaultAllocator, r.schema)
	defer b.Release()
	n := 0
	for n < batchRows && r.next != nil && (r.limit < 0 || r.read < r.limit) {
		for i, v := range r.next {
			if err := appendValue(b.Field(i), r.types[i], v); err != nil {
				r.err = fmt.Errorf("row %d, column %s: %w", r.read+1, r.schema.Field(i).Name, err)
				return false
			}
		}
		n, r.read = n+1, r.read+1
		r.next = nil
		if r.limit >= 0 && r.read >= r.limit {
			break
		}
		var row []bq.Value
		if err := r.it.Next(&row); done(err) {
			break
		} else if err != nil {
			r.err = err
			return false
		}
		r.next = row
	}
	if n == 0 {
		return false
	}
	r.cur = b.NewRecordBatch()
	return true
}

func appendValue(b array.Builder, t bq.FieldType, v bq.Value) error {
	if v == nil {
		b.AppendNull()
		return nil
	}
	switch bb := b.(type) {
	case *array.Int64Builder:
		if x, ok := v.(int64); ok {
			bb.Append(x)
			return nil
		}
	case *array.Float64Builder:
		if x, ok := v.(float64); ok {
			bb.Append(x)
			return nil
		}
	case *array.BooleanBuilder:
		if x, ok := v.(bool); ok {
			bb.Append(x)
			return nil
		}
	case *array.Decimal128Builder:
		if x, ok := v.(*big.Rat); ok {
			d, err := decimal128.FromString(x.FloatString(9), 38, 9)
			if err != nil {
				return err
			}
			bb.Append(d)
			return nil
		}
	case *array.TimestampBuilder:
		if x, ok := v.(time.Time); ok {
			bb.Append(arrow.Timestamp(x.UTC().UnixMicro()))
			return nil
		}
	case *array.Date32Builder:
		if x, ok := v.(civil.Date); ok {
			bb.Append(arrow.Date32FromTime(x.In(time.UTC)))
			return nil
		}
	case *array.BinaryBuilder:
		if x, ok := v.([]byte); ok {
			bb.Append(x)
			return nil
		}
	case *array.StringBuilder:
		bb.Append(fmt.Sprint(v))
		return nil
	}
	return fmt.Errorf("unexpected %T for a %s column", v, t)
}

// schemaReader lists a table schema as rows: column, type, mode.
func schemaReader(s bq.Schema) array.RecordReader {
	sch := arrow.NewSchema([]arrow.Field{{Name: "column_name", Type: arrow.BinaryTypes.String},
		{Name: "data_type", Type: arrow.BinaryTypes.String}, {Name: "mode", Type: arrow.BinaryTypes.String}}, nil)
	b := array.NewRecordBuilder(memory.DefaultAllocator, sch)
	defer b.Release()
	for _, f := range s {
		mode := "NULLABLE"
		switch {
		case f.Repeated:
			mode = "REPEATED"
		case f.Required:
			mode = "REQUIRED"
		}
		b.Field(0).(*array.StringBuilder).Append(f.Name)
		b.Field(1).(*array.StringBuilder).Append(string(f.Type))
		b.Field(2).(*array.StringBuilder).Append(mode)
	}
	rec := b.NewRecordBatch()
	rr, _ := array.NewRecordReader(sch, []arrow.RecordBatch{rec})
	rec.Release()
	return rr
}
