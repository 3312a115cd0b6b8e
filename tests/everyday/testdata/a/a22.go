// Generate SQL DDL and batched INSERT statements from a CSV using strings.Builder.
package main

import (
	"encoding/csv"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const productsCSV = `SKU,Product Name,Price (EUR),In Stock,Added On,Notes
P-001,Espresso Machine,249.00,true,2023-01-15,
P-002,"Grinder, Burr",89.5,false,2023-02-01,"Ships in 2 weeks"
P-003,O'Reilly Coffee Book,39.99,true,2023-03-10,"Author said ""best book"""
P-004,Milk Frother,19,true,2023-03-11,
P-005,Descaler; 3-pack,12.75,true,,Bulk item
P-006,Travel Mug,,false,2023-04-20,price TBD
`

var nonIdent = regexp.MustCompile(`[^a-z0-9]+`)

func ident(s string) string {
	s = nonIdent.ReplaceAllString(strings.ToLower(s), "_")
	return strings.Trim(s, "_")
}

func sqlString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

type column struct {
	name    string
	sqlType string
}

var datePat = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func inferType(vals []string) string {
	isNum, isBool, isDate := true, true, true
	for _, v := range vals {
		if v == "" {
			continue
		}
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			isNum = false
		}
		if v != "true" && v != "false" {
			isBool = false
		}
		if !datePat.MatchString(v) {
			isDate = false
		}
	}
	switch {
	case isBool:
		return "BOOLEAN"
	case isNum:
		return "NUMERIC(12,2)"
	case isDate:
		return "DATE"
	}
	return "TEXT"
}

func literal(typ, v string) string {
	if v == "" {
		return "NULL"
	}
	switch typ {
	case "BOOLEAN", "NUMERIC(12,2)":
		return v
	case "DATE":
		return "DATE " + sqlString(v)
	}
	return sqlString(v)
}

func buildInserts(table string, cols []column, rows [][]string, batch int) []string {
	var stmts []string
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	for start := 0; start < len(rows); start += batch {
		end := min(start+batch, len(rows))
		var sb strings.Builder
		fmt.Fprintf(&sb, "INSERT INTO %s (%s) VALUES\n", table, strings.Join(names, ", "))
		for i, r := range rows[start:end] {
			sb.WriteString("  (")
			for j, v := range r {
				if j > 0 {
					sb.WriteString(", ")
				}
				sb.WriteString(literal(cols[j].sqlType, v))
			}
			sb.WriteString(")")
			if i < end-start-1 {
				sb.WriteString(",\n")
			}
		}
		sb.WriteString(";")
		stmts = append(stmts, sb.String())
	}
	return stmts
}

func main() {
	recs, err := csv.NewReader(strings.NewReader(productsCSV)).ReadAll()
	if err != nil {
		fmt.Println("csv:", err)
		return
	}
	header, rows := recs[0], recs[1:]
	cols := make([]column, len(header))
	for i, h := range header {
		vals := make([]string, len(rows))
		for j, r := range rows {
			vals[j] = r[i]
		}
		cols[i] = column{ident(h), inferType(vals)}
	}

	var ddl strings.Builder
	ddl.WriteString("CREATE TABLE products (\n")
	for i, c := range cols {
		fmt.Fprintf(&ddl, "  %-14s %s", c.name, c.sqlType)
		if i == 0 {
			ddl.WriteString(" PRIMARY KEY")
		}
		if i < len(cols)-1 {
			ddl.WriteByte(',')
		}
		ddl.WriteByte('\n')
	}
	ddl.WriteString(");")
	fmt.Println(ddl.String())
	fmt.Println()

	for i, s := range buildInserts("products", cols, rows, 4) {
		fmt.Printf("-- batch %d (%d bytes)\n%s\n\n", i+1, len(s), s)
	}
	fmt.Println("-- column mapping:")
	for i, h := range header {
		fmt.Printf("--   %-22q -> %s\n", h, cols[i].name)
	}
}
