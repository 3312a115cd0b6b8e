package main

import (
	"errors"
	"fmt"
	"strings"
)

// SelectBuilder assembles a parameterised SQL SELECT statement step by step.
type SelectBuilder struct {
	table   string
	columns []string
	joins   []string
	wheres  []string
	args    []any
	orderBy []string
	limit   int
	offset  int
	errs    []error
}

func Select(columns ...string) *SelectBuilder {
	return &SelectBuilder{columns: columns, limit: -1}
}

func (b *SelectBuilder) From(table string) *SelectBuilder {
	if table == "" {
		b.errs = append(b.errs, errors.New("empty table name"))
	}
	b.table = table
	return b
}

func (b *SelectBuilder) Join(table, on string) *SelectBuilder {
	b.joins = append(b.joins, fmt.Sprintf("JOIN %s ON %s", table, on))
	return b
}

func (b *SelectBuilder) Where(cond string, args ...any) *SelectBuilder {
	if n := strings.Count(cond, "?"); n != len(args) {
		b.errs = append(b.errs, fmt.Errorf("where %q: %d placeholders but %d args", cond, n, len(args)))
		return b
	}
	b.wheres = append(b.wheres, cond)
	b.args = append(b.args, args...)
	return b
}

func (b *SelectBuilder) WhereIn(col string, vals ...any) *SelectBuilder {
	if len(vals) == 0 {
		return b.Where("1 = 0")
	}
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(vals)), ", ")
	return b.Where(fmt.Sprintf("%s IN (%s)", col, ph), vals...)
}

func (b *SelectBuilder) OrderBy(cols ...string) *SelectBuilder {
	b.orderBy = append(b.orderBy, cols...)
	return b
}

func (b *SelectBuilder) Limit(n int) *SelectBuilder {
	if n < 0 {
		b.errs = append(b.errs, fmt.Errorf("negative limit %d", n))
	}
	b.limit = n
	return b
}

func (b *SelectBuilder) Offset(n int) *SelectBuilder {
	b.offset = n
	return b
}

func (b *SelectBuilder) Build() (string, []any, error) {
	if b.table == "" {
		b.errs = append(b.errs, errors.New("no table specified"))
	}
	if len(b.errs) > 0 {
		return "", nil, errors.Join(b.errs...)
	}
	var sb strings.Builder
	cols := "*"
	if len(b.columns) > 0 {
		cols = strings.Join(b.columns, ", ")
	}
	sb.WriteString("SELECT " + cols + " FROM " + b.table)
	for _, j := range b.joins {
		sb.WriteString(" " + j)
	}
	if len(b.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(b.wheres, " AND "))
	}
	if len(b.orderBy) > 0 {
		sb.WriteString(" ORDER BY " + strings.Join(b.orderBy, ", "))
	}
	if b.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", b.limit)
	}
	if b.offset > 0 {
		fmt.Fprintf(&sb, " OFFSET %d", b.offset)
	}
	return sb.String(), b.args, nil
}

// Numbered rewrites ? placeholders to $1, $2 ... for postgres-style drivers.
func Numbered(q string) string {
	var sb strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			fmt.Fprintf(&sb, "$%d", n)
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func show(label string, b *SelectBuilder) {
	q, args, err := b.Build()
	fmt.Println("--", label)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("   error:", line)
		}
		return
	}
	fmt.Println("   sql: ", q)
	fmt.Println("   pg:  ", Numbered(q))
	fmt.Printf("   args: %v (%d)\n", args, len(args))
}

func main() {
	show("all users", Select().From("users"))

	show("active admins", Select("id", "email").
		From("users").
		Where("active = ?", true).
		Where("role = ?", "admin").
		OrderBy("email ASC"))

	show("orders page 3", Select("o.id", "o.total", "c.name").
		From("orders o").
		Join("customers c", "c.id = o.customer_id").
		Where("o.total > ?", 99.5).
		WhereIn("o.status", "paid", "shipped", "delivered").
		OrderBy("o.created_at DESC", "o.id").
		Limit(20).
		Offset(40))

	show("empty IN list", Select("sku").From("products").WhereIn("category"))

	show("broken query", Select("name").
		Where("age > ? AND age < ?", 18).
		Limit(-5))

	// Builders can be reused as a base and extended per request.
	base := func() *SelectBuilder {
		return Select("id", "title").From("posts").Where("published = ?", true)
	}
	for _, tag := range []string{"go", "databases"} {
		show("posts tagged "+tag, base().Where("tag = ?", tag).Limit(5))
	}
}
