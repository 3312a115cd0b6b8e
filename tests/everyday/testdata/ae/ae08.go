package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Column struct {
	Name     string
	Type     string
	Nullable bool
	PK       bool
	Default  string
}

type Table struct {
	Name    string
	Columns []Column
	Indexes [][]string
}

func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func literal(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', 2, 64)
	}
	panic(fmt.Sprintf("unsupported literal %T", v))
}

func (t Table) CreateSQL() string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s (\n", quoteIdent(t.Name))
	w := 0
	for _, c := range t.Columns {
		w = max(w, len(c.Name)+2)
	}
	var pks []string
	for i, c := range t.Columns {
		fmt.Fprintf(&b, "    %-*s %s", w, quoteIdent(c.Name), c.Type)
		if !c.Nullable {
			b.WriteString(" NOT NULL")
		}
		if c.Default != "" {
			b.WriteString(" DEFAULT " + c.Default)
		}
		if c.PK {
			pks = append(pks, quoteIdent(c.Name))
		}
		if i < len(t.Columns)-1 || len(pks) > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	if len(pks) > 0 {
		fmt.Fprintf(&b, "    PRIMARY KEY (%s)\n", strings.Join(pks, ", "))
	}
	b.WriteString(");\n")
	for _, idx := range t.Indexes {
		name := "idx_" + t.Name + "_" + strings.Join(idx, "_")
		quoted := make([]string, len(idx))
		for i, c := range idx {
			quoted[i] = quoteIdent(c)
		}
		fmt.Fprintf(&b, "CREATE INDEX %s ON %s (%s);\n", quoteIdent(name), quoteIdent(t.Name), strings.Join(quoted, ", "))
	}
	return b.String()
}

func (t Table) InsertSQL(rows [][]any, batch int) string {
	var b strings.Builder
	cols := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		cols[i] = quoteIdent(c.Name)
	}
	for start := 0; start < len(rows); start += batch {
		end := min(start+batch, len(rows))
		fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES\n", quoteIdent(t.Name), strings.Join(cols, ", "))
		for i, r := range rows[start:end] {
			vals := make([]string, len(r))
			for j, v := range r {
				vals[j] = literal(v)
			}
			sep := ","
			if start+i == end-1 {
				sep = ";"
			}
			fmt.Fprintf(&b, "  (%s)%s\n", strings.Join(vals, ", "), sep)
		}
	}
	return b.String()
}

func main() {
	products := Table{
		Name: "products",
		Columns: []Column{
			{Name: "id", Type: "INTEGER", PK: true},
			{Name: "name", Type: "TEXT"},
			{Name: "price", Type: "NUMERIC(10,2)"},
			{Name: "in_stock", Type: "BOOLEAN", Default: "TRUE"},
			{Name: "notes", Type: "TEXT", Nullable: true},
		},
		Indexes: [][]string{{"name"}, {"in_stock", "price"}},
	}
	rows := [][]any{
		{1, "Chef's knife", 34.5, true, nil},
		{2, "Cutting board", 19.0, true, "bamboo"},
		{3, `6" skillet`, 27.25, false, "restock in Q3"},
		{4, "Peeler", 4.99, true, nil},
		{5, "Dutch oven", 89.0, true, "it's heavy"},
	}
	var out strings.Builder
	out.WriteString("-- migration 0007: products catalogue\nBEGIN;\n\n")
	out.WriteString(products.CreateSQL())
	out.WriteString("\n")
	out.WriteString(products.InsertSQL(rows, 3))
	out.WriteString("\nCOMMIT;\n")
	fmt.Fprint(os.Stdout, out.String())
	fmt.Printf("-- %d statements\n", strings.Count(out.String(), ";\n"))
}
