package main

import (
	"fmt"
	"strings"
)

type Address struct {
	Street string
	City   string
	Zip    string
}

type Contact struct {
	Email string
	Phone *string
}

type Person struct {
	Name    string
	Age     int
	Home    *Address
	Work    Address
	Tags    []string
	Scores  map[string]int
	Contact // embedded
	Manager *Person
}

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Invoice struct {
	ID    int
	Lines []Line
	Total Money
}

type Line struct {
	SKU  string
	Qty  int
	Each Money
}

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1fC", t.C) }

func main() {
	phone := "555-0100"
	boss := &Person{Name: "Grace", Age: 55, Tags: []string{"exec"}}
	p := Person{
		Name:    "Linus",
		Age:     34,
		Home:    &Address{"1 Main St", "Springfield", "12345"},
		Work:    Address{City: "Metropolis"},
		Tags:    []string{"dev", "ops"},
		Scores:  map[string]int{"go": 9, "c": 7, "rust": 8},
		Contact: Contact{Email: "l@example.com", Phone: &phone},
		Manager: boss,
	}
	fmt.Printf("%v\n", p.Work)
	fmt.Printf("%+v\n", p.Work)
	fmt.Printf("%#v\n", p.Work)
	fmt.Printf("%v\n", *p.Home)
	fmt.Printf("%+v\n", p.Home)
	fmt.Println(p.Email, *p.Contact.Phone, p.Manager.Name, p.Scores)
	fmt.Printf("%v %d %q\n", p.Tags, len(p.Tags), p.Tags)
	fmt.Printf("%+v\n", *p.Manager)

	inv := Invoice{ID: 7, Lines: []Line{{"A-1", 2, 1999}, {"B-22", 1, 50005}}}
	for _, l := range inv.Lines {
		inv.Total += Money(l.Qty) * l.Each
	}
	fmt.Printf("%v\n", inv)
	fmt.Printf("%+v\n", inv)
	fmt.Printf("%s | %d | %v\n", inv.Total, inv.Total, []Money{1, 250, 100000})

	t := Temp{21.5}
	fmt.Println(t, &t, []*Temp{&t}[0], []Temp{t})
	nested := map[string][]map[string]int{
		"b": {{"x": 1}, {"y": 2, "a": 0}},
		"a": nil,
	}
	fmt.Println(nested, len(nested["a"]))
	pairs := [][2]any{{1, "one"}, {2.5, true}, {nil, []int{3}}}
	fmt.Printf("%v\n%+v\n", pairs, pairs)
	var np *Person
	var iface any = np
	fmt.Println(np == nil, iface == nil, iface)
	anon := struct {
		Label string
		Vals  []float64
		Meta  map[string]bool
	}{"anon", []float64{1.5, 2}, map[string]bool{"ok": true}}
	fmt.Printf("%v\n%+v\n", anon, anon)
	fmt.Printf("%T | %T | %T\n", anon.Meta, inv.Lines, p.Contact)
	fmt.Printf("[%6.2f] [%-8s] [%8s] [%x] [%X] [%08.3f] [%+d] [%e]\n", 3.14159, "go", "right", "hi", 255, -3.5, 7, 123456.789)
	fmt.Printf("[%5t] [%-5d] [%05d] [%o] [%#o] [%#x] [%c] [%U]\n", true, 42, 42, 8, 8, 255, 'G', 'G')
	fmt.Println(strings.Repeat("-", 10), fmt.Sprintf("%3d%%", 50), fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
}
