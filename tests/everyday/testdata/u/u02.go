package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type QueryBuilder struct {
	table   string
	columns []string
	wheres  []string
	args    []any
	orderBy string
	limit   int
	errs    []error
}

func From(table string) *QueryBuilder {
	qb := &QueryBuilder{table: table}
	if table == "" {
		qb.errs = append(qb.errs, errors.New("empty table name"))
	}
	return qb
}

func (q *QueryBuilder) Select(cols ...string) *QueryBuilder {
	q.columns = append(q.columns, cols...)
	return q
}

func (q *QueryBuilder) Where(cond string, arg any) *QueryBuilder {
	if strings.Count(cond, "?") != 1 {
		q.errs = append(q.errs, fmt.Errorf("condition %q needs exactly one placeholder", cond))
		return q
	}
	q.wheres = append(q.wheres, cond)
	q.args = append(q.args, arg)
	return q
}

func (q *QueryBuilder) OrderBy(col string) *QueryBuilder {
	q.orderBy = col
	return q
}

func (q *QueryBuilder) Limit(n int) *QueryBuilder {
	if n < 0 {
		q.errs = append(q.errs, fmt.Errorf("negative limit %d", n))
	}
	q.limit = n
	return q
}

func (q *QueryBuilder) Build() (string, []any, error) {
	if len(q.errs) > 0 {
		return "", nil, errors.Join(q.errs...)
	}
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(q.columns) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(q.columns, ", "))
	}
	fmt.Fprintf(&sb, " FROM %s", q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE ")
		sb.WriteString(strings.Join(q.wheres, " AND "))
	}
	if q.orderBy != "" {
		sb.WriteString(" ORDER BY " + q.orderBy)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String(), q.args, nil
}

type Filter map[string]any

func main() {
	sql, args, err := From("users").
		Select("id", "name", "email").
		Where("age > ?", 18).
		Where("status = ?", "active").
		OrderBy("name").
		Limit(10).
		Build()
	fmt.Println(sql)
	fmt.Printf("args=%v types=%T err=%v\n", args, args, err)

	sql, args, err = From("orders").Build()
	fmt.Printf("%q %d %v\n", sql, len(args), err)

	_, _, err = From("").Where("a = ? and b = ?", 1).Limit(-5).Build()
	fmt.Println("errors:")
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println("  -", line)
	}

	// build dynamically from a filter map in sorted key order
	f := Filter{"region": "eu", "plan": "pro", "seats": 5}
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	qb := From("accounts").Select("id")
	for _, k := range keys {
		qb.Where(k+" = ?", f[k])
	}
	sql, args, _ = qb.Limit(100).Build()
	fmt.Println(sql)
	for i, a := range args {
		fmt.Printf("  $%d = %#v (%T)\n", i+1, a, a)
	}
}
