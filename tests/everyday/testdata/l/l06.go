package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// QueryBuilder assembles a parameterized SELECT statement step by step.
type QueryBuilder struct {
	table   string
	columns []string
	where   []string
	args    []any
	orderBy []string
	limit   int
	err     error
}

func Select(columns ...string) *QueryBuilder {
	if len(columns) == 0 {
		columns = []string{"*"}
	}
	return &QueryBuilder{columns: columns}
}

func (q *QueryBuilder) From(table string) *QueryBuilder {
	if table == "" {
		q.err = errors.Join(q.err, errors.New("empty table name"))
	}
	q.table = table
	return q
}

func (q *QueryBuilder) Where(cond string, args ...any) *QueryBuilder {
	if n := strings.Count(cond, "?"); n != len(args) {
		q.err = errors.Join(q.err, fmt.Errorf("where %q: %d placeholders, %d args", cond, n, len(args)))
		return q
	}
	// renumber ? placeholders to $N positional parameters
	var b strings.Builder
	for _, r := range cond {
		if r == '?' {
			q.args = append(q.args, args[0])
			args = args[1:]
			b.WriteString("$" + strconv.Itoa(len(q.args)))
			continue
		}
		b.WriteRune(r)
	}
	q.where = append(q.where, b.String())
	return q
}

func (q *QueryBuilder) OrderBy(col string, desc bool) *QueryBuilder {
	dir := "ASC"
	if desc {
		dir = "DESC"
	}
	q.orderBy = append(q.orderBy, col+" "+dir)
	return q
}

func (q *QueryBuilder) Limit(n int) *QueryBuilder {
	if n < 0 {
		q.err = errors.Join(q.err, fmt.Errorf("negative limit %d", n))
	}
	q.limit = n
	return q
}

func (q *QueryBuilder) Build() (string, []any, error) {
	if q.err != nil {
		return "", nil, q.err
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "SELECT %s FROM %s", strings.Join(q.columns, ", "), q.table)
	if len(q.where) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.where, " AND "))
	}
	if len(q.orderBy) > 0 {
		sb.WriteString(" ORDER BY " + strings.Join(q.orderBy, ", "))
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String(), q.args, nil
}

func main() {
	builders := map[int]*QueryBuilder{
		1: Select("id", "email").From("users").Where("active = ?", true).Limit(10),
		2: Select().From("orders").
			Where("total > ?", 99.5).
			Where("status IN (?, ?)", "paid", "shipped").
			OrderBy("created_at", true).OrderBy("id", false),
		3: Select("name").From("").Where("a = ? AND b = ?", 1).Limit(-5),
		4: Select("count(*)").From("events").Where("kind = ? OR kind = ?", "click", "view"),
	}

	for i := range 4 {
		sql, args, err := builders[i+1].Build()
		fmt.Printf("query #%d\n", i+1)
		if err != nil {
			fmt.Printf("  error: %s\n", strings.ReplaceAll(err.Error(), "\n", "\n         "))
			continue
		}
		fmt.Println("  sql: ", sql)
		fmt.Printf("  args: %#v\n", args)
	}
}
