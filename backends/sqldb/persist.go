package sqldb

import (
	"context"
	"database/sql/driver"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/duckdb/duckdb-go/v2"
)

// Persist stores Go data as the DuckDB table name (replacing it), so SQL
// can query it: a slice of structs (exported fields become columns) or an
// Arrow table. Rows go through DuckDB's appender, not through SQL text.
func (e *Engine) Persist(ctx context.Context, name string, v any) (int, error) {
	if e.driver != "duckdb" {
		return 0, fmt.Errorf("--persist needs a DuckDB connection (%s is %s)", e.name, e.driver)
	}
	cols, rows, err := tabulate(v)
	if err != nil {
		return 0, err
	}
	var defs []string
	for _, c := range cols {
		defs = append(defs, quoteIdent(c.name)+" "+c.sqlType)
	}
	conn, err := e.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("CREATE OR REPLACE TABLE %s (%s)", quoteIdent(name), strings.Join(defs, ", "))); err != nil {
		return 0, fmt.Errorf("create table %s: %w", name, err)
	}
	err = conn.Raw(func(dc any) error {
		app, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", name)
		if err != nil {
			return err
		}
		for i := 0; i < rows.n; i++ {
			if err := app.AppendRow(rows.row(i)...); err != nil {
				app.Close()
				return fmt.Errorf("row %d: %w", i+1, err)
			}
		}
		return app.Close()
	})
	if err != nil {
		return 0, fmt.Errorf("fill table %s: %w", name, err)
	}
	return rows.n, nil
}

type column struct{ name, sqlType string }

// rowSource yields rows as driver values.
type rowSource struct {
	n   int
	row func(i int) []driver.Value
}

// tabulate turns a slice of structs or an Arrow table into columns and rows.
func tabulate(v any) ([]column, rowSource, error) {
	if t, ok := v.(arrow.Table); ok {
		return tabulateArrow(t)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice || rv.Type().Elem().Kind() != reflect.Struct {
		return nil, rowSource{}, fmt.Errorf("--persist takes a slice of structs or an arrow.Table, not %T", v)
	}
	et := rv.Type().Elem()
	var cols []column
	var idx []int
	for i := 0; i < et.NumField(); i++ {
		f := et.Field(i)
		if !f.IsExported() || yaegiUnexported(f.Name) {
			continue
		}
		t, ok := sqlTypeOf(f.Type)
		if !ok {
			return nil, rowSource{}, fmt.Errorf("field %s: type %s has no SQL column type", f.Name, f.Type)
		}
		cols = append(cols, column{f.Name, t})
		idx = append(idx, i)
	}
	return cols, rowSource{n: rv.Len(), row: func(r int) []driver.Value {
		out := make([]driver.Value, len(idx))
		for j, i := range idx {
			out[j] = driverValue(rv.Index(r).Field(i))
		}
		return out
	}}, nil
}

// yaegiUnexported recognises an unexported field of a struct type declared
// in a cell: yaegi builds such types with reflect and exports the field
// as "X" + name.
func yaegiUnexported(name string) bool {
	return len(name) > 1 && name[0] == 'X' && (name[1] >= 'a' && name[1] <= 'z' || name[1] == '_')
}

func sqlTypeOf(t reflect.Type) (string, bool) {
	if t == reflect.TypeOf(time.Time{}) {
		return "TIMESTAMP", true
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint8, reflect.Uint16, reflect.Uint32:
		return "BIGINT", true
	case reflect.Float32, reflect.Float64:
		return "DOUBLE", true
	case reflect.String:
		return "VARCHAR", true
	case reflect.Bool:
		return "BOOLEAN", true
	}
	return "", false
}

func driverValue(v reflect.Value) driver.Value {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint8, reflect.Uint16, reflect.Uint32:
		return int64(v.Uint())
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	}
	return v.Interface()
}

// tabulateArrow maps an Arrow table's columns to SQL columns.
func tabulateArrow(t arrow.Table) ([]column, rowSource, error) {
	var cols []column
	var chunks [][]arrow.Array
	for i, f := range t.Schema().Fields() {
		st, ok := arrowSQLType(f.Type)
		if !ok {
			return nil, rowSource{}, fmt.Errorf("column %s: Arrow type %s has no SQL column type here", f.Name, f.Type)
		}
		cols = append(cols, column{f.Name, st})
		chunks = append(chunks, t.Column(i).Data().Chunks())
	}
	n := int(t.NumRows())
	return cols, rowSource{n: n, row: func(r int) []driver.Value {
		out := make([]driver.Value, len(cols))
		for c, cs := range chunks {
			arr, i := locate(cs, r)
			out[c] = arrowValue(arr, i)
		}
		return out
	}}, nil
}

func arrowSQLType(t arrow.DataType) (string, bool) {
	switch t.ID() {
	case arrow.INT8, arrow.INT16, arrow.INT32, arrow.INT64, arrow.UINT8, arrow.UINT16, arrow.UINT32:
		return "BIGINT", true
	case arrow.FLOAT32, arrow.FLOAT64:
		return "DOUBLE", true
	case arrow.STRING, arrow.LARGE_STRING, arrow.DECIMAL128:
		return "VARCHAR", true
	case arrow.BOOL:
		return "BOOLEAN", true
	case arrow.TIMESTAMP, arrow.DATE32:
		return "TIMESTAMP", true
	}
	return "", false
}

// locate finds row r among chunks.
func locate(chunks []arrow.Array, r int) (arrow.Array, int) {
	for _, c := range chunks {
		if r < c.Len() {
			return c, r
		}
		r -= c.Len()
	}
	return nil, 0
}

func arrowValue(a arrow.Array, i int) driver.Value {
	if a == nil || a.IsNull(i) {
		return nil
	}
	switch x := a.(type) {
	case *array.Int64:
		return x.Value(i)
	case *array.Int32:
		return int64(x.Value(i))
	case *array.Float64:
		return x.Value(i)
	case *array.String:
		return x.Value(i)
	case *array.Boolean:
		return x.Value(i)
	case *array.Timestamp:
		unit := x.DataType().(*arrow.TimestampType).Unit
		return x.Value(i).ToTime(unit)
	case *array.Date32:
		return x.Value(i).ToTime()
	}
	switch v := a.GetOneForMarshal(i).(type) {
	case int8, int16, uint8, uint16, uint32:
		return reflect.ValueOf(v).Convert(reflect.TypeOf(int64(0))).Interface()
	case float32:
		return float64(v)
	default:
		return a.ValueStr(i)
	}
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
