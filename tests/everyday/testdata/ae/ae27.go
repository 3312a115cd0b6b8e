package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Schema map[string]map[string]string // table -> column -> type

type Op interface {
	Up() string
	Down() string
}

type AddTable struct {
	Table string
	Cols  map[string]string
}

type DropTable struct {
	Table string
	Cols  map[string]string
}

type AddColumn struct{ Table, Col, Type string }
type DropColumn struct{ Table, Col, Type string }
type AlterType struct{ Table, Col, From, To string }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func colDefs(cols map[string]string) string {
	var parts []string
	for _, c := range sortedKeys(cols) {
		parts = append(parts, "  "+c+" "+cols[c])
	}
	return strings.Join(parts, ",\n")
}

func (o AddTable) Up() string {
	return fmt.Sprintf("CREATE TABLE %s (\n%s\n);", o.Table, colDefs(o.Cols))
}
func (o AddTable) Down() string  { return fmt.Sprintf("DROP TABLE %s;", o.Table) }
func (o DropTable) Up() string   { return AddTable(o).Down() }
func (o DropTable) Down() string { return AddTable(o).Up() }
func (o AddColumn) Up() string {
	return fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s %s;", o.Table, o.Col, o.Type)
}
func (o AddColumn) Down() string {
	return fmt.Sprintf("ALTER TABLE %s DROP COLUMN %s;", o.Table, o.Col)
}
func (o DropColumn) Up() string   { return AddColumn(o).Down() }
func (o DropColumn) Down() string { return AddColumn(o).Up() }
func (o AlterType) Up() string {
	return fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s TYPE %s;", o.Table, o.Col, o.To)
}
func (o AlterType) Down() string {
	return fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s TYPE %s;", o.Table, o.Col, o.From)
}

func diff(old, cur Schema) []Op {
	var ops []Op
	for _, t := range sortedKeys(cur) {
		oc, ok := old[t]
		if !ok {
			ops = append(ops, AddTable{t, cur[t]})
			continue
		}
		for _, c := range sortedKeys(cur[t]) {
			if ot, ok := oc[c]; !ok {
				ops = append(ops, AddColumn{t, c, cur[t][c]})
			} else if ot != cur[t][c] {
				ops = append(ops, AlterType{t, c, ot, cur[t][c]})
			}
		}
		for _, c := range sortedKeys(oc) {
			if _, ok := cur[t][c]; !ok {
				ops = append(ops, DropColumn{t, c, oc[c]})
			}
		}
	}
	for _, t := range sortedKeys(old) {
		if _, ok := cur[t]; !ok {
			ops = append(ops, DropTable{t, old[t]})
		}
	}
	return ops
}

const migration = `-- Migration {{printf "%04d" .Seq}}_{{.Name}}
-- {{len .Ops}} operation(s)

-- +migrate Up
{{range .Ops}}{{.Up}}
{{end}}
-- +migrate Down
{{range reverse .Ops}}{{.Down}}
{{end}}`

func main() {
	v1 := Schema{
		"users":    {"id": "BIGINT", "email": "VARCHAR(120)", "nickname": "TEXT"},
		"sessions": {"token": "CHAR(32)", "user_id": "BIGINT"},
	}
	v2 := Schema{
		"users":  {"id": "BIGINT", "email": "VARCHAR(254)", "created_at": "TIMESTAMPTZ"},
		"orders": {"id": "BIGINT", "user_id": "BIGINT", "total_cents": "INTEGER"},
	}
	t := template.Must(template.New("m").Funcs(template.FuncMap{
		"reverse": func(ops []Op) []Op {
			out := make([]Op, len(ops))
			for i, o := range ops {
				out[len(ops)-1-i] = o
			}
			return out
		},
	}).Parse(migration))
	data := struct {
		Seq  int
		Name string
		Ops  []Op
	}{12, "orders_and_email_length", diff(v1, v2)}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Printf("-- no-op diff yields %d operations\n", len(diff(v2, v2)))
}
