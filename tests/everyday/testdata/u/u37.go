package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Migration struct {
	ID        string
	DependsOn []string
	Up        func(db *FakeDB) error
}

type FakeDB struct {
	tables  map[string][]string
	applied []string
}

func (db *FakeDB) CreateTable(name string, cols ...string) error {
	if _, ok := db.tables[name]; ok {
		return fmt.Errorf("table %s already exists", name)
	}
	db.tables[name] = cols
	return nil
}

func (db *FakeDB) AddColumn(table, col string) error {
	cols, ok := db.tables[table]
	if !ok {
		return fmt.Errorf("no table %s", table)
	}
	db.tables[table] = append(cols, col)
	return nil
}

type CycleError struct{ Remaining []string }

func (e *CycleError) Error() string {
	return "dependency cycle among: " + strings.Join(e.Remaining, ", ")
}

var ErrUnknownDep = errors.New("unknown dependency")

func Plan(migs []Migration) ([]string, error) {
	indeg := map[string]int{}
	children := map[string][]string{}
	for _, m := range migs {
		indeg[m.ID] = 0
	}
	for _, m := range migs {
		for _, d := range m.DependsOn {
			if _, ok := indeg[d]; !ok {
				return nil, fmt.Errorf("migration %s depends on %s: %w", m.ID, d, ErrUnknownDep)
			}
			indeg[m.ID]++
			children[d] = append(children[d], m.ID)
		}
	}
	var ready, order []string
	for id, n := range indeg {
		if n == 0 {
			ready = append(ready, id)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		id := ready[0]
		ready = ready[1:]
		order = append(order, id)
		for _, c := range children[id] {
			indeg[c]--
			if indeg[c] == 0 {
				ready = append(ready, c)
			}
		}
	}
	if len(order) != len(indeg) {
		var rem []string
		for id, n := range indeg {
			if n > 0 {
				rem = append(rem, id)
			}
		}
		slices.Sort(rem)
		return order, &CycleError{rem}
	}
	return order, nil
}

func Run(db *FakeDB, migs []Migration) error {
	order, err := Plan(migs)
	if err != nil {
		return fmt.Errorf("plan: %w", err)
	}
	byID := map[string]Migration{}
	for _, m := range migs {
		byID[m.ID] = m
	}
	for _, id := range order {
		if err := byID[id].Up(db); err != nil {
			return fmt.Errorf("migration %s: %w", id, err)
		}
		db.applied = append(db.applied, id)
	}
	return nil
}

func main() {
	migs := []Migration{
		{"003_orders", []string{"001_users", "002_products"}, func(db *FakeDB) error { return db.CreateTable("orders", "id", "user_id", "product_id") }},
		{"001_users", nil, func(db *FakeDB) error { return db.CreateTable("users", "id", "email") }},
		{"004_user_name", []string{"001_users"}, func(db *FakeDB) error { return db.AddColumn("users", "name") }},
		{"002_products", nil, func(db *FakeDB) error { return db.CreateTable("products", "id", "sku") }},
		{"005_order_note", []string{"003_orders"}, func(db *FakeDB) error { return db.AddColumn("orders", "note") }},
	}
	db := &FakeDB{tables: map[string][]string{}}
	fmt.Println("run:", Run(db, migs))
	fmt.Println("applied:", db.applied)
	fmt.Println("tables:", db.tables)

	bad := append(slices.Clone(migs), Migration{"006_bad", nil, func(db *FakeDB) error { return db.AddColumn("invoices", "x") }})
	db2 := &FakeDB{tables: map[string][]string{}}
	err := Run(db2, bad)
	fmt.Println("run:", err, "| applied", len(db2.applied))

	cyc := []Migration{{"a", []string{"c"}, nil}, {"b", []string{"a"}, nil}, {"c", []string{"b"}, nil}, {"d", nil, nil}}
	order, err := Plan(cyc)
	var ce *CycleError
	fmt.Println(order, errors.As(err, &ce), err)
	if ce != nil {
		fmt.Printf("%+v\n", *ce)
	}
	_, err = Plan([]Migration{{"x", []string{"ghost"}, nil}})
	fmt.Println(err, errors.Is(err, ErrUnknownDep))
}
